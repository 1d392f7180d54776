"""Many people at once: N users upload different screenshots to one app server.

Run from the repository root:
    .venv/bin/python benchmarks/load.py --users 8            # starts the app on loopback
    .venv/bin/python benchmarks/load.py --users 8 --client ws  # users over Streamlit's websocket, no browser
    .venv/bin/python benchmarks/load.py --users 2 --slots 1  # a queue: the second user waits
    .venv/bin/python benchmarks/load.py --url http://127.0.0.1:8501 --pid PID  # a running app

Each user is a separate Chromium context (Debian's /usr/bin/chromium, never a
downloaded browser) that opens the page, or with ``--client ws`` a session
over Streamlit's own websocket protocol (``ws_user.py``: no browser, so the
users do not take the server's cores); then all upload their screenshot at
the same moment. For each user it records the wait (upload sent → the answer
and the CCC message on the page), the situation the page names against
``samples/labels.csv``, whether the page said they were queued (and their
place), and any error shown. The server's peak resident memory comes from
/proc (its own high-water mark, and the peak of the server with its Tesseract
children, sampled every 0.1 s). A table is printed; ``--json`` writes the
figures. The exit status is 1 when any user got a wrong answer or none.

A first upload warms the server up (the engine and the image code load on the
first one) and is not counted; ``--no-warmup`` counts the cold start too.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the package of this checkout, for the page's strings

from ws_user import WsUser  # noqa: E402  (benchmarks/, beside this script)

from troubleshoot.i18n import Translator  # noqa: E402
from troubleshoot.slots import slot_count  # noqa: E402

LABELS = ROOT / "samples" / "labels.csv"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
PRESENTATIONS = ("desktop", "phone")  # plain screenshots: the load test checks serving, not hard photos
# The last part of the answer the page draws: the CCC's message, or the préfecture's for a
# question on the progress of a file (which has no CCC message).
ANSWER = ".st-key-ccc_fr [data-testid='stCode'], .st-key-prefecture_fr [data-testid='stCode']"
SITUATION = "[class*='st-key-situation_']"
# Every 100 ms, each page notes the reading box's label when it changed (the queue's place shows there).
WATCH_SCRIPT = """
window.__labels = [];
setInterval(() => {
  const box = document.querySelector('.st-key-reading');
  const text = box ? box.innerText.trim() : '';
  if (text && window.__labels[window.__labels.length - 1] !== text) window.__labels.push(text);
}, 100);
"""


@dataclass
class UserResult:
    user: int
    image: str
    expected: str
    got: str | None = None
    seconds: float | None = None
    queued: bool = False
    first_place: int | None = None
    first_estimate_s: int | None = None
    last_estimate_s: int | None = None  # the last one shown before their reading began (it is updated as readings end)
    last_estimate_after_s: float | None = None  # seconds after the upload that last estimate was shown (ws client)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.got == self.expected


@dataclass
class Run:
    users: int
    slots: str
    results: list[UserResult]
    server_peak_rss_mb: float | None
    tree_peak_rss_mb: float | None
    wall_s: float
    cpu_server_s: float | None = None  # per screenshot, the server's Python (all its threads)
    cpu_tesseract_s: float | None = None  # per screenshot, its Tesseract children
    median_s: float | None = field(default=None)
    slowest_s: float | None = field(default=None)
    client: str = "browser"

    def __post_init__(self) -> None:
        times = [r.seconds for r in self.results if r.seconds is not None]
        self.median_s = round(statistics.median(times), 2) if times else None
        self.slowest_s = round(max(times), 2) if times else None

    @property
    def all_ok(self) -> bool:
        return all(r.ok for r in self.results)


# ----------------------------------------------------------------------------- inputs
def pick_images(count: int, offset: int = 0, labels: Path = LABELS) -> list[tuple[Path, str]]:
    """``count`` different screenshots, taking the situations in turn (desktop and phone, recognised ones)."""
    with labels.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["presentation"] in PRESENTATIONS and r["situation"] != "unknown"]
    by_situation: dict[str, list[dict[str, str]]] = {}
    for row in sorted(rows, key=lambda r: r["file"]):
        by_situation.setdefault(row["situation"], []).append(row)
    ordered: list[dict[str, str]] = []
    while any(by_situation.values()):
        for queue in by_situation.values():
            if queue:
                ordered.append(queue.pop(0))
    if count + offset > len(ordered):
        raise SystemExit(f"only {len(ordered)} screenshots to choose from")
    return [(ROOT / "samples" / r["file"], r["situation"]) for r in ordered[offset:offset + count]]


def label_of(path: Path, labels: Path = LABELS) -> str:
    with labels.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if (ROOT / "samples" / row["file"]).resolve() == path.resolve():
                return row["situation"]
    raise SystemExit(f"{path} is not in {labels}")


def waiting_pattern(lang: str) -> re.Pattern[str]:
    """The page's 'you are number N in the queue' sentence, from the app's own strings."""
    template = Translator(lang)("waiting_slot")
    parts = re.split(r"(\{place\}|\{seconds\})", template)
    return re.compile("".join(r"(?P<place>\d+)" if p == "{place}" else r"(?P<seconds>\d+)" if p == "{seconds}"
                              else re.escape(p) for p in parts))


# ----------------------------------------------------------------------------- the server
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(slots: int | None, profile: Path | None = None) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    if slots is not None:
        env["TROUBLESHOOT_OCR_SLOTS"] = str(slots)
    streamlit = ["run", "streamlit_app.py", "--server.port", str(port), "--server.address", "127.0.0.1",
                 "--server.headless", "true"]
    command = ([sys.executable, str(ROOT / "benchmarks" / "profile_server.py"), str(profile.resolve()), "--", *streamlit]
               if profile is not None else [sys.executable, "-m", "streamlit", *streamlit])
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return server, url
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise SystemExit("the Streamlit server did not start")
        time.sleep(0.3)


def stop_server(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()


def _status_kb(pid: int, field_name: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in task.read_text().split()]
    return found


def cpu_seconds(pid: int | None) -> tuple[float, float] | None:
    """CPU time used so far by the server's own threads, and by its children it waited for (Tesseract)."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    tick = os.sysconf("SC_CLK_TCK")
    utime, stime, cutime, cstime = (int(v) for v in fields[11:15])
    return (utime + stime) / tick, (cutime + cstime) / tick


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


