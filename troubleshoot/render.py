"""Turn a diagnosis into words: the fix in the user's language and the CCC message in French."""

from __future__ import annotations

import string
from collections.abc import Mapping

from .errors import KnowledgeError
from .knowledge import KnowledgeBase, SituationSpec, StepSpec
from .models import CccFields, Fix, FixStep

CCC_FIELDS = ("subject", "site", "date", "time", "procedure", "activity", "blocking_step", "error_text", "tried", "identifier_type")
_MAX_ERROR_TEXT = 600


def localize(text: Mapping[str, str], lang: str) -> str:
    """The text in ``lang``, else English, else French (translations arrive over time)."""
    for code in (lang, "en", "fr"):
        value = text.get(code)
        if value:
            return value
    return next(iter(text.values()), "")


def check_template(kb: KnowledgeBase) -> None:
    """Fail at start-up, not in front of a user, if a template names an unknown field."""
    for lang, template in kb.ccc.template.items():
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
        except ValueError as exc:
            raise KnowledgeError(f"{kb.root / 'ccc_message.yaml'}: template.{lang}: {exc}") from exc
        unknown = names - set(CCC_FIELDS)
        if unknown:
            raise KnowledgeError(
                f"{kb.root / 'ccc_message.yaml'}: template: unknown field(s) {', '.join(sorted(unknown))} in {lang}"
            )
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

    Facts only the user knows stay as visible placeholders.
    """
    holders = kb.ccc.placeholders
    values = {
        "subject": localize(situation.ccc.subject, lang),
        "activity": localize(situation.ccc.activity, lang),
        "site": fields.site or kb.settings.site.default,
    }
    for name in ("date", "time", "procedure", "blocking_step", "tried", "identifier_type", "error_text"):
        given = getattr(fields, name)
        values[name] = given.strip() if given and given.strip() else localize(holders.get(name, {}), lang)
    error = " ".join(values["error_text"].split())
    values["error_text"] = error if len(error) <= _MAX_ERROR_TEXT else error[: _MAX_ERROR_TEXT - 1] + "…"
    return localize(kb.ccc.template, lang).format_map(values).strip() + "\n"
