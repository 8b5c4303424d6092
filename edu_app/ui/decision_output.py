"""The decision aid's printing and saving: the handout builder's (the same kiosk limits,
messages and printer, :class:`~edu_app.ui.handout_output.HandoutOutput`), with the aid's summary
as the page: one page on A4 or Letter, or a card on the 80 mm roll."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from edu_app.core.handout import Handout, HandoutRequest
from edu_app.ui.handout_output import HandoutOutput
from edu_app.ui.texts import card_labels_in, labels_in

if TYPE_CHECKING:
    from edu_app.core.decision_aid import Answers


class DecisionOutput(HandoutOutput):
    """Print and save the decision aid's summary (mixed into the decision aid screen)."""

    answers: Answers
    lang: str

    def request(self) -> HandoutRequest:
        paper = self.config.paper if self.config.paper in ("a4", "letter") else "a4"
        return HandoutRequest(lang=self.lang, paper=paper)

    def _build(self, request: HandoutRequest) -> Handout:
        from edu_app.printing.summary import one_page_summary

        return one_page_summary(self.library, request.lang, self.answers, self.config,
                                request.paper, *labels_in(request.lang))

    def _print_card(self, request: HandoutRequest) -> bool:
        """The summary on the receipt roll (clinic.toml ``paper = "roll80"``): one sheet."""
        from edu_app.core.decision_summary import summary_card
        from edu_app.printing.pdf import PrintError
        from edu_app.printing.roll import print_card

        try:
            card = summary_card(self.library, request.lang, self.answers, self.config,
                                *labels_in(request.lang), card_labels=card_labels_in(request.lang))
            print_card(card, self.config)
        except PrintError as exc:
            return self._print_failed(exc)
        return self._sent(1, QCoreApplication.translate(
            "DecisionView", "Printed: take your page from the printer."))
