"""The content loader's rules, one at a time, with the exact words and line a content author sees.

Each page here is written line by line so that its line numbers are known by hand:

    1  +++
    2  id = "x"
    3  title = ...
    4  summary = ...
    5  order = 5
    6  illustration = "demo"
    7  reviewed = 2026-11-24
    8  review_status = "draft"
    9  sources = ["palmer-2006"]
    10 (extra front-matter lines, if any, from here on)
       +++
       body
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from edu_app.core.content import (
    ContentError,
    _expect,
    extra_folder_problem,
    load_page,
    parse_faq,
    parse_toml,
    read_text,
    slugify,
    split_front_matter,
)
from edu_app.core.model import Page, Source

from helpers import SVG, write

SOURCES = {
    "palmer-2006": Source("palmer-2006", "Palmer CN", "Filaggrin variants", 2006, "observational"),
    "sidbury-2023": Source("sidbury-2023", "Sidbury R", "Topical therapies", 2023, "guideline"),
}
FIELDS = (
    ("id", '"x"'),
    ("title", '"Dry skin"'),
    ("summary", '"Why skin gets dry."'),
    ("order", "5"),
    ("illustration", '"demo"'),
    ("reviewed", "2026-11-24"),
    ("review_status", '"draft"'),
    ("sources", '["palmer-2006"]'),
)
ID_RULE = "must be an illustration id (letters, digits, '-'; no folders)"


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    """An illustrations folder with two pictures, demo.svg and other.svg."""
    write(tmp_path / "illustrations" / "demo.svg", SVG)
    write(tmp_path / "illustrations" / "other.svg", SVG)
    return tmp_path / "illustrations"


def page_file(folder: Path, extra: str = "", body: str = "Text.\n", name: str = "x",
              **values: str | None) -> Path:
    """A page file with the front matter above; ``key=None`` leaves a key out."""
    lines = ["+++"]
    for key, default in FIELDS:
        value = values.get(key, default)
        if value is not None:
            lines.append(f"{key} = {value}")
    path = folder / "en" / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n" + extra + "+++\n" + body, encoding="utf-8")
    return path


def load(path: Path, pictures: Path, **keywords: Any) -> Page:
    return load_page(path, "en", SOURCES, pictures, **keywords)


def refused(path: Path, pictures: Path) -> tuple[int, str]:
    """(line, message) of the problem that stops the page from loading."""
    with pytest.raises(ContentError) as raised:
        load(path, pictures)
    return raised.value.line, raised.value.message


# --- ContentError -----------------------------------------------------------------------------


def test_a_content_error_reads_as_its_message_on_one_line() -> None:
    error = ContentError(4, "bad\nvalue")
    assert (error.line, error.message) == (4, "bad\\nvalue")
    assert str(error) == "bad\\nvalue"


# --- read_text ---------------------------------------------------------------------------------


def read_error(path: Path) -> tuple[int, str]:
    with pytest.raises(ContentError) as raised:
        read_text(path)
    return raised.value.line, raised.value.message


def test_a_missing_file_cannot_be_read_and_names_no_line(tmp_path: Path) -> None:
    missing = tmp_path / "gone.md"
    with pytest.raises(OSError) as os_error:  # the system's own words for why
        missing.stat()
    assert read_error(missing) == (0, f"cannot read the file ({os_error.value.strerror})")


def test_a_folder_is_not_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "folder.md").mkdir()
    assert read_error(tmp_path / "folder.md") == (0, "not a regular file")


def test_a_file_that_fails_to_read_after_it_was_found(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "x.md", "text\n")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert read_error(path) == (0, "cannot read the file (Permission denied)")


def test_a_file_of_exactly_the_size_limit_loads_and_one_byte_more_does_not(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_bytes((b"a" * 99 + b"\n") * 4_000)  # 400,000 bytes, short lines
    assert len(read_text(path)) == 400_000
    path.write_bytes((b"a" * 99 + b"\n") * 4_000 + b"b")
    assert read_error(path) == (0, "the file is too large (400001 bytes; at most 400000)")


def test_a_bad_byte_is_named_by_its_line_in_a_file_that_starts_with_a_blank_line(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(b"\n\nfine\nCaf\xe9\nmore\n")
    assert read_error(path) == (4, "the file is not UTF-8 text (save it as UTF-8)")


def test_a_nul_byte_is_named_by_the_line_of_the_first_one(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(b"first\nsecond\x00\nthird\x00\n")
    assert read_error(path) == (2, "the file has a NUL byte")
    path.write_bytes(b"\x00")
    assert read_error(path) == (1, "the file has a NUL byte")


def test_a_line_of_exactly_the_length_limit_loads(tmp_path: Path) -> None:
    path = write(tmp_path / "x.md", "short\n" + "x" * 5_000 + "\nshort\n")
    assert read_text(path).split("\n")[1] == "x" * 5_000
    write(path, "short\n" + "x" * 5_001 + "\n")
    assert read_error(path) == (
        2, "line of 5001 characters (at most 5000; break it into shorter lines)")


def test_a_byte_order_mark_at_the_start_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes("\ufeff+++\nid = 1\n".encode())
    assert read_text(path) == "+++\nid = 1\n"


# --- TOML and front matter ---------------------------------------------------------------------


def toml_error(text: str, first_line: int | None = None) -> tuple[int, str]:
    with pytest.raises(ContentError) as raised:
        if first_line is None:
            parse_toml(text)
        else:
            parse_toml(text, first_line=first_line)
    return raised.value.line, raised.value.message


def test_invalid_toml_is_named_by_its_line_without_tomllib_position_text() -> None:
    assert toml_error('a = 1\nb = = 2\n') == (2, "invalid TOML: Invalid value")
    assert toml_error('a = = 1') == (1, "invalid TOML: Invalid value")
    assert toml_error('a = 1\nb = = 2\n', first_line=10) == (11, "invalid TOML: Invalid value")


def test_a_value_cut_off_at_the_end_of_a_one_line_text_is_on_that_line() -> None:
    # tomllib names no line here ("at end of document")
    assert toml_error("a = ") == (1, "invalid TOML: Invalid value (at end of document)")
    assert toml_error("title = ", first_line=2) == (
        2, "invalid TOML: Invalid value (at end of document)")


def test_toml_nested_too_deeply_is_refused_at_its_first_line() -> None:
    text = "a = " + "[" * 100_000 + "]" * 100_000
    assert toml_error(text, first_line=5) == (5, "invalid TOML: nested too deeply")


def test_a_file_must_start_with_the_front_matter_line() -> None:
    with pytest.raises(ContentError) as raised:
        split_front_matter("# Dry skin\n+++\nid = 1\n+++\nText.\n")
    assert (raised.value.line, raised.value.message) == (
        1, "the file must start with a '+++' front-matter line")


def test_the_front_matter_must_be_closed() -> None:
    with pytest.raises(ContentError) as raised:
        split_front_matter('+++\nid = "x"\n\nText.\n')
    assert (raised.value.line, raised.value.message) == (
        1, "the front matter is not closed by a second '+++' line")


def test_front_matter_body_and_body_line() -> None:
    assert split_front_matter('+++\nid = "x"\n+++\nText.\n') == ({"id": "x"}, "Text.\n", 4)


# --- a page's front matter ---------------------------------------------------------------------


def test_a_page_loads_with_every_field(tmp_path: Path, pictures: Path) -> None:
    path = page_file(tmp_path, extra='compare = "other"\n',
                     body="Intro.\n\n![Dry skin up close](figure:other)\n",
                     reviewed="2026-11-24T09:30:00")
    page = load(path, pictures, from_clinic=True)
    assert page.order == 5 and page.compare == "other" and page.figures == ("other",)
    assert page.from_clinic is True
    assert page.reviewed == dt.date(2026, 11, 24) and type(page.reviewed) is dt.date
    assert (page.title, page.summary, page.sources) == ("Dry skin", "Why skin gets dry.",
                                                         ("palmer-2006",))
    assert page.body_line == 12


def test_a_page_is_not_from_the_clinic_unless_said(tmp_path: Path, pictures: Path) -> None:
    page = load(page_file(tmp_path), pictures)
    assert page.from_clinic is False and page.compare == "" and page.figures == ()


def test_a_missing_key_is_named(tmp_path: Path, pictures: Path) -> None:
    assert refused(page_file(tmp_path, summary=None), pictures) == (
        1, "the front matter has no 'summary'")


@pytest.mark.parametrize(("key", "value", "line", "message"), [
    ("id", "5", 2, "'id' must be of type str"),
    ("title", "5", 3, "'title' must be of type str"),
    ("summary", "[]", 4, "'summary' must be of type str"),
    ("order", '"five"', 5, "'order' must be of type int"),
    ("order", "true", 5, "'order' must be of type int"),
    ("illustration", "5", 6, "'illustration' must be of type str"),
    ("reviewed", '"soon"', 7, "'reviewed' must be of type date"),
    ("review_status", "1", 8, "'review_status' must be of type str"),
    ("sources", '"palmer-2006"', 9, "'sources' must be of type list"),
])
def test_a_key_of_the_wrong_type_is_named_with_its_line(
    tmp_path: Path, pictures: Path, key: str, value: str, line: int, message: str
) -> None:
    assert refused(page_file(tmp_path, **{key: value}), pictures) == (line, message)


def test_a_key_of_several_allowed_types_names_them_all() -> None:
    with pytest.raises(ContentError) as raised:
        _expect({"size": "big"}, "size", (int, float), 'name = "a"\nsize = "big"\n')
    assert (raised.value.line, raised.value.message) == (2, "'size' must be of type int or float")


def test_the_id_must_equal_the_file_name(tmp_path: Path, pictures: Path) -> None:
    assert refused(page_file(tmp_path, id='"dry"'), pictures) == (
        2, "id 'dry' must equal the file name")


def test_an_empty_title_is_refused(tmp_path: Path, pictures: Path) -> None:
    assert refused(page_file(tmp_path, title='"   "'), pictures) == (3, "'title' is empty")


def test_a_long_illustration_name_is_quoted_up_to_80_characters(tmp_path: Path, pictures: Path) -> None:
    path = page_file(tmp_path, illustration=f'"{"a" * 100}"')
    assert refused(path, pictures) == (6, f"illustration '{'a' * 80}' {ID_RULE}")


def test_an_unknown_review_status_lists_the_known_ones(tmp_path: Path, pictures: Path) -> None:
    assert refused(page_file(tmp_path, review_status='"approved"'), pictures) == (
        8, "review_status 'approved' must be one of draft, clinician-reviewed, translation-pending")


def test_sources_must_be_ids(tmp_path: Path, pictures: Path) -> None:
    assert refused(page_file(tmp_path, sources='["palmer-2006", 7]'), pictures) == (
        9, "'sources' must be a list of ids")


def test_an_unknown_source_in_the_front_matter_is_on_the_sources_line(
    tmp_path: Path, pictures: Path
) -> None:
    assert refused(page_file(tmp_path, sources='["palmer-2006", "ghost"]'), pictures) == (
        9, "unknown source id 'ghost'")


def test_a_compare_picture_that_is_not_an_id_is_named_with_its_line(
    tmp_path: Path, pictures: Path
) -> None:
    path = page_file(tmp_path, extra='compare = "../other"\n')
    assert refused(path, pictures) == (10, f"compare '../other' {ID_RULE}")


# --- the page's text ---------------------------------------------------------------------------


def test_an_unknown_source_in_the_text_is_named_by_its_line(tmp_path: Path, pictures: Path) -> None:
    path = page_file(tmp_path, body="Some words then [@nobody-2020].\n")
    assert refused(path, pictures) == (11, "unknown source id 'nobody-2020'")


def test_a_source_cited_but_not_listed_is_named_by_its_line(tmp_path: Path, pictures: Path) -> None:
    path = page_file(tmp_path, body="First line.\nCited here [@sidbury-2023].\n")
    assert refused(path, pictures) == (12, "source 'sidbury-2023' is cited but not in 'sources'")


def test_an_unknown_evidence_level_lists_the_known_ones(tmp_path: Path, pictures: Path) -> None:
    path = page_file(tmp_path, body="Line.\n\nA claim {ev:vibes}.\n")
    assert refused(path, pictures) == (
        13, "unknown evidence level 'vibes' (guideline, review, rct, regulator, observational, "
            "small-study, lab-only, company, not-proven, expert)")


# --- clinician-mode steps ----------------------------------------------------------------------


def step(title: str = "Look", points: str = '["Skin is dry.", "Cream helps."]') -> str:
    return f'[[steps]]\ntitle = "{title}"\npoints = {points}\n'


def test_six_steps_load_with_the_lines_of_their_headers(tmp_path: Path, pictures: Path) -> None:
    page = load(page_file(tmp_path, extra=step() * 6), pictures)
    assert [s.line for s in page.steps] == [10, 13, 16, 19, 22, 25]
    assert page.steps[0] == ("Look", "demo", ("Skin is dry.", "Cream helps."), "", 10)


def test_a_seventh_step_is_named_by_its_header(tmp_path: Path, pictures: Path) -> None:
    path = page_file(tmp_path, extra=step() * 7)
    assert refused(path, pictures) == (28, "a page has at most 6 steps")


def test_seven_steps_written_inline_are_refused(tmp_path: Path, pictures: Path) -> None:
    one = '{ title = "Look", points = ["Skin is dry.", "Cream helps."] }'
    path = page_file(tmp_path, extra=f"steps = [{', '.join([one] * 7)}]\n")
    assert refused(path, pictures) == (1, "a page has at most 6 steps")  # (no header to name)


def test_seven_steps_with_a_commented_header_are_refused(tmp_path: Path, pictures: Path) -> None:
    extra = step().replace("[[steps]]", "[[steps]]  # the first picture") + step() * 6
    with pytest.raises(ContentError) as raised:
        load(page_file(tmp_path, extra=extra), pictures)
    assert raised.value.message == "a page has at most 6 steps"
    assert raised.value.line in (1, 28)  # the file's start, or the seventh header


def test_a_bad_inline_step_is_refused(tmp_path: Path, pictures: Path) -> None:
    path = page_file(tmp_path, extra='steps = [{ title = "Look", points = ["Only one."] }]\n')
    assert refused(path, pictures) == (1, "step 1 needs 2 to 4 points")  # (no header to name)


def test_a_front_matter_example_in_the_text_is_not_read_as_front_matter(
    tmp_path: Path, pictures: Path
) -> None:
    body = "A page starts like this:\n\n```\n+++\n[[steps]]\ntitle = \"Look\"\n+++\n```\n"
    path = page_file(tmp_path, extra='steps = [{ title = "Look", points = ["Only one."] }]\n',
                     body=body)
    assert refused(path, pictures) == (1, "step 1 needs 2 to 4 points")


@pytest.mark.parametrize(("extra", "line"), [
    ('steps = "look"\n', 10),
    ("steps = [1, 2]\n", 10),
    ('[steps]\ntitle = "Look"\n', 1),  # a single table: there is no 'steps =' line to name
])
def test_steps_must_be_tables(tmp_path: Path, pictures: Path, extra: str, line: int) -> None:
    assert refused(page_file(tmp_path, extra=extra), pictures) == (
        line, "'steps' must be [[steps]] tables")


@pytest.mark.parametrize(("extra", "message"), [
    ('[[steps]]\ntitle = "Look"\npoints = "Dry."\n', "step 1: 'points' must be a list of sentences"),
    ('[[steps]]\ntitle = "Look"\npoints = ["Skin is dry.", "  "]\n',
     "step 1: 'points' must be a list of sentences"),
    ('[[steps]]\ntitle = "Look"\npoints = ["Dry.", "Cream."]\nnotes = 5\n',
     "step 1: 'notes' and 'illustration' must be text"),
    ('[[steps]]\ntitle = "Look"\npoints = ["Dry.", "Cream."]\nillustration = 5\n',
     "step 1: 'notes' and 'illustration' must be text"),
    ('[[steps]]\ntitle = "Look"\npoints = ["Dry.", "Cream."]\nillustration = "../other"\n',
     f"step 1: illustration '../other' {ID_RULE}"),
    (f'[[steps]]\ntitle = "{"T" * 401}"\npoints = ["Dry.", "Cream."]\n',
     "step 1: a title or point is longer than 400 characters"),
    (f'[[steps]]\ntitle = "Look"\npoints = ["Dry.", "{"p" * 401}"]\n',
     "step 1: a title or point is longer than 400 characters"),
    ('[[steps]]\ntitle = "Look"\npoints = ["Dry.", "Cream helps [@sidbury-2023]."]\n',
     "step 1: source 'sidbury-2023' is not in the page's 'sources'"),
    ('[[steps]]\ntitle = "Look"\npoints = ["Dry.", "Cream helps [@nobody-2020]."]\n',
     "step 1: source 'nobody-2020' is not in the page's 'sources'"),
    ('[[steps]]\ntitle = "Look"\npoints = ["Dry.", "Cream helps {ev:vibes}."]\n',
     "step 1: unknown evidence level 'vibes'"),
])
def test_a_bad_step_is_named_by_its_number_and_header(tmp_path: Path, pictures: Path, extra: str,
                                                      message: str) -> None:
    assert refused(page_file(tmp_path, extra=extra), pictures) == (10, message)


def test_the_second_step_is_named_as_step_2(tmp_path: Path, pictures: Path) -> None:
    path = page_file(tmp_path, extra=step() + step(points='["Dry.", 7]'))
    assert refused(path, pictures) == (13, "step 2: 'points' must be a list of sentences")


def test_a_step_title_and_points_of_400_characters_load(tmp_path: Path, pictures: Path) -> None:
    extra = step(title="T" * 400, points=f'["{"p" * 400}", "Short."]')
    assert load(page_file(tmp_path, extra=extra), pictures).steps[0].points == ("p" * 400, "Short.")


def test_a_step_cites_and_grades_like_the_text(tmp_path: Path, pictures: Path) -> None:
    extra = step(points='[" Cream helps {ev:guideline} [@palmer-2006]. ", "Use it daily."]') + \
        'illustration = "other"\nnotes = " Show the tube. "\n'
    page = load(page_file(tmp_path, extra=extra), pictures)
    assert page.steps == (("Look", "other", ("Cream helps {ev:guideline} [@palmer-2006].",
                                             "Use it daily."), "Show the tube.", 10),)


# --- Markdown that would render slowly ---------------------------------------------------------


def test_a_paragraph_of_exactly_200_brackets_loads(tmp_path: Path, pictures: Path) -> None:
    body = "Intro.\n\n" + "[a " * 200 + "\n"
    assert load(page_file(tmp_path, body=body), pictures).body == body
    path = page_file(tmp_path, body="Intro.\n\n" + "[a " * 201 + "\n")
    assert refused(path, pictures) == (
        13, "a paragraph with 201 '[' (at most 200; close each link or citation)")


# --- FAQ ids -----------------------------------------------------------------------------------


def test_question_ids_are_made_from_the_words() -> None:
    assert slugify("Is eczema contagious?") == "is-eczema-contagious"
    assert slugify("  Does it -- itch?!  ") == "does-it-itch"
    assert slugify("Τι είναι; Café?") == "τι-είναι-café"
    assert slugify("A" * 70) == "a" * 60
    assert slugify("¿?!") == "item"
    assert slugify("") == "item"
    # Thai vowel and tone marks belong to their word: the id keeps the words whole
    assert slugify("ผิวแห้ง คืออะไร?") == "ผิวแห้ง-คืออะไร"
    assert slugify("ผิวแห้ง") != slugify("ผวแหง")
    assert slugify("skin_care plan") == "skin_care-plan"  # "_" is a word character, as in \w


def test_faq_ids_of_long_and_wordless_questions(tmp_path: Path) -> None:
    path = write(tmp_path / "faq.md", "+++\n+++\n## " + "Q" * 70 + "\nYes.\n\n## ???\nNo.\n")
    items, _, _ = parse_faq(path)
    assert [item.id for item in items] == ["q" * 60, "item"]


# --- a clinic's folder -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def crowded_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding "crowded" (4,999 files and the empty folder "sub": exactly 5,000
    entries) and the empty folder "locked"; made once, never changed."""
    tree = tmp_path_factory.mktemp("tree")
    (tree / "crowded" / "sub").mkdir(parents=True)
    (tree / "locked").mkdir()
    for number in range(4_999):  # (os.open: Path.touch is ten times slower)
        os.close(os.open(tree / "crowded" / f"f{number}", os.O_CREAT | os.O_WRONLY))
    return tree


