"""Text normalisation shared by patterns and inputs.

Both the knowledge patterns and the analysed text go through the same function,
so a rule written as "réinitialisez" also matches OCR output "Reinitialisez".
The rules themselves (character replacements, OCR confusions) are data in
``knowledge/normalization.yaml``. Every normalised character keeps the index of
the raw character it came from, so matches can be traced back to OCR word boxes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Replacement:
    """One regular-expression substitution applied after case and accent folding."""

    pattern: re.Pattern[str]
    replace: str


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the index in the raw text."""

    text: str
    offsets: tuple[int, ...]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering normalised characters [start, end)."""
        if not self.offsets or start >= end:
            return (0, 0)
        end = min(end, len(self.offsets))
        return (self.offsets[start], self.offsets[end - 1] + 1)


def _fold(raw: str) -> tuple[list[str], list[int]]:
    """Case-fold and strip diacritics character by character, keeping offsets."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(raw):
        for out in unicodedata.normalize("NFKD", char.casefold()):
            if unicodedata.category(out) == "Mn":
                continue  # accents, Arabic harakat: OCR and users drop them anyway
            chars.append(out)
            offsets.append(index)
    return chars, offsets


def _substitute(
    rule: Replacement, chars: list[str], offsets: list[int]
) -> tuple[list[str], list[int]]:
    text = "".join(chars)
    if rule.pattern.search(text) is None:
        return chars, offsets  # most rules do not apply to a given text: skip the rebuild
    out_chars: list[str] = []
    out_offsets: list[int] = []
    last = 0
    for match in rule.pattern.finditer(text):
        out_chars.extend(text[last : match.start()])
        out_offsets.extend(offsets[last : match.start()])
        # A replacement without group references is used as it is: expanding parses it every time.
        replacement = match.expand(rule.replace) if "\\" in rule.replace else rule.replace
        anchor = offsets[match.start()] if match.start() < len(offsets) else (offsets[-1] if offsets else 0)
        out_chars.extend(replacement)
        out_offsets.extend([anchor] * len(replacement))
        last = match.end()
    out_chars.extend(text[last:])
    out_offsets.extend(offsets[last:])
    return out_chars, out_offsets


def normalize(raw: str, rules: Sequence[Replacement] = ()) -> Normalized:
    """Fold case and accents, apply the knowledge replacements, squeeze spaces."""
    chars, offsets = _fold(raw)
    for rule in rules:
        chars, offsets = _substitute(rule, chars, offsets)
    chars, offsets = _substitute(Replacement(re.compile(r"\s+"), " "), chars, offsets)
    text = "".join(chars)
    lead = len(text) - len(text.lstrip(" "))
    text = text.strip(" ")
    return Normalized(text, tuple(offsets[lead : lead + len(text)]))


def normalize_text(raw: str, rules: Sequence[Replacement] = ()) -> str:
    """``normalize(raw, rules).text`` without the offsets, much faster: for the
    knowledge's own words, which are never traced back to an image."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", raw.casefold()) if unicodedata.category(c) != "Mn")
    for rule in rules:
        folded = rule.pattern.sub(rule.replace, folded)
    return re.sub(r"\s+", " ", folded).strip(" ")
