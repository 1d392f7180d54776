"""Turn a diagnosis into words: the fix in the user's language and the CCC message in French."""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping

from ..errors import KnowledgeError
from ..knowledge import KnowledgeBase, SituationSpec, StepSpec, localize
from ..models import SCREEN, USER, CccFields, Fix, FixStep, Shown

CCC_FIELDS = ("subject", "site", "date", "time", "moment_source", "procedure", "activity", "blocking_step", "error_text",
              "tried", "identifier_type", "attachment")
SOURCES = (SCREEN, USER)
_MAX_ERROR_TEXT = 600


def template_fields(path: object, lang: str, template: str, allowed: Iterable[str]) -> set[str]:
    """The fields a message template names, checked against the ones it may use
    (a knowledge file's error, naming the file and the language, otherwise)."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise KnowledgeError(f"{path}: template.{lang}: {exc}") from exc
    unknown = names - set(allowed)
    if unknown:
        raise KnowledgeError(f"{path}: template: unknown field(s) {', '.join(sorted(unknown))} in {lang}")
    return names


def check_template(kb: KnowledgeBase) -> None:
    """Fail at start-up, not in front of a user, if a template names an unknown field."""
    for lang, template in kb.ccc.template.items():
        template_fields(kb.root / "ccc_message.yaml", lang, template, CCC_FIELDS)
    for lang, wrap in kb.ccc.moment_source.wrap.items():
        names = {name for _, name, _, _ in string.Formatter().parse(wrap) if name is not None}
        if names != {"sources"}:
            raise KnowledgeError(f"{kb.root / 'ccc_message.yaml'}: moment_source.wrap.{lang}: must hold {{sources}} and nothing else")
    missing = set(kb.ccc.placeholders) - set(CCC_FIELDS)
    if missing:
        raise KnowledgeError(f"{kb.root / 'ccc_message.yaml'}: placeholders: unknown field(s) {', '.join(sorted(missing))}")


def render_fix(kb: KnowledgeBase, situation: SituationSpec, variant: str | None, lang: str) -> Fix:
    steps: list[StepSpec] = []
    title = localize(situation.fix.title, lang)
    if variant and variant in situation.variants:
        steps.extend(situation.variants[variant].steps)
    steps.extend(situation.fix.steps)
    rendered = []
    for step in steps:
        source = kb.sources[step.source]
        rendered.append(FixStep(localize(step.text, lang), step.source, source.title, source.url))
    return Fix(title, tuple(rendered))


def render_ccc(kb: KnowledgeBase, situation: SituationSpec, fields: CccFields, lang: str = "fr") -> str:
    """The message for the CCC (French by default; another ``lang`` shows the user what it says).

    Facts only the user knows stay as visible placeholders. The message says
    where the date and time come from, and what the screenshot shows, and
    nothing of either that ``fields`` does not tell.
    """
    holders = kb.ccc.placeholders
    values = {
        "subject": localize(situation.ccc.subject, lang),
        "activity": localize(situation.ccc.activity, lang),
        "site": fields.site or kb.settings.site.default,
    }
    given: dict[str, bool] = {}
    for name in ("date", "time", "procedure", "blocking_step", "tried", "identifier_type", "error_text"):
        value = getattr(fields, name)
        given[name] = bool(value and value.strip())
        values[name] = value.strip() if value and given[name] else localize(holders.get(name, {}), lang)
    error = " ".join(values["error_text"].split())
    values["error_text"] = error if len(error) <= _MAX_ERROR_TEXT else error[: _MAX_ERROR_TEXT - 1] + "…"
    values["moment_source"] = moment_source(
        kb, fields.date_source if given["date"] else None, fields.time_source if given["time"] else None, lang)
    values["attachment"] = attachment(kb, fields.screenshot, lang)
    lines = [
        line.format_map(values) for line in localize(kb.ccc.template, lang).splitlines()
        if not _only_empty_field(line, values)
    ]
    return "\n".join(lines).strip() + "\n"


def moment_source(kb: KnowledgeBase, date_source: str | None, time_source: str | None, lang: str = "fr") -> str:
    """Where the date and time come from, worded (e.g. `` (indiquées par moi)``); empty when neither is known."""
    spec = kb.ccc.moment_source
    for source in (date_source, time_source):
        if source is not None and source not in SOURCES:
            raise ValueError(f"unknown date or time source {source!r} (expected one of {', '.join(SOURCES)})")
    if date_source is None and time_source is None:
        return ""
    if date_source == time_source:
        phrase = localize(getattr(spec, f"both_{date_source}"), lang)
    else:
        parts = [localize(getattr(spec, f"{part}_{source}"), lang)
                 for part, source in (("date", date_source), ("time", time_source)) if source is not None]
        phrase = localize(spec.joiner, lang).join(parts)
    return localize(spec.wrap, lang).format(sources=phrase)


def attachment(kb: KnowledgeBase, shown: Shown | None, lang: str = "fr") -> str:
    """The sentence on what the attached screenshot shows; empty without a screenshot."""
    if shown is None:
        return ""
    return localize(getattr(kb.ccc.attachment, shown.key), lang)


def _only_empty_field(line: str, values: Mapping[str, str]) -> bool:
    """A template line made of one field that is empty (no screenshot to speak of) is left out."""
    parsed = list(string.Formatter().parse(line.strip()))
    return len(parsed) == 1 and not parsed[0][0] and parsed[0][1] is not None and not values.get(parsed[0][1], "x")
