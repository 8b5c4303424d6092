"""The decision aid: the choices side by side, what matters to the person, the SURE check, the
questions to ask, and a one-page summary to take to the doctor (docs/decision-aid.md).

The words are content (``decision-aid.toml`` in each language folder, loaded with the library);
the answers are an :class:`Answers` object in memory only, emptied by a kiosk reset like
everything else a person did. The aid never recommends an option and never scores one: the
summary prints the person's own ratings beside the same rows for every option. Pure Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any, NamedTuple

from edu_app.core.model import SignOff

# The rows every option has, in the order they are shown and printed.
ROWS = ("involves", "improve", "risks", "cost", "evidence", "if_not")
STEPS = ("options", "values", "sure", "questions", "summary")
SCALE_POINTS = 5  # "disagree a lot" (1) to "agree a lot" (5)
MAX_QUESTIONS = 6  # questions carried to the summary: the few that matter most (one page)
SURE_ITEMS = ("sure", "informed", "values", "support")  # the four ideas of the SURE test
UNSURE = "unsure"  # the leaning "not sure yet"
PRINT_WORDS = ("made", "my_values", "ready", "leaning", "my_questions", "no_questions",
               "you_said", "checked", "what_if_no")
FILE_NAME = "decision-aid.toml"
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(.+)$")


class DecisionAidError(ValueError):
    """A problem with the aid's content or with an answers file, worded for the person."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


class Option(NamedTuple):
    id: str
    name: str
    cells: dict[str, str]  # row id -> Markdown (with {ev:...} badges and [@source] citations)


class Statement(NamedTuple):
    id: str
    text: str
    row: str  # the grid's row it speaks to: the rating is shown there, beside every option


class SureItem(NamedTuple):
    id: str
    question: str
    if_no: str  # what to do about a "no"


class DecisionAid(NamedTuple):
    """One language's decision aid (every text the screen and the page show)."""

    lang: str
    path: Path
    title: str
    short_title: str
    card_text: str
    reviewed: dt.date | None
    review_status: str
    condition: str
    decision: str
    uncertainty: str
    update_policy: str
    funding: str
    privacy: str
    steps: dict[str, str]
    rows: dict[str, str]
    options: tuple[Option, ...]
    values_intro: str
    scale: tuple[str, ...]
    not_answered: str
    statements: tuple[Statement, ...]
    sure_intro: str
    yes: str
    no: str
    sure: tuple[SureItem, ...]
    leaning_question: str
    unsure: str
    questions_intro: str
    questions_page: str
    words: dict[str, str]  # words only the printed page uses (PRINT_WORDS)
    signoff: SignOff | None = None  # the clinic's approval (edu-app review), set at start

    def option(self, option_id: str) -> Option | None:
        """The option with this id, or None."""
        return next((o for o in self.options if o.id == option_id), None)

    def texts(self) -> list[str]:
        """Every sentence a person reads (for the checks: grade, ruled-out words)."""
        found = [self.title, self.condition, self.decision, self.uncertainty, self.update_policy,
                 self.funding, self.privacy, self.values_intro, self.sure_intro,
                 self.leaning_question, self.questions_intro]
        found += [cell for o in self.options for cell in o.cells.values()]
        found += [s.text for s in self.statements]
        found += [t for item in self.sure for t in (item.question, item.if_no)]
        return found

    def option_texts(self) -> list[str]:
        """The options' own texts (grade 6 or lower: check-content)."""
        return [cell for o in self.options for cell in o.cells.values()]


class Answers:
    """What one person said, in memory only (never written anywhere)."""

    def __init__(self) -> None:
        self.ratings: dict[str, int] = {}  # statement id -> 1..SCALE_POINTS
        self.sure: dict[str, bool] = {}  # SURE item id -> yes (True) or no (False)
        self.leaning = ""  # an option id, UNSURE, or "" (not said)
        self.questions: list[int] = []  # numbers of the questions to ask (1 = the first)

    @property
    def empty(self) -> bool:
        """Whether nothing is held."""
        return not (self.ratings or self.sure or self.leaning or self.questions)

    def clear(self) -> None:
        """Forget every answer (the person has gone, or starts again)."""
        self.ratings.clear()
        self.sure.clear()
        self.leaning = ""
        self.questions.clear()

    def toggle_question(self, number: int, on: bool) -> bool:
        """Add or remove a question, keeping the checklist's order; False when MAX_QUESTIONS are
        already chosen (nothing changes)."""
        chosen = set(self.questions)
        if on and number not in chosen and len(chosen) >= MAX_QUESTIONS:
            return False
        chosen.add(number) if on else chosen.discard(number)
        self.questions[:] = sorted(chosen)
        return True


