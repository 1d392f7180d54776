"""Real Tesseract runs; the failure paths are produced for real too (bad path, empty data folder, tiny timeout)."""

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import render_arabic_image, render_text_image
from tests.faults import REAL_TESSERACT, tesseract_wrapper
from troubleshoot.errors import LanguageDataMissingError, OcrFailedError, OcrTimeoutError, TesseractMissingError
from troubleshoot.reading import ocr
from troubleshoot.reading.images import prepare_for_ocr

pytestmark = pytest.mark.ocr


@pytest.fixture(autouse=True)
def _fresh_probe():
    ocr.probe.cache_clear()
    yield
    ocr.probe.cache_clear()


def test_read_returns_text_words_boxes_and_lines() -> None:
    image = render_text_image(["Une erreur technique est survenue.", "Réessayez plus tard."])
    prepared, scale = prepare_for_ocr(image)
    result = ocr.read(prepared, languages="fra+eng", timeout=30, scale=scale)
    assert "erreur technique" in result.text
    assert "Réessayez" in result.text  # French data read the accent
    assert len(result.lines) == 2 and result.mean_confidence > 70
    word = next(w for w in result.words if w.text == "technique")
    assert result.text[word.start : word.end] == "technique"
    left, top, width, height = word.box
    assert 0 < left < image.width and 0 < top < 100 and width > 50 and height > 10


def test_read_many_returns_each_image_reading_in_order() -> None:
    images = [prepare_for_ocr(render_text_image([text]))[0] for text in ("Dossier incomplet", "Mot de passe oublié")]
    first, second = ocr.read_many(images, languages="fra", timeout=30)
    assert "incomplet" in first.text and "oublié" not in first.text
    assert "oublié" in second.text and "incomplet" not in second.text


def test_read_many_raises_the_failure_of_a_band() -> None:
    image = prepare_for_ocr(render_text_image(["Erreur technique"] * 6, size=(1400, 900)))[0]
    with pytest.raises(OcrTimeoutError):
        ocr.read_many([image, image], languages="fra", timeout=0.001)


ARABIC = ["اسم المستخدم أو كلمة المرور غير صالحة.", "يرجى التحقق من إدخالك والمحاولة مرة أخرى.", "هل نسيت كلمة المرور؟"]
CYRILLIC = ["Неверное имя пользователя или пароль.", "Пожалуйста, проверьте введённые данные.", "Забыли пароль?"]


def test_detect_script_tells_arabic_cyrillic_and_latin_pages_apart() -> None:
    arabic = ocr.detect_script(render_arabic_image(ARABIC), timeout=30)
    cyrillic = ocr.detect_script(render_text_image(CYRILLIC, size=(1200, 400)), timeout=30)
    latin = ocr.detect_script(render_text_image(["Nom d'utilisateur ou mot de passe invalide."] * 3, size=(1200, 400)), timeout=30)
    assert arabic is not None and arabic[0] == "Arabic"
    assert cyrillic is not None and cyrillic[0] == "Cyrillic"
    assert latin is not None and latin[0] == "Latin"


def test_detect_script_times_out() -> None:
    with pytest.raises(OcrTimeoutError):
        ocr.detect_script(render_arabic_image(ARABIC * 3, size=(1400, 900)), timeout=0.001)


def test_detect_script_says_nothing_about_a_blank_page() -> None:
    assert ocr.detect_script(render_text_image([], size=(600, 300)), timeout=30) is None


def test_probe_reports_missing_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr.pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(TesseractMissingError) as info:
        ocr.probe("fra+eng")
    assert "apt-get install tesseract-ocr" in info.value.remedy


def test_probe_reports_missing_language_data(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))  # an empty data folder: no language at all
    with pytest.raises(LanguageDataMissingError) as info:
        ocr.probe("fra+eng")
    assert "fra" in info.value.message and "tesseract-ocr-fra" in info.value.remedy


def test_read_times_out() -> None:
    image = render_text_image(["texte " * 40] * 20, size=(3000, 3000))
    with pytest.raises(OcrTimeoutError):
        ocr.read(image.convert("L"), languages="fra+eng", timeout=0.05)


