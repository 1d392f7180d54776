"""Safe image loading and preparation for OCR (Pillow only, nothing written to disk)."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from ..errors import EmptyInputError, InputNotFoundError, UnreadableImageError, UnsupportedImageError

try:  # iPhones save photos as HEIC; pillow-heif (a declared dependency) lets Pillow read them
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF = ("HEIF",)
except ImportError:  # pragma: no cover - only an install without its dependencies
    HEIF = ()

ALLOWED_FORMATS = ("PNG", "JPEG", "WEBP", *HEIF)
MAX_PIXELS = 40_000_000  # a 4000x10000 scrolling capture; refuse bigger before decoding
MAX_SIDE_FOR_OCR = 4000
# Height in pixels of a text line's ink. Tesseract reads ordinary screenshot text
# (13-16 px) well as it is; below about 11 px it loses letters, and above about
# 44 px it only spends time.
MIN_LINE_HEIGHT = 11.0
MAX_LINE_HEIGHT = 44.0
MAX_UPSCALE = 3.0
SOLID_COLUMN = 0.6  # share of rows holding ink above which a column is a border, not text
EDGE_BAND = 0.08  # share of the height where taskbars and status bars sit


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
        if not HEIF and _is_heif(data):
            raise UnsupportedImageError(
                "This is an HEIC photo, which this installation cannot read.",
                remedy="Send it as JPEG: on the iPhone, share it by mail or messages as 'Most compatible', or set "
                "Settings > Camera > Formats > Most Compatible; or take a screenshot instead.",
            ) from exc
        raise UnsupportedImageError("This file is not a PNG, JPEG, WebP or HEIC image.") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise UnreadableImageError("The image is damaged or incomplete and cannot be read.") from exc
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    if image.mode.startswith("I") or image.mode == "F":
        image = _to_8bit(image)
    return image.convert("RGB")


def _is_heif(data: bytes) -> bool:
    """An ISO media file whose brand says HEIF/HEIC (the 'ftyp' box at byte 4)."""
    return data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heif", b"hevc")


def _to_8bit(image: Image.Image) -> Image.Image:
    """A 16-bit, 32-bit or float grey image as 8-bit grey, its brightest level white.

    A 16-bit PNG may use the whole 0-65535 range or only 0-255 (an 8-bit
    screenshot saved as 16-bit): dividing by 256 would turn the latter black.
    So the levels are scaled to the image's own peak, never stretched above it.
    """
    levels = np.asarray(image, dtype=np.float64)
    peak = float(levels.max()) if levels.size else 0.0
    if peak > 255:
        levels = levels * (255.0 / peak)
    return Image.fromarray(np.clip(levels, 0, 255).astype(np.uint8), mode="L")


def _ink_mask(grey: Image.Image) -> np.ndarray:
    """Dark-on-light ink pixels, after turning dark mode light."""
    threshold = _otsu(np.asarray(grey.histogram()[:256], dtype=np.float64))  # Pillow counts without a copy
    return np.asarray(grey, dtype=np.uint8) < threshold


def _otsu(histogram: np.ndarray) -> int:
    total = histogram.sum()
    if total == 0:
        return 128
    levels = np.arange(256)
    weight_low = np.cumsum(histogram)
    mean_low = np.cumsum(histogram * levels)
    weight_high = total - weight_low
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_low[-1] * weight_low / total - mean_low) ** 2 / (weight_low * weight_high)
    if not np.isfinite(between).any():
        return 128  # a single grey level: nothing to separate
    return int(np.nanargmax(np.nan_to_num(between, nan=-1.0)))


def is_dark(grey: Image.Image) -> bool:
    """Mostly dark pixels: dark mode or a dark background."""
    return float(np.asarray(grey, dtype=np.uint8).mean()) < 100


def line_height(grey: Image.Image) -> float | None:
    """Median height in pixels of the text lines, from the rows that hold ink.

    A cheap stand-in for a first OCR pass: it tells whether text is too small
    (low-resolution captures) or needlessly large (3x phone screenshots).
    """
    mask = _ink_mask(grey)
    # A column dark in most rows is a border (a photo's bezel, a dark side menu), not
    # text: left in, it puts ink on every row and hides the gaps between lines.
    mask = mask[:, mask.mean(axis=0) < SOLID_COLUMN]
    rows = mask.sum(axis=1) >= max(2, 0.0005 * grey.width)
    runs: list[int] = []
    length = 0
    for ink in rows:
        if ink:
            length += 1
        elif length:
            runs.append(length)
            length = 0
    runs = [r for r in runs if 4 <= r <= grey.height // 4]
    if len(runs) < 3:
        return None
    return float(np.median(runs))


def band_cuts(grey: Image.Image, parts: int, *, min_gap: int = 3, slack: float = 0.2) -> list[int]:
    """Rows where the image can be cut into ``parts`` bands holding about the same amount of text.

    A cut only goes through the middle of a run of plain rows (no text, no box
    border; at most a dark margin at the sides), so no line, and no framed alert,
    is split. Returns the inner cut rows, fewer when no good gap exists.
    """
    pixels = np.asarray(grey, dtype=np.uint8)
    if parts < 2 or pixels.ndim != 2 or grey.height < 2 * min_gap:
        return []
    # Per row, how often the row enters and leaves pixels far from its median:
    # strokes of letters, what Tesseract spends its time on (a solid bar or a
    # margin has few). By slices of rows to keep memory flat.
    parts_of_strokes = []
    for top in range(0, grey.height, 256):
        chunk = pixels[top : top + 256].astype(np.int16)
        far = np.abs(chunk - np.median(chunk, axis=1, keepdims=True)) > 40
        parts_of_strokes.append((far[:, 1:] != far[:, :-1]).sum(axis=1))
    strokes = np.concatenate(parts_of_strokes)
    total = float(strokes.sum())
    if total == 0:
        return []
    share = np.cumsum(strokes) / total
    # Plain: nothing, or only a dark margin on the left or right (a photo's surround);
    # a framed box's two sides make four strokes, so no cut goes through a box.
    plain = strokes <= 2
    gaps: list[int] = []  # middle row of each run of plain rows
    start = None
    for row, is_plain in enumerate(np.append(plain, False)):
        if is_plain and start is None:
            start = row
        elif not is_plain and start is not None:
            if row - start >= min_gap and start > 0 and row < grey.height:
                gaps.append((start + row) // 2)
            start = None
    cuts: list[int] = []
    for k in range(1, parts):
        target = k / parts
        near = [g for g in gaps if abs(share[g] - target) <= slack and (not cuts or g > cuts[-1])]
        if near:
            cuts.append(min(near, key=lambda g: abs(share[g] - target)))
    return cuts


SURROUND = 0.7  # a photo's surround is at most this share of the screen's brightness, on three sides or four
OUTLINE_STEP = 25  # grey levels across two pixels where a bezel meets the desk, at least
OUTLINE_SHARE = 0.7  # share of the rows or columns whose first step lies on a screen's edge
OUTLINE_SLACK = 2.5  # pixels of the 320-pixel view a step may lie off its edge's line
TILT = 0.01  # slope of a photographed screen's edge (0.6°) on two sides at least
FLAT = 0.95  # share of equal neighbours along an edge that only a screenshot has
GRAIN = 0.05  # mean grey-level step between neighbours, at least, along every edge of a photo (sensor noise)
EDGE_STRIP = 6  # pixels along each edge where the grain is measured


def _grain(grey: Image.Image) -> list[float]:
    """How much neighbouring pixels differ along each edge of the image: a camera's
    noise on a photo, nothing on a flat bar of a screenshot."""
    pixels = np.asarray(grey, dtype=np.int16)
    strips = [pixels[:EDGE_STRIP], pixels[-EDGE_STRIP:], pixels[:, :EDGE_STRIP].T, pixels[:, -EDGE_STRIP:].T]
    return [float(np.mean(np.abs(np.diff(strip, axis=1)))) if strip.shape[1] > 1 else 0.0 for strip in strips]


def _flat(grey: Image.Image) -> list[float]:
    """The share of neighbouring pixels exactly equal along each edge of the image:
    96-100 % on a screenshot's bars, even with icons on them; at most 93 % on the
    photos of a screen of every labelled set (a camera's noise, even smoothed by JPEG)."""
    pixels = np.asarray(grey, dtype=np.int16)
    strips = [pixels[:EDGE_STRIP], pixels[-EDGE_STRIP:], pixels[:, :EDGE_STRIP].T, pixels[:, -EDGE_STRIP:].T]
    return [float(np.mean(np.diff(strip, axis=1) == 0)) if strip.shape[1] > 1 else 1.0 for strip in strips]


def is_photo(grey: Image.Image) -> bool:
    """A camera's grain along every edge and no perfectly flat one: a photo of a screen."""
    return min(_grain(grey)) >= GRAIN and max(_flat(grey)) < FLAT


BACKGROUND_STEP = 4  # the background is measured on a copy this many times smaller (its light changes slowly)
BACKGROUND_BLUR = 6  # pixels of that copy over which the background is smoothed


def flatten_light(grey: Image.Image) -> Image.Image:
    """Divide a photo by its own background light.

    A photographed screen is lit unevenly (vignetting, a lamp, the screen's
    angle), and Tesseract's single threshold then loses small or light text in
    the darker parts: a red error line under a field reads as background. The
    background is the local brightest level (text is thin, the page around it
    is light), smoothed; dividing by it leaves text on an even white.
    """
    small = grey.reduce(BACKGROUND_STEP) if min(grey.size) >= 8 * BACKGROUND_STEP else grey
    background = small.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(BACKGROUND_BLUR))
    background = background.resize(grey.size, Image.Resampling.BILINEAR)
    ratio = np.asarray(grey, dtype=np.float32) / np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    return Image.fromarray(np.clip(ratio * 255.0, 0, 255).astype(np.uint8))


