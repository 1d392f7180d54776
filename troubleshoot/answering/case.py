"""One case: several screenshots and texts about one problem, put in the order they happened.

A person stuck on ANEF often sends a few screenshots: the sign-in page, the
form, then the error. Each is diagnosed on its own; the case orders them by
the time seen on each screenshot (else keeps the order they were given) and
names the item whose situation the sequence supports: the latest screenshot
with a recognised situation (an error after a sign-in page is the error),
else the latest text with one, else the last input.

Nothing here reads an image or names a situation: it works on diagnoses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..models import Diagnosis

if TYPE_CHECKING:
    from PIL import Image

IMAGE, TEXT = "image", "text"


@dataclass(frozen=True)
class CaseItem:
    """One input of the case: what was given, in which position, and its diagnosis."""

    given: int  # position in the order the inputs were given (0-based)
    name: str  # the file name, or "text:N"
    diagnosis: Diagnosis
    kind: str = IMAGE  # IMAGE or TEXT: what was given (an image that failed is still an image)
    # The screenshot for the annotated copy, in memory only, never serialised: the upload's bytes,
    # or the masked copy as an image (the page hides identifiers: no PNG made only to be decoded again).
    image: bytes | Image.Image | None = field(default=None, compare=False, repr=False)

    @property
    def screenshot(self) -> bool:
        """A screenshot that was read (a pasted text, or an image that failed, is not)."""
        return self.diagnosis.shows is not None

    @property
    def failed(self) -> bool:
        return self.diagnosis.error is not None


@dataclass(frozen=True)
class Case:
    """The inputs in the order they happened, and which one holds the problem to report."""

    items: tuple[CaseItem, ...]
    problem: int | None  # index in ``items``; None when every input failed

    @property
    def problem_item(self) -> CaseItem | None:
        return None if self.problem is None else self.items[self.problem]

    @property
    def screenshots(self) -> tuple[CaseItem, ...]:
        return tuple(item for item in self.items if item.screenshot)

    def number(self, item: CaseItem) -> int:
        """The screenshot's number in the case (1, 2, ...), as its annotated copy is named."""
        return self.screenshots.index(item) + 1


def seen_at(diagnosis: Diagnosis, day: date) -> datetime | None:
    """When the screenshot's clock says it was taken; ``day`` stands for a date not shown."""
    if diagnosis.shows is None or diagnosis.seen_time is None:
        return None  # a pasted text's dates are not the problem's
    return datetime.combine(diagnosis.seen_date or day, diagnosis.seen_time)


def build(items: Sequence[CaseItem], fallback: str) -> Case:
    """The case: ``items`` (in the order given) ordered by time, and its problem item.

    Screenshots with a clock are ordered by it (a phone's time without a date
    counts on the latest date another screenshot shows); an input without a
    time stays right after the input given before it, so a text added after a
    screenshot stays with it.
    """
    given = sorted(items, key=lambda item: item.given)
    days = [item.diagnosis.seen_date for item in given if item.screenshot and item.diagnosis.seen_date]
    day = max(days) if days else date.min
    keys: list[tuple[datetime, int]] = []
    last = datetime.min
    for item in given:
        moment = seen_at(item.diagnosis, day)
        if moment is not None:
            last = moment
        keys.append((last, item.given))
    ordered = tuple(item for _, item in sorted(zip(keys, given, strict=True), key=lambda pair: pair[0]))
    return Case(ordered, _problem(ordered, fallback))


def _problem(items: Sequence[CaseItem], fallback: str) -> int | None:
    def recognised(item: CaseItem) -> bool:
        return not item.failed and item.diagnosis.situation not in (None, fallback)

    for wanted in (lambda i: recognised(i) and i.screenshot, recognised, lambda i: not i.failed):
        found = [index for index, item in enumerate(items) if wanted(item)]
        if found:
            return found[-1]
    return None
