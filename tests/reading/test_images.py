import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageOps

from tests.conftest import font, render_text_image
from troubleshoot.errors import EmptyInputError, UnreadableImageError, UnsupportedImageError
from troubleshoot.reading.images import (
    GRAIN,
    MAX_SIDE_FOR_OCR,
    _grain,
    band_cuts,
    find_screen,
    flatten_light,
    is_photo,
    line_height,
    load_image,
    prepare_for_ocr,
    straighten,
)


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


@pytest.mark.parametrize("font_size", [12, 20, 40])
def test_line_height_follows_the_text_size(font_size: int) -> None:
    image = render_text_image(["Une erreur technique est survenue"] * 6, font_size=font_size, size=(1400, 900))
    height = line_height(ImageOps.grayscale(image))
    assert height is not None and 0.6 * font_size <= height <= 1.3 * font_size


def test_prepare_for_ocr_scales_tiny_text_up_and_leaves_normal_text() -> None:
    tiny = render_text_image(["Erreur technique"] * 6, font_size=8, size=(700, 300))
    prepared, scale = prepare_for_ocr(tiny)
    assert scale > 1 and prepared.mode == "L" and prepared.width == round(700 * scale)
    normal = render_text_image(["Erreur technique"] * 6, font_size=18, size=(1400, 600))
    assert prepare_for_ocr(normal)[1] == 1.0
    huge = render_text_image(["Erreur"] * 4, font_size=90, size=(1400, 1200))
    assert prepare_for_ocr(huge)[1] < 1


def test_prepare_for_ocr_caps_huge_images() -> None:
    tiny_text = render_text_image(["texte"] * 30, font_size=7, size=(3000, 2000))
    prepared, scale = prepare_for_ocr(tiny_text)
    assert max(prepared.size) <= MAX_SIDE_FOR_OCR


def test_prepare_for_ocr_turns_dark_mode_light() -> None:
    prepared, _ = prepare_for_ocr(Image.new("RGB", (1600, 100), (20, 20, 30)))
    assert prepared.getpixel((5, 5)) > 200


def test_find_screen_straightens_a_photographed_screen() -> None:
    page = render_text_image(["Erreur technique"] * 5, size=(800, 500))
    # A camera's surround: a dark desk with sensor noise.
    grain = np.random.default_rng(7).normal(60, 6, (900, 1200, 3)).clip(0, 255).astype(np.uint8)
    photo = Image.fromarray(grain, "RGB")
    tilted = page.rotate(4, expand=True, fillcolor=(60, 60, 60))
    photo.paste(tilted, (150, 150))
    quad = find_screen(ImageOps.grayscale(photo))
    assert quad is not None
    upright = straighten(photo, quad)
    assert abs(upright.width - 800) < 80 and abs(upright.height - 500) < 80
    assert find_screen(ImageOps.grayscale(page)) is None  # an ordinary screenshot is left alone


def _desk(mean: float, seed: int) -> Image.Image:
    grain = np.random.default_rng(seed).normal(mean, 6, (900, 1200, 3)).clip(0, 255).astype(np.uint8)
    return Image.fromarray(grain, "RGB")


def test_find_screen_finds_a_dark_page_on_a_lighter_desk_by_its_outline() -> None:
    # Dark mode in a black bezel, photographed on a grey desk: the page is no
    # brighter than the desk, only its outline shows where the screen is.
    screen = Image.new("RGB", (860, 560), (25, 25, 28))
    screen.paste(ImageOps.invert(render_text_image(["Erreur technique"] * 5, size=(800, 500)).convert("RGB")), (30, 30))
    photo = _desk(95, 11)
    photo.paste(screen.rotate(3, expand=True, fillcolor=(95, 95, 95)), (150, 140))
    quad = find_screen(photo)
    assert quad is not None
    upright = straighten(photo, quad)
    assert abs(upright.width - 860) < 90 and abs(upright.height - 560) < 90


def test_a_window_square_with_the_image_is_not_a_photographed_screen() -> None:
    # Four straight edges on a grainy wallpaper, all square with the image: a
    # window in a screenshot (a camera never lines a screen up with its sensor).
    shot = _desk(95, 12)
    shot.paste(Image.new("RGB", (860, 560), (25, 25, 28)), (150, 140))
    assert find_screen(shot) is None


