"""Which rules can possibly match a text, and where, decided by cheap substring tests.

spaCy's Matcher starts every pattern at every token and evaluates its regular
expressions there, so its cost grows with the number of rules, not with what a
text says. Most rules need some word that is absent from a given text. For each
rule we derive a *gate*: a set of strings one of which occurs in any text the
rule matches (the rule cannot match otherwise). Rules sharing a gate share a
Matcher, and a Matcher runs only when its gate is open. A gate is only ever
derived from what a token pattern requires, so filtering never changes what
matches; when nothing can be derived the rule simply always runs.

A long text (an OCR'd page) opens many gates, and spaCy's Matcher costs time
per token of what it is given. A match holds a token containing one of its
gate's strings and spans at most the pattern's longest length, so only windows
of that reach around those tokens need to be searched.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from re import _parser as sre  # the standard library's own regex parser (sre_parse before 3.11)
from typing import Any

Gate = frozenset[str]

_OPTIONAL_OPS = {"?", "*", "!"}
_TEXT_ATTRS = ("LOWER",)  # the attribute the rules compare; its value is the lower-cased token


def gate_for(pattern: Iterable[Mapping[str, Any]]) -> Gate | None:
    """The most selective gate of a token pattern, or None when none can be derived."""
    candidates = [gate for token in pattern if _required(token) and (gate := _token_gate(token))]
    if not candidates:
        return None
    # Longer strings are rarer: prefer the gate whose shortest string is longest.
    return max(candidates, key=lambda gate: (min(map(len, gate)), -len(gate)))


def gate_search(gate: Gate) -> Callable[[str], re.Match[str] | None]:
    """Finds one of the gate's strings in a text (the gate is open): one call into the regex engine."""
    return re.compile("|".join(re.escape(needle) for needle in sorted(gate, key=len, reverse=True))).search


def max_length(pattern: Iterable[Mapping[str, Any]]) -> int | None:
    """The most tokens a match of ``pattern`` can span; None when unbounded (``*``, ``+``)."""
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op is None or op == "?":
            total += 1
        elif op == "!":
            continue  # a negated token consumes nothing
        elif op in {"*", "+"}:
            return None
        else:
            counts = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op)
            if counts is None or (counts.group(2) and not counts.group(3)):
                return None  # "{n,}": unbounded; anything else unknown
            total += int(counts.group(3) or counts.group(1) or 0)
    return total


def windows(text: str, starts: Sequence[int], gate: Gate, reach: int) -> list[tuple[int, int]]:
    """Token ranges [start, end) that hold every possible match of a gate's rules.

    ``starts`` are the tokens' character offsets in ``text``; ``reach`` the
    longest match. Ranges around each token holding a gate string, merged.
    """
    hits = set()
    for needle in gate:
        at = text.find(needle)
        while at != -1:
            hits.add(bisect_right(starts, at) - 1)
            at = text.find(needle, at + 1)
    merged: list[tuple[int, int]] = []
    for token in sorted(hits):
        start, end = max(0, token - reach + 1), min(len(starts), token + reach)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _required(token: Mapping[str, Any]) -> bool:
    op = token.get("OP")
    if op is None or op in {"+", "{1,}"}:
        return True
    if op in _OPTIONAL_OPS:
        return False
    counts = re.fullmatch(r"\{(\d*)(?:,(\d*))?\}", op)
    return bool(counts and counts.group(1) and int(counts.group(1)) >= 1)


def _token_gate(token: Mapping[str, Any]) -> Gate | None:
    for attr in _TEXT_ATTRS:
        value = token.get(attr)
        if isinstance(value, str) and value:
            return frozenset([value])
        if isinstance(value, Mapping) and len(value) == 1:
            (kind, arg), = value.items()
            if kind == "IN" and arg and all(isinstance(v, str) and v for v in arg):
                return frozenset(arg)
            if kind == "REGEX" and isinstance(arg, str):
                return regex_gate(arg)
    return None  # FUZZY, NOT_IN, flags: nothing is certain


@lru_cache(maxsize=4096)  # rules share expressions; parsing them is pure Python
def regex_gate(source: str) -> Gate | None:
    """Strings one of which occurs in anything ``source`` matches, or None."""
    try:
        parsed = sre.parse(source)
    except (re.error, AttributeError, TypeError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None  # a case-insensitive literal need not occur as written
    return _sequence_gate(list(parsed))


def _sequence_gate(items: list[tuple[Any, Any]]) -> Gate | None:
    """Each run of literal characters, each required group, is a candidate; keep the best."""
    candidates: list[Gate] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op is sre.AT:
            continue  # zero width: a literal run goes on across ^ and $
        close_run()
        gate = _item_gate(op, arg)
        if gate:
            candidates.append(gate)
    close_run()
    if not candidates:
        return None
    return max(candidates, key=lambda gate: (min(map(len, gate)), -len(gate)))


def _item_gate(op: Any, arg: Any) -> Gate | None:
    if op is sre.SUBPATTERN:
        return _sequence_gate(list(arg[-1]))
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            gate = _sequence_gate(list(branch))
            if gate is None:
                return None  # one alternative may match without any known string
            union |= gate
        return frozenset(union)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _high, body = arg
        return _sequence_gate(list(body)) if low >= 1 else None
    return None  # character classes, any character, lookarounds, back-references
