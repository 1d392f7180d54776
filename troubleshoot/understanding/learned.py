"""Weights learned from labelled examples, weighed beside the hand-written rules.

The rules of ``knowledge/situations`` name the combinations their authors
thought of; each new wording nobody thought of needed a new one, and on texts
written by people who had never seen them the rules found the right situation
for only 84-90 %. The same concepts and stems, weighed by a logistic
regression fitted (scikit-learn) on the labelled texts the project has already
scored, generalise better: trained without the fourth blind sets, it named
their situation for 92 % of French and English texts and 94 % of the others,
against 87 % and 86 % for the rules (README, "Learned weights").

What a text says, as features (``features``):

- ``c:<concept>``: a concept of ``knowledge/concepts`` found in it, whatever
  the language: a new language's words carry the weights learned in others;
- ``p:<concept>+<concept>``: two concepts next to each other (the learned form
  of a combination: password beside invalid, link beside expired);
- ``s:<lang>:<stem>``: each word's stem in each language of its script, for
  the words no concept lists yet.

``knowledge/learned/weights.json`` holds the weights, written by
``troubleshoot learn`` from the files ``knowledge/learned/training.yaml`` lists
(never ``samples/holdout``). At run time this module only adds up the weights
of the features present (no scikit-learn, a few microseconds); the answer
keeps the features that weighed most as its evidence.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import KnowledgeError
from .concepts import ConceptIndex, Mention

WEIGHTS = "learned/weights.json"
TRAINING = "learned/training.yaml"
STEP = ":"  # a class "request_status:in_progress" is a situation and its step
FORMAT = 1
REASON = "weighed on the labelled examples (knowledge/learned)"


@dataclass(frozen=True)
class Tokens:
    """A text as the matcher saw it: normalised tokens, their raw spans, the concepts found."""

    tokens: Sequence[str]
    spans: Sequence[tuple[int, int]]  # each token's (start, end) in the raw text
    mentions: Sequence[Mention]


def features(seen: Tokens, index: ConceptIndex) -> dict[str, list[tuple[int, int]]]:
    """Each feature of the text, with the raw spans that said it."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)

    def span(start: int, end: int) -> tuple[int, int]:
        return seen.spans[start][0], seen.spans[end - 1][1]

    ordered = sorted(seen.mentions, key=lambda m: (m.start, m.end))
    for mention in ordered:
        found[f"c:{mention.concept}"].append(span(mention.start, mention.end))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.concept != b.concept:
            pair = "+".join(sorted((a.concept, b.concept)))
            found[f"p:{pair}"].append(span(min(a.start, b.start), max(a.end, b.end)))
    for position, token in enumerate(seen.tokens):
        if len(token) < 2:
            continue
        for lang, stem in index.token_stems(token):
            found[f"s:{lang}:{stem}"].append(span(position, position + 1))
    return found


@dataclass(frozen=True)
class Prediction:
    """How likely each situation is, and each step of the situations that have steps."""

    situations: dict[str, float]
    steps: dict[str, dict[str, float]]  # situation -> step -> probability given the situation
    # The features present that the weights know, with their spans and [[class, weight], ...]
    known: tuple[tuple[str, tuple[int, int], list[list[float]]], ...] = ()
    classes_of: dict[str, frozenset[int]] = field(default_factory=dict)  # situation -> its class indices

    def why(self, situation: str, count: int = 4) -> list[tuple[str, float, tuple[int, int]]]:
        """The features that weighed most for ``situation``: (feature, weight, raw span).
        Worked out only for the situation reported (a dozen features, not every class)."""
        mine = self.classes_of.get(situation, frozenset())
        scored = []
        for name, span, pairs in self.known:
            weight = max((w for i, w in pairs if i in mine), default=0.0)
            if weight > 0:
                scored.append((name, round(weight, 3), span))
        scored.sort(key=lambda x: (-x[1], x[0]))
        return scored[:count]


class LearnedWeights:
    """The weights of ``knowledge/learned/weights.json``, ready to weigh a text's features."""

    def __init__(self, data: dict[str, Any], path: Path | str = WEIGHTS) -> None:
        if data.get("format") != FORMAT:
            raise KnowledgeError(f"{path}: format {data.get('format')!r}, expected {FORMAT}: run `troubleshoot learn`")
        self.classes: list[str] = list(data["classes"])
        self.intercepts: list[float] = list(data["intercepts"])
        # [[class index, weight], ...] per feature, kept as JSON gives them (converting 50,000
        # pairs to tuples would cost a tenth of the command line's start-up).
        self.weights: dict[str, list[list[float]]] = data["weights"]
        self.trained_on: dict[str, Any] = data.get("trained_on", {})
        self.situation_of = [c.split(STEP, 1)[0] for c in self.classes]
        self.step_in = [c.split(STEP, 1)[1] if STEP in c else None for c in self.classes]
        by_situation: dict[str, set[int]] = defaultdict(set)
        for index, situation in enumerate(self.situation_of):
            by_situation[situation].add(index)
        self.classes_of = {k: frozenset(v) for k, v in by_situation.items()}

    @classmethod
    def load(cls, knowledge_root: Path) -> LearnedWeights | None:
        path = knowledge_root / WEIGHTS
        if not path.exists():
            return None  # a knowledge base without learned weights runs on its rules alone
        try:
            return cls(json.loads(path.read_text(encoding="utf-8")), path)
        except (ValueError, KeyError, TypeError) as exc:
            raise KnowledgeError(f"{path}: not readable learned weights ({exc}): run `troubleshoot learn`") from exc

    def predict(self, found: dict[str, list[tuple[int, int]]]) -> Prediction | None:
        """The probabilities of each class given the features; ``None`` when no feature is known
        (a text the examples say nothing about gets no learned opinion, not the commonest class)."""
        logits = list(self.intercepts)
        known = tuple((name, found[name][0], self.weights[name]) for name in found if name in self.weights)
        if not known:
            return None
        for _, _, pairs in known:
            for index, weight in pairs:
                logits[index] += weight  # the file's indices are JSON integers
        top = max(logits)
        exp = [math.exp(x - top) for x in logits]
        total = sum(exp)
        situations: dict[str, float] = defaultdict(float)
        steps: dict[str, dict[str, float]] = defaultdict(dict)
        for index, value in enumerate(exp):
            p = value / total
            situations[self.situation_of[index]] += p
            if self.step_in[index] is not None:
                steps[self.situation_of[index]][self.step_in[index]] = p
        for situation, by_step in steps.items():
            share = situations[situation]
            for step in by_step:
                by_step[step] = by_step[step] / share if share else 0.0
        return Prediction(dict(situations), dict(steps), known, self.classes_of)


