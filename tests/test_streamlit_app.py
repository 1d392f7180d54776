"""The page, driven headless with Streamlit's AppTest (no browser)."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import render_arabic_image, render_text_image
from troubleshoot import i18n
from troubleshoot.knowledge import load_knowledge

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
LANGUAGES = load_knowledge().settings.languages
LOGIN_ERROR = "Identifiant ou mot de passe incorrect"


def _app(locale: str = "fr-FR", timezone: str = "Europe/Paris", query: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.context = {"timezone": timezone, "locale": locale}
    if query:
        at.query_params["lang"] = query
    return at.run()


def _paste(at: AppTest, text: str) -> AppTest:
    at.text_area(key="text_0").input(text)
    at.button(key="analyse_0").click()
    return at.run()


def _codes(at: AppTest) -> list[str]:
    return [c.value for c in at.code]


def _ccc(at: AppTest) -> str:
    return next(c for c in _codes(at) if c.startswith("Objet :"))


def test_empty_page_shows_inputs_and_where_to_get_help() -> None:
    at = _app()
    assert not at.exception
    assert at.file_uploader[0].allowed_type == [".png", ".jpg", ".jpeg", ".webp"]
    t = i18n.Translator("fr")
    assert [h.value for h in at.header] == [t("input_heading"), t("next_heading")]
    assert any("0 806 001 620" in m.value for m in at.markdown)


def test_pasted_text_gives_steps_sources_and_a_french_message() -> None:
    at = _paste(_app(), LOGIN_ERROR)
    assert not at.exception
    steps = next(m.value for m in at.markdown if m.value.startswith("1. "))
    assert "](<https://" in steps  # each step links to its source
    message = _ccc(at)
    assert f"« {LOGIN_ERROR} »" in message and "heure de Paris" in message
    assert LOGIN_ERROR in _codes(at)[1]  # the text read, shown as code, not Markdown


def test_editing_the_fields_changes_the_message() -> None:
    at = _paste(_app(), LOGIN_ERROR)
    key = next(w.key for w in at.selectbox if w.key and w.key.startswith("procedure_"))
    suffix = key.removeprefix("procedure_")
    at.selectbox(key=f"procedure_{suffix}").set_value("naturalisation")
    at.selectbox(key=f"identifier_{suffix}").set_value("email")
    at.multiselect(key=f"tried_{suffix}").set_value(["other_browser", "later"])
    at.text_input(key=f"step_{suffix}").input("Connexion")
    at.date_input(key=f"date_{suffix}").set_value(date(2026, 2, 3))
    at.time_input(key=f"time_{suffix}").set_value(time(8, 7))
    at.run()
    message = _ccc(at)
    assert "le 03/02/2026 à 08:07" in message
    assert "Démarche : Naturalisation" in message
    assert "Étape où cela bloque : Connexion" in message
    assert "Ce que j'ai déjà essayé : Un autre navigateur, Réessayer plus tard" in message
    assert "Je me connecte avec : Adresse électronique" in message
    assert "À COMPLÉTER" not in message


def test_unknown_text_says_so_and_invents_no_fix() -> None:
    at = _paste(_app(), "bonjour, la météo est belle aujourd'hui")
    t = i18n.Translator("fr")
    assert any(i.value == t("not_recognised") for i in at.info)


def test_bundled_sample_is_read_with_its_clock() -> None:
    at = _app()
    at.selectbox(key="sample_0").set_value(0)
    at.run()
    assert not at.exception
    assert "le 24/05/2025 à 15:53" in _ccc(at)
    assert len(at.image) == 2  # the evidence zoomed, then the whole screenshot
    assert i18n.Translator("fr")("evidence_caption") in at.image[0].captions
    assert at.subheader[0].value


@pytest.mark.ocr
def test_uploaded_screenshot_is_read() -> None:
    image = render_text_image([LOGIN_ERROR] + [""] * 8 + ["12/03/2026 14:32"], size=(1400, 560))  # clock at the bottom edge
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    at = _app()
    at.file_uploader(key="upload_0").set_value(("capture.png", buffer.getvalue(), "image/png"))
    at.run()
    assert not at.exception
    message = _ccc(at)
    assert "le 12/03/2026 à 14:32" in message and "mot de passe incorrect" in message


@pytest.mark.ocr
def test_a_page_the_browser_translated_asks_for_a_french_capture_too() -> None:
    lines = ["اسم المستخدم أو كلمة المرور غير صالحة.", "يرجى التحقق من إدخالك والمحاولة مرة أخرى.", "هل نسيت كلمة المرور؟"]
    buffer = io.BytesIO()
    render_arabic_image(lines * 2, size=(1200, 600)).save(buffer, "PNG")
    at = _app(query="ar")
    at.file_uploader(key="upload_0").set_value(("capture.png", buffer.getvalue(), "image/png"))
    at.run()
    assert not at.exception
    assert i18n.Translator("ar")("translated_page") in [i.value for i in at.info]
    latin = _paste(_app(query="ar"), LOGIN_ERROR)
    assert i18n.Translator("ar")("translated_page") not in [i.value for i in latin.info]


def test_a_broken_upload_gives_a_translated_error_not_a_traceback() -> None:
    at = _app(query="en")
    at.file_uploader(key="upload_0").set_value(("capture.png", b"<html>not an image</html>", "image/png"))
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [i18n.Translator("en")("error_unsupported_image")]


def test_language_comes_from_the_browser_and_switches_with_the_query_param() -> None:
    at = _app(locale="ar-SY")
    assert at.selectbox(key="ui_lang").value == "ar"
    assert at.query_params["lang"] == ["ar"] or at.query_params["lang"] == "ar"
    _paste(at, LOGIN_ERROR)
    at.selectbox(key="ui_lang").set_value("uk").run()
    t = i18n.Translator("uk")
    assert at.header[0].value == t("input_heading")
    assert at.query_params["lang"] in ("uk", ["uk"])
    assert _ccc(at).startswith("Objet :")  # the message to send stays French


def test_clear_empties_the_inputs() -> None:
    at = _paste(_app(), LOGIN_ERROR)
    at.button(key="clear").click().run()
    assert at.text_area(key="text_1").value == ""
    assert not [c for c in _codes(at) if c.startswith("Objet")]


def test_helper_view_lists_candidates_and_ocr_state() -> None:
    at = _paste(_app(), LOGIN_ERROR)
    at.toggle(key="helper").set_value(True).run()
    assert len(at.dataframe) == 1
    assert i18n.Translator("fr")("helper_no_ocr") in [c.value for c in at.caption]


def test_markup_in_pasted_text_is_never_rendered() -> None:
    hostile = "<script>alert(1)</script> **bold** [link](http://x) :red[x] $x^2$"
    at = _paste(_app(), hostile)
    assert hostile in _codes(at)
    assert not any(hostile in m.value or "**bold**" in m.value for m in at.markdown)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_renders_translated(lang: str) -> None:
    at = _paste(_app(query=lang), LOGIN_ERROR)
    assert not at.exception
    t = i18n.Translator(lang)
    assert [h.value for h in at.header] == [t(k) for k in ("input_heading", "result_heading", "ccc_heading", "next_heading")]
    assert at.title[0].value == t("app_title")
    if lang != "fr":  # the message in the user's language is shown next to the French one
        assert len([c for c in _codes(at) if "0 806" not in c]) >= 4
