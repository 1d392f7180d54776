"""What the Streamlit page needs besides widgets: pure, testable helpers.

``streamlit_app.py`` stays a thin shell: it draws widgets and calls these.
Nothing here imports Streamlit, and nothing here keeps user data.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from functools import partial
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PIL import Image

from .answering.report import Messages, ReportFields
from .engine import STRONG, Engine
from .errors import TroubleshootError
from .i18n import Translator
from .models import SCREEN, USER, CccFields, Diagnosis, Evidence
from .slots import Wait

T = TypeVar("T")
PARIS = ZoneInfo("Europe/Paris")
CCC_PHONE = "0 806 001 620"
IMAGE_TYPES = ["png", "jpg", "jpeg", "webp", "heic", "heif"]  # extensions only, so the server checks names too
MAX_TEXT_SHOWN = 5_000  # characters of OCR text echoed back; a page is ~3,000

# Choices of the CCC form. Each key has a ``<group>_<key>`` string in every
# locale; the French string is what the French message says.
PROCEDURES = ("titre_sejour", "renouvellement", "naturalisation", "vls_ts", "document_voyage", "autre")
TRIED = ("other_browser", "clear_cache", "later", "other_device", "reset_password")
IDENTIFIERS = ("foreign_number", "visa", "email")
REDACT_DEFAULT = True  # privacy by default: the person may be in a public place, beside a volunteer

_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Sample:
    path: Path
    kind: str  # "desktop" or "phone": only picks the label shown


# Bundled screenshots to try the app without one's own. Only their files are
# named here; nothing in the app depends on which one is chosen.
SAMPLES = (
    Sample(_ROOT / "samples/images/s003.png", "desktop"),
    Sample(_ROOT / "samples/images/s004.png", "phone"),
    Sample(_ROOT / "samples/images/s007.png", "desktop"),
    Sample(_ROOT / "samples/images/s009.png", "phone"),
)


def available_samples() -> list[Sample]:
    """The samples present (an installed package has no ``samples/`` folder)."""
    return [s for s in SAMPLES if s.path.is_file()]


# One constant block per direction; user text never goes into it. Streamlit
# has no RTL mode, so the main block is flipped and text aligns to its start.
# Paragraphs take the page's direction, not their first letter's: a sentence in
# Arabic or Persian that starts with a French name (« Centre de Contact Citoyen »,
# « CCC ») is still right to left. Today every knowledge text and locale string
# has the three right-to-left languages; one missing (shown in French) would only
# have its last full stop on the left. What the user typed keeps its own
# direction in the fields (plaintext) and in the code boxes.
# Code boxes (the French message, OCR text) stay left to right; only the
# messages shown in the user's language (container keys "ccc_user", "prefecture_user") flip.
_BASE_CSS = """
html, body, .stApp { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Arial, sans-serif; }
.block-container { padding-top: 3.5rem; padding-bottom: 3rem; }
.stHeading h1 { font-size: clamp(1.7rem, 6vw, 2.4rem); }
.stHeading h2 { font-size: clamp(1.35rem, 4.5vw, 1.8rem); }
.stHeading h3 { font-size: clamp(1.2rem, 4vw, 1.5rem); }
.stButton button, .stDownloadButton button { min-height: 3rem; }
[data-testid="stCode"] pre, [data-testid="stCode"] code { white-space: pre-wrap; word-break: break-word; direction: ltr; text-align: left; }
a[href^="tel:"] { white-space: nowrap; direction: ltr; unicode-bidi: isolate; }
[data-testid="stFileUploaderDropzone"] { min-height: 5rem; }
/* Captions are grey at 60 % by default (about 4:1 on this background): darker, for 4.5:1 and more (WCAG AA). */
[data-testid="stCaptionContainer"], [data-testid="stImageCaption"], [data-testid="stCaptionContainer"] p { color: #4b5563; opacity: 1; }
"""
_RTL_CSS = """
[data-testid="stMain"] { direction: rtl; }
[data-testid="stMarkdownContainer"], [data-testid="stWidgetLabel"], [data-testid="stCaptionContainer"], .stHeading { text-align: right; }
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { direction: rtl; unicode-bidi: isolate; text-align: start; }
[data-testid="stMarkdownContainer"] ol, [data-testid="stMarkdownContainer"] ul { padding-right: 1.5rem; padding-left: 0; }
input, textarea { unicode-bidi: plaintext; text-align: start; }
[data-testid="stDateInputField"] [role="group"], [data-testid="stTimeInputTimeDisplay"] [role="group"] { direction: ltr; }
.st-key-ccc_user [data-testid="stCode"] pre, .st-key-ccc_user [data-testid="stCode"] code,
.st-key-prefecture_user [data-testid="stCode"] pre, .st-key-prefecture_user [data-testid="stCode"] code { direction: rtl; unicode-bidi: plaintext; text-align: right; }
/* Their copy button goes to the end of the first line (the left), as it does in a left-to-right box, not over its start. */
.st-key-ccc_user [data-testid="stCode"] > div, .st-key-prefecture_user [data-testid="stCode"] > div { right: auto; left: 0; }
"""


def page_css(rtl: bool) -> str:
    return _BASE_CSS + (_RTL_CSS if rtl else "")


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:])")


_DIGIT_SPACE = re.compile(r"(?<=\d) (?=\d)")


def md_escape(text: str) -> str:
    """Knowledge texts shown through Markdown stay literal (no links, bold, math or colour directives).

    A space between digits (« 0 806 001 620 ») becomes a no-break space: the number is
    not cut at the end of a line, and in a right-to-left sentence its groups stay in
    order (a no-break space joins two numbers for the bidirectional algorithm; a
    space would let the groups run right to left: « 620 001 806 0 »).
    """
    return _MD_SPECIAL.sub(r"\\\1", _DIGIT_SPACE.sub("\u00a0", text))


def error_key(error: BaseException) -> str:
    """The interface string for an error: by its stable code, never its English message."""
    if isinstance(error, TroubleshootError) and error.code in _KNOWN_ERRORS:
        return f"error_{error.code}"
    return "error_unexpected"


_LOG = logging.getLogger("troubleshoot")


def log_failure(error: BaseException) -> None:
    """Tell the person who runs the server what failed and the fix: the error's code,
    message and remedy (ours, written to name no user data), else only its class."""
    if isinstance(error, TroubleshootError):
        _LOG.warning("%s: %s Fix: %s", error.code, error.message, error.remedy or "-")
    else:  # its message could quote the user's text: the class name only
        _LOG.error("unexpected %s while analysing an input", type(error).__name__)


_KNOWN_ERRORS = {"tesseract_missing", "language_missing", "unreadable_image", "unsupported_image",
                 "ocr_timeout", "ocr_failed", "empty_input", "server_busy"}


def is_fallback(engine: Engine, diagnosis: Diagnosis) -> bool:
    """Nothing recognised. Another website named plainly (a visa, a préfecture appointment) is recognised."""
    return diagnosis.situation in (None, engine.kb.fallback.id) and not diagnosis.status_details


# The question asked when the screenshot did not show when the problem
# happened, and its choices (each has a ``moment_choice_<choice>`` string).
ASK_MOMENT = "moment"  # no date and time read (or a pasted text): when was it?
ASK_DAY = "day"  # a time without a date (a phone's status bar): which day?
NOW, OTHER, TODAY, OTHER_DAY = "now", "other", "today", "other_day"
CHOICES = {ASK_MOMENT: (NOW, OTHER), ASK_DAY: (TODAY, OTHER_DAY)}


def moment_question(diagnosis: Diagnosis) -> str | None:
    """What the page asks about when the problem happened.

    ``None`` when the screenshot showed the date and the time; ``ASK_DAY`` when
    it showed the time only; ``ASK_MOMENT`` otherwise, and for a pasted text
    (a date in a pasted text is not taken as the problem's).
    """
    if diagnosis.shows is not None and diagnosis.seen_time is not None:
        return None if diagnosis.shows.date else ASK_DAY
    return ASK_MOMENT


def swapped(day: date) -> date | None:
    """The other reading of a date whose day and month may be either way round
    ("08/09" as the 9th of August); None when it is no calendar date."""
    try:
        return day.replace(day=day.month, month=day.day)
    except ValueError:
        return None


@dataclass(frozen=True)
class MomentAnswer:
    """What the page holds about when the problem happened, in the device's local time."""

    choice: str | None = None  # one of CHOICES[question]; None: not answered yet (or nothing asked)
    date: date | None = None  # the date field, when shown
    time: time | None = None  # the time field, when shown


@dataclass(frozen=True)
class Moment:
    """When the problem happened, in Paris time, and who said so.

    A ``None`` date or time is not known yet: the message keeps its placeholder.
    """

    date: date | None
    time: time | None
    date_source: str | None = None  # SCREEN or USER (None with a None date)
    time_source: str | None = None
    converted_from: str | None = None  # the browser's time zone, when it is not Paris's

    @property
    def pending(self) -> bool:
        return self.date is None or self.time is None


def local_now(browser_tz: str | None, now: datetime) -> datetime:
    """``now`` on the device's clock (the browser's time zone), to the minute."""
    return now.astimezone(_zone(browser_tz)).replace(second=0, microsecond=0)


def problem_moment(diagnosis: Diagnosis, answer: MomentAnswer, browser_tz: str | None, now: datetime) -> Moment:
    """Date and time for the CCC message, in Paris time, with where each came from.

    Nothing is made up: a date or time is the screenshot's (``SCREEN``), or one
    the user gave (``USER``: "just now", "today" or one they picked); else it
    stays unknown. A clock on the screenshot and a time the user gives are both
    taken as the device's local time (the browser's zone), and converted when
    that zone is not Paris's.
    """
    zone = _zone(browser_tz)
    here = local_now(browser_tz, now)
    question = moment_question(diagnosis)
    if question is None:  # the fields, filled in from the screenshot, may have been edited
        day, clock = answer.date, answer.time
    elif question == ASK_DAY:  # the time field holds the screenshot's time
        day = here.date() if answer.choice == TODAY else answer.date if answer.choice == OTHER_DAY else None
        clock = answer.time
    elif answer.choice == NOW:
        day, clock = here.date(), here.time()
    elif answer.choice == OTHER:
        day, clock = answer.date, answer.time
    else:
        day, clock = None, None
    screen = diagnosis.shows is not None
    date_source = None if day is None else SCREEN if screen and day == diagnosis.shown_date else USER
    time_source = None if clock is None else SCREEN if screen and clock == diagnosis.seen_time else USER
    if clock is None:
        return Moment(day, None, date_source, None)
    # A time without its date yet is converted with today's offset; the date, once given, settles it.
    local = datetime.combine(day or here.date(), clock, tzinfo=zone)
    paris = local.astimezone(PARIS)
    converted = browser_tz if paris.utcoffset() != local.utcoffset() else None
    return Moment(paris.date() if day else None, paris.time().replace(second=0, microsecond=0), date_source,
                  time_source, converted)


def _zone(name: str | None) -> ZoneInfo:
    if not name:
        return PARIS
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return PARIS  # a garbled zone from the browser must not break the page


@dataclass(frozen=True)
class CccForm:
    """What the user chose or typed in the CCC form (keys, not labels).

    ``date`` and ``time`` are in Paris time (see ``problem_moment``), given by
    the user unless their source says they are the screenshot's.
    """

    date: date | None = None
    time: time | None = None
    procedure: str | None = None  # a key of PROCEDURES
    blocking_step: str = ""
    tried: tuple[str, ...] = ()  # keys of TRIED
    tried_more: str = ""
    identifier: str | None = None  # a key of IDENTIFIERS
    error_text: str = ""
    date_source: str = USER
    time_source: str = USER

    @classmethod
    def at(cls, moment: Moment, **answers: object) -> CccForm:
        """The form with the date and time of ``moment`` (and where they came from)."""
        return cls(date=moment.date, time=moment.time, date_source=moment.date_source or USER,
                   time_source=moment.time_source or USER, **answers)


def ccc_fields(base: CccFields, form: CccForm, tr: Translator) -> CccFields:
    """The fields of the CCC message, with choices worded in ``tr``'s language.

    Use a French translator for the message to send, the user's for the
    translation shown next to it. Empty answers keep what ``base`` read (the
    screenshot's date and time, said to be), else the visible placeholders.
    """
    tried = [tr(f"tried_{key}") for key in form.tried]
    if form.tried_more.strip():
        tried.append(form.tried_more.strip())
    return replace(
        base,
        date=form.date.strftime("%d/%m/%Y") if form.date else base.date,
        time=form.time.strftime("%H:%M") if form.time else base.time,
        date_source=form.date_source if form.date else base.date_source,
        time_source=form.time_source if form.time else base.time_source,
        procedure=tr(f"procedure_{form.procedure}") if form.procedure else None,
        blocking_step=form.blocking_step.strip() or None,
        tried=", ".join(tried) or None,
        identifier_type=tr(f"identifier_{form.identifier}") if form.identifier else None,
        error_text=form.error_text.strip() or base.error_text,
    )


@dataclass(frozen=True)
class Private:
    """What the page may show of an analysis: identifiers masked when the user hides them."""

    diagnosis: Diagnosis  # its texts masked (``hide``) or as read
    image: object | None  # the picture to draw on: the masked copy (``hide``), else the one read
    # Makes the masked copy's PNG, the only picture ever offered for download: called when the
    # user clicks (Streamlit's deferred download), not at every page, since few download it.
    masked_png: Callable[[], bytes] | None
    # What the case's annotated copy is made from: the masked copy (``hide``), else the upload.
    source: bytes | Image.Image | None = None


def private(diagnosis: Diagnosis, image: bytes | None, hide: bool) -> Private:
    """The diagnosis and picture the page shows; with ``hide``, never the original picture."""
    from .answering import redact

    if not hide:
        return Private(diagnosis, diagnosis.view if diagnosis.view is not None else image, None, image)
    masked = redact.masked_view(diagnosis)
    masked_png = partial(redact.png, masked) if masked is not None else None
    # The masked copy replaces the view too, so nothing drawn from this diagnosis shows the original.
    hidden = replace(redact.redact_diagnosis(diagnosis), view=masked, words=None)
    return Private(hidden, masked, masked_png, masked)


_KEEP = {"foreign_number": "foreign_number", "visa": "visa_number", "email": "email"}  # IDENTIFIERS -> redact kinds


def private_text(message: str, hide: bool, identifier: str | None = None, include_identifier: bool = False) -> str:
    """A text the page shows (the CCC message, the error text) with identifiers masked when hiding,
    except the sign-in identifier the user chose to include."""
    from .answering import redact

    if not hide:
        return message
    keep = {_KEEP[identifier]} if include_identifier and identifier in _KEEP else set()
    return redact.mask_text(message, keep=keep)


def private_messages(sent: Messages, hide: bool, identifier: str | None, include_identifier: bool) -> Messages:
    """A case's short and full messages as the page shows and offers them (``private_text`` on each)."""
    return Messages(private_text(sent.short, hide, identifier, include_identifier),
                    private_text(sent.full, hide, identifier, include_identifier))


def shown_text(text: str) -> str:
    """OCR or pasted text cut to a readable length before it is echoed."""
    return text if len(text) <= MAX_TEXT_SHOWN else text[:MAX_TEXT_SHOWN] + "…"


# -- a case of several inputs (see case.py and report.py) ---------------------------------

def report_fields(form: CccForm, tr: Translator, *, device: str = "", browser: str = "",
                  identifier: str = "") -> ReportFields:
    """The fields of the case's messages, with choices worded in ``tr``'s language.

    The identifier is said only when the user chose its kind or typed it; the
    password is never asked, and the message says it is not shared.
    """
    tried = [tr(f"tried_{key}") for key in form.tried]
    if form.tried_more.strip():
        tried.append(form.tried_more.strip())
    kind = tr(f"identifier_{form.identifier}") if form.identifier else ""
    said = (" : " if tr.lang == "fr" else ": ").join(part for part in (kind, identifier.strip()) if part)
    return ReportFields(
        date=form.date.strftime("%d/%m/%Y") if form.date else None,
        time=form.time.strftime("%H:%M") if form.time else None,
        date_source=form.date_source if form.date else None,
        time_source=form.time_source if form.time else None,
        procedure=tr(f"procedure_{form.procedure}") if form.procedure else None,
        blocking_step=form.blocking_step.strip() or None,
        tried=", ".join(tried) or None,
        device=device.strip() or None,
        browser=browser.strip() or None,
        identifier=said or None,
        error_text=form.error_text.strip() or None,
    )


HIGH, MEDIUM, LOW = "high", "medium", "low"


def confidence_word(engine: Engine, score: float) -> str:
    """The confidence in words (``confidence_<word>`` in the locales): sure, likely or uncertain."""
    if score >= STRONG:
        return HIGH
    return MEDIUM if score >= engine.kb.settings.scoring.threshold else LOW


def prefecture_values(request_number: str, deposit_date: str, attestation_end: str, *,
                      procedure: str = "") -> dict[str, str]:
    """What the user typed or chose for the préfecture message, as typed (a date as read on their
    document; the procedure worded in the message's language); empty answers keep its placeholders."""
    values = {"request_number": request_number, "deposit_date": deposit_date, "attestation_end": attestation_end,
              "procedure": procedure}
    return {name: " ".join(value.split()) for name, value in values.items() if value and value.strip()}


def evidence_line(evidence: Evidence) -> str:
    """A matched phrase and, when a combination made it, its concepts: ``mot de passe invalide  [password + invalid]``."""
    phrase = " ".join(evidence.phrase.split())
    if not evidence.concepts:
        return phrase
    return f"{phrase}  [{' + '.join(dict.fromkeys(c for c, _ in evidence.concepts))}]"


def waiting_label(tr: Translator, wait: Wait) -> str:
    """What a person waiting for a reading slot reads: their place and about how long, in whole seconds."""
    return tr("waiting_slot", place=wait.place, seconds=max(1, math.ceil(wait.seconds)))


# -- what the page draws, kept for the session's reruns ---------------------------------
SHOWN_WIDTH = 1460  # Streamlit's widest picture on a page: a wider one it shrinks and encodes again


class Renders:
    """Pictures and masked copies made for one session's page, kept across its reruns.

    Every click or field the user changes reruns the page; redacting, drawing
    and encoding the same screenshot again each time cost more than the rest of
    the page. The dict lives in that session's state only (never shared between
    users, never on disk), and what a run did not ask for is dropped at its end
    (an input removed, redaction switched, another language).
    """

    def __init__(self, previous: dict[tuple[object, ...], object] | None) -> None:
        self._previous = previous or {}
        self.kept: dict[tuple[object, ...], object] = {}  # what this run used: the next run's ``previous``

    def get(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        if key not in self.kept:
            self.kept[key] = self._previous[key] if key in self._previous else make()
        return self.kept[key]  # type: ignore[return-value]


def shown_jpeg(image: Image.Image) -> bytes:
    """A picture as the page shows it: at most ``SHOWN_WIDTH`` wide, JPEG (as Streamlit would make it),
    so Streamlit hands these bytes on without decoding and encoding them again."""
    if image.width > SHOWN_WIDTH:
        image = image.resize((SHOWN_WIDTH, round(image.height * SHOWN_WIDTH / image.width)), Image.Resampling.BILINEAR)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def shown_reading(engine: Engine, diagnosis: Diagnosis, image: bytes | None, lang: str, hide: bool,
                  ) -> tuple[Diagnosis, Private]:
    """An input's diagnosis in the page's language (as read, unmasked), and what the page may show of it."""
    localized = diagnosis if diagnosis.lang == lang else engine.localize(diagnosis, lang)
    return localized, private(localized, image, hide)


def annotated_copy(source: bytes | Image.Image, lines: list[str]) -> tuple[Callable[[], bytes], bytes]:
    """The copy to attach with its caption: what makes the PNG offered for download, and the JPEG the page shows.

    The PNG is made when the user clicks its download (Streamlit's deferred download):
    encoding it cost 0.06 s of the server's CPU per screenshot (``benchmarks/load.py
    --profile``) for a file most people never take. It is the same picture as the JPEG,
    drawn again from the same source and caption.
    """
    from .answering.caption import with_caption

    return partial(_copy_png, source, tuple(lines)), shown_jpeg(with_caption(source, lines))


def _copy_png(source: bytes | Image.Image, lines: tuple[str, ...]) -> bytes:
    from .answering.caption import png_bytes, with_caption

    return png_bytes(with_caption(source, list(lines)))
