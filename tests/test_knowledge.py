"""The loader validates every file and names the file and the field of a mistake."""

from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from troubleshoot import Engine
from troubleshoot.errors import KnowledgeError
from troubleshoot.knowledge import load_knowledge


def test_load_knowledge_reads_every_situation() -> None:
    kb = load_knowledge()
    files = sorted(p.stem for p in (ROOT / "knowledge" / "situations").glob("*.yaml"))
    assert sorted(kb.ids) == files
    assert kb.fallback.id in kb.ids
    for situation in kb.situations:
        for step in situation.fix.steps:
            assert step.source in kb.sources


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _first_situation(root: Path) -> Path:
    return next(p for p in sorted((root / "situations").glob("*.yaml")) if "fallback" not in p.read_text())


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda d: d["rules"][0].__setitem__("weight", 1.5), "rules.0.weight"),
        (lambda d: d["rules"][0].pop("weight"), "rules.0.weight"),
        (lambda d: d["fix"]["steps"][0].__setitem__("source", "nowhere"), "fix.steps.0.source"),
        (lambda d: d["title"].pop("en"), "title: missing language(s) en"),
        (lambda d: d.__setitem__("surprise", 1), "surprise"),
        (lambda d: d.__setitem__("id", "other_id"), "id:"),
        (lambda d: d.__setitem__("patterns", [{"id": "x", "weight": 0.5, "phrase": "a", "tokens": [{"LOWER": "a"}]}]),
         "exactly one of 'phrase' or 'tokens'"),
        (lambda d: d["rules"].append(dict(d["rules"][0])), "duplicate pattern ids"),
        (lambda d: d["rules"][0].__setitem__("outranks", ["no_such_situation"]), "rules.0.outranks"),
        (lambda d: d["rules"][0].__setitem__("all", ["no_such_concept"]), "unknown concept(s) no_such_concept"),
        (lambda d: d["rules"][0].__setitem__("none", ["no_such_concept"]), "unknown concept(s) no_such_concept"),
        (lambda d: d["rules"][0].__setitem__("all", []), "rules.0.all"),
    ],
    ids=["weight-range", "weight-missing", "unknown-source", "missing-language", "unknown-field", "id-vs-file",
         "phrase-and-tokens", "duplicate-id", "unknown-outranked", "unknown-concept", "unknown-excluded-concept",
         "no-concepts"],
)
def test_load_knowledge_names_file_and_field(knowledge_copy: Path, change, needle: str) -> None:
    path = _first_situation(knowledge_copy)
    _edit(path, change)
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(knowledge_copy)
    assert path.name in info.value.message
    assert needle in info.value.message


def test_load_knowledge_reports_invalid_yaml(knowledge_copy: Path) -> None:
    path = _first_situation(knowledge_copy)
    path.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=f"{path.name}: not valid YAML"):
        load_knowledge(knowledge_copy)


def test_load_knowledge_needs_one_fallback(knowledge_copy: Path) -> None:
    _edit(_first_situation(knowledge_copy), lambda d: d.__setitem__("fallback", True))
    with pytest.raises(KnowledgeError, match="exactly one situation needs 'fallback: true'"):
        load_knowledge(knowledge_copy)


def test_engine_reports_a_broken_spacy_pattern(knowledge_copy: Path) -> None:
    path = _first_situation(knowledge_copy)
    # A fixed phrase (the escape hatch beside the rules) is a spaCy Matcher pattern.
    _edit(path, lambda d: d.__setitem__("patterns", [{"id": "fixed", "weight": 0.5, "tokens": [{"LOWER": {"NOPE": "x"}}]}]))
    with pytest.raises(KnowledgeError) as info:
        Engine(knowledge_copy)
    assert path.name in info.value.message and "patterns.0" in info.value.message


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda d: d["concepts"]["password"].__setitem__("xx", ["word"]), "concepts.password.words: unknown language(s) xx"),
        (lambda d: d["concepts"].__setitem__("Bad-Id", {"fr": ["mot"]}), "concepts.Bad-Id"),
        (lambda d: d["concepts"].__setitem__("wordless", {"fr": []}), "concepts.wordless: no words"),
    ],
    ids=["unknown-language", "bad-id", "no-words"],
)
def test_load_knowledge_checks_concept_files(knowledge_copy: Path, change, needle: str) -> None:
    path = knowledge_copy / "concepts" / "things.yaml"
    _edit(path, change)
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(knowledge_copy)
    assert "things.yaml" in info.value.message and needle in info.value.message


def test_load_knowledge_rejects_a_concept_defined_twice(knowledge_copy: Path) -> None:
    _edit(knowledge_copy / "concepts" / "states.yaml", lambda d: d["concepts"].__setitem__("password", {"fr": ["x"]}))
    with pytest.raises(KnowledgeError, match="concepts.password: defined twice"):
        load_knowledge(knowledge_copy)


def test_load_knowledge_reports_bad_regex_in_normalization(knowledge_copy: Path) -> None:
    _edit(knowledge_copy / "normalization.yaml", lambda d: d["replacements"][0].__setitem__("pattern", "([unclosed"))
    with pytest.raises(KnowledgeError, match=r"normalization.yaml: replacements.0.pattern"):
        load_knowledge(knowledge_copy)


def test_engine_reports_unknown_template_field(knowledge_copy: Path) -> None:
    _edit(knowledge_copy / "ccc_message.yaml", lambda d: d["template"].__setitem__("fr", d["template"]["fr"] + "{password}"))
    with pytest.raises(KnowledgeError, match="ccc_message.yaml: template: unknown field"):
        Engine(knowledge_copy)


def test_no_situation_id_is_written_in_the_code() -> None:
    ids = load_knowledge().ids
    for path in (ROOT / "troubleshoot").rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        for situation_id in ids:
            assert f'"{situation_id}"' not in code and f"'{situation_id}'" not in code, (path, situation_id)
    app = (ROOT / "streamlit_app.py")
    if app.exists():
        code = app.read_text(encoding="utf-8")
        assert not any(f'"{i}"' in code or f"'{i}'" in code for i in ids)


def test_load_knowledge_needs_a_default_data_for_each_script(knowledge_copy: Path) -> None:
    path = knowledge_copy / "settings.yaml"
    _edit(path, lambda d: d["ocr"]["scripts"].__setitem__("Greek", {"el": "ell"}))
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(knowledge_copy)
    assert "settings.yaml" in info.value.message and "Greek" in info.value.message


def test_script_languages_prefer_the_users_language() -> None:
    ocr = load_knowledge().settings.ocr
    assert ocr.script_languages("Arabic", "ps") == "fas+ara"
    assert ocr.script_languages("Arabic", "en") == "ara+fas"
    assert ocr.script_languages("Latin", "fr") is None


@pytest.mark.parametrize("verified", [True, False])
def test_a_source_marked_verified_or_not_must_say_how(knowledge_copy: Path, verified: bool) -> None:
    def mark(d: dict) -> None:
        source = d["sources"]["refugies-info"]
        source["verified"] = verified
        source.pop("verification", None)

    _edit(knowledge_copy / "sources.yaml", mark)
    with pytest.raises(KnowledgeError, match="sources.yaml.*verification"):
        load_knowledge(knowledge_copy)
