"""How an image is read: which preparation, which Tesseract settings, which regions.

Spend OCR time where it pays. The first reading is fast (the page as it is,
French model, automatic layout); a second, slower reading (contrast stretched,
text enlarged, sparse-text layout, French and English models) runs only when the
engine finds the first one weak; when the first reading is noise, the page's
script is detected and its models are used instead (a page the browser
translated into Arabic or Russian). Photos of a screen are straightened first.
Each reading cuts the page between text blocks into one band per core (two at
most) and reads the bands side by side: Tesseract itself runs single-threaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PIL import Image, ImageOps

from . import images, ocr
from .extract import Line
from .knowledge import OcrSpec

EDGE = 0.09  # share of the height holding an address bar or a clock, at top and bottom
CHROME_TOP = 0.12  # share of the height a browser's tabs and address bar take on a desktop capture
CLOCK_WIDTH = 0.3  # the taskbar's clock sits in its right-hand part
EDGE_SCALE = 2.5
SHEET_GAP = 40  # white pixels between the page and the clock's corner on one sheet
SECOND_MIN_LINE = 1.3  # the second reading enlarges text a little more than the first
MAX_BANDS = 2  # more bands each pay Tesseract's start-up for little reading
ADDRESS_HINTS = ("http", "www", "gouv", ".fr", ".com", "/")


@dataclass(frozen=True)
class Reading:
    ocr: ocr.OcrResult
    view: Image.Image  # the upright image the word boxes refer to


def load(source: bytes | str | Path) -> Image.Image:
    """Decode, then straighten a photographed screen onto an upright rectangle."""
    image = images.load_image(source)
    quad = images.find_screen(ImageOps.grayscale(image))
    return images.straighten(image, images.widen(quad, image.size)) if quad is not None else image


def read(image: Image.Image, settings: OcrSpec, *, strong: bool, languages: str | None = None) -> Reading:
    """The fast first reading, or (``strong``) the careful one, in ``languages`` if given."""
    ocr.probe(settings.languages)  # fail early and clearly on missing language data
    if strong:
        languages = languages or settings.languages
        ocr.probe(languages)
        prepared, scale = images.prepare_for_ocr(image, min_line=images.MIN_LINE_HEIGHT * SECOND_MIN_LINE, enhance=True)
        result = _read_bands(prepared, languages=languages, timeout=settings.timeout_seconds, psm=11)
        return Reading(_unsheet(result, prepared.height, scale, None, image.height), image)
    prepared, scale = images.prepare_for_ocr(image)
    corner = _clock_corner(image)
    sheet = prepared
    if corner is not None:
        # A taskbar clock is small light text: an enlarged copy of its corner rides
        # along below the page, so the same Tesseract runs read it (another run
        # would cost more in start-up than in reading).
        light = corner[0]
        enlarged = light.resize((round(light.width * EDGE_SCALE), round(light.height * EDGE_SCALE)), Image.Resampling.LANCZOS)
        sheet = Image.new("L", (max(prepared.width, enlarged.width), prepared.height + SHEET_GAP + enlarged.height), 255)
        sheet.paste(prepared, (0, 0))
        sheet.paste(enlarged, (0, prepared.height + SHEET_GAP))
    result = _read_bands(sheet, languages=settings.fast_languages, timeout=settings.timeout_seconds, try_inverted=False)
    where = (corner[1], corner[2]) if corner is not None else None
    return Reading(_unsheet(result, prepared.height, scale, where, image.height), image)


def languages_for_script(image: Image.Image, settings: OcrSpec, user_lang: str) -> tuple[str, str] | None:
    """The script of a page in another writing system, and the languages to read it with.

    A browser-translated page in Arabic or Cyrillic script reads as noise with the
    French model; Tesseract's script detection tells which data to read it with.
    When the page holds too little text to tell, the user's own script is tried.
    The French data stays, second, for the address bar and the page's Latin bits.
    """
    prepared, _ = images.prepare_for_ocr(image)
    # The browser's tabs and address bar and the taskbar stay Latin on a translated
    # page and sway the detection: only the page's body is looked at.
    body = prepared.crop((0, round(prepared.height * CHROME_TOP), prepared.width, round(prepared.height * (1 - EDGE))))
    found = ocr.detect_script(body, timeout=settings.timeout_seconds)
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
    text, words, lines = _concat([_shift(part, top=top, left=0, y=None) for part, top in zip(results, tops, strict=True)])
    return ocr.OcrResult(text, words, lines, ocr.mean_confidence(words))


def _clock_corner(view: Image.Image) -> tuple[Image.Image, int, int] | None:
    """The bottom-right corner, turned light, when a dark taskbar is there; and where it sits."""
    height = round(view.height * EDGE)
    if height < 8:
        return None
    left, top = round(view.width * (1 - CLOCK_WIDTH)), view.height - height
    corner = ImageOps.grayscale(view.crop((left, top, view.width, view.height)))
    if not images.is_dark(corner.crop((0, corner.height // 2, corner.width, corner.height))):
        return None
    return ImageOps.invert(corner), left, top


def _unsheet(
    result: ocr.OcrResult, page_height: int, scale: float, corner: tuple[int, int] | None, view_height: int
) -> ocr.OcrResult:
    """Boxes and line positions of a (page-plus-corner) sheet, back in the view's frame."""
    left, top = corner or (0, 0)
    words = []
    for w in result.words:
        x, y, width, height = w.box
        if corner is None or y < page_height:
            box = (round(x / scale), round(y / scale), round(width / scale), round(height / scale))
        else:
            y -= page_height + SHEET_GAP
            box = (left + round(x / EDGE_SCALE), top + round(y / EDGE_SCALE), round(width / EDGE_SCALE), round(height / EDGE_SCALE))
        words.append(ocr.OcrWord(w.text, w.confidence, box, w.start, w.end))
    lines = []
    for line in result.lines:
        own = [w for w in words if line.start <= w.start < line.end]
        centre = sum(w.box[1] + w.box[3] / 2 for w in own) / len(own) if own else 0.0
        lines.append(Line(line.start, line.end, min(1.0, centre / view_height) if view_height else None))
    return ocr.OcrResult(result.text, tuple(words), tuple(lines), result.mean_confidence)


