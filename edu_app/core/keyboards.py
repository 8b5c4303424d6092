"""Key layouts of the on-screen keyboard (Qt-free data; drawn by ``edu_app.ui.keyboard``).

Each layout is rows of keys; each key is a pair (the character typed, the character typed with
Shift). English is QWERTY with a number row; Thai is Kedmanee (the standard Thai layout, TIS
820-2538) on the same keys, so a Thai reader finds each letter where a Thai keyboard has it.
"""

from __future__ import annotations

Row = tuple[tuple[str, str], ...]


def _row(plain: str, shifted: str) -> Row:
    if len(plain) != len(shifted):
        raise ValueError("a row's plain and shifted keys must match one to one")
    return tuple(zip(plain, shifted, strict=True))


ENGLISH: tuple[Row, ...] = (
    _row("1234567890-", "1234567890-"),
    _row("qwertyuiop", "QWERTYUIOP"),
    _row("asdfghjkl'", "ASDFGHJKL'"),
    _row("zxcvbnm,.?", "ZXCVBNM,.?"),
)

# Kedmanee, key by key from the number row down (the keys of 1 … =, Q … \, A … ', Z … /).
THAI: tuple[Row, ...] = (
    _row("ๅ/-ภถุึคตจขช", "+๑๒๓๔ู฿๕๖๗๘๙"),
    _row("ๆไำพะัีรนยบลฃ", "๐\"ฎฑธํ๊ณฯญฐ,ฅ"),
    _row("ฟหกดเ้่าสวง", "ฤฆฏโฌ็๋ษศซ."),
    _row("ผปแอิืทมใฝ", "()ฉฮฺ์?ฒฬฦ"),
)

LAYOUTS: dict[str, tuple[Row, ...]] = {"en": ENGLISH, "th": THAI}


def layout_for(language: str) -> tuple[Row, ...]:
    """The layout for a language; English for a language without its own."""
    return LAYOUTS.get(language, ENGLISH)


def next_layout(language: str) -> str:
    """The layout the language key switches to (English ↔ Thai)."""
    names = list(LAYOUTS)
    current = language if language in LAYOUTS else names[0]
    return names[(names.index(current) + 1) % len(names)]
