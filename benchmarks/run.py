"""Benchmark the assistant against plain Tesseract, plus memory, warm text speed and cold start.

Run from the repository root:  .venv/bin/python benchmarks/run.py [--limit N] [--groups G ...] [--json PATH]
Everything runs sequentially (one worker) with OMP_THREAD_LIMIT=1 so the timings are not
disturbed by the benchmark itself. Missed targets are reported, never turned into a failure.
See benchmarks/README.md.
"""

from __future__ import annotations

import os

# Before anything can start Tesseract: one OpenMP thread, as `make run` does, for both sides.
os.environ["OMP_THREAD_LIMIT"] = "1"

import argparse  # noqa: E402
import contextlib  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

if TYPE_CHECKING:
    from troubleshoot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
VENV_BIN = ROOT / ".venv" / "bin"
ENV = dict(os.environ)  # children inherit OMP_THREAD_LIMIT=1

GROUP_ORDER = ("desktop", "phone", "photo", "dark", "lowres", "crop", "translated")
CLEAN_GROUPS = ("desktop", "phone")
BASELINE_TIMEOUT_S = 120
TEXT_REPEATS = 20  # passes over texts.csv for the warm timing (~5,000 calls)
COLD_RUNS = 5
MEMORY_SIDE = 4000  # the largest side prepare_for_ocr lets through unscaled

# Targets.
TARGET_GROUP_ACCURACY = 0.90
TARGET_PHOTO_ACCURACY = 0.90
TARGET_OVERALL_ACCURACY = 0.95
TARGET_CLEAN_TIME_RATIO = 1.0
TARGET_TEXT_MS = 5.0
TARGET_COLD_S = 3.0
TARGET_MEMORY_MB = 500.0


# --------------------------------------------------------------------------- images
@dataclass(frozen=True)
class ImageResult:
    file: str
    group: str
    expected: str
    assistant: str  # predicted situation, or error:<code>
    baseline: str
    assistant_s: float
    baseline_s: float
    lang: str = ""  # the page's language (a translated page: the language it was translated into)


@dataclass(frozen=True)
class GroupSummary:
    name: str
    n: int
    assistant_accuracy: float | None
    baseline_accuracy: float | None
    assistant_median_ms: float | None
    baseline_median_ms: float | None
    time_ratio: float | None  # median assistant / median baseline


