"""Result cards are reused from one keystroke to the next: what is shown, what a tap opens and
what a screen reader hears always belong to the current results; the cards made stay bounded."""

from __future__ import annotations

from PySide6.QtCore import Qt

from edu_app.core.model import Library
from edu_app.core.search import MAX_RESULTS
from edu_app.ui.search_view import ResultCard

from ui_helpers import make_window


def test_reused_cards_show_and_open_the_current_results(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, library)
    window.open_search("")
    view = window.search
    qtbot.keyClicks(view.field, "ski")  # while typed: every word that begins "ski"
    many = [c.hit for c in view.cards]
    first_cards = list(view.cards)
    qtbot.keyClicks(view.field, "n barrier")
    hits = window.index.search("skin barrier", "en")
    assert 0 < len(hits) < len(many)
    assert view.cards == first_cards[: len(hits)]  # the same cards, reused
    assert [c.hit for c in view.cards] == hits
    for card, hit in zip(view.cards, hits, strict=True):
        assert card.isVisible() and card.title.text() == hit.title
        assert card.snippet.text() == hit.snippet_html
        assert card.accessibleName().endswith(hit.title)
    hidden = [c for c in view.findChildren(ResultCard) if c not in view.cards]
    assert hidden and not any(c.isVisible() for c in hidden)
    # a card that showed another page before opens its new one
    position = next(i for i, hit in enumerate(hits) if hit.kind == "page" and many[i] != hit)
    qtbot.mouseClick(view.cards[position], Qt.MouseButton.LeftButton)
    assert window.topic.page is not None and window.topic.page.id == hits[position].ref


def test_cards_made_stay_bounded(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, library)
    window.open_search("")
    for word in ("e", "ec", "s", "st", "ผิว", "itch", "a", "cord blood", "xyzzy", "t", "skin"):
        window.search.field.setText(word)
    shown = len(window.search.cards)
    made = window.search.findChildren(ResultCard)
    assert shown > 0 and len(made) <= MAX_RESULTS  # never more than a search shows


def test_nothing_found_offers_the_topics_and_a_topic_opens(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, library)
    window.open_search("")
    view = window.search
    view.field.setText("zebra crossing")
    assert view.cards == []
    assert "zebra crossing" in view.status.text() and "spelling" not in view.status.text()
    assert not view.topics.isHidden()
    buttons = [b for b in view._topic_buttons if not b.isHidden()]
    assert [b.text() for b in buttons][:2] == ["How healthy skin protects you",
                                               "What goes wrong in eczema skin"]
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert window.topic.page is not None and window.topic.page.id == "eczema-skin"
    window.open_search("itch")
    assert view.topics.isHidden() and view.cards


def test_the_status_says_the_total_and_the_corrected_words(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, library)
    window.open_search("")
    view = window.search
    view.field.setText("excema ")
    assert view.status.text().startswith("Showing results for “eczema”.")
    assert len(view.cards) == MAX_RESULTS
    total = window.index.find("excema ", "en").total
    assert total > MAX_RESULTS
    assert f"The best {MAX_RESULTS} of {total} results." in view.status.text()
    view.field.setText("cord blood")
    assert view.status.text() == f"Results: {len(view.cards)}"
