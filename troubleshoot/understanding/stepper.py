"""Which step a stepper marks, told by where the mark sits on the screen.

A request's stepper names every step, the ones to come included, often in the
same ink; only a small mark tells the step reached: "vous êtes ici" or
"● current" under a step's name (a horizontal stepper), a badge beside it
("Décision prise [Vous êtes ici]"). Read as text, a horizontal stepper's
names come out on one line and its mark on the next, under whichever name
the reading order puts last, so the words next to the mark in the text are
not the step it marks. On the screen they are: the mark belongs to the name
right above it (or on its left on the same line). That name, read on its own
by the same rules, says the step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Box = tuple[int, int, int, int]  # left, top, width, height (the view's pixels)

ABOVE_REACH = 2.5  # a name sits at most this many mark heights above the mark
WORD_GAP = 1.2  # words further apart than this many heights on a line belong to different names
LINE_GAP = 1.2  # a name's second line starts at most this many heights below its first


@dataclass(frozen=True)
class Word:
    start: int  # raw offsets in the text
    end: int
    box: Box
    text: str

    @property
    def wordlike(self) -> bool:
        """Two letters or more: a bullet's glyph read as "e" or "A" names nothing."""
        return sum(c.isalpha() for c in self.text) >= 2

    @property
    def left(self) -> int:
        return self.box[0]

    @property
    def right(self) -> int:
        return self.box[0] + self.box[2]

    @property
    def top(self) -> int:
        return self.box[1]

    @property
    def bottom(self) -> int:
        return self.box[1] + self.box[3]

    @property
    def middle(self) -> float:
        return self.box[1] + self.box[3] / 2


def marked_names(text: str, marks: Sequence[tuple[int, int]], boxes: Sequence[tuple[int, int, Box]]) -> list[str]:
    """The step names the marks (raw spans in ``text``) sit under or beside, as the screen shows them."""
    words = sorted((Word(s, e, b, text[s:e]) for s, e, b in boxes if b[2] > 0 and b[3] > 0), key=lambda w: w.start)
    names = []
    for start, end in marks:
        own = [w for w in words if w.start < end and start < w.end]
        if not own:
            continue
        name = _beside(own, words) or _above(own, words)
        if name:
            # Word by word: on the text's line, a name's neighbours in the next columns follow it.
            names.append(" ".join(w.text for w in name))
    return names


def _height(words: Sequence[Word]) -> float:
    """The tallest word's height: a word without ascenders ("en", "cours") is only as tall as its small letters."""
    return max(1.0, max(w.box[3] for w in words))


def _same_line(a: Word, b: Word, height: float) -> bool:
    return abs(a.middle - b.middle) <= height / 2


def _run(seed: Word, words: Sequence[Word], height: float, exclude: Sequence[Word] = ()) -> list[Word]:
    """The words on ``seed``'s line that join it without a column's gap: one name."""
    line = sorted((w for w in words if _same_line(w, seed, height) and w not in exclude), key=lambda w: w.left)
    at = line.index(seed)
    lo = hi = at
    while lo > 0 and line[lo].left - line[lo - 1].right <= WORD_GAP * height:
        lo -= 1
    while hi < len(line) - 1 and line[hi + 1].left - line[hi].right <= WORD_GAP * height:
        hi += 1
    return line[lo : hi + 1]


def _beside(mark: Sequence[Word], words: Sequence[Word]) -> list[Word]:
    """A badge after a name on its line: the words just left of the mark."""
    height = _height(mark)
    first = min(mark, key=lambda w: w.left)
    left = [w for w in words if w not in mark and w.wordlike and _same_line(w, first, height) and w.right <= first.left
            and first.left - w.right <= 2 * WORD_GAP * height]
    if not left:
        return []
    return _run(max(left, key=lambda w: w.right), words, height, exclude=mark)


def _above(mark: Sequence[Word], words: Sequence[Word]) -> list[Word]:
    """The name right above the mark: overlapping it across, on the nearest line up."""
    height = _height(mark)
    top = min(w.top for w in mark)
    left, right = min(w.left for w in mark), max(w.right for w in mark)
    over = [w for w in words if w not in mark and w.wordlike and w.bottom <= top + height / 2 and top - w.bottom <= ABOVE_REACH * height
            and w.left < right and left < w.right]
    if not over:
        return []
    nearest = max(over, key=lambda w: w.bottom)
    name = _run(nearest, words, height)
    # A name over two lines ("Submission of the / application"): its line above, across the same columns.
    span_left, span_right = min(w.left for w in name), max(w.right for w in name)
    tall, name_top = _height(name), min(x.top for x in name)
    upper = [w for w in words if w not in name and w.wordlike and w.bottom <= name_top + tall / 4
             and name_top - w.bottom <= LINE_GAP * tall and w.left < span_right and span_left < w.right]
    if upper:
        name = _run(max(upper, key=lambda w: w.bottom), words, tall) + name
    return name


def marked_step(
    text: str,
    marks: Sequence[tuple[int, int]],
    boxes: Sequence[tuple[int, int, Box]],
    step_of: Callable[[str], str | None],
) -> str | None:
    """The step of the name a mark points at, as ``step_of`` reads that name alone; None if no mark says one.

    Marks that point at names of different steps say nothing sure: None.
    """
    steps = {step_of(name) for name in marked_names(text, marks, boxes)}
    steps.discard(None)
    return steps.pop() if len(steps) == 1 else None


