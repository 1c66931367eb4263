"""Moodle XML, GIFT and H5P Mark the Words exports: their shape, their scores, what is left out."""

from __future__ import annotations

import dataclasses
import html
import io
import json
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from quizapp.core.files import load_question_set
from quizapp.core.interchange import gift, h5p, moodle
from quizapp.core.interchange.lms import export_set
from quizapp.core.model import Option, Question, QuestionSet
from quizapp.core.scoring import score

TESTS_DIR = Path(__file__).resolve().parents[1]
QUESTION_FILES = sorted((TESTS_DIR.parent / "questions").glob("*.yaml")) + [
    TESTS_DIR / "fixtures" / "harbour-fire.yaml"
]


def _sets() -> list[QuestionSet]:
    return [load_question_set(path) for path in QUESTION_FILES]


# --- Moodle XML ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", QUESTION_FILES, ids=lambda p: p.name)
def test_moodle_xml_parses_and_keeps_what_it_can(path: Path) -> None:
    """The file parses as XML; every choice and classify question is in it (or named as
    left out with a reason), and highlight and compare questions are named as left out."""
    question_set = load_question_set(path)
    result = export_set(question_set, "moodle")
    root = ET.fromstring(result.data)
    assert root.tag == "quiz"
    kinds = {q.findtext("name/text"): q.get("type") for q in root.findall("question")}
    assert kinds.pop(None) == "category"
    left = {item.question_id: item.reason for item in result.left_out}
    for question in question_set.questions:
        if question.type in ("highlight", "compare"):
            assert "Moodle" in left[question.id]
        elif question.id not in left:
            expected = "multichoice" if question.type == "choice" else "gapselect"
            assert kinds[question.id] == expected
    assert result.written == len(kinds)
    assert result.written + len(result.left_out) == len(question_set.questions)


def _moodle_grade(element: ET.Element, chosen: list[int]) -> float:
    fractions = [float(a.get("fraction", "0")) for a in element.findall("answer")]
    return max(0.0, sum(fractions[n] for n in chosen)) / 100.0


def test_moodle_multichoice_grades_as_we_score() -> None:
    """For every answer to every choice question, Moodle's fraction sum (floored at zero)
    is our score."""
    checked = 0
    for question_set in _sets():
        for question in question_set.questions:
            if question.type != "choice":
                continue
            element = moodle.moodle_question(question)
            assert isinstance(element, ET.Element)
            single = element.findtext("single") == "true"
            count = len(question.options)
            for bits in range(2**count):
                chosen = [n for n in range(count) if bits >> n & 1]
                if single and len(chosen) > 1:
                    continue
                ours = score(question, {"choices": chosen}).points
                assert _moodle_grade(element, chosen) == pytest.approx(ours, abs=1e-4)
                checked += 1
    assert checked > 20


def test_moodle_gapselect_matches_the_key(harbour_set: QuestionSet) -> None:
    """A classify question becomes a gapselect whose gaps name each phrase's label and whose
    grade is the number of phrases (one point each, as ours)."""
    question = next(q for q in harbour_set.questions if q.type == "classify")
    element = moodle.moodle_question(question)
    assert isinstance(element, ET.Element)
    options = [o.findtext("text") for o in element.findall("selectoption")]
    text = element.findtext("questiontext/text") or ""
    gaps = [int(n) for n in re.findall(r"\[\[(\d+)\]\]", text)]
    key = question.key_spans()
    assert len(gaps) == len(key)
    for number, (index, span) in zip(gaps, key, strict=True):
        assert options[number - 1] in (
            dict(figure="figure").get(lab, lab) for lab in span.labels
        ) or (options[number - 1] == "unconfirmed attribution" and "unconfirmed" in span.labels)
        phrase = html.escape(question.excerpts[index].span_text(span), quote=False)
        assert f"<strong>{phrase}</strong> [[{number}]]" in text
    assert float(element.findtext("defaultgrade") or 0) == len(key)


def test_moodle_leaves_out_a_phrase_with_two_labels(harbour_set: QuestionSet) -> None:
    """A classify phrase that carries two labels cannot be one gap: the question is left
    out with that reason."""
    question = next(q for q in harbour_set.questions if q.type == "classify")
    index, span = question.key_spans()[0]
    doubled = dataclasses.replace(span, labels=("figure", "speculation"))
    excerpt = question.excerpts[index]
    changed = dataclasses.replace(
        question,
        excerpts=(
            dataclasses.replace(
                excerpt, spans=tuple(doubled if s == span else s for s in excerpt.spans)
            ),
        ),
    )
    result = moodle.moodle_question(changed)
    assert not isinstance(result, ET.Element)
    assert "2 labels" in result.reason


