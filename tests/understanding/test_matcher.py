import pytest

from troubleshoot.knowledge import load_knowledge
from troubleshoot.understanding.matcher import CONTEXT, RuleMatcher

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


def test_every_occurrence_of_a_suppress_rule_suppresses_not_only_its_first() -> None:
    # The dashboard says twice that nothing is pending; the second "no application in
    # progress" must not read as a pending request any more than the first.
    text = "No upcoming appointment. Renewal of my residence permit: no application in progress."
    ids = {h.rule.spec.id for h in MATCHER.match(text).hits}
    assert "pending-request" not in ids
    assert "pending-request" in {h.rule.spec.id for h in MATCHER.match("Renewal: an application is already in progress.").hits}


@pytest.mark.parametrize(
    "text",
    [
        "ma banque refuse mon attestation de prolongation",
        "my bank wants a valid permit",
        "l'école de mon fils demande mon récépissé",
        "البنك يطلب بطاقة الإقامة",
        "банк просит вид на жительство",
    ],
)
def test_a_kind_of_place_alone_names_no_other_website(text: str) -> None:
    # The user's bank or school asking for an ANEF document: the talk is still about ANEF.
    assert f"{CONTEXT}/foreign" not in _owners(text)


@pytest.mark.parametrize(
    "text",
    [
        "le site de ma banque ne marche pas",
        "my bank app blocked my card",
        "je n'arrive pas à payer en ligne à la cantine de l'école",
        "تطبيق البنك لا يعمل",
        "приложение банка не открывается",
        "Bienvenue sur doctolib",
        "connexion.portail-allocataire.fr",
    ],
)
def test_another_site_is_named_or_its_place_comes_with_its_site(text: str) -> None:
    assert f"{CONTEXT}/foreign" in _owners(text)


def test_match_france_connect_is_one_name_however_written() -> None:
    for text in ("FranceConnect", "France Connect", "France-Connect", "FranceConect"):
        assert f"{CONTEXT}/anef" in _owners(text), text


def test_match_keeps_the_site_name_apart_from_a_following_verb() -> None:
    owners = _owners("Étrangers en France Connectez-vous à votre espace")
    assert f"{CONTEXT}/anef" in owners and "franceconnect" not in owners


def test_match_tells_the_concepts_and_words_of_each_combination() -> None:
    result = MATCHER.match("Nom d'utilisateur ou mot de passe invalide.")
    said = [{c: w.lower() for c, w in h.concepts} for h in result.hits if h.concepts]
    assert any(s.get("password") == "mot de passe" and s.get("invalid") == "invalide" for s in said), said


def test_match_a_new_line_starts_a_clause_unless_the_sentence_goes_on() -> None:
    # Two items of a page: a heading, then a message: "titre de séjour" + "invalide" do not combine.
    apart = MATCHER.match("Demande de titre de séjour\nDemande invalide")
    wrapped = MATCHER.match("Votre numéro étranger saisi n'est pas\nreconnu, vérifiez-le")
    assert not any({"card", "invalid"} <= dict(h.concepts).keys() for h in apart.hits)
    assert any({"foreign_number", "invalid"} <= dict(h.concepts).keys() for h in wrapped.hits)


def test_match_a_web_address_names_the_site_not_the_problem() -> None:
    url = "https://sso.anef.dgef.interieur.gouv.fr/auth/realms/anef-usagers/login-actions/first-broker-login?client_id=x"
    owners = _owners(url)
    # The address names the site and, here, the page (the sign-in server's step after
    # FranceConnect): never the words of its path ("login" is no sign-in failure).
    assert owners == {f"{CONTEXT}/anef", "franceconnect"}
    assert _owners(url.replace("first-broker-login", "authenticate")) == {f"{CONTEXT}/anef"}


def test_match_a_menu_line_is_furniture_but_one_item_is_words() -> None:
    menu = "Accueil Mes démarches Mes documents Mes notifications Mon compte"
    assert _owners(menu) <= {f"{CONTEXT}/anef"}
    assert "login_failure" in _owners("mon compte est bloqué")
