"""Kiosk rules without Qt: the staff PIN, its rate limit, print limits and daily usage counts.

Nothing here ever holds what a person typed. The PIN is kept only as a salted PBKDF2 hash in
``clinic.toml``; the counts are whole numbers per calendar day (pages opened, prints, resets),
so they can say how much the kiosk is used but never who used it or what they read.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from edu_app.core import files

PIN_RE = re.compile(r"[0-9]{4,8}")
HASH_PREFIX = "pbkdf2_sha256"
ITERATIONS = 200_000
# A stored hash outside these bounds is treated as damaged: fewer is too weak, more would
# freeze the PIN pad for seconds on every try.
MIN_ITERATIONS = 100_000
MAX_ITERATIONS = 1_000_000
HASH_RE = re.compile(r"pbkdf2_sha256\$([1-9][0-9]{5,6})\$((?:[0-9a-f]{2}){16,64})\$([0-9a-f]{64})")
FREE_ATTEMPTS = 3  # wrong PINs allowed before the pad locks
FIRST_LOCK_SECONDS = 30.0
LONGEST_LOCK_SECONDS = 300.0
LOCK_FILE = "kiosk-pin-lock.json"  # in the state folder: a count and a time, never a digit
DAYS_KEPT = 400
USAGE_FIELDS = ("pages", "prints", "resets", "sheets")


class KioskError(Exception):
    """A problem with a PIN or the configuration file, in words staff can act on."""


# --- the staff PIN -----------------------------------------------------------------------

def valid_pin(pin: str) -> bool:
    """A PIN is 4 to 8 digits."""
    return bool(PIN_RE.fullmatch(pin))


def valid_pin_hash(stored: str) -> bool:
    """Whether ``stored`` is a whole hash as :func:`hash_pin` writes it: the prefix, an
    iteration count from 100,000 to 1,000,000, a salt of 16 to 64 bytes and a 32-byte digest,
    all in lower-case hex."""
    match = HASH_RE.fullmatch(stored)
    return match is not None and MIN_ITERATIONS <= int(match.group(1)) <= MAX_ITERATIONS


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` for a valid PIN."""
    import hashlib  # here: only staff actions need it

    if not valid_pin(pin):
        raise KioskError("A PIN must be 4 to 8 digits.")
    if not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS:
        raise ValueError(f"iterations must be from {MIN_ITERATIONS} to {MAX_ITERATIONS}")
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"{HASH_PREFIX}${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches a hash made by :func:`hash_pin` (False for a damaged hash, which
    is never worked on: a huge iteration count cannot freeze the pad)."""
    import hashlib
    import hmac

    if not valid_pin(pin) or not valid_pin_hash(stored):
        return False
    _prefix, iterations, salt, expected = stored.split("$")
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(digest, bytes.fromhex(expected))


class Attempt(NamedTuple):
    """What happened to one PIN entry."""

    outcome: str  # "ok", "wrong", "locked" or "no-pin"
    wait_seconds: float = 0.0


class PinGuard:
    """Checks PINs and slows down guessing: after three wrong PINs the pad locks for 30 s,
    and each further wrong PIN doubles the wait, up to five minutes.

    With ``state`` (a JSON file) the count of wrong PINs and the end of the lock (wall-clock
    time) survive a restart. A lock read back never lasts longer than five minutes from now,
    even if the clock was set back. A damaged or unreadable file counts as three wrong PINs
    just entered (locked for 30 s): a restart never gives fresh tries. An unwritable file keeps
    the count in memory. Within a run the lock is timed with ``clock`` (monotonic).
    """

    def __init__(self, stored_hash: str, clock: Callable[[], float],
                 state: Path | None = None, wall: Callable[[], float] = time.time) -> None:
        self._stored = stored_hash if valid_pin_hash(stored_hash) else ""
        self._clock, self._wall, self.state = clock, wall, state
        self._wrong = 0
        self._locked_until = 0.0
        self._load()

    @property
    def has_pin(self) -> bool:
        """Whether a (whole) PIN hash is configured."""
        return bool(self._stored)

    def set_hash(self, stored_hash: str) -> None:
        """Use a new PIN (set by staff on the kiosk); the count of wrong PINs starts again."""
        if not valid_pin_hash(stored_hash):
            raise ValueError("not a PIN hash")
        self._stored = stored_hash
        self._wrong, self._locked_until = 0, 0.0
        self._save()

    def wait(self) -> float:
        """Seconds until another PIN may be tried (0 when it may be tried now)."""
        return max(0.0, self._locked_until - self._clock())

    def attempt(self, pin: str) -> Attempt:
        """Try a PIN."""
        if not self._stored:
            return Attempt("no-pin")
        if self.wait() > 0:
            return Attempt("locked", self.wait())
        if verify_pin(pin, self._stored):
            self._wrong, self._locked_until = 0, 0.0
            self._save()
            return Attempt("ok")
        self._wrong += 1
        if self._wrong >= FREE_ATTEMPTS:
            self._lock(min(LONGEST_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** min(
                self._wrong - FREE_ATTEMPTS, 16)))
            return Attempt("locked", self.wait())
        self._save()
        return Attempt("wrong")

    def _lock(self, seconds: float) -> None:
        self._locked_until = self._clock() + seconds
        self._save()

    def _load(self) -> None:
        if self.state is None:
            return
        try:
            data = json.loads(self.state.read_text(encoding="utf-8"))
            wrong, until = data["failures"], data["locked_until"]
            if (type(wrong) is not int or not 0 <= wrong <= 1_000_000
                    or type(until) not in (int, float) or not math.isfinite(until)):
                raise ValueError("out of range")
        except FileNotFoundError:
            return  # never locked on this computer
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            self._wrong = FREE_ATTEMPTS  # damaged: as if three wrong PINs were just entered
            self._lock(FIRST_LOCK_SECONDS)
            return
        self._wrong = wrong
        left = min(LONGEST_LOCK_SECONDS, max(0.0, until - self._wall()))
        self._locked_until = self._clock() + left if left > 0 else 0.0

    def _save(self) -> None:
        if self.state is None:
            return
        left = self.wait()
        data = {"failures": self._wrong, "locked_until": self._wall() + left if left else 0}
        try:
            write_atomically(self.state, json.dumps(data))
        except OSError:
            return  # the count stays in memory; the pad keeps working


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it over ``path``: a
    reader sees the old file or the new one, never half of one. Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def set_pin_in_toml(text: str, pin_hash: str) -> str:
    """``clinic.toml`` text with ``[admin] pin_hash`` set, everything else left as it was."""
    line = f'pin_hash = "{pin_hash}"'
    lines = text.splitlines()
    section = next((i for i, s in enumerate(lines) if re.fullmatch(r"\s*\[\s*admin\s*\]\s*(#.*)?", s)),
                   None)
    if section is None:
        body = text.rstrip("\n")
        return (body + "\n\n" if body else "") + "[admin]\n" + line + "\n"
    end = next((i for i in range(section + 1, len(lines))
                if lines[i].lstrip().startswith("[")), len(lines))
    for i in range(section + 1, end):
        if re.match(r"\s*pin_hash\s*=", lines[i]):
            lines[i] = line
            break
    else:
        lines.insert(section + 1, line)
    return "\n".join(lines) + "\n"


def write_pin(config: Path, pin: str) -> None:
    """Store the PIN's hash in ``config`` (created if missing), atomically."""
    write_pin_hash(config, hash_pin(pin))


