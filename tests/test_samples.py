"""The engine on the labelled samples: real OCR on every screenshot, every text.

These are the issue's acceptance figures; `troubleshoot eval samples/` prints the
same numbers with the confusion matrix and every miss.
"""

import csv

import pytest

from tests.conftest import SAMPLES
from troubleshoot.evaluate import evaluate


@pytest.fixture(scope="module")
def scores(engine):
    return evaluate(SAMPLES, engine)


def test_samples_are_labelled_and_cover_every_situation(engine) -> None:
    with (SAMPLES / "labels.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    counts = {s: sum(r["situation"] == s for r in rows) for s in engine.kb.ids}
    assert len(rows) >= 60 and all(n >= 5 for n in counts.values()), counts
    for row in rows:
        assert (SAMPLES / row["file"]).exists() and row["situation"] in engine.kb.ids
    with (SAMPLES / "texts.csv").open(encoding="utf-8") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) >= 150


@pytest.mark.ocr
def test_images_situation_accuracy(scores) -> None:
    images = scores["images"]
    assert images.accuracy >= 0.95, images.misses


@pytest.mark.ocr
def test_images_request_steps(scores) -> None:
    steps = scores["images"].steps
    assert steps and sum(e == p for e, p in steps) / len(steps) >= 0.9, steps


@pytest.mark.ocr
@pytest.mark.parametrize("fact", ["seen_date", "seen_time", "site"])
def test_images_date_time_and_site_are_read(scores, fact: str) -> None:
    assert sum(scores["images"].facts[fact]) / len(scores["images"].facts[fact]) >= 0.9


def test_texts_situation_accuracy(engine) -> None:
    texts = evaluate(SAMPLES, engine, images=False)["texts"]
    assert texts.accuracy >= 0.95, texts.misses
