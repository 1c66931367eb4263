"""The command line: ``quizapp`` opens the program; subcommands work without a window.

Exit codes: 0 done, 1 a problem with the input or the bank (explained on stderr or as
``path:line: message`` lines), 2 a mistake in the command itself.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from quizapp import __version__, paths
from quizapp.core.bank import Bank, BankError
from quizapp.core.library import open_bank
from quizapp.core.safety import DamagedBankError

if TYPE_CHECKING:
    from quizapp.core.classroom import ClassData
    from quizapp.core.model import QuestionSet

# The question-file and class-results modules (and YAML) are imported by the commands
# that use them: `quizapp` alone opens the window, and it should not wait for them.

Handler = Callable[[argparse.Namespace], int]
T = TypeVar("T")


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_db_path()


def _open(args: argparse.Namespace) -> Bank:
    return open_bank(_db_path(args), paths.questions_dir())


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _write_out(out: str | Path, write: Callable[[], object], done: str) -> int:
    """Run ``write`` (which writes ``out``) and say ``done``: exit code 0; or say why
    ``out`` cannot be written: 1."""
    try:
        write()
    except OSError as error:
        _err(f"Cannot write {out}: {error.strerror or error}")
        return 1
    _err(done)
    return 0


def _or_say(read: Callable[[], T], error_type: type[Exception]) -> T | None:
    """What ``read()`` returns; None once an ``error_type`` it raised is printed (its
    message names the input at fault)."""
    try:
        return read()
    except error_type as error:
        _err(str(error))
        return None


def cmd_validate(args: argparse.Namespace) -> int:
    from quizapp.core.files import check_paths

    sets, problems = check_paths(args.paths)
    for problem in problems:
        print(problem)
    questions = sum(len(question_set.questions) for question_set in sets)
    if problems:
        _err(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found.")
        return 1
    _err(f"All valid: {len(sets)} set{'s' if len(sets) != 1 else ''}, {questions} questions.")
    from quizapp.core.summary import describe_sets

    for line in describe_sets(sets):
        _err(line)
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from quizapp.core.audit import audit_paths

    findings = audit_paths(args.paths)
    for finding in findings:
        print(finding)
    invalid = any(finding.code == "invalid" for finding in findings)
    count = len(findings)
    if count:
        _err(f"{count} finding{'s' if count != 1 else ''}.")
    else:
        _err("No findings.")
    return 1 if invalid or (args.strict and findings) else 0


def cmd_import(args: argparse.Namespace) -> int:
    from quizapp.core.interchange.lms import check_import_paths

    sets, problems = check_import_paths(args.paths)  # files, QTI packages, folders of both
    if problems:
        for problem in problems:
            print(problem)
        _err("Nothing was imported: fix the problems above and try again.")
        return 1
    with closing(_open(args)) as bank:
        outcome = bank.import_sets(sets)
    for (set_id, what), question_set in zip(outcome, sets, strict=True):
        print(f"{what} {set_id}: {len(question_set.questions)} questions")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from quizapp.core.files import dump_question_set

    set_id = args.quiz or args.set_id
    if not set_id or (args.quiz and args.set_id and args.quiz != args.set_id):
        _err("Name one set to export: quizapp export SET_ID --out FILE, or --quiz QUIZ_ID.")
        return 2
    with closing(_open(args)) as bank:
        if not bank.has_set(set_id):
            known = ", ".join(bank.set_ids()) or "none"
            _err(f"There is no set '{set_id}' in the bank (sets: {known}).")
            return 1
        question_set = bank.question_set(set_id)
        if (args.quiz or args.exam_copy) and question_set.quiz is None:
            _err(f"'{set_id}' is a question set, not a quiz: build a quiz from it first.")
            return 1
        if args.format != "yaml":
            if args.exam_copy:
                _err("An exam copy is a quizapp file: leave out --format (or use --format yaml).")
                return 2
            return _export_other(question_set, args)
        if args.exam_copy or args.quiz:
            from quizapp.core import examcopy

            question_set = examcopy.handout_set(bank, set_id)
        if args.exam_copy:
            try:
                text = examcopy.dump_exam_copy(question_set, bank.set_fingerprint(set_id))
            except examcopy.ExamCopyError as error:
                _err(f"No exam copy: {error}.")
                return 1
            for warning in examcopy.leak_warnings(question_set):
                _err(f"Note: {warning}.")
        else:
            text = dump_question_set(question_set)
            if args.quiz:
                _err(
                    "Note: this quiz file holds the answer key; students who open it in a text"
                    " editor can read it."
                    + (
                        " Its feedback comes at the end: hand out --exam-copy instead."
                        if question_set.quiz and question_set.quiz.feedback == "end"
                        else " Its feedback after each question needs the key."
                    )
                )
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    out = Path(args.out)
    return _write_out(out, lambda: out.write_text(text, encoding="utf-8"), f"Wrote {out}.")


def _export_other(question_set: QuestionSet, args: argparse.Namespace) -> int:
    """QTI, Moodle XML, GIFT or H5P (core/interchange); says which questions were left out."""
    from quizapp.core.interchange.lms import export_set

    result = export_set(question_set, args.format)
    for item in result.left_out:
        _err(str(item))
    if not result.written:
        _err(f"Nothing was written: no question of '{question_set.id}' fits {args.format}.")
        return 1
    if args.out == "-" and len(result.files) > 1:
        _err(f"This set makes {len(result.files)} {args.format} files: name one with --out FILE.")
        return 2
    written: list[Path] = []
    try:
        if args.out == "-":
            sys.stdout.buffer.write(result.data)
        else:
            for path, data in result.paths(args.out):
                path.write_bytes(data)
                written.append(path)
    except OSError as error:
        _err(f"Cannot write {args.out}: {error.strerror or error}")
        return 1
    if len(written) > 1:
        _err("Wrote " + ", ".join(str(path) for path in written) + ".")
    left = f"; {len(result.left_out)} left out (see above)" if result.left_out else ""
    where = "" if args.out == "-" else f"Wrote {args.out}: "
    _err(
        f"{where}{result.written} question{'s' if result.written != 1 else ''}"
        f" as {args.format}{left}."
    )
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from quizapp.core import suggest

    reports = _or_say(lambda: suggest.load_reports(args.paths), suggest.SuggestError)
    if reports is None:
        return 1
    events: list[int] | None = None
    if args.events:
        try:
            events = [int(part) - 1 for part in args.events.split(",")]
        except ValueError:
            events = None
        if events is None or len(events) != len(reports) or min(events) < 0:
            _err(
                f"--events {args.events}: give one event number (1, 2, ...) per file, "
                f"comma-separated, for the {len(reports)} files"
            )
            return 2
    if args.json:
        import json

        data = suggest.suggest_json(reports, events=events)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(suggest.suggest_listing(reports, events=events))
    return 0


# --- backup and restore (core/safety.py) -----------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from quizapp.core import safety

    print(safety.make_backup(_db_path(args), "manual"))
    return 0


def _db_option(args: argparse.Namespace) -> str:
    return f" --db {args.db}" if getattr(args, "db", None) else ""


def cmd_restore(args: argparse.Namespace) -> int:
    from quizapp.core import safety

    bank_path = _db_path(args)
    backups = safety.list_backups(bank_path)
    if args.list or args.backup is None:
        if not backups:
            _err(f"There are no backups of {bank_path} in {safety.backup_dir(bank_path)}.")
            return 0
        for number, info in enumerate(backups, 1):
            print(f"{number:>2}. {info.describe()}  {info.path}")
        if not args.list:
            _err(f"To put one back: quizapp restore NUMBER{_db_option(args)}")
        return 0
    if args.backup.isdigit():
        number = int(args.backup)
        if not 1 <= number <= len(backups):
            _err(f"There is no backup number {number}: see quizapp restore --list.")
            return 2
        chosen, when = backups[number - 1].path, backups[number - 1].describe()
    else:
        chosen, when = Path(args.backup), args.backup
    if not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            _err("Nothing was restored: add --yes to confirm (there is no terminal to ask on).")
            return 1
        answer = input(
            f"Replace {bank_path} with the backup {when}?\n"
            "The current file is kept beside it, renamed. Restore? [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes"):
            _err("Nothing was restored.")
            return 1
    result = safety.restore_backup(bank_path, chosen)
    print(f"Restored {bank_path} from {chosen}.")
    if result.moved_aside is not None:
        print(f"The file it replaced is kept as {result.moved_aside}.")
    return 0


def damage_advice(error: DamagedBankError, args: argparse.Namespace) -> str:
    """The damage message and what the user can do about it."""
    lines = [str(error)]
    if error.moved_to is None:
        lines.append("Close the other quizapp window, then run the command again.")
        return "\n".join(lines)
    if error.backup is not None:
        from quizapp.core import safety

        listed = [info.path for info in safety.list_backups(error.path)]
        number = listed.index(error.backup.path) + 1 if error.backup.path in listed else 1
        lines.append(
            f"To put back the newest good backup ({error.backup.describe()}), run:\n"
            f"    quizapp restore {number}{_db_option(args)}"
        )
        lines.append("To start a new, empty bank instead, run your command again.")
    else:
        lines.append("There is no good backup. To start a new bank, run your command again.")
    return "\n".join(lines)


# --- classroom results (core/handin.py, core/classroom.py, reports/) ------------------


def _known_quiz(bank: Bank, set_id: str) -> bool:
    if bank.has_set(set_id):
        return True
    known = ", ".join(bank.set_ids()) or "none"
    _err(f"There is no quiz '{set_id}' in the bank (sets: {known}).")
    return False


def cmd_results_import(args: argparse.Namespace) -> int:
    from quizapp.core import classroom

    with closing(_open(args)) as bank:
        report = classroom.import_results(bank, args.paths)
    for outcome in report.outcomes:
        if outcome.status == "imported":
            note = f" [{outcome.message}]" if outcome.message else ""
            print(f"imported {outcome.path}: {outcome.student}, {outcome.set_id}{note}")
        elif outcome.status == "duplicate":
            print(f"already imported {outcome.path}")
        elif outcome.status == "refused":
            print(f"refused {outcome.message}")
        else:
            print(f"skipped {outcome.message}")
    _err(report.summary())
    return 1 if report.damaged or report.refused else 0


def cmd_roster_load(args: argparse.Namespace) -> int:
    from quizapp.core import roster

    students = _or_say(lambda: roster.read_class_list(args.csv), roster.RosterError)
    if students is None:
        return 1
    with closing(_open(args)) as bank:
        if not _known_quiz(bank, args.quiz):
            return 1
        loaded = roster.load_roster(bank, args.quiz, students)
    _err(loaded.summary(args.quiz) + f" Print them: quizapp roster codes {args.quiz} --out F.pdf")
    return 0


def cmd_roster_codes(args: argparse.Namespace) -> int:
    from quizapp.core import roster

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".csv"):
        _err(f"Name a .pdf or .csv file to write, not {out.name}.")
        return 2
    with closing(_open(args)) as bank:
        if not _known_quiz(bank, args.quiz):
            return 1
        entries = bank.roster(args.quiz)
        title = bank.question_set(args.quiz).title
        text = roster.codes_csv(bank, args.quiz)
    if not entries:
        _err(
            f"The quiz '{args.quiz}' has no class list: quizapp roster load CSV --quiz {args.quiz}"
        )
        return 1
    if out.suffix.lower() == ".csv":
        return _write_out(
            out,
            lambda: out.write_text(text, encoding="utf-8"),
            f"Wrote {out}: {len(entries)} codes.",
        )
    from quizapp.reports.codes import write_codes_pdf
    from quizapp.reports.pdf import ensure_gui_application

    ensure_gui_application()
    return _write_out(
        out,
        lambda: write_codes_pdf(title, args.quiz, entries, out),
        f"Wrote {out}: {len(entries)} codes.",
    )


def cmd_regrade(args: argparse.Namespace) -> int:
    from quizapp.core import classroom

    with closing(_open(args)) as bank:
        if not _known_quiz(bank, args.quiz):
            return 1
        report = classroom.regrade(bank, args.quiz, dry_run=args.dry_run)
    for change in report.changes:
        print(change)
    for problem in report.problems:
        print(f"kept {problem}")
    _err(report.summary() + (" Nothing was written (--dry-run)." if args.dry_run else ""))
    return 1 if report.problems else 0


def _class(args: argparse.Namespace, quiz: str | None = None) -> ClassData | None:
    from quizapp.core import classroom

    quiz = quiz or args.quiz
    with closing(_open(args)) as bank:
        if not _known_quiz(bank, quiz):
            return None
        data = classroom.load_class(bank, quiz, policy=args.policy)
    if not data.students:
        _err(f"No finished results for '{quiz}' yet: the report has no students.")
    return data


def cmd_results_csv(args: argparse.Namespace) -> int:
    from quizapp.core.gradebook import write_gradebook

    data = _class(args)
    if data is None:
        return 1
    return _write_out(
        args.out,
        lambda: write_gradebook(data, args.out),
        f"Wrote {args.out}: {len(data.students)} students, {len(data.questions)} questions.",
    )


def cmd_results_pdf(args: argparse.Namespace) -> int:
    import os

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = _class(args)
    if data is None:
        return 1
    before = None
    if args.before:
        before = _class(args, args.before)
        if before is None:
            return 1
    from quizapp.reports.pdf import build_class_report, ensure_gui_application, write_pdf

    ensure_gui_application()
    report = build_class_report(data, before=before)
    return _write_out(
        args.out, lambda: write_pdf(report, args.out, students=args.students), f"Wrote {args.out}."
    )


def cmd_results_xapi(args: argparse.Namespace) -> int:
    import dataclasses
    import os

    from quizapp.core.interchange import xapi

    endpoint = args.endpoint or os.environ.get(xapi.ENV_ENDPOINT)
    user = args.user or os.environ.get(xapi.ENV_USER, "")
    password = args.password or os.environ.get(xapi.ENV_PASSWORD, "")
    if endpoint and not (user and password):
        _err(
            "Sending to an LRS needs a user and a password: --user and --password, or"
            f" {xapi.ENV_USER} and {xapi.ENV_PASSWORD}."
        )
        return 2
    options = xapi.XapiOptions(
        anonymise=args.anonymise, salt=args.salt or "", homepage=args.homepage
    )
    with closing(_open(args)) as bank:
        if not _known_quiz(bank, args.quiz):
            return 1
        options = dataclasses.replace(
            options, language=bank.question_set(args.quiz).language or "en"
        )
        statements = xapi.bank_statements(bank, args.quiz, options, policy=args.policy)
    if not statements:
        _err(f"No finished results for '{args.quiz}' yet: there is nothing to write.")
        return 1
    if _write_out(
        args.out,
        lambda: xapi.write_statements(statements, args.out),
        f"Wrote {args.out}: {len(statements)} xAPI statements.",
    ):
        return 1
    if endpoint:
        try:
            sent = xapi.send_statements(statements, endpoint, user, password)
        except xapi.LrsError as error:
            _err(f"Sent {error.sent} of {len(statements)} statements, then: {error}")
            return 1
        _err(f"Sent {sent} statements to {endpoint}.")
    return 0


class _Commands:
    """One level of subcommands: each comes with its handler, and its help as its
    description too unless told otherwise."""

    def __init__(self, parser: argparse.ArgumentParser, dest: str, metavar: str) -> None:
        self.action = parser.add_subparsers(dest=dest, metavar=metavar)

    def add(
        self,
        name: str,
        handler: Handler,
        help_text: str,
        *,
        described: bool = True,
        paths: str | None = None,
        switches: dict[str, str] | None = None,
    ) -> argparse.ArgumentParser:
        """The command ``name``. With ``paths``, it takes one or more of them (that
        metavar), as ``args.paths``; ``switches`` are its on/off options and their help."""
        sub = self.action.add_parser(
            name, help=help_text, description=help_text if described else None
        )
        sub.set_defaults(handler=handler)
        if paths:
            sub.add_argument("paths", nargs="+", metavar=paths)
        for switch, switch_help in (switches or {}).items():
            sub.add_argument(switch, action="store_true", help=switch_help)
        return sub

    def group(self, name: str, help_text: str, dest: str) -> _Commands:
        """A command made of actions (``quizapp results import``), one of which is needed."""
        sub = self.action.add_parser(name, help=help_text, description=help_text)
        group = _Commands(sub, dest, "ACTION")
        group.action.required = True
        return group


def _add_db(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="the bank file")


def _add_quiz_out(sub: argparse.ArgumentParser, out_help: str) -> None:
    """The QUIZ a results command reads and the --out FILE it writes."""
    sub.add_argument("quiz", metavar="QUIZ")
    sub.add_argument("--out", required=True, metavar="FILE", help=out_help)


def _add_policy(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--policy",
        choices=("latest", "best"),
        default="latest",
        help="which attempt counts per student (default: the latest finished)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Learn to read breaking news critically. With no command, opens the program.",
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="the bank file to use (default: your data folder)"
    )
    commands = _Commands(parser, "command", "COMMAND")
    _add_question_file_commands(commands)
    _add_results_commands(
        commands.group(
            "results",
            "Classroom results: import handed-in files, export CSV or PDF.",
            "results_command",
        )
    )
    _add_roster_commands(
        commands.group(
            "roster",
            "Class lists: one code per student per quiz, checked when results come in.",
            "roster_command",
        )
    )
    _add_bank_commands(commands)
    return parser


def _add_question_file_commands(commands: _Commands) -> None:
    """validate, audit, import, export and suggest: question files in and out."""
    commands.add(
        "validate",
        cmd_validate,
        "Check question files; print path:line: message.",
        paths="FILE_OR_DIR",
    )

    commands.add(
        "audit",
        cmd_audit,
        "Lint question sets: keys that disagree with prompts, give-away options, and more.",
        paths="FILE_OR_DIR",
        switches={"--strict": "exit 1 on any finding (for CI)"},
    )

    importer = commands.add(
        "import",
        cmd_import,
        "Load question files or QTI packages (.zip) into the bank (all or nothing).",
        paths="FILE_OR_DIR",
    )
    _add_db(importer)

    exporter = commands.add("export", cmd_export, "Write a set from the bank as a question file.")
    exporter.add_argument("set_id", metavar="SET_ID", nargs="?")
    exporter.add_argument(
        "--quiz", metavar="QUIZ_ID", help="export a quiz (a set with quiz settings) to hand out"
    )
    exporter.add_argument(
        "--out", required=True, metavar="FILE", help="file to write, - for stdout"
    )
    exporter.add_argument(
        "--format",
        choices=("yaml", "qti", "moodle", "gift", "h5p"),
        default="yaml",
        help="yaml: the question file (default); qti: a QTI 3.0 package (zip); moodle: Moodle "
        "XML; gift: GIFT text; h5p: an H5P Mark the Words file (highlight questions)",
    )
    exporter.add_argument(
        "--exam-copy",
        action="store_true",
        help="write the quiz without its key, for students (feedback at the end only)",
    )
    _add_db(exporter)

    suggester = commands.add(
        "suggest",
        cmd_suggest,
        "Propose figures, speculation and unconfirmed attribution.",
        paths="FILE",
        switches={"--json": "print JSON"},
    )
    suggester.add_argument(
        "--events",
        metavar="N,N,...",
        help="the event of each file (1, 2, ...), replacing the automatic grouping by event",
    )


def _add_results_commands(results: _Commands) -> None:
    """quizapp results import | csv | pdf | xapi; each takes --db first."""

    def add_result(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = results.add(name, handler, help_text)
        _add_db(sub)
        return sub

    results_import = add_result(
        "import", cmd_results_import, "Import students' results files (files or folders)."
    )
    results_import.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    gradebook = add_result("csv", cmd_results_csv, "Write the gradebook of a quiz as CSV.")
    _add_quiz_out(gradebook, "file to write")
    _add_policy(gradebook)
    report = add_result("pdf", cmd_results_pdf, "Write the class report of a quiz as PDF.")
    _add_quiz_out(report, "file to write")
    _add_policy(report)
    report.add_argument("--students", action="store_true", help="add one page per student")
    report.add_argument(
        "--before",
        metavar="EARLIER_QUIZ",
        help="compare with an earlier quiz (e.g. before teaching): each student's "
        "and each skill's gain",
    )

    xapi_export = add_result(
        "xapi",
        cmd_results_xapi,
        "Write a quiz's results as xAPI 1.0.3 statements; send them to an LRS if given one.",
    )
    _add_quiz_out(xapi_export, "JSON file to write")
    xapi_export.add_argument(
        "--endpoint",
        metavar="URL",
        help="LRS endpoint (or QUIZAPP_LRS_ENDPOINT); no URL, no network",
    )
    xapi_export.add_argument("--user", metavar="USER", help="LRS user (or QUIZAPP_LRS_USER)")
    xapi_export.add_argument(
        "--password", metavar="PASSWORD", help="LRS password (or QUIZAPP_LRS_PASSWORD)"
    )
    xapi_export.add_argument(
        "--anonymise", action="store_true", help="name students by a salted hash, not by name"
    )
    xapi_export.add_argument("--salt", metavar="TEXT", help="secret mixed into the hashed names")
    xapi_export.add_argument(
        "--homepage",
        metavar="URL",
        default="https://quizapp.example/profiles",
        help="the home page of the students' accounts in the statements",
    )
    _add_policy(xapi_export)


def _add_roster_commands(roster: _Commands) -> None:
    """quizapp roster load | codes."""
    roster_load = roster.add(
        "load",
        cmd_roster_load,
        "Give each student of a CSV class list a code for a quiz.",
        described=False,
    )
    roster_load.add_argument("csv", metavar="CSV", help="a name and an optional id per line")
    roster_load.add_argument("--quiz", required=True, metavar="QUIZ")
    _add_db(roster_load)
    roster_codes = roster.add(
        "codes",
        cmd_roster_codes,
        "Write a quiz's codes: a sheet of slips to print (.pdf) or a .csv.",
        described=False,
    )
    roster_codes.add_argument("quiz", metavar="QUIZ")
    roster_codes.add_argument("--out", required=True, metavar="FILE.pdf|FILE.csv")
    _add_db(roster_codes)


def _add_bank_commands(commands: _Commands) -> None:
    """regrade, backup and restore: what changes or keeps the bank itself."""
    regrader = commands.add(
        "regrade", cmd_regrade, "Score every stored answer to a quiz again with the current key."
    )
    regrader.add_argument("quiz", metavar="QUIZ")
    regrader.add_argument("--dry-run", action="store_true", help="show the changes, write nothing")
    _add_db(regrader)

    backup = commands.add(
        "backup", cmd_backup, "Make a backup of the bank now; print where it went."
    )
    _add_db(backup)
    restore = commands.add(
        "restore", cmd_restore, "List the bank's backups (numbered), or put one back in place."
    )
    restore.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="a number from the list, or a backup file"
    )
    restore.add_argument("--list", action="store_true", help="only list the backups")
    restore.add_argument("--yes", action="store_true", help="restore without asking")
    _add_db(restore)


def open_window(db_path: Path) -> int:
    from quizapp import display

    problem = display.display_problem()  # before Qt, which would abort (exit 134)
    if problem:
        _err(problem)
        return 1
    try:
        import quizapp.ui  # noqa: F401  (before PySide loads: makes its import bookkeeping cheap)
        from quizapp.app import run_gui
    except ImportError as error:
        if ".so" not in str(error):  # not a missing system library: a real bug, show it
            raise
        _err(display.import_problem(error))
        return 1
    return run_gui(db_path)


def main(argv: Sequence[str] | None = None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        # Plain `quizapp`, the way students start it: straight to the window, without
        # building the parser for every subcommand (argparse's translations load locale).
        return open_window(paths.default_db_path())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return open_window(_db_path(args))
    try:
        return int(args.handler(args))
    except DamagedBankError as error:
        _err(damage_advice(error, args))
        return 1
    except BankError as error:
        _err(str(error))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output (e.g. `head`) stopped early: nothing is wrong.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # noqa: BLE001 - the user gets words, never a traceback
        _err(f"quizapp: unexpected error: {type(error).__name__}: {error}")
        return 1
