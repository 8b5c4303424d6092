"""``edu-app check-content``: validate content and print a report a person can act on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from edu_app.core.content import load_library
from edu_app.core.model import Library


@dataclass
class Report:
    """The outcome of a content check."""

    text: str
    errors: int
    warnings: int

    @property
    def exit_code(self) -> int:
        """0 when there are no errors, else 1."""
        return 1 if self.errors else 0


def load_for_check(bundled: Path, illustrations: Path, folder: Path | None) -> Library:
    """Load the bundled content, with ``folder`` on top when it is another folder."""
    if folder is None or folder.resolve() == bundled.resolve():
        return load_library(bundled, illustrations)
    sibling = folder / ".." / "illustrations"
    return load_library(bundled, sibling if sibling.is_dir() else illustrations, [folder])


def report(library: Library) -> Report:
    """Summarise a loaded library: per language, then every problem with its place."""
    lines = []
    for code, language in sorted(library.languages.items()):
        lines.append(
            f"{code}: {len(language.pages)} pages, {len(language.broken)} broken, "
            f"{len(language.faq)} FAQ questions, {len(language.glossary)} glossary terms"
        )
    lines.append(f"sources: {len(library.sources)}")
    errors = [p for p in library.problems if p.severity == "error"]
    warnings = [p for p in library.problems if p.severity != "error"]
    lines.extend(str(p) for p in sorted(errors + warnings, key=lambda p: (str(p.path), p.line)))
    lines.append(f"{len(errors)} errors, {len(warnings)} warnings")
    return Report("\n".join(lines), len(errors), len(warnings))
