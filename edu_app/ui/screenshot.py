"""``edu-app screenshot``: render one screen offscreen and save it as PNG."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from edu_app.core.files import replacing
from edu_app.core.settings import TEXT_SCALES
from edu_app.paint.fonts import ALL_STYLES, register_fonts
from edu_app.startup import load_everything, setup_logging
from edu_app.ui.app import application
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore

SCREENS = ("home", "faq", "search", "handout", "decision-aid")


def render_window(window: MainWindow, size: tuple[int, int]) -> None:
    """Lay the window out at ``size`` and let pending events settle."""
    window.resize(*size)
    window.show()
    for _ in range(3):
        QApplication.processEvents()


def take_screenshot(
    page: str,
    lang: str,
    size: tuple[int, int],
    out: Path,
    config: Path | None,
    text_size: int = 100,
    high_contrast: bool = False,
    query: str = "",
) -> int:
    """Save a screen as PNG; returns an exit code."""
    if text_size not in TEXT_SCALES:
        sys.stderr.write(f"edu-app: text size must be one of {TEXT_SCALES}\n")
        return 2
    setup_logging()
    application()
    register_fonts(ALL_STYLES)
    loaded = load_everything(config, config is not None)
    language = loaded.library.language(lang or loaded.config.default_language)
    if lang and lang not in loaded.library.languages and lang not in ("qpl", "qpr"):
        sys.stderr.write(f"edu-app: there is no content in language '{lang}'\n")
        return 2
    page, _, step = page.partition(":")  # decision-aid:3 shows its third step
    if page not in SCREENS and language.page(page) is None:
        known = ", ".join([*SCREENS, *(p.id for p in language.pages)])
        sys.stderr.write(f"edu-app: unknown page '{page}' (known: {known})\n")
        return 2
    window = MainWindow(
        loaded.library, loaded.search_index, loaded.config, PreferencesStore(None, persist=False),
        loaded.messages, lang or language.code,
    )
    try:
        window.set_text_scale(text_size)
        window.set_high_contrast(high_contrast)
        if page == "faq":
            window.open_faq()
        elif page == "search":
            window.open_search(query)
        elif page == "handout":  # the builder, its first topic as a basics sheet, one whole
            first, second = (p.id for p in language.pages[:2])
            window.open_handout(whole=[first, second])
            window.handout.topic_choices[first].setCurrentIndex(3)
            window.handout._update_preview()  # now, not after the typing pause
        elif page == "decision-aid":
            window.open_decision_aid()
            if step.isdigit():
                window.decision.show_step(int(step) - 1)
        elif page != "home":
            window.open_page(page)
        render_window(window, size)
        out.parent.mkdir(parents=True, exist_ok=True)
        with replacing(out) as temporary:  # whole or not at all (see edu_app.core.files)
            if not window.grab().save(str(temporary), "PNG"):
                raise OSError(0, "the image could not be saved")
    except OSError as exc:
        sys.stderr.write(f"edu-app: cannot write {out}: {exc.strerror or exc}\n")
        return 1
    finally:
        window.close()
        window.deleteLater()
    return 0
