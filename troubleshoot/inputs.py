"""The inputs of one command (screenshots, then pasted texts), each diagnosed by one engine.

``troubleshoot diagnose`` and ``troubleshoot report`` take the same inputs and
treat a failure alike: an input that cannot be read fails alone (its diagnosis
carries the error, the command exits 1), while Tesseract or its language data
missing stops everything (the error goes up to ``cli.main``, which exits 3).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .answering.case import IMAGE, TEXT
from .errors import ExitCode, TroubleshootError
from .models import Diagnosis

if TYPE_CHECKING:
    from .engine import Engine

@dataclass(frozen=True)
class Input:
    kind: str  # IMAGE or TEXT
    name: str  # the path as given, or "text:N"
    value: str  # the path, or the text itself


@dataclass(frozen=True)
class Diagnosed:
    given: int  # position in the order given, from 0
    input: Input
    diagnosis: Diagnosis
    image: bytes | None  # the screenshot as sent, when asked to keep it and it could be read

    @property
    def failed(self) -> bool:
        return self.diagnosis.error is not None


def command_inputs(images: Sequence[str], texts: Iterable[str]) -> list[Input]:
    """Images first, then texts: the order the command-line contract promises."""
    inputs = [Input(IMAGE, path, path) for path in images]
    return inputs + [Input(TEXT, f"text:{n}", text) for n, text in enumerate(texts, start=1)]


def diagnose_each(engine: Engine, inputs: Iterable[Input], lang: str, *, keep_images: bool = False) -> Iterator[Diagnosed]:
    """Each input's diagnosis in turn, as it is made (a command may print it at once).

    ``keep_images`` keeps the bytes read, for a command that writes an annotated
    copy; the file is then read once, the bytes diagnosed being the bytes kept.
    """
    for given, item in enumerate(inputs):
        image = None
        try:
            if item.kind == IMAGE:
                path = Path(item.value)
                image = path.read_bytes() if keep_images and path.is_file() else None
                diagnosis = engine.diagnose_image(image if image is not None else path, lang=lang, input_name=item.name)
            else:
                diagnosis = engine.diagnose_text(item.value, lang=lang, input_name=item.name)
        except TroubleshootError as exc:
            if exc.exit_code == ExitCode.OCR_MISSING:
                raise  # no input can be read: the command stops (cli.main says why, exit 3)
            diagnosis = Diagnosis(input=item.name, lang=lang, situation=None, error=exc)
        yield Diagnosed(given, item, diagnosis, image)
