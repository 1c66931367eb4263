"""The real-report sets in tests/data/real (dev, heldout, fresh, unseen, blind, blind2,
blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10 and, once they exist, blind11 to
blind28) parse."""

from __future__ import annotations

import importlib
import math
import re
import sys
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

import pytest

from quizapp.core.markup import parse_article

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "data" / "real"
# the ninth to twelfth sessions' parts, each landed whole by its writer: checked once it exists
LATER = tuple(part for part in (f"blind{n}" for n in range(11, 29)) if (REAL / part).is_dir())
PARTS = (
    "dev", "heldout", "fresh", "unseen", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
    "blind7", "blind8", "blind9", "blind10", *LATER,
)  # fmt: skip
# each held-out part, and the parts that existed before it (it may share no event with them)
NEW_PARTS = {
    "fresh": ("dev", "heldout"),
    "unseen": ("dev", "heldout", "fresh"),
    "blind": ("dev", "heldout", "fresh", "unseen"),
    "blind2": ("dev", "heldout", "fresh", "unseen", "blind"),
}
# blind3 (events before 2016) is written at the same time as blind4 (events from 2016): new
# against every earlier part, and sharing no event with blind4
BLIND3_OLD = ("dev", "heldout", "fresh", "unseen", "blind", "blind2")
# blind4 (events from 2016), the session's final measurement: new against every other part,
# blind5 (events before 2016, written at the same time) included once it exists
BLIND4_OLD = ("dev", "heldout", "fresh", "unseen", "blind", "blind2", "blind3", "blind5")
# blind7, the final measurement of a later session: new against every other part, blind6
# (written at the same time) included once it exists
BLIND7_OLD = (
    "dev", "heldout", "fresh", "unseen", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
    "blind8",
)  # fmt: skip
# blind8, a second final part written at the same time as blind7: new against every other part
BLIND8_OLD = (*BLIND7_OLD[:-1], "blind7")
# blind6 (any year, a mid-session measurement): new against every earlier part and against
# blind7 (the session's final part, written at the same time)
BLIND6_OLD = (*BLIND4_OLD, "blind4", "blind7")
# blind9, the session's last measurement, written at the same time as blind10: new against
# every other part, blind10 included once it exists
BLIND9_OLD = (*BLIND7_OLD, "blind7", "blind10")
# blind10, the session's last measurement (written at the same time as blind9): new against
# every other part, blind9 included once it exists
BLIND10_OLD = (*BLIND8_OLD, "blind8", "blind9")
LABELS = {"figure", "speculation", "unconfirmed"}
HEADER_KEYS = ("outlet", "published", "url", "event")
_HEADER = re.compile(r"---\n(.*?)\n---\n", re.S)
_PUBLISHED = re.compile(r"(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)(?: \((.+)\))?")
_EVENT = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*-(?:19|20)\d\d")
_QUANTITY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

FILES = [path for part in PARTS for path in sorted((REAL / part).glob("*.md"))]


def _split(path: Path) -> tuple[dict[str, str], str]:
    raw = path.read_text(encoding="utf-8")
    match = _HEADER.match(raw)
    assert match, f"{path.name}: no header block between '---' lines at the top"
    header: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, colon, value = line.partition(":")
        assert colon, f"{path.name}: header line without ':': {line!r}"
        assert key.strip() not in header, f"{path.name}: header key {key!r} twice"
        header[key.strip()] = value.strip()
    return header, raw[match.end() :]


def _events(part: str) -> dict[str, list[str]]:
    events: dict[str, list[str]] = {}
    for path in sorted((REAL / part).glob("*.md")):
        events.setdefault(_split(path)[0]["event"], []).append(path.name)
    return events


