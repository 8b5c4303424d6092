"""The decision aid's one-page summary: the same page on screen (the last step), on A4 or
Letter (a :class:`~edu_app.core.handout.Handout`, printed by ``edu_app.printing``) and on an
80 mm card. It holds the person's answers only while it is printed; nothing is written to disk
except the PDF a person saves on purpose. Pure Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable

from edu_app.core.card import Card, CardLabels, Line, plain
from edu_app.core.decision_aid import ROWS, UNSURE, Answers, DecisionAid, numbered_questions
from edu_app.core.handout import Handout, HandoutError, HandoutLabels
from edu_app.core.handout_parts import author_year, first_sentence
from edu_app.core.model import Library, Source
from edu_app.core.render import Labels, badges_in_points, render_fragment
from edu_app.core.settings import ClinicConfig
from edu_app.core.thai import segmenter_for
from edu_app.core.theme import NORMAL, Theme

# The type sizes (grid, the rest) of the one-page summary, largest first: printing takes the
# first that fits one page (a clinic's header and Letter paper leave less room than A4).
# The last is a reserve (a clinic's own, longer aid): the bundled one fits at (7.5, 8.5) with the
# longest answers, in Thai, on Letter, under a clinic's header (tests/printing/test_decision_pdf).
SIZES = ((9.0, 10.0), (8.5, 9.5), (8.0, 9.0), (7.5, 8.5), (7.0, 8.0))
LABEL_SHARE = 17  # per cent of the grid's width for the row labels
BADGE_SHARE = 0.8  # a badge in the grid: this share of the text's size
BOX = "\u2610"  # a box to tick, before each question
# The rows an 80 mm card prints for each option (all six made a card of 72 cm): the outcomes,
# risks, cost and evidence; what each involves and what if it fails are on the full page.
CARD_ROWS = ("improve", "risks", "cost", "evidence")


def aid_for(library: Library, lang: str) -> DecisionAid:
    """The aid in ``lang`` (else English); :class:`HandoutError` when there is none."""
    if lang not in library.languages:
        raise HandoutError(f"there is no content in language '{lang}'")
    aid = library.language(lang).decision_aid or library.language("en").decision_aid
    if aid is None:
        raise HandoutError("the decision aid's content is missing (decision-aid.toml)")
    return aid


def questions_for(library: Library, aid: DecisionAid) -> list[str]:
    """The checklist's questions (from the questions-to-ask page, in the aid's language)."""
    page = library.language(aid.lang).page(aid.questions_page)
    return numbered_questions(page.body) if page is not None else []


_FIRST_QUESTION = re.compile(
    r"(.+?(?:\?|หรือไม่|หรือเปล่า|หรือยัง|ไหม))(?:\s|$)")  # Thai: a yes-or-no particle ends one


def first_question(text: str) -> str:
    """A checklist question up to the end of its first question (the page's list adds a second
    question to some; the summary has room for one): a question mark, or in Thai (which writes
    none) a phrase ending in a yes-or-no particle; else the whole text."""
    match = _FIRST_QUESTION.match(text.strip())
    return match.group(1) if match else text.strip()


def _sentence(text: str) -> str:
    """A line that ends in a Latin letter or number ("… on 4 December 2026") with a full stop,
    before the next sentence; Thai writes none."""
    return f"{text}." if re.search(r"[A-Za-z0-9)]$", text) else text


def answer_text(aid: DecisionAid, answers: Answers, statement_id: str) -> str:
    """A rating as words ("Agree a lot"), or "Not answered"."""
    rating = answers.ratings.get(statement_id)
    return aid.scale[rating - 1] if rating else aid.not_answered


def leaning_text(aid: DecisionAid, answers: Answers) -> str:
    """The option the person leans towards, "Not sure yet", or "Not answered"."""
    if answers.leaning == UNSURE:
        return aid.unsure
    option = aid.option(answers.leaning)
    return option.name if option is not None else aid.not_answered


class CellConverter:
    """Markdown cells to HTML: badges kept, citations collected into one sources line."""

    def __init__(self, library: Library, lang: str, theme: Theme, labels: Labels) -> None:
        self.sources: dict[str, Source] = library.sources
        self.glossary = library.language(lang).glossary
        self.theme, self.labels = theme, labels
        self.cited: list[str] = []

    def cite(self, text: str) -> None:
        """Add the sources ``text`` cites to the sources line (a text not printed itself)."""
        from edu_app.core.content import CITATION_RE, citation_ids

        self.cited.extend(ref for m in CITATION_RE.finditer(text)
                          for ref in citation_ids(m.group(1)) if ref in self.sources)

    def __call__(self, text: str) -> str:
        from edu_app.core.content import CITATION_RE

        self.cite(text)
        bare = re.sub(r"\s+([.,;:])", r"\1", CITATION_RE.sub("", text))
        rendered = render_fragment(bare, self.theme, self.labels, {})
        return re.sub(r"^<p>(.*)</p>$", r"\1", rendered.html.strip(), flags=re.DOTALL)

    def sources_line(self) -> str:
        names = dict.fromkeys(author_year(self.sources[ref], self.labels.no_date)
                              for ref in self.cited)
        line = f"{self.labels.sources}: {' · '.join(names)}".rstrip(".")  # ("n.d." then ".")
        return html.escape(line)


def grid_html(aid: DecisionAid, answers: Answers, convert: Callable[[str], str], theme: Theme,
              points: float | None = SIZES[0][0]) -> str:
    """The options side by side: the same rows for every option, and beside each row what the
    person said about it (never a score, never a recommendation)."""
    esc = html.escape
    size = f' style="font-size:{points}pt;"' if points else ""
    head = f'<th width="{LABEL_SHARE}%"></th>' + "".join(
        f'<th bgcolor="{theme.table_header}" align="left"{size}>'
        f"{esc(o.name)}</th>" for o in aid.options)
    # lines closer than the font's own spacing (Qt: a share of it): the grid is most of the page
    tight = (f' style="font-size:{points}pt; line-height:90%; margin-top:0px; '
             'margin-bottom:0px;"')
    def badge(cell: str) -> str:  # badges a size smaller than the text
        return badges_in_points(cell, round(points * BADGE_SHARE * 4) / 4) if points else cell

    body = []
    for row in ROWS:
        label = f"<b>{esc(aid.rows[row])}</b>"
        for statement in (s for s in aid.statements if s.row == row):  # what the person said
            label += (f'<br/><span style="color:{theme.accent};">\u201c{esc(statement.text)}'
                      f"\u201d <b>{esc(answer_text(aid, answers, statement.id))}</b></span>")
        cells = "".join(f'<td valign="top"{size}><p{tight}>{badge(convert(o.cells[row]))}</p>'
                        "</td>" for o in aid.options)
        body.append(f'<tr><td valign="top" bgcolor="{theme.surface_alt}"{size}><p{tight}>'
                    f"{label}</p></td>{cells}</tr>")
    return (f'<table width="100%" cellspacing="0" cellpadding="2" border="1" '
            f'style="border-collapse:collapse; border-color:{theme.border};">'
            f"<tr>{head}</tr>{''.join(body)}</table>")


def summary_html(library: Library, aid: DecisionAid, answers: Answers, labels: Labels,
                 today: dt.date, theme: Theme = NORMAL, size: int = 0) -> str:
    """The summary page's HTML (the screen shows the same)."""
    esc = html.escape
    convert = CellConverter(library, aid.lang, theme, labels)
    # the small print: 8 pt, or the grid's size when that is smaller (never larger than the grid)
    small = (f'style="color:{theme.muted}; font-size:{min(8, SIZES[size][0])}pt; line-height:90%; '
             'margin-top:2px; margin-bottom:2px;"')
    heading = (f'style="color:{theme.accent}; font-size:{SIZES[size][1] + 1}pt; margin-top:3px; '
               'margin-bottom:2px;"')
    made = esc(aid.words["made"].replace("{date}", labels.date(today)))
    parts = [f'<h2 style="font-size:{SIZES[size][1] + 4}pt; margin-top:0px; margin-bottom:2px;">'
             f"{esc(aid.title)}</h2>",
             f'<p style="margin-top:0px; margin-bottom:4px;"><b>{made}</b> '
             f"{esc(first_sentence(aid.decision))} <b>{esc(aid.words['leaning'])}:</b> "
             f"{esc(leaning_text(aid, answers))}</p>",
             f"<p {small}>{esc(aid.uncertainty)}</p>",
             grid_html(aid, answers, convert, theme, SIZES[size][0])]
    line = 'style="line-height:90%; margin-top:1px; margin-bottom:1px;"'
    sure = []
    for item in aid.sure:  # side by side: four short columns take less height than a list
        # (what to do about a "no" is on the screen and the card: the page is for the doctor)
        given = answers.sure.get(item.id)
        word = aid.not_answered if given is None else (aid.yes if given else aid.no)
        sure.append(f'<td width="25%" valign="top" style="padding-right:6px;"><p {line}>'
                    f"{esc(item.question)} <b>{esc(word)}</b></p></td>")
    convert.cite(aid.sure_intro)  # the SURE test's source
    convert.cite(aid.questions_intro)  # the questions' (ISSCR)
    parts.append(f"<h3 {heading}>{esc(aid.words['ready'])}</h3>"
                 f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{"".join(sure)}'
                 "</tr></table>")
    questions = questions_for(library, aid)
    chosen = [questions[n - 1] for n in answers.questions if 0 < n <= len(questions)]
    asked = [f"<p {line}>{BOX} {esc(first_question(plain(q)))}</p>" for q in chosen]
    parts.append(f"<h3 {heading}>{esc(aid.words['my_questions'])}</h3>")
    if asked:
        half = (len(asked) + 1) // 2
        parts.append('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                     f'<td width="50%" valign="top" style="padding-right:8px;">'
                     f"{''.join(asked[:half])}</td>"
                     f'<td width="50%" valign="top" style="padding-left:8px;">'
                     f"{''.join(asked[half:])}</td></tr></table>")
    else:
        parts.append(f"<p {line}>{esc(aid.words['no_questions'])}</p>")
    checked = (aid.words["checked"].replace("{date}", labels.date(aid.reviewed))
               if aid.reviewed else "")
    # a draft says so, as every page does; or who reviewed it for this clinic (edu-app review)
    status = _sentence(labels.review_text(aid.review_status, aid.signoff))
    parts.append(f"<p {small}>{convert.sources_line()}. {esc(checked)} {esc(status)} "
                 f"{esc(aid.update_policy)} {esc(aid.funding)}</p>")
    return f'<div style="font-size:{SIZES[size][1]}pt;">{"".join(parts)}</div>'


