"""Illustrations on a page: compare wipe, skin tones, tap-to-explain labels, figures in text."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent, QTextDocument
from PySide6.QtWidgets import QApplication

from edu_app.core.content import load_library

from helpers import page_text, write
from ui_helpers import make_window

SKIN_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600">'
    '<rect x="0" y="0" width="800" height="600" fill="#ffffff"/>'
    '<circle cx="400" cy="300" r="150" fill="#f1c9a8"/>'
    '<circle cx="420" cy="320" r="40" fill="{patch}"/>'
    '<rect id="label-skin" x="20" y="20" width="220" height="60" fill="none" stroke="none"/>'
    "</svg>"
)


def tree(content: Path) -> Path:
    illustrations = content.parent / "illustrations"
    write(illustrations / "healthy.svg", SKIN_SVG.format(patch="#f1c9a8"))
    write(illustrations / "eczema.svg", SKIN_SVG.format(patch="#d9604c"))
    write(content / "en" / "illustrations-test.toml",
          '[healthy]\nalt = "Healthy skin."\nlabel-skin = "Healthy skin"\n'
          'info-skin = "The wall is whole."\n'
          '[eczema]\nalt = "Eczema skin."\nlabel-skin = "Eczema skin"\n')
    page = page_text("compare", 5, "Text.\n\n![The demo picture.](figure:demo)\n\nMore.\n", "[]",
                     illustration="healthy").replace(
        'review_status = "draft"', 'review_status = "draft"\ncompare = "eczema"')
    write(content / "en" / "compare.md", page)
    return content


def test_compare_tones_and_labels(qtbot, content_tree: Path) -> None:  # type: ignore[no-untyped-def]
    library = load_library(tree(content_tree), content_tree.parent / "illustrations")
    assert library.errors == []
    window = make_window(qtbot, library)
    window.open_page("compare")
    panel, view = window.topic.panel, window.topic.illustration
    qtbot.waitUntil(lambda: view.isVisible() and view.width() > 300)
    view.grab()  # paints, as showing it does
    assert view.has_compare and panel.hint.isVisible() and panel.tone_bar.isVisible()
    # drag the divider to the right
    target = view._target
    middle = QPoint(int(target.center().x()), int(target.center().y()))
    right = QPoint(int(target.x() + target.width() * 0.8), middle.y())
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=middle)
    drag = QMouseEvent(QEvent.Type.MouseMove, QPointF(right), view.mapToGlobal(QPointF(right)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, drag)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=right)
    assert 0.75 < view.split < 0.85
    # tap the label on the healthy (left) side: its explanation opens
    view.grab()
    box = next(b for b, element in view._boxes if element == "label-skin")
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    assert window.topic.popup.isVisible()
    assert window.topic.popup.definition.text() == "The wall is whole."
    # skin tones
    before = view.grab().toImage()
    qtbot.mouseClick(panel.tone_buttons["dark"], Qt.MouseButton.LeftButton)
    assert panel.tone == "dark"
    assert view.grab().toImage() != before


def test_figure_is_an_image_inside_the_text(qtbot, content_tree: Path) -> None:  # type: ignore[no-untyped-def]
    library = load_library(tree(content_tree), content_tree.parent / "illustrations")
    window = make_window(qtbot, library)
    window.open_page("compare")
    browser = window.topic.browser
    assert "figure:demo" in browser.figures  # laid out from its size, not drawn yet
    browser.verticalScrollBar().setValue(browser.verticalScrollBar().maximum())
    browser.viewport().grab()  # painting the figure draws it
    assert "figure:demo" not in browser.figures
    image = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("figure:demo"))
    assert image is not None and not image.isNull()
    declared = re.search(r'src="figure:demo" width="(\d+)" height="(\d+)"', browser.toHtml())
    assert declared is not None
    ratio = image.devicePixelRatio()
    assert (round(image.width() / ratio), round(image.height() / ratio)) == (
        int(declared.group(1)), int(declared.group(2)))
    assert "The demo picture." in window.topic.browser.toPlainText()


def test_plain_illustration_has_no_tone_or_compare_controls(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_page("barrier")
    assert not window.topic.panel.tone_bar.isVisibleTo(window)
    assert not window.topic.panel.hint.isVisibleTo(window)


def test_the_compare_divider_works_by_keyboard(qtbot, content_tree: Path) -> None:  # type: ignore[no-untyped-def]
    library = load_library(tree(content_tree), content_tree.parent / "illustrations")
    window = make_window(qtbot, library)
    window.open_page("compare")
    view = window.topic.illustration
    assert view.has_compare and view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert abs(view.split - 0.6) < 1e-9
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.split == 0.0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.split == 1.0
    window.open_page("barrier")  # a single picture takes no keyboard focus
    assert window.topic.illustration.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_compare_label_is_shown_whole_or_not_at_all(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    """Where the divider crosses a label, the label is not drawn cut in two (nor run into the
    other picture's label): it is left out until the divider leaves it whole."""
    from edu_app.paint.illustrations import label_boxes
    from edu_app.ui.illustration import HANDLE
    from edu_app.ui.illustration_cache import outline

    window = make_window(qtbot, library)
    window.resize(1280, 800)
    window.open_page("skin-barrier")
    view = window.topic.illustration
    qtbot.waitUntil(lambda: view.isVisible() and view.width() > 300)
    view.grab()
    assert view.has_compare
    target = view._target
    healthy = library.illustration_path("skin-healthy")
    texts = library.language("en").illustrations["skin-healthy"]
    boxes = label_boxes(outline(healthy), target, list(texts.labels))
    left_column = [box for box in boxes.values() if box.right() < target.center().x()]
    assert left_column  # the healthy picture's labels down its left side

    def ink(image, box, right_edge: float) -> int:  # type: ignore[no-untyped-def]
        dark = 0
        for x in range(int(box.left()) + 1, int(min(box.right(), right_edge)) - 1):
            for y in range(int(box.top()) + 1, int(box.bottom()) - 1):
                colour = image.pixelColor(x, y)
                dark += colour.red() < 140 and colour.green() < 140 and colour.blue() < 140
        return dark

    for box in left_column:
        view.split = (box.center().x() - target.x()) / target.width()  # the line through it
        image = view.grab().toImage()
        cut = target.x() + target.width() * view.split
        assert ink(image, box, cut - HANDLE) < 5, box  # no half label
        view.split = (box.right() + HANDLE + 4 - target.x()) / target.width()  # clear of it
        image = view.grab().toImage()
        assert ink(image, box, box.right()) > 20, box  # the whole label is written
