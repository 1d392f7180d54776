"""A screenshot's layout changes what its words weigh.

The page's message (an alert, the error under a field, the heading) says what
went wrong; the links and buttons many pages show ("Mot de passe oublié ?",
"Créer mon compte", "Se connecter") only say where the user is. A rule marked
``link`` that fires on a line of its own (the rule's words and at most
``layout.link_extra_tokens`` more) weighs at most ``layout.link_weight``.
Words read in the screen's frame (the address bar, a taskbar) name the site,
never the problem: there, situation rules weigh ``layout.frame_weight``.
Context cues (ANEF or another website) keep their weight everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .extract import Line
from .knowledge import LayoutSpec
from .matcher import CONTEXT, Hit


def _line_of(hit: Hit, lines: Sequence[Line]) -> Line | None:
    for line in lines:
        if line.start <= hit.raw_start < line.end:
            return line
    return None


def _words(text: str) -> int:
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def weigh(hits: Sequence[Hit], text: str, lines: Sequence[Line], spec: LayoutSpec) -> tuple[Hit, ...]:
    """The hits with their weight on this screen; hits left with no weight are dropped."""
    if not lines:
        return tuple(hits)
    out = []
    for hit in hits:
        if hit.rule.owner.startswith(CONTEXT):
            out.append(hit)
            continue
        line = _line_of(hit, lines)
        weight = hit.weight
        if line is not None and line.frame:
            weight = min(weight, spec.frame_weight)
        elif line is not None and getattr(hit.rule.spec, "link", False):
            rest = _words(text[line.start : hit.raw_start]) + _words(text[hit.raw_end : line.end])
            if rest <= spec.link_extra_tokens:
                weight = min(weight, spec.link_weight)
        if weight <= 0:
            continue
        out.append(hit if weight == hit.weight else replace(hit, scaled=weight))
    return tuple(out)
