"""What one Markdown conversion works with: the theme, translated labels, glossary terms and the
references found so far. Shared by :mod:`edu_app.core.render` and the Markdown extensions in
:mod:`edu_app.core.markdown_ext`, so that neither imports the other back (render loads the
extensions lazily; they need only this module)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from edu_app.core.model import EVIDENCE_LEVELS, GlossaryTerm, SignOff
from edu_app.core.theme import Theme

_EVIDENCE_LABELS = {k: v.label for k, v in EVIDENCE_LEVELS.items()}
_EVIDENCE_MEANINGS = {k: v.meaning for k, v in EVIDENCE_LEVELS.items()}


FIGURE_WIDTH = 520  # px at 100 %: figures inside page text (the topic view supplies the image)


class Labels(NamedTuple):
    """Translated interface words used inside rendered pages."""

    in_short: str = "In short"
    sources: str = "Sources"
    no_date: str = "n.d."  # a source whose publication shows no date
    reviewed: str = "Last updated {date}"
    status: dict[str, str] = {  # noqa: RUF012 (shared, never changed)
        "draft": "Draft: a clinician has not checked this page yet. Ask your doctor before you "
                 "act on it.",
        "clinician-reviewed": "Checked by a clinician",
        "translation-pending": "Translation pending clinical review",
    }
    # the clinic's sign-off (edu_app.core.review): {name} and {date} are filled in
    approved: str = "Reviewed for this clinic by {name} on {date}"
    lapsed: str = ("Changed since {name} reviewed it for this clinic on {date}; not yet "
                   "reviewed again. Ask your doctor before you act on it.")
    evidence: dict[str, str] = _EVIDENCE_LABELS
    evidence_meaning: dict[str, str] = _EVIDENCE_MEANINGS  # a badge explained, on paper
    months: tuple[str, ...] = (
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    )

    # how a year is written: {year} (Common Era) or {be} (Buddhist Era, 543 more: Thai)
    year: str = "{year}"

    def year_text(self, year: int) -> str:
        """A year as this language writes it (2026, or 2569 in Thai)."""
        return self.year.replace("{year}", str(year)).replace("{be}", str(year + 543))

    def review_text(self, page_status: str, signoff: SignOff | None) -> str:
        """A page's review line: the clinic's sign-off when it has one, else its status."""
        if signoff is None:
            return self.status.get(page_status, page_status)
        words = self.approved if signoff.current else self.lapsed
        return words.replace("{name}", signoff.by).replace("{date}", self.date(signoff.on))

    def date(self, day: dt.date) -> str:
        """A date written out, e.g. 24 November 2026 (24 พฤศจิกายน 2569 in Thai)."""
        return f"{day.day} {self.months[day.month - 1]} {self.year_text(day.year)}"


class Context:
    """The state of one conversion: theme, labels, glossary, references found so far."""

    def __init__(
        self,
        theme: Theme,
        labels: Labels,
        glossary: dict[str, GlossaryTerm],
        skip_term: str | None = None,
    ) -> None:
        self.theme = theme
        self.labels = labels
        self.references: list[str] = []
        self.figures: list[str] = []
        self.glossary = glossary
        self.used_terms: dict[str, None] = {}  # an ordered set
        if skip_term:
            self.used_terms[skip_term] = None
        forms: dict[str, str] = {}
        for term in glossary.values():
            for form in term.forms:
                if form.strip():
                    forms.setdefault(form.casefold(), term.id)
        # (lower-cased form, term id, pattern), longest form first
        self.terms = [(form, term_id, term_pattern(form)) for form, term_id in
                      sorted(forms.items(), key=lambda item: -len(item[0]))]

    def number_for(self, source_id: str) -> int:
        if source_id not in self.references:
            self.references.append(source_id)
        return self.references.index(source_id) + 1


@lru_cache(maxsize=512)
def term_pattern(form: str) -> re.Pattern[str]:
    """A case-blind pattern for one glossary form.

    Word boundaries apply only where the form starts or ends with a Latin letter or digit;
    Thai and other scripts without spaces match anywhere in running text.
    """
    escaped = re.escape(form)
    if re.match(r"[A-Za-z0-9]", form):
        escaped = r"(?<![A-Za-z0-9])" + escaped
    if re.search(r"[A-Za-z0-9]$", form):
        escaped += r"(?![A-Za-z0-9])"
    return re.compile(escaped, re.IGNORECASE)
