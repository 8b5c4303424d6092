"""Thai SARA AM (ำ) in a PDF's text layer: read back as ำ, not as nikhahit + sara aa.

HarfBuzz's Thai shaper always draws ำ as two glyphs, NIKHAHIT (ํ) and SARA AA (า), and moves the
nikhahit before a tone mark: น้ำ is drawn น ํ ้ า. Qt names each glyph in the PDF by the one
character that maps to it (a reverse lookup of the font's cmap), so a PDF reader copies, finds
and speaks น ํ ้ า, and a search for คำ, น้ำ or แนะนำ finds nothing. A font cannot fix this
alone: a glyph Qt finds no character for is left out of the PDF's map, and pypdf then reads its
glyph number as a character.

:func:`fix_sara_am` rewrites a PDF that Qt wrote: in each Thai font it adds two codes that draw
the same glyphs as NIKHAHIT and SARA AA, mapped to no text and to ำ, and where the page draws
nikhahit, any marks above, then sara aa (what the shaper made of ำ), it uses them. The drawing does
not change; a standalone า or ํ keeps its own code. pypdf and poppler's pdftotext both read the
pair back as ำ after the tone mark, as it was written. (ActualText spans would serve poppler but
not pypdf, which ignores them.)
"""

from __future__ import annotations

import itertools
import logging
import re
import zlib
from pathlib import Path
from typing import NamedTuple

log = logging.getLogger(__name__)

NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
# what HarfBuzz moves the nikhahit over: marks above the consonant (its IS_ABOVE_BASE_MARK)
ABOVE = frozenset(chr(c) for c in (0x0E31, *range(0x0E34, 0x0E38), *range(0x0E47, 0x0E4F)))
# one glyph as Qt writes it: "dx dy Td <code> Tj"
GLYPH = re.compile(rb"^(?P<move>[-\d. ]*Td )<(?P<code>[0-9A-Fa-f]{4})> Tj$")
FONT = re.compile(rb"^(?P<name>/\S+) [-\d.]+ Tf\b")
RANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)")


class Codes(NamedTuple):
    """One Thai font's codes: nikhahit, sara aa, the marks above, and the two new codes."""

    nikhahit: int
    sara_aa: int
    above: frozenset[int]
    silent: int  # draws the nikhahit, maps to no text
    am: int  # draws sara aa, maps to ำ


def to_unicode(cmap: str) -> dict[int, str]:
    """The code -> text map of a ToUnicode CMap (bfchar and bfrange entries)."""
    result: dict[int, str] = {}
    for section in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.DOTALL):
        pairs = re.findall(r"<([0-9A-Fa-f]*)>", section)
        for code, text in zip(pairs[::2], pairs[1::2], strict=True):
            result[int(code, 16)] = _text(text)
    for section in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.DOTALL):
        for first, last, value in RANGE.findall(section):
            start, end = int(first, 16), int(last, 16)
            if value.startswith("["):
                for offset, text in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", value)):
                    result[start + offset] = _text(text)
                continue
            text = _text(value[1:-1])
            for offset in range(end - start + 1):
                result[start + offset] = text[:-1] + chr(ord(text[-1]) + offset) if text else ""
    return result


def _text(hex_text: str) -> str:
    return bytes.fromhex(hex_text).decode("utf-16-be", errors="replace")


def _widths(array: bytes) -> dict[int, float]:
    """The /W array of a CID font (its text) as code -> width."""
    tokens = re.findall(rb"\[|\]|[-\d.]+", array)
    widths: dict[int, float] = {}
    index = 1  # after the outer [
    while index < len(tokens) - 1:
        first = int(tokens[index])
        if tokens[index + 1] == b"[":
            index += 2
            while tokens[index] != b"]":
                widths[first] = float(tokens[index])
                first, index = first + 1, index + 1
            index += 1
        else:
            for code in range(first, int(tokens[index + 1]) + 1):
                widths[code] = float(tokens[index + 2])
            index += 3
    return widths