# --- GIFT ----------------------------------------------------------------------------------


def test_gift_escapes_every_control_character() -> None:
    """~ = # { } : and the backslash are escaped; line breaks become spaces."""
    assert gift.escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h"
    assert gift.escape("one\n\ntwo") == "one two"


_UNESCAPED = re.compile(r"(?<!\\)(?:\\\\)*[~=#{}]")


def _split_gift(text: str) -> list[str]:
    return [block for block in text.split("\n\n") if block.strip()]


@pytest.mark.parametrize("path", QUESTION_FILES, ids=lambda p: p.name)
def test_gift_file_shape(path: Path) -> None:
    """Each question is one block `::id::[html]text {answers}` with no blank line inside,
    braces that balance once escapes are removed, and answers marked = or ~."""
    question_set = load_question_set(path)
    result = export_set(question_set, "gift")
    blocks = _split_gift(result.data.decode("utf-8"))
    assert blocks[0].startswith("$CATEGORY: ")
    assert len(blocks) - 1 == result.written
    for block in blocks[1:]:
        lines = [line for line in block.strip().split("\n") if not line.startswith("//")]
        head = lines[0]
        assert head.startswith("::") and head.endswith(" {")
        body = head[: -len(" {")]
        assert not _UNESCAPED.search(body.split("::", 2)[2]), body
        assert lines[-1] == "}"
        for answer in lines[1:-1]:
            assert answer.startswith(("\t=", "\t~", "\t####"))
            text = answer[2:] if not answer.startswith("\t~%") else answer.split("%", 2)[2]
            if " -> " in text:
                left, right = text.split(" -> ")
                assert not _UNESCAPED.search(left) and not _UNESCAPED.search(right)
            elif not answer.startswith("\t####"):
                assert not _UNESCAPED.search(text.split("#")[0].rstrip("\\"))


def test_gift_multiple_answers_use_weights() -> None:
    """Two right options of three: +50% each, -50% for the wrong one (floored at 0)."""
    question_set = _sets()[0]
    base = next(q for q in question_set.questions if q.type == "choice")
    question = dataclasses.replace(
        base,
        multiple=True,
        options=(Option("A {x}", True), Option("B: y", True), Option("C ~z", False)),
    )
    text = gift.gift_question(question)
    assert isinstance(text, str)
    assert "\t~%50%A \\{x\\}" in text
    assert "\t~%50%B\\: y" in text
    assert "\t~%-50%C \\~z" in text


def test_gift_category_and_special_characters_in_prompts(harbour_set: QuestionSet) -> None:
    """A prompt full of GIFT characters arrives escaped and the category is one line."""
    question = dataclasses.replace(
        harbour_set.questions[2], prompt="Who {really} said = ~ # : that?"
    )
    changed = dataclasses.replace(harbour_set, title="A: B\nC", questions=(question,))
    text = export_set(changed, "gift").data.decode("utf-8")
    assert text.startswith("$CATEGORY: $course$/top/A: B C\n")
    assert "Who \\{really\\} said \\= \\~ \\# \\: that?" in text


# --- H5P Mark the Words --------------------------------------------------------------------

# The library's semantics.json (H5P.MarkTheWords 1.11): fields that are not optional.
REQUIRED_FIELDS = {
    "taskDescription",
    "textField",
    "checkAnswerButton",
    "submitAnswerButton",
    "tryAgainButton",
    "showSolutionButton",
    "correctAnswer",
    "incorrectAnswer",
    "missedAnswer",
    "displaySolutionDescription",
    "scoreBarLabel",
    "a11yFullTextLabel",
    "a11yClickableTextLabel",
    "a11ySolutionModeHeader",
    "a11yCheckingHeader",
    "a11yCheck",
    "a11yShowSolution",
    "a11yRetry",
}


def _h5p_answers(text_field: str) -> list[str]:
    """The words Mark the Words treats as answers, split as its scripts split them."""
    root = ET.fromstring(f"<div>{text_field}</div>")
    answers: list[str] = []
    for paragraph in root:
        text = "".join(paragraph.itertext()).replace("\n", " ")
        for entry in re.findall(r" \*[^\* ]+\* |[^\s]+", text):
            entry = entry.strip()
            entry = re.sub(r"^[\[\({⟨¿¡“\"«„]+", "", entry)
            entry = re.sub(r"[\",….:;?!\]\)}⟩»”]+$", "", entry)
            bare = entry.replace("**", "")
            if len(bare) > 2 and bare.startswith("*") and bare.endswith("*"):
                answers.append(entry[1:-1])
    return answers


