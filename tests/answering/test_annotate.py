"""Evidence drawn on the screenshot."""

from __future__ import annotations

import io

from PIL import Image

from troubleshoot.answering.annotate import annotate, evidence_boxes, merge_words
from troubleshoot.models import Evidence


def _png(size: tuple[int, int] = (800, 400)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, format="PNG")
    return buffer.getvalue()


def test_boxes_are_drawn_where_the_words_are() -> None:
    image = annotate(_png(), [(100, 100, 200, 30)])
    assert image.size == (800, 400)
    assert image.getpixel((100 - 2, 115)) != (255, 255, 255)  # the outline
    assert image.getpixel((200, 115)) != (255, 255, 255)  # the highlight inside
    assert image.getpixel((600, 300)) == (255, 255, 255)  # elsewhere untouched


def test_wide_images_are_scaled_with_their_boxes() -> None:
    image = annotate(_png((2800, 1000)), [(1400, 500, 200, 40)], max_width=1400)
    assert image.size == (1400, 500)
    assert image.getpixel((750, 260)) != (255, 255, 255)  # box moved to half scale
    assert image.getpixel((1300, 100)) == (255, 255, 255)


def test_zoom_keeps_the_region_around_the_boxes() -> None:
    image = annotate(_png((2000, 1500)), [(1000, 700, 100, 20)], zoom=True)
    assert image.width < 2000 and image.height < 1500
    assert image.getpixel((image.width // 2, image.height // 2)) != (255, 255, 255)


def test_no_boxes_gives_the_plain_image() -> None:
    assert annotate(_png(), []).getpixel((10, 10)) == (255, 255, 255)
    assert annotate(_png(), [], zoom=True).size == (800, 400)


def test_words_of_one_line_become_one_frame() -> None:
    words = [(433, 308, 79, 13), (518, 312, 18, 9), (542, 310, 30, 11), (100, 500, 40, 12)]
    assert merge_words(words) == [(433, 308, 139, 13), (100, 500, 40, 12)]


def test_far_apart_words_stay_apart() -> None:
    assert len(merge_words([(0, 0, 20, 10), (500, 0, 20, 10)])) == 2


def test_evidence_boxes_merges_and_deduplicates() -> None:
    evidence = [Evidence("a b", "x/a", 0.9, ((10, 10, 20, 10), (35, 10, 20, 10))), Evidence("a", "x/b", 0.5, ((10, 10, 45, 10),))]
    assert evidence_boxes(evidence) == [(10, 10, 45, 10)]
