"""Dates on Thai screens and print are in the Buddhist Era (2026 CE is 2569 BE)."""

from __future__ import annotations

import datetime as dt

from edu_app.core.model import Library
from edu_app.core.render import compile_pages, fill, template_for
from edu_app.core.render_context import Labels
from edu_app.core.theme import NORMAL
from edu_app.ui.texts import labels_in

DAY = dt.date(2026, 11, 24)


def test_a_year_format_chooses_the_era() -> None:
    assert Labels().date(DAY) == "24 November 2026"
    assert Labels(year="{be}").date(DAY) == "24 November 2569"
    assert Labels(year="พ.ศ. {be}").year_text(2026) == "พ.ศ. 2569"


def test_thai_print_labels_write_buddhist_era_dates() -> None:
    _, thai = labels_in("th")
    assert thai.date(DAY) == "24 พฤศจิกายน 2569"
    _, english = labels_in("en")
    assert english.date(DAY) == "24 November 2026"


def test_a_thai_page_shows_its_review_date_in_the_buddhist_era(library: Library) -> None:
    compile_pages(library)
    page = library.language("th").pages[0]
    _, thai = labels_in("th")
    html = fill(template_for(library, "th", page.id, NORMAL) or "", thai)
    written = thai.date(page.reviewed)  # "24 พฤศจิกายน 2569" (pinned above)
    assert written.endswith(str(page.reviewed.year + 543)) and written in html
