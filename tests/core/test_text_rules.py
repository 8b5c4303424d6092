"""A message as one printable line."""

from __future__ import annotations

from edu_app.core.text import one_line


def test_control_characters_are_written_as_escapes_and_the_rest_is_kept() -> None:
    # a line break, a tab, a NUL and a zero-width space become \n, \t, \x00 and \u200b
    assert one_line("bad\nline\tx\x00y\u200bz") == "bad\\nline\\tx\\x00y\\u200bz"


def test_printable_text_is_kept_as_it_is() -> None:
    assert one_line("ผิวแห้ง: dry skin") == "ผิวแห้ง: dry skin"
    assert one_line("Thai ผิว\r") == "Thai ผิว\\r"