def read_labels() -> list[dict[str, str]]:
    # Read at run time: the images may be regenerated between runs.
    with (SAMPLES / "labels.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def select_rows(rows: list[dict[str, str]], groups: Sequence[str], limit: int | None) -> dict[str, list[dict[str, str]]]:
    by_group: dict[str, list[dict[str, str]]] = {g: [] for g in groups}
    for row in rows:
        group = row.get("presentation", "").strip() or "unknown"
        if group in by_group and (limit is None or len(by_group[group]) < limit):
            by_group[group].append(row)
    return by_group


def run_assistant(engine: Engine, path: Path) -> tuple[str, float]:
    from troubleshoot.errors import TroubleshootError

    start = time.perf_counter()
    try:
        predicted = engine.diagnose_image(path).situation or "none"
    except TroubleshootError as exc:
        predicted = f"error:{exc.code}"
    return predicted, time.perf_counter() - start


def run_baseline(engine: Engine, tesseract: str, path: Path) -> tuple[str, float]:
    """What a user tries first: default Tesseract in French, its text given to the same matcher."""
    from troubleshoot.errors import TroubleshootError

    start = time.perf_counter()
    try:
        proc = subprocess.run(
            [tesseract, str(path), "-", "-l", "fra"],
            capture_output=True, env=ENV, timeout=BASELINE_TIMEOUT_S, check=False,
        )
        if proc.returncode != 0:
            predicted = "error:tesseract"
        else:
            text = proc.stdout.decode("utf-8", errors="replace")
            predicted = engine.diagnose_text(text).situation or "none"
    except subprocess.TimeoutExpired:
        predicted = "error:timeout"
    except TroubleshootError as exc:  # e.g. Tesseract read nothing: empty text
        predicted = f"error:{exc.code}"
    return predicted, time.perf_counter() - start


def run_images(engine: Engine, tesseract: str, by_group: dict[str, list[dict[str, str]]]) -> tuple[list[ImageResult], list[str]]:
    todo = [(g, row) for g, rows in by_group.items() for row in rows]
    present = [(g, row) for g, row in todo if (SAMPLES / row["file"]).is_file()]
    missing = [row["file"] for g, row in todo if not (SAMPLES / row["file"]).is_file()]
    if present:
        # Warm-up, untimed: the assistant's one-time Tesseract probe and the OS file cache
        # (traineddata) would otherwise land on the first image only.
        first = SAMPLES / present[0][1]["file"]
        run_assistant(engine, first)
        run_baseline(engine, tesseract, first)
    results: list[ImageResult] = []
    for index, (group, row) in enumerate(present):
        path = SAMPLES / row["file"]
        # Alternate which side goes first so both share the machine's conditions.
        if index % 2 == 0:
            a = run_assistant(engine, path)
            b = run_baseline(engine, tesseract, path)
        else:
            b = run_baseline(engine, tesseract, path)
            a = run_assistant(engine, path)
        result = ImageResult(row["file"], group, row["situation"].strip(), a[0], b[0], a[1], b[1], row.get("lang", "").strip())
        results.append(result)
        print(
            f"  [{index + 1}/{len(present)}] {row['file']} {group}: expected {result.expected}, "
            f"assistant {result.assistant} {a[1]:.2f}s, baseline {result.baseline} {b[1]:.2f}s",
            file=sys.stderr, flush=True,
        )
    return results, missing


def summarize(name: str, results: Sequence[ImageResult]) -> GroupSummary:
    if not results:
        return GroupSummary(name, 0, None, None, None, None, None)
    a_ms = statistics.median(r.assistant_s for r in results) * 1000
    b_ms = statistics.median(r.baseline_s for r in results) * 1000
    return GroupSummary(
        name=name,
        n=len(results),
        assistant_accuracy=sum(r.assistant == r.expected for r in results) / len(results),
        baseline_accuracy=sum(r.baseline == r.expected for r in results) / len(results),
        assistant_median_ms=a_ms,
        baseline_median_ms=b_ms,
        time_ratio=a_ms / b_ms if b_ms else None,
    )


# --------------------------------------------------------------------------- memory
def _maxrss_mb(who: int) -> float:
    kib_or_bytes = resource.getrusage(who).ru_maxrss
    return kib_or_bytes / 1e6 if sys.platform == "darwin" else kib_or_bytes * 1024 / 1e6  # macOS: bytes


class ChildPeakWatcher:
    """Polls the peak RSS (VmHWM) of this process's children in /proc while they run (Linux only).

    RUSAGE_CHILDREN alone is misleading: Python starts children with vfork, and exec
    records the high-water mark of the mm it leaves, i.e. the parent's, so a tiny child
    reports the parent's peak. VmHWM read from /proc belongs to the child's own image.
    """

    def __init__(self, interval_s: float = 0.01) -> None:
        import threading

        self.peak_kib: dict[int, int] = {}
        self.together_kib = 0  # the largest sum of VmRSS over children alive at one poll (bands run side by side)
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.available = Path("/proc/self/status").exists()

    def __enter__(self) -> ChildPeakWatcher:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        if self.available:
            self._thread.join()

    @property
    def peak_mb(self) -> float | None:
        return max(self.peak_kib.values()) * 1024 / 1e6 if self.peak_kib else None

    @property
    def together_mb(self) -> float | None:
        return self.together_kib * 1024 / 1e6 if self.peak_kib else None

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            now = 0
            for pid in self._children(me):
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:  # it ended between the listing and the read
                    continue
                if not status.startswith("Name:\ttesseract"):
                    continue  # a child between fork and exec still shows the parent's figures
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak_kib[pid] = max(self.peak_kib.get(pid, 0), int(line.split()[1]))
                    elif line.startswith("VmRSS:"):
                        now += int(line.split()[1])
            self.together_kib = max(self.together_kib, now)
            self._stop.wait(self._interval)

    @staticmethod
    def _children(parent: int) -> list[int]:
        pids = []
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    stat = Path(f"/proc/{entry.name}/stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == parent:  # field 4, after "(comm)"
                    pids.append(int(entry.name))
        return pids


def memory_child(path: str) -> None:
    """Runs in a fresh interpreter: one Engine, one big image, then print the peaks as JSON."""
    from troubleshoot.engine import Engine
    from troubleshoot.errors import TroubleshootError

    engine = Engine()
    after_load = _maxrss_mb(resource.RUSAGE_SELF)
    start = time.perf_counter()
    with ChildPeakWatcher() as watcher:
        try:
            situation = engine.diagnose_image(Path(path)).situation or "none"
        except TroubleshootError as exc:
            situation = f"error:{exc.code}"
    seconds = time.perf_counter() - start
    polled = watcher.peak_mb
    rusage_children = _maxrss_mb(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "situation": situation,
        "seconds": round(seconds, 2),
        "engine_loaded_mb": round(after_load, 1),
        "assistant_mb": round(_maxrss_mb(resource.RUSAGE_SELF), 1),
        "tesseract_rusage_children_mb": round(rusage_children, 1),  # inflated by vfork, see ChildPeakWatcher
        "tesseract_polled_mb": None if polled is None else round(polled, 1),
        # The figure used: the polled one when /proc exists, else the (upper-bound) rusage one.
        "tesseract_mb": round(polled if polled is not None else rusage_children, 1),
        "tesseract_together_mb": None if watcher.together_mb is None else round(watcher.together_mb, 1),
    }))


