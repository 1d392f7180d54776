"""A screenshot's layout changes what its words weigh.

The page's message (an alert, the error under a field, the heading) says what
went wrong; the links and buttons many pages show ("Mot de passe oublié ?",
"Créer mon compte", "Se connecter") only say where the user is. A rule marked
``link`` that fires on a line of its own (the rule's words and at most
``layout.link_extra_tokens`` more) weighs at most ``layout.link_weight``.
Words read in the screen's frame (the address bar, a taskbar) name the site,
never the problem: there, situation rules weigh ``layout.frame_weight``, but
for those marked ``address`` (a step the sign-in server names in its address). The
page's own reading holds the frame's words too (the tabs, the bookmarks, the
address bar are read with the page): a line of the page reading that lies
within the frame's top bars (as far down as the frame's items go, within
``layout.frame_reach``) counts as the frame. In the frame, context cues (ANEF or another website) count only
on a line holding a web address: a tab or a bookmark ("Ameli", "Étrangers en
France") says which other pages are open, not which site this page is.
A rule all of whose words were matched only despite a typing error weighs at
most ``layout.guessed_weight`` on a screen: OCR noise looks like typos.
A home page's counter tile ("1 demande déposée", "3 documents": a number, then
at most ``layout.counter_words`` words in lower case, alone on its line) says
what the account holds, not what went wrong: it weighs as a link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..knowledge import LayoutSpec
from ..reading.extract import Line
from .matcher import CONTEXT, Hit


def _line_of(hit: Hit, lines: Sequence[Line]) -> Line | None:
    for line in lines:
        if line.start <= hit.raw_start < line.end:
            return line
    return None


_HOST = re.compile(r"[\w-]+\.[\w-]+\.[a-z]{2,}|[\w-]+\.(?:fr|com|org|net|gouv)\b|https?:|www\.", re.IGNORECASE)


def _top_bars(text: str, lines: Sequence[Line], spec: LayoutSpec) -> float:
    """How far the frame's bars reach down from the top (y in 0-1): the tabs, the
    address bar, the bookmarks, whose words the page's reading holds too.

    The frame's items may include the page's own header or heading (a page with
    little on it), so the bars never reach further than ``layout.frame_reach``.
    At the bottom (a taskbar: a clock, a search field) only the frame's own lines
    count: a message near the bottom edge must keep its words. Without an address
    among the frame's top lines there is no browser toolbar up there (a screenshot
    cropped to the page, a phone's status bar alone): the page's first lines are
    its own, often its message.
    """
    top = min(max((line.y for line in lines if line.frame and line.y is not None and line.y < 0.5), default=-1.0),
              spec.frame_reach)
    bars = [line for line in lines if line.y is not None and line.y <= spec.frame_reach]
    return top if any(_HOST.search(text[line.start : line.end]) for line in bars) else -1.0


def _in_frame(line: Line, top: float) -> bool:
    return line.frame or (line.y is not None and line.y <= top)


_COUNTER = re.compile(r"\d{1,3}\s+")


def _counter(text: str, spec: LayoutSpec) -> bool:
    """A counter tile's line: a number, then a few words starting in lower case.

    Only scripts with case tell a tile ("3 documents") from a numbered heading
    ("2 Instruction en cours"); an Arabic-script line never counts as a tile.
    """
    text = text.strip()
    match = _COUNTER.match(text)
    return (bool(match) and spec.counter_words > 0 and text[match.end() : match.end() + 1].islower()
            and _words(text[match.end():]) <= spec.counter_words)


def _words(text: str) -> int:
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def _weight(hit: Hit, text: str, lines: Sequence[Line], top: float, spec: LayoutSpec) -> float:
    """What one occurrence weighs where it sits."""
    line = _line_of(hit, lines)
    framed = line is not None and _in_frame(line, top)
    if hit.rule.owner.startswith(CONTEXT):
        on_address = line is not None and _HOST.search(text[line.start : line.end]) is not None
        return hit.weight if not framed or on_address else 0.0
    if framed and not getattr(hit.rule.spec, "address", False):
        return min(hit.weight, spec.frame_weight)
    if line is not None and line.faint:
        # Greyed text is what the page says is not current: a step to come, a placeholder.
        return min(hit.weight, spec.faint_weight)
    if hit.guessed:
        # Only typo-tolerant matches: OCR noise (a page in a script the model did not
        # read, "plate" for "plante") says nothing on its own.
        return min(hit.weight, spec.guessed_weight)
    if line is not None and _counter(text[line.start : line.end], spec):
        return min(hit.weight, spec.link_weight)
    if line is not None and getattr(hit.rule.spec, "link", False):
        rest = _words(text[line.start : hit.raw_start]) + _words(text[hit.raw_end : line.end])
        if rest <= spec.link_extra_tokens:
            return min(hit.weight, spec.link_weight)
    return hit.weight


def weigh(hits: Sequence[Hit], text: str, lines: Sequence[Line], spec: LayoutSpec) -> tuple[Hit, ...]:
    """The hits with their weight on this screen; hits left with no weight are dropped.

    A rule that fired in several places counts once, where it weighs most: the
    page's heading rather than the tab's title that repeats it.
    """
    if not lines:
        return tuple(replace(h, elsewhere=()) if h.elsewhere else h for h in hits)
    out = []
    top = _top_bars(text, lines, spec)
    for hit in hits:
        best, weight = hit, -1.0
        for occurrence in (hit, *hit.elsewhere):
            here = _weight(occurrence, text, lines, top, spec)
            if here > weight:
                best, weight = occurrence, here
        if weight <= 0:
            continue
        best = replace(best, elsewhere=())
        out.append(best if weight == best.weight else replace(best, scaled=weight))
    return tuple(out)
