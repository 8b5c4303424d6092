"""A source's year is the publication's own (content review A2/S1/S6): the loader's rules.

Each case is a source as an author might write it, with the message check-content must give
written out here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from edu_app.core.content import load_sources, source_date_problems
from edu_app.core.model import Problem, Source

from helpers import write

TODAY = dt.date(2026, 12, 4)
JOURNAL = {"authors": "A", "title": "T", "evidence": "rct", "journal": "BMJ", "doi": "10.1/x"}
WEB = {"authors": "Agency", "title": "A page", "evidence": "regulator", "url": "https://x.org/a"}


@pytest.mark.parametrize(("entry", "expected"), [
    # a journal article with a DOI: its year stands
    ({**JOURNAL, "year": 2020}, []),
    # an undated web page: no year at all (it prints n.d.)
    ({**WEB}, []),
    # a web page that shows its date
    ({**WEB, "year": 2021, "published": "2021-06-30"}, []),
    ({**WEB, "year": 2021, "published": "2021"}, []),
    # the Thai FDA case: a news item given the year of the 1967 Drug Act it reports
    ({**WEB, "year": 1967},
     ["is a web source with year 1967 but no published date: give the date the page shows "
      '(published = "YYYY-MM-DD") or remove the year (it prints n.d.)']),
    # the date it shows is another year
    ({**WEB, "year": 2010, "published": "2022-03-01"},
     ["has year 2010 but was published in 2022: the year must be the publication's"]),
    ({**WEB, "published": "2022-03-01"},
     ["gives published but no year: add year from the date it shows"]),
    # a consulted date is not a publication year, and a source cannot be newer than its reading
    ({**JOURNAL, "year": 2025, "consulted": "2024-01-10"},
     ["has year 2025, after it was consulted (2024)"]),
    ({**JOURNAL, "year": 2027}, ["has a year in the future (2027)"]),
    ({**WEB, "published": "June 2021", "year": 2021},
     ['has published = "June 2021": write YYYY, YYYY-MM or YYYY-MM-DD',
      "is a web source with year 2021 but no published date: give the date the page shows "
      '(published = "YYYY-MM-DD") or remove the year (it prints n.d.)']),
    # the year printed twice: "Lancet 2020;396:345-360 2020."
    ({**JOURNAL, "year": 2020, "journal": "Lancet 2020;396:345-360"},
     ["names a year in its journal: give the year only in year (it printed twice)"]),
    # a volume number is not a year
    ({**JOURNAL, "year": 2020, "journal": "Lancet", "volume": "396:345-360"}, []),
    # a Thai rule: who, when and whether confirmed, all three
    ({**WEB, "rule_by": "Medical Council of Thailand", "rule_year": 2009,
      "rule_status": "unconfirmed"}, []),
    ({**WEB, "rule_by": "Medical Council of Thailand", "rule_year": 2009},
     ["reports a Thai rule but lacks rule_status"]),
    ({**WEB, "rule_year": 2009, "rule_status": "in force"},
     ["reports a Thai rule but lacks rule_by",
      'has rule_status "in force": use confirmed or unconfirmed']),
    # a report cannot be older than the rule it reports
    ({**JOURNAL, "year": 2005, "rule_by": "Thai FDA", "rule_year": 2009,
      "rule_status": "confirmed"},
     ["has year 2005, before the rule it reports (2009)"]),
])
def test_source_date_rules(entry: dict[str, object], expected: list[str]) -> None:
    assert source_date_problems(entry, TODAY) == expected


def test_a_toml_date_is_accepted_for_published_and_consulted() -> None:
    entry = {**WEB, "year": 2021, "published": dt.date(2021, 6, 30),
             "consulted": dt.date(2025, 1, 2)}
    assert source_date_problems(entry, TODAY) == []
    entry["published"] = dt.date(2020, 6, 30)
    assert source_date_problems(entry, TODAY) == [
        "has year 2021 but was published in 2020: the year must be the publication's"]


def test_a_source_with_a_date_problem_is_reported_and_still_loads(tmp_path: Path) -> None:
    path = write(tmp_path / "sources.toml", """
        [thai-fda]
        authors = "Thai FDA, as reported by a news site"
        title = "Cell products are drugs"
        journal = "News site"
        year = 1967
        url = "https://news.example/1"
        evidence = "regulator"
        rule_by = "Thai FDA"
        rule_year = 1967
        rule_status = "unconfirmed"

        [undated]
        authors = "Clinic association"
        title = "What to ask"
        url = "https://example.org/ask"
        consulted = 2025-06-01
        evidence = "expert"
        """)
    problems: list[Problem] = []
    sources = load_sources(path, problems)
    assert problems == [Problem(path, 1, "'thai-fda' is a web source with year 1967 but no "
                                         "published date: give the date the page shows "
                                         '(published = "YYYY-MM-DD") or remove the year '
                                         "(it prints n.d.)")]
    assert sources["thai-fda"].rule_year == 1967 and sources["thai-fda"].rule_status == "unconfirmed"
    undated = sources["undated"]
    assert (undated.year, undated.consulted) == (None, "2025-06-01")
    assert undated.citation_text() == "Clinic association. What to ask. n.d. https://example.org/ask"
    # the words for "no date" bring their own full stop (Thai uses none)
    assert undated.citation_text(no_date="ไม่ระบุปี") == \
        "Clinic association. What to ask. ไม่ระบุปี https://example.org/ask"


def test_a_volume_follows_the_year_once() -> None:
    source = Source("l", "Langan SM, et al.", "Atopic dermatitis", 2020, "expert",
                    journal="Lancet", volume="396:345-360", doi="10.1016/x")
    assert source.citation_text() == ("Langan SM, et al. Atopic dermatitis. Lancet 2020;396:345-360."
                                      " doi:10.1016/x")


def test_a_rule_year_that_is_not_a_number_is_refused_like_a_year(tmp_path: Path) -> None:
    path = write(tmp_path / "sources.toml", """
        [a]
        authors = "A"
        title = "T"
        evidence = "regulator"
        rule_year = "2552"

        [b]
        authors = "B"
        title = "T"
        evidence = "regulator"
        year = true
        """)
    problems: list[Problem] = []
    assert load_sources(path, problems) == {}
    assert problems == [
        Problem(path, 1, "'a' has a rule_year that is not a number from 1800 to 2200"),
        Problem(path, 7, "'b' has a year that is not a number from 1800 to 2200"),
    ]
