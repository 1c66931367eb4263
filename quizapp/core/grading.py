"""Grading a class: regrading stored answers with today's key, the class's data as read
from the bank, and the class statistics (the hand-in side is ``core/classroom.py``).

The statistics are pure functions over plain data (``ClassData`` and lists of numbers), so
each can be checked by hand; ``load_class`` is the one place that reads them from a bank.
Definitions (also in ``docs/classroom.md``):

- One attempt per student: the **latest** finished attempt (policy ``"latest"``, the
  default: what the student can do now), or the **best** (``"best"``).
- A question's **fraction** for a student: points / max points; a question the student was
  asked but did not answer counts 0; a question not asked (quizzes that draw N per skill)
  is left out of every mean.
- A student's **total**: the mean of their question fractions (every question weighs the
  same, as on the student's results screen); a **skill** score: the mean over the questions
  that practise the skill. Class averages are means over the students who have a value.
- **Facility**: the mean fraction of the students who were asked the question (0 hard … 1
  easy).
- **Discrimination**, two ways, both against the **rest score** (the student's mean over
  the *other* questions, so a question is not correlated with itself):
  the **point-biserial** (Pearson correlation of question fraction and rest score) and the
  **upper–lower index** (mean fraction of the top 27% by rest score minus that of the
  bottom 27%; ties at a group's edge join the group). Both are None ("—") with fewer than
  ``MIN_STUDENTS`` students, when every student has the same fraction or the same rest
  score, or when the groups cannot be told apart.
- **Heat map**: per word of an excerpt (``scoring.words``), the share of the students who
  answered the question whose marks touch that word.
- **Gain** (pre/post): post − pre per student matched by name, and the **normalised
  gain** (the normalised change of Marx & Cummings): a gain divided by what there was left
  to gain, (post − pre) / (1 − pre), a loss by what there was to lose, (post − pre) / pre;
  so it stays within −1 … 1. None when both scores are 0% or both 100%.
"""

from __future__ import annotations

import bisect
import json
import math
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from quizapp.core.bank import Bank
from quizapp.core.model import BUILTIN_LABELS, Passage, Question, find_by_id
from quizapp.core.scoring import ResponseError, Score, score, words
from quizapp.core.text import Catalogue, Phrase, Text

Policy = Literal["latest", "best"]
POLICIES: tuple[str, ...] = ("latest", "best")
MIN_STUDENTS = 3  # below this, discrimination is not computed
GROUP_SHARE = 0.27  # Kelley's upper and lower groups
_EPSILON = 1e-9


