"""Printing a handout to a real printer (through the system's print service, e.g. CUPS)."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from edu_app.core.handout import Handout, HandoutLabels
from edu_app.core.model import Library
from edu_app.core.render import Labels
from edu_app.core.settings import ClinicConfig
from edu_app.printing.pdf import PrintError, render


def printer_names() -> list[str]:
    """The printers the system offers (empty when none is set up)."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def default_printer() -> str:
    """The system's default printer, or the first one, or "" when there is none."""
    default = QPrinterInfo.defaultPrinter()
    if not default.isNull() and default.printerName():
        return default.printerName()
    names = printer_names()
    return names[0] if names else ""


def print_handout(handout: Handout, library: Library, clinic: ClinicConfig, lang: str,
                  paper: str, large_print: bool, printer_name: str = "",
                  labels: HandoutLabels | None = None, page_labels: Labels | None = None,
                  max_pages: int | None = None) -> int:
    """Send the handout to a printer; returns the page count. Raises PrintError when no printer
    is set up (the caller offers "Save as PDF" instead), TooManyPages (before anything is sent)
    when it has more than ``max_pages`` pages."""
    name = printer_name or default_printer()
    if not name:
        raise PrintError("No printer is set up on this computer. Save the handout as a PDF instead.")
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrintError(f"The printer '{name}' is not available. Save the handout as a PDF instead.")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Eczema Explained handout")
    return render(printer, handout, library, clinic, lang, paper, large_print, labels, page_labels,
                  max_pages=max_pages)
