"""The report of a case for the CCC: a short and a full message, the sequence told, the screenshot check.

Wording is data: ``knowledge/case_report.yaml`` (the messages, the sequence,
the list of screenshots, the caption band) and ``knowledge/screenshot_help.yaml``
(how to take a screenshot that shows the site, the date and the time). The
subject, the activity, the full placeholders and where the date and time
come from are those of ``knowledge/ccc_message.yaml``, so one case and one
screenshot speak alike. They are checked when first loaded, like the rest.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import KnowledgeError
from ..knowledge import KnowledgeBase
from ..models import SCREEN, Diagnosis, Shown
from . import prefecture_message
from .case import TEXT, Case, CaseItem
from .render import localize, moment_source

SHORT_LIMIT = 1_000  # characters the CCC's contact form takes
MESSAGE_FIELDS = {"subject", "site", "date", "time", "moment_source", "procedure", "blocking_step", "activity",
                  "error_text", "device", "browser", "tried", "identifier", "sequence", "screenshots"}
LocalText = dict[str, str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Identifier(_Strict):
    short: LocalText
    full: LocalText


class _ScreenshotItem(_Strict):
    short: LocalText
    compact: LocalText
    full: LocalText
    separator: LocalText


class _Story(_Strict):
    when_date_time: LocalText
    when_time: LocalText
    when_none: LocalText
    screenshot: LocalText
    text: LocalText
    failed: LocalText
    problem: LocalText
    quote: LocalText
    no_error: LocalText


class _Caption(_Strict):
    added: str
    site: str
    date: str
    time: str
    read: str
    given: str
    not_visible: str
    paris: str


class ReportWording(_Strict):
    schema_version: Literal[1]
    short: LocalText
    full: LocalText
    short_placeholders: dict[str, LocalText]
    full_placeholders: dict[str, LocalText]
    identifier: _Identifier
    visible: dict[str, LocalText]
    screenshot_item: _ScreenshotItem
    none_attached: LocalText
    prefecture_note: LocalText
    story: _Story
    caption: _Caption


class _Platform(_Strict):
    source: str
    name: LocalText
    steps: list[LocalText]


class ScreenshotHelpSpec(_Strict):
    schema_version: Literal[1]
    intro: LocalText
    platforms: dict[str, _Platform]


def _load(model: type[BaseModel], path: Path) -> BaseModel:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return model.model_validate(data)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc


def _texts(value: object) -> list[LocalText]:
    """Every text-by-language inside a loaded spec, to check that each has every language."""
    if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        return [value]
    if isinstance(value, BaseModel):
        return [t for name in type(value).model_fields for t in _texts(getattr(value, name))]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


_LOADED: dict[Path, BaseModel] = {}  # read-only once loaded, like the knowledge base
_Spec = TypeVar("_Spec", bound=BaseModel)


def _checked(kb: KnowledgeBase, name: str, model: type[_Spec], check: Callable[[Path, _Spec], None]) -> _Spec:
    """``knowledge/NAME``, loaded and checked once: every text in every language, then ``check``."""
    path = kb.root / name
    if path not in _LOADED:
        spec = _load(model, path)
        assert isinstance(spec, model)
        languages = set(kb.settings.languages)
        for field in type(spec).model_fields:
            for text in _texts(getattr(spec, field)):
                if set(text) != languages:
                    raise KnowledgeError(f"{path}: {field}: languages {sorted(text)} instead of {sorted(languages)}")
        check(path, spec)
        _LOADED[path] = spec
    loaded = _LOADED[path]
    assert isinstance(loaded, model)
    return loaded


def wording(kb: KnowledgeBase) -> ReportWording:
    """``knowledge/case_report.yaml``: known fields in the templates, a sentence for each thing seen."""
    def check(path: Path, spec: ReportWording) -> None:
        for kind in ("short", "full"):
            for lang, template in getattr(spec, kind).items():
                unknown = _fields(template) - MESSAGE_FIELDS
                if unknown:
                    raise KnowledgeError(f"{path}: {kind}.{lang}: unknown field(s) {', '.join(sorted(unknown))}")
        if set(spec.visible) != {Shown(*flags).key for flags in _COMBINATIONS}:
            raise KnowledgeError(f"{path}: visible: one sentence for each combination of site, date and time")

    return _checked(kb, "case_report.yaml", ReportWording, check)


def screenshot_help_spec(kb: KnowledgeBase) -> ScreenshotHelpSpec:
    """``knowledge/screenshot_help.yaml``: each platform cites a known source."""
    def check(path: Path, spec: ScreenshotHelpSpec) -> None:
        for name, platform in spec.platforms.items():
            if platform.source not in kb.sources:
                raise KnowledgeError(f"{path}: platforms.{name}.source: unknown source {platform.source!r}")

    return _checked(kb, "screenshot_help.yaml", ScreenshotHelpSpec, check)


_COMBINATIONS = [(s, d, t) for s in (True, False) for d in (True, False) for t in (True, False)]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# -- what the message says ---------------------------------------------------------

@dataclass(frozen=True)
class ReportFields:
    """What the messages say beyond what was read, worded in the message's language.

    ``None`` leaves a visible placeholder. The date and time are in Paris time
    with where they came from (``SCREEN`` or ``USER``), as for one screenshot;
    ``identifier`` is said only when the user chose to give it.
    """

    date: str | None = None  # DD/MM/YYYY
    time: str | None = None  # HH:MM
    date_source: str | None = None
    time_source: str | None = None
    procedure: str | None = None
    blocking_step: str | None = None
    tried: str | None = None
    device: str | None = None
    browser: str | None = None
    identifier: str | None = None
    error_text: str | None = None  # the user's correction of the text read


@dataclass(frozen=True)
class Messages:
    short: str
    full: str


def annotated_name(number: int) -> str:
    """The file name of a screenshot's annotated copy, as the message lists it."""
    return f"{number:02d}-annotated.png"


