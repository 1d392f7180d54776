"""One command's inputs, each diagnosed by one engine: a bad input fails alone, in the order given."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import render_text_image
from troubleshoot.engine import Engine
from troubleshoot.inputs import IMAGE, TEXT, command_inputs, diagnose_each


def test_images_come_before_texts_and_texts_are_numbered() -> None:
    inputs = command_inputs(["b.png", "a.png"], ["first", "second"])
    assert [(i.kind, i.name, i.value) for i in inputs] == [
        (IMAGE, "b.png", "b.png"), (IMAGE, "a.png", "a.png"), (TEXT, "text:1", "first"), (TEXT, "text:2", "second")]


def test_a_missing_image_fails_alone_and_the_text_after_it_is_diagnosed(engine: Engine) -> None:
    done = list(diagnose_each(engine, command_inputs(["/nonexistent/shot.png"], ["Mot de passe oublié ?"]), "en"))
    assert [d.given for d in done] == [0, 1]
    assert done[0].failed and done[0].diagnosis.error is not None and done[0].diagnosis.error.code == "file_not_found"
    assert done[0].diagnosis.input == "/nonexistent/shot.png" and done[0].diagnosis.lang == "en" and done[0].image is None
    assert not done[1].failed and done[1].diagnosis.situation


@pytest.mark.ocr
@pytest.mark.parametrize("keep", [True, False])
def test_the_screenshot_is_kept_as_sent_only_when_asked(engine: Engine, tmp_path: Path, keep: bool) -> None:
    path = tmp_path / "screen.png"
    render_text_image(["Une erreur technique est survenue.", "Veuillez réessayer ultérieurement."]).save(path)
    (done,) = diagnose_each(engine, command_inputs([str(path)], []), "fr", keep_images=keep)
    assert not done.failed and done.diagnosis.situation
    assert done.image == (path.read_bytes() if keep else None)
