"""The shared reading slots: first come first served, places and estimates, leaving frees the place."""

from __future__ import annotations

import os
import threading
import time

import pytest
from streamlit.runtime.scriptrunner_utils.exceptions import RerunException, StopException

from troubleshoot import slots
from troubleshoot.errors import ServerBusyError
from troubleshoot.reading.strategy import MAX_BANDS


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_size_comes_from_the_environment_else_the_cores_over_a_pages_bands(monkeypatch: pytest.MonkeyPatch) -> None:
    assert slots.slot_count({"TROUBLESHOOT_OCR_SLOTS": "3"}) == 3
    bands = MAX_BANDS  # a page is read in min(cores, MAX_BANDS) bands at once
    for cores in (1, 2, 3, 4, 8, 16):
        monkeypatch.setattr(os, "cpu_count", lambda cores=cores: cores)
        assert slots.slot_count({}) == max(1, cores // min(cores, bands))
    monkeypatch.setattr(os, "cpu_count", lambda: 4 * bands)
    assert slots.slot_count({}) == 4  # a bigger machine reads several pages at once
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    for bad in ("", "0", "-2", "two", "1.5"):
        assert slots.slot_count({"TROUBLESHOOT_OCR_SLOTS": bad}) == 1
    assert slots.wait_limit({"TROUBLESHOOT_OCR_WAIT": "12.5"}) == 12.5
    for bad in ("", "0", "-1", "nan", "inf", "soon"):
        assert slots.wait_limit({"TROUBLESHOOT_OCR_WAIT": bad}) == slots.DEFAULT_WAIT_S
    assert slots.Gate.from_env({"TROUBLESHOOT_OCR_SLOTS": "2"}).size == 2
    with pytest.raises(ValueError):
        slots.Gate(0)


def test_slots_are_given_in_arrival_order_and_freed_by_leaving() -> None:
    gate = slots.Gate(2)
    first, second, third, fourth = (gate.join() for _ in range(4))
    assert [gate.place(t) for t in (first, second, third, fourth)] == [0, 0, 1, 2]
    assert (gate.busy, gate.waiting) == (2, 2)
    gate.leave(second)
    assert gate.place(third) == 0 and gate.place(fourth) == 1
    gate.leave(second)  # twice is harmless: it frees nothing more
    assert (gate.busy, gate.waiting) == (2, 1)


def test_who_leaves_the_queue_gives_up_their_place() -> None:
    gate = slots.Gate(1)
    holder, quitter, patient = gate.join(), gate.join(), gate.join()
    assert gate.place(patient) == 2
    gate.leave(quitter)  # a tab closed while waiting
    assert gate.place(patient) == 1
    gate.leave(holder)
    assert gate.place(patient) == 0 and not quitter.admitted


def test_estimate_counts_the_readings_ahead_from_the_measured_ones() -> None:
    clock = Clock()
    gate = slots.Gate(2, clock=clock)
    assert gate.typical() == slots.FIRST_GUESS_S
    done = gate.join()
    clock.now += 4.0
    gate.leave(done)
    assert gate.typical() == pytest.approx(4.0)
    running = [gate.join(), gate.join()]  # both slots start now
    clock.now += 1.0
    queued = [gate.join() for _ in range(3)]
    waits = [gate.estimate(t) for t in queued]
    assert [w.place for w in waits] == [1, 2, 3]
    # First in line: a slot frees in 3 s, then 4 s of reading; the next one shares the other slot;
    # the third waits for the first one's slot to free again.
    assert [w.seconds for w in waits] == pytest.approx([7.0, 7.0, 11.0])
    assert gate.estimate(running[0]).place == 0


def _read(gate: slots.Gate, clock: Clock, seconds: float) -> None:
    ticket = gate.join()
    clock.now += seconds
    gate.leave(ticket)


def test_the_typical_reading_is_the_median_of_the_recent_measured_ones() -> None:
    clock = Clock()
    gate = slots.Gate(1, clock=clock)
    for seconds in (2.0, 9.0, 3.0):
        _read(gate, clock, seconds)
    assert gate.typical() == pytest.approx(3.0)  # a median: the slow one (the first, cold) counts as one of three
    for seconds in (2.0, 30.0):  # one reading that hit the OCR timeout does not move it much
        _read(gate, clock, seconds)
    assert gate.typical() == pytest.approx(3.0)
    # The machine gets busier: once most recent readings are slower, the estimate follows them...
    for _ in range(slots.RECENT // 2 + 1):
        _read(gate, clock, 5.0)
    assert gate.typical() == pytest.approx(5.0)
    # ...and only the last RECENT count: the early ones are forgotten.
    for _ in range(slots.RECENT):
        _read(gate, clock, 1.5)
    assert gate.typical() == pytest.approx(1.5)


def test_a_reading_past_the_typical_time_is_expected_to_take_as_long_as_the_slow_ones_measured() -> None:
    clock = Clock()
    gate = slots.Gate(1, clock=clock)
    for seconds in (3.0, 3.0, 3.0, 9.0, 11.0):
        _read(gate, clock, seconds)
    holder, waiter = gate.join(), gate.join()
    clock.now += 1.0
    assert gate.estimate(waiter).seconds == pytest.approx(2.0 + 3.0)  # the rest of the typical 3 s, then its own
    clock.now += 4.0  # 5 s in: past the typical time; the two longer ones took 9 and 11 s (median 10)
    assert gate.estimate(waiter).seconds == pytest.approx(5.0 + 3.0)
    clock.now += 7.0  # 12 s in: longer than any measured, it should end very soon
    assert gate.estimate(waiter).seconds == pytest.approx(0.3 + 3.0)
    gate.leave(holder)


def test_time_spent_in_the_queue_is_not_counted_as_reading_time() -> None:
    clock = Clock()
    gate = slots.Gate(1, clock=clock)
    holder, waiter = gate.join(), gate.join()
    clock.now += 1.0
    gate.leave(holder)
    clock.now += 1.0  # the waiter queued 1 s, then read 1 s
    gate.leave(waiter)
    assert gate.typical() == pytest.approx(1.0)


def test_the_estimate_shown_follows_the_measured_readings_not_a_constant() -> None:
    clock = Clock()
    gate = slots.Gate(1, clock=clock)
    for _ in range(3):
        _read(gate, clock, 6.0)  # slow readings here: a busy machine
    holder = gate.join()
    queued = [gate.join() for _ in range(3)]
    # The holder just started (6 s left), two people ahead of the third, then their own 6 s.
    assert [gate.estimate(t).seconds for t in queued] == pytest.approx([12.0, 18.0, 24.0])
    clock.now += 4.0
    assert gate.estimate(queued[0]).seconds == pytest.approx(8.0)
    gate.leave(holder)
    assert gate.typical() == pytest.approx(6.0)


def test_waiting_reports_the_place_then_reads_when_a_slot_frees() -> None:
    gate = slots.Gate(1)
    holder = gate.join()
    seen: list[int] = []
    entered = threading.Event()

    def waiter() -> None:
        with slots.wait_for_slot(gate, lambda wait: seen.append(wait.place), poll_s=0.02):
            entered.set()

    thread = threading.Thread(target=waiter)
    thread.start()
    time.sleep(0.2)
    assert not entered.is_set() and seen and set(seen) == {1}
    gate.leave(holder)
    thread.join(timeout=5)
    assert entered.is_set()
    assert (gate.busy, gate.waiting) == (0, 0)  # the block's end freed the slot


@pytest.mark.parametrize("left", [StopException, RerunException])
def test_a_user_who_leaves_while_waiting_frees_their_place(left: type[BaseException]) -> None:
    """Streamlit stops the script of a closed tab (StopException) and restarts that of a
    changed input (RerunException) at the page's next update: here, the waiting label's."""
    gate = slots.Gate(1)
    holder, before = gate.join(), gate.join()

    def leave(_wait: slots.Wait) -> None:
        raise left() if left is StopException else left(None)

    with pytest.raises(left), slots.wait_for_slot(gate, leave):
        pytest.fail("no slot was free")
    assert gate.waiting == 1 and gate.place(before) == 1
    gate.leave(holder)
    assert gate.place(before) == 0 and gate.busy == 1


def test_a_failing_reading_frees_its_slot() -> None:
    gate = slots.Gate(1)
    with pytest.raises(RuntimeError), slots.wait_for_slot(gate, lambda _w: None):
        raise RuntimeError("tesseract crashed")
    assert (gate.busy, gate.waiting) == (0, 0)


def test_too_long_a_wait_says_the_server_is_busy() -> None:
    gate = slots.Gate(1, wait_s=0.2)
    holder = gate.join()
    started = time.monotonic()
    with pytest.raises(ServerBusyError), slots.wait_for_slot(gate, lambda _w: None, poll_s=0.05):
        pytest.fail("no slot was free")
    assert time.monotonic() - started < 2
    assert gate.waiting == 0 and gate.busy == 1
    gate.leave(holder)


def test_never_more_readings_at_once_than_slots() -> None:
    gate = slots.Gate(2)
    lock = threading.Lock()
    running = peak = 0

    def reading() -> None:
        nonlocal running, peak
        with slots.wait_for_slot(gate, lambda _w: None, poll_s=0.01):
            with lock:
                running += 1
                peak = max(peak, running)
            time.sleep(0.03)
            with lock:
                running -= 1

    threads = [threading.Thread(target=reading) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert peak == 2 and (gate.busy, gate.waiting) == (0, 0)