BOLD_SHARE = 1.3  # a name's stems at least this much thicker than the names' usual: the one in bold


def bold_step(named: Sequence[tuple[str, int]], lines: Sequence[tuple[int, int, float]]) -> str | None:
    """The step whose name alone is in bold among a stepper's names in ordinary weight.

    ``named``: each step's name found (its step, its raw offset); ``lines``:
    (start, end, stem width) of the screen's lines. A stepper often marks the
    step reached by its weight only. Names sharing a line (a horizontal
    stepper read as one line) cannot be told apart by their line's weight and
    are left out; fewer than two names, or no single one in bold, say nothing.
    """
    by_line: dict[int, set[str]] = {}
    stroke_of: dict[int, float] = {}
    for step, offset in named:
        for n, (start, end, stroke) in enumerate(lines):
            if start <= offset < end and stroke > 0:
                by_line.setdefault(n, set()).add(step)
                stroke_of[n] = stroke
                break
    single = {n: steps.pop() for n, steps in by_line.items() if len(steps) == 1}
    if len(set(single.values())) < 2:
        return None
    strokes = sorted(stroke_of[n] for n in single)
    usual = strokes[len(strokes) // 2] if len(strokes) % 2 else (strokes[len(strokes) // 2 - 1] + strokes[len(strokes) // 2]) / 2
    bold = {single[n] for n in single if stroke_of[n] >= BOLD_SHARE * usual}
    return bold.pop() if len(bold) == 1 else None


MARKER_REACH = 3.0  # a name's marker (a dot, a circle, a square) lies within this many name heights of it
MARKER_SHARE = 1.6  # a marker's ink at least this share of the names' usual: the one filled in


def named_steps(
    text: str, lines: Sequence[tuple[int, int]], boxes: Sequence[tuple[int, int, Box]], step_of: Callable[[str], str | None],
) -> list[tuple[str, Box]]:
    """Each step name of a stepper with its box: the lines' words split where a column's gap parts them,
    each run read alone (a horizontal stepper's names share one line of the text)."""
    words = [Word(s, e, b, text[s:e]) for s, e, b in boxes if b[2] > 0 and b[3] > 0]
    found: list[tuple[str, Box]] = []
    for start, end in lines:
        on_line = sorted((w for w in words if start <= w.start < end), key=lambda w: w.left)
        if not on_line:
            continue
        height = _height(on_line)
        runs: list[list[Word]] = [[on_line[0]]]
        for word in on_line[1:]:
            if word.left - runs[-1][-1].right > WORD_GAP * height:
                runs.append([word])
            else:
                runs[-1].append(word)
        for run in runs:
            step = step_of(" ".join(w.text for w in run))
            if step is not None:
                left, top = min(w.left for w in run), min(w.top for w in run)
                right, bottom = max(w.right for w in run), max(w.bottom for w in run)
                found.append((step, (left, top, right - left, bottom - top)))
    return found


def filled_step(names: Sequence[tuple[str, Box]], ink: Callable[[Box], float]) -> str | None:
    """The step whose marker alone is filled in: among a stepper's names (two steps or more), the one with
    much more ink just above or before it than the others (a filled circle among outlined ones)."""
    if len({step for step, _ in names}) < 2:
        return None
    masses = []
    for step, (left, top, width, height) in names:
        reach = round(MARKER_REACH * height)
        middle = left + width // 2
        above = (middle - reach // 2, top - reach, reach, reach - height // 4)
        before = (left - reach, top - height // 2, reach - height // 4, 2 * height)
        masses.append((step, max(ink(above), ink(before))))
    values = sorted(m for _, m in masses)
    usual = values[(len(values) - 1) // 2]  # the lower middle: with two names, the emptier one
    if usual <= 0:
        return None
    filled = {step for step, m in masses if m >= MARKER_SHARE * usual}
    return filled.pop() if len(filled) == 1 else None


def screen_step(
    text: str,
    lines: Sequence[tuple[int, int, float, bool]],
    boxes: Sequence[tuple[int, int, Box]],
    marks: Sequence[tuple[int, int]],
    named: Sequence[tuple[str, int]],
    step_of: Callable[[str], str | None],
    ink: Callable[[Box], float] | None,
) -> str | None:
    """The step a screen's stepper shows, or None: by a mark's place, else a name in bold, else a filled marker.

    ``lines``: (start, end, stem width, in the frame) of the screen's lines; ``marks``: raw spans of the
    step marks' words; ``named``: each step name the rules found (its step, its raw offset); ``ink``: how
    much ink a box of the screen holds (None in dark mode: no marker is measured).
    """
    found = marked_step(text, marks, boxes, step_of) if marks else None
    found = found or bold_step(named, [(start, end, stroke) for start, end, stroke, _ in lines])
    if found is None and ink is not None:
        held = [(start, end) for start, end, _, frame in lines
                if not frame and any(start <= offset < end for _, offset in named)]
        found = filled_step(named_steps(text, held, boxes, step_of), ink)
    return found