@pytest.mark.parametrize("path", QUESTION_FILES, ids=lambda p: p.name)
def test_h5p_files_follow_the_library_semantics(path: Path) -> None:
    """Each .h5p is a zip with h5p.json naming H5P.MarkTheWords as main library and a
    content.json with every required field; its marked words are exactly the key's words."""
    question_set = load_question_set(path)
    result = export_set(question_set, "h5p")
    highlights = [q for q in question_set.questions if q.type == "highlight"]
    assert result.written == len(highlights)
    assert {item.question_id for item in result.left_out} == {
        q.id for q in question_set.questions if q.type != "highlight"
    }
    for (suffix, data), question in zip(result.files, highlights, strict=True):
        assert suffix in ("", question.id)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert set(archive.namelist()) == {"h5p.json", "content/content.json"}
            manifest = json.loads(archive.read("h5p.json"))
            content = json.loads(archive.read("content/content.json"))
        assert manifest["mainLibrary"] == "H5P.MarkTheWords"
        assert {"machineName": "H5P.MarkTheWords", "majorVersion": 1, "minorVersion": 11} in (
            manifest["preloadedDependencies"]
        )
        assert manifest["title"] and manifest["language"]
        assert REQUIRED_FIELDS <= set(content)
        assert isinstance(content["behaviour"]["enableRetry"], bool)
        assert _h5p_answers(content["textField"]) == _key_tokens(question)


def _key_tokens(question: Question) -> list[str]:
    """The white-space separated words (punctuation trimmed) that hold a word of the key:
    what H5P can mark, once each."""
    tokens = []
    for index, excerpt in enumerate(question.excerpts):
        key = [s for i, s in question.key_spans() if i == index]
        for match in re.finditer(r"\S+", excerpt.text):
            core = re.sub(r"^[\[\({⟨¿¡“\"«„]+", "", match.group())
            start = match.start() + len(match.group()) - len(core)
            core = re.sub(r"[\",….:;?!\]\)}⟩»”]+$", "", core)
            end = start + len(core)
            if core and any(s.start < end and s.end > start for s in key):
                tokens.append(core)
    return tokens


def test_h5p_phrase_becomes_one_mark_per_word(harbour_set: QuestionSet) -> None:
    """'will likely rise' is three marked words, punctuation kept outside the asterisks,
    and a literal asterisk is doubled."""
    question = next(q for q in harbour_set.questions if q.type == "highlight")
    text, count = h5p.marked_text(question)
    assert "*will* *likely* *rise*." in text
    assert count == 3
    excerpt = question.excerpts[0]
    starred = dataclasses.replace(
        question,
        excerpts=(dataclasses.replace(excerpt, text=excerpt.text.replace("a worker", "a*worker")),),
    )
    assert "a**worker" in h5p.marked_text(starred)[0]


def test_cli_writes_one_h5p_per_question_when_several(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With several highlight questions, export --format h5p writes FILE-<question>.h5p for
    each and names every file written and every question left out."""
    from quizapp.cli import main

    db = tmp_path / "bank.sqlite3"
    source = TESTS_DIR.parent / "questions" / "paris-2015.yaml"
    assert main(["--db", str(db), "import", str(source)]) == 0
    question_set = load_question_set(source)
    out = tmp_path / "paris.h5p"
    assert (
        main(["--db", str(db), "export", question_set.id, "--format", "h5p", "--out", str(out)])
        == 0
    )
    err = capsys.readouterr().err
    highlights = [q.id for q in question_set.questions if q.type == "highlight"]
    for question_id in highlights:
        assert (tmp_path / f"paris-{question_id}.h5p").is_file()
    for question in question_set.questions:
        if question.type != "highlight":
            assert f"left out {question.id}: Mark the Words takes highlight questions only" in err
    assert f"{len(highlights)} questions as h5p" in err


def test_cli_moodle_names_what_was_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """export --format moodle says which questions were left out and why, and writes the rest."""
    from quizapp.cli import main

    db = tmp_path / "bank.sqlite3"
    source = TESTS_DIR / "fixtures" / "harbour-fire.yaml"
    assert main(["--db", str(db), "import", str(source)]) == 0
    out = tmp_path / "harbour.xml"
    assert (
        main(["--db", str(db), "export", "harbour-fire", "--format", "moodle", "--out", str(out)])
        == 0
    )
    err = capsys.readouterr().err
    assert "left out fire-speculation: marking phrases in a text has no equivalent" in err
    assert "left out fire-toll: a compare question" in err
    assert "2 questions as moodle; 2 left out" in err
    assert ET.parse(out).getroot().tag == "quiz"
