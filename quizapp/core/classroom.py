"""The teacher's side of a class, hand-in: collecting the results files students hand back.

Collecting (``import_results``) reads each file (``handin.read_results_file``), scores every
response again with the bank's key — the points in a file are only what the student's
program said — and stores the attempt in its own transaction. A file whose content hash is
already known adds nothing; a file taken on another version of the quiz is imported and
flagged; a damaged file is reported by name and skipped.

Grading (regrade, the class's data and its statistics) is ``core/grading.py``; its names
are imported here too, so ``classroom.load_class`` and the like keep working.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from quizapp.core.bank import Bank
from quizapp.core.grading import (  # noqa: F401  (re-exported: grading's names)
    GROUP_SHARE,
    MIN_STUDENTS,
    POLICIES,
    ClassData,
    HeatMap,
    HotRun,
    KeySpanInfo,
    LazyResponses,
    PointsChange,
    Policy,
    PrePost,
    QuestionInfo,
    QuestionStats,
    RegradeReport,
    SkillAverage,
    SkillGain,
    SpanStat,
    StudentGain,
    StudentResult,
    StudentScores,
    choose_attempts,
    class_average,
    counted,
    facility,
    findings,
    fraction,
    group_size,
    heat_map,
    heat_maps,
    load_class,
    mean,
    normalised_gain,
    ordered_skills,
    point_biserial,
    pre_post,
    question_stats,
    regrade,
    rest_score,
    skill_averages,
    span_found_counts,
    student_scores,
    upper_lower_index,
)
from quizapp.core.handin import (
    ResultsFile,
    ResultsFileError,
    content_hash,
    read_results_file,
)
from quizapp.core.model import Question
from quizapp.core.scoring import ResponseError, score
from quizapp.core.text import Catalogue, joined

MESSAGES = Catalogue("classroom")  # quizapp/core/messages/classroom.toml

ProgressCallback = Callable[[int, int, str], None]
"""Called as ``progress(done, total, current_path)``; ``done == total`` at the end."""


# =========================================================================== collecting


Status = Literal["imported", "duplicate", "damaged", "refused"]


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one results file."""

    path: str
    status: Status
    message: str = ""
    student: str | None = None
    set_id: str | None = None
    attempt_id: int | None = None
    other_version: bool = False  # taken on another version of the quiz
    points_changed: bool = False  # the file's points differ from the bank's scoring


class _OfStatus:
    """An ``ImportReport``'s outcomes of one status, in the order the files came."""

    def __init__(self, status: Status) -> None:
        self.status = status

    def __get__(self, report: ImportReport, owner: type[ImportReport]) -> list[FileOutcome]:
        return [outcome for outcome in report.outcomes if outcome.status == self.status]


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    imported = _OfStatus("imported")
    duplicates = _OfStatus("duplicate")
    damaged = _OfStatus("damaged")
    # Files the class list's codes refuse (forged, replayed, edited, wrong quiz).
    refused = _OfStatus("refused")

    @property
    def flagged(self) -> list[FileOutcome]:
        return [o for o in self.imported if o.other_version or o.points_changed]

    @property
    def set_ids(self) -> list[str]:
        return list(dict.fromkeys(o.set_id for o in self.imported if o.set_id))

    def summary(self) -> str:
        """One sentence for a status line."""
        if not self.outcomes:
            return MESSAGES.NO_RESULTS_FILES()
        imported = len(self.imported)
        parts = [(MESSAGES.IMPORTED_ONE if imported == 1 else MESSAGES.IMPORTED)(count=imported)]
        if self.duplicates:
            parts.append(MESSAGES.ALREADY_IMPORTED_COUNT(count=len(self.duplicates)))
        if self.damaged:
            count = len(self.damaged)
            parts.append((MESSAGES.SKIPPED_ONE if count == 1 else MESSAGES.SKIPPED)(count=count))
        if self.refused:
            count = len(self.refused)
            parts.append((MESSAGES.REFUSED_ONE if count == 1 else MESSAGES.REFUSED)(count=count))
        flagged = [o for o in self.imported if o.other_version]
        if flagged:
            parts.append(MESSAGES.OTHER_VERSION_COUNT(count=len(flagged)))
        return MESSAGES.SENTENCE(text=joined(parts, ", "))

    def lines(self) -> list[str]:
        """One line per file that needs the teacher's attention."""
        lines: list[str] = []
        for outcome in self.outcomes:
            if outcome.status == "damaged":
                lines.append(MESSAGES.SKIPPED_LINE(message=outcome.message))
            elif outcome.status == "refused":
                lines.append(MESSAGES.REFUSED_LINE(message=outcome.message))
            elif outcome.status == "imported" and (outcome.other_version or outcome.points_changed):
                lines.append(MESSAGES.FLAGGED_LINE(path=outcome.path, message=outcome.message))
        return lines


