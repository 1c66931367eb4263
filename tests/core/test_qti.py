"""QTI 3.0 packages: valid against the official XSD, scored as we score, and round-tripped.

The schemas in tests/schemas/qti3 are 1EdTech's QTI 3.0.1 ASI and content-packaging XSDs
(see tests/schemas/qti3/SOURCE.md).
"""

from __future__ import annotations

import dataclasses
import io
import random
import re
import zipfile
from functools import cache
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from lxml import etree

from quizapp.core.files import QuestionFileError, load_question_set
from quizapp.core.interchange import qti
from quizapp.core.model import VERDICTS, Question, QuestionSet
from quizapp.core.scoring import score
from tests.core.qti_eval import evaluate

TESTS_DIR = Path(__file__).resolve().parents[1]
SCHEMAS = TESTS_DIR / "schemas" / "qti3"
QUESTION_FILES = sorted((TESTS_DIR.parent / "questions").glob("*.yaml")) + [
    TESTS_DIR / "fixtures" / "harbour-fire.yaml"
]


@cache
def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def _sets() -> list[QuestionSet]:
    return [load_question_set(path) for path in QUESTION_FILES]


def _variants(question: Question) -> list[Question]:
    """The question as written, strict, and with a heavier stray penalty."""
    if question.type not in ("highlight", "compare"):
        return [question]
    return [
        question,
        dataclasses.replace(question, strict=True),
        dataclasses.replace(question, stray_penalty=1.0),
        dataclasses.replace(question, stray_penalty=0.0),
    ]


@pytest.mark.parametrize("path", QUESTION_FILES, ids=lambda p: p.name)
def test_every_file_of_the_package_is_valid_qti_3(path: Path) -> None:
    """Each item, stimulus and the test validate against the QTI 3.0 ASI XSD, the manifest
    against the QTI 3.0 content-packaging XSD."""
    data = qti.export_package(load_question_set(path))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names[0] == "imsmanifest.xml"
        for name in names:
            if not name.endswith(".xml"):
                continue
            document = etree.fromstring(archive.read(name))
            schema = _schema(
                "imsqtiv3p0_imscpv1p2_v1p0.xsd"
                if name == "imsmanifest.xml"
                else "imsqti_asiv3p0p1_v1p0.xsd"
            )
            assert schema.validate(etree.ElementTree(document)), (name, schema.error_log)
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
        listed = {f.get("href") for f in manifest.iter(f"{{{qti.CP_NS}}}file")}
        assert listed == set(names) - {"imsmanifest.xml"}


def test_schema_rejects_a_broken_item(harbour_set: QuestionSet) -> None:
    """The XSD check has teeth: an item with an unknown element fails it."""
    item = qti.item_xml(harbour_set.questions[0], harbour_set)
    ET.SubElement(item.find(f"{{{qti.QTI_NS}}}qti-item-body"), f"{{{qti.QTI_NS}}}qti-bogus")
    document = etree.fromstring(ET.tostring(item))
    assert not _schema("imsqti_asiv3p0p1_v1p0.xsd").validate(etree.ElementTree(document))


def test_package_kinds_of_interaction(harbour_set: QuestionSet) -> None:
    """Highlight is a hottext interaction, choice a choice interaction, classify inline
    choices, compare hottext plus verdict and reason choices."""
    expected = {
        "highlight": {"qti-hottext-interaction"},
        "choice": {"qti-choice-interaction"},
        "classify": {"qti-inline-choice-interaction"},
        "compare": {"qti-hottext-interaction", "qti-choice-interaction"},
    }
    for question in harbour_set.questions:
        item = qti.item_xml(question, harbour_set)
        tags = {e.tag.split("}")[1] for e in item.iter() if e.tag.endswith("-interaction")}
        assert tags == expected[question.type], question.id


# --- the same score ------------------------------------------------------------------------


