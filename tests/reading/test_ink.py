"""Lines in light grey ink are told from the page's ordinary text, and weigh little."""

import io

from PIL import Image, ImageDraw

from tests.conftest import font
from troubleshoot.reading import ink
from troubleshoot.reading import strategy as reading


def _stepper(reached: int) -> Image.Image:
    page = Image.new("RGB", (1300, 760), "white")
    draw = ImageDraw.Draw(page)
    draw.text((60, 40), "Suivi de ma demande de titre de séjour", fill=(22, 22, 22), font=font(34))
    draw.text((60, 110), "Retrouvez ici les étapes de votre démarche et vos documents.", fill=(40, 40, 40), font=font(22))
    steps = ["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"]
    for i, step in enumerate(steps):
        done = i <= reached
        draw.text((60, 200 + 60 * i), f"{i + 1}. {step}", fill=(0, 0, 145) if done else (125, 125, 125), font=font(24))
    draw.text((60, 470), "Le fichier est trop volumineux.", fill=(206, 5, 0), font=font(22))  # an error: light, but red
    draw.text((60, 540), "Le site Étrangers en France permet de réaliser vos démarches en ligne.", fill=(40, 40, 40), font=font(22))
    return page


def test_the_steps_to_come_are_faint_and_the_step_reached_and_an_error_are_not(engine) -> None:
    image = _stepper(reached=0)
    read = reading.read(image, engine.kb.settings.ocr, strong=False)
    text = read.ocr.text
    faint = [text[line.start : line.end] for line in read.ocr.lines if line.faint]
    assert any("Décision" in line for line in faint) and any("Document" in line for line in faint)
    assert not any("Dépôt" in line or "volumineux" in line or "Suivi" in line for line in faint)


def test_a_stepper_stands_at_the_step_drawn_in_colour_not_at_the_last_one_listed(engine) -> None:
    buffer = io.BytesIO()
    _stepper(reached=1).save(buffer, "PNG")
    diagnosis = engine.diagnose_image(buffer.getvalue())
    assert diagnosis.situation == "request_status"
    assert diagnosis.step == "in_progress"


def test_a_page_with_too_few_lines_or_in_dark_mode_is_left_as_read(engine) -> None:
    dark = Image.new("RGB", (900, 300), (20, 20, 24))
    ImageDraw.Draw(dark).text((40, 40), "Instruction en cours", fill=(150, 150, 150), font=font(26))
    read = reading.read(dark, engine.kb.settings.ocr, strong=False)
    assert not any(line.faint for line in ink.mark_faint(read.ocr, dark).lines)