def find_screen(image: Image.Image) -> tuple[float, ...] | None:
    """Corners of a screen photographed on its surround, if any.

    A bright page on a darker desk is found by its brightness; a page that
    is not brighter than the desk (dark mode, a grey desk) by its outline:
    the four straight edges where the screen's bezel meets the desk. Returns
    (upper-left, lower-left, lower-right, upper-right) x,y pairs, the order
    Pillow's QUAD transform takes, or None for an ordinary screenshot.
    """
    grey = ImageOps.grayscale(image)
    if not is_photo(grey):
        # A window on a desktop's wallpaper stands apart from its surround, but
        # one of its edges (a menu bar, a panel) is perfectly flat: no camera makes that.
        # A taskbar's icons and clock lift its mean difference, not its share of
        # equal neighbours.
        return None
    small = grey.copy()
    small.thumbnail((320, 320))
    pixels = np.asarray(small, dtype=np.float64)
    h, w = pixels.shape
    if h < 8 or w < 8:
        return None  # a sliver: no room for a screen and its surround
    sides = [pixels[:3], pixels[-3:], pixels[:, :3], pixels[:, -3:]]
    border = np.concatenate([side.ravel() for side in sides])
    centre = pixels[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4]
    if any(centre.mean() - side.mean() < 40 for side in sides):
        # No darker frame all around a bright page: perhaps a dark page, or a desk
        # as light as the page, whose outline still shows.
        return _outlined_screen(pixels, grey.width / w)
    if sum(side.mean() <= SURROUND * centre.mean() for side in sides) < 3:
        # A screenshot's own dark bars (a phone's black status bar and home strip)
        # darken two sides; a photo's surround, a desk or a bezel, is dark on three or four.
        return None
    bright = pixels > (border.mean() + centre.mean()) / 2
    ys, xs = np.nonzero(bright)
    if len(xs) < 0.2 * h * w:
        return None
    total, diff = xs + ys, xs - ys
    corners = [
        (xs[np.argmin(total)], ys[np.argmin(total)]),  # upper left
        (xs[np.argmin(diff)], ys[np.argmin(diff)]),  # lower left
        (xs[np.argmax(total)], ys[np.argmax(total)]),  # lower right
        (xs[np.argmax(diff)], ys[np.argmax(diff)]),  # upper right
    ]
    area = 0.5 * abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(corners, corners[1:] + corners[:1], strict=True)))
    if not 0.25 * h * w <= area <= 0.97 * h * w:
        return None
    factor = grey.width / w
    return tuple(float(v) * factor for corner in corners for v in corner)


