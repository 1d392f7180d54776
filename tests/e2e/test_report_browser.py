"""A case in Chromium: several screenshots and a text, the downloads, and axe-core on the result page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import render_text_image
from troubleshoot import i18n

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "tests" / "e2e" / "node_modules" / "axe-core" / "axe.min.js"
SAMPLE = ROOT / "samples" / "images" / "s003.png"  # a desktop capture with address bar and clock
NO_CLOCK = ROOT / "samples" / "images" / "s047.png"  # an upload error; no address bar, no clock


def _screen(path: Path, lines: list[str], clock: str | None) -> Path:
    render_text_image(lines + [""] * (9 - len(lines)) + ([clock] if clock else []), size=(1400, 560)).save(path)
    return path


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three screenshots of one afternoon, given out of order: the error, the sign-in page, the upload."""
    folder = tmp_path_factory.mktemp("case")
    return [
        _screen(folder / "c-error.png", ["Étrangers en France", "Une erreur technique est", "survenue", "Code erreur : 500"],
                "13/03/2026 14:32"),
        _screen(folder / "a-signin.png", ["Étrangers en France", "Connexion à mon espace", "Identifiant", "Mot de passe",
                                          "Se connecter"], "13/03/2026 14:28"),
        _screen(folder / "b-upload.png", ["Étrangers en France", "Mes documents", "Le fichier n'a pas pu être téléversé.",
                                          "Format accepté : PDF, JPG, PNG"], "13/03/2026 14:30"),
    ]


def _idle(page) -> None:
    """The script has finished its run (elements of a run still going are drawn faded)."""
    page.wait_for_function("document.querySelector('[data-testid=stApp]')?.dataset.testScriptState === 'notRunning'",
                           timeout=180_000)


def _wait_for_result(page) -> None:
    # The module's first result pays the app's cold start (models, knowledge) on a busy CI machine.
    page.locator(".st-key-ccc_short [data-testid='stCode']").wait_for(timeout=180_000)
    _idle(page)


def _code(page, container: str) -> str:
    return page.locator(f".st-key-{container} [data-testid='stCode']").inner_text()


def test_a_case_of_three_screenshots_and_a_text_is_told_in_order(new_page, shots: list[Path]) -> None:
    t = i18n.Translator("en")
    page = new_page("en")
    page.get_by_label(t("paste_label")).fill("J'ai essayé avec un autre navigateur")
    page.get_by_role("button", name=t("paste_button")).click()
    _wait_for_result(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(p) for p in shots])
    story = page.get_by_text(t("case_heading", n=4))
    story.wait_for(timeout=180_000)
    _idle(page)
    items = page.locator('[data-testid="stMarkdownContainer"] li').filter(has_text=re.compile(r"^\d+\. (On|At) "))
    lines = [items.nth(i).inner_text() for i in range(items.count())]
    times = [next(clock for clock in ("14:28", "14:30", "14:32") if clock in line) for line in lines]
    assert times == ["14:28", "14:30", "14:32"], lines
    assert "Une erreur technique est survenue" in lines[-1]
    full = _code(page, "ccc_fr")
    assert "« Une erreur technique est survenue / Code erreur : 500 »" in full
    assert "le 13/03/2026 à 14:32 (heure de Paris)" in full
    assert "« J'ai essayé avec un autre navigateur »" in full  # the text the user added, told in the sequence
    # Pictures are fetched from the media endpoint after the run ends: wait for them, not for a moment.
    page.locator('[data-testid="stImage"] img[alt]').nth(2).wait_for(timeout=60_000)
    assert page.locator('[data-testid="stImage"] img[alt]').count() >= 3  # every copy has its text alternative


ANDROID = ("Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
           "Mobile Safari/537.36")


def test_the_messages_and_the_annotated_copy_download(browser, app_url: str, tmp_path: Path) -> None:
    t = i18n.Translator("fr")
    context = browser.new_context(locale="fr-FR", timezone_id="Europe/Paris", user_agent=ANDROID, accept_downloads=True,
                                  viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{app_url}/?lang=fr")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(SAMPLE))
    _wait_for_result(page)
    files = {}
    for label in (t("download_button"), t("download_short"), t("download_annotated", n=1)):
        with page.expect_download() as info:
            page.get_by_role("button", name=label).click()
        download = info.value
        target = tmp_path / download.suggested_filename
        download.save_as(target)
        files[download.suggested_filename] = target
    assert set(files) == {"message-full.txt", "message-short.txt", "01-annotated.png"}
    full = files["message-full.txt"].read_text(encoding="utf-8")
    short = files["message-short.txt"].read_text(encoding="utf-8")
    assert full.strip() == _code(page, "ccc_fr").strip()
    assert short.strip() == _code(page, "ccc_short").strip() and len(short) <= 1000
    assert "administration-etrangers-en-france.interieur.gouv.fr" in short and "24/05/2025 à 15:53" in short
    # The browser's user agent, read by ua-parser, names the device and the browser in both messages.
    assert "Appareil : Android 14 (Samsung SM-A546B) ; navigateur : Chrome Mobile 126." in short
    assert "- Appareil : Android 14 (Samsung SM-A546B)\n- Navigateur : Chrome Mobile 126" in full
    with Image.open(files["01-annotated.png"]) as copy, Image.open(SAMPLE) as original:
        assert copy.format == "PNG" and copy.width >= min(original.width, 1600) and copy.height > original.height * copy.width / original.width
    context.close()


def test_a_screenshot_without_a_clock_asks_the_time_and_shows_how_to_take_one(new_page) -> None:
    t = i18n.Translator("fr")
    page = new_page("fr")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(NO_CLOCK))
    _wait_for_result(page)
    assert page.get_by_role("radiogroup", name=t("moment_question")).is_visible()
    assert "[HH:MM]" in _code(page, "ccc_short")
    page.get_by_text(t("shot_help")).click()
    page.get_by_text("Impr. écran", exact=False).first.wait_for()  # the default device here is a computer (Linux: Windows help)


def _axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 3).map(n => [n.target.join(' '), n.html.slice(0, 120), JSON.stringify((n.any[0] || {}).data)])}));
    }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_result_page_has_no_serious_accessibility_violation(new_page, lang: str) -> None:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `make test` (it runs npm ci in tests/e2e)")
    page = new_page(lang, 390, 844)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(SAMPLE))
    _wait_for_result(page)
    page.get_by_text(i18n.Translator(lang)("helper_toggle"), exact=True).click()  # the helper view too
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    _idle(page)
    for width, height in ((390, 844), (1366, 900)):
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(500)
        serious = _axe(page)
        assert not serious, f"{lang} at {width} px: " + json.dumps(serious, ensure_ascii=False, indent=1)
