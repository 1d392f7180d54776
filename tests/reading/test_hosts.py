"""Hosts read whole, cut at either end or damaged by OCR; other sites' hosts kept."""

import pytest

from troubleshoot.reading import hosts
from troubleshoot.reading.extract import Line, extract

ANEF = "administration-etrangers-en-france.interieur.gouv.fr"
SSO = "sso.anef.dgef.interieur.gouv.fr"
KNOWN = [ANEF, SSO]


@pytest.mark.parametrize(
    ("piece", "host"),
    [
        (ANEF, ANEF),
        ("administration-etrangers-en-fran", ANEF),  # a phone bar's ellipsis cut the end
        ("administration-etrangers", ANEF),
        ("etrangers-en-france.interieur.gouv.fr", ANEF),  # the field scrolled: the start is cut
        ("adrninistration-etrangers-en-france.lnterieur.gouv.fr", ANEF),  # rn for m, l for i
        ("administrationetrangers-en-france.interieur.gouvfr", ANEF),  # lost dashes and dot
        ("sso.anef.dgef.interieur.gouv", SSO),
        ("anef.dgef.interieur.gouv.fr", SSO),
        ("www.interieur.gouv.fr", None),  # the ministry's own site shares the ending only
        ("interieur.gouv.fr", None),
        ("permisdeconduire.ants.gouv", None),
        ("administration", None),  # too short to tell
    ],
)
def test_known_host_from_any_long_enough_piece(piece: str, host: str | None) -> None:
    assert hosts.known_host(piece, KNOWN) == host


@pytest.mark.parametrize(
    ("bar", "site"),
    [
        ("https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/", ANEF),
        ("administration-etrangers-en-fran…", ANEF),
        ("Non sécurisé administration-etrangers-en-france.interieur.gouv.fr/usagers", ANEF),
        ("…etrangers-en-france.interieur.gouv.fr/particuliers", ANEF),
        ("-etrangers-en-france.interieur gouv.fr", ANEF),  # cut at the start with its hyphen; a dot read as a space
        ("https://administration-etrangers-en-france.interieur . gouv.fr/usagers", ANEF),  # a spaced dot
        ("permisdeconduire.ants.gouv", "permisdeconduire.ants.gouv"),  # another site, its ending lost
        ("https://www.ameli.fr/assure", "www.ameli.fr"),
        # The sign-in page's address carries the site it returns to in its query: the host is the first.
        (f"{SSO}/auth/realms/anef-usagers/protocol/openid-connect/auth?redirect_uri=https%3A%2F%2F{ANEF}", SSO),
        (f"ttps://{SSO}/auth?client_id=anef-usagers&redirect_uri={ANEF}", SSO),
    ],
)
def test_the_address_bar_gives_the_site(bar: str, site: str) -> None:
    text = f"{bar}\nContenu de la page"
    lines = [Line(0, len(bar), 0.04, frame=True), Line(len(bar) + 1, len(text), 0.5)]
    assert extract(text, lines=lines, known_sites=KNOWN).site == site


def test_a_footer_link_at_a_desktop_bottom_edge_is_not_the_address() -> None:
    # Every government footer links to legifrance.gouv.fr; on a desktop no address bar is at the bottom.
    text = "Une erreur technique est survenue.\nlegifrance.gouv.fr"
    footer = Line(35, len(text), 0.93, frame=True, item=0, address=False)
    assert extract(text, lines=[Line(0, 34, 0.5), footer], known_sites=KNOWN).site is None
    ios = Line(35, len(text), 0.95, frame=True, item=0, address=True)  # iOS Safari's bottom address bar
    assert extract(text, lines=[Line(0, 34, 0.5), ios], known_sites=KNOWN).site == "legifrance.gouv.fr"