def summary_handout(library: Library, lang: str, answers: Answers, labels: Labels,
                    today: dt.date | None = None, theme: Theme = NORMAL, size: int = 0) -> Handout:
    """The summary as a handout for A4 or Letter (``edu_app.printing.pdf``), in the type sizes
    ``SIZES[size]`` (``edu_app.printing.summary`` picks the largest that fits one page)."""
    aid = aid_for(library, lang)
    page = summary_html(library, aid, answers, labels, today or dt.date.today(), theme, size)
    return Handout(page, [], aid.reviewed, [aid.title], narrow_margins=True)


def summary_card(library: Library, lang: str, answers: Answers, clinic: ClinicConfig,
                 words: HandoutLabels, labels: Labels, today: dt.date | None = None,
                 card_labels: CardLabels | None = None) -> Card:
    """The summary on an 80 mm card: each option's rows, the answers, the questions."""
    aid = aid_for(library, lang)
    language = library.language(aid.lang)
    segmenter = segmenter_for(language.words) if language.words else None

    def line(kind: str, text: str) -> Line:
        text = plain(text)
        return Line(kind, segmenter.mark_breaks(text) if segmenter is not None else text)

    day = today or dt.date.today()
    lines = [line("program", words.program),
             line("clinic", clinic.clinic_name) if clinic.clinic_name.strip()
             else line("title", aid.title)]
    if clinic.clinic_name.strip():
        lines.append(line("title", aid.title))
    lines.append(line("text", aid.words["made"].replace("{date}", labels.date(day))))
    for option in aid.options:
        lines.append(line("topic", option.name))
        lines += [line("point", f"{aid.rows[row]}: {option.cells[row]}") for row in CARD_ROWS]
    lines.append(line("heading", aid.words["my_values"]))
    lines += [line("point", f"{s.text} {answer_text(aid, answers, s.id)}") for s in aid.statements]
    lines.append(line("point", f"{aid.words['leaning']}: {leaning_text(aid, answers)}"))
    lines.append(line("heading", aid.words["ready"]))
    for item in aid.sure:
        given = answers.sure.get(item.id)
        word = aid.not_answered if given is None else (aid.yes if given else aid.no)
        lines.append(line("point", f"{item.question} {word}"))
        if given is False:
            lines.append(line("text", f"{aid.words['what_if_no']}: {item.if_no}"))
    lines.append(line("heading", aid.words["my_questions"]))
    questions = questions_for(library, aid)
    chosen = [questions[n - 1] for n in answers.questions if 0 < n <= len(questions)]
    lines += ([line("action", first_question(q)) for q in chosen]
              or [line("text", aid.words["no_questions"])])
    lines.append(line("small", aid.uncertainty))
    lines.append(line("small", (card_labels or CardLabels()).sources))
    lines.append(Line("rule"))
    if clinic.clinic_contact.strip():
        lines.append(line("contact", clinic.clinic_contact.strip()))
    checked = aid.words["checked"].replace("{date}", labels.date(aid.reviewed)) if aid.reviewed else ""
    status = _sentence(labels.review_text(aid.review_status, aid.signoff))  # (as on the page)
    lines.append(line("small", " ".join(
        part for part in (checked, status, aid.update_policy, aid.funding) if part)))
    lines.append(line("small", words.disclaimer))
    return Card(aid.lang, tuple(lines), "", (aid.title,))
