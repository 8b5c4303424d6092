"""A print job carries no patient's name or note in its title: print queues and their history
(CUPS keeps finished jobs for a day by default) show the same generic name for every handout."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from edu_app.core.handout import HandoutRequest, build
from edu_app.core.model import Library
from edu_app.core.settings import ClinicConfig
from edu_app.printing import printer as printer_module

NAME = "Xylophonia"  # a name that appears nowhere else
NOTE = "Quixotic elbows cream"
SPOOL = Path("/var/spool/cups")


def handout_for(library: Library):  # type: ignore[no-untyped-def]
    request = HandoutRequest(topics=("barrier",), lang="en", patient_name=NAME, note=NOTE)
    handout = build(library, request)
    assert NAME in handout.html and NOTE in handout.html  # the handout itself is theirs
    return handout


class AnyPrinter(QPrinterInfo):
    """Stands in for an installed printer (the job is caught before it reaches one)."""

    def isNull(self) -> bool:
        return False


def test_the_job_title_is_generic(qapp: QApplication, small_library: Library,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    jobs: list[tuple[str, str]] = []

    def caught(printer: QPrinter, *_args: object, **_kwargs: object) -> int:
        jobs.append((printer.docName(), printer.outputFileName()))
        return 1

    monkeypatch.setattr(printer_module, "render", caught)
    monkeypatch.setattr(printer_module.QPrinterInfo, "printerInfo", staticmethod(lambda _n: AnyPrinter()))
    printer_module.print_handout(handout_for(small_library), small_library, ClinicConfig(), "en",
                                 "a4", False, "Front desk")
    assert jobs == [("Eczema Explained handout", "")]


def test_cups_keeps_no_name_in_the_job(qapp: QApplication, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    """With the CUPS PDF queue (.ci/run sets one up), the job's control file, which CUPS keeps
    after printing, holds the generic title and no name or note."""
    if "PDF" not in printer_module.printer_names():
        pytest.skip("no CUPS 'PDF' queue here (.ci/run sets one up)")
    try:
        before = {p.name for p in SPOOL.glob("c*")}
    except PermissionError:
        pytest.skip("CUPS's spool folder is readable by root only (CI runs as root)")
    printer_module.print_handout(handout_for(small_library), small_library, ClinicConfig(), "en",
                                 "a4", False, "PDF")
    deadline, new = time.monotonic() + 15, []
    while not new and time.monotonic() < deadline:
        new = [p for p in SPOOL.glob("c*") if p.name not in before]
        time.sleep(0.1)
    if not new:  # the README's setting for a kiosk: nothing of the job is kept at all
        pytest.skip("CUPS kept no control file for the job (PreserveJobHistory No)")
    control = max(new, key=lambda p: p.stat().st_mtime).read_bytes()
    assert b"job-name" in control and b"Eczema Explained handout" in control
    assert NAME.encode() not in control and NOTE.encode() not in control
