"""Captures of Debian's real Chromium and Firefox ESR (their own toolbars, a real panel clock).

Made by samples/realbrowser/make_real.py, not by our generator: the site, date and time must
be read off them as a user's screenshot of those browsers would be.
"""

from __future__ import annotations

import csv

import pytest

from tests.conftest import SAMPLES

REAL = SAMPLES / "real"
pytestmark = pytest.mark.ocr


def _rows() -> list[dict[str, str]]:
    with (REAL / "labels.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _first_of_each_browser(**wanted: str) -> list[dict[str, str]]:
    """The first capture of each browser whose labels match ``wanted``."""
    seen: dict[str, dict[str, str]] = {}
    for row in _rows():
        if all(row[k] == v for k, v in wanted.items()) and row["browser"] not in seen:
            seen[row["browser"]] = row
    return list(seen.values())


@pytest.mark.parametrize("row", _first_of_each_browser(clock="date+time", situation="blocked_page"), ids=lambda r: r["browser"])
def test_a_real_browser_capture_gives_its_site_date_and_time(engine, row: dict[str, str]) -> None:
    d = engine.diagnose_image(REAL / row["file"])
    assert d.site == row["site"]
    assert d.seen_date is not None and d.seen_date.isoformat() == row["seen_date"]
    assert d.seen_time is not None and d.seen_time.strftime("%H:%M") == row["seen_time"]


@pytest.mark.parametrize("row", _first_of_each_browser(clock="time"), ids=lambda r: r["browser"])
def test_a_clock_without_a_date_gives_no_date(engine, row: dict[str, str]) -> None:
    d = engine.diagnose_image(REAL / row["file"])
    assert d.seen_date is None  # never a date the screen does not show
    assert d.seen_time is not None and d.seen_time.strftime("%H:%M") == row["seen_time"]


def test_both_browsers_are_in_the_set() -> None:
    assert {row["browser"] for row in _rows()} >= {"chromium", "firefox"}
