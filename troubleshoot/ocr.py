"""The only module that talks to Tesseract.

Tesseract's OpenMP threads make it slower, not faster, on a 2-core machine, so
each run uses one thread and runs share a bounded number of slots; every run has
a timeout. pytesseract passes images through a temporary file that it deletes
at once; nothing else is written.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import threading  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from functools import lru_cache  # noqa: E402
from typing import Any  # noqa: E402

import pytesseract  # noqa: E402
from PIL import Image  # noqa: E402

from .errors import (  # noqa: E402
    LanguageDataMissingError,
    OcrFailedError,
    OcrTimeoutError,
    TesseractMissingError,
)
from .extract import Line  # noqa: E402

PARALLEL = max(1, os.cpu_count() or 1)  # Tesseract runs at once, one core each
_SLOTS = threading.BoundedSemaphore(PARALLEL)


@dataclass(frozen=True)
class OcrWord:
    text: str
    confidence: float  # 0-100
    box: tuple[int, int, int, int]  # left, top, width, height in the original image
    start: int  # character offsets in OcrResult.text
    end: int


@dataclass(frozen=True)
class OcrResult:
    text: str
    words: tuple[OcrWord, ...]
    lines: tuple[Line, ...]
    mean_confidence: float  # 0-100, over words with letters or digits


@lru_cache(maxsize=8)
def probe(languages: str) -> str:
    """Check Tesseract and its language data once; return its version."""
    try:
        version = str(pytesseract.get_tesseract_version())
        installed = set(pytesseract.get_languages(config=""))
    except pytesseract.TesseractNotFoundError as exc:
        raise TesseractMissingError("Tesseract OCR is not installed or not on the PATH.") from exc
    missing = [lang for lang in languages.split("+") if lang not in installed]
    if missing:
        # Tesseract would silently ignore a missing language in "fra+eng".
        raise LanguageDataMissingError(f"Tesseract lacks the language data: {', '.join(missing)}.")
    return version


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    """The language data Tesseract has; empty when Tesseract itself is missing."""
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError):
        return frozenset()


def detect_script(image: Image.Image, *, timeout: float) -> tuple[str, float] | None:
    """The page's writing system by Tesseract's script detection (OSD), with its confidence.

    None when OSD's data is not installed or the page has too little text to tell.
    """
    if "osd" not in installed_languages():
        return None
    try:
        found = _run(pytesseract.image_to_osd, image, timeout, config="--psm 0")
    except pytesseract.TesseractError:
        return None  # "Too few characters": nothing to tell
    script = str(found.get("script", "")).strip()
    return (script, float(found.get("script_conf", 0.0))) if script else None


def read(
    image: Image.Image,
    *,
    languages: str,
    timeout: float,
    scale: float = 1.0,
    psm: int = 3,
    try_inverted: bool = True,
    only: str | None = None,
) -> OcrResult:
    """OCR a prepared image; word boxes are divided by ``scale`` to match the original.

    ``psm`` is Tesseract's page segmentation mode: 3 automatic layout, 11 sparse
    text (finds words the layout analysis drops, e.g. in boxed alerts).
    ``try_inverted=False`` skips Tesseract's second look at weak lines as light
    text on dark: faster, once the preparation has turned dark bars light.
    ``only`` limits the characters Tesseract may read (a clock: digits and
    separators), so that a blurred colon is not read as a letter or dropped.
    """
    probe(languages)
    config = f"--psm {psm}" + ("" if try_inverted else " -c tessedit_do_invert=0")
    if only:
        config += f" -c tessedit_char_whitelist={only}"
    try:
        data = _run(pytesseract.image_to_data, image, timeout, lang=languages, config=config)
    except pytesseract.TesseractError as exc:
        raise OcrFailedError(f"Tesseract failed: {exc.message}") from exc
    return _assemble(data, image.height, scale)


def _run(call: Callable[..., dict[str, Any]], image: Image.Image, timeout: float, **options: object) -> dict[str, Any]:
    """One Tesseract run through pytesseract, in a slot, with its failures made ours
    (Tesseract's own complaints stay ``pytesseract.TesseractError`` for the caller)."""
    image = image.copy()
    image.format = "BMP"  # pytesseract hands images over as files: BMP costs no compression time
    with _SLOTS:
        try:
            return call(image, output_type=pytesseract.Output.DICT, timeout=timeout, **options)
        except pytesseract.TesseractNotFoundError as exc:
            raise TesseractMissingError("Tesseract OCR is not installed or not on the PATH.") from exc
        except pytesseract.TesseractError:
            raise  # a RuntimeError too, but Tesseract's own complaint: the caller decides
        except RuntimeError as exc:  # pytesseract signals its timeout as a bare RuntimeError
            raise OcrTimeoutError(f"Reading the image took more than {timeout:g} seconds.") from exc


def read_many(images: Sequence[Image.Image], **options: object) -> list[OcrResult]:
    """``read`` each image, side by side: the bands of one page use every core.

    Tesseract runs single-threaded (see above), so a page cut into bands is read
    in about the time of its largest band; the slots still bound the total.
    """
    if len(images) <= 1:
        return [read(image, **options) for image in images]  # type: ignore[arg-type]
    with ThreadPoolExecutor(max_workers=min(len(images), PARALLEL)) as pool:
        futures = [pool.submit(read, image, **options) for image in images]  # type: ignore[arg-type]
        return [future.result() for future in futures]  # the first failure is raised


def read_jobs(jobs: Sequence[tuple[Image.Image, dict[str, Any]]]) -> list[OcrResult]:
    """``read`` each image with its own options, side by side (as ``read_many``)."""
    if len(jobs) <= 1:
        return [read(image, **options) for image, options in jobs]
    with ThreadPoolExecutor(max_workers=min(len(jobs), PARALLEL)) as pool:
        futures = [pool.submit(read, image, **options) for image, options in jobs]
        return [future.result() for future in futures]


def mean_confidence(words: Sequence[OcrWord]) -> float:
    """Mean confidence over the words holding a letter or a digit (punctuation is noise)."""
    meaningful = [w.confidence for w in words if any(c.isalnum() for c in w.text) and w.confidence >= 0]
    return round(sum(meaningful) / len(meaningful), 1) if meaningful else 0.0


def _assemble(data: dict[str, list], height: int, scale: float) -> OcrResult:
    groups: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if word.strip():
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            groups.setdefault(key, []).append(i)
    parts: list[str] = []
    words: list[OcrWord] = []
    lines: list[Line] = []
    offset = 0
    for indexes in groups.values():
        line_start = offset
        tops = []
        for n, i in enumerate(indexes):
            if n:
                parts.append(" ")
                offset += 1
            token = data["text"][i].strip()
            left, top, width, hgt = (data[k][i] for k in ("left", "top", "width", "height"))
            tops.append(top + hgt / 2)
            box = (round(left / scale), round(top / scale), round(width / scale), round(hgt / scale))
            words.append(OcrWord(token, float(data["conf"][i]), box, offset, offset + len(token)))
            parts.append(token)
            offset += len(token)
        y = (sum(tops) / len(tops)) / height if height else None
        lines.append(Line(line_start, offset, y))
        parts.append("\n")
        offset += 1
    return OcrResult("".join(parts).rstrip("\n"), tuple(words), tuple(lines), mean_confidence(words))
