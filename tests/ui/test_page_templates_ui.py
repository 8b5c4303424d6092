"""A page opened in the window comes from its compiled template, in the interface's words."""

from __future__ import annotations

import re

import pytest

from edu_app.core.model import Library
from edu_app.core.render import compile_pages, render_page
from edu_app.core.theme import HIGH_CONTRAST, NORMAL
from edu_app.ui import page_text
from edu_app.ui.texts import render_labels

from ui_helpers import make_window


def _unmarked(html: str) -> str:
    return html.replace("\u200b", "").replace("\u00a0", " ")


@pytest.mark.parametrize("lang", ["en", "th"])
def test_page_html_comes_from_the_template_and_equals_a_fresh_render(
    qtbot, library: Library, lang: str, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    if not library.templates:
        compile_pages(library)
    window = make_window(qtbot, library)
    window.set_language(lang)
    labels = render_labels()  # the interface's translated words
    if lang == "th":
        assert labels.in_short != "In short"

    # Counted, not refused: a window left over from an earlier test (on other content, without
    # templates) may still be retranslated while this test changes the language.
    from_markdown: list[str] = []
    real = page_text.render_page

    def counting(page, *args, **kwargs):  # type: ignore[no-untyped-def]
        from_markdown.append(page.id)
        return real(page, *args, **kwargs)

    monkeypatch.setattr(page_text, "render_page", counting)
    for high_contrast, theme in ((False, NORMAL), (True, HIGH_CONTRAST)):
        window.set_high_contrast(high_contrast)
        for page in library.language(lang).pages:
            expected = render_page(page, library.sources, library.language(page.lang).glossary,
                                   theme, labels).html
            from_markdown.clear()
            shown = window.topic.html_for(page)
            # Thai pages carry U+200B word breaks and no-break spaces from compile_pages
            # (web addresses in either language have breaks, Thai letters in them too: left out)
            text = re.sub(r"(?s)<a [^>]*>.*?</a>", "", shown)
            thai_breaks = re.search("[\u0e01-\u0e4f]\u200b[\u0e01-\u0e4f]", text)
            assert (thai_breaks is not None) == (lang == "th")
            if lang == "th":
                assert _unmarked(shown) == _unmarked(expected)
            else:
                assert shown == expected
            assert from_markdown == [], "a compiled page was rendered from Markdown again"
    window.set_high_contrast(False)
