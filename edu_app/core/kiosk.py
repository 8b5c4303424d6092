"""Kiosk rules without Qt: the staff PIN, its rate limit, print limits and daily usage counts.

Nothing here ever holds what a person typed. The PIN is kept only as a salted PBKDF2 hash in
``clinic.toml``; the counts are whole numbers per calendar day (pages opened, prints, resets),
so they can say how much the kiosk is used but never who used it or what they read.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

PIN_RE = re.compile(r"[0-9]{4,8}")
HASH_PREFIX = "pbkdf2_sha256"
ITERATIONS = 200_000
FREE_ATTEMPTS = 3  # wrong PINs allowed before the pad locks
FIRST_LOCK_SECONDS = 30.0
LONGEST_LOCK_SECONDS = 300.0
DAYS_KEPT = 400
USAGE_FIELDS = ("pages", "prints", "resets", "sheets")


class KioskError(Exception):
    """A problem with a PIN or the configuration file, in words staff can act on."""


# --- the staff PIN -----------------------------------------------------------------------

def valid_pin(pin: str) -> bool:
    """A PIN is 4 to 8 digits."""
    return bool(PIN_RE.fullmatch(pin))


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` for a valid PIN."""
    import hashlib  # here: only staff actions need it

    if not valid_pin(pin):
        raise KioskError("A PIN must be 4 to 8 digits.")
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"{HASH_PREFIX}${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches a hash made by :func:`hash_pin` (False for a malformed hash)."""
    import hashlib
    import hmac

    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != HASH_PREFIX or not valid_pin(pin):
        return False
    try:
        iterations, salt, expected = int(parts[1]), bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
    except ValueError:
        return False
    if not 1_000 <= iterations <= 10_000_000:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return hmac.compare_digest(digest, expected)


class Attempt(NamedTuple):
    """What happened to one PIN entry."""

    outcome: str  # "ok", "wrong", "locked" or "no-pin"
    wait_seconds: float = 0.0


class PinGuard:
    """Checks PINs and slows down guessing: after three wrong PINs the pad locks for 30 s,
    and each further wrong PIN doubles the wait, up to five minutes."""

    def __init__(self, stored_hash: str, clock: Callable[[], float]) -> None:
        self._stored, self._clock = stored_hash, clock
        self._wrong = 0
        self._locked_until = 0.0

    @property
    def has_pin(self) -> bool:
        """Whether a PIN is configured at all."""
        return bool(self._stored)

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
            self._wrong = 0
            return Attempt("ok")
        self._wrong += 1
        if self._wrong >= FREE_ATTEMPTS:
            extra = self._wrong - FREE_ATTEMPTS
            lock = min(LONGEST_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2**extra)
            self._locked_until = self._clock() + lock
            return Attempt("locked", lock)
        return Attempt("wrong")


def set_pin_in_toml(text: str, pin_hash: str) -> str:
    """``clinic.toml`` text with ``[admin] pin_hash`` set, everything else left as it was."""
    line = f'pin_hash = "{pin_hash}"'
    lines = text.splitlines()
    section = next((i for i, s in enumerate(lines) if s.strip() == "[admin]"), None)
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
    try:
        old = config.read_text(encoding="utf-8") if config.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise KioskError(f"cannot read {config}: {exc}") from exc
    new = set_pin_in_toml(old, hash_pin(pin))
    try:
        import tomllib

        tomllib.loads(new)
    except ValueError as exc:
        raise KioskError(f"{config} is not valid TOML; fix it first ({exc})") from exc
    try:
        config.parent.mkdir(parents=True, exist_ok=True)
        temporary = config.with_name(config.name + ".tmp")
        temporary.write_text(new, encoding="utf-8")
        temporary.replace(config)
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
            temporary = self.path.with_name(self.path.name + ".tmp")
            temporary.write_text(json.dumps(self.days, sort_keys=True), encoding="utf-8")
            temporary.replace(self.path)
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
