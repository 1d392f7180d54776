"""The screen's frame, found by its structure: where the address and the clock are.

Around the page, every screenshot carries bars: a browser's tabs and toolbar
(top on a desktop and on Android, bottom on iOS Safari), an operating system's
taskbar or menu bar (bottom, top, or a side), a phone's status bar. Their
shapes differ from one browser and system to the next, but they share what
matters here: they run along the screen's edges, and they hold a few short,
separate items of small text (a tab title, the address, a clock) between icons.

So the frame is looked for as the items of text near the edges, found by a
recursive XY cut of a local-contrast mask (rows, then columns, then rows
again, split at empty gaps), not at positions measured on any one drawing.
Each item is then cut out, turned dark-on-light, enlarged to a size Tesseract
reads well, and the items are stacked on one small sheet: a single short
Tesseract run reads every bar at once, alongside the page's own bands.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps

# Share of the screen, from each edge, that bars can take: a desktop browser's
# tabs, toolbar and bookmarks (at any zoom) stay within the top fifth; a taskbar
# within a tenth of the height, or of the width on a side; on a phone, a status
# bar and a browser's bar within an eighth of the height.
DESKTOP_TOP, DESKTOP_BOTTOM, SIDE = 0.2, 0.11, 0.08
PHONE_TOP, PHONE_BOTTOM = 0.13, 0.17
CONTRAST = 30  # grey levels from the local background that make a pixel ink
STRETCH = 32  # pixels of a row whose median is its background there
HAIRLINE = 2  # pixels: an upright stroke this thin and as tall as the bar's text is an edge, not a glyph
RULE = 0.3  # share of the width a horizontal stroke spans when it is a rule, not text
TARGET_LINE = 30.0  # pixels of line height Tesseract reads short bar text best at
MAX_SCALE = 4.0
MIN_ITEM = 6  # pixels: smaller specks are noise
MIN_LINE = 5  # pixels: the least height of a line of bar text
MAX_ITEMS = 48  # per sheet: a busy bookmarks bar must not cost a page's reading
MAX_BANDS = 4  # bands of text from an edge that are bars: a menu bar or taskbar, tabs, toolbar, bookmarks
GAP = 14  # white pixels between items on the sheet
MAX_ROW = 2400  # pixels: a sheet's row of items no wider than a wide page
PAD = 4
SOLID = 0.4  # share of dark pixels above which an item is a shape, not text
MIN_SIDE_BAR = 24  # pixels: a side taskbar is at least as wide as its icons
STEP = 8  # grey levels between a taskbar's rows and the next ones that mark where it ends
MIN_TASKBAR = 0.025  # share of the height a taskbar takes at least (40 pixels of 1440)
STEP_ROWS = 0.006  # share of the height each side of a change must keep its colour
MARGIN = 2  # pixels kept past a bar's end
MAX_BLANK = 3  # bands without text below a photo's taskbar: the desk, the bezel's rim, the bezel


@dataclass(frozen=True)
class Item:
    """A piece of text in the frame: its box on the screen and its edge."""

    box: tuple[int, int, int, int]  # left, top, right, bottom in the view
    edge: str  # "top", "bottom", "left", "right"
    line_height: float
    band: int = 0  # which band of text it is in, counted from its edge (one bar, or one row of a bar)
    # In a system's own bar, told by its colour (a taskbar at the bottom or a side):
    # such a bar always has a clock. The bottom strip of a page with no taskbar holds its footer.
    taskbar: bool = False


@dataclass(frozen=True)
class Placed:
    """Where an item sits on the sheet, and the scale it was drawn at."""

    item: Item
    top: int  # row on the sheet
    scale: float
    left: int = GAP  # column on the sheet


@dataclass(frozen=True)
class Sheet:
    image: Image.Image
    placed: tuple[Placed, ...]

    def to_view(self, box: tuple[int, int, int, int]) -> tuple[tuple[int, int, int, int], int] | None:
        """A word box on the sheet (left, top, width, height) back on the screen, with its item's number."""
        x, y, w, h = box
        centre, middle = y + h / 2, x + w / 2
        for n, p in enumerate(self.placed):
            height = (p.item.box[3] - p.item.box[1] + 2 * PAD) * p.scale
            width = (p.item.box[2] - p.item.box[0] + 2 * PAD) * p.scale
            if p.top <= centre < p.top + height and p.left - GAP <= middle < p.left + width + GAP:
                left, top = p.item.box[0] - PAD, p.item.box[1] - PAD
                s = p.scale
                return (round(left + (x - p.left) / s), round(top + (y - p.top) / s), round(w / s), round(h / s)), n
        return None