def _hot_response(
    question: Question, chosen: list[tuple[int, qti._Hot]]
) -> tuple[dict[str, object], list[list[int]]]:
    marks = [[index, hot.start, hot.end] for index, hot in chosen]
    return {"RESPONSE": {hot.ident for _, hot in chosen}}, marks


def _random_selection(question: Question, rng: random.Random) -> list[tuple[int, qti._Hot]]:
    chosen = []
    style = rng.random()
    for index in range(len(question.excerpts)):
        hot = qti.hottexts(question, index)
        run = False
        for item in hot:
            if style > 0.95:
                pick = True  # nearly everything: the blanket rule
            elif item.key:
                pick = rng.random() < 0.6
            else:
                run = rng.random() < (0.5 if run else 0.04)
                pick = run
            if pick:
                chosen.append((index, item))
    return chosen


_ITEMS: dict[int, ET.Element] = {}


def _check(question: Question, qti_response: dict[str, object], ours: dict[str, object]) -> None:
    item = _ITEMS.get(id(question))
    if item is None:
        item = _ITEMS[id(question)] = qti.item_xml(question, _SETS[question.id])
    outcomes = evaluate(item, qti_response)
    expected = score(question, ours)
    assert outcomes["SCORE"] == pytest.approx(expected.points, abs=1e-4), (question.id, ours)
    assert outcomes["MAXSCORE"] == pytest.approx(expected.max_points)


_SETS: dict[str, QuestionSet] = {}


def _all_questions() -> list[Question]:
    questions = []
    for question_set in _sets():
        for question in question_set.questions:
            for variant in _variants(question):
                _SETS[variant.id] = question_set
                questions.append(variant)
    return questions


ALL_QUESTIONS = _all_questions()


@pytest.mark.parametrize(
    "question",
    [q for q in ALL_QUESTIONS if q.type in ("highlight", "compare")],
    ids=lambda q: f"{q.id}-{'strict' if q.strict else q.stray_penalty}",
)
def test_hottext_response_processing_scores_as_we_do(question: Question) -> None:
    """For many random selections of hottexts (key phrases, runs of stray words, almost
    everything), the QTI SCORE equals quizapp's score of the same marks."""
    rng = random.Random(question.id)
    for _ in range(40):
        chosen = _random_selection(question, rng)
        response, marks = _hot_response(question, chosen)
        ours: dict[str, object] = {"marks": marks}
        if question.type == "compare":
            verdict = rng.choice([None, *VERDICTS])
            reasons = [n for n in range(len(question.reasons)) if rng.random() < 0.4]
            ours |= {"verdict": verdict, "reasons": reasons}
            response |= {
                "VERDICT": None if verdict is None else f"V-{verdict}",
                "REASONS": {f"R{n}" for n in reasons},
            }
        _check(question, response, ours)


@pytest.mark.parametrize(
    "question", [q for q in ALL_QUESTIONS if q.type == "choice"], ids=lambda q: q.id
)
def test_choice_response_processing_scores_as_we_do(question: Question) -> None:
    """Every answer to a choice question (every subset of options) scores the same."""
    count = len(question.options)
    for bits in range(2**count):
        chosen = [n for n in range(count) if bits >> n & 1]
        if not question.multiple and len(chosen) > 1:
            continue
        response: dict[str, object] = {
            "RESPONSE": (
                {f"C{n}" for n in chosen}
                if question.multiple
                else (f"C{chosen[0]}" if chosen else None)
            )
        }
        _check(question, response, {"choices": chosen})


@pytest.mark.parametrize(
    "question", [q for q in ALL_QUESTIONS if q.type == "classify"], ids=lambda q: q.id
)
def test_classify_response_processing_scores_as_we_do(question: Question) -> None:
    """Random labellings of the phrases score the same through the inline choices."""
    rng = random.Random(question.id)
    key = question.key_spans()
    labels = [*question.targets, "unconfirmed", "speculation", "figure"]
    for _ in range(40):
        given = {n: rng.choice([None, *labels]) for n in range(len(key))}
        response = {f"L{n}": qti.identifier(label) if label else None for n, label in given.items()}
        _check(question, response, {"labels": {n: lab for n, lab in given.items() if lab}})


