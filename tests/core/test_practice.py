"""Practice mode: FSRS scheduling, the stream of questions, mastery, goal and streak."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating

from quizapp.core.bank import Bank, migrations
from quizapp.core.files import load_question_set, loads_question_set
from quizapp.core.model import Question, QuestionSet
from quizapp.core.practice import (
    DEFAULT_DAILY_GOAL,
    PracticeSession,
    Progress,
    beta_cdf,
    beta_quantile,
    rating_for,
    streak_length,
)
from quizapp.core.scoring import ResponseError

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"
SKILLS = ("figure", "speculation", "unconfirmed")


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 2, 18, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def synthetic_set(per_skill: int = 40, set_id: str = "drill") -> QuestionSet:
    """One article and ``per_skill`` two-option choice questions per skill; option 0 is right."""
    lines = [
        "quizapp: 1",
        f"id: {set_id}",
        "title: Drill",
        "language: en",
        "articles:",
        "  - id: a",
        "    outlet: Wire",
        "    headline: Storm hits the coast",
        "    text: |",
        "      The storm left [three dead]{.figure}, police said.",
        "",
        "      [Witnesses say]{.unconfirmed} the sea wall [may have failed]{.speculation}.",
        "questions:",
    ]
    for skill in SKILLS:
        for number in range(per_skill):
            lines += [
                f"  - id: {skill}-{number}",
                "    type: choice",
                f"    prompt: Question {number} about {skill}?",
                "    excerpt: {article: a, paragraphs: [1, 2]}",
                f"    tags: [{skill}]",
                "    options:",
                "      - {text: Right, correct: true}",
                "      - {text: Wrong}",
            ]
    return loads_question_set("\n".join(lines) + "\n", f"{set_id}.yaml")


RIGHT = {"choices": [0]}
WRONG = {"choices": [1]}


@pytest.fixture
def drill(tmp_path: Path) -> Bank:
    opened = Bank.open(tmp_path / "bank.sqlite3")
    opened.import_sets([synthetic_set()])
    yield opened
    opened.close()


def session_for(bank: Bank, name: str, clock: FakeClock, seed: int = 1) -> PracticeSession:
    profile = bank.add_profile(name)
    return PracticeSession(bank, profile.id, clock=clock, rng=random.Random(seed), tz=UTC)


def answer_next(
    session: PracticeSession, clock: FakeClock, right: bool, seconds: float = 60
) -> tuple[Question, str]:
    item = session.next_question()
    assert item is not None
    clock.advance(seconds=seconds)
    session.answer(item[0], RIGHT if right else WRONG)
    return item


# --- ratings and the schedule ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("fraction", "seconds", "expected"),
    [
        (0.0, 5, Rating.Again),
        (0.49, 5, Rating.Again),
        (0.5, 5, Rating.Hard),
        (0.79, 5, Rating.Hard),
        (0.8, 5, Rating.Good),
        (0.99, 5, Rating.Good),
        (1.0, 5, Rating.Easy),
        (1.0, 500, Rating.Good),
        (1.0, None, Rating.Good),
    ],
)
def test_rating_for(fraction: float, seconds: float | None, expected: Rating) -> None:
    """A score fraction and the time taken map to the documented FSRS rating."""
    assert rating_for(fraction, seconds, quick_limit=30) == expected


def test_missed_question_due_before_right_one(drill: Bank) -> None:
    """A missed question comes back before one answered right (and slowly, so Good)."""
    clock = FakeClock()
    session = session_for(drill, "Ada", clock)
    missed = answer_next(session, clock, right=False)
    right = answer_next(session, clock, right=True, seconds=600)
    missed_due = session.due_at(missed[1], missed[0].id)
    right_due = session.due_at(right[1], right[0].id)
    assert missed_due is not None and right_due is not None
    assert missed_due < right_due
    assert missed_due - clock.now < timedelta(hours=1)  # the same sitting
    assert right_due - clock.now >= timedelta(days=1)


def test_partial_comes_back_sooner_than_right_and_quick_full_marks_later(tmp_path: Path) -> None:
    """Due dates order Again < Hard < Good < Easy for otherwise equal answers."""
    bank = Bank.open(tmp_path / "bank.sqlite3")
    harbour = load_question_set(FIXTURE)
    only_toll = tuple(q for q in harbour.questions if q.id == "fire-toll")
    bank.import_sets([replace(harbour, questions=only_toll)])
    question = bank.question("harbour-fire", "fire-toll")  # compare: partial credit exists
    start = question.excerpts[0].text.index("12 dead")
    marks = [[0, start, start + len("12 dead")]]
    second = question.excerpts[1].text.index("15 people")
    marks_both = [*marks, [1, second, second + len("15 people")]]
    responses = {
        "again": {"marks": []},
        "hard": {"marks": marks_both, "verdict": "conflict"},  # no reason: 2 of 3
        "good": {"marks": marks_both, "verdict": "conflict", "reasons": [0]},
        "easy": {"marks": marks_both, "verdict": "conflict", "reasons": [0]},
    }
    dues = {}
    for name, response in responses.items():
        clock = FakeClock()
        session = session_for(bank, name, clock)
        assert session.next_question() == (question, "harbour-fire")
        clock.advance(seconds=5 if name == "easy" else 900)
        result = session.answer(question, response, set_id="harbour-fire")
        dues[name] = session.due_at("harbour-fire", "fire-toll")
        assert dues[name] is not None, name
        if name == "hard":
            assert 0.5 <= result.fraction < 0.8
    assert dues["again"] < dues["hard"] < dues["good"] < dues["easy"]
    bank.close()


def test_stream_mixes_reviews_and_new_and_never_repeats_at_once(drill: Bank) -> None:
    """Due reviews come first but at most two in a row; the same question never twice."""
    clock = FakeClock()
    session = session_for(drill, "Ada", clock)
    keys = []
    for _ in range(60):
        question, set_id = answer_next(session, clock, right=False, seconds=120)
        keys.append((set_id, question.id))
    assert all(a != b for a, b in zip(keys, keys[1:], strict=False))
    repeats = len(keys) - len(set(keys))
    assert repeats > 10  # missed questions came back in the same sitting
    # never three reviews in a row while new questions remain
    seen: set[tuple[str, str]] = set()
    run = 0
    for key in keys:
        run = run + 1 if key in seen else 0
        assert run <= 2
        seen.add(key)


def test_next_question_is_stable_until_answered(drill: Bank) -> None:
    """Asking twice without answering gives the same question."""
    clock = FakeClock()
    session = session_for(drill, "Ada", clock)
    first = session.next_question()
    assert session.next_question() == first
    assert session.current_kind == "new"


def test_empty_bank_gives_no_question(tmp_path: Path) -> None:
    """With no questions at all, next_question says so with None."""
    bank = Bank.open(tmp_path / "empty.sqlite3")
    session = session_for(bank, "Ada", FakeClock())
    assert session.next_question() is None
    bank.close()


def test_endless_when_every_question_was_seen(tmp_path: Path) -> None:
    """With nothing new and nothing due, the card due soonest is reviewed early."""
    bank = Bank.open(tmp_path / "bank.sqlite3")
    bank.import_sets([synthetic_set(per_skill=1)])
    clock = FakeClock()
    session = session_for(bank, "Ada", clock)
    keys = [answer_next(session, clock, right=True, seconds=600) for _ in range(3)]
    assert len({(s, q.id) for q, s in keys}) == 3
    follow = [answer_next(session, clock, right=True, seconds=600) for _ in range(6)]
    assert all(a != b for a, b in zip(follow, follow[1:], strict=False))
    bank.close()


def test_questions_of_no_skill_are_drawn_too(tmp_path: Path) -> None:
    """New questions come from the whole bank, including those that practise no skill."""
    bank = Bank.open(tmp_path / "bank.sqlite3")
    bank.import_sets([load_question_set(FIXTURE)])
    clock = FakeClock()
    session = session_for(bank, "Ada", clock)
    assert bank.practice_unseen_counts(session.profile_id)[""] == 1  # fire-source
    asked = {answer_next(session, clock, right=False)[0].id for _ in range(4)}
    assert asked == {"fire-speculation", "fire-toll", "fire-source", "fire-labels"}
    assert "" not in bank.practice_unseen_counts(session.profile_id)
    bank.close()


def test_malformed_response_stores_nothing(drill: Bank) -> None:
    """A response the scorer rejects raises and leaves no review or card behind."""
    clock = FakeClock()
    session = session_for(drill, "Ada", clock)
    question, set_id = session.next_question() or (None, "")
    assert question is not None
    with pytest.raises(ResponseError):
        session.answer(question, {"choices": [7]})
    assert drill.practice_reviews(session.profile_id) == []
    assert drill.practice_card_count(session.profile_id) == 0
    assert session.next_question() == (question, set_id)


def test_removed_question_is_skipped(drill: Bank) -> None:
    """A card whose question left the bank is never served."""
    clock = FakeClock()
    session = session_for(drill, "Ada", clock)
    question, set_id = answer_next(session, clock, right=False)
    full = synthetic_set(per_skill=40)
    kept = tuple(q for q in full.questions if q.id != question.id)
    drill.import_sets([replace(full, questions=kept)])
    clock.advance(hours=1)
    for _ in range(10):
        served, _set = answer_next(session, clock, right=True)
        assert served.id != question.id


# --- a simulated week ----------------------------------------------------------------------


def simulate_week(bank: Bank, ability: dict[str, float], seed: int) -> PracticeSession:
    """20 answers a day for seven evenings by a learner right with ``ability[skill]``."""
    learner = random.Random(seed)
    clock = FakeClock()
    session = session_for(bank, f"Learner {seed}", clock, seed=seed)
    for day in range(7):
        clock.now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC) + timedelta(days=day)
        for _ in range(20):
            item = session.next_question()
            assert item is not None
            question = item[0]
            right = learner.random() < ability[question.skills[0]]
            clock.advance(seconds=40)
            session.answer(question, RIGHT if right else WRONG)
    return session


def test_week_weakest_skill_gets_most_new_questions(drill: Bank) -> None:
    """Over a week the weak skill gets more new questions than each other, none starve."""
    ability = {"figure": 0.9, "speculation": 0.25, "unconfirmed": 0.9}
    totals: Counter[str] = Counter()
    for seed in (1, 2, 3):
        session = simulate_week(drill, ability, seed)
        firsts: dict[tuple[str, str], str] = {}
        for review in session.progress.reviews(session.profile_id):
            firsts.setdefault((review.set_id, review.question_id), review.skills[0])
        new_per_skill = Counter(firsts.values())
        assert new_per_skill["speculation"] > new_per_skill["figure"], new_per_skill
        assert new_per_skill["speculation"] > new_per_skill["unconfirmed"], new_per_skill
        assert new_per_skill["figure"] > 0 and new_per_skill["unconfirmed"] > 0
        totals.update(new_per_skill)
        mastery = session.mastery()
        assert min(mastery, key=lambda skill: mastery[skill].value) == "speculation"
        assert session.status().weakest_skill == "speculation"
        days = session.progress.mastery_by_day(session.profile_id, session.clock())
        assert len(days) == 7
    assert totals["speculation"] > 1.5 * max(totals["figure"], totals["unconfirmed"])


def test_week_schedule_spreads_reviews(drill: Bank) -> None:
    """After a week a strong learner has many cards due in the future, few due now."""
    session = simulate_week(drill, dict.fromkeys(SKILLS, 0.95), seed=4)
    now = session.clock()
    cards = drill.practice_card_count(session.profile_id)
    assert cards > 40
    assert drill.practice_due_count(session.profile_id, now.isoformat()) < cards / 4


# --- mastery ----------------------------------------------------------------------------------


def test_mastery_moves_with_right_and_wrong_answers(drill: Bank) -> None:
    """Right answers raise a skill's mastery; wrong ones lower it."""
    clock = FakeClock()
    session = session_for(drill, "Ada", clock)
    progress = session.progress
    profile = session.profile_id
    skill_values = []
    for right in (True, True, True, False, False, False):
        question = drill.question("drill", f"figure-{len(skill_values)}")
        session.next_question()
        clock.advance(seconds=60)
        session.answer(question, RIGHT if right else WRONG, set_id="drill")
        skill_values.append(progress.mastery(profile, clock.now)["figure"].value)
    assert skill_values[0] > 0.5
    assert skill_values[0] < skill_values[1] < skill_values[2]
    assert skill_values[2] > skill_values[3] > skill_values[4] > skill_values[5]
    assert set(progress.mastery(profile, clock.now)) == {"figure"}


