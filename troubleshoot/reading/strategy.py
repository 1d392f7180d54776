"""How an image is read: which preparation, which Tesseract settings, which regions.

Spend OCR time where it pays. The first reading is fast (the page as it is,
French model, automatic layout); a second, slower reading (contrast stretched,
text enlarged, sparse-text layout, French and English models) runs only when the
engine finds the first one weak; when the first reading is noise, the page's
script is detected and its models are used instead (a page the browser
translated into Arabic or Russian). Photos of a screen are straightened first.
Each reading cuts the page between text blocks into one band per core (two at
most) and reads the bands side by side: Tesseract itself runs single-threaded.
The screen's frame (toolbars, taskbars, status bars: where the address and the
clock are) is found by its structure (``frame``); its items, cut out and
enlarged, ride along below the page in the first reading, and what they say is
kept for the later readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

from PIL import Image

from ..knowledge import OcrSpec
from . import clock as clock_module
from . import frame, images, ink, ocr
from .extract import Line

EDGE = 0.09  # share of the height holding an address bar or a clock, at top and bottom
CHROME_TOP = 0.12  # share of the height a browser's tabs and address bar take on a desktop capture
SHEET_GAP = 40  # white pixels between the page and the frame's items on one sheet
SECOND_MIN_LINE = 1.3  # the second reading enlarges text a little more than the first
MAX_BANDS = 2  # more bands each pay Tesseract's start-up for little reading
ADDRESS_HINTS = ("http", "www", "gouv", ".fr", ".com", "/")
CLOCK_CHARACTERS = "0123456789:/.-hHAPMapm"  # what a clock or a numeric date is written with
MAX_CLOCK_ITEMS = 6  # items with digits read again as a clock: a clock, a date, a badge or two
CLOCK_DIGITS = 0.3  # share of an item's letters and digits that are digits, at least, in a clock or a date
# Another script read with Latin models comes out as words with a capital after a small
# letter or digits among letters ("IHo3emui y PpaHuyii" for "Іноземці у Франції"): when
# this many such words, and this share of the words, the page's script is checked.
MISREAD_WORDS, MISREAD_SHARE = 5, 0.2
MISREAD_REACH = 0.2  # share of the height, above and below the odd words' middle, where the region of odd words is looked for
MISREAD_LINE_SHARE = 0.4  # share of a line's words that are odd, at least, for the line to count as misread
_WORD = re.compile(r"[^\W_]{4,}")
_CASE_INSIDE = re.compile(r"[^\W\d_](?<![A-ZÀ-Þ])[A-ZÀ-Þ]")
_DIGIT_AMONG_LETTERS = re.compile(r"(?=.*\d)(?=.*[^\W\d_]{2})")
# ("Friday 14/08/2026": 8 of 14; "mer. 26 nov. 14:32": 6 of 14)


@dataclass(frozen=True)
class Reading:
    ocr: ocr.OcrResult
    view: Image.Image  # the upright image the word boxes refer to
    frame: ocr.OcrResult | None = None  # what the frame's items said (also within ``ocr``)
    # The frame's items and their sheet as the first reading found them on ``view``:
    # the edges' reading reuses them instead of finding them again (a tenth of a second).
    bars: frame.Sheet | None = None
    # What each reading of the same view shares instead of making it again (a photo's
    # light is evened over the whole picture): images.ocr_grey(view), ink.ink_grey(view).
    grey: Image.Image | None = None
    ink_grey: Image.Image | None = None


def load(source: bytes | str | Path) -> Image.Image:
    """Decode, then straighten a photographed screen onto an upright rectangle."""
    image = images.load_image(source)
    quad = images.find_screen(image)
    return images.straighten(image, images.widen(quad, image.size)) if quad is not None else image


def read(
    image: Image.Image, settings: OcrSpec, *, strong: bool, languages: str | None = None, frame_of: Reading | None = None
) -> Reading:
    """The fast first reading, or (``strong``) the careful one, in ``languages`` if given.

    The first reading reads the frame too; a later one takes the frame's text
    from ``frame_of`` (the first reading) instead of reading it again.
    """
    ocr.probe(settings.languages)  # fail early and clearly on missing language data
    shared = frame_of is not None and frame_of.view is image and frame_of.grey is not None
    grey = frame_of.grey if shared and frame_of is not None else None
    grey = images.ocr_grey(image) if grey is None else grey
    faint = frame_of.ink_grey if shared and frame_of is not None else ink.ink_grey(image)
    if strong:
        languages = languages or settings.languages
        ocr.probe(languages)
        prepared, scale = images.prepare_for_ocr(
            image, min_line=images.MIN_LINE_HEIGHT * SECOND_MIN_LINE, enhance=True, grey=grey
        )
        result = _read_bands(prepared, languages=languages, timeout=settings.timeout_seconds, psm=11)
        page = ink.mark_faint(_unsheet(result, prepared.height, scale, None, image.size), image, faint)
        kept = frame_of.frame if frame_of is not None else None
        return Reading(_merge(page, [kept]) if kept is not None else page, image, kept,
                       frame_of.bars if frame_of is not None else None, grey, faint)
    prepared, scale = images.prepare_for_ocr(image, grey=grey)
    bars = frame.sheet(image)
    sheet = prepared
    if bars is not None:
        # The frame's items are small text, often light on dark: enlarged copies
        # ride along below the page, so the same Tesseract runs read them
        # (another run would cost more in start-up than in reading).
        sheet = Image.new("L", (max(prepared.width, bars.image.width), prepared.height + SHEET_GAP + bars.image.height), 255)
        sheet.paste(prepared, (0, 0))
        sheet.paste(bars.image, (0, prepared.height + SHEET_GAP))
    result = _read_bands(sheet, languages=settings.fast_languages, timeout=settings.timeout_seconds, try_inverted=False)
    page = ink.mark_faint(_unsheet(result, prepared.height, scale, bars, image.size), image, faint)
    framed = _frame_part(page)
    return Reading(page, image, framed, bars, grey, faint)


def _frame_part(result: ocr.OcrResult) -> ocr.OcrResult | None:
    """The lines of a reading that came from the frame, as a reading of their own."""
    lines = [line for line in result.lines if line.frame]
    if not lines:
        return None
    text, words, kept = "", [], []
    for line in lines:
        base = len(text) + 1 if text else 0
        piece = result.text[line.start : line.end]
        text = f"{text}\n{piece}" if text else piece
        shift = base - line.start
        words += [ocr.OcrWord(w.text, w.confidence, w.box, w.start + shift, w.end + shift)
                  for w in result.words if line.start <= w.start < line.end]
        kept.append(replace(line, start=base, end=base + len(piece)))
    return ocr.OcrResult(text, tuple(words), tuple(kept), ocr.mean_confidence(words))


def looks_misread(text: str) -> bool:
    """The text reads like another writing system read as Latin letters.

    Cyrillic read with the French model keeps its shapes ("3anuT", "AOKyMeHTU"),
    often with a fair confidence, so the reading's confidence alone does not say
    it; French words seldom change case inside or mix digits in ("FranceConnect"
    is one of few).
    """
    words = _WORD.findall(text)
    odd = sum(1 for w in words if _odd(w))
    if odd >= MISREAD_WORDS and odd >= MISREAD_SHARE * len(words):
        return True
    # A translated page's body inside a French browser and desktop: the menus, tabs and
    # bookmarks read well and dilute the share, but the body's lines are mostly odd words.
    packed = 0
    for line in text.splitlines():
        here = _WORD.findall(line)
        odd_here = sum(1 for w in here if _odd(w))
        if here and odd_here >= MISREAD_LINE_SHARE * len(here):
            packed += odd_here
    return packed >= 2 * MISREAD_WORDS


def _odd(word: str) -> bool:
    return bool(_CASE_INSIDE.search(word) or (_DIGIT_AMONG_LETTERS.match(word) and not word.isupper()))


def misread_region(words: Sequence[ocr.OcrWord] | None, size: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """The box around the words that read like another script as Latin letters, with a margin.

    On a page dimmed behind a dialog, or framed by a French browser and desktop, the
    script detection finds too few characters in the whole body; the dialog's own
    lines tell it at once.
    """
    odd = [w.box for w in words or () if _odd(w.text)]
    if len(odd) < MISREAD_WORDS:
        return None
    # Around where most of them are (a dialog's sentences), not a stray tab title's.
    centres = sorted(b[1] + b[3] / 2 for b in odd)
    middle = centres[len(centres) // 2]
    odd = [b for b in odd if abs(b[1] + b[3] / 2 - middle) <= MISREAD_REACH * size[1]]
    if len(odd) < MISREAD_WORDS:
        return None
    left, top = min(b[0] for b in odd), min(b[1] for b in odd)
    right, bottom = max(b[0] + b[2] for b in odd), max(b[1] + b[3] for b in odd)
    margin = max(b[3] for b in odd) * 2
    return (max(0, left - margin), max(0, top - margin), min(size[0], right + margin), min(size[1], bottom + margin))


def languages_for_script(
    image: Image.Image, settings: OcrSpec, user_lang: str, region: tuple[int, int, int, int] | None = None,
    grey: Image.Image | None = None,
) -> tuple[str, str] | None:
    """The script of a page in another writing system, and the languages to read it with.

    A browser-translated page in Arabic or Cyrillic script reads as noise with the
    French model; Tesseract's script detection tells which data to read it with.
    When the page holds too little text to tell, the user's own script is tried.
    The French data stays, second, for the address bar and the page's Latin bits.
    """
    prepared, _ = images.prepare_for_ocr(image, grey=grey)
    # The browser's tabs and address bar and the taskbar stay Latin on a translated
    # page and sway the detection: only the page's body is looked at.
    body = prepared.crop((0, round(prepared.height * CHROME_TOP), prepared.width, round(prepared.height * (1 - EDGE))))
    found = ocr.detect_script(body, timeout=settings.timeout_seconds)
    if (found is None or found[0] == "Latin") and region is not None:
        # Script detection wants letters of a good size: the region is enlarged more than a reading is.
        enlarged = images.prepare_for_ocr(image.crop(region), min_line=2 * images.MIN_LINE_HEIGHT, enhance=True)[0]
        found = ocr.detect_script(enlarged, timeout=settings.timeout_seconds) or found
    script = found[0] if found else settings.user_script(user_lang)
    extra = settings.script_languages(script, user_lang) if script else None
    if script is None or extra is None or not set(extra.split("+")) <= ocr.installed_languages():
        return None
    return script, f"{extra}+{settings.fast_languages}"


def _read_bands(sheet: Image.Image, **options: object) -> ocr.OcrResult:
    """Cut the sheet between text blocks into one band per core, read them side by side."""
    cuts = images.band_cuts(sheet, min(ocr.PARALLEL, MAX_BANDS))
    edges = [0, *cuts, sheet.height]
    bands = [sheet.crop((0, top, sheet.width, bottom)) for top, bottom in pairwise(edges)]
    return _stack(ocr.read_many(bands, **options), edges[:-1])


def _stack(results: list[ocr.OcrResult], tops: list[int]) -> ocr.OcrResult:
    """The bands' readings as one, top to bottom, boxes in the sheet's frame
    (line positions are set afterwards, by ``_unsheet``)."""
    text, words, lines = _concat([_shift(part, top=top) for part, top in zip(results, tops, strict=True)])
    return ocr.OcrResult(text, words, lines, ocr.mean_confidence(words))


def _unsheet(
    result: ocr.OcrResult, page_height: int, scale: float, bars: frame.Sheet | None, view_size: tuple[int, int]
) -> ocr.OcrResult:
    """Boxes and line positions of a (page-plus-frame) sheet, back in the view's frame;
    lines read from the frame's items are marked as such."""
    words = []
    items: dict[int, int] = {}  # word -> the frame item it was read on
    for n, w in enumerate(result.words):
        x, y, width, height = w.box
        placed = bars.to_view((x, y - page_height - SHEET_GAP, width, height)) if bars and y >= page_height else None
        if placed is not None:
            box, items[n] = placed
        else:
            box = (round(x / scale), round(y / scale), round(width / scale), round(height / scale))
        words.append(ocr.OcrWord(w.text, w.confidence, box, w.start, w.end))
    return ocr.OcrResult(result.text, tuple(words), _place_lines(result.lines, words, items, view_size, bars), result.mean_confidence)


