"""Moodle XML export: the question types Moodle can express faithfully.

- choice -> ``multichoice``: right options weigh 100/right %, wrong ones -100/right % in a
  multiple-answer question, so Moodle's sum floored at zero is our
  (right chosen - wrong chosen) / right.
- classify -> ``gapselect`` (select missing words): each key phrase is shown in bold with a
  drop-down of the labels after it; Moodle gives right gaps / all gaps of the question's
  grade, and the grade is set to the number of phrases, so the points are ours. A phrase with
  two labels (either is right in quizapp) or phrases that overlap cannot be said in a
  gapselect: such a question is left out.
- highlight and compare are left out: Moodle's question types cannot mark phrases in a text.

Each question left out comes back with its reason, for the teacher to read.
"""

from __future__ import annotations

import html
from xml.etree import ElementTree as ET

from quizapp.core.interchange import MESSAGES as EXPORT
from quizapp.core.interchange import (
    ExportResult,
    LeftOut,
    choice_fractions,
    choice_or_classify,
    excerpt_html,
    percent_text,
    question_html,
    write_each,
)
from quizapp.core.model import PARAGRAPH_SEPARATOR, Question, QuestionSet, label_name
from quizapp.core.text import Catalogue

MESSAGES = Catalogue("interchange.moodle")  # quizapp/core/messages/interchange.moodle.toml

__all__ = ["export_moodle", "moodle_question"]

PENALTY = "0.3333333"  # Moodle's default per wrong try in interactive mode


def _text(parent: ET.Element, tag: str, value: str, html_format: bool = True) -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": "html"} if html_format else {})
    ET.SubElement(element, "text").text = value
    return element


def _common(question: Question, kind: str, text: str, grade: float) -> ET.Element:
    element = ET.Element("question", {"type": kind})
    name = ET.SubElement(element, "name")
    ET.SubElement(name, "text").text = question.id
    _text(element, "questiontext", text)
    _text(element, "generalfeedback", html.escape(question.explanation or "", quote=False))
    ET.SubElement(element, "defaultgrade").text = percent_text(grade)
    ET.SubElement(element, "penalty").text = PENALTY
    ET.SubElement(element, "hidden").text = "0"
    ET.SubElement(element, "idnumber").text = question.id
    return element


def _tags(element: ET.Element, question: Question) -> None:
    tags = [*question.tags, *question.skills]
    if not tags:
        return
    holder = ET.SubElement(element, "tags")
    for tag in dict.fromkeys(tags):
        tag_element = ET.SubElement(holder, "tag")
        ET.SubElement(tag_element, "text").text = tag


def _feedback_parts(element: ET.Element) -> None:
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _text(element, tag, "")


def _multichoice(question: Question) -> ET.Element | LeftOut:
    right = sum(option.correct for option in question.options)
    fractions = [choice_fractions(right, option.correct) for option in question.options]
    if any(value is None for value in fractions):
        return LeftOut(question.id, EXPORT.NO_FRACTION(right=right))
    element = _common(question, "multichoice", question_html(question), 1.0)
    multiple = question.multiple or right > 1
    ET.SubElement(element, "single").text = "false" if multiple else "true"
    ET.SubElement(element, "shuffleanswers").text = "false"
    ET.SubElement(element, "answernumbering").text = "abc"
    ET.SubElement(element, "showstandardinstruction").text = "0"
    _feedback_parts(element)
    for option, fraction in zip(question.options, fractions, strict=True):
        assert fraction is not None
        shown = fraction if multiple or option.correct else 0.0
        answer = ET.SubElement(
            element, "answer", {"fraction": percent_text(shown), "format": "html"}
        )
        ET.SubElement(answer, "text").text = html.escape(option.text, quote=False)
        _text(answer, "feedback", html.escape(option.feedback or "", quote=False))
    _tags(element, question)
    return element


def _gapselect(question: Question) -> ET.Element | LeftOut:
    key = question.key_spans()
    if not key:
        return LeftOut(question.id, MESSAGES.NO_PHRASES())
    for _, span in key:
        if len(span.labels) > 1:
            text = question.excerpts[_].text[span.start : span.end]
            return LeftOut(
                question.id,
                EXPORT.SEVERAL_LABELS(
                    text=text, count=len(span.labels), target=EXPORT.A_MOODLE_GAP()
                ),
            )
    labels = list(dict.fromkeys([*question.targets, *(span.labels[0] for _, span in key)]))
    gap_of = {label: number for number, label in enumerate(labels, 1)}
    parts: list[str] = []
    for index, excerpt in enumerate(question.excerpts):
        spans = sorted((span for i, span in key if i == index), key=lambda s: s.start)
        for before, after in zip(spans, spans[1:], strict=False):
            if after.start < before.end:
                return LeftOut(question.id, MESSAGES.OVERLAP())
        source = excerpt_html(excerpt).split("</p>", 1)[0] + "</p>"
        paragraphs: list[str] = []
        offset = 0
        for text in excerpt.text.split(PARAGRAPH_SEPARATOR):
            end = offset + len(text)
            out, position = [], offset
            for span in spans:
                if offset <= span.start and span.end <= end:
                    out.append(_gap_safe(excerpt.text[position : span.start]))
                    out.append(f"<strong>{_gap_safe(excerpt.text[span.start : span.end])}</strong>")
                    out.append(f" [[{gap_of[span.labels[0]]}]]")
                    position = span.end
            out.append(_gap_safe(excerpt.text[position:end]))
            paragraphs.append(f"<p>{''.join(out)}</p>")
            offset = end + len(PARAGRAPH_SEPARATOR)
        parts.append(source + "".join(paragraphs))
    text = "".join(parts) + f"<p><strong>{html.escape(question.prompt, quote=False)}</strong></p>"
    element = _common(question, "gapselect", text, float(len(key)))
    ET.SubElement(element, "shuffleanswers").text = "0"
    _feedback_parts(element)
    for label in labels:
        option = ET.SubElement(element, "selectoption")
        ET.SubElement(option, "text").text = label_name(label)
        ET.SubElement(option, "group").text = "1"
    _tags(element, question)
    return element


def _gap_safe(text: str) -> str:
    # "[[" would open a gap in Moodle's text: keep literal brackets apart.
    return html.escape(text, quote=False).replace("[[", "[&#8203;[").replace("]]", "]&#8203;]")


def moodle_question(question: Question) -> ET.Element | LeftOut:
    """One question as a Moodle ``<question>``, or why it cannot be one."""
    return choice_or_classify(question, _multichoice, _gapselect)


def export_moodle(question_set: QuestionSet) -> ExportResult:
    """The set as Moodle XML (one category named after the set)."""
    quiz = ET.Element("quiz")
    category = ET.SubElement(quiz, "question", {"type": "category"})
    holder = ET.SubElement(category, "category")
    ET.SubElement(holder, "text").text = f"$course$/top/{question_set.title}"
    info = ET.SubElement(category, "info", {"format": "html"})
    ET.SubElement(info, "text").text = html.escape(question_set.description or "", quote=False)
    written, left_out = write_each(question_set.questions, moodle_question)
    quiz.extend(written)
    ET.indent(quiz)
    data = ET.tostring(quiz, encoding="utf-8", xml_declaration=True) + b"\n"
    return ExportResult((("", data),), len(written), left_out)