def test_mastery_uncertainty_shrinks_with_answers(drill: Bank) -> None:
    """The credible interval narrows as answers accumulate, and holds the value."""
    clock = FakeClock()
    session = session_for(drill, "Ada", clock)
    widths = []
    for number in range(12):
        question = drill.question("drill", f"speculation-{number}")
        clock.advance(seconds=60)
        session.answer(question, RIGHT if number % 3 else WRONG, set_id="drill")
        mastery = session.mastery()["speculation"]
        assert mastery.low <= mastery.value <= mastery.high
        assert mastery.answers == number + 1
        widths.append(mastery.width)
    assert widths[0] > 0.5
    assert widths[-1] < 0.6 * widths[0]
    assert widths[5] < widths[1]


def test_mastery_recent_answers_weigh_more(drill: Bank) -> None:
    """Ten wrong then ten right ends higher than ten right then ten wrong."""
    values = []
    for name, pattern in (
        ("Old wrong", [False] * 10 + [True] * 10),
        ("Old right", [True] * 10 + [False] * 10),
    ):
        clock = FakeClock()
        session = session_for(drill, name, clock)
        for number, right in enumerate(pattern):
            clock.advance(seconds=60)
            session.answer(
                drill.question("drill", f"figure-{number}"), RIGHT if right else WRONG, "drill"
            )
        values.append(session.mastery()["figure"].value)
    assert values[0] > 0.55 > 0.45 > values[1]


