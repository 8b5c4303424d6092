"""Translated interface words that core needs (passed in, since core has no Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from edu_app.core.render import Labels


def _t(text: str) -> str:
    return QCoreApplication.translate("Content", text)


def render_labels() -> Labels:
    """Labels for rendered pages in the current interface language."""
    return Labels(
        in_short=_t("In short"),
        sources=_t("Sources"),
        reviewed=_t("Last reviewed {date}"),
        status={
            "draft": _t("Draft: not yet checked by a clinician"),
            "clinician-reviewed": _t("Checked by a clinician"),
            "translation-pending": _t("Translation pending clinical review"),
        },
        evidence={
            "guideline": _t("Guideline"),
            "review": _t("Review of studies"),
            "rct": _t("Randomised trial"),
            "regulator": _t("Regulator"),
            "observational": _t("Observational study"),
            "small-study": _t("Small study"),
            "lab-only": _t("Lab / animal studies only"),
            "company": _t("Company claim"),
            "not-proven": _t("Not proven"),
            "expert": _t("Expert review"),
        },
        months=tuple(
            _t(m)
            for m in (
                "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December",
            )
        ),
    )
