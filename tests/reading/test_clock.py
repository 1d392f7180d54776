"""Every common way a clock and a date are written, and which dates cannot be a clock's."""

from datetime import date, time

import pytest

from troubleshoot.reading import clock
from troubleshoot.reading.extract import Line, extract

TODAY = date(2026, 12, 1)
SINCE = date(2019, 1, 1)


def _frame(text: str) -> list[Line]:
    """The whole text as one line of the screen's frame (a taskbar, a menu bar)."""
    return [Line(0, len(text), 0.97, frame=True)]


@pytest.mark.parametrize(
    ("text", "seen_date", "seen_time"),
    [
        ("14:32\n26/11/2026", date(2026, 11, 26), time(14, 32)),  # Windows, fr
        ("14 h 32 26/11/2026", date(2026, 11, 26), time(14, 32)),
        ("2:32 PM\n11/26/2026", date(2026, 11, 26), time(14, 32)),  # Windows, en-US
        ("2:32 PM 11/05/2026", date(2026, 11, 5), time(14, 32)),  # 12-hour clock: month first
        ("14:32 11/05/2026", date(2026, 5, 11), time(14, 32)),  # 24-hour clock: day first
        ("14:32\n26/11/26", date(2026, 11, 26), time(14, 32)),
        ("14:32 26.11.2026", date(2026, 11, 26), time(14, 32)),  # KDE, de-style
        ("14:32 2026-11-26", date(2026, 11, 26), time(14, 32)),
        ("mer. 26 nov. 14:32", date(2025, 11, 26), time(14, 32)),  # no year: the weekday picks 2025
        ("jeu. 26 nov. 14:32", date(2026, 11, 26), time(14, 32)),
        ("Wed 26 Nov 14:32", date(2025, 11, 26), time(14, 32)),
        ("lun. 1 déc. 14:32", date(2025, 12, 1), time(14, 32)),  # macOS menu bar; 1 Dec 2025 was a Monday
        ("mar. 1 déc. 09:05", date(2026, 12, 1), time(9, 5)),  # "mar." is Tuesday here, not March
        ("mar 16sept. 14:21", date(2025, 9, 16), time(14, 21)),  # macOS, the space before the month lost
        ("Thu Nov 26 2:05 PM", date(2026, 11, 26), time(14, 5)),
        ("12:07 AM 03/14/2026", date(2026, 3, 14), time(0, 7)),
        ("2:42 PM 11.09.2024", date(2024, 9, 11), time(14, 42)),  # dots are never month first
        ("Thu Nov286:17PM", date(2024, 11, 28), time(18, 17)),  # macOS read with its spaces lost
        ("Thu Nov28 6:17 PM", date(2024, 11, 28), time(18, 17)),
        ("lun. déc0109:05", date(2025, 12, 1), time(9, 5)),  # the day's two digits, then the hour's
    ],
)
def test_clock_formats_in_the_frame(text: str, seen_date: date, seen_time: time) -> None:
    facts = extract(text, lines=_frame(text), today=TODAY, earliest=SINCE)
    assert (facts.seen_date, facts.seen_time) == (seen_date, seen_time)
    assert facts.clock_at_edge


@pytest.mark.parametrize(
    "text",
    [
        "14:32 26/11/2027",  # in the future
        "14:32 26/11/2014",  # before ANEF existed
        "14:32 31/02/2026",  # no such day
    ],
)
def test_a_date_no_clock_can_show_is_not_the_clock(text: str) -> None:
    facts = extract(text, lines=_frame(text), today=TODAY, earliest=SINCE)
    assert facts.seen_date is None
    assert facts.seen_time == time(14, 32)  # the time itself still stands


def test_a_year_not_written_is_never_in_the_future() -> None:
    # On 1 Dec 2026, "20 déc." without a weekday is last December's.
    [mention] = clock.dates("20 dec.")
    assert clock.resolve(mention, today=TODAY, earliest=SINCE) == date(2025, 12, 20)


def test_an_impossible_order_gives_way_to_the_other() -> None:
    [mention] = clock.dates("11/26/2026")
    assert clock.resolve(mention, today=TODAY, earliest=SINCE) == date(2026, 11, 26)
    [mention] = clock.dates("26/11/2026")
    assert clock.resolve(mention, today=TODAY, earliest=SINCE, month_first=True) == date(2026, 11, 26)


