"""The one typed settings module: clinic configuration and per-machine preferences.

``clinic.toml`` holds what a clinic decides (name, logo, contact, languages, kiosk and print
limits …). Every key, its type, default and allowed range is declared once in ``CLINIC_KEYS``.
Loading never fails: a missing file gives the defaults, a broken file gives the defaults plus
a message, and a wrong key falls back to that key's default and says which key was wrong.
A file in an older layout (its ``schema``) is brought up to date in memory, never rewritten.

Per-machine preferences (language, text size, contrast) are a small record validated the
same way; the UI stores them with QSettings (``edu_app.ui.preferences_store``).
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from edu_app.core import paths
from edu_app.core.kiosk import valid_pin_hash
from edu_app.core.text import one_line

APP_NAME = "EczemaExplained"
CONFIG_ENV = "EDU_APP_CONFIG"
SCHEMA_VERSION = 1
TEXT_SCALES = (100, 125, 150, 175, 200)
# Limits on what clinic.toml may say (README "Configuring a clinic"). A website must fit a QR
# code that a phone still reads from the printed header: 200 characters is a QR code of version
# 10 at most (57 modules) at error level M (tests/core/test_settings.py measures this).
NAME_MAX_CHARS = 120
CONTACT_MAX_CHARS = 300
WEBSITE_MAX_CHARS = 200
MAX_LANGUAGES = 12
CONFIG_MAX_BYTES = 256_000
MAX_BAD_LINES = 20  # lines of broken TOML skipped one by one before the file is given up
PAPER_SIZES = ("a4", "letter", "roll80")  # roll80: the take-away card (edu_app.core.card)
RECEIPT_DOTS = (576, 512)  # dots across 80 mm paper at 203 dpi (72 mm printable, or 64 mm)


class ClinicConfig(NamedTuple):
    """Clinic-wide configuration, with the defaults the program starts on."""

    clinic_name: str = ""
    clinic_logo: Path | None = None
    clinic_contact: str = ""
    clinic_website: str = ""
    languages: tuple[str, ...] = ("en", "th")
    default_language: str = "en"
    extra_content: Path | None = None
    kiosk_enabled: bool = False
    kiosk_idle_seconds: int = 120
    kiosk_screen: int = 0
    kiosk_hide_cursor: bool = False
    kiosk_usage_counts: bool = False
    kiosk_stall_seconds: int = 60
    print_per_session: int = 5
    print_per_day: int = 200
    print_sheets_per_handout: int = 20
    print_sheets_per_day: int = 1000
    printer: str = ""
    paper: str = "a4"  # "a4", "letter", or "roll80": a take-away card on an 80 mm receipt roll
    receipt_printer: str = ""  # roll80: the receipt printer's name in the system's print service
    receipt_escpos: Path | None = None  # roll80: its device (/dev/usb/lp0) for ESC/POS, if set
    receipt_dots: int = 576  # roll80: dots across the roll (576, or 512 on some printers)
    touch_keyboard: str = "kiosk"  # the on-screen keyboard: "kiosk", "always" or "never"
    admin_pin_hash: str = ""
    admin_pin_damaged: bool = False  # a pin_hash was there but not whole: staff set a new one
    source: Path | None = None


class Key(NamedTuple):
    """One key of clinic.toml: where it lives, what it is, and how to check it."""

    section: str
    name: str
    attr: str
    kind: type
    check: Callable[[Any], bool] = lambda _v: True
    rule: str = ""


def _lang_ok(value: Any) -> bool:
    return isinstance(value, str) and bool(re.fullmatch(r"[a-z]{2,3}", value))


def _website_ok(value: str) -> bool:
    return value == "" or (len(value) <= WEBSITE_MAX_CHARS
                           and bool(re.fullmatch(r"https?://[^\s/?#]+\S*", value, re.IGNORECASE)))


CLINIC_KEYS: tuple[Key, ...] = (
    Key("clinic", "name", "clinic_name", str, lambda v: len(v) <= NAME_MAX_CHARS,
        f"at most {NAME_MAX_CHARS} characters"),
    Key("clinic", "logo", "clinic_logo", Path),
    Key("clinic", "contact", "clinic_contact", str, lambda v: len(v) <= CONTACT_MAX_CHARS,
        f"at most {CONTACT_MAX_CHARS} characters"),
    Key(
        "clinic", "website", "clinic_website", str, _website_ok,
        f"a web address (http:// or https://) of at most {WEBSITE_MAX_CHARS} characters",
    ),
    Key(
        "content", "languages", "languages", tuple,
        lambda v: 0 < len(v) <= MAX_LANGUAGES and all(_lang_ok(x) for x in v),
        f"a list of 1 to {MAX_LANGUAGES} language codes",
    ),
    Key("content", "default_language", "default_language", str, _lang_ok, "a language code"),
    Key("content", "extra_folder", "extra_content", Path),
    Key("kiosk", "enabled", "kiosk_enabled", bool),
    Key(
        "kiosk", "idle_seconds", "kiosk_idle_seconds", int,
        lambda v: 30 <= v <= 600, "a whole number from 30 to 600",
    ),
    Key("kiosk", "screen", "kiosk_screen", int, lambda v: 0 <= v <= 8, "a screen number from 0 to 8"),
    Key("kiosk", "hide_cursor", "kiosk_hide_cursor", bool),
    Key("kiosk", "usage_counts", "kiosk_usage_counts", bool),
    Key(
        "kiosk", "stall_seconds", "kiosk_stall_seconds", int,
        lambda v: 5 <= v <= 600, "a whole number from 5 to 600",
    ),
    Key(
        "print", "per_session", "print_per_session", int,
        lambda v: 0 <= v <= 100, "a whole number from 0 to 100",
    ),
    Key(
        "print", "per_day", "print_per_day", int,
        lambda v: 0 <= v <= 10_000, "a whole number from 0 to 10000",
    ),
    Key(
        "print", "sheets_per_handout", "print_sheets_per_handout", int,
        lambda v: 1 <= v <= 200, "a whole number from 1 to 200",
    ),
    Key(
        "print", "sheets_per_day", "print_sheets_per_day", int,
        lambda v: 0 <= v <= 100_000, "a whole number from 0 to 100000",
    ),
    Key("print", "printer", "printer", str, lambda v: len(v) <= 200, "a printer name"),
    Key("print", "paper", "paper", str, lambda v: v in PAPER_SIZES,
        'one of "a4", "letter" or "roll80" (an 80 mm receipt roll)'),
    Key("print", "receipt_printer", "receipt_printer", str, lambda v: len(v) <= 200,
        "a printer name"),
    Key("print", "receipt_escpos", "receipt_escpos", Path),
    Key("print", "receipt_dots", "receipt_dots", int, lambda v: v in RECEIPT_DOTS,
        "576 or 512 (dots across the roll)"),
    Key(
        "touch", "keyboard", "touch_keyboard", str, lambda v: v in ("kiosk", "always", "never"),
        'one of "kiosk" (on a kiosk only), "always" or "never"',
    ),
    Key(
        "admin", "pin_hash", "admin_pin_hash", str,
        lambda v: v == "" or valid_pin_hash(v),
        "a whole hash written by 'edu-app set-pin' (it is damaged: set a new PIN with "
        "'edu-app set-pin', or on the kiosk's screen by holding its top-left corner)",
    ),
)


class ConfigMessage(NamedTuple):
    """Something staff should know about the configuration."""

    text: str


def default_config_path() -> Path:
    """Where clinic.toml is looked for when ``--config`` is not given."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    user = paths.user_config_dir() / "clinic.toml"
    if user.is_file():
        return user
    site = paths.site_config_dir() / "clinic.toml"
    return site if site.is_file() else user