def is_phone(size: tuple[int, int]) -> bool:
    """A screen taller than wide: a phone's capture (its bars differ from a desktop's)."""
    width, height = size
    return height > width * 1.2


def zones(size: tuple[int, int]) -> list[tuple[str, tuple[int, int, int, int]]]:
    """The strips along the edges where bars can be, by the screen's shape."""
    width, height = size
    phone = is_phone(size)
    top, bottom = (PHONE_TOP, PHONE_BOTTOM) if phone else (DESKTOP_TOP, DESKTOP_BOTTOM)
    strips = [
        ("top", (0, 0, width, round(height * top))),
        ("bottom", (0, height - round(height * bottom), width, height)),
    ]
    # A picture a few pixels high has no room for a bar: a strip of no rows would be
    # read as one (the median of nothing, numpy's "Mean of empty slice").
    return [(edge, box) for edge, box in strips if box[3] > box[1]]


def to_bars(grey: np.ndarray, strips: list[tuple[str, tuple[int, int, int, int]]]) -> list[tuple[str, tuple[int, int, int, int]]]:
    """A desktop's bottom strip cut where its taskbar ends.

    A taskbar is one band of its own colour along the bottom edge, at least a
    few hundredths of the screen high; it ends at the first lasting change of
    colour seen from the edge. Cut there, the strip no longer holds the page's
    footer links (which cost reading time and name other sites:
    legifrance.gouv.fr is in every government footer). When no change shows (a
    taskbar in the page's colour, no taskbar) the strip stays whole. A top
    strip stays whole: a browser's tabs, toolbar and bookmarks are bands of
    different colours, the toolbar often the page's own white. A phone's strips
    stay whole too: a browser's bar can sit above its navigation bar.
    """
    height, width = grey.shape
    if is_phone((width, height)):
        return strips
    run = max(3, round(height * STEP_ROWS))
    lowest = round(height * MIN_TASKBAR)
    cut = []
    for edge, (x0, y0, x1, y1) in strips:
        if edge != "bottom":
            cut.append((edge, (x0, y0, x1, y1)))
            continue
        end = _taskbar_end(grey, (x0, y0, x1, y1), run, lowest)
        below = 0
        for _ in range(MAX_BLANK):
            if end is None or _inked(grey[y1 - below - end : y1 - below, x0:x1]):
                break
            # A band with no text along the edge is a photo's bezel or the desk below
            # the screen: the taskbar, if any, sits on top of it, and may reach above the strip.
            below += end
            end = _taskbar_end(grey, (x0, max(0, y0 - below), x1, y1 - below), run, lowest)
        end = None if end is None else end + below
        cut.append((edge, (x0, y0, x1, y1) if end is None else (x0, y1 - end - MARGIN, x1, y1)))
    return cut


def _taskbar_end(grey: np.ndarray, box: tuple[int, int, int, int], run: int, lowest: int) -> int | None:
    """How many rows up from the box's bottom a band of the bottom edge's colour
    reaches; None when it is thinner than a taskbar or never ends."""
    x0, y0, x1, y1 = box
    # A bar's colour is the most of each row's: icons, a search box, a widget's or a
    # clock's lines cover less than half of it, at its ends as well as in its middle.
    rows = np.median(grey[y0:y1, x0:x1], axis=1)[::-1]
    # The taskbar's rows keep the colour of the edge's rows, but for short
    # excursions (a button, a line of the clock at its ends); it ends where
    # a run of rows leaves that colour for good.
    bar = float(np.median(rows[:run]))
    off = np.abs(rows - bar) > STEP
    ends = [r for r in range(run, len(rows) - run + 1) if off[r : r + run].all()]
    return ends[0] if ends and ends[0] >= lowest else None  # thinner than a taskbar: no taskbar


