"""A stepper's mark points at the step name it sits under or beside (understanding/stepper.py)."""

from __future__ import annotations

from troubleshoot.understanding import stepper


def _layout(rows: list[list[tuple[str, int, int]]], height: int = 20) -> tuple[str, list[tuple[int, int, tuple[int, int, int, int]]]]:
    """Text read line by line, each word at (x, y) with a width of 10 px per letter."""
    text, boxes = "", []
    for row in rows:
        for n, (word, x, y) in enumerate(row):
            if n:
                text += " "
            boxes.append((len(text), len(text) + len(word), (x, y, 10 * len(word), height)))
            text += word
        text += "\n"
    return text, boxes


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


# A horizontal stepper: four names on one line, the mark under the second.
STEPPER = [
    [("Dépôt", 0, 100), ("de", 60, 100), ("la", 90, 100), ("demande", 120, 100),
     ("Instruction", 400, 100), ("en", 520, 100), ("cours", 550, 100),
     ("Décision", 800, 100), ("prise", 890, 100),
     ("Document", 1200, 100), ("disponible", 1290, 100)],
    [("●", 410, 135), ("vous", 430, 135), ("êtes", 480, 135), ("ici", 530, 135)],
]


def test_a_mark_under_a_name_points_at_that_name_not_at_the_last_one_read() -> None:
    text, boxes = _layout(STEPPER)
    assert stepper.marked_names(text, [_span(text, "vous êtes ici")], boxes) == ["Instruction en cours"]


def test_a_badge_after_a_name_on_its_line_points_at_that_name() -> None:
    text, boxes = _layout([[("Dépôt", 0, 100), ("de", 60, 100), ("la", 90, 100), ("demande", 120, 100)],
                           [("Décision", 0, 160), ("prise", 90, 160), ("Vous", 160, 160), ("êtes", 210, 160), ("ici", 260, 160)],
                           [("Document", 0, 220), ("disponible", 90, 220)]])
    assert stepper.marked_names(text, [_span(text, "Vous êtes ici")], boxes) == ["Décision prise"]


def test_a_name_on_two_lines_is_read_whole_and_its_neighbour_column_left_out() -> None:
    text, boxes = _layout([[("Submission", 0, 100), ("of", 110, 100), ("the", 140, 100),
                            ("Application", 400, 100), ("under", 520, 100), ("review", 580, 100)],
                           [("application", 20, 125)],
                           [("e", 40, 160), ("current", 60, 160)]])
    assert stepper.marked_names(text, [_span(text, "current")], boxes) == ["Submission of the application"]


def test_a_mark_far_below_any_name_points_at_nothing() -> None:
    text, boxes = _layout([STEPPER[0], [("vous", 430, 400), ("êtes", 480, 400), ("ici", 530, 400)]])
    assert stepper.marked_names(text, [_span(text, "vous êtes ici")], boxes) == []


def test_the_step_is_what_the_name_alone_says_and_disagreeing_marks_say_none() -> None:
    text, boxes = _layout(STEPPER)
    steps = {"Instruction en cours": "in_progress", "Dépôt de la demande": "submitted"}
    assert stepper.marked_step(text, [_span(text, "vous êtes ici")], boxes, steps.get) == "in_progress"
    two = STEPPER + [[("vous", 20, 135), ("êtes", 70, 135), ("ici", 120, 135)]]
    text, boxes = _layout(two)
    first, second = text.index("vous êtes ici"), text.rindex("vous êtes ici")
    marks = [(first, first + 13), (second, second + 13)]
    assert stepper.marked_step(text, marks, boxes, steps.get) is None


def test_a_horizontal_steppers_names_are_told_apart_by_the_columns_gap() -> None:
    text, boxes = _layout(STEPPER[:1])
    steps = {"Dépôt de la demande": "submitted", "Instruction en cours": "in_progress", "Décision prise": "decision_made",
             "Document disponible": "document_available"}
    names = stepper.named_steps(text, [(0, len(text))], boxes, steps.get)
    assert [step for step, _ in names] == ["submitted", "in_progress", "decision_made", "document_available"]
    assert names[1][1] == (400, 100, 200, 20)  # from "Instruction" to the end of "cours"


def test_the_one_name_whose_marker_is_filled_in_is_the_step() -> None:
    names = [("submitted", (0, 100, 100, 20)), ("in_progress", (300, 100, 100, 20)), ("decision_made", (600, 100, 100, 20))]

    def ink(box: tuple[int, int, int, int]) -> float:  # a filled circle above the second name, rings above the others
        return 0.5 if 250 <= box[0] <= 400 and box[1] < 100 else 0.1

    assert stepper.filled_step(names, ink) == "in_progress"
    assert stepper.filled_step(names, lambda box: 0.1) is None  # every marker alike: no step said
    assert stepper.filled_step(names[:1], ink) is None  # a single name is no stepper
