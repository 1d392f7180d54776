"""Result types shared by the engine, the command line and the app."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, time
from typing import Any

from .errors import TroubleshootError


@dataclass(frozen=True)
class Evidence:
    """A phrase that matched, the rule behind it and where it is on the image.

    ``concepts`` are the concepts the rule combined, each with the words of the
    input that said it; ``reason`` is the rule's own short explanation.
    """

    phrase: str
    pattern: str
    weight: float
    boxes: tuple[tuple[int, int, int, int], ...] = ()
    concepts: tuple[tuple[str, str], ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class FixStep:
    text: str
    source: str
    source_title: str
    source_url: str


@dataclass(frozen=True)
class Fix:
    title: str
    steps: tuple[FixStep, ...]


@dataclass(frozen=True)
class StatusInfo:
    """What a status code or label found in the text means (``knowledge/status_codes.yaml``).

    ``reliability`` is ``official`` (the site or an official text says so) or
    ``interpretation`` (known only from public tools: shown as an indication,
    never as a promise).
    """

    code: str  # as the table writes it
    kind: str  # code, macro, flag, label
    step: str | None
    found: str  # as it was written in the text
    meaning: str  # in the user's language
    reliability: str
    reliability_note: str
    source: str
    source_title: str
    source_url: str


SCREEN = "screen"  # a date or time read on the screenshot
USER = "user"  # a date or time the user gave


@dataclass(frozen=True)
class Shown:
    """What a screenshot shows of what the CCC asks to see: the site, the date and the time."""

    site: bool = False
    date: bool = False
    time: bool = False

    @property
    def key(self) -> str:
        """``site_time``, ``none``...: the sentence of ``knowledge/ccc_message.yaml`` that says it."""
        return "_".join(name for name in ("site", "date", "time") if getattr(self, name)) or "none"


@dataclass(frozen=True)
class CccFields:
    """What the CCC message says; ``None`` means a placeholder (the site: the ANEF address).

    ``date_source``/``time_source`` (``SCREEN`` or ``USER``) say where the date
    and time come from, and the message says so; ``screenshot`` is what the
    attached screenshot shows (``None``: no screenshot, and nothing is said of one).
    """

    site: str | None = None
    date: str | None = None  # DD/MM/YYYY
    time: str | None = None  # HH:MM
    procedure: str | None = None
    blocking_step: str | None = None
    tried: str | None = None
    identifier_type: str | None = None
    error_text: str | None = None
    date_source: str | None = None
    time_source: str | None = None
    screenshot: Shown | None = None


@dataclass(frozen=True)
class Diagnosis:
    input: str
    lang: str
    situation: str | None = None
    step: str | None = None
    confidence: float = 0.0
    text: str = ""
    title: str = ""
    summary: str = ""
    notice: str | None = None
    evidence: tuple[Evidence, ...] = ()
    candidates: tuple[tuple[str, float], ...] = ()
    site: str | None = None
    seen_date: date | None = None
    seen_time: time | None = None
    emails: tuple[str, ...] = ()
    foreign_numbers: tuple[str, ...] = ()
    error_codes: tuple[str, ...] = ()
    error_text: str = ""
    fix: Fix | None = None
    ccc_message: str = ""
    ocr_confidence: float | None = None
    poor_reading: bool = False
    clock_at_edge: bool = False  # the date/time came from a clock at the screen's edge
    # The screen writes the day and month but not the year ("27 oct."): ``seen_date``
    # holds the latest year that fits, a guess; the screenshot does not show it,
    # so the message leaves the date to the user.
    seen_date_year_guessed: bool = False
    # "08/09/2026" beside a 24-hour clock: the 8th of September or the 9th of August.
    # ``seen_date`` reads the day first, a guess the user confirms, as for the year.
    seen_date_order_guessed: bool = False
    other_site: bool = False  # another website's name or address, and no ANEF cue
    page_script: str | None = None  # "Arabic", "Cyrillic": the page was read in another script (browser-translated)
    status_code: str | None = None  # an internal status code found in the text (knowledge/status_codes.yaml)
    status_label: str | None = None  # a status label of the site found in the text
    status: StatusInfo | None = None  # what the code (else the label) means, and how reliable that is
    status_details: tuple[str, ...] = ()  # detail blocks of knowledge/status_details.yaml added to the fix
    prefecture_message: str | None = None  # French message for the préfecture (the progress of a file)
    error: TroubleshootError | None = field(default=None, compare=False)
    # The image (upright, straightened for photos) that evidence boxes refer to;
    # kept in memory only, for the app to draw on, never serialised.
    view: Any = field(default=None, compare=False, repr=False)
    # The OCR words of ``text`` with their boxes on ``view`` (for masking identifiers); never serialised.
    words: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def shown_date(self) -> date | None:
        """The date the screen shows for sure (not one whose year or day-month order was guessed)."""
        return None if self.date_guessed else self.seen_date

    @property
    def date_guessed(self) -> bool:
        """A date was read, but part of it (the year, or which number is the day) is a guess."""
        return self.seen_date is not None and (self.seen_date_year_guessed or self.seen_date_order_guessed)

    @property
    def shows(self) -> Shown | None:
        """What the screenshot shows: the site, date and time read on it; ``None`` for a pasted text.

        ``ocr_confidence`` is set exactly when an image was read.
        """
        if self.ocr_confidence is None:
            return None
        return Shown(self.site is not None, self.shown_date is not None, self.seen_time is not None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``troubleshoot diagnose --json``."""
        return {
            "input": self.input,
            "situation": self.situation,
            "step": self.step,
            "confidence": self.confidence,
            "text": self.text,
            "evidence": [e.phrase for e in self.evidence],
            "evidence_detail": [
                {
                    "phrase": e.phrase,
                    "pattern": e.pattern,
                    "weight": e.weight,
                    "boxes": [list(b) for b in e.boxes],
                    "concepts": [{"concept": c, "words": w} for c, w in e.concepts],
                    "reason": e.reason,
                }
                for e in self.evidence
            ],
            "candidates": [{"situation": s, "score": v} for s, v in self.candidates],
            "site": self.site,
            "seen_date": self.seen_date.isoformat() if self.seen_date else None,
            "seen_time": self.seen_time.strftime("%H:%M") if self.seen_time else None,
            "seen_date_year_guessed": self.seen_date_year_guessed,
            "seen_date_order_guessed": self.seen_date_order_guessed,
            "shows": None if self.shows is None else asdict(self.shows),
            "identifiers": {"emails": list(self.emails), "foreign_numbers": list(self.foreign_numbers)},
            "error_codes": list(self.error_codes),
            "error_text": self.error_text,
            "title": self.title,
            "summary": self.summary,
            "notice": self.notice,
            "fix": None
            if self.fix is None
            else {
                "title": self.fix.title,
                "steps": [{"text": s.text, "source": s.source_title, "url": s.source_url} for s in self.fix.steps],
            },
            "ccc_message": self.ccc_message,
            "ocr_confidence": self.ocr_confidence,
            "poor_reading": self.poor_reading,
            "page_script": self.page_script,
            "status_code": self.status_code,
            "status_label": self.status_label,
            "status": None if self.status is None else asdict(self.status),
            "status_details": list(self.status_details),
            "prefecture_message": self.prefecture_message,
            "lang": self.lang,
            "error": None if self.error is None else {"code": self.error.code, "message": self.error.message},
        }
