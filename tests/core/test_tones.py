"""Skin-tone colour swapping."""

from __future__ import annotations

from edu_app.core.tones import PALETTE, apply_tone, has_skin

SVG = '<svg><rect fill="#f1c9a8"/><circle fill="#D9604C"/><rect fill="#123456"/></svg>'


def test_tones_swap_skin_and_patches_only() -> None:
    dark = apply_tone(SVG, "dark")
    assert 'fill="#6e4530"' in dark and 'fill="#5c4660"' in dark
    assert 'fill="#123456"' in dark
    assert apply_tone(SVG, "light") == SVG and apply_tone(SVG, "purple") == SVG


def test_has_skin() -> None:
    assert has_skin(SVG) and not has_skin('<svg><rect fill="#123456"/></svg>')


def test_every_tone_is_darker_than_the_last() -> None:
    def brightness(colour: str) -> int:
        return sum(int(colour[i : i + 2], 16) for i in (1, 3, 5))

    for colours in PALETTE.values():
        assert brightness(colours["light"]) > brightness(colours["medium"]) > brightness(colours["dark"])