def _outlined_screen(pixels: np.ndarray, factor: float) -> tuple[float, ...] | None:
    """A screen found by its outline: from each side of the photo inwards, the
    first strong step in brightness (the desk meeting the bezel) lies on one
    straight line, for most rows or columns; the four lines meet at the corners.
    A screenshot's own first steps (text, icons) are ragged, or straight only
    on some sides."""
    h, w = pixels.shape
    smooth = (pixels[:-2, :-2] + pixels[1:-1, 1:-1] * 2 + pixels[2:, 2:]) / 4  # damp a desk's grain
    jumps = np.maximum(np.abs(smooth[:, 2:] - smooth[:, :-2])[1:-1], np.abs(smooth[2:] - smooth[:-2])[:, 1:-1])
    lines = []
    for strength, flip in ((jumps, False), (jumps[:, ::-1], True), (jumps.T, False), (jumps.T[:, ::-1], True)):
        rows = np.arange(round(0.2 * strength.shape[0]), round(0.8 * strength.shape[0]))
        outer = strength[rows, : round(0.4 * strength.shape[1])]
        # The first step from the edge is the desk meeting the screen; a black bezel
        # on a dark desk steps less, so a fainter step is tried when no line forms
        # (the line itself, straight over most rows, is what tells an edge from text).
        line = None
        for least in (OUTLINE_STEP, OUTLINE_STEP / 2):
            steps = outer > least
            hit = steps.any(axis=1)
            line = _straight(rows[hit], steps.argmax(axis=1)[hit].astype(np.float64), len(rows))
            if line is not None:
                break
        # Unless the screen has a lighter chin or a shadow: then its strongest step is.
        strongest = outer.argmax(axis=1)
        faint = outer.max(axis=1) > OUTLINE_STEP / 2
        if line is None:
            line = _straight(rows[faint], strongest[faint].astype(np.float64), len(rows))
        if line is None:
            return None
        slope, offset = line
        span = strength.shape[1] + 1  # undo the flip and the smoothing's shift of two pixels
        lines.append((-slope, span - offset) if flip else (slope, offset + 2))
    if sum(abs(a) >= TILT for a, _ in lines) < 2:
        # A window on a wallpaper has four straight edges too, all square with
        # the image; a hand-held camera never lines a screen up with its sensor.
        return None
    (la, lb), (ra, rb), (ta, tb), (ba, bb) = lines  # x = a*y + b (left, right); y = a*x + b (top, bottom)

    def meet(a: float, b: float, c: float, d: float) -> tuple[float, float]:
        y = (c * b + d) / (1 - c * a) if abs(1 - c * a) > 1e-6 else d
        return a * y + b, y

    corners = [meet(la, lb, ta, tb), meet(la, lb, ba, bb), meet(ra, rb, ba, bb), meet(ra, rb, ta, tb)]
    area = 0.5 * abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(corners, corners[1:] + corners[:1], strict=True)))
    if not 0.25 * h * w <= area <= 0.97 * h * w:
        return None
    if any(not (-0.02 * w <= x <= 1.02 * w and -0.02 * h <= y <= 1.02 * h) for x, y in corners):
        return None
    return tuple(float(v) * factor for corner in corners for v in corner)


