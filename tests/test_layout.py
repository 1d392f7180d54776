"""On a screenshot, links and buttons weigh as furniture, the frame names no problem."""

from troubleshoot.extract import Line
from troubleshoot.knowledge import load_knowledge
from troubleshoot.layout import weigh
from troubleshoot.matcher import CONTEXT, RuleMatcher

KB = load_knowledge()
MATCHER = RuleMatcher(KB)
SPEC = KB.settings.layout


def _lines(text: str, frame: tuple[int, ...] = ()) -> list[Line]:
    out, start = [], 0
    for number, part in enumerate(text.split("\n")):
        out.append(Line(start, start + len(part), y=number / 10, frame=number in frame))
        start += len(part) + 1
    return out


def test_a_link_alone_on_its_line_weighs_as_furniture() -> None:
    text = "Mot de passe oublié ?\nCréer mon compte"
    hits = MATCHER.match(text).hits
    assert any(h.rule.spec.link and h.weight > SPEC.link_weight for h in hits)  # as a pasted text
    weighed = weigh(hits, text, _lines(text), SPEC)
    assert all(h.weight <= SPEC.link_weight for h in weighed if h.rule.spec.link)


def test_link_words_inside_a_sentence_keep_their_weight() -> None:
    text = "J'ai oublié mon mot de passe et le courriel pour le changer n'arrive jamais, même dans les spams"
    hits = MATCHER.match(text).hits
    weighed = weigh(hits, text, _lines(text), SPEC)
    assert sorted(h.weight for h in weighed) == sorted(h.weight for h in hits)


def test_words_in_the_frame_name_the_site_not_the_problem() -> None:
    text = "https://sso.anef.dgef.interieur.gouv.fr/auth/realms/anef-usagers/login-actions/authenticate?connexion\nBonjour"
    hits = MATCHER.match(text).hits
    weighed = weigh(hits, text, _lines(text, frame=(0,)), SPEC)
    assert all(h.rule.owner.startswith(CONTEXT) for h in weighed)  # the ANEF cue stays
    assert any(h.rule.owner == f"{CONTEXT}/anef" for h in weighed)


def test_a_pasted_text_has_no_layout() -> None:
    text = "Mot de passe oublié ?"
    hits = MATCHER.match(text).hits
    assert weigh(hits, text, [], SPEC) == tuple(hits)


def test_a_page_read_by_its_message_not_its_links(engine) -> None:
    # A sign-in page: the links beside the message must not outweigh it.
    text = "Connexion\nIdentifiant\nMot de passe\nMot de passe oublié ?\nCréer mon compte\nUne erreur technique est survenue. Veuillez réessayer ultérieurement."
    d = engine._diagnose(text, _lines(text), (), "page", "fr", None, 90.0)
    assert d.situation != engine.kb.fallback.id
    assert any("erreur technique" in e.phrase for e in d.evidence)
    assert all("oublié" not in e.phrase and "Créer" not in e.phrase for e in d.evidence)
