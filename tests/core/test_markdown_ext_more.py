"""More rules of the Markdown extensions, on small hand-written text: callouts, headings and links
in each theme, what is neutralised, figures among other paragraphs, glossary links cut out of
running text, and the limits that send text past Python-Markdown."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from edu_app.core.model import GlossaryTerm
from edu_app.core.render import markdown_to_html
from edu_app.core.theme import HIGH_CONTRAST, NORMAL

NBSP = "\u00a0"
LINK = ' style="color:#0a5f7a; text-decoration:underline;"'  # a glossary link in the normal theme
FIGURE = ('<p align="center" style="margin-top:12px;"><img src="figure:demo" width="520"></p>'
          '<p align="center" style="color:#4f5d65; margin-bottom:14px;">Cap.</p>')


def glossary(*forms: str) -> dict[str, GlossaryTerm]:
    """One term per form, its id the form with '-' for spaces."""
    return {f.replace(" ", "-"): GlossaryTerm(f.replace(" ", "-"), f, "A definition.") for f in forms}


def on_a_new_thread(text: str) -> str:
    """``text`` rendered by a converter built afresh (each thread builds its own)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(markdown_to_html, text).result()


# --- callouts -----------------------------------------------------------------------------------

def test_a_callout_is_a_one_row_table_with_a_bar_a_coloured_title_and_its_text() -> None:
    html = markdown_to_html('!!! tip "What you can do"\n    Use a moisturiser every day.')
    assert html == (
        '<table cellpadding="10" cellspacing="0" style="margin-top:10px; margin-bottom:12px;" '
        'width="100%"><tr><td bgcolor="#2e7d4f" width="6"></td><td bgcolor="#e7f5ec">'
        '<p style="color:#1d5c38; font-weight:700; margin-bottom:4px;">What you can do</p>'
        "<p>Use a moisturiser every day.</p>\n</td></tr></table>"
    )


def test_a_callout_of_an_unknown_kind_takes_the_note_colours() -> None:
    html = markdown_to_html('!!! custom "Odd"\n    Body.')
    # note: a blue bar (#2f6db5) on a pale blue ground (#e8f1fb), a dark blue title
    assert html.startswith('<table cellpadding="10" cellspacing="0" style="margin-top:10px; '
                           'margin-bottom:12px;" width="100%"><tr><td bgcolor="#2f6db5" width="6">'
                           '</td><td bgcolor="#e8f1fb"><p style="color:#1d4f8a; font-weight:700; '
                           'margin-bottom:4px;">Odd</p><p>Body.</p>')


def test_a_callout_in_high_contrast_has_a_white_bar_on_black_and_a_yellow_title() -> None:
    html = markdown_to_html('!!! warning "Careful"\n    Stop.', HIGH_CONTRAST)
    assert ('<td bgcolor="#ffb000" width="6"></td><td bgcolor="#000000">'
            '<p style="color:#ffe500; font-weight:700; margin-bottom:4px;">Careful</p><p>Stop.</p>') in html


def test_a_table_after_a_callout_is_still_styled_as_a_table() -> None:
    html = markdown_to_html('!!! note "N"\n    Body.\n\n| h |\n|---|\n| x |\n')
    assert html.count("<table ") == 2
    assert ('</table><table border="1" cellpadding="7" cellspacing="0" style="border-collapse:collapse; '
            'border-color:#c9d3d6; border-style:solid; margin-top:8px; margin-bottom:12px;" '
            'width="100%">') in html
    assert "data-callout" not in html


# --- headings and links --------------------------------------------------------------------------

def test_headings_are_teal_in_the_normal_theme() -> None:
    html = markdown_to_html("## Two\n\n### Three\n\n#### Four")
    assert html == ('<h2 style="color:#0b6e6e;">Two</h2>\n<h3 style="color:#0b6e6e;">Three</h3>\n'
                    '<h4 style="color:#0b6e6e;">Four</h4>')


