"""Rule matching: concept combinations, plus a few fixed phrases.

Text is normalised first (``normalize.py``), then tokenised by spaCy's
language-neutral tokenizer, which handles every script the users write in and
loads in a fraction of a second (the French one takes several seconds).
The concepts of ``knowledge/concepts`` are found in the tokens by their stems
(``concepts.py``); each situation's ``rules`` fire when their concepts occur
together (``combinations.py``). A situation's ``patterns`` (fixed phrases, for
the rare wording no combination describes) are spaCy ``Matcher`` rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from ..errors import KnowledgeError
from ..knowledge import KnowledgeBase, PatternSpec, RuleSpec
from . import combinations
from .concepts import ConceptIndex, Mention
from .learned import Tokens
from .normalize import Normalized, normalize
from .prefilter import Gate, gate_for, gate_search, max_length, windows

CONTEXT = "@context"
# A web address: with its scheme, or a host followed by a path ("sso.anef.dgef.interieur.gouv.fr/auth/...").
_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)  # owner prefix for the settings' context cues, never a situation id


@dataclass(frozen=True)
class Rule:
    """A compiled pattern and what it says."""

    owner: str  # situation id, or "@context/anef" / "@context/foreign"
    spec: PatternSpec | RuleSpec


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
    # (concept, the words of the input that said it), for a combination's evidence
    concepts: tuple[tuple[str, str], ...] = ()
    scaled: float | None = None  # the weight once the screen's layout was taken into account
    elsewhere: tuple[Hit, ...] = ()  # the same rule fired in other clauses too (longer occurrences)
    guessed: bool = False  # every word that made it was matched despite a typing error

    @property
    def weight(self) -> float:
        return self.rule.spec.weight if self.scaled is None else self.scaled


@dataclass(frozen=True)
class MatchResult:
    normalized: Normalized
    hits: tuple[Hit, ...]
    seen: Tokens | None = None  # the tokens and every concept found, for the learned weights


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
        self.concepts = ConceptIndex(kb, lambda text: [t.text for t in self._nlp.make_doc(text)])
        context = kb.settings.context
        self._combos: list[Rule] = [
            *(Rule(f"{CONTEXT}/anef", r) for r in context.anef),
            *(Rule(f"{CONTEXT}/foreign", r) for r in context.foreign),
            *(Rule(f"{CONTEXT}/topic", r) for r in context.topic),
            *(Rule(s.id, r) for s in kb.situations for r in s.rules),
        ]
        self._breaks = frozenset(kb.stemming.clause_breaks)
        self._continuing = frozenset(w.lower() for w in kb.stemming.continuing_words)
        # Each rule's groups, as sets: a rule whose groups are not all present is skipped at once.
        self._groups_of = [tuple(frozenset(g) for g in r.spec.groups) for r in self._combos]  # type: ignore[union-attr]

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

    def mentions(self, text: str) -> list[Mention]:
        """The concepts in a (raw) text: for tests and the knowledge's authors."""
        normalized = normalize(text, self._kb.normalization)
        doc = self._nlp.make_doc(normalized.text)
        return self.concepts.find([t.text for t in doc], normalized.text, [t.idx for t in doc])

    def _combinations(self, doc: Doc, normalized: Normalized, raw: str, found: list[Mention]) -> list[Hit]:
        tokens = [t.text for t in doc]
        if not found:
            return []
        raw_starts = [normalized.offsets[t.idx] for t in doc]
        by_concept = combinations.index(found)
        stemming = self._kb.stemming
        clause = combinations.clauses(
            tokens, self._breaks,
            combinations.line_starts(raw, raw_starts, stemming.wrapped_line_words, self._continuing),
        )
        window = self._kb.stemming.window
        hits = []
        present = by_concept.keys()
        for rule, groups in zip(self._combos, self._groups_of, strict=True):
            if not all(not group.isdisjoint(present) for group in groups):
                continue
            occurrences = combinations.find_all(rule.spec, by_concept, clause, window, groups)  # type: ignore[arg-type]
            if not occurrences:
                continue
            made = [self._hit(rule, o, doc, normalized, raw) for o in occurrences]
            # The shortest occurrence is the evidence; the others let a screen's layout
            # choose the place that counts (the message, not a tab's title).
            hits.append(replace(made[0], elsewhere=tuple(made[1:])) if len(made) > 1 else made[0])
        return hits

    @staticmethod
    def _hit(rule: Rule, occurrence: combinations.Occurrence, doc: Doc, normalized: Normalized, raw: str) -> Hit:
        start, end = doc[occurrence.start].idx, doc[occurrence.end - 1].idx + len(doc[occurrence.end - 1])
        raw_start, raw_end = normalized.raw_span(start, end)
        said = []
        for m in occurrence.mentions:
            a, b = normalized.raw_span(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))
            said.append((m.concept, raw[a:b]))
        guessed = all(m.fuzzy for m in occurrence.mentions)
        return Hit(rule, start, end, raw_start, raw_end, raw[raw_start:raw_end], tuple(said), guessed=guessed)

    def _unmasked(self, found: list[Mention], raw: str, raw_starts: list[int]) -> tuple[list[Mention], set[int]]:
        """The mentions left once web addresses and page furniture (a site's menu) are set
        aside, and the tokens set aside.

        An address names the site (its ``parts``: ``sso.anef``, ``ameli.fr``), never the
        problem: "first-broker-login" is no sign-in failure.
        """
        masked: set[int] = set()
        if "/" in raw or "." in raw:
            spans = [m.span() for m in _ADDRESS.finditer(raw)]
            masked = {i for i, at in enumerate(raw_starts) if any(a <= at < b for a, b in spans)}
        furniture = set(self._kb.stemming.masking)
        # A menu is a line of several furniture items; one item alone may be the user's
        # own words ("mon compte est bloqué").
        by_line: dict[int, list[Mention]] = {}
        for m in found:
            if m.concept in furniture:
                by_line.setdefault(raw.rfind("\n", 0, raw_starts[m.start]), []).append(m)
        for items in by_line.values():
            spans = {(m.start, m.end) for m in items}
            apart = [a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]
            if len(apart) >= 2:
                for m in items:
                    masked.update(range(m.start, m.end))
        if not masked:
            return [m for m in found if m.concept not in furniture], masked
        kept = [m for m in found if m.part or (m.concept not in furniture and masked.isdisjoint(range(m.start, m.end)))]
        return kept, masked

    def match(self, raw: str) -> MatchResult:
        normalized = normalize(raw, self._kb.normalization)
        doc = self._nlp.make_doc(normalized.text)
        best: dict[str, tuple[int, int]] = {}
        for match_id, start, end in self._find(doc, normalized.text) if self._groups else ():
            key = self._nlp.vocab.strings[match_id]
            span = doc[start:end]
            chars = (span.start_char, span.end_char)
            known = best.get(key)
            # Keep the shortest span a rule matched: the most precise evidence.
            if known is None or chars[1] - chars[0] < known[1] - known[0]:
                best[key] = chars
        found = []
        for key, (start, end) in best.items():
            raw_start, raw_end = normalized.raw_span(start, end)
            found.append(Hit(self._rules[key], start, end, raw_start, raw_end, raw[raw_start:raw_end]))
        tokens = [t.text for t in doc]
        mentions = self.concepts.find(tokens, normalized.text, [t.idx for t in doc])
        raw_starts = [normalized.offsets[t.idx] for t in doc] if mentions else []
        kept, masked = self._unmasked(mentions, raw, raw_starts) if mentions else ([], set())
        found += self._combinations(doc, normalized, raw, kept)
        # Every occurrence of a suppressing rule counts, not only its evidence (the shortest).
        suppressors = [(o.start, o.end) for h in found if h.rule.spec.suppress for o in (h, *h.elsewhere)]
        hits = [
            h for h in found
            if not h.rule.spec.suppress and not any(s <= h.start and h.end <= e for s, e in suppressors)
        ]
        hits.sort(key=lambda h: (h.start, h.rule.owner, h.rule.spec.id))
        spans = [normalized.raw_span(t.idx, t.idx + len(t)) for t in doc]
        # The learned weights see what the rules see: addresses and menus set aside.
        words = [t if i not in masked else "" for i, t in enumerate(tokens)]
        return MatchResult(normalized, tuple(hits), Tokens(words, spans, kept))