def test_stray_run_costs_once_and_floor_at_zero(harbour_set: QuestionSet) -> None:
    """Two neighbouring stray words are one stray; the score never goes below zero."""
    question = next(q for q in harbour_set.questions if q.type == "highlight")
    hot = qti.hottexts(question, 0)
    words = [h for h in hot if not h.key]
    pair = next(
        (a, b) for a, b in zip(words, words[1:], strict=False) if a.stop_word == b.first_word
    )
    item = qti.item_xml(question, harbour_set)
    outcomes = evaluate(item, {"RESPONSE": {pair[0].ident, pair[1].ident}})
    assert outcomes["STRAYS"] == 1.0
    assert outcomes["SCORE"] == 0.0


# --- round trip -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", QUESTION_FILES, ids=lambda p: p.name)
def test_round_trip_gives_the_same_questions_and_scores(path: Path, tmp_path: Path) -> None:
    """Export then import gives the same set: ids, prompts, excerpts, spans, keys, options,
    and the same score for the same responses."""
    original = load_question_set(path)
    package = tmp_path / "set.zip"
    qti.write_package(original, package)
    assert qti.is_qti_package(package)
    back = qti.read_package(package)
    assert back.id == original.id and back.title == original.title
    assert back.labels == original.labels and back.quiz == original.quiz
    assert [a.text for a in back.articles] == [a.text for a in original.articles]
    assert [a.spans for a in back.articles] == [a.spans for a in original.articles]
    assert back.questions == original.questions
    rng = random.Random(path.name)
    for before, after in zip(original.questions, back.questions, strict=True):
        if before.type in ("highlight", "compare"):
            _, marks = _hot_response(before, _random_selection(before, rng))
            response: dict[str, object] = {"marks": marks}
        elif before.type == "choice":
            response = {"choices": [0]}
        else:
            response = {"labels": {0: before.targets[0]}}
        assert score(after, response) == score(before, response)


def test_import_without_the_extension_file(harbour_set: QuestionSet, tmp_path: Path) -> None:
    """A package stripped of quizapp/set.json (what QTI cannot hold) still imports the same
    questions, with the title taken from the assessment test."""
    full = io.BytesIO(qti.export_package(harbour_set))
    stripped = tmp_path / "stripped.zip"
    with zipfile.ZipFile(full) as source, zipfile.ZipFile(stripped, "w") as target:
        for name in source.namelist():
            if name != qti.EXTRA_FILE:
                target.writestr(name, source.read(name))
    back = qti.read_package(stripped)
    assert back.questions == harbour_set.questions
    assert back.title == harbour_set.title


def _rewrite(source: bytes, target: Path, name: str, change: object) -> None:
    with zipfile.ZipFile(io.BytesIO(source)) as archive, zipfile.ZipFile(target, "w") as out:
        for entry in archive.namelist():
            data = archive.read(entry)
            if entry == name:
                data = change(data)  # type: ignore[operator]
            out.writestr(entry, data)


def test_bad_packages_get_clear_messages(harbour_set: QuestionSet, tmp_path: Path) -> None:
    """Not a zip, broken XML and a key that disagrees with the article each give a message
    naming the package and the file in it, never a traceback."""
    not_zip = tmp_path / "notzip.zip"
    not_zip.write_text("hello")
    with pytest.raises(qti.QtiError, match="not a readable zip"):
        qti.read_package(not_zip)

    data = qti.export_package(harbour_set)
    broken = tmp_path / "broken.zip"
    item_name = next(
        n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("items/")
    )
    _rewrite(data, broken, item_name, lambda b: b[:-40])
    with pytest.raises(qti.QtiError) as caught:
        qti.read_package(broken)
    assert f"broken.zip!{item_name}" in str(caught.value)
    assert "well-formed" in str(caught.value)

    retagged = tmp_path / "retagged.zip"
    _rewrite(
        data,
        retagged,
        "stimuli/report-a.xml",
        lambda b: b.replace(b'data-labels="speculation"', b'data-labels="figure"'),
    )
    problems = qti.check_package(retagged)[1]
    assert problems and all("retagged.zip" in str(p) for p in problems)


