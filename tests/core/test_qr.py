"""QR codes never raise: an address too long for a readable code gets none (issue 15: a
3,000-character website reset the kiosk at every preview)."""

from __future__ import annotations

import pytest

from edu_app.core.qr import qr_matrix


def test_a_short_address_is_a_square_code() -> None:
    matrix = qr_matrix("https://example.org/eczema")
    assert matrix is not None
    assert len(matrix) == 25 and all(len(row) == 25 for row in matrix)  # version 2: 25 modules
    assert matrix[0][:7] == [True] * 7  # the finder pattern's top edge


@pytest.mark.parametrize("text", ["", "https://example.org/" + "a" * 281,
                                  "https://example.org/" + "a" * 2_980, "x" * 10_000])
def test_no_code_for_empty_or_too_long_text(text: str) -> None:
    assert qr_matrix(text) is None


def test_the_longest_address_still_gets_a_code_a_phone_reads() -> None:
    matrix = qr_matrix("https://example.org/" + "a" * 280)  # 300 characters
    assert matrix is not None and len(matrix) == 69  # version 13 at error level M