def _eval_real() -> ModuleType:
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    return importlib.import_module("eval_real")


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_header_names_outlet_date_address_and_event(path: Path) -> None:
    """Every report is headed with its outlet, a real date, an http(s) address and an event id."""
    header, _ = _split(path)
    assert set(header) == set(HEADER_KEYS), f"{path.name}: header keys {sorted(header)}"
    assert all(header[key] for key in HEADER_KEYS), f"{path.name}: an empty header value"
    published = _PUBLISHED.fullmatch(header["published"])
    assert published, f"{path.name}: published {header['published']!r} is not a date"
    when = datetime.fromisoformat(published.group(1))
    assert date(1990, 1, 1) <= when.date() <= date.today()
    assert re.fullmatch(r"https?://\S+", header["url"]), f"{path.name}: url {header['url']!r}"
    assert _EVENT.fullmatch(header["event"]), f"{path.name}: event id {header['event']!r}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_annotations_parse_and_lie_inside_the_text(path: Path) -> None:
    """The body parses; every span is a known label, inside the text, trimmed, figures named."""
    _, body = _split(path)
    parsed = parse_article(body)
    assert len(parsed.text) > 200, f"{path.name}: the excerpt is too short"
    assert parsed.spans, f"{path.name}: nothing is annotated"
    for span in parsed.spans:
        text = parsed.text[span.start : span.end]
        where = f"{path.name}: span {text!r}"
        assert 0 <= span.start < span.end <= len(parsed.text), where
        assert text == text.strip() and "\n" not in text, f"{where} is not trimmed in a paragraph"
        assert span.labels and set(span.labels) <= LABELS, f"{where}: labels {span.labels}"
        attributes = dict(span.attributes)
        if "figure" in span.labels:
            assert _QUANTITY.fullmatch(attributes.get("quantity", "")), f"{where}: quantity"
            assert set(attributes) <= {"quantity", "rise"}, f"{where}: {attributes}"
            assert attributes.get("rise", "yes") == "yes", f"{where}: rise must be yes"
        else:
            assert not attributes, f"{where}: only figures carry attributes"


@pytest.mark.parametrize("part", PARTS)
def test_the_key_reads_every_figure_of_each_part(part: str) -> None:
    """scripts/eval_real.py can read a value in every annotated figure and derive the pairs."""
    eval_real = _eval_real()
    articles = eval_real.load_subset(part)
    figures = [f for a in articles for f in eval_real.gold_figures(a)]
    assert figures and all(f.low <= f.high for f in figures)
    pairs = eval_real.gold_pairs(articles)
    assert pairs, f"{part}: no true figure pairs"
    assert {p.verdict for p in pairs} <= {"compatible", "update", "conflict"}


@pytest.mark.parametrize("part", sorted(NEW_PARTS))
def test_held_out_part_is_new_material_of_several_events(part: str) -> None:
    """A held-out part: >= 14 reports of >= 5 events, none in earlier parts, two events single."""
    new = _events(part)
    old: dict[str, list[str]] = {}
    for earlier in NEW_PARTS[part]:
        old.update(_events(earlier))
    assert sum(len(names) for names in new.values()) >= 14
    assert len(new) >= 5
    assert not set(new) & set(old), f"{part}: events already in {NEW_PARTS[part]}"
    assert sum(len(names) >= 3 for names in new.values()) >= 4
    assert sum(len(names) == 1 for names in new.values()) >= 2
    urls = [_split(path)[0]["url"] for path in FILES]
    assert len(urls) == len(set(urls)), "a report is in two parts (or twice in one)"


@pytest.mark.parametrize("part", ["blind", "blind2", "blind4", "blind7", "blind8", "blind9"])
def test_blind_part_is_the_larger_final_measurement(part: str) -> None:
    """A blind part: >= 32 reports of >= 9 new events, >= 5 with 3-5 reports, 2 single, French."""
    events = _events(part)
    sizes = [len(names) for names in events.values()]
    assert sum(sizes) >= 32 and len(events) >= 9
    assert sum(3 <= size <= 5 for size in sizes) >= 5
    assert sum(size == 1 for size in sizes) >= 2
    assert not any(event.startswith("paris") for event in events), "the reference articles' event"
    texts = [parse_article(_split(path)[1]).text for path in sorted((REAL / part).glob("*.md"))]
    assert any(" le bilan " in text for text in texts), "no report in French"