def _inked(rows: np.ndarray) -> bool:
    """Whether a band holds any text or icon (a few items' worth of ink)."""
    mask = _ink(Image.fromarray(rows))
    return bool(mask.sum() > max(40, 0.002 * mask.size))


def holds_address(edge: str, size: tuple[int, int]) -> bool:
    """Whether a browser's address bar can be at this edge: the top on any screen,
    the bottom only on a phone (iOS Safari, Firefox for Android)."""
    return edge == "top" or (edge == "bottom" and is_phone(size))


def side_bars(grey: np.ndarray) -> list[tuple[str, tuple[int, int, int, int]]]:
    """A taskbar put on the left or right side: columns of one colour from top to
    bottom, starting at the edge and ending within a tenth of the width, where
    the page's own colour begins."""
    height, width = grey.shape
    if is_phone((width, height)):
        return []  # phones have none
    side = round(width * SIDE)
    found = []
    for edge in ("left", "right"):
        strip = grey[:, : side + 8] if edge == "left" else grey[:, width - side - 8 :][:, ::-1]
        column = np.median(strip, axis=0)
        uniform = (np.abs(strip.astype(np.int16) - column.astype(np.int16)) < 12).mean(axis=0)
        same = (np.abs(column - column[0]) < 12) & (uniform > 0.7)
        run = int(np.argmin(same)) if not same.all() else len(same)
        if MIN_SIDE_BAR <= run < side and abs(float(np.median(column[run : run + 8])) - float(column[0])) > 30:
            found.append((edge, (0, 0, run, height) if edge == "left" else (width - run, 0, width, height)))
    return found


