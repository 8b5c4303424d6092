"""What the first paint costs: no QtCore.Qt enums built, thumbnails read back, bars arranged.

PySide6 builds the Python enums of the whole ``QtCore.Qt`` namespace the first time any of them
is touched (about 40 ms). The home screen sets such properties by name instead (see
``edu_app.ui.widgets``); this test starts the real program and looks at the moment of its first
paint, so a new ``Qt.Something`` on the way there fails here rather than silently in
``make bench``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from edu_app import resources
from edu_app.paint import illustrations as illustration_paint
from edu_app.ui.top_bar import TopBar
from edu_app.ui.widgets import set_enum

PROBE = textwrap.dedent("""
    import sys
    from edu_app.ui import bench_probe

    original = bench_probe._FirstPaint.eventFilter

    def check(self, watched, event):
        if not self.done and event.type() == bench_probe.QEvent.Type.Paint:
            built = "Qt" in sys.modules["PySide6.QtCore"].__dict__
            print("QT_NAMESPACE_BUILT", built, flush=True)
            # PySide6 sets a class up when first named; these are not on the first screen
            costly = [name for module, name in (("QtGui", "QIcon"), ("QtGui", "QImageReader"))
                      if name in sys.modules["PySide6." + module].__dict__]
            print("COSTLY_TYPES_SET_UP", ",".join(costly) or "none", flush=True)
            hook = sys.modules["shibokensupport.feature"]._mod_uses_pyside
            print("HOOK_LIGHTENED", hook.__module__ == "edu_app.pyside_hook", flush=True)
        return original(self, watched, event)

    bench_probe._FirstPaint.eventFilter = check
    from edu_app.cli import main
    sys.exit(main([]))
""")


def _start(tmp_path: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_STATE_HOME=str(tmp_path / "state"), EDU_APP_LOG_DIR=str(tmp_path / "logs"),
               EDU_APP_CONFIG=str(tmp_path / "none.toml"), EDU_APP_BENCH_FIRST_PAINT="1")
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                            text=True, timeout=120, check=True)
    return result.stdout


def test_first_paint_builds_no_qt_namespace_enums(tmp_path: Path) -> None:
    first = _start(tmp_path)  # content not yet cached
    again = _start(tmp_path)  # the usual start: content and thumbnails from the cache
    assert "QT_NAMESPACE_BUILT False" in first
    assert "QT_NAMESPACE_BUILT False" in again
    assert "COSTLY_TYPES_SET_UP none" in again  # QIcon 3 ms, the logo code 23 ms (bench-tricks)
    assert "HOOK_LIGHTENED True" in again  # the start-up lightens PySide6's import hook
    assert list((tmp_path / "cache").rglob("thumb-*.argb32")), "thumbnails were not cached"


def test_set_enum_sets_by_name_and_rejects_a_wrong_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    set_enum(label, "alignment", "AlignCenter")
    set_enum(label, "textFormat", "PlainText")
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert label.textFormat() == Qt.TextFormat.PlainText
    with pytest.raises(ValueError, match="AlignCentre"):
        set_enum(label, "alignment", "AlignCentre")


def test_thumbnail_read_back_from_the_cache_matches_the_drawing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    illustration_paint.thumbnail.cache_clear()
    svg = str(resources.illustrations_dir() / "skin-healthy.svg")
    drawn = illustration_paint.thumbnail(svg, 120, 90, 1.0).toImage()
    stored = list(tmp_path.rglob("thumb-skin-healthy-*-120x90.argb32"))
    header = 8 + 2 + 2 + 8 + 32  # magic, format, checksum kind, length, checksum (core.cache)
    assert len(stored) == 1 and stored[0].stat().st_size == header + 120 * 90 * 4
    illustration_paint.thumbnail.cache_clear()
    read = illustration_paint.thumbnail(svg, 120, 90, 1.0).toImage()
    assert read.size() == QSize(120, 90)
    assert read.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied) == drawn.convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied)
    opaque = sum(read.pixelColor(x, y).alpha() > 0 for x in range(0, 120, 6) for y in range(0, 90, 6))
    assert opaque > 40  # a picture, not an empty image
    stored[0].write_bytes(b"\0" * 100)  # a broken cache file is drawn again, not shown
    illustration_paint.thumbnail.cache_clear()
    again = illustration_paint.thumbnail(svg, 120, 90, 1.0).toImage()
    assert again.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied) == drawn.convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied)
    illustration_paint.thumbnail.cache_clear()


def test_an_svg_logo_is_drawn_at_the_bar_height(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" '
                    'viewBox="0 0 20 10"><rect width="20" height="10" fill="#0b6e6e"/></svg>',
                    encoding="utf-8")
    bar = TopBar("Clinic", logo, ["en"])
    qtbot.addWidget(bar)
    pixmap = bar.logo.pixmap()
    assert (pixmap.width(), pixmap.height()) == (96, 48)  # drawn at that size, not stretched
    assert pixmap.toImage().pixelColor(50, 20) == QColor("#0b6e6e")
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_text("not a picture", encoding="utf-8")
    broken = TopBar("Clinic", not_a_picture, ["en"])
    qtbot.addWidget(broken)
    assert broken.logo.isHidden()


def test_more_than_three_languages_are_a_menu_and_fewer_are_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    many = TopBar("", None, ["en", "th", "de", "fr"])
    qtbot.addWidget(many)
    assert many.language is not None and not many.language_buttons
    assert [many.language.itemText(i) for i in range(4)][:2] == ["English", "ไทย"]
    with qtbot.waitSignal(many.language_chosen) as chosen:
        many.language.setCurrentIndex(2)
    assert chosen.args == ["de"] and many.current_language() == "de"
    many.set_state(100, False, "th")  # the window switched: the menu follows, silently
    assert many.language.currentData() == "th" and many.current_language() == "th"
    two = TopBar("", None, ["en", "th"])
    qtbot.addWidget(two)
    assert two.language is None and set(two.language_buttons) == {"en", "th"}
    with qtbot.waitSignal(two.language_chosen) as chosen:
        two.language_buttons["th"].click()
    assert chosen.args == ["th"]
    one = TopBar("", None, ["en"])
    qtbot.addWidget(one)
    assert one.language is None and not one.language_buttons


BROWSE = textwrap.dedent("""
    import sys
    from edu_app.startup import load_everything
    from edu_app.ui.app import application
    from edu_app.ui.main_window import MainWindow
    from edu_app.ui.preferences_store import PreferencesStore

    loaded = load_everything()
    app = application()
    window = MainWindow(loaded.library, loaded.search_index, loaded.config,
                        PreferencesStore(None, persist=False))
    window.show()
    for code in loaded.library.languages:
        window.set_language(code)
        for page in loaded.library.language(code).pages:
            window.open_page(page.id)
            app.processEvents()
    window.open_faq()
    window.open_search("stem")
    app.processEvents()
    widgets = sys.modules["PySide6.QtWidgets"].__dict__
    print("WIDGET_CLASSES", sum(name.startswith("Q") for name in widgets))
    print("CALENDAR_SET_UP", "QCalendarWidget" in widgets)
