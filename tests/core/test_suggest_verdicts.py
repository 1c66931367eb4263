"""Verdicts read from the text alone (issue 14): the verbs of a count that grows, in English
and French, make the higher figure a later one ("update"); the same figures without them stay
a conflict."""

from __future__ import annotations

import pytest

from quizapp.core.suggest import Report, find_conflicts
from quizapp.core.suggest.document import Document
from quizapp.core.suggest.verdicts import rise_cue


class _At:
    """A figure's position only, as rise_cue reads it."""

    def __init__(self, text: str, figure: str) -> None:
        self.start = text.index(figure)
        self.end = self.start + len(figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The death toll at the Kabul airport surged to 90 on Friday.", "90"),
        ("Death toll from Camp fire swells to 23; 100 still missing", "23"),
        ("The toll in the earthquake more than doubled Saturday morning to 632 dead.", "632"),
        ("The death toll rose sharply Friday from 90 to 170, reports said.", "170"),
        ("The number of victims has increased from 49 to 50 victims.", "50"),
        ("with the number of injured individuals rising from 150 to 235.", "235"),
        ("Officials said 10 were killed, but then the number was raised to 28.", "28"),
        (
            "Police raises number of people missing and presumed dead in the tower block"
            " blaze to 79",
            "79",
        ),
        ("The local prefecture raised the death toll on Wednesday morning to 39.", "39"),
        ("Mogadishu reels as truck bomb toll hits 137", "137"),
        ("Six corps ont été retrouvés, portant à sept le nombre de morts.", "sept"),
        ("Ils ont trouvé deux autres corps, ce qui porte le nombre de victimes à trois.", "trois"),
        ("Les sauveteurs ont fait passer le bilan de 246 à 282 morts.", "282"),
        ("Christian Estrosi confirme le terrible bilan, qui dépasse les 70 morts.", "70"),
        ("Le bilan s'est alourdi à « 28 morts et parmi eux figurent des touristes ».", "28"),
        ("Orlando's mayor has updated the death toll to 50 deceased.", "50"),
        ("Officials revised the toll to 103 on Sunday.", "103"),
        ("Le bilan s'est progressivement alourdi, passant de 7 à 27 morts.", "27"),
        ("It is with great sadness that I share that we have not 20 but 50 casualties.", "50"),
        ("50 people killed, up from 20, the mayor said.", "50"),
        # every form of a rise verb, as headlines write them
        ("Haiti earthquake death toll passes 2,200", "2,200"),
        ("Floods: toll topping 300 as rains continue", "300"),
        # the toll's rise told first, the figure after "with"
        (
            "The death toll from a powerful 7.2-magnitude earthquake in Haiti climbed sharply"
            " on Sunday, with at least 724 dead and 2,800 injured.",
            "at least 724",
        ),
        # "revised upwards" in French
        ("Un bilan rapidement revu à la hausse pour arriver à 16 morts.", "16 morts"),
        # the rise told after the figure, against the first count
        (
            "A shooting on an island killed at least 80 people, police said early Saturday,"
            " much higher than the initial count released.",
            "at least 80 people",
        ),
    ],
)
def test_the_verbs_of_a_growing_count_are_a_rise(text: str, figure: str) -> None:
    """ "surged to", "swells to", "doubled ... to", "from 90 to", "raised ... to", "toll hits",
    "portant à", "fait passer le bilan de ... à", "dépasse les": the figure is a rise."""
    assert rise_cue(Document(text), _At(text, figure)) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("From 90 to 170 people were treated at the two hospitals.", "170"),
        ("The quake hit 300 km south of the capital.", "300"),
        ("Officials raised concerns about the 28 people still missing.", "28"),
        ("Le camion a foncé dans la foule et a fait 84 morts.", "84"),
        ("As many as 90 people were killed, police said.", "90"),
        ("Officials revised the toll down to 40 on Sunday.", "40"),
        ("The ministry updated its statement to say 12 were hurt.", "12"),
        # the earlier figure of a rise is no rise
        ("The toll rose from 90 to 170, officials said.", "90"),
        ("with the number of injured individuals rising from 150 to 235.", "150"),
        # a toll with no verb of growth before "with"; "more than the first" with no count;
        # "revu à la hausse" in another sentence
        ("The death toll is 12, with 30 injured.", "30"),
        ("The death toll had risen to 2862 with 2562 people injured.", "2562"),
        ("Police said 40 were hurt, more than the first day of riots.", "40"),
        ("Le bilan a été revu à la hausse hier. Il y a 16 morts.", "16 morts"),
    ],
)
def test_figures_not_given_as_a_rise(text: str, figure: str) -> None:
    """A range "from 90 to 170" with no verb of growth, a quake that hit a distance, a concern
    raised about a count, a bare toll, the figure a rise starts from: no rise."""
    assert rise_cue(Document(text), _At(text, figure)) is None  # type: ignore[arg-type]


def test_a_surge_makes_the_higher_toll_an_update() -> None:
    """Two undated reports: "surged to 90" against "Sixty" is an update, a bare "90"
    against it a conflict."""
    low = Report("a", "Sixty people were killed in the Kabul airport blast, police said.")
    risen = Report("b", "The death toll at the Kabul airport blast surged to 90 on Friday.")
    bare = Report("c", "The Kabul airport blast killed 90 people on Friday, police said.")
    verdicts = {c.b_path: c.verdict for c in find_conflicts([low, risen]) if c.quantity == "deaths"}
    assert verdicts == {"b": "update"}
    verdicts = {c.b_path: c.verdict for c in find_conflicts([low, bare]) if c.quantity == "deaths"}
    assert verdicts == {"c": "conflict"}


def test_another_reports_same_value_is_no_rise() -> None:
    """A chain of rises reaches only the higher figure itself: "surged to 90" is an update
    against "Sixty", a third report's plain "90" stays a conflict with "Sixty"."""
    low = Report("a", "Sixty people were killed in the Kabul airport blast, police said.")
    risen = Report("b", "The death toll at the Kabul airport blast surged to 90 on Friday.")
    plain = Report("c", "The Kabul airport blast killed 90 people on Friday, police said.")
    verdicts = {
        (c.a_path, c.b_path): c.verdict
        for c in find_conflicts([low, risen, plain])
        if c.quantity == "deaths"
    }
    assert verdicts.get(("a", "b")) == "update"
    assert verdicts.get(("a", "c")) == "conflict"
