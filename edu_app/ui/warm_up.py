"""The warm-up after the first paint: what start-up skipped, one small step per event-loop turn."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from edu_app.paint.fonts import ALL_STYLES, register_fonts

if TYPE_CHECKING:
    from edu_app.ui.main_window import MainWindow

KEPT_PAGES = 3  # as in page_text (not imported here: it loads on first use)


def warm_up_steps(window: MainWindow) -> list[Callable[[], object]]:
    """The remaining font styles, the search index, the topic screen and the first pages laid
    out (their HTML comes from the compiled pages: nothing to render ahead)."""
    pages = window.library.language(window.lang).pages
    steps: list[Callable[[], object]] = [
        partial(register_fonts, ALL_STYLES), partial(window.index.build, window.lang),
        lambda: window.topic
    ]
    steps += [partial(lambda p: window.topic.prepare(p), page) for page in pages[:KEPT_PAGES]]
    return steps


def run_steps(owner: QObject, steps: list[Callable[[], object]], delay_ms: int,
              done: Callable[[], object]) -> None:
    """Run ``steps`` one per event-loop turn after ``delay_ms``, then ``done``. The timer is the
    owner's, so it stops if the owner goes away."""
    timer = QTimer(owner)
    timer.setSingleShot(True)

    def next_step() -> None:
        if steps:
            steps.pop(0)()
            timer.start(0)
        else:
            timer.deleteLater()
            done()

    timer.timeout.connect(next_step)
    timer.start(delay_ms)
