"""Facts read off the screen: site address, date and time, identifiers, error codes.

The CCC asks for screenshots with the site, the date and the time visible, so we
read them back to pre-fill its message. A clock is a time with a date next to it
(a taskbar) or a time at the top or bottom edge (a phone status bar); dates that
are deadlines in the page text ("avant le 30/04/2025") are not the problem's date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from . import clock, hosts

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")  # starts where a word starts: linear on long runs
_FOREIGN_NUMBER = re.compile(r"(?<![\d])\d{10}(?![\d])")
_HTTP_CODE = re.compile(
    r"(?:(?:erreur|error|http|code)\s*:?\s*([45]\d\d)\b|\b([45]\d\d)\s*[-–:]?\s*(?:bad gateway|service unavailable|internal server|not found|forbidden|gateway time|unauthorized|request entity))",
    re.IGNORECASE,
)
_BROWSER_CODE = re.compile(r"\b((?:ERR|DNS_PROBE)_[A-Z_]{3,})\b")
_PAIR_DISTANCE = 40  # characters between a clock's time and its date
_BESIDE = 0.06  # share of the screen's height between a clock's time and its date
_BESIDE_X = 0.2  # ... and of its width
_SAME_BAR = 0.035  # share of the screen's height within which two lines of the edge are one bar


@dataclass(frozen=True)
class Line:
    """A line of text and where it sits (0 top, 1 bottom), when known.

    ``frame`` marks a line read from the screen's frame (a browser toolbar, a
    taskbar, a status bar): where the address and the clock are; ``address``
    says whether a browser's address can be there at all (not at a desktop's
    bottom edge, where a taskbar or the page's footer links are).
    """

    start: int
    end: int
    y: float | None = None
    frame: bool = False
    item: int | None = None  # which item of the frame (a clock, an address field) it was read from
    x: float | None = None  # where its middle sits across the screen (0 left, 1 right), when known
    address: bool = True
    faint: bool = False  # in light grey ink beside the page's ordinary text (``reading/ink.py``)
    stroke: float = 0.0  # its letters' stem width in pixels, 0 when not measured (``reading/ink.py``)


@dataclass(frozen=True)
class Extracted:
    site: str | None = None
    seen_date: date | None = None
    seen_time: time | None = None
    clock_at_edge: bool = False  # the time was read at the screen's top or bottom edge
    # The date's year is not on the screen ("27 oct.", no weekday to pin it):
    # the one given is the latest that fits, a guess the user must confirm.
    year_guessed: bool = False
    # The date's day and month may be either way round ("08/09/2026" with a 24-hour
    # clock): the one given reads the day first, a guess the user must confirm.
    order_guessed: bool = False
    emails: tuple[str, ...] = ()
    foreign_numbers: tuple[str, ...] = ()
    error_codes: tuple[str, ...] = field(default_factory=tuple)


# A page translated into Russian or Ukrainian is read with the Cyrillic model, which
# writes the frame's Latin letters as their look-alikes: "1:56 РМ" for 1:56 PM, "аdministration"
# in the address. Clocks and hosts are Latin, so their look-alikes are read as Latin.
_LOOKALIKES = str.maketrans("аеорсхукіјѕмнтвαορ", "aeopcxykijsmhtbaop")


def _fold(text: str) -> str:
    # One character out for one in, so offsets stay valid in both strings.
    return "".join((unicodedata.normalize("NFKD", c) or c)[0].lower() for c in text).translate(_LOOKALIKES)


def _line_at(pos: int, lines: Sequence[Line]) -> Line | None:
    for line in lines:
        if line.start <= pos < line.end:
            return line
    return None


def _y(pos: int, lines: Sequence[Line]) -> float:
    line = _line_at(pos, lines)
    return line.y if line is not None and line.y is not None else 0.5


def _is_edge(pos: int, lines: Sequence[Line]) -> bool:
    """In the screen's frame, or at its very top or bottom (where bars are)."""
    line = _line_at(pos, lines)
    if line is None:
        return False
    return line.frame or (line.y is not None and (line.y < 0.08 or line.y > 0.9))


def _bar_text(pos: int, folded: str, lines: Sequence[Line]) -> str:
    """The text of the system bar that holds ``pos`` (a clock): the edge's lines at its height."""
    line = _line_at(pos, lines)
    if line is None or line.y is None or not _is_edge(pos, lines):
        return ""
    return " ".join(
        folded[other.start : other.end]
        for other in lines
        if other.y is not None and abs(other.y - line.y) <= _SAME_BAR and _is_edge(other.start, lines)
    )


def _words_in(words: Sequence[str]) -> Callable[[str], bool]:
    if not words:
        return lambda _text: False
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    return lambda text: pattern.search(text) is not None