def test_mastery_by_day_snapshots(drill: Bank) -> None:
    """One snapshot per day with answers; a skill appears from its first answer on."""
    clock = FakeClock()
    session = session_for(drill, "Ada", clock)
    plan = {0: ["figure-0", "figure-1"], 1: ["speculation-0"], 3: ["figure-2", "unconfirmed-0"]}
    for day, ids in plan.items():
        clock.now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC) + timedelta(days=day)
        for question_id in ids:
            clock.advance(seconds=30)
            session.answer(drill.question("drill", question_id), RIGHT, "drill")
    days = session.progress.mastery_by_day(session.profile_id, clock.now)
    assert [day for day, _ in days] == [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 5)]
    assert [sorted(snapshot) for _, snapshot in days] == [
        ["figure"],
        ["figure", "speculation"],
        ["figure", "speculation", "unconfirmed"],
    ]
    assert days[1][1]["figure"] == days[0][1]["figure"]  # no figure answers on day 2
    assert (
        session.progress.mastery_by_day(session.profile_id, datetime(2026, 3, 1, tzinfo=UTC)) == []
    )


def test_beta_helpers() -> None:
    """The Beta quantile inverts the CDF and matches closed forms."""
    assert beta_quantile(0.1, 1, 1) == pytest.approx(0.1, abs=1e-9)
    assert beta_quantile(0.9, 2, 1) == pytest.approx(0.9**0.5, abs=1e-9)
    assert beta_cdf(0.3, 2, 5) == pytest.approx(1 - (0.7**6 + 6 * 0.3 * 0.7**5), abs=1e-9)
    for a, b in ((0.5, 3), (7.3, 2.1), (40, 60)):
        for p in (0.1, 0.5, 0.9):
            assert beta_cdf(beta_quantile(p, a, b), a, b) == pytest.approx(p, abs=1e-7)