def _coerce(key: Key, value: Any, base: Path) -> Any:
    """Return the typed value, or raise TypeError/ValueError."""
    if key.kind is bool:
        if not isinstance(value, bool):
            raise TypeError
        return value
    if key.kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError
        return value
    if key.kind is str:
        if not isinstance(value, str):
            raise TypeError
        return value.strip()
    if key.kind is tuple:
        if not isinstance(value, list):
            raise TypeError
        return tuple(dict.fromkeys(value)) if all(isinstance(v, str) for v in value) else tuple(value)
    if key.kind is Path:
        if not isinstance(value, str) or not value.strip():
            raise TypeError
        try:
            path = Path(value).expanduser()
        except RuntimeError as exc:  # "~someone/…" for a user this machine does not have
            raise ValueError from exc
        return path if path.is_absolute() else base / path
    raise TypeError


_KIND_WORDS = {bool: "true or false", int: "a whole number", str: "text", tuple: "a list",
               Path: "a file or folder path"}


# --- Versioned layouts (as Picard and OpenLP do) ------------------------------------------------
# clinic.toml may say which layout it is written in: a top-level ``schema = N`` (a file without it
# is schema 1, the first layout). When a release renames, moves or changes the meaning of a key,
# it raises CLINIC_SCHEMA and adds one Upgrade from the previous layout. On load, a file's data is
# brought up to date in memory, one step after another, and staff are told what changed; the file
# itself is never rewritten (it is the clinic's, often commented by hand, and tomllib only reads).
# A file from a newer program is read as well as this one can: known keys are used, the rest are
# reported. Preferences (QSettings, written by the program itself) carry a schema the same way.

