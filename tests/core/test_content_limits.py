"""Content that would hang or trick the loader is refused page by page, with file and line.

Sizes are chosen so that the old behaviour was pathological (minutes of rendering, gigabytes of
memory, files outside the illustrations folder); the tests assert what is refused, not how long
anything took.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edu_app.core.check import report
from edu_app.core.content import extra_folder_problem, load_library
from edu_app.core.model import Library

from helpers import page_text, write


def load(content: Path, extra: list[Path] | None = None) -> Library:
    return load_library(content, content.parent / "illustrations", extra or [])


def broken(library: Library, page_id: str) -> str:
    """The one problem of a page that was refused (shown as a placeholder by the program)."""
    en = library.languages["en"]
    assert page_id not in [p.id for p in en.pages]
    matches = [b for b in en.broken if b.id == page_id]
    assert len(matches) == 1, en.broken
    return str(matches[0].problems[0])


def test_thirty_thousand_unclosed_brackets_are_refused(content_tree: Path) -> None:
    body = "Look\n" + ("[" * 100 + "\n") * 300  # one paragraph of short lines
    path = write(content_tree / "en" / "x.md", page_text("x", 5, body, "[]"))
    message = broken(load(content_tree), "x")
    assert message.startswith(f"{path}:11: error: a paragraph with 30000 '['")
    # the other pages still load
    assert [p.id for p in load(content_tree).languages["en"].pages] == ["barrier", "itch"]


def test_brackets_are_counted_per_paragraph(content_tree: Path) -> None:
    body = "\n\n".join(["A [link](page:itch) and [more]."] * 150) + "\n"  # 300 '[' in all
    write(content_tree / "en" / "x.md", page_text("x", 5, body, "[]"))
    assert "x" in [p.id for p in load(content_tree).languages["en"].pages]


def test_the_paragraph_with_too_many_brackets_is_named_by_its_line(content_tree: Path) -> None:
    body = "First paragraph.\n\nSecond.\n\n" + "[a " * 201 + "\n"
    path = write(content_tree / "en" / "x.md", page_text("x", 5, body, "[]"))
    assert broken(load(content_tree), "x").startswith(f"{path}:15: error: a paragraph with 201")


def test_a_one_megabyte_line_is_refused(content_tree: Path) -> None:
    body = "Short line.\n" + "word " * 200_000 + "\n"  # 1 MB on one line
    path = write(content_tree / "en" / "x.md", page_text("x", 5, body, "[]"))
    message = broken(load(content_tree), "x")
    assert "too large" in message  # over the file limit (400 kB) as well
    body = "Short line.\n" + "word " * 1_001 + "\n"  # 5,005 characters: the line limit alone
    write(content_tree / "en" / "x.md", page_text("x", 5, body, "[]"))
    assert broken(load(content_tree), "x").startswith(f"{path}:12: error: line of 5005 characters")


def long_string(size: int) -> str:
    """A TOML string of ``size`` letters written over short lines (no line is too long)."""
    return '"""' + "\\\n".join(["T" * 1000] * (size // 1000) + ["T" * (size % 1000)]) + '"""'


@pytest.mark.parametrize(("key", "size"), [("title", 20_000), ("title", 151), ("summary", 601)])
def test_long_titles_and_summaries_are_refused(content_tree: Path, key: str, size: int) -> None:
    text = page_text("x", 5, "Text.\n", "[]")
    text = text.replace('title = "X"', f"title = {long_string(size)}") if key == "title" else \
        text.replace('summary = "A short summary of x."', f"summary = {long_string(size)}")
    path = write(content_tree / "en" / "x.md", text)
    line = 3 if key == "title" else 4
    assert broken(load(content_tree), "x").startswith(
        f"{path}:{line}: error: '{key}' has {size} characters")


def test_titles_at_the_limit_load(content_tree: Path) -> None:
    text = page_text("x", 5, "Text.\n", "[]").replace('title = "X"', f'title = "{"T" * 150}"')
    write(content_tree / "en" / "x.md", text.replace("A short summary of x.", "s" * 600))
    assert "x" in [p.id for p in load(content_tree).languages["en"].pages]


@pytest.mark.parametrize("name", ["../../secret", "../illustrations/demo", "/etc/passwd",
                                  "sub/demo", "demo.svg", "..", "C:\\demo"])
def test_illustration_paths_outside_the_folder_are_refused(content_tree: Path, name: str) -> None:
    # a file the traversal would reach does exist, so only the id rule stops it
    write(content_tree.parent / "secret.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
    text = page_text("x", 5, "Text.\n", "[]").replace('illustration = "demo"',
                                                       f"illustration = '{name}'")
    path = write(content_tree / "en" / "x.md", text)
    message = broken(load(content_tree), "x")
    assert message.startswith(f"{path}:6: error: illustration '{name}' must be an illustration id")


def test_compare_and_step_pictures_are_ids_too(content_tree: Path) -> None:
    write(content_tree.parent / "secret.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
    text = page_text("x", 5, "Text.\n", "[]").replace(
        "reviewed =", 'compare = "../secret"\nreviewed =')
    write(content_tree / "en" / "x.md", text)
    assert "compare '../secret' must be an illustration id" in broken(load(content_tree), "x")
    text = page_text("y", 6, "Text.\n", "[]").replace(
        "+++\nText", '[[steps]]\ntitle = "One"\nillustration = "../secret"\n'
                     'points = ["a b", "c d"]\n+++\nText')
    write(content_tree / "en" / "y.md", text)
    assert "step 1: illustration '../secret' must be" in broken(load(content_tree), "y")


def test_illustration_texts_with_a_path_as_name_are_refused(content_tree: Path) -> None:
    path = write(content_tree / "en" / "illustrations-x.toml", '["../secret"]\nalt = "A"\n')
    library = load(content_tree)
    assert [str(p) for p in library.errors] == [
        f"{path}:1: error: illustration '../secret' must be an illustration id "
        "(letters, digits, '-'; no folders)"]
    assert library.illustration_path("../secret").name == ".not-an-illustration-id.svg"


def test_a_long_faq_question_and_bracket_bomb_in_the_faq_are_refused(content_tree: Path) -> None:
    faq = content_tree / "en" / "faq-x.md"
    write(faq, "+++\nreviewed = 2026-11-24\n+++\n## " + "Q" * 151 + "\nAn answer.\n")
    assert any("a question of 151 characters" in str(p) for p in load(content_tree).errors)
    write(faq, "+++\nreviewed = 2026-11-24\n+++\n## Why?\nBecause\n" + ("[" * 100 + "\n") * 50)
    assert any(f"{faq}:4: error: a paragraph with 5000 '['" in str(p)
               for p in load(content_tree).errors)


def test_a_whole_disk_or_home_folder_is_not_a_clinic_folder(content_tree: Path) -> None:
    root = Path(Path.cwd().anchor)
    assert "whole disk or a home folder" in str(extra_folder_problem(root))
    assert "whole disk or a home folder" in str(extra_folder_problem(Path.home()))
    library = load(content_tree, [root])
    assert [str(p) for p in library.errors] == [
        f"{root}: error: the clinic's folder is a whole disk or a home folder; name the folder "
        "that holds the clinic's pages"]
    assert sorted(library.languages) == ["en", "th"]  # "/usr", "/bin" … are not languages


def test_a_folder_with_too_many_files_is_refused(content_tree: Path, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    for number in range(60):
        folder = clinic / f"d{number}"
        folder.mkdir(parents=True)
        for other in range(90):
            (folder / f"f{other}").touch()
    assert extra_folder_problem(clinic) == (
        "holds more than 5000 files and folders; name the folder that holds only the clinic's "
        "pages")
    write(clinic / "en" / "mine.md", page_text("mine", 5, "Mine.\n", "[]"))
    assert "mine" not in [p.id for p in load(content_tree, [clinic]).languages["en"].pages]


def test_an_ordinary_clinic_folder_passes(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    write(clinic / "en" / "mine.md", page_text("mine", 5, "Mine.\n", "[]"))
    assert extra_folder_problem(clinic) is None
    assert extra_folder_problem(tmp_path / "missing") == "is not a folder"


def test_check_content_reports_each_limit(content_tree: Path) -> None:
    en = content_tree / "en"
    write(en / "brackets.md", page_text("brackets", 5, ("[" * 100 + "\n") * 300, "[]"))
    write(en / "long-title.md", page_text("long-title", 6, "Text.\n", "[]").replace(
        'title = "Long Title"', f"title = {long_string(20_000)}"))
    write(en / "escape.md", page_text("escape", 7, "Text.\n", "[]", illustration="../../x"))
    text = report(load(content_tree), content_tree).text
    assert f"{en / 'brackets.md'}:11: error: a paragraph with 30000 '['" in text
    assert f"{en / 'long-title.md'}:3: error: 'title' has 20000 characters (at most 150)" in text
    assert (f"{en / 'escape.md'}:6: error: illustration '../../x' must be an illustration id"
            in text)


def test_a_bracket_bomb_in_a_glossary_definition_is_refused(content_tree: Path) -> None:
    path = write(content_tree / "en" / "glossary-x.toml",
                 '[bomb]\nterm = "bomb"\ndefinition = """\n' + ("[" * 100 + "\n") * 30 + '"""\n')
    assert [str(p) for p in load(content_tree).errors] == [
        f"{path}:1: error: glossary entry 'bomb': a paragraph with 3000 '[' (at most 200; close "
        "each link or citation)"]


@pytest.mark.parametrize("text", [("[" * 100 + "\n") * 300, "word " * 1_001, "x" * 400_001])
def test_text_that_would_render_slowly_is_shown_as_plain_text(text: str) -> None:
    # whatever reaches the renderer without the loader's checks (a definition, an answer)
    from edu_app.core.render import markdown_to_html

    rendered = markdown_to_html(text + "\n\n[a link](page:x)")
    assert rendered.startswith("<p>") and "[a link](page:x)" in rendered  # not made a link
    assert "<a " not in rendered


def test_a_pipe_or_folder_named_like_a_page_is_refused(content_tree: Path) -> None:
    import os

    (content_tree / "en" / "folder.md").mkdir()
    names = ["folder"]
    if hasattr(os, "mkfifo"):  # a pipe: reading it would wait for a writer for ever
        os.mkfifo(content_tree / "en" / "pipe.md")
        names.append("pipe")
    library = load(content_tree)
    for name in names:
        assert broken(library, name) == f"{content_tree / 'en' / name}.md: error: not a regular file"
    assert [p.id for p in library.languages["en"].pages] == ["barrier", "itch"]


def test_at_most_twenty_language_folders_are_loaded(content_tree: Path, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    codes = [a + b for a in "abcdefg" for b in "xyz"]  # 21 codes ("ax" … "gz")
    for code in codes:
        (clinic / code).mkdir(parents=True)
    library = load(content_tree, [clinic])
    # en and th (bundled) always load; of the clinic's 21, the first 18 in code order fit
    assert len(library.languages) == 20 and {"en", "th"} <= set(library.languages)
    left_out = sorted(str(p.path.name) for p in library.errors)
    assert left_out == ["gx", "gy", "gz"]
    assert all("more than 20 language folders" in p.message for p in library.errors)
