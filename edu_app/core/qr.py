"""QR codes for web addresses, made offline with segno; never an exception.

A code that cannot be made (an address too long for a code a phone reads from a small square,
or more than a QR code holds at all) is simply not drawn: the address is still shown as text.
"""

from __future__ import annotations

# A content link longer than this gets no code: 300 characters is a QR code of version 13
# (69 modules) at error level M, about the most a phone reads from a 200-pixel square.
# (clinic.toml's website has its own, lower limit: ``settings.WEBSITE_MAX_CHARS``.)
QR_MAX_CHARS = 300


def qr_matrix(text: str) -> list[list[bool]] | None:
    """The dark (True) and light modules of ``text`` as a QR code at error level M, or None when
    ``text`` is empty or longer than QR_MAX_CHARS, or segno cannot encode it."""
    if not text or len(text) > QR_MAX_CHARS:
        return None
    import segno  # only when a code is shown

    try:
        code = segno.make(text, error="m")
    except ValueError:  # segno.DataOverflowError and any other refusal of the data
        return None
    return [[bool(module) for module in row] for row in code.matrix]