class Pdf:
    """Just enough of a PDF as Qt writes it (one classic cross-reference table, no object
    streams) to read its objects and write it again with some of them changed."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        self.trailer = data[self.start:]
        self.offsets: dict[int, int] = {}
        section = re.match(rb"xref\s+", data[self.start:])
        if section is None:
            raise ValueError("no cross-reference table")
        position = self.start + section.end()
        while header := re.match(rb"(\d+) (\d+)\s+", data[position:position + 40]):
            first, count = int(header[1]), int(header[2])
            position += header.end()
            for number in range(first, first + count):
                entry = data[position:position + 20]
                if entry[17:18] == b"n":
                    self.offsets[number] = int(entry[:10])
                position += 20
        self.size = int(re.findall(rb"/Size (\d+)", self.trailer)[0])
        self.changed: dict[int, bytes] = {}

    def body(self, number: int) -> bytes:
        """An object's text between ``obj`` and ``endobj`` (or up to ``stream``)."""
        offset = self.offsets[number]
        match = re.compile(rb"%d 0 obj\s*(.*?)(stream\r?\n|endobj)" % number, re.DOTALL).match(
            self.data, offset)
        if match is None:
            raise ValueError(f"object {number} not found")
        return match[1]

    def stream(self, number: int) -> bytes:
        """A stream's data, inflated if it is compressed."""
        offset = self.offsets[number]
        match = re.compile(rb"%d 0 obj\s*(.*?)stream\r?\n" % number, re.DOTALL).match(
            self.data, offset)
        if match is None:
            raise ValueError(f"stream {number} not found")
        length = re.search(rb"/Length (\d+)( 0 R)?", match[1])
        if length is None:
            raise ValueError(f"stream {number} has no length")
        size = int(self.body(int(length[1])).split()[0]) if length[2] else int(length[1])
        raw = self.data[match.end():match.end() + size]
        filters = re.search(rb"/Filter\s*/(\w+)", match[1])
        if filters is None:
            return raw
        if filters[1] != b"FlateDecode":
            raise ValueError(f"stream {number} is {filters[1]!r}")
        return zlib.decompress(raw)

    def reference(self, number: int, key: bytes) -> int | None:
        match = re.search(re.escape(key) + rb"\s*\[?\s*(\d+) 0 R", self.body(number))
        return int(match[1]) if match else None

    def set_stream(self, number: int, data: bytes) -> None:
        packed = zlib.compress(data)
        self.changed[number] = (b"<<\n/Length %d\n/Filter /FlateDecode\n>>\nstream\n" % len(packed)
                                + packed + b"\nendstream")

    def new_object(self, text: bytes) -> int:
        number = max(self.size, *self.changed, 0)
        self.size = number + 1
        self.changed[number] = text
        return number

    def updated(self) -> bytes:
        """The file written anew with the changed objects in place of the old ones."""
        out = bytearray(self.data[:min(self.offsets.values())])  # the header
        following = dict(itertools.pairwise([*sorted(self.offsets.values()), self.start]))
        places = {}
        for number in sorted({*self.offsets, *self.changed}):
            places[number] = len(out)
            if number in self.changed:
                out += b"%d 0 obj\n" % number + self.changed[number] + b"\nendobj\n"
            else:
                out += self.data[self.offsets[number]:following[self.offsets[number]]]
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % self.size
        for number in range(1, self.size):
            out += b"%010d 00000 n \n" % places[number] if number in places else b"0000000000 65535 f \n"
        keep = b"".join(re.findall(rb"/(?:Root|Info) \d+ 0 R\s*|/ID\s*\[[^\]]*\]\s*", self.trailer))
        out += (b"trailer\n<<\n/Size %d\n" % self.size + keep
                + b">>\nstartxref\n%d\n%%%%EOF\n" % xref)
        return bytes(out)


def _codes(pdf: Pdf, font: int) -> Codes | None:
    """The codes to use in a Type0 font that draws Thai, or None (not Thai, or not Qt's kind)."""
    body = pdf.body(font)
    unicode_map = pdf.reference(font, b"/ToUnicode")
    descendant = pdf.reference(font, b"/DescendantFonts")
    if b"/Type0" not in body or unicode_map is None or descendant is None:
        return None
    texts = to_unicode(pdf.stream(unicode_map).decode("latin-1"))
    found = {text: code for code, text in texts.items() if text in (NIKHAHIT, SARA_AA)}
    described = pdf.body(descendant)
    w = re.search(rb"/W\s*(\[.*\])", described, re.DOTALL)
    if len(found) < 2 or b"/CIDToGIDMap /Identity" not in described or w is None:
        return None
    last = max([*texts, *_widths(w[1])])
    return Codes(found[NIKHAHIT], found[SARA_AA],
                 frozenset(code for code, text in texts.items() if text in ABOVE),
                 last + 1, last + 2)