def _straight(rows: np.ndarray, first: np.ndarray, scanned: int) -> tuple[float, float] | None:
    """The line ``first = a * row + b`` that most rows' first steps lie on
    (least squares, twice, without the points far from it), or None when too
    few do."""
    if len(rows) < OUTLINE_SHARE * scanned:
        return None
    keep = np.ones(len(rows), dtype=bool)
    for _ in range(3):
        if keep.sum() < 2:
            return None
        a, b = np.polyfit(rows[keep], first[keep], 1)
        keep = np.abs(first - (a * rows + b)) <= OUTLINE_SLACK
    if keep.sum() < OUTLINE_SHARE * scanned or abs(a) > 0.3:
        return None
    return float(a), float(b)


def widen(quad: tuple[float, ...], size: tuple[int, int], *, sides: float = 0.02, bottom: float = 0.08) -> tuple[float, ...]:
    """Grow the screen's outline a little, most at the bottom: a dark taskbar
    (where the clock is) is not part of the bright page that was found."""
    (x0, y0, x1, y1, x2, y2, x3, y3) = quad
    width, height = size
    dx = sides * (abs(x3 - x0) + abs(x2 - x1)) / 2
    up = sides * (abs(y1 - y0) + abs(y2 - y3)) / 2
    down = bottom * (abs(y1 - y0) + abs(y2 - y3)) / 2
    grown = (x0 - dx, y0 - up, x1 - dx, y1 + down, x2 + dx, y2 + down, x3 + dx, y3 - up)
    return tuple(
        min(max(v, 0.0), float(width if i % 2 == 0 else height)) for i, v in enumerate(grown)
    )