def _text(table: dict[str, Any], key: str, where: str, required: bool = True) -> str:
    value = table.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise DecisionAidError(f"{where}: '{key}' must be a text")
    return value.strip()


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise DecisionAidError(f"[{key}] is missing")
    return value


def _list(data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        raise DecisionAidError(f"{where}: [[{key}]] entries are missing")
    return value


def _id(entry: dict[str, Any], where: str, seen: set[str]) -> str:
    value = entry.get("id")
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise DecisionAidError(f"{where}: each needs an 'id' of a-z, 0-9 and '-'")
    if value in seen:
        raise DecisionAidError(f"{where}: the id '{value}' is used twice")
    seen.add(value)
    return value


def parse_decision_aid(text: str, lang: str, path: Path = Path(FILE_NAME)) -> DecisionAid:
    """The aid from the text of ``decision-aid.toml``; :class:`DecisionAidError` says what is
    wrong (every option needs every row; the SURE check has its four questions)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DecisionAidError(f"not valid TOML: {exc}", getattr(exc, "lineno", 0)) from exc
    steps, rows = _table(data, "steps"), _table(data, "rows")
    for key in STEPS:
        _text(steps, key, "[steps]")
    for key in ROWS:
        _text(rows, key, "[rows]")
    seen: set[str] = set()
    options = []
    for entry in _list(data, "options", "options"):
        option_id = _id(entry, "[[options]]", seen)
        where = f"option '{option_id}'"
        options.append(Option(option_id, _text(entry, "name", where),
                              {row: _text(entry, row, where) for row in ROWS}))
    if len(options) < 2:
        raise DecisionAidError("a decision needs at least two options")
    if UNSURE in seen:
        raise DecisionAidError(f"'{UNSURE}' is kept for \"not sure yet\": choose another id")
    values = _table(data, "values")
    scale = values.get("scale")
    if not (isinstance(scale, list) and len(scale) == SCALE_POINTS
            and all(isinstance(s, str) and s.strip() for s in scale)):
        raise DecisionAidError(f"[values] 'scale' must be {SCALE_POINTS} texts")
    seen = set()
    statements = []
    for entry in _list(values, "statements", "[values]"):
        statement_id = _id(entry, "[[values.statements]]", seen)
        row = entry.get("row", "")
        if row not in ROWS:
            raise DecisionAidError(f"statement '{statement_id}': 'row' must be one of "
                                   f"{', '.join(ROWS)}")
        statements.append(Statement(statement_id, _text(entry, "text", statement_id), row))
    sure = _table(data, "sure")
    seen = set()
    items = [SureItem(_id(e, "[[sure.items]]", seen), _text(e, "question", "sure"),
                      _text(e, "if_no", "sure")) for e in _list(sure, "items", "[sure]")]
    if [i.id for i in items] != list(SURE_ITEMS):
        raise DecisionAidError(f"[[sure.items]] must be, in order: {', '.join(SURE_ITEMS)}")
    leaning, questions, words = (_table(data, k) for k in ("leaning", "questions", "print"))
    for key in PRINT_WORDS:
        _text(words, key, "[print]")
    reviewed = data.get("reviewed")
    return DecisionAid(
        lang=lang, path=path, title=_text(data, "title", FILE_NAME),
        short_title=_text(data, "short_title", FILE_NAME),
        card_text=_text(data, "card_text", FILE_NAME),
        reviewed=reviewed if isinstance(reviewed, dt.date) else None,
        review_status=_text(data, "review_status", FILE_NAME),
        condition=_text(data, "condition", FILE_NAME), decision=_text(data, "decision", FILE_NAME),
        uncertainty=_text(data, "uncertainty", FILE_NAME),
        update_policy=_text(data, "update_policy", FILE_NAME),
        funding=_text(data, "funding", FILE_NAME), privacy=_text(data, "privacy", FILE_NAME),
        steps={k: steps[k].strip() for k in STEPS}, rows={k: rows[k].strip() for k in ROWS},
        options=tuple(options), values_intro=_text(values, "intro", "[values]"),
        scale=tuple(s.strip() for s in scale),
        not_answered=_text(values, "not_answered", "[values]"), statements=tuple(statements),
        sure_intro=_text(sure, "intro", "[sure]"), yes=_text(sure, "yes", "[sure]"),
        no=_text(sure, "no", "[sure]"), sure=tuple(items),
        leaning_question=_text(leaning, "question", "[leaning]"),
        unsure=_text(leaning, "unsure", "[leaning]"),
        questions_intro=_text(questions, "intro", "[questions]"),
        questions_page=_text(questions, "page", "[questions]"),
        words={k: words[k].strip() for k in PRINT_WORDS},
    )


def load_decision_aid(path: Path, lang: str) -> DecisionAid:
    """Read and parse ``path`` (an unreadable file is a :class:`DecisionAidError` too)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionAidError(f"cannot read {path.name}: {exc}") from exc
    return parse_decision_aid(text, lang, path)


def numbered_questions(body: str) -> list[str]:
    """The numbered questions of a page's Markdown (the questions-to-ask checklist): each
    top-level ``N. text`` line, in order. The aid carries them; it does not repeat them."""
    found: list[str] = []
    for line in body.split("\n"):
        match = _NUMBERED.match(line)  # (not indented: a numbered line inside an answer is not one)
        if match and int(match.group(1)) == len(found) + 1:
            found.append(match.group(2).strip())
    return found


def parse_answers(text: str, aid: DecisionAid, questions: int) -> Answers:
    """Answers from a TOML file (``edu-app decision-aid --ratings``)::

        leaning = "trial"          # an option id, or "unsure"
        questions = [1, 2, 14]     # numbers in the questions-to-ask checklist
        [ratings]                  # 1 (disagree a lot) to 5 (agree a lot)
        proven = 5
        [sure]                     # true (yes) or false (no)
        sure = false

    Anything unknown is refused, with what is allowed (a typo must not vanish silently)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DecisionAidError(f"not valid TOML: {exc}") from exc
    answers = Answers()
    unknown = set(data) - {"ratings", "sure", "leaning", "questions"}
    if unknown:
        raise DecisionAidError(f"unknown key '{sorted(unknown)[0]}' (known: ratings, sure, "
                               "leaning, questions)")
    ratings = data.get("ratings", {})
    known = [s.id for s in aid.statements]
    if not isinstance(ratings, dict):
        raise DecisionAidError("[ratings] must be a table")
    for key, value in ratings.items():
        if key not in known:
            raise DecisionAidError(f"[ratings] has no statement '{key}' (known: {', '.join(known)})")
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= SCALE_POINTS:
            raise DecisionAidError(f"[ratings] {key} must be a whole number from 1 to {SCALE_POINTS}")
        answers.ratings[key] = value
    sure = data.get("sure", {})
    if not isinstance(sure, dict):
        raise DecisionAidError("[sure] must be a table")
    for key, value in sure.items():
        if key not in SURE_ITEMS:
            raise DecisionAidError(f"[sure] has no question '{key}' (known: {', '.join(SURE_ITEMS)})")
        if not isinstance(value, bool):
            raise DecisionAidError(f"[sure] {key} must be true or false")
        answers.sure[key] = value
    leaning = data.get("leaning", "")
    allowed = [o.id for o in aid.options] + [UNSURE]
    if leaning and leaning not in allowed:
        raise DecisionAidError(f"leaning must be one of {', '.join(allowed)}, not '{leaning}'")
    answers.leaning = leaning
    numbers = data.get("questions", [])
    if not isinstance(numbers, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= questions for n in numbers):
        raise DecisionAidError(f"questions must be a list of numbers from 1 to {questions}")
    answers.questions = sorted(set(numbers))
    if len(answers.questions) > MAX_QUESTIONS:
        raise DecisionAidError(f"choose at most {MAX_QUESTIONS} questions, not "
                               f"{len(answers.questions)} (the summary is one page)")
    return answers