def _add_codes(pdf: Pdf, font: int, codes: Codes) -> None:
    """Give ``font`` the two new codes: the glyphs they draw, their widths and their text."""
    unicode_map = pdf.reference(font, b"/ToUnicode")
    descendant = pdf.reference(font, b"/DescendantFonts")
    assert unicode_map is not None and descendant is not None  # (checked by _codes)
    added = b"2 beginbfchar\n<%04X> <>\n<%04X> <%04X>\nendbfchar\nendcmap" % (
        codes.silent, codes.am, ord(SARA_AM))
    pdf.set_stream(unicode_map, pdf.stream(unicode_map).replace(b"endcmap", added, 1))
    glyphs = b"".join(code.to_bytes(2, "big") for code in range(codes.silent))  # as they were
    to_gid = pdf.new_object(b"")
    pdf.set_stream(to_gid, glyphs + codes.nikhahit.to_bytes(2, "big")
                   + codes.sara_aa.to_bytes(2, "big"))
    described = pdf.body(descendant)
    widths = _widths(re.search(rb"/W\s*(\[.*\])", described, re.DOTALL)[1])  # type: ignore[index]
    described = described.replace(b"/CIDToGIDMap /Identity", b"/CIDToGIDMap %d 0 R" % to_gid, 1)
    described = re.sub(rb"/W\s*\[", b"/W [%d [%g %g] " % (
        codes.silent, widths.get(codes.nikhahit, 0), widths.get(codes.sara_aa, 0)), described,
        count=1)
    pdf.changed[descendant] = described.rstrip()
    descriptor = pdf.reference(descendant, b"/FontDescriptor")
    cid_set = pdf.reference(descriptor, b"/CIDSet") if descriptor is not None else None
    if cid_set is not None:  # one bit a code present, first code in the top bit
        bits = bytearray(pdf.stream(cid_set))
        bits.extend(bytes(max(0, codes.am // 8 + 1 - len(bits))))
        for code in (codes.silent, codes.am):
            bits[code // 8] |= 0x80 >> (code % 8)
        pdf.set_stream(cid_set, bytes(bits))


def rewrite(content: bytes, fonts: dict[bytes, Codes]) -> tuple[bytes, dict[bytes, int]]:
    """A page's content with each drawn SARA AM given the new codes; how many in which font."""
    lines = content.split(b"\n")
    used: dict[bytes, int] = {}
    current: Codes | None = None
    name = b""
    index = 0
    while index < len(lines):
        font = FONT.match(lines[index])
        if font:
            name = font["name"]
            current = fonts.get(name)
        glyph = GLYPH.match(lines[index])
        if current is not None and glyph and int(glyph["code"], 16) == current.nikhahit:
            end = index + 1
            while end < len(lines):  # the marks above, then sara aa
                following = GLYPH.match(lines[end])
                code = int(following["code"], 16) if following else -1
                if code not in current.above:
                    break
                end += 1
            following = GLYPH.match(lines[end]) if end < len(lines) else None
            if following and int(following["code"], 16) == current.sara_aa:
                lines[index] = glyph["move"] + b"<%04X> Tj" % current.silent
                lines[end] = following["move"] + b"<%04X> Tj" % current.am
                used[name] = used.get(name, 0) + 1
                index = end
        index += 1
    return b"\n".join(lines), used


def fix_sara_am(path: Path) -> int:
    """Rewrite the PDF at ``path`` (as Qt wrote it) so that each SARA AM reads back as ำ;
    returns how many were changed. A PDF without one is left as it is; so is a PDF this cannot
    read (it is still a good PDF, only its ำ reads back as two letters). Objects that did not
    change are copied as Qt wrote them."""
    try:
        pdf = Pdf(path.read_bytes())
        known: dict[int, Codes | None] = {}
        used_fonts: dict[int, Codes] = {}
        changed = 0
        for number in sorted(pdf.offsets):
            page = pdf.body(number)
            if not re.match(rb"<<\s*/Type /Page\b(?!s)", page):
                continue
            contents, resources = pdf.reference(number, b"/Contents"), pdf.reference(number, b"/Resources")
            listed = (re.search(rb"/Font\s*<<(.*?)>>", pdf.body(resources), re.DOTALL) if resources
                      else None)
            if contents is None or listed is None:
                continue
            fonts: dict[bytes, Codes] = {}
            numbers: dict[bytes, int] = {}
            for name, font in re.findall(rb"(/[^\s/<>\[\]()]+)\s+(\d+) 0 R", listed[1]):
                if int(font) not in known:
                    known[int(font)] = _codes(pdf, int(font))
                codes = known[int(font)]
                if codes is not None:
                    fonts[name], numbers[name] = codes, int(font)
            if not fonts:
                continue
            content, used = rewrite(pdf.stream(contents), fonts)
            if used:
                pdf.set_stream(contents, content)
                changed += sum(used.values())
                used_fonts.update((numbers[name], fonts[name]) for name in used)
        if not changed:
            return 0
        for font, codes in used_fonts.items():
            _add_codes(pdf, font, codes)
        data = pdf.updated()
    except (ValueError, KeyError, IndexError, zlib.error) as exc:
        log.warning("left the PDF's Thai text as Qt wrote it: %s", exc)
        return 0
    path.write_bytes(data)
    return changed
