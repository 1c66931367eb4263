"""Practice mode: an endless stream of questions for one profile, scheduled with FSRS.

The rules are written for readers in ``docs/practice.md``; keep the two in step.

- **Scheduling.** Each question a profile has practised is an FSRS card (the ``fsrs``
  package, the scheduler Anki uses), stored as ``Card.to_dict()`` JSON in the bank. A
  score maps to a rating (``rating_for``): missed → Again, partly right → Hard, right →
  Good, full marks without dwelling → Easy. Again and Hard bring the question back in the
  same sitting (10 and 15 minutes), Good in about two days, Easy in about a week, and the
  intervals grow with every good review.
- **The stream.** Due reviews come first, most overdue first, but never more than
  ``MAX_REVIEWS_IN_A_ROW`` in a row while unseen questions remain, so new material keeps
  coming. With nothing due, a new question; with nothing new left, the card due soonest
  is reviewed early. The question just answered is never asked straight again when
  anything else can be.
- **New questions** lean toward the weakest skill: a skill is chosen with probability
  proportional to ``(1 - mastery) + NEW_SKILL_FLOOR``, so a skill at 30 % is drawn about
  three times as often as one at 90 %, and no skill with unseen questions is ever starved;
  then a random unseen question of that skill. Questions that practise no skill form one
  more group, weighed like a skill never practised (50 %).
- **Mastery** per skill is a Beta posterior over recent answers: each answer adds its
  score fraction to the "right" count and the rest to the "wrong" count, older answers
  weigh less (half-life ``HALF_LIFE_ANSWERS`` answers of that skill), on a uniform
  Beta(1, 1) prior. The value is the posterior mean; ``low``–``high`` is the central
  ``INTERVAL`` credible interval, wide with few answers and narrower with more.
  Answers given in quizzes count as well as practice answers (``Progress.answers``), so
  "My progress", the daily count and the weakest skill include class quizzes.

Everything here is Qt-free, and the clock is passed in (as in ``session.py``) so tests
can move time. Days (daily counts, goal, streak, the chart) are calendar days in the
zone ``tz`` (default: the computer's local zone).
"""

from __future__ import annotations

import json
import math
import random
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Literal

from fsrs import Card, Rating, Scheduler

from quizapp.core.bank import Bank
from quizapp.core.clock import Clock, system_clock
from quizapp.core.model import BUILTIN_LABELS, Question
from quizapp.core.scoring import Score, score, words

ItemKind = Literal["review", "new"]

# --- the rules (docs/practice.md) -------------------------------------------------------

AGAIN_BELOW = 0.5  # a fraction under this is "missed"
HARD_BELOW = 0.8  # ... under this "partly right"; at or above it "right"
QUICK_BASE_SECONDS = 15.0  # full marks within this plus the reading time count as Easy
READING_WORDS_PER_SECOND = 4.0  # about 240 words a minute
LEARNING_STEP = timedelta(minutes=10)  # a missed question comes back in the same sitting
MAX_REVIEWS_IN_A_ROW = 2  # then a new question, while there are any
NEW_SKILL_FLOOR = 0.2  # added to (1 - mastery) when choosing a new question's skill
HALF_LIFE_ANSWERS = 20.0  # an answer weighs half as much after 20 newer ones of its skill
PRIOR_RIGHT = 1.0  # Beta(1, 1): know nothing, guess 50 %
PRIOR_WRONG = 1.0
INTERVAL = 0.8  # mastery's low..high is the central 80 % credible interval
DEFAULT_DAILY_GOAL = 20
MAX_DAILY_GOAL = 500
GOAL_KEY = "practice.daily_goal"

_DECAY = 0.5 ** (1.0 / HALF_LIFE_ANSWERS)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def local_day(moment: datetime | str, tz: tzinfo | None = None) -> date:
    """The calendar day of ``moment`` in ``tz`` (None: the computer's local zone)."""
    if isinstance(moment, str):
        moment = _parse(moment)
    return moment.astimezone(tz).date()


def make_scheduler() -> Scheduler:
    """FSRS with its default parameters and 90 % desired retention; one 10-minute
    (re)learning step; no fuzzing, so the schedule is the same on every machine."""
    return Scheduler(
        learning_steps=(LEARNING_STEP,),
        relearning_steps=(LEARNING_STEP,),
        enable_fuzzing=False,
    )


