"""The page's pure helpers: dates in Paris time, CCC fields, escaping, errors, samples."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from tests.conftest import SAMPLES
from troubleshoot import CccFields, Diagnosis, Engine, webapp
from troubleshoot.errors import OcrTimeoutError, TroubleshootError, UnsupportedImageError
from troubleshoot.i18n import Translator
from troubleshoot.models import SCREEN, USER, Shown

NOW = datetime(2026, 3, 10, 13, 5, 42, tzinfo=UTC)  # 14:05 in Paris (winter time)


# Real readings of bundled screenshots (Tesseract) and of a pasted text: one per combination.
SHOTS = {"date_time": "s003.png", "time_only": "s004.png", "nothing": "s008.png"}
LOGIN_ERROR = "Identifiant ou mot de passe incorrect"


@pytest.fixture(scope="module")
def read(engine: Engine) -> dict[str, Diagnosis]:
    found = {kind: engine.diagnose_image(SAMPLES / "images" / name, lang="fr") for kind, name in SHOTS.items()}
    found["text"] = engine.diagnose_text(LOGIN_ERROR, lang="fr")
    found["text_with_a_date"] = engine.diagnose_text(f"Le 12/03/2026 à 14:32 : {LOGIN_ERROR}", lang="fr")
    return found


@pytest.mark.ocr
def test_the_samples_are_the_combinations_they_stand_for(read: dict[str, Diagnosis]) -> None:
    shown = {kind: d.shows for kind, d in read.items()}
    assert shown == {"date_time": Shown(True, True, True), "time_only": Shown(True, False, True),
                     "nothing": Shown(False, False, False), "text": None, "text_with_a_date": None}
    assert (read["date_time"].seen_date, read["date_time"].seen_time) == (date(2025, 5, 24), time(15, 53))
    assert read["time_only"].seen_time == time(21, 27)
    assert read["text_with_a_date"].seen_date == date(2026, 3, 12)  # found in the text, not a screenshot's clock


@pytest.mark.ocr
def test_the_question_asked_depends_on_what_the_screenshot_showed(read: dict[str, Diagnosis]) -> None:
    asked = {kind: webapp.moment_question(d) for kind, d in read.items()}
    assert asked == {"date_time": None, "time_only": webapp.ASK_DAY, "nothing": webapp.ASK_MOMENT,
                     "text": webapp.ASK_MOMENT, "text_with_a_date": webapp.ASK_MOMENT}
    assert webapp.CHOICES[webapp.ASK_MOMENT][0] == webapp.NOW and webapp.CHOICES[webapp.ASK_DAY][0] == webapp.TODAY


@pytest.mark.ocr
def test_a_clock_read_in_paris_is_kept_and_said_to_be_the_screenshots(read: dict[str, Diagnosis]) -> None:
    d = read["date_time"]
    moment = webapp.problem_moment(d, webapp.MomentAnswer(None, d.seen_date, d.seen_time), "Europe/Paris", NOW)
    assert moment == webapp.Moment(date(2025, 5, 24), time(15, 53), SCREEN, SCREEN, None)
    assert not moment.pending


@pytest.mark.ocr
def test_a_clock_read_elsewhere_is_converted_to_paris_time(read: dict[str, Diagnosis]) -> None:
    d = read["date_time"]  # 15:53 on 24 May in Guadeloupe (UTC-4) is 21:53 in Paris (UTC+2)
    moment = webapp.problem_moment(d, webapp.MomentAnswer(None, d.seen_date, d.seen_time), "America/Guadeloupe", NOW)
    assert moment == webapp.Moment(date(2025, 5, 24), time(21, 53), SCREEN, SCREEN, "America/Guadeloupe")


@pytest.mark.ocr
def test_a_field_the_user_changed_is_said_to_be_theirs(read: dict[str, Diagnosis]) -> None:
    d = read["date_time"]
    moment = webapp.problem_moment(d, webapp.MomentAnswer(None, date(2025, 5, 23), d.seen_time), "Europe/Paris", NOW)
    assert (moment.date, moment.date_source, moment.time_source) == (date(2025, 5, 23), USER, SCREEN)


@pytest.mark.ocr
def test_a_time_without_date_keeps_the_date_unknown_until_the_user_gives_the_day(read: dict[str, Diagnosis]) -> None:
    d = read["time_only"]
    shown = webapp.MomentAnswer(None, None, d.seen_time)  # the time field holds the screenshot's time
    assert webapp.problem_moment(d, shown, "Europe/Paris", NOW) == webapp.Moment(None, time(21, 27), None, SCREEN)
    today = webapp.problem_moment(d, replace(shown, choice=webapp.TODAY), "Europe/Paris", NOW)
    assert today == webapp.Moment(date(2026, 3, 10), time(21, 27), USER, SCREEN)
    other = replace(shown, choice=webapp.OTHER_DAY)
    assert webapp.problem_moment(d, other, "Europe/Paris", NOW).date is None  # "another day", not picked yet
    picked = webapp.problem_moment(d, replace(other, date=date(2026, 3, 2)), "Europe/Paris", NOW)
    assert (picked.date, picked.date_source, picked.time_source) == (date(2026, 3, 2), USER, SCREEN)


@pytest.mark.ocr
def test_a_time_without_date_read_elsewhere_is_converted_once_the_day_is_given(read: dict[str, Diagnosis]) -> None:
    # 21:27 on 10 March in Guadeloupe (UTC-4) is 02:27 on 11 March in Paris (UTC+1).
    d = read["time_only"]
    answer = webapp.MomentAnswer(webapp.TODAY, None, d.seen_time)
    moment = webapp.problem_moment(d, answer, "America/Guadeloupe", NOW)
    assert moment == webapp.Moment(date(2026, 3, 11), time(2, 27), USER, SCREEN, "America/Guadeloupe")


@pytest.mark.ocr
@pytest.mark.parametrize("kind", ["nothing", "text", "text_with_a_date"])
def test_without_a_clock_nothing_is_filled_in_until_the_user_answers(read: dict[str, Diagnosis], kind: str) -> None:
    d = read[kind]
    assert webapp.problem_moment(d, webapp.MomentAnswer(), "Europe/Paris", NOW) == webapp.Moment(None, None)
    stale = webapp.MomentAnswer(None, date(2026, 1, 1), time(9, 0))  # fields left from an earlier answer count for nothing
    assert webapp.problem_moment(d, stale, "Europe/Paris", NOW).pending
    assert webapp.problem_moment(d, replace(stale, choice=webapp.OTHER, time=None), "Europe/Paris", NOW) == webapp.Moment(
        date(2026, 1, 1), None, USER, None)


@pytest.mark.ocr
@pytest.mark.parametrize("kind", ["nothing", "text"])
def test_just_now_is_the_time_the_user_answered_in_paris_time(read: dict[str, Diagnosis], kind: str) -> None:
    now = webapp.MomentAnswer(webapp.NOW)
    assert webapp.problem_moment(read[kind], now, "Europe/Paris", NOW) == webapp.Moment(date(2026, 3, 10), time(14, 5), USER, USER)
    cayenne = webapp.problem_moment(read[kind], now, "America/Cayenne", NOW)  # 10:05 there is 14:05 in Paris
    assert (cayenne.date, cayenne.time, cayenne.converted_from) == (date(2026, 3, 10), time(14, 5), "America/Cayenne")


@pytest.mark.ocr
def test_a_time_the_user_gives_is_their_local_time_converted_like_a_clock(read: dict[str, Diagnosis]) -> None:
    answer = webapp.MomentAnswer(webapp.OTHER, date(2026, 1, 5), time(22, 30))
    moment = webapp.problem_moment(read["nothing"], answer, "America/Guadeloupe", NOW)
    assert moment == webapp.Moment(date(2026, 1, 6), time(3, 30), USER, USER, "America/Guadeloupe")
    garbled = webapp.problem_moment(read["text"], answer, "Not/AZone", NOW)  # a bad zone from the browser means Paris
    assert (garbled.date, garbled.time, garbled.converted_from) == (date(2026, 1, 5), time(22, 30), None)


@pytest.mark.ocr
@pytest.mark.parametrize(
    ("kind", "answer", "line"),
    [("date_time", webapp.MomentAnswer(None, date(2025, 5, 24), time(15, 53)),
      "Date et heure du problème (relevées sur la capture d'écran) : le 24/05/2025 à 15:53 (heure de Paris)"),
     ("time_only", webapp.MomentAnswer(None, None, time(21, 27)),
      "Date et heure du problème (heure relevée sur la capture d'écran) : le [À COMPLÉTER : date du problème, JJ/MM/AAAA] à 21:27"),
     ("time_only", webapp.MomentAnswer(webapp.TODAY, None, time(21, 27)),
      "Date et heure du problème (date indiquée par moi, heure relevée sur la capture d'écran) : le 10/03/2026 à 21:27"),
     ("nothing", webapp.MomentAnswer(),
      "Date et heure du problème : le [À COMPLÉTER : date du problème, JJ/MM/AAAA] à [À COMPLÉTER : heure du problème, HH:MM]"),
     ("nothing", webapp.MomentAnswer(webapp.NOW), "Date et heure du problème (indiquées par moi) : le 10/03/2026 à 14:05"),
     ("text", webapp.MomentAnswer(webapp.OTHER, date(2026, 2, 3), time(8, 7)),
      "Date et heure du problème (indiquées par moi) : le 03/02/2026 à 08:07"),
     ("text_with_a_date", webapp.MomentAnswer(),
      "Date et heure du problème : le [À COMPLÉTER : date du problème, JJ/MM/AAAA] à [À COMPLÉTER : heure du problème, HH:MM]")],
)
def test_the_page_message_says_where_the_date_and_time_come_from(engine: Engine, read: dict[str, Diagnosis], kind: str,
                                                                 answer: webapp.MomentAnswer, line: str) -> None:
    d = read[kind]
    moment = webapp.problem_moment(d, answer, "Europe/Paris", NOW)
    message = engine.ccc_message(d, webapp.ccc_fields(engine.default_fields(d), webapp.CccForm.at(moment), Translator("fr")))
    assert line in message


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


def test_ccc_fields_carry_where_the_date_and_time_came_from() -> None:
    read = CccFields(time="21:27", time_source=SCREEN, screenshot=Shown(True, False, True))
    moment = webapp.Moment(date(2026, 3, 10), None, USER, None)  # the day given, the time field emptied
    fields = webapp.ccc_fields(read, webapp.CccForm.at(moment), Translator("fr"))
    assert (fields.date, fields.date_source, fields.time, fields.time_source) == ("10/03/2026", USER, "21:27", SCREEN)
    assert fields.screenshot == Shown(True, False, True)
    typed = webapp.ccc_fields(CccFields(), webapp.CccForm(date(2026, 1, 2), time(3, 4)), Translator("fr"))
    assert (typed.date_source, typed.time_source) == (USER, USER)  # what a form holds, the user gave


def test_edited_fields_change_the_message(engine: Engine) -> None:
    d = engine.diagnose_text("Identifiant ou mot de passe incorrect", lang="fr")
    form = webapp.CccForm(date(2025, 5, 24), time(15, 53), "naturalisation", identifier="email")
    message = engine.ccc_message(d, webapp.ccc_fields(engine.default_fields(d), form, Translator("fr")))
    assert "(indiquées par moi) : le 24/05/2025 à 15:53" in message and "Naturalisation" in message
    assert "Adresse électronique" in message


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


def test_md_escape_keeps_a_spaced_number_whole() -> None:
    """« 0 806 001 620 » in an Arabic step: a no-break space (a separator inside a number for the
    bidirectional algorithm) keeps its groups in order and on one line; words keep their spaces."""
    shown = webapp.md_escape("اتصل على 0 806 001 620 (مجاني) خلال 3 أشهر")
    assert "0\u00a0806\u00a0001\u00a0620" in shown and "على 0" in shown and "3 أشهر" in shown


def test_page_css_is_constant_per_direction() -> None:
    assert webapp.page_css(True) != webapp.page_css(False)
    assert "direction: rtl" in webapp.page_css(True) and "direction: rtl" not in webapp.page_css(False)
    # Both messages shown in the user's language read right to left on those pages.
    assert ".st-key-ccc_user" in webapp.page_css(True) and ".st-key-prefecture_user" in webapp.page_css(True)


def test_samples_exist_and_show_a_clock() -> None:
    samples = webapp.available_samples()
    assert len(samples) == len(webapp.SAMPLES) >= 3
    assert all(s.kind in {"desktop", "phone"} for s in samples)


def test_shown_text_is_cut() -> None:
    assert webapp.shown_text("a" * 10) == "a" * 10
    assert len(webapp.shown_text("a" * 10_000)) == webapp.MAX_TEXT_SHOWN + 1


def test_report_fields_word_choices_and_say_an_identifier_only_when_given() -> None:
    form = webapp.CccForm(date(2026, 3, 12), time(14, 32), "renouvellement", " Envoi ", ("other_browser",), "vidé le cache",
                          None, " Erreur 500 ", SCREEN, SCREEN)
    fr = webapp.report_fields(form, Translator("fr"), device=" Windows 11 ", browser="Edge 126")
    assert (fr.date, fr.time, fr.date_source, fr.time_source) == ("12/03/2026", "14:32", SCREEN, SCREEN)
    assert (fr.procedure, fr.blocking_step, fr.tried) == ("Renouvellement de titre de séjour", "Envoi", "Un autre navigateur, vidé le cache")
    assert (fr.device, fr.browser, fr.error_text, fr.identifier) == ("Windows 11", "Edge 126", "Erreur 500", None)
    chosen = webapp.report_fields(replace(form, identifier="email"), Translator("fr"), identifier="a@b.fr")
    assert chosen.identifier == "Adresse électronique : a@b.fr"
    assert webapp.report_fields(replace(form, identifier="email"), Translator("en")).identifier == "Email address"
    assert webapp.report_fields(webapp.CccForm(), Translator("fr")) == webapp.ReportFields()


def test_confidence_in_words(engine: Engine) -> None:
    threshold = engine.kb.settings.scoring.threshold
    assert webapp.confidence_word(engine, 0.99) == webapp.HIGH
    assert webapp.confidence_word(engine, (threshold + 0.75) / 2) == webapp.MEDIUM
    assert webapp.confidence_word(engine, threshold / 2) == webapp.LOW


@pytest.mark.ocr
def test_a_guessed_year_is_asked_for_and_never_said_to_be_the_screenshots(read: dict[str, Diagnosis], engine: Engine) -> None:
    # The reading of a real screenshot, as if its clock had written "24 mai 15:53" without a year.
    d = replace(read["date_time"], seen_date_year_guessed=True)
    assert d.shows == Shown(True, False, True) and d.shown_date is None
    assert webapp.moment_question(d) == webapp.ASK_DAY
    picked = webapp.MomentAnswer(webapp.OTHER_DAY, d.seen_date, d.seen_time)  # the user keeps the guess
    moment = webapp.problem_moment(d, picked, "Europe/Paris", NOW)
    assert (moment.date, moment.date_source, moment.time_source) == (date(2025, 5, 24), USER, SCREEN)
    fields = engine.default_fields(d)
    assert fields.date is None and fields.time == "15:53" and fields.time_source == SCREEN
    assert "24/05/2025" not in engine.ccc_message(d, fields)


@pytest.mark.ocr
def test_a_day_and_month_either_way_round_are_asked_for_and_never_said_to_be_the_screenshots(
    read: dict[str, Diagnosis], engine: Engine
) -> None:
    # The reading of a real screenshot, as if its clock had written "05/04/2025" beside a 24-hour time.
    d = replace(read["date_time"], seen_date=date(2025, 5, 4), seen_date_order_guessed=True)
    assert d.date_guessed and d.shown_date is None and d.shows == Shown(True, False, True)
    assert webapp.moment_question(d) == webapp.ASK_DAY
    assert webapp.swapped(d.seen_date) == date(2025, 4, 5) and webapp.swapped(date(2025, 1, 31)) is None
    picked = webapp.MomentAnswer(webapp.OTHER_DAY, date(2025, 4, 5), d.seen_time)  # the user picks the other reading
    moment = webapp.problem_moment(d, picked, "Europe/Paris", NOW)
    assert (moment.date, moment.date_source, moment.time_source) == (date(2025, 4, 5), USER, SCREEN)
    fields = engine.default_fields(d)
    assert fields.date is None and fields.time_source == SCREEN
    assert "04/05/2025" not in engine.ccc_message(d, fields)


def test_the_copy_to_attach_is_shown_now_and_its_png_made_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from PIL import Image, ImageDraw

    from troubleshoot.answering import caption

    shot = Image.new("RGB", (900, 500), (255, 255, 255))
    ImageDraw.Draw(shot).rectangle((100, 100, 300, 160), fill=(200, 30, 30))
    made: list[int] = []
    original = caption.png_bytes

    def counting(image: Image.Image) -> bytes:
        made.append(1)
        return original(image)

    lines = ["Site : administration-etrangers-en-france.interieur.gouv.fr", "Date : 12/03/2026 14:32"]
    monkeypatch.setattr(caption, "png_bytes", counting)
    make_png, jpeg = webapp.annotated_copy(shot, lines)
    assert made == []  # nothing encoded as PNG for the page itself
    png = make_png()
    assert made == [1]
    shown, offered = Image.open(io.BytesIO(jpeg)), Image.open(io.BytesIO(png))
    assert (shown.format, offered.format) == ("JPEG", "PNG")
    assert shown.size == offered.size and offered.height > shot.height  # the same copy, with its caption band
    assert offered.convert("RGB").getpixel((200, 130)) == (200, 30, 30)  # the screenshot itself, lossless