def test_blind3_is_new_material_of_events_before_2016() -> None:
    """blind3: its events are in no earlier part nor in blind4, all before 2016, urls unique."""
    new = _events("blind3")
    old: dict[str, list[str]] = {}
    for earlier in (*BLIND3_OLD, "blind4"):
        old.update(_events(earlier))
    assert new and not set(new) & set(old), "blind3: an event already in another part"
    assert all(int(event[-4:]) < 2016 for event in new), "blind3 holds events before 2016"
    assert not any(event.startswith("paris") for event in new), "the reference articles' event"
    urls = [_split(path)[0]["url"] for path in FILES]
    assert len(urls) == len(set(urls)), "a report is in two parts (or twice in one)"


def test_blind4_is_new_material_of_events_from_2016() -> None:
    """blind4: its events are in no other part (blind5 too), all from 2016 on, urls unique."""
    new = _events("blind4")
    old: dict[str, list[str]] = {}
    for other in BLIND4_OLD:
        old.update(_events(other))
    assert new and not set(new) & set(old), "blind4: an event already in another part"
    assert all(int(event[-4:]) >= 2016 for event in new), "blind4 holds events from 2016 on"
    assert not any(event.startswith("paris") for event in new), "the reference articles' event"
    others = [path for part in BLIND4_OLD for path in sorted((REAL / part).glob("*.md"))]
    urls = [_split(path)[0]["url"] for path in {*FILES, *others}]
    assert len(urls) == len(set(urls)), "a report is in two parts (or twice in one)"


def test_blind5_is_new_material_of_events_before_2016() -> None:
    """blind5: >= 24 reports of >= 7 events in no other part (blind4 too), all before 2016,
    >= 5 events of 3-5 reports, one single, one French."""
    new = _events("blind5")
    old: dict[str, list[str]] = {}
    for earlier in (*BLIND3_OLD, "blind3", "blind4"):
        old.update(_events(earlier))
    assert not set(new) & set(old), "blind5: an event already in another part"
    assert all(int(event[-4:]) < 2016 for event in new), "blind5 holds events before 2016"
    sizes = [len(names) for names in new.values()]
    assert sum(sizes) >= 24 and len(new) >= 7
    assert sum(3 <= size <= 5 for size in sizes) >= 5
    assert any(size == 1 for size in sizes)
    assert not any(event.startswith("paris") for event in new), "the reference articles' event"
    bodies = [_split(path)[1] for path in sorted((REAL / "blind5").glob("*.md"))]
    assert any(" le bilan " in body for body in bodies), "no report in French"
    urls = [_split(path)[0]["url"] for path in FILES]
    assert len(urls) == len(set(urls)), "a report is in two parts (or twice in one)"


def test_blind7_is_new_material_of_events_in_no_other_part() -> None:
    """blind7: its events are in no other part (blind6 too, once it exists), the reference
    articles' event is not one of them, and no address is in two parts."""
    new = _events("blind7")
    old: dict[str, list[str]] = {}
    for other in BLIND7_OLD:
        old.update(_events(other))
    assert new and not set(new) & set(old), "blind7: an event already in another part"
    assert not any(event.startswith("paris") for event in new), "the reference articles' event"
    paths = sorted(path for part in (*BLIND7_OLD, "blind7") for path in (REAL / part).glob("*.md"))
    urls = [_split(path)[0]["url"] for path in paths]
    assert len(urls) == len(set(urls)), "a report is in two parts (or twice in one)"


def test_blind8_is_new_material_of_events_in_no_other_part() -> None:
    """blind8: its events are in no other part (blind7 included), the reference articles'
    event is not one of them, and no address is in two parts."""
    new = _events("blind8")
    old: dict[str, list[str]] = {}
    for other in BLIND8_OLD:
        old.update(_events(other))
    assert new and not set(new) & set(old), "blind8: an event already in another part"
    assert not any(event.startswith("paris") for event in new), "the reference articles' event"
    paths = sorted(path for part in (*BLIND8_OLD, "blind8") for path in (REAL / part).glob("*.md"))
    urls = [_split(path)[0]["url"] for path in paths]
    assert len(urls) == len(set(urls)), "a report is in two parts (or twice in one)"