CLINIC_SCHEMA = 1  # the newest layout of clinic.toml this program reads


class Upgrade(NamedTuple):
    """One step between two layouts: ``apply`` turns data of schema ``to - 1`` into schema ``to``
    (it gets its own copy and may change it); ``change`` says what changed, for staff."""

    to: int
    change: str
    apply: Callable[[dict[str, Any]], dict[str, Any]]


CLINIC_UPGRADES: tuple[Upgrade, ...] = ()  # none yet: schema 1 is the first layout
PREFERENCE_UPGRADES: tuple[Upgrade, ...] = ()


def upgrade(
    data: Mapping[str, Any], upgrades: tuple[Upgrade, ...], current: int
) -> tuple[dict[str, Any], list[str]]:
    """``data`` (without its ``schema`` key) brought up to layout ``current``, and what to tell."""
    result = dict(data)
    stated = result.pop("schema", 1)
    if isinstance(stated, bool) or not isinstance(stated, int) or stated < 1:
        return result, [f"schema must be a whole number such as {current}; read as schema {current}"]
    if stated > current:
        return result, [f"schema {stated} is newer than this program reads (up to {current}): "
                        "the keys it knows are used, the rest are reported; update the program"]
    done: list[str] = []
    for step in sorted(upgrades, key=lambda u: u.to):
        if stated < step.to <= current:
            try:
                result = step.apply(copy.deepcopy(result))
            except (TypeError, ValueError, KeyError, AttributeError):
                return result, [f"schema {stated} could not be brought up to schema {step.to}; "
                                "read as it is"]
            done.append(one_line(step.change))
    if not done:
        return result, []
    return result, [f"written for schema {stated}, read as schema {current} ({'; '.join(done)}); "
                    f"to stop this message, make these changes in the file and set schema = {current}"]


def parse_config(data: Mapping[str, Any], base: Path) -> tuple[ClinicConfig, list[ConfigMessage]]:
    """Typed configuration from parsed TOML (upgraded to the newest layout first); wrong keys
    fall back to their defaults."""
    defaults = ClinicConfig()
    values: dict[str, Any] = {}
    data, notes = upgrade(data, CLINIC_UPGRADES, CLINIC_SCHEMA)
    messages = [ConfigMessage(note) for note in notes]
    known_sections = {k.section for k in CLINIC_KEYS}
    for section, table in data.items():
        if section not in known_sections:
            messages.append(
                ConfigMessage(f"[{one_line(section)}] is not a known section; it is ignored"))
        elif not isinstance(table, dict):
            messages.append(ConfigMessage(f"[{section}] must be a table; using defaults"))
    for key in CLINIC_KEYS:
        table = data.get(key.section)
        if not isinstance(table, dict) or key.name not in table:
            continue
        default = getattr(defaults, key.attr)
        try:
            value = _coerce(key, table[key.name], base)
            if not key.check(value):
                raise ValueError
        except (TypeError, ValueError):
            want = key.rule or _KIND_WORDS[key.kind]
            shown = "" if default in (None, "") else f" ({_show(default)})"
            messages.append(
                ConfigMessage(
                    f"[{key.section}] {key.name} must be {want}; using the default{shown}"
                )
            )
            if key.attr == "admin_pin_hash":
                values["admin_pin_damaged"] = True
            continue
        values[key.attr] = value
        raw = table[key.name]
        if key.kind is tuple and isinstance(raw, list) and len(raw) != len(value):
            messages.append(ConfigMessage(
                f"[{key.section}] {key.name} names a language more than once; each is used once"))
    for section, table in data.items():
        if isinstance(table, dict) and section in known_sections:
            names = {k.name for k in CLINIC_KEYS if k.section == section}
            for name in table:
                if name not in names:
                    messages.append(ConfigMessage(f"[{section}] {one_line(name)} is not a known key"))
    config = defaults._replace(**values)
    if config.default_language not in config.languages:
        messages.append(
            ConfigMessage(
                f"[content] default_language '{config.default_language}' is not in languages; "
                f"using '{config.languages[0]}'"
            )
        )
        config = config._replace(default_language=config.languages[0])
    return config, messages


