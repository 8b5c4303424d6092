"""What a take-away card says: the short version of a handout for an 80 mm receipt roll.

A kiosk in a waiting room prints queue tickets on a thermal printer; the same printer can give a
patient the few things to remember: each chosen topic's key points and what to do, the clinic's
contact and a QR code of its website, the disclaimer and the date. This module decides the
words, in order, as plain text (no Markdown, no evidence badges, no citation numbers: a card has
no room for a source list, and says where the sources are). ``edu_app.printing.roll`` draws it
at the printer's resolution. Pure Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from edu_app.core.content import CITATION_RE, EVIDENCE_RE
from edu_app.core.handout import HandoutError, HandoutLabels
from edu_app.core.model import Library, Page
from edu_app.core.qr import qr_matrix
from edu_app.core.render import Labels
from edu_app.core.settings import ClinicConfig
from edu_app.core.thai import Segmenter, segmenter_for

ROLL_PAPERS = ("roll80",)  # the --paper values that make a card, not pages
MAX_TOPICS = 4  # a card of four topics is already half a metre of paper

# What each line of a card is; the drawing gives each kind its size and place.
KINDS = (
    "program",  # the program's name, small, at the top
    "clinic",  # the clinic's name (or the card's title when there is none)
    "title",  # "About your eczema"
    "topic",  # a topic's title (it starts the topic's part of the card)
    "heading",  # "What to know", "What you can do", "In short"
    "point",  # a key point (a dot before it)
    "action",  # a step to do (a box to tick before it)
    "text",  # a paragraph (a summary)
    "contact",  # the clinic's contact (telephone, hours)
    "small",  # the sources line, the disclaimer, the date
    "address",  # a web address (breaks anywhere, never between Thai words)
    "rule",  # a line across the card
    "qr",  # the QR code of ``Card.qr``
    "caption",  # what the QR code opens
)


class CardLabels(NamedTuple):
    """Words only the card prints (the UI passes translations in)."""

    sources: str = "Sources: in the full handout and in Eczema Explained"
    qr: str = "Scan to open our website"


class Line(NamedTuple):
    """One block of the card: its kind (see :data:`KINDS`) and its text, with U+200B between
    Thai words."""

    kind: str
    text: str = ""


class Card(NamedTuple):
    """Everything a card prints, in order."""

    lang: str
    lines: tuple[Line, ...]
    qr: str = ""  # the address the QR code opens ("" for none)
    titles: tuple[str, ...] = ()


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`")


def plain(markdown: str) -> str:
    """A content sentence as plain text: no evidence badges, citations, links or emphasis marks,
    one space between words and none before closing punctuation."""
    text = EVIDENCE_RE.sub(" ", markdown)
    text = CITATION_RE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _MARKS.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r" +(?=[.,;:!?)])", "", text)


def build_card(library: Library, topics: tuple[str, ...], lang: str, clinic: ClinicConfig,
               labels: HandoutLabels | None = None, page_labels: Labels | None = None,
               card_labels: CardLabels | None = None, today: dt.date | None = None) -> Card:
    """The card for ``topics`` in ``lang``; unknown topics or languages raise
    :class:`~edu_app.core.handout.HandoutError` (one line, for the person asking)."""
    labels = labels or HandoutLabels()
    page_labels = page_labels or Labels()
    card_labels = card_labels or CardLabels()
    if lang not in library.languages:
        raise HandoutError(f"there is no content in language '{lang}'")
    language = library.language(lang)
    chosen = tuple(dict.fromkeys(topics))
    if not chosen:
        raise HandoutError("choose at least one topic for the card")
    if len(chosen) > MAX_TOPICS:
        raise HandoutError(f"a card holds at most {MAX_TOPICS} topics, not {len(chosen)}")
    pages: list[Page] = []
    for topic in chosen:
        page = language.page(topic)
        if page is None:
            known = ", ".join(p.id for p in language.pages)
            raise HandoutError(f"unknown topic '{topic}' (known: {known})")
        pages.append(page)
    segmenter = segmenter_for(language.words) if language.words else None

    def line(kind: str, text: str) -> Line:
        return Line(kind, _breaks(text, segmenter))

    lines = [line("program", labels.program)]
    lines.append(line("clinic", clinic.clinic_name) if clinic.clinic_name.strip()
                 else line("title", labels.title))
    if clinic.clinic_name.strip():
        lines.append(line("title", labels.title))
    for page in pages:
        lines.append(line("topic", plain(page.title)))
        if page.basics is not None:
            lines.append(line("heading", labels.know))
            lines.extend(line("point", plain(p)) for p in page.basics.points if plain(p))
            lines.append(line("heading", labels.do))
            lines.extend(line("action", plain(a)) for a in page.basics.actions if plain(a))
        else:
            lines.append(line("heading", page_labels.in_short))
            lines.append(line("text", plain(page.summary)))
    lines.append(line("small", card_labels.sources))
    lines.append(Line("rule"))
    if clinic.clinic_contact.strip():
        lines.append(line("contact", clinic.clinic_contact.strip()))
    website = clinic.clinic_website.strip()
    qr = website if website and qr_matrix(website) is not None else ""
    if website:
        lines.append(Line("address", website))
    if qr:
        lines.append(Line("qr"))
        lines.append(line("caption", card_labels.qr))
    lines.append(line("small", labels.disclaimer))
    day = today or dt.date.today()
    lines.append(line("small", labels.printed.replace("{date}", page_labels.date(day))))
    return Card(lang, tuple(lines), qr, tuple(p.title for p in pages))


def _breaks(text: str, segmenter: Segmenter | None) -> str:
    return segmenter.mark_breaks(text) if segmenter is not None else text


def card_text(card: Card) -> str:
    """The card's words, one block a line, without break marks (for tests and logs)."""
    return "\n".join(line.text.replace("\u200b", "").replace("\u00a0", " ")
                     for line in card.lines if line.text)
