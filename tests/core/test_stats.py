"""Class statistics against values computed by hand (see the comments for the arithmetic)."""

from __future__ import annotations

import math

import pytest

from quizapp.core import classroom as c
from quizapp.core.classroom import (
    ClassData,
    KeySpanInfo,
    QuestionInfo,
    StudentResult,
    StudentScores,
)

approx = pytest.approx


# ----------------------------------------------------------------- the primitives


def test_facility_is_the_mean_fraction() -> None:
    """Facility: (1 + 0.5 + 0) / 3 = 0.5; no students, no facility."""
    assert c.facility([1.0, 0.5, 0.0]) == approx(0.5)
    assert c.facility([1.0, 1.0]) == 1.0  # all right
    assert c.facility([0.0, 0.0]) == 0.0  # all wrong
    assert c.facility([]) is None


def test_point_biserial_by_hand() -> None:
    """item 1,1,0,0 against rest .8,.6,.4,.2: Σdxdy = .4, Σdx² = 1, Σdy² = .2,
    r = .4 / √.2 = 2/√5."""
    r = c.point_biserial([1, 1, 0, 0], [0.8, 0.6, 0.4, 0.2])
    assert r == approx(2 / math.sqrt(5))


def test_point_biserial_negative_and_partial_credit() -> None:
    """A question the strong students miss correlates negatively; partial credit works:
    item .5,1,0 with rest .2,.4,.6 gives r = −.5 (Σdxdy = −.1, Σdx² = .5, Σdy² = .08)."""
    assert c.point_biserial([0, 0, 1, 1], [0.8, 0.6, 0.4, 0.2]) == approx(-2 / math.sqrt(5))
    assert c.point_biserial([0.5, 1.0, 0.0], [0.2, 0.4, 0.6]) == approx(-0.5)


@pytest.mark.parametrize(
    ("item", "rest"),
    [
        ([1.0], [0.5]),  # one student
        ([1.0, 0.0], [0.9, 0.1]),  # two students: always ±1, not shown
        ([1.0, 1.0, 1.0], [0.9, 0.5, 0.1]),  # all right
        ([0.0, 0.0, 0.0], [0.9, 0.5, 0.1]),  # all wrong
        ([1.0, 0.0, 1.0], [0.5, 0.5, 0.5]),  # everyone equal on the rest
        ([], []),
    ],
    ids=["one", "two", "all-right", "all-wrong", "rest-equal", "none"],
)
def test_discrimination_undefined_cases_are_none(item: list[float], rest: list[float]) -> None:
    """Too few students or nothing that varies: both measures are None (shown as "—")."""
    assert c.point_biserial(item, rest) is None
    assert c.upper_lower_index(item, rest) is None


def test_group_size_is_27_percent_at_least_one() -> None:
    """27% of 4 is 1.08 → 1; of 20 is 5.4 → 5; of 40 is 10.8 → 11; of 3 → 1."""
    assert [c.group_size(n) for n in (3, 4, 20, 40)] == [1, 1, 5, 11]


def test_upper_lower_index_by_hand() -> None:
    """n = 4, groups of 1: upper (rest .8) got 1, lower (rest .2) got 0: D = 1."""
    assert c.upper_lower_index([1, 1, 0, 0], [0.8, 0.6, 0.4, 0.2]) == approx(1.0)
    assert c.upper_lower_index([0, 1, 1, 1], [0.8, 0.6, 0.4, 0.2]) == approx(-1.0)


def test_upper_lower_ties_join_the_group() -> None:
    """n = 5, groups of 1, but two students tie at the top (.9) and two at the bottom (.1):
    upper = {1, 0} → .5, lower = {0, 0} → 0, D = .5."""
    assert c.upper_lower_index([1, 0, 1, 0, 0], [0.9, 0.9, 0.5, 0.1, 0.1]) == approx(0.5)


def test_upper_lower_overlapping_groups_is_none() -> None:
    """Two tied at the top (.5) form the upper group (1, 0 → .5); the lower one got 1:
    D = −.5. When all three tie, the groups are the same students: None."""
    assert c.upper_lower_index([1, 0, 1], [0.5, 0.5, 0.2]) == approx(-0.5)
    assert c.upper_lower_index([1, 0, 1], [0.5, 0.5, 0.5]) is None


def test_rest_score_leaves_the_question_out() -> None:
    assert c.rest_score({"a": 1.0, "b": 0.5, "c": 0.0}, "a") == approx(0.25)
    assert c.rest_score({"a": 1.0}, "a") is None


def test_span_found_counts() -> None:
    """Counts per span over answers whose findings match the key; others are left out."""
    counts, answers = c.span_found_counts(2, [[1, 0], [1, 1], None, [1], [0, 0]])
    assert counts == [2, 1]
    assert answers == 3


