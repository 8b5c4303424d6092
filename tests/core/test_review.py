"""A clinic's sign-off (issue 22, part 3): recorded, shown, lapsing on change, surviving bad input.

Expected values are written here: the fingerprint is worked out with hashlib from the file's
text in the test, the review lines are the sentences a patient must read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import tomllib
from pathlib import Path

import pytest

from edu_app.core.content import load_library
from edu_app.core.model import Library
from edu_app.core.render import Labels, render_page, template_for
from edu_app.core.review import (
    Approval,
    ReviewError,
    apply_signoffs,
    approve,
    fingerprint,
    read_approvals,
    reviews,
    state,
)
from edu_app.core.theme import NORMAL

DAY = dt.date(2026, 12, 4)


@pytest.fixture
def tree(content_tree: Path) -> tuple[Library, Path]:
    """The small content tree loaded with templates compiled, and a clinic folder."""
    from edu_app.core.render import compile_pages

    library = load_library(content_tree, content_tree.parent / "illustrations")
    compile_pages(library)
    clinic = content_tree.parent / "clinic"
    clinic.mkdir()
    return library, clinic / "reviews.toml"


def footer(library: Library, lang: str, page_id: str) -> str:
    page = library.language(lang).page(page_id)
    assert page is not None
    return render_page(page, library.sources, {}, NORMAL, Labels()).html


def test_an_approval_is_recorded_with_name_date_and_the_page_as_it_was(tree) -> None:
    library, path = tree
    approval = approve(path, library, "barrier", "en", "  Dr Anong   Srisuk ", DAY)
    page_file = library.language("en").page("barrier").path
    text = page_file.read_text(encoding="utf-8")
    expected_print = "sha256:" + hashlib.sha256(
        "\n".join(line.rstrip() for line in text.split("\n")).strip().encode()).hexdigest()
    assert approval == Approval("barrier", "en", "Dr Anong Srisuk", DAY, expected_print)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data == {"approval": [{"page": "barrier", "lang": "en", "by": "Dr Anong Srisuk",
                                  "date": DAY, "fingerprint": expected_print}]}
    assert path.read_text(encoding="utf-8").startswith("# Clinical sign-off")


def test_an_approved_page_says_who_reviewed_it_and_when(tree) -> None:
    library, path = tree
    approve(path, library, "barrier", "en", "Dr Anong Srisuk", DAY)
    assert "Draft: a clinician has not checked this page yet" in footer(library, "en", "barrier")
    approvals, problem = read_approvals(path)
    assert problem is None
    assert apply_signoffs(library, approvals) == 1
    html = footer(library, "en", "barrier")
    assert "Reviewed for this clinic by Dr Anong Srisuk on 4 December 2026" in html
    assert "Draft:" not in html
    # the compiled template (made before the sign-off) is no longer used for that page only
    assert template_for(library, "en", "barrier", NORMAL) is None
    assert template_for(library, "en", "itch", NORMAL) is not None
    # the English approval does not approve the Thai translation
    assert "Reviewed for this clinic" not in footer(library, "th", "barrier")
    thai = Labels(approved="ตรวจทานสำหรับคลินิกนี้โดย {name} เมื่อ {date}", year="{be}",
                  months=tuple(f"m{n}" for n in range(1, 13)))
    page = library.language("en").page("barrier")
    assert thai.review_text(page.review_status, page.signoff) == \
        "ตรวจทานสำหรับคลินิกนี้โดย Dr Anong Srisuk เมื่อ 4 m12 2569"


def test_a_changed_page_lapses_and_says_so_until_approved_again(tree) -> None:
    library, path = tree
    approve(path, library, "barrier", "en", "Dr Anong Srisuk", DAY)
    page_file = library.language("en").page("barrier").path
    # an editor's line endings and trailing spaces are not a change
    page_file.write_bytes(page_file.read_bytes().replace(b"\n", b"  \r\n"))
    approvals, _ = read_approvals(path)
    assert state(library.language("en").page("barrier"), approvals[0]) == "approved"
    # a content update that changes a word is
    page_file.write_text(page_file.read_text(encoding="utf-8").replace("keeps water in",
                                                                       "holds water in"),
                         encoding="utf-8")
    assert state(library.language("en").page("barrier"), approvals[0]) == "lapsed"
    apply_signoffs(library, approvals)
    html = footer(library, "en", "barrier")
    assert ("Changed since Dr Anong Srisuk reviewed it for this clinic on 4 December 2026; "
            "not yet reviewed again.") in html
    assert "Reviewed for this clinic by" not in html
    # approved again (a later date): the latest approval counts
    later = approve(path, library, "barrier", "en", "Dr Niran Chai", DAY + dt.timedelta(days=3))
    approvals, _ = read_approvals(path)
    assert len(approvals) == 2 and approvals[0].by == "Dr Anong Srisuk"  # the first is kept
    apply_signoffs(library, approvals)
    assert "Reviewed for this clinic by Dr Niran Chai on 7 December 2026" in \
        footer(library, "en", "barrier")
    assert later.fingerprint == fingerprint(library.language("en").page("barrier"))


def test_review_list_rows_show_each_language(tree) -> None:
    library, path = tree
    approve(path, library, "itch", "en", "Dr A", DAY)
    rows = reviews(library, read_approvals(path)[0])
    assert [(r.page.id, r.page.lang, r.state) for r in rows] == [
        ("barrier", "en", "not reviewed"), ("itch", "en", "approved"),
        ("barrier", "th", "not reviewed"),  # (th/itch is an English stand-in: not listed)
    ]


@pytest.mark.parametrize(("page", "lang", "by", "message"), [
    ("nope", "en", "Dr A", "unknown page 'nope' in en (known: barrier, itch)"),
    ("itch", "th", "Dr A", "unknown page 'itch' in th (known: barrier)"),
    ("barrier", "xx", "Dr A", "there is no content in language 'xx' (known: en, th)"),
    ("barrier", "en", "   ", 'the reviewer\'s name is empty: give --by "Dr Firstname Lastname"'),
    ("barrier", "en", "Dr\x07A", "the reviewer's name has control characters"),
    ("barrier", "en", "D" * 81, "the reviewer's name is over 80 characters"),
])
def test_bad_input_is_refused_and_loses_no_earlier_approval(tree, page, lang, by, message) -> None:
    library, path = tree
    approve(path, library, "barrier", "en", "Dr Anong Srisuk", DAY)
    before = path.read_bytes()
    with pytest.raises(ReviewError) as raised:
        approve(path, library, page, lang, by, DAY)
    assert str(raised.value) == message
    assert path.read_bytes() == before


def test_a_damaged_reviews_file_is_reported_and_never_overwritten(tree) -> None:
    library, path = tree
    approve(path, library, "barrier", "en", "Dr Anong Srisuk", DAY)
    damaged = path.read_bytes().replace(b'by = "Dr Anong Srisuk"', b'by = "Dr Anong')
    path.write_bytes(damaged)
    approvals, problem = read_approvals(path)
    assert approvals == [] and problem is not None
    assert problem.startswith(f"{path} is damaged (") and problem.endswith("); fix or move it")
    with pytest.raises(ReviewError, match=r"nothing was recorded$"):
        approve(path, library, "itch", "en", "Dr B", DAY)
    assert path.read_bytes() == damaged
    # a table with a wrong field is damage too, named by its number
    path.write_text('[[approval]]\npage = "barrier"\nlang = "en"\nby = "Dr A"\n'
                    'date = "yesterday"\nfingerprint = "sha256:0"\n', encoding="utf-8")
    assert read_approvals(path) == ([], f"{path} is damaged (approval 1: 'date' must be a date "
                                        "such as 2026-12-04); fix or move it")


def test_an_unwritable_folder_records_nothing_and_says_so(tree, tmp_path: Path) -> None:
    library, _ = tree
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ReviewError, match=r"^cannot write .*; nothing was recorded$"):
        approve(blocker / "reviews.toml", library, "barrier", "en", "Dr A", DAY)


def test_no_file_means_no_approvals_and_no_problem(tmp_path: Path) -> None:
    assert read_approvals(tmp_path / "reviews.toml") == ([], None)


def test_the_bundled_content_is_never_changed_by_an_approval(tmp_path: Path, copy_of_bundled) -> None:
    library = load_library(copy_of_bundled, copy_of_bundled.parent / "illustrations")
    before = {p: p.read_bytes() for p in copy_of_bundled.rglob("*") if p.is_file()}
    approve(tmp_path / "clinic" / "reviews.toml", library, "treatments", "en", "Dr A", DAY)
    assert {p: p.read_bytes() for p in copy_of_bundled.rglob("*") if p.is_file()} == before
    shutil.rmtree(tmp_path / "clinic")


def test_start_up_applies_the_clinics_sign_off_and_reports_a_damaged_file(tmp_path: Path) -> None:
    from edu_app.core.render import template_for
    from edu_app.startup import load_everything

    config = tmp_path / "clinic.toml"
    config.write_text('[clinic]\nname = "Riverside"\n', encoding="utf-8")
    library = load_everything(config, explicit=True).library
    approve(tmp_path / "reviews.toml", library, "treatments", "th", "Dr Anong Srisuk", DAY)
    loaded = load_everything(config, explicit=True)
    page = loaded.library.language("th").page("treatments")
    assert page.signoff == (("Dr Anong Srisuk", DAY, True))
    assert loaded.library.language("en").page("treatments").signoff is None
    assert template_for(loaded.library, "th", "treatments", NORMAL) is None  # rendered fresh
    assert loaded.messages == []
    # a damaged file: pages keep their bundled status and staff are told
    (tmp_path / "reviews.toml").write_text("[[approval]\n", encoding="utf-8")
    loaded = load_everything(config, explicit=True)
    assert loaded.library.language("th").page("treatments").signoff is None
    assert len(loaded.messages) == 1
    assert loaded.messages[0].text.startswith(f"{tmp_path / 'reviews.toml'} is damaged (")
    assert loaded.messages[0].text.endswith("; pages show their bundled review status")


def test_the_decision_aid_is_signed_off_like_a_page(tmp_path: Path, copy_of_bundled) -> None:
    """'decision-aid' is listed, approved and fingerprinted like a page (its file), and its
    screen, page and card then name the clinician; a changed file lapses the approval."""
    from edu_app.core.decision_aid import Answers
    from edu_app.core.decision_summary import summary_html

    library = load_library(copy_of_bundled, copy_of_bundled.parent / "illustrations")
    rows = {(r.page.id, r.page.lang): r.state for r in reviews(library, [])}
    assert rows[("decision-aid", "en")] == rows[("decision-aid", "th")] == "not reviewed"
    path = tmp_path / "clinic" / "reviews.toml"
    approval = approve(path, library, "decision-aid", "en", "Dr Anong Srisuk", DAY)
    aid_file = copy_of_bundled / "en" / "decision-aid.toml"
    text = "\n".join(line.rstrip() for line in aid_file.read_text(encoding="utf-8").split("\n"))
    assert approval.fingerprint == "sha256:" + hashlib.sha256(text.strip().encode()).hexdigest()
    approvals, _ = read_approvals(path)
    assert apply_signoffs(library, approvals) == 1

    def small_print(lang: str) -> str:
        aid = library.language(lang).decision_aid
        assert aid is not None
        return summary_html(library, aid, Answers(), Labels(), DAY)

    assert "Reviewed for this clinic by Dr Anong Srisuk on 4 December 2026." in small_print("en")
    assert "Draft:" not in small_print("en")
    assert "Reviewed for this clinic" not in small_print("th")  # (Thai is its own approval)
    # a content update that changes the aid's file lapses the approval
    aid_file.write_text(aid_file.read_text(encoding="utf-8").replace("Nothing new.", "None."),
                        encoding="utf-8")
    library = load_library(copy_of_bundled, copy_of_bundled.parent / "illustrations")
    apply_signoffs(library, approvals)
    assert ("Changed since Dr Anong Srisuk reviewed it for this clinic on 4 December 2026; "
            "not yet reviewed again.") in small_print("en")
    assert [r.state for r in reviews(library, approvals, "en")
            if r.page.id == "decision-aid"] == ["lapsed"]