# -- training (``troubleshoot learn``; scikit-learn is needed here only) -----------------------

@dataclass(frozen=True)
class Example:
    text: str
    label: str  # situation, or situation:step


def training_spec(knowledge_root: Path) -> dict[str, Any]:
    path = knowledge_root / TRAINING
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc
    for name in spec.get("files", []):
        if "holdout" in Path(name).parts:
            raise KnowledgeError(f"{path}: {name}: samples/holdout is never learned from")
    return spec


def examples(knowledge_root: Path, repo_root: Path, kb: Any, rules: Any = None) -> list[Example]:
    """The labelled texts to learn from: the listed files' rows, then the knowledge's own examples.

    A situation's ``no_match`` example says what a text is not ("Forgot password?" alone is
    a link, not a reset problem); it is learned as the situation the rules give it
    (``rules``, an engine without learned weights: the fallback, mostly), so the examples
    never teach the opposite of what the knowledge says.
    """
    spec = training_spec(knowledge_root)
    rows: list[Example] = []
    for name in spec.get("files", []):
        with (repo_root / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                step = (row.get("step") or "").strip()
                rows.append(Example(row["text"], row["situation"] + (STEP + step if step else "")))
    if spec.get("knowledge_examples", True):
        for situation in kb.situations:
            for item in situation.examples.match:
                text, variant = (item, None) if isinstance(item, str) else (item.text, item.variant)
                rows.append(Example(text, situation.id + (STEP + variant if variant else "")))
        if rules is not None:
            for situation in kb.situations:
                for text in situation.examples.no_match:
                    said = rules.diagnose_text(text)
                    if said.situation != situation.id:
                        rows.append(Example(text, said.situation + (STEP + said.step if said.step else "")))
    return rows


def fingerprint(rows: Iterable[Example]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(f"{row.label}\t{row.text}\n".encode())
    return digest.hexdigest()


def fit(found: list[dict[str, list[tuple[int, int]]]], labels: list[str], *, c: float, min_weight: float,
        trained_on: dict[str, Any]) -> dict[str, Any]:
    """A multinomial logistic regression over the features' presence, as weights.json holds it."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # a run-time install needs no scikit-learn; learning does
        raise KnowledgeError("learning the weights needs scikit-learn: pip install -e '.[learn]'") from exc
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(f, 1) for f in found])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(matrix, labels)
    classes = [str(x) for x in model.classes_]
    weights: dict[str, list[list[float]]] = {}
    for column, name in enumerate(vectorizer.get_feature_names_out()):
        pairs = [[i, round(float(model.coef_[i, column]), 4)] for i in range(len(classes))
                 if abs(model.coef_[i, column]) >= min_weight]
        if pairs:
            weights[str(name)] = pairs
    return {
        "format": FORMAT,
        "trained_on": trained_on,
        "classes": classes,
        "intercepts": [round(float(x), 4) for x in model.intercept_],
        "weights": dict(sorted(weights.items())),
    }


def learn(engine: Any, repo_root: Path) -> dict[str, Any]:
    """Fit the weights on the listed files and the knowledge's examples, as ``engine`` reads them.

    ``engine`` is an ``Engine`` without learned weights (its ``kb``, ``learned_features`` and
    the rules' answers to the ``no_match`` examples), so learning again gives the same file.
    """
    root = engine.kb.root
    spec = training_spec(root)
    rows = examples(root, repo_root, engine.kb, rules=engine)
    found = [engine.learned_features(row.text) for row in rows]
    trained_on = {
        "files": list(spec.get("files", [])),
        "knowledge_examples": bool(spec.get("knowledge_examples", True)),
        "rows": len(rows),
        "sha256": fingerprint(rows),
        "c": spec["c"],
    }
    return fit(found, [row.label for row in rows], c=float(spec["c"]), min_weight=float(spec["min_weight"]),
               trained_on=trained_on)


def write(data: dict[str, Any], knowledge_root: Path) -> Path:
    path = knowledge_root / WEIGHTS
    # One feature a line: the file stays diffable, and small enough for the repository.
    lines = [f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(pairs)}" for name, pairs in data["weights"].items()]
    head = {k: v for k, v in data.items() if k != "weights"}
    body = json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "weights": {\n' + ",\n".join(lines) + "\n }\n}\n"
    path.write_text(body, encoding="utf-8")
    return path
