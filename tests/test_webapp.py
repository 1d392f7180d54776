"""The page's pure helpers: dates in Paris time, CCC fields, escaping, errors, samples."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from troubleshoot import CccFields, Engine, webapp
from troubleshoot.errors import OcrTimeoutError, TroubleshootError, UnsupportedImageError
from troubleshoot.i18n import Translator

NOW = datetime(2026, 3, 10, 13, 5, 42, tzinfo=UTC)  # 14:05 in Paris (winter time)


def test_without_a_clock_it_is_now_in_paris_time() -> None:
    moment = webapp.problem_moment(None, None, "America/Cayenne", NOW)
    assert (moment.date, moment.time, moment.from_screenshot) == (date(2026, 3, 10), time(14, 5), False)


def test_a_clock_read_in_paris_is_kept() -> None:
    moment = webapp.problem_moment(date(2025, 5, 24), time(15, 53), "Europe/Paris", NOW)
    assert (moment.date, moment.time, moment.from_screenshot, moment.converted_from) == (date(2025, 5, 24), time(15, 53), True, None)


def test_a_clock_read_elsewhere_is_converted_to_paris_time() -> None:
    moment = webapp.problem_moment(date(2026, 1, 5), time(22, 30), "America/Guadeloupe", NOW)
    assert (moment.date, moment.time, moment.converted_from) == (date(2026, 1, 6), time(3, 30), "America/Guadeloupe")


def test_a_clock_without_date_takes_todays_date_and_a_bad_zone_means_paris() -> None:
    moment = webapp.problem_moment(None, time(9, 15), "Not/AZone", NOW)
    assert (moment.date, moment.time, moment.converted_from) == (date(2026, 3, 10), time(9, 15), None)


def test_ccc_fields_word_choices_in_the_translators_language() -> None:
    base = CccFields(site="s", date="01/01/2026", time="10:00", error_text="Erreur technique")
    form = webapp.CccForm(date(2025, 5, 24), time(15, 53), "renouvellement", " upload ", ("other_browser",), "vidé le cache",
                          "foreign_number", "")
    fr = webapp.ccc_fields(base, form, Translator("fr"))
    assert (fr.date, fr.time, fr.site, fr.error_text) == ("24/05/2025", "15:53", "s", "Erreur technique")
    assert fr.procedure == "Renouvellement de titre de séjour"
    assert fr.blocking_step == "upload"
    assert fr.tried == "Un autre navigateur, vidé le cache"
    assert fr.identifier_type == "Numéro étranger"
    en = webapp.ccc_fields(base, form, Translator("en"))
    assert en.procedure == "Renewal of a residence permit" and en.tried.startswith("Another web browser")


def test_empty_answers_leave_placeholders() -> None:
    fields = webapp.ccc_fields(CccFields(), webapp.CccForm(), Translator("fr"))
    assert fields == CccFields()


def test_edited_fields_change_the_message(engine: Engine) -> None:
    d = engine.diagnose_text("Identifiant ou mot de passe incorrect", lang="fr")
    form = webapp.CccForm(date(2025, 5, 24), time(15, 53), "naturalisation", identifier="email")
    message = engine.ccc_message(d, webapp.ccc_fields(engine.default_fields(d), form, Translator("fr")))
    assert "le 24/05/2025 à 15:53" in message and "Naturalisation" in message and "Adresse électronique" in message


def test_fallback_is_recognised(engine: Engine) -> None:
    d = engine.diagnose_text("bonjour, quelle belle journée", lang="fr")
    assert webapp.is_fallback(engine, d)
    assert not webapp.is_fallback(engine, engine.diagnose_text("Identifiant ou mot de passe incorrect"))


@pytest.mark.parametrize(
    ("error", "key"),
    [(OcrTimeoutError("x"), "error_ocr_timeout"), (UnsupportedImageError("x"), "error_unsupported_image"),
     (TroubleshootError("x"), "error_unexpected"), (ValueError("x"), "error_unexpected")],
)
def test_error_keys(error: BaseException, key: str) -> None:
    assert webapp.error_key(error) == key


def test_md_escape_keeps_markdown_literal() -> None:
    assert webapp.md_escape("**a** [b](http://x) $x$ :red[c]") == r"\*\*a\*\* \[b\]\(http\://x\) \$x\$ \:red\[c\]"


def test_page_css_is_constant_per_direction() -> None:
    assert webapp.page_css(True) != webapp.page_css(False)
    assert "direction: rtl" in webapp.page_css(True) and "direction: rtl" not in webapp.page_css(False)


def test_samples_exist_and_show_a_clock() -> None:
    samples = webapp.available_samples()
    assert len(samples) == len(webapp.SAMPLES) >= 3
    assert all(s.kind in {"desktop", "phone"} for s in samples)


def test_shown_text_is_cut() -> None:
    assert webapp.shown_text("a" * 10) == "a" * 10
    assert len(webapp.shown_text("a" * 10_000)) == webapp.MAX_TEXT_SHOWN + 1