def counted(number: int, noun: str) -> str:
    """ "1 file", "3 files": a count and its noun, for the reports' sentences."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def findings(question: Question, result: Score) -> list[int] | None:
    """1/0 per key span (reading order) for found / missed; classify: labelled right.
    None for a question without key spans to find (choice)."""
    if question.type == "classify":
        return [int(item.correct) for item in result.labels]
    if question.type not in ("highlight", "compare"):
        return None
    status = {
        (item.excerpt_index, item.start, item.end): item.status
        for item in result.spans
        if item.status != "stray"
    }
    return [
        int(status.get((index, span.start, span.end)) == "found")
        for index, span in question.key_spans()
    ]


# =========================================================================== regrading


@dataclass(frozen=True)
class PointsChange:
    attempt_id: int
    student: str
    question_id: str
    old_points: float
    old_max: float
    new_points: float
    new_max: float

    def __str__(self) -> str:
        return (
            f"{self.student} · {self.question_id}: {self.old_points:g}/{self.old_max:g}"
            f" → {self.new_points:g}/{self.new_max:g}"
        )


@dataclass
class RegradeReport:
    set_id: str
    attempts: int = 0
    responses: int = 0
    changes: list[PointsChange] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def changed_attempts(self) -> int:
        return len({change.attempt_id for change in self.changes})

    def summary(self) -> str:
        phrase = MESSAGES.WOULD_CHANGE if self.dry_run else MESSAGES.CHANGED
        return phrase(
            set_id=self.set_id,
            attempts=_count(self.attempts, MESSAGES.ATTEMPT, MESSAGES.ATTEMPTS),
            answers=_count(self.responses, MESSAGES.ANSWER, MESSAGES.ANSWERS),
            changes=_count(len(self.changes), MESSAGES.ANSWER, MESSAGES.ANSWERS),
            changed_attempts=_count(self.changed_attempts, MESSAGES.ATTEMPT, MESSAGES.ATTEMPTS),
        )


MESSAGES = Catalogue("grading")  # quizapp/core/messages/grading.toml


def _count(number: int, one: Phrase, many: Phrase) -> Text:
    return (one if number == 1 else many)(count=number)


def regrade(bank: Bank, set_id: str, dry_run: bool = False) -> RegradeReport:
    """Score every stored answer to the set again with the current key and scoring.

    Updates the points (unless ``dry_run``) in one transaction and reports each change
    as old → new. An answer whose question left the set, or that no longer fits it, keeps
    its points and is listed under ``problems``."""
    if not bank.has_set(set_id):
        raise KeyError(set_id)
    fingerprint = bank.set_fingerprint(set_id) or ""
    questions = {q.id: q for q in bank.questions(set_id)}
    attempts = bank.class_attempts(set_id, finished_only=False)
    names = {row["id"]: row["profile_name"] for row in attempts}
    report = RegradeReport(set_id, attempts=len(attempts), dry_run=dry_run)
    updates: list[tuple[int, str, float, float]] = []
    cache: list[tuple[int, str, str, list[int] | None]] = []
    for row in bank.class_responses(list(names)):
        report.responses += 1
        attempt_id, question_id = row["attempt_id"], row["question_id"]
        question = questions.get(question_id)
        if question is None:
            report.problems.append(
                MESSAGES.QUESTION_GONE(student=names[attempt_id], question=question_id)
            )
            continue
        try:
            result = score(question, row["response"])
        except ResponseError as error:
            report.problems.append(
                MESSAGES.NO_LONGER_FITS(
                    student=names[attempt_id], question=question_id, error=str(error)
                )
            )
            continue
        cache.append((attempt_id, question_id, fingerprint, findings(question, result)))
        old = (float(row["points"] or 0.0), float(row["max_points"] or 0.0))
        new = (result.points, result.max_points)
        if abs(old[0] - new[0]) > 1e-6 or abs(old[1] - new[1]) > 1e-6:
            updates.append((attempt_id, question_id, *new))
            report.changes.append(
                PointsChange(attempt_id, names[attempt_id], question_id, *old, *new)
            )
    if not dry_run:
        bank.apply_regrade(
            set_id, fingerprint, updates, cache, report.attempts, report.changed_attempts
        )
    return report


# =========================================================================== class data


@dataclass(frozen=True)
class KeySpanInfo(Passage):
    """A key span of a question, as the class statistics see it."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class QuestionInfo:
    """What the statistics need to know about a question."""

    id: str
    number: int  # 1-based position in the quiz
    type: str
    prompt: str
    skills: tuple[str, ...]
    key: tuple[KeySpanInfo, ...] = ()

    @classmethod
    def of(cls, question: Question, number: int) -> QuestionInfo:
        key: tuple[KeySpanInfo, ...] = ()
        if question.type in ("highlight", "compare", "classify"):
            key = tuple(
                KeySpanInfo(
                    index,
                    span.start,
                    span.end,
                    question.excerpts[index].span_text(span),
                    span.labels,
                )
                for index, span in question.key_spans()
            )
        return cls(question.id, number, question.type, question.prompt, question.skills, key)


class LazyResponses(Mapping[str, Mapping[str, Any]]):
    """Question id → response, parsed from its JSON text on first use."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._parsed: dict[str, Mapping[str, Any]] = {}

    def __getitem__(self, question_id: str) -> Mapping[str, Any]:
        if question_id not in self._parsed:
            self._parsed[question_id] = json.loads(self._texts[question_id])
        return self._parsed[question_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._texts


@dataclass(frozen=True)
class StudentResult:
    """One student's chosen attempt, as numbers."""

    name: str
    attempt_id: int
    finished_at: str
    fractions: Mapping[str, float]  # asked questions: points / max (unanswered: 0)
    points: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # answered
    responses: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    found: Mapping[str, Sequence[int] | None] = field(default_factory=dict)
    other_version: bool = False
    origin: str = "local"  # "local" | "file"
    source_name: str | None = None

    @property
    def total(self) -> float | None:
        return mean(list(self.fractions.values()))

    def skill_fraction(self, skill: str, questions: Sequence[QuestionInfo]) -> float | None:
        return mean(
            [
                self.fractions[q.id]
                for q in questions
                if skill in q.skills and q.id in self.fractions
            ]
        )


