"""Real Tesseract runs; the failure paths are produced for real too (bad path, empty data folder, tiny timeout)."""

import pytest

from tests.conftest import render_arabic_image, render_text_image
from troubleshoot import ocr
from troubleshoot.errors import LanguageDataMissingError, OcrTimeoutError, TesseractMissingError
from troubleshoot.images import prepare_for_ocr

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
    from troubleshoot import reading

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
