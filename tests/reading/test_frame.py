"""The screen's frame found by its structure: bars at any edge, read as what they are."""

from __future__ import annotations

import warnings
from datetime import date, time

import pytest
from PIL import Image, ImageDraw

from tests.conftest import font
from troubleshoot.reading import frame

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


def test_items_of_a_taskbar_are_marked_as_such_and_a_page_s_footer_is_not() -> None:
    with_taskbar = frame.items(_screen())
    assert any(i.taskbar for i in with_taskbar if i.edge == "bottom")
    assert not any(i.taskbar for i in with_taskbar if i.edge == "top")
    footer = _screen(taskbar_at=None)
    ImageDraw.Draw(footer).text((120, 768 - 30), "Mentions légales   Plan du site   Contact", fill=(58, 58, 58), font=font(13))
    bottom = [i for i in frame.items(footer) if i.edge == "bottom"]
    assert bottom and not any(i.taskbar for i in bottom)


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


@pytest.mark.parametrize("size", [(1, 1), (160, 1), (3, 3), (160, 4), (1, 160)])
def test_a_picture_a_few_pixels_high_has_no_empty_strip_and_reads_without_warnings(size: tuple[int, int]) -> None:
    # A strip of no rows was read as a bar: numpy warned "Mean of empty slice" (tests/test_properties.py).
    assert all(y1 > y0 and x1 > x0 for _, (x0, y0, x1, y1) in frame.zones(size))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert frame.items(Image.new("RGB", size, "white")) == []


def _icons_around_the_clock(screen: Image.Image, *, light: bool = True) -> Image.Image:
    """Windows 11's right corner: a speaker and a battery just left of the clock, a
    bell with a notification badge just right of it, as tall as both its lines."""
    w, h = screen.size
    draw = ImageDraw.Draw(screen)
    bg, fg = ((233, 238, 244), (17, 17, 17)) if light else ((28, 28, 28), (240, 240, 240))
    draw.rectangle((w - 260, h - 44, w, h), fill=bg)
    draw.polygon([(w - 230, h - 27), (w - 222, h - 27), (w - 214, h - 33), (w - 214, h - 11), (w - 222, h - 17), (w - 230, h - 17)], fill=fg)
    draw.rectangle((w - 200, h - 28, w - 178, h - 16), outline=fg, width=2)
    draw.text((w - 160, h - 41), "01:34", fill=fg, font=font(13))
    draw.text((w - 168, h - 22), "09/04/2025", fill=fg, font=font(13))
    draw.ellipse((w - 84, h - 30, w - 66, h - 12), fill=fg)  # the bell
    draw.ellipse((w - 74, h - 42, w - 50, h - 18), fill=(0, 95, 184))  # the badge, over the bell
    draw.text((w - 66, h - 38), "9", fill="white", font=font(13))
    return screen


def test_a_two_line_clock_between_icons_is_an_item_of_its_own_at_its_lines_height() -> None:
    screen = _icons_around_the_clock(_screen(dark_taskbar=False))
    w, h = screen.size
    found = [i for i in frame.items(screen) if i.box[0] <= w - 130 <= i.box[2] and i.box[1] <= h - 30 <= i.box[3]]
    assert len(found) == 1
    clock = found[0]
    assert clock.box[0] > w - 200 and clock.box[2] < w - 84  # neither the battery nor the bell is part of it
    assert clock.line_height < 0.6 * (clock.box[3] - clock.box[1])  # one line's height: enlarged enough to read


def test_a_two_line_clock_between_icons_is_read(engine) -> None:
    import io

    buffer = io.BytesIO()
    _icons_around_the_clock(_screen(dark_taskbar=False)).save(buffer, "PNG")
    d = engine.diagnose_image(buffer.getvalue())
    assert (d.seen_date, d.seen_time) == (date(2025, 4, 9), time(1, 34))


def _on_a_desk(screen: Image.Image) -> Image.Image:
    """A photo's straightened view: the screen, then its dark bezel and the desk below it."""
    w, h = screen.size
    photo = Image.new("RGB", (w, h + 110), (40, 40, 40))  # the desk
    ImageDraw.Draw(photo).rectangle((0, h, w, h + 60), fill=(22, 22, 22))  # the bezel
    photo.paste(screen, (0, 0))
    return photo


def test_a_taskbar_above_a_photos_bezel_and_desk_is_found() -> None:
    import numpy as np

    screen = _with_page_header_and_footer(_screen(dark_taskbar=False))
    photo = _on_a_desk(screen)
    grey = np.asarray(photo.convert("L"))
    bottom = dict(frame.to_bars(grey, frame.zones(photo.size)))["bottom"]
    assert 768 - 50 <= bottom[1] <= 768 - 44  # the strip begins where the taskbar does
    boxes = [i.box for i in frame.items(photo)]
    assert _covered(boxes, 1366 - 60, 768 - 33) and _covered(boxes, 1366 - 60, 768 - 14)
    assert not _covered(boxes, 160, 768 - 64)  # the page's footer stays out

