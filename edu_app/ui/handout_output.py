"""The handout builder's printing and saving: what happened, in words a patient or a clerk can
act on (a kiosk sends a patient to the desk; a desk gets the printer's own message).

Mixed into :class:`~edu_app.ui.handout_view.HandoutView`; its words are translated in that
screen's context ("HandoutView").
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from edu_app.core.handout import HandoutError
from edu_app.printing.pdf import PrintError, TooManyPages, write_pdf
from edu_app.printing.printer import print_handout
from edu_app.ui.texts import labels_in

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QLabel, QPushButton

    from edu_app.core.handout import Handout, HandoutRequest
    from edu_app.core.kiosk import PrintQuota
    from edu_app.core.model import Library
    from edu_app.core.settings import ClinicConfig

log = logging.getLogger("edu_app")


class HandoutOutput:
    """Print, save as PDF, and the kiosk's print counter."""

    library: Library
    config: ClinicConfig
    quota: PrintQuota | None
    status: QLabel
    prints_left: QLabel
    print_button: QPushButton
    ask_save_path: Callable[[], str]
    # how the last Print ended, as a code (never text): "sent", "too-many", "failed",
    # "nothing-chosen", "limit"; "" before any. Only the end-to-end tests' probe reads it.
    print_outcome: str = ""

    if TYPE_CHECKING:
        def request(self) -> HandoutRequest: ...
        def _build(self, request: HandoutRequest) -> Handout: ...

    def _nothing_chosen(self, exc: HandoutError) -> str:
        request = self.request()
        if request.topics or request.faq or request.action_plan or request.drawings:
            return str(exc)
        return QCoreApplication.translate("HandoutView", "Choose at least one topic or question first.")

    def print_now(self) -> bool:
        """Print to the configured (else the default) printer; a clear message when there is
        none, or when a kiosk's print limit is reached."""
        if self.quota is not None and not self.quota.allowed():
            self.print_outcome = "limit"
            self._show_prints_left()
            return False
        request = self.request()
        if self.config.paper == "roll80":  # a take-away card on the receipt printer
            return self._print_card(request)
        most = self.quota.max_sheets() if self.quota is not None else None  # counted in sheets too
        try:
            handout = self._build(request)
            pages = print_handout(handout, self.library, self.config, request.lang, request.paper,
                                  request.large_print, self.config.printer, *labels_in(request.lang),
                                  max_pages=most)
        except TooManyPages as exc:
            self.print_outcome = "too-many"
            self.status.setText(QCoreApplication.translate(
                "HandoutView", "This handout has %1 pages; this screen can print at most %2 now. "
                "Choose fewer topics, or ask at the desk.")
                .replace("%1", str(exc.pages)).replace("%2", str(exc.most)))
            return False
        except PrintError as exc:
            return self._print_failed(exc)
        except HandoutError as exc:
            self.print_outcome = "nothing-chosen"
            self.status.setText(self._nothing_chosen(exc))
            return False
        return self._sent(pages, QCoreApplication.translate(
            "HandoutView", "Sent to the printer: %1 page(s).").replace("%1", str(pages)))

    def _print_card(self, request: HandoutRequest) -> bool:
        """The chosen topics' key points and steps on an 80 mm card (clinic.toml ``paper =
        "roll80"``): one card counts as one sheet."""
        from edu_app.core.card import build_card
        from edu_app.printing.roll import print_card
        from edu_app.ui.texts import card_labels_in

        try:
            card = build_card(self.library, request.topics, request.lang, self.config,
                              *labels_in(request.lang), card_labels_in(request.lang))
            print_card(card, self.config)
        except HandoutError as exc:
            self.print_outcome = "nothing-chosen"
            self.status.setText(self._nothing_chosen(exc))
            return False
        except PrintError as exc:
            return self._print_failed(exc)
        return self._sent(1, QCoreApplication.translate(
            "HandoutView", "Printed: take your card from the printer."))

    def _sent(self, pages: int, message: str) -> bool:
        """A print job went to the printer: counted against the kiosk's quota, and said."""
        self.print_outcome = "sent"
        if self.quota is not None:
            self.quota.record(pages)
        self.status.setText(message)
        self._show_prints_left()
        return True

    def _print_failed(self, exc: PrintError) -> bool:
        self.print_outcome = "failed"
        if self.quota is None:
            self.status.setText(str(exc))
            return False
        log.warning("kiosk printing failed: %s", exc)  # for staff, in the log
        # a patient cannot save a file or fix a printer
        self.status.setText(QCoreApplication.translate(
            "HandoutView", "This screen cannot print right now. Please ask at the desk: staff "
            "can print it for you."))
        return False

    def _show_prints_left(self) -> None:
        """The kiosk's counter, and a clear message when no print is left."""
        quota = self.quota
        if quota is None:
            return
        self.prints_left.setText(
            QCoreApplication.translate(
                "HandoutView", "Prints left for you: %1. Prints left on this screen today: %2.")
            .replace("%1", str(quota.left_in_session())).replace("%2", str(quota.left_today())))
        self.print_button.setEnabled(quota.allowed())
        if not quota.allowed():
            self.status.setText(QCoreApplication.translate("HandoutView",
                "This screen cannot print any more handouts right now. Please ask at the desk: "
                "staff can print it for you."))

    def save_pdf(self) -> bool:
        """Save as PDF where the person chooses; nothing chosen here is lost on failure."""
        request = self.request()
        try:
            handout = self._build(request)
        except HandoutError as exc:
            self.status.setText(self._nothing_chosen(exc))
            return False
        path = self.ask_save_path()
        if not path:
            return False  # cancelled: nothing happens
        try:
            pages = write_pdf(Path(path), handout, self.library, self.config, request.lang,
                              request.paper, request.large_print, ", ".join(handout.titles),
                              *labels_in(request.lang))
        except PrintError as exc:
            self.status.setText(str(exc))
            return False
        self.status.setText(QCoreApplication.translate("HandoutView", "Saved %1 (%2 pages).")
                            .replace("%1", path).replace("%2", str(pages)))
        return True

    def _ask_save_path(self) -> str:
        title = QCoreApplication.translate("HandoutView", "Save handout")
        owner = cast(QWidget, self)
        dialog = QFileDialog(owner, title, str(Path.home() / "eczema-handout.pdf"), "PDF (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        # (where Qt draws its own dialog) names only, as large as most of the window: the
        # detail columns cut the dates at large text
        dialog.setViewMode(QFileDialog.ViewMode.List)
        window = owner.window()
        dialog.resize(max(640, window.width() * 4 // 5), max(480, window.height() * 4 // 5))
        try:
            return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
        finally:
            dialog.deleteLater()