FOREIGN_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="canvas-q1"
  title="Who is the source?" adaptive="false" time-dependent="false" tool-name="OtherLMS">
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>B</qti-value></qti-correct-response>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-item-body>
    <p>Police said  the fire was <em>probably</em> arson [unconfirmed].</p>
    <p>Witnesses disagreed.</p>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt>Who says it was arson?</qti-prompt>
      <qti-simple-choice identifier="A">Witnesses</qti-simple-choice>
      <qti-simple-choice identifier="B">The <strong>police</strong></qti-simple-choice>
    </qti-choice-interaction>
  </qti-item-body>
</qti-assessment-item>
"""
FOREIGN_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="m1">
  <organizations/>
  <resources>
    <resource identifier="canvas-q1" type="imsqti_item_xmlv3p0" href="q1.xml">
      <file href="q1.xml"/>
    </resource>
  </resources>
</manifest>
"""


def test_a_choice_item_from_another_tool_imports(tmp_path: Path) -> None:
    """A package from another tool with one choice item becomes a set with one choice
    question; the item's text is its excerpt and the right option is kept."""
    package = tmp_path / "other lms.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("imsmanifest.xml", FOREIGN_MANIFEST)
        archive.writestr("q1.xml", FOREIGN_ITEM)
    question_set = qti.read_package(package)
    assert question_set.id == "other-lms"
    (question,) = question_set.questions
    assert question.type == "choice" and question.prompt == "Who says it was arson?"
    assert [(o.text, o.correct) for o in question.options] == [
        ("Witnesses", False),
        ("The police", True),
    ]
    assert question.excerpts[0].text == (
        "Police said the fire was probably arson [unconfirmed].\n\nWitnesses disagreed."
    )
    assert score(question, {"choices": [1]}).points == 1.0


def test_foreign_item_of_another_kind_is_named(tmp_path: Path) -> None:
    """An item from another tool with an interaction quizapp cannot hold is named with it."""
    package = tmp_path / "foreign.zip"
    item = FOREIGN_ITEM.replace("qti-choice-interaction", "qti-order-interaction")
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("imsmanifest.xml", FOREIGN_MANIFEST)
        archive.writestr("q1.xml", item)
    with pytest.raises(QuestionFileError) as caught:
        qti.read_package(package)
    assert caught.value.path.endswith("foreign.zip!q1.xml")
    assert "qti-order-interaction" in caught.value.message


# --- awkward keys: nested, adjacent and overlapping phrases ---------------------------------

AWKWARD = """\
quizapp: 1
id: 7-awkward
title: "Nested: adjacent {and} odd"
language: en
articles:
  - id: 1st
    outlet: Wire & Co
    headline: "Toll <rises>"
    text: |
      [[At least 140 people]{.figure quantity=deaths} died,
      [officials said]{.unconfirmed}]{.unconfirmed note="Whose officials?"}
      [reportedly]{.speculation .unconfirmed} [will rise]{.speculation} soon,
      U.S. sources [said]{.unconfirmed}.

      A second paragraph: the toll [could reach 200]{.speculation .figure quantity=deaths}.
questions:
  - id: 1-nested
    type: highlight
    prompt: Mark every unconfirmed attribution.
    excerpt: {article: 1st, paragraphs: [1, 2]}
    targets: [unconfirmed, speculation]
    stray_penalty: 0.25
  - id: 2-strict
    type: highlight
    prompt: Mark exactly the speculation.
    excerpt: {article: 1st, paragraphs: [1, 2]}
    targets: [speculation]
    strict: true
  - id: 3-labels
    type: classify
    prompt: Label each phrase.
    excerpt: {article: 1st, paragraphs: [1, 2]}
    targets: [figure, unconfirmed, speculation]
  - id: 4-compare
    type: compare
    prompt: Mark the death tolls.
    excerpts: [{article: 1st, paragraphs: [1, 1]}, {article: 1st, paragraphs: [2, 2]}]
    targets: [figure]
    quantity: deaths
    verdict: cannot-tell
    reasons:
      - {text: "Tolls rise {as} news comes in: 'yes'", correct: true}
      - {text: "One is a prediction", correct: true}
      - {text: "A typo"}
"""