@dataclass(frozen=True)
class ClassData:
    set_id: str
    title: str
    questions: tuple[QuestionInfo, ...]
    students: tuple[StudentResult, ...]
    policy: str = "latest"
    full_questions: tuple[Question, ...] = field(default=(), compare=False, repr=False)

    def question(self, question_id: str) -> Question:
        return find_by_id(self.full_questions, question_id)

    @property
    def skills(self) -> list[str]:
        return ordered_skills(skill for q in self.questions for skill in q.skills)


def ordered_skills(skills: Iterable[str]) -> list[str]:
    """Built-in labels first in their usual order, then the rest alphabetically."""
    present = set(skills)
    return [s for s in BUILTIN_LABELS if s in present] + sorted(present - set(BUILTIN_LABELS))


def fraction(points: float, max_points: float) -> float:
    return points / max_points if max_points else 0.0


def choose_attempts(attempts: Sequence[Mapping[str, Any]], policy: str) -> list[Mapping[str, Any]]:
    """One attempt per profile: the latest finished (ties: the later id), or the best
    total (``"best"``; ties: the latest). Each attempt needs ``id``, ``profile_id``,
    ``finished_at`` and, for ``"best"``, ``total``."""
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}; use one of {', '.join(POLICIES)}")
    chosen: dict[int, Mapping[str, Any]] = {}
    for attempt in attempts:
        key = attempt["profile_id"]
        current = chosen.get(key)
        if current is None:
            chosen[key] = attempt
            continue
        newer = (attempt["finished_at"] or "", attempt["id"]) > (
            current["finished_at"] or "",
            current["id"],
        )
        if policy == "best":
            a, c = attempt.get("total") or 0.0, current.get("total") or 0.0
            better = a > c + _EPSILON or (abs(a - c) <= _EPSILON and newer)
        else:
            better = newer
        if better:
            chosen[key] = attempt
    return sorted(chosen.values(), key=lambda a: (str(a["name"]).casefold(), a["id"]))


def load_class(bank: Bank, set_id: str, policy: str = "latest") -> ClassData:
    """The class's results for a set, one attempt per student (see ``choose_attempts``).

    Findings (which key spans each answer found) are read from the bank's cache; answers
    not cached for the current version of the set are scored once and cached."""
    if not bank.has_set(set_id):
        raise KeyError(set_id)
    summary = next((s for s in bank.set_summaries() if s.id == set_id), None)
    title = summary.title if summary else set_id
    fingerprint = bank.set_fingerprint(set_id) or ""
    full = tuple(bank.questions(set_id))
    by_id = {q.id: q for q in full}
    infos = tuple(QuestionInfo.of(q, n) for n, q in enumerate(full, 1))
    attempts = bank.class_attempts(set_id)
    # Responses stay JSON text until asked for (heat maps, reports): most views need
    # only the points and the cached findings.
    responses = bank.class_responses([row["id"] for row in attempts], parse_responses=False)
    per_attempt: dict[int, list[dict[str, Any]]] = {}
    for row in responses:
        per_attempt.setdefault(row["attempt_id"], []).append(row)

    stale: list[tuple[int, str, str, list[int] | None]] = []
    candidates: list[dict[str, Any]] = []
    for row in attempts:
        asked = [qid for qid in (row["question_ids"] or []) if qid in by_id]
        answered = {r["question_id"]: r for r in per_attempt.get(row["id"], [])}
        if not row["question_ids"]:
            asked = [qid for qid in answered if qid in by_id]
        fractions: dict[str, float] = {}
        points: dict[str, tuple[float, float]] = {}
        found: dict[str, Sequence[int] | None] = {}
        for qid in asked:
            item = answered.get(qid)
            if item is None:
                fractions[qid] = 0.0
                continue
            p, m = float(item["points"] or 0.0), float(item["max_points"] or 0.0)
            fractions[qid] = fraction(p, m)
            points[qid] = (p, m)
            if item["findings_fingerprint"] == fingerprint:
                found[qid] = item["found"]
            else:
                try:
                    flags = findings(by_id[qid], score(by_id[qid], json.loads(item["response"])))
                except (ResponseError, ValueError):
                    flags = None
                found[qid] = flags
                stale.append((row["id"], qid, fingerprint, flags))
        candidates.append(
            {
                "id": row["id"],
                "profile_id": row["profile_id"],
                "name": row["profile_name"],
                "finished_at": row["finished_at"],
                "total": mean(list(fractions.values())),
                "student": StudentResult(
                    name=row["profile_name"],
                    attempt_id=row["id"],
                    finished_at=row["finished_at"] or "",
                    fractions=fractions,
                    points=points,
                    responses=LazyResponses({qid: answered[qid]["response"] for qid in points}),
                    found=found,
                    other_version=bool(row["other_version"]),
                    origin=row["origin"] or "local",
                    source_name=row["source_name"],
                ),
            }
        )
    if stale:
        try:
            bank.save_findings(stale)
        except sqlite3.Error:
            pass  # only a cache: a read-only or busy bank still shows the class
    students = tuple(a["student"] for a in choose_attempts(candidates, policy))
    return ClassData(set_id, title, infos, students, policy, full)