def _place_lines(
    lines: tuple[Line, ...], words: list[ocr.OcrWord], items: dict[int, int], size: tuple[int, int], bars: frame.Sheet | None
) -> tuple[Line, ...]:
    """Where each line sits on the screen (shares of its height and width), and
    the frame item it was read on.

    Items of one bar ride side by side on the sheet, and Tesseract may read two
    of them as one line ("ENG 14:32"): such a line is cut back into one line
    per item, so that each keeps its own place (the clock at the bar's end, not
    halfway to the language indicator)."""
    width, height = size
    placed = []
    for line in lines:
        own = [n for n, w in enumerate(words) if line.start <= w.start < line.end]
        framed = bool(own) and all(n in items for n in own)
        runs = [own]
        if framed:
            runs = [[own[0]]]
            for n in own[1:]:
                if items[n] == items[runs[-1][-1]]:
                    runs[-1].append(n)
                else:
                    runs.append([n])
        for run in runs:
            start, end = (words[run[0]].start, words[run[-1]].end) if framed else (line.start, line.end)
            y = sum(words[n].box[1] + words[n].box[3] / 2 for n in run) / len(run) if run else 0.0
            x = sum(words[n].box[0] + words[n].box[2] / 2 for n in run) / len(run) if run else None
            edge = bars.placed[items[run[0]]].item.edge if framed and bars is not None else None
            placed.append(
                Line(
                    start,
                    end,
                    min(1.0, max(0.0, y / height)) if height else None,
                    frame=framed,
                    item=items[run[0]] if framed else None,
                    x=min(1.0, max(0.0, x / width)) if x is not None and width else None,
                    address=edge is None or frame.holds_address(edge, size),
                )
            )
    return tuple(placed)


