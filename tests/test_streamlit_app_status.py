"""The page for a question on the progress of a file: the status explained, the préfecture message (AppTest)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from troubleshoot import i18n
from troubleshoot.knowledge import load_knowledge

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
KB = load_knowledge()


def _paste(text: str, locale: str = "fr-FR") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.context = {"timezone": "Europe/Paris", "locale": locale}
    at.run()
    at.text_area(key="text_0").input(text)
    at.button(key="analyse_0").click()
    return at.run()


def test_a_status_code_is_explained_as_an_interpretation_with_a_prefecture_message() -> None:
    at = _paste("mon dossier est passé en CONTROLE_EN_ATTENTE_PEC, ça veut dire quoi ?")
    assert not at.exception
    t = i18n.Translator("fr")
    info = next(i.value for i in at.info if "CONTROLE" in i.value)
    assert KB.status_table.reliability["interpretation"]["fr"].split(" :")[0] in info.replace("\\", "")
    headers = [h.value for h in at.header]
    assert headers.index(t("prefecture_heading")) < headers.index(t("ccc_heading"))  # the préfecture first
    prefecture = next(c.value for c in at.code if c.value.startswith("Demande d'information"))
    assert "[À COMPLÉTER : numéro de la demande]" in prefecture
    assert any(c.value.startswith("Objet : Problème technique") for c in at.code)  # the CCC message stays, for a blockage
    key = next(w.key for w in at.text_input if w.key.startswith("pref_number_"))
    at.text_input(key=key).input("2026-XYZ-7")
    at.run()
    prefecture = next(c.value for c in at.code if c.value.startswith("Demande d'information"))
    assert "2026-XYZ-7" in prefecture and "[À COMPLÉTER : numéro de la demande]" not in prefecture


def test_a_blockage_gets_no_prefecture_message() -> None:
    at = _paste("Identifiant ou mot de passe incorrect")
    assert not at.exception
    assert i18n.Translator("fr")("prefecture_heading") not in [h.value for h in at.header]
    assert not any(c.value.startswith("Demande d'information") for c in at.code)


def test_the_prefecture_message_is_shown_in_the_users_language_too() -> None:
    at = _paste("Examen des pièces en cours", locale="ar")
    assert not at.exception
    t = i18n.Translator("ar")
    assert t("prefecture_heading") in [h.value for h in at.header]
    assert any("Examen des pièces en cours" in c.value and "سيدتي" in c.value for c in at.code)


def test_another_website_is_named_not_unrecognised() -> None:
    at = _paste("France-Visas — Votre demande de visa a été enregistrée")
    assert not at.exception
    t = i18n.Translator("fr")
    assert any("France-Visas" in h.value.replace("\\", "") for h in at.subheader)
    assert not any(i.value == t("not_recognised") for i in at.info)
