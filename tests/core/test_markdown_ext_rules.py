"""Rules of the Markdown extensions, checked on small hand-written pages: a converter made on a
new thread, table styling and striping, figures with text around them, and text too long to
render as Markdown."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from edu_app.core.render import Labels, markdown_to_html
from edu_app.core.theme import NORMAL

NBSP = "\u00a0"
# the picture and its caption under it, as every figure is drawn (FIGURE_WIDTH is 520 px)
FIGURE = ('<p align="center" style="margin-top:12px;"><img src="figure:demo" width="520"></p>'
          '<p align="center" style="color:#4f5d65; margin-bottom:14px;">Cap.</p>')


def on_a_new_thread(text: str, labels: Labels | None = None) -> str:
    """``text`` rendered on a thread that has never converted anything (each thread builds its
    own converter, with our extensions registered afresh)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(markdown_to_html, text, NORMAL, labels).result()


def test_a_converter_built_on_a_new_thread_renders_citations_and_badges() -> None:
    html = on_a_new_thread("Dry skin {ev:rct} [@a; @b].", Labels(evidence={"rct": "Trial"}))
    assert html == (
        '<p>Dry skin <span style="background-color:#1d4f8a; color:#ffffff; font-weight:600; '
        'white-space:nowrap;" title="A fair test against a dummy or other treatment">'
        f"{NBSP}Trial{NBSP}</span> "
        '<sup><a href="#ref-1" style="color:#0a5f7a; text-decoration:none;">[1]</a>'
        '<a href="#ref-2" style="color:#0a5f7a; text-decoration:none;">[2]</a></sup>.</p>'
    )


def test_a_converter_built_on_a_new_thread_escapes_raw_html_and_styles_tables() -> None:
    html = on_a_new_thread("<div>raw</div>\n\nSee `code` and <https://example.org>.\n\n"
                           "| h |\n|---|\n| x |\n")
    assert "<p>&lt;div&gt;raw&lt;/div&gt;</p>" in html  # a raw HTML block is shown as text
    # back-ticks and bare addresses are not syntax in our content
    assert "<p>See `code` and &lt;https://example.org&gt;.</p>" in html
    assert '<table border="1" cellpadding="7" cellspacing="0"' in html  # the Qt reshaping ran


def test_a_table_spans_the_page_with_collapsed_borders_and_left_headers() -> None:
    html = markdown_to_html("| Cream | When |\n|---|---|\n| Emollient | Daily |\n")
    assert html.startswith(
        '<table border="1" cellpadding="7" cellspacing="0" style="border-collapse:collapse; '
        'border-color:#c9d3d6; border-style:solid; margin-top:8px; margin-bottom:12px;" '
        'width="100%">'
    )
    # Qt centres a header cell unless told otherwise
    assert '<th align="left" bgcolor="#e1eef0">Cream</th>' in html
    assert '<th align="left" bgcolor="#e1eef0">When</th>' in html


def test_every_second_body_row_of_a_table_is_shaded() -> None:
    # rows count from the header row (0): body rows 2, 4 … (the 2nd, 4th …) get the shade
    html = markdown_to_html("| h |\n|---|\n| one |\n| two |\n| three |\n| four |\n")
    assert "<td>one</td>" in html
    assert '<td bgcolor="#eef3f4">two</td>' in html
    assert "<td>three</td>" in html
    assert '<td bgcolor="#eef3f4">four</td>' in html
    assert "<th" in html and 'th bgcolor="#eef3f4"' not in html


def test_a_figure_alone_on_its_line_is_a_centred_picture_and_its_caption() -> None:
    assert markdown_to_html("![Cap.](figure:demo)") == FIGURE


def test_text_before_a_figure_stays_in_its_paragraph() -> None:
    assert markdown_to_html("Before ![Cap.](figure:demo)") == "<p>Before </p>\n" + FIGURE


def test_text_after_a_figure_moves_into_a_paragraph_before_it() -> None:
    assert markdown_to_html("![Cap.](figure:demo) after.") == "<p> after.</p>\n" + FIGURE


def test_text_on_both_sides_of_a_figure_is_kept_together_before_it() -> None:
    assert markdown_to_html("Before ![Cap.](figure:demo) after.") == "<p>Before  after.</p>\n" + FIGURE


def test_a_figure_after_bold_text_keeps_the_text_between_them() -> None:
    html = markdown_to_html("Some **bold** text ![Cap.](figure:demo) after.")
    assert html == "<p>Some <strong>bold</strong> text  after.</p>\n" + FIGURE


def test_a_figure_right_after_bold_text_keeps_the_text_after_it() -> None:
    html = markdown_to_html("Some **bold**![Cap.](figure:demo) after.")
    assert html == "<p>Some <strong>bold</strong> after.</p>\n" + FIGURE


def test_a_figure_between_two_bold_words_keeps_both_words_and_the_text() -> None:
    html = markdown_to_html("**A** ![Cap.](figure:demo) **B** end")
    assert html == "<p><strong>A</strong>  <strong>B</strong> end</p>\n" + FIGURE


def test_text_with_an_over_long_line_is_shown_as_plain_paragraphs() -> None:
    # a line over the loader's 5,000 characters is not given to Python-Markdown
    long_line = "x" * 5001
    html = markdown_to_html(f"{long_line}\n\n<b>second</b> **not bold**\n\n\n")
    assert html == f"<p>{long_line}</p><p>&lt;b&gt;second&lt;/b&gt; **not bold**</p>"