def test_blind9_is_new_material_of_events_in_no_other_part() -> None:
    """blind9: its events are in no other part (blind10 too, once it exists), the reference
    articles' event is not one of them, and no address is in two parts."""
    new = _events("blind9")
    old: dict[str, list[str]] = {}
    for other in BLIND9_OLD:
        old.update(_events(other))
    assert new and not set(new) & set(old), "blind9: an event already in another part"
    assert not any(event.startswith("paris") for event in new), "the reference articles' event"
    paths = sorted(path for part in (*BLIND9_OLD, "blind9") for path in (REAL / part).glob("*.md"))
    urls = [_split(path)[0]["url"] for path in paths]
    assert len(urls) == len(set(urls)), "a report is in two parts (or twice in one)"


def test_blind9_is_new_material_of_several_kinds_of_events() -> None:
    """blind9 (also a larger final part above): two events of one kind in one city years apart
    (a teacher's batch), each with its own reports, besides >= 24 reports of >= 7 events."""
    events = _events("blind9")
    sizes = [len(names) for names in events.values()]
    assert sum(sizes) >= 24 and len(events) >= 7
    assert sum(3 <= size <= 5 for size in sizes) >= 5
    assert sum(size == 1 for size in sizes) >= 2
    texts = [parse_article(_split(path)[1]).text for path in sorted((REAL / "blind9").glob("*.md"))]
    assert any(" le bilan " in text.lower() for text in texts), "no report in French"
    # the same place and kind ("marseille-...-collapse-2018" and "-2023"), years apart
    kinds: dict[tuple[str, str], set[int]] = {}
    for event in events:
        words = event.split("-")
        kinds.setdefault((words[0], words[-2]), set()).add(int(words[-1]))
    assert any(max(years) - min(years) >= 2 for years in kinds.values()), "no same-city pair"


def test_blind6_is_new_material_of_several_kinds_of_events() -> None:
    """blind6: >= 24 reports of >= 7 events in no other part (blind7 too), >= 5 events of 3-5
    reports, one single, one French, urls unique over every part."""
    new = _events("blind6")
    old: dict[str, list[str]] = {}
    for other in BLIND6_OLD:
        old.update(_events(other))
    assert not set(new) & set(old), "blind6: an event already in another part"
    sizes = [len(names) for names in new.values()]
    assert sum(sizes) >= 24 and len(new) >= 7
    assert sum(3 <= size <= 5 for size in sizes) >= 5
    assert any(size == 1 for size in sizes)
    assert not any(event.startswith("paris") for event in new), "the reference articles' event"
    texts = [parse_article(_split(path)[1]).text for path in sorted((REAL / "blind6").glob("*.md"))]
    assert any(" le bilan " in text.lower() for text in texts), "no report in French"
    paths = sorted(path for part in (*BLIND6_OLD, "blind6") for path in (REAL / part).glob("*.md"))
    urls = [_split(path)[0]["url"] for path in paths]
    assert len(urls) == len(set(urls)), "a report is in two parts (or twice in one)"


def test_blind10_is_new_material_of_several_kinds_of_events() -> None:
    """blind10: >= 24 reports of >= 7 events in no other part (blind9 too, once it exists),
    >= 5 events of 3-5 reports, >= 2 single, one French, urls unique over every part."""
    new = _events("blind10")
    old: dict[str, list[str]] = {}
    for other in BLIND10_OLD:
        old.update(_events(other))
    assert not set(new) & set(old), "blind10: an event already in another part"
    sizes = [len(names) for names in new.values()]
    assert sum(sizes) >= 24 and len(new) >= 7
    assert sum(3 <= size <= 5 for size in sizes) >= 5
    assert sum(size == 1 for size in sizes) >= 2
    assert not any(event.startswith("paris") for event in new), "the reference articles' event"
    texts = [parse_article(_split(p)[1]).text for p in sorted((REAL / "blind10").glob("*.md"))]
    assert any(" le bilan " in text.lower() for text in texts), "no report in French"
    paths = sorted(
        path for part in (*BLIND10_OLD, "blind10") for path in (REAL / part).glob("*.md")
    )
    urls = [_split(path)[0]["url"] for path in paths]
    assert len(urls) == len(set(urls)), "a report is in two parts (or twice in one)"