# --- goal, streak, history --------------------------------------------------------------------


def test_streak_length_rules() -> None:
    """A streak counts goal-meeting days back from today, or from yesterday until today's
    goal is met; a missed day breaks it."""
    today = date(2026, 3, 10)
    counts = {today - timedelta(days=n): 20 for n in (1, 2, 3)} | {today - timedelta(days=5): 30}
    assert streak_length(counts, 20, today) == 3
    assert streak_length(counts | {today: 19}, 20, today) == 3
    assert streak_length(counts | {today: 20}, 20, today) == 4
    assert streak_length(counts, 21, today) == 0
    assert streak_length(counts, 20, today + timedelta(days=1)) == 0  # yesterday missed
    assert streak_length({}, 0, today) == 0  # a goal is at least one answer


def test_daily_goal_and_streak_through_the_bank(drill: Bank) -> None:
    """The goal is stored per profile; answers per day feed the streak, a missed day resets it."""
    clock = FakeClock()
    session = session_for(drill, "Ada", clock)
    progress, profile = session.progress, session.profile_id
    assert progress.daily_goal(profile) == DEFAULT_DAILY_GOAL
    assert progress.set_daily_goal(profile, 3) == 3
    assert progress.set_daily_goal(profile, 0) == 1
    progress.set_daily_goal(profile, 3)
    for day, count in ((0, 3), (1, 4), (2, 2), (3, 3), (4, 3)):
        clock.now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC) + timedelta(days=day)
        for _ in range(count):
            answer_next(session, clock, right=True, seconds=20)
    status = session.status()
    assert status.answered_today == 3 and status.goal == 3 and status.goal_met
    assert status.streak == 2  # day 2 fell short
    assert progress.answers_by_day(profile)[date(2026, 3, 3)] == 4
    clock.advance(days=1)
    assert session.status().streak == 2 and not session.status().goal_met
    clock.advance(days=1)
    assert session.status().streak == 0


