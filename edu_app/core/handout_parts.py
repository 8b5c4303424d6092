"""Parts of a printed handout: short numbered sources and a topic's one-page basics sheet.

Sources on paper are short (first author, year, short title, journal, DOI or the website's name)
and numbered once for the whole handout, so a source that two topics cite is listed once. A web
address never runs across lines: a source without a DOI names its website (the title finds it).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from edu_app.core.model import GlossaryTerm, Page, Source
from edu_app.core.render import Labels, render_fragment
from edu_app.core.theme import Theme

PICTURE_SHARE = 36  # per cent of the sheet's width beside the key points
TWO_COLUMNS_FROM = 6  # words on a basics sheet set in two columns
THAI_CLAUSE = 40  # a Thai definition on a basics sheet: up to the first space after this
SHORT_TITLE_WORDS = 14  # a longer title is cut, with "…"
_CITED = re.compile(r'href="#ref-(\d+)"([^>]*)>\[\d+\]</a>')


def short_citation(source: Source, no_date: str = "n.d.") -> str:
    """One line of a printed source list, e.g. "Sidbury R, et al. 2023. Guidelines of care
    for the management of atopic dermatitis in adults … J Am Acad Dermatol. doi:10.1016/…"."""
    names = [n.strip() for n in source.authors.split(",") if n.strip()]
    first = names[0].removesuffix(" et al.").removesuffix(" et al") if names else ""
    authors = f"{first}, et al." if len(names) > 1 or "et al" in source.authors else first
    words = source.title.rstrip(".").split()
    title = " ".join(words[:SHORT_TITLE_WORDS]) + (" …" if len(words) > SHORT_TITLE_WORDS else "")
    parts = [authors.rstrip(".") + "." if authors else "", source.year_text(no_date).rstrip(".")
             + ".", title + "."]
    if source.journal:
        parts.append(source.journal.rstrip(".") + ".")
    if source.doi:
        parts.append(f"doi:{source.doi}")
    elif source.url.startswith(("https://", "http://")):
        parts.append(source.url.split("://", 1)[1].split("/", 1)[0])
    return " ".join(p for p in parts if p)