def read_edges(first: Reading, settings: OcrSpec, *, clock: bool, address: bool, date: bool = False) -> Reading | None:
    """Read the frame's items again, on their own, when the clock or the address was missed.

    Read along with the page, the items are laid out by the page's analysis;
    alone, in sparse-text mode and with both languages, they often give what
    it dropped. The items that showed digits are read once more as what a
    clock is, line by line, digits and separators only: a JPEG's or a photo's
    blur no longer turns "15:12 08" into "151208". Only done when the frame
    showed a hint of what is missing: a digit where a clock may be, a piece
    of an address. A desktop's clock read without its date (``date``) counts
    as missed when some item mostly of digits holds digits its time does not
    explain: a phone's status bar has no date, nor has GNOME's "Tue 17:01".
    Both reads run side by side.
    """
    said = first.frame.text.lower() if first.frame is not None else ""
    texts = _item_texts(first.frame) if first.frame is not None else {}
    digits = _items_with_digits(texts)
    if not clock:
        # The clock was read: its date is worth another look only where an
        # item holds digits its time does not explain (a date read as noise);
        # a clock that says "Tue 17:01" has no date to find.
        digits = [n for n in digits if clock_module.digits_beyond_time(texts[n])]
    # A clock missed altogether may have left only a stray digit of itself; or
    # nothing at all, when the page's layout analysis dropped its block: a
    # taskbar (items along the bottom or a side) always has a clock. The items
    # are only looked for when no digit already says so.
    bars = first.bars if first.bars is not None else frame.sheet(first.view)
    if clock:
        # A missed clock is looked for where one must be (a taskbar, found by its own
        # colour, always has one) or where an item reads like one (mostly digits: a
        # menu bar's or a status bar's clock read wrong). A digit in a tab's title
        # ("Inbox (3)") or in the address, or a page's footer at the bottom edge, is none.
        clock = bars is not None and (any(p.item.taskbar for p in bars.placed) or bool(_items_with_digits(texts)))
    clock = clock or (date and not frame.is_phone(first.view.size) and bool(digits))
    address = address and any(h in said for h in ADDRESS_HINTS)
    if not clock and not address or bars is None:
        return None
    sheets = [(bars, None)]
    jobs: list[tuple[Image.Image, dict[str, object]]] = [
        (bars.image, {"languages": settings.languages, "timeout": settings.timeout_seconds, "psm": 11})
    ]
    digits = digits if clock else []
    clocks = frame.sheet(first.view, [bars.placed[n].item for n in digits if n < len(bars.placed)]) if digits else None
    if clocks is not None:
        sheets.append((clocks, digits))
        jobs.append((clocks.image, {"languages": settings.fast_languages, "timeout": settings.timeout_seconds,
                                    "psm": 6, "only": CLOCK_CHARACTERS}))
    parts = []
    for (sheet, numbers), part in zip(sheets, ocr.read_jobs(jobs), strict=True):
        words, items = [], {}
        for n, w in enumerate(part.words):
            placed = sheet.to_view(w.box)
            if placed is not None:
                # Item numbers stay those of the whole frame's sheet, which pairing relies on.
                items[n] = numbers[placed[1]] if numbers is not None else placed[1]
            words.append(ocr.OcrWord(w.text, w.confidence, placed[0] if placed else w.box, w.start, w.end))
        lines = _place_lines(part.lines, words, items, first.view.size, bars)
        parts.append(ocr.OcrResult(part.text, tuple(words), lines, part.mean_confidence))
    return Reading(_merge(first.ocr, parts), first.view, first.frame, first.bars, first.grey, first.ink_grey)


