"""Draw the matched phrases on the screenshot, so the user sees why we answered."""

from __future__ import annotations

from collections.abc import Iterable

from PIL import Image, ImageDraw

from ..reading.images import load_image

Box = tuple[int, int, int, int]  # left, top, width, height in original image pixels

MAX_WIDTH = 1400  # enough to read on any screen; keeps the page light on phones
_OUTLINE = (219, 39, 119)  # magenta: visible on white, grey and the ANEF blue alike
_FILL = (250, 204, 21, 70)  # translucent yellow, like a highlighter


def annotate(source: bytes | Image.Image, boxes: Iterable[Box], *, max_width: int = MAX_WIDTH,
             zoom: bool = False) -> Image.Image:
    """A copy of the image, at most ``max_width`` wide, with each box highlighted.

    With ``zoom``, only the region around the boxes is kept: on a phone the
    whole screenshot is too small to read.
    """
    image = load_image(source) if isinstance(source, bytes) else source.convert("RGB")
    boxes = list(boxes)
    if zoom and boxes:
        left, top, right, bottom = _region(boxes, image.size)
        image = image.crop((left, top, right, bottom))
        boxes = [(x - left, y - top, w, h) for x, y, w, h in boxes]
    scale = min(1.0, max_width / image.width)
    if scale < 1.0:
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    line = max(2, round(image.width / 400))
    pad = line + 1
    for left, top, width, height in boxes:
        x0, y0 = left * scale - pad, top * scale - pad
        x1, y1 = (left + width) * scale + pad, (top + height) * scale + pad
        draw.rectangle((x0, y0, x1, y1), fill=_FILL, outline=(*_OUTLINE, 255), width=line)
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _region(boxes: list[Box], size: tuple[int, int]) -> tuple[int, int, int, int]:
    """The boxes' union with a margin, inside the image."""
    width, height = size
    margin = max(40, width // 12)
    left = max(0, min(b[0] for b in boxes) - margin)
    top = max(0, min(b[1] for b in boxes) - margin)
    right = min(width, max(b[0] + b[2] for b in boxes) + margin)
    bottom = min(height, max(b[1] + b[3] for b in boxes) + margin)
    return left, top, right, bottom


def evidence_boxes(evidence: Iterable[object]) -> list[Box]:
    """One box per line of each matched phrase (``Evidence.boxes`` holds one per word)."""
    seen: dict[Box, None] = {}
    for item in evidence:
        for box in merge_words(list(getattr(item, "boxes", ()))):
            seen.setdefault(box, None)
    return list(seen)


def merge_words(boxes: list[Box]) -> list[Box]:
    """Join word boxes that sit on one line and close together, so a phrase reads as one frame."""
    lines: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: b[1] + b[3] / 2):
        centre = box[1] + box[3] / 2
        line = lines[-1] if lines else None
        if line and line[0][1] <= centre <= line[0][1] + line[0][3]:
            line.append(box)
        else:
            lines.append([box])
    merged: list[Box] = []
    for line in lines:
        current: Box | None = None
        for left, top, width, height in sorted(line):
            if current is not None and left - (current[0] + current[2]) < 2 * max(height, current[3]):
                right = max(left + width, current[0] + current[2])
                bottom = max(top + height, current[1] + current[3])
                new_top = min(top, current[1])
                current = (current[0], new_top, right - current[0], bottom - new_top)
            else:
                if current is not None:
                    merged.append(current)
                current = (left, top, width, height)
        if current is not None:
            merged.append(current)
    return merged