def test_times_reject_what_is_no_clock() -> None:
    assert [t.value for t in clock.times("13:05 PM 10h07 pm 25:10 9:61")] == []
    assert [t.value for t in clock.times("9:05 am, 21h30")] == [time(9, 5), time(21, 30)]


def test_a_time_alone_in_a_phone_status_bar() -> None:
    text = "14:32 4G 78%"
    facts = extract(text, lines=[Line(0, len(text), 0.01, frame=True)], today=TODAY, earliest=SINCE)
    assert (facts.seen_date, facts.seen_time) == (None, time(14, 32))


def test_a_clock_whose_colon_was_lost_keeps_its_pm() -> None:
    text = "1123 PM\n2025-10-18"
    lines = [Line(0, 7, 0.97, frame=True, item=3), Line(8, len(text), 0.99, frame=True, item=3)]
    facts = extract(text, lines=lines, today=TODAY, earliest=SINCE)
    assert (facts.seen_date, facts.seen_time) == (date(2025, 10, 18), time(23, 23))


def test_halves_of_a_clock_read_apart_are_paired_by_where_they_sit() -> None:
    # The page's reading got the time, the frame's the date: far apart in the text, side by side on screen.
    text = "16:52\n" + "texte de la page " * 10 + "\n21/01/2025"
    end = text.index("\n")
    lines = [Line(0, end, 0.97, x=0.96), Line(end + 1, text.rindex("\n"), 0.5, x=0.4),
             Line(text.rindex("\n") + 1, len(text), 0.985, frame=True, item=8, x=0.95)]
    facts = extract(text, lines=lines, today=TODAY, earliest=SINCE)
    assert (facts.seen_date, facts.seen_time) == (date(2025, 1, 21), time(16, 52))


@pytest.mark.parametrize(
    ("text", "guessed"),
    [
        ("27 oct. 08:53", True),  # GNOME: day and month, no weekday, no year
        ("Oct 27 8:53 AM", True),
        ("mar. 27 oct. 08:53", False),  # the weekday pins the year
        ("08:53 27/10/2025", False),  # written
        ("08:53 27.10.25", False),
    ],
)
def test_a_year_nowhere_on_the_screen_is_marked_as_guessed(text: str, guessed: bool) -> None:
    facts = extract(text, lines=_frame(text), today=TODAY, earliest=SINCE)
    assert facts.seen_date is not None and (facts.seen_date.month, facts.seen_date.day) == (10, 27)
    assert facts.year_guessed is guessed


@pytest.mark.parametrize(
    ("text", "unsure"),
    [
        ("14:32 08/09/2025", True),  # the 8th of September, or the 9th of August (en-US with a 24-hour clock)
        ("2:32 PM 08/09/2025", False),  # a 12-hour clock writes the month first
        ("14:32 08.09.2025", False),  # dots are never written month first
        ("14:32 2025-09-08", False),  # nor is the ISO order
        ("14:32 13/09/2025", False),  # no 13th month
        ("14:32 09/09/2025", False),  # either way the same day
        ("14:32 08/12/2026", False),  # the 12th of August, or the 8th of December, which is still to come
    ],
)
def test_a_day_and_month_that_may_be_either_way_round_are_marked_as_guessed(text: str, unsure: bool) -> None:
    facts = extract(text, lines=_frame(text), today=TODAY, earliest=SINCE)
    assert facts.seen_date is not None
    assert facts.order_guessed is unsure


@pytest.mark.parametrize(
    ("bar", "unsure"),
    [
        ("Rechercher", False),  # Windows 11's search box in French: the system writes the day first
        ("Taper ici pour rechercher", False),
        ("FRA", False),  # the keyboard's language
        ("ENG\nUK", False),
        ("ENG\nUS", True),  # an American keyboard on a computer set to anything
        ("Search", True),
        ("", True),
    ],
)
def test_the_words_of_the_clock_s_own_bar_tell_a_date_s_order(bar: str, unsure: bool) -> None:
    from troubleshoot.engine import Engine

    words = Engine().kb.settings.site.day_first_bar_words
    text = f"{bar}\n14:32\n08/09/2025".lstrip()
    lines, start = [], 0
    for part in text.split("\n"):
        lines.append(Line(start, start + len(part), 0.97, frame=True))
        start += len(part) + 1
    facts = extract(text, lines=lines, today=TODAY, earliest=SINCE, day_first_words=words)
    assert facts.seen_date == date(2025, 9, 8)
    assert facts.order_guessed is unsure


