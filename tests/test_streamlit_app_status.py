"""The page for a question on the progress of a file: the status explained, the préfecture message (AppTest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from troubleshoot import Engine, i18n
from troubleshoot.knowledge import load_knowledge

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
KB = load_knowledge()


def _app(locale: str = "fr-FR") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.context = {"timezone": "Europe/Paris", "locale": locale}
    return at.run()


def _paste(text: str, locale: str = "fr-FR") -> AppTest:
    at = _app(locale)
    at.text_area(key="text_0").input(text)
    at.button(key="analyse_0").click()
    return at.run()


def _block(node: object, key: str) -> object | None:
    """The container drawn with ``st.container(key=key)``, searched through the page's tree."""
    for child in getattr(node, "children", {}).values():
        if getattr(child, "key", None) == key and hasattr(child, "children"):
            return child
        found = _block(child, key)
        if found is not None:
            return found
    return None


def _codes_in(at: AppTest, key: str) -> list[str]:
    block = _block(at._tree, key)
    return [] if block is None else [c.value for c in block.code]


def _headers(at: AppTest) -> list[str]:
    return [h.value for h in at.header]


def test_a_status_code_is_explained_as_an_interpretation_with_a_prefecture_message() -> None:
    at = _paste("mon dossier est passé en CONTROLE_EN_ATTENTE_PEC, ça veut dire quoi ?")
    assert not at.exception
    info = next(i.value for i in at.info if "CONTROLE" in i.value)
    assert KB.status_table.reliability["interpretation"]["fr"].split(" :")[0] in info.replace("\\", "")
    [prefecture] = _codes_in(at, "prefecture_fr")
    assert prefecture.startswith("Demande d'information") and "[À COMPLÉTER : numéro de la demande]" in prefecture


def test_a_question_on_progress_says_the_ccc_cannot_answer_and_offers_the_prefectures_message() -> None:
    text = "ça fait 8 mois que mon dossier est en cours d'instruction, aucune nouvelle"
    at = _paste(text)
    assert not at.exception
    t = i18n.Translator("fr")
    assert t("prefecture_heading") in _headers(at) and t("ccc_heading") not in _headers(at)
    assert t("prefecture_not_ccc") in [i.value for i in at.info]  # said plainly, before the message
    assert not any(c.startswith("Objet :") for c in (c.value for c in at.code))  # no CCC message
    assert t("check_heading") not in _headers(at)  # nor the screenshot check made for the CCC
    [letter] = _codes_in(at, "prefecture_fr")
    assert letter.strip() == Engine().diagnose_text(text).prefecture_message.strip()  # the package's message
    downloads = [b.proto.label for b in at.get("download_button")]
    assert downloads == [t("prefecture_download")]
    assert t("ccc_only_blockage") in [c.value.split(" ", 1)[1] for c in at.caption if " " in c.value]
    assert not _codes_in(at, "prefecture_user")  # French page: one message
    # Where to get help names the CCC for a blockage only, and says nothing of pasting a message there.
    said = [m.value for m in at.markdown]
    assert t("next_progress") in said and not any(t("next_contact") in m for m in said)
    assert any(t("next_contact_plain") in m for m in said)

    # What the user types and chooses goes into the message; what they leave stays a placeholder.
    kp = next(w.key for w in at.text_input if w.key.startswith("pref_number_")).removeprefix("pref_number_")
    at.text_input(key=f"pref_number_{kp}").input("2026-XYZ-7")
    at.text_input(key=f"pref_deposit_{kp}").input("02/03/2025")
    at.selectbox(key=f"pref_procedure_{kp}").set_value("renouvellement")
    at.run()
    [letter] = _codes_in(at, "prefecture_fr")
    assert "n° 2026-XYZ-7" in letter and "le 02/03/2025." in letter
    assert f"({t('procedure_renouvellement')})" in letter
    assert KB.prefecture.placeholders["attestation_end"]["fr"] in letter  # not given: still to fill in
    assert "[À COMPLÉTER : numéro de la demande]" not in letter