class MemoryWatch:
    """The peak resident memory of the server plus its children (Tesseract runs), sampled."""

    def __init__(self, pid: int | None) -> None:
        self.pid = pid
        self.tree_peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> MemoryWatch:
        if self.pid is not None:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _sample(self) -> None:
        assert self.pid is not None
        while not self._stop.wait(0.1):
            # Only children that are Tesseract already: a child between fork and exec
            # still shows the server's whole memory as its own.
            pids = [self.pid, *(c for c in _children(self.pid) if _comm(c) == "tesseract")]
            total = sum(_status_kb(p, "VmRSS") or 0 for p in pids)
            self.tree_peak_kb = max(self.tree_peak_kb, total)

    def server_peak_kb(self) -> int | None:
        return _status_kb(self.pid, "VmHWM") if self.pid is not None else None  # the kernel's own high-water mark


# ----------------------------------------------------------------------------- the users
async def _start_profile(profiled: bool, pid: int | None) -> None:
    """Start the server's profile once the warm-up is over (profile_server.py)."""
    if profiled and pid is not None:
        await asyncio.sleep(3)  # the warm-up session's script thread ends (its figures are then in)
        os.kill(pid, signal.SIGUSR1)
        await asyncio.sleep(0.5)


async def _open(browser: object, url: str, lang: str) -> tuple[object, object]:
    context = await browser.new_context(locale="fr-FR", timezone_id="Europe/Paris",  # type: ignore[attr-defined]
                                        viewport={"width": 1280, "height": 900})
    await context.add_init_script(WATCH_SCRIPT)
    page = await context.new_page()
    page.set_default_timeout(120_000)
    await page.goto(f"{url}/?lang={lang}")
    await page.locator('[data-testid="stFileUploaderDropzoneInput"]').wait_for(state="attached")
    return context, page


