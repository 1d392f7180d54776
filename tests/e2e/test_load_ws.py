"""The load test's websocket client (``benchmarks/load.py --client ws``): no browser, the same checks.

Two users over Streamlit's own protocol against a real server on loopback
(real Tesseract, real rules): each gets the situation of their own screenshot,
and with one slot exactly one of them is told their place in the queue.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.ocr]

ROOT = Path(__file__).resolve().parents[2]


def _load(tmp_path: Path, *args: str) -> tuple[dict[str, object], str]:
    out = tmp_path / "load.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load.py"), "--client", "ws", *args,
                           "--json", str(out)], cwd=ROOT, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
                          capture_output=True, text=True, timeout=600)
    assert out.exists(), done.stdout + done.stderr
    return json.loads(out.read_text(encoding="utf-8")), done.stdout


def test_two_websocket_users_on_one_slot_each_get_their_own_answer_and_one_is_told_to_wait(tmp_path: Path) -> None:
    run, printed = _load(tmp_path, "--users", "2", "--slots", "1")
    results = run["results"]
    assert run["client"] == "ws" and "(ws)" in printed
    assert len(results) == 2
    assert len({r["image"] for r in results}) == 2
    assert len({r["expected"] for r in results}) == 2  # two situations: a mixed-up answer would be caught
    for r in results:
        assert r["error"] is None and r["got"] == r["expected"], r
        assert r["seconds"] is not None and r["seconds"] > 0
    queued = [r for r in results if r["queued"]]
    assert len(queued) == 1, results
    assert queued[0]["first_place"] == 1 and queued[0]["first_estimate_s"] >= 1
    assert run["all_ok"] is True
    assert run["cpu_server_s"] is not None and run["cpu_server_s"] > 0
    assert 50 < run["server_peak_rss_mb"] < 1500


def test_a_wrong_expectation_is_reported_as_a_wrong_answer(tmp_path: Path) -> None:
    """The check can fail: a screenshot of one situation, given as another's, is counted as wrong."""
    rows = list(csv.DictReader((ROOT / "samples" / "labels.csv").open(encoding="utf-8")))
    situations = sorted({r["situation"] for r in rows} - {"unknown"})
    for row in rows:  # one recognised screenshot gets another situation's label
        if row["presentation"] in ("desktop", "phone") and row["situation"] != "unknown":
            row["situation"] = next(s for s in situations if s != row["situation"])
            image = ROOT / "samples" / row["file"]
            break
    labels = tmp_path / "labels.csv"
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    run, _ = _load(tmp_path, "--users", "1", "--no-warmup", "--labels", str(labels), "--images", str(image))
    assert run["all_ok"] is False
    (result,) = run["results"]
    assert result["got"] != result["expected"] and result["error"] is None
