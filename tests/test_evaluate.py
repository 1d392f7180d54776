"""The scoring of labelled sets (troubleshoot eval): what counts as the right site."""

from __future__ import annotations

import pytest

from troubleshoot.evaluate import same_site


@pytest.mark.parametrize(
    ("read", "labelled"),
    [
        ("railexpress.fr", "www.railexpress.fr"),  # Chrome hides "www."
        ("www.doctolib.fr", "doctolib.fr"),
        ("Administration-Etrangers-En-France.interieur.gouv.fr", "administration-etrangers-en-france.interieur.gouv.fr"),
    ],
)
def test_a_host_read_without_www_or_in_capitals_is_the_same_site(read: str, labelled: str) -> None:
    assert same_site(read, labelled)


@pytest.mark.parametrize(
    ("read", "labelled"),
    [
        ("uv.fr", "administration-etrangers-en-france.interieur.gouv.fr"),  # a cut host is not the site
        ("wwwrailexpress.fr", "railexpress.fr"),
        ("", "www.ofii.fr"),
        ("ofii.fr", ""),
    ],
)
def test_another_or_a_cut_host_is_not_the_same_site(read: str, labelled: str) -> None:
    assert not same_site(read, labelled)
