"""Load and validate the knowledge base (``knowledge/``).

Situations, patterns, fixes, sources and message templates are data. This module
checks them when loading, so a broken file fails early with the file and field
named, and builds immutable objects the engine reads. It never names a situation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import KnowledgeError
from .understanding.normalize import Replacement

SCHEMA_VERSION = 1
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "knowledge"

_ID = r"^[a-z][a-z0-9_]*$"


def localize(text: Mapping[str, str], lang: str) -> str:
    """A knowledge text (one entry per language) in ``lang``, else English, else French (translations arrive over time)."""
    for code in (lang, "en", "fr"):
        value = text.get(code)
        if value:
            return value
    return next(iter(text.values()), "")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


LocalText = dict[str, str]
"""Text by language code, e.g. ``{"fr": "...", "en": "..."}``."""


class PatternSpec(_Strict):
    """One matching rule: a phrase, or a spaCy Matcher token pattern."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    weight: float = Field(ge=0.0, le=1.0)
    phrase: str | None = None
    tokens: list[dict[str, Any]] | None = None
    variant: str | None = None
    suppress: bool = False
    fuzzy: bool = True
    outranks: list[str] = Field(default_factory=list)
    link: bool = False  # the words of a link or button seen on many pages (see RuleSpec.link)
    why: str = ""

    @model_validator(mode="after")
    def _one_form(self) -> PatternSpec:
        if (self.phrase is None) == (self.tokens is None):
            raise ValueError("give exactly one of 'phrase' or 'tokens'")
        if self.phrase is not None and not self.phrase.strip():
            raise ValueError("'phrase' is empty")
        if self.tokens is not None and not self.tokens:
            raise ValueError("'tokens' is empty")
        return self


ConceptRef = str | list[str]
"""A concept id, or a list of alternatives (any one of them will do)."""


class RuleSpec(_Strict):
    """A combination: concepts that occur together in one clause, in any order.

    ``all`` names what must be present (each item a concept or a list of
    alternatives), ``none`` what must not be in the same clause or window. The
    concepts must sit within ``window`` tokens of each other.
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    weight: float = Field(ge=0.0, le=1.0)
    all: list[ConceptRef] = Field(min_length=1)
    none: list[str] = Field(default_factory=list)
    window: int | None = Field(default=None, ge=1, le=40)
    across: bool = False  # may span clause breaks (a message of two short sentences)
    why: str = ""
    variant: str | None = None
    suppress: bool = False  # scores nothing; removes the hits of other rules inside its span
    outranks: list[str] = Field(default_factory=list)
    # The words of a link or a button that many pages show ("Mot de passe oublié ?"):
    # on a screenshot, on a line of their own, they weigh as page furniture.
    link: bool = False
    # Read in the address bar (a step Keycloak names in its address): keeps its weight in the frame.
    address: bool = False

    @property
    def groups(self) -> tuple[tuple[str, ...], ...]:
        return tuple((item,) if isinstance(item, str) else tuple(item) for item in self.all)

    @property
    def concepts(self) -> set[str]:
        return {c for group in self.groups for c in group} | set(self.none)


class ConceptSpec(_Strict):
    """A meaning, with its words in each language (normalised and stemmed when loaded)."""

    why: str = ""
    words: dict[str, list[str]] = Field(default_factory=dict)
    # Strings found inside a token (web addresses, file extensions): "ameli.fr", ".pdf".
    parts: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _languages_as_keys(cls, data: Any) -> Any:
        # Files write each language as a key of its own (``fr: [...]``): easier to read and extend.
        if isinstance(data, dict):
            own = {"why", "words", "parts"}
            words = {k: v for k, v in data.items() if k not in own}
            words = {**data.get("words", {}), **words}
            # YAML reads 503 as a number: a word is its text.
            words = {k: [str(w) for w in v] if isinstance(v, list) else v for k, v in words.items()}
            data = {k: v for k, v in data.items() if k in own} | {"words": words}
        return data


class LanguageSpec(_Strict):
    """How a language's words are brought to their stem: a Snowball stemmer and/or affix rules."""

    script: Literal["latin", "arabic", "cyrillic"]
    stemmer: str | None = None  # a Snowball algorithm name (PyStemmer), when one exists
    prefixes: list[str] = Field(default_factory=list)
    suffixes: list[str] = Field(default_factory=list)
    min_stem: int = Field(default=3, ge=1)
    # Keep at most this many letters of what is left (a light stemmer for languages
    # with many endings and no Snowball stemmer: Ukrainian); None keeps all.
    truncate: int | None = Field(default=None, ge=3)
    fuzzy: bool = True  # its words tolerate typing errors (see StemmingSpec.fuzzy_scripts)