class Numbering:
    """One number per source for a whole handout, in the order the text first cites them."""

    def __init__(self) -> None:
        self.ids: list[str] = []

    def number(self, source_id: str) -> int:
        if source_id not in self.ids:
            self.ids.append(source_id)
        return self.ids.index(source_id) + 1

    def renumber(self, fragment: str, local: list[str]) -> str:
        """``fragment``'s citation numbers (1 = ``local[0]``) as the handout's numbers."""

        def swap(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            if not 0 <= index < len(local):
                return match.group(0)
            number = self.number(local[index])
            return f'href="#ref-{number}"{match.group(2)}>[{number}]</a>'

        return _CITED.sub(swap, fragment)


def sources_list(ids: list[str], sources: dict[str, Source], theme: Theme,
                 labels: Labels) -> str:
    """The numbered short sources in small type ("" when there are none)."""
    rows = []
    for number, source_id in enumerate(ids, start=1):
        source = sources.get(source_id)
        if source is not None:
            rows.append(f"[{number}] {html.escape(short_citation(source, labels.no_date))}")
    if not rows:
        return ""
    return f'<p style="font-size:small; color:{theme.text};">' + "<br>".join(rows) + "</p>"


def words_box(ids: list[str], glossary: dict[str, GlossaryTerm], title: str,
              box: Callable[[str, str], str], columns: int = 1) -> str:
    """The glossary words a printed text uses, defined ("" when it uses none); with
    ``columns=2`` and more than TWO_COLUMNS_FROM words, in two columns (short definitions leave
    half a line empty in one)."""
    terms = [glossary[i] for i in dict.fromkeys(ids) if i in glossary]
    if not terms:
        return ""
    rows = [f"<b>{html.escape(t.term)}</b>: {html.escape(t.definition)}" for t in terms]
    if columns == 2 and len(rows) >= TWO_COLUMNS_FROM:
        half = (len(rows) + 1) // 2
        cells = "".join(f'<td width="50%" valign="top"><span style="font-size:small;">'
                        f'{"<br>".join(part)}</span></td>' for part in (rows[:half], rows[half:]))
        return box(title, f'<table width="100%" cellspacing="0" cellpadding="2"><tr>{cells}'
                          "</tr></table>")
    return box(title, f'<span style="font-size:small;">{"<br>".join(rows)}</span>')


class SheetWords:
    """The headings of a basics sheet, in the sheet's language."""

    def __init__(self, know: str, do: str, words: str, learn: str, in_short: str,
                 sources: str) -> None:
        self.know, self.do, self.words, self.learn = know, do, words, learn
        self.in_short, self.sources = in_short, sources


def beside(figure: str, text: str) -> str:
    """A picture beside its text, in one row that never splits across pages."""
    return (f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="{PICTURE_SHARE}%" valign="top">{figure}</td><td width="3%"></td>'
            f'<td valign="top">{text}</td></tr></table>')


def first_sentence(text: str) -> str:
    """A definition's first sentence (a basics sheet has room for no more). Thai has no full
    stop: its sentences and clauses end at a space, so a Thai definition ends at the first space
    after THAI_CLAUSE characters."""
    text = text.strip()
    match = re.match(r"(.+?[.!?])(?:\s|$)", text)
    if match:
        return match.group(1)
    if re.search("[\u0e01-\u0e4f]", text):
        cut = text.find(" ", THAI_CLAUSE)
        if cut > 0 and len(text) - cut > 10:
            return text[:cut]
    return text


def author_year(source: Source, no_date: str) -> str:
    """A source as people say it: "Sidbury 2023", "NICE 2023", "Kingston Hospital 2022"."""
    acronym = re.search(r"\(([A-Z][A-Za-z&]{1,9})\)", source.authors)
    first = source.authors.split(",")[0].split(" et al")[0].split(" (")[0].strip()
    words = first.split()
    if acronym:
        name = acronym.group(1)
    elif len(words) == 2 and words[1].isupper():  # a person: surname and initials
        name = words[0]
    else:  # an organisation or a website: its first words
        name = " ".join(words[:2]).rstrip(".,;:")
    return f"{name} {source.year_text(no_date)}".strip()


def basics_sheet(page: Page, sources: dict[str, Source], glossary: dict[str, GlossaryTerm],
                 theme: Theme, labels: Labels, words: SheetWords, figure: str,
                 large_print: bool = False) -> str:
    """A topic on one page: picture, in short, what to know, what you can do, words to know
    and where to learn more (in large print: without "what to know" and where to learn more,
    so that it stays one page).
    A claim keeps its evidence badge and names its source by author and year; the full
    references are in the full handout and in the program."""
    from edu_app.core.content import CITATION_RE, EVIDENCE_RE, citation_ids

    used: list[str] = []

    cited: list[str] = []  # the sheet's sources, named once under it (not inside sentences)
    badges: list[str] = []  # the evidence badges it shows, explained under it

    def convert(text: str) -> str:
        cited.extend(ref for match in CITATION_RE.finditer(text)
                     for ref in citation_ids(match.group(1)) if ref in sources)
        badges.extend(m.group(1) for m in EVIDENCE_RE.finditer(text))
        plain = re.sub(r"\s+([.,;:])", r"\1", CITATION_RE.sub("", text))  # (no " ." left)
        rendered = render_fragment(plain, theme, labels, glossary)
        used.extend(rendered.glossary_used)
        return re.sub(r"^<p>(.*)</p>$", r"\1", rendered.html.strip(), flags=re.DOTALL)

    points = page.basics.points if page.basics else (page.summary,)
    actions = page.basics.actions if page.basics else ()
    item = '<li style="margin-bottom:2px;">'
    lead = (f'<p style="font-weight:600; margin-top:0px; margin-bottom:6px;">'
            f'{html.escape(words.in_short)}: '
            f"{convert(page.summary)}</p>")
    steps = ""
    if actions:  # a checklist to tick, in the order to do them
        box_item = '<li class="unchecked" style="margin-bottom:2px;">'
        steps = (f'<h3 style="color:{theme.accent}; margin-top:4px; margin-bottom:2px;">'
                 f"{html.escape(words.do)}</h3>"
                 '<ul style="margin-left:0px; -qt-list-indent:1;">'
                 + "".join(f"{box_item}{convert(a)}</li>" for a in actions) + "</ul>")
    caption = page.basics.caption if page.basics else ""
    if figure and caption:  # what the picture shows
        figure += (f'<p align="center" style="color:{theme.muted}; font-size:small;">'
                   f"{html.escape(caption)}</p>")
    if large_print:
        # one page at 14 pt holds the summary (across the page), the steps beside the picture,
        # the words and the sources: the facts ("What to know") and where to learn more are
        # left to the full handout (and the program; the header's QR code opens the website)
        parts = [lead, beside(figure, steps) if figure else steps]
    else:
        know = (f'<h3 style="color:{theme.accent}; margin-top:4px; margin-bottom:2px;">'
                f"{html.escape(words.know)}</h3>"
                '<ul style="margin-left:0px; -qt-list-indent:1;">'
                + "".join(f"{item}{convert(p)}</li>" for p in points) + "</ul>")
        # where to learn more goes under the picture, in the room beside the key points
        learn = f'<p style="color:{theme.muted}; font-size:small;">{html.escape(words.learn)}</p>'
        parts = [beside(figure + learn, lead + know) if figure else lead + know + learn, steps]
    short = {i: glossary[i]._replace(definition=first_sentence(glossary[i].definition))
             for i in used if i in glossary}
    # each badge the sheet shows, explained with the words (a reader has no tap on paper),
    # unless a word of the same name is already there ("guideline" and the Guideline badge)
    known = {term.term.casefold() for term in short.values()}
    for level in dict.fromkeys(badges):
        term = labels.evidence.get(level, level)
        if term.casefold() in known:
            continue
        short[f"badge:{level}"] = GlossaryTerm(f"badge:{level}", term,
                                               labels.evidence_meaning.get(level, ""))
        used.append(f"badge:{level}")
    note = theme.callouts["note"]

    def tight(title: str, content: str) -> str:  # the box, with less padding (one page)
        return (f'<table width="100%" cellspacing="0" cellpadding="6" style="margin-top:4px; '
                f'margin-bottom:4px;"><tr><td width="5" bgcolor="{note.border}"></td>'
                f'<td bgcolor="{note.background}"><p style="font-weight:700; margin-bottom:2px;">'
                f"{html.escape(title)}</p>{body(content)}</td></tr></table>")

    def body(content: str) -> str:  # (a table inside a paragraph left an empty line above it)
        return content if content.startswith("<table") else f"<p>{content}</p>"

    # two columns of words (about 40 characters a line in large print: still easy to read)
    parts.append(words_box(used, short, words.words, tight, columns=2))
    names = dict.fromkeys(author_year(sources[ref], labels.no_date) for ref in cited)
    if names:  # one line, after the text: the full list is the full handout's
        line = f"{html.escape(words.sources)}: {html.escape(' · '.join(names))}"
        parts.append(f'<p style="color:{theme.muted}; font-size:small; margin-top:4px;">'
                     f"{line}</p>")
    return "".join(parts)