def _date_time(
    folded: str,
    lines: Sequence[Line],
    today: date | None,
    earliest: date | None,
    day_first_words: Sequence[str] = (),
    day_first_browser_words: Sequence[str] = (),
) -> tuple[date | None, time | None, bool, bool, bool]:
    """The screen's date and time, whether they come from its frame (a clock),
    whether the date's year was guessed (written nowhere, nor pinned by a weekday)
    and whether its day and month may be either way round.

    On an image (line positions known), a clock sits in the frame: a time, and
    the date written next to it (in the same item of the frame when the frame's
    items are known: Windows writes the date under the time, macOS and GNOME
    beside it). A date in the frame with no time beside it is some page text
    near the edge, not the clock. Dates and times inside the page (a deposit
    date, an appointment) are never the date of the problem.
    """
    times = clock.times(folded)
    mentions = [d for d in clock.dates(folded) if not d.after_deadline_word]
    positioned = any(line.y is not None or line.frame for line in lines)

    def item(pos: int) -> int | None:
        line = _line_at(pos, lines)
        return line.item if line is not None else None

    def near_time(d: clock.DateMention) -> clock.TimeMention | None:
        close = [t for t in times if _gap(t, d) <= _PAIR_DISTANCE]
        return min(close, key=lambda t: (item(t.start) != item(d.start), _gap(t, d))) if close else None

    day_first_bar = _words_in(day_first_words)
    browser_day_first = _words_in(day_first_browser_words)(" ".join(folded[n.start : n.end] for n in lines if n.frame))
    dated: list[tuple[int, date, clock.DateMention]] = []
    unsure: set[int] = set()  # the starts of mentions whose day and month may be either way round
    for mention in mentions:
        paired = near_time(mention)
        month_first = bool(paired and paired.twelve_hour)
        value = clock.resolve(mention, today=today, earliest=earliest, month_first=month_first)
        if value is not None:
            dated.append((mention.start, value, mention))
            # A 12-hour clock says month first; the words of the clock's own bar in a
            # language that writes the day first say day first. Otherwise it is asked.
            if clock.order_unsure(mention, today=today, earliest=earliest, month_first=month_first) and not (
                positioned and not month_first and (browser_day_first or day_first_bar(_bar_text(mention.start, folded, lines)))
            ):
                unsure.add(mention.start)

    def found(d: date | None, t: time | None, edge: bool) -> tuple[date | None, time | None, bool, bool, bool]:
        same = [(p, m) for p, v, m in dated if v == d]
        guessed = d is not None and all(m.year is None and m.weekday is None for _, m in same)
        order_guessed = d is not None and all(p in unsure for p, _ in same)
        return d, t, edge, guessed, order_guessed

    def beside(t: clock.TimeMention, p: int, *, near_in_text: bool = False) -> bool:
        """On the screen, the date sits right by the time (above, below or beside).
        Lines' middles tell across the screen; a long line (a window title ending
        in the clock) does not, so text neighbours need only be at one height."""
        a, b = _line_at(t.start, lines), _line_at(p, lines)
        if a is None or b is None or a.y is None or b.y is None or abs(a.y - b.y) > _BESIDE:
            return False
        return near_in_text or a.x is None or b.x is None or abs(a.x - b.x) <= _BESIDE_X

    # Pairs of a time and a date: the same item of the frame first, then side by
    # side on the screen (the page's reading and the frame's may each hold half
    # of a clock), then the nearest in the text.
    pairs = [
        ((item(t.start) is None or item(t.start) != item(p)), not beside(t, p), _gap(t, m), t, d, p)
        for p, d, m in dated
        for t in times
        if _gap(t, m) <= _PAIR_DISTANCE or beside(t, p)
    ]
    # A clock's date is in the frame too, and beside its time (not merely next
    # to it in the text: the frame's text follows the page's).
    edge_pairs = [
        pair
        for pair in pairs
        if _is_edge(pair[3].start, lines) and _is_edge(pair[5], lines) and beside(pair[3], pair[5], near_in_text=pair[2] <= _PAIR_DISTANCE)
    ]
    if edge_pairs:
        *_, t, d, _ = min(edge_pairs, key=lambda pair: pair[:3])
        return found(d, t.value, True)
    edge_times = [t.value for t in _frame_first([t for t in times if _is_edge(t.start, lines)], folded, item)]
    edge_dates = [(p, d) for p, d, _ in dated if _is_edge(p, lines)]
    if edge_dates and not edge_times:
        # A clock whose colon was lost ("15553", "2152"), right beside a date of the frame.
        for m in clock.BLURRED_TIME.finditer(folded):
            if any(m.start() < dm.end and dm.start < m.end() for _, _, dm in dated):
                continue  # the date's own digits ("2024-10-17" holds no 20:24)
            same = [d for p, d in edge_dates if abs(m.start() - p) <= _PAIR_DISTANCE and item(p) is not None and item(p) == item(m.start())]
            near = [d for p, d in edge_dates if abs(m.start() - p) <= _PAIR_DISTANCE and item(p) is None]
            # Digits alone ("2152") are a clock only inside the item that holds the date.
            no_separator = m.end(2) - m.start(1) == len(m[1]) + len(m[2])
            dates_by = same if no_separator else same + near
            value = clock.blurred_value(m)
            if _is_edge(m.start(), lines) and dates_by and value is not None:
                return found(dates_by[0], value, True)
    if edge_times:
        return found(None, edge_times[0], True)  # a phone's status bar: a time, and no date
    if pairs and not positioned:
        *_, t, d, _ = min(pairs, key=lambda pair: pair[:3])
        return found(d, t.value, False)
    if positioned:
        return found(None, None, False)
    return found(dated[0][1] if dated else None, times[0].value if times else None, False)


