"""The screens are a registry: a reset discards every screen made and a language change relabels
them, without a hand-made list to forget one in (the clinician's screens were missing from the
relabelling list); a new screen is one declaration."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from edu_app.core.model import Library
from edu_app.core.search import SearchIndex
from edu_app.core.settings import ClinicConfig
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore
from edu_app.ui.screens import Screen

from ui_helpers import make_window

SLOTS = ("_topic", "_faq", "_search", "_handout", "_explain", "_teach_back", "_search_popup")


def test_a_reset_discards_every_screen_made(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, small_library)
    window.open_page("barrier")
    window.open_faq()
    window.open_search("skin")
    assert window.search_popup is not None
    window.open_handout(whole=["barrier"])
    window.open_explain()
    window.open_teach_back()
    assert all(getattr(window, slot) is not None for slot in SLOTS)
    assert window.stack.count() == 7  # home and six screens
    window.reset_session()
    assert [slot for slot in SLOTS if getattr(window, slot) is not None] == []
    assert window.stack.count() == 1 and window.stack.currentWidget() is window.home
    window.open_page("barrier")  # made again when used
    assert window._topic is not None and window.stack.currentWidget() is window._topic


def test_switching_language_relabels_the_clinicians_screens(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, small_library)
    window.open_explain()
    window.open_teach_back()
    window.set_language("th")  # the interface follows when Qt delivers the language change
    qtbot.waitUntil(lambda: window.explain.finish_button.text() == "จบการพบแพทย์")  # "Finish visit"
    assert window.teach_back.end_button.text() == "จบการพบแพทย์"  # "End visit"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.explain.finish_button.text() == "Finish visit")


class Notes(QLabel):
    """A made-up screen holding something personal."""

    def __init__(self) -> None:
        super().__init__("notes")
        self.calls: list[str] = []

    def retranslate(self) -> None:
        self.calls.append("retranslate")

    def clear_personal(self) -> None:
        self.calls.append("clear_personal")


class WithNotes(MainWindow):
    notes = Screen("notes", lambda window: Notes())  # the only change a new screen needs


def test_a_new_screen_is_one_declaration(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    window = WithNotes(small_library, SearchIndex(small_library), ClinicConfig(languages=("en", "th")),
                       PreferencesStore(None, persist=False))
    qtbot.addWidget(window)
    window._go(("notes", ""))
    notes = window.stack.currentWidget()
    assert isinstance(notes, Notes) and window.notes is notes
    window.set_language("th")
    qtbot.waitUntil(lambda: notes.calls == ["retranslate"])
    window.reset_session()
    assert notes.calls == ["retranslate", "clear_personal"]
    assert window._notes is None and window.stack.count() == 1  # type: ignore[attr-defined]
