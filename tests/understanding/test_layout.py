"""On a screenshot, links and buttons weigh as furniture, the frame names no problem."""

from troubleshoot.knowledge import load_knowledge
from troubleshoot.reading.extract import Line
from troubleshoot.understanding.layout import weigh
from troubleshoot.understanding.matcher import CONTEXT, RuleMatcher

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


def _placed(rows: list[tuple[str, float, bool]]) -> tuple[str, list[Line]]:
    """A screen's text from (line, y, read in the frame) rows."""
    text, lines = "", []
    for part, y, framed in rows:
        start = len(text)
        text += part + "\n"
        lines.append(Line(start, start + len(part), y=y, frame=framed))
    return text, lines


def test_the_tabs_read_with_the_page_name_no_problem() -> None:
    # The page's own reading holds the tab strip; the frame's items reach that far down.
    text, lines = _placed([
        ("Mot de passe expiré x Nouvel onglet", 0.03, False),
        ("administration-etrangers-en-france.interieur.gouv.fr/usagers", 0.07, False),
        ("Mot de passe expiré", 0.03, True),
        ("Bienvenue sur votre espace", 0.4, False),
    ])
    hits = MATCHER.match(text).hits
    assert any(h.rule.owner == "password_reset" for h in hits)
    weighed = weigh(hits, text, lines, SPEC)
    assert not any(h.rule.owner == "password_reset" for h in weighed)
    assert any(h.rule.owner == f"{CONTEXT}/anef" for h in weighed)  # the address still names the site


def test_a_rule_counts_where_it_weighs_most() -> None:
    # "Site en maintenance" in the tab's title (first, and shortest) and as the page's heading.
    text, lines = _placed([
        ("Site en maintenance x", 0.03, False),
        ("administration-etrangers-en-france.interieur.gouv.fr/usagers", 0.07, False),
        ("Site en maintenance", 0.03, True),
        ("Le site est actuellement en maintenance.", 0.45, False),
    ])
    weighed = weigh(MATCHER.match(text).hits, text, lines, SPEC)
    kept = [h for h in weighed if h.rule.owner == "blocked_page"]
    assert kept and all(h.weight > 0.5 for h in kept)
    assert all(text.index("Le site") <= h.raw_start for h in kept)


def test_a_bookmark_names_no_other_site_an_address_does() -> None:
    rows = [("Étrangers en France x Ameli - Mon compte x", 0.03, False), ("Ameli", 0.03, True),
            ("administration-etrangers-en-france.interieur.gouv.fr/usagers", 0.07, False),
            ("Session expirée", 0.4, False)]
    text, lines = _placed(rows)
    hits = MATCHER.match(text).hits
    assert any(h.rule.owner == f"{CONTEXT}/foreign" for h in hits)
    assert not any(h.rule.owner == f"{CONTEXT}/foreign" for h in weigh(hits, text, lines, SPEC))
    text, lines = _placed([("https://www.ameli.fr/assure/connexion", 0.06, True), ("Session expirée", 0.4, False)])
    assert any(h.rule.owner == f"{CONTEXT}/foreign" for h in weigh(MATCHER.match(text).hits, text, lines, SPEC))


def test_a_message_near_the_bottom_keeps_its_words() -> None:
    # The frame's items may take in a message shown at the bottom edge: the page's copy counts.
    text, lines = _placed([
        ("Identifiant", 0.5, False),
        ("Aucun compte n'est associé à cet identifiant.", 0.95, False),
        ("Aucun compte n'est associé à cet identifiant.", 0.95, True),
    ])
    weighed = weigh(MATCHER.match(text).hits, text, lines, SPEC)
    assert any(h.rule.owner == "login_failure" and h.weight > 0.5 for h in weighed)


def test_the_page_heading_in_the_frame_items_still_counts() -> None:
    # A page with little on it: the frame's items took its heading in too, below the bars' reach.
    text, lines = _placed([
        ("https://administration-etrangers-en-france.interieur.gouv.fr/usagers", 0.06, True),
        ("504 Gateway Time-out", 0.12, True),
        ("504 Gateway Time-out", 0.12, False),
    ])
    weighed = weigh(MATCHER.match(text).hits, text, lines, SPEC)
    assert any(h.rule.owner == "blocked_page" and h.weight > 0.5 for h in weighed)


def test_ocr_noise_that_only_looks_like_a_typo_decides_nothing_on_a_screen() -> None:
    # A translated page read with the wrong model: "plate" is one letter from "plante" (crashes).
    text = "ET pp al 298 jh ane 9 cmt aol! plate Joljo ses"
    hits = [h for h in MATCHER.match(text).hits if not h.rule.owner.startswith(CONTEXT)]
    assert hits and all(h.guessed for h in hits)
    assert all(h.weight <= SPEC.guessed_weight for h in weigh(hits, text, _lines(text), SPEC))
    # Written right, the same word keeps its weight.
    text = "Le site plante"
    assert any(h.weight > SPEC.guessed_weight for h in weigh(MATCHER.match(text).hits, text, _lines(text), SPEC))


def test_a_step_the_sign_in_server_names_in_its_address_counts_in_the_frame() -> None:
    # Keycloak's "update password" step, in the address bar of a page read as noise.
    address = "sso.anef.dgef.interieur.gouv.fr/auth/realms/anef-usagers/login-actions/required-action?execution=UPDATE_PASSWORD"
    text, lines = _placed([(address, 0.06, True), ("aus pla ue ar jus je", 0.4, False)])
    weighed = weigh(MATCHER.match(text).hits, text, lines, SPEC)
    assert any(h.rule.owner == "password_reset" and h.rule.spec.address and h.weight > 0.5 for h in weighed)
    # Other rules in the address bar still weigh nothing ("login-actions" is no sign-in form).
    assert all(h.rule.spec.address or h.rule.owner.startswith(CONTEXT) for h in weighed)


def test_a_screenshot_cropped_to_its_message_keeps_the_message_at_its_top() -> None:
    # No address near the top: no browser toolbar there. The first line is the page's own
    # (often its message), even when the frame's items took it in.
    text, lines = _placed([
        ("Identifiant ou mot de passe incorrect", 0.04, False),
        ("Identifiant ou mot de passe incorrect", 0.04, True),
        ("Mot de passe oublié ?", 0.5, False),
    ])
    weighed = weigh(MATCHER.match(text).hits, text, lines, SPEC)
    assert any(h.rule.owner == "login_failure" and h.weight > SPEC.frame_weight for h in weighed)


def test_a_home_pages_counter_tiles_weigh_as_links(engine) -> None:
    """'1 demande déposée' on a home page's tile counts what the account holds, not what went wrong."""
    text = "Bonjour Mme Diallo\nMes démarches\n2 demandes déposées\nMes documents\n3 documents"
    hits = MATCHER.match(text).hits
    assert any(h.weight > SPEC.link_weight for h in hits if not h.rule.owner.startswith(CONTEXT))
    weighed = weigh(hits, text, _lines(text), SPEC)
    assert all(h.weight <= SPEC.link_weight for h in weighed if not h.rule.owner.startswith(CONTEXT))
    assert engine._diagnose(text, _lines(text), (), "page", "fr", None, 90.0).situation == engine.kb.fallback.id
    # a numbered step in capitals, or a sentence with a number in it, keeps its weight
    for text in ["2 Instruction en cours", "Ma demande déposée il y a 8 mois est toujours en attente"]:
        hits = MATCHER.match(text).hits
        assert sorted(h.weight for h in weigh(hits, text, _lines(text), SPEC)) == sorted(h.weight for h in hits)
