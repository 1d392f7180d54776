"""``troubleshoot eval DIR``: score the engine on labelled samples.

``DIR/labels.csv`` (file,situation,step[,site,seen_date,seen_time,presentation,...])
lists images relative to DIR; ``DIR/texts.csv`` (text,situation,step[,lang,...])
lists messages. Extra columns, when present, are scored too (date, time, site)
or used to group results (presentation, lang).
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .engine import Engine
from .errors import ExitCode, TroubleshootError
from .models import Diagnosis


@dataclass
class Scores:
    """Confusion counts for one set of labelled inputs."""

    pairs: list[tuple[str, str]] = field(default_factory=list)  # (expected, predicted)
    steps: list[tuple[str, str]] = field(default_factory=list)
    facts: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    groups: dict[str, dict[str, list[bool]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    misses: list[str] = field(default_factory=list)
    fact_misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(e == p for e, p in self.pairs) / len(self.pairs) if self.pairs else 0.0

    def per_situation(self) -> dict[str, dict[str, float]]:
        labels = sorted({x for pair in self.pairs for x in pair})
        table = {}
        for label in labels:
            tp = sum(e == p == label for e, p in self.pairs)
            predicted = sum(p == label for _, p in self.pairs)
            actual = sum(e == label for e, _ in self.pairs)
            table[label] = {
                "precision": tp / predicted if predicted else 0.0,
                "recall": tp / actual if actual else 0.0,
                "support": actual,
            }
        return table

    def to_dict(self) -> dict[str, Any]:
        return {
            "count": len(self.pairs),
            "accuracy": round(self.accuracy, 4),
            "per_situation": self.per_situation(),
            "confusion": {f"{e} -> {p}": n for (e, p), n in sorted(Counter(self.pairs).items())},
            "step_accuracy": round(sum(e == p for e, p in self.steps) / len(self.steps), 4) if self.steps else None,
            "facts": {k: round(sum(v) / len(v), 4) for k, v in self.facts.items() if v},
            "groups": {
                column: {value: round(sum(v) / len(v), 4) for value, v in sorted(values.items())}
                for column, values in self.groups.items()
            },
            "misses": self.misses,
            "fact_misses": self.fact_misses,
        }


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _score(rows: Iterable[dict[str, str]], run: Callable[[dict[str, str]], Diagnosis], name: Callable[[dict[str, str]], str]) -> Scores:
    scores = Scores()
    rows = list(rows)
    with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
        results = list(pool.map(lambda row: _safe(run, row), rows))
    for row, diagnosis in zip(rows, results, strict=True):
        expected = row["situation"].strip()
        predicted = diagnosis.situation or f"error:{diagnosis.error.code if diagnosis.error else '?'}"
        scores.pairs.append((expected, predicted))
        if expected == predicted and row.get("step", "").strip():
            scores.steps.append((row["step"].strip(), diagnosis.step or ""))
        ok = expected == predicted
        if not ok:
            scores.misses.append(f"{name(row)}: expected {expected}, got {predicted}")
        for column in ("presentation", "lang"):
            if row.get(column):
                scores.groups[column][row[column]].append(ok)
        read = {
            "seen_date": diagnosis.seen_date.isoformat() if diagnosis.seen_date else "",
            "seen_time": diagnosis.seen_time.strftime("%H:%M") if diagnosis.seen_time else "",
            "site": diagnosis.site or "",
        }
        for fact, seen in read.items():
            if fact in row:
                right = same_site(seen, row[fact]) if fact == "site" else seen == row[fact].strip()
                scores.facts[fact].append(right)
                if not right:
                    scores.fact_misses.append(f"{name(row)}: {fact} expected {row[fact].strip() or '-'}, got {seen or '-'}")
    return scores


def same_site(read: str, labelled: str) -> bool:
    """The host read is the labelled one; a leading "www." does not count.

    Browsers hide it (Chrome, Safari and Edge show "railexpress.fr" for
    www.railexpress.fr): a host read without it is the same site, as the
    screen shows it.
    """
    def bare(host: str) -> str:
        host = host.strip().lower()
        return host[4:] if host.startswith("www.") else host
    return bare(read) == bare(labelled)


def _safe(run: Callable[[dict[str, str]], Diagnosis], row: dict[str, str]) -> Diagnosis:
    try:
        return run(row)
    except TroubleshootError as exc:
        if exc.exit_code == ExitCode.OCR_MISSING:
            raise
        return Diagnosis(input="?", lang="fr", error=exc)


def evaluate(directory: Path, engine: Engine, *, images: bool = True, texts: bool = True) -> dict[str, Scores]:
    """Score the labelled images and/or texts found in ``directory``."""
    results: dict[str, Scores] = {}
    labels, text_rows = directory / "labels.csv", directory / "texts.csv"
    if images and labels.exists():
        results["images"] = _score(
            _read(labels), lambda row: engine.diagnose_image(directory / row["file"], lang="en"), lambda row: row["file"]
        )
    if texts and text_rows.exists():
        results["texts"] = _score(
            _read(text_rows), lambda row: engine.diagnose_text(row["text"], lang="en"), lambda row: row["text"][:70]
        )
    return results


def _print(name: str, scores: Scores, out: TextIO) -> None:
    data = scores.to_dict()
    print(f"## {name}: {data['count']} inputs, situation accuracy {data['accuracy']:.1%}", file=out)
    print(f"{'situation':<20}{'precision':>10}{'recall':>8}{'n':>5}", file=out)
    for label, row in data["per_situation"].items():
        print(f"{label:<20}{row['precision']:>10.2f}{row['recall']:>8.2f}{row['support']:>5}", file=out)
    labels = list(data["per_situation"])
    counts = Counter(scores.pairs)
    width = max(6, *(len(x[:6]) for x in labels))
    print("\nconfusion (rows expected, columns predicted):", file=out)
    print(" " * 20 + "".join(f"{label[:width]:>{width + 1}}" for label in labels), file=out)
    for expected in labels:
        print(f"{expected:<20}" + "".join(f"{counts[(expected, p)]:>{width + 1}}" for p in labels), file=out)
    if data["step_accuracy"] is not None:
        print(f"\nstep accuracy (request steps, situation right): {data['step_accuracy']:.1%}", file=out)
    for fact, value in data["facts"].items():
        print(f"{fact} read correctly: {value:.1%}", file=out)
    for column, values in data["groups"].items():
        print(f"accuracy by {column}: " + ", ".join(f"{k} {v:.0%}" for k, v in values.items()), file=out)
    if data["misses"]:
        print("\nmisses:", file=out)
        for miss in data["misses"]:
            print(f"  {miss}", file=out)
    if data["fact_misses"]:
        print("\nsite, date or time missed:", file=out)
        for miss in data["fact_misses"]:
            print(f"  {miss}", file=out)
    print(file=out)


def run_eval(directory: Path, *, knowledge: Path | None = None, as_json: bool = False, out: TextIO) -> int:
    if not (directory / "labels.csv").exists() and not (directory / "texts.csv").exists():
        raise _NoLabels(f"{directory}: neither labels.csv nor texts.csv found")
    results = evaluate(directory, Engine(knowledge))
    if as_json:
        print(json.dumps({k: v.to_dict() for k, v in results.items()}, ensure_ascii=False, indent=2), file=out)
    else:
        for name, scores in results.items():
            _print(name, scores, out)
    return ExitCode.OK


class _NoLabels(TroubleshootError):
    code = "no_labels"
    exit_code = ExitCode.USAGE
    remedy = "Give a folder with labels.csv (file,situation,step) and/or texts.csv (text,situation,step)."