def _frame_first(
    times: list[clock.TimeMention], folded: str, item: Callable[[int], int | None]
) -> list[clock.TimeMention]:
    """Times at the edge, those read off a frame item first: cropped, whitened and
    enlarged, the item reads the clock that the page's reading blurs among its bar's
    icons ("07:11 QE" for 07:19). Unless the page's reading holds the item's and a
    digit more in front ("17:19" where the item says "7:19"): the item's crop lost
    the thin "1" at its edge."""
    def digits(t: clock.TimeMention) -> str:
        return "".join(c for c in folded[t.start : t.end] if c.isdigit())

    def lost_a_digit(t: clock.TimeMention) -> bool:
        own = digits(t)
        return any(item(o.start) is None and len(digits(o)) > len(own) and digits(o).endswith(own) for o in times)

    return sorted(times, key=lambda t: item(t.start) is None or lost_a_digit(t))


def _gap(t: clock.TimeMention, d: clock.DateMention) -> int:
    """Characters between a time and a date, whichever comes first."""
    return max(0, d.start - t.end, t.start - d.end)


def _site(folded: str, lines: Sequence[Line], known: Sequence[str]) -> str | None:
    """The address shown: on an image, the one in the address bar; addresses
    inside the page (footer links) count only if they are ANEF's.

    The address bar is an item of the frame holding one host (a row of footer
    links near the bottom edge holds several), at the top on most screens and
    at the bottom on iOS Safari; failing the frame, a host at the top edge.
    """
    found = hosts.mentions(folded, known)
    if any(line.y is not None or line.frame for line in lines):
        per_line: dict[int, list[hosts.HostMention]] = {}
        for mention in found:
            line = _line_at(mention.start, lines)
            if line is not None:
                per_line.setdefault(line.start, []).append(mention)
        bars = []
        for mention in found:
            line = _line_at(mention.start, lines)
            if line is not None and line.frame and line.address and len(per_line[line.start]) == 1:
                bars.append((line.y is not None and line.y >= 0.5, not _with_path(folded, mention.start), mention))
        # Top bars first; within them an address with its path (the address field)
        # before a bare host (a tab's title, which OCR reads beside the site's icon).
        in_bar = [b[2] for b in sorted(bars, key=lambda b: b[:2])]
        at_top = [h for h in found if _is_edge(h.start, lines) and _y(h.start, lines) < 0.5]
        found = in_bar + at_top + [h for h in found if h.known]
    for mention in found:
        if mention.known:
            return mention.host
    return found[0].host if found else None


def _with_path(folded: str, start: int) -> bool:
    """Whether the address read at ``start`` goes on with a path ("…gouv.fr/usagers/")."""
    token = re.split(r"\s", folded[start:], maxsplit=1)[0]
    return "/" in hosts.SCHEME.sub("", token)


def extract(
    text: str,
    *,
    lines: Sequence[Line] = (),
    known_sites: Sequence[str] = (),
    today: date | None = None,
    earliest: date | None = None,
    day_first_words: Sequence[str] = (),
    day_first_browser_words: Sequence[str] = (),
) -> Extracted:
    """Read the site, the date and time of the screen, identifiers and error codes.

    ``today`` and ``earliest`` bound the dates a clock can show (and give the
    year of a date written without one); ``day_first_words`` are the words of
    a system bar set to a language that writes the day first, and
    ``day_first_browser_words`` a browser's own words in such a language.
    """
    folded = _fold(text)
    seen_date, seen_time, at_edge, year_guessed, order_guessed = _date_time(folded, lines, today, earliest, day_first_words, day_first_browser_words)
    codes = [m[1] or m[2] for m in _HTTP_CODE.finditer(text)] + _BROWSER_CODE.findall(text)
    return Extracted(
        site=_site(folded, lines, known_sites),
        seen_date=seen_date,
        seen_time=seen_time,
        clock_at_edge=at_edge,
        year_guessed=year_guessed,
        order_guessed=order_guessed,
        emails=tuple(dict.fromkeys(_EMAIL.findall(text))),
        foreign_numbers=tuple(dict.fromkeys(_FOREIGN_NUMBER.findall(text))),
        error_codes=tuple(dict.fromkeys(codes)),
    )
