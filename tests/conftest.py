from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from troubleshoot import Engine

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


@pytest.fixture()
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the knowledge base, for tests that break it on purpose."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/System/Library/Fonts/Supplemental/Arial.ttf"):
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def render_text_image(lines: list[str], *, size: tuple[int, int] = (1400, 500), font_size: int = 30,
                      background: str = "white", colour: str = "black") -> Image.Image:
    """A plain screenshot-like image with the given lines, for OCR tests."""
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    font_ = font(font_size)
    y = 30
    for line in lines:
        draw.text((40, y), line, fill=colour, font=font_)
        y += int(font_size * 1.8)
    return image
