"""The CCC message claims nothing that is not so: where the date and time come from, what the screenshot shows."""

from __future__ import annotations

import csv
import itertools
import re
from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import yaml

from tests.conftest import SAMPLES
from troubleshoot import CccFields, Diagnosis, Engine, webapp
from troubleshoot.answering.render import attachment, moment_source
from troubleshoot.errors import KnowledgeError
from troubleshoot.i18n import Translator
from troubleshoot.knowledge import load_knowledge
from troubleshoot.models import SCREEN, USER, Shown

KB = load_knowledge()
LOGIN_ERROR = "Identifiant ou mot de passe incorrect"
ALL_SHOWN = "Je joins une capture d'écran où l'on voit le site, la date et l'heure."
DATE_HOLDER = "[À COMPLÉTER : date du problème, JJ/MM/AAAA]"
TIME_HOLDER = "[À COMPLÉTER : heure du problème, HH:MM]"
NOW = datetime(2026, 3, 10, 13, 5, 42, tzinfo=UTC)  # 14:05 in Paris
DATE = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")
TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")


def _date_line(message: str) -> str:
    return next(line for line in message.splitlines() if line.startswith("- Date et heure du problème"))


@pytest.fixture(scope="module")
def read(engine: Engine) -> dict[str, Diagnosis]:
    """Real readings (Tesseract) of bundled screenshots, one per combination, and pasted texts."""
    shots = {"date_time": "s003.png", "time_only": "s004.png", "nothing": "s008.png"}
    found = {kind: engine.diagnose_image(SAMPLES / "images" / name) for kind, name in shots.items()}
    found["text"] = engine.diagnose_text(LOGIN_ERROR)
    found["text_with_a_date"] = engine.diagnose_text(f"Le 12/03/2026 à 14:32 sur administration-etrangers-en-france.interieur.gouv.fr : {LOGIN_ERROR}")
    return found


# -- the message the engine (and the command line) writes -------------------------

@pytest.mark.ocr
def test_date_and_time_read_on_the_screenshot_are_said_to_be(read: dict[str, Diagnosis]) -> None:
    message = read["date_time"].ccc_message
    assert "(relevées sur la capture d'écran) : le 24/05/2025 à 15:53 (heure de Paris)" in _date_line(message)
    assert ALL_SHOWN in message


@pytest.mark.ocr
def test_a_phone_capture_shows_the_time_not_the_date_and_the_message_says_so(read: dict[str, Diagnosis]) -> None:
    message = read["time_only"].ccc_message
    assert _date_line(message) == (f"- Date et heure du problème (heure relevée sur la capture d'écran) : le {DATE_HOLDER} "
                                   "à 21:27 (heure de Paris)")
    assert "La capture d'écran jointe montre le site et l'heure ; la date n'y est pas visible." in message
    assert ALL_SHOWN not in message


@pytest.mark.ocr
def test_nothing_read_leaves_placeholders_and_says_the_screenshot_shows_none_of_it(read: dict[str, Diagnosis]) -> None:
    message = read["nothing"].ccc_message
    assert _date_line(message) == f"- Date et heure du problème : le {DATE_HOLDER} à {TIME_HOLDER} (heure de Paris)"
    assert "La capture d'écran jointe ne montre ni le site, ni la date, ni l'heure." in message
    assert "indiquées" not in message and "relevée" not in message


@pytest.mark.parametrize("kind", ["text", "text_with_a_date"])
def test_a_pasted_text_makes_no_claim_about_a_screenshot(engine: Engine, kind: str) -> None:
    text = LOGIN_ERROR if kind == "text" else f"Le 12/03/2026 à 14:32 : {LOGIN_ERROR}"
    d = engine.diagnose_text(text)
    assert d.shows is None
    message = d.ccc_message
    assert "capture" not in message.lower() and "\n\n\n" not in message
    # A date in a pasted text is reported, but nothing says it is the problem's: the message keeps its placeholders.
    assert _date_line(message) == f"- Date et heure du problème : le {DATE_HOLDER} à {TIME_HOLDER} (heure de Paris)"
    assert "Pouvez-vous m'aider à débloquer la situation ?" in message  # the line after the dropped one stays