class ConceptFileSpec(_Strict):
    schema_version: Literal[1]
    concepts: dict[str, ConceptSpec]


class StemmingSpec(_Strict):
    schema_version: Literal[1]
    window: int = Field(default=8, ge=1)  # tokens a combination may span, unless a rule says otherwise
    # Tokens that end a clause: a combination never spans them.
    clause_breaks: list[str] = Field(default_factory=list)
    # A line break starts a clause unless the next line goes on with the sentence
    # (it starts in lower case, or, in a script without case, the line before is
    # at least this many words long: a wrapped sentence).
    wrapped_line_words: int = Field(default=6, ge=1)
    # Words no sentence ends with (prepositions, articles, conjunctions), as written:
    # a line ending with one goes on below, however short (a phone's narrow lines).
    continuing_words: list[str] = Field(default_factory=list)
    # Concepts whose words are page furniture (a site's menu: "Mes démarches",
    # "Mes documents"): their tokens say nothing of the problem, so no rule uses them.
    masking: list[str] = Field(default_factory=list)
    fuzzy_min_length: int = 5  # shorter tokens must be spelled right
    fuzzy_two_from: int = 9  # from this stem length, two edits are tolerated
    fuzzy_scripts: list[str] = Field(default_factory=lambda: ["latin", "cyrillic"])
    languages: dict[str, LanguageSpec]


class StepSpec(_Strict):
    text: LocalText
    source: str


class FixSpec(_Strict):
    title: LocalText
    steps: list[StepSpec] = Field(min_length=1)


class VariantSpec(_Strict):
    title: LocalText
    summary: LocalText
    steps: list[StepSpec] = Field(default_factory=list)


class CccSpec(_Strict):
    """Phrases the CCC message uses for this situation (French, plus translations)."""

    subject: LocalText
    activity: LocalText

    @field_validator("subject", "activity", mode="before")
    @classmethod
    def _french_string(cls, value: Any) -> Any:
        return {"fr": value} if isinstance(value, str) else value


class ExampleSpec(_Strict):
    text: str
    variant: str | None = None


class ExamplesSpec(_Strict):
    match: list[ExampleSpec | str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)


class SituationSpec(_Strict):
    schema_version: Literal[1]
    id: str = Field(pattern=_ID)
    fallback: bool = False
    order: int = 100
    title: LocalText
    summary: LocalText
    notice: LocalText | None = None
    ccc: CccSpec
    rules: list[RuleSpec] = Field(default_factory=list)
    patterns: list[PatternSpec] = Field(default_factory=list)  # fixed phrases only: prefer rules
    fix: FixSpec
    variants: dict[str, VariantSpec] = Field(default_factory=dict)
    examples: ExamplesSpec = Field(default_factory=ExamplesSpec)

    @model_validator(mode="after")
    def _coherent(self) -> SituationSpec:
        ids = [p.id for p in self.patterns] + [r.id for r in self.rules]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate pattern ids: {', '.join(duplicates)}")
        for index, pattern in enumerate(self.patterns):
            if pattern.variant is not None and pattern.variant not in self.variants:
                raise ValueError(f"patterns.{index}.variant: unknown variant {pattern.variant!r}")
        for index, rule in enumerate(self.rules):
            if rule.variant is not None and rule.variant not in self.variants:
                raise ValueError(f"rules.{index}.variant: unknown variant {rule.variant!r}")
        if not self.fallback and not self.patterns and not self.rules:
            raise ValueError("a situation that is not the fallback needs rules")
        return self


class SourceSpec(_Strict):
    title: str
    url: str = Field(pattern=r"^https?://")
    note: str = ""
    # How the address was checked against public material, when it was: None is
    # "not checked by a review", False says why it could not be confirmed.
    verified: bool | None = None
    verification: str = ""

    @model_validator(mode="after")
    def _verification_says_how(self) -> SourceSpec:
        if self.verified is not None and not self.verification.strip():
            raise ValueError("verified: say how in verification (what confirmed it, or why it is not)")
        return self