def results_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Files named, and ``*.json`` files inside folders named (recursively, sorted);
    names that do not exist come back as damaged outcomes."""
    found: list[Path] = []
    missing: list[FileOutcome] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p for p in path.rglob("*.json") if p.is_file() and not p.name.startswith(".")
                )
            )
        elif path.is_file():
            found.append(path)
        else:
            missing.append(
                FileOutcome(str(path), "damaged", MESSAGES.DOES_NOT_EXIST(path=str(path)))
            )
    return list(dict.fromkeys(found)), missing


class _Collector:
    """Stores parsed results files in a bank, one transaction each; caches per set."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self._questions: dict[str, dict[str, Question]] = {}
        self._hashed: set[str] = set()
        self._rosters: dict[str, dict[str, dict[str, Any]]] = {}

    def roster(self, set_id: str) -> dict[str, dict[str, Any]]:
        if set_id not in self._rosters:
            self._rosters[set_id] = {entry["code"]: entry for entry in self.bank.roster(set_id)}
        return self._rosters[set_id]

    def refusal(self, parsed: ResultsFile) -> str | None:
        """Why the class list refuses the file, or None (see docs/security.md)."""
        from quizapp.core.roster import display, same_name

        roster = self.roster(parsed.set_id)
        if parsed.code is None:
            if not roster:
                return None
            return MESSAGES.NO_CODE(id=parsed.set_id)
        shown = display(parsed.code)
        entry = roster.get(parsed.code)
        if entry is None:
            elsewhere = [e["set_id"] for e in self.bank.roster_entry(parsed.code)]
            if elsewhere:
                return MESSAGES.OTHER_QUIZ(code=shown, given_for=elsewhere[0], id=parsed.set_id)
            return MESSAGES.UNKNOWN_CODE(code=shown)
        if not parsed.mac_matches():
            return MESSAGES.EDITED()
        if not same_name(entry["name"], parsed.profile_name):
            return MESSAGES.OTHER_NAME(code=shown, name=entry["name"], in_file=parsed.profile_name)
        use = self.bank.roster_use(parsed.set_id, parsed.code)
        if use is not None:
            source = use["source"] or MESSAGES.ANOTHER_FILE()
            return MESSAGES.CODE_USED(
                code=shown, source=source, at=use["at"][:16].replace("T", " ")
            )
        return None

    def questions(self, set_id: str) -> dict[str, Question]:
        if set_id not in self._questions:
            self._questions[set_id] = {q.id: q for q in self.bank.questions(set_id)}
        return self._questions[set_id]

    def _before_storing(self, parsed: ResultsFile, digest: str) -> FileOutcome | None:
        """Why the file adds nothing (its quiz is missing, it is a duplicate, it is refused)."""
        path = parsed.path
        bank = self.bank
        if not bank.has_set(parsed.set_id):
            return _about(parsed, "damaged", MESSAGES.QUIZ_NOT_IN_BANK(path=path, id=parsed.set_id))
        if parsed.set_id not in self._hashed:
            hash_local_attempts(bank, parsed.set_id)
            self._hashed.add(parsed.set_id)
        if bank.results_hash_exists(digest):
            return _about(parsed, "duplicate", MESSAGES.ALREADY_IMPORTED(path=path))
        refusal = self.refusal(parsed)
        if refusal is not None:
            return _about(parsed, "refused", joined([f"{path}:", refusal]))
        return None

    def _rescored(
        self, parsed: ResultsFile, other_version: bool
    ) -> tuple[list[dict[str, Any]], list[str]] | FileOutcome:
        """The file's responses scored with the bank's key, and the questions whose points
        changed; or why the file is damaged."""
        questions = self.questions(parsed.set_id)
        rows: list[dict[str, Any]] = []
        changed: list[str] = []
        for item in parsed.responses:
            question = questions.get(item.question_id)
            points, max_points, found = item.points, item.max_points, None
            if question is None:
                if not other_version:
                    return _damaged(
                        parsed,
                        MESSAGES.ANSWERS_UNKNOWN(id=item.question_id),
                    )
            else:
                try:
                    result = score(question, item.response)
                except ResponseError as error:
                    if not other_version:
                        return _damaged(
                            parsed, MESSAGES.DOES_NOT_FIT(id=item.question_id, error=str(error))
                        )
                else:
                    points, max_points, found = (
                        result.points,
                        result.max_points,
                        findings(question, result),
                    )
                    if abs(points - item.points) > 1e-6 or abs(max_points - item.max_points) > 1e-6:
                        changed.append(item.question_id)
            rows.append(
                {
                    "question_id": item.question_id,
                    "position": item.position,
                    "response": item.response,
                    "points": points,
                    "max_points": max_points,
                    "submitted_at": item.submitted_at,
                    "found": found,
                }
            )
        return rows, changed

    def store(self, parsed: ResultsFile) -> FileOutcome:
        path = parsed.path
        bank = self.bank
        digest = parsed.content_hash
        early = self._before_storing(parsed, digest)
        if early is not None:
            return early
        current = bank.set_fingerprint(parsed.set_id) or ""
        other_version = parsed.fingerprint != current
        rescored = self._rescored(parsed, other_version)
        if isinstance(rescored, FileOutcome):
            return rescored
        rows, changed = rescored
        finished_at = parsed.finished_at or max(
            [item.submitted_at for item in parsed.responses if item.submitted_at]
            or [parsed.started_at]
        )
        try:
            attempt_id = bank.store_handed_in(
                profile_name=parsed.profile_name,
                set_id=parsed.set_id,
                fingerprint=parsed.fingerprint,
                question_ids=list(parsed.question_ids),
                started_at=parsed.started_at,
                finished_at=finished_at,
                responses=rows,
                content_hash=digest,
                source_name=Path(path).name,
                program_version=parsed.program_version,
                other_version=other_version,
                points_changed=bool(changed),
                findings_fingerprint=current,
                roster_code=parsed.code if self.roster(parsed.set_id) else None,
            )
        except (ValueError, sqlite3.Error) as error:
            return _damaged(parsed, MESSAGES.NOT_STORED(error=str(error)))
        if attempt_id is None:
            return _about(parsed, "duplicate", MESSAGES.ALREADY_IMPORTED(path=path))
        return _imported(parsed, attempt_id, other_version, changed)


