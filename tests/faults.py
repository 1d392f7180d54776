"""Failures of the environment, made for real: a PATH without Tesseract, language data
missing, a Tesseract that sleeps past the timeout or kills itself (as OCRmyPDF's test
plugins do). Shared by the tests of the command line, the OCR module and the app."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

REAL_TESSERACT = shutil.which("tesseract") or "/usr/bin/tesseract"

# A stand-in that answers the version and language checks as the real one does,
# then misbehaves when asked to read: ``exec`` so the sleeping process is the one
# pytesseract kills on its timeout (no orphan left sleeping).
_WRAPPER = """#!/bin/sh
case " $* " in
  *" --version "*|*" --list-langs "*) exec {real} "$@" ;;
esac
{act}
"""
ACTS = {
    "sleep": "exec sleep 120",
    "kill": "kill -9 $$",
    "crash": "kill -11 $$",
}


def tesseract_wrapper(folder: Path, act: str) -> Path:
    """A folder holding a ``tesseract`` that sleeps or kills itself; put it first on PATH."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "tesseract"
    script.write_text(_WRAPPER.format(real=REAL_TESSERACT, act=ACTS[act]), encoding="utf-8")
    script.chmod(0o755)
    return folder


def path_without_tesseract(tmp: Path) -> str:
    """A PATH with the usual tools (sh, sleep) but no tesseract: the folders are copied as links, less tesseract."""
    folder = tmp / "bin-no-tesseract"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("sh", "sleep", "kill", "env"):
        found = shutil.which(name)
        if found:
            (folder / name).symlink_to(found)
    return str(folder)


def tessdata_without_fra(tmp: Path) -> Path:
    """A TESSDATA_PREFIX holding eng and osd but not fra."""
    real = Path("/usr/share/tesseract-ocr/5/tessdata")
    folder = tmp / "tessdata"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("eng.traineddata", "osd.traineddata"):
        if (real / name).exists():
            (folder / name).symlink_to(real / name)
    return folder


def env_with(**changes: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in changes}
    env.update(changes)
    env.setdefault("OMP_THREAD_LIMIT", "1")
    return env
