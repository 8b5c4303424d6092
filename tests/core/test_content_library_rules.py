"""The library's other files (sources, FAQ, glossary, illustration texts) and how a whole content
folder, a clinic's folder and the translations are put together; every expected problem is
written out as the content author reads it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from edu_app.core.content import (
    ContentError,
    load_glossary,
    load_illustration_texts,
    load_library,
    load_sources,
    parse_faq,
)
from edu_app.core.model import (
    BrokenPage,
    GlossaryTerm,
    IllustrationText,
    Library,
    Problem,
    SearchAlias,
    Source,
)

from helpers import SVG, page_text, write


def load(content: Path, extra: list[Path] | None = None) -> Library:
    return load_library(content, content.parent / "illustrations", extra or [])


def raised_by(loader: Callable[[Path], object], path: Path) -> tuple[int, str]:
    with pytest.raises(ContentError) as raised:
        loader(path)
    return raised.value.line, raised.value.message


# --- sources.toml ------------------------------------------------------------------------------


def test_a_source_is_read_with_every_field(tmp_path: Path) -> None:
    path = write(tmp_path / "sources.toml", """
        [full-2021]
        authors = "Author A"
        title = "A title"
        journal = "Br J Dermatol"
        year = 2021
        doi = "10.1000/x"
        url = "https://example.org/x"
        evidence = "rct"

        [short-2022]
        authors = "Author B"
        title = "Another title"
        year = 2022
        evidence = "review"
        """)
    problems: list[Problem] = []
    assert load_sources(path, problems) == {
        "full-2021": Source("full-2021", "Author A", "A title", 2021, "rct", "Br J Dermatol",
                            "10.1000/x", "https://example.org/x"),
        "short-2022": Source("short-2022", "Author B", "Another title", 2022, "review", "", "", ""),
    }
    assert problems == []


def test_each_bad_source_is_named_by_its_table_and_the_others_load(tmp_path: Path) -> None:
    path = write(tmp_path / "sources.toml", """
        nice-2023 = "NICE guideline"

        [lacking-2020]
        authors = "A"
        title = "T"

        [vibes-2020]
        authors = "A"
        title = "T"
        year = 2020
        evidence = "vibes"

        [old-1700]
        authors = "A"
        title = "T"
        year = 1700
        evidence = "review"

        [ok-2021]
        authors = "A"
        title = "T"
        year = 2021
        evidence = "rct"
        """)
    problems: list[Problem] = []
    assert list(load_sources(path, problems)) == ["ok-2021"]
    assert problems == [
        Problem(path, 1, "'nice-2023' must be a table"),
        Problem(path, 3, "'lacking-2020' lacks evidence"),  # (a year may be left out: "n.d.")
        Problem(path, 7, "'vibes-2020' has unknown evidence 'vibes'"),
        Problem(path, 13, "'old-1700' has a year that is not a number from 1800 to 2200"),
    ]


def source(year: str = "2020", evidence: str = '"review"') -> str:
    return f'[s]\nauthors = "A"\ntitle = "T"\nyear = {year}\nevidence = {evidence}\n'


@pytest.mark.parametrize(("entry", "message"), [
    (source(evidence="5"), "'s' has unknown evidence '5'"),
    (source(year='"2020"'), "'s' has a year that is not a number from 1800 to 2200"),
    (source(year="true"), "'s' has a year that is not a number from 1800 to 2200"),
    (source(year="2201"), "'s' has a year that is not a number from 1800 to 2200"),
    (source(year="1799"), "'s' has a year that is not a number from 1800 to 2200"),
])
def test_a_source_with_a_bad_value_is_left_out(tmp_path: Path, entry: str, message: str) -> None:
    path = write(tmp_path / "sources.toml", entry)
    problems: list[Problem] = []
    assert load_sources(path, problems) == {}
    assert problems == [Problem(path, 1, message)]


@pytest.mark.parametrize("year", [1800, 2200])
def test_the_first_and_last_years_are_accepted(tmp_path: Path, year: int) -> None:
    path = write(tmp_path / "sources.toml", source(year=str(year)))
    assert load_sources(path, [])["s"].year == year


def test_a_sources_file_that_is_not_toml_is_named(tmp_path: Path) -> None:
    path = write(tmp_path / "sources.toml", '[a]\ntitle = = "x"\n')
    problems: list[Problem] = []
    assert load_sources(path, problems) == {}
    assert problems == [Problem(path, 2, "invalid TOML: Invalid value")]


# --- faq.md --------------------------------------------------------------------------------------


def faq_error(tmp_path: Path, text: str, pages: set[str] | None = None) -> tuple[int, str]:
    path = write(tmp_path / "faq.md", text)
    with pytest.raises(ContentError) as raised:
        parse_faq(path, pages)
    return raised.value.line, raised.value.message


def test_the_faq_review_status_is_read_and_draft_when_not_given(tmp_path: Path) -> None:
    path = write(tmp_path / "faq.md", '+++\nreviewed = 2026-01-02\nreview_status = "clinician-reviewed"'
                                      '\n+++\n## Why?\nBecause.\n')
    assert parse_faq(path)[1:] == (dt.date(2026, 1, 2), "clinician-reviewed")
    write(path, "+++\n+++\n## Why?\nBecause.\n")
    assert parse_faq(path)[1:] == (None, "draft")


def test_a_question_without_tags_or_see_has_none(tmp_path: Path) -> None:
    items, _, _ = parse_faq(write(tmp_path / "faq.md", "+++\n+++\n## Why?\n\nBecause.\n"))
    assert [(item.tags, item.see, item.answer, item.line) for item in items] == [((), "", "Because.", 3)]


def test_a_tag_may_hold_a_colon(tmp_path: Path) -> None:
    path = write(tmp_path / "faq.md", "+++\n+++\n## Why?\nBecause.\n\ntags: treatment, time: night\n")
    items, _, _ = parse_faq(path)
    assert (items[0].tags, items[0].see) == (("treatment", "time: night"), "")


def test_faq_problems_are_named_by_the_line_of_their_question(tmp_path: Path) -> None:
    assert faq_error(tmp_path, "+++\n+++\n## Fine?\nYes.\n\n## Empty?\n\ntags: x\n") == (
        6, "question 'Empty?' has no answer")
    assert faq_error(tmp_path, "+++\n+++\n## Fine?\nYes.\n\n## Where?\nThere.\nsee: nowhere\n",
                     {"itch"}) == (6, "'see: nowhere' names no page")
    assert faq_error(tmp_path, "+++\n+++\n## A? {#same}\nYes.\n## B? {#same}\nNo.\n") == (
        5, "question id 'same' is used twice")
    assert faq_error(tmp_path, "+++\n+++\n## Why?\nBecause.\n## Why?\nAgain.\n") == (
        5, "question id 'why' is used twice")
    assert faq_error(tmp_path, "+++\n+++\n\nAn introduction.\n## Why?\nBecause.\n") == (
        4, "text before the first '## question' heading")


def test_a_question_of_150_characters_is_the_longest(tmp_path: Path) -> None:
    path = write(tmp_path / "faq.md", "+++\n+++\n## " + "Q" * 150 + "\nYes.\n")
    assert parse_faq(path)[0][0].question == "Q" * 150
    assert faq_error(tmp_path, "+++\n+++\n## Fine?\nYes.\n## " + "Q" * 151 + "\nYes.\n") == (
        5, "a question of 151 characters (at most 150)")


# --- glossary.toml -------------------------------------------------------------------------------


GOOD_TERM = '[filaggrin]\nterm = "filaggrin"\ndefinition = "A protein."\n\n'


@pytest.mark.parametrize(("entry", "message"), [
    ('[flare]\ndefinition = "A bad spell."\n', "glossary entry 'flare' needs a 'term' string"),
    ('[flare]\nterm = 5\ndefinition = "A bad spell."\n', "glossary entry 'flare' needs a 'term' string"),
    ('[flare]\nterm = "flare"\naliases = "flares"\ndefinition = "A bad spell."\n',
     "glossary entry 'flare': 'aliases' must be a list"),
    ('[flare]\nterm = "flare"\naliases = ["flares", 2]\ndefinition = "A bad spell."\n',
     "glossary entry 'flare': 'aliases' must be a list"),
    ('["flare up"]\nterm = "flare"\n', "glossary entry 'flare up' needs a 'definition'"),
])
def test_a_bad_glossary_entry_is_named_by_its_table(tmp_path: Path, entry: str, message: str) -> None:
    path = write(tmp_path / "glossary.toml", GOOD_TERM + entry)
    assert raised_by(load_glossary, path) == (5, message)


def test_a_glossary_entry_that_is_not_a_table_on_the_first_line(tmp_path: Path) -> None:
    path = write(tmp_path / "glossary.toml", 'flare = "A bad spell."\n')
    assert raised_by(load_glossary, path) == (1, "glossary entry 'flare' needs a 'term' string")


def test_glossary_terms_load(tmp_path: Path) -> None:
    path = write(tmp_path / "glossary.toml", GOOD_TERM + '[flare]\nterm = "flare"\naliases = ["flares"]\n'
                                                         'definition = " A bad spell. "\n')
    assert load_glossary(path) == {
        "filaggrin": GlossaryTerm("filaggrin", "filaggrin", "A protein.", ()),
        "flare": GlossaryTerm("flare", "flare", "A bad spell.", ("flares",)),
    }


# --- illustrations.toml --------------------------------------------------------------------------


def test_illustration_texts_load(tmp_path: Path) -> None:
    path = write(tmp_path / "illustrations.toml", """
        [demo]
        alt = "A circle."
        label-one = "The circle"
        info-one = "It is round."

        [other]
        label-a = "A"
        """)
    assert load_illustration_texts(path) == {
        "demo": IllustrationText("A circle.", {"label-one": "The circle"}, {"one": "It is round."}),
        "other": IllustrationText("", {"label-a": "A"}, {}),
    }


@pytest.mark.parametrize(("entry", "message"), [
    ('[other]\nalt = "y"\nsize = 5\n', "'other' must hold only text"),
    ('[other]\nalt = "y"\ncolour = "red"\n', "'other': unknown key 'colour'"),
    ('[other]\nalt = "y"\ncolour = "red"\nshape = "round"\n', "'other': unknown key 'colour'"),
    ('[other]\ninfo-a = "About A"\n', "'other': info-a has no label-a"),
])
def test_a_bad_illustration_text_is_named_by_its_table(tmp_path: Path, entry: str, message: str) -> None:
    path = write(tmp_path / "illustrations.toml", '[demo]\nalt = "x"\n\n' + entry)
    assert raised_by(load_illustration_texts, path) == (4, message)


def test_an_illustration_text_that_is_not_a_table_on_the_first_line(tmp_path: Path) -> None:
    path = write(tmp_path / "illustrations.toml", 'demo = "A circle."\n')
    assert raised_by(load_illustration_texts, path) == (1, "'demo' must hold only text")


# --- the whole library -----------------------------------------------------------------------------


def test_a_missing_content_folder_is_named_and_a_clinic_still_loads(tmp_path: Path) -> None:
    write(tmp_path / "illustrations" / "demo.svg", SVG)
    clinic = tmp_path / "clinic"
    write(clinic / "en" / "mine.md", page_text("mine", 5, "Mine.\n", "[]"))
    library = load(tmp_path / "content", [clinic])
    assert library.problems == [Problem(tmp_path / "content", 0, "the content folder is missing")]
    assert [p.id for p in library.languages["en"].pages] == ["mine"]


def test_a_refused_clinic_folder_names_no_line(content_tree: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-clinic"
    assert load(content_tree, [missing]).errors == [
        Problem(missing, 0, "the clinic's folder is not a folder")]


def test_only_folders_named_like_language_codes_are_languages(content_tree: Path) -> None:
    (content_tree / "pictures").mkdir()
    write(content_tree / "de", "not a folder\n")
    assert sorted(load(content_tree).languages) == ["en", "th"]


def test_pages_from_the_clinic_are_marked(content_tree: Path, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    write(clinic / "en" / "itch.md", page_text("itch", 20, "Our own text.\n", "[]"))
    write(clinic / "en" / "opening-hours.md", page_text("opening-hours", 90, "Mon–Fri.\n", "[]"))
    en = load(content_tree, [clinic]).languages["en"]
    assert [(p.id, p.from_clinic) for p in en.pages] == [
        ("barrier", False), ("itch", True), ("opening-hours", True)]


def test_a_file_name_that_is_not_an_id_is_named_and_the_others_load(content_tree: Path) -> None:
    path = write(content_tree / "en" / "Dry_Skin.md", page_text("Dry_Skin", 5, "Text.\n", "[]"))
    library = load(content_tree)
    assert library.errors == [Problem(path, 0, "'Dry_Skin.md': ids use a-z, 0-9 and '-'")]
    assert [p.id for p in library.languages["en"].pages] == ["barrier", "itch"]


def test_a_broken_page_keeps_its_language_and_file(content_tree: Path) -> None:
    path = write(content_tree / "th" / "x.md", page_text("y", 5, "Text.\n", "[]"))
    problem = Problem(path, 2, "id 'y' must equal the file name")
    assert load(content_tree).languages["th"].broken == [BrokenPage("x", "th", path, (problem,))]


def test_pages_are_in_order_then_id_also_with_english_stand_ins(content_tree: Path) -> None:
    write(content_tree / "en" / "zinc.md", page_text("zinc", 5, "Zinc.\n", "[]"))
    library = load(content_tree)
    assert [p.id for p in library.languages["en"].pages] == ["zinc", "barrier", "itch"]
    assert [(p.id, p.fallback) for p in library.languages["th"].pages] == [
        ("zinc", True), ("barrier", False), ("itch", True)]


def test_untranslated_pages_and_questions_are_warned_about(content_tree: Path) -> None:
    problems = load(content_tree).problems
    assert problems[0] == Problem(content_tree / "th" / "itch.md", 0,
                                  "'itch' is not translated yet (English is shown)", "warning")
    faq = problems[1]
    assert faq.path == content_tree / "th" / "faq.md"  # where the author can find it
    assert faq[1:] == (0, "2 FAQ question(s) not translated yet (English is shown)", "warning")
    assert len(problems) == 2


def test_a_source_listed_but_never_cited_is_a_warning_on_line_1(content_tree: Path) -> None:
    path = write(content_tree / "en" / "x.md", page_text("x", 5, "No citation here.\n"))
    assert Problem(path, 1, "source 'palmer-2006' is listed but never cited", "warning") in \
        load(content_tree).problems


def test_a_broken_sources_file_is_named_and_the_others_still_count(content_tree: Path) -> None:
    path = write(content_tree / "sources-more.toml", "a = = 1\n")
    library = load(content_tree)
    assert library.errors == [Problem(path, 1, "invalid TOML: Invalid value")]
    assert sorted(library.sources) == ["palmer-2006", "sidbury-2023"]


def test_language_folders_beyond_twenty_name_no_line(content_tree: Path, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    for code in [a + b for a in "abcdefg" for b in "xyz"]:  # 21 codes
        (clinic / code).mkdir(parents=True)
    assert [(p.path.name, p.line) for p in load(content_tree, [clinic]).errors] == [
        ("gx", 0), ("gy", 0), ("gz", 0)]


def test_a_translation_may_link_to_a_page_only_it_has(content_tree: Path) -> None:
    write(content_tree / "th" / "barrier.md",
          page_text("barrier", 10, "ดู [เวลาเปิด](page:opening-hours)\n", sources="[]"))
    path = write(content_tree / "th" / "opening-hours.md",
                 page_text("opening-hours", 90, "จันทร์ถึงศุกร์\n", sources="[]"))
    assert load(content_tree).errors == [Problem(path, 1, "'opening-hours' has no English page")]


def test_a_broken_faq_file_does_not_stop_the_next(content_tree: Path) -> None:
    faq = write(content_tree / "en" / "faq.md", "+++\n+++\nAn introduction.\n")
    write(content_tree / "en" / "faq-more.md", "+++\n+++\n## What is a flare? {#flare}\nA bad spell.\n")
    library = load(content_tree)
    assert library.errors == [Problem(faq, 3, "text before the first '## question' heading")]
    assert [item.id for item in library.languages["en"].faq] == ["flare"]


def test_the_first_faq_file_with_a_date_gives_the_review(content_tree: Path) -> None:
    write(content_tree / "en" / "faq-more.md", '+++\nreviewed = 2025-01-01\nreview_status = '
                                               '"clinician-reviewed"\n+++\n## Flare? {#flare}\nYes.\n')
    en = load(content_tree).languages["en"]
    assert (en.faq_reviewed, en.faq_review_status) == (dt.date(2026, 11, 24), "draft")


def test_a_clinic_folder_adds_to_search_words_and_word_lists(content_tree: Path, tmp_path: Path) -> None:
    write(content_tree / "en" / "search-words.toml", '[[alias]]\ntyped = ["itchy"]\nmeans = ["itch"]\n')
    clinic = tmp_path / "clinic"
    write(clinic / "en" / "search-words.toml", '[[alias]]\ntyped = ["cream"]\nmeans = ["moisturiser"]\n')
    write(clinic / "th" / "words.txt", "ผื่น\n")
    library = load(content_tree, [clinic])
    assert library.languages["en"].search_aliases == [SearchAlias(("itchy",), ("itch",)),
                                                      SearchAlias(("cream",), ("moisturiser",))]
    th = library.languages["th"]
    assert {"ผิวหนัง", "ผื่น"} <= th.words and "ผิวหนัง" in th.common_words


def test_a_clinic_language_folder_without_word_lists_keeps_the_bundled_ones(
    content_tree: Path, tmp_path: Path
) -> None:
    write(content_tree / "en" / "search-words.toml", '[[alias]]\ntyped = ["itchy"]\nmeans = ["itch"]\n')
    clinic = tmp_path / "clinic"
    (clinic / "en").mkdir(parents=True)
    (clinic / "th").mkdir()
    library = load(content_tree, [clinic])
    assert library.languages["en"].search_aliases == [SearchAlias(("itchy",), ("itch",))]
    assert "ผิวหนัง" in library.languages["th"].words
    assert "ผิวหนัง" in library.languages["th"].common_words


def test_a_library_without_english_loads_its_language(tmp_path: Path) -> None:
    write(tmp_path / "illustrations" / "demo.svg", SVG)
    write(tmp_path / "content" / "de" / "x.md", page_text("x", 5, "Text.\n", "[]"))
    library = load(tmp_path / "content")
    assert library.errors == [] and [p.id for p in library.languages["de"].pages] == ["x"]