async def _one_user(page: object, result: UserResult, image: Path, start: asyncio.Event, timeout_s: float,
                    pattern: re.Pattern[str]) -> None:
    await start.wait()
    began = time.monotonic()
    try:
        await page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(image))  # type: ignore[attr-defined]
        await page.locator(ANSWER).wait_for(timeout=timeout_s * 1000)  # type: ignore[attr-defined]
        result.seconds = round(time.monotonic() - began, 2)
        marker = await page.locator(SITUATION).first.get_attribute("class")  # type: ignore[attr-defined]
        found = re.search(r"st-key-situation_(\S+)", marker or "")
        result.got = found.group(1) if found else None
        if await page.locator('[data-testid="stException"]').count():  # type: ignore[attr-defined]
            result.error = "a traceback was shown"
    except Exception as exc:  # a user who got no answer is a result, not a crash of the benchmark
        result.error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    try:
        labels = await page.evaluate("window.__labels || []")  # type: ignore[attr-defined]
    except Exception:
        labels = []
    _queue_note(result, labels, pattern)


async def drive(url: str, images: list[tuple[Path, str]], lang: str, timeout_s: float,
                warmup: tuple[Path, str] | None, pid: int | None = None, profiled: bool = False,
                ) -> tuple[list[UserResult], float, tuple[float, float] | None]:
    from playwright.async_api import async_playwright

    if not CHROMIUM.exists():
        raise SystemExit("Chromium is needed at /usr/bin/chromium (apt-get install chromium)")
    pattern = waiting_pattern(lang)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            if warmup is not None:
                context, page = await _open(browser, url, lang)
                ready = asyncio.Event()
                ready.set()
                await _one_user(page, UserResult(0, warmup[0].name, warmup[1]), warmup[0], ready, timeout_s, pattern)
                await context.close()
                await _start_profile(profiled, pid)
            opened = [await _open(browser, url, lang) for _ in images]  # one after the other: only the uploads race
            results = [UserResult(i, path.name, situation) for i, (path, situation) in enumerate(images, start=1)]
            start = asyncio.Event()
            tasks = [asyncio.create_task(_one_user(page, result, path, start, timeout_s, pattern))
                     for (_, page), result, (path, _) in zip(opened, results, images, strict=True)]
            cpu_before = cpu_seconds(pid)
            began = time.monotonic()
            start.set()  # everyone uploads at the same moment
            await asyncio.gather(*tasks)
            wall = time.monotonic() - began
            cpu_after = cpu_seconds(pid)
            cpu = None
            if cpu_before and cpu_after:
                cpu = (cpu_after[0] - cpu_before[0], cpu_after[1] - cpu_before[1])
            for context, _ in opened:
                await context.close()
        finally:
            await browser.close()
    return results, wall, cpu


def _queue_note(result: UserResult, labels: list[str], pattern: re.Pattern[str]) -> None:
    """The first and the last 'you are number N in the queue' labels among ``labels``, into ``result``."""
    for text in labels:
        match = pattern.search(text)
        if match and not result.queued:
            result.queued = True
            result.first_place = int(match["place"])
            result.first_estimate_s = int(match["seconds"])
        if match:
            result.last_estimate_s = int(match["seconds"])


async def _ws_one_user(user: WsUser, result: UserResult, image: Path, start: asyncio.Event, timeout_s: float,
                       pattern: re.Pattern[str]) -> None:
    """As ``_one_user``, through Streamlit's protocol: upload sent → the CCC message's code block received."""
    await start.wait()
    began = time.monotonic()
    try:
        seen = await user.upload(image, began + timeout_s)
        _queue_note(result, seen.labels, pattern)
        waits = [at for text, at in zip(seen.labels, seen.label_times, strict=True) if pattern.search(text)]
        if waits:
            result.last_estimate_after_s = round(waits[-1] - began, 2)
        result.got = seen.situation
        if seen.answered_at is None:
            result.error = f"no answer on the page (run {seen.finished})"
        else:
            result.seconds = round(seen.answered_at - began, 2)
        if seen.traceback:
            result.error = "a traceback was shown"
    except Exception as exc:  # a user who got no answer is a result, not a crash of the benchmark
        result.error = f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:120]}"


