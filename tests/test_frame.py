"""The screen's frame found by its structure: bars at any edge, read as what they are."""

from __future__ import annotations

from datetime import date, time

import pytest
from PIL import Image, ImageDraw

from tests.conftest import font
from troubleshoot import frame

ANEF = "administration-etrangers-en-france.interieur.gouv.fr"


def _screen(*, size=(1366, 768), bar_at="top", taskbar_at="bottom", dark_taskbar=True, clock=("14:32", "26/11/2026")):
    """A page with a browser toolbar (address field) and a taskbar (clock) where asked."""
    w, h = size
    page = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(["Une erreur technique est survenue.", "Veuillez réessayer plus tard."]):
        draw.text((120, h // 3 + 40 * n), line, fill="black", font=font(22))
    small = font(13)
    bar_y = 0 if bar_at == "top" else h - 60
    draw.rectangle((0, bar_y, w, bar_y + 44), fill=(241, 243, 244))
    draw.rounded_rectangle((90, bar_y + 7, w - 90, bar_y + 37), radius=15, fill="white")
    draw.text((120, bar_y + 14), f"https://{ANEF}/particuliers/#/", fill=(32, 33, 36), font=small)
    bg, fg = ((28, 28, 28), "white") if dark_taskbar else ((233, 238, 244), (17, 17, 17))
    if taskbar_at == "bottom":
        draw.rectangle((0, h - 44, w, h), fill=bg)
        draw.text((w - 80, h - 40), clock[0], fill=fg, font=small)
        draw.text((w - 92, h - 21), clock[1], fill=fg, font=small)
        for n in range(5):
            draw.rectangle((300 + 40 * n, h - 33, 322 + 40 * n, h - 11), fill=(40 + 40 * n, 120, 200))
    elif taskbar_at == "top":  # a GNOME-like top bar, clock in the middle
        draw.rectangle((0, 0, w, 26), fill=bg)
        draw.text((w // 2 - 50, 5), f"{clock[1]} {clock[0]}", fill=fg, font=small)
    return page


def _covered(item_boxes: list[tuple[int, int, int, int]], x: int, y: int) -> bool:
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in item_boxes)


def test_items_are_found_at_every_edge_that_holds_a_bar() -> None:
    screen = _screen()
    boxes = [i.box for i in frame.items(screen)]
    assert _covered(boxes, 200, 21)  # the address
    assert _covered(boxes, 1366 - 60, 768 - 33)  # the time
    assert _covered(boxes, 1366 - 60, 768 - 14)  # the date
    assert not _covered(boxes, 300, 768 // 3 + 10)  # the page's own text is not in the frame


def test_icons_and_the_page_body_are_not_items() -> None:
    boxes = [i.box for i in frame.items(_screen())]
    # The taskbar's square icons are no text.
    assert not any(b[1] > 700 and 300 <= b[0] <= 480 and b[2] - b[0] < 40 for b in boxes)


def test_a_side_taskbar_is_found_only_when_there_is_one() -> None:
    plain = _screen(taskbar_at=None)
    assert frame.side_bars(frame.np.asarray(plain.convert("L"))) == []
    side = plain.copy()
    draw = ImageDraw.Draw(side)
    draw.rectangle((0, 0, 60, 768), fill=(30, 30, 30))
    draw.text((10, 720), "14:32", fill="white", font=font(13))
    draw.text((6, 740), "26/11/26", fill="white", font=font(11))
    [(edge, _)] = frame.side_bars(frame.np.asarray(side.convert("L")))
    assert edge == "left"


def test_the_sheet_maps_words_back_onto_the_screen() -> None:
    screen = _screen()
    sheet = frame.sheet(screen)
    assert sheet is not None
    for placed in sheet.placed:
        item = placed.item
        # A word at the top-left of the item's copy on the sheet lands at the item on the screen.
        pad = round(frame.PAD * placed.scale)
        box, back = sheet.to_view((placed.left + pad, placed.top + pad, 4, 4))
        assert sheet.placed[back].item == item
        assert abs(box[0] - item.box[0]) <= 2 and abs(box[1] - item.box[1]) <= 2


def test_light_text_on_a_dark_bar_is_turned_dark_on_light() -> None:
    sheet = frame.sheet(_screen(dark_taskbar=True))
    clock = next(p for p in sheet.placed if p.item.box[1] > 700 and p.item.box[0] > 1200)
    crop = sheet.image.crop((0, clock.top, sheet.image.width, clock.top + 10))
    assert sum(crop.get_flattened_data()) / (crop.width * crop.height) > 200  # white around the text


@pytest.mark.ocr
@pytest.mark.parametrize(
    ("kwargs", "seen"),
    [
        ({}, (date(2026, 11, 26), time(14, 32))),
        ({"dark_taskbar": False, "clock": ("2:32 PM", "11/26/2026")}, (date(2026, 11, 26), time(14, 32))),
        ({"bar_at": "bottom", "taskbar_at": "top", "clock": ("14:32", "jeu. 26 nov.")}, (date(2026, 11, 26), time(14, 32))),
        ({"size": (1920, 1080)}, (date(2026, 11, 26), time(14, 32))),
    ],
)
def test_site_date_and_time_are_read_wherever_the_bars_are(engine, kwargs, seen) -> None:
    import io

    buffer = io.BytesIO()
    _screen(**kwargs).save(buffer, "PNG")
    d = engine.diagnose_image(buffer.getvalue())
    assert d.site == ANEF
    assert (d.seen_date, d.seen_time) == seen


def test_a_phone_is_read_with_phone_shares() -> None:
    zones = dict(frame.zones((1170, 2532)))
    assert zones["top"][3] < 2532 * 0.2 and zones["bottom"][1] > 2532 * 0.8
    assert "left" not in zones


def _with_page_header_and_footer(screen: Image.Image) -> Image.Image:
    """The page's own header and footer links, inside the strips where bars can be."""
    w, h = screen.size
    draw = ImageDraw.Draw(screen)
    draw.text((120, 70), "Étrangers en France — Administration numérique", fill="black", font=font(15))
    draw.line((0, 110, w, 110), fill=(221, 221, 221))
    for n, link in enumerate(["legifrance.gouv.fr", "service-public.fr", "data.gouv.fr"]):
        draw.text((120 + 220 * n, h - 70), link, fill=(58, 58, 58), font=font(13))
    return screen


def test_the_bottom_strip_ends_where_the_taskbar_ends_and_the_page_begins() -> None:
    import numpy as np

    screen = _with_page_header_and_footer(_screen())
    grey = np.asarray(screen.convert("L"))
    cut = dict(frame.to_bars(grey, frame.zones(screen.size)))
    assert 768 - 50 <= cut["bottom"][1] <= 768 - 44  # the taskbar is 44 pixels high; the footer stays out
    assert cut["top"] == dict(frame.zones(screen.size))["top"]  # a white toolbar looks like the page: kept whole
    boxes = [i.box for i in frame.items(screen)]
    assert not _covered(boxes, 160, 768 - 64)  # a footer link: another site's address, but not the address bar
    assert _covered(boxes, 1366 - 60, 768 - 33) and _covered(boxes, 200, 21)


def test_a_phone_keeps_its_whole_strips() -> None:
    import numpy as np

    phone = Image.new("RGB", (390, 844), "white")
    ImageDraw.Draw(phone).rectangle((0, 800, 390, 844), fill=(20, 20, 20))  # a navigation bar below a white browser bar
    strips = frame.zones(phone.size)
    assert frame.to_bars(np.asarray(phone.convert("L")), strips) == strips


def test_a_white_toolbar_on_a_white_page_keeps_the_whole_strip() -> None:
    import numpy as np

    screen = Image.new("RGB", (1366, 768), "white")
    ImageDraw.Draw(screen).text((120, 14), f"https://{ANEF}/", fill=(32, 33, 36), font=font(13))
    grey = np.asarray(screen.convert("L"))
    assert frame.to_bars(grey, frame.zones(screen.size)) == frame.zones(screen.size)


def test_a_clock_of_two_close_lines_is_one_item_of_text_not_an_icon() -> None:
    # Windows 11 sets the time and the date of its clock two or three pixels apart.
    screen = _screen(clock=("23:53", "15/07/25"))
    draw = ImageDraw.Draw(screen)
    draw.rectangle((1366 - 100, 768 - 44, 1366, 768), fill=(28, 28, 28))
    draw.text((1366 - 70, 768 - 40), "23:53", fill="white", font=font(12))
    draw.text((1366 - 78, 768 - 25), "15/07/25", fill="white", font=font(12))
    boxes = [i.box for i in frame.items(screen)]
    assert _covered(boxes, 1366 - 55, 768 - 33) and _covered(boxes, 1366 - 55, 768 - 18)


@pytest.mark.parametrize("width", [1, 20, 31, 32, 33, 70])
def test_ink_is_found_in_strips_of_any_width(width: int) -> None:
    # Side taskbars can be narrower than the stretches the background is taken over.

    strip = Image.new("L", (width, 60), 30)
    ImageDraw.Draw(strip).rectangle((0, 20, width - 1, 30), fill=220)
    mask = frame._ink(strip)
    assert mask.shape == (60, width)
    assert not mask[:10].any()