def _item_texts(framed: ocr.OcrResult) -> dict[int, str]:
    """What the first reading said in each frame item (by its number on the sheet)."""
    said: dict[int, str] = {}
    for line in framed.lines:
        if line.item is not None:
            said[line.item] = f"{said.get(line.item, '')} {framed.text[line.start : line.end]}"
    return said


def _items_with_digits(said: dict[int, str]) -> list[int]:
    """The frame items that read like a clock or a date: mostly digits (an
    address with "tab_id=pW7e" in it, a tab's "Inbox (3)", are not), the most
    digit-laden first."""
    shares = []
    for item, text in said.items():
        signs = [c for c in text if c.isalnum()]
        digits = sum(c.isdigit() for c in signs)
        if digits and digits >= CLOCK_DIGITS * len(signs):
            shares.append((-digits / len(signs), item))
    return [item for _, item in sorted(shares)[:MAX_CLOCK_ITEMS]]


def _shift(result: ocr.OcrResult, *, top: int) -> ocr.OcrResult:
    """A band's boxes moved down into the whole sheet's frame (its lines are
    placed afterwards, from the boxes, by ``_unsheet``)."""
    words = tuple(
        ocr.OcrWord(w.text, w.confidence, (w.box[0], w.box[1] + top, w.box[2], w.box[3]), w.start, w.end)
        for w in result.words
    )
    lines = tuple(Line(line.start, line.end) for line in result.lines)
    return ocr.OcrResult(result.text, words, lines, result.mean_confidence)


def _merge(main: ocr.OcrResult, extra: list[ocr.OcrResult]) -> ocr.OcrResult:
    """The main text followed by the strips' text; the main reading's confidence stands."""
    text, words, lines = _concat([main, *extra])
    return ocr.OcrResult(text, words, lines, main.mean_confidence)


def _concat(parts: list[ocr.OcrResult]) -> tuple[str, tuple[ocr.OcrWord, ...], tuple[Line, ...]]:
    """Texts one after the other, a line break between, offsets renumbered; empty parts dropped."""
    text = ""
    words: list[ocr.OcrWord] = []
    lines: list[Line] = []
    for part in parts:
        if not part.text.strip():
            continue
        base = len(text) + 1 if text else 0
        text = f"{text}\n{part.text}" if text else part.text
        words += [ocr.OcrWord(w.text, w.confidence, w.box, w.start + base, w.end + base) for w in part.words]
        lines += [replace(line, start=line.start + base, end=line.end + base) for line in part.lines]
    return text, tuple(words), tuple(lines)
