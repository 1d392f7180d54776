"""Several people at once against one server: everyone gets the right answer, and a queue is shown.

Runs ``benchmarks/load.py`` (its own server on loopback, one Chromium context per
user) with small numbers; the larger runs are by hand (see the README).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.ocr]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")


def _load(tmp_path: Path, *args: str) -> dict[str, object]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    out = tmp_path / "load.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load.py"), *args, "--json", str(out)], cwd=ROOT,
                          env={**os.environ, "OMP_THREAD_LIMIT": "1"}, capture_output=True, text=True, timeout=900)
    assert out.exists(), done.stdout + done.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_two_users_and_one_slot_the_second_waits_in_the_queue_and_both_get_their_answer(tmp_path: Path) -> None:
    run = _load(tmp_path, "--users", "2", "--slots", "1")
    results = run["results"]
    assert len(results) == 2
    assert len({r["image"] for r in results}) == 2  # different screenshots
    for r in results:
        assert r["error"] is None and r["got"] == r["expected"], r
        assert r["seconds"] is not None and r["seconds"] > 0
    queued = [r for r in results if r["queued"]]
    assert len(queued) == 1, results  # one slot: exactly one of the two was told to wait
    assert queued[0]["first_place"] == 1 and queued[0]["first_estimate_s"] >= 1
    assert run["all_ok"] is True
    # Memory is measured and bounded (the server with spaCy's model and two screenshots).
    assert 50 < run["server_peak_rss_mb"] < 1500


def test_as_many_slots_as_users_nobody_waits(tmp_path: Path) -> None:
    run = _load(tmp_path, "--users", "2", "--slots", "2", "--no-warmup")
    assert run["all_ok"] is True
    assert not any(r["queued"] for r in run["results"])


def test_a_user_who_closes_their_tab_while_queued_gives_their_place_to_the_next(tmp_path: Path) -> None:
    run = _load(tmp_path, "--leave")
    assert run["left_at_place"] == 1  # the second user was queued behind the first when they left
    first, third = run["results"]
    assert first["ok"] and third["ok"], run
    # The third came after the second left: never told a place behind them.
    assert third["first_place"] in (None, 1), run
    assert run["all_ok"] is True
