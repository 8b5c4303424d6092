"""Kiosk rules: PIN hashing and rate limit, print limits, daily counts and the TOML edit."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from edu_app.core.kiosk import (
    DayCounts,
    KioskError,
    PinGuard,
    PrintQuota,
    hash_pin,
    set_pin_in_toml,
    valid_pin,
    valid_pin_hash,
    verify_pin,
    write_pin,
    write_pin_hash,
)
from edu_app.core.settings import load_config

FAST = 100_000  # iterations: the lowest a stored hash may use (the default is slower on purpose)


def test_pin_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("2468", iterations=FAST), hash_pin("2468", iterations=FAST)
    assert first != second  # a fresh salt each time
    assert "2468" not in first
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)
    assert not verify_pin("2468", "pbkdf2_sha256$100000$zz$00")  # malformed hash
    assert not verify_pin("2468", "")


def test_a_stored_hash_must_name_a_sensible_number_of_iterations(monkeypatch: pytest.MonkeyPatch) -> None:
    # Fewer than 100,000 iterations is weaker than set-pin ever writes; more than 1,000,000 would
    # freeze the kiosk's pad for seconds at every PIN (a hand-edited clinic.toml). Neither is
    # ever computed, and hash_pin makes neither.
    with pytest.raises(ValueError):
        hash_pin("2468", iterations=99_999)
    with pytest.raises(ValueError):
        hash_pin("2468", iterations=1_000_001)
    assert verify_pin("2468", hash_pin("2468", iterations=100_000))
    import hashlib

    computed: list[int] = []

    def fake_pbkdf2(name: str, pin: bytes, salt: bytes, iterations: int) -> bytes:
        computed.append(iterations)
        return bytes(32)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", fake_pbkdf2)
    salt, zeros = "ab" * 16, "00" * 32
    assert verify_pin("2468", f"pbkdf2_sha256$1000000${salt}${zeros}")  # the most allowed
    assert computed == [1_000_000]
    assert not verify_pin("2468", f"pbkdf2_sha256$1000001${salt}${zeros}")
    assert not verify_pin("2468", f"pbkdf2_sha256$99999${salt}${zeros}")
    assert computed == [1_000_000]  # the two out of range were refused without hashing


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "١٢٣٤"])
def test_bad_pins_are_refused(pin: str) -> None:
    assert not valid_pin(pin)
    with pytest.raises(KioskError):
        hash_pin(pin, iterations=FAST)


PIN_HASH = hash_pin("1357", iterations=FAST)  # made once: each one takes a while


def test_wrong_pins_lock_the_pad_for_longer_each_time() -> None:
    now = [1000.0]
    guard = PinGuard(PIN_HASH, lambda: now[0])
    assert guard.attempt("0000").outcome == "wrong"
    assert guard.attempt("0000").outcome == "wrong"
    third = guard.attempt("0000")
    assert third.outcome == "locked" and third.wait_seconds == 30
    assert guard.attempt("1357").outcome == "locked"  # even the right PIN waits
    now[0] += 30
    fourth = guard.attempt("0000")
    assert fourth.outcome == "locked" and fourth.wait_seconds == 60
    now[0] += 60
    assert guard.attempt("1357").outcome == "ok"
    assert guard.attempt("0000").outcome == "wrong"  # a right PIN starts the count again


def test_the_lock_never_exceeds_five_minutes() -> None:
    now = [0.0]
    guard = PinGuard(PIN_HASH, lambda: now[0])
    waits = []
    for _ in range(12):
        result = guard.attempt("0000")
        waits.append(result.wait_seconds)
        now[0] += result.wait_seconds
    assert max(waits) == 300


def test_no_pin_configured() -> None:
    guard = PinGuard("", lambda: 0.0)
    assert not guard.has_pin and guard.attempt("1234").outcome == "no-pin"


def test_set_pin_keeps_the_rest_of_the_file() -> None:
    text = '[clinic]\nname = "Riverside"\n\n[admin]\npin_hash = "old"\n\n[print]\nper_day = 9\n'
    new = set_pin_in_toml(text, "pbkdf2_sha256$1$ab$cd")
    data = tomllib.loads(new)
    assert data["admin"]["pin_hash"] == "pbkdf2_sha256$1$ab$cd"
    assert data["clinic"]["name"] == "Riverside" and data["print"]["per_day"] == 9
    appended = tomllib.loads(set_pin_in_toml('[clinic]\nname = "A"\n', "h"))
    assert appended["admin"]["pin_hash"] == "h" and appended["clinic"]["name"] == "A"
    assert tomllib.loads(set_pin_in_toml("", "h")) == {"admin": {"pin_hash": "h"}}
    inserted = tomllib.loads(set_pin_in_toml("[admin]\n[kiosk]\nenabled = true\n", "h"))
    assert inserted == {"admin": {"pin_hash": "h"}, "kiosk": {"enabled": True}}


def test_write_pin_gives_a_hash_the_settings_accept(tmp_path: Path) -> None:
    config = tmp_path / "sub" / "clinic.toml"
    write_pin(config, "8642")
    loaded, messages = load_config(config, explicit=True)
    assert messages == [] and verify_pin("8642", loaded.admin_pin_hash)
    broken = tmp_path / "broken.toml"
    broken.write_text("[clinic\n", encoding="utf-8")
    with pytest.raises(KioskError, match="not valid TOML"):
        write_pin(broken, "8642")
    assert broken.read_text(encoding="utf-8") == "[clinic\n"  # left as it was


def test_day_counts_survive_a_restart_and_export_csv(tmp_path: Path) -> None:
    day = [date(2026, 11, 23)]
    path = tmp_path / "usage.json"
    counts = DayCounts(path, lambda: day[0])
    counts.add("pages")
    counts.add("pages")
    day[0] = date(2026, 11, 24)
    counts.add("prints")
    counts.add("resets")
    again = DayCounts(path, lambda: day[0])
    assert again.today("prints") == 1 and again.today("pages") == 0
    assert again.to_csv() == "date,pages,prints,resets,sheets\n2026-11-23,2,0,0,0\n2026-11-24,0,1,1,0\n"
    with pytest.raises(ValueError):
        again.add("name")  # only the known counts exist


def test_day_counts_start_from_zero_on_a_corrupt_or_unwritable_file(tmp_path: Path) -> None:
    path = tmp_path / "usage.json"
    path.write_bytes(b"\xff{not json")
    counts = DayCounts(path, lambda: date(2026, 1, 1))
    assert counts.days == {}
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    counts = DayCounts(blocked / "usage.json", lambda: date(2026, 1, 1))
    counts.add("prints")  # cannot be saved: kept in memory, no error
    assert counts.today("prints") == 1


def test_only_today_is_kept_when_usage_counts_are_off(tmp_path: Path) -> None:
    day = [date(2026, 11, 23)]
    counts = DayCounts(tmp_path / "prints.json", lambda: day[0], days_kept=1)
    counts.add("prints")
    day[0] = date(2026, 11, 24)
    counts.add("prints")
    assert list(counts.days) == ["2026-11-24"]


def test_print_quota_per_session_and_per_day(tmp_path: Path) -> None:
    counts = DayCounts(tmp_path / "u.json", lambda: date(2026, 11, 24))
    quota = PrintQuota(per_session=2, per_day=3, counts=counts)
    quota.record()
    quota.record()
    assert not quota.allowed() and quota.left_in_session() == 0 and quota.left_today() == 1
    quota.new_session()
    assert quota.allowed()
    quota.record()
    quota.new_session()
    assert not quota.allowed() and quota.left_today() == 0
    assert not PrintQuota(0, 10, counts).allowed()  # 0 switches printing off


# --- a damaged pin_hash -------------------------------------------------------------------

SALT = "00112233445566778899aabbccddeeff"  # 16 bytes
DIGEST = "ab" * 32  # 32 bytes


def test_a_whole_hash_is_accepted() -> None:
    assert valid_pin_hash(f"pbkdf2_sha256$200000${SALT}${DIGEST}")
    assert valid_pin_hash(f"pbkdf2_sha256$100000${SALT}${DIGEST}")
    assert valid_pin_hash(f"pbkdf2_sha256$1000000${SALT * 4}${DIGEST}")  # a 64-byte salt
    assert valid_pin_hash(PIN_HASH)


@pytest.mark.parametrize("stored", [
    f"pbkdf2_sha256$10000000${SALT}${DIGEST}",  # ten million iterations: 2 s a try
    f"pbkdf2_sha256$1000001${SALT}${DIGEST}",
    f"pbkdf2_sha256$99999${SALT}${DIGEST}",  # too few to be a real hash of ours
    f"pbkdf2_sha256$1000${SALT}${DIGEST}",
    f"pbkdf2_sha256$200_000${SALT}${DIGEST}",  # int() would take these
    f"pbkdf2_sha256$+200000${SALT}${DIGEST}",
    f"pbkdf2_sha256$ 200000${SALT}${DIGEST}",
    f"pbkdf2_sha256$0200000${SALT}${DIGEST}",
    f"pbkdf2_sha256$200000${SALT[:-2]}${DIGEST}",  # a 15-byte salt
    f"pbkdf2_sha256$200000${SALT}0${DIGEST}",  # half a byte
    f"pbkdf2_sha256$200000${SALT * 5}${DIGEST}",  # an 80-byte salt
    f"pbkdf2_sha256$200000${SALT}${DIGEST[:-2]}",  # a short digest
    f"pbkdf2_sha256$200000${SALT}${DIGEST}00",
    f"pbkdf2_sha256$200000$zz{SALT[2:]}${DIGEST}",
    f"pbkdf2_sha256$200000${SALT}${DIGEST}$",
    f"pbkdf2_sha1$200000${SALT}${DIGEST}",
    f" pbkdf2_sha256$200000${SALT}${DIGEST}",
    f"pbkdf2_sha256$200000${SALT}",
    "pbkdf2_sha256$",
    "",
])
def test_a_damaged_hash_is_refused_without_hashing(stored: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert not valid_pin_hash(stored)

    def never(*_args: object) -> bytes:
        raise AssertionError("a damaged hash must not be worked on")

    monkeypatch.setattr("hashlib.pbkdf2_hmac", never)
    assert not verify_pin("1357", stored)  # and no 2-second freeze per try
    guard = PinGuard(stored, lambda: 0.0)
    assert not guard.has_pin and guard.attempt("1357").outcome == "no-pin"


def test_hash_pin_refuses_iterations_a_kiosk_would_not_accept() -> None:
    with pytest.raises(ValueError):
        hash_pin("1357", iterations=10_000_000)
    with pytest.raises(ValueError):
        hash_pin("1357", iterations=1_000)


def test_settings_flag_a_damaged_hash_and_say_so(tmp_path: Path) -> None:
    config = tmp_path / "clinic.toml"
    huge = f"pbkdf2_sha256$10000000${SALT}${DIGEST}"  # ten million iterations
    config.write_text(f'[kiosk]\nenabled = true\n[admin]\npin_hash = "{huge}"\n', encoding="utf-8")
    loaded, messages = load_config(config, explicit=True)
    assert loaded.admin_pin_hash == "" and loaded.admin_pin_damaged
    assert loaded.kiosk_enabled  # the rest of the file still counts
    [message] = messages
    assert "pin_hash" in message.text and "damaged" in message.text
    assert "edu-app set-pin" in message.text
    config.write_text("[admin]\npin_hash = 12\n", encoding="utf-8")
    assert load_config(config)[0].admin_pin_damaged  # not even text
    config.write_text(f'[admin]\npin_hash = "{PIN_HASH}"\n', encoding="utf-8")
    loaded, messages = load_config(config)
    assert messages == [] and not loaded.admin_pin_damaged and loaded.admin_pin_hash == PIN_HASH
    config.write_text("[kiosk]\nenabled = true\n", encoding="utf-8")
    assert not load_config(config)[0].admin_pin_damaged  # no PIN at all is not damage


# --- the lockout survives a restart -------------------------------------------------------

class Clocks:
    """A monotonic clock that starts again at each 'restart' and a wall clock that does not."""

    def __init__(self) -> None:
        self.mono, self.wall = 50.0, 1_800_000_000.0

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds

    def guard(self, state: Path, stored: str = PIN_HASH) -> PinGuard:
        self.mono = 7.0  # a new process
        return PinGuard(stored, lambda: self.mono, state, lambda: self.wall)


def test_a_restart_gives_no_fresh_tries(tmp_path: Path) -> None:
    clocks, state = Clocks(), tmp_path / "state" / "lock.json"
    first = clocks.guard(state)
    for _ in range(2):
        assert first.attempt("9753").outcome == "wrong"
    again = clocks.guard(state)  # restarted after two wrong PINs
    assert again.wait() == 0
    assert again.attempt("9753") == ("locked", 30.0)  # the third wrong PIN in all
    clocks.advance(10)
    restarted = clocks.guard(state)
    assert restarted.wait() == 20.0 and restarted.attempt("1357").outcome == "locked"
    clocks.advance(20)
    later = clocks.guard(state)
    assert later.wait() == 0
    assert later.attempt("9753") == ("locked", 60.0)  # the fourth: the count was kept
    text = state.read_text(encoding="utf-8")
    assert "9753" not in text and "1357" not in text
    assert set(json.loads(text)) == {"failures", "locked_until"}
    clocks.advance(60)
    assert clocks.guard(state).attempt("1357").outcome == "ok"
    assert clocks.guard(state).attempt("9753").outcome == "wrong"  # the count starts again


def test_a_clock_set_back_never_locks_longer_than_five_minutes(tmp_path: Path) -> None:
    clocks, state = Clocks(), tmp_path / "lock.json"
    guard = clocks.guard(state)
    for _ in range(3):
        guard.attempt("9753")
    clocks.wall -= 86_400  # the clock goes back a day
    assert clocks.guard(state).wait() == 300.0


@pytest.mark.parametrize("content", [
    b"not json", b"", b"[]", b"\xff\xfe", b'{"failures": 2}', b'{"failures": "3", "locked_until": 0}',
    b'{"failures": -1, "locked_until": 0}', b'{"failures": true, "locked_until": 0}',
    b'{"failures": 1, "locked_until": "soon"}', b'{"failures": 1, "locked_until": NaN}',
    b'{"failures": 1, "locked_until": Infinity}', pytest.param(b"[" * 100_000, id="nested-deeply"),
])
def test_a_damaged_lock_file_counts_as_three_wrong_pins(tmp_path: Path, content: bytes) -> None:
    clocks, state = Clocks(), tmp_path / "lock.json"
    state.write_bytes(content)
    guard = clocks.guard(state)
    assert guard.wait() == 30.0 and guard.attempt("1357").outcome == "locked"
    clocks.advance(30)
    assert guard.attempt("9753") == ("locked", 60.0)
    assert json.loads(state.read_text(encoding="utf-8"))["failures"] == 4  # written whole again


def test_a_folder_in_place_of_the_lock_file_counts_as_damaged(tmp_path: Path) -> None:
    clocks, state = Clocks(), tmp_path / "lock.json"
    state.mkdir()
    guard = clocks.guard(state)
    assert guard.wait() == 30.0  # and it cannot be written: the lock holds in memory
    clocks.advance(30)
    assert guard.attempt("1357").outcome == "ok"


def test_an_unwritable_state_folder_keeps_the_count_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    clocks = Clocks()
    guard = clocks.guard(blocker / "lock.json")  # its folder is a file
    for _ in range(3):
        result = guard.attempt("9753")
    assert result == ("locked", 30.0)


# --- writing the hash ---------------------------------------------------------------------

def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "clinic.toml"
    config.write_text('[clinic]\nname = "A"\n', encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(KioskError, match="No space left"):
        write_pin_hash(config, PIN_HASH)
    assert config.read_text(encoding="utf-8") == '[clinic]\nname = "A"\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic.toml"]


def test_the_admin_section_is_found_with_a_comment_after_it() -> None:
    text = '[admin]  # staff\npin_hash = "old"\n'
    assert tomllib.loads(set_pin_in_toml(text, "h")) == {"admin": {"pin_hash": "h"}}


def test_hash_pin_format_and_its_salt() -> None:
    with pytest.raises(KioskError, match=r"^A PIN must be 4 to 8 digits\.$"):
        hash_pin("12", iterations=FAST)
    fixed = hash_pin("2468", salt=bytes(16), iterations=FAST)
    expected = hashlib.pbkdf2_hmac("sha256", b"2468", bytes(16), 100_000).hex()  # the standard library
    assert fixed == f"pbkdf2_sha256$100000${'00' * 16}${expected}"
    prefix, iterations, salt, digest = hash_pin("2468", iterations=FAST).split("$")
    assert (prefix, iterations, len(bytes.fromhex(salt)), len(digest)) == ("pbkdf2_sha256", "100000", 16, 64)


def test_verify_pin_refuses_what_hash_pin_would_never_write() -> None:
    salt = bytes(16)

    def stored(pin: bytes, prefix: str = "pbkdf2_sha256") -> str:
        return f"{prefix}$100000${salt.hex()}${hashlib.pbkdf2_hmac('sha256', pin, salt, 100_000).hex()}"

    assert verify_pin("2468", stored(b"2468"))
    assert not verify_pin("12", stored(b"12"))  # matches, but is no PIN (4 to 8 digits)
    assert not verify_pin("2468", stored(b"2468", prefix="pbkdf2_sha1"))  # another scheme
    assert not verify_pin("2468", f"pbkdf2_sha256$100000${salt.hex()}")  # a part missing


def test_the_pad_is_open_at_first_and_counts_from_a_right_pin() -> None:
    now = [0.0]
    guard = PinGuard(hash_pin("1357", iterations=FAST), lambda: now[0])
    assert guard.wait() == 0 and guard.attempt("0000").outcome == "wrong"  # not locked at time 0
    guard.attempt("0000")
    assert guard.attempt("0000") == ("locked", 30.0)
    now[0] = 10.0
    assert guard.attempt("1357") == ("locked", 20.0)  # how long is left
    now[0] = 29.5
    assert guard.attempt("1357") == ("locked", 0.5)  # half a second is still locked
    now[0] = 60.0
    assert guard.attempt("1357").outcome == "ok"
    assert [guard.attempt("0000").outcome for _ in range(3)] == ["wrong", "wrong", "locked"]


def test_set_pin_text_exactly() -> None:
    assert set_pin_in_toml("", "h") == '[admin]\npin_hash = "h"\n'
    assert set_pin_in_toml("\n\nx = 1   \n\n\n", "h") == '\n\nx = 1   \n\n[admin]\npin_hash = "h"\n'
    last = '[clinic]\nname = "A"\n[admin]\npin_hash = "old"\n'  # [admin] is the last section
    assert set_pin_in_toml(last, "h") == '[clinic]\nname = "A"\n[admin]\npin_hash = "h"\n'


def test_set_pin_leaves_a_pin_hash_of_another_section_alone() -> None:
    before = '[print]\npin_hash = "a"\n[admin]\n[kiosk]\npin_hash = "b"\n  [usage]\n  pin_hash = "c"\n'
    assert set_pin_in_toml(before, "h") == (
        '[print]\npin_hash = "a"\n[admin]\npin_hash = "h"\n[kiosk]\npin_hash = "b"\n'
        '  [usage]\n  pin_hash = "c"\n')
    indented = '[admin]\n  [print]\n  pin_hash = "c"\n'
    assert set_pin_in_toml(indented, "h") == '[admin]\npin_hash = "h"\n  [print]\n  pin_hash = "c"\n'


def test_write_pin_makes_folders_and_explains_what_it_cannot_do(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "clinic.toml"
    write_pin(deep, "8642")
    assert sorted(p.name for p in deep.parent.iterdir()) == ["clinic.toml"]  # no temporary left
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    with pytest.raises(KioskError, match="^cannot read " + re.escape(str(folder)) + ": "):
        write_pin(folder, "8642")
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    with pytest.raises(KioskError) as caught:
        write_pin(blocked / "clinic.toml", "8642")
    assert str(caught.value) == f"cannot write {blocked / 'clinic.toml'}: File exists"


def test_day_counts_keep_only_well_formed_days(tmp_path: Path) -> None:
    path = tmp_path / "usage.json"
    path.write_text(json.dumps({
        "yesterday": {"pages": 1}, "2026-11-22": 5, "2026-11-23": {"pages": 0, "prints": -1},
        "2026-11-24": {"pages": 2, "resets": "3", "names": 1},
    }), encoding="utf-8")
    counts = DayCounts(path, lambda: date(2026, 11, 25))
    assert counts.days == {"2026-11-23": {"pages": 0}, "2026-11-24": {"pages": 2}}
    assert counts.today("pages") == 0  # nothing counted today yet
    with pytest.raises(ValueError, match=r"^name$"):
        counts.add("name")


def test_print_quota_counts_one_print_at_a_time(tmp_path: Path) -> None:
    counts = DayCounts(tmp_path / "u.json", lambda: date(2026, 11, 24))
    quota = PrintQuota(per_session=3, per_day=10, counts=counts)
    assert quota.left_in_session() == 3 and quota.left_today() == 10
    quota.record()
    assert quota.left_in_session() == 2 and quota.left_today() == 9
    quota.record()
    assert quota.allowed()  # one left is enough
    quota.new_session()
    assert quota.left_in_session() == 3


def test_day_counts_file_is_sorted_json_in_new_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "usage.json"
    counts = DayCounts(path, lambda: date(2026, 11, 24))
    counts.add("resets")
    counts.add("pages")
    assert path.read_text(encoding="utf-8") == '{"2026-11-24": {"pages": 1, "resets": 1}}'


def test_set_pin_keeps_the_end_of_the_last_line() -> None:
    assert set_pin_in_toml("a = 1 # BOX\n", "h") == 'a = 1 # BOX\n\n[admin]\npin_hash = "h"\n'