def test_session_history(drill: Bank) -> None:
    """Each sitting with answers is listed with its answers and mean score, newest first;
    a sitting with no answers leaves nothing."""
    clock = FakeClock()
    profile = drill.add_profile("Ada")
    first = PracticeSession(drill, profile.id, clock=clock, rng=random.Random(1), tz=UTC)
    answer_next(first, clock, right=True)
    answer_next(first, clock, right=False)
    first.finish()
    clock.advance(hours=3)
    idle = PracticeSession(drill, profile.id, clock=clock, tz=UTC)
    idle.next_question()
    idle.finish()
    clock.advance(days=1)
    second = PracticeSession(drill, profile.id, clock=clock, rng=random.Random(2), tz=UTC)
    for _ in range(3):
        answer_next(second, clock, right=True)
    sessions = Progress(drill, UTC).sessions(profile.id)
    assert [(s.answers, round(s.mean_fraction, 3)) for s in sessions] == [(3, 1.0), (2, 0.5)]
    assert sessions[1].started_at == datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    assert sessions[1].ended_at == datetime(2026, 3, 2, 18, 2, tzinfo=UTC)
    assert sessions[0].ended_at == clock.now  # never finished: its last answer


# --- storage ---------------------------------------------------------------------------------


def test_state_survives_closing_and_reopening(tmp_path: Path) -> None:
    """Cards, reviews, goal and history are in the file; a new sitting serves the due review."""
    path = tmp_path / "bank.sqlite3"
    bank = Bank.open(path)
    bank.import_sets([synthetic_set()])
    clock = FakeClock()
    session = session_for(bank, "Ada", clock)
    missed = answer_next(session, clock, right=False)
    for _ in range(4):
        answer_next(session, clock, right=True, seconds=5)
    session.progress.set_daily_goal(session.profile_id, 7)
    mastery = session.mastery()
    due = session.due_at(missed[1], missed[0].id)
    bank.close()

    reopened = Bank.open(path)
    profile = reopened.add_profile("Ada")
    again = PracticeSession(reopened, profile.id, clock=clock, rng=random.Random(9), tz=UTC)
    assert again.mastery() == mastery
    assert again.due_at(missed[1], missed[0].id) == due
    assert again.progress.daily_goal(profile.id) == 7
    assert [s.answers for s in again.progress.sessions(profile.id)] == [5]
    clock.advance(minutes=30)
    assert again.next_question() == missed
    assert again.current_kind == "review"
    reopened.close()


