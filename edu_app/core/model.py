"""Plain data objects for the content library (no behaviour beyond small helpers)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from edu_app.core.decision_aid import DecisionAid

# An illustration is named by a plain id (letters, digits, '-' and '_'): never a path, so that
# content cannot reach a file outside the illustrations folder ("../../secret").
ILLUSTRATION_ID_RE = re.compile(r"\w[\w\-]{0,79}")

REVIEW_STATUSES = ("draft", "clinician-reviewed", "translation-pending")
RULE_STATUSES = ("confirmed", "unconfirmed")  # of a Thai rule a source reports
DECISION_AID_LINK = "decision-aid"  # [text](page:decision-aid) opens the decision aid, not a page


class EvidenceLevel(NamedTuple):
    """One entry of the fixed evidence vocabulary, shown as a badge."""

    key: str
    label: str
    meaning: str


EVIDENCE_LEVELS: dict[str, EvidenceLevel] = {
    level.key: level
    for level in (
        EvidenceLevel("guideline", "Guideline", "A formal recommendation from experts"),
        EvidenceLevel("review", "Review of studies", "A careful summary of many studies"),
        EvidenceLevel("rct", "Randomised trial", "A fair test against a dummy or other treatment"),
        EvidenceLevel("regulator", "Regulator", "A decision or warning from a medicines agency"),
        EvidenceLevel("observational", "Observational study", "People were watched, not treated"),
        EvidenceLevel("small-study", "Small study", "Few people and no fair comparison group"),
        EvidenceLevel("lab-only", "Lab / animal studies only", "Seen in mice or cells, not people"),
        EvidenceLevel("company", "Company claim", "Said by a company, not checked by experts"),
        EvidenceLevel("not-proven", "Not proven", "No good evidence that this is true"),
        EvidenceLevel("expert", "Expert review", "Experts summing up what is known"),
    )
}


class Problem(NamedTuple):
    """A content problem with its location. ``line`` is 1-based; 0 means the whole file."""

    path: Path
    line: int
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.severity}: {self.message}"


class Source(NamedTuple):
    """A published source that pages cite by id.

    ``year`` is the year the publication itself shows, or None when it shows none (printed
    "n.d."). ``published`` is the date a web page or leaflet shows ("2023", "2023-05" or
    "2023-05-12"); ``consulted`` is when it was read, never a year of the source. A source that
    reports a Thai rule names who made it (``rule_by``), the Common Era year it was made
    (``rule_year``) and whether its current status is "confirmed" or "unconfirmed".
    """

    id: str
    authors: str
    title: str
    year: int | None
    evidence: str
    journal: str = ""
    doi: str = ""
    url: str = ""
    volume: str = ""
    published: str = ""
    consulted: str = ""
    rule_by: str = ""
    rule_year: int | None = None
    rule_status: str = ""

    def year_text(self, no_date: str = "n.d.") -> str:
        """The publication year, or the words for "no date"."""
        return no_date if self.year is None else str(self.year)

    def citation_text(self, with_address: bool = True, no_date: str = "n.d.") -> str:
        """Authors. Title. Journal Year;volume. doi:… (the doi or web address only when asked)."""
        parts = [self.authors.rstrip(".") + ".", self.title.rstrip(".") + "."]
        where = " ".join(p for p in (self.journal, self.year_text(no_date)) if p)
        if self.volume:
            where += ";" + self.volume
        # "n.d." brings its own full stop (a translation may have none: Thai uses no full stop)
        parts.append(where if self.year is None and not self.volume else where.rstrip(".") + ".")
        if with_address and self.address_text():
            parts.append(self.address_text())
        return " ".join(parts)

    def address_text(self) -> str:
        """How the citation names where to find it: doi:… or the web address."""
        return f"doi:{self.doi}" if self.doi else self.url

    def address(self) -> str:
        """A web address for the source ("" when it has none)."""
        if self.doi:
            return "https://doi.org/" + self.doi
        return self.url if self.url.startswith(("https://", "http://")) else ""


class Step(NamedTuple):
    """One step of clinician mode: a picture, a few key points, and notes for the clinician."""

    title: str
    illustration: str
    points: tuple[str, ...]
    notes: str = ""
    line: int = 1  # file line of the step's [[steps]] header


class Basics(NamedTuple):
    """A topic's one-page basics sheet: the few key points and what to do (docs/content-format.md)."""

    points: tuple[str, ...]  # what to know, each with its evidence and source when it is a claim
    actions: tuple[str, ...]  # what to do, addressed to the reader, one step each
    line: int = 1  # file line of the [basics] header
    illustration: str = ""  # the sheet's picture when not the page's (e.g. one to act on)
    caption: str = ""  # what the picture shows, under it


class SignOff(NamedTuple):
    """A clinician's approval of a page for this clinic (edu_app.core.review).

    ``current`` is False when the page changed after it was approved: the approval has lapsed.
    """

    by: str
    on: dt.date
    current: bool


