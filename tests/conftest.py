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


@pytest.fixture(scope="session")
def rules_engine() -> Engine:
    """The hand-written rules alone, without the learned weights (tests of the rules themselves)."""
    return Engine(learned_weights=False)


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


ARABIC_FONT = Path("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf")


def render_arabic_image(lines: list[str], *, size: tuple[int, int] = (1200, 400), font_size: int = 28) -> Image.Image:
    """Right-to-left Arabic-script lines, shaped (Pillow with libraqm), as a translated page shows them."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font_ = ImageFont.truetype(str(ARABIC_FONT), font_size)
    for n, line in enumerate(lines):
        draw.text((size[0] - 40, 30 + n * int(font_size * 1.8)), line, fill="black", font=font_, anchor="ra", direction="rtl")
    return image


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
