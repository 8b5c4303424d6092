"""Fuzzing the renderer: hostile Markdown never crashes it, raw HTML is escaped, and the rich
text it makes can load nothing from outside the program."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from edu_app.core.model import GlossaryTerm, Library, Page
from edu_app.core.render import FIGURE_WIDTH, markdown_to_html, render_answer, render_page
from edu_app.core.theme import HIGH_CONTRAST, NORMAL

from fuzzing import fuzz, hostile_text, nested

EXAMPLES = {"markdown": 400, "page": 150}

ALLOWED_TAGS = {
    "html", "body", "p", "a", "span", "sup", "b", "strong", "em", "i", "code", "pre", "br", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "td", "th", "ul", "ol",
    "li", "blockquote", "img",
}
ALLOWED_HREF = re.compile(r"(https?://|page:|glossary:|#ref-\d+$)", re.IGNORECASE)
GLOSSARY = {"filaggrin": GlossaryTerm("filaggrin", "filaggrin", "A <b>protein</b>.", ())}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))


def assert_safe_rich_text(markup: str) -> None:
    """Only harmless tags; images only of our figures; links only to places we handle."""
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    for tag, attrs in parser.found:
        assert tag in ALLOWED_TAGS, (tag, markup[:300])
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "url(" not in attrs.get("style", "").lower(), attrs
        if tag == "img":
            assert re.fullmatch(r"figure:[\w\-]+", attrs.get("src", "")), attrs
            assert int(attrs.get("width", "0")) <= FIGURE_WIDTH, attrs
        else:
            assert "src" not in attrs, (tag, attrs)
        if "href" in attrs:
            assert ALLOWED_HREF.match(attrs["href"]), attrs
        if "width" in attrs and not attrs["width"].endswith("%"):
            assert int(attrs["width"]) <= FIGURE_WIDTH, attrs
    assert not re.search(r"<\s*(script|style|iframe|object|embed|link|meta)", markup, re.I)
    # as markup, not as escaped text: '&lt;img src="http…' is harmless words on the page
    assert not re.search(r"<img[^>]*\ssrc=(?![\"']?figure:)", markup, re.I)


@fuzz(EXAMPLES["markdown"])
@given(text=hostile_text(), high_contrast=st.booleans())
def test_markdown_fragments_render_safely(text: str, high_contrast: bool) -> None:
    theme = HIGH_CONTRAST if high_contrast else NORMAL
    assert_safe_rich_text(markdown_to_html(text, theme, glossary=GLOSSARY))
    assert_safe_rich_text(render_answer(text, {}, theme).html)


@fuzz(EXAMPLES["page"])
@given(body=hostile_text(20), title=st.text(max_size=80), summary=hostile_text(3))
def test_whole_pages_render_safely(library: Library, body: str, title: str, summary: str) -> None:
    english = library.languages["en"]
    cited = english.pages[0].sources
    page = Page(id="fuzz", lang="en", title=title, summary=summary, order=1, illustration="demo",
                reviewed=dt.date(2026, 1, 1), review_status="draft",
                sources=cited, body=body, path=Path("fuzz.md"), body_line=10)
    rendered = render_page(page, library.sources, english.glossary)
    assert_safe_rich_text(rendered.html)
    assert set(cited) <= set(rendered.references)


def test_raw_html_is_shown_as_text() -> None:
    html = markdown_to_html('<script>alert("x")</script> and <b onclick="x()">bold</b>')
    assert "&lt;script&gt;" in html and "&lt;b onclick" in html
    assert_safe_rich_text(html)


def test_pictures_from_outside_become_their_alt_text() -> None:
    # regression: ![a](http://…) and ![b](file:///…) used to reach Qt as <img src=…>
    html = markdown_to_html("See ![a web picture](http://evil.example/x.png) and "
                            "![a file](file:///etc/passwd) and ![up](figure:../x).")
    assert "a web picture" in html and "a file" in html and "<img" not in html


def test_links_to_unknown_schemes_become_text() -> None:
    # regression: javascript: and file: links used to be kept as links
    html = markdown_to_html("[one](javascript:alert(1)) [two](FILE:///etc/passwd) "
                            "[three](https://example.org) [four](page:itch)")
    assert "javascript" not in html and "passwd" not in html
    assert 'href="https://example.org"' in html and 'href="page:itch"' in html
    assert "one" in html and "two" in html


def test_text_beside_a_figure_is_kept() -> None:
    # regression: a figure written inside a sentence swallowed the rest of the paragraph
    html = markdown_to_html("Before the picture ![Caption](figure:demo) and after it.")
    assert "Before the picture" in html and "and after it." in html
    assert html.count('src="figure:demo"') == 1 and "Caption" in html


def test_absurd_nesting_is_shown_as_text() -> None:
    # regression: 250 and more nested list levels raised RecursionError out of the renderer
    for kind, depth in (("list", 300), ("quote", 5000)):
        html = markdown_to_html(nested(depth, kind))
        assert "item" in html or "deep" in html
        assert_safe_rich_text(html)


def test_pages_after_absurd_nesting_are_rendered_again() -> None:
    # regression: the converter this thread keeps held Python-Markdown's parser state from the
    # RecursionError, and every later page on the thread came out as bare text ("**b**")
    import threading

    after: list[str] = []

    def render_two() -> None:  # a thread of its own: its converter is new, its stack shallow
        markdown_to_html(nested(300, "list"))
        after.append(markdown_to_html("**b**"))

    thread = threading.Thread(target=render_two)
    thread.start()
    thread.join()
    assert after == ["<p><strong>b</strong></p>"]
