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
    """About 40 % longer, placeholders (%1, {date}) kept: "Home" -> "[Hõmé ~]"."""
    if not text:
        return text
    pieces = re.split(r"(%\d+|\{[a-z_]+\})", text)
    body = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(pieces))
    tildes = max(1, round(len(text) * 0.4) - 2)
    # in words of up to six, as a real language's extra length would be (one unbreakable run
    # of 40 would make a wrapping label wider than any real translation does)
    padding = " ".join("~" * min(6, tildes - start) for start in range(0, tildes, 6))
    return "[" + body + " " + padding + "]"


class LongTranslator(QTranslator):
    """Returns every string lengthened."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return lengthen(source)

    def isEmpty(self) -> bool:
        return False
