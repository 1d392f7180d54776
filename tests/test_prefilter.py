import csv
import re

import pytest

from tests.conftest import SAMPLES
from troubleshoot.knowledge import load_knowledge
from troubleshoot.matcher import RuleMatcher
from troubleshoot.normalize import normalize
from troubleshoot.prefilter import gate_for, gate_search, max_length, regex_gate, windows

KB = load_knowledge()


@pytest.mark.parametrize(
    ("source", "gate"),
    [
        ("^(connect|login)", {"connect", "login"}),
        ("^пар[оа]л", {"пар"}),  # a character class ends the literal run
        ("^(re)?(demand|ask|request)", {"demand", "ask", "request"}),  # an optional group is not required
        ("^(ال)?(رابط|لينك)$|^(ссылк|посилан)", {"رابط", "لينك", "ссылк", "посилан"}),
        ("^decret$", {"decret"}),
        ("^(x+)(identifiant|mdp)", {"identifiant", "mdp"}),  # the longest required strings win
    ],
)
def test_regex_gate_lists_strings_every_match_contains(source: str, gate: set[str]) -> None:
    assert regex_gate(source) == gate


@pytest.mark.parametrize("source", [".*", "^[a-z]+$", "abc|\\d+", "(?i)abc", "^(ab)?$", "[("])
def test_regex_gate_gives_up_when_nothing_is_certain(source: str) -> None:
    assert regex_gate(source) is None


def test_gate_for_skips_optional_and_fuzzy_tokens() -> None:
    pattern = [
        {"LOWER": "de", "OP": "?"},
        {"LOWER": {"FUZZY1": "compte"}},
        {"OP": "{,4}"},
        {"LOWER": {"IN": ["bloque", "locked"]}},
    ]
    assert gate_for(pattern) == {"bloque", "locked"}
    assert gate_for([{"LOWER": {"FUZZY1": "compte"}}, {"LOWER": "x", "OP": "*"}]) is None


def test_gate_search_finds_any_of_the_gates_strings() -> None:
    search = gate_search(frozenset({"passe", "password", "pass.word"}))
    assert search("mot de passe invalide") and search("wrong password")
    assert not search("compte bloque") and not search("passXword")  # strings are literal, not patterns


def _corpus() -> list[str]:
    texts = []
    for path in (SAMPLES / "texts.csv", SAMPLES / "dev2" / "texts.csv", SAMPLES / "holdout" / "texts.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle) if row["text"].strip()]
    return texts


def test_every_regex_gate_holds_on_every_sample_word() -> None:
    """A gate must never close on a word its regular expression accepts."""
    matcher = RuleMatcher(KB)
    words = {token.lower_ for text in _corpus() for token in matcher._nlp.make_doc(normalize(text, KB.normalization).text)}
    checked = 0
    for rule in matcher._rules.values():
        for token in matcher._compile(rule.spec):
            source = (token.get("LOWER") or {}).get("REGEX") if isinstance(token.get("LOWER"), dict) else None
            gate = regex_gate(source) if source else None
            if gate is None:
                continue
            for word in words:
                if re.search(source, word):
                    checked += 1
                    assert gate_search(gate)(word), (source, word)
    assert checked > 500  # the corpus exercises the rules' expressions, not a handful of them


def test_max_length_counts_the_longest_match() -> None:
    assert max_length([{"LOWER": "mot"}, {"LOWER": "de", "OP": "?"}, {"OP": "{,4}"}, {"LOWER": "passe"}]) == 7
    assert max_length([{"LOWER": "a"}, {"OP": "{2}"}, {"LOWER": "b", "OP": "!"}]) == 3
    assert max_length([{"LOWER": "a"}, {"OP": "*"}]) is None
    assert max_length([{"LOWER": "a", "OP": "{1,}"}]) is None


def test_windows_surround_each_token_holding_a_gate_string() -> None:
    text = "un deux trois mot quatre cinq six sept huit mot neuf"
    starts = [i for i, c in enumerate(text) if c != " " and (i == 0 or text[i - 1] == " ")]
    assert windows(text, starts, frozenset({"mot"}), 2) == [(2, 5), (8, 11)]
    assert windows(text, starts, frozenset({"mot"}), 4) == [(0, 11)]  # overlapping windows merge
    assert windows(text, starts, frozenset({"absent"}), 3) == []


def test_filtered_and_unfiltered_matching_agree_on_every_sample() -> None:
    filtered, plain = RuleMatcher(KB), RuleMatcher(KB, prefilter=False)
    assert len(filtered._groups) > 50 and len(plain._groups) == 1
    texts = _corpus()
    for text in texts:
        assert filtered.match(text).hits == plain.match(text).hits, text
    # Long texts, like a page read by OCR, are searched window by window.
    for start in range(0, len(texts), 40):
        page = "\n".join(texts[start : start + 40])
        assert filtered.match(page).hits == plain.match(page).hits