def test_normalised_gain() -> None:
    """A gain over what was left to gain: .5 → .75 is half of it; a loss over what there
    was to lose: .2 → .1 lost half; unchanged is 0; both 0% or both 100% is None."""
    assert c.normalised_gain(0.5, 0.75) == approx(0.5)
    assert c.normalised_gain(0.2, 0.1) == approx(-0.5)
    assert c.normalised_gain(1.0, 0.25) == approx(-0.75)
    assert c.normalised_gain(0.0, 0.4) == approx(0.4)
    assert c.normalised_gain(0.4, 0.4) == 0.0
    assert c.normalised_gain(1.0, 1.0) is None
    assert c.normalised_gain(0.0, 0.0) is None
    assert c.normalised_gain(None, 0.5) is None


# ----------------------------------------------------------------- a class of four


Q1 = QuestionInfo(
    "q1",
    1,
    "highlight",
    "Mark figures.",
    ("figure",),
    (
        KeySpanInfo(0, 0, 3, "abc", ("figure",)),
        KeySpanInfo(0, 10, 13, "def", ("figure",)),
    ),
)
Q2 = QuestionInfo("q2", 2, "choice", "Who says?", ("speculation",))
Q3 = QuestionInfo("q3", 3, "highlight", "Mark both.", ("speculation", "unconfirmed"))


def _student(name: str, q1: float, q2: float, q3: float | None, found=None) -> StudentResult:
    fractions = {"q1": q1, "q2": q2} | ({} if q3 is None else {"q3": q3})
    return StudentResult(
        name=name,
        attempt_id=hash(name) % 1000,
        finished_at="2026-03-04T10:00:00+00:00",
        fractions=fractions,
        points={qid: (value, 1.0) for qid, value in fractions.items()},
        found={"q1": found},
    )


def four() -> ClassData:
    """S1 1,1,1 · S2 1,.5,0 · S3 0,.5,1 · S4 0,0,0."""
    return ClassData(
        "quiz",
        "Quiz",
        (Q1, Q2, Q3),
        (
            _student("S1", 1, 1, 1, [1, 1]),
            _student("S2", 1, 0.5, 0, [1, 0]),
            _student("S3", 0, 0.5, 1, [0, 1]),
            _student("S4", 0, 0, 0, [0, 0]),
        ),
    )


def test_question_stats_for_four_students() -> None:
    """q1: facility .5; rest scores 1, .25, .75, 0 → r = .25/√.625 = 1/√10; D = 1 − 0."""
    stats = {s.question.id: s for s in c.question_stats(four())}
    q1 = stats["q1"]
    assert q1.students == 4
    assert q1.facility == approx(0.5)
    assert q1.point_biserial == approx(1 / math.sqrt(10))
    assert q1.upper_lower == approx(1.0)
    assert [(s.span.text, s.found, s.of) for s in q1.spans] == [("abc", 2, 4), ("def", 2, 4)]
    # q2: item 1,.5,.5,0 with rest 1,.5,.5,0 → perfectly correlated.
    assert stats["q2"].facility == approx(0.5)
    assert stats["q2"].point_biserial == approx(1.0)
    assert stats["q2"].spans == ()


def test_totals_and_skill_averages() -> None:
    """Totals 1, .5, .5, 0 → class .5. Speculation (q2, q3) per student: 1, .25, .75, 0 →
    .5; unconfirmed (q3): 1, 0, 1, 0 → .5; figure (q1) → .5."""
    data = four()
    assert [s.total for s in data.students] == approx([1.0, 0.5, 0.5, 0.0])
    assert c.class_average(data) == approx(0.5)
    averages = {a.skill: a for a in c.skill_averages(data)}
    assert list(averages) == ["figure", "speculation", "unconfirmed"]
    assert averages["speculation"].mean == approx(0.5)
    assert averages["speculation"].questions == 2
    assert averages["unconfirmed"].mean == approx(0.5)
    assert data.students[1].skill_fraction("speculation", data.questions) == approx(0.25)


def test_a_question_not_asked_is_left_out() -> None:
    """S5 was not asked q3: q3's facility is over the four who were; S5's total is over
    q1 and q2 only."""
    base = four()
    data = ClassData("quiz", "Quiz", base.questions, (*base.students, _student("S5", 1, 1, None)))
    stats = {s.question.id: s for s in c.question_stats(data)}
    assert stats["q3"].students == 4
    assert stats["q3"].facility == approx(0.5)
    assert data.students[-1].total == approx(1.0)
    assert stats["q1"].students == 5


def test_one_student() -> None:
    """One student: facility is their fraction, discrimination is None."""
    data = ClassData("quiz", "Quiz", (Q1, Q2), (_student("S1", 1, 0.5, None),))
    stats = c.question_stats(data)
    assert stats[0].facility == 1.0
    assert stats[0].point_biserial is None and stats[0].upper_lower is None


def test_all_right_and_all_wrong() -> None:
    """Everyone right: facility 1; everyone wrong: facility 0; neither discriminates."""
    students = tuple(_student(f"S{i}", 1, 0, i / 4) for i in range(5))
    stats = {
        s.question.id: s for s in c.question_stats(ClassData("q", "Q", (Q1, Q2, Q3), students))
    }
    assert stats["q1"].facility == 1.0 and stats["q1"].point_biserial is None
    assert stats["q2"].facility == 0.0 and stats["q2"].upper_lower is None
    assert stats["q3"].facility == approx(0.5)