def read_fields(case: Case) -> ReportFields:
    """The fields as read: the problem screenshot's date and time (said to be), nothing else."""
    item = case.problem_item
    d = item.diagnosis if item is not None else None
    if d is None or d.shows is None:
        return ReportFields()
    return ReportFields(
        date=f"{d.shown_date:%d/%m/%Y}" if d.shown_date else None, time=f"{d.seen_time:%H:%M}" if d.seen_time else None,
        date_source=SCREEN if d.shown_date else None, time_source=SCREEN if d.seen_time else None)


def site(kb: KnowledgeBase, case: Case) -> str:
    """The address read on the problem screenshot, else on another one, else ANEF's."""
    problem = case.problem_item
    found = [problem.diagnosis.site] if problem is not None and problem.diagnosis.site else []
    found += [item.diagnosis.site for item in case.items if item.diagnosis.site and not kb.settings.site.is_other(item.diagnosis.site)]
    return found[0] if found else kb.settings.site.default


def title(kb: KnowledgeBase, d: Diagnosis, lang: str) -> str:
    """The situation's title in ``lang`` (the page shows titles, never ids)."""
    situation = kb.situation(d.situation or kb.fallback.id)
    variant = situation.variants.get(d.step) if d.step else None
    return localize(variant.title if variant else situation.title, lang)


def recognised(kb: KnowledgeBase, d: Diagnosis) -> bool:
    return d.error is None and d.situation not in (None, kb.fallback.id)


def _what(kb: KnowledgeBase, item: CaseItem, lang: str, *, quote: bool = True) -> str:
    """What an input shows: its error text, quoted, and its situation; or that none was recognised."""
    words = wording(kb).story
    d = item.diagnosis
    pasted = item.kind == TEXT and " ".join(d.text.split())
    if not recognised(kb, d):
        if quote and pasted and len(pasted) <= 200:  # the user's own words, as they wrote them
            return localize(words.quote, lang).format(text=pasted)
        return localize(words.no_error, lang)
    name = title(kb, d, lang)
    text = " ".join(d.error_text.split())
    if quote and text and len(text) <= 200:
        return localize(words.quote, lang).format(text=text) + f" ({name})"
    return name


def _when(kb: KnowledgeBase, d: Diagnosis, lang: str) -> str:
    words = wording(kb).story
    if d.seen_time is None:
        return localize(words.when_none, lang)
    if d.shown_date is None:
        return localize(words.when_time, lang).format(time=f"{d.seen_time:%H:%M}")
    return localize(words.when_date_time, lang).format(date=f"{d.shown_date:%d/%m/%Y}", time=f"{d.seen_time:%H:%M}")


def story(kb: KnowledgeBase, case: Case, lang: str) -> list[str]:
    """The sequence told in ``lang``: one line per input in the case's order, then the problem to report.

    The times are the screenshots' clocks, as shown on them.
    """
    words = wording(kb).story
    lines = []
    for number, item in enumerate(case.items, start=1):
        if item.failed:
            lines.append(localize(words.failed, lang).format(number=number))
        elif item.screenshot:
            lines.append(localize(words.screenshot, lang).format(
                number=number, when=_when(kb, item.diagnosis, lang), what=_what(kb, item, lang), shot=case.number(item)))
        else:
            lines.append(localize(words.text, lang).format(number=number, what=_what(kb, item, lang)))
    problem = case.problem_item
    if problem is not None and recognised(kb, problem.diagnosis) and len(case.items) > 1:
        lines.append(localize(words.problem, lang).format(number=case.problem + 1, title=title(kb, problem.diagnosis, lang)))
    return lines


