"""``edu-app --self-test``: prove that this installation can do its job, offscreen."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFontDatabase, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from edu_app import resources
from edu_app.paint.fonts import ALL_STYLES, FAMILIES, register_fonts
from edu_app.paint.illustrations import load_renderer
from edu_app.startup import load_everything
from edu_app.ui.app import application
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore
from edu_app.ui.screenshot import render_window


def _check_pdf() -> str:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "self-test.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                        QMarginsF(15, 15, 15, 15))
        )
        document = QTextDocument()
        document.setHtml("<h1>Eczema Explained</h1><p>ผิวหนัง self-test</p>")
        document.print_(printer)
        size = out.stat().st_size if out.exists() else 0
        if size < 500 or not out.read_bytes().startswith(b"%PDF"):
            raise RuntimeError("the PDF was not written")
    QPrinterInfo.availablePrinterNames()  # the print-support plugin loads
    return f"{size} bytes"


def run_self_test(config: Path | None) -> int:
    """Run every check, print one line each; 0 only when all passed."""
    application()
    register_fonts(ALL_STYLES)
    results: list[tuple[str, bool, str]] = []

    def check(name: str, action: Callable[[], str]) -> None:
        try:
            results.append((name, True, action()))
        except Exception as exc:  # each check reports, none stops the others
            results.append((name, False, f"{type(exc).__name__}: {exc}"))

    loaded = load_everything(config, config is not None)
    library = loaded.library

    def content() -> str:
        if library.errors:
            raise RuntimeError("; ".join(str(p) for p in library.errors[:3]))
        pages = sum(len(lang.pages) for lang in library.languages.values())
        if pages == 0:
            raise RuntimeError("no pages")
        return f"{pages} pages in {len(library.languages)} language(s)"

    def fonts() -> str:
        families = set(QFontDatabase.families())
        missing = [f for f in FAMILIES if f not in families]
        if missing:
            raise RuntimeError(f"missing {', '.join(missing)}")
        return ", ".join(FAMILIES)

    def illustrations() -> str:
        names = sorted(resources.illustrations_dir().glob("*.svg"))
        bad = [p.name for p in names if load_renderer(p) is None]
        if bad or not names:
            raise RuntimeError(f"cannot draw {', '.join(bad) or 'any illustration'}")
        return f"{len(names)} SVG files"

    def pages() -> str:
        window = MainWindow(library, loaded.search_index, loaded.config,
                            PreferencesStore(None, persist=False), [], "")
        try:
            render_window(window, (1280, 800))
            count = 0
            for code in library.languages:
                window.set_language(code)
                for page in library.languages[code].pages:
                    if not window.open_page(page.id) or window.grab().isNull():
                        raise RuntimeError(f"{code}/{page.id} did not render")
                    count += 1
            window.open_faq()
            window.open_search("skin")
            if window.grab().isNull():
                raise RuntimeError("FAQ or search did not render")
            return f"{count} pages, FAQ and search rendered"
        finally:
            window.close()
            window.deleteLater()

    check("content", content)
    check("fonts", fonts)
    check("illustrations (SVG)", illustrations)
    check("screens", pages)
    check("print to PDF", _check_pdf)

    def handout() -> str:
        from edu_app.core.handout import HandoutRequest, build
        from edu_app.printing.pdf import write_pdf

        language = library.language(loaded.config.default_language)
        if not language.pages:
            raise RuntimeError("no page to print")
        request = HandoutRequest(topics=(language.pages[0].id,), lang=language.code)
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "handout.pdf"
            pages = write_pdf(out, build(library, request), library, loaded.config,
                              language.code, "a4", False)
            size = out.stat().st_size
        return f"{pages} page(s), {size // 1024} KB"

    check("handout PDF", handout)
    for name, ok, detail in results:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    failed = [r for r in results if not r[1]]
    print("self-test passed" if not failed else f"self-test failed ({len(failed)} checks)")
    sys.stdout.flush()
    return 0 if not failed else 1
