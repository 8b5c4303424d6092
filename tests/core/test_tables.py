"""Tables for narrow screens: the words and badges each column must hold whole, and the table
stacked a block a row."""

from __future__ import annotations

from edu_app.core.render import Labels, markdown_to_html
from edu_app.core.tables import Unit, stack_tables, table_units
from edu_app.core.theme import NORMAL

MARKDOWN = """Before the table.

| Treatment | What it is | Evidence |
|---|---|---|
| Moisturiser | A cream for dry skin | Strong advice {ev:guideline} |
| Steroid cream | Calms the skin | Good trials {ev:rct} |

!!! danger "Get help now"
    A callout is not a data table.
"""


def test_the_units_of_each_column_are_its_words_and_whole_badges() -> None:
    html = markdown_to_html(MARKDOWN, NORMAL, Labels())
    tables = table_units(html)
    assert len(tables) == 1  # the callout (a borderless table) is not one
    treatment, what, evidence = tables[0]
    assert treatment == [Unit("Treatment", True), Unit("Moisturiser", False),
                         Unit("Steroid", False), Unit("cream", False)]
    assert Unit("dry", False) in what and Unit("What", True) in what
    # a badge is one unit (with its no-break spaces), whatever words it has
    assert Unit("\u00a0Randomised trial\u00a0", True) in evidence
    assert Unit("\u00a0Guideline\u00a0", True) in evidence
    assert Unit("trial", False) not in evidence and Unit("Good", False) in evidence


def test_thai_units_split_at_break_marks_and_badges_lose_their_glue() -> None:
    html = ('<table border="1"><tr><th>การรักษา</th></tr><tr><td>ครีม\u200bบำรุง\u00a0ผิว '
            '<span style="white-space:nowrap;">\u00a0แน\u180eว\u00a0</span></td></tr></table>')
    assert table_units(html) == [[[Unit("การรักษา", True), Unit("\u00a0แนว\u00a0", True),
                                   Unit("ครีม", False), Unit("บำรุง\u00a0ผิว", False)]]]


def test_a_stacked_table_is_a_block_a_row_with_each_cell_after_its_heading() -> None:
    html = markdown_to_html(MARKDOWN, NORMAL, Labels())
    stacked = stack_tables(html)
    assert "<th" not in stacked  # no columns left
    table = stacked[stacked.index("<table border"):]
    table = table[: table.index("</table>")]
    assert table.count("<tr>") == 2  # one block for each row of the table
    assert '<p style="font-weight:700; margin-top:0; margin-bottom:4px;">Moisturiser</p>' in stacked
    assert "<b>What it is:</b> A cream for dry skin" in stacked
    assert "<b>Evidence:</b> Good trials" in stacked and "Randomised trial" in stacked
    assert stacked.startswith(html[: html.index("<table border")])  # the rest as it was
    assert "A callout is not a data table." in stacked
    assert html.count(f'bgcolor="{NORMAL.surface_alt}"') > 0  # the zebra rows keep their colour
    assert stacked.count(f'bgcolor="{NORMAL.surface_alt}"') == 1


def test_a_page_without_tables_is_left_as_it_is() -> None:
    html = markdown_to_html("Just *words* here.", NORMAL, Labels())
    assert table_units(html) == []
    assert stack_tables(html) == html