def make_big_screenshot(source: Path, target: Path) -> str:
    """A 4000x4000 screenshot-like PNG: a sample scaled to 4000 wide (a high-DPI capture), tiled down."""
    from PIL import Image

    with Image.open(source) as image:
        tile = image.convert("RGB")
    tile = tile.resize((MEMORY_SIDE, round(tile.height * MEMORY_SIDE / tile.width)), Image.Resampling.LANCZOS)
    canvas = Image.new("RGB", (MEMORY_SIDE, MEMORY_SIDE), "white")
    for top in range(0, MEMORY_SIDE, tile.height):
        canvas.paste(tile, (0, top))
    canvas.save(target, format="PNG")
    return f"{source.relative_to(SAMPLES)} scaled to {tile.width}x{tile.height}, tiled onto {MEMORY_SIDE}x{MEMORY_SIDE}"


def measure_memory(rows: list[dict[str, str]]) -> dict[str, Any]:
    candidates = [r for r in rows if r.get("presentation") == "desktop"] + rows
    source = next((SAMPLES / r["file"] for r in candidates if (SAMPLES / r["file"]).is_file()), None)
    if source is None:
        return {"error": "no sample image found"}
    # A temporary file for the benchmark only, deleted at once; the child reads it as an upload would.
    with tempfile.TemporaryDirectory(prefix="troubleshoot-bench-") as tmp:
        big = Path(tmp) / "big.png"
        description = make_big_screenshot(source, big)
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--memory-child", str(big)],
            capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=600, check=False,
        )
    if proc.returncode != 0 or not proc.stdout.strip():
        return {"image": description, "error": proc.stderr.strip()[-500:] or f"exit {proc.returncode}"}
    figures: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    figures["image"] = description
    figures["max_mb"] = max(figures["assistant_mb"], figures["tesseract_mb"])
    children = figures.get("tesseract_together_mb") or figures["tesseract_mb"]
    figures["sum_mb"] = round(figures["assistant_mb"] + children, 1)  # upper bound while all run
    return figures


# --------------------------------------------------------------------------- texts, cold start
def read_texts() -> list[str]:
    with (SAMPLES / "texts.csv").open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle) if row["text"].strip()]


def measure_texts(engine: Engine, texts: Sequence[str]) -> dict[str, Any]:
    from troubleshoot.errors import TroubleshootError

    def once(text: str) -> None:
        with contextlib.suppress(TroubleshootError):  # an empty row costs as much as it costs
            engine.diagnose_text(text)

    for text in texts:  # warm-up pass: caches, lazy imports
        once(text)
    timings: list[int] = []
    for _ in range(TEXT_REPEATS):
        for text in texts:
            start = time.perf_counter_ns()
            once(text)
            timings.append(time.perf_counter_ns() - start)
    return {
        "texts": len(texts),
        "calls": len(timings),
        "median_ms": statistics.median(timings) / 1e6,
        "mean_ms": statistics.fmean(timings) / 1e6,
        "max_ms": max(timings) / 1e6,
    }


