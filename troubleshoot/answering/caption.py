"""The annotated copy of a screenshot: the picture with a caption band under it.

The CCC wants the site, the date and the time on each screenshot. When the
screen did not show them, the band says what the user gave, and that the
assistant added it, so nobody takes it for part of the screen.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..reading.images import load_image

MAX_WIDTH = 1600  # enough to read a desktop capture; keeps the file light to send
_BAND = (255, 247, 214)  # pale yellow, unlike any ANEF page
_INK = (31, 41, 51)  # the app's text colour: 13:1 on the band
_RULE = (180, 83, 9)
_FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
          "/System/Library/Fonts/Supplemental/Arial.ttf", "/Library/Fonts/Arial.ttf")


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in _FONTS:
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)  # Pillow's own font: Latin letters and accents


def with_caption(source: bytes | Image.Image, lines: list[str], *, max_width: int = MAX_WIDTH) -> Image.Image:
    """A copy of the screenshot (upright, at most ``max_width`` wide) with ``lines`` in a band below it."""
    image = load_image(source) if isinstance(source, bytes) else source.convert("RGB")
    if image.width > max_width:
        scale = max_width / image.width
        image = image.resize((max_width, round(image.height * scale)), Image.Resampling.LANCZOS)
    width = max(image.width, 480)
    size = max(14, min(28, width // 45))
    font = _font(size)
    wrapped = [part for line in lines for part in _wrap(line, font, width - 2 * size)]
    step = round(size * 1.45)
    band = 2 * size + step * len(wrapped)
    out = Image.new("RGB", (width, image.height + band), _BAND)
    out.paste(image, (0, 0))
    draw = ImageDraw.Draw(out)
    draw.rectangle((0, image.height, width, image.height + max(2, size // 6)), fill=_RULE)
    y = image.height + size
    for line in wrapped:
        draw.text((size, y), line, fill=_INK, font=font)
        y += step
    return out


def _wrap(line: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, room: int) -> list[str]:
    words, lines, current = line.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and font.getlength(candidate) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def png_bytes(image: Image.Image) -> bytes:
    """The PNG file of an image, in memory (nothing a user sends is written to disk).

    zlib's usual level: ``optimize`` made the file 3 % smaller for three times the CPU
    (about 0.1 s more per screenshot, measured with benchmarks/load.py --profile).
    """
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
