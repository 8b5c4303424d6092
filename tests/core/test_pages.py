"""Where printed pages end (edu_app.core.pages): expected page tops worked out by hand."""

from __future__ import annotations

import pytest

from edu_app.core.pages import Flow, allowed_breaks, fill, page_of, paginate, repeated


def lines(start: float, count: int, height: float = 10) -> tuple[float, ...]:
    return tuple(start + i * height for i in range(count))


def test_text_that_fits_is_one_page() -> None:
    assert paginate(Flow(80, lines(0, 8), ()), 100) == [0, 80]


def test_a_page_ends_at_the_last_line_top_that_fits() -> None:
    # 25 lines of 10 on pages of 100: lines 0-9, 10-19, 20-24
    assert paginate(Flow(250, lines(0, 25), ()), 100) == [0, 100, 200, 250]


def test_a_page_never_ends_between_lines_when_a_line_straddles() -> None:
    # lines of 30: tops 0, 30, 60, 90; a page of 100 ends at 90 (90-120 would not fit)
    assert paginate(Flow(150, lines(0, 5, 30), ()), 100) == [0, 90, 150]


def test_a_heading_is_not_left_at_the_foot_of_a_page() -> None:
    # a heading at 90-100 kept with the two lines after it (100-120): the page ends at 90
    flow = Flow(200, lines(0, 20), ((90, 120),))
    assert paginate(flow, 100) == [0, 90, 190, 200]


def test_a_stretch_taller_than_a_page_may_break_inside() -> None:
    flow = Flow(300, lines(0, 30), ((20, 250),))
    assert allowed_breaks(flow, 100) == list(lines(0, 30))
    assert paginate(flow, 100)[1] == 100


def test_no_page_is_under_a_quarter_full_to_keep_something_together() -> None:
    # a kept stretch 10-95 on a page of 100 after a line at 0: ending the page at 10 would leave
    # it 10 % full, so the page ends inside the stretch (at 100, the last line top that fits)
    flow = Flow(150, (0, 10, 50, 90, 100, 110, 120), ((10, 105),))
    assert paginate(flow, 100) == [0, 100, 150]


def test_a_section_starts_a_new_page_once_the_page_is_half_full() -> None:
    # sections at 60 and 160; the text goes on to 250; pages of 100
    flow = Flow(250, lines(0, 25), (), sections=(60, 160))
    assert paginate(flow, 100) == [0, 60, 160, 250]


def test_a_short_section_follows_on_the_same_page() -> None:
    # a section starting at 30 (page under half full) follows on; the next starts at 120
    flow = Flow(180, lines(0, 18), (), sections=(30, 120))
    assert paginate(flow, 100) == [0, 100, 180]
    # and a section that fits in what is left never forces a page
    assert paginate(Flow(90, lines(0, 9), (), sections=(60,)), 100) == [0, 90]


def test_fill_and_page_of() -> None:
    tops = [0.0, 90.0, 190.0, 200.0]
    assert fill(tops, 100) == [0.9, 1.0, 0.1]
    assert [page_of(tops, y) for y in (0, 89, 90, 195)] == [0, 0, 1, 2]


def test_a_page_height_must_be_positive() -> None:
    with pytest.raises(ValueError):
        paginate(Flow(10, (0,), ()), 0)


def test_a_table_going_on_repeats_its_header_and_that_page_holds_less() -> None:
    # a table from 0: header row 0-20, body rows of 10 from 20 to 300; pages of 100.
    # Page 1 ends at 100 (rows 20..90). Page 2 starts at 100 inside the body: the header (20)
    # is repeated, so only 80 of rows fit: 100..180; page 3 from 180: 180..260; then 260..300.
    flow = Flow(300, (0.0, *lines(20, 28)), (), repeats=((0, 20, 300),))
    assert paginate(flow, 100) == [0, 100, 180, 260, 300]
    assert repeated(flow, 180, 100) == (0, 20)
    assert repeated(flow, 0, 100) is None  # (the first page shows the header itself)
    assert repeated(flow, 20, 100) is None  # a page starting at the body's first row: the
    # header row stays with it (and a page starting after the table repeats nothing)
    assert repeated(Flow(400, lines(0, 40), (), repeats=((0, 20, 300),)), 310, 100) is None


def test_a_header_row_taller_than_a_quarter_page_is_not_repeated() -> None:
    flow = Flow(300, (0.0, *lines(30, 27)), (), repeats=((0, 30, 300),))
    assert repeated(flow, 100, 100) is None  # 30 of 100: more than a quarter
    assert paginate(flow, 100) == [0, 100, 200, 300]