# =========================================================================== statistics


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def facility(values: Sequence[float]) -> float | None:
    """The mean fraction (0 nobody got it … 1 everybody did); None without students."""
    return mean(values)


def point_biserial(item: Sequence[float], rest: Sequence[float]) -> float | None:
    """Pearson correlation of the question's fractions with the rest scores.

    None with fewer than ``MIN_STUDENTS`` pairs or when either side does not vary."""
    n = len(item)
    if n != len(rest):
        raise ValueError("item and rest need one value per student")
    if n < MIN_STUDENTS:
        return None
    mean_item, mean_rest = sum(item) / n, sum(rest) / n
    dx = [x - mean_item for x in item]
    dy = [y - mean_rest for y in rest]
    sxx = sum(d * d for d in dx)
    syy = sum(d * d for d in dy)
    if sxx <= _EPSILON or syy <= _EPSILON:
        return None
    value = sum(a * b for a, b in zip(dx, dy, strict=True)) / math.sqrt(sxx * syy)
    return max(-1.0, min(1.0, value))


def group_size(n: int, share: float = GROUP_SHARE) -> int:
    """Students in each of the upper and lower groups: 27% of the class, at least one."""
    return max(1, round(share * n))


def upper_lower_index(
    item: Sequence[float], rest: Sequence[float], share: float = GROUP_SHARE
) -> float | None:
    """Mean fraction of the upper group minus that of the lower group (−1 … 1).

    Groups: the ``group_size(n)`` students with the highest and the lowest rest scores;
    a student tied with the last one taken joins the group too. None with fewer than
    ``MIN_STUDENTS`` students, when every student has the same fraction (all right or all
    wrong: nothing to discriminate), or when the two groups share a student (too many
    ties)."""
    n = len(item)
    if n != len(rest):
        raise ValueError("item and rest need one value per student")
    if n < MIN_STUDENTS or max(item) - min(item) <= _EPSILON:
        return None
    g = group_size(n, share)
    ordered = sorted(rest)
    low_edge = ordered[g - 1]
    high_edge = ordered[n - g]
    upper = [i for i in range(n) if rest[i] >= high_edge - _EPSILON]
    lower = [i for i in range(n) if rest[i] <= low_edge + _EPSILON]
    if set(upper) & set(lower):
        return None
    return sum(item[i] for i in upper) / len(upper) - sum(item[i] for i in lower) / len(lower)


def rest_score(fractions: Mapping[str, float], question_id: str) -> float | None:
    """The student's mean fraction over the questions other than ``question_id``."""
    return mean([value for qid, value in fractions.items() if qid != question_id])


@dataclass(frozen=True)
class SpanStat:
    span: KeySpanInfo
    found: int  # students who found it
    of: int  # students who answered

    @property
    def share(self) -> float | None:
        return self.found / self.of if self.of else None


@dataclass(frozen=True)
class QuestionStats:
    question: QuestionInfo
    students: int  # asked
    facility: float | None
    point_biserial: float | None
    upper_lower: float | None
    spans: tuple[SpanStat, ...] = ()


def span_found_counts(
    key_count: int, found_lists: Iterable[Sequence[int] | None]
) -> tuple[list[int], int]:
    """How many students found each key span, and of how many answers with findings."""
    counts = [0] * key_count
    answers = 0
    for flags in found_lists:
        if flags is None or len(flags) != key_count:
            continue
        answers += 1
        for index, flag in enumerate(flags):
            counts[index] += int(bool(flag))
    return counts, answers


