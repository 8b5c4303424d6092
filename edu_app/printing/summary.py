"""The decision aid's summary on one page: laid out in the largest type sizes that fit the
paper and the clinic's header (edu_app.core.decision_summary.SIZES), then printed or saved like
any handout. Laying out happens in memory (a PDF writer on a buffer): nothing touches the disk.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from edu_app.core.decision_aid import Answers
from edu_app.core.decision_summary import SIZES, summary_handout
from edu_app.core.handout import Handout, HandoutLabels
from edu_app.core.model import Library
from edu_app.core.render import Labels
from edu_app.core.settings import ClinicConfig
from edu_app.printing.pdf import lay_out


def page_count(handout: Handout, library: Library, clinic: ClinicConfig, lang: str, paper: str,
               labels: HandoutLabels | None = None, page_labels: Labels | None = None) -> int:
    """How many pages ``handout`` takes on ``paper`` (laid out in memory, at 300 dpi)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    try:
        laid = lay_out(writer, handout, library, clinic, lang, paper, False, labels, page_labels)
        return len(laid.tops) - 1
    finally:
        del writer
        buffer.close()


def one_page_summary(library: Library, lang: str, answers: Answers, clinic: ClinicConfig,
                     paper: str, labels: HandoutLabels, page_labels: Labels,
                     today: dt.date | None = None) -> Handout:
    """The summary in the largest sizes that keep it on one page (the smallest sizes if none
    does: every answer is still printed, on a second page)."""
    handout = summary_handout(library, lang, answers, page_labels, today)
    for size in range(len(SIZES)):
        handout = summary_handout(library, lang, answers, page_labels, today, size=size)
        if page_count(handout, library, clinic, lang, paper, labels, page_labels) == 1:
            break
    return handout
