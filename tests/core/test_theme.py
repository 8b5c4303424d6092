"""WCAG contrast of every text/background pair the program draws."""

from __future__ import annotations

import pytest

from edu_app.core.theme import HIGH_CONTRAST, NORMAL, contrast, text_pairs


def test_contrast_formula_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("theme", "minimum"), [(NORMAL, 4.5), (HIGH_CONTRAST, 7.0)])
def test_every_pair_meets_its_minimum(theme, minimum) -> None:  # type: ignore[no-untyped-def]
    failing = [
        f"{what}: {contrast(fg, bg):.2f}"
        for what, fg, bg in text_pairs(theme)
        if contrast(fg, bg) < minimum
    ]
    assert failing == []


def test_high_contrast_keeps_the_urgent_callout_red() -> None:
    danger = HIGH_CONTRAST.callouts["danger"]
    others = {HIGH_CONTRAST.callouts[k].border for k in ("note", "tip", "summary")}
    assert danger.border not in others
    red, green, blue = (int(danger.border[i:i + 2], 16) for i in (1, 3, 5))
    assert red > 200 and green < 120 and blue < 120  # a red bar, as "#b3261e" is in the normal theme


def test_disabled_controls_look_different_from_usable_ones() -> None:
    for theme in (NORMAL, HIGH_CONTRAST):
        assert theme.disabled not in (theme.text, theme.border, theme.accent, theme.accent_text)
