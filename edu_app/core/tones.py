"""Skin tones for illustrations: SVGs draw skin in fixed light-tone colours, swapped here.

Eczema looks different on darker skin (brown, purple or grey rather than red), so the patch
colours change with the tone, not only the skin. See docs/content-format.md, "Skin tones".
"""

from __future__ import annotations

TONES = ("light", "medium", "dark")

# token (as drawn, light tone) -> colour per tone
PALETTE: dict[str, dict[str, str]] = {
    "#f1c9a8": {"light": "#f1c9a8", "medium": "#c68b5e", "dark": "#6e4530"},  # skin
    "#d9a37e": {"light": "#d9a37e", "medium": "#a66f45", "dark": "#573422"},  # shade
    "#b9825d": {"light": "#b9825d", "medium": "#8a5634", "dark": "#432719"},  # deep shade
    "#d9604c": {"light": "#d9604c", "medium": "#9a4a3c", "dark": "#5c4660"},  # eczema patch
    "#b8432f": {"light": "#b8432f", "medium": "#7d3a2f", "dark": "#463548"},  # patch, darker
}


def has_skin(svg_text: str) -> bool:
    """Whether the SVG draws skin with the tone tokens (then tone buttons make sense)."""
    lowered = svg_text.lower()
    return any(token in lowered for token in PALETTE)


def apply_tone(svg_text: str, tone: str) -> str:
    """The SVG with its skin drawn in ``tone`` (unknown tones leave it unchanged)."""
    if tone not in TONES or tone == "light":
        return svg_text
    result = svg_text
    for token, colours in PALETTE.items():
        result = result.replace(token, colours[tone]).replace(token.upper(), colours[tone])
    return result
