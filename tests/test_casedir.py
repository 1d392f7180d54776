"""``troubleshoot report``: a case written into a folder, in the order it happened, with exit statuses as for diagnose."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from tests.answering.test_case import ERROR, SIGN_IN, UPLOAD, screen
from troubleshoot.cli import main


def _write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


@pytest.fixture(scope="module")
def case_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, Path, str]:
    """Three screenshots given out of order (the error first) and one text, in one process."""
    folder = tmp_path_factory.mktemp("shots")
    images = [_write(folder, "error.png", screen(ERROR, "13/03/2026 14:32")),
              _write(folder, "signin.png", screen(SIGN_IN, "13/03/2026 14:28")),
              _write(folder, "upload.png", screen(UPLOAD, "13/03/2026 14:30"))]
    out = folder / "case"
    printed = io.StringIO()
    status = main(["report", *images, "--text", "J'ai essayé avec un autre navigateur", "--lang", "uk", "--out", str(out),
                   "--browser", "Firefox 128", "--device", "Windows 11", "--tried", "Un autre navigateur"], out=printed)
    return status, out, printed.getvalue()


@pytest.mark.ocr
def test_the_case_is_written_in_the_order_it_happened(case_dir: tuple[int, Path, str]) -> None:
    status, out, printed = case_dir
    assert status == 0
    assert sorted(p.name for p in out.iterdir()) == ["01-annotated.png", "02-annotated.png", "03-annotated.png", "case.json",
                                                     "message-full.txt", "message-short.txt", "message-uk.txt"]
    data = json.loads((out / "case.json").read_text(encoding="utf-8"))
    assert [Path(i["input"]).name for i in data["inputs"]] == ["signin.png", "upload.png", "text:1", "error.png"]
    assert [i["given"] for i in data["inputs"]] == [2, 3, 4, 1]
    assert [i["annotated"] for i in data["inputs"]] == ["01-annotated.png", "02-annotated.png", None, "03-annotated.png"]
    assert [i["diagnosis"]["seen_time"] for i in data["inputs"]] == ["14:28", "14:30", None, "14:32"]
    assert data["inputs"][0]["shows"] == {"site": False, "date": True, "time": True} and data["inputs"][2]["shows"] is None
    assert [i["kind"] for i in data["inputs"]] == ["image", "image", "text", "image"]
    assert data["problem_position"] == 4 and data["situation"] == data["inputs"][3]["diagnosis"]["situation"]
    short = (out / "message-short.txt").read_text(encoding="utf-8")
    full = (out / "message-full.txt").read_text(encoding="utf-8")
    assert data["messages"]["short"] == short and data["messages"]["full"] == full and len(short) <= 1000
    for message in (short, full):
        assert "« Une erreur technique est survenue / Code erreur : 500 »" in message
        assert "13/03/2026 à 14:32" in message and "Firefox 128" in message and "Windows 11" in message
    assert "Déroulement :\n1. Le 13/03/2026 à 14:28" in full and "4. Le 13/03/2026 à 14:32" in full
    assert "Повідомлення на екрані (точний текст)" in (out / "message-uk.txt").read_text(encoding="utf-8")
    assert "1. " in printed and "Short message:" in printed
    with Image.open(out / "03-annotated.png") as copy:
        assert copy.format == "PNG" and copy.height > 560


@pytest.mark.ocr
def test_a_screenshot_without_a_clock_leaves_the_time_to_give_and_says_so(tmp_path: Path) -> None:
    image = _write(tmp_path, "error.png", screen(ERROR, None))
    status = main(["report", image, "--out", str(tmp_path / "a")], out=io.StringIO())
    assert status == 0
    short = (tmp_path / "a" / "message-short.txt").read_text(encoding="utf-8")
    assert "le [JJ/MM/AAAA] à [HH:MM], heure de Paris." in short and "ni site, ni date, ni heure visibles" in short
    status = main(["report", image, "--date", "13/03/2026", "--time", "14:35", "--out", str(tmp_path / "b")], out=io.StringIO())
    full = (tmp_path / "b" / "message-full.txt").read_text(encoding="utf-8")
    assert status == 0 and "(indiquées par moi) : le 13/03/2026 à 14:35 (heure de Paris)" in full


def test_a_text_only_case_needs_no_ocr_and_writes_no_picture(tmp_path: Path) -> None:
    assert main(["report", "--text", "Identifiant ou mot de passe incorrect", "--out", str(tmp_path)], out=io.StringIO()) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json", "message-fr.txt", "message-full.txt", "message-short.txt"]
    assert "Captures jointes : aucune (message recopié)" in (tmp_path / "message-short.txt").read_text(encoding="utf-8")


def test_a_case_about_the_progress_of_a_file_writes_the_prefecture_message_instead(tmp_path: Path) -> None:
    printed = io.StringIO()
    status = main(["report", "--text", "ça fait 7 mois que j'attends, toujours rien, la frise dit Instruction en cours",
                   "--lang", "ru", "--procedure", "Renouvellement de titre de séjour", "--out", str(tmp_path)], out=printed)
    assert status == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json", "prefecture-message-ru.txt", "prefecture-message.txt"]
    letter = (tmp_path / "prefecture-message.txt").read_text(encoding="utf-8")
    assert letter.startswith("Demande d'information sur l'avancement") and "(Renouvellement de titre de séjour)" in letter
    assert "Centre de Contact Citoyen (CCC)" in printed.getvalue() and "Short message:" not in printed.getvalue()
    data = json.loads((tmp_path / "case.json").read_text(encoding="utf-8"))
    assert "messages" not in data and data["prefecture"]["message"] == letter
    assert data["prefecture"]["ru"] == (tmp_path / "prefecture-message-ru.txt").read_text(encoding="utf-8")
    assert "prefecture-message.txt" in data["prefecture"]["note"] and "CCC" in data["prefecture"]["note"]


def test_a_blocked_procedure_keeps_the_ccc_message(tmp_path: Path) -> None:
    # The site blocking the request (no button, a page that stays white) is technical: the CCC's.
    text = "je veux renouveler mon titre mais le bouton Renouveler n'apparaît pas, page blanche"
    assert main(["report", "--text", text, "--out", str(tmp_path)], out=io.StringIO()) == 0
    assert "message-short.txt" in {p.name for p in tmp_path.iterdir()}
    assert not (tmp_path / "prefecture-message.txt").exists()


def test_a_missing_image_fails_alone_with_status_1(tmp_path: Path) -> None:
    status = main(["report", "/nonexistent/shot.png", "--text", "Mot de passe oublié ?", "--out", str(tmp_path)], out=io.StringIO())
    assert status == 1
    data = json.loads((tmp_path / "case.json").read_text(encoding="utf-8"))
    assert [i["kind"] for i in data["inputs"]] == ["image", "text"]
    assert data["inputs"][0]["diagnosis"]["error"]["code"] == "file_not_found" and data["inputs"][0]["annotated"] is None
    assert "1. Une image qui n'a pas pu être lue." in data["messages"]["full"]


@pytest.mark.parametrize("argv", [["report"], ["report", "--text", "x", "--lang", "xx"], ["report", "--text", "x", "--date", "2026-03-12"],
                                  ["report", "--text", "x", "--time", "25:00"]],
                         ids=["no-input", "bad-lang", "bad-date", "bad-time"])
def test_usage_errors_exit_2(argv: list[str], tmp_path: Path) -> None:
    assert main([*argv, "--out", str(tmp_path / "x")], out=io.StringIO()) == 2
    assert not (tmp_path / "x").exists()
