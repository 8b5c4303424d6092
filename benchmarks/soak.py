"""``make soak``: a long session in one process, to see that memory stays flat and Qt is quiet.

One offscreen main window on the bundled content, as a kiosk runs for days:

  10,000 page visits   cycling through every page, switching language every 50 visits
   1,000 searches      typed key by key into the search screen (every keystroke searches)
     200 handouts      built in the handout screen with a name and a note, written to a PDF
                       in a temporary folder and deleted

Before the phases everything is visited once (warm-up: caches, fonts, the search index and
Python-Markdown are made once in a program's life). RSS is read after each phase, after
garbage collection and ``malloc_trim`` (``edu_app.memory.release``, as the window does when
the reader pauses). Every Qt message of warning level or worse is counted.

Exit status 1 if memory grew more than ``--max-growth`` MB (10) from the warm-up to the end,
or if Qt warned. ``--scale 0.1`` runs a tenth of everything (a quick check).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

IGNORED = ("This plugin does not support propagateSizeHints",)  # offscreen, every window
QUERIES = ("itch", "stem cells", "moisturiser", "cord blood", "steroid", "eczema", "skin barrier",
           "safe", "ผิว", "คัน", "สเต็มเซลล์", "bleach bath", "trial", "flare", "sleep", "xyzzy")


def rss_mb() -> float:
    """Resident memory of this process, in MB (Linux: /proc; elsewhere the peak)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full run")
    parser.add_argument("--max-growth", type=float, default=10.0, help="MB allowed (default 10)")
    args = parser.parse_args(argv)
    home = tempfile.mkdtemp(prefix="edu-app-soak-")
    os.environ.update(QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=f"{home}/config",
                      XDG_CACHE_HOME=f"{home}/cache", XDG_STATE_HOME=f"{home}/state",
                      EDU_APP_LOG_DIR=f"{home}/logs", EDU_APP_CONFIG=f"{home}/none.toml")
    visits, searches, handouts = (max(1, round(n * args.scale)) for n in (10_000, 1_000, 200))

    from edu_app.pyside_hook import load_pyside

    load_pyside()  # as the program's entry points do, before its Qt modules are imported
    from PySide6.QtCore import QEvent, Qt, QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QKeyEvent

    from edu_app import memory
    from edu_app.paint.fonts import ALL_STYLES, register_fonts
    from edu_app.printing.pdf import write_pdf
    from edu_app.startup import load_everything, setup_logging
    from edu_app.ui.app import application
    from edu_app.ui.main_window import MainWindow
    from edu_app.ui.preferences_store import PreferencesStore

    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and not text.startswith(IGNORED):
            warnings.append(text)

    qInstallMessageHandler(on_message)
    start_rss = rss_mb()
    setup_logging()
    loaded = load_everything()
    app = application()
    register_fonts(ALL_STYLES)
    window = MainWindow(loaded.library, loaded.search_index, loaded.config,
                        PreferencesStore(None, persist=False), loaded.messages, "en")
    window.resize(1280, 800)
    window.show()
    languages = [c for c in window.offered if c in loaded.library.languages]
    pdf_folder = Path(tempfile.mkdtemp(prefix="edu-app-soak-pdf-"))

    def settle() -> None:  # what the running event loop does between two actions
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def visit_pages(count: int) -> None:
        done = 0
        while done < count:
            for code in languages:
                window.set_language(code)
                for page in loaded.library.language(code).pages:
                    window.open_page(page.id)
                    settle()
                    done += 1
                    if done >= count or done % 50 == 0:
                        break
                if done >= count:
                    break

    def search(count: int) -> None:
        window.set_language("en")
        window.open_search("")
        field = window.search.field
        for number in range(count):
            query = QUERIES[number % len(QUERIES)]
            if query[0] > "\u0e00" and window.lang != "th":
                window.set_language("th")
            elif query[0] < "\u0e00" and window.lang != "en":
                window.set_language("en")
            field.clear()
            for char in query:  # as a keyboard or an input method delivers text (Thai too)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    app.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                   Qt.KeyboardModifier.NoModifier, char))
            settle()
        window.go_home()
        settle()

    def make_handouts(count: int) -> None:
        pages = [p.id for p in loaded.library.language("en").pages]
        for number in range(count):
            whole = [pages[number % len(pages)]]
            summaries = [pages[(number + 3) % len(pages)]]
            window.open_handout(whole=whole, summaries=summaries)
            view = window.handout
            view.name.setText(f"Soak {number}")
            view.note.setPlainText("Moisturise twice a day.")
            request = view.request()
            assert request.patient_name and request.topics
            handout = view._build(request)
            path = pdf_folder / f"handout-{number}.pdf"
            write_pdf(path, handout, loaded.library, loaded.config, request.lang, request.paper,
                      request.large_print)
            path.unlink()
            window.go_home()  # leaving the builder ends its part of the session
            settle()

    def measure() -> float:
        settle()
        memory.release()
        return rss_mb()

    print(f"Soak: one process, offscreen, PySide6 {__import__('PySide6').__version__}, "
          f"Python {sys.version.split()[0]}")
    print(f"{'phase':<12} {'what':<50} {'seconds':>8} {'RSS MB':>8} {'change':>8}")
    print(f"{'start':<12} {'':<50} {0.0:>8.1f} {start_rss:>8.1f}", flush=True)
    def warm_up() -> None:
        visit_pages(sum(len(loaded.library.language(c).pages) for c in languages))
        search(1)
        make_handouts(1)

    phases: list[tuple[str, str, Callable[[], None]]] = [
        ("warm-up", "every page in each language, 1 search, 1 handout", warm_up),
        ("page visits", f"{visits:,}", lambda: visit_pages(visits)),
        ("searches", f"{searches:,} typed", lambda: search(searches)),
        ("handouts", f"{handouts:,} PDFs", lambda: make_handouts(handouts)),
    ]
    readings = [start_rss]
    for name, what, run in phases:  # each row is printed as soon as its phase is done
        began = time.perf_counter()
        run()
        seconds, rss = time.perf_counter() - began, measure()
        print(f"{name:<12} {what:<50} {seconds:>8.1f} {rss:>8.1f} {rss - readings[-1]:>+8.1f}",
              flush=True)
        readings.append(rss)
    window.close()
    settle()

    growth = readings[-1] - readings[1]  # from the end of the warm-up to the end
    print(f"growth after warm-up: {growth:+.1f} MB (allowed {args.max_growth:.0f} MB)")
    print(f"Qt warnings: {len(warnings)}")
    for text in dict.fromkeys(warnings):
        print(f"  {text}")
    failed = growth > args.max_growth or bool(warnings)
    print("FAIL" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
