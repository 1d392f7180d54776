"""The page and personal data: with "hide my personal data" on, no identifier in any text
or picture the page sends, and the original screenshot never offered; nothing of the
user's left in temporary folders, logs or Streamlit's shared caches."""

from __future__ import annotations

import ast
import io
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from PIL import Image
from streamlit.runtime import media_file_manager, memory_media_file_storage
from streamlit.runtime.caching import cache_resource_api
from streamlit.testing.v1 import AppTest

from tests.answering.test_redact import EMAIL, FOREIGN, GIVEN, PAGE, SURNAME
from tests.conftest import render_text_image
from tests.faults import tesseract_wrapper
from troubleshoot import i18n, knowledge
from troubleshoot.reading import images, ocr

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
SECRETS = (FOREIGN, EMAIL, SURNAME)
pytestmark = pytest.mark.ocr


@pytest.fixture()
def served(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every file the page hands to the browser (pictures, downloads), as Streamlit stores it."""
    files: list[bytes] = []
    original = memory_media_file_storage.MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):  # noqa: ANN001
        if isinstance(path_or_data, bytes):
            files.append(path_or_data)
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(memory_media_file_storage.MemoryMediaFileStorage, "load_and_get_id", record)
    # Downloads made on the click (deferred): what a click would send is made here and looked at too.
    deferred = media_file_manager.MediaFileManager.add_deferred

    def record_deferred(self, data_callable, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        made = data_callable()
        files.append(made if isinstance(made, bytes) else str(made).encode("utf-8"))
        return deferred(self, data_callable, *args, **kwargs)

    monkeypatch.setattr(media_file_manager.MediaFileManager, "add_deferred", record_deferred)
    return files


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


SHOT = _png(render_text_image(PAGE, size=(1300, 420), font_size=30))


def _upload(hide: bool | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.context = {"timezone": "Europe/Paris", "locale": "fr-FR"}
    at.run()
    if hide is not None:
        at.toggle(key="redact").set_value(hide)
    at.file_uploader[0].set_value(("ecran.png", SHOT, "image/png"))
    return at.run()


def _texts(at: AppTest) -> str:
    parts = [e.value for kind in ("code", "markdown", "text_area", "text_input", "caption") for e in at.get(kind)
             if isinstance(e.value, str)]
    return "\n".join(parts)


def _read(data: bytes) -> str:
    image = Image.open(io.BytesIO(data)).convert("RGB")
    prepared, _ = images.prepare_for_ocr(image)
    return ocr.read(prepared, languages="fra+eng", timeout=60, psm=11).text


def _pictures(files: list[bytes]) -> list[bytes]:
    return [f for f in files if f[:8] == b"\x89PNG\r\n\x1a\n" or f[:3] == b"\xff\xd8\xff"]


def test_hiding_is_on_by_default_and_nothing_sent_to_the_browser_holds_an_identifier(served: list[bytes]) -> None:
    at = _upload()
    assert not at.exception and at.toggle(key="redact").value is True
    text = _texts(at)
    assert "[numéro étranger masqué]" in text
    for secret in SECRETS:
        assert secret not in text
    pictures = _pictures(served)
    assert len(pictures) >= 2  # the picture shown and the masked copy offered
    assert any(p[:8] == b"\x89PNG\r\n\x1a\n" for p in pictures)  # the downloads (made on the click) are looked at
    assert SHOT not in served  # the original upload is never handed back
    for picture in pictures:
        again = _read(picture).lower()
        for secret in (FOREIGN, EMAIL, SURNAME, GIVEN):
            assert secret.lower() not in again
    downloads = [b.proto.label for b in at.get("download_button")]
    assert any(".png" in label for label in downloads)


def test_with_hiding_off_the_page_shows_what_was_read_and_offers_no_picture(served: list[bytes]) -> None:
    at = _upload(hide=False)
    assert not at.exception
    text = _texts(at)
    assert FOREIGN in text and EMAIL in text  # so the test above could fail
    assert not any(".png" in b.proto.label for b in at.get("download_button"))
    assert any(FOREIGN in _read(p) for p in _pictures(served))


def test_the_user_can_put_their_identifier_in_the_message() -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.context = {"timezone": "Europe/Paris", "locale": "fr-FR"}
    at.run()
    at.text_area(key="text_0").input(f"Identifiant {FOREIGN} : identifiant ou mot de passe incorrect")
    at.button(key="analyse_0").click()
    at.run()
    message = next(c.value for c in at.code if c.value.startswith("Objet :"))
    assert FOREIGN not in message
    suffix = next(w.key for w in at.selectbox if w.key and w.key.startswith("identifier_")).removeprefix("identifier_")
    at.selectbox(key=f"identifier_{suffix}").set_value("foreign_number").run()
    at.checkbox(key=f"include_{suffix}").check().run()
    message = next(c.value for c in at.code if c.value.startswith("Objet :"))
    assert FOREIGN in message


def test_a_case_of_several_screenshots_hides_them_all_copies_and_both_messages_included(served: list[bytes]) -> None:
    """The case's annotated copies are made from the masked copies; the short and full messages are masked."""
    from tests.answering.test_case import ERROR, screen

    error = screen(ERROR[:1] + [f"Numéro étranger : {FOREIGN}", f"Adresse électronique : {EMAIL}"] + ERROR[1:],
                   "12/03/2026 14:32")
    at = AppTest.from_file(APP, default_timeout=180)
    at.context = {"timezone": "Europe/Paris", "locale": "fr-FR"}
    at.run()
    at.file_uploader[0].set_value([("accueil.png", SHOT, "image/png"), ("erreur.png", error, "image/png")])
    at.text_area(key="text_0").input(f"Mon identifiant {FOREIGN} est refusé")
    at.button(key="analyse_0").click()
    at.run()
    step = next(w.key for w in at.text_input if w.key and w.key.startswith("step_"))
    at.text_input(key=step).input(f"Connexion avec {EMAIL}").run()  # typed into a field of the message
    assert not at.exception
    t = i18n.Translator("fr")
    downloads = [b.proto.label for b in at.get("download_button")]
    assert [t("download_annotated", n=i) for i in (1, 2)] == [label for label in downloads if "PNG" in label]
    messages = [c.value for c in at.code if c.value.startswith("Objet :")]
    assert len(messages) == 2  # the full message and the short one
    assert all("Connexion avec [adresse électronique masquée]" in m for m in messages)
    # Every text the page shows but the field the user typed into: texts added, read, told; both messages.
    text = "\n".join(e.value for kind in ("code", "markdown", "caption") for e in at.get(kind) if isinstance(e.value, str))
    assert "[numéro étranger masqué]" in text and "Code erreur : 500" in text  # masked, and still the case
    for secret in SECRETS:
        assert secret not in text
    pictures = _pictures(served)
    assert SHOT not in served and error not in served
    assert len(pictures) >= 5  # the problem's evidence (zoomed and whole), its masked copy, one copy per screenshot
    for picture in pictures:
        again = _read(picture).lower()
        for secret in (FOREIGN, EMAIL, SURNAME, GIVEN):
            assert secret.lower() not in again


# -- nothing left behind ------------------------------------------------------------
def _files_since(folder: Path, since: float) -> Iterator[Path]:
    for dirpath, _, names in os.walk(folder):
        for name in names:
            path = Path(dirpath) / name
            try:
                if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since and path.stat().st_size < 50_000_000:
                    yield path
            except OSError:
                continue


def _holds(path: Path, needles: list[bytes]) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return any(n in data for n in needles)


def _walk(value: object, seen: set[int], depth: int = 0) -> Iterator[str]:
    """Strings and bytes reachable from a cached value (bounded: caches hold engines, not pages)."""
    if id(value) in seen or depth > 8 or len(seen) > 300_000:
        return
    seen.add(id(value))
    if isinstance(value, str):
        yield value
    elif isinstance(value, bytes | bytearray):
        yield bytes(value).decode("latin-1")
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(k, seen, depth + 1)
            yield from _walk(v, seen, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _walk(item, seen, depth + 1)
    elif hasattr(value, "__dict__") and not isinstance(value, type):
        yield from _walk(vars(value), seen, depth + 1)


def test_no_upload_text_or_identifier_reaches_temp_folders_logs_or_shared_caches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str],
    knowledge_copy: Path,
) -> None:
    caplog.set_level("DEBUG")
    start = time.time() - 1
    # A screenshot read normally by the app, hidden and not, then the same image read by
    # a Tesseract that sleeps past the timeout and one that is killed.
    for hide in (True, False):
        assert not _upload(hide).exception
    cached = [
        cache for caches in cache_resource_api._resource_caches._function_caches.values() for cache in caches.values()
    ]
    assert cached  # the engine, shared by every session
    seen: set[int] = set()
    reachable = [text for cache in cached for text in _walk(cache, seen)]
    assert reachable and not any(secret in text for text in reachable for secret in SECRETS)
    settings = knowledge_copy / "settings.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("timeout_seconds: 30", "timeout_seconds: 2"),
                        encoding="utf-8")
    monkeypatch.setattr(knowledge, "DEFAULT_DIR", knowledge_copy)
    for act in ("sleep", "kill"):
        st.cache_resource.clear()
        ocr.probe.cache_clear()
        with monkeypatch.context() as m:
            m.setenv("PATH", f"{tesseract_wrapper(tmp_path / act, act)}:/usr/bin:/bin")
            at = _upload(True)
            assert not at.exception and at.error  # it failed, and said so
    st.cache_resource.clear()
    ocr.probe.cache_clear()

    needles = [s.encode() for s in SECRETS] + [SHOT[200:264]]
    root = ocr.private_root()
    assert oct(root.stat().st_mode & 0o777) == "0o700"
    assert not list(root.iterdir())  # every run's folder removed, the timeout and the kill included
    folders = {root.parent, Path("/tmp"), Path(os.environ.get("TMPDIR", "/tmp"))}
    leaks = [p for folder in folders for p in _files_since(folder, start) if tmp_path not in p.parents and _holds(p, needles)]
    assert leaks == []
    out, err = capfd.readouterr()
    logged = caplog.text + out + err
    for secret in SECRETS:
        assert secret not in logged
    assert "ocr_timeout" in caplog.text and "ocr_failed" in caplog.text  # the failures were logged, without the data


def test_the_app_caches_nothing_that_depends_on_what_a_user_sends() -> None:
    """Streamlit's caches are shared by every user: only functions without arguments may use them."""
    files = [ROOT / "streamlit_app.py", *sorted((ROOT / "troubleshoot").glob("*.py"))]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                decorators = [ast.unparse(d) for d in node.decorator_list]
                if any("cache_data" in d or "cache_resource" in d for d in decorators):
                    args = node.args
                    assert not (args.args or args.kwonlyargs or args.vararg or args.kwarg), f"{path.name}:{node.name}"