def quick_limit_seconds(question: Question) -> float:
    """How long full marks may take and still count as Easy: the reading time of the
    question's text at about 240 words a minute, plus 15 seconds."""
    word_count = len(words(question.prompt)) + sum(len(words(e.text)) for e in question.excerpts)
    word_count += sum(len(words(o.text)) for o in (*question.options, *question.reasons))
    return QUICK_BASE_SECONDS + word_count / READING_WORDS_PER_SECOND


def rating_for(fraction: float, seconds: float | None = None, quick_limit: float = 0.0) -> Rating:
    """The FSRS rating of an answer that scored ``fraction`` in ``seconds``.

    Under 0.5: Again. 0.5 to under 0.8: Hard. 0.8 and over: Good, and full marks within
    ``quick_limit`` seconds: Easy. An unknown time never counts as quick.
    """
    if fraction < AGAIN_BELOW:
        return Rating.Again
    if fraction < HARD_BELOW:
        return Rating.Hard
    full = fraction >= 1.0 - 1e-9
    if full and seconds is not None and seconds <= quick_limit:
        return Rating.Easy
    return Rating.Good


# --- mastery ------------------------------------------------------------------------------


def _beta_cf(a: float, b: float, x: float) -> float:
    """Continued fraction of the regularised incomplete beta function (Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        step = d * c
        h *= step
        if abs(step - 1.0) < 1e-12:
            break
    return h


def beta_cdf(x: float, a: float, b: float) -> float:
    """P(X <= x) for X ~ Beta(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_cf(a, b, x) / a
    return 1.0 - front * _beta_cf(b, a, 1.0 - x) / b


def beta_quantile(p: float, a: float, b: float) -> float:
    """The ``p`` quantile of Beta(a, b), by bisection (plenty for a progress chart)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        middle = (low + high) / 2
        if beta_cdf(middle, a, b) < p:
            low = middle
        else:
            high = middle
    return (low + high) / 2


@dataclass(frozen=True)
class Mastery:
    """How well a profile does at one skill: ``value`` (0..1, the posterior mean), the
    credible interval ``low``..``high``, and how many answers it rests on."""

    value: float
    low: float
    high: float
    answers: int

    @property
    def width(self) -> float:
        return self.high - self.low


@dataclass
class _Tally:
    """Exponentially decayed counts of right and wrong for one skill."""

    right: float = 0.0
    wrong: float = 0.0
    answers: int = 0

    def add(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        self.right = self.right * _DECAY + fraction
        self.wrong = self.wrong * _DECAY + (1.0 - fraction)
        self.answers += 1

    def mastery(self) -> Mastery:
        a, b = PRIOR_RIGHT + self.right, PRIOR_WRONG + self.wrong
        tail = (1.0 - INTERVAL) / 2
        return Mastery(
            value=a / (a + b),
            low=beta_quantile(tail, a, b),
            high=beta_quantile(1.0 - tail, a, b),
            answers=self.answers,
        )


PRIOR_MASTERY = _Tally().mastery()
"""What is assumed of a skill never practised: 50 %, and very unsure."""


def skill_order(skills: list[str] | set[str] | Mapping[str, Any]) -> list[str]:
    """The built-in labels in their usual order, then any others alphabetically."""
    present = set(skills)
    return [s for s in BUILTIN_LABELS if s in present] + sorted(present - set(BUILTIN_LABELS))


# --- records --------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Review:
    """One stored practice answer: when and in which sitting, to which question, how well."""

    reviewed_at: datetime
    session_id: int | None
    set_id: str
    question_id: str
    skills: tuple[str, ...]
    fraction: float
    rating: Rating


@dataclass(frozen=True)
class Answer:
    """One answer that counts toward progress: a practice review or a quiz answer."""

    answered_at: datetime
    skills: tuple[str, ...]
    fraction: float
    source: Literal["practice", "quiz"]


@dataclass(frozen=True)
class SessionSummary:
    """One practice sitting, for the history table."""

    id: int
    started_at: datetime
    ended_at: datetime  # when it was closed, or its last answer if it never was
    answers: int
    mean_fraction: float


@dataclass(frozen=True)
class DailyStatus:
    """What the practice strip shows."""

    day: date
    answered_today: int
    goal: int
    streak: int
    weakest_skill: str | None  # None until some skill has been practised
    weakest: Mastery | None
    due_now: int

    @property
    def goal_met(self) -> bool:
        return self.answered_today >= self.goal


# --- progress over time ---------------------------------------------------------------------


def streak_length(answers_by_day: Mapping[date, int], goal: int, today: date) -> int:
    """Consecutive days meeting ``goal`` that end today, or yesterday while today's goal
    is not met yet (the streak is only broken once a whole day passes short of the goal)."""
    goal = max(1, goal)
    day = today if answers_by_day.get(today, 0) >= goal else today - timedelta(days=1)
    length = 0
    while answers_by_day.get(day, 0) >= goal:
        length += 1
        day -= timedelta(days=1)
    return length


class Progress:
    """A profile's practice record read back from the bank: mastery, counts, goal, streak."""

    def __init__(self, bank: Bank, tz: tzinfo | None = None) -> None:
        self.bank = bank
        self.tz = tz

    def reviews(self, profile_id: int) -> list[Review]:
        return [
            Review(
                reviewed_at=_parse(row[0]),
                set_id=row[1],
                question_id=row[2],
                skills=row[3],
                fraction=row[4],
                rating=Rating(row[5]),
                session_id=row[6],
            )
            for row in self.bank.practice_reviews(profile_id)
        ]

    def answers(self, profile_id: int) -> list[Answer]:
        """Every answer of the profile, in practice and in quizzes, oldest first: progress
        counts both (a class quiz is practice of the same skills)."""
        found = [
            Answer(review.reviewed_at, review.skills, review.fraction, "practice")
            for review in self.reviews(profile_id)
        ]
        for submitted_at, _set_id, _question_id, skills, fraction in self.bank.quiz_answers(
            profile_id
        ):
            try:
                moment = _parse(submitted_at)
            except ValueError:  # an imported file's odd time: not placeable on a day
                continue
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            found.append(Answer(moment, skills, fraction, "quiz"))
        found.sort(key=lambda answer: answer.answered_at)  # stable: ties keep their order
        return found

    def mastery(self, profile_id: int, now: datetime) -> dict[str, Mastery]:
        """Per practised skill, the mastery from the answers given up to ``now`` (in
        practice and in quizzes)."""
        tallies: dict[str, _Tally] = {}
        for answer in self.answers(profile_id):
            if answer.answered_at > now:
                break
            for skill in answer.skills:
                tallies.setdefault(skill, _Tally()).add(answer.fraction)
        return {skill: tallies[skill].mastery() for skill in skill_order(tallies)}

    def mastery_by_day(
        self, profile_id: int, now: datetime
    ) -> list[tuple[date, dict[str, Mastery]]]:
        """For each day with answers (up to ``now``), each skill's mastery at the end of
        that day; a skill appears from the day of its first answer on."""
        tallies: dict[str, _Tally] = {}
        days: list[tuple[date, dict[str, Mastery]]] = []
        current: date | None = None

        def close_day() -> None:
            if current is not None:
                days.append(
                    (current, {skill: tallies[skill].mastery() for skill in skill_order(tallies)})
                )

        for answer in self.answers(profile_id):
            if answer.answered_at > now:
                break
            day = local_day(answer.answered_at, self.tz)
            if day != current:
                close_day()
                current = day
            for skill in answer.skills:
                tallies.setdefault(skill, _Tally()).add(answer.fraction)
        close_day()
        return days

    def answers_by_day(self, profile_id: int) -> dict[date, int]:
        counts: dict[date, int] = {}
        for answer in self.answers(profile_id):
            day = local_day(answer.answered_at, self.tz)
            counts[day] = counts.get(day, 0) + 1
        return counts

    def daily_goal(self, profile_id: int) -> int:
        stored = self.bank.profile_setting(profile_id, GOAL_KEY)
        try:
            return max(1, min(MAX_DAILY_GOAL, int(stored))) if stored else DEFAULT_DAILY_GOAL
        except ValueError:
            return DEFAULT_DAILY_GOAL

    def set_daily_goal(self, profile_id: int, goal: int) -> int:
        """Store the goal (clamped to 1..500); return what was stored."""
        goal = max(1, min(MAX_DAILY_GOAL, int(goal)))
        self.bank.set_profile_setting(profile_id, GOAL_KEY, str(goal))
        return goal

    def streak(self, profile_id: int, today: date) -> int:
        return streak_length(self.answers_by_day(profile_id), self.daily_goal(profile_id), today)

    def sessions(self, profile_id: int) -> list[SessionSummary]:
        """Every sitting with at least one answer, newest first."""
        return [
            SessionSummary(
                id=row[0],
                started_at=_parse(row[1]),
                ended_at=_parse(row[2] or row[5]),
                answers=row[3],
                mean_fraction=row[4],
            )
            for row in self.bank.practice_session_history(profile_id)
        ]

    def status(self, profile_id: int, now: datetime) -> DailyStatus:
        today = local_day(now, self.tz)
        counts = self.answers_by_day(profile_id)
        goal = self.daily_goal(profile_id)
        skills = self.mastery(profile_id, now)
        weakest = min(skills, key=lambda skill: skills[skill].value) if skills else None
        return DailyStatus(
            day=today,
            answered_today=counts.get(today, 0),
            goal=goal,
            streak=streak_length(counts, goal, today),
            weakest_skill=weakest,
            weakest=skills[weakest] if weakest else None,
            due_now=self.bank.practice_due_count(profile_id, _iso(now)),
        )


# --- the practice session -------------------------------------------------------------------


@dataclass(frozen=True)
class PracticeItem:
    """The question on screen: where it comes from and why it was chosen."""

    question: Question
    set_id: str
    kind: ItemKind
    shown_at: datetime


def _card_id(profile_id: int, set_id: str, question_id: str) -> int:
    """A stable card id, so a card's JSON does not depend on when it was made."""
    return zlib.crc32(f"{profile_id}\0{set_id}\0{question_id}".encode()) + 1


class PracticeSession:
    """One sitting of practice for one profile: ask ``next_question``, then ``answer``.

    Every answer is scored, and its review, response and the card's new schedule are
    committed together before ``answer`` returns. The sitting's row in the bank is made
    at the first answer, so opening practice and leaving at once leaves no trace.
    """

    def __init__(
        self,
        bank: Bank,
        profile_id: int,
        *,
        tz: tzinfo | None = None,
        clock: Clock = system_clock,
        rng: random.Random | None = None,
        scheduler: Scheduler | None = None,
    ) -> None:
        self.bank = bank
        self.profile_id = profile_id
        self.clock = clock
        self.rng = rng or random.Random()
        self.scheduler = scheduler or make_scheduler()
        self.progress = Progress(bank, tz)
        self.session_id: int | None = None
        self.current: PracticeItem | None = None
        self.answered = 0  # in this sitting
        self.new_count = 0  # new questions answered in this sitting
        self._reviews_in_a_row = 0
        self._last_key: tuple[str, str] | None = None
        self._unseen: dict[str, int] | None = None
        self._opened_at: datetime | None = None  # when the first question was shown

    # choosing ------------------------------------------------------------------------------

    def next_question(self) -> tuple[Question, str] | None:
        """The question to practise now and its set id; the same one again until it is
        answered. None only when the bank has no question at all."""
        if self.current is None:
            self.current = self._choose()
        if self.current is None:
            return None
        if self._opened_at is None:
            self._opened_at = self.current.shown_at
        return self.current.question, self.current.set_id

    def _choose(self) -> PracticeItem | None:
        now = self.clock()
        due = self._due(_iso(now))
        if due is not None and self._reviews_in_a_row < MAX_REVIEWS_IN_A_ROW:
            return self._item(due, "review", now)
        new = self._draw_new(now)
        if new is not None:
            return self._item(new, "new", now)
        if due is not None:
            return self._item(due, "review", now)
        early = self._due(None) or self._last_key  # nothing due, nothing new: review early
        return self._item(early, "review", now) if early else None

    def _due(self, before: str | None) -> tuple[str, str] | None:
        for set_id, question_id, _card, _due in self.bank.practice_due(
            self.profile_id, before, limit=2
        ):
            if (set_id, question_id) != self._last_key:
                return set_id, question_id
        return None

    def _item(self, key: tuple[str, str], kind: ItemKind, now: datetime) -> PracticeItem:
        return PracticeItem(self.bank.question(*key), key[0], kind, now)

    def new_question_weights(self, now: datetime | None = None) -> dict[str, float]:
        """Per skill with unseen questions: its weight when drawing a new question."""
        if self._unseen is None:
            self._unseen = self.bank.practice_unseen_counts(self.profile_id)
        skills = self.progress.mastery(self.profile_id, now or self.clock())
        return {
            skill: (1.0 - skills.get(skill, PRIOR_MASTERY).value) + NEW_SKILL_FLOOR
            for skill in skill_order(self._unseen)
            if self._unseen[skill] > 0
        }

    def _draw_new(self, now: datetime) -> tuple[str, str] | None:
        weights = self.new_question_weights(now)
        assert self._unseen is not None
        while weights:
            skills = list(weights)
            skill = self.rng.choices(skills, [weights[s] for s in skills])[0]
            key = self.bank.practice_unseen_question(self.profile_id, skill, self.rng)
            if key is not None:
                return key
            self._unseen[skill] = 0
            del weights[skill]
        return None

    # answering -----------------------------------------------------------------------------

    @property
    def current_kind(self) -> ItemKind | None:
        return self.current.kind if self.current else None

    def answer(
        self, question: Question, response: dict[str, Any], set_id: str | None = None
    ) -> Score:
        """Score ``response``, store it with the review and the card's new schedule, and
        move on. Raises ``ResponseError`` (and stores nothing) for a malformed response."""
        item = self.current
        if set_id is None:
            if item is None or item.question.id != question.id:
                raise ValueError("answer() needs the set id of a question not from next_question()")
            set_id = item.set_id
        result = score(question, response)
        now = self.clock()
        shown_at = item.shown_at if item and item.question.id == question.id else None
        seconds = (now - shown_at).total_seconds() if shown_at else None
        rating = rating_for(result.fraction, seconds, quick_limit_seconds(question))

        stored = self.bank.practice_card(self.profile_id, set_id, question.id)
        review_time = now.astimezone(UTC)
        if stored:
            card = Card.from_dict(json.loads(stored))
            if card.last_review is not None and card.last_review > review_time:
                review_time = card.last_review  # the clock went back: keep time moving on
        else:
            card = Card(card_id=_card_id(self.profile_id, set_id, question.id), due=review_time)
        duration_ms = None if seconds is None else max(0, int(seconds * 1000))
        card, _log = self.scheduler.review_card(card, rating, review_time, duration_ms)

        if self.session_id is None:
            opened = min(self._opened_at or now, now)
            self.session_id = self.bank.start_practice_session(self.profile_id, _iso(opened))
        self.bank.save_practice_review(
            profile_id=self.profile_id,
            session_id=self.session_id,
            set_id=set_id,
            question_id=question.id,
            skills=question.skills,
            response=response,
            points=result.points,
            max_points=result.max_points,
            fraction=result.fraction,
            rating=int(rating),
            duration_ms=duration_ms,
            reviewed_at=_iso(now),
            card_json=json.dumps(card.to_dict()),
            due=_iso(card.due),
        )
        self.answered += 1
        if stored is None:
            self.new_count += 1
            self._reviews_in_a_row = 0
            if self._unseen is not None:
                for skill in dict.fromkeys(question.skills or ("",)):
                    if self._unseen.get(skill, 0) > 0:
                        self._unseen[skill] -= 1
        else:
            self._reviews_in_a_row += 1
        self._last_key = (set_id, question.id)
        if item is not None and (item.set_id, item.question.id) == self._last_key:
            self.current = None
        return result

    def due_at(self, set_id: str, question_id: str) -> datetime | None:
        """When the profile's card for this question is due; None if never practised."""
        stored = self.bank.practice_card(self.profile_id, set_id, question_id)
        return Card.from_dict(json.loads(stored)).due if stored else None

    # the sitting ---------------------------------------------------------------------------

    def mastery(self, now: datetime | None = None) -> dict[str, Mastery]:
        return self.progress.mastery(self.profile_id, now or self.clock())

    def status(self) -> DailyStatus:
        return self.progress.status(self.profile_id, self.clock())

    def finish(self) -> None:
        """Close the sitting (a no-op when nothing was answered)."""
        if self.session_id is not None:
            self.bank.end_practice_session(self.session_id, _iso(self.clock()))
