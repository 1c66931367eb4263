"""The authoring assistant (quizapp.core.suggest): spans, intervals, verdicts and output."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from quizapp.core.markup import parse_article
from quizapp.core.suggest import (
    Interval,
    Report,
    SuggestError,
    analyse,
    find_conflicts,
    load_reports,
    parse_published,
    suggest_json,
    suggest_listing,
)

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference-articles"
DEVSET = Path(__file__).resolve().parents[1] / "devset"
INF = math.inf


def _labelled(text: str, label: str) -> list[str]:
    return [s.text for s in analyse(text) if s.label == label]


def _covers(text: str, phrase: str, label: str) -> bool:
    """Some suggestion with ``label`` overlaps the first occurrence of ``phrase``."""
    start = text.index(phrase)
    end = start + len(phrase)
    return any(s.label == label and s.start < end and start < s.end for s in analyse(text))


@pytest.fixture(scope="module")
def reference() -> dict[str, Report]:
    if not all((REFERENCE / f"report-{x}.txt").is_file() for x in "abc"):
        pytest.skip("the shared reference articles are not available")
    reports = load_reports([REFERENCE / f"report-{x}.txt" for x in "abc"])
    return {Path(r.path).stem[-1]: r for r in reports}


# --- the reference reports -------------------------------------------------------------


@pytest.mark.parametrize(
    ("report", "phrase"),
    [
        ("a", "Early reports indicate"),
        ("a", "reportedly"),
        ("a", "Early indications from social media accounts"),
        ("b", "law enforcement sources"),
    ],
)
def test_reference_unconfirmed(reference: dict[str, Report], report: str, phrase: str) -> None:
    """Vague and second-hand sourcing in the reference reports is suggested as unconfirmed."""
    assert _covers(reference[report].text, phrase, "unconfirmed")


@pytest.mark.parametrize(
    ("report", "phrase"),
    [
        ("b", "could be interpreted as"),
        ("b", "likely took time"),
        ("a", "probably outnumbering"),
        ("c", "I think all these"),
        ("c", "will likely increase"),
        ("b", "It's Too Soon to Tell"),
    ],
)
def test_reference_speculation(reference: dict[str, Report], report: str, phrase: str) -> None:
    """Hedges, predictions and opinions in the reference reports are suggested as speculation."""
    assert _covers(reference[report].text, phrase, "speculation")


@pytest.mark.parametrize(
    ("report", "phrase"),
    [
        ("a", "French president François Hollande said"),
        ("a", "According to Rita Katz"),
        ("c", "said CNN terrorism analyst Paul Cruickshank"),
    ],
)
def test_reference_named_sources_confirmed(
    reference: dict[str, Report], report: str, phrase: str
) -> None:
    """A named person speaking on the record is not suggested as unconfirmed."""
    assert not _covers(reference[report].text, phrase, "unconfirmed")


def test_reference_headline_over_early_reports(reference: dict[str, Report]) -> None:
    """A headline stating what the body only attributes to early reports is unconfirmed."""
    assert _covers(reference["a"].text, "ISIS Claims Responsibility", "unconfirmed")


def test_reference_conflicts(reference: dict[str, Report]) -> None:
    """127 dead vs at least 140 conflict (older report named); 140 vs 153 are compatible."""
    reports = [reference[x] for x in "abc"]
    verdicts = {(c.a.text, c.b.text): c for c in find_conflicts(reports) if c.quantity == "deaths"}
    first = verdicts[("127 dead", "at least 140 people")]
    assert first.verdict == "conflict"
    assert "earlier report" in first.reason and "127" in first.reason
    second = verdicts[("at least 140 people", "at least 153 dead")]
    assert second.verdict == "compatible" and "can both be right" in second.reason


def test_reference_subtotal_not_paired(reference: dict[str, Report]) -> None:
    """A sub-total ("including 112 at the Bataclan") is never compared with a city-wide total."""
    figures = [s for s in analyse(reference["c"].text) if s.text.startswith("112")]
    assert figures and figures[0].part and figures[0].scope == "Bataclan"
    conflicts = find_conflicts(list(reference.values()))
    assert not any("112" in (c.a.text + c.b.text) for c in conflicts)


def test_reference_publication_times(reference: dict[str, Report]) -> None:
    """Date lines are read leniently; a report without one has no publication time."""
    assert reference["a"].published == datetime(2015, 11, 14)
    assert reference["b"].published == datetime(2015, 11, 14, 4, 20)
    assert reference["c"].published is None


# --- traps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant was last inspected in May.", False),
        ("On May 5 the mayor resigned.", False),
        ("The figures from May 2020 were lower.", False),
        ("Theresa May said the talks would resume.", False),
        ("May 12 is the deadline.", False),
        ("The toll may rise overnight.", True),
        ("May I add that the roof may collapse.", True),
    ],
)
def test_trap_may(text: str, expected: bool) -> None:
    """The month May and the surname May are not the hedge "may"."""
    assert bool(_labelled(text, "speculation")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor could not be reached for comment.", False),
        ("It could not possibly be linked to events that day.", False),
        ("Smoke could be seen from ten miles away.", False),
        ("Residents could hear explosions.", False),
        ("The roof could collapse at any moment.", True),
        ("Officials could not rule out a second blast.", True),
    ],
)
def test_trap_could_not(text: str, expected: bool) -> None:
    """Inability or denial ("could not") and past perception are not speculation."""
    assert bool(_labelled(text, "speculation")) is expected


def test_trap_about_before_number() -> None:
    """The word "about" before a number is a figure qualifier (+-10%), not a hedge."""
    suggestions = analyse("About 300 people were evacuated from the estate.")
    assert [s.label for s in suggestions] == ["figure"]
    assert suggestions[0].interval == Interval(270, 330)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He appeared in court on Monday and denied arson.", False),
        ("She appeared before magistrates in Kelby.", False),
        ("The minister appeared on television last night.", False),
        ("The fire appeared to start in the kitchen.", True),
        ("It appears that the alarm was faulty.", True),
    ],
)
def test_trap_appeared(text: str, expected: bool) -> None:
    """Appearing in court or on television is an event; "appeared to" is a hedge."""
    assert bool(_labelled(text, "speculation")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The injuries are not thought to be life-threatening.", True),
        ("The line is not expected to reopen before Monday.", True),
        ("The recount is unlikely to change the result.", True),
        ("Police declined to speculate on the motive.", False),
        ("There is no evidence to suggest foul play.", False),
        ("The turnout was higher than expected.", False),
    ],
)
def test_trap_negation(text: str, expected: bool) -> None:
    """Negation does not cancel a hedge, but refusing to speculate is no speculation."""
    assert bool(_labelled(text, "speculation")) is expected


@pytest.mark.parametrize(
    "text",
    [
        "On November 14, 2015, the city fell silent.",
        "The fire broke out at 4:20am and again at 9.30pm.",
        "Daniel Ashworth, 34, of Mill Street, denied the charge.",
        "A 23-year-old man was arrested.",
        "Victims were aged between 18 and 25.",
        "The company was founded in 1987.",
        "Call 0800 555 0142 to report fallen lines.",
        "Flight 9268 crashed shortly after take-off.",
        "It was the third fire on the 14th of the month.",
        "President Hollande called for three days of national mourning.",
        "Brennock won 2-1 after extra time.",
        "Crime was lower in the 1990s.",
        "One of the witnesses left early.",
        "Residents living within two miles of the line stayed indoors.",
    ],
)
def test_trap_not_figures(text: str) -> None:
    """Dates, times, ages, years, phone numbers, codes, ordinals, durations are not figures."""
    assert _labelled(text, "figure") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reforms will be debated, French president François Hollande said.", False),
        ("Police said the road would stay closed.", False),
        ("Paul Cruickshank said the plot was directed from Syria.", False),
        ("A spokesman for the fire service said crews were inside.", False),
        ("Sources said the suspect had been under surveillance.", True),
        ("A person familiar with the investigation said the alarm had failed.", True),
        ("Witnesses described a second explosion.", True),
        ("The suspect was reportedly known to police.", True),
        ("Videos posted on social media show smoke over the city.", True),
        ("A resident who asked not to be named said the gate was open.", True),
        ("US officials were relatively certain the strike worked, CNN reported.", True),
    ],
)
def test_source_grading(text: str, expected: bool) -> None:
    """Named people and official bodies on the record are confirmed; vague sources are not."""
    assert bool(_labelled(text, "unconfirmed")) is expected


# --- figures -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "interval", "quantity"),
    [
        ("The attacks left 127 dead.", Interval(127, 127), "deaths"),
        ("The attacks killed at least 140 people.", Interval(140, INF, False, True), "deaths"),
        ("More than 40 people were injured.", Interval(40, INF, True, True), "injured"),
        ("About 25,000 people gathered.", Interval(22500, 27500), "crowd"),
        (
            "At least seven or eight attackers were involved.",
            Interval(7, INF, False, True),
            "attackers",
        ),
        ("Seven or eight attackers were involved.", Interval(7, 8), "attackers"),
        ("In Beirut 40-50 people were killed.", Interval(40, 50), "deaths"),
        ("Tens of thousands of people marched.", Interval(20000, 99999), "crowd"),
        ("Fewer than 20,000 people marched.", Interval(0, 20000, False, True), "crowd"),
        ("Dozens of people were injured.", Interval(24, 99), "injured"),
        ("Police arrested 12 people.", Interval(12, 12), "arrests"),
        ("Between 45,000 and 60,000 people marched.", Interval(45000, 60000), "crowd"),
        ("At its height 20 fire engines were there.", Interval(20, 20), "fire-engines"),
        ("Two workers are missing.", Interval(2, 2), "missing"),
        ("The damage was put at £1.2 million.", Interval(1200000, 1200000), "damage"),
    ],
)
def test_figure_intervals(text: str, interval: Interval, quantity: str) -> None:
    """Qualifiers turn a number into an interval, linked to what it counts."""
    figures = [s for s in analyse(text) if s.label == "figure"]
    assert len(figures) == 1
    assert figures[0].interval == interval
    assert figures[0].quantity == quantity


def test_figure_reason_in_words() -> None:
    """A figure's reason states the reading and the interval."""
    figure = analyse("The Paris attacks have killed at least 140 people.")[0]
    assert figure.reason == "figure: at least 140 deaths → [140, ∞)"


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (Interval(127, 127), Interval(140, INF, False, True), False),
        (Interval(140, INF, False, True), Interval(153, INF, False, True), True),
        (Interval(40, INF, True, True), Interval(40, 40), False),
        (Interval(0, 20000, False, True), Interval(20000, 20000), False),
        (Interval(22500, 27500), Interval(20000, 99999), True),
    ],
)
def test_interval_overlap(a: Interval, b: Interval, overlap: bool) -> None:
    """Overlap respects open and closed ends."""
    assert a.overlaps(b) is overlap and b.overlaps(a) is overlap


