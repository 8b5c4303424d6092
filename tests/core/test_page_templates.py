"""Pages compiled once per content version: a filled template is exactly the rendered page."""

from __future__ import annotations

import re

from edu_app.core.model import Library
from edu_app.core.render import (
    MARKER_CHARACTERS,
    Labels,
    compile_pages,
    fill,
    render_page,
    template_for,
)
from edu_app.core.theme import HIGH_CONTRAST, NORMAL

ZWSP = "\u200b"


def _unmarked(html: str) -> str:
    """Thai line-break marks undone: U+200B removed, a no-break space back to a space."""
    return html.replace(ZWSP, "").replace("\u00a0", " ")

OTHER_WORDS = Labels(
    in_short="Kurz gesagt", sources="Quellen & <Belege>", reviewed="Geprüft am {date}",
    status={"draft": "Entwurf", "clinician-reviewed": "Ärztlich geprüft"},
    evidence={"guideline": "Leitlinie", "rct": "Studie \"randomisiert\""},
    months=tuple(f"Monat{n}" for n in range(1, 13)),
)


def _check_every_page(library: Library) -> int:
    checked = 0
    for language in library.languages.values():
        for page in language.pages:
            glossary = library.language(page.lang).glossary
            for theme in (NORMAL, HIGH_CONTRAST):
                template = template_for(library, page.lang, page.id, theme)
                assert template is not None
                assert not any(m in fill(template, OTHER_WORDS) for m in MARKER_CHARACTERS)
                # Thai text carries U+200B word breaks and no-break spaces (compile_pages adds
                # them); the rest is the fresh render's, and English is exactly it (web
                # addresses in both languages may break after a slash)
                # (a web address may break anywhere in a long part, Thai letters too: left out)
                text = re.sub(r"(?s)<a [^>]*>.*?</a>", "", template)
                thai_marks = re.search(f"[\u0e01-\u0e4f]{ZWSP}[\u0e01-\u0e4f]", text)
                assert (thai_marks is not None) == (page.lang == "th"), (page.lang, page.id)
                for labels in (Labels(), OTHER_WORDS):
                    expected = render_page(page, library.sources, glossary, theme, labels)
                    filled = fill(template, labels)
                    if page.lang == "th":
                        assert _unmarked(filled) == _unmarked(expected.html), page.id
                    else:
                        assert filled == expected.html, (page.lang, page.id)
                    checked += 1
    return checked


def test_every_page_in_every_theme_fills_to_the_rendered_html(small_library: Library) -> None:
    compile_pages(small_library)
    assert _check_every_page(small_library) >= 8


def test_the_real_content_fills_to_the_rendered_html(library: Library) -> None:
    if not library.templates:
        compile_pages(library)
    assert _check_every_page(library) == 4 * sum(len(lang.pages) for lang in library.languages.values())


def test_templates_are_kept_small(small_library: Library) -> None:
    compile_pages(small_library)
    page = small_library.languages["en"].pages[0]
    packed = small_library.templates[(page.lang, page.id, NORMAL.name)]
    assert len(packed) < len(template_for(small_library, page.lang, page.id, NORMAL) or "") / 2


def test_a_page_holding_a_marker_character_is_not_compiled(small_library: Library) -> None:
    english = small_library.languages["en"]
    odd = english.pages[0]._replace(body=english.pages[0].body + " \ue000in_short\ue001")
    english.pages[0] = odd
    compile_pages(small_library)
    assert template_for(small_library, "en", odd.id, NORMAL) is None  # shown by rendering instead
    assert template_for(small_library, "en", english.pages[1].id, NORMAL) is not None


def test_fill_leaves_what_is_not_one_of_its_markers() -> None:
    assert fill("a \ue000unknown\ue001 b", Labels()) == "a \ue000unknown\ue001 b"
    assert fill("\ue000sources\ue001", OTHER_WORDS) == "Quellen &amp; &lt;Belege&gt;"
