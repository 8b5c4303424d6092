"""Colour themes as plain data, shared by the rendered pages and the widgets' style sheet.

Every text/background pair is checked for WCAG contrast in ``tests/core/test_theme.py``:
at least 4.5 : 1 in the normal theme and 7 : 1 in high contrast.
"""

from __future__ import annotations

from typing import NamedTuple


class Callout(NamedTuple):
    """Colours of one callout kind."""

    background: str
    border: str
    title: str


class Theme(NamedTuple):
    """A palette for screens and rendered pages."""

    name: str
    text: str
    muted: str
    background: str
    surface: str
    surface_alt: str
    border: str
    accent: str
    accent_text: str
    link: str
    highlight: str
    highlight_text: str
    table_header: str
    callouts: dict[str, Callout]
    badges: dict[str, tuple[str, str]]  # evidence key -> (background, text)
    disabled: str = "#7d898e"  # text and dashed border of a control that cannot be used now

    def badge(self, key: str) -> tuple[str, str]:
        """Badge colours for an evidence level."""
        return self.badges.get(key, (self.surface_alt, self.text))


NORMAL = Theme(
    name="normal",
    text="#1f2a30",
    muted="#4f5d65",
    background="#fbfaf7",
    surface="#ffffff",
    surface_alt="#eef3f4",
    border="#c9d3d6",
    accent="#0b6e6e",
    accent_text="#ffffff",
    link="#0a5f7a",
    highlight="#ffe58a",
    highlight_text="#1f2a30",
    table_header="#e1eef0",
    callouts={
        "note": Callout("#e8f1fb", "#2f6db5", "#1d4f8a"),
        "tip": Callout("#e7f5ec", "#2e7d4f", "#1d5c38"),
        "warning": Callout("#fff4e0", "#b26a00", "#7a4800"),
        "danger": Callout("#fdeaea", "#b3261e", "#8c1d18"),
        "summary": Callout("#eef3f4", "#0b6e6e", "#0b5454"),
    },
    badges={
        "guideline": ("#1b5e20", "#ffffff"),
        "review": ("#1e5631", "#ffffff"),
        "rct": ("#1d4f8a", "#ffffff"),
        "regulator": ("#4a3b8f", "#ffffff"),
        "observational": ("#3d5a66", "#ffffff"),
        "small-study": ("#8a5300", "#ffffff"),
        "lab-only": ("#8c1d52", "#ffffff"),
        "company": ("#6b4e16", "#ffffff"),
        "not-proven": ("#a12a1c", "#ffffff"),
        "expert": ("#455a64", "#ffffff"),
    },
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    text="#ffffff",
    muted="#f0f0f0",
    background="#000000",
    surface="#000000",
    surface_alt="#1a1a1a",
    border="#ffffff",
    accent="#ffe500",
    accent_text="#000000",
    link="#ffe500",
    highlight="#ffe500",
    highlight_text="#000000",
    table_header="#262626",
    callouts={
        **{kind: Callout("#000000", "#ffffff", "#ffe500") for kind in ("note", "tip", "summary")},
        "warning": Callout("#000000", "#ffb000", "#ffe500"),
        # the urgent callout stays red, as in the normal theme: a red bar, a dark red ground
        "danger": Callout("#2a0000", "#ff5c5c", "#ff9e9e"),
    },
    badges={
        key: ("#ffffff", "#000000")
        for key in (
            "guideline", "review", "rct", "regulator", "observational",
            "small-study", "lab-only", "company", "not-proven", "expert",
        )
    },
    disabled="#8c8c8c",
)


def theme_for(high_contrast: bool) -> Theme:
    """The theme for the contrast setting."""
    return HIGH_CONTRAST if high_contrast else NORMAL


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    hex_ = colour.lstrip("#")
    r, g, b = (int(hex_[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_pairs(theme: Theme) -> list[tuple[str, str, str]]:
    """Every (what, foreground, background) pair the program draws text with."""
    pairs = [
        ("body text", theme.text, theme.background),
        ("body text on cards", theme.text, theme.surface),
        ("secondary text", theme.muted, theme.background),
        ("secondary text on cards", theme.muted, theme.surface),
        ("links", theme.link, theme.background),
        ("links on cards", theme.link, theme.surface),
        ("buttons", theme.accent_text, theme.accent),
        ("search highlight", theme.highlight_text, theme.highlight),
        ("table header", theme.text, theme.table_header),
        ("text on alternate rows", theme.text, theme.surface_alt),
    ]
    for kind, callout in theme.callouts.items():
        pairs.append((f"{kind} callout text", theme.text, callout.background))
        pairs.append((f"{kind} callout title", callout.title, callout.background))
    for key, (bg, fg) in theme.badges.items():
        pairs.append((f"{key} badge", fg, bg))
    return pairs