# --- conflicts ---------------------------------------------------------------------------


def test_conflict_newer_lower_figure() -> None:
    """When the lower figure is the newer one, the reason says age does not explain it."""
    older = Report(
        "early.txt", "Fire kills nine\n\nNine people died in the fire.", datetime(2024, 3, 1, 8, 0)
    )
    newer = Report(
        "late.txt", "Fire toll\n\nFive people died in the fire.", datetime(2024, 3, 1, 20, 0)
    )
    [conflict] = find_conflicts([older, newer])
    assert conflict.verdict == "conflict" and "more recent" in conflict.reason


def test_conflict_unknown_times() -> None:
    """Without publication times the reason says which one is older cannot be told."""
    one = Report("one.txt", "At least 12 people were injured.")
    two = Report("two.txt", "Five people were injured.")
    [conflict] = find_conflicts([one, two])
    assert conflict.verdict == "conflict" and "unknown" in conflict.reason


def test_conflicts_only_across_reports() -> None:
    """Figures within one report are never paired with each other."""
    report = Report("x.txt", "Police said 14 people were arrested. Later 23 were arrested.")
    assert find_conflicts([report]) == []


# --- reports, output and lexicons ----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("November 14th 2015", datetime(2015, 11, 14)),
        ("Nov 14 2015, 4:20am", datetime(2015, 11, 14, 4, 20)),
        ("Tuesday 12 March 2024, 9.15pm", datetime(2024, 3, 12, 21, 15)),
        ("Updated 14 June 2023 at 19:30", datetime(2023, 6, 14, 19, 30)),
        ("March 12, 2024, 6:40 a.m.", datetime(2024, 3, 12, 6, 40)),
        ("2015-11-14T04:20", datetime(2015, 11, 14, 4, 20)),
        ("No date on this line at all", None),
    ],
)
def test_parse_published(header: str, expected: datetime | None) -> None:
    """A date line near the top gives the publication time."""
    assert parse_published(f"Headline of the day\n\n{header}\n\nBody text.") == expected


