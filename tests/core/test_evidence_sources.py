"""A claim badged "Randomised trial" rests on the trial itself, not only on a news report of it
(issue 19: the FURESTEM-AD results cited only news where the trial registry exists)."""

from __future__ import annotations

import re
from pathlib import Path

from edu_app import resources
from edu_app.core.model import Library

CLAIM = re.compile(r"\{ev:rct\}\s*\[@([^\]]+)\]")


def is_news_only(source_title: str, journal: str, doi: str) -> bool:
    return "news report" in source_title.lower() and not doi and "record" not in journal.lower()


def test_every_randomised_trial_claim_cites_the_trial_not_only_news(library: Library) -> None:
    found = 0
    offenders = []
    for path in sorted(Path(resources.content_dir()).glob("*/*.md")):
        for match in CLAIM.finditer(path.read_text(encoding="utf-8")):
            ids = [part.strip().lstrip("@") for part in match.group(1).split(";")]
            cited = [library.sources[i] for i in ids if i in library.sources]
            found += 1
            if cited and all(is_news_only(s.title, s.journal, s.doi) for s in cited):
                offenders.append((path.name, ids))
    assert found > 50  # (the rule is being tried on the real content)
    assert not offenders


def test_the_rule_tells_news_from_a_registry() -> None:
    assert is_news_only("Trial misses its goal (news report, not peer reviewed)", "Newsbell", "")
    assert not is_news_only("Trial X, registry record", "ClinicalTrials.gov record", "")
    assert not is_news_only("A news report of a paper", "Lancet", "10.1/x")