def test_a_window_on_a_grainy_wallpaper_above_a_taskbar_with_icons_is_not_a_photo() -> None:
    # Windows 10: a bright window floats on a noisy wallpaper; the taskbar along the
    # bottom is flat but for its icons and clock, which lift its mean difference
    # between neighbours to a photo's. Almost all its neighbours are still equal.
    shot = _desk(60, 14)
    draw = ImageDraw.Draw(shot)
    draw.rectangle((0, shot.height - 48, shot.width, shot.height), fill=(16, 16, 16))
    for x in range(20, shot.width - 200, 64):  # icons standing on the taskbar's lower edge
        draw.rectangle((x, shot.height - 40, x + 30, shot.height), fill=(40 + x % 200, 120, 200))
    draw.text((shot.width - 120, shot.height - 36), "04:08\n23/10/2025", fill=(230, 230, 230))
    shot.paste(Image.new("RGB", (900, 560), (246, 246, 246)), (110, 60))
    assert min(_grain(ImageOps.grayscale(shot))) >= GRAIN  # the old test alone took it for a photo
    assert find_screen(shot) is None


def _plain(grey: Image.Image, row: int) -> bool:
    values = np.asarray(grey)[row]
    return int(values.max()) - int(values.min()) <= 40


def test_band_cuts_fall_between_lines_and_share_the_text() -> None:
    lines = [f"Ligne numéro {n} du message d'erreur affiché" for n in range(12)]
    grey = ImageOps.grayscale(render_text_image(lines, size=(1000, 1100)))
    cuts = band_cuts(grey, 2)
    assert len(cuts) == 1
    cut = cuts[0]
    assert _plain(grey, cut) and _plain(grey, cut - 1) and _plain(grey, cut + 1)
    above = sum(1 for row in range(cut) if not _plain(grey, row))
    below = sum(1 for row in range(cut, grey.height) if not _plain(grey, row))
    assert 0.6 < above / below < 1.6


def test_band_cuts_never_split_a_framed_box() -> None:
    lines = [f"Ligne {n} : votre demande a été refusée" for n in range(10)]
    image = render_text_image(lines, size=(1000, 1000))
    ImageDraw.Draw(image).rectangle((20, 200, 980, 800), outline="red", width=4)  # an alert around the middle lines
    cuts = band_cuts(ImageOps.grayscale(image), 2)
    assert all(not 200 <= cut <= 800 for cut in cuts)


def test_band_cuts_leave_blank_or_single_band_images_whole() -> None:
    assert band_cuts(Image.new("L", (800, 600), 255), 2) == []
    assert band_cuts(ImageOps.grayscale(render_text_image(["Erreur"] * 6, size=(800, 700))), 1) == []


def test_a_phone_screenshot_with_black_bars_is_not_a_photo() -> None:
    # iOS draws a black status bar and home strip over a page whose edges are light grey.
    shot = Image.new("L", (1179, 2556), 205)
    draw = ImageDraw.Draw(shot)
    draw.rectangle((40, 160, 1139, 2400), fill=250)  # the page's own white card
    draw.rectangle((0, 0, 1179, 150), fill=0)
    draw.rectangle((0, 2420, 1179, 2556), fill=20)
    draw.text((140, 60), "23:22", fill=255)
    assert find_screen(shot) is None


def test_a_window_on_a_desktop_wallpaper_is_not_a_photo() -> None:
    # macOS: a window on a dark wallpaper, the menu bar (with the clock) a flat strip along the top.
    from PIL import ImageDraw

    shot = Image.new("L", (2400, 1350), 70)
    draw = ImageDraw.Draw(shot)
    draw.rectangle((0, 0, 2400, 28), fill=40)
    draw.text((2250, 8), "dim. 19 oct. 04:07", fill=230)
    draw.rectangle((40, 60, 2340, 1310), fill=245)
    assert find_screen(shot) is None


# -- other valid inputs: any grey depth, iPhone photos ---------------------------------
ANEF_PAGE = Path(__file__).resolve().parents[2] / "samples" / "images" / "s003.png"