@pytest.mark.parametrize("part", LATER)
def test_later_part_is_new_material_of_several_kinds_of_events(part: str) -> None:
    """blind11 on: >= 24 reports of >= 7 events in no other part, >= 5 events of 3-5
    reports, >= 2 single, one in French, urls unique over every part."""
    new = _events(part)
    old: dict[str, list[str]] = {}
    for other in PARTS:
        if other != part:
            old.update(_events(other))
    assert not set(new) & set(old), f"{part}: an event already in another part"
    sizes = [len(names) for names in new.values()]
    assert sum(sizes) >= 24 and len(new) >= 7
    assert sum(3 <= size <= 5 for size in sizes) >= 5
    assert sum(size == 1 for size in sizes) >= 2
    assert not any(event.startswith("paris") for event in new), "the reference articles' event"
    texts = [parse_article(_split(p)[1]).text for p in sorted((REAL / part).glob("*.md"))]
    assert any(" le bilan " in text.lower() for text in texts), "no report in French"
    urls = [_split(path)[0]["url"] for path in FILES]
    assert len(urls) == len(set(urls)), "a report is in two parts (or twice in one)"


@pytest.mark.parametrize(
    "part",
    [*sorted(NEW_PARTS), *(f"blind{n}" for n in range(3, 29))],
)
def test_held_out_part_is_measured_only_when_named(part: str) -> None:
    """eval_real offers --subset fresh, unseen and blind but measures none of them by default."""
    eval_real = _eval_real()
    assert part in eval_real.SUBSETS
    assert part not in eval_real.DEFAULT_SUBSETS