""")


def test_browsing_does_not_set_up_every_widget_class(tmp_path: Path) -> None:
    # Handing Python a widget that Qt made itself (a scroll area's own viewport) makes PySide6
    # set up all of its ~60 widget classes to find the right one: 30 ms and 3 MB at once.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CACHE_HOME=str(tmp_path / "cache"), EDU_APP_CONFIG=str(tmp_path / "none.toml"))
    out = subprocess.run([sys.executable, "-c", BROWSE], env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert "CALENDAR_SET_UP False" in out
    count = int(out.split("WIDGET_CLASSES ")[1].split()[0])
    assert count < 45, count


@pytest.mark.parametrize("lang", ["en", "th"])
def test_the_first_frame_is_the_finished_home_screen(qtbot, library, lang: str) -> None:  # type: ignore[no-untyped-def]
    # The first paint used to come before the cards were laid out (and, in Thai, before they
    # were built a second time), so the first frame showed an empty home screen.
    from PySide6.QtCore import QEvent, QObject, QRect, QTimer
    from PySide6.QtWidgets import QApplication

    from edu_app.core.search import SearchIndex
    from edu_app.core.settings import ClinicConfig
    from edu_app.ui.main_window import MainWindow
    from edu_app.ui.preferences_store import PreferencesStore

    window = MainWindow(library, SearchIndex(library), ClinicConfig(languages=("en", "th")),
                        PreferencesStore(None, persist=False), language=lang)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    frames: list[QImage] = []

    class FirstFrame(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not frames:
                QTimer.singleShot(0, lambda: frames.append(
                    window.screen().grabWindow(window.winId()).toImage()))
            return False

    probe = FirstFrame(window)
    window.installEventFilter(probe)
    window.show()
    qtbot.waitUntil(lambda: bool(frames), timeout=5000)
    for _ in range(20):
        QApplication.processEvents()
    settled = window.screen().grabWindow(window.winId()).toImage()
    cards = QRect(0, 280, 1240, 500)  # below the search field, clear of its blinking cursor
    assert frames[0].copy(cards) == settled.copy(cards)
    assert window.home.cards[0].isVisible()
