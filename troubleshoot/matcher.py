"""Rule matching with spaCy: every knowledge pattern becomes a Matcher rule.

Text is normalised first (``normalize.py``), then tokenised by spaCy's
language-neutral tokenizer, which handles every script the users write in and
loads in a fraction of a second (the French one takes several seconds).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .errors import KnowledgeError
from .knowledge import KnowledgeBase, PatternSpec
from .normalize import Normalized, normalize
from .prefilter import Gate, gate_for, gate_search, max_length, windows

CONTEXT = "@context"  # owner prefix for the settings' context cues, never a situation id


@dataclass(frozen=True)
class Rule:
    """A compiled pattern and what it says."""

    owner: str  # situation id, or "@context/anef" / "@context/foreign"
    spec: PatternSpec


@dataclass
class _Group:
    """The rules sharing a gate, compiled together."""

    matcher: Matcher
    reach: int | None = 0  # the longest match of any of its rules; None: unbounded
    search: Callable[[str], object] | None = None  # finds a gate string; None: always open


@dataclass(frozen=True)
class Hit:
    """One rule that fired, with its span in the normalised and the raw text."""

    rule: Rule
    start: int  # character offsets in the normalised text
    end: int
    raw_start: int
    raw_end: int
    raw_text: str


@dataclass(frozen=True)
class MatchResult:
    normalized: Normalized
    hits: tuple[Hit, ...]


def _fuzzy_token(word: str) -> dict[str, Any]:
    # spaCy's plain FUZZY allows 2 edits even on short words: far too loose.
    if len(word) >= 9:
        return {"LOWER": {"FUZZY2": word}}
    if len(word) >= 5 and word.isalpha():
        return {"LOWER": {"FUZZY1": word}}
    return {"LOWER": word}


class RuleMatcher:
    """Compiles the knowledge base's patterns once; ``match`` is then cheap."""

    def __init__(self, kb: KnowledgeBase, *, prefilter: bool = True) -> None:
        self._kb = kb
        self._prefilter = prefilter
        self._nlp = spacy.blank("xx")
        # One Matcher per gate (see prefilter.py): a text runs only the rules it can match.
        self._groups: dict[Gate | None, _Group] = {}
        self._rules: dict[str, Rule] = {}
        for situation in kb.situations:
            self._add_all(situation.id, situation.patterns, f"situations/{situation.id}.yaml")
        context = kb.settings.context
        self._add_all(f"{CONTEXT}/anef", context.anef, "settings.yaml context.anef")
        self._add_all(f"{CONTEXT}/foreign", context.foreign, "settings.yaml context.foreign")

    def _add_all(self, owner: str, specs: Iterable[PatternSpec], where: str) -> None:
        for index, spec in enumerate(specs):
            key = f"{owner}/{spec.id}"
            try:
                pattern = self._compile(spec)
                gate = gate_for(pattern) if self._prefilter else None
                group = self._groups.get(gate) or _Group(Matcher(self._nlp.vocab, validate=True), search=gate and gate_search(gate))
                self._groups[gate] = group
                group.matcher.add(key, [pattern])
                length = max_length(pattern)
                group.reach = None if length is None or group.reach is None else max(group.reach, length)
            except Exception as exc:  # spaCy raises ValueError/MatchPatternError with its own text
                raise KnowledgeError(f"{self._kb.root / where}: patterns.{index} ({spec.id}): {exc}") from exc
            self._rules[key] = Rule(owner, spec)

    def _compile(self, spec: PatternSpec) -> list[dict[str, Any]]:
        if spec.tokens is not None:
            return spec.tokens
        text = normalize(spec.phrase or "", self._kb.normalization).text
        words = [token.text for token in self._nlp.make_doc(text)]
        if not words:
            raise ValueError("the phrase is empty once normalised")
        return [_fuzzy_token(w) if spec.fuzzy else {"LOWER": w} for w in words]

    def _find(self, doc: Doc, text: str) -> list[tuple[int, int, int]]:
        """Every (rule, start token, end token) match, searching only where a rule can match."""
        starts: list[int] | None = None
        found: list[tuple[int, int, int]] = []
        for gate, group in self._groups.items():
            if group.search is not None and group.search(text) is None:
                continue
            if gate is None or group.reach is None or len(doc) <= 2 * group.reach:
                found += group.matcher(doc)
                continue
            if starts is None:
                starts = [token.idx for token in doc]
            for first, last in windows(text, starts, gate, group.reach):
                found += [(key, first + start, first + end) for key, start, end in group.matcher(doc[first:last])]
        return found

    def match(self, raw: str) -> MatchResult:
        normalized = normalize(raw, self._kb.normalization)
        doc = self._nlp.make_doc(normalized.text)
        best: dict[str, tuple[int, int]] = {}
        for match_id, start, end in self._find(doc, normalized.text):
            key = self._nlp.vocab.strings[match_id]
            span = doc[start:end]
            chars = (span.start_char, span.end_char)
            known = best.get(key)
            # Keep the shortest span a rule matched: the most precise evidence.
            if known is None or chars[1] - chars[0] < known[1] - known[0]:
                best[key] = chars
        suppressors = [best[k] for k in best if self._rules[k].spec.suppress]
        hits = []
        for key, (start, end) in best.items():
            rule = self._rules[key]
            if rule.spec.suppress:
                continue
            if any(s <= start and end <= e for s, e in suppressors):
                continue
            raw_start, raw_end = normalized.raw_span(start, end)
            hits.append(Hit(rule, start, end, raw_start, raw_end, raw[raw_start:raw_end]))
        hits.sort(key=lambda h: (h.start, h.rule.owner, h.rule.spec.id))
        return MatchResult(normalized, tuple(hits))
