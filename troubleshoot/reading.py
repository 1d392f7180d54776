"""How an image is read: which preparation, which Tesseract settings, which regions.

Spend OCR time where it pays. The first reading is fast (the page as it is,
French model, automatic layout); a second, slower reading (contrast stretched,
text enlarged, sparse-text layout, French and English models) runs only when the
engine finds the first one weak. Photos of a screen are straightened first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from . import images, ocr
from .extract import Line
from .knowledge import OcrSpec

EDGE = 0.09  # share of the height holding an address bar or a clock, at top and bottom
EDGE_SCALE = 3.0


@dataclass(frozen=True)
class Reading:
    ocr: ocr.OcrResult
    view: Image.Image  # the upright image the word boxes refer to


def load(source: bytes | str | Path) -> Image.Image:
    """Decode, then straighten a photographed screen onto an upright rectangle."""
    image = images.load_image(source)
    quad = images.find_screen(ImageOps.grayscale(image))
    return images.straighten(image, images.widen(quad, image.size)) if quad is not None else image


def read(image: Image.Image, settings: OcrSpec, *, strong: bool) -> Reading:
    ocr.probe(settings.languages)  # fail early and clearly on missing language data
    if strong:
        prepared, scale = images.prepare_for_ocr(image, min_line=images.MIN_LINE_HEIGHT * 1.6, enhance=True)
        result = ocr.read(prepared, languages=settings.languages, timeout=settings.timeout_seconds, scale=scale, psm=11)
    else:
        prepared, scale = images.prepare_for_ocr(image)
        result = ocr.read(prepared, languages=settings.fast_languages, timeout=settings.timeout_seconds, scale=scale)
    return Reading(result, image)


def read_edges(first: Reading, settings: OcrSpec) -> Reading | None:
    """Read the top and bottom strips alone, enlarged: address bars and clocks are
    small, often light on dark, and the page's layout analysis tends to drop them."""
    view = first.view
    height = round(view.height * EDGE)
    if height < 8:
        return None
    texts: list[ocr.OcrResult] = []
    for top in (0, view.height - height):
        strip = ImageOps.grayscale(view.crop((0, top, view.width, top + height)))
        if images.is_dark(strip):
            strip = ImageOps.invert(strip)
        scale = min(EDGE_SCALE, 4000 / max(1, strip.width))
        strip = strip.resize((round(strip.width * scale), round(strip.height * scale)), Image.Resampling.LANCZOS)
        part = ocr.read(strip, languages=settings.languages, timeout=settings.timeout_seconds, scale=scale, psm=11)
        texts.append(_shift(part, top, view.height))
    return Reading(_merge(first.ocr, texts, view.height), view)


def _shift(result: ocr.OcrResult, top: int, height: int) -> ocr.OcrResult:
    """Put a strip's boxes and line positions back in the whole image's frame."""
    words = tuple(
        ocr.OcrWord(w.text, w.confidence, (w.box[0], w.box[1] + top, w.box[2], w.box[3]), w.start, w.end)
        for w in result.words
    )
    lines = tuple(Line(line.start, line.end, 0.0 if top == 0 else 1.0) for line in result.lines)
    return ocr.OcrResult(result.text, words, lines, result.mean_confidence)


def _merge(main: ocr.OcrResult, extra: list[ocr.OcrResult], height: int) -> ocr.OcrResult:
    """The main text followed by the strips' text, offsets renumbered."""
    text = main.text
    words = list(main.words)
    lines = list(main.lines)
    for part in extra:
        if not part.text.strip():
            continue
        base = len(text) + 1
        text = f"{text}\n{part.text}"
        words += [ocr.OcrWord(w.text, w.confidence, w.box, w.start + base, w.end + base) for w in part.words]
        lines += [Line(line.start + base, line.end + base, line.y) for line in part.lines]
    return ocr.OcrResult(text, tuple(words), tuple(lines), main.mean_confidence)