def test_a_question_on_progress_in_arabic_gives_the_french_message_and_what_it_says() -> None:
    at = _paste("Examen des pièces en cours", locale="ar")
    assert not at.exception
    t = i18n.Translator("ar")
    assert t("prefecture_heading") in _headers(at) and t("ccc_heading") not in _headers(at)
    assert t("prefecture_not_ccc") in [i.value for i in at.info]
    [french] = _codes_in(at, "prefecture_fr")
    [arabic] = _codes_in(at, "prefecture_user")
    assert french.startswith("Demande d'information") and "« Examen des pièces en cours »" in french
    assert "سيدتي" in arabic and "« Examen des pièces en cours »" in arabic  # the label read, as the site wrote it
    assert KB.prefecture.placeholders["request_number"]["ar"] in arabic
    kp = next(w.key for w in at.text_input if w.key.startswith("pref_number_")).removeprefix("pref_number_")
    at.selectbox(key=f"pref_procedure_{kp}").set_value("naturalisation")
    at.run()
    french, arabic = _codes_in(at, "prefecture_fr")[0], _codes_in(at, "prefecture_user")[0]
    assert "(Naturalisation)" in french and f"({t('procedure_naturalisation')})" in arabic  # each in its language
    assert [b.proto.label for b in at.get("download_button")] == [t("prefecture_download")]


@pytest.mark.parametrize("text", ["Identifiant ou mot de passe incorrect",
                                  "Demande invalide. Vous ne pouvez pas renouveler votre titre."])
def test_a_blockage_keeps_the_ccc_message_and_gets_no_prefecture_message(text: str) -> None:
    at = _paste(text)
    assert not at.exception
    t = i18n.Translator("fr")
    assert t("prefecture_heading") not in _headers(at) and t("ccc_heading") in _headers(at)
    assert t("prefecture_not_ccc") not in [i.value for i in at.info]
    assert not any(c.value.startswith("Demande d'information") for c in at.code)
    assert _codes_in(at, "ccc_fr")[0].startswith("Objet :")
    said = [m.value for m in at.markdown]
    assert t("next_progress") not in said and any(t("next_contact") in m for m in said)


def _png(lines: list[str], clock: str | None) -> bytes:
    from tests.answering.test_case import screen

    return screen(lines, clock)


PROGRESS = ["Étrangers en France", "Mes demandes", "Renouvellement de titre de séjour", "Statut : Examen des pièces en cours"]


@pytest.mark.ocr
def test_a_case_about_progress_tells_the_sequence_and_offers_the_prefectures_message() -> None:
    from tests.answering.test_case import SIGN_IN

    at = _paste("cela fait 7 mois, aucune nouvelle de la préfecture", locale="en")
    at.file_uploader(key="upload_0").set_value([
        ("status.png", _png(PROGRESS, "12/03/2026 14:30"), "image/png"),
        ("signin.png", _png(SIGN_IN, "12/03/2026 14:28"), "image/png"),
    ])
    at.run()
    assert not at.exception
    t = i18n.Translator("en")
    assert f"**{t('case_heading', n=3)}**" in [m.value for m in at.markdown]  # the case, told in order
    assert t("prefecture_heading") in _headers(at) and t("ccc_heading") not in _headers(at)
    [french] = _codes_in(at, "prefecture_fr")
    assert "« Examen des pièces en cours »" in french  # the label read on the case's screenshot
    [english] = _codes_in(at, "prefecture_user")
    assert english.startswith("Request for information on the progress")


@pytest.mark.ocr
def test_a_case_whose_last_screenshot_is_an_error_is_a_blockage_for_the_ccc() -> None:
    from tests.answering.test_case import ERROR

    at = _app()
    at.file_uploader(key="upload_0").set_value([
        ("status.png", _png(PROGRESS, "12/03/2026 14:30"), "image/png"),
        ("error.png", _png(ERROR, "12/03/2026 14:32"), "image/png"),
    ])
    at.run()
    assert not at.exception
    t = i18n.Translator("fr")
    assert t("ccc_heading") in _headers(at) and t("prefecture_heading") not in _headers(at)
    assert "Code erreur : 500" in _codes_in(at, "ccc_fr")[0]


def test_another_website_is_named_not_unrecognised() -> None:
    at = _paste("France-Visas — Votre demande de visa a été enregistrée")
    assert not at.exception
    t = i18n.Translator("fr")
    assert any("France-Visas" in h.value.replace("\\", "") for h in at.subheader)
    assert not any(i.value == t("not_recognised") for i in at.info)