def _imported(
    parsed: ResultsFile, attempt_id: int, other_version: bool, changed: list[str]
) -> FileOutcome:
    """The outcome of a file stored, with what the teacher should know about it."""
    notes: list[str] = []
    if other_version:
        notes.append(MESSAGES.TAKEN_ON_OTHER_VERSION())
    if changed:
        questions = ", ".join(changed[:5]) + (" …" if len(changed) > 5 else "")
        notes.append(MESSAGES.POINTS_DIFFER(questions=questions))
    return FileOutcome(
        parsed.path,
        "imported",
        joined(notes, "; "),
        parsed.profile_name,
        parsed.set_id,
        attempt_id,
        other_version,
        bool(changed),
    )


def _about(parsed: ResultsFile, status: Status, message: str) -> FileOutcome:
    """What became of ``parsed``'s file, with who took it and on which quiz."""
    return FileOutcome(
        parsed.path, status, message, student=parsed.profile_name, set_id=parsed.set_id
    )


def _damaged(parsed: ResultsFile, message: str) -> FileOutcome:
    return _about(parsed, "damaged", joined([f"{parsed.path}:", message]))


def hash_local_attempts(bank: Bank, set_id: str) -> int:
    """Record the content hash of the set's finished attempts taken on this machine, so
    that the results file a student saved from one of them adds nothing. Returns how many."""
    rows = bank.attempts_without_origin(set_id)
    for row in rows:
        responses = {stored.question_id: stored.response for stored in bank.responses(row["id"])}
        bank.record_local_origin(
            row["id"],
            content_hash(
                row["profile_name"],
                set_id,
                row["started_at"],
                responses,
                bank.attempt_code(row["id"]),
            ),
        )
    return len(rows)


def import_results(
    bank: Bank, paths: Iterable[str | Path], progress: ProgressCallback | None = None
) -> ImportReport:
    """Import results files and folders of them; each file in its own transaction."""
    files, missing = results_paths(paths)
    report = ImportReport(list(missing))
    collector = _Collector(bank)
    total = len(files)
    for done, path in enumerate(files):
        if progress is not None:
            progress(done, total, str(path))
        report.outcomes.append(store_parsed(collector, read_or_outcome(path)))
    if progress is not None:
        progress(total, total, "")
    return report


def read_or_outcome(path: str | Path) -> ResultsFile | FileOutcome:
    """A file parsed, or its damaged outcome (safe to call off the UI thread)."""
    try:
        return read_results_file(path)
    except ResultsFileError as error:
        return FileOutcome(str(path), "damaged", str(error))


def collector(bank: Bank) -> _Collector:
    """A collector for storing many parsed files one by one (the dashboard's import)."""
    return _Collector(bank)


def store_parsed(collecting: _Collector, parsed: ResultsFile | FileOutcome) -> FileOutcome:
    return parsed if isinstance(parsed, FileOutcome) else collecting.store(parsed)
