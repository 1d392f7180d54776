"""The message for the préfecture, when the question is the progress of a file.

The CCC handles the site's technical problems and cannot tell how far a file
has gone; the préfecture can. For the situations ``knowledge/prefecture_message.yaml``
names, the diagnosis offers a short polite French message for the préfecture's
contact channel. What only the user knows (request number, dates) stays a
visible placeholder; so does the step, unless a label of the site was read in the text.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import KnowledgeError
from ..knowledge import KnowledgeBase
from .render import localize, template_fields

FIELDS = ("request_number", "foreign_number", "procedure", "deposit_date", "attestation_end", "status")


def check(kb: KnowledgeBase) -> None:
    """Fail at start-up, not in front of a user, if the template names an unknown field."""
    spec = kb.prefecture
    if spec is None:
        return
    path = kb.root / "prefecture_message.yaml"
    for lang, template in spec.template.items():
        names = template_fields(path, lang, template, FIELDS)
        missing = names - set(spec.placeholders)
        if missing:
            raise KnowledgeError(f"{path}: placeholders: none for {', '.join(sorted(missing))}")


def applies(kb: KnowledgeBase, situation: str | None) -> bool:
    return kb.prefecture is not None and situation in kb.prefecture.situations


def build(kb: KnowledgeBase, situation: str | None, status_label: str | None, lang: str = "fr",
          values: Mapping[str, str] | None = None) -> str | None:
    """The message (French by default; another ``lang`` shows the user what it says), or ``None``
    when the situation is not about the progress of a file.

    ``values`` holds what the user typed (request number, dates); the rest stay placeholders.
    """
    spec = kb.prefecture
    if spec is None or not applies(kb, situation):
        return None
    filled = {name: localize(spec.placeholders[name], lang) for name in spec.placeholders}
    if status_label:  # only a label read in the text: the message never claims what the page shows
        filled["status"] = status_label
    for name, value in (values or {}).items():
        if name in FIELDS and value and value.strip():
            filled[name] = " ".join(value.split())
    return localize(spec.template, lang).format_map(filled).strip() + "\n"
