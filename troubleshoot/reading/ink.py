"""How dark each line's ink is: greyed text is what a page says is not current.

A stepper draws the steps to come in light grey ("3. ○ Décision prise"), a form
its placeholders ("jj/mm/aaaa"), a menu its disabled items. Their words are the
same as those of the step reached, so their ink tells them apart: a line whose
letters stand off their background much less than the page's ordinary text, in
grey rather than in colour (an error in red is light too, but saturated), is
marked ``faint`` and weighs like page furniture (``understanding/layout.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from PIL import Image, ImageOps

from . import images
from .ocr import OcrResult, OcrWord

FAINT_SHARE = 0.6  # a line's contrast below this share of the page's ordinary text's is faint
GREY_SPREAD = 40.0  # channel spread (max - min) of the ink, below which it is grey, not a colour
REFERENCE = 75  # percentile of the lines' contrasts that stands for the page's ordinary text
MIN_LINES = 4  # fewer lines than this: no page to compare with


def ink_grey(view: Image.Image) -> Image.Image | None:
    """The grey levels the ink is measured on, ``None`` in dark mode (light ink is its ordinary text).

    A photo's light is evened first, or its uneven light would pass for faint
    ink. Unlike the reading's grey, dark bars at the edges stay as they are:
    turning them changes the light measured around the page's own lines.
    """
    grey = ImageOps.grayscale(view)
    if images.is_dark(grey):
        return None
    return images.flatten_light(grey) if images.is_photo(grey) else grey


def mark_faint(result: OcrResult, view: Image.Image, grey: Image.Image | None = None) -> OcrResult:
    """``result`` with its page lines in light grey ink marked ``faint``, and each line's stem width.

    ``grey`` is ``ink_grey(view)`` when the caller has it (``None`` is
    measured here).
    """
    grey = ink_grey(view) if grey is None else grey
    if grey is None:
        return result
    levels = np.asarray(grey, dtype=np.float32)
    colour = np.asarray(view.convert("RGB"), dtype=np.int16)
    measured: dict[int, tuple[float, float, float]] = {}
    for n, line in enumerate(result.lines):
        if line.frame:
            continue
        found = _ink(levels, colour, [w for w in result.words if line.start <= w.start < line.end])
        if found is not None:
            measured[n] = found
    if len(measured) < MIN_LINES:
        return result
    ordinary = float(np.percentile([c for c, _, _ in measured.values()], REFERENCE))
    faint = {n for n, (contrast, spread, _) in measured.items() if contrast < FAINT_SHARE * ordinary and spread < GREY_SPREAD}
    lines = tuple(replace(line, faint=n in faint, stroke=measured[n][2]) if n in measured else line
                  for n, line in enumerate(result.lines))
    return replace(result, lines=lines)


def _stroke(dark: np.ndarray) -> float:
    """A word's stem width in pixels: the mean length of its ink's short runs along its rows.

    A row crosses each upright stroke in a run as long as the stroke is wide
    (runs longer than half the height are bars and serifs' feet, left out);
    bold doubles it. Only comparable between words of one size (``stepper.py``
    compares a stepper's names).
    """
    # Every row padded with a blank on both sides, all rows end to end: a run starts where
    # ink follows a blank and ends where a blank follows ink, never across two rows.
    padded = np.zeros((dark.shape[0], dark.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = dark
    edges = np.diff(padded.ravel())
    runs = np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1)
    runs = runs[runs <= dark.shape[0] / 2]
    return float(runs.mean()) if runs.size else 0.0


def _ink(levels: np.ndarray, colour: np.ndarray, words: list[OcrWord]) -> tuple[float, float, float] | None:
    """The median over a line's words of (paper - ink), of the ink's channel spread and of its stroke width."""
    contrasts, spreads, strokes = [], [], []
    for word in words:
        left, top, width, height = word.box
        if width < 2 or height < 2:
            continue
        box = levels[top : top + height, left : left + width]
        if box.size == 0:
            continue
        ink, paper = np.percentile(box, 5), np.percentile(box, 90)
        dark = box < (ink + paper) / 2
        if not dark.any():
            continue
        pixels = colour[top : top + height, left : left + width][dark]
        contrasts.append(float(paper - ink))
        spreads.append(float((pixels.max(axis=1) - pixels.min(axis=1)).mean()))
        if sum(c.isalpha() for c in word.text) >= 3:  # a bullet or a digit says little of a font's weight
            strokes.append(_stroke(dark))
    if not contrasts:
        return None
    return float(np.median(contrasts)), float(np.median(spreads)), float(np.median(strokes)) if strokes else 0.0


def darkness(grey: Image.Image) -> Callable[[tuple[int, int, int, int]], float]:
    """How much ink a box (left, top, width, height) of ``grey`` holds, 0 (blank) to 1 (black); 0 off the image."""
    levels: list[np.ndarray] = []  # made at the first call: most screens never ask

    def ink(box: tuple[int, int, int, int]) -> float:
        if not levels:
            levels.append(np.asarray(grey, dtype=np.float32))
        left, top, width, height = box
        part = levels[0][max(0, top) : max(0, top + height), max(0, left) : max(0, left + width)]
        return float((255.0 - part).mean() / 255.0) if part.size else 0.0

    return ink