def measure_cold_start(text: str) -> dict[str, Any]:
    python = VENV_BIN / "python" if (VENV_BIN / "python").exists() else Path(sys.executable)
    script = VENV_BIN / "troubleshoot"
    if script.exists():
        command, shown = [str(script)], str(script.relative_to(ROOT))
    else:
        command, shown = [str(python), "-m", "troubleshoot"], f"{python} -m troubleshoot"
    command += ["diagnose", "--text", text, "--json"]
    baseline = [str(python), "-c", "pass"]

    def timed(cmd: list[str]) -> tuple[float, int]:
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, env=ENV, cwd=ROOT, timeout=300, check=False)
        return time.perf_counter() - start, proc.returncode

    # Bytecode as an install leaves it (`make setup` does the same): with
    # PYTHONDONTWRITEBYTECODE set, every run would compile the package again.
    subprocess.run([str(python), "-m", "compileall", "-q", str(ROOT / "troubleshoot")],
                   capture_output=True, check=False, timeout=300)
    # One untimed run each: "cold" means a new process, not an empty OS file cache.
    timed(command)
    timed(baseline)
    command_s: list[float] = []
    baseline_s: list[float] = []
    codes: set[int] = set()
    for _ in range(COLD_RUNS):  # interleaved, same machine conditions for both
        seconds, code = timed(command)
        command_s.append(seconds)
        codes.add(code)
        baseline_s.append(timed(baseline)[0])
    command_median = statistics.median(command_s)
    baseline_median = statistics.median(baseline_s)
    return {
        "command": f'{shown} diagnose --text "..." --json',
        "text": text,
        "exit_codes": sorted(codes),
        "median_s": command_median,
        "runs_s": command_s,
        "python_pass_median_s": baseline_median,
        "ratio": command_median / baseline_median if baseline_median else None,
    }


# --------------------------------------------------------------------------- report
@dataclass(frozen=True)
class Target:
    name: str
    status: str  # PASS, FAIL or n/a
    value: str


def _at_least(value: float | None, floor: float | None) -> str:
    return "n/a" if value is None or floor is None else "PASS" if value >= floor else "FAIL"


def _at_most(value: float | None, ceiling: float) -> str:
    return "n/a" if value is None else "PASS" if value <= ceiling else "FAIL"


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.1%}"