class Page(NamedTuple):
    """One topic page in one language."""

    id: str
    lang: str
    title: str
    summary: str
    order: int
    illustration: str
    reviewed: dt.date
    review_status: str
    sources: tuple[str, ...]
    body: str
    path: Path
    body_line: int = 1  # file line of the first body line
    compare: str = ""  # a second illustration to wipe to (same frame)
    figures: tuple[str, ...] = ()  # illustrations placed inside the text
    from_clinic: bool = False  # added or changed by the clinic's own folder
    fallback: bool = False  # an English page shown because no translation exists yet
    steps: tuple[Step, ...] = ()  # clinician mode; see explain_steps() for pages without
    signoff: SignOff | None = None  # the clinic's approval, set from its reviews.toml at start
    basics: Basics | None = None  # the printed basics sheet's points and actions

    def explain_steps(self) -> tuple[Step, ...]:
        """The declared steps, or one made from the page's picture, title and summary."""
        if self.steps:
            return self.steps
        return (Step(self.title, self.illustration, (self.summary,)),)


class BrokenPage(NamedTuple):
    """A page that could not be loaded; shown as a friendly placeholder card."""

    id: str
    lang: str
    path: Path
    problems: tuple[Problem, ...]
    title: str = ""
    order: int = 10_000


class FaqItem(NamedTuple):
    """One question and its answer."""

    id: str
    question: str
    answer: str
    tags: tuple[str, ...]
    see: str
    line: int

    @property
    def group(self) -> str:
        """The tag the item is grouped under."""
        return self.tags[0] if self.tags else ""


class GlossaryTerm(NamedTuple):
    """A medical word with its plain-language definition."""

    id: str
    term: str
    definition: str
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form that links to this term."""
        return (self.term, *self.aliases)


class IllustrationText(NamedTuple):
    """Alt text, label texts and tap-to-explain texts of one illustration in one language."""

    alt: str
    labels: dict[str, str]  # "label-NAME" -> text
    info: dict[str, str] = {}  # noqa: RUF012 (never changed) "NAME" -> explanation


class SearchAlias(NamedTuple):
    """Words people type (``typed``) that should find what the words in ``means`` find."""

    typed: tuple[str, ...]
    means: tuple[str, ...]


class Language:
    """All content of one language."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.pages: list[Page] = []
        self.broken: list[BrokenPage] = []
        self.faq: list[FaqItem] = []
        self.faq_reviewed: dt.date | None = None
        self.faq_review_status = "draft"
        self.glossary: dict[str, GlossaryTerm] = {}
        self.illustrations: dict[str, IllustrationText] = {}
        # search-words.toml: what people type -> what our pages call it (edu_app.core.search)
        self.search_aliases: list[SearchAlias] = []
        # words of a script written without spaces (Thai): words.txt and search-words.toml
        self.words: set[str] = set()
        # the common ones among them (common-words.txt): check-content's rare-word measure
        self.common_words: set[str] = set()
        # decision-aid.toml: the stem-cell decision aid's words (edu_app.core.decision_aid)
        self.decision_aid: DecisionAid | None = None

    def __repr__(self) -> str:
        return f"Language({self.code!r}, {len(self.pages)} pages)"

    def path_hint(self, code: str, page_id: str) -> Path:
        """Where the ``code`` translation of an English page would live."""
        page = self.page(page_id)
        base = page.path.parent.parent if page else Path()
        return base / code / f"{page_id}.md"

    def page(self, page_id: str) -> Page | None:
        """The page with this id, or None."""
        return next((p for p in self.pages if p.id == page_id), None)

    def entries(self) -> list[Page | BrokenPage]:
        """Pages and broken pages together, in display order."""
        return sorted([*self.pages, *self.broken], key=lambda e: (e.order, e.id))


class Library:
    """Every language, the shared sources, and every problem found while loading."""

    def __init__(
        self,
        languages: dict[str, Language],
        sources: dict[str, Source],
        problems: list[Problem],
        illustrations_dir: Path = Path(),
    ) -> None:
        self.languages = languages
        self.sources = sources
        self.problems = problems
        self.illustrations_dir = illustrations_dir
        # (lang, page id, theme name) -> the page's HTML with markers for translated words,
        # zlib-compressed, made once per content version (edu_app.core.render.compile_pages)
        self.templates: dict[tuple[str, str, str], bytes] = {}

    def __repr__(self) -> str:
        return f"Library({sorted(self.languages)}, {len(self.problems)} problems)"

    def illustration_path(self, illustration_id: str) -> Path:
        """Where an illustration's SVG file is (a name that is not a plain id names no file)."""
        if not ILLUSTRATION_ID_RE.fullmatch(illustration_id):
            return self.illustrations_dir / ".not-an-illustration-id.svg"
        return self.illustrations_dir / f"{illustration_id}.svg"

    @property
    def errors(self) -> list[Problem]:
        """Problems that make content unusable."""
        return [p for p in self.problems if p.severity == "error"]

    def language(self, code: str) -> Language:
        """The language with this code, falling back to English, then to any."""
        if code in self.languages:
            return self.languages[code]
        if "en" in self.languages:
            return self.languages["en"]
        if self.languages:
            return next(iter(self.languages.values()))
        return Language(code)
