"""Speed of the concept rules on pasted text: warm time per text and cold start of the command line.

Run from the repository root:
    .venv/bin/python benchmarks/concepts.py [--against PATH] [--repeats N] [--json PATH]

- warm: ``Engine.diagnose_text`` on every text of samples/texts.csv and samples/dev2/texts.csv,
  after one warm-up pass, ``--repeats`` times; mean and median per text, against the target
  (3 ms mean).
- cold: ``troubleshoot diagnose --text ... --json`` as a new process, five times, interleaved with
  ``python -c pass`` (the interpreter's own start-up), against the target (2 s median).
- ``--against PATH``: the same two figures for another checkout (e.g. the main branch before a
  change), measured in the same run, and the ratios between them: a loaded machine slows both.

Nothing is written unless ``--json`` is given. Targets are reported, never turned into a failure.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PYTHON = Path(sys.executable)
TARGET_WARM_MEAN_MS = 3.0
TARGET_COLD_S = 2.0
COLD_RUNS = 5
COLD_TEXT = "Identifiant ou mot de passe incorrect."

# Runs in a child process so that each checkout is imported on its own.
_WARM = r"""
import contextlib, csv, json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from troubleshoot.engine import Engine
from troubleshoot.errors import TroubleshootError
texts = []
for name in ("samples/texts.csv", "samples/dev2/texts.csv"):
    with open(sys.argv[1] + "/" + name, encoding="utf-8", newline="") as handle:
        texts += [row["text"] for row in csv.DictReader(handle) if row["text"].strip()]
engine = Engine()
def once(text):
    with contextlib.suppress(TroubleshootError):
        engine.diagnose_text(text)
for text in texts:
    once(text)
timings = []
for _ in range(int(sys.argv[2])):
    for text in texts:
        start = time.perf_counter_ns()
        once(text)
        timings.append(time.perf_counter_ns() - start)
print(json.dumps({"texts": len(texts), "calls": len(timings), "mean_ms": statistics.fmean(timings) / 1e6,
                  "median_ms": statistics.median(timings) / 1e6, "max_ms": max(timings) / 1e6}))
"""


def warm(root: Path, repeats: int) -> dict:
    out = subprocess.run([str(PYTHON), "-c", _WARM, str(root), str(repeats)], capture_output=True, text=True,
                         cwd=root, check=True, timeout=1800)
    return json.loads(out.stdout.strip().splitlines()[-1])


def cold(roots: list[Path]) -> dict[str, dict]:
    """Median start-to-answer time of each checkout's command line, interleaved with ``python -c pass``."""
    def timed(cmd: list[str], cwd: Path) -> float:
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=cwd, check=False, timeout=300)
        return time.perf_counter() - start

    commands = {str(r): [str(PYTHON), "-m", "troubleshoot", "diagnose", "--text", COLD_TEXT, "--json"] for r in roots}
    runs: dict[str, list[float]] = {key: [] for key in [*commands, "python -c pass"]}
    for root in roots:  # one untimed run each: "cold" is a new process, not an empty file cache
        # Bytecode as an install leaves it (`make setup` does the same): with
        # PYTHONDONTWRITEBYTECODE set, every run would compile the package again.
        subprocess.run([str(PYTHON), "-m", "compileall", "-q", str(root / "troubleshoot")],
                       capture_output=True, check=False, timeout=300)
        timed(commands[str(root)], root)
    for _ in range(COLD_RUNS):
        for root in roots:
            runs[str(root)].append(timed(commands[str(root)], root))
        runs["python -c pass"].append(timed([str(PYTHON), "-c", "pass"], ROOT))
    return {key: {"median_s": statistics.median(v), "runs_s": v} for key, v in runs.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", type=Path, help="another checkout to measure in the same run")
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    roots = [ROOT] + ([args.against.resolve()] if args.against else [])
    report: dict = {"warm": {}, "cold": cold(roots)}
    for root in roots:
        report["warm"][str(root)] = warm(root, args.repeats)
    mine_warm = report["warm"][str(ROOT)]
    mine_cold = report["cold"][str(ROOT)]["median_s"]
    print(f"warm pasted text ({mine_warm['texts']} texts x {args.repeats}): mean {mine_warm['mean_ms']:.2f} ms, "
          f"median {mine_warm['median_ms']:.2f} ms, max {mine_warm['max_ms']:.1f} ms  "
          f"[target mean <= {TARGET_WARM_MEAN_MS} ms: {'PASS' if mine_warm['mean_ms'] <= TARGET_WARM_MEAN_MS else 'FAIL'}]")
    print(f"cold start `python -m troubleshoot diagnose --text ... --json`: median {mine_cold:.2f} s "
          f"(python -c pass: {report['cold']['python -c pass']['median_s']:.2f} s)  "
          f"[target <= {TARGET_COLD_S} s: {'PASS' if mine_cold <= TARGET_COLD_S else 'FAIL'}]")
    if args.against:
        other = str(args.against.resolve())
        ow, oc = report["warm"][other], report["cold"][other]["median_s"]
        report["ratios"] = {"warm_mean": mine_warm["mean_ms"] / ow["mean_ms"], "cold": mine_cold / oc}
        print(f"against {other}: warm mean {ow['mean_ms']:.2f} ms, cold {oc:.2f} s; "
              f"ratios (this / that): warm {report['ratios']['warm_mean']:.2f}, cold {report['ratios']['cold']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