TOO_MANY = ("holds more than 5000 files and folders; name the folder that holds only the clinic's "
            "pages")


def test_a_clinic_folder_of_exactly_the_entry_limit_is_used(crowded_tree: Path) -> None:
    assert extra_folder_problem(crowded_tree / "crowded") is None
    assert extra_folder_problem(crowded_tree) == TOO_MANY  # 5,002 entries, counted at all levels


def test_a_linked_folder_is_counted_but_not_walked(tmp_path: Path, crowded_tree: Path) -> None:
    clinic = tmp_path / "clinic"
    write(clinic / "en" / "mine.md", "text\n")
    (clinic / "shared").symlink_to(crowded_tree / "crowded", target_is_directory=True)
    assert extra_folder_problem(clinic) is None


REAL_SCANDIR = os.scandir


class SortedEntries:
    """os.scandir's entries in name order (so the test does not depend on the disk's order)."""

    def __init__(self, path: Path) -> None:
        self.scan = REAL_SCANDIR(path)

    def __enter__(self) -> list[os.DirEntry[str]]:
        return sorted(self.scan, key=lambda entry: entry.name)

    def __exit__(self, *exc: object) -> None:
        self.scan.close()


def test_an_unreadable_folder_is_skipped_and_the_count_goes_on(
    crowded_tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def scandir(path: Path) -> SortedEntries:
        if Path(path).name == "locked":  # walked first: the last one found
            raise PermissionError(13, "Permission denied")
        return SortedEntries(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert extra_folder_problem(crowded_tree) == TOO_MANY


def test_a_folder_when_the_home_folder_is_unknown_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_home(cls: type[Path]) -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", classmethod(no_home))
    assert extra_folder_problem(tmp_path) == "cannot be read"