def test_awkward_keys_validate_score_and_round_trip(tmp_path: Path) -> None:
    """Nested key phrases, adjacent ones in strict mode, a phrase with two labels, ids that
    start with a digit and markup characters in titles: the package validates, scores as
    we do and imports back the same."""
    from quizapp.core.files import loads_question_set

    question_set = loads_question_set(AWKWARD)
    package = tmp_path / "awkward.zip"
    qti.write_package(question_set, package)
    with zipfile.ZipFile(package) as archive:
        for name in archive.namelist():
            if name.endswith(".xml") and name != "imsmanifest.xml":
                document = etree.fromstring(archive.read(name))
                schema = _schema("imsqti_asiv3p0p1_v1p0.xsd")
                assert schema.validate(etree.ElementTree(document)), (name, schema.error_log)
    back = qti.read_package(package)
    assert back.questions == question_set.questions
    assert back.title == question_set.title
    rng = random.Random(7)
    for question in question_set.questions:
        _SETS[question.id] = question_set
        if question.type == "classify":
            key = question.key_spans()
            for _ in range(30):
                given = {
                    n: rng.choice([None, "figure", "unconfirmed", "speculation"])
                    for n in range(len(key))
                }
                response = {f"L{n}": lab for n, lab in given.items()}
                _check(question, response, {"labels": {n: lab for n, lab in given.items() if lab}})
            continue
        for _ in range(80):
            chosen = _random_selection(question, rng)
            response, marks = _hot_response(question, chosen)
            ours: dict[str, object] = {"marks": marks}
            if question.type == "compare":
                reasons = [n for n in range(3) if rng.random() < 0.5]
                ours |= {"verdict": "cannot-tell", "reasons": reasons}
                response |= {"VERDICT": "V-cannot-tell", "REASONS": {f"R{n}" for n in reasons}}
            _check(question, response, ours)


def _mutate(data: bytes, rng: random.Random) -> bytes:
    """Truncate, flip a byte, or replace an attribute value with something unexpected."""
    choice = rng.random()
    if choice < 0.3:
        return data[: rng.randrange(len(data))]
    if choice < 0.5:
        position = rng.randrange(len(data))
        return data[:position] + bytes([data[position] ^ 0x5A]) + data[position + 1 :]
    values = [m.span(1) for m in re.finditer(rb'="([^"]*)"', data)]
    if not values:
        return data
    start, end = rng.choice(values)
    garbage = rng.choice([b"", b"{", b"-1", b"999", b"x y", b"[1]", b"{&quot;a&quot;: 1}", b"\\"])
    return data[:start] + garbage + data[end:]


def test_damaged_packages_never_raise_anything_else(
    harbour_set: QuestionSet, tmp_path: Path
) -> None:
    """200 randomly damaged packages (a file truncated, a byte flipped, an attribute
    replaced) each import or give problems naming the package — never another exception."""
    source = qti.export_package(harbour_set)
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        names = archive.namelist()
    rng = random.Random(18)
    refused = 0
    for number in range(200):
        target = tmp_path / f"damaged-{number}.zip"
        name = rng.choice(names)
        _rewrite(source, target, name, lambda b: _mutate(b, rng))
        question_set, problems = qti.check_package(target)
        assert (question_set is None) == bool(problems)
        assert all(f"damaged-{number}.zip" in str(p) for p in problems)
        refused += bool(problems)
    assert refused > 50
