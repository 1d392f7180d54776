"""The only module that talks to Tesseract.

Tesseract's OpenMP threads make it slower, not faster, on a 2-core machine, so
each run uses one thread and runs share a bounded number of slots; every run has
a timeout.

Nothing a user sends stays on disk: pytesseract hands the image to Tesseract as
a file and reads its output from another. Both go to a folder of their own for
each run, inside a folder private to this process (mode 0700, on the tmpfs
/dev/shm when the machine has one, so in memory); the run's folder is removed
when the run ends, however it ends (a timeout, a crash or a kill of Tesseract),
and the process's folder when the process exits. Folders left by a process that
died are removed by the next one.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
from collections.abc import Callable, Iterator, Sequence  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from functools import lru_cache  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytesseract  # noqa: E402
import pytesseract.pytesseract as _pytesseract_module  # noqa: E402
from PIL import Image  # noqa: E402

from ..errors import (  # noqa: E402
    LanguageDataMissingError,
    OcrFailedError,
    OcrTimeoutError,
    TesseractMissingError,
)
from .extract import Line  # noqa: E402

PARALLEL = max(1, os.cpu_count() or 1)  # Tesseract runs at once, one core each
_SLOTS = threading.BoundedSemaphore(PARALLEL)
TMP_PREFIX = "troubleshoot-ocr-"  # the process's private folder: TMP_PREFIX + its pid


# -- private temporary files -----------------------------------------------------
_private_lock = threading.Lock()
_private_root: Path | None = None
_run_dir = threading.local()  # the folder of the run in progress on this thread


def _tmpfs() -> Path:
    """/dev/shm (memory) when it is a writable folder, else the system's temporary folder."""
    shm = Path("/dev/shm")
    return shm if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) else Path(tempfile.gettempdir())


def private_root() -> Path:
    """This process's private folder for Tesseract's files, made on first use (mode 0700)."""
    global _private_root
    with _private_lock:
        if _private_root is None or not _private_root.is_dir():
            base = _tmpfs()
            _sweep_dead(base)
            root = base / f"{TMP_PREFIX}{os.getpid()}"
            shutil.rmtree(root, ignore_errors=True)  # a reused pid's leftovers
            root.mkdir(mode=0o700)  # mkdir honours the umask: 0700 or stricter, never wider
            os.chmod(root, 0o700)
            _private_root = root
            atexit.register(shutil.rmtree, root, True)
        return _private_root


def _sweep_dead(base: Path) -> None:
    """Remove the private folders of processes that no longer run (killed before their exit)."""
    for folder in base.glob(f"{TMP_PREFIX}*"):
        pid = folder.name.removeprefix(TMP_PREFIX)
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except PermissionError:
            pass  # another user's live process


@contextmanager
def _private_run() -> Iterator[Path]:
    """A fresh folder for one Tesseract run, removed when the run ends, however it ends."""
    folder = Path(tempfile.mkdtemp(prefix="run-", dir=private_root()))
    _run_dir.path = folder
    try:
        yield folder
    finally:
        _run_dir.path = None
        shutil.rmtree(folder, ignore_errors=True)


def _named_temporary_file(*args: Any, **kwargs: Any) -> Any:
    """pytesseract's temporary files, in the run's private folder.

    pytesseract offers no option for where its files go; it calls
    ``tempfile.NamedTemporaryFile`` through its module, so that one name is
    pointed here (changing ``tempfile.tempdir`` would move every library's files).
    """
    folder = getattr(_run_dir, "path", None)
    kwargs.setdefault("dir", str(folder if folder is not None else private_root()))
    return tempfile.NamedTemporaryFile(*args, **kwargs)


_pytesseract_module.NamedTemporaryFile = _named_temporary_file


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
        raise TesseractMissingError(
            f"Tesseract OCR is not installed or not on the PATH ({pytesseract.pytesseract.tesseract_cmd!r} not found)."
        ) from exc
    missing = [lang for lang in languages.split("+") if lang not in installed]
    if missing:
        # Tesseract would silently ignore a missing language in "fra+eng".
        raise _language_missing(missing)
    return version


def _language_missing(missing: Sequence[str]) -> LanguageDataMissingError:
    """Which data is missing and where Tesseract looked, for the person who runs the server."""
    names = ", ".join(f"{lang}.traineddata" for lang in missing)
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        return LanguageDataMissingError(
            f"Tesseract lacks {names} in TESSDATA_PREFIX={prefix}.",
            remedy=f"Unset TESSDATA_PREFIX in the server's environment (Tesseract then uses its installed data), "
            f"or copy {names} into {prefix}. " + LanguageDataMissingError.remedy,
        )
    return LanguageDataMissingError(f"Tesseract lacks the language data: {names}.")


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
        raise _failure(exc) from exc
    return _assemble(data, image.height, scale)


def _failure(exc: pytesseract.TesseractError) -> OcrFailedError:
    """Tesseract's failure, said for the person who runs the server (the user's message is by code)."""
    if isinstance(exc.status, int) and exc.status < 0:  # subprocess: killed by signal -status
        return OcrFailedError(
            f"Tesseract was killed by signal {-exc.status}.",
            remedy="Signal 9 is usually the kernel's out-of-memory killer or a process limit: look at "
            "`dmesg` / `journalctl -k` and raise the service's memory limit (systemd MemoryMax, container "
            "memory); signal 11 is a crash of Tesseract itself: reinstall tesseract-ocr.",
        )
    return OcrFailedError(f"Tesseract failed (status {exc.status}): {exc.message}")


def _run(call: Callable[..., dict[str, Any]], image: Image.Image, timeout: float, **options: object) -> dict[str, Any]:
    """One Tesseract run through pytesseract, in a slot, with its failures made ours
    (Tesseract's own complaints stay ``pytesseract.TesseractError`` for the caller)."""
    image = image.copy()
    image.format = "BMP"  # pytesseract hands images over as files: BMP costs no compression time
    with _SLOTS, _private_run():
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