def test_headings_are_white_in_high_contrast() -> None:
    # high contrast draws headings in the text colour, not the yellow accent
    html = markdown_to_html("## Two\n\n### Three\n\n#### Four", HIGH_CONTRAST)
    assert html == ('<h2 style="color:#ffffff;">Two</h2>\n<h3 style="color:#ffffff;">Three</h3>\n'
                    '<h4 style="color:#ffffff;">Four</h4>')


def test_web_and_page_links_stay_links_in_the_link_colour() -> None:
    html = markdown_to_html("[Go](https://example.org) and [Itch](page:itch) and [Up](HTTP://EXAMPLE.ORG)")
    assert html == ('<p><a href="https://example.org" style="color:#0a5f7a;">Go</a> and '
                    '<a href="page:itch" style="color:#0a5f7a;">Itch</a> and '
                    '<a href="HTTP://EXAMPLE.ORG" style="color:#0a5f7a;">Up</a></p>')


def test_links_are_yellow_in_high_contrast() -> None:
    html = markdown_to_html("[Go](#ref-1)", HIGH_CONTRAST)
    assert html == '<p><a href="#ref-1" style="color:#ffe500;">Go</a></p>'


def test_a_link_elsewhere_and_a_picture_from_outside_become_plain_text() -> None:
    html = markdown_to_html("See [this](ftp://example.org/x) and ![a red rash](https://example.org/r.png).")
    assert html == "<p>See <span>this</span> and <span>a red rash</span>.</p>"


# --- badges ------------------------------------------------------------------------------------------

def test_an_unknown_evidence_key_is_a_plain_badge_named_by_its_key() -> None:
    # a key outside the vocabulary: surface and text colours, and the key as label and tooltip
    assert markdown_to_html("{ev:hunch}") == (
        '<p><span style="background-color:#eef3f4; color:#1f2a30; font-weight:600; '
        f'white-space:nowrap;" title="hunch">{NBSP}hunch{NBSP}</span></p>'
    )


# --- figures ---------------------------------------------------------------------------------------

def test_a_figure_alone_keeps_its_place_before_the_next_paragraph() -> None:
    assert markdown_to_html("![Cap.](figure:demo)\n\nNext.") == FIGURE + "<p>Next.</p>"


def test_a_figure_with_text_in_a_later_paragraph_goes_right_after_that_text() -> None:
    html = markdown_to_html("Intro.\n\nBefore ![Cap.](figure:demo)\n\nAfter.")
    assert html == "<p>Intro.</p>\n<p>Before </p>\n" + FIGURE + "<p>After.</p>"


# --- glossary links ------------------------------------------------------------------------------

def test_two_terms_in_one_sentence_are_both_linked_in_place() -> None:
    html = markdown_to_html("Itch makes skin sore.", glossary=glossary("itch", "skin"))
    assert html == (f'<p><a href="glossary:itch"{LINK}>Itch</a> makes '
                    f'<a href="glossary:skin"{LINK}>skin</a> sore.</p>')


def test_three_terms_in_one_sentence_keep_the_words_between_them() -> None:
    html = markdown_to_html("Dry, itchy and red.", glossary=glossary("dry", "itchy", "red"))
    assert html == (f'<p><a href="glossary:dry"{LINK}>Dry</a>, <a href="glossary:itchy"{LINK}>itchy</a>'
                    f' and <a href="glossary:red"{LINK}>red</a>.</p>')


def test_a_term_is_linked_at_its_first_use_only() -> None:
    html = markdown_to_html("Itch, itch and itch.", glossary=glossary("itch"))
    assert html == f'<p><a href="glossary:itch"{LINK}>Itch</a>, itch and itch.</p>'


def test_a_longer_term_wins_over_a_shorter_one_starting_at_the_same_place() -> None:
    html = markdown_to_html("Dry skin is common.", glossary=glossary("dry", "dry skin"))
    assert html == f'<p><a href="glossary:dry-skin"{LINK}>Dry skin</a> is common.</p>'


