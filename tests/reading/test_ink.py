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


BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _weighted_stepper(reached: int, size: int = 22) -> Image.Image:
    """Every step in the same black ink; only the step reached is in bold."""
    from PIL import ImageFont

    page = Image.new("RGB", (1200, 640), "white")
    draw = ImageDraw.Draw(page)
    draw.text((60, 40), "Suivi de ma demande", fill=(22, 22, 22), font=font(32))
    draw.text((60, 100), "Première demande de titre de séjour, préfecture du Nord.", fill=(40, 40, 40), font=font(20))
    steps = ["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"]
    for i, step in enumerate(steps):
        face = ImageFont.truetype(BOLD, size) if i == reached else font(size)
        draw.text((100, 180 + 70 * i), step, fill=(22, 22, 22), font=face)
        draw.text((100, 212 + 70 * i), f"le {10 + i}/04/2026", fill=(90, 90, 90), font=font(16))
    draw.text((60, 500), "Le site Étrangers en France permet de réaliser vos démarches en ligne.", fill=(40, 40, 40), font=font(20))
    return page


def test_a_line_in_bold_has_thicker_stems_than_the_same_size_in_regular(engine) -> None:
    read = reading.read(_weighted_stepper(reached=2), engine.kb.settings.ocr, strong=False)
    text = read.ocr.text
    stroke = {text[line.start : line.end]: line.stroke for line in read.ocr.lines}
    bold = next(v for k, v in stroke.items() if "Décision" in k)
    regular = [v for k, v in stroke.items() if "Dépôt" in k or "Instruction" in k or "Document disponible" in k]
    assert len(regular) == 3 and all(0 < v * 1.3 <= bold for v in regular), stroke


def test_a_stepper_in_one_ink_stands_at_the_step_in_bold(engine) -> None:
    for reached, step in [(1, "in_progress"), (2, "decision_made")]:
        buffer = io.BytesIO()
        _weighted_stepper(reached).save(buffer, "PNG")
        diagnosis = engine.diagnose_image(buffer.getvalue())
        assert (diagnosis.situation, diagnosis.step) == ("request_status", step)


def test_a_horizontal_stepper_stands_at_the_step_its_mark_sits_under(engine) -> None:
    # Read as text, the names come out on one line and the mark on the next,
    # after the last name; on the screen it sits under the second one.
    page = Image.new("RGB", (1400, 420), "white")
    draw = ImageDraw.Draw(page)
    draw.text((60, 40), "Ma demande de titre de séjour", fill=(22, 22, 22), font=font(32))
    for i, name in enumerate(["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"]):
        draw.ellipse((120 + 330 * i, 130, 150 + 330 * i, 160), fill=(0, 0, 145))
        draw.text((60 + 330 * i, 180), name, fill=(22, 22, 22), font=font(22))
    draw.text((90 + 330, 220), "vous êtes ici", fill=(60, 60, 60), font=font(16))
    draw.text((60, 320), "Votre attestation est disponible dans Mes documents.", fill=(40, 40, 40), font=font(20))
    buffer = io.BytesIO()
    page.save(buffer, "PNG")
    diagnosis = engine.diagnose_image(buffer.getvalue())
    assert (diagnosis.situation, diagnosis.step) == ("request_status", "in_progress")
