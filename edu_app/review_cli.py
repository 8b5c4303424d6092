"""``edu-app review list | approve | pdf``: a clinic's sign-off of pages, without a window.

Exit codes: 0 done; 1 the reviews file is damaged or cannot be written (nothing was changed)
or the PDF cannot be written; 2 bad input (an unknown page or language, an empty name).
"""

from __future__ import annotations

import sys
from typing import Any

from edu_app.core.review import (
    ReviewError,
    approve,
    find_page,
    latest,
    read_approvals,
    reviews,
    reviews_path,
)
from edu_app.core.settings import default_config_path
from edu_app.startup import load_everything, setup_logging

STATE_WORDS = {"approved": "approved", "lapsed": "LAPSED (changed since approval)",
               "not reviewed": "not reviewed"}


def run_review(args: Any) -> int:
    """Run one review action (see the module's description)."""
    setup_logging()
    loaded = load_everything(args.config, args.config is not None)
    path = reviews_path(loaded.config.source or args.config or default_config_path())
    library = loaded.library
    approvals, problem = read_approvals(path)
    if args.review_command == "approve":
        try:
            approval = approve(path, library, args.page, args.review_lang or "en", args.by)
        except ReviewError as exc:
            sys.stderr.write(f"edu-app: {exc}\n")
            return 1 if "nothing was recorded" in str(exc) else 2
        print(f"{approval.page} ({approval.lang}) approved by {approval.by} on "
              f"{approval.on.isoformat()}; recorded in {path}")
        return 0
    if problem:
        sys.stderr.write(f"edu-app: {problem}\n")
        return 1
    if args.review_command == "list":
        return _list(library, approvals, args.review_lang, path)
    return _pdf(args, loaded, approvals)


def _list(library: Any, approvals: list[Any], lang: str | None, path: Any) -> int:
    if lang is not None and lang not in library.languages:
        sys.stderr.write(f"edu-app: there is no content in language '{lang}'\n")
        return 2
    rows = reviews(library, approvals, lang)
    print(f"# sign-off for this clinic: {path}{'' if path.is_file() else ' (none yet)'}")
    print(f"{'page':<24}{'lang':<6}{'bundled status':<22}sign-off")
    for row in rows:
        what = STATE_WORDS[row.state]
        if row.approval is not None:
            what += f": {row.approval.by}, {row.approval.on.isoformat()}"
        print(f"{row.page.id:<24}{row.page.lang:<6}{row.page.review_status:<22}{what}")
    counts = {state: sum(r.state == state for r in rows) for state in STATE_WORDS}
    print(f"# {counts['approved']} approved, {counts['lapsed']} lapsed, "
          f"{counts['not reviewed']} not reviewed")
    return 0


def _pdf(args: Any, loaded: Any, approvals: list[Any]) -> int:
    from edu_app.core.handout import Handout
    from edu_app.core.review_sheet import sheet_html

    lang = args.review_lang or "en"
    try:
        page = find_page(loaded.library, args.page, lang)
    except ReviewError as exc:
        sys.stderr.write(f"edu-app: {exc}\n")
        return 2
    html = sheet_html(page, loaded.library, latest(approvals).get((page.id, lang)))
    from edu_app.paint.fonts import ALL_STYLES, register_fonts
    from edu_app.printing.pdf import PrintError, write_pdf
    from edu_app.ui.app import application
    from edu_app.ui.texts import labels_in

    application()
    register_fonts(ALL_STYLES)
    words, page_words = labels_in(lang)
    handout = Handout(html, [page.illustration] if page.illustration else [], page.reviewed,
                      [page.title])
    try:
        pages = write_pdf(args.out, handout, loaded.library, loaded.config, lang, "a4", False,
                          f"Clinical review: {page.title}", words, page_words)
    except PrintError as exc:
        sys.stderr.write(f"edu-app: {exc}\n")
        return 1
    print(f"{args.out}: {pages} pages")
    return 0