def _ink(grey: Image.Image) -> np.ndarray:
    """Pixels of ink: clearly apart from the background around them, in either
    direction (light text on a dark taskbar as well as the reverse).

    The background is the median of each row over short stretches of it:
    strokes are a minority of any such stretch, so unlike a local mean it is
    not pulled towards the text, and the mask keeps the strokes' own width
    instead of a halo that would tie a two-line clock, or two close items, into
    one. Taken along rows only, it stays exact up to the last row of a bar, where
    the next bar's colour begins. A photo's light gradients follow it and do not count.
    """
    pixels = np.asarray(grey, dtype=np.int16)
    height, width = pixels.shape
    if width < STRETCH:  # a narrow side taskbar: each row is one stretch
        mask = np.abs(pixels - np.median(pixels, axis=1, keepdims=True)) > CONTRAST
    else:
        # Where a stretch spans a step in the background (a photographed screen's
        # edge, a bar meeting the bezel) its median is the wrong side's colour for
        # the pixels near the step. Of two grids of stretches offset by half a
        # stretch, one always has a majority of the pixel's own side in the stretch
        # that holds it: ink must stand apart from both.
        first, second = _background(pixels, 0), _background(pixels, STRETCH // 2)
        mask = (np.abs(pixels - first) > CONTRAST) & (np.abs(pixels - second) > CONTRAST)
    # Long straight strokes are rules, borders and a photo's bezel, never text:
    # left in, they would tie every item of a bar into one.
    # A border's pixels beside text can fail the test where the text lifts the
    # row's median, so short breaks in a stroke are bridged before it is measured.
    mask &= ~_long_runs(_bridged(mask), max(40, round(width * RULE)))
    mask &= ~_long_runs(_bridged(mask.T), max(30, round(height * 0.5))).T
    # A photographed screen's edge, seen end-on in a bar, is a hairline as tall as
    # the bar's text: shorter than the rule above, but thinner than any glyph of
    # that height (a "1" or an "l" that tall has a stroke of several pixels).
    upright = _long_runs(_bridged(mask.T), max(MIN_ITEM * 3, round(height * 0.2))).T
    mask &= ~(upright & ~_long_runs(upright, HAIRLINE + 1))
    return mask


def _background(pixels: np.ndarray, offset: int) -> np.ndarray:
    """Each pixel's background: the median of its stretch of the row, the stretches
    starting at ``offset`` (the first ``offset`` pixels form one of their own)."""
    height, width = pixels.shape
    background = np.empty_like(pixels)
    if offset:
        background[:, :offset] = np.median(pixels[:, :offset], axis=1, keepdims=True)
    stretches = (width - offset) // STRETCH
    end = offset + stretches * STRETCH
    medians = np.median(pixels[:, offset:end].reshape(height, stretches, STRETCH), axis=2)
    background[:, offset:end] = np.repeat(medians, STRETCH, axis=1)
    if end < width:
        background[:, end:] = np.median(pixels[:, end:], axis=1, keepdims=True) if width - end >= STRETCH // 2 else background[:, end - 1 : end]
    return background


def _bridged(mask: np.ndarray, gap: int = 3) -> np.ndarray:
    """The mask with breaks of up to ``gap`` pixels along its rows filled
    (a closing: grown by ``gap`` each way, then shrunk back)."""
    def shifted(m: np.ndarray, by: int, fill: bool) -> np.ndarray:
        out = np.full_like(m, fill)
        if by > 0:
            out[:, by:] = m[:, :-by]
        else:
            out[:, :by] = m[:, -by:]
        return out

    half = (gap + 1) // 2
    grown = mask.copy()
    for by in range(1, half + 1):
        grown |= shifted(mask, by, False) | shifted(mask, -by, False)
    shrunk = grown.copy()
    for by in range(1, half + 1):
        shrunk &= shifted(grown, by, True) & shifted(grown, -by, True)
    return shrunk


def _long_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """Pixels inside a horizontal run of ink at least ``length`` long."""
    height, width = mask.shape
    if width < length:
        return np.zeros_like(mask)
    sums = np.cumsum(np.pad(mask, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    full = (sums[:, length:] - sums[:, :-length]) == length  # the window [s, s + length) is all ink
    # Mark each full window's pixels: +1 where it starts, -1 where it ends, summed.
    marks = np.zeros((height, width + 1), dtype=np.int32)
    marks[:, : width - length + 1] += full
    marks[:, length : width + 1] -= full
    return np.cumsum(marks, axis=1)[:, :width] > 0


def _runs(profile: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Runs of True in ``profile``, merged across gaps shorter than ``gap``."""
    idx = np.flatnonzero(profile)
    if idx.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(idx) > gap)
    starts = np.concatenate(([idx[0]], idx[breaks + 1]))
    ends = np.concatenate((idx[breaks], [idx[-1]])) + 1
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def _cut(mask: np.ndarray, left: int, top: int, depth: int = 0) -> list[tuple[int, int, int, int, float]]:
    """XY cut: rows of ink split at empty rows, each split into items at empty
    columns wider than the text's own spacing, each item cut again by rows when
    it still holds separate lines. Returns boxes and line heights."""
    boxes = []
    for r0, r1 in _runs(mask.any(axis=1), 1):
        band = mask[r0:r1]
        if r1 - r0 < MIN_ITEM:
            continue
        for c0, c1, b0, b1 in _items_of(band):
            sub = band[b0:b1, c0:c1]
            if depth < 2 and len(_runs(sub.any(axis=1), 1)) > 1 and sub.shape[0] > 3 * _line_height(sub):
                boxes += _cut(sub, left + c0, top + r0 + b0, depth + 1)
            else:
                boxes.append((left + c0, top + r0 + b0, left + c1, top + r0 + b1, _line_height(sub)))
    return boxes


def _items_of(band: np.ndarray) -> list[tuple[int, int, int, int]]:
    """A band's items, left to right: glyph groups (split at any empty column)
    joined while the gap between two is narrower than the smaller one's height
    (a word space), not when it is wider (the space between a bar's items)."""
    groups = []
    for c0, c1 in _runs(band.any(axis=0), 2):
        rows = band[:, c0:c1].any(axis=1)
        b0, b1 = int(np.argmax(rows)), len(rows) - int(np.argmax(rows[::-1]))
        groups.append([c0, c1, b0, b1, _glyph_height(rows[b0:b1])])
    merged: list[list[float]] = []
    for group in groups:
        if merged:
            last = merged[-1]
            gap = group[0] - last[1]
            lower, higher = sorted((group, last), key=lambda g: g[4])
            small, large = lower[4], higher[4]
            # A dot or a comma is as far from its neighbours as letters are, though much
            # smaller; a word beside a taller icon (a bell, a badge) is not a dot.
            mark = lower[1] - lower[0] <= 1.5 * small
            if gap <= 0.75 * (max(small, 0.6 * large) if mark else small):
                merged[-1] = [last[0], group[1], min(last[2], group[2]), max(last[3], group[3]), max(last[4], group[4])]
                continue
        merged.append(group)
    return [(int(m[0]), int(m[1]), int(m[2]), int(m[3])) for m in merged]


def _line_height(mask: np.ndarray) -> float:
    """Median height of the runs of inked rows: one line of text, or an icon.

    Lines are split at any empty row (a taskbar's clock sets its two lines close
    together); runs much shorter than the tallest (an accent above a capital, a
    dot, an underline) are parts of a line, not lines."""
    runs = [b - a for a, b in _runs(mask.any(axis=1), 1)]
    if not runs:
        return float(mask.shape[0])
    tall = max(runs)
    return float(np.median([r for r in runs if r >= 0.4 * tall]))


def _glyph_height(rows: np.ndarray) -> float:
    """A glyph group's height, of one line when it stacks two (a Windows clock's
    time over its date): the two lines together must not let the gap to the
    battery or the bell beside them pass for a word space. A small glyph's
    strokes may break into slivers of rows; only lines of some height count."""
    height = len(rows)
    lines = [b - a for a, b in _runs(rows, 1) if b - a >= max(MIN_LINE, 0.25 * height)]
    return float(np.median(lines)) if len(lines) >= 2 else float(height)


def _is_text(box: tuple[int, int, int, int, float], zone: tuple[int, int, int, int]) -> bool:
    left, top, right, bottom, line = box
    width, height = right - left, bottom - top
    if height < MIN_ITEM or width < MIN_ITEM:
        return False
    if width < 1.6 * line:
        return False  # an icon, a dot, a letter alone: no address, no clock
    if line > 0.6 * (zone[3] - zone[1]) and zone[3] - zone[1] > 40:
        return False  # taller than a bar's text: page content or a picture
    return width <= 0.95 * (zone[2] - zone[0])  # a rule or a border across the whole bar


def items(view: Image.Image) -> list[Item]:
    """The items of text along the screen's edges, top bar first, in reading order."""
    picture = ImageOps.grayscale(view)
    grey = np.asarray(picture, dtype=np.uint8)
    found: list[Item] = []
    seen: set[tuple[int, int, int, int]] = set()
    strips = zones(view.size)
    bars = to_bars(grey, strips)
    # A bottom strip cut where a band of its own colour ends holds a taskbar; a side bar is one.
    taskbars = {box for (edge, box), (_, whole) in zip(bars, strips, strict=True) if edge == "bottom" and box != whole}
    sides = side_bars(grey)
    taskbars |= {box for _, box in sides}
    for edge, (x0, y0, x1, y1) in bars + sides:
        mask = _ink(picture.crop((x0, y0, x1, y1)))
        boxes = [b for b in _cut(mask, x0, y0) if _is_text(b, (x0, y0, x1, y1))]
        if edge in ("left", "right"):
            # A side taskbar is a column of items; page text near the side is wide lines.
            banded = [(b, n) for n, b in enumerate(boxes) if b[2] - b[0] < 0.9 * (x1 - x0)]
        else:
            banded = _outer_bands(boxes, mask, edge, y0)
        for (left, top, right, bottom, line), band in sorted(banded, key=lambda b: (b[1], b[0][1] // max(1, round(b[0][4])), b[0][0])):
            key = (left, top, right, bottom)
            if key not in seen and not any(_inside(key, s) for s in seen):
                seen.add(key)
                found.append(Item(key, edge, line, band, (x0, y0, x1, y1) in taskbars))
    return found[:MAX_ITEMS]


def _outer_bands(
    boxes: list[tuple[int, int, int, int, float]], mask: np.ndarray, edge: str, top: int
) -> list[tuple[tuple[int, int, int, int, float], int]]:
    """The items of the bands of text nearest the edge (the bars themselves),
    with the number of their band from the edge.

    Bars are stacked from the edge inwards (a menu bar or a taskbar, tabs, the
    toolbar with the address, bookmarks; a phone's status bar and browser bar),
    each a band of text apart from the next; beyond them the page's own header
    or footer begins, which the page's reading reads anyway."""
    bands = _runs(mask.any(axis=1), 1)
    if edge == "bottom":
        bands = bands[::-1]
    kept: list[tuple[tuple[int, int, int, int, float], int]] = []
    used = 0
    for b0, b1 in bands:
        inside = [b for b in boxes if b0 <= b[1] - top < b1]
        if inside:
            kept += [(b, used) for b in inside]
            used += 1
            if used == MAX_BANDS:
                break
    return kept


def _inside(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] >= b[0] and a[1] >= b[1] and a[2] <= b[2] and a[3] <= b[3]


def sheet(view: Image.Image, found: list[Item] | None = None) -> Sheet | None:
    """The frame's items cut out, dark on light, enlarged, one under the other."""
    found = items(view) if found is None else found
    grey = ImageOps.grayscale(view)
    crops: list[tuple[Image.Image, Item, float]] = []
    for item in found:
        left, top, right, bottom = item.box
        crop = grey.crop((max(0, left - PAD), max(0, top - PAD), right + PAD, bottom + PAD))
        if _dark(crop):
            crop = ImageOps.invert(crop)
        if _solid(crop):
            continue  # a pill, a bar, a photo's edge: shapes, not text, and they upset Tesseract's layout
        scale = min(MAX_SCALE, max(1.0, TARGET_LINE / max(1.0, item.line_height)))
        if scale > 1.05:
            crop = crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.Resampling.LANCZOS)
        else:
            scale = 1.0
        crops.append((crop, item, scale))
    if not crops:
        return None
    # The items of one band sit side by side, as on the screen, far enough apart
    # to stay separate blocks: a short, wide sheet costs Tesseract less than a tall one.
    # An item of two lines or more (a Windows clock: the time over the date)
    # keeps a row of its own: beside one-line items it upsets Tesseract's lines.
    rows: list[list[tuple[Image.Image, Item, float]]] = []
    for crop in crops:
        row = rows[-1] if rows else None
        if (
            row
            and not _stacked(row[-1][1])
            and not _stacked(crop[1])
            and (row[-1][1].edge, row[-1][1].band) == (crop[1].edge, crop[1].band)
            and _row_width(row) + crop[0].width <= MAX_ROW
        ):
            row.append(crop)
        else:
            rows.append([crop])
    width = max(_row_width(row) for row in rows) + 2 * GAP
    height = sum(max(c.height for c, _, _ in row) + GAP for row in rows) + GAP
    image = Image.new("L", (width, height), 255)
    placed = []
    y = GAP
    for row in rows:
        x = GAP
        for crop, item, scale in row:
            image.paste(_whiten(crop), (x, y))
            placed.append(Placed(item, y, scale, x))
            x += crop.width + _apart(crop)
        y += max(c.height for c, _, _ in row) + GAP
    return Sheet(image, tuple(placed))


def _stacked(item: Item) -> bool:
    """More than one line of text."""
    return item.box[3] - item.box[1] > 1.7 * item.line_height


def _apart(crop: Image.Image) -> int:
    """White columns after an item on its row: wider than any word space."""
    return max(3 * GAP, crop.height)


def _row_width(row: list[tuple[Image.Image, Item, float]]) -> int:
    return sum(c.width + _apart(c) for c, _, _ in row)


def _dark(crop: Image.Image) -> bool:
    """Light text on a dark bar: the crop's background (its median) is dark."""
    return float(np.median(np.asarray(crop, dtype=np.uint8))) < 128


def _solid(crop: Image.Image) -> bool:
    """Mostly dark once turned dark on light: a filled shape, not strokes of text
    (letters leave most of their box light)."""
    return float(np.mean(np.asarray(_whiten(crop), dtype=np.uint8) < 128)) > SOLID


def _whiten(crop: Image.Image) -> Image.Image:
    """Stretch the crop so its background is white and its text dark: a grey
    toolbar or a tinted address field then reads like text on paper."""
    stretched = ImageOps.autocontrast(crop, cutoff=1)
    # The background (the crop's median) is made white exactly: a bar's grey left
    # grey by the stretch (a few lighter pixels at its edge) reads as a picture's
    # tile to Tesseract, and its glyphs come out wrong ("15:53" as "15:55").
    background = float(np.median(np.asarray(stretched, dtype=np.uint8)))
    if background <= 0:
        return stretched
    return stretched.point(lambda v: min(255, round(v * 255 / background)))
