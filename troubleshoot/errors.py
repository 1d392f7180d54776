"""Typed errors. Each carries a stable code, an exit status and a remedy.

The command line turns them into exit statuses; the app shows ``message`` and
``remedy`` (translated by code) instead of a traceback.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INPUT_FAILED = 1
    USAGE = 2
    OCR_MISSING = 3


class TroubleshootError(Exception):
    """Base class: ``code`` is stable (used by the CLI JSON and the app's translations)."""

    code = "error"
    exit_code = ExitCode.INPUT_FAILED
    remedy = ""

    def __init__(self, message: str, *, remedy: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if remedy is not None:
            self.remedy = remedy

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "remedy": self.remedy}


class KnowledgeError(TroubleshootError):
    """A knowledge file is missing, unreadable or invalid (the message names file and field)."""

    code = "knowledge_invalid"
    exit_code = ExitCode.USAGE
    remedy = "Fix the knowledge file named in the message (see knowledge/README.md)."


_INSTALL = (
    "Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng ; "
    "macOS: brew install tesseract tesseract-lang"
)


class TesseractMissingError(TroubleshootError):
    """The tesseract program cannot be found."""

    code = "tesseract_missing"
    exit_code = ExitCode.OCR_MISSING
    remedy = "Install Tesseract. " + _INSTALL


class LanguageDataMissingError(TroubleshootError):
    """Tesseract runs but lacks a language it needs (it would silently ignore it)."""

    code = "language_missing"
    exit_code = ExitCode.OCR_MISSING
    remedy = "Install the French and English data for Tesseract. " + _INSTALL


class UnreadableImageError(TroubleshootError):
    """The file is not an image we can decode (corrupt, truncated, empty)."""

    code = "unreadable_image"
    remedy = "Send the screenshot again as a PNG or JPEG file, or paste the error text."


class UnsupportedImageError(TroubleshootError):
    """The image is of a format or size we refuse (HEIC, GIF, PDF, too many pixels)."""

    code = "unsupported_image"
    remedy = "Send a screenshot in PNG, JPEG or WebP format, or paste the error text."


class OcrTimeoutError(TroubleshootError):
    """Tesseract took longer than the allowed time."""

    code = "ocr_timeout"
    remedy = "Crop the picture to the error message, or paste the error text instead."


class OcrFailedError(TroubleshootError):
    """Tesseract ran and failed for another reason."""

    code = "ocr_failed"
    remedy = "Try another screenshot, or paste the error text instead."


class EmptyInputError(TroubleshootError):
    """Nothing to analyse: an empty text or an empty file."""

    code = "empty_input"
    remedy = "Paste the error message shown on the screen, or send a screenshot."


class InputNotFoundError(TroubleshootError):
    """An image path given on the command line does not exist."""

    code = "file_not_found"
    remedy = "Check the path of the image."


class ServerBusyError(TroubleshootError):
    """Every reading slot stayed busy longer than a person may wait (see slots.py)."""

    code = "server_busy"
    remedy = ("Too many screenshots arrive at once for this server: give it more CPU cores and raise "
              "TROUBLESHOOT_OCR_SLOTS, or raise TROUBLESHOOT_OCR_WAIT so people wait longer in the queue.")