def _show(value: Any) -> str:
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def load_config(path: Path | None, explicit: bool = False) -> tuple[ClinicConfig, list[ConfigMessage]]:
    """Load clinic.toml. Never raises; problems come back as messages."""
    if path is None:
        return ClinicConfig(), []
    if path.exists() and not path.is_file():  # a folder, or a pipe that would block start-up
        return ClinicConfig(), [ConfigMessage(f"{path}: not a regular file; using defaults")]
    if not path.is_file():
        if explicit:
            return ClinicConfig(), [ConfigMessage(f"{path}: file not found; using defaults")]
        return ClinicConfig(), []
    try:
        if path.stat().st_size > CONFIG_MAX_BYTES:
            return ClinicConfig(source=path), [ConfigMessage(
                f"{path}: larger than {CONFIG_MAX_BYTES} bytes; using defaults")]
        raw = path.read_bytes()
    except OSError as exc:
        return ClinicConfig(), [ConfigMessage(f"{path}: cannot read ({exc.strerror}); using defaults")]
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark (as Notepad writes) is fine
    except UnicodeDecodeError:
        return ClinicConfig(source=path), [
            ConfigMessage(f"{path}: not UTF-8 text; using defaults")
        ]
    data, early = parse_toml_leniently(text)
    if data is None:
        return ClinicConfig(source=path), [ConfigMessage(f"{path}: {m.text}") for m in early]
    config, messages = parse_config(data, path.parent)
    return config._replace(source=path), [
        ConfigMessage(f"{path.name}: {m.text}") for m in [*early, *messages]
    ]


def parse_toml_leniently(text: str) -> tuple[dict[str, Any] | None, list[ConfigMessage]]:
    """Parsed TOML; a line TOML cannot read is left out (and reported) so that one typo does not
    throw away the rest of the file, the staff PIN included. None when the file cannot be read
    even so (more than MAX_BAD_LINES bad lines, or nesting too deep)."""
    import tomllib  # only when there is a file to read

    lines = text.split("\n")
    messages: list[ConfigMessage] = []
    for attempt in range(MAX_BAD_LINES + 1):
        try:
            return tomllib.loads("\n".join(lines)), messages
        except RecursionError:  # tomllib recurses into nested arrays and tables
            return None, [ConfigMessage("nested too deeply; using defaults")]
        except tomllib.TOMLDecodeError as exc:
            if attempt == MAX_BAD_LINES:
                break
            match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
            reason = re.sub(r"\s*\(at line \d+, column \d+\)|\s*\(at end of document\)", "",
                            str(exc))
            number = int(match.group(1)) if match else len(lines)
            if not 1 <= number <= len(lines) or not lines[number - 1].strip():
                # e.g. an unclosed string or list that runs to the end of the file
                return None, [*messages, ConfigMessage(f"{reason}; using defaults")]
            shown = one_line(lines[number - 1].strip())[:60]
            if "pin_hash" in shown:  # the hash is not shown on screen or written to the log
                shown = "pin_hash = …"
            lines[number - 1] = ""  # blanked, so that later line numbers stay right
            messages.append(ConfigMessage(
                f"line {number} ({shown}) is not valid TOML ({reason}); it is ignored"))
    return None, [*messages, ConfigMessage("too many lines are not valid TOML; using defaults")]


class Preferences(NamedTuple):
    """Per-machine preferences (stored by the UI in QSettings)."""

    language: str = ""
    text_scale: int = 100
    high_contrast: bool = False
    schema: int = SCHEMA_VERSION

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Preferences:
        """Validated preferences (upgraded to the newest layout first, silently: the program
        writes them itself); unknown or bad values fall back to defaults."""
        result = cls()
        data, _notes = upgrade(_with_int_schema(data), PREFERENCE_UPGRADES, SCHEMA_VERSION)
        language = data.get("language")
        if isinstance(language, str) and (language == "" or _lang_ok(language)):
            result = result._replace(language=language)
        scale = _as_int(data.get("text_scale"))
        if scale in TEXT_SCALES:
            result = result._replace(text_scale=scale)
        contrast = data.get("high_contrast")
        if isinstance(contrast, str):
            contrast = contrast.lower() in ("true", "1")
        if isinstance(contrast, bool):
            result = result._replace(high_contrast=contrast)
        return result

    def to_mapping(self) -> dict[str, Any]:
        """Plain values for storage."""
        return self._asdict()


def _with_int_schema(data: Mapping[str, Any]) -> dict[str, Any]:
    """QSettings may give numbers back as text; the schema is read as a number."""
    result = dict(data)
    if "schema" in result:
        result["schema"] = _as_int(result["schema"])
    return result


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