def test_a_second_term_is_looked_for_after_the_first_link() -> None:
    # "skin" inside the linked "dry skin" is not linked again; its next use is
    html = markdown_to_html("Dry skin and skin care.", glossary=glossary("dry skin", "skin"))
    assert html == (f'<p><a href="glossary:dry-skin"{LINK}>Dry skin</a> and '
                    f'<a href="glossary:skin"{LINK}>skin</a> care.</p>')


def test_a_term_before_bold_text_is_linked_before_it() -> None:
    html = markdown_to_html("Itch **now** ends.", glossary=glossary("itch"))
    assert html == f'<p><a href="glossary:itch"{LINK}>Itch</a> <strong>now</strong> ends.</p>'


def test_a_term_after_bold_text_is_linked_there() -> None:
    html = markdown_to_html("**Bold** then itch.", glossary=glossary("itch"))
    assert html == f'<p><strong>Bold</strong> then <a href="glossary:itch"{LINK}>itch</a>.</p>'


def test_a_term_between_two_bold_words_stays_between_them() -> None:
    html = markdown_to_html("**A** itch **B** end", glossary=glossary("itch"))
    assert html == (f'<p><strong>A</strong> <a href="glossary:itch"{LINK}>itch</a> '
                    "<strong>B</strong> end</p>")


def test_elements_without_text_never_grow_a_glossary_link() -> None:
    # the first paragraph is all bold (no text before or after it): the term's first use is later
    html = markdown_to_html("**Note**\n\nXXXX is a code.", glossary=glossary("xxxx"))
    assert html == (f'<p><strong>Note</strong></p>\n<p><a href="glossary:xxxx"{LINK}>XXXX</a> '
                    "is a code.</p>")


# --- what goes past Python-Markdown --------------------------------------------------------------

def test_a_line_of_exactly_the_limit_is_still_markdown() -> None:
    # 5,000 characters on a line are allowed; 5,001 are not
    line = "**b** " + "x" * 4994
    assert len(line) == 5000
    html = markdown_to_html(line + "\n\nEnd.")
    assert html == "<p><strong>b</strong> " + "x" * 4994 + "</p>\n<p>End.</p>"


def test_a_text_of_exactly_the_size_limit_is_still_markdown() -> None:
    # 400,000 characters in lines of at most 5,000 are allowed
    text = "**b** " + "x" * 4993 + ("\n" + "y" * 4999) * 78 + "\n" + "z" * 5000
    assert len(text) == 400_000
    html = markdown_to_html(text)
    assert html.startswith("<p><strong>b</strong> xxx")
    assert html.endswith("zzz</p>")


def test_absurdly_nested_lists_are_shown_as_their_text() -> None:
    # Python-Markdown recurses once per level; past the recursion limit the text is shown as it is
    # (on a thread of its own: a converter that hit the limit is left in a bad state)
    text = "- " * 2000 + "x"
    assert on_a_new_thread(text) == "<p>" + "- " * 2000 + "x</p>"


def test_a_converter_built_on_a_new_thread_writes_html_not_xhtml() -> None:
    assert on_a_new_thread("Above\n\n---\n\nBelow") == "<p>Above</p>\n<hr>\n<p>Below</p>"


def test_a_thread_keeps_its_converter_from_one_text_to_the_next() -> None:
    # building a converter costs more than converting a page: a thread builds one only
    def same_converter_twice() -> bool:
        from edu_app.core import markdown_ext

        markdown_to_html("one")
        first = markdown_ext._local.md
        markdown_to_html("two")
        return markdown_ext._local.md is first

    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(same_converter_twice).result()


def test_the_normal_theme_is_the_default() -> None:
    assert markdown_to_html("## H") == markdown_to_html("## H", NORMAL) == '<h2 style="color:#0b6e6e;">H</h2>'
