"""Python-Markdown extensions that turn our content syntax into Qt rich text.

Imported lazily by :mod:`edu_app.core.render` (Python-Markdown is slow to import).
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

import markdown
from markdown.extensions import Extension
from markdown.extensions.admonition import AdmonitionExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from edu_app.core.content import (
    CITATION_RE,
    EVIDENCE_RE,
    MAX_FILE_BYTES,
    MAX_LINE_CHARS,
    ContentError,
    check_markdown,
    citation_ids,
)
from edu_app.core.model import EVIDENCE_LEVELS
from edu_app.core.render_context import FIGURE_WIDTH
from edu_app.core.thai import unbreakable

if TYPE_CHECKING:
    from edu_app.core.render_context import Context

UNUSED_INLINE = ("html", "reference", "image_reference", "short_reference", "short_image_ref",
                 "autolink", "automail", "entity", "backtick", "linebreak")
SKIP_LINKING = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "sup", "span"}
# What a link may point to: a tap on a web address shows a QR code (the program never goes
# online); page and glossary links stay inside; "#ref-1" jumps to a source.
LINK_SCHEMES = ("http://", "https://", "page:", "glossary:", "#")
FIGURE_SRC_RE = re.compile(r"figure:[\w\-]+")


class _Holder:
    """The context of the conversion under way (one Markdown object serves many pages)."""

    ctx: Context


class _CitationPattern(InlineProcessor):
    def __init__(self, pattern: str, holder: _Holder) -> None:
        super().__init__(pattern)
        self.holder = holder

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[ET.Element, int, int]:
        # Numbers are given later, in document order (inline processing order is not).
        sup = ET.Element("sup")
        for source_id in citation_ids(m.group(1)):
            link = ET.SubElement(sup, "a", {"data-cite": source_id})
            link.set("style", f"color:{self.holder.ctx.theme.link}; text-decoration:none;")
        return sup, m.start(0), m.end(0)


class _EvidencePattern(InlineProcessor):
    def __init__(self, pattern: str, holder: _Holder) -> None:
        super().__init__(pattern)
        self.holder = holder

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[ET.Element, int, int]:
        key = m.group(1)
        ctx = self.holder.ctx
        background, colour = ctx.theme.badge(key)
        span = ET.Element("span")
        span.set(  # nowrap: one unit on a line, in a table cell, a callout or a printed page
            "style", f"background-color:{background}; color:{colour}; font-weight:600; "
            "white-space:nowrap;"
        )
        span.text = "\u00a0" + unbreakable(ctx.labels.evidence.get(key, key)) + "\u00a0"
        span.set("title", EVIDENCE_LEVELS[key].meaning if key in EVIDENCE_LEVELS else key)
        return span, m.start(0), m.end(0)


class _QtTreeprocessor(Treeprocessor):
    """Reshape the tree into what Qt's rich text can draw."""

    def __init__(self, md: markdown.Markdown, holder: _Holder) -> None:
        super().__init__(md)
        self.holder = holder
        self._active: list[tuple[str, str, re.Pattern[str]]] = []

    @property
    def ctx(self) -> Context:
        return self.holder.ctx

    def run(self, root: ET.Element) -> None:
        theme = self.ctx.theme
        self._neutralise(root)
        for link in root.iter("a"):
            source_id = link.attrib.pop("data-cite", None)
            if source_id is not None:
                number = self.ctx.number_for(source_id)
                link.set("href", f"#ref-{number}")
                link.text = f"[{number}]"
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "div" and "admonition" in child.get("class", ""):
                    parent[index] = self._callout(child)
        for table in root.iter("table"):
            if table.get("data-callout"):
                del table.attrib["data-callout"]
                continue
            self._style_table(table)
        for tag in ("h2", "h3", "h4"):
            for heading in root.iter(tag):
                heading.set("style", f"color:{theme.accent if theme.name == 'normal' else theme.text};")
        for link in root.iter("a"):
            if not link.get("style"):
                link.set("style", f"color:{theme.link};")
        self._figures(root)
        self._link_terms(root)

    @staticmethod
    def _neutralise(root: ET.Element) -> None:
        """Rich text never loads anything from outside the program: an image that is not one of
        our figures becomes its alt text, and a link to anywhere else becomes plain text."""
        for element in root.iter():
            if element.tag == "img" and not FIGURE_SRC_RE.fullmatch(element.get("src", "")):
                alt = element.get("alt", "")
                element.tag, element.text = "span", alt
                element.attrib.clear()
            elif element.tag == "a" and "data-cite" not in element.attrib:
                href = element.get("href", "").strip().lower()
                if not href.startswith(LINK_SCHEMES):
                    element.tag = "span"
                    element.attrib.clear()

    def _figures(self, root: ET.Element) -> None:
        """``![caption](figure:id)`` on its own line: a centred image and a caption under it."""
        spots = [
            (parent, child)
            for parent in root.iter()
            for child in parent
            if child.tag == "p" and (image := child.find("img")) is not None
            and image.get("src", "").startswith("figure:")
        ]
        for parent, child in spots:  # found first, changed after: indices shift as captions go in
            image = child.find("img")
            assert image is not None
            figure_id = image.get("src", "").removeprefix("figure:")
            self.ctx.figures.append(figure_id)
            caption = image.get("alt", "")
            block = ET.Element("p", {"align": "center", "style": "margin-top:12px;"})
            ET.SubElement(block, "img", {"src": f"figure:{figure_id}", "width": str(FIGURE_WIDTH)})
            under = ET.Element("p", {"align": "center"})
            under.set("style", f"color:{self.ctx.theme.muted}; margin-bottom:14px;")
            under.text = caption
            index = list(parent).index(child)
            if _only_child(child, image):
                parent[index] = block
            else:  # text around the picture stays, in its paragraph before the picture
                _remove_keeping_tail(child, image)
                index += 1
                parent.insert(index, block)
            parent.insert(index + 1, under)

    def _callout(self, div: ET.Element) -> ET.Element:
        kinds = div.get("class", "").split()
        kind = next((k for k in kinds if k in self.ctx.theme.callouts), "note")
        colours = self.ctx.theme.callouts[kind]
        table = ET.Element(
            "table",
            {
                "width": "100%",
                "cellspacing": "0",
                "cellpadding": "10",
                "data-callout": "1",
                "style": "margin-top:10px; margin-bottom:12px;",
            },
        )
        row = ET.SubElement(table, "tr")
        ET.SubElement(row, "td", {"width": "6", "bgcolor": colours.border})
        cell = ET.SubElement(row, "td", {"bgcolor": colours.background})
        for child in list(div):
            if "admonition-title" in child.get("class", ""):
                title = ET.SubElement(cell, "p")
                title.set("style", f"color:{colours.title}; font-weight:700; margin-bottom:4px;")
                title.text, title.tail = child.text, None
                title.extend(list(child))
            else:
                cell.append(child)
        return table

    def _style_table(self, table: ET.Element) -> None:
        theme = self.ctx.theme
        table.set("width", "100%")
        table.set("cellspacing", "0")
        table.set("cellpadding", "7")
        table.set("border", "1")
        table.set(
            "style",
            f"border-collapse:collapse; border-color:{theme.border}; border-style:solid; "
            "margin-top:8px; margin-bottom:12px;",
        )
        for th in table.iter("th"):
            th.set("bgcolor", theme.table_header)
            th.set("align", "left")
        for index, row in enumerate(table.iter("tr")):
            if index % 2 == 0 and row.find("td") is not None:
                for td in row.iter("td"):
                    td.set("bgcolor", theme.surface_alt)

    def _link_terms(self, root: ET.Element) -> None:
        if self.ctx.terms:
            # Only terms that occur somewhere on the page are tried segment by segment.
            everything = "".join(root.itertext()).lower()
            used = self.ctx.used_terms
            self._active = [t for t in self.ctx.terms if t[1] not in used and t[0] in everything]
            if self._active:
                self._walk(root)

    def _walk(self, element: ET.Element) -> None:
        if element.tag in SKIP_LINKING:
            return
        pieces = self._split(element.text or "")
        if len(pieces) > 1:
            element.text = pieces[0]
            self._insert(element, 0, pieces[1:])
        for child in list(element):
            self._walk(child)
            tail_pieces = self._split(child.tail or "")
            if len(tail_pieces) > 1:
                child.tail = tail_pieces[0]
                self._insert(element, list(element).index(child) + 1, tail_pieces[1:])

    @staticmethod
    def _insert(parent: ET.Element, index: int, pieces: list[Any]) -> None:
        # pieces alternate: element, text, element, text …
        for offset in range(0, len(pieces), 2):
            link: ET.Element = pieces[offset]
            link.tail = pieces[offset + 1]
            parent.insert(index + offset // 2, link)

    def _split(self, text: str) -> list[Any]:
        """Cut ``text`` around the first use of each glossary term not yet linked on this page.

        A plain substring test on the lower-cased text rules most terms out before any regular
        expression runs; this keeps page rendering well inside one frame.
        """
        if not text:
            return [text]
        lowered = text.lower()
        candidates = [term for term in self._active if term[0] in lowered]
        pieces: list[Any] = []
        pos = 0
        while candidates:
            best: tuple[re.Match[str], str] | None = None
            for _form, term_id, pattern in candidates:
                match = pattern.search(text, pos)
                if match and (best is None or match.start() < best[0].start()):
                    best = (match, term_id)  # longest form first, so ties keep the longest
            if best is None:
                break
            match, term_id = best
            self.ctx.used_terms[term_id] = None
            candidates = [c for c in candidates if c[1] != term_id]
            self._active = [c for c in self._active if c[1] != term_id]
            pieces.append(text[pos : match.start()])
            link = ET.Element("a", {"href": f"glossary:{term_id}"})
            link.set("style", f"color:{self.ctx.theme.link}; text-decoration:underline;")
            link.text = match.group(0)
            pieces.append(link)
            pos = match.end()
        pieces.append(text[pos:])
        return pieces if len(pieces) > 1 else [text]


def _only_child(paragraph: ET.Element, image: ET.Element) -> bool:
    """True if the paragraph holds nothing but the image."""
    return (len(paragraph) == 1 and not (paragraph.text or "").strip()
            and not (image.tail or "").strip())


def _remove_keeping_tail(parent: ET.Element, child: ET.Element) -> None:
    index = list(parent).index(child)
    tail = child.tail or ""
    if index == 0:
        parent.text = (parent.text or "") + tail
    else:
        before = parent[index - 1]
        before.tail = (before.tail or "") + tail
    parent.remove(child)


class _PageExtension(Extension):
    def __init__(self, holder: _Holder) -> None:
        super().__init__()
        self.holder = holder

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        # Raw HTML is shown as text, and syntax our content never uses is not looked for on
        # every piece of text (each pattern is tried on each, so this is a third of the time):
        # reference-style links and images, bare <https://…> and <mail@…> links, character
        # entities, `code` and hard line breaks (see docs/content-format.md).
        for name in UNUSED_INLINE:
            md.inlinePatterns.deregister(name)
        md.inlinePatterns.register(_CitationPattern(CITATION_RE.pattern, self.holder), "cite", 175)
        md.inlinePatterns.register(_EvidencePattern(EVIDENCE_RE.pattern, self.holder), "ev", 174)
        md.treeprocessors.register(_QtTreeprocessor(md, self.holder), "qt", 5)


_local = threading.local()


def convert(text: str, ctx: Context) -> str:
    """Markdown to HTML with our extensions, using this thread's reusable converter."""
    # Building a Markdown object costs more than converting a page, so each thread keeps one.
    if not hasattr(_local, "md"):
        _local.holder = _Holder()
        _local.md = markdown.Markdown(
            extensions=[
                TableExtension(), AdmonitionExtension(), SaneListExtension(),
                _PageExtension(_local.holder),
            ],
            output_format="html",
        )
    _local.holder.ctx = ctx
    md: markdown.Markdown = _local.md
    if not _safe_to_render(text):  # (the loader refuses such pages; this guards every other text)
        return _as_text(text)
    try:
        return md.reset().convert(text)
    except RecursionError:
        # Python-Markdown recurses into nested lists and quotes; absurd nesting is shown as text.
        # Its block parser's state survives reset() after such an error (later pages came out
        # as bare text), so this thread makes a new converter next time.
        del _local.md
        return _as_text(text)
    finally:
        md.reset()


def _safe_to_render(text: str) -> bool:
    """Whether Python-Markdown renders ``text`` quickly: not too long, no line over the loader's
    limit and no paragraph with more '[' than it allows (link matching grows with their square)."""
    if len(text) > MAX_FILE_BYTES:
        return False
    if len(text) > MAX_LINE_CHARS and any(len(line) > MAX_LINE_CHARS for line in text.split("\n")):
        return False
    try:
        check_markdown(text, 1)
    except ContentError:
        return False
    return True


def _as_text(text: str) -> str:
    paragraphs = (p.strip() for p in text.split("\n\n"))
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)
