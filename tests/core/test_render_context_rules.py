"""What one conversion works with: the glossary it was given and its forms, longest first."""

from __future__ import annotations

from edu_app.core.model import GlossaryTerm
from edu_app.core.render_context import Context, Labels
from edu_app.core.theme import NORMAL


def test_a_context_keeps_its_glossary_and_tries_longer_forms_first() -> None:
    glossary = {
        "dry": GlossaryTerm("dry", "Dry", "Without water."),
        "dry-skin": GlossaryTerm("dry-skin", "dry skin", "Skin that lacks water.", ("xerosis",)),
    }
    ctx = Context(NORMAL, Labels(), glossary)
    assert ctx.glossary is glossary
    # (lower-cased form, term id): "dry skin" (8 letters) and "xerosis" (7) before "dry" (3)
    assert [(form, term_id) for form, term_id, _pattern in ctx.terms] == [
        ("dry skin", "dry-skin"), ("xerosis", "dry-skin"), ("dry", "dry")]