def write_pin_hash(config: Path, pin_hash: str) -> None:
    """Store a PIN hash in ``config`` (created if missing), atomically; the rest of the file
    stays as it was. Raises KioskError (with the reason in words) when it cannot."""
    try:
        old = config.read_text(encoding="utf-8") if config.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise KioskError(f"cannot read {config}: {exc}") from exc
    new = set_pin_in_toml(old.removeprefix("\ufeff"), pin_hash)
    try:
        import tomllib

        tomllib.loads(new)
    except ValueError as exc:
        raise KioskError(f"{config} is not valid TOML; fix it first ({exc})") from exc
    try:
        config.parent.mkdir(parents=True, exist_ok=True)
        files.write_text(config, new)  # whole or not at all, and on the disk before it returns
    except OSError as exc:
        raise KioskError(f"cannot write {config}: {exc.strerror or exc}") from exc


# --- counts per day ----------------------------------------------------------------------

class DayCounts:
    """Whole-number counts per calendar day, kept in a small JSON file.

    A missing, unreadable or corrupt file starts from zero; an unwritable one keeps the counts
    in memory only. Only the newest ``days_kept`` days are kept (one day, just today's prints,
    when a clinic has not switched usage counts on).
    """

    def __init__(self, path: Path | None, today: Callable[[], date] = date.today,
                 days_kept: int = DAYS_KEPT) -> None:
        self.path, self._today, self.days_kept = path, today, days_kept
        self.days: dict[str, dict[str, int]] = self._read()

    def _read(self) -> dict[str, dict[str, int]]:
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return {}
        days: dict[str, dict[str, int]] = {}
        if isinstance(data, dict):
            for day, counts in data.items():
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(day)) and isinstance(counts, dict):
                    days[day] = {f: int(counts[f]) for f in USAGE_FIELDS
                                 if isinstance(counts.get(f), int) and counts[f] >= 0}
        return days

    def today(self, field: str) -> int:
        """Today's count of ``field``."""
        return self.days.get(self._today().isoformat(), {}).get(field, 0)

    def add(self, field: str, amount: int = 1) -> None:
        """Count ``amount`` more ``field`` today and save."""
        if field not in USAGE_FIELDS or amount < 0:
            raise ValueError(field)
        day = self.days.setdefault(self._today().isoformat(), {})
        day[field] = day.get(field, 0) + amount
        for old in sorted(self.days)[:-self.days_kept]:
            del self.days[old]
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # whole or not at all; not flushed to the disk at every count (a page open)
            files.write_text(self.path, json.dumps(self.days, sort_keys=True), durable=False)
        except OSError:
            return  # counts stay in memory; the kiosk keeps working

    def to_csv(self) -> str:
        """``date,pages,prints,resets`` lines, oldest first."""
        rows = ["date," + ",".join(USAGE_FIELDS)]
        for day in sorted(self.days):
            rows.append(day + "," + ",".join(str(self.days[day].get(f, 0)) for f in USAGE_FIELDS))
        return "\n".join(rows) + "\n"


