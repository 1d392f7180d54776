"""A case of several inputs: the order they happened in, and which one holds the problem."""

from __future__ import annotations

import io
from datetime import date, time

import pytest

from tests.conftest import render_text_image
from troubleshoot import Diagnosis, Engine
from troubleshoot.answering.case import TEXT, CaseItem, build, seen_at
from troubleshoot.errors import UnreadableImageError
from troubleshoot.knowledge import load_knowledge

FALLBACK = load_knowledge().fallback.id


def _shot(given: int, situation: str, clock: time | None, day: date | None = None) -> CaseItem:
    """A screenshot's diagnosis (``ocr_confidence`` set: an image was read)."""
    d = Diagnosis(input=f"s{given}.png", lang="fr", situation=situation, seen_time=clock, seen_date=day, ocr_confidence=90.0)
    return CaseItem(given, d.input, d, image=b"png")


def _text(given: int, situation: str) -> CaseItem:
    return CaseItem(given, f"text:{given}", Diagnosis(input=f"text:{given}", lang="fr", situation=situation), TEXT)


def test_screenshots_are_ordered_by_their_clock_not_by_upload() -> None:
    day = date(2026, 3, 12)
    items = [_shot(0, "blocked_page", time(14, 32), day), _shot(1, FALLBACK, time(14, 28), day),
             _shot(2, "upload_error", time(14, 30), day)]
    case = build(items, FALLBACK)
    assert [item.given for item in case.items] == [1, 2, 0]
    assert case.problem_item.given == 0  # the last error, after the sign-in page and the upload
    assert [case.number(item) for item in case.items] == [1, 2, 3]


def test_a_date_orders_before_the_time_of_day() -> None:
    items = [_shot(0, "blocked_page", time(9, 0), date(2026, 3, 13)), _shot(1, "upload_error", time(18, 0), date(2026, 3, 12))]
    assert [item.given for item in build(items, FALLBACK).items] == [1, 0]


def test_a_phone_time_without_a_date_counts_on_the_day_the_others_show() -> None:
    items = [_shot(0, "blocked_page", time(14, 32), date(2026, 3, 12)), _shot(1, FALLBACK, time(14, 10))]
    assert [item.given for item in build(items, FALLBACK).items] == [1, 0]


def test_inputs_without_a_time_keep_their_place_after_the_input_given_before_them() -> None:
    day = date(2026, 3, 12)
    items = [_shot(0, FALLBACK, None), _shot(1, "blocked_page", time(14, 32), day), _text(2, FALLBACK),
             _shot(3, "upload_error", time(14, 30), day)]
    case = build(items, FALLBACK)
    # 14:30 comes before 14:32; the text stays after 14:32, the screenshot without a clock first.
    assert [item.given for item in case.items] == [0, 3, 1, 2]
    assert case.problem_item.given == 1


def test_no_clock_at_all_keeps_the_upload_order() -> None:
    items = [_shot(0, "upload_error", None), _shot(1, FALLBACK, None), _text(2, FALLBACK)]
    assert [item.given for item in build(items, FALLBACK).items] == [0, 1, 2]


def test_a_screenshot_error_wins_over_a_later_text_and_a_later_sign_in_page() -> None:
    day = date(2026, 3, 12)
    items = [_shot(0, "blocked_page", time(14, 32), day), _shot(1, FALLBACK, time(14, 40), day), _text(2, "login_failure")]
    assert build(items, FALLBACK).problem_item.given == 0


def test_a_text_holds_the_problem_when_no_screenshot_is_recognised() -> None:
    items = [_shot(0, FALLBACK, time(14, 0)), _text(1, "login_failure")]
    assert build(items, FALLBACK).problem_item.given == 1


def test_nothing_recognised_reports_the_last_input_and_failures_are_never_the_problem() -> None:
    failed = CaseItem(2, "broken.png", Diagnosis(input="broken.png", lang="fr", error=UnreadableImageError("x")))
    case = build([_shot(0, FALLBACK, time(10, 0)), _text(1, FALLBACK), failed], FALLBACK)
    assert case.problem_item.given == 1 and failed.failed and not failed.screenshot
    assert build([failed], FALLBACK).problem is None


def test_a_pasted_texts_date_is_not_a_clock() -> None:
    d = Diagnosis(input="text:1", lang="fr", seen_date=date(2026, 1, 1), seen_time=time(9, 0))
    assert seen_at(d, date(2026, 3, 1)) is None


# -- real screenshots read by Tesseract ------------------------------------------------------

def screen(lines: list[str], clock: str | None) -> bytes:
    """A screenshot with the clock at its bottom edge, as a taskbar shows it."""
    body = lines + [""] * (9 - len(lines)) + ([clock] if clock else [])
    buffer = io.BytesIO()
    render_text_image(body, size=(1400, 560)).save(buffer, "PNG")
    return buffer.getvalue()


SIGN_IN = ["Étrangers en France", "Connexion à mon espace", "Identifiant", "Mot de passe", "Se connecter"]
UPLOAD = ["Étrangers en France", "Mes documents", "Le fichier n'a pas pu être téléversé.", "Format accepté : PDF, JPG, PNG"]
ERROR = ["Étrangers en France", "Une erreur technique est", "survenue", "Code erreur : 500", "Veuillez réessayer ultérieurement."]


@pytest.fixture(scope="module")
def afternoon(engine: Engine) -> list[CaseItem]:
    """Three screenshots given out of order (the error first), then a text."""
    shots = [("error.png", screen(ERROR, "12/03/2026 14:32")), ("signin.png", screen(SIGN_IN, "12/03/2026 14:28")),
             ("upload.png", screen(UPLOAD, "12/03/2026 14:30"))]
    items = [CaseItem(i, name, engine.diagnose_image(image, input_name=name), image=image) for i, (name, image) in enumerate(shots)]
    text = "J'ai essayé avec un autre navigateur"
    return [*items, CaseItem(3, "text:1", engine.diagnose_text(text, input_name="text:1"), TEXT)]


@pytest.mark.ocr
def test_a_real_case_is_ordered_by_the_clocks_read_and_the_error_is_its_problem(engine: Engine, afternoon) -> None:
    case = build(afternoon, engine.kb.fallback.id)
    assert [item.name for item in case.items] == ["signin.png", "upload.png", "text:1", "error.png"]
    assert [f"{item.diagnosis.seen_time:%H:%M}" for item in case.screenshots] == ["14:28", "14:30", "14:32"]
    problem = case.problem_item
    assert problem.name == "error.png" and problem.diagnosis.situation != engine.kb.fallback.id
    # The heading wrapped on two lines is quoted whole, not cut at the line's end.
    assert problem.diagnosis.error_text.startswith("Une erreur technique est survenue")
