import re

import pytest

from troubleshoot.knowledge import load_knowledge
from troubleshoot.understanding.normalize import Replacement, normalize

RULES = load_knowledge().normalization


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Réinitialisez votre MOT DE PASSE", "reinitialisez votre mot de passe"),
        ("Nom d'utilisateur", "nom d utilisateur"),
        ("Nom d’utilisateur", "nom d utilisateur"),
        ("mot de passe lnvalide", "mot de passe invalide"),
        ("c0mpte", "compte"),
        ("vœu", "voeu"),
        ("erreur:503", "erreur : 503"),
        ("  espaces \n\t multiples ", "espaces multiples"),
        ("Пароль ВЕРНЫЙ", "пароль верныи"),  # Cyrillic folded like the patterns are
        ("مُشكلة", "مشكلة"),  # Arabic vowel marks dropped
        ("یک کد", "يك كد"),  # Persian yeh and kaf unified with Arabic
    ],
)
def test_normalize_folds_text_like_patterns(raw: str, expected: str) -> None:
    assert normalize(raw, RULES).text == expected


def test_normalize_offsets_point_back_to_raw_text() -> None:
    raw = "Erreur : Réinitialisez  votre mot de passe"
    result = normalize(raw, RULES)
    start = result.text.index("reinitialisez")
    raw_start, raw_end = result.raw_span(start, start + len("reinitialisez"))
    assert raw[raw_start:raw_end] == "Réinitialisez"
    assert len(result.offsets) == len(result.text)


def test_normalize_applies_replacements_in_order() -> None:
    rules = (Replacement(re.compile("a"), "b"), Replacement(re.compile("b"), "c"))
    assert normalize("a", rules).text == "c"


def test_normalize_text_is_normalize_without_offsets() -> None:
    from troubleshoot.knowledge import load_knowledge
    from troubleshoot.understanding.normalize import normalize_text

    kb = load_knowledge()
    words = [w for c in kb.concepts.values() for ws in c.words.values() for w in ws]
    words += ["Identifiant ou mot de passe lnvalide", "jarrive pa a me connecter", "نمی‌توانم وارد شوم", "Œuvre : l'accès"]
    for word in words:
        assert normalize_text(word, kb.normalization) == normalize(word, kb.normalization).text, word
