"""Fuzzing the content loader: hostile files in a content folder (invalid UTF-8, huge files,
deep nesting, control characters, wrong types) become problems with a file and a line, never
an exception, and the other pages keep loading."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from edu_app.core.content import MAX_FILE_BYTES, load_library, load_sources
from edu_app.core.render import render_answer, render_page

from fuzzing import HOSTILE, fuzz, hostile_text, nested
from helpers import SVG, page_text, write

EXAMPLES = {"files": 150, "front_matter": 150}

GOOD_PAGE = page_text("itch", 20, "Scratching makes the itch worse.\n", sources="[]")
SOURCES = ('[palmer-2006]\nauthors = "Palmer CN"\ntitle = "Filaggrin"\nyear = 2006\n'
           'evidence = "observational"\n')
# the file a fuzzed input replaces, and a valid text of it to mutate
TARGETS = {
    "en/barrier.md": page_text("barrier", 10, "Skin keeps water in [@palmer-2006].\n"),
    "en/faq.md": '+++\nreviewed = 2026-11-24\n+++\n## Is it contagious? {#c}\n\nNo.\n\ntags: a\n',
    "en/glossary.toml": '[filaggrin]\nterm = "filaggrin"\ndefinition = "A protein."\n',
    "en/illustrations.toml": '[demo]\nalt = "A circle."\nlabel-one = "The circle"\n',
    "sources.toml": SOURCES,
    "th/barrier.md": page_text("barrier", 10, "ผิวหนัง\n", sources="[]"),
}
VALUES = ('"x"', "1", "true", "[]", '["palmer-2006"]', "2026-13-45", "1979-05-27T07:32:00Z",
          "inf", "nan", '"../../etc/passwd"', '"\\u0000"', '"demo"', "{}", '"draft"', "-1",
          "99999999999999999999", '"""\nmulti\n"""', "[[1], [2]]")


def _build(root: Path, target: str, data: bytes) -> tuple[Path, Path]:
    content, pictures = root / "content", root / "illustrations"
    write(pictures / "demo.svg", SVG)
    write(content / "en" / "itch.md", GOOD_PAGE)
    for name, text in TARGETS.items():
        write(content / name, text)
    (content / target).write_bytes(data)
    return content, pictures


def _mutated(text: str) -> st.SearchStrategy[bytes]:
    source = text.encode()
    piece = st.binary(max_size=12) | st.sampled_from(HOSTILE).map(str.encode)
    return st.tuples(st.integers(0, len(source)), st.integers(0, 12), piece).map(
        lambda c: source[: c[0]] + c[2] + source[c[0] + c[1]:]
    )


def _contents(target: str) -> st.SearchStrategy[bytes]:
    return st.one_of(
        _mutated(TARGETS[target]),
        st.binary(max_size=400),
        hostile_text().map(lambda t: t.encode("utf-8", "surrogatepass")),
        hostile_text().map(lambda body: (TARGETS[target].split("+++\n")[0] + "+++\n" + "+++\n"
                                         + body).encode()),
        st.sampled_from(["array", "table", "list", "quote"]).map(
            lambda kind: (TARGETS[target].rstrip("\n") + "\n" + nested(2000, kind)).encode()),
    )


def _check(content: Path, pictures: Path) -> None:
    library = load_library(content, pictures)
    for problem in library.problems:  # (a warning about a missing translation names a hint)
        assert problem.severity == "warning" or problem.path.is_relative_to(content.parent)
        assert problem.line >= 0
        assert problem.message and "\n" not in problem.message, problem
    english = library.languages["en"]
    assert english.page("itch") is not None, "a broken file stopped a good page from loading"
    for language in library.languages.values():  # what loaded also renders
        for page in language.pages:
            render_page(page, library.sources, language.glossary)
        for item in language.faq:
            render_answer(item.answer, library.sources)


@fuzz(EXAMPLES["files"])
@given(data=st.data(), target=st.sampled_from(sorted(TARGETS)))
def test_any_file_becomes_content_or_a_problem(data: st.DataObject, target: str) -> None:
    contents = data.draw(_contents(target))
    with tempfile.TemporaryDirectory() as folder:
        _check(*_build(Path(folder), target, contents))


@fuzz(EXAMPLES["front_matter"])
@given(key=st.sampled_from(["id", "title", "summary", "order", "illustration", "reviewed",
                            "review_status", "sources", "compare"]),
       value=st.sampled_from(VALUES) | st.text(max_size=20).map(lambda t: '"' + t.encode(
           "unicode_escape").decode("ascii").replace('"', '\\"') + '"'))
def test_any_front_matter_value(key: str, value: str) -> None:
    lines = [line for line in TARGETS["en/barrier.md"].split("\n")
             if not line.startswith(f"{key} =")]
    lines.insert(1, f"{key} = {value}")
    with tempfile.TemporaryDirectory() as folder:
        _check(*_build(Path(folder), "en/barrier.md", "\n".join(lines).encode()))


def test_a_huge_file_is_refused_with_its_size(tmp_path: Path) -> None:
    content, pictures = _build(tmp_path, "en/barrier.md", b"x" * (MAX_FILE_BYTES + 1))
    library = load_library(content, pictures)
    assert any("too large" in p.message for p in library.problems)
    assert library.languages["en"].page("itch") is not None


@pytest.mark.parametrize(("year", "evidence"), [("inf", '"rct"'), ("nan", '"rct"'), ("1e300", '"rct"'),
                                                ("true", '"rct"'), ("2006", "[1]"), ("2006", "{}")])
def test_wrong_source_fields_are_problems(tmp_path: Path, year: str, evidence: str) -> None:
    # regression: year = inf raised OverflowError and evidence = [1] raised TypeError
    path = write(tmp_path / "sources.toml",
                 f'[a]\nauthors = "A"\ntitle = "T"\nyear = {year}\nevidence = {evidence}\n')
    problems: list = []  # type: ignore[type-arg]
    assert load_sources(path, problems) == {}
    assert len(problems) == 1 and "'a'" in problems[0].message


def test_deeply_nested_toml_is_a_problem_with_a_line(tmp_path: Path) -> None:
    # regression: tomllib's RecursionError escaped from the content loader
    # (over several lines: one line of 10,000 characters is refused for its length first)
    text = nested(5000, "array").replace("[", "[\n").replace("]", "]\n")
    content, pictures = _build(tmp_path, "en/glossary.toml", text.encode())
    library = load_library(content, pictures)
    assert any("nested too deeply" in p.message for p in library.problems)


def test_a_value_with_line_breaks_is_reported_on_one_line(tmp_path: Path) -> None:
    # regression: an id written as a multi-line string split the report's line in two
    text = TARGETS["en/barrier.md"].replace('id = "barrier"', 'id = """\nmulti\n"""')
    content, pictures = _build(tmp_path, "en/barrier.md", text.encode())
    messages = [p.message for p in load_library(content, pictures).problems]
    assert "id 'multi\\n' must equal the file name" in messages
