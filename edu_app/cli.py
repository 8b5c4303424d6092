"""The command-line contract (see README): parse, dispatch, and never show a traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NoReturn

from edu_app import __version__

if TYPE_CHECKING:
    import argparse


def _size(text: str) -> tuple[int, int]:
    import argparse
    import re

    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not '{text}'")
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be from 200 to 8000 pixels")
    return width, height


def _lang(text: str) -> str:
    import argparse
    import re

    if not re.fullmatch(r"[a-z]{2,3}", text):
        raise argparse.ArgumentTypeError(f"'{text}' is not a language code such as en or th")
    return text


def _limit(text: str) -> int:
    import argparse

    if not text.isdigit() or not 1 <= int(text) <= 100:
        raise argparse.ArgumentTypeError(f"the limit must be a whole number from 1 to 100, not '{text}'")
    return int(text)


def _dots(text: str) -> int:
    import argparse

    if text not in ("576", "512"):
        raise argparse.ArgumentTypeError(f"must be 576 or 512 (dots across an 80 mm roll), "
                                         f"not '{text}'")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``edu-app``."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            sys.stderr.write(f"edu-app: {message} (see 'edu-app --help')\n")
            raise SystemExit(2)

    parser = _Parser(prog="edu-app", description="Eczema Explained: learn about eczema.")
    parser.add_argument("--version", action="version", version=f"edu-app {__version__}")
    parser.add_argument("--lang", type=_lang, default=None, help="start in this language")
    parser.add_argument("--config", type=Path, help="clinic configuration file (TOML)")
    parser.add_argument(
        "--kiosk", action="store_true",
        help="run as a locked-down, self-resetting full-screen kiosk (see README)",
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="load all content, render every page offscreen, check SVG and print support",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    shot = commands.add_parser("screenshot", help="save a screen as a PNG image")
    shot.add_argument("--page", required=True, help="a page id, or home, faq, search or handout")
    shot.add_argument("--lang", type=_lang, default=None, dest="shot_lang")
    shot.add_argument("--size", type=_size, default=(1280, 800), help="WIDTHxHEIGHT")
    shot.add_argument("--text-size", type=int, default=100, choices=[100, 125, 150, 175, 200])
    shot.add_argument("--high-contrast", action="store_true")
    shot.add_argument("--query", default="", help="text typed into search (with --page search)")
    shot.add_argument("--out", type=Path, required=True, help="PNG file to write")
    hand = commands.add_parser("handout", help="build a handout PDF without a window")
    hand.add_argument("--topics", default="", help="page ids, separated by commas")
    hand.add_argument("--summary-only", default="", help="topics to print as summary only")
    hand.add_argument("--basics", default="",
                      help="topics to print as their one-page basics sheet (added to --topics)")
    hand.add_argument("--faq", default="", help="'all' or question ids, separated by commas")
    hand.add_argument("--lang", type=_lang, default=None, dest="hand_lang")
    hand.add_argument("--large-print", action="store_true")
    hand.add_argument("--paper", choices=["a4", "letter", "roll80"], default=None,
                      help="paper size (default: clinic.toml's, else a4); roll80 makes a take-away "
                      "card for an 80 mm receipt printer")
    hand.add_argument("--dots", type=_dots, default=None,
                      help="roll80: dots across the paper, 576 (default) or 512")
    hand.add_argument("--escpos", type=Path, default=None, metavar="FILE",
                      help="roll80: also write the card as ESC/POS printer commands to FILE "
                      "(a file, or a printer device such as /dev/usb/lp0)")
    hand.add_argument("--action-plan", type=Path, help="an action plan (TOML)")
    hand.add_argument("--bilingual", type=_lang, default=None,
                      help="a second language printed after each section")
    hand.add_argument("--name", default="", help="the patient's first name (printed, not stored)")
    hand.add_argument("--note", default="", help="a note from the clinician (printed, not stored)")
    hand.add_argument("--out", type=Path, required=True, help="PDF file to write")
    aid = commands.add_parser("decision-aid", help="the stem-cell decision aid's one-page "
                              "summary as a PDF, without a window (nothing else is written)")
    aid.add_argument("--lang", type=_lang, default=None, dest="aid_lang")
    aid.add_argument("--ratings", type=Path, default=None, metavar="FILE.toml",
                     help="the answers: ratings, SURE answers, leaning and questions (see README)")
    aid.add_argument("--paper", choices=["a4", "letter", "roll80"], default=None,
                     help="paper size (default: clinic.toml's, else a4); roll80: an 80 mm card")
    aid.add_argument("--out", type=Path, required=True, help="PDF file to write")
    pin = commands.add_parser("set-pin", help="set the kiosk's staff PIN (stored as a salted hash)")
    pin.add_argument("--pin-stdin", action="store_true",
                     help="read the PIN from standard input instead of asking twice")
    usage = commands.add_parser("usage", help="export the kiosk's daily counts as CSV")
    usage.add_argument("--out", type=Path, required=True, help="CSV file to write ('-' for stdout)")
    layout = commands.add_parser("check-layout", help="build every screen and report clipped, "
                                 "overlapping or off-screen widgets; exit 1 on any")
    layout.add_argument("--size", type=_size, default=(1280, 800), help="WIDTHxHEIGHT")
    layout.add_argument("--lang", type=_lang, default=None, dest="layout_lang")
    layout.add_argument("--text-size", type=int, default=100, choices=[100, 125, 150, 175, 200])
    layout.add_argument("--high-contrast", action="store_true")
    layout.add_argument("--kiosk", action="store_true", dest="layout_kiosk",
                        help="the kiosk's screens, with its 48 px touch rule")
    find = commands.add_parser("search", help="search the content as the search screen does; "
                               "one result a line: kind, id, title")
    find.add_argument("query", help="what to look for (quote several words)")
    find.add_argument("--lang", type=_lang, default=None, dest="search_lang")
    find.add_argument("--limit", type=_limit, default=10, help="at most this many results (1-100)")
    find.add_argument("--json", action="store_true", help="print JSON (with snippets and the total)")
    review = commands.add_parser("review", help="a clinic's sign-off of pages: list, approve, "
                                 "or print a page's review sheet")
    actions = review.add_subparsers(dest="review_command", parser_class=_Parser, metavar="ACTION",
                                    required=True)
    listing = actions.add_parser("list", help="every page with its sign-off, in both languages")
    approve = actions.add_parser("approve", help="record that a clinician approved a page")
    approve.add_argument("page", help="a page id (see 'edu-app review list')")
    approve.add_argument("--by", required=True, help="the reviewing clinician's name")
    sheet = actions.add_parser("pdf", help="a page's review sheet: every claim with its badge "
                               "and source, the page, and the sign-off lines")
    sheet.add_argument("page", help="a page id (see 'edu-app review list')")
    sheet.add_argument("--out", type=Path, required=True, help="PDF file to write")
    for action in (listing, approve, sheet):
        action.add_argument("--lang", type=_lang, default=None, dest="review_lang",
                            help="the page's language (default: en; list: all)")
        action.add_argument("--config", type=Path, default=argparse.SUPPRESS,
                            help="clinic configuration file (TOML); reviews.toml is beside it")
    check = commands.add_parser("check-content", help="validate content and print a report")
    check.add_argument("dir", nargs="?", type=Path, help="a content folder (default: bundled)")
    # The global options are accepted after the command too ('edu-app set-pin --config F').
    # SUPPRESS: a command leaves the value given before it alone unless it is given again.
    for command in (shot, hand, aid, pin, usage, check, find):
        command.add_argument("--config", type=Path, default=argparse.SUPPRESS,
                             help="clinic configuration file (TOML)")
    for command in (pin, usage, check):  # screenshot and handout have their own --lang
        command.add_argument("--lang", type=_lang, default=argparse.SUPPRESS,
                             help="language (as before the command)")
    return parser


def _headless() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _load_qt()


def _load_qt() -> None:
    """PySide6 in, its import hook lightened, before any Qt module of the program is imported."""
    from edu_app.pyside_hook import load_pyside

    load_pyside()


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str]) -> int:
    """Run ``edu-app`` with ``argv``; returns the exit code."""
    # The plain launch (a desktop shortcut) builds no parser: building it and its sub-commands
    # costs 6 ms of start-up (make bench-tricks).
    args: Any = (
        build_parser().parse_args(argv) if argv
        else SimpleNamespace(command=None, self_test=False, config=None, lang=None, kiosk=False)
    )
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last guard: one line, never a traceback
        sys.stderr.write(f"edu-app: {type(exc).__name__}: {exc}\n")
        return 1


def _dispatch(args: Any) -> int:
    from edu_app import resources

    if args.command == "check-content":
        from edu_app.core.check import load_for_check, report

        folder = args.dir
        if folder is not None and not folder.is_dir():
            sys.stderr.write(f"edu-app: {folder} is not a folder\n")
            return 2
        library = load_for_check(resources.content_dir(), resources.illustrations_dir(), folder)
        # the bundled content alone also needs every page translated, with actions and sources
        result = report(library, folder or resources.content_dir(), shipped=folder is None)
        print(result.text)
        return result.exit_code
    if args.command == "search":
        return _search(args)
    if args.command == "review":
        if args.review_command == "pdf":
            _headless()
        from edu_app.review_cli import run_review

        return run_review(args)
    if args.command in ("set-pin", "usage"):
        return _staff_command(args)
    if args.command == "handout":
        _headless()
        from edu_app.headless import make_handout

        return make_handout(args)
    if args.command == "decision-aid":
        _headless()
        from edu_app.headless import make_decision_aid

        return make_decision_aid(args)
    if args.self_test:
        _headless()
        from edu_app.ui.selftest import run_self_test

        return run_self_test(args.config)
    if args.command == "check-layout":
        _headless()
        from edu_app.ui.layout_check import run_check

        return run_check(size=args.size, lang=args.layout_lang or args.lang or "",
                         text_size=args.text_size, high_contrast=args.high_contrast,
                         kiosk=args.layout_kiosk, config=args.config)
    if args.command == "screenshot":
        _headless()
        from edu_app.ui.screenshot import take_screenshot

        return take_screenshot(
            page=args.page, lang=args.shot_lang or args.lang or "", size=args.size, out=args.out,
            config=args.config, text_size=args.text_size, high_contrast=args.high_contrast,
            query=args.query,
        )
    # Load everything Qt-free before PySide6 is imported (see edu_app.startup).
    from edu_app.startup import bench_mark, setup_logging

    bench_mark("python")  # the interpreter is up and the program's first modules are in
    setup_logging()
    if not _has_display():
        sys.stderr.write(
            "edu-app: no display found; start it from a desktop session "
            "(or set QT_QPA_PLATFORM=offscreen for a test)\n"
        )
        return 2
    return _start_window(args)


def _start_window(args: Any) -> int:
    """Load everything and open the window. A failure while starting (a clinic's logo or page
    that breaks the window, say) is logged and start-up tries again without the clinic's
    optional parts, then on the default settings (see edu_app.startup.FALLBACKS), and staff
    are told: a kiosk must never exit at every start and be restarted into the same failure."""
    from edu_app import startup
    from edu_app.crash import log_unexpected
    from edu_app.startup import FALLBACKS, bench_mark, load_everything

    unfinished = startup.unfinished_starts()  # earlier starts that crashed or were killed
    first = startup.first_fallback(unfinished)
    if first:
        startup.log.error("the last %d starts ended before the program ran steadily; starting "
                          "without the clinic's %s", unfinished,
                          "logo and extra pages" if first == FALLBACKS[0] else "settings")
    startup.count_start(unfinished)
    for fallback in (0, *FALLBACKS):
        if fallback < first:
            continue
        try:
            loaded = load_everything(args.config, args.config is not None, fallback)
            if loaded.config.source is None:  # no file yet: a PIN chosen on the kiosk goes here
                from edu_app.core.settings import default_config_path

                config = loaded.config._replace(source=args.config or default_config_path())
                loaded = loaded._replace(config=config)
            _load_qt()
            from edu_app.ui.app import run

            bench_mark("qt")  # PySide6 and the interface modules imported
            return run(loaded, args.lang or "", kiosk=args.kiosk, fallback=fallback)
        except Exception:
            kind, _, trace = sys.exc_info()
            assert kind is not None
            if fallback == FALLBACKS[-1]:
                log_unexpected(kind, trace, "start-up failed on the default settings too")
                raise
            log_unexpected(kind, trace, "start-up tries again without the clinic's "
                           + ("logo and extra pages" if not fallback else "settings"))
            del trace
            if "edu_app.ui.app" in sys.modules:
                sys.modules["edu_app.ui.app"].discard_failed_start()
    raise AssertionError("unreachable")


def _search(args: Any) -> int:
    """``search``: the search screen's results for scripts and tests (exit 1: nothing found)."""
    import html
    import json
    import re

    from edu_app.startup import load_everything

    loaded = load_everything(args.config, explicit=args.config is not None)
    lang = args.search_lang or args.lang or loaded.config.default_language
    results = loaded.search_index.find(args.query, lang, limit=args.limit)
    if args.json:
        def plain(snippet: str) -> str:
            return html.unescape(re.sub(r"<[^>]*>", "", snippet))

        print(json.dumps({
            "query": args.query, "lang": lang, "total": results.total,
            "did_you_mean": results.did_you_mean, "ignored": list(results.ignored),
            "results": [{"kind": h.kind, "id": h.ref, "title": h.title, "snippet": plain(h.snippet_html)}
                        for h in results.hits],
        }, ensure_ascii=False, indent=1))
    else:
        if results.did_you_mean:
            sys.stderr.write(f"edu-app: showing results for '{results.did_you_mean}'\n")
        for hit in results.hits:
            print(f"{hit.kind}\t{hit.ref}\t{hit.title}")
    return 0 if results.hits else 1


def _staff_command(args: Any) -> int:
    """``set-pin`` and ``usage``: kiosk administration without a window."""
    from edu_app.core import kiosk, paths
    from edu_app.core.settings import default_config_path

    if args.command == "usage":
        counts = kiosk.DayCounts(paths.user_state_dir() / "kiosk-usage.json")
        text = counts.to_csv()
        if str(args.out) == "-":
            sys.stdout.write(text)
            return 0
        from edu_app.core import files

        try:
            files.write_text(args.out, text)  # whole or not at all
        except OSError as exc:
            sys.stderr.write(f"edu-app: cannot write {args.out}: {exc.strerror or exc}\n")
            return 1
        print(f"wrote {args.out} ({len(counts.days)} days)")
        return 0
    config = args.config or default_config_path()
    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
    else:
        import getpass

        pin = getpass.getpass("New staff PIN (4 to 8 digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            sys.stderr.write("edu-app: the two PINs differ; nothing was changed\n")
            return 1
    try:
        kiosk.write_pin(config, pin)
    except kiosk.KioskError as exc:
        sys.stderr.write(f"edu-app: {exc}\n")
        return 1
    print(f"staff PIN set in {config}")
    return 0
