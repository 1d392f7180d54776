"""Status codes and labels in any text, and what they add to a diagnosis.

People paste what their screen or a browser extension shows: an internal code
(``CONTROLE_EN_ATTENTE_PEC``, ``controle en attente pec``, ``DECISION_NOTIFIEE|
SHOW_DECISION_DOWNLOAD_BUTTON``), a label of the stepper ("Examen des pièces en
cours"), the name of an attestation, "classée sans suite". The table of codes
and labels is data (``knowledge/status_codes.yaml``); this module finds its
entries in a text — any case, underscores or spaces, a letter wrong here and
there, inside a sentence — and turns them into evidence that competes with the
rules' scores, a step, an explanation with how reliable it is, and the detail
blocks of ``knowledge/status_details.yaml``. It never names a situation.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..knowledge import KnowledgeBase, StatusDetailSpec, StatusEntrySpec, StatusTableSpec, localize
from ..models import FixStep, StatusInfo

# Internal values; labels and topics are words a screen or a person writes.
INTERNAL = ("code", "macro", "flag")
QUOTED = ("code", "macro")  # what only ANEF writes: its internal codes (its labels, "classé sans suite", other sites write too)
_WORD = re.compile(r"[^\W_]+")  # underscores, pipes, dots, quotes and spaces all separate words
_MAX_DETAILS = 3


def _fold(text: str) -> str:
    """Lower case without accents: what users and OCR drop anyway."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if unicodedata.category(c) != "Mn")


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(_fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def _allowed(length: int) -> int:
    """Edits tolerated over a whole key (its letters, spaces left out)."""
    return 0 if length <= 5 else 1 if length <= 11 else 2 if length <= 19 else 3


def _allowed_in_word(length: int) -> int:
    """Edits tolerated in one word: "atente" for "attente", never "indisponible" for "disponible"."""
    return 0 if length <= 4 else 1 if length <= 10 else 2


@dataclass(frozen=True)
class _Key:
    words: tuple[str, ...]
    joined: str  # the words without spaces: a space missing or added still matches
    entry: StatusEntrySpec


@dataclass(frozen=True)
class StatusMatch:
    """An entry of the table found in the text, with where it is."""

    entry: StatusEntrySpec
    start: int  # raw character offsets
    end: int
    found: str  # the text as written
    words: int  # how many words of the text it covers
    exact: bool
    code_shaped: bool  # written as a code: underscores, or capitals


class StatusRecognizer:
    """Built once from the table; ``find`` is then cheap (exact look-ups, fuzzy only among keys of a length)."""

    def __init__(self, table: StatusTableSpec | None) -> None:
        self.table = table
        self._exact: dict[str, list[_Key]] = defaultdict(list)
        # Fuzzy candidates by (number of words, first letter): a window is compared with a handful of keys only.
        self._fuzzy: dict[tuple[int, str], list[_Key]] = defaultdict(list)
        self._choices: dict[tuple[int, str], tuple[list[str], int, int]] = {}  # keys' letters, shortest, longest
        # A typo of several words keeps its first or its last word right: the gate to a fuzzy comparison.
        self._ends: dict[int, set[str]] = defaultdict(set)
        self._longest = 0
        self._ignore = frozenset(_fold(w) for w in (table.ignore_after if table else ()))
        for entry in table.entries if table else ():
            for spelling in (entry.code, *entry.aliases):
                words = tuple(w for w, _, _ in _words(spelling))
                if not words:
                    continue
                key = _Key(words, "".join(words), entry)
                self._exact[key.joined].append(key)
                self._fuzzy[(len(words), key.joined[0])].append(key)
                self._ends[len(words)].update((words[0], words[-1]))
                self._longest = max(self._longest, len(words))
        self._most_letters = max((len(k) for k in self._exact), default=0) + 3
        for group, keys in self._fuzzy.items():
            lengths = [len(k.joined) for k in keys]
            self._choices[group] = ([k.joined for k in keys], min(lengths), max(lengths))

    def find(self, text: str) -> tuple[StatusMatch, ...]:
        """The entries in ``text``, in text order, none overlapping another."""
        if self.table is None:
            return ()
        words = _words(text)
        found: list[StatusMatch] = []
        for i in range(len(words)):
            joined = ""
            for n in range(1, min(self._longest, len(words) - i) + 1):
                joined += words[i + n - 1][0]
                if len(joined) > self._most_letters:
                    break  # longer than any key, even with a typo
                keys = [(k, True) for k in self._exact.get(joined, ())]
                if not keys:
                    keys = [(k, False) for k in self._fuzzy_keys(words[i : i + n], joined)]
                for key, exact in keys:
                    match = self._accept(text, words, i, n, key, exact)
                    if match is not None:
                        found.append(match)
        return _non_overlapping(found)

    def _fuzzy_keys(self, window: list[tuple[str, int, int]], joined: str) -> list[_Key]:
        choices = self._choices.get((len(window), joined[0]))
        if choices is None:
            return []
        if len(window) > 1 and window[0][0] not in self._ends[len(window)] and window[-1][0] not in self._ends[len(window)]:
            return []
        allowed = _allowed(len(joined))
        if not choices[1] - allowed <= len(joined) <= choices[2] + allowed:
            return []  # no key of a near length: most windows stop here
        group = self._fuzzy[(len(window), joined[0])]
        best = process.extractOne(joined, choices[0], scorer=Levenshtein.distance, score_cutoff=allowed)
        if best is None:
            return []
        near = [k for k in group if k.joined == best[0]]  # a code and a label may share their words
        # Word by word too: a near key of the same length must be near in each word.
        ok = all(Levenshtein.distance(w, k, score_cutoff=_allowed_in_word(len(k))) <= _allowed_in_word(len(k))
                 for (w, _, _), k in zip(window, near[0].words, strict=True))
        return near if ok else []

    def _accept(self, text: str, words: list[tuple[str, int, int]], i: int, n: int, key: _Key,
                exact: bool) -> StatusMatch | None:
        entry = key.entry
        start, end = words[i][1], words[i + n - 1][2]
        raw = text[start:end]
        letters = [c for c in raw if c.isalpha()]
        code_shaped = "_" in raw or (len(letters) >= 4 and all(c.isupper() for c in letters))
        alone = i == 0 and n == len(words)
        if entry.kind in INTERNAL:
            # An internal code that could be ordinary words ("dossier déposé") counts only
            # written as a code, pasted alone, or when it is long enough to be no phrase.
            if not (code_shaped or alone or len(key.words) >= 3):
                return None
        elif entry.kind == "label" and not code_shaped:
            before = {w for w, _, _ in words[max(0, i - 3) : i]}
            if before & self._ignore:  # "Étape suivante : Décision prise", "pas de décision prise"
                return None
        return StatusMatch(entry, start, end, raw, n, exact, code_shaped)


def _priority(match: StatusMatch) -> tuple[int, int, int, int]:
    """Which of two overlapping findings to keep: the longer, then a code written as a code,
    then a label (the site's own words), then the exact one."""
    kind = match.entry.kind
    shape = 3 if kind in INTERNAL and "_" in match.found else 2 if kind == "label" else 1 if kind in INTERNAL else 0
    return (match.words, shape, int(match.exact), -match.start)


def _non_overlapping(found: list[StatusMatch]) -> tuple[StatusMatch, ...]:
    kept: list[StatusMatch] = []
    for match in sorted(found, key=_priority, reverse=True):
        if all(match.end <= k.start or k.end <= match.start for k in kept):
            kept.append(match)
    return tuple(sorted(kept, key=lambda m: m.start))


# -- what the findings change in a diagnosis --------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """The situation, score and step once the table's evidence has competed with the rules'."""

    situation: str
    score: float
    step: str | None
    evidence: tuple[StatusMatch, ...]  # the findings that supported the chosen situation
    code: StatusMatch | None  # the internal code shown (status_code)
    label: StatusMatch | None  # the label shown (status_label)
    details: tuple[str, ...]  # detail blocks to add, in order


def _rank(match: StatusMatch, table: StatusTableSpec) -> tuple[int, float, int]:
    kind_order = {"code": 3, "macro": 2, "flag": 1}
    return (kind_order.get(match.entry.kind, 0), table.weight_of(match.entry), -match.start)


Spans = tuple[tuple[int, int, float], ...]  # raw start, end and weight of a rule's hit


def decide(kb: KnowledgeBase, found: Sequence[StatusMatch],
           candidates: Sequence[tuple[str, float, str | None, Spans]], chosen: tuple[str, float, str | None],
           *, site_factor: float = 1.0, damping: Mapping[str, float] | None = None) -> Outcome:
    """Let the table's findings compete with the rules' ranking.

    ``candidates``: the rules' situations with their score, step and the raw
    spans of their hits. A situation's score becomes ``1 - (1 - rules) *
    (1 - table)``, the table's part combining its findings' weights the same
    way; words a rule of that situation already matched count once, with the
    larger weight ("Instruction en cours" is both a rule and a label). The best situation wins if it scores
    above the chosen one (and above the threshold when nothing was chosen). Its
    step is an internal code's, which names it exactly; else the rules' step;
    else a label's. ``site_factor`` lowers the table's weights like the rules' scores
    when the text is about another website (Démarches simplifiées' "dossier classé
    sans suite" is no ANEF request); ``damping`` (situation -> factor) lowers them
    like the rules' scores where another situation's phrase outranks theirs.
    """
    table = kb.status_table
    damping = damping or {}
    situation, score, step = chosen
    if table is None or not found:
        return Outcome(situation, score, step, (), None, None, ())
    fallback = kb.fallback.id
    rules = {s: (v, var) for s, v, var, _ in candidates}
    spans = {s: hit_spans for s, _, _, hit_spans in candidates}
    support: dict[str, list[StatusMatch]] = defaultdict(list)
    for match in found:
        owner = table.situation_of(match.entry)
        if owner is not None and table.weight_of(match.entry) > 0:
            support[owner].append(match)
    combined: dict[str, float] = {}
    for owner, matches in support.items():
        rule_score = rules.get(owner, (0.0, None))[0]
        remaining = 1.0 - rule_score
        # The rules' hits as they counted: lowered like their score (another website named, an outranking phrase).
        hits = spans.get(owner, ())
        undamped = 1.0
        for _, _, w in hits:
            undamped *= 1.0 - w
        factor = rule_score / (1.0 - undamped) if undamped < 1.0 else 1.0
        counted: dict[str, float] = {}
        # An outranking phrase of another situation (a document asked for, beside a
        # step of the request) lowers the table's words as it lowers the rules'.
        damped = damping.get(owner, 1.0)
        for m in matches:
            weight = table.weight_of(m.entry) * site_factor * damped
            if all(weight > w * factor for start, end, w in hits if m.start < end and start < m.end):
                counted[m.entry.code] = weight
        for weight in counted.values():
            remaining *= 1.0 - weight
        combined[owner] = round(1.0 - remaining, 4)
    if combined:
        best = max(sorted(combined), key=lambda s: combined[s])
        threshold = kb.settings.scoring.threshold
        to_beat = threshold if situation == fallback else score
        if best == situation:
            score = max(score, combined[best])
        elif combined[best] > to_beat and combined[best] >= threshold:
            situation, score, step = best, combined[best], rules.get(best, (0.0, None))[1]
    evidence = tuple(support.get(situation, ()))
    internal = sorted((m for m in evidence if m.entry.kind in INTERNAL), key=lambda m: _rank(m, table), reverse=True)
    labels = sorted((m for m in evidence if m.entry.kind == "label"), key=lambda m: _rank(m, table), reverse=True)
    if internal and internal[0].entry.step:
        step = internal[0].entry.step
    elif step is None and labels:
        step = next((m.entry.step for m in labels if m.entry.step), None)
    code = internal[0] if internal else next((m for m in found if m.entry.kind in INTERNAL), None)
    # A code is specific enough to explain whatever the situation; a label only as part of its own
    # ("Traitement en cours" on an upload page is the upload's, not the request's).
    # A progress bar names every step; the label shown is one of the step the
    # request is at ("Instruction en cours", not the bar's first "Dépôt de la demande").
    at_step = [m for m in labels if step is not None and m.entry.step == step]
    # With a step known and no label of it, another step's label would contradict it: none.
    label = at_step[0] if at_step else labels[0] if labels and step is None else None
    details: list[str] = []
    primary = [m for m in (code, label) if m is not None]
    for match in primary + sorted(found, key=lambda m: _rank(m, table), reverse=True):
        name = match.entry.detail
        if name is None or name in details:
            continue
        owner = table.situation_of(match.entry)
        detail = kb.status_details[name]
        if owner is not None and owner != situation and not (detail.general and situation == fallback):
            continue
        if detail.for_steps and step not in detail.for_steps:
            continue
        details.append(name)
    return Outcome(situation, score, step, evidence, code, label, tuple(details[:_MAX_DETAILS]))


def explain(kb: KnowledgeBase, code: str | None, found: str, lang: str) -> StatusInfo | None:
    """What a code or label of the table means, in ``lang``, with how reliable that is and its source."""
    table = kb.status_table
    entry = next((e for e in table.entries if e.code == code), None) if table and code else None
    if table is None or entry is None:
        return None
    source = kb.sources[entry.source]
    return StatusInfo(
        code=entry.code,
        kind=entry.kind,
        step=entry.step,
        found=found,
        meaning=localize(table.meanings[entry.meaning], lang),
        reliability=entry.reliability,
        reliability_note=localize(table.reliability[entry.reliability], lang),
        source=entry.source,
        source_title=source.title,
        source_url=source.url,
    )


def detail_steps(kb: KnowledgeBase, names: Sequence[str], lang: str) -> tuple[FixStep, ...]:
    steps: list[FixStep] = []
    for name in names:
        for step in kb.status_details[name].steps:
            source = kb.sources[step.source]
            steps.append(FixStep(localize(step.text, lang), step.source, source.title, source.url))
    return tuple(steps)


def headline(details: Mapping[str, StatusDetailSpec], names: Sequence[str], lang: str) -> tuple[str, str] | None:
    """The title and summary of the first detail block that has its own (another website's)."""
    for name in names:
        detail = details[name]
        if detail.title is not None and detail.summary is not None:
            return localize(detail.title, lang), localize(detail.summary, lang)
    return None