@pytest.mark.ocr
@pytest.mark.parametrize("lang", KB.settings.languages)
def test_every_language_says_it_in_its_own_words(engine: Engine, read: dict[str, Diagnosis], lang: str) -> None:
    d = read["time_only"]
    message = engine.ccc_message(d, replace(engine.default_fields(d), date="10/03/2026", date_source=USER), lang)
    assert KB.ccc.attachment.site_time[lang] in message
    assert KB.ccc.moment_source.date_user[lang] in message and KB.ccc.moment_source.time_screen[lang] in message
    if lang != "fr":
        assert KB.ccc.attachment.site_time["fr"] not in message and "capture" not in message


# -- the wording, as data ------------------------------------------------------------

@pytest.mark.parametrize(
    ("date_source", "time_source", "said"),
    [(SCREEN, SCREEN, " (relevées sur la capture d'écran)"), (USER, USER, " (indiquées par moi)"),
     (USER, SCREEN, " (date indiquée par moi, heure relevée sur la capture d'écran)"),
     (SCREEN, USER, " (date relevée sur la capture d'écran, heure indiquée par moi)"),
     (None, SCREEN, " (heure relevée sur la capture d'écran)"), (USER, None, " (date indiquée par moi)"), (None, None, "")],
)
def test_moment_source_wording(date_source: str | None, time_source: str | None, said: str) -> None:
    assert moment_source(KB, date_source, time_source) == said


def test_an_unknown_source_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown date or time source"):
        moment_source(KB, "guess", None)


def test_a_source_without_its_value_says_nothing(engine: Engine) -> None:
    d = engine.diagnose_text(LOGIN_ERROR)
    message = engine.ccc_message(d, CccFields(date_source=USER, time_source=SCREEN))  # no date, no time: placeholders
    assert _date_line(message) == f"- Date et heure du problème : le {DATE_HOLDER} à {TIME_HOLDER} (heure de Paris)"


def test_each_combination_of_site_date_and_time_has_its_own_sentence_in_every_language() -> None:
    combos = [Shown(*flags) for flags in itertools.product((True, False), repeat=3)]
    for lang in KB.settings.languages:
        sentences = [attachment(KB, shown, lang) for shown in combos]
        assert all(s.strip() for s in sentences) and len(set(sentences)) == 8, lang
        if lang != "fr":
            assert not set(sentences) & {attachment(KB, shown, "fr") for shown in combos}, lang
    assert attachment(KB, None) == ""
    assert attachment(KB, Shown(True, True, True)) == ALL_SHOWN
    assert attachment(KB, Shown(True, False, True)) == "La capture d'écran jointe montre le site et l'heure ; la date n'y est pas visible."
    assert attachment(KB, Shown()) == "La capture d'écran jointe ne montre ni le site, ni la date, ni l'heure."


def test_every_wording_is_in_all_seven_languages() -> None:
    for group in (KB.ccc.moment_source, KB.ccc.attachment):
        for name, text in group:
            assert set(text) == set(KB.settings.languages), name
            assert all(value.strip() for value in text.values()), name


def test_a_missing_sentence_fails_at_load(knowledge_copy) -> None:
    path = knowledge_copy / "ccc_message.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["attachment"]["site_time"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="attachment"):
        load_knowledge(knowledge_copy)


def test_a_wrap_without_its_field_fails_at_start_up(knowledge_copy) -> None:
    path = knowledge_copy / "ccc_message.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["moment_source"]["wrap"]["fr"] = " (source)"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="moment_source.wrap.fr"):
        Engine(knowledge_copy)


# -- never a date or time that was neither read nor given ------------------------------

def _outside_error_text(message: str) -> str:
    """The message without the quoted error text (a pasted text may hold any date)."""
    return "\n".join(line for line in message.splitlines() if not line.startswith("- Message affiché"))