def question_stats(data: ClassData) -> list[QuestionStats]:
    stats: list[QuestionStats] = []
    # Each student's sum and count once; a rest score is then (sum − own) / (count − 1).
    sums = [(sum(s.fractions.values()), len(s.fractions)) for s in data.students]
    for info in data.questions:
        takers = [
            (s, total, count)
            for s, (total, count) in zip(data.students, sums, strict=True)
            if info.id in s.fractions
        ]
        pairs = [
            (s.fractions[info.id], (total - s.fractions[info.id]) / (count - 1))
            for s, total, count in takers
            if count > 1
        ]
        item = [p[0] for p in pairs]
        rest = [p[1] for p in pairs]
        counts, answers = span_found_counts(
            len(info.key), (s.found.get(info.id) for s, _, _ in takers if info.id in s.points)
        )
        stats.append(
            QuestionStats(
                question=info,
                students=len(takers),
                facility=facility([s.fractions[info.id] for s, _, _ in takers]),
                point_biserial=point_biserial(item, rest),
                upper_lower=upper_lower_index(item, rest),
                spans=tuple(
                    SpanStat(span, count, answers)
                    for span, count in zip(info.key, counts, strict=True)
                ),
            )
        )
    return stats


@dataclass(frozen=True)
class SkillAverage:
    skill: str
    mean: float | None
    students: int
    questions: int


def skill_averages(data: ClassData) -> list[SkillAverage]:
    """Per skill: the class mean of the students' skill scores."""
    averages: list[SkillAverage] = []
    for skill in data.skills:
        values = [
            value
            for s in data.students
            if (value := s.skill_fraction(skill, data.questions)) is not None
        ]
        questions = sum(skill in q.skills for q in data.questions)
        averages.append(SkillAverage(skill, mean(values), len(values), questions))
    return averages


def class_average(data: ClassData) -> float | None:
    return mean([t for s in data.students if (t := s.total) is not None])


# --------------------------------------------------------------------------- heat map


@dataclass(frozen=True)
class HeatMap:
    """Per word of one excerpt: how many students marked it, out of ``students``."""

    text: str
    words: tuple[tuple[int, int], ...]
    counts: tuple[int, ...]
    students: int
    key: tuple[KeySpanInfo, ...] = ()  # this excerpt's key spans (offsets in ``text``)
    excerpt_index: int = 0

    def share(self, word_index: int) -> float:
        return self.counts[word_index] / self.students if self.students else 0.0

    def word_at(self, position: int) -> int | None:
        for index, (start, end) in enumerate(self.words):
            if start <= position < end:
                return index
            if start > position:
                break
        return None

    def in_key(self, word_index: int) -> bool:
        start, end = self.words[word_index]
        return any(span.start < end and start < span.end for span in self.key)

    def hot_runs(self, min_share: float = 0.25, outside_key: bool = True) -> list[HotRun]:
        """Runs of neighbouring words each marked by at least ``min_share`` of the class
        (outside the key by default: what the class mistook for the target), hottest first."""
        runs: list[HotRun] = []
        current: list[int] = []

        def close() -> None:
            if current:
                start, end = self.words[current[0]][0], self.words[current[-1]][1]
                peak = max(self.counts[i] for i in current)
                runs.append(HotRun(start, end, self.text[start:end], peak, self.students))
                current.clear()

        for index in range(len(self.words)):
            hot = self.students and self.share(index) >= min_share - _EPSILON
            if hot and not (outside_key and self.in_key(index)):
                current.append(index)
            else:
                close()
        close()
        runs.sort(key=lambda run: (-run.count, run.start))
        return runs


@dataclass(frozen=True)
class HotRun:
    start: int
    end: int
    text: str
    count: int
    students: int


def heat_map(
    text: str,
    marks_per_student: Sequence[Sequence[tuple[int, int]]],
    key: Sequence[KeySpanInfo] = (),
    excerpt_index: int = 0,
) -> HeatMap:
    """Count, per word of ``text``, the students whose marks touch it (by at least one
    character, as scoring snaps marks). Each student counts once per word."""
    spans = words(text)
    starts = [start for start, _ in spans]
    counts = [0] * len(spans)
    for marks in marks_per_student:
        marked: set[int] = set()
        for start, end in marks:
            if end <= start:
                continue
            index = max(0, bisect.bisect_right(starts, start) - 1)
            while index < len(spans) and spans[index][0] < end:
                if spans[index][1] > start:
                    marked.add(index)
                index += 1
        for index in marked:
            counts[index] += 1
    return HeatMap(
        text, tuple(spans), tuple(counts), len(marks_per_student), tuple(key), excerpt_index
    )


