"""The annotated copy: the screenshot with a caption band below it, as a PNG made in memory."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops

from tests.conftest import render_text_image
from troubleshoot.answering.caption import MAX_WIDTH, png_bytes, with_caption
from troubleshoot.reading import ocr

LINES = ["Ajouté par l'assistant (ne fait pas partie de la capture d'écran) — 01-annotated.png",
         "Site : administration-etrangers-en-france.interieur.gouv.fr (relevée sur la capture)",
         "Date : 12/03/2026 (indiquée par l'utilisateur)", "Heure : 14:35, heure de Paris (indiquée par l'utilisateur)"]


def test_the_band_is_added_below_and_the_screenshot_is_kept_above() -> None:
    shot = render_text_image(["Une erreur technique est survenue"], size=(1200, 400))
    copy = with_caption(shot, LINES)
    assert copy.width == 1200 and copy.height > 400 + 4 * 20
    assert ImageChops.difference(copy.crop((0, 0, 1200, 400)), shot).getbbox() is None  # the capture itself is untouched
    band = copy.crop((0, 420, 1200, copy.height)).convert("L")
    assert band.getextrema()[0] < 80  # dark text on the pale band


def test_a_wide_screenshot_is_scaled_and_long_lines_wrap() -> None:
    copy = with_caption(Image.new("RGB", (3840, 2160), "white"), [" ".join(["mot"] * 200)])
    assert copy.width == MAX_WIDTH and copy.height > round(2160 * MAX_WIDTH / 3840) + 60


@pytest.mark.ocr
def test_the_band_reads_back_as_written() -> None:
    copy = with_caption(render_text_image(["Connexion"], size=(1400, 300)), LINES)
    band = copy.crop((0, 300, copy.width, copy.height))
    text = " ".join(ocr.read(band, languages="fra", timeout=30).text.split())
    assert "ajouté par l'assistant" in text.lower() and "12/03/2026" in text and "14:35" in text


def test_png_bytes_is_a_png() -> None:
    data = png_bytes(with_caption(Image.new("RGB", (500, 200), "white"), LINES))
    assert data.startswith(b"\x89PNG") and Image.open(io.BytesIO(data)).format == "PNG"
