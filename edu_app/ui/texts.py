"""Translated interface words that core needs (passed in, since core has no Qt)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from edu_app.core.card import CardLabels
from edu_app.core.handout import HandoutLabels
from edu_app.core.render import Labels


def render_labels() -> Labels:
    """Labels for rendered pages in the current interface language."""
    return Labels(
        in_short=Q.translate("Content", "In short"),
        sources=Q.translate("Content", "Sources"),
        # Translators: printed instead of a year for a source that shows no date ("no date")
        no_date=Q.translate("Content", "n.d."),
        reviewed=Q.translate("Content", "Last updated {date}"),
        status={
            "draft": Q.translate("Content", "Draft: a clinician has not checked this page yet. "
                                 "Ask your doctor before you act on it."),
            "clinician-reviewed": Q.translate("Content", "Checked by a clinician"),
            "translation-pending": Q.translate("Content", "Translation pending clinical review"),
        },
        # Translators: a page a clinician of this clinic approved; keep {name} and {date}
        approved=Q.translate("Content", "Reviewed for this clinic by {name} on {date}"),
        # Translators: a page that changed after its approval; keep {name} and {date}
        lapsed=Q.translate("Content", "Changed since {name} reviewed it for this clinic on "
                           "{date}; not yet reviewed again. Ask your doctor before you act on it."),
        evidence={
            "guideline": Q.translate("Content", "Guideline"),
            "review": Q.translate("Content", "Review of studies"),
            "rct": Q.translate("Content", "Randomised trial"),
            "regulator": Q.translate("Content", "Regulator"),
            "observational": Q.translate("Content", "Observational study"),
            "small-study": Q.translate("Content", "Small study"),
            "lab-only": Q.translate("Content", "Lab / animal studies only"),
            "company": Q.translate("Content", "Company claim"),
            "not-proven": Q.translate("Content", "Not proven"),
            "expert": Q.translate("Content", "Expert review"),
        },
        # Translators: what each evidence badge means, printed under a basics sheet
        evidence_meaning={
            "guideline": Q.translate("Content", "A formal recommendation from experts"),
            "review": Q.translate("Content", "A careful summary of many studies"),
            "rct": Q.translate("Content", "A fair test against a dummy or other treatment"),
            "regulator": Q.translate("Content", "A decision or warning from a medicines agency"),
            "observational": Q.translate("Content", "People were watched, not treated"),
            "small-study": Q.translate("Content", "Few people and no fair comparison group"),
            "lab-only": Q.translate("Content", "Seen in mice or cells, not people"),
            "company": Q.translate("Content", "Said by a company, not checked by experts"),
            "not-proven": Q.translate("Content", "No good evidence that this is true"),
            "expert": Q.translate("Content", "Experts summing up what is known"),
        },
        months=(
            Q.translate("Content", "January"),
            Q.translate("Content", "February"),
            Q.translate("Content", "March"),
            Q.translate("Content", "April"),
            Q.translate("Content", "May"),
            Q.translate("Content", "June"),
            Q.translate("Content", "July"),
            Q.translate("Content", "August"),
            Q.translate("Content", "September"),
            Q.translate("Content", "October"),
            Q.translate("Content", "November"),
            Q.translate("Content", "December"),
        ),
        # Translators: how a year is written; {year} is the Common Era year, {be} the
        # Buddhist Era year (Thai dates use it: 2026 is 2569)
        year=Q.translate("Content", "{year}"),
    )


def handout_labels() -> HandoutLabels:
    """Words printed on handouts, in the current interface language.

    Also the list lupdate reads for the "Handout" strings; :func:`labels_in` translates the same
    English words for any language (a test keeps the two in step)."""
    return HandoutLabels(
        program=Q.translate("Handout", "Eczema Explained"),
        title=Q.translate("Handout", "About your eczema"),
        prepared_for=Q.translate("Handout", "Prepared for {name}"),
        note=Q.translate("Handout", "A note from your clinician"),
        faq=Q.translate("Handout", "Questions people ask"),
        plan=Q.translate("Handout", "Your eczema action plan"),
        drawn=Q.translate("Handout", "Drawn during your visit"),
        zones={
            "green": (Q.translate("Handout", "Green: skin under control"),
                      Q.translate("Handout", "Every day")),
            "amber": (Q.translate("Handout", "Amber: a flare"),
                      Q.translate("Handout", "When your skin gets worse")),
            "red": (Q.translate("Handout", "Red: get help now"),
                    Q.translate("Handout", "See a doctor today if you notice")),
        },
        fields={
            "products": Q.translate("Handout", "Use"),
            "areas": Q.translate("Handout", "Where"),
            "how_often": Q.translate("Handout", "How often"),
            "how_long": Q.translate("Handout", "For how long"),
            "notes": Q.translate("Handout", "Notes"),
        },
        red_default=Q.translate(
            "Handout",
            "Clusters of small blisters or punched-out sores; fast-spreading painful eczema; "
            "fever or feeling very unwell; weeping skin with yellow crusts.",
        ),
        disclaimer=Q.translate(
            "Handout", "This sheet explains eczema. It does not replace advice from your own doctor."
        ),
        page=Q.translate("Handout", "Page {number} of {total}"),
        printed=Q.translate("Handout", "Printed {date}"),
        content_reviewed=Q.translate("Handout", "Content reviewed {date}"),
        # Translators: the heading of a box that defines the medical words a printed page uses
        words=Q.translate("Handout", "Words used on this page"),
        # Translators: beside the QR code of the clinic's website; {address} is the address
        qr=Q.translate("Handout", "Scan to open {address}"),
        # Translators: the headings of a topic's one-page basics sheet
        know=Q.translate("Handout", "What to know"),
        do=Q.translate("Handout", "What you can do"),
        words_known=Q.translate("Handout", "Words to know"),
        learn_more=Q.translate(
            "Handout", "Learn more: read \u201c{title}\u201d in Eczema Explained, or ask us for the "
            "full handout."),
        ask=Q.translate("Handout", "Take your questions to your doctor or nurse."),
    )


def _localize(value: Any, translator: Any, context: str) -> Any:
    if isinstance(value, str):
        return translator.translate(context, value) or value
    if isinstance(value, dict):
        return {k: _localize(v, translator, context) for k, v in value.items()}
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_localize(v, translator, context) for v in value)
    if hasattr(value, "_fields"):  # a NamedTuple of labels
        return type(value)(*(_localize(v, translator, context) for v in value))
    return value


def labels_in(lang: str) -> tuple[HandoutLabels, Labels]:
    """Printed words in ``lang`` whatever the interface language is (no global switch)."""
    from PySide6.QtCore import QTranslator

    from edu_app import resources

    translator = QTranslator()
    if lang == "en" or not translator.load(f"edu_app_{lang}", str(resources.translations_dir())):
        return HandoutLabels(), Labels()
    return (_localize(HandoutLabels(), translator, "Handout"),
            _localize(Labels(), translator, "Content"))


def card_labels() -> CardLabels:
    """Words only the take-away card prints (edu_app.core.card), in the interface language; the
    list lupdate reads for the "Card" strings (:func:`card_labels_in` translates the same)."""
    return CardLabels(
        # Translators: on the 80 mm take-away card, where its list of sources is not printed
        sources=Q.translate("Card", "Sources: in the full handout and in Eczema Explained"),
        # Translators: under the QR code of the clinic's website on the take-away card
        qr=Q.translate("Card", "Scan to open our website"),
    )


def card_labels_in(lang: str) -> CardLabels:
    """The card's own words in ``lang`` whatever the interface language is."""
    from PySide6.QtCore import QTranslator

    from edu_app import resources

    translator = QTranslator()
    if lang == "en" or not translator.load(f"edu_app_{lang}", str(resources.translations_dir())):
        return CardLabels()
    return _localize(CardLabels(), translator, "Card")
