"""Fuzzing the action-plan parser: any text is a plan or a one-line HandoutError, and what a
plan says is printed escaped."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from edu_app.core.handout import (
    ZONE_FIELDS,
    ZONES,
    ActionPlan,
    HandoutError,
    HandoutLabels,
    _plan,
    parse_action_plan,
)

from fuzzing import HOSTILE, fuzz, hostile_text, nested

EXAMPLES = {"text": 300, "tables": 300}

VALID = '[green]\nproducts = ["Moisturiser"]\n[amber]\nareas = "elbows"\n[red]\nnotes = "Fever"\n'


def _mutations() -> st.SearchStrategy[str]:
    """The valid plan with a random piece inserted at a random place."""
    return st.tuples(st.integers(0, len(VALID)), st.text(max_size=20) | st.sampled_from(HOSTILE)).map(
        lambda cut: VALID[: cut[0]] + cut[1] + VALID[cut[0]:]
    )


def _toml_value() -> st.SearchStrategy[object]:
    scalars = st.one_of(hostile_text(4), st.integers(), st.booleans(), st.floats(allow_nan=True))
    return st.one_of(scalars, st.lists(scalars, max_size=4),
                     st.dictionaries(st.text(max_size=8), scalars, max_size=3))


def _quote(value: object) -> str:
    """A TOML literal (enough for our fuzzing: text, numbers, booleans, arrays, inline tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        escaped = "".join(
            c if c.isprintable() and c not in '"\\' else f"\\u{ord(c):04x}" if ord(c) < 0x10000
            else f"\\U{ord(c):08x}" for c in value
        )
        return f'"{escaped}"'
    if isinstance(value, float):
        return "nan" if value != value else ("inf" if value > 0 else "-inf") if abs(value) == float(
            "inf") else repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_quote(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_quote(k)} = {_quote(v)}" for k, v in value.items()) + "}"
    return str(value)


tables = st.dictionaries(
    st.sampled_from(ZONES) | st.text(min_size=1, max_size=8),
    st.dictionaries(st.sampled_from(ZONE_FIELDS) | st.text(min_size=1, max_size=8), _toml_value(),
                    max_size=5),
    max_size=4,
)


def _check(text: str) -> ActionPlan | None:
    try:
        plan = parse_action_plan(text)
    except HandoutError as exc:
        message = str(exc)
        assert message.startswith("action plan: ") and "\n" not in message
        return None
    html = _plan(plan, HandoutLabels())
    assert "<script" not in html.lower() and "<img" not in html.lower()
    return plan


@fuzz(EXAMPLES["text"])
@given(text=st.one_of(st.text(max_size=300), _mutations(), hostile_text()))
def test_any_text_is_a_plan_or_a_clear_error(text: str) -> None:
    _check(text)


@fuzz(EXAMPLES["tables"])
@given(data=tables)
def test_any_tables_are_a_plan_or_a_clear_error(data: dict[str, dict[str, object]]) -> None:
    text = "".join(
        f"[{_quote(zone)}]\n" + "".join(f"{_quote(k)} = {_quote(v)}\n" for k, v in fields.items())
        for zone, fields in data.items()
    )
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return  # our little writer made something TOML does not allow (e.g. a repeated key)
    plan = _check(text)
    def fits(value: object) -> bool:  # each entry at most 200 characters, at most 10 products
        if isinstance(value, str):
            return len(value.strip()) <= 200
        entries = [v.strip() for v in value if v.strip()] if isinstance(value, list) else []
        return len(entries) <= 10 and all(len(v) <= 200 for v in entries)

    well_formed = all(
        zone in ZONES and all(
            field in ZONE_FIELDS and (
                isinstance(value, list) and all(isinstance(v, str) for v in value)
                if field == "products" else isinstance(value, str)) and fits(value)
            for field, value in fields.items())
        for zone, fields in data.items()
    )
    assert (plan is not None) == well_formed, text
    if plan is not None:  # what was written is what is printed
        for zone, fields in data.items():
            for field, value in fields.items():
                if isinstance(value, str):
                    assert plan.zones[zone][field] == value.strip()


def test_a_wrong_key_is_named_on_one_line() -> None:
    # regression: a quoted key with a line break broke the one-line message in two
    with pytest.raises(HandoutError, match=r"\[green\] no\\nway is not a field"):
        parse_action_plan('[green]\n"no\\nway" = "x"\n')


@pytest.mark.parametrize("kind", ["array", "table"])
def test_deep_nesting_is_a_clear_error(kind: str) -> None:
    # regression: tomllib's RecursionError escaped from parse_action_plan
    with pytest.raises(HandoutError, match="nested too deeply"):
        parse_action_plan("[green]\n" + nested(5000, kind).replace("a = ", "notes = "))
