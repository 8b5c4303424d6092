"""Pseudo-locales for testing layouts before real translations exist.

``qpl`` makes every interface string about 40 % longer (with accented letters, so clipped or
untranslated text stands out); ``qpr`` lays the interface out right to left. Content stays
English. Chinese or Arabic later then need only translations, not layout work.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

PSEUDO = ("qpl", "qpr")
_ACCENTS = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîõüÀÉÎÕÜçñšýÇÑŠÝ")


def lengthen(text: str) -> str:
    """About 40 % longer, placeholders (%1, {date}) kept: "Home" -> "[Hõmé ~~]"."""
    if not text:
        return text
    pieces = re.split(r"(%\d+|\{[a-z_]+\})", text)
    body = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(pieces))
    padding = "~" * max(1, round(len(text) * 0.4) - 2)
    return "[" + body + " " + padding + "]"


class LongTranslator(QTranslator):
    """Returns every string lengthened."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return lengthen(source)

    def isEmpty(self) -> bool:
        return False