async def drive_ws(url: str, images: list[tuple[Path, str]], lang: str, timeout_s: float,
                   warmup: tuple[Path, str] | None, pid: int | None = None, profiled: bool = False,
                   ) -> tuple[list[UserResult], float, tuple[float, float] | None]:
    """As ``drive``, with each user a websocket session (``ws_user.WsUser``) instead of a Chromium context."""
    pattern = waiting_pattern(lang)
    if warmup is not None:
        user = WsUser(url, lang)
        await user.open()
        ready = asyncio.Event()
        ready.set()
        await _ws_one_user(user, UserResult(0, warmup[0].name, warmup[1]), warmup[0], ready, timeout_s, pattern)
        await user.close()
        await _start_profile(profiled, pid)
    users = [WsUser(url, lang) for _ in images]
    for user in users:  # one after the other: only the uploads race
        await user.open()
    results = [UserResult(i, path.name, situation) for i, (path, situation) in enumerate(images, start=1)]
    start = asyncio.Event()
    tasks = [asyncio.create_task(_ws_one_user(user, result, path, start, timeout_s, pattern))
             for user, result, (path, _) in zip(users, results, images, strict=True)]
    cpu_before = cpu_seconds(pid)
    began = time.monotonic()
    start.set()  # everyone uploads at the same moment
    await asyncio.gather(*tasks)
    wall = time.monotonic() - began
    for user in users:
        await user.close()  # the pictures the pages showed are fetched by now, as a browser's would be
    cpu_after = cpu_seconds(pid)
    cpu = None
    if cpu_before and cpu_after:
        cpu = (cpu_after[0] - cpu_before[0], cpu_after[1] - cpu_before[1])
    return results, wall, cpu


