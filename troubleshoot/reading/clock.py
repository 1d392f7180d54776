"""Dates and times as screens write them, and which of them is the screen's clock.

Clocks come in many dress: ``14:32``, ``14 h 32``, ``2:32 PM``; dates as
``26/11/2026``, ``26.11.26``, ``2026-11-26``, ``11/26/2026`` (month first, in
the United States), ``mer. 26 nov.`` (no year: a Windows 11 tooltip, GNOME),
``Wed 26 Nov`` or ``lun. 1 déc.`` (macOS). A date's year, when it is not
written, is the most recent one that fits its weekday and is not in the
future. A clock never shows the future, nor a day before ANEF existed: such
a "date" is something else (a deadline, a reference number).

Everything here works on text folded by ``extract._fold`` (lower case, no
accents, one character per character of the original).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

_MONTHS = {
    "janv": 1, "jan": 1, "janvier": 1, "january": 1,
    "fevr": 2, "fev": 2, "feb": 2, "fevrier": 2, "february": 2,
    "mars": 3, "mar": 3, "march": 3,
    "avr": 4, "apr": 4, "avril": 4, "april": 4,
    "mai": 5, "may": 5,
    "juin": 6, "jun": 6, "june": 6,
    "juil": 7, "jul": 7, "juillet": 7, "july": 7,
    "aout": 8, "aug": 8, "august": 8,
    "sept": 9, "sep": 9, "septembre": 9, "september": 9,
    "oct": 10, "octobre": 10, "october": 10,
    "nov": 11, "novembre": 11, "november": 11,
    "dec": 12, "decembre": 12, "december": 12,
}
_WEEKDAYS = {
    "lun": 0, "lundi": 0, "mon": 0, "monday": 0,
    "mar": 1, "mardi": 1, "tue": 1, "tues": 1, "tuesday": 1,
    "mer": 2, "mercredi": 2, "wed": 2, "wednesday": 2,
    "jeu": 3, "jeudi": 3, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3,
    "ven": 4, "vendredi": 4, "fri": 4, "friday": 4,
    "sam": 5, "samedi": 5, "sat": 5, "saturday": 5,
    "dim": 6, "dimanche": 6, "sun": 6, "sunday": 6,
}


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH = _alternation(_MONTHS)
_WEEKDAY = rf"(?:(?P<wd>{_alternation(_WEEKDAYS)})\.?,?\s+)?"
_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?"
# 26/11/2026, 26.11.26, 26-11-2026, 11/26/2026; OCR spaces around separators.
_NUMERIC = re.compile(r"(?<![\d/.:])(?P<a>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?(?P<y>\d{4}|\d{2})(?![\d/])")
_ISO = re.compile(r"(?<!\d)(?P<y>20\d{2})\s?-\s?(?P<m>\d{1,2})\s?-\s?(?P<d>\d{1,2})(?!\d)")
# mer. 26 nov., 1er décembre 2026, Wed 26 Nov; "mar 16sept." when OCR lost the space
# (else "mar 16" would be read as the 16th of March: "mar" is Tuesday there, not a month).
_DAY_MONTH = re.compile(rf"(?<![a-z\d]){_WEEKDAY}(?P<d>\d{{1,2}})(?:er)?\.?\s*(?P<m>{_MONTH})\.?(?![a-z]){_YEAR}(?![\d:])")
# Thu Nov 26, 2026 / Nov 26 — but not "Nov 14:32" (a month then a time).
_MONTH_DAY = re.compile(rf"(?<![a-z\d]){_WEEKDAY}(?P<m>{_MONTH})\.?\s*(?P<d>\d{{1,2}})(?![\d:h])(?!\s?[:h]\s?\d){_YEAR}(?![\d:])")
# macOS's "Thu Nov 28 6:17 PM" read with its spaces lost: "Nov286:17PM". The
# digits between the month and the colon hold the day, then the hour.
_GLUED = re.compile(rf"(?<![a-z\d]){_WEEKDAY}(?P<m>{_MONTH})\.?\s*(?P<digits>\d{{3,4}}) ?: ?(?P<min>[0-5]\d)(?![\d/])(?: ?(?P<ap>[ap])\.? ?m\b\.?)?")
# Not inside a number ("26.11", "3:14:20"), but after a word's dot ("jeu.7h11": GNOME, the space lost).
# Written with a space ("0: 01:49", a stray digit before a clock), the minutes must not be
# the next clock's hour.
_TIME = re.compile(r"(?<![\d:/])(?<!\d\.)(?P<h>[01]?\d|2[0-3])(?P<sp> )?(?P<sep>[:hH])(?P<sp2> )?(?P<m>[0-5]\d)(?![\d/])(?(sp)(?!\s?:\s?\d))(?(sp2)(?!\s?:\s?\d))(?: ?(?P<ap>[AaPp])\.? ?[Mm]\b\.?)?")
# A clock whose colon OCR read as another character ("15553" for 15:53); only
# trusted right beside a date in the screen's frame.
_SPLIT_HOUR = re.compile(r"(?<![\w/.:,])(\d) $")  # a lone digit and a space, right before an hour
BLURRED_TIME = re.compile(r"(?<![\d/])([01]?\d|2[0-3])[5s;.,!|il]?([0-5]\d)(?![\d/])(?: ?([ap])\.? ?m\b)?")


def blurred_value(m: re.Match[str]) -> time | None:
    """The time a blurred clock stands for (``BLURRED_TIME`` match), AM/PM applied."""
    hour, minute = int(m[1]), int(m[2])
    if m[3]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m[3] == "p" else 0)
    return time(hour, minute)
# Words that make the date after them a deadline or a document's date, not a clock.
_NOT_NOW = re.compile(r"(avant le|jusqu.au|au plus tard|before|until|expire|valable|valid|naissance|born|delivre|issued|du|au|depuis|since)\s*$")
_YEARS_BACK = 7  # how far back a year is looked for when a date does not write it


@dataclass(frozen=True)
class DateMention:
    """A date as written: day and month may be either way round when both are ≤ 12."""

    start: int
    end: int
    first: int  # the first number written (day in France, month in the United States)
    second: int
    year: int | None  # as written, four digits; None when not written
    weekday: int | None = None  # 0 Monday
    numeric: bool = True  # "26/11" (order unsure) rather than "26 nov." (order sure)
    after_deadline_word: bool = False
    slashed: bool = False  # "11/26/2026": only slashes are ever written month first (dots and dashes never)


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    value: time
    twelve_hour: bool  # written with AM/PM


def _glued(m: re.Match[str]) -> tuple[int, int] | None:
    """The day and the hour in a glued "286:17": the split that gives a real
    day and a real hour, the day's two digits first (the hour is written
    without a leading zero after a month name)."""
    digits = m["digits"]
    for cut in (2, 1):
        day, hour = digits[:cut], digits[cut:]
        if not hour or len(hour) > 2:
            continue
        top = 12 if m["ap"] else 23
        if 1 <= int(day) <= 31 and (1 if m["ap"] else 0) <= int(hour) <= top:
            return int(day), int(hour)
    return None


def dates(folded: str) -> list[DateMention]:
    """Every date written in the text, in reading order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], first: int, second: int, year: int | None, *, numeric: bool, slashed: bool = False) -> None:
        if any(s < m.end() and m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        weekday = _WEEKDAYS.get(m["wd"]) if "wd" in m.groupdict() and m["wd"] else None
        deadline = bool(_NOT_NOW.search(folded[max(0, m.start() - 25) : m.start()]))
        found.append(DateMention(m.start(), m.end(), first, second, year, weekday, numeric, deadline, slashed))

    for m in _ISO.finditer(folded):
        add(m, int(m["d"]), int(m["m"]), int(m["y"]), numeric=False)
    for m in _NUMERIC.finditer(folded):
        year = int(m["y"])
        add(m, int(m["a"]), int(m["b"]), year + 2000 if year < 100 else year, numeric=True, slashed=m["sep"] == "/")
    for m in _DAY_MONTH.finditer(folded):
        add(m, int(m["d"]), _MONTHS[m["m"]], int(m["y"]) if m["y"] else None, numeric=False)
    for m in _MONTH_DAY.finditer(folded):
        add(m, int(m["d"]), _MONTHS[m["m"]], int(m["y"]) if m["y"] else None, numeric=False)
    for m in _GLUED.finditer(folded):
        split = _glued(m)
        if split is not None:
            add(m, split[0], _MONTHS[m["m"]], None, numeric=False)
    return sorted(found, key=lambda d: d.start)


def times(folded: str) -> list[TimeMention]:
    found = []
    for m in _TIME.finditer(folded):
        hour, minute = int(m["h"]), int(m["m"])
        start = m.start()
        split = _SPLIT_HOUR.search(folded, max(0, start - 2), start)
        if len(m["h"]) == 1 and split is not None and int(split[1] + m["h"]) <= (12 if m["ap"] else 23):
            # OCR cut a small clock's hour in two ("1 8:40"): a lone digit just
            # before a one-digit hour is its first digit, not another number.
            hour, start = int(split[1] + m["h"]), split.start(1)
        if m["sep"] in "hH" and m["ap"]:
            continue  # "10h07 pm" is not a way anyone writes a clock
        if m["ap"]:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
        found.append(TimeMention(start, m.end(), time(hour, minute), bool(m["ap"])))
    for m in _GLUED.finditer(folded):
        split = _glued(m)
        start = m.start("digits") + (len(m["digits"]) - len(str(split[1])) if split else 0)
        if split is None or any(t.start < m.end() and start < t.end for t in found):
            continue
        hour = split[1] % 12 + (12 if m["ap"] == "p" else 0) if m["ap"] else split[1]
        found.append(TimeMention(start, m.end(), time(hour, int(m["min"])), bool(m["ap"])))
    return sorted(found, key=lambda t: t.start)


_PERCENT = re.compile(r"\d+\s?%")


def digits_beyond_time(text: str) -> bool:
    """Whether ``text`` holds digits that no time written in it explains.

    A clock read as "Tue 17:01" or "jeu. 15:01" shows no date to look for
    again, nor does a battery's or a zoom's "23%", nor a lone digit; "17:01
    1/12/2O26" or "17:01 0112" holds a date read as noise.
    """
    folded = _PERCENT.sub(" ", text.lower())
    for t in reversed(times(folded)):
        folded = folded[: t.start] + folded[t.end :]
    # A date holds two digits at least ("1/5", "26 nov."); one is an icon read as a
    # digit or a badge ("E 3", "0e").
    return sum(c.isdigit() for c in folded) >= 2


def resolve(mention: DateMention, *, today: date | None, earliest: date | None, month_first: bool = False) -> date | None:
    """The calendar date a mention stands for, or None when it cannot be a clock's.

    ``month_first`` reads an ambiguous numeric date the American way (a 12-hour
    clock beside it says so); an order that gives an impossible or future date
    gives way to the other one.
    """
    if not mention.numeric:
        orders = [(mention.first, mention.second)]
    elif month_first and mention.slashed:
        orders = [(mention.second, mention.first), (mention.first, mention.second)]
    else:
        orders = [(mention.first, mention.second), (mention.second, mention.first)]
    for day, month in orders:
        found = _in_range(day, month, mention.year, mention.weekday, today, earliest)
        if found is not None:
            return found
    return None


def order_unsure(mention: DateMention, *, today: date | None, earliest: date | None, month_first: bool = False) -> bool:
    """Whether the day and the month of a numeric date may be either way round.

    "08/09/2026" is the 8th of September in France and the 9th of August in the
    United States; only a 12-hour clock beside it (``month_first``), a number
    above 12, a weekday or a date that would be in the future tells which.
    Dots and dashes are never written month first, so only slashes are unsure.
    """
    if not (mention.numeric and mention.slashed) or month_first or mention.first == mention.second:
        return False
    readings = {
        _in_range(day, month, mention.year, mention.weekday, today, earliest)
        for day, month in ((mention.first, mention.second), (mention.second, mention.first))
    }
    readings.discard(None)
    return len(readings) > 1


def _in_range(day: int, month: int, year: int | None, weekday: int | None, today: date | None, earliest: date | None) -> date | None:
    latest = today + timedelta(days=1) if today else None  # the device's zone may be a day ahead of Paris
    if year is not None:
        candidates = [year]
    elif today is not None:
        candidates = list(range(today.year, today.year - _YEARS_BACK, -1))
    else:
        return None
    for y in candidates:
        try:
            found = date(y, month, day)
        except ValueError:
            continue
        if latest and found > latest:
            continue
        if earliest and found < earliest:
            continue
        if weekday is not None and found.weekday() != weekday and year is None:
            continue  # look further back for the year whose calendar fits
        return found
    return None