def _stamps(message: str) -> set[str]:
    text = _outside_error_text(message)
    return set(DATE.findall(text)) | set(TIME.findall(text))


def _paris(day: date | None, clock: time | None, zone: str) -> set[str]:
    """What a local date and time may become in the message: as they are, and in Paris time."""
    out = {f"{day:%d/%m/%Y}"} if day else set()
    if clock is not None:
        local = datetime.combine(day or NOW.astimezone(ZoneInfo(zone)).date(), clock, tzinfo=ZoneInfo(zone))
        paris = local.astimezone(ZoneInfo("Europe/Paris"))
        out |= {f"{clock:%H:%M}", f"{paris:%H:%M}"} | ({f"{paris:%d/%m/%Y}"} if day else set())
    return out


def _texts() -> list[str]:
    with (SAMPLES / "texts.csv").open(encoding="utf-8") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def test_no_message_for_a_pasted_text_carries_a_date_or_time(engine: Engine) -> None:
    """Every sample text, some holding dates and times of their own: none reaches the message outside the quote."""
    texts = _texts() + [f"Le 12/03/2026 à 14:32 : {LOGIN_ERROR}", "Erreur le 01/02/2025 à 9h15, réessayez à 10:00"]
    for text in texts:
        d = engine.diagnose_text(text)
        assert not _stamps(d.ccc_message), text
        english = engine.ccc_message(d, engine.default_fields(d), "en")
        assert "[TO FILL IN: date of the problem, DD/MM/YYYY] at [TO FILL IN: time of the problem, HH:MM]" in english


@pytest.mark.ocr
@pytest.mark.parametrize("zone", ["Europe/Paris", "America/Guadeloupe"])
def test_no_message_carries_a_date_or_time_neither_read_nor_given(engine: Engine, read: dict[str, Diagnosis], zone: str) -> None:
    """Every answer the page can get, for every combination: each date and time is the screenshot's or the user's."""
    picked_day, picked_clock = date(2026, 1, 5), time(22, 30)
    for kind, d in read.items():
        screen = d.shows is not None
        seen_day = d.seen_date if screen else None
        seen_clock = d.seen_time if screen else None
        assert _stamps(d.ccc_message) <= {f"{seen_day:%d/%m/%Y}" if seen_day else "", f"{seen_clock:%H:%M}" if seen_clock else ""}, kind
        question = webapp.moment_question(d)
        choices = (None, *webapp.CHOICES.get(question, ()))
        for choice, day, clock in itertools.product(choices, (None, seen_day, picked_day), (None, seen_clock, picked_clock)):
            answer = webapp.MomentAnswer(choice, day, clock)
            moment = webapp.problem_moment(d, answer, zone, NOW)
            fields = webapp.ccc_fields(engine.default_fields(d), webapp.CccForm.at(moment), Translator("fr"))
            message = engine.ccc_message(d, fields)
            # The fields the page shows for this answer are what the user gave; the rest counts for nothing.
            given_day = day if question is None or choice in (webapp.OTHER, webapp.OTHER_DAY) else None
            given_clock = clock if question in (None, webapp.ASK_DAY) or choice == webapp.OTHER else None
            here = webapp.local_now(zone, NOW)
            if choice in (webapp.NOW, webapp.TODAY):
                given_day = here.date()
            if choice == webapp.NOW:
                given_clock = here.time()
            allowed = _paris(seen_day, seen_clock, zone) | _paris(given_day, given_clock, zone)
            allowed |= _paris(given_day, seen_clock, zone) | _paris(seen_day, given_clock, zone)
            assert _stamps(message) <= allowed, (kind, answer, _date_line(message))
            line = _date_line(message)
            if given_day is None and given_clock is None:
                assert "indiquée" not in line, (kind, answer)  # "given by me" only for what the user gave
                if not (seen_day or seen_clock):
                    assert DATE_HOLDER in line and TIME_HOLDER in line, (kind, answer)
