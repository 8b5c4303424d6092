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


def test_the_setting_chooses_the_theme() -> None:
    from edu_app.core.theme import theme_for

    assert theme_for(True).name == "high-contrast"
    assert theme_for(False).name == NORMAL.name != "high-contrast"


def test_dark_channels_use_the_linear_part_of_srgb() -> None:
    from edu_app.core.theme import luminance

    # 10/255 = 0.0392 is under the knee (0.03928): 0.0392157 / 12.92 = 0.0030353
    assert luminance("#0a0a0a") == pytest.approx(0.0030353, abs=1e-6)
    # 11/255 = 0.0431 is over it: ((0.0431373 + 0.055) / 1.055) ** 2.4 = 0.0033465
    assert luminance("#0b0b0b") == pytest.approx(0.0033465, abs=1e-6)
    assert luminance("#ff0000") == pytest.approx(0.2126)
    assert luminance("#00ff00") == pytest.approx(0.7152)
    assert luminance("#0000ff") == pytest.approx(0.0722)


def test_the_report_names_each_pair_as_a_reader_would() -> None:
    names = [what for what, _fg, _bg in text_pairs(NORMAL)]
    assert names[:10] == [
        "body text", "body text on cards", "secondary text", "secondary text on cards", "links",
        "links on cards", "buttons", "search highlight", "table header", "text on alternate rows"]
    assert "danger callout title" in names and "rct badge" in names
