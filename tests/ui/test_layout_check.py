"""check-layout's eyes: what it reads off real widgets, and the command line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from edu_app.cli import main
from edu_app.core.layout_rules import Rect, problems
from edu_app.ui.layout_check import boxes_of, round_trips

from ui_helpers import make_window


def test_a_squeezed_button_a_floating_label_and_a_sideways_scroll_are_seen(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    row = QHBoxLayout(window)
    squeezed = QPushButton("A long button label that cannot fit")
    squeezed.setObjectName("Squeezed")
    squeezed.setMaximumWidth(90)
    row.addWidget(squeezed)
    area = QScrollArea()
    area.setObjectName("Wide")
    inner = QLabel("x" * 20)
    inner.setMinimumWidth(900)  # far wider than the area
    area.setWidget(inner)
    row.addWidget(area)
    floating = QLabel("Floating", window)  # not in the layout: placed by hand
    floating.setObjectName("Floating")
    floating.setGeometry(380, 10, 100, 30)  # its right part is past the window's edge
    window.show()
    qtbot.waitExposed(window)
    found = problems(boxes_of(window), Rect(0, 0, 400, 300), kiosk=True)
    assert any(line.startswith("QWidget/Squeezed 'A long button label that can': text clipped")
               for line in found), found
    assert any(line.startswith("QWidget/Wide: horizontal scroll bar") for line in found), found
    assert "QWidget/Floating 'Floating': outside the window (100x30+380+10 in 400x300+0+0)" in found
    assert not any("overlaps" in line and "Floating" in line for line in found)  # floats on purpose
    assert not any(line.startswith("QScrollArea") or ("QLabel 'xxxx" in line and "outside" in line)
                   for line in found)  # content in a scrolling area may lie beyond its view


def test_the_top_bar_round_trips_are_measured(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, library)
    heights = iter([76, 142, 142])
    window.top_bar.height = lambda: next(heights)  # a bar that grows after the first trip
    found = round_trips(window)
    assert found[0] == "TopBar: 76 px high before and 142 px after en → th → en"
    assert found[1] == "TopBar: 76 px high before and 142 px after text sizes up to 200 % and back"
    assert window.lang == "en" and window.preferences.text_scale == 100  # left as it was


def test_the_command_reports_and_exits_1_on_problems(capsys, hermetic) -> None:  # type: ignore[no-untyped-def]
    code = main(["check-layout", "--size", "800x1280", "--text-size", "200", "--lang", "en"])
    out = capsys.readouterr().out
    last = out.strip().splitlines()[-1]
    assert last.startswith("check-layout (800x1280, en, text 200 %):")
    assert code == (1 if "0 problems" not in last else 0)
    with pytest.raises(SystemExit) as stop:  # argparse: one line on stderr, exit 2
        main(["check-layout", "--size", "nonsense"])
    assert stop.value.code == 2


def test_a_window_that_must_grow_past_its_screen_is_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    from edu_app.ui.layout_check import grew

    window = QWidget()
    qtbot.addWidget(window)
    tall = QLabel("tall")
    tall.setMinimumSize(200, 900)  # more than the 400x300 screen below
    QHBoxLayout(window).addWidget(tall)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    found = grew(window, 400, 300)
    assert len(found) == 1 and found[0].startswith("the window needs 400x9")
    assert found[0].endswith("more than the screen's 400x300")
    roomy = QWidget()  # content that fits its screen: nothing to report
    qtbot.addWidget(roomy)
    QHBoxLayout(roomy).addWidget(QLabel("short"))
    roomy.resize(400, 300)
    roomy.show()
    qtbot.waitExposed(roomy)
    assert grew(roomy, 400, 300) == []