def test_no_students() -> None:
    data = ClassData("quiz", "Quiz", (Q1,), ())
    assert c.question_stats(data)[0].facility is None
    assert c.class_average(data) is None
    assert c.skill_averages(data)[0].mean is None


# ----------------------------------------------------------------- choosing attempts


def _attempt(i: int, profile: int, finished: str, total: float) -> dict:
    return {
        "id": i,
        "profile_id": profile,
        "name": f"P{profile}",
        "finished_at": finished,
        "total": total,
    }


def test_latest_and_best_attempts() -> None:
    """Latest: newest finish (ties: the later id). Best: highest total (ties: latest)."""
    attempts = [
        _attempt(1, 1, "2026-03-01", 0.9),
        _attempt(2, 1, "2026-03-02", 0.4),
        _attempt(3, 2, "2026-03-02", 0.5),
        _attempt(4, 2, "2026-03-02", 0.5),
        _attempt(5, 2, "2026-03-01", 0.5),
    ]
    assert [a["id"] for a in c.choose_attempts(attempts, "latest")] == [2, 4]
    assert [a["id"] for a in c.choose_attempts(attempts, "best")] == [1, 4]
    with pytest.raises(ValueError):
        c.choose_attempts(attempts, "worst")


# ----------------------------------------------------------------- heat map


TEXT = "The toll will likely rise."  # The(0,3) toll(4,8) will(9,13) likely(14,20) rise(21,25)


def test_heat_map_counts_students_per_word() -> None:
    """A marks 'will likely'; B touches one letter of 'will'; C marks nothing; D marks
    'toll … rise' and again inside 'toll' (counted once): counts 0,1,3,2,1 of 4."""
    key = [KeySpanInfo(0, 9, 25, "will likely rise", ("speculation",))]
    heat = c.heat_map(TEXT, [[(9, 20)], [(10, 11)], [], [(4, 25), (5, 6)]], key)
    assert [TEXT[a:b] for a, b in heat.words] == ["The", "toll", "will", "likely", "rise"]
    assert heat.counts == (0, 1, 3, 2, 1)
    assert heat.students == 4
    assert heat.share(2) == approx(0.75)
    assert heat.word_at(15) == 3 and heat.word_at(3) is None
    assert [heat.in_key(i) for i in range(5)] == [False, False, True, True, True]
    runs = heat.hot_runs(0.25)
    assert [(r.text, r.count) for r in runs] == [("toll", 1)]
    assert [(r.text, r.count) for r in heat.hot_runs(0.5, outside_key=False)] == [
        ("will likely", 3)
    ]


def test_heat_map_without_students() -> None:
    heat = c.heat_map(TEXT, [])
    assert heat.counts == (0, 0, 0, 0, 0)
    assert heat.share(0) == 0.0
    assert heat.hot_runs() == []


# ----------------------------------------------------------------- pre / post


def test_pre_post_gains_by_hand() -> None:
    """Ana .5 → .75 (gain .25, g = .5); Bo 1 → 1 (g undefined). Figure pairs (.5,.75),
    (1,1): .75 → .875, g = .5; speculation (.25,.75): gain .5, g = 2/3."""
    pre = {
        "ana": StudentScores("Ana", 0.5, {"figure": 0.5, "speculation": 0.25}),
        "bo": StudentScores("Bo", 1.0, {"figure": 1.0}),
        "cy": StudentScores("Cy", 0.1, {}),
    }
    post = {
        "ana": StudentScores("ana", 0.75, {"figure": 0.75, "speculation": 0.75}),
        "bo": StudentScores("Bo", 1.0, {"figure": 1.0}),
        "dee": StudentScores("Dee", 0.3, {}),
    }
    result = c.pre_post(pre, post)
    students = {s.name.casefold(): s for s in result.students}
    assert students["ana"].gain == approx(0.25)
    assert students["ana"].normalised == approx(0.5)
    assert students["bo"].gain == approx(0.0)
    assert students["bo"].normalised is None
    skills = {s.skill: s for s in result.skills}
    assert (skills["figure"].pre, skills["figure"].post) == (approx(0.75), approx(0.875))
    assert skills["figure"].normalised == approx(0.5)
    assert skills["speculation"].gain == approx(0.5)
    assert skills["speculation"].normalised == approx(2 / 3)
    assert skills["speculation"].students == 1
    assert result.only_pre == ("Cy",) and result.only_post == ("Dee",)
    assert result.mean_gain == approx(0.125)


def test_student_scores_from_class_data() -> None:
    scores = c.student_scores(four())
    assert scores["s2"].total == approx(0.5)
    assert scores["s2"].skills == {"figure": 1.0, "speculation": 0.25, "unconfirmed": 0.0}
