"""Personal identifiers found and hidden: in a text, and on a screenshot with solid boxes.

What counts as an identifier (patterns, label words, masks) is data, in
``knowledge/identifiers.yaml``. Identifiers are found in the OCR text; on the
image, every OCR word that overlaps one is covered by an opaque box (a blur or
a pixelation of text can be undone, a solid fill cannot). Phone numbers are
found by ``phonenumbers`` (Google's libphonenumber rules). Nothing here keeps
or logs what it finds.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import phonenumbers
from PIL import Image, ImageDraw
from pydantic import BaseModel, ConfigDict, Field

from ..errors import KnowledgeError
from ..knowledge import DEFAULT_DIR, _read_yaml, _validate

if TYPE_CHECKING:
    from ..models import Diagnosis
    from ..reading.ocr import OcrWord

KINDS = ("email", "foreign_number", "visa_number", "phone", "date_of_birth", "name")
Kind = Literal["email", "foreign_number", "visa_number", "phone", "date_of_birth", "name"]
PAD = 3  # pixels added around each masked word: OCR boxes hug the ink


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _PatternSpec(_Strict):
    kind: Kind
    regex: str


class _PhoneSpec(_Strict):
    regions: list[str] = Field(min_length=1)
    keep: list[str] = []


class _NameSpec(_Strict):
    max_words: int = Field(ge=1, le=8)


class _RegexSpec(_Strict):
    regex: str


class _ValuesSpec(_Strict):
    name: _NameSpec
    date: _RegexSpec
    number: _RegexSpec


class _LabelSpec(_Strict):
    kind: Kind
    words: list[str] = Field(min_length=1)
    value: Literal["name", "date", "number"]
    same_line: bool = False
    before: bool = False


class _IdentifiersSpec(_Strict):
    schema_version: Literal[1]
    masks: dict[Kind, str]
    patterns: list[_PatternSpec]
    phones: _PhoneSpec
    values: _ValuesSpec
    labels: list[_LabelSpec]


@dataclass(frozen=True)
class _Label:
    kind: str
    search: re.Pattern[str]  # on folded text
    value: str
    same_line: bool
    before: bool


@dataclass(frozen=True)
class Rules:
    """``knowledge/identifiers.yaml``, compiled."""

    masks: dict[str, str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    phone_regions: tuple[str, ...]
    keep_digits: frozenset[str]
    name_words: int
    date: re.Pattern[str]  # on folded text
    number: re.Pattern[str]
    labels: tuple[_Label, ...]


@dataclass(frozen=True)
class Found:
    kind: str
    start: int
    end: int


def _fold(text: str) -> str:
    """Lower case without accents, one character out for one in (offsets stay valid)."""
    return "".join((unicodedata.normalize("NFKD", c) or c)[0].lower() for c in text)


def _label_regex(words: Iterable[str]) -> re.Pattern[str]:
    # Longest first, so "nom de naissance" wins over "nom"; whole words only.
    parts = sorted({_fold(w.strip()) for w in words}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(piece) for piece in part.split()) for part in parts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _compile(path: Path, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise KnowledgeError(f"{path}: invalid regex {pattern!r}: {exc}") from exc


def load_rules(knowledge_dir: Path | str | None = None) -> Rules:
    """Read and check ``identifiers.yaml`` (default: the bundled knowledge)."""
    if knowledge_dir is None:
        return _default_rules()
    return _load(Path(knowledge_dir) / "identifiers.yaml")


@lru_cache(maxsize=1)
def _default_rules() -> Rules:
    return _load(DEFAULT_DIR / "identifiers.yaml")


def _load(path: Path) -> Rules:
    spec: _IdentifiersSpec = _validate(_IdentifiersSpec, path, _read_yaml(path))
    missing = sorted(set(KINDS) - set(spec.masks))
    if missing:
        raise KnowledgeError(f"{path}: masks: no mask for {', '.join(missing)}")
    keep = set()
    for number in spec.phones.keep:
        keep.add(re.sub(r"\D", "", number))
    return Rules(
        masks=dict(spec.masks),
        patterns=tuple((p.kind, _compile(path, p.regex)) for p in spec.patterns),
        phone_regions=tuple(spec.phones.regions),
        keep_digits=frozenset(keep),
        name_words=spec.values.name.max_words,
        date=_compile(path, spec.values.date.regex),
        number=_compile(path, spec.values.number.regex),
        labels=tuple(
            _Label(label.kind, _label_regex(label.words), label.value, label.same_line, label.before)
            for label in spec.labels
        ),
    )


# -- finding -------------------------------------------------------------------
_TOKEN = re.compile(r"\S+")
_EDGE_PUNCT = "«»\"'“”‘’()[]{}:;,.!?*•|"
_LEAD = re.compile(r"[\s:*•|\-–—,.()]*")  # what sits between a label and its value


def find(text: str, rules: Rules | None = None, keep: Collection[str] = ()) -> list[Found]:
    """Every identifier in ``text``, as character spans, merged and sorted.

    ``keep`` lists kinds the user chose to leave visible.
    """
    rules = rules or load_rules()
    folded = _fold(text)
    found: list[Found] = []
    for kind, pattern in rules.patterns:
        found += [Found(kind, m.start(), m.end()) for m in pattern.finditer(text)]
    found += _phones(text, rules)
    found += _after_labels(text, folded, rules)
    found = [f for f in found if f.kind not in keep and re.sub(r"\D", "", text[f.start : f.end]) not in rules.keep_digits]
    return _merge(found)


def _phones(text: str, rules: Rules) -> list[Found]:
    spans = []
    for region in rules.phone_regions:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            spans.append(Found("phone", match.start, match.end))
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _after_labels(text: str, folded: str, rules: Rules) -> list[Found]:
    lines = _lines(text)
    found: list[Found] = []
    for index, (line_start, line_end) in enumerate(lines):
        line = folded[line_start:line_end]
        last_value = _last_value(line, rules)  # after it, the line holds only labels and punctuation
        for label in rules.labels:
            for match in label.search.finditer(line):
                start, end = line_start + match.start(), line_start + match.end()
                if label.before:
                    span = _name_before(text, line_start, start, rules)
                    if span is None:  # OCR often reads the menu's name as a line of its own, next to it
                        near = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
                        span = next((s for s in (_name_line(text, *ln, rules) for ln in near) if s), None)
                    spans = [span] if span else []
                else:
                    spans = _value(text, folded, end, line_end, label, rules)
                    if not spans and not label.same_line and end - line_start > last_value and index + 1 < len(lines):
                        spans = _value(text, folded, *lines[index + 1], label, rules)
                found += [Found(label.kind, s, e) for s, e in spans]
    return found


def _last_value(line: str, rules: Rules) -> int:
    """Where the last character of ``line`` that is neither a label nor punctuation stands (-1: none).

    After a label past it, the line holds only other labels: a form's row of field
    labels, whose values are on the next line. One pass per line, not per label.
    """
    blank = line
    for label in rules.labels:
        blank = label.search.sub(lambda m: " " * len(m.group()), blank)
    return max((i for i, c in enumerate(blank) if not _LEAD.fullmatch(c)), default=-1)


def _value(text: str, folded: str, start: int, end: int, label: _Label, rules: Rules) -> list[tuple[int, int]]:
    lead = _LEAD.match(text, start, end)
    at = lead.end() if lead else start
    if label.value == "date":
        match = rules.date.match(folded, at, end)
        return [match.span()] if match else []
    if label.value == "number":
        match = rules.number.match(text, at, end)
        return [match.span()] if match else []
    return _names(text, folded, at, end, rules)


def _is_name_word(token: str) -> bool:
    core = token.strip(_EDGE_PUNCT)
    return len(core) > 1 and core[0].isupper() and not any(c.isdigit() for c in core) and any(c.isalpha() for c in core)


def _starts_label(folded: str, at: int, end: int, rules: Rules) -> bool:
    return any(label.search.match(folded, at, end) for label in rules.labels)


def _names(text: str, folded: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """Capitalised words from ``start`` on: a name (a label or a lower-case word ends it)."""
    spans: list[tuple[int, int]] = []
    for token in _TOKEN.finditer(text, start, end):
        if len(spans) == rules.name_words or _starts_label(folded, token.start(), end, rules):
            break
        if not _is_name_word(token.group()):
            break
        spans.append(token.span())
    return [(spans[0][0], spans[-1][1])] if spans else []


def _name_line(text: str, start: int, end: int, rules: Rules) -> tuple[int, int] | None:
    """A line that is only a name of two words or more (after an icon read as a stray sign): "@ Carlos MENDOZA"."""
    tokens = [t for t in _TOKEN.finditer(text, start, end) if len(t.group().strip(_EDGE_PUNCT)) > 1 or t.group().isalnum()]
    while tokens and not any(c.isalnum() for c in tokens[0].group()):
        tokens.pop(0)
    if not 2 <= len(tokens) <= rules.name_words or not all(_is_name_word(t.group()) for t in tokens):
        return None
    return tokens[0].start(), tokens[-1].end()


def _name_before(text: str, line_start: int, label_start: int, rules: Rules) -> tuple[int, int] | None:
    """Capitalised words just before a label (the account menu: "Amina KARIMI Se déconnecter")."""
    window = max(line_start, label_start - 40 * (rules.name_words + 1))  # a name is a few words: look no further
    tokens = list(_TOKEN.finditer(text, window, label_start))
    if tokens and window > line_start:
        tokens.pop(0)  # maybe cut by the window
    if tokens and sum(c.isalpha() for c in tokens[-1].group()) < 2:
        tokens.pop()  # the menu's icon, read as a stray sign ("[3", "©")
    kept: list[re.Match[str]] = []
    for token in reversed(tokens):
        if len(kept) == rules.name_words or not _is_name_word(token.group()):
            break
        kept.append(token)
    return (kept[-1].start(), kept[0].end()) if kept else None


def _merge(found: list[Found]) -> list[Found]:
    merged: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if merged and item.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Found(last.kind, last.start, max(last.end, item.end))
        elif item.end > item.start:
            merged.append(item)
    return merged


# -- masking -------------------------------------------------------------------
def mask_text(text: str, rules: Rules | None = None, keep: Collection[str] = ()) -> str:
    """``text`` with each identifier replaced by its mask ("[numéro étranger masqué]")."""
    rules = rules or load_rules()
    out, at = [], 0
    for item in find(text, rules, keep):
        out += [text[at : item.start], rules.masks[item.kind]]
        at = item.end
    out.append(text[at:])
    return "".join(out)


def boxes(text: str, words: Sequence[OcrWord], rules: Rules | None = None, keep: Collection[str] = ()) -> list[tuple[int, int, int, int]]:
    """The OCR word boxes (left, top, width, height) that overlap an identifier of ``text``."""
    spans = find(text, rules, keep)
    return [w.box for w in words if any(w.start < f.end and f.start < w.end for f in spans)]


def mask_image(image: Image.Image, covered: Iterable[tuple[int, int, int, int]]) -> Image.Image:
    """A copy of ``image`` with each box filled solid black (with a small margin)."""
    masked = image.convert("RGB")  # always a copy
    draw = ImageDraw.Draw(masked)
    for left, top, width, height in covered:
        draw.rectangle((left - PAD, top - PAD, left + width + PAD, top + height + PAD), fill=(0, 0, 0))
    return masked


def png(image: Image.Image) -> bytes:
    """The image as PNG bytes, in memory."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def masked_view(diagnosis: Diagnosis, rules: Rules | None = None, keep: Collection[str] = ()) -> Image.Image | None:
    """The screenshot as read (``diagnosis.view``) with its identifiers covered; None for a pasted text."""
    if diagnosis.view is None:
        return None
    return mask_image(diagnosis.view, boxes(diagnosis.text, diagnosis.words or (), rules, keep))


def redact_diagnosis(diagnosis: Diagnosis, rules: Rules | None = None, keep: Collection[str] = ()) -> Diagnosis:
    """The diagnosis with identifiers masked in every text it carries.

    The image is ``masked_view``'s job, done before this: the word offsets refer
    to the unmasked text.
    """
    rules = rules or load_rules()

    def hide(value: str) -> str:
        return mask_text(value, rules, keep)

    return replace(
        diagnosis,
        text=hide(diagnosis.text),
        error_text=hide(diagnosis.error_text),
        ccc_message=hide(diagnosis.ccc_message),
        evidence=tuple(replace(e, phrase=hide(e.phrase), concepts=tuple((c, hide(w)) for c, w in e.concepts))
                       for e in diagnosis.evidence),
        emails=tuple(rules.masks["email"] for _ in diagnosis.emails) if "email" not in keep else diagnosis.emails,
        foreign_numbers=tuple(rules.masks["foreign_number"] for _ in diagnosis.foreign_numbers)
        if "foreign_number" not in keep
        else diagnosis.foreign_numbers,
    )