def test_load_reports_errors(tmp_path: Path) -> None:
    """A missing or non-UTF-8 file raises SuggestError naming the path."""
    with pytest.raises(SuggestError) as missing:
        load_reports([tmp_path / "nope.txt"])
    assert "nope.txt" in str(missing.value)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Fran\xe7ois said".encode("latin-1"))
    with pytest.raises(SuggestError) as undecodable:
        load_reports([latin])
    assert undecodable.value.path == str(latin) and "UTF-8" in undecodable.value.message


def test_suggest_json_shape() -> None:
    """suggest_json produces exactly the documented keys, and is JSON-serialisable."""
    data = suggest_json(
        [
            ("a.txt", "Nov 14 2015\n\nEarly reports indicate 127 dead."),
            ("b.txt", "Nov 14 2015, 4:20am\n\nAt least 140 people were killed."),
        ]
    )
    assert set(data) == {"suggestions", "conflicts", "events"}  # "events" added by issue 14
    assert all(
        set(s) == {"path", "start", "end", "text", "label", "reason"} for s in data["suggestions"]
    )
    [conflict] = data["conflicts"]
    assert set(conflict) == {"quantity", "verdict", "reason", "a", "b", "event"}
    [event] = data["events"]
    # "apart" added by issue 14, session 11 (why events of a related kind were kept apart)
    assert set(event) == {"event", "label", "kind", "paths", "cues", "apart"}
    assert event["apart"] == []  # one event: nothing kept apart
    assert event["paths"] == ["a.txt", "b.txt"] and conflict["event"] == event["event"]
    assert set(conflict["a"]) == {"path", "start", "end", "text"}
    assert conflict["verdict"] == "conflict"
    json.dumps(data)


