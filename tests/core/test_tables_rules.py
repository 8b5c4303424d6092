"""Stacked tables written out whole, on small hand-made tables: the opening tag kept, a block a
row, each cell after its column's heading, a row's colour kept, odd rows handled."""

from __future__ import annotations

from edu_app.core.tables import Unit, stack_tables, table_units

TITLE = '<p style="font-weight:700; margin-top:0; margin-bottom:4px;">'
CELL = '<p style="margin-top:0; margin-bottom:4px;">'


def test_a_table_with_headings_is_stacked_exactly() -> None:
    table = ('<table border="1" cellpadding="6" width="100%">'
             "<tr><th>Treatment</th><th>How often</th></tr>"
             '<tr><td bgcolor="#eef4f4">Cream</td><td>Twice a day</td></tr>'
             "<tr><td>Bath</td><td>Daily</td></tr></table>")
    assert stack_tables(f"<p>Before</p>{table}<p>After</p>") == (
        '<p>Before</p><table border="1" cellpadding="6" width="100%">'
        f'<tr><td bgcolor="#eef4f4">{TITLE}Cream</p>{CELL}<b>How often:</b> Twice a day</p></td></tr>'
        f"<tr><td>{TITLE}Bath</p>{CELL}<b>How often:</b> Daily</p></td></tr>"
        "</table><p>After</p>")


def test_a_row_takes_the_colour_of_its_first_cell_only() -> None:
    table = ('<table border="1"><tr><th>A</th><th>B</th></tr>'
             '<tr><td>x</td><td bgcolor="#ffeeee">y</td></tr></table>')
    assert stack_tables(table) == (
        f'<table border="1"><tr><td>{TITLE}x</p>{CELL}<b>B:</b> y</p></td></tr></table>')


def test_a_table_without_headings_keeps_its_first_row_and_labels_nothing() -> None:
    table = '<table border="1"><tr><td>Cream</td><td>Daily</td></tr></table>'
    assert stack_tables(table) == (
        f'<table border="1"><tr><td>{TITLE}Cream</p>{CELL}Daily</p></td></tr></table>')


def test_cells_beyond_the_headings_and_empty_headings_get_no_label() -> None:
    table = ('<table border="1"><tr><th>Name</th><th></th></tr>'
             "<tr><td>Cream</td><td>Daily</td><td>Extra</td></tr></table>")
    assert stack_tables(table) == (
        f'<table border="1"><tr><td>{TITLE}Cream</p>{CELL}Daily</p>{CELL}Extra</p></td></tr></table>')


def test_a_row_without_cells_is_skipped_and_the_rows_after_it_kept() -> None:
    table = ('<table border="1"><tr><th>A</th><th>B</th></tr><tr></tr>'
             "<tr><td>x</td><td>y</td></tr></table>")
    assert stack_tables(table) == (
        f'<table border="1"><tr><td>{TITLE}x</p>{CELL}<b>B:</b> y</p></td></tr></table>')


def test_an_empty_table_stays_empty() -> None:
    assert stack_tables('<p>x</p><table border="1"></table>') == '<p>x</p><table border="1"></table>'


def test_tags_inside_a_cell_leave_its_words_as_they_were() -> None:
    table = '<table border="1"><tr><td>Use <b>twice</b> a <i>day</i></td></tr></table>'
    assert table_units(table) == [[[Unit("Use", False), Unit("twice", False), Unit("a", False),
                                    Unit("day", False)]]]


def test_words_on_either_side_of_a_line_break_are_measured_apart() -> None:
    # "one<br>two" can never need the width of "onetwo": a line break parts the words
    table = '<table border="1"><tr><td>one<br>two<BR/>three</td><td><b>Gui</b>deline</td></tr></table>'
    assert table_units(table) == [[[Unit("one", False), Unit("two", False), Unit("three", False)],
                                   [Unit("Guideline", False)]]]
