"""Markdown to Qt rich text: citations, badges, callouts, glossary links, escaping."""

from __future__ import annotations

import re

from edu_app.core.model import Library
from edu_app.core.render import Labels, badges_in_points, render_answer, render_fragment, render_page
from edu_app.core.theme import HIGH_CONTRAST, NORMAL


def rendered(library: Library, page_id: str = "barrier", theme=NORMAL):  # type: ignore[no-untyped-def]
    en = library.languages["en"]
    page = en.page(page_id)
    assert page is not None
    return render_page(page, library.sources, en.glossary, theme)


def test_citations_are_numbered_in_order_of_first_use(small_library: Library) -> None:
    result = rendered(small_library)
    assert result.references == ["sidbury-2023", "palmer-2006"]
    assert re.search(r'<a href="#ref-1"[^>]*>\[1\]</a>', result.html)
    assert re.search(r'<a href="#ref-2"[^>]*>\[2\]</a>', result.html)
    sources = result.html[result.html.index(">Sources<"):]
    assert sources.index("Sidbury R") < sources.index("Palmer CN")
    assert '<a name="ref-1"></a><b>[1]</b> Sidbury R' in sources


def test_evidence_badges_use_theme_colours_and_label(small_library: Library) -> None:
    html = rendered(small_library).html
    background, colour = NORMAL.badge("guideline")
    assert f"background-color:{background}; color:{colour}" in html
    assert "\u00a0Guideline\u00a0" in html or "&nbsp;Guideline&nbsp;" in html
    contrast_html = rendered(small_library, theme=HIGH_CONTRAST).html
    assert "background-color:#ffffff; color:#000000" in contrast_html


def test_callout_becomes_a_table_with_a_coloured_bar(small_library: Library) -> None:
    html = rendered(small_library).html
    tip = NORMAL.callouts["tip"]
    assert f'<td bgcolor="{tip.border}" width="6"></td><td bgcolor="{tip.background}">' in html
    assert "What you can do" in html and 'class="admonition' not in html


def test_glossary_links_only_the_first_use(small_library: Library) -> None:
    result = rendered(small_library)
    assert result.html.count('href="glossary:filaggrin"') == 1
    assert result.html.count("ilaggrin") >= 2
    assert 'href="glossary:moisturiser">Moisturisers</a>' in result.html.replace(
        ' style="color:#0a5f7a; text-decoration:underline;"', ""
    )
    assert set(result.glossary_used) == {"filaggrin", "moisturiser"}


def test_glossary_does_not_link_inside_headings(small_library: Library) -> None:
    html = rendered(small_library).html
    heading = re.search(r"<h2[^>]*>(.*?)</h2>", html)
    assert heading is not None and "glossary:" not in heading.group(1)


def test_thai_terms_link_inside_running_text(small_library: Library) -> None:
    th_page = small_library.languages["th"].page("barrier")
    assert th_page is not None
    from edu_app.core.model import GlossaryTerm

    glossary = {"filaggrin": GlossaryTerm("filaggrin", "ฟิลากกริน", "โปรตีน")}
    html = render_page(th_page, {}, glossary).html
    assert '>ฟิลากกริน</a>ช่วยผิว' in html


def test_raw_html_is_escaped_not_passed_through(small_library: Library) -> None:
    page = small_library.languages["en"].pages[1]
    hostile = page._replace(body='<script>alert(1)</script>\n\n<img src="http://x/y.png">\n')
    html = render_page(hostile, {}, {}).html
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_bare_web_addresses_and_reference_links_stay_plain_text(small_library: Library) -> None:
    page = small_library.languages["en"].pages[1]
    body = ("See <https://example.org/a> or <x@example.org> [a][ref] `code`  \nnext\n\n"
            "[ref]: https://e.org\n")
    html = render_page(page._replace(body=body), {}, {}).html
    assert "href" not in html  # nothing becomes a link to the outside world
    assert "&lt;https://example.org/a&gt;" in html and "[a][ref]" in html
    assert "`code`" in html and "<br" not in html and "<code>" not in html


