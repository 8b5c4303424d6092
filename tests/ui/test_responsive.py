"""Layouts that hold at any size (issue 16): buttons keep their words, rows wrap, the handout
builder puts its preview under the form when the form would not fit beside it, its messages
are in sight, and the wheel scrolls the form rather than changing a choice."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QScrollArea, QWidget

from edu_app.core.layout_rules import Rect, problems
from edu_app.core.theme import NORMAL
from edu_app.ui.layout_check import boxes_of, settle
from edu_app.ui.main_window import MainWindow
from edu_app.ui.responsive import FlowRow
from edu_app.ui.style import style_sheet

from ui_helpers import make_window


def test_a_row_of_buttons_does_not_cut_their_words_to_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    # With the application's style sheet (set on this window only, not the whole application),
    # a layout too narrow for two buttons must not squeeze them below their words (a style
    # sheet's min-width used to become their minimum size).
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(style_sheet(NORMAL, 100))
    row = QHBoxLayout(window)
    first, second = QPushButton("Whole page, printed in full"), QPushButton("Summary only")
    row.addWidget(first)
    row.addWidget(second)
    window.resize(120, 80)  # far too narrow
    window.show()
    qtbot.waitExposed(window)
    for button in (first, second):
        assert button.width() >= button.sizeHint().width() > 120 // 2, button.text()


def test_a_flow_row_wraps_instead_of_cutting_or_overflowing(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    flow = FlowRow(spacing=10, parent=window)
    buttons = [QWidget() for _ in range(3)]  # (plain widgets: no style sheet sizes them)
    for button in buttons:
        button.setFixedSize(150, 50)
        flow.add(button)
    window.show()
    flow.resize(500, 200)  # all three fit: 3 x 150 + 2 x 10 = 470
    settle()
    assert [b.pos().toTuple() for b in buttons] == [(0, 0), (160, 0), (320, 0)]
    flow.resize(400, 200)  # the third goes on a second row
    settle()
    assert [b.pos().toTuple() for b in buttons] == [(0, 0), (160, 0), (0, 60)]
    assert flow.heightForWidth(400) == 110 and flow.heightForWidth(470) == 50
    assert flow.heightForWidth(100) == 170  # one a row (never narrower than a button)
    assert flow.minimumSizeHint().toTuple() == (150, 50)  # the height comes from heightForWidth


def builder_at(qtbot, library, size: tuple[int, int], scale: int = 100) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, library)
    window.set_text_scale(scale)
    window.resize(*size)
    window.open_handout(whole=["skin-barrier"])
    qtbot.waitUntil(lambda: window.handout.isVisible())
    settle()
    return window


def test_the_builder_puts_the_preview_under_the_form_when_it_would_not_fit_beside(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window = builder_at(qtbot, library, (1920, 1080))
    view = window.handout
    form, preview = view.split.layout().itemAt(0).widget(), view.preview_stack
    assert not view.split.stacked
    assert preview.x() > form.x() + form.width() - 1 and abs(preview.y() - form.y()) < 2
    window.resize(768, 1024)  # portrait
    settle()
    assert view.split.stacked
    assert preview.y() >= form.y() + form.height() and preview.height() > 150
    window.resize(1024, 768)  # landscape again, text at 200 %: whichever way, nothing sideways
    window.set_text_scale(200)
    settle()
    found = problems(boxes_of(window), Rect(0, 0, window.width(), window.height()), kiosk=False)
    assert found == []
    window.set_text_scale(100)
    settle()
    assert not view.split.stacked  # room beside the form again


def test_the_builder_says_what_to_do_until_something_is_chosen(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, library)
    window.open_handout()
    view = window.handout
    qtbot.waitUntil(lambda: view.isVisible())
    assert view.preview_stack.currentWidget() is view.empty_preview
    assert "Whole page" in view.empty_preview.text()
    assert not view.status.isVisible()  # nothing to report yet: no empty band
    assert not view.print_now()
    assert view.status.isVisible() and view.status.text() == \
        "Choose at least one topic or question first."
    view.topic_choices["skin-barrier"].setCurrentIndex(1)  # "Whole page"
    qtbot.waitUntil(lambda: view.preview_stack.currentWidget() is view.preview, timeout=3000)


def test_print_and_save_stay_in_sight_at_the_bottom_of_a_long_form(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window = builder_at(qtbot, library, (1024, 768), scale=150)
    view = window.handout
    scroll = view.findChild(QScrollArea)
    assert scroll is not None and scroll.verticalScrollBar().maximum() > 0  # a long form
    for button in (view.print_button, view.save_button):
        corner = button.mapTo(window, QPoint(0, 0))
        assert button.isVisible() and corner.y() + button.height() <= window.height(), button.text()
        assert not scroll.isAncestorOf(button)


def wheel_down(widget: QWidget) -> None:
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_choice_scrolls_the_form_and_leaves_the_choice(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window = builder_at(qtbot, library, (1024, 768), scale=150)
    view = window.handout
    scroll = view.findChild(QScrollArea)
    assert scroll is not None
    combo = view.topic_choices["skin-barrier"]
    view.name.setFocus()
    before, position = combo.currentIndex(), scroll.verticalScrollBar().value()
    wheel_down(combo)
    assert combo.currentIndex() == before
    assert scroll.verticalScrollBar().value() > position
    window.activateWindow()
    combo.setFocus()  # chosen on purpose: then the wheel changes it, as people expect
    qtbot.waitUntil(combo.hasFocus)
    wheel_down(combo)
    assert combo.currentIndex() != before


def test_a_minus_and_a_plus_stay_under_the_finger_through_every_text_size(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    """Tapped again and again, A+ (then A−) is where it was: the words around it grow and the
    bar may stack, but neither button moves or changes size, in either language."""
    from edu_app.core.settings import TEXT_SCALES

    window = make_window(qtbot, library)
    for size, lang in (((1024, 768), "en"), ((768, 1024), "th"), ((1366, 768), "th"),
                       ((1080, 1920), "en")):
        window.set_language(lang)
        window.set_text_scale(TEXT_SCALES[0])
        window.resize(*size)
        settle()
        bar = window.top_bar

        def where(bar=bar) -> tuple[tuple[int, int, int, int], ...]:  # type: ignore[no-untyped-def]
            return tuple((b.mapTo(window, QPoint(0, 0)).x(), b.mapTo(window, QPoint(0, 0)).y(),
                          b.width(), b.height()) for b in (bar.smaller, bar.larger))

        first = where()
        for scale in (*TEXT_SCALES[1:], *reversed(TEXT_SCALES[:-1])):  # up with A+, down with A−
            (bar.larger if scale > window.preferences.text_scale else bar.smaller).click()
            settle()
            assert window.preferences.text_scale == scale
            # the same place and width; taller only downwards, by a line of larger text
            for (x, y, w, h), (x0, y0, w0, h0) in zip(where(), first, strict=True):
                assert (x, y, w) == (x0, y0, w0) and h0 <= h <= h0 + 8, (size, lang, scale)


def test_a_choice_box_draws_a_flat_chevron_in_either_theme(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No sunken platform arrow box: the style sheet's own chevron, in the theme's text colour
    (a missing icon file would leave the box with no arrow at all)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QComboBox

    from edu_app.core.theme import HIGH_CONTRAST

    for theme in (NORMAL, HIGH_CONTRAST):
        box = QComboBox()
        qtbot.addWidget(box)
        box.setStyleSheet(style_sheet(theme, 100))
        box.addItem("Speed: normal")
        box.resize(320, 64)
        image = box.grab().toImage()
        ink = QColor(theme.text)
        near = 0
        for x in range(image.width() - 40, image.width() - 8):
            for y in range(8, image.height() - 8):
                colour = image.pixelColor(x, y)
                near += (abs(colour.red() - ink.red()) + abs(colour.green() - ink.green())
                         + abs(colour.blue() - ink.blue())) < 90
        assert near > 15, theme.name  # the chevron's strokes


def test_qt_s_own_save_dialog_gets_square_tool_buttons(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Where Qt draws its own file dialog (Linux without a portal), its icon buttons are touch
    squares, not 90 px wide slabs around a tiny icon."""
    from PySide6.QtWidgets import QFileDialog, QToolButton

    dialog = QFileDialog(None, "Save handout", str(tmp_path / "eczema-handout.pdf"), "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setStyleSheet(style_sheet(NORMAL, 150))
    dialog.resize(900, 600)
    dialog.show()
    settle()
    buttons = [b for b in dialog.findChildren(QToolButton) if b.isVisible() and b.width() > 1]
    assert len(buttons) >= 4  # back, forward, up, new folder, the views
    assert all(b.width() <= b.height() + 4 for b in buttons), [b.size() for b in buttons]
    dialog.close()