def visible(kb: KnowledgeBase, shown: Shown, lang: str) -> str:
    """What a screenshot shows of the site, the date and the time, in a few words."""
    return localize(wording(kb).visible[shown.key], lang)


def _screenshots(kb: KnowledgeBase, case: Case, lang: str, kind: str) -> str:
    words = wording(kb).screenshot_item
    shots = case.screenshots
    if not shots:
        return localize(wording(kb).none_attached, lang)
    items = [localize(getattr(words, kind), lang).format(
        number=case.number(item), file=annotated_name(case.number(item)),
        what=_what(kb, item, lang, quote=False), visible=visible(kb, item.diagnosis.shows, lang)) for item in shots]
    return "\n".join(items) if kind == "full" else localize(words.separator, lang).join(items)


def _error_text(case: Case, fields: ReportFields) -> str:
    if fields.error_text and fields.error_text.strip():
        return " ".join(fields.error_text.split())
    problem = case.problem_item
    return " ".join(problem.diagnosis.error_text.split()) if problem is not None else ""


def render(kb: KnowledgeBase, case: Case, fields: ReportFields, lang: str = "fr", *, short: bool = False,
           compact: bool = False, error_limit: int | None = None) -> str:
    """One message of the case, short (the contact form) or full, in ``lang`` (French to send)."""
    spec = wording(kb)
    problem = case.problem_item
    situation = kb.situation(problem.diagnosis.situation if problem is not None and problem.diagnosis.situation
                             else kb.fallback.id)
    holders = spec.short_placeholders if short else {**kb.ccc.placeholders, **spec.full_placeholders}
    values: dict[str, str] = {
        "subject": localize(situation.ccc.subject, lang),
        "activity": localize(situation.ccc.activity, lang),
        "site": site(kb, case),
    }
    given: dict[str, bool] = {}
    error = _error_text(case, fields)
    if error_limit is not None and len(error) > error_limit:
        error = error[: error_limit - 1].rsplit(" ", 1)[0] + "…"
    raw = {"date": fields.date, "time": fields.time, "procedure": fields.procedure, "blocking_step": fields.blocking_step,
           "tried": fields.tried, "device": fields.device, "browser": fields.browser, "error_text": error}
    for name, value in raw.items():
        given[name] = bool(value and value.strip())
        values[name] = value.strip() if value and given[name] else localize(holders.get(name, {}), lang)
    values["moment_source"] = moment_source(
        kb, fields.date_source if given["date"] else None, fields.time_source if given["time"] else None, lang)
    identifier = (fields.identifier or "").strip()
    values["identifier"] = localize(spec.identifier.short if short else spec.identifier.full, lang).format(
        identifier=identifier) if identifier else ""
    values["screenshots"] = _screenshots(kb, case, lang, "compact" if compact else "short" if short else "full")
    values["sequence"] = "\n".join(story(kb, case, lang))
    template = localize(spec.short if short else spec.full, lang)
    lines = [line.format_map(values) for line in template.splitlines() if not _only_empty(line, values)]
    return "\n".join(lines).strip() + "\n"


def messages(kb: KnowledgeBase, case: Case, fields: ReportFields, lang: str = "fr") -> Messages:
    """The short message (made to fit the contact form) and the full one.

    The short one is shortened only as far as needed: first the list of
    screenshots loses its titles, then, as a last resort, the error text is cut.
    """
    short = render(kb, case, fields, lang, short=True)
    if len(short) > SHORT_LIMIT:
        short = render(kb, case, fields, lang, short=True, compact=True)
    if len(short) > SHORT_LIMIT:
        room = len(_error_text(case, fields)) - (len(short) - SHORT_LIMIT)
        short = render(kb, case, fields, lang, short=True, compact=True, error_limit=max(40, room))
    return Messages(short, render(kb, case, fields, lang))


def about_progress(kb: KnowledgeBase, case: Case) -> bool:
    """The case asks how far a file has gone (a situation ``knowledge/prefecture_message.yaml``
    names): the CCC cannot answer it, the préfecture's message replaces the CCC's."""
    problem = case.problem_item
    return (problem is not None and recognised(kb, problem.diagnosis)
            and prefecture_message.applies(kb, problem.diagnosis.situation))


def prefecture(kb: KnowledgeBase, case: Case, fields: ReportFields, lang: str = "fr",
               values: Mapping[str, str] | None = None) -> str | None:
    """The préfecture message when the case is about the progress of a file (the CCC cannot
    answer that), in ``lang`` (French to send); ``None`` when the CCC messages apply.

    ``values``: what the user typed for it (request number, dates); the procedure is the
    fields' unless ``values`` gives one.
    """
    problem = case.problem_item
    if problem is None or not about_progress(kb, case):
        return None
    d = problem.diagnosis
    given = {"procedure": fields.procedure or "", **(values or {})}
    return prefecture_message.build(kb, d.situation, d.status_label, lang, given)


