"""The page, driven headless with Streamlit's AppTest (no browser)."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import render_arabic_image, render_text_image
from troubleshoot import i18n
from troubleshoot.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
NO_CLOCK = ROOT / "samples" / "images" / "s047.png"  # a desktop screenshot of an upload error, without address bar or clock
# (s008 has none either, but it shows a request in progress: the préfecture's message, not the CCC's)
PARIS = ZoneInfo("Europe/Paris")
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
    assert at.file_uploader[0].allowed_type == [".png", ".jpg", ".jpeg", ".webp", ".heic", ".heif"]
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
    assert "capture" not in message  # no screenshot, so nothing is said of one
    assert LOGIN_ERROR in _codes(at)[1]  # the text read, shown as code, not Markdown


def test_editing_the_fields_changes_the_message() -> None:
    at = _paste(_app(), LOGIN_ERROR)
    key = next(w.key for w in at.selectbox if w.key and w.key.startswith("procedure_"))
    suffix = key.removeprefix("procedure_")
    at.radio(key=f"moment_{suffix}").set_value("other").run()  # a pasted text: the user says when
    at.selectbox(key=f"procedure_{suffix}").set_value("naturalisation")
    at.selectbox(key=f"identifier_{suffix}").set_value("email")
    at.multiselect(key=f"tried_{suffix}").set_value(["other_browser", "later"])
    at.text_input(key=f"step_{suffix}").input("Connexion")
    at.date_input(key=f"date_{suffix}").set_value(date(2026, 2, 3))
    at.time_input(key=f"time_{suffix}").set_value(time(8, 7))
    at.text_input(key=f"device_{suffix}").input("Android 14")  # AppTest sends no user agent: the user says
    at.text_input(key=f"browser_{suffix}").input("Chrome 126")
    at.run()
    message = _ccc(at)
    assert "(indiquées par moi) : le 03/02/2026 à 08:07" in message
    assert "Démarche : Naturalisation" in message
    assert "Étape où cela bloque : Connexion" in message
    assert "Ce que j'ai déjà essayé : Un autre navigateur, Réessayer plus tard" in message
    assert "Je me connecte avec : Adresse électronique" in message
    assert "- Appareil : Android 14\n- Navigateur : Chrome 126" in message
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
    assert "(relevées sur la capture d'écran) : le 24/05/2025 à 15:53" in _ccc(at)
    assert "1. 01-annotated.png : Erreur technique ou page bloquée ; site, date et heure visibles." in _ccc(at)
    assert not at.radio  # the screenshot said when: nothing to ask
    assert len(at.image) == 3  # the evidence zoomed, the whole screenshot, then the copy to attach
    assert i18n.Translator("fr")("evidence_caption") in at.image[0].captions
    assert at.subheader[0].value


@pytest.mark.ocr
def test_uploaded_screenshot_is_read() -> None:
    image = render_text_image([LOGIN_ERROR] + [""] * 8 + ["13/03/2026 14:32"], size=(1400, 560))  # clock at the bottom edge
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    at = _app()
    at.file_uploader(key="upload_0").set_value(("capture.png", buffer.getvalue(), "image/png"))
    at.run()
    assert not at.exception
    message = _ccc(at)
    assert "le 13/03/2026 à 14:32" in message and "mot de passe incorrect" in message


@pytest.mark.ocr
def test_a_date_whose_day_and_month_may_be_either_way_round_is_asked_for() -> None:
    # "05/04/2026" beside a 24-hour clock: the 5th of April in France, the 4th of May in the United States.
    image = render_text_image([LOGIN_ERROR] + [""] * 8 + ["05/04/2026 14:32"], size=(1400, 560))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    at = _app()
    at.file_uploader(key="upload_0").set_value(("capture.png", buffer.getvalue(), "image/png"))
    at.run()
    assert not at.exception
    t = i18n.Translator("fr")
    assert t("moment_order_unsure", time="14:32", one="05/04/2026", other="04/05/2026") in [m.value for m in at.markdown]
    assert "05/04/2026" not in _ccc(at) and "à 14:32" in _ccc(at)  # the date is the user's to give
    key = _moment_key(at).removeprefix("moment_")
    at.radio(key=f"moment_{key}").set_value("other_day").run()
    assert at.date_input(key=f"date_{key}").value == date(2026, 4, 5)  # the screen's date, day first, to confirm
    at.date_input(key=f"date_{key}").set_value(date(2026, 5, 4)).run()
    assert "(date indiquée par moi, heure relevée sur la capture d'écran) : le 04/05/2026 à 14:32" in _ccc(at)


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
    table = at.dataframe[0].value  # situation titles and confidence in words, never ids
    kb = load_knowledge()
    situations = list(table.iloc[:, 0])
    assert situations and not set(situations) & {s.id for s in kb.situations}
    assert situations[0] == at.subheader[0].value.replace("\\", "")  # the chosen one first, by its title
    assert set(table.iloc[:, 1]) <= {i18n.Translator("fr")(f"confidence_{w}") for w in ("high", "medium", "low")}


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


# -- when the problem happened, when the screenshot does not say -----------------------------

def _upload(at: AppTest, path: Path) -> AppTest:
    at.file_uploader(key="upload_0").set_value((path.name, path.read_bytes(), "image/png"))
    return at.run()


def _moment_key(at: AppTest) -> str:
    return next(w.key for w in at.radio if w.key and w.key.startswith("moment_"))


def _stamps(message: str) -> list[str]:
    """Dates and times in the message, outside the quoted error text."""
    text = "\n".join(line for line in message.splitlines() if not line.startswith("- Message affiché"))
    return re.findall(r"\b\d{2}/\d{2}/\d{4}\b|\b\d{1,2}:\d{2}\b", text)


@pytest.mark.ocr
def test_a_screenshot_without_a_clock_asks_when_and_just_now_is_given_by_the_user() -> None:
    at = _upload(_app(), NO_CLOCK)
    assert not at.exception
    t = i18n.Translator("fr")
    question = at.radio(key=_moment_key(at))
    assert question.label == f"**{t('moment_question')}**" and question.value is None
    assert question.options == [t("moment_choice_now"), t("moment_choice_other")]
    assert t("moment_no_clock") in [m.value for m in at.markdown]
    assert not at.date_input and not at.time_input  # no field shows a date nobody gave
    message = _ccc(at)
    assert "le [À COMPLÉTER : date du problème, JJ/MM/AAAA] à [À COMPLÉTER : heure du problème, HH:MM]" in message
    assert not _stamps(message) and "indiquées par moi" not in message
    assert "; ni site, ni date, ni heure visibles." in message
    before = datetime.now(UTC).astimezone(PARIS).replace(second=0, microsecond=0)
    question.set_value("now").run()
    after = datetime.now(UTC).astimezone(PARIS)
    message = _ccc(at)
    said = re.search(r"Date et heure du problème \(indiquées par moi\) : le (\d{2}/\d{2}/\d{4}) à (\d{2}:\d{2}) \(heure de Paris\)", message)
    assert said, message
    when = datetime.strptime(" ".join(said.groups()), "%d/%m/%Y %H:%M").replace(tzinfo=PARIS)
    assert before <= when <= after
    assert "À COMPLÉTER : date" not in message and "À COMPLÉTER : heure" not in message


@pytest.mark.ocr
def test_a_screenshot_without_a_clock_takes_the_date_and_time_the_user_picks_in_their_zone() -> None:
    at = _upload(_app(timezone="America/Guadeloupe"), NO_CLOCK)
    key = _moment_key(at).removeprefix("moment_")
    at.radio(key=f"moment_{key}").set_value("other").run()
    assert at.date_input(key=f"date_{key}").value is None and at.time_input(key=f"time_{key}").value is None
    assert not _stamps(_ccc(at))  # still nothing until the user picks
    at.date_input(key=f"date_{key}").set_value(date(2026, 2, 3)).run()
    assert "(date indiquée par moi) : le 03/02/2026 à [À COMPLÉTER : heure du problème, HH:MM]" in _ccc(at)
    at.time_input(key=f"time_{key}").set_value(time(8, 7)).run()
    message = _ccc(at)  # 08:07 in Guadeloupe (UTC-4) is 13:07 in Paris (UTC+1)
    assert "Date et heure du problème (indiquées par moi) : le 03/02/2026 à 13:07 (heure de Paris)" in message
    assert sorted(_stamps(message)) == ["03/02/2026", "13:07"]
    t = i18n.Translator("fr")
    assert t("time_converted", tz="America/Guadeloupe", paris="03/02/2026 13:07") in [c.value for c in at.caption]


def test_a_phone_screenshot_gives_the_time_and_the_user_gives_the_day() -> None:
    at = _app()
    at.selectbox(key="sample_0").set_value(1).run()  # a phone: the status bar shows 21:27, no date
    assert not at.exception
    t = i18n.Translator("fr")
    key = _moment_key(at).removeprefix("moment_")
    today = datetime.now(UTC).astimezone(PARIS).date()
    question = at.radio(key=f"moment_{key}")
    assert question.label == f"**{t('moment_day_question')}**" and question.value is None
    assert question.options[0] == t("moment_choice_today", today=f"{today:%d/%m/%Y}")
    assert at.time_input(key=f"time_{key}").value == time(21, 27)
    message = _ccc(at)
    assert ("(heure relevée sur la capture d'écran) : le [À COMPLÉTER : date du problème, JJ/MM/AAAA] à 21:27"
            in message)
    assert "; site et heure visibles, pas la date." in message
    question.set_value("today").run()
    said = [f"(date indiquée par moi, heure relevée sur la capture d'écran) : le {day:%d/%m/%Y} à 21:27"
            for day in (today, today + timedelta(days=1))]  # the test may cross midnight
    assert any(s in _ccc(at) for s in said), _ccc(at)
    at.radio(key=f"moment_{key}").set_value("other_day").run()
    at.date_input(key=f"date_{key}").set_value(date(2026, 1, 2)).run()
    assert "(date indiquée par moi, heure relevée sur la capture d'écran) : le 02/01/2026 à 21:27" in _ccc(at)


@pytest.mark.parametrize("lang", ["ar", "uk"])
def test_the_question_and_the_translated_message_speak_the_users_language(lang: str) -> None:
    at = _paste(_app(query=lang), LOGIN_ERROR)
    t = i18n.Translator(lang)
    key = _moment_key(at)
    assert at.radio(key=key).label == f"**{t('moment_question')}**"
    assert at.radio(key=key).options == [t("moment_choice_now"), t("moment_choice_other")]
    assert t("moment_pending") in [c.value.split(" ", 1)[-1] for c in at.caption]
    at.radio(key=key).set_value("now").run()
    kb = load_knowledge()
    assert kb.ccc.moment_source.both_user["fr"] in _ccc(at)  # the French message, to send
    translated = [c for c in _codes(at) if kb.ccc.moment_source.both_user[lang] in c]
    assert translated and "capture" not in translated[0]  # the user's own words, and no screenshot claim


# -- a case of several screenshots and texts ---------------------------------------------------

def _png(lines: list[str], clock: str | None) -> bytes:
    from tests.answering.test_case import screen

    return screen(lines, clock)


@pytest.mark.ocr
def test_a_case_of_three_screenshots_out_of_order_and_a_text_is_told_in_order() -> None:
    from tests.answering.test_case import ERROR, SIGN_IN, UPLOAD

    at = _paste(_app(query="en"), "J'ai essayé avec un autre navigateur")
    at.file_uploader(key="upload_0").set_value([
        ("error.png", _png(ERROR, "13/03/2026 14:32"), "image/png"),
        ("signin.png", _png(SIGN_IN, "13/03/2026 14:28"), "image/png"),
        ("upload.png", _png(UPLOAD, "13/03/2026 14:30"), "image/png"),
    ])
    at.run()
    assert not at.exception
    t = i18n.Translator("en")
    assert f"**{t('case_heading', n=4)}**" in [m.value for m in at.markdown]
    story = next(m.value for m in at.markdown if m.value.startswith("- 1\\."))
    lines = story.replace("\\", "").splitlines()
    assert [line[:27] for line in lines[:4]] == ["- 1. On 13/03/2026 at 14:28", "- 2. On 13/03/2026 at 14:30",
                                                 "- 3. Message copied: “J'ai ", "- 4. On 13/03/2026 at 14:32"]
    assert "Une erreur technique est survenue / Code erreur : 500" in lines[3]
    assert lines[4].startswith("- The problem to report is the one of step 4")
    full = _ccc(at)
    assert "(relevées sur la capture d'écran) : le 13/03/2026 à 14:32 (heure de Paris)" in full
    assert "« Une erreur technique est survenue / Code erreur : 500 »" in full
    assert "3. 03-annotated.png : Erreur technique ou page bloquée ; date et heure visibles, pas le site." in full
    short = next(c for c in _codes(at) if c.startswith("Objet :") and c != full)
    assert len(short) <= 1000 and "13/03/2026 à 14:32" in short
    assert len([i for i in at.image]) == 2 + 3  # the evidence (zoomed and whole), then one copy per screenshot
    downloads = [b.proto.label for b in at.get("download_button")]
    assert [t("download_annotated", n=i) for i in (1, 2, 3)] == [label for label in downloads if "PNG" in label]
    assert t("download_button") in downloads and t("download_short") in downloads


@pytest.mark.ocr
def test_a_case_whose_error_screenshot_has_no_clock_asks_when_and_says_so() -> None:
    from tests.answering.test_case import ERROR, SIGN_IN

    at = _app()
    at.file_uploader(key="upload_0").set_value([
        ("signin.png", _png(SIGN_IN, "12/03/2026 14:28"), "image/png"),
        ("error.png", _png(ERROR, None), "image/png"),
    ])
    at.run()
    assert not at.exception
    t = i18n.Translator("fr")
    question = at.radio(key=_moment_key(at))
    assert question.label == f"**{t('moment_question')}**"  # the error's screenshot shows no clock: the user says when
    full = _ccc(at)
    assert "le [À COMPLÉTER : date du problème, JJ/MM/AAAA] à [À COMPLÉTER : heure du problème, HH:MM]" in full
    assert "2. 02-annotated.png : Erreur technique ou page bloquée ; ni site, ni date, ni heure visibles." in full
    assert t("shot_help") in [e.label for e in at.expander]  # how to take one that shows them
    question.set_value("now").run()
    assert "Date et heure du problème (indiquées par moi) : le " in _ccc(at)
