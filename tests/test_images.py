import io

import pytest
from PIL import Image

from troubleshoot.errors import EmptyInputError, UnreadableImageError, UnsupportedImageError
from troubleshoot.images import MAX_SIDE_FOR_OCR, MIN_WIDTH_FOR_OCR, load_image, prepare_for_ocr


def _bytes(image: Image.Image, fmt: str, **kwargs) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **kwargs)
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_load_image_accepts_screenshot_formats(fmt: str) -> None:
    image = load_image(_bytes(Image.new("RGB", (30, 20), "red"), fmt))
    assert image.mode == "RGB" and image.size == (30, 20)


def test_load_image_applies_exif_orientation() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90°: phones store photos this way
    image = load_image(_bytes(Image.new("RGB", (200, 100)), "JPEG", exif=exif))
    assert image.size == (100, 200)


def test_load_image_puts_transparency_on_white() -> None:
    image = load_image(_bytes(Image.new("RGBA", (10, 10), (0, 0, 0, 0)), "PNG"))
    assert image.getpixel((5, 5)) == (255, 255, 255)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"<html><body>not an image</body></html>", UnsupportedImageError),
        (_bytes(Image.new("RGB", (10, 10)), "GIF"), UnsupportedImageError),
        (_bytes(Image.new("RGB", (400, 400), "blue"), "PNG")[:200], UnreadableImageError),
        (_bytes(Image.new("1", (10_000, 5_000)), "PNG"), UnsupportedImageError),  # 50 million pixels
    ],
    ids=["empty", "html", "gif", "truncated", "too-many-pixels"],
)
def test_load_image_refuses_bad_files(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        load_image(data)


def test_prepare_for_ocr_scales_small_captures_up() -> None:
    prepared, scale = prepare_for_ocr(Image.new("RGB", (390, 800), "white"))
    assert scale > 1 and prepared.mode == "L"
    assert prepared.width == round(390 * scale) and prepared.width <= MIN_WIDTH_FOR_OCR


def test_prepare_for_ocr_caps_huge_images() -> None:
    prepared, scale = prepare_for_ocr(Image.new("RGB", (6000, 3000), "white"))
    assert max(prepared.size) == MAX_SIDE_FOR_OCR and scale < 1


def test_prepare_for_ocr_turns_dark_mode_light() -> None:
    prepared, _ = prepare_for_ocr(Image.new("RGB", (1600, 100), (20, 20, 30)))
    assert prepared.getpixel((5, 5)) > 200
