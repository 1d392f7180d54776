"""Safe image loading and preparation for OCR (Pillow only, nothing written to disk)."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import EmptyInputError, InputNotFoundError, UnreadableImageError, UnsupportedImageError

ALLOWED_FORMATS = ("PNG", "JPEG", "WEBP")
MAX_PIXELS = 40_000_000  # a 4000x10000 scrolling capture; refuse bigger before decoding
MAX_SIDE_FOR_OCR = 4000
MIN_WIDTH_FOR_OCR = 1400  # below this, UI text is too small for Tesseract: scale up


def load_image(source: bytes | str | Path) -> Image.Image:
    """Decode an upload or a file into an RGB image, upright, transparency on white."""
    if isinstance(source, str | Path):
        try:
            data = Path(source).read_bytes()
        except FileNotFoundError as exc:
            raise InputNotFoundError(f"No such file: {source}") from exc
        except OSError as exc:
            raise UnreadableImageError(f"The file cannot be read: {source}") from exc
    else:
        data = source
    if not data:
        raise EmptyInputError("The file is empty.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
            if image.width * image.height > MAX_PIXELS:
                raise UnsupportedImageError(f"The image is too large ({image.width}x{image.height} pixels).")
            if getattr(image, "is_animated", False):
                image.seek(0)  # animated WebP: the first frame is the screen
            if image.format == "JPEG":
                image.draft("RGB", (MAX_SIDE_FOR_OCR, MAX_SIDE_FOR_OCR))  # decode big photos at reduced size
            image.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise UnsupportedImageError("The image has too many pixels.") from exc
    except UnidentifiedImageError as exc:
        raise UnsupportedImageError("This file is not a PNG, JPEG or WebP image.") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise UnreadableImageError("The image is damaged or incomplete and cannot be read.") from exc
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    if image.mode == "I;16":
        image = image.point(lambda v: v / 256)
    return image.convert("RGB")


def prepare_for_ocr(image: Image.Image) -> tuple[Image.Image, float]:
    """Grey levels, dark mode turned light, text brought to a size Tesseract reads well.

    Returns the prepared image and the scale applied (to map word boxes back).
    """
    grey = ImageOps.grayscale(image)
    histogram = grey.histogram()
    mean = sum(i * n for i, n in enumerate(histogram)) / max(1, grey.width * grey.height)
    if mean < 100:
        grey = ImageOps.invert(grey)  # dark mode: Tesseract expects dark text on light
    scale = 1.0
    if grey.width < MIN_WIDTH_FOR_OCR:
        scale = min(3.0, MIN_WIDTH_FOR_OCR / grey.width)
    longest = max(grey.size) * scale
    if longest > MAX_SIDE_FOR_OCR:
        scale = MAX_SIDE_FOR_OCR / max(grey.size)
    if abs(scale - 1.0) > 0.01:
        size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    return grey, scale
