import csv
import re
from dataclasses import replace

import pytest

from tests.conftest import SAMPLES
from troubleshoot.knowledge import PatternSpec, load_knowledge
from troubleshoot.understanding.matcher import RuleMatcher
from troubleshoot.understanding.normalize import normalize
from troubleshoot.understanding.prefilter import gate_for, gate_search, max_length, regex_gate, windows

# The knowledge's situations are combinations of concepts now; fixed phrases
# (``patterns``) are the escape hatch the prefilter serves. These stand for them,
# in every shape a pattern takes: regular expressions in several scripts, word
# lists, phrases, gaps.
_FIXED = [
    {"tokens": [{"LOWER": {"REGEX": "^(connect|conect|login|log$|identifi)"}}, {"OP": "{,4}"}, {"LOWER": {"REGEX": "^(impossible|marche|fonctionne)$"}}]},
    {"tokens": [{"LOWER": {"IN": ["compte", "account"]}}, {"OP": "{,4}"}, {"LOWER": {"REGEX": "^(bloque|verrouille|desactive|locked|blocked)"}}]},
    {"tokens": [{"LOWER": {"REGEX": "^пар[оа]л"}}, {"OP": "{,4}"}, {"LOWER": {"REGEX": "^(неверн|неправильн|невірн)"}}]},
    {"tokens": [{"LOWER": {"REGEX": "^(و|ف)?(ال|بال|لل|ب|ل)?(حساب|اكانت)"}}, {"OP": "{,4}"}, {"LOWER": {"REGEX": "^(مقفل|مغلق|محظور|مسدود|قفل)"}}]},
    {"tokens": [{"LOWER": {"REGEX": "^(fichier|file|pdf)s?$"}}, {"OP": "{,3}"}, {"LOWER": {"REGEX": "^(trop|too)$"}}, {"LOWER": {"REGEX": "^(volumineu|large|big|lourd)"}}]},
    {"tokens": [{"LOWER": {"REGEX": "^(erreur|error)$"}}, {"OP": "{,2}"}, {"LOWER": {"REGEX": "^5\\d\\d$"}}]},
    {"tokens": [{"LOWER": {"REGEX": "^(piece|document)s?$"}}, {"OP": "{,2}"}, {"LOWER": {"REGEX": "^(manquant|complementaire|demande)"}}]},
    {"tokens": [{"LOWER": {"REGEX": "^(lien|link)s?$"}}, {"OP": "{,4}"}, {"LOWER": {"REGEX": "^(expire|invalide|expired)"}}]},
    {"tokens": [{"LOWER": {"REGEX": "^(نمي)?(توان|تون|تان)م|^نتوانست"}}, {"OP": "{,4}"}, {"LOWER": {"REGEX": "^(وارد|ورود)$"}}]},
    {"tokens": [{"LOWER": {"REGEX": "^(instruction|examen)$"}}, {"OP": "{,2}"}, {"LOWER": "cours"}]},
    {"phrase": "mot de passe oublie"},
    {"phrase": "service indisponible"},
    {"phrase": "franceconnect"},
    {"phrase": "decision prise"},
    {"tokens": [{"LOWER": {"FUZZY1": "compte"}}, {"LOWER": {"IN": ["existe", "exists"]}}]},
    {"tokens": [{"LOWER": {"REGEX": ".*"}}, {"LOWER": "introuvable"}]},
]


def _with_fixed_phrases(kb):
    situations = list(kb.situations)
    patterns = [PatternSpec(id=f"fixed-{i}", weight=0.5, **spec) for i, spec in enumerate(_FIXED)]
    situations[0] = situations[0].model_copy(update={"patterns": patterns})
    return replace(kb, situations=tuple(situations))


KB = _with_fixed_phrases(load_knowledge())


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
    assert checked > 50  # the corpus exercises the rules' expressions, not a handful of them


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
    assert len(filtered._groups) > 10 and len(plain._groups) == 1
    texts = _corpus()
    for text in texts:
        assert filtered.match(text).hits == plain.match(text).hits, text
    # Long texts, like a page read by OCR, are searched window by window.
    for start in range(0, len(texts), 40):
        page = "\n".join(texts[start : start + 40])
        assert filtered.match(page).hits == plain.match(page).hits
