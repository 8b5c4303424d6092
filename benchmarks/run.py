"""``make bench``: the performance budget, as ratios against baselines measured in the same run.

Budgets (../shared/architecture.md):
  start to first painted window  <= 1.5 x a bare PySide6 window showing one QTextBrowser
  opening a page                 median <= 16 ms (one 60 Hz frame)
  search, per keystroke          median <= 5 ms
  RSS after visiting every page  <= 1.5 x the bare window's

Run: ``make bench`` (or ``python benchmarks/run.py [--runs N]``). Child processes are this same
script with ``--child``; they run offscreen in a throwaway home folder.

``--installer`` (``make bench-installer``) measures the standalone build instead, against a
bare PySide6 window (bare_window.py) frozen by the same spec and rules:
  bundle size                    <= 1.2 x the bare bundle
  .deb size                      <= 80 MB
  frozen start to first paint    <= 1.5 x the bare bundle's
The app bundle must exist (``make installer``); the bare one is built when missing or older
than the spec or its rules.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE_TEXT = "<h1>Eczema</h1>" + "<p>Your skin is a wall between your body and the world.</p>" * 40


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=f"{home}/config",
        XDG_CACHE_HOME=f"{home}/cache", XDG_STATE_HOME=f"{home}/state",
        EDU_APP_LOG_DIR=f"{home}/logs", EDU_APP_CONFIG=f"{home}/none.toml",
    )
    return env


PHASES: dict[str, list[float]] = {}  # the program's start-up phases, seconds from launch


def _first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launch to the first paint; the program's PHASE lines go to PHASES."""
    start = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True)
    for line in out.stdout.splitlines():
        if line.startswith("PHASE "):
            _, name, stamp = line.split()
            PHASES.setdefault(name, []).append(float(stamp) - start)
        if line.startswith("FIRST_PAINT "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no FIRST_PAINT line from {command}: {out.stdout} {out.stderr}")


def _phase_line(first_paint_ms: float) -> str:
    """Where the program's start-up time goes: medians of each phase's end, from launch."""
    ends = [(name, _median_ms(times)) for name, times in PHASES.items()]
    ends.sort(key=lambda item: item[1])
    parts, previous = [], 0.0
    for name, end in [*ends, ("painted", first_paint_ms)]:
        parts.append(f"{name} +{end - previous:.0f}")
        previous = end
    PHASES.clear()
    return "  program's phases (ms each, median): " + " · ".join(parts)


def _app_command() -> list[str]:
    """How people start the program: the ``edu-app`` console script (``make run`` uses it),
    or ``python -m edu_app`` where it is not installed."""
    script = Path(sys.executable).with_name("edu-app")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "edu_app"]


def _child_value(kind: str, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, str(Path(__file__)), "--child", kind],
        env=env, capture_output=True, text=True, timeout=600, check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


# --- child processes ---------------------------------------------------------------------

def child_rss(which: str) -> None:
    """Print RSS in KiB: the bare window, or the app after visiting every page."""
    from PySide6.QtWidgets import QApplication, QTextBrowser

    if which == "bare":
        app = QApplication([])
        browser = QTextBrowser()
        browser.setHtml(BARE_TEXT)
        browser.resize(1280, 800)
        browser.show()
        for _ in range(5):
            app.processEvents()
        print(_rss_kib())
        return
    from PySide6.QtCore import QEvent

    window, app = _app_window()

    def settle() -> None:  # what the running event loop does between visits
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    for code, language in window.library.languages.items():
        window.set_language(code)
        for page in language.pages:
            window.open_page(page.id)
            settle()
    window.open_faq()
    settle()
    from edu_app.ui.main_window import tidy_memory

    tidy_memory()  # as the window does when the reader pauses
    print(_rss_kib())


