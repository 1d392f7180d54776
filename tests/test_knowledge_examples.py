"""Every example written in a knowledge file is diagnosed as the file says."""

import pytest

from troubleshoot.knowledge import ExampleSpec, load_knowledge

KB = load_knowledge()
MATCH = [
    (s.id, e.text if isinstance(e, ExampleSpec) else e, e.variant if isinstance(e, ExampleSpec) else None)
    for s in KB.situations
    for e in s.examples.match
]
NO_MATCH = [(s.id, text) for s in KB.situations for text in s.examples.no_match]


def test_every_situation_has_examples() -> None:
    for situation in KB.situations:
        assert len(situation.examples.match) >= 3, situation.id
        if not situation.fallback:
            assert len(situation.examples.no_match) >= 2, situation.id


@pytest.mark.parametrize(("situation", "text", "variant"), MATCH)
def test_example_matches(engine, situation: str, text: str, variant: str | None) -> None:
    diagnosis = engine.diagnose_text(text)
    assert diagnosis.situation == situation, diagnosis.candidates
    if variant is not None:
        assert diagnosis.step == variant


@pytest.mark.parametrize(("situation", "text"), NO_MATCH)
def test_look_alike_does_not_match(engine, situation: str, text: str) -> None:
    assert engine.diagnose_text(text).situation != situation
