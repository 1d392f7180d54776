"""Combinations: a rule fires when its concepts occur together, in any order.

A rule (``RuleSpec``) names groups of concepts (``all``: one concept of each
group must be present) that sit in one clause and within a short window of
tokens, and concepts that must not be in that stretch (``none``). Clauses end
at the tokens ``stemming.yaml`` lists as clause breaks (full stops, question
marks, dashes between page items). Each rule counts once: its shortest
occurrence is kept, the most precise evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..knowledge import RuleSpec
from .concepts import Mention


@dataclass(frozen=True)
class Occurrence:
    """Where a rule fired: tokens [start, end) and the mentions that made it."""

    start: int
    end: int
    mentions: tuple[Mention, ...]


def clauses(tokens: Sequence[str], breaks: frozenset[str], starts: frozenset[int] = frozenset()) -> list[int]:
    """The clause number of every token; a break token, or a token in ``starts``
    (the first of a new line), starts a new clause."""
    out, number = [], 0
    for index, token in enumerate(tokens):
        if token in breaks or index in starts:
            number += 1
        out.append(number)
    return out


OPENING = "«“‘(["
CLOSING = "»”’)]"


def line_starts(
    raw: str, token_starts: Sequence[int], wrapped_words: int, continuing: frozenset[str] = frozenset()
) -> frozenset[int]:
    """Tokens (by their raw offsets) that begin a line which does not go on with the sentence before.

    A screen's lines are its items: a heading, a menu, a message. A sentence
    wrapped over two lines goes on in lower case (or, in a script without case,
    follows a long line); whatever the case, it goes on after a line that ends
    with a word no sentence ends with (``continuing``: "de", "у", "через") or
    inside an open quotation mark ("обліковий запис «Іноземці у" | "Франції»"):
    a phone wraps a sentence every three or four words.
    """
    out = set()
    for index in range(1, len(token_starts)):
        gap = raw[token_starts[index - 1] : token_starts[index]]
        if "\n" not in gap:
            continue
        first = raw[token_starts[index]]
        if first.islower():
            continue
        # A long line that does not end a sentence wrapped ("... lors de la connexion avec
        # | FranceConnect."): scripts without case (Arabic) only have this clue.
        line_start = raw.rfind("\n", 0, token_starts[index - 1]) + 1
        before = raw[line_start : token_starts[index]].rstrip()
        if len(before.split()) >= wrapped_words and before[-1:] not in ".!?:;":
            continue
        words = before.split()
        if words and words[-1].lower() in continuing:
            continue
        if sum(before.count(c) for c in OPENING) > sum(before.count(c) for c in CLOSING):
            continue
        out.add(index)
    return frozenset(out)


def find(
    rule: RuleSpec,
    by_concept: dict[str, list[Mention]],
    clause: Sequence[int],
    window: int,
    groups_of: Sequence[Sequence[str]] | None = None,
) -> Occurrence | None:
    """The shortest occurrence of ``rule``, or None (``groups_of``: ``rule.groups``, computed once)."""
    found = find_all(rule, by_concept, clause, window, groups_of)
    return found[0] if found else None


def find_all(
    rule: RuleSpec,
    by_concept: dict[str, list[Mention]],
    clause: Sequence[int],
    window: int,
    groups_of: Sequence[Sequence[str]] | None = None,
) -> list[Occurrence]:
    """The shortest occurrence of ``rule`` in each clause where it fires, shortest first.

    A screen says the same words in several places (a tab's title and the page's
    heading, a link and the message): the layout decides which place counts.
    """
    groups = [[m for c in group for m in by_concept.get(c, ())] for group in (groups_of or rule.groups)]
    if any(not g for g in groups):
        return []
    width = rule.window or window
    if rule.across:
        clause = [0] * len(clause)
    # Each group's mentions by clause: a combination never leaves its clause.
    by_clause: list[dict[int, list[Mention]]] = []
    for group in groups:
        table: dict[int, list[Mention]] = defaultdict(list)
        for m in group:
            if clause[m.start] == clause[m.end - 1]:
                table[clause[m.start]].append(m)
        by_clause.append(table)
    anchors = min(groups, key=len)
    best: dict[int, Occurrence] = {}
    for anchor in anchors:
        here = clause[anchor.start]
        chosen = []
        for table in by_clause:
            near = table.get(here)
            if not near:
                break
            chosen.append(min(near, key=lambda m: (abs(m.start - anchor.start), m.start)))
        else:
            start = min(m.start for m in chosen)
            end = max(m.end for m in chosen)
            if end - start > width:
                continue
            known = best.get(here)
            if known is not None and end - start >= known.end - known.start:
                continue
            if _blocked(rule, by_concept, clause, start, end, width):
                continue
            best[here] = Occurrence(start, end, tuple(sorted(set(chosen), key=lambda m: m.start)))
    return sorted(best.values(), key=lambda o: (o.end - o.start, o.start))


NONE_REACH = 12  # tokens on each side of an occurrence where a ``none`` concept blocks it, at least


def _blocked(rule: RuleSpec, by_concept: dict[str, list[Mention]], clause: Sequence[int], start: int, end: int, width: int) -> bool:
    """A ``none`` concept in the same clause, near the occurrence."""
    here = clause[start]
    width = max(width, NONE_REACH)
    for concept in rule.none:
        for m in by_concept.get(concept, ()):
            if clause[m.start] == here and m.end > start - width and m.start < end + width:
                return True
    return False


def index(mentions: Sequence[Mention]) -> dict[str, list[Mention]]:
    by_concept: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_concept[m.concept].append(m)
    return by_concept
