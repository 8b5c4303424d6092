"""What people type is bounded in the handout model too (not only in the widgets), and kiosk
prints are counted in sheets as well as handouts (issue 15: an 800 kB note made a 456-page job
that counted as one print)."""

from __future__ import annotations

from datetime import date

import pytest

from edu_app.core.handout import ActionPlan, HandoutError, HandoutRequest, build, parse_action_plan
from edu_app.core.kiosk import DayCounts, PrintQuota
from edu_app.core.model import Library


def request(**typed: object) -> HandoutRequest:
    return HandoutRequest(topics=("barrier",))._replace(**typed)


@pytest.mark.parametrize(("typed", "message"), [
    ({"patient_name": "N" * 81}, "the patient's name has 81 characters (at most 80)"),
    ({"note": "x" * 800_000}, "the note has 800000 characters (at most 2000)"),
    ({"note": "line\n" * 41}, "the note has 41 lines (at most 40)"),
    ({"action_plan": ActionPlan({"amber": {"areas": "a" * 201}})},
     "action plan [amber] areas: at most 200 characters each"),
    ({"action_plan": ActionPlan({"green": {"products": tuple("p" * 11)}})},
     "action plan [green] products: at most 10 products"),
])
def test_too_much_typed_text_is_refused(small_library: Library, typed: dict[str, object],
                                        message: str) -> None:
    with pytest.raises(HandoutError) as raised:
        build(small_library, request(**typed))
    assert str(raised.value) == message


def test_text_at_the_limits_is_printed(small_library: Library) -> None:
    handout = build(small_library, request(patient_name="N" * 80, note="\n".join(["x" * 49] * 40),
                                           action_plan=ActionPlan({"amber": {"areas": "a" * 200}})))
    assert "N" * 80 in handout.html and handout.html.count("x" * 49) == 40


def test_an_action_plan_file_with_a_long_entry_is_refused() -> None:
    with pytest.raises(HandoutError, match=r"\[red\] notes: at most 200 characters each"):
        parse_action_plan('[red]\nnotes = "' + "n" * 201 + '"\n')


def test_prints_are_counted_in_sheets_too() -> None:
    counts = DayCounts(None, lambda: date(2026, 11, 24))
    quota = PrintQuota(per_session=5, per_day=100, counts=counts, sheets_per_handout=10,
                       sheets_per_day=25)
    assert quota.max_sheets() == 10
    assert not quota.allowed(456)  # the 456-page job of issue 15
    assert quota.allowed(10) and not quota.allowed(11)
    quota.record(10)
    quota.record(10)
    assert (counts.today("prints"), counts.today("sheets")) == (2, 20)
    assert quota.max_sheets() == 5 and quota.allowed(5) and not quota.allowed(6)
    quota.record(5)
    assert quota.sheets_left_today() == 0 and quota.left_today() == 0
    assert not quota.allowed(1)
    quota.new_session()
    assert not quota.allowed(1)  # the day's sheets are used up, whoever comes next


def test_sheets_survive_a_restart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "usage.json"
    day = lambda: date(2026, 11, 24)  # noqa: E731
    PrintQuota(5, 100, DayCounts(path, day), 20, 30).record(25)
    again = PrintQuota(5, 100, DayCounts(path, day), 20, 30)
    assert again.max_sheets() == 5