@pytest.mark.parametrize(
    ("written", "low", "high"),
    [
        ("10 or more injured", 10, math.inf),
        ("Between 15-20 people", 15, 20),
        ("between 10 and 15 others", 10, 15),
        ("At Least 15-20 Wounded", 15, math.inf),
        ("12 to 14 children", 12, 14),
        ("2 to 3 million people", 2e6, 3e6),
        ("around a dozen more wounded", 10.8, 13.2),
        ("a couple dozen victims", 20, 30),
        ("more than 20 people", 20, math.inf),
        ("passed 2,000", 2000, math.inf),
        ("£5m emergency fund", 5e6, 5e6),
        ("about 200m", 180, 220),
        ("half a billion euros", 5e8, 5e8),
        ("plus de 1000 blessés", 1000, math.inf),
        ("Trois nouveaux corps", 3, 3),
        ("au moins 20 morts", 20, math.inf),
        ("une vingtaine de personnes", 18, 22),
        ("une douzaine de personnes", 10, 14),
        ("Eighty-four deaths", 84, 84),
        ("Quatre-vingt pompiers", 80, 80),
        ("about half of them children", 0.45, 0.55),
        # upper bounds: "up to N" is at most N (the guidelines), and so are "as many as N"
        # and "no more than N"; "fewer than N" excludes N
        ("up to 120", 0, 120),
        ("as many as 400 people", 0, 400),
        ("no more than 10 people", 0, 10),
        ("fewer than 20 people", 0, 20 - 1e-9),
        ("no fewer than 12 people", 12, math.inf),
        ("nearly 20,000", 18000, 20000 - 1e-9),
        # blind5/: French teens, tens and compounds, Swiss thousands, half a dozen, "1 or 2"
        ("cinquante morts", 50, 50),
        ("treize disparus", 13, 13),
        ("quarante personnes", 40, 40),
        ("soixante wagons", 60, 60),
        ("dix-sept blessés", 17, 17),
        ("vingt-deux victimes", 22, 22),
        ("soixante-douze wagons", 72, 72),
        ("quatre-vingt-dix pompiers", 90, 90),
        ("113'000 litres", 113000, 113000),
        ("a half-dozen islands", 6, 6),
        ("half a dozen people", 6, 6),
        ("1 or 2 missing", 1, 2),
        # spelled numbers take their qualifier and their range too; "two dozen" is 24 (blind4/)
        ("as many as four", 0, 4),
        ("one or two attackers", 1, 2),
        ("two dozen people", 24, 24),
        ("about two dozen", 21.6, 26.4),
        ("at least three", 3, math.inf),
        ("un kilomètre au moins", 1, math.inf),
        ("two or three more bombs", 2, 3),
        ("6.000 habitants", 6000, 6000),
        ("pas moins de 80 personnes", 80, math.inf),
        ("entre 60 et 80 morts", 60, 80),
        ("upwards of 60 people", 60 + 1e-9, math.inf),
        ("a few hundred mourners", 200, 500),
        ("more than a hundred", 100 + 1e-9, math.inf),
        ("Plusieurs dizaines de familles", 20, 99),
        # blind6/: a third as a share, the French decimal comma, "roughly" and "close to"
        ("about a third of the club's patrons", 0.3, 1 / 3 * 1.1),
        ("25,7 %", 25.7, 25.7),
        ("1,500 people", 1500, 1500),
        ("only one-third", 1 / 3, 1 / 3),
        ("Roughly 300 people", 270, 330),
        ("close to 300", 270, 330),
        # blind7/: "several hundred thousand" is not several hundred
        ("several hundred thousand homeless", 200000, 999999),
        ("a few hundred thousand people", 200000, 500000),
        # blind8/: "une dizaine", "higher than", a qualifier before a vague or quoted count
        ("une dizaine de corps", 8, 12),
        ("higher than 600", 600 + 1e-9, math.inf),
        ("au moins « une vingtaine de morts »", 18, math.inf),
        ("at least dozens", 24, math.inf),
        # blind10/: a compound number written without its hyphen
        ("At least twenty eight workers", 28, math.inf),
        # blind9/: the leftmost number word, French spelled ranges
        ("cinq ou six blessés", 5, 6),
        ("cinq à huit", 5, 8),
        ("entre quatre et dix personnes", 4, 10),
        ("une ou deux personnes", 1, 2),
        # blind11-blind13/: number words before a scale, shares, space thousands, verbs of
        # passing and nearing, "plusieurs centaines"
        ("about two million pilgrims", 1.8e6, 2.2e6),
        ("just over a million people", 1e6 + 1e-9, math.inf),
        ("two to three million", 2e6, 3e6),
        ("some three hundred shops", 270, 330),
        ("half a million", 5e5, 5e5),
        ("Plusieurs centaines de blessés", 200, 999),
        ("un tiers des victimes", 1 / 3, 1 / 3),
        ("le tiers", 1 / 3, 1 / 3),
        ("nearly a quarter of them", 0.225, 0.25 - 1e-9),
        ("42 000 spectateurs", 42000, 42000),
        ("de 1 200 à 1 300 sinistrés", 1200, 1300),
        ("exceeded 125", 125 + 1e-9, math.inf),
        ("nears 400", 360, 400 - 1e-9),
        ("a single fatality", 1, 1),
        ("a pair of suicide bombers", 2, 2),
    ],
)
def test_the_key_reads_ranges_and_dozens(written: str, low: float, high: float) -> None:
    """The key reads ranges, dozens, "£5m", compounds, upper bounds and French amounts as the
    words allow."""
    got = _eval_real().gold_interval(written)
    assert got is not None
    assert got[0] == pytest.approx(low, rel=1e-6) and got[1] == pytest.approx(high, rel=1e-6)
