"""``edu-app handout``: the same PDF as the builder, from the command line."""

from __future__ import annotations

import sys
from typing import Any

from edu_app.core.card import ROLL_PAPERS
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
    paper = args.paper or loaded.config.paper
    if paper in ROLL_PAPERS:
        return _make_card(args, loaded, lang, words, page_words)
    if args.dots is not None or args.escpos is not None:
        sys.stderr.write("edu-app: --dots and --escpos are for a card: add --paper roll80\n")
        return 2
    second_words, second_labels = labels_in(args.bilingual) if args.bilingual else (None, None)
    try:
        plan = load_action_plan(args.action_plan) if args.action_plan else None
        request = HandoutRequest(
            topics=tuple(dict.fromkeys(_ids(args.topics) + _ids(args.basics))),
            summary_only=frozenset(_ids(args.summary_only)), basics=frozenset(_ids(args.basics)),
            faq=_ids(args.faq), lang=lang, large_print=args.large_print, paper=paper,
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
        pages = write_pdf(args.out, handout, loaded.library, loaded.config, lang, paper,
                          args.large_print, ", ".join(handout.titles), words, page_words)
    except PrintError as exc:
        sys.stderr.write(f"edu-app: {exc}\n")
        return 1
    print(f"{args.out}: {pages} pages")
    return 0


def _make_card(args: Any, loaded: Any, lang: str, words: Any, page_words: Any) -> int:
    """``--paper roll80``: the take-away card as a PDF 80 mm wide, and with ``--escpos`` as
    ESC/POS commands for a receipt printer (a file or the printer's device)."""
    from edu_app.core.card import build_card
    from edu_app.ui.texts import card_labels_in

    extra = [flag for flag, given in (
        ("--faq", args.faq), ("--summary-only", args.summary_only),
        ("--action-plan", args.action_plan), ("--bilingual", args.bilingual),
        ("--large-print", args.large_print), ("--name", args.name), ("--note", args.note)) if given]
    if extra:
        sys.stderr.write(f"edu-app: a roll80 card prints topics only; leave out {extra[0]}\n")
        return 2
    try:
        card = build_card(loaded.library, tuple(dict.fromkeys(_ids(args.topics) + _ids(args.basics))),
                          lang, loaded.config, words, page_words, card_labels_in(lang))
    except HandoutError as exc:
        sys.stderr.write(f"edu-app: {exc}\n")
        return 2
    from edu_app.core.escpos import DevicePrinter
    from edu_app.paint.fonts import ALL_STYLES, register_fonts
    from edu_app.printing.pdf import PrintError
    from edu_app.printing.roll import card_escpos, send_escpos, write_card_pdf

    register_fonts(ALL_STYLES)
    dots = args.dots or loaded.config.receipt_dots
    try:
        length = write_card_pdf(args.out, card, dots, ", ".join(card.titles))
        if args.escpos is not None:
            send_escpos(card_escpos(card, dots), DevicePrinter(args.escpos))
    except PrintError as exc:
        sys.stderr.write(f"edu-app: {exc}\n")
        return 1
    sent = f"; ESC/POS ({dots} dots) to {args.escpos}" if args.escpos is not None else ""
    print(f"{args.out}: a card 80 mm wide, {length:.0f} mm long{sent}")
    return 0


def make_decision_aid(args: Any) -> int:
    """``edu-app decision-aid``: the decision aid's one-page summary as a PDF (A4 or Letter) or
    an 80 mm card, from a ratings file; nothing else is written."""
    from pathlib import Path

    from edu_app.core.decision_aid import Answers, DecisionAidError, parse_answers
    from edu_app.core.decision_summary import aid_for, questions_for, summary_card

    setup_logging()
    loaded = load_everything(args.config, args.config is not None)
    lang = args.aid_lang or args.lang or loaded.config.default_language
    from edu_app.ui.app import application
    from edu_app.ui.texts import labels_in

    application()
    words, page_words = labels_in(lang)
    paper = args.paper or loaded.config.paper
    try:
        aid = aid_for(loaded.library, lang)
        answers = Answers()
        if args.ratings is not None:
            path = Path(args.ratings)
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                sys.stderr.write(f"edu-app: cannot read {path}: {getattr(exc, 'strerror', None) or exc}\n")
                return 2
            answers = parse_answers(text, aid, len(questions_for(loaded.library, aid)))
    except (HandoutError, DecisionAidError) as exc:
        where = f"{args.ratings}: " if isinstance(exc, DecisionAidError) else ""
        sys.stderr.write(f"edu-app: {where}{exc}\n")
        return 2
    from edu_app.paint.fonts import ALL_STYLES, register_fonts
    from edu_app.printing.pdf import PrintError, write_pdf

    register_fonts(ALL_STYLES)
    try:
        if paper in ROLL_PAPERS:
            from edu_app.printing.roll import write_card_pdf
            from edu_app.ui.texts import card_labels_in

            card = summary_card(loaded.library, lang, answers, loaded.config, words, page_words,
                                card_labels=card_labels_in(lang))
            length = write_card_pdf(args.out, card, loaded.config.receipt_dots, aid.title)
            print(f"{args.out}: a card 80 mm wide, {length:.0f} mm long")
            return 0
        from edu_app.printing.summary import one_page_summary

        handout = one_page_summary(loaded.library, lang, answers, loaded.config, paper, words,
                                   page_words)
        pages = write_pdf(args.out, handout, loaded.library, loaded.config, lang, paper, False,
                          aid.title, words, page_words)
    except PrintError as exc:
        sys.stderr.write(f"edu-app: {exc}\n")
        return 1
    print(f"{args.out}: {pages} page{'s' if pages != 1 else ''}")
    return 0
