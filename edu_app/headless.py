"""``edu-app handout``: the same PDF as the builder, from the command line."""

from __future__ import annotations

import sys
from typing import Any

from edu_app.core.handout import HandoutError, HandoutRequest, build, load_action_plan
from edu_app.startup import load_everything, setup_logging


def _ids(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def make_handout(args: Any) -> int:
    """Build and save the handout; one-line messages and exit 2 for bad input."""
    setup_logging()
    loaded = load_everything(args.config, args.config is not None)
    lang = args.hand_lang or args.lang or loaded.config.default_language
    from edu_app.ui.app import application
    from edu_app.ui.texts import labels_in

    application()
    words, page_words = labels_in(lang)  # printed words in the handout's own language(s)
    second_words, second_labels = labels_in(args.bilingual) if args.bilingual else (None, None)
    try:
        plan = load_action_plan(args.action_plan) if args.action_plan else None
        request = HandoutRequest(
            topics=tuple(dict.fromkeys(_ids(args.topics) + _ids(args.basics))),
            summary_only=frozenset(_ids(args.summary_only)), basics=frozenset(_ids(args.basics)),
            faq=_ids(args.faq), lang=lang, large_print=args.large_print, paper=args.paper,
            patient_name=args.name, note=args.note, action_plan=plan, bilingual=args.bilingual or "",
        )
        handout = build(loaded.library, request, words, page_words, second_labels=second_labels,
                        second_words=second_words)
    except HandoutError as exc:
        sys.stderr.write(f"edu-app: {exc}\n")
        return 2
    from edu_app.paint.fonts import ALL_STYLES, register_fonts
    from edu_app.printing.pdf import PrintError, write_pdf

    register_fonts(ALL_STYLES)
    try:
        pages = write_pdf(args.out, handout, loaded.library, loaded.config, lang, args.paper,
                          args.large_print, ", ".join(handout.titles), words, page_words)
    except PrintError as exc:
        sys.stderr.write(f"edu-app: {exc}\n")
        return 1
    print(f"{args.out}: {pages} pages")
    return 0
