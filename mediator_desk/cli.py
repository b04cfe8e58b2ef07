"""The command-line commands. No Qt import on these paths: they run headless."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from mediator_desk import __version__, paths
from mediator_desk.errors import MediatorDeskError

log = logging.getLogger(__name__)
REPORT_KINDS = ("tour", "day", "period", "statistics", "vouchers")
EXPORT_KINDS = ("sessions", "groups", "counts", "feedback")


class CliError(MediatorDeskError):
    """A bad argument: the message is printed, the exit code is 2."""


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own errors: clear, exit 2, no traceback
        self.print_usage(sys.stderr)
        self.exit(2, f"mediator-desk: error: {message}\n")


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                   help=f"SQLite database file (default: ${paths.ENV_DB} or the user data folder)")


def _period_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=iso_date, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=iso_date, help="last day, YYYY-MM-DD")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mediator-desk", description="Mediator Desk: tours, walk-in counts, feedback, reports.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_arg(parser)
    parser.add_argument("--lang", choices=("en", "ro", "it"), help="interface language (GUI)")
    parser.add_argument("--quit-when-ready", action="store_true", help="exit 0 once the main window is shown and filled")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("demo", help="fill the database with realistic demo data")
    _db_arg(p)
    p.add_argument("--days", type=positive_int, default=30, help="opening days to generate (200 = a season)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--start", type=iso_date, help="first day (default: the season ends today)")

    p = sub.add_parser("summary", help="period totals")
    _db_arg(p)
    _period_args(p)
    p.add_argument("--exhibition", help="exhibition title or id")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("report", help="print a PDF report")
    p.add_argument("kind", choices=REPORT_KINDS)
    _db_arg(p)
    _period_args(p)
    p.add_argument("--session", help="tour id (tour sheet)")
    p.add_argument("--exhibition", help="exhibition title or id")
    p.add_argument("--lang", dest="report_lang", choices=("en", "ro", "it"), default="en")
    p.add_argument("--hide-small", action="store_true", help="show groups smaller than 5 as <5")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("export", help="export data as CSV or XLSX")
    p.add_argument("kind", choices=EXPORT_KINDS)
    _db_arg(p)
    p.add_argument("--format", choices=("csv", "xlsx"), required=True)
    _period_args(p)
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("cards", help="print QR feedback cards (A4, 8 or 10 per page)")
    _db_arg(p)
    p.add_argument("--session", help="tour id: the cards carry this tour")
    p.add_argument("--exhibition", help="exhibition title or id, for a blank batch (default: the current one)")
    p.add_argument("--count", type=positive_int, default=8, help="how many cards (default 8)")
    p.add_argument("--per-page", type=int, choices=(8, 10), default=8)
    p.add_argument("--lang", dest="report_lang", choices=("en", "ro", "it"), default="en")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("import-feedback", help="import online survey answers (CSV with a card column)")
    p.add_argument("file", type=Path)
    _db_arg(p)

    p = sub.add_parser("backup", help="copy the database to a backup file")
    _db_arg(p)
    p.add_argument("-o", "--output", type=Path, help="backup file (default: the backup folder)")

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is kept aside)")
    p.add_argument("file", type=Path)
    _db_arg(p)
    return parser


def db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or paths.default_db_path()).expanduser()


def _open(args: argparse.Namespace, *, create: bool = False):
    from mediator_desk.db.engine import open_database

    return open_database(db_path(args), create=create)


def _exhibition_ids(db, name: str | None):
    if not name:
        return None
    from mediator_desk.db import repositories as repo

    with db.session() as s:
        ex = repo.find_exhibition(s, name)
    if ex is None:
        raise CliError(f"--exhibition: no single exhibition is called or has the id {name!r}.")
    return [ex.id]


def _check_period(args: argparse.Namespace) -> None:
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise CliError("--to: the last day is before the first day (--from).")


def cmd_demo(args: argparse.Namespace) -> int:
    from mediator_desk.services import demo

    db = _open(args, create=True)
    try:
        with db.session() as s:
            from mediator_desk.db import repositories as repo

            if repo.venues(s):
                raise CliError(f"{db.path} already holds data; demo data goes into a new or empty database.")
        result = demo.generate(db, days=args.days, seed=args.seed, start=args.start)
    finally:
        db.close()
    print(f"Demo data written to {db.path}: {result.days} opening days "
          f"({result.first_day} – {result.last_day}), {result.count_events:,} count events, "
          f"{result.sessions:,} tours, {result.groups:,} groups, {result.feedback:,} feedback entries.")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from mediator_desk.services.summary import summary

    _check_period(args)
    db = _open(args)
    try:
        data = summary(db, args.date_from, args.date_to, _exhibition_ids(db, args.exhibition))
    finally:
        db.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    period = f"{data['from'] or 'start'} – {data['to'] or 'today'}"
    print(f"Period: {period}")
    print(f"Walk-in visitors: {data['walk_in_total']:,}")
    for name, total in data["by_category"].items():
        print(f"  {name}: {total:,}")
    print(f"Tours held: {data['sessions']:,}  participants: {data['participants']:,}")
    print(f"Feedback entries: {data['feedback_count']:,}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from mediator_desk.services.backup import backup

    dest = backup(db_path(args), args.output)
    print(f"Backup written to {dest}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from mediator_desk.services.backup import restore

    target = db_path(args)
    safety = restore(args.file, target)
    print(f"Restored {target} from {args.file}.")
    if safety:
        print(f"The previous database was kept as {safety}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import uuid

    from mediator_desk.services.reports import ReportRequest, build_report

    _check_period(args)
    session_id = None
    if args.session:
        try:
            session_id = uuid.UUID(args.session)
        except ValueError:
            raise CliError(f"--session: {args.session!r} is not a tour id (a UUID).") from None
    if args.kind == "tour" and session_id is None:
        raise CliError("--session: the tour sheet needs the id of the tour.")
    db = _open(args)
    try:
        req = ReportRequest(kind=args.kind, first=args.date_from, last=args.date_to,
                            exhibition_ids=_exhibition_ids(db, args.exhibition), session_id=session_id,
                            lang=args.report_lang, hide_small=args.hide_small, device=paths.device_id())
        pages = build_report(db, req, args.output)
    finally:
        db.close()
    print(f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''}).")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from mediator_desk.services.exports import export

    _check_period(args)
    db = _open(args)
    try:
        n = export(db, args.kind, args.format, args.output, args.date_from, args.date_to)
    finally:
        db.close()
    print(f"Wrote {args.output} ({n:,} rows).")
    return 0


def _session_arg(text: str | None):
    import uuid

    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise CliError(f"--session: {text!r} is not a tour id (a UUID).") from None


def cmd_cards(args: argparse.Namespace) -> int:
    import datetime as dt

    from mediator_desk.db import repositories as repo
    from mediator_desk.services import feedback
    from mediator_desk.services.reports.cards import build_cards

    session_id = _session_arg(args.session)
    db = _open(args)
    try:
        exhibition_id = None
        if session_id is None:
            ids = _exhibition_ids(db, args.exhibition)
            if ids:
                exhibition_id = ids[0]
            else:
                with db.session() as s:
                    current = repo.current_exhibition(s, dt.date.today())
                if current is None:
                    raise CliError("--exhibition: the database has no exhibition yet.")
                exhibition_id = current.id
        codes = feedback.create_cards(db, args.count, paths.device_id(), session_id=session_id,
                                      exhibition_id=exhibition_id)
        pages = build_cards(db, codes, args.output, session_id=session_id, exhibition_id=exhibition_id,
                            per_page=args.per_page, lang=args.report_lang)
    finally:
        db.close()
    print(f"Wrote {args.output}: {len(codes)} cards on {pages} page{'s' if pages != 1 else ''}.")
    return 0


def cmd_import_feedback(args: argparse.Namespace) -> int:
    from mediator_desk.services import feedback

    if not args.file.is_file():
        raise CliError(f"{args.file}: no such file.")
    db = _open(args)
    try:
        report = feedback.import_csv(db, args.file, paths.device_id())
    finally:
        db.close()
    print(report.summary() + ".")
    for line, reason in report.skipped[:50]:
        print(f"  line {line}: {reason}")
    if len(report.skipped) > 50:
        print(f"  … and {len(report.skipped) - 50} more")
    return 0


HANDLERS = {"report": cmd_report, "export": cmd_export, "demo": cmd_demo, "summary": cmd_summary,
            "backup": cmd_backup, "restore": cmd_restore, "cards": cmd_cards, "import-feedback": cmd_import_feedback}


def run_command(args: argparse.Namespace) -> int:
    handler = HANDLERS.get(args.command)
    if handler is None:
        raise CliError(f"The command {args.command!r} is not available in this version.")
    try:
        return handler(args)
    except MediatorDeskError as exc:
        print(f"mediator-desk {args.command}: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, CliError) else 1
    except OSError as exc:
        print(f"mediator-desk {args.command}: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 1


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