def evaluate_targets(
    groups: dict[str, GroupSummary], clean: GroupSummary, overall: GroupSummary,
    memory: dict[str, Any] | None, texts: dict[str, Any] | None, cold: dict[str, Any] | None,
) -> list[Target]:
    targets = [
        Target("clean screenshots (desktop+phone) accuracy >= baseline",
               _at_least(clean.assistant_accuracy, clean.baseline_accuracy),
               f"assistant {_pct(clean.assistant_accuracy)} vs baseline {_pct(clean.baseline_accuracy)}"),
        Target(f"clean screenshots time ratio <= {TARGET_CLEAN_TIME_RATIO:.2f}",
               _at_most(clean.time_ratio, TARGET_CLEAN_TIME_RATIO),
               "-" if clean.time_ratio is None else f"{clean.time_ratio:.2f}"),
    ]
    photo = groups["photo"].assistant_accuracy if "photo" in groups else None
    targets.append(Target(f"photo accuracy >= {TARGET_PHOTO_ACCURACY:.0%}",
                          _at_least(photo, TARGET_PHOTO_ACCURACY), _pct(photo)))

    accuracies = {g.name: g.assistant_accuracy for g in groups.values() if g.assistant_accuracy is not None}
    below = {name: acc for name, acc in accuracies.items() if acc < TARGET_GROUP_ACCURACY}
    lowest = min(accuracies.items(), key=lambda item: item[1], default=None)
    if below:
        detail = "below: " + ", ".join(f"{name} {_pct(acc)}" for name, acc in below.items())
    else:
        detail = f"lowest: {lowest[0]} {_pct(lowest[1])}" if lowest else "-"
    targets.append(Target(f"every group accuracy >= {TARGET_GROUP_ACCURACY:.0%}",
                          _at_least(lowest[1] if lowest else None, TARGET_GROUP_ACCURACY), detail))
    targets.append(Target(f"overall accuracy >= {TARGET_OVERALL_ACCURACY:.0%}",
                          _at_least(overall.assistant_accuracy, TARGET_OVERALL_ACCURACY), _pct(overall.assistant_accuracy)))

    text_mean = texts["mean_ms"] if texts else None
    targets.append(Target(
        f"pasted text warm <= {TARGET_TEXT_MS:g} ms (mean)", _at_most(text_mean, TARGET_TEXT_MS),
        f"mean {texts['mean_ms']:.2f} ms, median {texts['median_ms']:.2f} ms" if texts else "-",
    ))
    cold_median = cold["median_s"] if cold else None
    targets.append(Target(
        f"cold start <= {TARGET_COLD_S:g} s (median of {COLD_RUNS})", _at_most(cold_median, TARGET_COLD_S),
        f"{cold['median_s']:.2f} s; python -c pass {cold['python_pass_median_s']:.3f} s; ratio {cold['ratio']:.0f}x"
        if cold and cold["ratio"] else "-",
    ))
    peak = memory.get("max_mb") if memory else None
    targets.append(Target(
        f"peak memory <= {TARGET_MEMORY_MB:g} MB (one {MEMORY_SIDE}x{MEMORY_SIDE} image)", _at_most(peak, TARGET_MEMORY_MB),
        f"max {peak:.0f} MB (assistant {memory['assistant_mb']:.0f}, tesseract {memory['tesseract_mb']:.0f})"
        if memory and peak is not None else str((memory or {}).get("error", "-"))[:80],
    ))
    return targets


def _ms(x: float | None) -> str:
    return "-" if x is None else f"{x:,.0f}"


def print_report(
    summaries: list[GroupSummary], results: list[ImageResult], missing: list[str],
    memory: dict[str, Any] | None, texts: dict[str, Any] | None, cold: dict[str, Any] | None, targets: list[Target],
    out: Callable[[str], None] = print,
) -> None:
    out(f"Images: {len(results)} run, {len(missing)} listed but missing; 1 worker, OMP_THREAD_LIMIT=1")
    out("Baseline: tesseract IMAGE - -l fra, text given to Engine().diagnose_text")
    out("")
    out(f"{'group':<12}{'n':>4}{'assistant':>11}{'baseline':>10}{'asst ms':>10}{'base ms':>10}{'ratio':>7}")
    for s in summaries:
        if s.name == "clean (d+p)" or s.name == "overall":
            out("-" * 64)
        ratio = "-" if s.time_ratio is None else f"{s.time_ratio:.2f}"
        out(f"{s.name:<12}{s.n:>4}{_pct(s.assistant_accuracy):>11}{_pct(s.baseline_accuracy):>10}"
            f"{_ms(s.assistant_median_ms):>10}{_ms(s.baseline_median_ms):>10}{ratio:>7}")
    out("(accuracy = situation right; ms = median wall time per image; ratio = assistant / baseline)")
    translated = [r for r in results if r.group == "translated"]
    if translated:
        langs = sorted({r.lang for r in translated})
        parts = []
        for lang in langs:
            mine = [r for r in translated if r.lang == lang]
            right = sum(r.assistant == r.expected for r in mine)
            base = sum(r.baseline == r.expected for r in mine)
            parts.append(f"{lang or '?'} {right}/{len(mine)} (baseline {base}/{len(mine)})")
        out("translated, by page language: " + ", ".join(parts))
    misses = [r for r in results if r.assistant != r.expected]
    if misses:
        out("")
        out("Assistant misses:")
        for r in misses:
            out(f"  {r.file} ({r.group}): expected {r.expected}, got {r.assistant} (baseline {r.baseline})")
    out("")
    if memory is not None:
        if "max_mb" in memory:
            out(f"Peak memory, one image ({memory['image']}): assistant process {memory['assistant_mb']:.0f} MB "
                f"(after Engine load {memory['engine_loaded_mb']:.0f} MB), largest tesseract child {memory['tesseract_mb']:.0f} MB, "
                f"children at once {memory.get('tesseract_together_mb') or 0:.0f} MB "
                f"(VmHWM polled; RUSAGE_CHILDREN says {memory['tesseract_rusage_children_mb']:.0f} MB, vfork artefact), "
                f"max {memory['max_mb']:.0f} MB, both at once <= {memory['sum_mb']:.0f} MB; "
                f"{memory['seconds']:.1f} s, read as {memory['situation']}")
        else:
            out(f"Peak memory: could not measure ({memory.get('error', '?')})")
    if texts is not None:
        out(f"Pasted text, warm: {texts['calls']} calls over {texts['texts']} texts: median {texts['median_ms']:.2f} ms, "
            f"mean {texts['mean_ms']:.2f} ms, max {texts['max_ms']:.1f} ms")
    if cold is not None:
        runs = ", ".join(f"{s:.2f}" for s in cold["runs_s"])
        out(f"Cold start: {cold['command']}: median {cold['median_s']:.2f} s ({runs}; exit {cold['exit_codes']}); "
            f"python -c pass {cold['python_pass_median_s']:.3f} s; ratio {cold['ratio']:.0f}x")
    out("")
    out("Targets:")
    for t in targets:
        out(f"  {t.status:<5} {t.name:<58} {t.value}")


