"""The app in Chromium: upload, right-to-left, copy button, no markup injection, screenshots."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from troubleshoot import Engine, i18n, webapp

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
SAMPLE = webapp.SAMPLES[0].path  # a desktop screenshot with the taskbar clock


def _label(path: Path) -> dict[str, str]:
    with (ROOT / "samples" / "labels.csv").open(encoding="utf-8") as handle:
        return next(row for row in csv.DictReader(handle) if ROOT / "samples" / row["file"] == path)


def _upload(page, path: Path = SAMPLE) -> None:
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(path))
    page.locator(".st-key-ccc_fr [data-testid='stCode']").wait_for()


def _ccc_text(page) -> str:
    return page.locator(".st-key-ccc_fr [data-testid='stCode']").inner_text()


@pytest.fixture(scope="module")
def expected() -> dict[str, object]:
    label = _label(SAMPLE)
    assert label["seen_date"] and label["seen_time"], "the sample must show a clock"
    diagnosis = Engine().diagnose_image(SAMPLE, lang="fr")
    return {"date": date.fromisoformat(label["seen_date"]).strftime("%d/%m/%Y"), "time": label["seen_time"],
            "title": diagnosis.title, "first_step": diagnosis.fix.steps[0].text}


def test_uploaded_screenshot_gives_situation_steps_and_message_with_its_clock(new_page, expected) -> None:
    page = new_page("fr")
    _upload(page)
    assert page.get_by_role("heading", name=expected["title"]).is_visible()
    assert expected["first_step"][:40] in page.locator("ol li").first.inner_text()
    assert f"le {expected['date']} à {expected['time']} (heure de Paris)" in _ccc_text(page)
    assert page.locator('[data-testid="stImage"] img').count() == 3  # evidence zoomed, whole, the copy to attach


def test_arabic_reads_right_to_left(new_page) -> None:
    page = new_page("ar")
    main = page.locator('[data-testid="stMain"]')
    assert main.evaluate("e => getComputedStyle(e).direction") == "rtl"
    title = page.get_by_role("heading", name=i18n.Translator("ar")("app_title"))
    assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
    page.get_by_label(i18n.Translator("ar")("paste_label")).fill("Identifiant ou mot de passe incorrect")
    page.get_by_role("button", name=i18n.Translator("ar")("paste_button")).click()
    french = page.locator(".st-key-ccc_fr [data-testid='stCode'] pre")
    french.wait_for()
    assert french.evaluate("e => getComputedStyle(e).direction") == "ltr"  # the French message stays left to right


def test_language_switch_updates_the_page_and_the_address(new_page) -> None:
    page = new_page("fr")
    page.get_by_label(i18n.Translator("fr")("language_label")).click()
    page.get_by_role("option", name="Українська").click()
    page.get_by_role("heading", name=i18n.Translator("uk")("input_heading")).wait_for()
    assert "lang=uk" in page.url


def test_copy_button_puts_the_message_on_the_clipboard(new_page) -> None:
    page = new_page("fr")
    page.get_by_label(i18n.Translator("fr")("paste_label")).fill("Identifiant ou mot de passe incorrect")
    page.get_by_role("button", name=i18n.Translator("fr")("paste_button")).click()
    code = page.locator(".st-key-ccc_fr [data-testid='stCode']")
    code.wait_for()
    code.hover()
    code.get_by_role("button", name="Copy to clipboard").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Objet :") and "« Identifiant ou mot de passe incorrect »" in copied
    assert copied.strip() == _ccc_text(page).strip()


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", "**bold** [link](http://x)"])
def test_pasted_markup_is_shown_as_plain_text(new_page, hostile: str) -> None:
    page = new_page("fr")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.get_by_label(i18n.Translator("fr")("paste_label")).fill(hostile)
    page.get_by_role("button", name=i18n.Translator("fr")("paste_button")).click()
    page.locator(".st-key-ccc_fr [data-testid='stCode']").wait_for()
    assert page.get_by_text(hostile, exact=True).count() >= 1  # shown literally (the text read)
    assert page.locator("script", has_text="alert(1)").count() == 0
    assert page.locator("strong", has_text="bold").count() == 0
    assert page.locator('a[href="http://x"], a[href="http://x/"]').count() == 0
    assert not dialogs


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_result_page_screenshots(new_page, lang: str) -> None:
    """Phone then desktop, saved for a person to look at (tests/artifacts/ is ignored by git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page = new_page(lang, 390, 844)
    _upload(page)
    for width, height in ((390, 844), (1366, 900)):
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(500)
        overflow = page.evaluate("document.querySelector('[data-testid=stMain]').scrollWidth - window.innerWidth")
        assert overflow <= 0, f"the page scrolls sideways at {width} px"
        page.screenshot(path=str(ARTIFACTS / f"result_{lang}_{width}.png"))
        full = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
        page.set_viewport_size({"width": width, "height": full})  # Streamlit scrolls inside stMain, not the body
        page.wait_for_timeout(500)
        page.screenshot(path=str(ARTIFACTS / f"result_{lang}_{width}_full.png"))


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_screenshot_without_a_clock_asks_when_on_a_phone(new_page, lang: str) -> None:
    """The question at 390 px, before and after "just now", saved for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    t = i18n.Translator(lang)
    page = new_page(lang, 390, 844)
    _upload(page, ROOT / "samples" / "images" / "s047.png")  # an upload error; no address bar, no clock
    question = page.get_by_role("radiogroup", name=t("moment_question"))
    question.wait_for()
    assert "[À COMPLÉTER : heure du problème, HH:MM]" in _ccc_text(page)
    overflow = page.evaluate("document.querySelector('[data-testid=stMain]').scrollWidth - window.innerWidth")
    assert overflow <= 0, "the page scrolls sideways at 390 px"
    heading = page.get_by_role("heading", name=t("ccc_heading"))
    heading.scroll_into_view_if_needed()
    page.evaluate("document.querySelector('[data-testid=stMain]').scrollBy(0, -20)")
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / f"moment_{lang}_390.png"))
    question.get_by_text(t("moment_choice_now"), exact=True).click()
    page.get_by_text("(indiquées par moi)", exact=False).first.wait_for()
    assert "(indiquées par moi) : le " in _ccc_text(page)
    page.wait_for_timeout(300)
    heading.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"moment_{lang}_390_now.png"))


PROGRESS = "Mon dossier est « Examen des pièces en cours » depuis 7 mois, aucune nouvelle de la préfecture"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_question_on_progress_gets_the_prefectures_message_on_a_phone(new_page, lang: str) -> None:
    """No CCC message; the préfecture's, copied as shown; right to left read as such; saved to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    t = i18n.Translator(lang)
    page = new_page(lang, 390, 844)
    page.get_by_label(t("paste_label")).fill(PROGRESS)
    page.get_by_role("button", name=t("paste_button")).click()
    french = page.locator(".st-key-prefecture_fr [data-testid='stCode']")
    french.wait_for()
    assert page.locator(".st-key-ccc_fr").count() == 0 and page.get_by_role("heading", name=t("ccc_heading")).count() == 0
    assert page.get_by_text(t("prefecture_not_ccc")).is_visible()
    overflow = page.evaluate("document.querySelector('[data-testid=stMain]').scrollWidth - window.innerWidth")
    assert overflow <= 0, "the page scrolls sideways at 390 px"
    french.hover()
    french.get_by_role("button", name="Copy to clipboard").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Demande d'information") and "« Examen des pièces en cours »" in copied
    assert copied.strip() == french.inner_text().strip()
    if lang == "ar":
        assert french.locator("pre").evaluate("e => getComputedStyle(e).direction") == "ltr"  # the French stays LTR
        user = page.locator(".st-key-prefecture_user [data-testid='stCode'] pre")
        assert user.evaluate("e => getComputedStyle(e).direction") == "rtl"
        # An Arabic paragraph whose first word is French (or an icon's name) still reads right to
        # left: its first character is drawn at the paragraph's right edge (a paragraph taking its
        # first letter's direction would start on the left, ~300 px away).
        gaps = page.locator("[data-testid=stMain] [data-testid=stMarkdownContainer] p").evaluate_all("""ps => ps
            .filter(p => /[\\u0600-\\u06FF]/.test(p.textContent) && /^[^\\u0600-\\u06FF]*[A-Za-z]/.test(p.textContent))
            .map(p => { const node = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
                        const i = node.data.search(/\\S/); const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                        return p.getBoundingClientRect().right - r.getBoundingClientRect().right; })""")
        assert gaps and max(gaps) < 20, gaps  # (an icon's box leaves a few pixels)
        # The CCC's number in a step keeps its groups in order, on one line: « 0 806 001 620 ».
        first, last = page.evaluate("""() => {
            const walker = document.createTreeWalker(document.querySelector('[data-testid=stMain] ol'), NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
                const at = node.data.search(/0\\s806\\s001\\s620/);
                if (at < 0) continue;
                const box = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                                   const b = r.getBoundingClientRect(); return [b.left, b.top]; };
                return [box(at), box(at + 12)];
            }
            return [null, null];
        }""")
        assert first is not None, "the step with the CCC's number is on the page"
        assert first[0] < last[0] and abs(first[1] - last[1]) < 2
    page.get_by_role("heading", name=t("prefecture_heading")).scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / f"prefecture_{lang}_390.png"))
