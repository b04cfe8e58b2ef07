"""The command-line commands. No Qt widgets on these paths: they run headless.

Every error is one line on stderr and a non-zero exit (2: a bad argument; 1: anything else), never a
traceback; an unexpected one is also written, with its details, to the log file."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

from mediator_desk import __version__, files, paths
from mediator_desk.errors import MediatorDeskError, ValidationErrors
from mediator_desk.files import OutputError

log = logging.getLogger(__name__)
REPORT_KINDS = ("tour", "day", "period", "statistics", "vouchers")
EXPORT_KINDS = ("sessions", "groups", "counts", "feedback")
FIRST_YEAR, LAST_YEAR = 1970, 2200


class CliError(MediatorDeskError):
    """A bad argument: the message is printed, the exit code is 2."""


def iso_date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{text} is out of range (years {FIRST_YEAR}–{LAST_YEAR})")
    return day


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


def _db_arg(p: argparse.ArgumentParser, *, hub: bool = False) -> None:
    p.add_argument("--db", default=argparse.SUPPRESS,
                   help=f"SQLite database file (default: ${paths.ENV_DB} or the user data folder)"
                   + ("; or the team's server, postgresql://user@host:port/dbname (read-only)" if hub else ""))


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

    p = sub.add_parser("demo", help="fill a new database with realistic demo data")
    _db_arg(p)
    p.add_argument("--days", type=positive_int, default=30, help="opening days to generate (200 = a season)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--start", type=iso_date, help="first day (default: the season ends today)")

    p = sub.add_parser("summary", help="period totals")
    _db_arg(p, hub=True)
    _period_args(p)
    p.add_argument("--exhibition", help="exhibition title or id")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("report", help="print a PDF report")
    p.add_argument("kind", choices=REPORT_KINDS)
    _db_arg(p, hub=True)
    _period_args(p)
    p.add_argument("--session", help="tour id (tour sheet)")
    p.add_argument("--exhibition", help="exhibition title or id")
    p.add_argument("--lang", dest="report_lang", choices=("en", "ro", "it"), default="en")
    p.add_argument("--hide-small", action="store_true", help="show groups smaller than 5 as <5")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("export", help="export data as CSV or XLSX")
    p.add_argument("kind", choices=EXPORT_KINDS)
    _db_arg(p, hub=True)
    p.add_argument("--format", choices=("csv", "xlsx"), required=True)
    _period_args(p)
    p.add_argument("--separator", choices=(",", ";", "tab"), default=None,
                   help="CSV column separator (default: ';' with --lang ro or it, as their spreadsheets expect; ',')")
    p.add_argument("--raw", action="store_true", help="counts: every press, not hourly totals")
    p.add_argument("--lang", dest="export_lang", choices=("en", "ro", "it"), default="en",
                   help="language of the labels and of the header row (en: the header is the codes, for scripts; "
                        "codes stay in their own columns)")
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
    p.add_argument("--method", choices=("smiley_5", "likert_5", "nps_11", "yes_no"),
                   help="the survey's rating scale (default: a method column, else read from the ratings)")

    p = sub.add_parser("backup", help="copy the database to a backup file")
    _db_arg(p)
    p.add_argument("-o", "--output", type=Path, help="backup file (default: the backup folder)")

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is kept aside)")
    p.add_argument("file", type=Path)
    _db_arg(p)

    p = sub.add_parser("merge", help="merge other laptops' databases or backups into this one")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    _db_arg(p)
    p.add_argument("--other-venue", action="store_true",
                   help="merge even a file that holds another venue's data (refused otherwise)")

    p = sub.add_parser("signoff", help="review a day's figures and sign them (or amend, or reopen the day)")
    p.add_argument("--day", type=iso_date, required=True, help="the day, YYYY-MM-DD")
    _db_arg(p, hub=True)
    p.add_argument("--exhibition", help="exhibition title or id (needed when the venue shows several)")
    p.add_argument("--by", help="who signs or reopens: the mediator on duty")
    p.add_argument("--reason", default="", help="why: needed to sign a signed day again, and to reopen one")
    p.add_argument("--reopen", action="store_true", help="reopen a signed day (with --by and --reason)")
    p.add_argument("--status", action="store_true", help="only show the day's figures and sign-off state")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("sync", help="exchange changes with the team's PostgreSQL server")
    p.add_argument("--server", required=True, help="postgresql://user@host:port/dbname")
    _db_arg(p)
    p.add_argument("--other-venue", action="store_true",
                   help="sync even with a server that holds another venue's data (refused otherwise)")
    return parser


def db_target(args: argparse.Namespace) -> Path | str:
    value = getattr(args, "db", None)
    if isinstance(value, str) and value.startswith(("postgresql:", "postgresql+")):
        return value
    return Path(value or paths.default_db_path()).expanduser()


def _open(args: argparse.Namespace, *, create: bool = False, verify: bool = False, reading: bool = False):
    from mediator_desk.services.storage import open_target

    return open_target(db_target(args), create=create, verify=verify, reading=reading)


def _local(args: argparse.Namespace, what: str) -> Path:
    target = db_target(args)
    if not isinstance(target, Path):
        from mediator_desk.db.hub import safe

        raise CliError(f"--db: {what} writes into a laptop's database file; the team's server ({safe(target)}) "
                       "is read-only for this command.")
    return target


def _output(args: argparse.Namespace) -> Path:
    """Check -o before any long work: never the database, its journal or a backup; a writable folder."""
    target = db_target(args)
    try:
        return files.check_output(args.output, databases=[target] if isinstance(target, Path) else [])
    except OutputError as exc:
        raise CliError(f"-o: {exc}") from None


def _find_exhibition(found, name: str):
    """The exhibition --exhibition names (`found`: the database's choices)."""
    chosen = found.find_exhibition(name)
    if chosen is None:
        raise CliError(f"--exhibition: no single exhibition is called or has the id {name!r}.")
    return chosen


def _exhibition_ids(db, name: str | None) -> list[uuid.UUID] | None:
    if not name:
        return None
    from mediator_desk.services import choices

    return [_find_exhibition(choices.load(db), name).id]


def _check_period(args: argparse.Namespace) -> None:
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise CliError("--to: the last day is before the first day (--from).")


def _uuid_arg(option: str, text: str | None) -> uuid.UUID | None:
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise CliError(f"{option}: {text!r} is not a tour id (a UUID).") from None


def cmd_demo(args: argparse.Namespace) -> int:
    from mediator_desk.services import demo, storage

    path = _local(args, "demo")
    db = _open(args, create=True)
    try:
        if not storage.is_empty(db):
            raise CliError(f"{db.path} already holds data; demo data goes into a new or empty database.")
        result = demo.generate(db, days=args.days, seed=args.seed, start=args.start)
    finally:
        db.close()
    print(f"Demo data written to {path}: {result.days} opening days "
          f"({result.first_day} – {result.last_day}), {result.count_events:,} count events, "
          f"{result.sessions:,} tours, {result.groups:,} groups, {result.feedback:,} feedback entries.")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from mediator_desk.services.summary import summary

    _check_period(args)
    db = _open(args, reading=True)
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

    path = _local(args, "backup")
    target = None
    if args.output is not None:
        try:
            target = files.check_output(args.output, databases=[path])
        except OutputError as exc:
            raise CliError(f"-o: {exc}") from None
    dest = backup(path, target)
    print(f"Backup written to {dest}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from mediator_desk.services.backup import restore

    target = _local(args, "restore")
    _refuse_if_open_in_the_app(target)
    safety = restore(args.file, target)
    print(f"Restored {target} from {args.file}.")
    if safety:
        print(f"The previous database was kept as {safety}")
    return 0


def _refuse_if_open_in_the_app(path: Path) -> None:
    """The app keeps a lock file beside a database it has open (QLockFile: the first line is its process id)."""
    real = path.resolve()
    lock = real.with_name(real.name + ".lock")
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").split()[0])
    except (OSError, ValueError, IndexError):
        return
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return
    except OSError:
        pass
    raise MediatorDeskError(f"{path} is open in Mediator Desk (process {pid}). Close the app first; "
                            "nothing was changed.")


def cmd_report(args: argparse.Namespace) -> int:
    from mediator_desk.services.reports import ReportRequest, build_report

    _check_period(args)
    session_id = _uuid_arg("--session", args.session)
    if args.kind == "tour" and session_id is None:
        raise CliError("--session: the tour sheet needs the id of the tour.")
    output = _output(args)
    db = _open(args, reading=True)
    try:
        req = ReportRequest(kind=args.kind, first=args.date_from, last=args.date_to,
                            exhibition_ids=_exhibition_ids(db, args.exhibition), session_id=session_id,
                            lang=args.report_lang, hide_small=args.hide_small, device=paths.device_id())
        pages = build_report(db, req, output)
    finally:
        db.close()
    print(f"Wrote {output} ({pages} page{'s' if pages != 1 else ''}).")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from mediator_desk.services.exports import ExportRequest, export

    _check_period(args)
    output = _output(args)
    db = _open(args, reading=True)
    try:
        req = ExportRequest(kind=args.kind, fmt=args.format, first=args.date_from, last=args.date_to,
                            separator="\t" if args.separator == "tab" else args.separator or (
                                "," if args.export_lang == "en" else ";"), raw=args.raw,
                            lang=args.export_lang)
        result = export(db, req, output)
    finally:
        db.close()
    print(f"Wrote {output} ({result.rows:,} rows).")
    if result.cut:
        print(f"{result.cut:,} text(s) longer than an XLSX cell holds (32,767 characters) were cut, with a mark "
              "saying how much; the CSV export keeps them whole.")
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    from mediator_desk.services import choices, feedback
    from mediator_desk.services.reports.cards import print_cards

    session_id = _uuid_arg("--session", args.session)
    _local(args, "cards")
    output = _output(args)
    db = _open(args, verify=True)  # it writes the cards' codes: never into a file that fails the check
    try:
        exhibition_id = None
        if session_id is None:
            ids = _exhibition_ids(db, args.exhibition)
            current = choices.load(db).current_exhibition(dt.date.today())
            if not ids and current is None:
                raise CliError("--exhibition: the database has no exhibition yet.")
            exhibition_id = ids[0] if ids else current.id
        batch = feedback.draw_cards(db, args.count, session_id=session_id, exhibition_id=exhibition_id)
        pages, _stored = print_cards(db, batch, paths.device_id(), output, per_page=args.per_page,
                                     lang=args.report_lang)
        codes = batch.codes
    finally:
        db.close()
    print(f"Wrote {output}: {len(codes)} cards on {pages} page{'s' if pages != 1 else ''}.")
    return 0


def cmd_import_feedback(args: argparse.Namespace) -> int:
    from mediator_desk.services.feedback_import import import_csv

    _local(args, "import-feedback")
    if not args.file.is_file():
        raise CliError(f"{args.file}: no such file.")
    db = _open(args, verify=True)
    try:
        report = import_csv(db, args.file, paths.device_id(), method=args.method)
    finally:
        db.close()
    print(report.summary() + ".")
    if report.method_reason:
        print(f"Ratings read as {report.method}: {report.method_reason}.")
    for line, reason in report.skipped[:50]:
        print(f"  line {line}: {reason}")
    if len(report.skipped) > 50:
        print(f"  … and {len(report.skipped) - 50} more")
    for line, what in report.changed[:50]:
        print(f"  line {line}: {what}")
    return 0


def merge_lines(result) -> list[str]:
    """What one merged file brought in, as the command line prints it."""
    if result.same_file:
        return [f"{result.source}: this is the database itself; nothing to merge."]
    f = result.summary
    if not result.tally.changed and not f["conflicts"]:
        return [f"{result.source}: nothing new (everything in it was here already)."] + clock_lines(result)
    lines = [f"{result.source}:",
             f"  walk-ins     {f['walk_in_events']:,} new count events ({f['walk_in_visitors']:,} visitors)",
             f"  tours        {f['tours_new']:,} new, {f['tours_updated']:,} updated",
             f"  groups       {f['groups_new']:,} new, {f['groups_updated']:,} updated",
             f"  feedback     {f['feedback_new']:,} new answers, {f['cards_new']:,} new QR cards",
             f"  reference    {f['reference_new']:,} new, {f['reference_updated']:,} updated "
             "(venues, exhibitions, mediators, programmes, partners, vouchers, categories)",
             f"  conflicts    {f['conflicts']:,} new (edited on both laptops: see Settings → Team in the app)"]
    if f["renamed_codes"]:
        lines.append(f"  renamed      {f['renamed_codes']:,} voucher or card code(s) used twice: the newer record "
                     "now carries a suffix (listed under conflicts)")
    if f["duplicates_set_aside"]:
        lines.append(f"  duplicates   {f['duplicates_set_aside']:,} imported answer(s) found on both laptops, "
                     "counted once")
    return lines + clock_lines(result)


def clock_lines(result) -> list[str]:
    from mediator_desk.services.team.clocks import describe

    if getattr(result, "clock_ahead", None):
        return [f"  clock        its newest record is dated {describe(result.clock_ahead)} ahead of this laptop's "
                "clock: one of the two clocks is wrong (walk-ins are filed under each laptop's own time)"]
    skew = getattr(result, "clock_skew", None)
    if skew:
        way = "behind" if skew.total_seconds() > 0 else "ahead of"
        return [f"  clock        this laptop's clock is {describe(skew)} {way} the server's: set the date and "
                "time (walk-ins are filed under the laptop's own time)"]
    return []


def cmd_merge(args: argparse.Namespace) -> int:
    from mediator_desk.services.team.merge import merge_files

    target = _local(args, "merge")
    _refuse_if_open_in_the_app(target)
    results = merge_files(target, args.files, paths.device_id(), other_venue=args.other_venue)
    for result in results:
        print("\n".join(merge_lines(result)))
    return 0


def _one_exhibition(db, name: str | None):
    from mediator_desk.services import choices

    found = choices.load(db)
    if name:
        return _find_exhibition(found, name)
    if not found.exhibitions:
        raise CliError("This database holds no exhibition yet: there is no day to sign.")
    if len(found.exhibitions) > 1:
        titles = "; ".join(e.title for e in found.exhibitions[:5])
        raise CliError(f"--exhibition: this database holds {len(found.exhibitions)} exhibitions ({titles}): "
                       "name the one whose day is signed.")
    return found.exhibitions[0]


FIGURE_NAMES = {"walk_ins": "walk-in visitors", "tours_held": "tours held", "participants": "tour participants",
                "feedback": "feedback answers"}


def signoff_lines(exhibition, seen, state) -> list[str]:
    """A day's review and sign-off state, as the command line prints it."""
    from mediator_desk.services.timeutil import local

    t = seen.totals
    lines = [f"{seen.day.isoformat()} · {exhibition.title}",
             f"  walk-in visitors  {t.walk_ins:,}"]
    lines += [f"    {name}: {total:,}" for name, total in seen.by_category]
    if seen.by_hour:
        lines.append("  by hour           " + ", ".join(f"{h:02d}:00 {n:,}" for h, n in seen.by_hour))
    lines += [f"  tours             {t.tours_held:,} held of {seen.tours_planned:,} planned, "
              f"{t.participants:,} participants",
              f"  feedback          {t.feedback:,} answers",
              f"  corrections       {seen.corrections:,} typed in by hand, {seen.undone:,} presses undone"]
    for event in state.events:
        when = local(event.at, exhibition.timezone)
        why = f": {event.reason}" if event.reason else ""
        lines.append(f"  {event.action:<17} by {event.signer} on {when:%Y-%m-%d %H:%M}{why}")
    changes = state.changes(t)
    if state.status == "open":
        lines.append("State: not signed.")
    elif state.status == "reopened":
        lines.append("State: reopened, not signed again.")
    elif changes:
        lines.append("State: signed, and changed since: " + "; ".join(
            f"{FIGURE_NAMES[name]} {was:,} → {now:,}" for name, was, now in changes) + ".")
    else:
        lines.append("State: signed" + (" (amended)." if state.amended else "."))
    return lines


def cmd_signoff(args: argparse.Namespace) -> int:
    from mediator_desk.services import closing

    if args.status and args.reopen:
        raise CliError("--reopen: --status only shows the day; leave one of them out.")
    if not args.status:
        _local(args, "signoff")
        if not (args.by or "").strip():
            raise CliError("--by: say who " + ("reopens" if args.reopen else "signs") + " the day (the mediator on "
                           "duty), or add --status to see the day only.")
    db = _open(args, reading=args.status, verify=not args.status)
    try:
        exhibition = _one_exhibition(db, args.exhibition)
        if not args.status:
            if args.reopen:
                closing.reopen(db, exhibition.id, args.day, args.by, args.reason, paths.device_id())
            else:
                closing.sign(db, exhibition.id, args.day, args.by, paths.device_id(), reason=args.reason)
        seen = closing.review(db, exhibition.id, args.day)
        state = closing.day_state(db, exhibition.id, args.day)
    except ValidationErrors as exc:
        first = exc.problems[0]
        option = {"signer": "--by", "reason": "--reason", "day": "--day"}.get(first.field, first.field)
        raise CliError(f"{option}: {first.message}") from None
    finally:
        db.close()
    if args.json:
        print(json.dumps({
            "day": seen.day.isoformat(), "exhibition": exhibition.title, "status": state.status,
            "amended": state.amended, "figures": seen.snapshot(),
            "changed_since_signed": [{"figure": n, "signed": a, "now": b} for n, a, b in state.changes(seen.totals)],
            "events": [{"action": e.action, "at": e.at.isoformat(), "by": e.signer, "reason": e.reason}
                       for e in state.events]}, ensure_ascii=False, indent=2))
        return 0
    print("\n".join(signoff_lines(exhibition, seen, state)))
    return 0


def sync_lines(result) -> list[str]:
    from mediator_desk.services.team.merge import figures

    f = figures(result.pulled)
    pushed = result.pushed
    lines = [f"Synced with {result.server} at {result.at.astimezone():%H:%M}:",
             f"  sent         {result.sent:,} records ({sum(pushed.new.values()):,} new on the server, "
             f"{sum(pushed.updated.values()):,} updated there, {pushed.conflicts:,} conflicts found there)",
             f"  received     {f['walk_in_events']:,} new count events ({f['walk_in_visitors']:,} visitors), "
             f"{f['tours_new']:,} new tours, {f['tours_updated']:,} updated; {f['groups_new']:,} new groups; "
             f"{f['feedback_new']:,} new answers; {f['reference_new']:,} new and "
             f"{f['reference_updated']:,} updated reference records; {f['conflicts']:,} new conflicts",
             f"  waiting      {result.waiting:,} changes not yet on the server"]
    if result.started_afresh:
        lines.append("  note         the server had lost what this laptop sent before (restored from an older "
                     "backup?): everything was sent and taken again")
    return lines + clock_lines(result)


def cmd_sync(args: argparse.Namespace) -> int:
    from mediator_desk.services.team.sync import sync

    _local(args, "sync")
    db = _open(args, create=True)
    try:
        result = sync(db, args.server, paths.device_id(), other_venue=args.other_venue)
    finally:
        db.close()
    print("\n".join(sync_lines(result)))
    return 0


HANDLERS = {"report": cmd_report, "export": cmd_export, "demo": cmd_demo, "summary": cmd_summary,
            "backup": cmd_backup, "restore": cmd_restore, "cards": cmd_cards, "import-feedback": cmd_import_feedback,
            "merge": cmd_merge, "sync": cmd_sync, "signoff": cmd_signoff}


def run_command(args: argparse.Namespace) -> int:
    handler = HANDLERS[args.command]
    files.clean_stale_parts()
    try:
        return handler(args)
    except MediatorDeskError as exc:
        print(f"mediator-desk {args.command}: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, CliError) else 1
    except OSError as exc:
        print(f"mediator-desk {args.command}: {files.storage_error(exc, str(exc.filename or ''))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"mediator-desk {args.command}: stopped.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the command line never shows a traceback; the log has it
        log.exception("mediator-desk %s failed", args.command)
        from mediator_desk.logging_setup import log_file

        print(f"mediator-desk {args.command}: unexpected error ({type(exc).__name__}: {exc}). "
              f"The details are in {log_file()}.", file=sys.stderr)
        return 1


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