class PrintQuota:
    """Prints allowed per kiosk session and per day (0 means printing is off), counted both as
    handouts (jobs) and as sheets: a handout may have at most ``sheets_per_handout`` pages, and
    a day at most ``sheets_per_day`` pages in all, so one huge job cannot pass as one print.
    Every printed page counts as a sheet (a printer that prints on both sides uses fewer)."""

    def __init__(self, per_session: int, per_day: int, counts: DayCounts,
                 sheets_per_handout: int = 20, sheets_per_day: int = 1000) -> None:
        self.per_session, self.per_day, self.counts = per_session, per_day, counts
        self.sheets_per_handout, self.sheets_per_day = sheets_per_handout, sheets_per_day
        self.session = 0

    def left_in_session(self) -> int:
        """Prints left before the session limit."""
        return max(0, self.per_session - self.session)

    def left_today(self) -> int:
        """Prints left before the daily limit (none when today's sheets are used up)."""
        if self.sheets_left_today() == 0:
            return 0
        return max(0, self.per_day - self.counts.today("prints"))

    def sheets_left_today(self) -> int:
        """Sheets left before the daily sheet limit."""
        return max(0, self.sheets_per_day - self.counts.today("sheets"))

    def max_sheets(self) -> int:
        """The most pages the next handout may have."""
        return min(self.sheets_per_handout, self.sheets_left_today())

    def allowed(self, sheets: int = 1) -> bool:
        """Whether one more handout of ``sheets`` pages may be printed now."""
        return (self.left_in_session() > 0 and self.left_today() > 0
                and 0 < sheets <= self.max_sheets())

    def record(self, sheets: int = 1) -> None:
        """One handout of ``sheets`` pages was printed."""
        self.session += 1
        self.counts.add("prints")
        self.counts.add("sheets", sheets)

    def new_session(self) -> None:
        """The kiosk was reset: the next person starts with the full session allowance."""
        self.session = 0
