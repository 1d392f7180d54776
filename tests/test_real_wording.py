"""Messages ANEF users really see, written by others: Keycloak's login theme (the
sign-in ANEF runs on, messages_fr/en/ru.properties) and the browsers' network-error
pages. Facts from tests/data/real_wording.csv, never tuned into code."""

import csv
from pathlib import Path

import pytest

ROWS = list(csv.DictReader((Path(__file__).parent / "data" / "real_wording.csv").open(encoding="utf-8")))


@pytest.mark.parametrize(("text", "situation", "source"), [(r["text"], r["situation"], r["source"]) for r in ROWS])
def test_real_message_is_recognised(engine, text: str, situation: str, source: str) -> None:
    d = engine.diagnose_text(text)
    assert d.situation == situation, (source, d.candidates)
    assert all(e.concepts for e in d.evidence)  # each answer says which concepts made it