def read_edges(first: Reading, settings: OcrSpec, *, clock: bool, address: bool) -> Reading | None:
    """Read the places a clock or an address hides, alone and enlarged.

    The page's layout analysis tends to drop them: a taskbar clock is small,
    light on dark, in the bottom corner; an address bar is faint and long.
    Only what is missing and likely there is read: the bottom-right corner when
    a dark taskbar is there, the top strip when a piece of an address was seen.
    """
    view = first.view
    height = round(view.height * EDGE)
    if height < 8:
        return None
    parts: list[ocr.OcrResult] = []
    corner = _clock_corner(view) if clock else None
    if corner is not None:
        light, left, top = corner
        parts.append(_read_strip(light, settings, top=top, left=left, y=1.0))
    if address and _address_hint(first.ocr):
        strip = ImageOps.grayscale(view.crop((0, 0, view.width, height)))
        parts.append(_read_strip(ImageOps.invert(strip) if images.is_dark(strip) else strip, settings, top=0, left=0, y=0.0))
    if not parts:
        return None
    return Reading(_merge(first.ocr, parts), view)


def _address_hint(result: ocr.OcrResult) -> bool:
    top = [result.text[line.start : line.end].lower() for line in result.lines if line.y is not None and line.y < EDGE]
    return any(hint in line for line in top for hint in ADDRESS_HINTS)


def _read_strip(strip: Image.Image, settings: OcrSpec, *, top: int, left: int, y: float) -> ocr.OcrResult:
    scale = min(EDGE_SCALE, 4000 / max(1, strip.width))
    strip = strip.resize((round(strip.width * scale), round(strip.height * scale)), Image.Resampling.LANCZOS)
    part = ocr.read(strip, languages=settings.fast_languages, timeout=settings.timeout_seconds, scale=scale, psm=11)
    return _shift(part, top=top, left=left, y=y)


def _shift(result: ocr.OcrResult, *, top: int, left: int, y: float | None) -> ocr.OcrResult:
    """A part's boxes moved into the whole image's frame; its lines placed at ``y``."""
    words = tuple(
        ocr.OcrWord(w.text, w.confidence, (w.box[0] + left, w.box[1] + top, w.box[2], w.box[3]), w.start, w.end)
        for w in result.words
    )
    lines = tuple(Line(line.start, line.end, y) for line in result.lines)
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
        lines += [Line(line.start + base, line.end + base, line.y) for line in part.lines]
    return text, tuple(words), tuple(lines)
