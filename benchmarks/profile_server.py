"""The app server under cProfile, every thread, in CPU time: where the server's Python spends it.

Started by ``benchmarks/load.py --profile FILE`` (or by hand:
``.venv/bin/python benchmarks/profile_server.py FILE -- run streamlit_app.py ...``).
Each thread (the sessions' script threads, the OCR band workers, the event loop)
is profiled with its own CPU clock (``time.thread_time``), so time spent waiting
for Tesseract or for a slot counts nothing. Threads that outlive the server's
stop (the web server's worker pool) are left out: a thread's clock can only be
read by itself. SIGUSR1 forgets what was measured so far (load.py sends it
after its warm-up, so start-up and first loads are left out). The merged statistics are written to FILE when the server stops
(SIGTERM: Streamlit stops, then they are written). They hold function names and timings only, never an
upload or a text.
"""

from __future__ import annotations

import cProfile
import pstats
import signal
import sys
import threading
import time
from pathlib import Path

_lock = threading.Lock()
_profiles: list[cProfile.Profile] = []


def _profiled_run(run):  # type: ignore[no-untyped-def]
    def wrapper(self):  # type: ignore[no-untyped-def]
        profile = cProfile.Profile(timer=time.thread_time)
        profile.enable()
        try:
            return run(self)
        finally:
            profile.disable()
            with _lock:  # only a finished thread's figures: another thread cannot stop its clock
                _profiles.append(profile)

    return wrapper


def _dump(out: Path) -> None:
    with _lock:
        profiles = list(_profiles)
    stats = None
    for profile in profiles:
        try:
            stats = pstats.Stats(profile) if stats is None else stats.add(profile)
        except TypeError:  # a thread that never ran profiled code
            continue
    if stats is not None:
        stats.dump_stats(str(out))


def main() -> None:
    out = Path(sys.argv[1])
    streamlit_args = sys.argv[sys.argv.index("--") + 1:]
    threading.Thread.run = _profiled_run(threading.Thread.run)  # type: ignore[method-assign]
    from streamlit.web import cli

    sys.argv = ["streamlit", *streamlit_args]
    main_thread = cProfile.Profile(timer=time.thread_time)  # the event loop: websocket and media traffic

    def restart(_signum: int, _frame: object) -> None:
        """SIGUSR1 (load.py, after its warm-up): forget what was measured so far (start-up, first loads)."""
        nonlocal main_thread
        main_thread.disable()  # signal handlers run on the main thread: its own clock
        main_thread = cProfile.Profile(timer=time.thread_time)
        with _lock:
            _profiles.clear()
        main_thread.enable()

    signal.signal(signal.SIGUSR1, restart)
    main_thread.enable()
    try:  # Streamlit's own SIGTERM handler stops the server; the statistics are written after
        cli.main(standalone_mode=False)
    finally:
        main_thread.disable()
        with _lock:
            _profiles.append(main_thread)
        _dump(out)


if __name__ == "__main__":
    main()
