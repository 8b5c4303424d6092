"""More kiosk rules: a new PIN set on the kiosk, the lock file read back at its edges, the
atomic write, the PIN in a file Notepad saved, and the print and usage counts' defaults."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path

import pytest

from edu_app.core.kiosk import (
    DayCounts,
    PinGuard,
    PrintQuota,
    hash_pin,
    write_atomically,
    write_pin_hash,
)

FAST = 100_000  # iterations: the lowest allowed, so each hash is quick
OLD_HASH = hash_pin("1357", iterations=FAST)
NEW_HASH = hash_pin("2468", iterations=FAST)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --- a new PIN set on the kiosk ------------------------------------------------------------

def test_a_new_pin_replaces_the_old_one_and_starts_the_count_again() -> None:
    guard = PinGuard(OLD_HASH, Clock(0.0))
    assert guard.attempt("0000").outcome == "wrong"
    assert guard.attempt("0000").outcome == "wrong"
    guard.set_hash(NEW_HASH)
    # two more wrong PINs are still free: the count started again at 0
    assert guard.attempt("0000").outcome == "wrong"
    assert guard.attempt("0000").outcome == "wrong"
    assert guard.attempt("1357").outcome == "locked"  # the third wrong PIN: the old one is gone


def test_a_new_pin_works_at_once_and_lifts_a_lock() -> None:
    clock = Clock(0.0)
    guard = PinGuard(OLD_HASH, clock)
    for _ in range(3):
        guard.attempt("0000")
    assert guard.wait() == 30.0
    guard.set_hash(NEW_HASH)
    assert guard.wait() == 0.0
    assert guard.attempt("2468").outcome == "ok"


def test_a_new_pin_is_written_to_the_lock_file_as_no_failures(tmp_path: Path) -> None:
    state = tmp_path / "lock.json"
    guard = PinGuard(OLD_HASH, Clock(0.0), state, Clock(1_800_000_000.0))
    guard.attempt("0000")
    guard.set_hash(NEW_HASH)
    assert json.loads(state.read_text(encoding="utf-8")) == {"failures": 0, "locked_until": 0}


def test_a_damaged_new_hash_is_refused_and_the_old_pin_kept() -> None:
    guard = PinGuard(OLD_HASH, Clock(0.0))
    with pytest.raises(ValueError) as refused:
        guard.set_hash("pbkdf2_sha256$100000$zz$00")
    assert str(refused.value) == "not a PIN hash"
    assert guard.attempt("1357").outcome == "ok"


def test_a_right_pin_leaves_the_pad_open_at_once() -> None:
    guard = PinGuard(OLD_HASH, Clock(0.0))  # (a monotonic clock may start near 0)
    assert guard.attempt("1357").outcome == "ok"
    assert guard.wait() == 0.0
    assert guard.attempt("0000").outcome == "wrong"


# --- hashing at the edges ----------------------------------------------------------------------

def test_hash_pin_allows_the_most_iterations_and_says_the_range(monkeypatch: pytest.MonkeyPatch) -> None:
    computed: list[int] = []

    def fake_pbkdf2(name: str, pin: bytes, salt: bytes, iterations: int) -> bytes:
        computed.append(iterations)
        return bytes(32)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", fake_pbkdf2)
    made = hash_pin("2468", salt=bytes(16), iterations=1_000_000)
    assert made == "pbkdf2_sha256$1000000$" + "00" * 16 + "$" + "00" * 32
    assert computed == [1_000_000]
    with pytest.raises(ValueError) as refused:
        hash_pin("2468", iterations=1_000_001)
    assert str(refused.value) == "iterations must be from 100000 to 1000000"


# --- the lock file read back ---------------------------------------------------------------------

def lock_file(path: Path, failures: object, locked_until: object) -> Path:
    path.write_text(json.dumps({"failures": failures, "locked_until": locked_until}), encoding="utf-8")
    return path


def test_a_million_failures_is_still_a_readable_count(tmp_path: Path) -> None:
    state = lock_file(tmp_path / "lock.json", 1_000_000, 0)
    guard = PinGuard(OLD_HASH, Clock(50.0), state, Clock(1_800_000_000.0))
    assert guard.wait() == 0.0  # read as it is, not as damage
    assert guard.attempt("0000") == ("locked", 300.0)  # far past three: the longest lock


def test_more_than_a_million_failures_is_damage(tmp_path: Path) -> None:
    state = lock_file(tmp_path / "lock.json", 1_000_001, 0)
    guard = PinGuard(OLD_HASH, Clock(50.0), state, Clock(1_800_000_000.0))
    assert guard.wait() == 30.0


def test_half_a_second_of_lock_left_is_still_a_lock(tmp_path: Path) -> None:
    state = lock_file(tmp_path / "lock.json", 3, 1_800_000_000.5)
    guard = PinGuard(OLD_HASH, Clock(50.0), state, Clock(1_800_000_000.0))
    assert guard.wait() == 0.5


def test_no_lock_read_back_means_the_pad_is_open(tmp_path: Path) -> None:
    state = lock_file(tmp_path / "lock.json", 1, 0)
    guard = PinGuard(OLD_HASH, Clock(0.0), state, Clock(1_800_000_000.0))
    assert guard.wait() == 0.0
    assert guard.attempt("1357").outcome == "ok"


def test_an_open_pad_is_saved_as_no_lock_even_if_the_clock_goes_back(tmp_path: Path) -> None:
    state = tmp_path / "lock.json"
    wall = Clock(1_800_000_000.0)
    guard = PinGuard(OLD_HASH, Clock(50.0), state, wall)
    assert guard.attempt("0000").outcome == "wrong"
    assert json.loads(state.read_text(encoding="utf-8")) == {"failures": 1, "locked_until": 0}
    wall.now -= 100  # the clock is set back
    again = PinGuard(OLD_HASH, Clock(7.0), state, wall)
    assert again.wait() == 0.0


# --- writing whole files ---------------------------------------------------------------------------

def test_write_atomically_makes_the_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "state" / "edu-app" / "lock.json"
    write_atomically(target, '{"failures": 0}')
    assert target.read_text(encoding="utf-8") == '{"failures": 0}'


def test_a_temporary_file_left_by_a_crash_is_used_and_not_left_behind(tmp_path: Path) -> None:
    (tmp_path / "lock.json.tmp").write_text("half a fi", encoding="utf-8")
    write_atomically(tmp_path / "lock.json", "whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lock.json"]
    assert (tmp_path / "lock.json").read_text(encoding="utf-8") == "whole"


def test_a_temporary_file_that_cannot_be_made_is_an_os_error(tmp_path: Path) -> None:
    (tmp_path / "lock.json").write_text("old", encoding="utf-8")
    (tmp_path / "lock.json.tmp").mkdir()  # a folder where the temporary file goes
    with pytest.raises(OSError):
        write_atomically(tmp_path / "lock.json", "new")
    assert (tmp_path / "lock.json").read_text(encoding="utf-8") == "old"


def test_a_pin_is_written_into_a_file_notepad_saved_with_a_byte_order_mark(tmp_path: Path) -> None:
    config = tmp_path / "clinic.toml"
    config.write_text('\ufeff[clinic]\nname = "A"\n', encoding="utf-8")
    write_pin_hash(config, NEW_HASH)
    assert config.read_text(encoding="utf-8") == f'[clinic]\nname = "A"\n\n[admin]\npin_hash = "{NEW_HASH}"\n'


# --- usage counts and print limits ---------------------------------------------------------------

def test_counting_zero_is_allowed(tmp_path: Path) -> None:
    counts = DayCounts(tmp_path / "usage.json", lambda: date(2026, 11, 24))
    counts.add("sheets", 0)
    assert counts.today("sheets") == 0
    assert counts.days == {"2026-11-24": {"sheets": 0}}


def test_a_count_is_not_flushed_to_the_disk_each_time(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real = os.fsync

    def fsync(handle: int) -> None:
        synced.append(handle)
        real(handle)

    monkeypatch.setattr(os, "fsync", fsync)
    counts = DayCounts(tmp_path / "usage.json", lambda: date(2026, 11, 24))
    counts.add("pages")
    assert synced == []
    assert json.loads((tmp_path / "usage.json").read_text(encoding="utf-8")) == {"2026-11-24": {"pages": 1}}


def test_the_print_limits_default_to_20_sheets_a_handout_and_1000_a_day() -> None:
    quota = PrintQuota(5, 200, DayCounts(None))
    assert quota.max_sheets() == 20
    assert quota.sheets_left_today() == 1000


def test_one_page_handouts_are_the_default() -> None:
    counts = DayCounts(None, lambda: date(2026, 11, 24))
    quota = PrintQuota(5, 200, counts, sheets_per_handout=1)
    assert quota.allowed()  # one page, the most a handout may have here
    assert not quota.allowed(0)  # a handout of no pages is not a print
    quota.record()
    assert counts.today("prints") == 1 and counts.today("sheets") == 1