def test_a_clock_read_with_its_own_characters_keeps_them_only() -> None:
    # A taskbar clock, small and blurred by JPEG: read digits and separators only.
    import io

    from PIL import Image, ImageDraw

    from tests.conftest import font
    from troubleshoot.reading import strategy as reading

    clock = Image.new("L", (90, 34), 240)
    draw = ImageDraw.Draw(clock)
    draw.text((22, 2), "23:55", fill=20, font=font(12))
    draw.text((8, 17), "06/11/2025", fill=20, font=font(12))
    buffer = io.BytesIO()
    clock.save(buffer, "JPEG", quality=35)
    blurred = Image.open(buffer).resize((270, 102), Image.Resampling.LANCZOS)
    read = ocr.read(blurred, languages="fra", timeout=30, psm=6, only=reading.CLOCK_CHARACTERS)
    assert set(read.text) <= set(reading.CLOCK_CHARACTERS) | {" ", "\n"}
    assert "23:55" in read.text and "06/11/2025" in read.text


# -- Tesseract's files: a private folder per run, gone however the run ends ------------
def _recording_tesseract(folder, log):
    """A tesseract that notes the files it is given, then runs the real one."""
    folder.mkdir()
    script = folder / "tesseract"
    script.write_text(f'#!/bin/sh\necho "$@" >> {log}\nexec {REAL_TESSERACT} "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return folder


def test_private_root_is_the_processs_own_in_memory_folder() -> None:
    root = ocr.private_root()
    assert root.name == f"{ocr.TMP_PREFIX}{os.getpid()}"
    assert root.stat().st_mode & 0o777 == 0o700 and root.stat().st_uid == os.getuid()
    if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK):
        assert root.parent == Path("/dev/shm")


def test_tesseract_reads_and_writes_only_in_a_run_folder_removed_after_the_run(monkeypatch, tmp_path) -> None:
    log = tmp_path / "calls.txt"
    monkeypatch.setenv("PATH", f"{_recording_tesseract(tmp_path / 'bin', log)}:/usr/bin:/bin")
    ocr.read(render_text_image(["Identifiant 7512043391"]).convert("L"), languages="fra", timeout=30)
    call = next(line for line in log.read_text().splitlines() if "--version" not in line and "--list-langs" not in line)
    image_file, output_base = call.split()[:2]
    root = ocr.private_root()
    for path in (image_file, output_base):
        assert path.startswith(f"{root}/run-")  # a folder of its own, inside the private one
    assert not Path(image_file).parent.exists()
    assert list(root.iterdir()) == []


@pytest.mark.parametrize("act", ["sleep", "kill", "crash"])
def test_a_run_that_times_out_or_is_killed_leaves_nothing(monkeypatch, tmp_path, act: str) -> None:
    monkeypatch.setenv("PATH", f"{tesseract_wrapper(tmp_path / 'bin', act)}:/usr/bin:/bin")
    with pytest.raises(OcrTimeoutError if act == "sleep" else OcrFailedError) as info:
        ocr.read(render_text_image(["Identifiant 7512043391"]).convert("L"), languages="fra", timeout=1)
    if act != "sleep":
        assert "killed by signal" in info.value.message and "dmesg" in info.value.remedy
    assert list(ocr.private_root().iterdir()) == []


def test_folders_of_dead_processes_are_swept_and_live_ones_kept(tmp_path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    base = ocr.private_root().parent
    stale = base / f"{ocr.TMP_PREFIX}{dead.pid}"
    stale.mkdir(mode=0o700, exist_ok=True)
    (stale / "tess_left.bmp").write_bytes(b"left by a killed server")
    ocr._sweep_dead(base)
    assert not stale.exists()
    assert ocr.private_root().is_dir()  # this process's own folder stays


def test_the_missing_language_names_the_tessdata_folder(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    with pytest.raises(LanguageDataMissingError) as info:
        ocr.probe("fra")
    assert f"TESSDATA_PREFIX={tmp_path}" in info.value.message and "Unset TESSDATA_PREFIX" in info.value.remedy
