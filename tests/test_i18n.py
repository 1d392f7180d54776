"""Interface translations: every key in every language, same placeholders, right direction."""

from __future__ import annotations

import pytest

from troubleshoot import i18n, webapp
from troubleshoot.knowledge import load_knowledge

SETTINGS = load_knowledge().settings
REFERENCE = i18n.catalog(i18n.REFERENCE_LANGUAGE)


def test_there_is_one_file_per_interface_language() -> None:
    assert i18n.available_languages() == sorted(SETTINGS.languages)


@pytest.mark.parametrize("lang", SETTINGS.languages)
def test_every_key_is_translated_with_the_same_placeholders(lang: str) -> None:
    strings = i18n.catalog(lang)
    assert set(strings) == set(REFERENCE), f"{lang}.yaml: missing {set(REFERENCE) - set(strings)}, extra {set(strings) - set(REFERENCE)}"
    for key, text in strings.items():
        assert text.strip(), f"{lang}.yaml: {key} is empty"
        assert i18n.placeholders(text) == i18n.placeholders(REFERENCE[key]), f"{lang}.yaml: {key} placeholders differ"


@pytest.mark.parametrize("lang", SETTINGS.languages)
def test_direction_matches_the_settings(lang: str) -> None:
    assert i18n.Translator(lang).rtl == (lang in SETTINGS.rtl_languages)


def test_non_reference_languages_are_really_translated() -> None:
    """A file copied from French without translating would pass the key test."""
    for lang in SETTINGS.languages:
        if lang != i18n.REFERENCE_LANGUAGE:
            same = [k for k, v in i18n.catalog(lang).items() if v == REFERENCE[k] and k not in {"helper_score", "procedure_naturalisation", "helper_situation", "direction"}]
            assert len(same) <= 2, (lang, same)


def test_keys_built_by_the_app_exist() -> None:
    """The app builds some keys from codes and choices; each must be in the files."""
    built = [f"procedure_{p}" for p in webapp.PROCEDURES] + [f"tried_{p}" for p in webapp.TRIED]
    built += [f"identifier_{p}" for p in webapp.IDENTIFIERS] + [f"sample_{s.kind}" for s in webapp.SAMPLES]
    built += [f"error_{code}" for code in webapp._KNOWN_ERRORS] + ["error_unexpected"]
    assert not [key for key in built if key not in REFERENCE]


def test_translator_formats_and_falls_back() -> None:
    assert i18n.Translator("en")("next_phone", phone="X").endswith("X. The call is free.")
    assert i18n.Translator("xx")("app_title") == REFERENCE["app_title"]  # no file: French
    assert i18n.Translator("en")("no_such_key") == "no_such_key"


@pytest.mark.parametrize(
    ("query", "locale", "expected"),
    [("ar", "en-US", "ar"), (None, "ar-SY", "ar"), (None, "uk_UA", "uk"), ("zz", "ru-RU", "ru"),
     (None, "prs-AF", "fa"), (None, "de-DE", "fr"), (None, None, "fr"), ("EN", None, "en")],
)
def test_negotiate(query: str | None, locale: str | None, expected: str) -> None:
    assert i18n.negotiate(query, locale, SETTINGS.languages, "fr") == expected
