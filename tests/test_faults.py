"""Failures of the environment, injected for real, seen from the command line and the app:
a clear message for the user (in their language), the exact fix for the admin, and
text diagnoses still served."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st
import yaml
from streamlit.testing.v1 import AppTest

from tests.conftest import render_text_image
from tests.faults import env_with, path_without_tesseract, tessdata_without_fra, tesseract_wrapper
from troubleshoot import i18n, knowledge
from troubleshoot.reading import ocr

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
LOGIN_ERROR = "Identifiant ou mot de passe incorrect"
pytestmark = pytest.mark.ocr


@pytest.fixture()
def shot(tmp_path: Path) -> Path:
    path = tmp_path / "shot.png"
    render_text_image([LOGIN_ERROR, "Étrangers en France"]).save(path)
    return path


@pytest.fixture()
def quick_knowledge(knowledge_copy: Path) -> Path:
    """The knowledge with a 2-second OCR timeout, so a sleeping Tesseract is given up quickly."""
    path = knowledge_copy / "settings.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["ocr"]["timeout_seconds"] = 2
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return knowledge_copy


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "troubleshoot", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


def test_cli_without_tesseract_on_path_says_how_to_install_it_and_still_reads_text(tmp_path: Path, shot: Path) -> None:
    env = env_with(PATH=path_without_tesseract(tmp_path))
    done = _cli(env, "diagnose", str(shot))
    assert done.returncode == 3
    assert "not installed or not on the PATH" in done.stderr and "apt-get install tesseract-ocr" in done.stderr
    assert "Traceback" not in done.stderr
    text = _cli(env, "diagnose", "--json", "--text", LOGIN_ERROR)
    assert text.returncode == 0 and json.loads(text.stdout)["situation"] == "login_failure"


def test_cli_with_tessdata_lacking_french_names_the_folder_and_the_fix(tmp_path: Path, shot: Path) -> None:
    prefix = tessdata_without_fra(tmp_path)
    done = _cli(env_with(TESSDATA_PREFIX=str(prefix)), "diagnose", str(shot))
    assert done.returncode == 3
    assert f"fra.traineddata in TESSDATA_PREFIX={prefix}" in done.stderr
    assert "Unset TESSDATA_PREFIX" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(("act", "said"), [("sleep", "took more than 2 seconds"), ("kill", "killed by signal 9"),
                                           ("crash", "killed by signal 11")])
def test_cli_with_a_failing_tesseract_fails_that_image_alone(tmp_path: Path, shot: Path, quick_knowledge: Path,
                                                            act: str, said: str) -> None:
    folder = tesseract_wrapper(tmp_path / "bin", act)
    env = env_with(PATH=f"{folder}:/usr/bin:/bin")
    done = _cli(env, "--knowledge", str(quick_knowledge), "diagnose", "--json", str(shot), "--text", LOGIN_ERROR)
    assert done.returncode == 1, done.stderr
    image, text = (json.loads(line) for line in done.stdout.splitlines())
    assert image["error"]["code"] in ("ocr_timeout", "ocr_failed") and said in image["error"]["message"]
    assert text["situation"] == "login_failure"  # the pasted text is still diagnosed
    assert "Traceback" not in done.stderr


# -- the app ---------------------------------------------------------------------
@pytest.fixture()
def fresh_ocr(monkeypatch: pytest.MonkeyPatch):
    """Tesseract's checks are cached per process: clear them around a test that breaks Tesseract."""
    def clear() -> None:
        ocr.probe.cache_clear()
        ocr.installed_languages.cache_clear()
        st.cache_resource.clear()

    clear()
    yield monkeypatch
    monkeypatch.undo()
    clear()


def _upload(at: AppTest, path: Path) -> AppTest:
    at.file_uploader[0].set_value(("ecran.png", path.read_bytes(), "image/png"))
    return at.run()


def _app(locale: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.context = {"timezone": "Europe/Paris", "locale": locale}
    return at.run()


def _then_text_still_works(at: AppTest, image_error: str) -> None:
    """A text added to the case is answered; the image that failed stays in the case with its error only."""
    at.text_area(key="text_0").input(LOGIN_ERROR)
    at.button(key="analyse_0").click()
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [image_error]
    assert any(c.value.startswith("Objet :") and LOGIN_ERROR in c.value for c in at.code)


@pytest.mark.parametrize(("fault", "key", "locale"), [("no_tesseract", "error_tesseract_missing", "ar-SY"),
                                                      ("no_french", "error_language_missing", "uk-UA"),
                                                      ("sleep", "error_ocr_timeout", "fa-IR"),
                                                      ("kill", "error_ocr_failed", "en-GB")])
def test_app_says_what_failed_in_the_users_language_and_keeps_serving_text(
    fresh_ocr: pytest.MonkeyPatch, tmp_path: Path, shot: Path, quick_knowledge: Path, fault: str, key: str, locale: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch = fresh_ocr
    monkeypatch.setattr(knowledge, "DEFAULT_DIR", quick_knowledge)  # the app's engine gets the 2-second timeout
    if fault == "no_tesseract":
        monkeypatch.setenv("PATH", path_without_tesseract(tmp_path))
    elif fault == "no_french":
        monkeypatch.setenv("TESSDATA_PREFIX", str(tessdata_without_fra(tmp_path)))
    else:
        monkeypatch.setenv("PATH", f"{tesseract_wrapper(tmp_path / 'bin', fault)}:/usr/bin:/bin")
    at = _upload(_app(locale), shot)
    assert not at.exception
    lang = locale[:2]
    assert [e.value for e in at.error] == [i18n.Translator(lang)(key)]
    # The admin's fix goes to the server's log (never the user's text).
    assert any(r.name == "troubleshoot" and "Fix:" in r.getMessage() for r in caplog.records)
    _then_text_still_works(at, i18n.Translator(lang)(key))