@pytest.mark.parametrize(("top", "unsure"), [("Nouvel onglet", False), ("Français vers Anglais", False), ("New Tab", True)])
def test_a_browser_s_own_words_in_the_frame_tell_a_date_s_order(top: str, unsure: bool) -> None:
    from troubleshoot.engine import Engine

    site = Engine().kb.settings.site
    text = f"{top}\n14:32\n08/09/2025"
    lines = [Line(0, len(top), 0.02, frame=True), Line(len(top) + 1, len(top) + 6, 0.97, frame=True),
             Line(len(top) + 7, len(text), 0.98, frame=True)]
    facts = extract(text, lines=lines, today=TODAY, earliest=SINCE, day_first_words=site.day_first_bar_words,
                    day_first_browser_words=site.day_first_browser_words)
    assert facts.order_guessed is unsure


def test_french_words_of_the_page_say_nothing_of_the_clock_s_order() -> None:
    from troubleshoot.engine import Engine

    words = Engine().kb.settings.site.day_first_bar_words
    page = "Rechercher un dossier"
    text = f"{page}\n14:32\n08/09/2025"
    lines = [Line(0, len(page), 0.5), Line(len(page) + 1, len(page) + 6, 0.97, frame=True),
             Line(len(page) + 7, len(text), 0.98, frame=True)]
    assert extract(text, lines=lines, today=TODAY, earliest=SINCE, day_first_words=words).order_guessed


@pytest.mark.parametrize("text", ["jeu. 7 h 11", "jeu.7h11", "Thu 7:11 AM", "07:11"])
def test_a_clock_without_its_date_gives_the_time_alone(text: str) -> None:
    # GNOME's top bar by default: a weekday and the time; OCR may lose the space after the dot.
    facts = extract(text, lines=_frame(text), today=TODAY, earliest=SINCE)
    assert (facts.seen_date, facts.seen_time) == (None, time(7, 11))


@pytest.mark.parametrize("text", ["26.11.2026", "v3.14:20", "1.12:30"])
def test_a_number_with_a_dot_is_not_a_time(text: str) -> None:
    assert extract(text, lines=_frame(text), today=TODAY, earliest=SINCE).seen_time is None


def test_an_hour_ocr_cut_in_two_is_joined_again() -> None:
    # A small clock read "1 8:40": the lone digit is the hour's first, not another number.
    assert [t.value for t in clock.times("1 8:40")] == [time(18, 40)]
    assert [t.value for t in clock.times("1 8:40 PM")] == [time(20, 40)]  # "18 PM" is no clock: 8:40 PM
    assert [t.value for t in clock.times("26/11/2026 8:40")] == [time(8, 40)]  # a date's year is no digit alone
    assert [t.value for t in clock.times("3 8:40")] == [time(8, 40)]  # 38 is no hour


def test_a_dates_own_digits_are_no_clock_whose_colon_was_lost() -> None:
    # "2024-10-17" alone in the frame: its "2024" is a year, not 20:24.
    text = "2024-10-17\nFRA"
    lines = [Line(0, 10, 0.97, frame=True, item=3), Line(11, len(text), 0.99, frame=True, item=4)]
    facts = extract(text, lines=lines, today=TODAY, earliest=SINCE)
    assert facts.seen_time is None


def test_a_stray_digit_before_a_clock_does_not_make_its_hour_minutes() -> None:
    # A status bar's icon read "0:" before "01:49": the spaced "0: 01" is no clock.
    assert [t.value for t in clock.times("0: 01:49 F")] == [time(1, 49)]
    assert [t.value for t in clock.times("14:32:10")] == [time(14, 32)]  # seconds stay seconds