def prefecture_note(kb: KnowledgeBase, file: str, lang: str) -> str:
    """Why the report offers the préfecture message (``file``) and not the CCC's, in ``lang``."""
    return localize(wording(kb).prefecture_note, lang).format(file=file)


def _only_empty(line: str, values: dict[str, str]) -> bool:
    parsed = list(string.Formatter().parse(line.strip()))
    return len(parsed) == 1 and not parsed[0][0] and parsed[0][1] is not None and not values.get(parsed[0][1], "x")


# -- the screenshot check ------------------------------------------------------------

@dataclass(frozen=True)
class HelpStep:
    text: str
    source_title: str
    source_url: str


@dataclass(frozen=True)
class ScreenshotHelp:
    platform: str
    name: str
    intro: str
    steps: tuple[HelpStep, ...]


def platforms(kb: KnowledgeBase) -> list[str]:
    return list(screenshot_help_spec(kb).platforms)


def screenshot_help(kb: KnowledgeBase, platform: str, lang: str) -> ScreenshotHelp:
    """How to take a screenshot that shows the site, the date and the time on ``platform``, in ``lang``."""
    spec = screenshot_help_spec(kb)
    entry = spec.platforms[platform]
    source = kb.sources[entry.source]
    steps = tuple(HelpStep(localize(step, lang), source.title, source.url) for step in entry.steps)
    return ScreenshotHelp(platform, localize(entry.name, lang), localize(spec.intro, lang), steps)


def needs_help(item: CaseItem) -> bool:
    """A screenshot missing the site, the date or the time the CCC asks to see."""
    shown = item.diagnosis.shows
    return shown is not None and shown.key != "site_date_time"


# -- the caption band of the annotated copy --------------------------------------------

def caption_lines(kb: KnowledgeBase, case: Case, item: CaseItem, fields: ReportFields) -> list[str]:
    """The band under a screenshot's annotated copy, in French: site, date and time as read or given.

    The problem screenshot's date and time are the message's (given by the
    user when its clock did not show them); the others' are what they show.
    """
    words = wording(kb).caption
    d = item.diagnosis
    given = item is case.problem_item

    def part(label: str, value: str | None, source: str | None, suffix: str = "") -> str:
        if not value:
            return f"{label} : {words.not_visible}"
        said = words.read if source == SCREEN else words.given
        return f"{label} : {value}{suffix} ({said})"

    # What the screen shows is written as it shows it (the message may give it in Paris
    # time); what the user gave for the problem's screenshot is written as given.
    day, day_source = (f"{d.shown_date:%d/%m/%Y}", SCREEN) if d.shown_date else (None, None)
    clock, clock_source = (f"{d.seen_time:%H:%M}", SCREEN) if d.seen_time else (None, None)
    if given and fields.date and fields.date_source != SCREEN:
        day, day_source = fields.date, fields.date_source
    if given and fields.time and fields.time_source != SCREEN:
        clock, clock_source = fields.time, fields.time_source
    # A time the user gave is in Paris time; a clock is the device's, as shown.
    paris = f", {words.paris}" if clock and clock_source != SCREEN else ""
    return [
        f"{words.added} — {annotated_name(case.number(item))}",
        part(words.site, d.site, SCREEN),
        part(words.date, day, day_source),
        part(words.time, clock, clock_source, paris),
    ]


# -- the case as data (the command's case.json) ---------------------------------------------

def case_dict(kb: KnowledgeBase, case: Case, sent: Messages, user: Messages, lang: str) -> dict[str, object]:
    """Every input in the case's order with its diagnosis and what it shows, and both messages."""
    inputs = []
    for position, item in enumerate(case.items, start=1):
        d = item.diagnosis.to_dict()
        inputs.append({
            "position": position,
            "given": item.given + 1,
            "input": item.name,
            "kind": item.kind,
            "annotated": annotated_name(case.number(item)) if item.screenshot else None,
            "shows": d["shows"],
            "diagnosis": d,
        })
    problem = case.problem_item
    return {
        "lang": lang,
        "situation": None if problem is None else problem.diagnosis.situation,
        "title": None if problem is None else title(kb, problem.diagnosis, lang),
        "problem_position": None if case.problem is None else case.problem + 1,
        "story": story(kb, case, lang),
        "inputs": inputs,
        "messages": {"short": sent.short, "full": sent.full, "short_length": len(sent.short),
                     lang: {"short": user.short, "full": user.full}},
    }
