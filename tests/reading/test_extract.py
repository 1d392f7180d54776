from datetime import date, time

import pytest

from troubleshoot.reading.extract import Line, extract

KNOWN = ["administration-etrangers-en-france.interieur.gouv.fr", "sso.anef.dgef.interieur.gouv.fr"]


@pytest.mark.parametrize(
    ("text", "seen_date", "seen_time"),
    [
        ("Erreur technique\n14:32\n26/11/2026", date(2026, 11, 26), time(14, 32)),
        ("jeu. 26 nov. 09:05", date(2026, 11, 26), time(9, 5)),
        ("Thu Nov 26, 2026 2:05 PM", date(2026, 11, 26), time(14, 5)),
        ("le 3 mars 2025 à 10h07", date(2025, 3, 3), time(10, 7)),
        ("2026-01-31 23:59", date(2026, 1, 31), time(23, 59)),
        ("Compléments à fournir avant le 30/04/2025", None, None),
        ("Aucune date ici", None, None),
    ],
)
def test_extract_reads_clock_and_date(text: str, seen_date: date | None, seen_time: time | None) -> None:
    facts = extract(text, known_sites=KNOWN, today=date(2026, 12, 1))
    assert facts.seen_date == seen_date
    assert facts.seen_time == seen_time


def test_extract_prefers_the_clock_at_the_screen_edge() -> None:
    text = "Rendez-vous le 12/05/2026 à 10:30\n...\n16:45\n26/11/2026"
    first_end = text.index("\n")
    lines = [Line(0, first_end, 0.5), Line(first_end + 1, first_end + 4, 0.6), Line(first_end + 5, len(text), 0.97)]
    facts = extract(text, lines=lines, known_sites=KNOWN)
    assert (facts.seen_date, facts.seen_time) == (date(2026, 11, 26), time(16, 45))


def test_extract_ignores_times_inside_the_page_when_positions_are_known() -> None:
    text = "Réessayez à 10:30"
    facts = extract(text, lines=[Line(0, len(text), 0.5)], known_sites=KNOWN)
    assert facts.seen_time is None


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("https://administration-etrangers-en-france.interieur.gouv.fr/usagers/#/espace", KNOWN[0]),
        ("adrninistration-etrangers-en-france.lnterieur.gouv.fr/usagers", KNOWN[0]),  # OCR damage snapped
        ("sso.anef.dgef.interieur.gouv.fr/auth/realms/anef-usagers", KNOWN[1]),
        ("www.ameli.fr", "www.ameli.fr"),
        ("wwwrdv-sante.fr/prendre-rendez-vous", "www.rdv-sante.fr"),  # the dot lost by OCR
        ("écrivez à jean.dupont@example.fr", None),
        ("Pas d'adresse", None),
    ],
)
def test_extract_reads_site(text: str, site: str | None) -> None:
    assert extract(text, known_sites=KNOWN).site == site


def test_extract_reads_identifiers_and_codes() -> None:
    text = "Numéro étranger 7501234567, mail a.b@example.org. Erreur 503 - Service Unavailable ERR_CONNECTION_TIMED_OUT"
    facts = extract(text, known_sites=KNOWN)
    assert facts.foreign_numbers == ("7501234567",)
    assert facts.emails == ("a.b@example.org",)
    assert set(facts.error_codes) == {"503", "ERR_CONNECTION_TIMED_OUT"}


def test_extract_repairs_a_blurred_clock_only_beside_a_date_at_the_edge() -> None:
    text = "Page\n© rechercher Fra 15553\n24/05/2025"
    lines = [Line(0, 4, 0.5), Line(5, 26, 0.96), Line(27, len(text), 0.98)]
    facts = extract(text, lines=lines)
    assert (facts.seen_date, facts.seen_time) == (date(2025, 5, 24), time(15, 53))
    inside = "Dossier 15553\nRien"
    assert extract(inside, lines=[Line(0, 13, 0.5), Line(14, 18, 0.6)]).seen_time is None


