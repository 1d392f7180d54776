"""Reading slots shared by every user of one server: a fair queue in front of the OCR.

One screenshot costs seconds of CPU (Tesseract and the preparation around it).
When many people send one at once, letting every reading start at the same time
shares the cores among all of them: everyone waits about as long as the last
one. A few slots read in turn instead, first come first served, so the first
people get their answer soon and the others know their place in the queue and
about how long it will take. A reading already spreads its page over
``reading.MAX_BANDS`` cores (one Tesseract per band), so by default there are
as many slots as such groups of cores: one on a 2-core machine, four on 8.

The gate knows nothing of Streamlit: ``wait_for_slot`` calls back while a person
waits, and the page shows their place from there. In the app that callback
updates the page, which is where Streamlit stops a script whose user closed the
tab or changed their input: the person's ticket then leaves the queue (see
``streamlit_app.py``). A reading already running is finished, then its slot is
freed.

Settings (environment of the server process):
- ``TROUBLESHOOT_OCR_SLOTS``: readings at once (default: the CPU cores over a page's bands);
- ``TROUBLESHOOT_OCR_WAIT``: seconds a person may wait for a slot before being
  told the server is busy (default 180).
"""

from __future__ import annotations

import itertools
import math
import os
import statistics
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .errors import ServerBusyError

SLOTS_ENV = "TROUBLESHOOT_OCR_SLOTS"
WAIT_ENV = "TROUBLESHOOT_OCR_WAIT"
DEFAULT_WAIT_S = 180.0
FIRST_GUESS_S = 3.0  # a reading's duration before any was measured here (one screenshot on one core)
RECENT = 20  # the last readings the estimate takes the median of