async def _queued_place(page: object, pattern: re.Pattern[str], timeout_s: float) -> int:
    """Wait until the page says its place in the queue; return that place."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for text in await page.evaluate("window.__labels || []"):  # type: ignore[attr-defined]
            match = pattern.search(text)
            if match:
                return int(match["place"])
        await asyncio.sleep(0.1)
    raise TimeoutError("the page never said it was waiting")


async def drive_leave(url: str, images: list[tuple[Path, str]], lang: str, timeout_s: float) -> dict[str, object]:
    """One slot (start the server with --slots 1): the first user reads, the second queues then
    closes their tab, the third comes after. The second's place must go: the third is never
    told a place behind them, and gets an answer (a ticket left behind would hold the slot)."""
    from playwright.async_api import async_playwright

    pattern = waiting_pattern(lang)
    first, second, third = images[:3]
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            opened = [await _open(browser, url, lang) for _ in range(3)]
            results = [UserResult(i, path.name, situation) for i, (path, situation) in enumerate((first, second, third), 1)]
            go = asyncio.Event()
            go.set()
            reading = asyncio.create_task(_one_user(opened[0][1], results[0], first[0], go, timeout_s, pattern))
            await asyncio.sleep(0.5)
            leaver = opened[1][1]
            await leaver.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(second[0]))  # type: ignore[attr-defined]
            left_at_place = await _queued_place(leaver, pattern, timeout_s)
            await opened[1][0].close()  # the tab is closed while waiting
            await asyncio.sleep(2.0)  # the server notices and the waiting script stops at its next update
            await _one_user(opened[2][1], results[2], third[0], go, timeout_s, pattern)
            await reading
            for context, _ in (opened[0], opened[2]):
                await context.close()
        finally:
            await browser.close()
    places = [r.first_place for r in (results[0], results[2]) if r.first_place is not None]
    return {"left_at_place": left_at_place, "results": [asdict(r) | {"ok": r.ok} for r in (results[0], results[2])],
            "all_ok": results[0].ok and results[2].ok and all(p <= left_at_place for p in places)}


# ----------------------------------------------------------------------------- report
def table(run: Run) -> str:
    lines = [f"{'user':>4}  {'image':<10} {'expected':<17} {'page says':<17} {'ok':<3} {'queued (place, est.)':<21} {'wait s':>7}"]
    for r in run.results:
        queued = f"yes ({r.first_place}, ~{r.first_estimate_s} s)" if r.queued else "no"
        seconds = f"{r.seconds:.2f}" if r.seconds is not None else "-"
        lines.append(f"{r.user:>4}  {r.image:<10} {r.expected:<17} {str(r.got):<17} {'yes' if r.ok else 'NO':<3} "
                     f"{queued:<21} {seconds:>7}" + (f"  {r.error}" if r.error else ""))

    def mb(value: float | None) -> str:
        return f"{value:.0f} MB" if value is not None else "n/a"

    lines.append(f"users {run.users} ({run.client}), slots {run.slots}: median {run.median_s} s, slowest {run.slowest_s} s, "
                 f"all right: {'yes' if run.all_ok else 'NO'}; peak RSS server {mb(run.server_peak_rss_mb)}, "
                 f"server + Tesseract {mb(run.tree_peak_rss_mb)}; wall {run.wall_s:.1f} s")
    if run.cpu_server_s is not None:
        lines.append(f"CPU per screenshot: server {run.cpu_server_s:.2f} s + Tesseract {run.cpu_tesseract_s:.2f} s")
    return "\n".join(lines)


# Where the server's Python spends its CPU, by part of the work on one screenshot:
# (label, file the function is in, function name); cumulative, so parts nest.
PHASES = (
    ("the page's script, whole", "streamlit_app.py", "<module>"),
    ("  diagnose_image (reading + rules)", "troubleshoot/engine.py", "diagnose_image"),
    ("    decode the upload", "troubleshoot/reading/strategy.py", "load"),
    ("    first and second readings", "troubleshoot/reading/strategy.py", "read"),
    ("      preparation (prepare_for_ocr)", "troubleshoot/reading/images.py", "prepare_for_ocr"),
    ("      the frame's bars (frame.sheet)", "troubleshoot/reading/frame.py", "sheet"),
    ("      band cuts (images.band_cuts)", "troubleshoot/reading/images.py", "band_cuts"),
    ("    edges read again (read_edges)", "troubleshoot/reading/strategy.py", "read_edges"),
    ("    Tesseract calls, Python side (ocr._run)", "troubleshoot/reading/ocr.py", "_run"),
    ("    rules on the text (_diagnose_reading)", "troubleshoot/engine.py", "_diagnose_reading"),
    ("  redaction for the page (webapp.private)", "troubleshoot/webapp.py", "private"),
    ("  evidence drawing (annotate)", "troubleshoot/answering/annotate.py", "annotate"),
    ("  copy to attach (with_caption)", "troubleshoot/answering/caption.py", "with_caption"),
    ("  PNG encoding of that copy (png_bytes)", "troubleshoot/answering/caption.py", "png_bytes"),
    ("  st.image encoding (image_to_url)", "streamlit/elements/lib/image_utils.py", "image_to_url"),
)


def profile_summary(path: Path, screenshots: int) -> str:
    import pstats

    stats = pstats.Stats(str(path))
    rows: dict[str, tuple[int, float]] = {}
    for (file, _line, name), (_cc, calls, _tt, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for label, suffix, function in PHASES:
            if name == function and file.endswith(suffix):
                n, seconds = rows.get(label, (0, 0.0))
                rows[label] = (n + calls, seconds + cumulative)
    total = sum(own for (_, _, own, _, _) in stats.stats.values())  # type: ignore[attr-defined]
    lines = [f"server CPU by part (cProfile, thread CPU time), per screenshot over {screenshots}:",
             f"{'all profiled threads':<48} {total / screenshots:6.2f} s"]
    for label, _, _ in PHASES:
        calls, seconds = rows.get(label, (0, 0.0))
        lines.append(f"{label:<48} {seconds / screenshots:6.2f} s  ({calls} calls)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=4, help="simultaneous users (default 4)")
    parser.add_argument("--slots", type=int, help="TROUBLESHOOT_OCR_SLOTS for the server started here (default: cores)")
    parser.add_argument("--url", help="use this running app instead of starting one")
    parser.add_argument("--pid", type=int, help="with --url: the server's process id, for its memory")
    parser.add_argument("--images", nargs="+", type=Path, help="screenshots to upload, one per user (from samples/)")
    parser.add_argument("--labels", type=Path, default=LABELS, help="the expected situations (default samples/labels.csv)")
    parser.add_argument("--lang", default="fr", help="the page's language (default fr)")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds a user waits for an answer")
    parser.add_argument("--no-warmup", action="store_true", help="count the server's cold start too")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--client", choices=("browser", "ws"), default="browser",
                        help="browser: a Chromium context per user (default); ws: Streamlit's websocket protocol, "
                        "no browser (lighter: the users take little of the server's cores)")
    parser.add_argument("--leave", action="store_true", help="instead: three users on one slot, the second closes "
                        "their tab while queued (checks that their place goes to the next)")
    parser.add_argument("--profile", type=Path, help="run the server under cProfile (every thread) and write its "
                        "statistics here, with a summary by part of the work (slower: compare runs with it only)")
    args = parser.parse_args(argv)
    if args.users < 1:
        parser.error("--users must be at least 1")

    if args.images:
        if len(args.images) < args.users:
            parser.error("give one image per user")
        images = [(p, label_of(p, args.labels)) for p in args.images[:args.users]]
        warmup = None if args.no_warmup else pick_images(1, labels=args.labels)[0]
    else:
        chosen = pick_images(args.users + 1, labels=args.labels)
        warmup, images = (None, chosen[1:]) if args.no_warmup else (chosen[0], chosen[1:])

    if args.leave:
        server, url = start_server(1)
        try:
            outcome = asyncio.run(drive_leave(url, pick_images(3), args.lang, args.timeout))
        finally:
            stop_server(server)
        print(json.dumps(outcome, indent=2))
        if args.json:
            args.json.write_text(json.dumps(outcome, indent=2), encoding="utf-8")
        return 0 if outcome["all_ok"] else 1

    server = None
    if args.url:
        url, pid = args.url.rstrip("/"), args.pid
    else:
        server, url = start_server(args.slots, args.profile)
        pid = server.pid
    try:
        with MemoryWatch(pid) as memory:
            driver = drive_ws if args.client == "ws" else drive
            results, wall, cpu = asyncio.run(driver(url, images, args.lang, args.timeout, warmup, pid,
                                                    profiled=server is not None and args.profile is not None))
            server_peak = memory.server_peak_kb()
        run = Run(args.users, str(args.slots) if args.slots else ("server's" if args.url else f"{slot_count()} (default)"),
                  results, round(server_peak / 1024, 1) if server_peak else None,
                  round(memory.tree_peak_kb / 1024, 1) if memory.tree_peak_kb else None, round(wall, 2),
                  round(cpu[0] / args.users, 2) if cpu else None, round(cpu[1] / args.users, 2) if cpu else None,
                  client=args.client)
    finally:
        if server is not None:
            stop_server(server)
    print(table(run))
    if args.profile and server is not None and args.profile.exists():
        print(profile_summary(args.profile, args.users))  # the warm-up is left out (SIGUSR1)
    if args.json:
        payload = {**{k: v for k, v in asdict(run).items() if k != "results"}, "all_ok": run.all_ok,
                   "results": [{**asdict(r), "ok": r.ok} for r in run.results]}
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0 if run.all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