def test_extract_takes_the_address_bar_not_the_footer_links() -> None:
    text = "https://www.example-shop.fr/panier\nContenu\ninfo.gouv.fr service-public.fr"
    lines = [Line(0, 34, 0.03), Line(35, 42, 0.5), Line(43, len(text), 0.95)]
    assert extract(text, lines=lines, known_sites=KNOWN).site == "www.example-shop.fr"
    footer_only = "Contenu\ninfo.gouv.fr"
    assert extract(footer_only, lines=[Line(0, 7, 0.5), Line(8, 20, 0.95)], known_sites=KNOWN).site is None


def test_a_clock_and_an_address_read_with_cyrillic_look_alikes_are_read_as_latin() -> None:
    # A page the browser translated into Ukrainian is read with the Cyrillic model: the
    # frame's "1:56 PM" comes out as "1:56 РМ" (Cyrillic Р, М), the host with a Cyrillic "а".
    text = "https://\u0430dministration-etrangers-en-france.interieur.gouv.fr/particuliers\nЗагальна помилка\n1:56 \u0420\u041c"
    facts = extract(text, known_sites=KNOWN, today=date(2026, 12, 1))
    assert facts.seen_time == time(13, 56)
    assert facts.site == KNOWN[0]


def test_in_the_top_bars_the_address_with_its_path_wins_over_a_tab_title_misread_beside_its_icon() -> None:
    # Chrome shows the host as the tab's title when a page has none; OCR reads the
    # site's icon into it ("pr" for an "F"), while the address field below shows
    # the host with its path.
    tab = "q@ :prfranceconnect.gouv.fr"
    field = "app.franceconnect.gouv.fr/api/v1/authorize?response_type=code"
    text = f"{tab}\n{field}\nJe choisis un compte"
    lines = [
        Line(0, len(tab), 0.01, frame=True, item=0),
        Line(len(tab) + 1, len(tab) + 1 + len(field), 0.04, frame=True, item=1),
        Line(len(tab) + 2 + len(field), len(text), 0.3),
    ]
    assert extract(text, lines=lines, known_sites=KNOWN).site == "app.franceconnect.gouv.fr"
    # With no path on either, the top one is kept, as before.
    bare = f"{tab}\napp.franceconnect.gouv.fr\nJe choisis un compte"
    lines[1] = Line(len(tab) + 1, len(tab) + 26, 0.04, frame=True, item=1)
    lines[2] = Line(len(tab) + 27, len(bare), 0.3)
    assert extract(bare, lines=lines, known_sites=KNOWN).site == "prfranceconnect.gouv.fr"


def test_a_status_bar_time_read_off_its_frame_item_beats_the_same_clock_read_with_the_page() -> None:
    # The page's reading holds the status bar too, blurred by its icons ("07:11 QE");
    # the frame item, cropped and enlarged, reads the clock it shows.
    page = "07:11 QE + 436%"
    item = "07:19 36%"
    text = f"{page}\nSuivi de mes demandes\n{item}"
    lines = [
        Line(0, len(page), 0.01),
        Line(len(page) + 1, len(page) + 22, 0.3),
        Line(len(page) + 23, len(text), 0.01, frame=True, item=0),
    ]
    facts = extract(text, lines=lines, known_sites=KNOWN)
    assert facts.seen_time == time(7, 19) and facts.seen_date is None
    # Without the item, the page's own reading is what there is.
    assert extract(text[: len(page) + 22], lines=lines[:2], known_sites=KNOWN).seen_time == time(7, 11)


def test_the_page_s_reading_of_a_clock_wins_when_the_frame_item_lost_its_leading_digit() -> None:
    # The item's crop can lose a thin "1" at its edge: "7:19" is then the page's "17:19" cut short.
    page, item = "17:19 QE", "7:19"
    text = f"{page}\nSuivi\n{item}"
    lines = [Line(0, len(page), 0.01), Line(len(page) + 1, len(page) + 6, 0.3),
             Line(len(page) + 7, len(text), 0.01, frame=True, item=0)]
    assert extract(text, lines=lines, known_sites=KNOWN).seen_time == time(17, 19)