def slot_count(environ: dict[str, str] | None = None) -> int:
    """Readings at once: ``TROUBLESHOOT_OCR_SLOTS`` when it is a positive whole number, else
    the cores over the bands one reading uses at once (measured on 2 cores with 8 users,
    one slot gave a shorter median and slowest wait than two or eight: README)."""
    value = (os.environ if environ is None else environ).get(SLOTS_ENV, "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    from .reading.strategy import MAX_BANDS  # the page's own parallelism (reading.py reads min(cores, MAX_BANDS) bands)

    cores = max(1, os.cpu_count() or 1)
    return max(1, cores // max(1, min(cores, MAX_BANDS)))


def wait_limit(environ: dict[str, str] | None = None) -> float:
    """Seconds one may wait for a slot: ``TROUBLESHOOT_OCR_WAIT`` when it is a positive number."""
    value = (os.environ if environ is None else environ).get(WAIT_ENV, "").strip()
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_WAIT_S
    return seconds if seconds > 0 and math.isfinite(seconds) else DEFAULT_WAIT_S


@dataclass(eq=False)
class Ticket:
    """One person's place: waiting in the queue, then holding a slot, then gone."""

    number: int
    admitted: bool = False
    left: bool = False
    started: float = field(default=0.0)  # monotonic time the slot was given


@dataclass(frozen=True)
class Wait:
    """What a waiting person is told: their place (1 = next) and about how many seconds."""

    place: int
    seconds: float


class Gate:
    """``size`` slots, given in arrival order; thread-safe, one per server process."""

    def __init__(self, size: int, *, wait_s: float = DEFAULT_WAIT_S, clock: Callable[[], float] = time.monotonic) -> None:
        if size < 1:
            raise ValueError("a gate needs at least one slot")
        self.size = size
        self.wait_s = wait_s
        self._clock = clock
        self._lock = threading.Condition()
        self._queue: deque[Ticket] = deque()  # waiting, first come first
        self._holding: set[Ticket] = set()
        self._numbers = itertools.count(1)
        self._durations: deque[float] = deque(maxlen=RECENT)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Gate:
        return cls(slot_count(environ), wait_s=wait_limit(environ))

    # -- the queue -------------------------------------------------------------
    def join(self) -> Ticket:
        """Take a ticket: it holds a slot at once when one is free, else it waits its turn."""
        with self._lock:
            ticket = Ticket(next(self._numbers))
            self._queue.append(ticket)
            self._admit()
            return ticket

    def wait(self, ticket: Ticket, timeout: float) -> bool:
        """Block up to ``timeout`` seconds for the ticket's slot; True once it holds one."""
        with self._lock:
            return self._lock.wait_for(lambda: ticket.admitted, timeout=max(0.0, timeout))

    def leave(self, ticket: Ticket) -> None:
        """The ticket's slot, or its place in the queue, goes to the next person (safe to call twice)."""
        with self._lock:
            if ticket.left:
                return
            ticket.left = True
            if ticket in self._holding:
                self._holding.discard(ticket)
                self._durations.append(self._clock() - ticket.started)
            else:
                self._queue.remove(ticket)
            self._admit()

    def _admit(self) -> None:
        while self._queue and len(self._holding) < self.size:
            ticket = self._queue.popleft()
            ticket.admitted = True
            ticket.started = self._clock()
            self._holding.add(ticket)
        self._lock.notify_all()

    # -- what a waiting person is told ------------------------------------------
    def place(self, ticket: Ticket) -> int:
        """0 when the ticket holds a slot, else its place in the queue (1 = next)."""
        with self._lock:
            if ticket.admitted or ticket.left:
                return 0
            return self._queue.index(ticket) + 1

    def typical(self) -> float:
        """Seconds one reading takes here now: the median of the last ``RECENT`` ones (a first guess before any).

        Measured on this server, slot taken → slot freed, so it follows the
        machine's load (the same page took 1.2 s alone and 4 s beside seven
        others on 2 shared cores). A median, not a mean: one odd reading (the
        first, which loads the image code; a huge photo; one that ran into the
        OCR timeout) does not move everyone's estimate.
        """
        with self._lock:
            return statistics.median(self._durations) if self._durations else FIRST_GUESS_S

    def estimate(self, ticket: Ticket) -> Wait:
        """The ticket's place and about how long until its reading is done.

        The slots free up as the readings in them end (each is expected to take
        the typical time, from when it started); the people ahead take the first
        free slots in turn, then this ticket's own reading follows.
        """
        with self._lock:
            place = 0 if ticket.admitted or ticket.left else self._queue.index(ticket) + 1
            typical = self.typical()
            now = self._clock()
            free_at = sorted(self._left(now - ticket_.started, typical) for ticket_ in self._holding)
            free_at += [0.0] * (self.size - len(free_at))
            for _ in range(max(0, place - 1)):  # each person ahead takes the slot that frees first
                free_at[0] += typical
                free_at.sort()
            start = free_at[0] if place else 0.0
            return Wait(place, start + typical)

    def _left(self, elapsed: float, typical: float) -> float:
        """Seconds a reading running for ``elapsed`` still needs (the lock is held).

        Before the typical time, the rest of it. Past it (a slow page, a busy
        machine), "any moment now" was wrong for seconds on end in the load
        test: the readings measured that took longer say how much longer, by
        their median; past every one measured, a tenth of the typical time more
        (about as often as the label is updated).
        """
        if elapsed < typical:
            return typical - elapsed
        longer = [d for d in self._durations if d > elapsed]
        return statistics.median(longer) - elapsed if longer else typical / 10

    @property
    def busy(self) -> int:
        with self._lock:
            return len(self._holding)

    @property
    def waiting(self) -> int:
        with self._lock:
            return len(self._queue)


@contextmanager
def wait_for_slot(gate: Gate, on_wait: Callable[[Wait], None], *, poll_s: float = 0.5,
                  clock: Callable[[], float] = time.monotonic) -> Iterator[None]:
    """Hold one of the gate's slots for the block, telling ``on_wait`` the place while waiting.

    ``on_wait`` is called at once when no slot is free, then every ``poll_s``
    seconds; whatever it raises (Streamlit's stop when the user leaves) gives
    the place up. Waiting longer than the gate's limit raises ``ServerBusyError``.
    The slot is freed when the block ends, however it ends.
    """
    ticket = gate.join()
    try:
        deadline = clock() + gate.wait_s
        while not ticket.admitted:
            on_wait(gate.estimate(ticket))
            if gate.wait(ticket, min(poll_s, deadline - clock())):
                break
            if clock() >= deadline:
                raise ServerBusyError(
                    f"No reading slot was free within {gate.wait_s:g} seconds ({gate.size} slots, "
                    f"{gate.waiting} people waiting)."
                )
        yield
    finally:
        gate.leave(ticket)