def _grey_levels(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"), dtype=np.int16)


@pytest.mark.parametrize(
    "make",
    [
        lambda grey: grey.convert("I;16"),  # 8-bit levels stored in 16 bits (what Pillow writes for "I;16")
        lambda grey: Image.fromarray(np.asarray(grey, dtype=np.uint16) * 257),  # the full 16-bit range
        lambda grey: grey.convert("LA"),
        lambda grey: grey.convert("P"),
        lambda grey: grey.convert("1"),
    ],
    ids=["16-bit-8-bit-levels", "16-bit-full-range", "grey-alpha", "palette", "1-bit"],
)
def test_any_valid_png_mode_loads_like_the_screenshot(make) -> None:
    grey = Image.open(ANEF_PAGE).convert("L")
    loaded = load_image(_bytes(make(grey), "PNG"))
    assert loaded.mode == "RGB" and loaded.size == grey.size
    # Within a few levels of the 8-bit page (1-bit: only its black and white agree on average).
    difference = np.abs(_grey_levels(loaded) - _grey_levels(grey)).mean()
    assert difference < 25


@pytest.mark.ocr
def test_a_16_bit_grey_png_of_an_anef_page_is_diagnosed_like_the_page(engine) -> None:
    page = engine.diagnose_image(ANEF_PAGE)
    sixteen = engine.diagnose_image(_bytes(Image.open(ANEF_PAGE).convert("L").convert("I;16"), "PNG"))
    assert page.situation != engine.kb.fallback.id
    assert sixteen.situation == page.situation


def test_heic_photos_are_read() -> None:
    pytest.importorskip("pillow_heif")
    picture = render_text_image(["Identifiant ou mot de passe incorrect"], size=(600, 200))
    data = _bytes(picture, "HEIF", quality=90)
    assert data[4:12] == b"ftypheic"
    loaded = load_image(data)
    assert loaded.mode == "RGB" and loaded.size == picture.size
    assert np.abs(_grey_levels(loaded) - _grey_levels(picture)).mean() < 10


def test_find_screen_finds_a_dark_page_whose_black_bezel_barely_stands_off_a_dark_desk() -> None:
    # A black bezel on a charcoal desk steps by less than a bezel on a grey desk:
    # the outline is still straight over every row, which is what tells it from text.
    screen = Image.new("RGB", (900, 580), (34, 34, 36))  # the bezel
    screen.paste(ImageOps.invert(render_text_image(["Erreur technique"] * 5, size=(820, 500)).convert("RGB")), (40, 40))
    photo = _desk(52, 5)
    photo.paste(screen.rotate(2.5, expand=True, fillcolor=(52, 52, 52)), (140, 130))
    quad = find_screen(photo)
    assert quad is not None
    upright = straighten(photo, quad)
    assert abs(upright.width - 900) < 90 and abs(upright.height - 580) < 90


def test_line_height_ignores_a_dark_bezel_down_the_sides() -> None:
    # A straightened photo keeps a strip of black bezel on its left and right:
    # ink on every row, which must not hide the gaps between the text lines.
    page = render_text_image(["Une erreur technique est survenue"] * 6, font_size=20, size=(1400, 900))
    framed = Image.new("RGB", (1560, 900), (15, 15, 15))
    framed.paste(page, (80, 0))
    height = line_height(ImageOps.grayscale(framed))
    assert height is not None and 12 <= height <= 26


def test_flatten_light_evens_out_a_photos_uneven_light_and_keeps_the_text() -> None:
    page = np.asarray(ImageOps.grayscale(render_text_image(["Erreur technique"] * 4, size=(1200, 600))), dtype=np.float64)
    light = np.linspace(1.0, 0.5, 1200)[None, :]  # a lamp on the left, shadow on the right
    lit = Image.fromarray((page * light).clip(0, 255).astype(np.uint8))
    flat = np.asarray(flatten_light(lit), dtype=np.float64)
    background = flat[page > 200]
    assert background.mean() > 235 and background.std() < 12  # one even white, left to right
    assert flat[page < 60].mean() < 120  # the letters stay dark


def _unevenly_lit_photo() -> bytes:
    """A photo of an upload page, lit from the left, its faint red error line in the shadow."""
    page = Image.new("RGB", (1300, 700), (236, 236, 236))
    draw = ImageDraw.Draw(page)
    draw.text((60, 40), "Pièces justificatives", fill=(30, 30, 30), font=font(34))
    draw.text((60, 120), "Acte de naissance", fill=(60, 60, 60), font=font(20))
    draw.text((700, 170), "Ce fichier est vide (0 Ko) et ne peut pas être ajouté.", fill=(210, 110, 110), font=font(15))
    light = np.linspace(1.0, 0.5, 1300)[None, :, None] * np.linspace(1.0, 0.85, 700)[:, None, None]
    rng = np.random.default_rng(3)
    lit = np.asarray(page, dtype=np.float64) * light + rng.normal(0, 6, (700, 1300, 3))
    desk = Image.fromarray(rng.normal(45, 6, (900, 1600, 3)).clip(0, 255).astype(np.uint8))
    screen = Image.fromarray(lit.clip(0, 255).astype(np.uint8))
    desk.paste(screen.rotate(2, expand=True, fillcolor=(45, 45, 45)), (140, 90))
    return _bytes(desk, "JPEG", quality=80)


def test_a_faint_error_line_in_the_shadow_of_a_photo_is_read(engine) -> None:
    data = _unevenly_lit_photo()
    assert is_photo(ImageOps.grayscale(Image.open(io.BytesIO(data))))
    diagnosis = engine.diagnose_image(data)
    assert diagnosis.situation == "upload_error"
    assert "vide" in diagnosis.text


def test_a_screenshot_is_not_taken_for_a_photo() -> None:
    assert not is_photo(ImageOps.grayscale(render_text_image(["Erreur technique"] * 4)))
