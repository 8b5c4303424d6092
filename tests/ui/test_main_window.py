"""Home, topic page, FAQ and search, driven as a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from edu_app.core.content import load_library
from edu_app.paint.fonts import app_font
from edu_app.ui.home_view import BrokenCard, FaqCard, TopicCard
from edu_app.ui.main_window import MainWindow
from edu_app.ui.widgets import ClickableFrame

from helpers import page_text, write
from ui_helpers import clipped_labels, make_window


def test_home_shows_one_card_per_topic_and_a_faq_card(window: MainWindow) -> None:
    cards = window.home.cards
    assert [c.page_id for c in cards if isinstance(c, TopicCard)] == ["barrier", "itch"]
    assert isinstance(cards[-3], FaqCard)
    assert [c.accessibleName() for c in cards[-2:]] == ["Make a handout", "Explain to a patient"]
    assert window.stack.currentWidget() is window.home


def test_clicking_a_card_opens_the_page_and_back_returns(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    card = window.home.cards[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.topic
    assert window.topic.title.text() == "Barrier"
    assert "Your skin barrier keeps water in." in window.topic.browser.toPlainText()
    assert window.topic.illustration.has_illustration
    qtbot.mouseClick(window.topic.next_button, Qt.MouseButton.LeftButton)
    assert window.topic.page is not None and window.topic.page.id == "itch"
    assert not window.topic.next_button.isEnabled()
    qtbot.mouseClick(window.topic.back_button, Qt.MouseButton.LeftButton)
    assert window.topic.page.id == "barrier"
    qtbot.mouseClick(window.topic.home_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_keyboard_opens_a_card(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.home.cards[1].setFocus()
    qtbot.keyClick(window.home.cards[1], Qt.Key.Key_Return)
    assert window.topic.page is not None and window.topic.page.id == "itch"


def test_glossary_link_opens_its_definition(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_page("barrier")
    window.topic.browser.anchorClicked.emit(QUrl("glossary:filaggrin"))
    assert window.topic.popup.isVisible()
    assert "hold water" in window.topic.popup.definition.text()
    qtbot.mouseClick(window.topic.popup.close_button, Qt.MouseButton.LeftButton)
    assert not window.topic.popup.isVisible()


def test_page_layout_stacks_in_portrait(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_page("barrier")
    window.resize(800, 1280)
    qtbot.wait(10)
    ill, text = window.topic.panel.geometry(), window.topic.texts.geometry()
    assert ill.bottom() < text.top()
    window.resize(1280, 800)
    qtbot.wait(10)
    ill, text = window.topic.panel.geometry(), window.topic.texts.geometry()
    assert ill.right() < text.left()


def test_faq_groups_expand_and_filter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    faq_card = next(c for c in window.home.cards if isinstance(c, FaqCard))
    qtbot.mouseClick(faq_card, Qt.MouseButton.LeftButton)
    faq = window.faq
    assert [h.text() for h, _ in faq.groups] == ["Eczema basics", "Treatment"]
    item = faq.items[0]
    assert not item.expanded
    qtbot.mouseClick(item.header, Qt.MouseButton.LeftButton)
    assert item.expanded and "catch eczema" in item.answer_text.text()
    qtbot.keyClicks(faq.filter, "moistur")
    assert [w.isVisibleTo(faq) for w in faq.items] == [False, True]
    assert not faq.groups[0][0].isVisibleTo(faq)
    faq.filter.setText("zebra")
    assert faq.empty.isVisibleTo(faq)
    faq.filter.clear()
    qtbot.mouseClick(faq.expand_all, Qt.MouseButton.LeftButton)
    assert all(w.expanded for w in faq.items)
    qtbot.mouseClick(item.more, Qt.MouseButton.LeftButton)
    assert window.topic.page is not None and window.topic.page.id == "barrier"


def test_search_as_you_type_and_open_the_match(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.home.search, "w")
    assert window.stack.currentWidget() is window.search
    assert window.search.field.text() == "w"
    qtbot.keyClicks(window.search.field, "ater")
    titles = [c.hit.title for c in window.search.cards]
    assert titles and titles[0] == "Barrier"
    assert "<b" in window.search.cards[0].snippet.text()
    qtbot.mouseClick(window.search.cards[0], Qt.MouseButton.LeftButton)
    assert window.topic.page is not None and window.topic.page.id == "barrier"
    marks = window.topic.browser.extraSelections()
    assert len(marks) == 1 and marks[0].cursor.selectedText() == "water"


def test_search_opens_faq_and_glossary_results(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_search("contagious")
    card = window.search.cards[0]
    assert card.hit.kind == "faq"
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.faq and window.faq.items[0].expanded
    window.open_search("protein")
    glossary = next(c for c in window.search.cards if c.hit.kind == "glossary")
    qtbot.mouseClick(glossary, Qt.MouseButton.LeftButton)
    assert window.search_popup.isVisible()


def test_text_size_relayouts_without_clipping(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.home.cards[0].title.font().pointSizeF()
    for _ in range(4):
        qtbot.mouseClick(window.top_bar.larger, Qt.MouseButton.LeftButton)
    assert window.preferences.text_scale == 200
    assert not window.top_bar.larger.isEnabled()
    assert window.top_bar.size_label.text() == "200 %"
    qtbot.waitUntil(lambda: clipped_labels(window) == [], timeout=2000)
    after = window.home.cards[0].title.font().pointSizeF()
    assert after > before * 1.5
    shown = [c for c in window.home.findChildren(ClickableFrame) if c.isVisibleTo(window.home)]
    assert sorted(map(id, shown)) == sorted(map(id, window.home.cards))  # no stale cards on top
    window.open_page("barrier")
    qtbot.waitUntil(lambda: clipped_labels(window) == [], timeout=2000)
    assert window.topic.browser.document().defaultFont().pointSizeF() == app_font(200).pointSizeF()


def test_high_contrast_switches_theme(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_page("barrier")
    qtbot.mouseClick(window.top_bar.contrast, Qt.MouseButton.LeftButton)
    assert window.preferences.high_contrast
    page = window.topic.page
    assert page is not None
    assert "color:#ffffff; background-color:#000000" in window.topic.html_for(page)
    qtbot.mouseClick(window.top_bar.contrast, Qt.MouseButton.LeftButton)
    assert "background-color:#fbfaf7" in window.topic.html_for(page)


def test_language_switch_changes_content(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # two languages: a button each, named in its own language, instead of a menu
    buttons = window.top_bar.language_buttons
    assert window.top_bar.language is None
    assert [b.text() for b in buttons.values()] == ["English", "ไทย"] and buttons["en"].isChecked()
    window.open_page("barrier")
    qtbot.mouseClick(buttons["th"], Qt.MouseButton.LeftButton)
    assert window.lang == "th" and buttons["th"].isChecked() and not buttons["en"].isChecked()
    # Thai wraps between words without libthai: U+200B between เกราะ / ป้องกัน / ผิว
    assert window.topic.title.text() == "เกราะ\u200bป้องกัน\u200bผิว"
    assert [c.page_id for c in window.home.cards if isinstance(c, TopicCard)] == ["barrier", "itch"]
    window.open_page("itch")  # not translated: the English page, marked
    assert window.topic.clinic_tag.isVisible()
    shown = window.topic.clinic_tag.text().replace("\u200b", "")  # (word breaks aside)
    assert shown == "ยังไม่ได้แปล: แสดงเป็นภาษาอังกฤษ"  # the window speaks Thai
    assert "Scratching makes the itch worse" in window.topic.browser.toPlainText()


def test_broken_page_shows_a_friendly_card_and_a_staff_banner(qtbot, content_tree: Path) -> None:  # type: ignore[no-untyped-def]
    broken = page_text("zz-broken", 99, "x\n").replace("+++\nx", "x")  # no closing +++
    write(content_tree / "en" / "zz-broken.md", broken)
    library = load_library(content_tree, content_tree.parent / "illustrations")
    window = make_window(qtbot, library)
    broken = [c for c in window.home.cards if isinstance(c, BrokenCard)]
    assert len(broken) == 1 and broken[0].page_id == "zz-broken"
    assert window.banner.isVisible()
    assert "could not be shown" in window.banner.text.text()
    assert len([c for c in window.home.cards if isinstance(c, TopicCard)]) == 2


def test_popup_stays_inside_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_page("barrier")
    term = window.library.language("en").glossary["filaggrin"]
    popup, topic = window.topic.popup, window.topic
    inside = topic.rect().adjusted(16, 16, -16, -16)  # a 16 px margin on every side
    for near in (QPoint(5000, 5000), QPoint(-300, -300), QPoint(topic.width(), 0)):
        popup.show_term(term, near)
        assert popup.isVisible() and inside.contains(popup.geometry()), near
    assert popup.term.text() == "Filaggrin"  # the word, capitalised, and what it means
    assert popup.definition.text() == "A protein that helps the top layer of skin hold water."
    middle = topic.rect().center()
    popup.show_term(term, middle)  # with room below a word, just below it
    assert popup.geometry().top() == middle.y() + 12


def test_warm_up_builds_the_index_and_renders_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.index.size == 0
    window.warm_up(delay_ms=1)
    qtbot.waitUntil(lambda: len(window.topic.texts.browsers) == 2, timeout=2000)
    assert window.index.size > 0


def test_clinic_pages_are_marked(qtbot, content_tree: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clinic = tmp_path / "clinic"
    write(clinic / "en" / "opening-hours.md", page_text("opening-hours", 90, "Mon–Fri.\n", "[]"))
    library = load_library(content_tree, content_tree.parent / "illustrations", [clinic])
    window = make_window(qtbot, library)
    marked = [c for c in window.home.cards
              if isinstance(c, TopicCard) and c.findChildren(QLabel, "ClinicTag")]
    assert [c.page_id for c in marked] == ["opening-hours"]
    window.open_page("opening-hours")
    assert window.topic.clinic_tag.isVisible() and window.topic.clinic_tag.text() == "FROM YOUR CLINIC"
    window.open_page("barrier")
    assert not window.topic.clinic_tag.isVisible()


def test_a_long_popup_text_is_never_cut(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_page("barrier")
    popup = window.topic.popup
    popup.show_text("Title", "\n".join(f"Line {n}: " + "words that wrap onto a second line " * 2
                                       for n in range(10)),
                    QPoint(300, 100))
    qtbot.wait(10)
    assert popup.isVisible() and clipped_labels(popup) == []
    for part in (popup.term, popup.definition, popup.close_button):  # all inside the bubble
        assert popup.rect().contains(part.geometry()), part


def top_line(window: MainWindow) -> str:
    """The text of the block at the top of the page shown."""
    browser = window.topic.browser
    return browser.cursorForPosition(QPoint(0, 0)).block().text()


def test_reading_place_survives_tone_text_size_and_contrast(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    window.open_page("treatments")  # long, with a skin picture
    qtbot.wait(20)
    browser = window.topic.browser
    browser.document().size()  # laid out to the end (Qt lays long text out in steps)
    # the reader has scrolled to a paragraph half way down: its first line at the top (a few
    # pixels into it, not in the gap above it, where the paragraph before is as near)
    found = browser.document().find("In January 2022, the US FDA approved abrocitinib")
    assert not found.isNull()
    at = QTextCursor(browser.document())
    at.setPosition(found.selectionStart())
    bar = browser.verticalScrollBar()
    bar.setValue(bar.value() + browser.cursorRect(at).top() + 3)
    reading = top_line(window)
    assert reading.startswith("In January 2022") and bar.value() > 0
    window.topic.panel.set_tone("dark", emit=True)
    assert window.topic.browser.verticalScrollBar().value() > 0
    assert top_line(window) == reading
    for change in (lambda: window.set_text_scale(150), lambda: window.set_high_contrast(True),
                   lambda: window.set_high_contrast(False), lambda: window.set_text_scale(100)):
        change()
        qtbot.wait(50)  # the window settles
        assert top_line(window) == reading
    window.set_language("th")  # other words: the page starts at its top
    assert window.topic.browser.verticalScrollBar().value() == 0


def test_a_disabled_button_looks_disabled_in_high_contrast(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QPushButton

    from edu_app.core.theme import HIGH_CONTRAST
    from edu_app.ui.style import style_sheet

    def colours(enabled: bool, name: str = "") -> set[str]:
        button = QPushButton("Next ›")
        button.setObjectName(name)
        button.setStyleSheet(style_sheet(HIGH_CONTRAST, 100))
        button.setEnabled(enabled)
        button.resize(160, 60)
        qtbot.addWidget(button)
        image = button.grab().toImage()
        return {QColor(image.pixel(x, y)).name() for x in range(0, 160, 2) for y in range(0, 60, 2)}

    for name in ("", "Primary"):
        usable, unusable = colours(True, name), colours(False, name)
        assert "#ffffff" in usable or "#ffe500" in usable  # white or yellow text and border
        assert "#ffffff" not in unusable and "#ffe500" not in unusable, name


def test_search_has_a_clear_button_a_finger_can_press(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_search("")
    search = window.search
    assert not search.clear_button.isVisible()  # nothing to clear yet
    qtbot.keyClicks(search.field, "skin")
    assert search.clear_button.isVisible() and search.cards
    assert min(search.clear_button.width(), search.clear_button.height()) >= 48
    qtbot.mouseClick(search.clear_button, Qt.MouseButton.LeftButton)
    assert search.field.text() == "" and not search.clear_button.isVisible()
    assert not [card for card in search.cards if card.isVisible()]


def test_search_and_faq_have_a_back_button_to_where_the_reader_was(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_page("barrier")
    window.open_search("itch")
    qtbot.mouseClick(window.search.back_button, Qt.MouseButton.LeftButton)
    assert window.current == ("page", "barrier")
    window.open_faq()
    qtbot.mouseClick(window.faq.back_button, Qt.MouseButton.LeftButton)
    assert window.current == ("page", "barrier")
    window.open_search("itch")
    window.open_hit(window.search.cards[0].hit)  # a result opened by touch...
    window.go_back()  # ...and back: the results are still there
    assert window.current == ("search", "") and window.search.field.text() == "itch"
    assert [card for card in window.search.cards if card.isVisible()]


def test_faq_and_teach_back_bars_stack_rather_than_cut_words(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    window.resize(768, 1024)  # portrait, at the largest text: the bars' buttons need two rows
    window.set_text_scale(200)
    window.open_faq()
    qtbot.wait(20)
    assert clipped_labels(window.faq) == []
    window.open_explain()
    window.explain.start_visit(["skin-barrier"])
    window.open_teach_back()
    qtbot.wait(20)
    assert clipped_labels(window.teach_back) == []
