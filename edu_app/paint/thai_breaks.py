"""Thai word breaks for text the program draws or shows in wrapping labels (illustration
labels and legends, titles, summaries, FAQ questions, messages), so that Thai wraps between
words without libthai (which Windows, macOS and a bare Linux lack).

Pages and FAQ answers get their breaks when they are rendered (edu_app.core.render, handout
and faq_view); this covers the rest. The bundled word list is read once, on the first Thai text.
"""

from __future__ import annotations

from functools import cache

from edu_app import resources
from edu_app.core.thai import Segmenter, bundled_segmenter, html_breaks, is_thai


@cache
def _segmenter() -> Segmenter:
    return bundled_segmenter(resources.content_dir())


def breaks(text: str, rich: bool = False) -> str:
    """``text`` with U+200B between its Thai words (HTML: in its text only)."""
    if not is_thai(text):
        return text
    return html_breaks(text, _segmenter()) if rich else _segmenter().mark_breaks(text)
