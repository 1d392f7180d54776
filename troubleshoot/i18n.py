"""Interface strings of the app, one flat YAML file per language in ``locales/``.

Translators edit ``locales/<lang>.yaml`` only. This module is pure (no
Streamlit) so it is tested on its own and could serve another front end.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

LOCALES_DIR = Path(__file__).resolve().parent / "locales"
REFERENCE_LANGUAGE = "fr"  # the language every other file is checked against


@cache
def catalog(lang: str) -> dict[str, str]:
    """All strings of one language (read once per process; the files are read-only)."""
    path = LOCALES_DIR / f"{lang}.yaml"
    if not path.is_file():
        return {}  # a language without its file yet shows French
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ValueError(f"{path}: expected flat 'key: text' pairs")
    return {str(k): v for k, v in data.items()}


def available_languages() -> list[str]:
    return sorted(p.stem for p in LOCALES_DIR.glob("*.yaml"))


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a string expects, so tests can compare languages."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@dataclass(frozen=True)
class Translator:
    """Strings for one language; a missing key falls back to French, then to the key."""

    lang: str

    @property
    def rtl(self) -> bool:
        return catalog(self.lang).get("direction") == "rtl"

    def __call__(self, key: str, **values: object) -> str:
        text = catalog(self.lang).get(key) or catalog(REFERENCE_LANGUAGE).get(key) or key
        return text.format(**values) if values else text


def negotiate(query: str | None, browser_locale: str | None, supported: list[str], default: str) -> str:
    """``?lang=`` first, then the browser's locale (``ar-SY`` -> ``ar``), then ``default``."""
    for candidate in (query, browser_locale):
        if not candidate:
            continue
        code = candidate.strip().lower().replace("_", "-").split("-")[0]
        if code == "prs":  # Dari's own ISO 639-3 code; we serve it as Persian
            code = "fa"
        if code in supported:
            return code
    return default