def straighten(image: Image.Image, quad: tuple[float, ...]) -> Image.Image:
    """Map the screen's four corners onto an upright rectangle."""
    (x0, y0, x1, y1, x2, y2, x3, y3) = quad
    width = round(max(np.hypot(x3 - x0, y3 - y0), np.hypot(x2 - x1, y2 - y1)))
    height = round(max(np.hypot(x1 - x0, y1 - y0), np.hypot(x2 - x3, y2 - y3)))
    return image.transform((width, height), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)


def _lighten_dark_edges(grey: Image.Image) -> Image.Image:
    """Invert a dark bar along the top or bottom edge (a taskbar, a phone's status
    bar) so its light text - often the clock - is read with the rest of the page."""
    pixels = np.asarray(grey, dtype=np.uint8)
    rows = pixels.mean(axis=1)
    band = max(1, round(grey.height * EDGE_BAND))
    dark = rows < 100
    out = pixels.copy()
    changed = False
    for sl in (slice(0, band), slice(grey.height - band, grey.height)):
        if dark[sl].mean() > 0.3:
            out[sl][dark[sl]] = 255 - out[sl][dark[sl]]
            changed = True
    return Image.fromarray(out) if changed else grey


def ocr_grey(image: Image.Image) -> Image.Image:
    """Grey levels with dark text on light: dark mode and dark edge bars turned, a photo's light evened.

    The costly part of preparing an image (a photo's light is measured over
    the whole picture): done once per view, its result is shared by every
    reading of that view (``grey`` below) and by the ink's measure (``ink``).
    """
    grey = ImageOps.grayscale(image)
    if is_dark(grey):
        grey = ImageOps.invert(grey)  # dark mode: Tesseract expects dark text on light
    grey = _lighten_dark_edges(grey)
    return flatten_light(grey) if is_photo(grey) else grey


def prepare_for_ocr(
    image: Image.Image, *, min_line: float = MIN_LINE_HEIGHT, enhance: bool = False, grey: Image.Image | None = None
) -> tuple[Image.Image, float]:
    """Grey levels, dark mode turned light, text brought to a size Tesseract reads well.

    Text lines shorter than ``min_line`` pixels are scaled up to it (capped),
    very tall ones down (a 3x phone capture reads as well and faster at half
    size). Returns the prepared image and the scale applied (to map word boxes
    back). ``enhance`` stretches contrast, for photos and faint captures.
    ``grey`` is ``ocr_grey(image)`` when the caller already has it.
    """
    grey = ocr_grey(image) if grey is None else grey
    if enhance:
        grey = ImageOps.autocontrast(grey, cutoff=1)
    height = line_height(grey)
    scale = 1.0
    if height is not None and height < min_line:
        scale = min(MAX_UPSCALE, min_line * 1.5 / height)
    elif height is not None and height > MAX_LINE_HEIGHT:
        scale = MAX_LINE_HEIGHT * 0.7 / height
    longest = max(grey.size) * scale
    if longest > MAX_SIDE_FOR_OCR:
        scale = MAX_SIDE_FOR_OCR / max(grey.size)
    if abs(scale - 1.0) > 0.05:
        size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    else:
        scale = 1.0
    return grey, scale