def test_review_line_and_summary(small_library: Library) -> None:
    html = rendered(small_library).html
    assert "Last updated 24 November 2026" in html
    assert "Draft: a clinician has not checked this page yet. Ask your doctor before you act on it." in html
    assert "A short summary of barrier." in html
    labels = Labels(reviewed="Geprüft {date}", months=("Jan",) * 10 + ("Nov", "Dez"))
    page = small_library.languages["en"].page("barrier")
    assert page is not None
    assert "Geprüft 24 Nov 2026" in render_page(page, {}, {}, NORMAL, labels).html


def test_tables_get_qt_attributes(small_library: Library) -> None:
    page = small_library.languages["en"].pages[1]
    table_page = page._replace(body="| a | b |\n|---|---|\n| 1 | 2 |\n")
    html = render_page(table_page, {}, {}).html
    assert 'cellpadding="7"' in html and f'bgcolor="{NORMAL.table_header}"' in html


def test_answer_lists_its_sources(small_library: Library) -> None:
    answer = small_library.languages["en"].faq[1].answer
    result = render_answer(answer, small_library.sources)
    assert result.references == ["sidbury-2023"]
    assert "Sources: [1] Sidbury R" in result.html


def test_every_bundled_page_renders(library: Library) -> None:
    for language in library.languages.values():
        for page in language.pages:
            result = render_page(page, library.sources, language.glossary)
            assert result.references, page.id
            assert "Sources" in result.html
            assert "[@" not in result.html and "{ev:" not in result.html, page.id
            assert "!!!" not in result.html, page.id


def test_two_figures_keep_every_paragraph(small_library: Library) -> None:
    page = small_library.languages["en"].pages[1]
    body = ("First paragraph.\n\n![One.](figure:demo)\n\nMiddle paragraph.\n\n"
            "![Two.](figure:demo)\n\nLast paragraph.\n")
    html = render_page(page._replace(body=body), {}, {}).html
    for text in ("First paragraph.", "Middle paragraph.", "Last paragraph.", ">One.<", ">Two.<"):
        assert text in html, text
    assert html.count('src="figure:demo"') == 2


def test_step_points_are_a_real_list_so_wrapped_lines_hang() -> None:
    from edu_app.core.render import Labels, step_points_html
    from edu_app.core.theme import NORMAL

    html = step_points_html(("First point that is long", "Second {ev:rct}"), {}, NORMAL, Labels())
    assert html.count("<li") == 2 and html.startswith("<ul")
    assert "•" not in html  # a typed bullet would wrap under itself


def test_a_long_web_address_may_break_after_slashes_and_between_its_words() -> None:
    from edu_app.core.model import Source
    from edu_app.core.render import sources_html

    url = "http://fda.gov/Drugs/PostmarketDrugSafety/ucm-1.htm?id=7&x=1"
    source = Source("s", "Agency", "A warning", 2020, "regulator", url=url)
    html = sources_html(["s"], {"s": source}, NORMAL, Labels())
    z = "\u200b"
    shown = (f"http://{z}fda{z}.gov/{z}Drugs/{z}Postmarket{z}Drug{z}Safety/{z}ucm-{z}1{z}.htm{z}?id{z}=7"
             f"{z}&amp;x{z}=1")
    assert f">{shown}</a>" in html  # what the reader sees may break there
    assert f'href="{url.replace("&", "&amp;")}"' in html  # where the link leads is unchanged


def test_badges_in_a_crowded_table_are_smaller_and_kept_whole() -> None:
    """The decision aid's grid sets badges a size smaller than its text, each in one piece (a
    handout's table cells otherwise let "Randomised trial" break over two lines)."""
    html = render_fragment("Two trials {ev:rct} and a review {ev:review}.", NORMAL, Labels(),
                           {}).html
    smaller = badges_in_points(html, 6)
    assert smaller.count("font-size:6pt;") == 2
    text = re.sub(r"<[^>]+>", "", smaller)
    assert "Randomised\u00a0trial" in text and "Review\u00a0of\u00a0studies" in text
    assert "Two trials " in text and " and a review " in text  # the text around them may wrap
