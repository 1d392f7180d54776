import pytest

from troubleshoot.knowledge import load_knowledge
from troubleshoot.matcher import CONTEXT, RuleMatcher

MATCHER = RuleMatcher(load_knowledge())


def _owners(text: str) -> set[str]:
    return {h.rule.owner for h in MATCHER.match(text).hits}


def test_match_tolerates_ocr_errors_in_phrases_and_keeps_raw_text() -> None:
    result = MATCHER.match("Nom d utilisateur ou mot de passe lnvalide")
    assert result.hits
    assert all(h.raw_text and h.raw_text in "Nom d utilisateur ou mot de passe lnvalide" for h in result.hits)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("administration-etrangers-en-france.interieur.gouv.fr", "anef"),
        ("Mon numéro étranger", "anef"),
        ("Bienvenue sur ameli", "foreign"),
        ("Caf.fr mon compte", "foreign"),
    ],
)
def test_match_finds_context_cues(text: str, context: str) -> None:
    assert f"{CONTEXT}/{context}" in _owners(text)


def test_match_on_unrelated_text_finds_nothing() -> None:
    assert MATCHER.match("Il fait beau aujourd'hui, on va au parc.").hits == ()


def test_match_suppress_rule_removes_matches_inside_its_span() -> None:
    # "EDF" is another body's name, but in "facture EDF" it is a document ANEF asks for.
    assert f"{CONTEXT}/foreign" in _owners("Mon espace client EDF")
    assert f"{CONTEXT}/foreign" not in _owners("Justificatif de domicile : facture EDF de novembre")


def test_match_france_connect_is_one_name_however_written() -> None:
    for text in ("FranceConnect", "France Connect", "France-Connect", "FranceConect"):
        assert f"{CONTEXT}/anef" in _owners(text), text


def test_match_keeps_the_site_name_apart_from_a_following_verb() -> None:
    owners = _owners("Étrangers en France Connectez-vous à votre espace")
    assert f"{CONTEXT}/anef" in owners and "franceconnect" not in owners
