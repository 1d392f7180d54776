"""The command-line contract: JSON lines, input order, and every exit status."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, render_text_image
from troubleshoot.cli import main

CONTRACT = {"input", "situation", "step", "confidence", "text", "evidence", "site", "seen_date", "seen_time", "shows",
            "fix", "ccc_message", "error"}


def _run(*argv: str) -> tuple[int, list[dict]]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def _cli(*argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "troubleshoot", *argv], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_cli_json_texts_in_order_with_contract_fields(tmp_path: Path) -> None:
    texts = tmp_path / "texts.txt"
    texts.write_text("Service momentanément indisponible\n\nRecette de cuisine\n", encoding="utf-8")
    status, rows = _run("diagnose", "--text", "Invalid username or password.", "--texts", str(texts), "--json", "--lang", "en")
    assert status == 0
    assert [r["input"] for r in rows] == ["text:1", "text:2", "text:3"]  # blank lines skipped
    for row in rows:
        assert set(row) >= CONTRACT and row["error"] is None
        assert 0 <= row["confidence"] <= 1 and row["fix"]["steps"] and row["ccc_message"]
    assert rows[0]["situation"] != rows[2]["situation"]


@pytest.mark.ocr
def test_cli_images_come_first_and_a_bad_one_fails_alone(tmp_path: Path) -> None:
    good = tmp_path / "screen.png"
    render_text_image(["Une erreur technique est survenue.", "Veuillez réessayer ultérieurement."]).save(good)
    broken = tmp_path / "broken.png"
    broken.write_bytes(good.read_bytes()[:300])
    status, rows = _run("diagnose", "--text", "Mot de passe oublié ?", str(good), str(broken), "--json")
    assert status == 1
    assert [r["input"] for r in rows] == [str(good), str(broken), "text:1"]
    assert rows[0]["error"] is None and rows[0]["situation"]
    assert rows[1]["situation"] is None and rows[1]["error"]["code"] == "unreadable_image"
    assert rows[2]["error"] is None


def test_cli_missing_file_is_an_input_failure() -> None:
    status, rows = _run("diagnose", "/nonexistent/shot.png", "--json")
    assert status == 1 and rows[0]["error"]["code"] == "file_not_found"


def test_cli_readable_report_for_a_person() -> None:
    out = io.StringIO()
    assert main(["diagnose", "--text", "Invalid username or password.", "--lang", "en"], out=out) == 0
    report = out.getvalue()
    assert "Situation:" in report and "1. " in report and "Source:" in report and "Objet :" in report


def test_cli_report_keeps_evidence_spanning_lines_on_one_line() -> None:
    out = io.StringIO()
    assert main(["diagnose", "--text", "Identifiant ou mot de passe\ninvalide", "--lang", "en"], out=out) == 0
    because = next(line for line in out.getvalue().splitlines() if "Because of:" in line)
    assert "mot de passe invalide" in because


@pytest.mark.parametrize(
    "argv",
    [["diagnose"], ["diagnose", "--text", "x", "--lang", "xx"], ["frobnicate"], ["diagnose", "--nope"],
     ["diagnose", "--texts", "/nonexistent/file.txt"], ["eval", "/nonexistent/dir"]],
    ids=["no-input", "bad-lang", "bad-command", "bad-option", "missing-texts-file", "eval-no-labels"],
)
def test_cli_usage_errors_exit_2(argv: list[str]) -> None:
    assert main(argv, out=io.StringIO()) == 2


@pytest.mark.ocr
def test_cli_exits_3_without_tesseract(tmp_path: Path) -> None:
    image = tmp_path / "s.png"
    render_text_image(["Erreur"]).save(image)
    env = {**os.environ, "PATH": str(tmp_path)}  # a PATH where no tesseract exists
    result = _cli("diagnose", str(image), "--json", env=env)
    assert result.returncode == 3 and "apt-get install tesseract-ocr" in result.stderr


@pytest.mark.ocr
def test_cli_exits_3_without_language_data(tmp_path: Path) -> None:
    image = tmp_path / "s.png"
    render_text_image(["Erreur"]).save(image)
    env = {**os.environ, "TESSDATA_PREFIX": str(tmp_path)}  # an empty language-data folder
    result = _cli("diagnose", str(image), env=env)
    assert result.returncode == 3 and "fra" in result.stderr


def test_cli_eval_prints_scores(tmp_path: Path) -> None:
    (tmp_path / "texts.csv").write_text(
        "text,situation,step\nInvalid username or password.,login_failure,\nRecette de cuisine,unknown,\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["eval", str(tmp_path), "--json"], out=out) == 0
    scores = json.loads(out.getvalue())["texts"]
    assert scores["count"] == 2 and 0 <= scores["accuracy"] <= 1 and "login_failure" in scores["per_situation"]


@pytest.mark.ocr
def test_cli_json_says_what_the_screenshot_shows_and_leaves_the_rest_to_fill_in() -> None:
    images = ROOT / "samples" / "images"
    status, rows = _run("diagnose", str(images / "s003.png"), str(images / "s004.png"), str(images / "s008.png"),
                        "--text", "Le 12/03/2026 à 14:32 : Identifiant ou mot de passe incorrect", "--json")
    assert status == 0
    both, phone, bare, text = rows
    assert both["shows"] == {"site": True, "date": True, "time": True}
    assert (both["seen_date"], both["seen_time"]) == ("2025-05-24", "15:53")
    assert "(relevées sur la capture d'écran) : le 24/05/2025 à 15:53" in both["ccc_message"]
    assert "où l'on voit le site, la date et l'heure" in both["ccc_message"]
    assert phone["shows"] == {"site": True, "date": False, "time": True}
    assert (phone["seen_date"], phone["seen_time"]) == (None, "21:27")
    assert "(heure relevée sur la capture d'écran) : le [À COMPLÉTER : date du problème, JJ/MM/AAAA] à 21:27" in phone["ccc_message"]
    assert "montre le site et l'heure ; la date n'y est pas visible" in phone["ccc_message"]
    assert bare["shows"] == {"site": False, "date": False, "time": False}
    assert (bare["seen_date"], bare["seen_time"]) == (None, None)
    assert "le [À COMPLÉTER : date du problème, JJ/MM/AAAA] à [À COMPLÉTER : heure du problème, HH:MM]" in bare["ccc_message"]
    assert "ne montre ni le site, ni la date, ni l'heure" in bare["ccc_message"]
    assert text["shows"] is None and text["seen_date"] == "2026-03-12"  # found in the text, not taken as the problem's
    assert "le [À COMPLÉTER : date du problème, JJ/MM/AAAA] à [À COMPLÉTER : heure du problème, HH:MM]" in text["ccc_message"]
    assert "capture" not in text["ccc_message"]


@pytest.mark.ocr
def test_cli_report_says_what_the_screenshot_does_not_show() -> None:
    out = io.StringIO()
    assert main(["diagnose", str(ROOT / "samples" / "images" / "s004.png")], out=out) == 0
    assert "Not seen on screen: date. The message says so; write the date where it says [À COMPLÉTER]." in out.getvalue()