def heat_maps(data: ClassData, question_id: str) -> list[HeatMap]:
    """One heat map per excerpt of a marking question (highlight, compare); [] otherwise.
    The students are those who answered the question."""
    question = data.question(question_id)
    if question.type not in ("highlight", "compare"):
        return []
    info = next(q for q in data.questions if q.id == question_id)
    answers = [s.responses[question_id] for s in data.students if question_id in s.responses]
    maps: list[HeatMap] = []
    for index, excerpt in enumerate(question.excerpts):
        limit = len(excerpt.text)
        per_student = []
        for response in answers:
            marks = response.get("marks") or []
            per_student.append(
                [
                    (max(0, m[1]), min(limit, m[2]))
                    for m in marks
                    if isinstance(m, list | tuple) and len(m) == 3 and m[0] == index
                ]
            )
        key = [span for span in info.key if span.excerpt_index == index]
        maps.append(heat_map(excerpt.text, per_student, key, index))
    return maps


# --------------------------------------------------------------------------- pre / post


@dataclass(frozen=True)
class StudentScores:
    name: str
    total: float | None
    skills: Mapping[str, float]


def student_scores(data: ClassData) -> dict[str, StudentScores]:
    """Per student (keyed by name ignoring case): total and per-skill scores."""
    scores: dict[str, StudentScores] = {}
    for student in data.students:
        skills = {
            skill: value
            for skill in data.skills
            if (value := student.skill_fraction(skill, data.questions)) is not None
        }
        scores[student.name.casefold()] = StudentScores(student.name, student.total, skills)
    return scores


def normalised_gain(pre: float | None, post: float | None) -> float | None:
    """The normalised change (Marx & Cummings 2007), −1 … 1: a gain over what there was
    left to gain, (post − pre) / (1 − pre); a loss over what there was to lose,
    (post − pre) / pre; 0 when nothing changed; None when both are 0 or both are 1
    (nothing could be gained or lost), or a score is missing."""
    if pre is None or post is None:
        return None
    if abs(post - pre) <= _EPSILON:
        return None if pre <= _EPSILON or pre >= 1 - _EPSILON else 0.0
    if post > pre:
        return (post - pre) / (1 - pre)
    return (post - pre) / pre


class _Gains:
    """The gain and the normalised gain of a score before (``pre``) and after (``post``)."""

    pre: float | None
    post: float | None

    @property
    def gain(self) -> float | None:
        return None if self.pre is None or self.post is None else self.post - self.pre

    @property
    def normalised(self) -> float | None:
        return normalised_gain(self.pre, self.post)


@dataclass(frozen=True)
class StudentGain(_Gains):
    name: str
    pre: float | None
    post: float | None


@dataclass(frozen=True)
class SkillGain(_Gains):
    skill: str
    pre: float | None  # mean over the matched students with the skill in both
    post: float | None
    students: int


@dataclass(frozen=True)
class PrePost:
    students: tuple[StudentGain, ...]  # matched by name
    skills: tuple[SkillGain, ...]
    only_pre: tuple[str, ...]
    only_post: tuple[str, ...]

    @property
    def mean_gain(self) -> float | None:
        return mean([g for s in self.students if (g := s.gain) is not None])


def pre_post(pre: Mapping[str, StudentScores], post: Mapping[str, StudentScores]) -> PrePost:
    """Gains of the students in both (matched by name, ignoring case)."""
    both = sorted(set(pre) & set(post), key=lambda key: (post[key].name.casefold(), key))
    students = tuple(StudentGain(post[k].name, pre[k].total, post[k].total) for k in both)
    skills: list[SkillGain] = []
    all_skills = ordered_skills(
        [s for k in both for s in pre[k].skills] + [s for k in both for s in post[k].skills]
    )
    for skill in all_skills:
        pairs = [
            (pre[k].skills[skill], post[k].skills[skill])
            for k in both
            if skill in pre[k].skills and skill in post[k].skills
        ]
        skills.append(
            SkillGain(skill, mean([a for a, _ in pairs]), mean([b for _, b in pairs]), len(pairs))
        )
    return PrePost(
        students,
        tuple(skills),
        tuple(sorted((pre[k].name for k in set(pre) - set(post)), key=str.casefold)),
        tuple(sorted((post[k].name for k in set(post) - set(pre)), key=str.casefold)),
    )