def test_suggest_listing() -> None:
    """The listing groups suggestions per file with line:col and ends with the comparisons."""
    listing = suggest_listing(
        [
            ("a.txt", "Headline here\n\nEarly reports indicate 127 dead."),
            ("b.txt", "At least 140 people were killed."),
        ]
    )
    assert "a.txt" in listing and "3:1" in listing and "unconfirmed" in listing
    assert "Figures compared across reports" in listing and "CONFLICT" in listing


def test_user_lexicon_dir(tmp_path: Path) -> None:
    """A teacher's lexicon directory adds phrases to the built-in ones."""
    (tmp_path / "hedges.yaml").write_text(
        "hedges:\n  - kind: hedge\n    reason: a rumoured plan\n    phrase: [mooted]\n",
        encoding="utf-8",
    )
    text = "A merger was mooted last year."
    assert not [s for s in analyse(text) if s.label == "speculation"]
    suggestions = analyse(text, lexicon_dir=tmp_path)
    assert [s.text for s in suggestions if s.label == "speculation"] == ["mooted last year"]


def test_core_stays_qt_free() -> None:
    """Importing the assistant does not load PySide6."""
    code = "import sys, quizapp.core.suggest; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_devset_is_well_formed() -> None:
    """Every devset report parses, holds 200-600 words, and pairs.yaml names real spans."""
    files = sorted(DEVSET.glob("*/*.md"))
    assert len(files) >= 12
    texts = {}
    for path in files:
        parsed = parse_article(path.read_text(encoding="utf-8"))
        assert 200 <= len(parsed.text.split()) <= 600, path.name
        texts[path.stem] = parsed
    groups = yaml.safe_load((DEVSET / "pairs.yaml").read_text(encoding="utf-8"))["groups"]
    for group in groups:
        for pair in group["pairs"]:
            for stem, wanted, *_ in (pair["a"], pair["b"]):
                parsed = texts[stem]
                assert any(
                    parsed.text[s.start : s.end] == str(wanted) and "figure" in s.labels
                    for s in parsed.spans
                ), (stem, wanted)
