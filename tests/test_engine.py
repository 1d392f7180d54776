import io
from datetime import date, time

import pytest

from tests.conftest import render_text_image
from troubleshoot import CccFields
from troubleshoot.errors import EmptyInputError, UnsupportedImageError


def test_diagnose_text_gives_situation_fix_and_message(engine) -> None:
    d = engine.diagnose_text("Nom d'utilisateur ou mot de passe invalide.", lang="en")
    assert d.situation == engine.kb.situations[0].id or d.situation != engine.kb.fallback.id
    assert d.confidence >= engine.kb.settings.scoring.threshold
    assert d.evidence and all(e.phrase.lower() in d.text.lower() for e in d.evidence)
    assert d.fix is not None and d.fix.steps and all(s.source_url.startswith("http") for s in d.fix.steps)
    assert "Nom d'utilisateur ou mot de passe invalide." in d.ccc_message
    assert d.ccc_message.startswith("Objet :")


def test_diagnose_text_unknown_gives_general_route(engine) -> None:
    d = engine.diagnose_text("Recette : faire revenir les oignons dans l'huile pendant 5 minutes")
    assert d.situation == engine.kb.fallback.id and d.evidence == ()
    assert "0 806 001 620" in " ".join(s.text for s in d.fix.steps)


def test_diagnose_text_speaks_the_requested_language(engine) -> None:
    fr = engine.diagnose_text("Invalid username or password.", lang="fr")
    en = engine.diagnose_text("Invalid username or password.", lang="en")
    assert fr.situation == en.situation and fr.fix.steps[0].text != en.fix.steps[0].text
    assert fr.ccc_message == en.ccc_message  # the CCC message is always French


def test_diagnose_text_refuses_empty_input(engine) -> None:
    with pytest.raises(EmptyInputError):
        engine.diagnose_text("   \n ")


def test_ccc_message_never_asks_for_the_password(engine) -> None:
    for situation in engine.kb.situations:
        d = engine.diagnose_text(situation.title["fr"])
        message = d.ccc_message.lower()
        assert "mot de passe :" not in message and "password" not in message


def test_ccc_message_uses_edited_fields(engine) -> None:
    d = engine.diagnose_text("Erreur 503 Service Unavailable sur administration-etrangers-en-france.interieur.gouv.fr")
    fields = CccFields(date="26/11/2026", time="14:32", procedure="Renouvellement de titre de séjour",
                       tried="Un autre navigateur", identifier_type="numéro étranger")
    message = engine.ccc_message(d, fields)
    for value in ("26/11/2026", "14:32", "Renouvellement de titre de séjour", "Un autre navigateur", "numéro étranger"):
        assert value in message
    assert "[À COMPLÉTER" in engine.ccc_message(d, CccFields())  # unknown facts stay visibly marked


@pytest.mark.ocr
def test_diagnose_image_reads_screen_clock_and_draws_boxes(engine) -> None:
    # The clock sits at the bottom edge, like a taskbar's.
    image = render_text_image(
        ["https://administration-etrangers-en-france.interieur.gouv.fr/usagers/#/connexion", "",
         "Identifiant ou mot de passe incorrect."] + [""] * 12 + ["14:32  26/11/2026"],
        size=(1500, 900),
    )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    d = engine.diagnose_image(buffer.getvalue())
    assert d.situation != engine.kb.fallback.id
    assert d.site == "administration-etrangers-en-france.interieur.gouv.fr"
    assert (d.seen_date, d.seen_time) == (date(2026, 11, 26), time(14, 32))
    assert "26/11/2026" in d.ccc_message and "14:32" in d.ccc_message
    assert "mot de passe incorrect" in d.error_text
    boxes = [b for e in d.evidence for b in e.boxes]
    assert boxes and all(100 < top < 300 for _, top, _, _ in boxes)  # the error line, third from the top


def test_diagnose_image_refuses_non_images(engine) -> None:
    with pytest.raises(UnsupportedImageError):
        engine.diagnose_image(b"%PDF-1.7 not an image")


def test_localize_translates_without_reading_again(engine) -> None:
    d = engine.diagnose_text("Identifiant ou mot de passe incorrect", lang="fr")
    en = engine.localize(d, "en")
    direct = engine.diagnose_text(d.text, lang="en")
    assert (en.lang, en.situation, en.text, en.evidence) == ("en", d.situation, d.text, d.evidence)
    assert (en.title, en.summary, en.notice, en.fix) == (direct.title, direct.summary, direct.notice, direct.fix)
    assert en.fix != d.fix


def test_a_mailbox_named_in_a_text_is_not_another_website(engine) -> None:
    # The reset e-mail is looked for in the person's mailbox: its provider is no other site's problem.
    site = engine.kb.settings.site
    assert not site.is_other("ukr.net") and not site.is_other("mail.google.com") and site.is_other("www.caf.fr")
    diagnosis = engine.diagnose_text("Лист для скидання пароля не приходить уже три дні, перевіряла спам на Ukr.net.")
    assert diagnosis.situation == "password_reset" and not diagnosis.other_site