def _quiet_offscreen() -> None:
    """Drop the offscreen platform's notice about size hints (printed for every window, and
    meaningless here); every other Qt message still goes to standard error."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def on_message(kind: QtMsgType, _context: object, text: str) -> None:
        if not text.startswith("This plugin does not support propagateSizeHints"):
            sys.stderr.write(f"{text}\n")

    qInstallMessageHandler(on_message)


def _app_window():  # type: ignore[no-untyped-def]
    from edu_app.pyside_hook import load_pyside

    load_pyside()  # as the program's entry points do, before its Qt modules are imported
    from PySide6.QtWidgets import QApplication

    from edu_app.paint.fonts import ALL_STYLES, register_fonts
    from edu_app.startup import load_everything
    from edu_app.ui.app import application
    from edu_app.ui.main_window import MainWindow
    from edu_app.ui.preferences_store import PreferencesStore

    app = application()
    register_fonts(ALL_STYLES)  # as the warm-up after the first paint does
    loaded = load_everything()
    window = MainWindow(loaded.library, loaded.search_index, loaded.config,
                        PreferencesStore(None, persist=False))
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    return window, app


# --- in-process measurements --------------------------------------------------------------

def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure_pages(rounds: int) -> tuple[float, float, float, float]:
    """Median ms to open a page, over every page: the first time in a session (its HTML made
    from the page compiled into the content cache, laid out, its picture read from the cache
    folder, painted); once laid out ahead (as the warm-up after start-up does for the first
    pages); the first time ever (nothing in the cache folder or memory yet: the SVG parsed and
    drawn, and the picture written); and a bare QTextBrowser.setHtml of the same HTML with a
    repaint."""
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from edu_app.core import paths
    from edu_app.ui import illustration_cache

    window, _app = _app_window()
    pages = window.library.language("en").pages
    cold: list[float] = []
    warm: list[float] = []
    never: list[float] = []
    bare_samples: list[float] = []
    bare = QTextBrowser()
    bare.resize(760, 700)
    bare.show()

    def timed_open(page_id: str, samples: list[float]) -> None:
        start = time.perf_counter()
        window.open_page(page_id)
        window.topic.repaint()
        samples.append(time.perf_counter() - start)
        window.go_home()
        QApplication.processEvents()

    def forget_everything() -> None:  # as on the first start after installing
        window.topic.texts.configure(
            window.library.language("en"), window.topic._theme, window.topic._font, "light",
            keep_html=False)
        for kept in [*paths.user_cache_dir().glob("picture-*"),
                     *paths.user_cache_dir().glob("outlines-*")]:
            kept.unlink()
        illustration_cache.reset()

    for _ in range(rounds):
        for page in pages:
            forget_everything()
            timed_open(page.id, never)
            window.topic.texts.configure(  # first time: HTML made and laid out every time
                window.library.language("en"), window.topic._theme, window.topic._font, "light",
                keep_html=False)
            timed_open(page.id, cold)
            window.topic.prepare(page)  # laid out ahead, as the warm-up does
            timed_open(page.id, warm)
            html = window.topic.html_for(page)
            start = time.perf_counter()
            bare.setHtml(html)
            bare.repaint()
            bare_samples.append(time.perf_counter() - start)
    return _median_ms(cold), _median_ms(warm), _median_ms(never), _median_ms(bare_samples)


def measure_markdown_and_illustration(rounds: int = 5) -> float:
    """The budget's own definition of opening a page (architecture.md): the page rendered from
    Markdown and its illustration parsed and drawn with its labels, at the size the topic
    screen shows it. Median ms. (The program now renders Markdown once per content version and
    draws a picture once per size, and when a page opens only lays it out and paints it: the
    rows above.)"""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from edu_app.core.render import render_page
    from edu_app.paint import illustrations as illustration_paint
    from edu_app.ui.texts import render_labels

    window, _app = _app_window()
    library = window.library
    language = library.language("en")
    view = window.topic.illustration if window.topic else None
    window.open_page(language.pages[0].id)
    size = view.size() if view is not None else None
    width, height = (size.width(), size.height()) if size is not None else (500, 440)
    samples = []
    for _ in range(rounds):
        for page in language.pages:
            illustration_paint._renderer.cache_clear()  # parsed afresh, as on a first open
            start = time.perf_counter()
            render_page(page, library.sources, language.glossary, window.topic._theme,
                        render_labels())
            renderer = illustration_paint.load_renderer(
                library.illustration_path(page.illustration))
            if renderer is not None:
                image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
                painter = QPainter(image)
                illustration_paint.paint_illustration(
                    painter, renderer, QRectF(0, 0, width, height),
                    language.illustrations.get(page.illustration), window.topic.font())
                painter.end()
            samples.append(time.perf_counter() - start)
    return _median_ms(samples)


def measure_compile() -> tuple[float, float]:
    """What the first start after installing or changing content adds: reading every content
    file and compiling every page (ms), and one page rendered from Markdown (ms, median)."""
    from edu_app import resources
    from edu_app.core.content import load_library
    from edu_app.core.render import compile_pages, render_page

    start = time.perf_counter()
    library = load_library(resources.content_dir(), resources.illustrations_dir())
    compile_pages(library)
    whole = time.perf_counter() - start
    samples = []
    for language in library.languages.values():
        for page in language.pages:
            start = time.perf_counter()
            render_page(page, library.sources, language.glossary)
            samples.append(time.perf_counter() - start)
    return whole * 1000, _median_ms(samples)


def measure_search() -> tuple[float, float]:
    """Median ms per keystroke: the core index over every language, and the search screen."""
    from PySide6.QtWidgets import QApplication

    window, _app = _app_window()
    queries = ["stem cell therapy", "steroid cream", "itch scratch", "cord blood",
               "moisturiser", "filaggrin", "ผิวหนัง", "wharton",
               # real questions: question words, a misspelling, Thai without spaces, a lay name
               "how much does stem cell therapy cost", "excema", "ผื่นติดต่อไหม", "สเตอรอยด์",
               "โรคภูมิแพ้ผิวหนัง"]
    for code in window.library.languages:  # made in the warm-up, not by a keystroke
        window.index.build(code)
    core, screen = [], []
    for query in queries:
        for end in range(1, len(query) + 1):
            prefix = query[:end]
            for code in window.library.languages:
                start = time.perf_counter()
                window.index.search(prefix, code)
                core.append(time.perf_counter() - start)
        window.open_search("")
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            window.search.field.setText(query[:end])
            window.search.repaint()
            screen.append(time.perf_counter() - start)
            QApplication.processEvents()
    return _median_ms(core), _median_ms(screen)


def full_visit_request():  # type: ignore[no-untyped-def]
    """What a clinician prints after a full visit: three topics whole, the UC-MSC page as its
    basics sheet, five answers, a name, a note and an action plan."""
    from edu_app.core.handout import HandoutRequest, parse_action_plan

    plan = parse_action_plan('[green]\nproducts = ["Moisturiser twice a day"]\n'
                             '[amber]\nproducts = ["Steroid cream"]\nhow_often = "once a day"\n')
    return HandoutRequest(
        topics=("skin-barrier", "treatments", "steroid-safety", "uc-msc-therapy"),
        basics=frozenset({"uc-msc-therapy"}),
        faq=("contagious", "stem-cells-cure", "steroid-safe-use", "cure", "diet"),
        patient_name="Anong", note="Cream on the elbows twice a day.", action_plan=plan)


def measure_handout(rounds: int = 5, request=None) -> tuple[float, float, int, int]:  # type: ignore[no-untyped-def]
    """A handout (by default 4 pages with 3 illustrations): median ms to build and write it,
    the same HTML printed plainly by QTextDocument (the baseline), its size in KB and its page
    count."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from edu_app.core.handout import HandoutRequest, build
    from edu_app.printing.pdf import write_pdf

    window, _app = _app_window()
    library, config = window.library, window.config
    topics = ("skin-barrier", "itch-scratch-cycle", "urgent-help")
    if request is None:
        request = HandoutRequest(topics=topics, summary_only=frozenset(topics),
                                 faq=("contagious", "stem-cells-cure"))
    known = {item.id for item in library.language("en").faq}
    request = request._replace(faq=tuple(q for q in request.faq if q in known))
    ours, plain = [], []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "handout.pdf"
        pages = 0
        for _ in range(rounds):
            start = time.perf_counter()
            handout = build(library, request)
            pages = write_pdf(out, handout, library, config, "en", "a4", False)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            writer = QPdfWriter(str(Path(folder) / "plain.pdf"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            document = QTextDocument()
            document.setHtml(handout.html)
            document.print_(writer)
            plain.append(time.perf_counter() - start)
        size = out.stat().st_size // 1024
    return _median_ms(ours), _median_ms(plain), size, pages


def measure_card(rounds: int = 5) -> tuple[float, float, float, int]:
    """An 80 mm take-away card of three topics in Thai: median ms to build it and write its
    ESC/POS job, ms to write its PDF, the same words printed plainly by QTextDocument (the
    baseline), and the job's size in KB."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from edu_app.core.card import build_card, card_text
    from edu_app.printing.roll import card_escpos, write_card_pdf
    from edu_app.ui.texts import card_labels_in, labels_in

    window, _app = _app_window()
    library, config = window.library, window.config
    topics = ("skin-barrier", "treatments", "uc-msc-therapy")
    job, pdf, plain = [], [], []
    size = 0
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(rounds):
            start = time.perf_counter()
            card = build_card(library, topics, "th", config, *labels_in("th"), card_labels_in("th"))
            size = len(card_escpos(card, 576)) // 1024
            job.append(time.perf_counter() - start)
            start = time.perf_counter()
            write_card_pdf(Path(folder) / "card.pdf", card, 576)
            pdf.append(time.perf_counter() - start)
            start = time.perf_counter()
            writer = QPdfWriter(str(Path(folder) / "plain.pdf"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            document = QTextDocument()
            document.setPlainText(card_text(card))
            document.print_(writer)
            plain.append(time.perf_counter() - start)
    return _median_ms(job), _median_ms(pdf), _median_ms(plain), size


def _verdict(ok: bool) -> str:
    return "within budget" if ok else "OVER BUDGET"


# --- the standalone build (--installer) -----------------------------------------------------

REPO = HERE.parent
APP_BUNDLE = REPO / "dist" / "eczema-explained"
BARE_BUNDLE = REPO / "build" / "bench" / "dist" / "bare-window"


def _folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def _bare_bundle() -> Path:
    """The bare window frozen like the program; rebuilt when the spec or its rules changed."""
    exe = BARE_BUNDLE / "bare-window"
    inputs = [REPO / "build_installer.spec", REPO / "packaging" / "bundle_rules.py",
              HERE / "bare_window.py"]
    if not exe.exists() or exe.stat().st_mtime < max(p.stat().st_mtime for p in inputs):
        subprocess.run([sys.executable, str(REPO / "packaging" / "make_installer.py"),
                        "--target", "bare"], check=True)
    return BARE_BUNDLE


def installer_main(runs: int) -> int:
    """Bundle sizes, .deb size and frozen start-up against the bare bundle, in one run."""
    if not (APP_BUNDLE / "edu-app").exists():
        print("no bundle in dist/eczema-explained: run 'make installer' first", file=sys.stderr)
        return 2
    bare_folder = _bare_bundle()
    app_bytes, bare_bytes = _folder_bytes(APP_BUNDLE), _folder_bytes(bare_folder)
    debs = sorted((REPO / "dist").glob("eczema-explained_*.deb"))
    deb_bytes = debs[-1].stat().st_size if debs else 0
    with tempfile.TemporaryDirectory() as home:
        env = _env(home)
        env.pop("PYTHONPATH", None)
        bare_cmd = [str(bare_folder / "bare-window")]
        app_cmd = [str(APP_BUNDLE / "edu-app")]
        app_env = dict(env, EDU_APP_BENCH_FIRST_PAINT="1")
        _first_paint(bare_cmd, env)  # warm the file cache (and the program's content cache)
        _first_paint(app_cmd, app_env)
        bare, app = [], []
        PHASES.clear()
        for _ in range(runs):  # interleaved, so drift hits both alike
            bare.append(_first_paint(bare_cmd, env))
            app.append(_first_paint(app_cmd, app_env))
    start_bare, start_app = _median_ms(bare), _median_ms(app)
    phases = _phase_line(start_app)
    mb = 1e6
    rows: list[tuple[str, str, str, bool]] = [
        ("bundle size", f"{app_bytes / mb:.1f} MB vs bare {bare_bytes / mb:.1f} MB",
         f"{app_bytes / bare_bytes:.2f}x (budget 1.2x)", app_bytes / bare_bytes <= 1.2),
        (".deb size", f"{deb_bytes / mb:.1f} MB" if debs else "no .deb in dist/",
         f"{deb_bytes / (80 * mb):.2f} of 80 MB", bool(debs) and deb_bytes <= 80 * mb),
        ("frozen start to first paint", f"{start_app:.0f} ms vs bare {start_bare:.0f} ms",
         f"{start_app / start_bare:.2f}x (budget 1.5x)", start_app / start_bare <= 1.5),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"Eczema Explained standalone build ({runs} start-up runs each, offscreen)")
    for name, figures, ratio, ok in rows:
        print(f"  {name:<{width}}  {figures:<36}  {ratio:<24}  {_verdict(ok)}")
    print(phases)
    return 0 if all(r[3] for r in rows) else 1


def main() -> int:
    """Run every benchmark and print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)  # timings here swing: more runs, steadier medians
    parser.add_argument("--child")
    parser.add_argument("--installer", action="store_true",
                        help="measure the standalone build (make bench-installer)")
    args = parser.parse_args()
    if args.installer:
        return installer_main(args.runs)
    if args.child:
        {"rss-bare": lambda: child_rss("bare"),
         "rss-app": lambda: child_rss("app")}[args.child]()
        return 0
    # An installed program runs from compiled bytecode (pip and PyInstaller compile it); this
    # machine sets PYTHONDONTWRITEBYTECODE, so compile ours once, as an install would.
    import compileall

    compileall.compile_dir(str(HERE.parent / "edu_app"), quiet=1)
    with tempfile.TemporaryDirectory() as home:
        env = _env(home)
        bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
        app_cmd = _app_command()
        app_env = dict(env, EDU_APP_BENCH_FIRST_PAINT="1")
        bare, app = [], []
        _first_paint(bare_cmd, env)  # warm the file cache for both
        _first_paint(app_cmd, app_env)
        PHASES.clear()
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            bare.append(_first_paint(bare_cmd, env))
            app.append(_first_paint(app_cmd, app_env))
        start_bare, start_app = _median_ms(bare), _median_ms(app)
        phases = _phase_line(start_app)
        rss_bare = statistics.median(_child_value("rss-bare", env) for _ in range(3))
        rss_app = statistics.median(_child_value("rss-app", env) for _ in range(3))
        os.environ.update(env)
        _quiet_offscreen()
        page_ms, page_warm_ms, page_never_ms, page_bare_ms = measure_pages(9)
        defined_ms = measure_markdown_and_illustration()
        search_ms, screen_ms = measure_search()
        compile_ms, markdown_ms = measure_compile()
        handout_ms, plain_ms, handout_kb, handout_pages = measure_handout()
        visit_ms, visit_plain_ms, visit_kb, visit_pages = measure_handout(3, full_visit_request())
        card_ms, card_pdf_ms, card_plain_ms, card_kb = measure_card()

    rows: list[tuple[str, str, str, Callable[[], bool] | None]] = [  # None: no budget
        ("start to first paint", f"{start_app:.0f} ms vs bare {start_bare:.0f} ms",
         f"{start_app / start_bare:.2f}x (budget 1.5x)", lambda: start_app / start_bare <= 1.5),
        ("open a page, first time", f"{page_ms:.1f} ms vs bare setHtml {page_bare_ms:.1f} ms",
         f"{page_ms / 16:.2f} of 16 ms", lambda: page_ms <= 16),
        ("open a page, laid out ahead", f"{page_warm_ms:.1f} ms", f"{page_warm_ms / 16:.2f} of 16 ms",
         lambda: page_warm_ms <= 16),
        ("open a page, first time ever", f"{page_never_ms:.1f} ms",
         "(once per picture and size)", None),
        ("Markdown render + illustration", f"{defined_ms:.1f} ms",
         f"{defined_ms / 16:.2f} of 16 ms", lambda: defined_ms <= 16),
        ("content compile (after an update)", f"{compile_ms:.0f} ms once",
         f"(a page from Markdown: {markdown_ms:.1f} ms)", None),
        ("search per keystroke (core)", f"{search_ms:.2f} ms",
         f"{search_ms / 5:.2f} of 5 ms", lambda: search_ms <= 5),
        ("search screen per keystroke", f"{screen_ms:.1f} ms", "(whole screen update)",
         None),
        (f"handout PDF ({handout_pages} pages, 3 pictures)",
         f"{handout_ms:.0f} ms, {handout_kb} KB vs plain print {plain_ms:.0f} ms",
         f"{handout_ms / 300:.2f} of 300 ms, {handout_kb / 600:.2f} of 600 KB",
         lambda: handout_ms <= 300 and handout_kb <= 600),
        (f"full-visit handout PDF ({visit_pages} pages)",
         f"{visit_ms:.0f} ms, {visit_kb} KB vs plain print {visit_plain_ms:.0f} ms",
         f"{visit_ms / visit_plain_ms:.2f}x plain print", None),
        ("80 mm card, Thai, 3 topics (ESC/POS)",
         f"{card_ms:.0f} ms, {card_kb} KB; PDF {card_pdf_ms:.0f} ms",
         f"{card_ms / card_plain_ms:.2f}x plain print ({card_plain_ms:.0f} ms)", None),
        ("RSS after every page", f"{rss_app / 1024:.0f} MiB vs bare {rss_bare / 1024:.0f} MiB",
         f"{rss_app / rss_bare:.2f}x (budget 1.5x)", lambda: rss_app / rss_bare <= 1.5),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"Eczema Explained benchmarks ({args.runs} start-up runs each, offscreen)")
    failed = 0
    for name, figures, ratio, ok in rows:
        if ok is None:
            print(f"  {name:<{width}}  {figures:<36}  {ratio}")
            continue
        passed = ok()
        failed += not passed
        print(f"  {name:<{width}}  {figures:<36}  {ratio:<24}  {_verdict(passed)}")
    print(phases)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