class ScoringSpec(_Strict):
    threshold: float = Field(ge=0.0, le=1.0)
    foreign_site_factor: float = Field(ge=0.0, le=1.0)
    min_ocr_confidence: float = Field(ge=0.0, le=100.0, default=35.0)
    # The learned weights' part in a pasted text's scores (learned.py); 0: rules alone.
    learned_share: float = Field(ge=0.0, le=1.0, default=0.0)


class OcrSpec(_Strict):
    languages: str  # the careful second reading, and the screen edges
    fast_languages: str  # the first reading
    timeout_seconds: float = Field(gt=0)
    # A first reading poorer than this (mean word confidence) has its writing system checked.
    script_check_below: float = Field(default=0, ge=0, le=100)
    # Tesseract script name -> {user language or "default": Tesseract data for the second reading}
    scripts: dict[str, dict[str, str]] = Field(default_factory=dict)

    @field_validator("scripts")
    @classmethod
    def _defaults(cls, scripts: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        for script, choice in scripts.items():
            if "default" not in choice:
                raise ValueError(f"script {script} needs a 'default' language data")
        return scripts

    def script_languages(self, script: str, user_lang: str) -> str | None:
        """Tesseract data for a page written in ``script``, seen by a user of ``user_lang``."""
        choice = self.scripts.get(script)
        return None if choice is None else choice.get(user_lang, choice["default"])

    def user_script(self, user_lang: str) -> str | None:
        """The script a user's language is written in, when a mapping names that language."""
        return next((script for script, choice in self.scripts.items() if user_lang in choice), None)


class SiteSpec(_Strict):
    default: str
    # A clock never shows a day before ANEF's first procedure opened online.
    online_since: date
    # Words of a system's own bar (a taskbar's search box, a menu bar, a keyboard's
    # language) in a language whose computers write a date day first: beside a
    # clock's "08/04/2026", they say it is the 8th of April, not the 4th of August.
    day_first_bar_words: list[str] = Field(default_factory=list)
    # A browser's own words (its new tab, its translation bar, its bookmarks' folders) in
    # such a language, anywhere in the frame: a browser speaks the system's language.
    day_first_browser_words: list[str] = Field(default_factory=list)
    known: list[str] = Field(min_length=1)
    related: list[str] = Field(default_factory=list)
    # E-mail providers: they hold ANEF's own mails, and their name or address says nothing of another website.
    mail: list[str] = Field(default_factory=list)

    def is_other(self, host: str | None) -> bool:
        """A visible address that is neither ANEF, nor a site of its sign-in flow, nor a mailbox."""
        if host is None or host in self.known:
            return False
        return not any(host == domain or host.endswith("." + domain) for domain in (*self.related, *self.mail))


class ContextSpec(_Strict):
    anef: list[RuleSpec] = Field(default_factory=list)
    foreign: list[RuleSpec] = Field(default_factory=list)
    # ANEF's subject (préfecture, titre de séjour), which other administrations' pages
    # name too: an ANEF cue, unless the address of another website is visible.
    topic: list[RuleSpec] = Field(default_factory=list)


class LayoutSpec(_Strict):
    """How a screenshot's layout changes what its words weigh."""

    # A link or button (a rule marked ``link``) alone on its line weighs this much at most.
    link_weight: float = Field(default=0.15, ge=0.0, le=1.0)
    # A line is a link's or button's own when it has at most this many tokens
    # besides the rule's words.
    link_extra_tokens: int = Field(default=2, ge=0)
    # Words read in the screen's frame (address bar, taskbar) name the site, not the problem.
    frame_weight: float = Field(default=0.0, ge=0.0, le=1.0)
    # A line in light grey ink (a step to come, a placeholder): weighs at most this.
    faint_weight: float = Field(default=0.3, ge=0.0, le=1.0)
    # The concept of a stepper's mark of the step reached ("vous êtes ici", "●"): on a
    # screen, the step is the one whose name the mark sits under or beside (``stepper.py``).
    step_mark: str | None = None
    # The page's reading holds the frame's words too (tabs, bookmarks, the address):
    # its lines as far from an edge as the frame's items go count as the frame, up to this share of the height.
    frame_reach: float = Field(default=0.1, ge=0.0, le=0.5)
    # A rule whose words were all matched despite a typing error weighs this much at most on a screen.
    guessed_weight: float = Field(default=0.4, ge=0.0, le=1.0)
    # A dashboard's counter ("1 demande déposée", "3 documents"): a number, then at most
    # this many words in lower case, alone on its line, weighs like a link (0: off).
    counter_words: int = Field(default=0, ge=0)


class SettingsSpec(_Strict):
    schema_version: Literal[1]
    languages: list[str] = Field(min_length=1)
    rtl_languages: list[str] = Field(default_factory=list)
    required_languages: list[str] = Field(min_length=1)
    default_language: str
    scoring: ScoringSpec
    ocr: OcrSpec
    site: SiteSpec
    context: ContextSpec
    layout: LayoutSpec = Field(default_factory=LayoutSpec)

    @model_validator(mode="after")
    def _languages(self) -> SettingsSpec:
        for field in ("rtl_languages", "required_languages"):
            unknown = set(getattr(self, field)) - set(self.languages)
            if unknown:
                raise ValueError(f"{field}: not in languages: {', '.join(sorted(unknown))}")
        if self.default_language not in self.required_languages:
            raise ValueError("default_language must be one of required_languages")
        return self


class ReplacementSpec(_Strict):
    pattern: str
    replace: str
    why: str = ""

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from exc
        return value


class NormalizationSpec(_Strict):
    schema_version: Literal[1]
    replacements: list[ReplacementSpec]


class MomentSourceSpec(_Strict):
    """Where the message says the date and time of the problem come from (``screen`` or ``user``)."""

    wrap: LocalText  # around the phrases: {sources}
    joiner: LocalText  # between the date's phrase and the time's
    both_screen: LocalText
    both_user: LocalText
    date_screen: LocalText
    date_user: LocalText
    time_screen: LocalText
    time_user: LocalText


class AttachmentSpec(_Strict):
    """What the attached screenshot shows: one sentence per combination of site, date and time."""

    site_date_time: LocalText
    site_date: LocalText
    site_time: LocalText
    date_time: LocalText
    site: LocalText
    date: LocalText
    time: LocalText
    none: LocalText


class CccTemplateSpec(_Strict):
    """The CCC message. It is sent in French; the other languages show the user what it says."""

    schema_version: Literal[1]
    placeholders: dict[str, LocalText]
    moment_source: MomentSourceSpec
    attachment: AttachmentSpec
    template: LocalText


# -- request status (issue 10): the table of status codes and labels, the detail
# blocks it points to, and the préfecture message. Separate from the patterns:
# these files are read by status_codes.py and prefecture_message.py only.
StatusKind = Literal["code", "macro", "flag", "label", "term"]
Reliability = Literal["official", "interpretation"]
ANY_SITUATION = "any"  # an entry that supports no situation: it only adds its detail block


class StatusEntrySpec(_Strict):
    """One code or label of ``status_codes.yaml``."""

    code: str = Field(min_length=1)
    kind: StatusKind
    step: str | None = None
    meaning: str
    reliability: Reliability
    source: str
    detail: str | None = None
    aliases: list[str] = Field(default_factory=list)
    situation: str | None = None  # None: the table's; ANY_SITUATION: none
    weight: float | None = Field(default=None, ge=0.0, le=1.0)


class StatusTableSpec(_Strict):
    schema_version: Literal[1]
    situation: str
    weights: dict[StatusKind, float]
    ignore_after: list[str] = Field(default_factory=list)
    reliability: dict[Reliability, LocalText]
    meanings: dict[str, LocalText]
    entries: list[StatusEntrySpec] = Field(min_length=1)

    def situation_of(self, entry: StatusEntrySpec) -> str | None:
        """The situation an entry is evidence for (``None``: it only adds a detail block)."""
        situation = entry.situation or self.situation
        return None if situation == ANY_SITUATION else situation

    def weight_of(self, entry: StatusEntrySpec) -> float:
        return entry.weight if entry.weight is not None else self.weights.get(entry.kind, 0.0)


class StatusDetailSpec(_Strict):
    """Explanations added to the fix when an entry names them (``status_details.yaml``)."""

    for_steps: list[str] = Field(default_factory=list)  # empty: at any step
    # Also added when no situation was found: the block answers a general question about
    # its subject (what an attestation allows), with no request of one's own in view.
    general: bool = False
    title: LocalText | None = None  # shown instead of "not recognised" (another website, a general question)
    summary: LocalText | None = None
    steps: list[StepSpec] = Field(min_length=1)


class StatusDetailsSpec(_Strict):
    schema_version: Literal[1]
    details: dict[str, StatusDetailSpec]


class PrefectureMessageSpec(_Strict):
    """The French message for the préfecture's contact channel (``prefecture_message.yaml``)."""

    schema_version: Literal[1]
    situations: list[str] = Field(min_length=1)
    placeholders: dict[str, LocalText]
    template: LocalText


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the engine knows, validated and read-only."""

    root: Path
    settings: SettingsSpec
    situations: tuple[SituationSpec, ...]
    sources: Mapping[str, SourceSpec]
    normalization: tuple[Replacement, ...]
    ccc: CccTemplateSpec
    concepts: Mapping[str, ConceptSpec]
    stemming: StemmingSpec
    # Request status (issue 10); absent files leave them empty.
    status_table: StatusTableSpec | None = None
    status_details: Mapping[str, StatusDetailSpec] = _field(default_factory=dict)
    prefecture: PrefectureMessageSpec | None = None

    @property
    def fallback(self) -> SituationSpec:
        return next(s for s in self.situations if s.fallback)

    def situation(self, situation_id: str) -> SituationSpec:
        for situation in self.situations:
            if situation.id == situation_id:
                return situation
        raise KeyError(situation_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.situations)


# libyaml's parser, when PyYAML was built with it, reads the knowledge base ten
# times faster: it is most of the command line's start-up otherwise.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LOADER)  # noqa: S506 - a safe loader
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML: {exc}") from exc


def _validate(model: type[BaseModel], path: Path, data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"]) or "(top level)"
            problems.append(f"{where}: {error['msg']}")
        raise KnowledgeError(f"{path}: " + "; ".join(problems)) from exc


def _check_texts(path: Path, where: str, text: LocalText, required: list[str], known: list[str]) -> None:
    missing = [lang for lang in required if not text.get(lang, "").strip()]
    if missing:
        raise KnowledgeError(f"{path}: {where}: missing language(s) {', '.join(missing)}")
    unknown = sorted(set(text) - set(known))
    if unknown:
        raise KnowledgeError(f"{path}: {where}: unknown language(s) {', '.join(unknown)}")


def _check_situation(path: Path, spec: SituationSpec, settings: SettingsSpec, sources: Mapping[str, SourceSpec]) -> None:
    if spec.id != path.stem:
        raise KnowledgeError(f"{path}: id: {spec.id!r} must equal the file name {path.stem!r}")
    req, known = settings.required_languages, settings.languages
    texts: list[tuple[str, LocalText]] = [("title", spec.title), ("summary", spec.summary), ("fix.title", spec.fix.title)]
    if spec.notice is not None:
        texts.append(("notice", spec.notice))
    steps = [(f"fix.steps.{i}", s) for i, s in enumerate(spec.fix.steps)]
    for name, variant in spec.variants.items():
        texts += [(f"variants.{name}.title", variant.title), (f"variants.{name}.summary", variant.summary)]
        steps += [(f"variants.{name}.steps.{i}", s) for i, s in enumerate(variant.steps)]
    for where, step in steps:
        texts.append((f"{where}.text", step.text))
        if step.source not in sources:
            raise KnowledgeError(f"{path}: {where}.source: unknown source {step.source!r} (see sources.yaml)")
    for where, text in texts:
        _check_texts(path, where, text, req, known)
    for where, text in (("ccc.subject", spec.ccc.subject), ("ccc.activity", spec.ccc.activity)):
        _check_texts(path, where, text, ["fr"], known)
    for index, example in enumerate(spec.examples.match):
        if isinstance(example, ExampleSpec) and example.variant and example.variant not in spec.variants:
            raise KnowledgeError(f"{path}: examples.match.{index}.variant: unknown variant {example.variant!r}")


def _load_status(base: Path, settings: SettingsSpec, sources: Mapping[str, SourceSpec],
                 situations: list[SituationSpec]) -> dict[str, Any]:
    """The status table, its detail blocks and the préfecture message, checked against the rest."""
    req, known = settings.required_languages, settings.languages
    by_id = {s.id: s for s in situations}
    loaded: dict[str, Any] = {}
    details: dict[str, StatusDetailSpec] = {}
    details_path = base / "status_details.yaml"
    if details_path.is_file():
        spec: StatusDetailsSpec = _validate(StatusDetailsSpec, details_path, _read_yaml(details_path))
        details = dict(spec.details)
        for name, detail in details.items():
            for where, text in (("title", detail.title), ("summary", detail.summary)):
                if text is not None:
                    _check_texts(details_path, f"details.{name}.{where}", text, req, known)
            for index, step in enumerate(detail.steps):
                _check_texts(details_path, f"details.{name}.steps.{index}.text", step.text, req, known)
                if step.source not in sources:
                    raise KnowledgeError(f"{details_path}: details.{name}.steps.{index}.source: unknown source {step.source!r}")
        loaded["status_details"] = details
    table_path = base / "status_codes.yaml"
    if table_path.is_file():
        table: StatusTableSpec = _validate(StatusTableSpec, table_path, _read_yaml(table_path))
        if table.situation not in by_id:
            raise KnowledgeError(f"{table_path}: situation: unknown situation {table.situation!r}")
        for level, text in table.reliability.items():
            _check_texts(table_path, f"reliability.{level}", text, req, known)
        for name, text in table.meanings.items():
            _check_texts(table_path, f"meanings.{name}", text, req, known)
        codes: set[str] = set()
        for index, entry in enumerate(table.entries):
            where = f"entries.{index} ({entry.code})"
            if entry.code.lower() in codes:
                raise KnowledgeError(f"{table_path}: {where}: listed twice")
            codes.add(entry.code.lower())
            situation = table.situation_of(entry)
            if entry.situation not in (None, ANY_SITUATION) and entry.situation not in by_id:
                raise KnowledgeError(f"{table_path}: {where}.situation: unknown situation {entry.situation!r}")
            if entry.step is not None and (situation is None or entry.step not in by_id[situation].variants):
                raise KnowledgeError(f"{table_path}: {where}.step: {entry.step!r} is not a step of {situation!r}")
            if entry.meaning not in table.meanings:
                raise KnowledgeError(f"{table_path}: {where}.meaning: unknown meaning {entry.meaning!r}")
            if entry.source not in sources:
                raise KnowledgeError(f"{table_path}: {where}.source: unknown source {entry.source!r} (see sources.yaml)")
            if entry.detail is not None and entry.detail not in details:
                raise KnowledgeError(f"{table_path}: {where}.detail: unknown detail {entry.detail!r} (see status_details.yaml)")
        steps = set(by_id[table.situation].variants)
        for name, detail in details.items():
            unknown = sorted(set(detail.for_steps) - steps)
            if unknown:
                raise KnowledgeError(f"{details_path}: details.{name}.for_steps: unknown step(s) {', '.join(unknown)}")
        loaded["status_table"] = table
    prefecture_path = base / "prefecture_message.yaml"
    if prefecture_path.is_file():
        prefecture: PrefectureMessageSpec = _validate(PrefectureMessageSpec, prefecture_path, _read_yaml(prefecture_path))
        unknown = sorted(set(prefecture.situations) - set(by_id))
        if unknown:
            raise KnowledgeError(f"{prefecture_path}: situations: unknown situation(s) {', '.join(unknown)}")
        _check_texts(prefecture_path, "template", prefecture.template, ["fr"], known)
        for name, text in prefecture.placeholders.items():
            _check_texts(prefecture_path, f"placeholders.{name}", text, ["fr"], known)
        loaded["prefecture"] = prefecture
    return loaded


def load_knowledge(root: Path | str | None = None) -> KnowledgeBase:
    """Read and validate every knowledge file under ``root`` (default: the repository's)."""
    base = Path(root) if root is not None else DEFAULT_DIR
    if not base.is_dir():
        raise KnowledgeError(f"{base}: knowledge folder not found")
    settings: SettingsSpec = _validate(SettingsSpec, base / "settings.yaml", _read_yaml(base / "settings.yaml"))
    sources_path = base / "sources.yaml"
    raw_sources = _read_yaml(sources_path)
    if not isinstance(raw_sources, dict) or not isinstance(raw_sources.get("sources"), dict):
        raise KnowledgeError(f"{sources_path}: sources: expected a mapping of source ids")
    sources = {key: _validate(SourceSpec, sources_path, value) for key, value in raw_sources["sources"].items()}
    norm_path = base / "normalization.yaml"
    norm: NormalizationSpec = _validate(NormalizationSpec, norm_path, _read_yaml(norm_path))
    ccc_path = base / "ccc_message.yaml"
    ccc: CccTemplateSpec = _validate(CccTemplateSpec, ccc_path, _read_yaml(ccc_path))
    _check_texts(ccc_path, "template", ccc.template, ["fr"], settings.languages)
    for name, text in ccc.placeholders.items():
        _check_texts(ccc_path, f"placeholders.{name}", text, ["fr"], settings.languages)
    for group in ("moment_source", "attachment"):
        for name, text in getattr(ccc, group):
            _check_texts(ccc_path, f"{group}.{name}", text, ["fr"], settings.languages)
    situations = []
    files = sorted((base / "situations").glob("*.yaml"))
    if not files:
        raise KnowledgeError(f"{base / 'situations'}: no situation files")
    for path in files:
        spec: SituationSpec = _validate(SituationSpec, path, _read_yaml(path))
        _check_situation(path, spec, settings, sources)
        situations.append(spec)
    ids = {s.id for s in situations}
    for spec in situations:
        for index, pattern in enumerate(spec.patterns):
            unknown = sorted(set(pattern.outranks) - ids)
            if unknown:
                path = base / "situations" / f"{spec.id}.yaml"
                raise KnowledgeError(f"{path}: patterns.{index}.outranks: unknown situation(s) {', '.join(unknown)}")
    fallbacks = [s.id for s in situations if s.fallback]
    if len(fallbacks) != 1:
        raise KnowledgeError(f"{base / 'situations'}: exactly one situation needs 'fallback: true' (found {fallbacks or 'none'})")
    concepts, stemming = _load_concepts(base / "concepts", settings)
    if settings.layout.step_mark is not None and settings.layout.step_mark not in concepts:
        raise KnowledgeError(f"{base / 'settings.yaml'}: layout.step_mark: unknown concept {settings.layout.step_mark}")
    for path, where, rules in [
        (base / "settings.yaml", "context.anef", settings.context.anef),
        (base / "settings.yaml", "context.foreign", settings.context.foreign),
        (base / "settings.yaml", "context.topic", settings.context.topic),
    ] + [(base / "situations" / f"{s.id}.yaml", "rules", s.rules) for s in situations]:
        for index, rule in enumerate(rules):
            unknown = sorted(rule.concepts - set(concepts))
            if unknown:
                raise KnowledgeError(f"{path}: {where}.{index} ({rule.id}): unknown concept(s) {', '.join(unknown)}")
            unknown = sorted(set(rule.outranks) - ids)
            if unknown:
                raise KnowledgeError(f"{path}: {where}.{index}.outranks: unknown situation(s) {', '.join(unknown)}")
    situations.sort(key=lambda s: (s.order, s.id))
    return KnowledgeBase(
        root=base,
        settings=settings,
        situations=tuple(situations),
        sources=sources,
        normalization=tuple(Replacement(re.compile(r.pattern), r.replace) for r in norm.replacements),
        ccc=ccc,
        **_load_status(base, settings, sources, situations),
        concepts=concepts,
        stemming=stemming,
    )


def _load_concepts(folder: Path, settings: SettingsSpec) -> tuple[dict[str, ConceptSpec], StemmingSpec]:
    """``concepts/stemming.yaml`` (how words reach their stem) and every other file's concepts."""
    if not folder.is_dir():
        raise KnowledgeError(f"{folder}: concepts folder not found")
    stemming_path = folder / "stemming.yaml"
    stemming: StemmingSpec = _validate(StemmingSpec, stemming_path, _read_yaml(stemming_path))
    unknown = sorted(set(stemming.languages) - set(settings.languages))
    if unknown:
        raise KnowledgeError(f"{stemming_path}: languages: not in settings: {', '.join(unknown)}")
    masking = set(stemming.masking)
    concepts: dict[str, ConceptSpec] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path == stemming_path:
            continue
        spec: ConceptFileSpec = _validate(ConceptFileSpec, path, _read_yaml(path))
        for name, concept in spec.concepts.items():
            if not re.fullmatch(_ID, name):
                raise KnowledgeError(f"{path}: concepts.{name}: a concept id is lower case, digits and _")
            if name in concepts:
                raise KnowledgeError(f"{path}: concepts.{name}: defined twice")
            langs = sorted(set(concept.words) - set(stemming.languages))
            if langs:
                raise KnowledgeError(f"{path}: concepts.{name}.words: unknown language(s) {', '.join(langs)}")
            if not concept.parts and not any(concept.words.values()):
                raise KnowledgeError(f"{path}: concepts.{name}: no words")
            concepts[name] = concept
    unknown = sorted(masking - set(concepts))
    if unknown:
        raise KnowledgeError(f"{stemming_path}: masking: unknown concept(s) {', '.join(unknown)}")
    return concepts, stemming