# --------------------------------------------------------------------------- main
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Benchmark the assistant against plain Tesseract (see benchmarks/README.md).")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON to PATH")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N images of each group (quick check)")
    parser.add_argument("--groups", nargs="+", metavar="GROUP", help=f"presentation groups to run (default all: {' '.join(GROUP_ORDER)})")
    parser.add_argument("--memory-child", metavar="IMAGE", help=argparse.SUPPRESS)  # internal: the fresh process
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sys.path.insert(0, str(ROOT))  # run from a checkout even if the package is not installed
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    if args.limit is not None and args.limit < 1:
        _parser().error("--limit must be at least 1")
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        print("benchmark: tesseract is not on the PATH (make setup installs it)", file=sys.stderr)
        return 3

    rows = read_labels()
    known = list(GROUP_ORDER) + sorted({r.get("presentation", "") or "unknown" for r in rows} - set(GROUP_ORDER))
    wanted = [g for part in args.groups for g in part.split(",") if g] if args.groups else known
    unknown = [g for g in wanted if g not in known]
    if unknown:
        _parser().error(f"unknown group(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    groups = [g for g in known if g in wanted]

    from troubleshoot.engine import Engine

    engine = Engine()  # shared, loaded once, as the app and the command line do
    print(f"benchmark: {len(groups)} group(s), OCR on each image twice (assistant, baseline)...", file=sys.stderr)
    results, missing = run_images(engine, tesseract, select_rows(rows, groups, args.limit))
    group_summaries = {g: summarize(g, [r for r in results if r.group == g]) for g in groups}
    clean = summarize("clean (d+p)", [r for r in results if r.group in CLEAN_GROUPS])
    overall = summarize("overall", results)

    print("benchmark: peak memory on a 4000x4000 image...", file=sys.stderr)
    memory = measure_memory(rows)
    print("benchmark: pasted texts, warm...", file=sys.stderr)
    texts = read_texts()
    text_figures = measure_texts(engine, texts) if texts else None
    print("benchmark: cold start...", file=sys.stderr)
    cold = measure_cold_start(texts[0]) if texts else None

    targets = evaluate_targets(group_summaries, clean, overall, memory, text_figures, cold)
    summaries = [*group_summaries.values(), clean, overall]
    print_report(summaries, results, missing, memory, text_figures, cold, targets)

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "config": {"groups": groups, "limit": args.limit, "workers": 1, "omp_thread_limit": 1,
                       "text_repeats": TEXT_REPEATS, "cold_runs": COLD_RUNS},
            "groups": [asdict(s) for s in summaries],
            "images": [asdict(r) for r in results],
            "missing": missing,
            "memory": memory,
            "texts": text_figures,
            "cold_start": cold,
            "targets": [asdict(t) for t in targets],
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"benchmark: figures written to {args.json}", file=sys.stderr)
    return 0  # a missed target is reported, not a failure


if __name__ == "__main__":
    raise SystemExit(main())
