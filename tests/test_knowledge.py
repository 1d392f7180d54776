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
        (lambda d: d["patterns"][0].__setitem__("weight", 1.5), "patterns.0.weight"),
        (lambda d: d["patterns"][0].pop("weight"), "patterns.0.weight"),
        (lambda d: d["fix"]["steps"][0].__setitem__("source", "nowhere"), "fix.steps.0.source"),
        (lambda d: d["title"].pop("en"), "title: missing language(s) en"),
        (lambda d: d.__setitem__("surprise", 1), "surprise"),
        (lambda d: d.__setitem__("id", "other_id"), "id:"),
        (lambda d: d["patterns"][0].__setitem__("phrase", "x"), "exactly one of 'phrase' or 'tokens'"),
        (lambda d: d["patterns"].append(dict(d["patterns"][0])), "duplicate pattern ids"),
        (lambda d: d["patterns"][0].__setitem__("outranks", ["no_such_situation"]), "patterns.0.outranks"),
    ],
    ids=["weight-range", "weight-missing", "unknown-source", "missing-language", "unknown-field", "id-vs-file",
         "phrase-and-tokens", "duplicate-id", "unknown-outranked"],
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
    _edit(path, lambda d: d["patterns"][0].update({"tokens": [{"LOWER": {"NOPE": "x"}}]}) or d["patterns"][0].pop("phrase", None))
    with pytest.raises(KnowledgeError) as info:
        Engine(knowledge_copy)
    assert path.name in info.value.message and "patterns.0" in info.value.message


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
