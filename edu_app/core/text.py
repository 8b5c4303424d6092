"""Small text helpers shared by the loaders (no Qt)."""

from __future__ import annotations


def one_line(text: str) -> str:
    """A message as one printable line: a value quoted from a file may hold line breaks or
    control characters, which would break a report, the staff strip or the log apart."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