def test_profiles_stay_separate(drill: Bank) -> None:
    """One profile's answers, cards, goal and mastery never show up in another's."""
    clock = FakeClock()
    ada = session_for(drill, "Ada", clock)
    ben = session_for(drill, "Ben", clock)
    for _ in range(5):
        answer_next(ada, clock, right=False)
    ada.progress.set_daily_goal(ada.profile_id, 4)
    assert ben.mastery() == {}
    assert drill.practice_card_count(ben.profile_id) == 0
    assert ben.progress.daily_goal(ben.profile_id) == DEFAULT_DAILY_GOAL
    assert ben.status().answered_today == 0 and ben.status().due_now == 0
    assert ben.progress.sessions(ben.profile_id) == []
    clock.advance(hours=1)
    assert ada.status().due_now == 5
    assert ben.next_question() is not None and ben.current_kind == "new"


def test_unknown_profile_is_refused(drill: Bank) -> None:
    """Reviews are tied to an existing profile (foreign keys are on)."""
    session = PracticeSession(drill, 999, clock=FakeClock(), tz=UTC)
    question, _set = session.next_question() or (None, "")
    assert question is not None
    with pytest.raises(sqlite3.IntegrityError):
        session.answer(question, RIGHT)


def test_practice_core_is_qt_free() -> None:
    """Importing the practice rules never loads Qt."""
    code = "import sys, quizapp.core.practice; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_bank_of_the_first_schema_upgrades(tmp_path: Path) -> None:
    """A bank made before practice existed gains the practice tables, keeps its data and
    is copied aside first."""
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path)
    from sqlite_utils import Database

    old = Database(connection)
    migrations.apply(old, stop_before="m002_practice")
    old["profiles"].insert({"id": 1, "name": "Ada", "created_at": "2026-01-01T00:00:00+00:00"})
    old.close()
    bank = Bank.open(path)
    assert "m002_practice" in bank.schema_version()
    assert [p.name for p in bank.profiles()] == ["Ada"]
    assert {"practice_cards", "practice_reviews", "practice_sessions", "profile_settings"} <= set(
        bank.db.table_names()
    )
    assert list(tmp_path.rglob("*before-m002_practice*"))
    bank.close()


def test_quiz_answers_count_in_progress(drill: Bank) -> None:
    """Answers given in a quiz count in mastery, answers per day and the practice strip."""
    from quizapp.core.session import QuizSession

    clock = FakeClock()
    session = session_for(drill, "Ada", clock)
    progress, profile = session.progress, session.profile_id
    assert progress.mastery(profile, clock()) == {}
    quiz = QuizSession.start(drill, profile, "drill", clock=clock, rng=random.Random(3))
    figure = [i for i, q in enumerate(quiz.questions) if q.skills == ("figure",)][:3]
    hedges = [i for i, q in enumerate(quiz.questions) if q.skills == ("speculation",)][:3]
    for index in figure + hedges:  # figures wrong, speculation right
        clock.advance(seconds=30)
        quiz.submit(index, WRONG if index in figure else RIGHT)

    other = drill.add_profile("Bo")  # someone else's quiz answers never count for Ada
    other_quiz = QuizSession.start(drill, other.id, "drill", clock=clock, rng=random.Random(4))
    other_quiz.submit(0, RIGHT)

    mastery = progress.mastery(profile, clock())
    assert set(mastery) == {"figure", "speculation"}
    assert mastery["figure"].value < 0.5 < mastery["speculation"].value
    assert progress.answers_by_day(profile) == {clock().date(): 6}
    assert [answer.source for answer in progress.answers(profile)] == ["quiz"] * 6
    assert session.status().answered_today == 6
    days = progress.mastery_by_day(profile, clock())
    assert [day for day, _ in days] == [clock().date()]

    answer_next(session, clock, right=True)  # practice adds to the same record
    assert progress.answers_by_day(profile) == {clock().date(): 7}
    assert [answer.source for answer in progress.answers(profile)][-1] == "practice"
