"""Rules of rendering, checked on small hand-built input: fragments with their own labels and
glossary, FAQ answers with their sources, a step's key points, filling templates, and which
pages get compiled."""

from __future__ import annotations

from edu_app.core.model import GlossaryTerm, Library, Source
from edu_app.core.render import (
    Labels,
    compile_pages,
    fill,
    markdown_to_html,
    render_answer,
    step_points_html,
    template_for,
)
from edu_app.core.theme import NORMAL

NBSP = "\u00a0"
SOURCES = {
    "sidbury": Source("sidbury", "Sidbury R, et al.", "Guidelines", 2023, "guideline"),
    "smith": Source("smith", "Smith J et al.", "A trial", 2020, "rct"),
}
LINK = ' style="color:#0a5f7a; text-decoration:underline;"'  # a glossary link in the normal theme


def test_a_definition_does_not_link_its_own_term() -> None:
    glossary = {
        "itch": GlossaryTerm("itch", "itch", "An urge to scratch."),
        "skin": GlossaryTerm("skin", "skin", "The body's cover."),
    }
    html = markdown_to_html("An itch of the skin.", glossary=glossary, skip_term="itch")
    assert html == f'<p>An itch of the <a href="glossary:skin"{LINK}>skin</a>.</p>'


def test_a_fragment_uses_the_labels_it_is_given() -> None:
    html = markdown_to_html("{ev:rct}", labels=Labels(evidence={"rct": "Studie"}))
    assert f">{NBSP}Studie{NBSP}</span>" in html


def test_an_answer_lists_each_cited_source_on_its_own_line() -> None:
    result = render_answer("Yes [@sidbury]. Also [@smith].", SOURCES)
    assert result.html.endswith(
        '<p style="color:#4f5d65; font-size:small;">Sources: [1] Sidbury R, et al. Guidelines. 2023.'
        "<br>[2] Smith J et al. A trial. 2020.</p>"
    )
    assert result.references == ["sidbury", "smith"]
    assert result.glossary_used == []  # an answer links no glossary terms


def test_step_points_show_badges_and_short_source_names() -> None:
    # a short name is the first author (before the first comma or "et al") and the year
    html = step_points_html(("Use it daily {ev:guideline} [@sidbury; @smith]", "Second"), SOURCES,
                            NORMAL, Labels(evidence={"guideline": "Guideline"}))
    assert html == (
        '<ul style="margin-left:0px; -qt-list-indent:1;">'
        '<li style="margin-top:0px; margin-bottom:10px;">Use it daily '
        '<span style="background-color:#1b5e20; color:#ffffff; font-weight:600; white-space:nowrap;">'
        "&nbsp;Guideline&nbsp;</span> "
        '<span style="color:#4f5d65;">(Sidbury R 2023; Smith J 2020)</span></li>'
        '<li style="margin-top:0px; margin-bottom:10px;">Second</li></ul>'
    )


def test_a_step_point_citing_one_source_names_just_it() -> None:
    html = step_points_html(("Soak [@smith] then seal [@sidbury]",), SOURCES, NORMAL, Labels())
    assert ('Soak <span style="color:#4f5d65;">(Smith J 2020)</span> then seal '
            '<span style="color:#4f5d65;">(Sidbury R 2023)</span></li>') in html


def test_fill_splits_a_marker_at_its_first_dot() -> None:
    # "kind.key": the key may itself hold a dot
    assert fill("\ue000status.x.y\ue001", Labels(status={"x.y": "Checked"})) == "Checked"


def test_fill_leaves_year_markers_without_a_number_and_other_kinds_with_one() -> None:
    assert fill("\ue000year.2026\ue001", Labels(year="{be}")) == "2569"
    assert fill("\ue000year.soon\ue001", Labels()) == "\ue000year.soon\ue001"
    assert fill("\ue000page.12\ue001", Labels()) == "\ue000page.12\ue001"


def test_pages_after_one_holding_a_marker_character_are_still_compiled(small_library: Library) -> None:
    english = small_library.languages["en"]
    first = english.pages[0]
    english.pages[0] = first._replace(body=first.body + " \ue000in_short\ue001")
    english.pages.append(first._replace(id="extra"))  # a page only English has
    compile_pages(small_library)
    assert template_for(small_library, "en", first.id, NORMAL) is None
    assert template_for(small_library, "en", "extra", NORMAL) is not None
