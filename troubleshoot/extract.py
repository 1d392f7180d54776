"""Facts read off the screen: site address, date and time, identifiers, error codes.

The CCC asks for screenshots with the site, the date and the time visible, so we
read them back to pre-fill its message. A clock is a time with a date next to it
(a taskbar) or a time at the top or bottom edge (a phone status bar); dates that
are deadlines in the page text ("avant le 30/04/2025") are not the problem's date.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

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
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?(\d{4}|\d{2})(?![\d/])")
_ISO_DATE = re.compile(r"(?<!\d)(20\d{2})-(\d{2})-(\d{2})(?!\d)")
_DAY_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})(?:er)?\s+({_MONTH_RE})\.?(?:\s+(\d{{4}}))?(?![a-z])")
_MONTH_DAY = re.compile(rf"(?<![a-z])({_MONTH_RE})\.?\s+(\d{{1,2}})(?!\d)(?!\s?[:h]\s?\d),?(?:\s+(\d{{4}}))?(?!\d)")
_TIME = re.compile(r"(?<![\d:/])([01]?\d|2[0-3]) ?[:hH] ?([0-5]\d)(?![\d/])(?: ?([AaPp])\.?[Mm]\.?)?")
# A clock whose colon OCR read as another character ("15553" for 15:53); only
# trusted at the screen's edge, right beside a date.
_BLURRED_CLOCK = re.compile(r"(?<![\d/])([01]\d|2[0-3])[5s;.,!|il]([0-5]\d)(?![\d/])")
_NOT_NOW = re.compile(r"(avant le|jusqu.au|au plus tard|before|until|expire|valable|valid|naissance|born|delivre|issued|du|au)\s*$")
_HOST = re.compile(r"(?<![@\w.-])(?:https?\s?:\s?/\s?/\s?)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:fr|com|org|net|eu|io|gouv))(?![a-z0-9-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FOREIGN_NUMBER = re.compile(r"(?<![\d])\d{10}(?![\d])")
_HTTP_CODE = re.compile(
    r"(?:(?:erreur|error|http|code)\s*:?\s*([45]\d\d)\b|\b([45]\d\d)\s*[-–:]?\s*(?:bad gateway|service unavailable|internal server|not found|forbidden|gateway time|unauthorized|request entity))",
    re.IGNORECASE,
)
_BROWSER_CODE = re.compile(r"\b((?:ERR|DNS_PROBE)_[A-Z_]{3,})\b")
_PAIR_DISTANCE = 40  # characters between a clock's time and its date


@dataclass(frozen=True)
class Line:
    """A line of text and where it sits (0 top, 1 bottom), when known."""

    start: int
    end: int
    y: float | None = None


@dataclass(frozen=True)
class Extracted:
    site: str | None = None
    seen_date: date | None = None
    seen_time: time | None = None
    clock_at_edge: bool = False  # the time was read at the screen's top or bottom edge
    emails: tuple[str, ...] = ()
    foreign_numbers: tuple[str, ...] = ()
    error_codes: tuple[str, ...] = field(default_factory=tuple)


def _fold(text: str) -> str:
    # One character out for one in, so offsets stay valid in both strings.
    return "".join((unicodedata.normalize("NFKD", c) or c)[0].lower() for c in text)


def _make_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dates(folded: str, default_year: int | None) -> list[tuple[int, date]]:
    found: list[tuple[int, date]] = []
    for m in _ISO_DATE.finditer(folded):
        d = _make_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            found.append((m.start(), d))
    for m in _NUMERIC_DATE.finditer(folded):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        d = _make_date(y, b, a) if b <= 12 else _make_date(y, a, b)  # French order unless impossible
        if d:
            found.append((m.start(), d))
    for m in _DAY_MONTH.finditer(folded):
        year = int(m[3]) if m[3] else default_year
        d = _make_date(year, _MONTHS[m[2]], int(m[1])) if year else None
        if d:
            found.append((m.start(), d))
    for m in _MONTH_DAY.finditer(folded):
        year = int(m[3]) if m[3] else default_year
        d = _make_date(year, _MONTHS[m[1]], int(m[2])) if year else None
        if d:
            found.append((m.start(), d))
    found.sort(key=lambda item: item[0])
    return [(pos, d) for pos, d in found if not _NOT_NOW.search(folded[max(0, pos - 25) : pos])]


def _times(folded: str) -> list[tuple[int, time]]:
    found = []
    for m in _TIME.finditer(folded):
        hour, minute = int(m[1]), int(m[2])
        if m[3]:
            hour = hour % 12 + (12 if m[3].lower() == "p" else 0)
        found.append((m.start(), time(hour, minute)))
    return found


def _y(pos: int, lines: Sequence[Line]) -> float:
    for line in lines:
        if line.start <= pos < line.end and line.y is not None:
            return line.y
    return 0.5


def _is_edge(pos: int, lines: Sequence[Line]) -> bool:
    for line in lines:
        if line.start <= pos < line.end:
            return line.y is not None and (line.y < 0.08 or line.y > 0.9)
    return False


def _date_time(folded: str, lines: Sequence[Line], default_year: int | None) -> tuple[date | None, time | None, bool]:
    """The screen's date and time, and whether they come from an edge (a clock).

    On an image (line positions known), a clock sits at the top or bottom edge;
    dates and times inside the page (a deposit date, an appointment) are only a
    last resort for the time and never the date of the problem.
    """
    dates = _dates(folded, default_year)
    times = _times(folded)
    positioned = any(line.y is not None for line in lines)
    pairs = [
        (abs(tp - dp), tp, t, d)
        for tp, t in times
        for dp, d in dates
        if abs(tp - dp) <= _PAIR_DISTANCE
    ]
    edge_pairs = [p for p in pairs if _is_edge(p[1], lines)]
    if edge_pairs:
        _, _, t, d = min(edge_pairs, key=lambda p: p[0])
        return d, t, True
    edge_times = [t for p, t in times if _is_edge(p, lines)]
    edge_dates = [d for p, d in dates if _is_edge(p, lines)]
    if edge_dates and not edge_times:
        date_positions = [p for p, _ in dates if _is_edge(p, lines)]
        for m in _BLURRED_CLOCK.finditer(folded):
            if _is_edge(m.start(), lines) and any(abs(m.start() - p) <= _PAIR_DISTANCE for p in date_positions):
                return edge_dates[0], time(int(m[1]), int(m[2])), True
    if edge_times:
        return (edge_dates[0] if edge_dates else None), edge_times[0], True
    if pairs and not positioned:
        _, _, t, d = min(pairs, key=lambda p: p[0])
        return d, t, False
    if positioned:
        return (edge_dates[0] if edge_dates else None), None, False
    return (dates[0][1] if dates else None), (times[0][1] if times else None), False


def _hosts(folded: str, known: Sequence[str]) -> list[tuple[int, str]]:
    found = []
    for m in _HOST.finditer(folded):
        host = re.sub(r"\s", "", m[1]).strip(".")
        host = host[host.index("www.") :] if "www." in host else host  # "iwww.x.fr": OCR noise before www
        host = re.sub(r"^www(?=[a-z0-9])", "www.", host)  # "wwwexample.fr": the dot lost by OCR
        close = difflib.get_close_matches(host, known, n=1, cutoff=0.85)
        found.append((m.start(), close[0] if close else host))
    return found


def _site(folded: str, lines: Sequence[Line], known: Sequence[str]) -> str | None:
    """The address shown: on an image, the one in the address bar (top edge);
    addresses inside the page (footer links) count only if they are ANEF's."""
    hosts = _hosts(folded, known)
    if any(line.y is not None for line in lines):
        # The address bar is at the top; footer links sit at the bottom edge.
        at_top = [h for p, h in hosts if _is_edge(p, lines) and _y(p, lines) < 0.5]
        hosts = [(0, h) for h in at_top] + [(0, h) for p, h in hosts if h in known]
    for _, host in hosts:
        if host in known:
            return host
    return hosts[0][1] if hosts else None


def extract(
    text: str,
    *,
    lines: Sequence[Line] = (),
    known_sites: Sequence[str] = (),
    default_year: int | None = None,
) -> Extracted:
    """Read the site, the date and time of the screen, identifiers and error codes."""
    folded = _fold(text)
    seen_date, seen_time, at_edge = _date_time(folded, lines, default_year)
    codes = [m[1] or m[2] for m in _HTTP_CODE.finditer(text)] + _BROWSER_CODE.findall(text)
    return Extracted(
        site=_site(folded, lines, known_sites),
        seen_date=seen_date,
        seen_time=seen_time,
        clock_at_edge=at_edge,
        emails=tuple(dict.fromkeys(_EMAIL.findall(text))),
        foreign_numbers=tuple(dict.fromkeys(_FOREIGN_NUMBER.findall(text))),
        error_codes=tuple(dict.fromkeys(codes)),
    )
