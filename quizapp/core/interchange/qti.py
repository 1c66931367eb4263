"""QTI 3.0 content packages: export a question set, and import one back.

A package is a zip with ``imsmanifest.xml`` (IMS CP 1.2, QTI 3.0 profile), one
``qti-assessment-test`` (the set, in order), one ``qti-assessment-stimulus`` per article
(its paragraphs, with every tagged span as ``<span data-labels=...>``) and one
``qti-assessment-item`` per question:

- highlight: a ``qti-hottext-interaction``; each key phrase is one hottext, and every
  other word is a hottext of its own, except the words right next to a key phrase (see
  below);
- choice: a ``qti-choice-interaction`` over the excerpt;
- classify: the key phrases shown in bold, each followed by a
  ``qti-inline-choice-interaction`` offering the labels;
- compare: one hottext interaction over all the excerpts, then a choice interaction for
  the verdict and one for the reasons.

Response processing is written out rule by rule so that a QTI player gives the score
``quizapp.score`` gives to the same answer: a key phrase selected is found, a run of
adjacent selected words outside the key is one stray costing the question's penalty,
the total is floored at zero, and marking nearly the whole excerpt (90 % of its words)
with some outside the key finds nothing. Words that touch a key phrase are left out of
the hottexts: in our scoring such a word would merge with the phrase into one mark, which
QTI's rule language cannot follow without one rule per possible run.

Import reads the articles from the stimuli, each question from its item (type, prompt,
excerpt ranges, targets, options, verdict, reasons, penalty, strict mode, difficulty,
tags, explanation) and checks the set with the same checks as a question file.
"""

from __future__ import annotations

import json
import re
import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from quizapp.core import markup
from quizapp.core.errors import ErrorCode, LocatedError
from quizapp.core.files import (
    Problem,
    QuestionFileError,
    quiz_to_data,
    set_from_data,
)
from quizapp.core.model import (
    BUILTIN_LABELS,
    DEFAULT_STRAY_PENALTY,
    PARAGRAPH_SEPARATOR,
    VERDICTS,
    Article,
    Excerpt,
    Option,
    Question,
    QuestionSet,
    Span,
    label_name,
)
from quizapp.core.scoring import BLANKET_SHARE, words
from quizapp.core.text import Catalogue

__all__ = [
    "CP_NS",
    "QTI_NS",
    "QtiError",
    "export_package",
    "is_qti_package",
    "read_package",
    "write_package",
]

QTI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0"
CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1"
XML_NS = "http://www.w3.org/XML/1998/namespace"
EXTRA_FILE = "quizapp/set.json"  # what QTI has no place for: labels' names, quiz settings
TOOL_NAME = "quizapp"

_Q = f"{{{QTI_NS}}}"
_C = f"{{{CP_NS}}}"
_NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


MESSAGES = Catalogue("interchange.qti")  # quizapp/core/messages/interchange.qti.toml


class QtiError(LocatedError, ValueError):
    """A package that cannot be read: ``where`` names the package and the file in it."""

    code = ErrorCode.PACKAGE_INVALID


def identifier(value: str) -> str:
    """``value`` as a QTI identifier (an XML NCName): ids that start with a digit get a prefix."""
    return value if _NCNAME.match(value) else "id-" + re.sub(r"[^A-Za-z0-9_.-]", "_", value)


# =========================================================================== XML helpers


def _el(tag: str, attrib: dict[str, str] | None = None, text: str | None = None) -> ET.Element:
    element = ET.Element(_Q + tag, {k: v for k, v in (attrib or {}).items()})
    if text is not None:
        element.text = text
    return element


def _sub(
    parent: ET.Element, tag: str, attrib: dict[str, str] | None = None, text: str | None = None
) -> ET.Element:
    element = _el(tag, attrib, text)
    parent.append(element)
    return element


def _number(value: float) -> str:
    return repr(float(value))


def _append_text(parent: ET.Element, text: str) -> None:
    """Add text after the last child of ``parent`` (or as its text)."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _serialize(root: ET.Element) -> bytes:
    ET.register_namespace("", QTI_NS if root.tag.startswith(_Q) else CP_NS)
    # No ET.indent: white space inside the text is content.
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


# --- response processing, as element trees ----------------------------------------------


def _var(name: str) -> ET.Element:
    return _el("qti-variable", {"identifier": name})


def _base(base_type: str, value: str | float) -> ET.Element:
    text = _number(value) if isinstance(value, float) else str(value)
    return _el("qti-base-value", {"base-type": base_type}, text)


def _op(tag: str, *operands: ET.Element) -> ET.Element:
    element = _el(tag)
    element.extend(operands)
    return element


def _member(choice: str, response: str = "RESPONSE") -> ET.Element:
    return _op("qti-member", _base("identifier", choice), _var(response))


def _set(name: str, expression: ET.Element) -> ET.Element:
    element = _el("qti-set-outcome-value", {"identifier": name})
    element.append(expression)
    return element


def _add(name: str, amount: float) -> ET.Element:
    return _set(name, _op("qti-sum", _var(name), _base("float", amount)))


def _when(condition: ET.Element, *actions: ET.Element) -> ET.Element:
    rule = _el("qti-response-condition")
    branch = _sub(rule, "qti-response-if")
    branch.append(condition)
    branch.extend(actions)
    return rule


def _all(*conditions: ET.Element) -> ET.Element:
    return conditions[0] if len(conditions) == 1 else _op("qti-and", *conditions)


def _outcome(
    parent: ET.Element,
    name: str,
    base_type: str,
    default: Sequence[str] | str | None = None,
    cardinality: str = "single",
) -> None:
    declaration = _sub(
        parent,
        "qti-outcome-declaration",
        {"identifier": name, "cardinality": cardinality, "base-type": base_type},
    )
    if default is None:
        return
    values = [default] if isinstance(default, str) else list(default)
    holder = _sub(declaration, "qti-default-value")
    for value in values:
        _sub(holder, "qti-value", text=value)


# =========================================================================== text layout


@dataclass(frozen=True)
class _Hot:
    """One hottext: characters ``start:end`` of an excerpt, worth ``value`` key spans."""

    ident: str
    start: int
    end: int
    words: int
    key: bool
    value: int = 0  # key spans in it (found when selected)
    exact: int = 0  # key spans whose words are exactly its words (strict mode)
    first_word: int = 0
    stop_word: int = 0


def _word_index(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    first = bisect_right(ends, start)
    stop = bisect_left(starts, end)
    return (first, stop) if first < stop else (0, 0)


def hottexts(question: Question, index: int) -> list[_Hot]:
    """The hottexts of excerpt ``index``: key phrases (overlapping ones joined) and the
    words that neither lie in nor touch one."""
    excerpt = question.excerpts[index]
    table = words(excerpt.text)
    key = [
        _word_index(table, span.start, span.end)
        for excerpt_index, span in question.key_spans()
        if excerpt_index == index
    ]
    key = [interval for interval in key if interval[0] < interval[1]]
    groups: list[list[tuple[int, int]]] = []
    for interval in sorted(key):
        if groups and interval[0] < max(stop for _, stop in groups[-1]):
            groups[-1].append(interval)
        else:
            groups.append([interval])
    hot: list[_Hot] = []
    blocked: set[int] = set()
    for number, group in enumerate(groups, 1):
        first = min(f for f, _ in group)
        stop = max(s for _, s in group)
        blocked.update(range(first - 1, stop + 1))
        hot.append(
            _Hot(
                ident=f"K{index}_{number}",
                start=table[first][0],
                end=table[stop - 1][1],
                words=stop - first,
                key=True,
                value=len(group),
                exact=sum(1 for interval in group if interval == (first, stop)),
                first_word=first,
                stop_word=stop,
            )
        )
    for word_index, (start, end) in enumerate(table):
        if word_index in blocked:
            continue
        hot.append(
            _Hot(f"W{index}_{word_index}", start, end, 1, False, 0, 0, word_index, word_index + 1)
        )
    hot.sort(key=lambda h: h.start)
    return hot


def _paragraphs(text: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    start = 0
    while True:
        end = text.find(PARAGRAPH_SEPARATOR, start)
        if end < 0:
            ranges.append((start, len(text)))
            return ranges
        ranges.append((start, end))
        start = end + len(PARAGRAPH_SEPARATOR)


def _excerpt_div(parent: ET.Element, excerpt: Excerpt) -> ET.Element:
    attributes = {
        "class": "qz-excerpt",
        "data-article": excerpt.article_id,
        "data-first": str(excerpt.first),
        "data-last": str(excerpt.last),
    }
    div = _sub(parent, "div", attributes)
    source = _sub(div, "p", {"class": "qz-source"})
    _sub(source, "strong", text=excerpt.outlet or excerpt.article_id)
    _append_text(source, f" — {excerpt.headline}" if excerpt.headline else "")
    if excerpt.published:
        _append_text(source, f" ({excerpt.published})")
    return div


def _plain_paragraphs(parent: ET.Element, text: str) -> None:
    for start, end in _paragraphs(text):
        _sub(parent, "p", text=text[start:end])


def _hot_paragraphs(parent: ET.Element, text: str, hot: list[_Hot]) -> None:
    for start, end in _paragraphs(text):
        paragraph = _sub(parent, "p")
        position = start
        for item in hot:
            if item.start < start or item.end > end:
                continue
            _append_text(paragraph, text[position : item.start])
            _sub(paragraph, "qti-hottext", {"identifier": item.ident}, text[item.start : item.end])
            position = item.end
        _append_text(paragraph, text[position:end])


# =========================================================================== export


def _choice_mapping(declaration: ET.Element, options: Sequence[Option], prefix: str) -> list[str]:
    """Right options map to 1/right and wrong ones to -1/right, floored at 0: the same
    (right chosen - wrong chosen) / right our scoring gives."""
    correct = [f"{prefix}{n}" for n, option in enumerate(options) if option.correct]
    if correct:
        holder = _sub(declaration, "qti-correct-response")
        for ident in correct:
            _sub(holder, "qti-value", text=ident)
    mapping = _sub(declaration, "qti-mapping", {"default-value": "0", "lower-bound": "0"})
    right = len(correct)
    for n, option in enumerate(options):
        value = 0.0 if not right else (1.0 if option.correct else -1.0) / right
        _sub(mapping, "qti-map-entry", {"map-key": f"{prefix}{n}", "mapped-value": _number(value)})
    return correct


def _choices(
    interaction: ET.Element, options: Sequence[Option], prefix: str, feedback_outcome: str
) -> None:
    for n, option in enumerate(options):
        choice = _sub(interaction, "qti-simple-choice", {"identifier": f"{prefix}{n}"})
        choice.text = option.text
        if option.feedback:
            _sub(
                choice,
                "qti-feedback-inline",
                {
                    "outcome-identifier": feedback_outcome,
                    "identifier": f"{prefix}{n}",
                    "show-hide": "show",
                },
                option.feedback,
            )


def _marks_rules(question: Question, processing: ET.Element) -> None:
    """Rules that leave FOUND (key spans found) and STRAYS (stray runs) set."""
    for index, excerpt in enumerate(question.excerpts):
        hot = hottexts(question, index)
        marked, outside, found = f"MARKED_{index}", f"OUTSIDE_{index}", f"FOUND_{index}"
        for item in hot:
            actions = [_add(marked, float(item.words))]
            if not item.key:
                actions += [_add(outside, 1.0), _add("STRAYS", 1.0)]
            processing.append(_when(_member(item.ident), *actions))
        by_word = {item.first_word: item for item in hot}
        for item in hot:
            after = by_word.get(item.stop_word)
            if after is None:
                continue
            if not item.key and not after.key:
                # Two selected neighbours outside the key are one stray, not two.
                processing.append(
                    _when(_all(_member(item.ident), _member(after.ident)), _add("STRAYS", -1.0))
                )
        for item in hot:
            if not item.key:
                continue
            if not question.strict:
                processing.append(_when(_member(item.ident), _add(found, float(item.value))))
                continue
            if not item.exact:
                continue
            # Strict: a key phrase counts only as a mark of exactly its words, so a selected
            # key neighbour (which joins it into one longer mark) spoils it.
            neighbours = [
                other
                for other in (by_word.get(item.stop_word), _before(hot, item))
                if other is not None
            ]
            condition = _all(
                _member(item.ident), *(_op("qti-not", _member(n.ident)) for n in neighbours)
            )
            processing.append(_when(condition, _add(found, float(item.exact))))
        total_words = len(words(excerpt.text))
        if total_words:
            processing.append(
                _when(
                    _all(
                        _op("qti-gte", _var(marked), _base("float", BLANKET_SHARE * total_words)),
                        _op("qti-gt", _var(outside), _base("float", 0.0)),
                    ),
                    _set(found, _base("float", 0.0)),
                )
            )
        processing.append(_set("FOUND", _op("qti-sum", _var("FOUND"), _var(found))))


def _before(hot: list[_Hot], item: _Hot) -> _Hot | None:
    return next((other for other in hot if other.stop_word == item.first_word), None)


def _key_count(question: Question) -> int:
    return sum(
        hot.value for index in range(len(question.excerpts)) for hot in hottexts(question, index)
    )


def _marks_outcomes(item: ET.Element, question: Question) -> None:
    for name in ("FOUND", "STRAYS"):
        _outcome(item, name, "float", "0")
    for index in range(len(question.excerpts)):
        for name in ("MARKED", "OUTSIDE", "FOUND"):
            _outcome(item, f"{name}_{index}", "float", "0")


def _floor_zero(processing: ET.Element, name: str) -> None:
    processing.append(
        _when(_op("qti-lt", _var(name), _base("float", 0.0)), _set(name, _base("float", 0.0)))
    )


def _rounded(name: str) -> ET.Element:
    element = _el("qti-round-to", {"rounding-mode": "decimalPlaces", "figures": "4"})
    element.append(_var(name))
    return _set(name, element)


def _hot_interaction(parent: ET.Element, question: Question) -> ET.Element:
    interaction = _sub(
        parent, "qti-hottext-interaction", {"response-identifier": "RESPONSE", "max-choices": "0"}
    )
    _sub(interaction, "qti-prompt", text=question.prompt)
    for index, excerpt in enumerate(question.excerpts):
        div = _excerpt_div(interaction, excerpt)
        _hot_paragraphs(div, excerpt.text, hottexts(question, index))
    return interaction


def _hot_declaration(item: ET.Element, question: Question) -> None:
    declaration = _sub(
        item,
        "qti-response-declaration",
        {"identifier": "RESPONSE", "cardinality": "multiple", "base-type": "identifier"},
    )
    keys = [
        hot.ident
        for index in range(len(question.excerpts))
        for hot in hottexts(question, index)
        if hot.key
    ]
    if keys:
        holder = _sub(declaration, "qti-correct-response")
        for ident in keys:
            _sub(holder, "qti-value", text=ident)


def _response_declaration(
    item: ET.Element, name: str, cardinality: str, correct: str | None = None
) -> ET.Element:
    """A ``qti-response-declaration`` of identifiers, with its one correct value if given."""
    declaration = _sub(
        item,
        "qti-response-declaration",
        {"identifier": name, "cardinality": cardinality, "base-type": "identifier"},
    )
    if correct is not None:
        holder = _sub(declaration, "qti-correct-response")
        _sub(holder, "qti-value", text=correct)
    return declaration


def _declarations(item: ET.Element, question: Question, key: list[tuple[int, Span]]) -> None:
    """The response declarations of ``question``, by its type."""
    kind = question.type
    if kind in ("highlight", "compare"):
        _hot_declaration(item, question)
    if kind == "choice":
        cardinality = "multiple" if question.multiple else "single"
        _choice_mapping(_response_declaration(item, "RESPONSE", cardinality), question.options, "C")
    if kind == "compare":
        if question.verdict is not None:
            _response_declaration(item, "VERDICT", "single", f"V-{question.verdict}")
        if question.reasons:
            _choice_mapping(
                _response_declaration(item, "REASONS", "multiple"), question.reasons, "R"
            )
    if kind == "classify":
        for number, (_, span) in enumerate(key):
            declaration = _response_declaration(
                item, f"L{number}", "single", identifier(span.labels[0])
            )
            mapping = _sub(declaration, "qti-mapping", {"default-value": "0"})
            for label in span.labels:
                _sub(mapping, "qti-map-entry", {"map-key": identifier(label), "mapped-value": "1"})


def _outcomes(item: ET.Element, question: Question) -> None:
    """The outcome declarations: score, maximum, penalty, settings, feedback and marks."""
    kind = question.type
    _outcome(item, "SCORE", "float", "0")
    _outcome(item, "MAXSCORE", "float", _number(_max_points(question)))
    _outcome(item, "STRAY_PENALTY", "float", _number(question.stray_penalty))
    _outcome(item, "STRICT", "boolean", "true" if question.strict else "false")
    _outcome(item, "DIFFICULTY", "integer", str(question.difficulty))
    if question.tags:
        _outcome(item, "TAGS", "string", list(question.tags), cardinality="multiple")
    if kind in ("choice", "compare"):
        _outcome(item, _FEEDBACK, "identifier", cardinality="multiple")
    if question.explanation:
        _outcome(item, "EXPLANATION", "identifier")
    if kind in ("highlight", "compare"):
        _marks_outcomes(item, question)
    if kind == "compare":
        _outcome(item, "MARKS", "float", "0")
        _outcome(item, "VERDICT_POINTS", "float", "0")


def _stimulus_refs(item: ET.Element, question: Question, question_set: QuestionSet) -> None:
    """One ``qti-assessment-stimulus-ref`` per article the question's excerpts come from."""
    for article_id in dict.fromkeys(e.article_id for e in question.excerpts):
        article = question_set.article(article_id)
        _sub(
            item,
            "qti-assessment-stimulus-ref",
            {
                "identifier": identifier(f"article-{article.id}"),
                "href": f"../stimuli/{_file_name(article.id)}.xml",
                "title": article.headline or article.id,
            },
        )


def _choice_interaction(
    parent: ET.Element, response: str, prompt: str, multiple: bool
) -> ET.Element:
    interaction = _sub(
        parent,
        "qti-choice-interaction",
        {
            "response-identifier": response,
            "max-choices": "0" if multiple else "1",
            "shuffle": "false",
        },
    )
    _sub(interaction, "qti-prompt", text=prompt)
    return interaction


def _compare_choices(wrapper: ET.Element, question: Question) -> None:
    """The verdict and the reasons of a compare question, as two choice interactions."""
    if question.verdict is not None:
        interaction = _choice_interaction(wrapper, "VERDICT", "Do the figures conflict?", False)
        for verdict in VERDICTS:
            _sub(
                interaction,
                "qti-simple-choice",
                {"identifier": f"V-{verdict}"},
                _VERDICT_TEXT[verdict],
            )
    if question.reasons:
        interaction = _choice_interaction(wrapper, "REASONS", "Why may they differ?", True)
        _choices(interaction, question.reasons, "R", _FEEDBACK)


def _body(item: ET.Element, question: Question, key: list[tuple[int, Span]]) -> None:
    """The item body: the excerpts and the interactions, by the question's type."""
    kind = question.type
    body = _sub(item, "qti-item-body")
    wrapper = _sub(body, "div", _question_attributes(question))
    if kind in ("highlight", "compare"):
        _hot_interaction(wrapper, question)
    if kind == "choice":
        for excerpt in question.excerpts:
            _plain_paragraphs(_excerpt_div(wrapper, excerpt), excerpt.text)
        interaction = _choice_interaction(wrapper, "RESPONSE", question.prompt, question.multiple)
        _choices(interaction, question.options, "C", _FEEDBACK)
    if kind == "compare":
        _compare_choices(wrapper, question)
    if kind == "classify":
        _sub(wrapper, "p", {"class": "qz-prompt"}, question.prompt)
        offered = list(
            dict.fromkeys([*question.targets, *(lab for _, s in key for lab in s.labels)])
        )
        for index, excerpt in enumerate(question.excerpts):
            div = _excerpt_div(wrapper, excerpt)
            spans = [(number, span) for number, (i, span) in enumerate(key) if i == index]
            _classify_paragraphs(div, excerpt.text, spans, offered)


def _marks_score(processing: ET.Element, name: str) -> None:
    """``name`` = found less the penalty times the strays, floored at zero."""
    penalty = _op("qti-product", _var("STRAY_PENALTY"), _var("STRAYS"))
    processing.append(_set(name, _op("qti-subtract", _var("FOUND"), penalty)))
    _floor_zero(processing, name)


def _compare_processing(question: Question, processing: ET.Element) -> None:
    """A compare question's score: its marks share, the verdict and the reasons."""
    _marks_rules(question, processing)
    count = _key_count(question)
    if count:
        _marks_score(processing, "MARKS")
        processing.append(
            _set("MARKS", _op("qti-divide", _var("MARKS"), _base("float", float(count))))
        )
        processing.append(_rounded("MARKS"))
    parts = [_var("MARKS")]
    if question.verdict is not None:
        condition = _op("qti-match", _var("VERDICT"), _el("qti-correct", {"identifier": "VERDICT"}))
        processing.append(_when(condition, _set("VERDICT_POINTS", _base("float", 1.0))))
        parts.append(_var("VERDICT_POINTS"))
    if question.reasons:
        parts.append(_el("qti-map-response", {"identifier": "REASONS"}))
    processing.append(_set("SCORE", _op("qti-sum", *parts)))
    processing.append(_rounded("SCORE"))
    if question.reasons:
        processing.append(_set(_FEEDBACK, _multiple(_var("REASONS"))))


def _processing(item: ET.Element, question: Question, key: list[tuple[int, Span]]) -> None:
    """The response processing, rule by rule, so a QTI player scores as ``score`` does."""
    kind = question.type
    processing = _sub(item, "qti-response-processing")
    if kind == "highlight":
        _marks_rules(question, processing)
        _marks_score(processing, "SCORE")
        processing.append(_rounded("SCORE"))
    if kind == "choice":
        processing.append(_set("SCORE", _el("qti-map-response", {"identifier": "RESPONSE"})))
        processing.append(_rounded("SCORE"))
        processing.append(_set(_FEEDBACK, _multiple(_var("RESPONSE"))))
    if kind == "compare":
        _compare_processing(question, processing)
    if kind == "classify" and key:
        maps = (_el("qti-map-response", {"identifier": f"L{n}"}) for n in range(len(key)))
        processing.append(_set("SCORE", _op("qti-sum", *maps, _base("float", 0.0))))
    if question.explanation:
        processing.append(_set("EXPLANATION", _base("identifier", "explanation")))


_FEEDBACK = "FEEDBACK"


def item_xml(question: Question, question_set: QuestionSet) -> ET.Element:
    """One question as a ``qti-assessment-item``."""
    item = _el(
        "qti-assessment-item",
        {
            "identifier": identifier(question.id),
            "label": question.id,
            "title": question.prompt[:200] or question.id,
            "adaptive": "false",
            "time-dependent": "false",
            "tool-name": TOOL_NAME,
            f"{{{XML_NS}}}lang": question_set.language,
        },
    )
    key = question.key_spans()
    _declarations(item, question, key)
    _outcomes(item, question)
    _stimulus_refs(item, question, question_set)
    _body(item, question, key)
    _processing(item, question, key)
    if question.explanation:
        feedback = _sub(
            item,
            "qti-modal-feedback",
            {"outcome-identifier": "EXPLANATION", "identifier": "explanation", "show-hide": "show"},
        )
        content = _sub(feedback, "qti-content-body")
        _sub(content, "p", text=question.explanation)
    return item


_VERDICT_TEXT = {
    "conflict": "The figures conflict.",
    "compatible": "The figures are compatible.",
    "cannot-tell": "You cannot tell from these reports.",
}


def _multiple(expression: ET.Element) -> ET.Element:
    return _op("qti-multiple", expression)


def _max_points(question: Question) -> float:
    if question.type == "choice":
        return 1.0
    if question.type == "compare":
        return 1.0 + (question.verdict is not None) + bool(question.reasons)
    return float(
        _key_count(question) if question.type == "highlight" else len(question.key_spans())
    )


def _question_attributes(question: Question) -> dict[str, str]:
    attributes = {"class": "qz-question", "data-type": question.type}
    if question.targets:
        attributes["data-targets"] = " ".join(question.targets)
    if question.quantity:
        attributes["data-quantity"] = question.quantity
    return attributes


def _classify_paragraphs(
    parent: ET.Element, text: str, spans: list[tuple[int, Span]], offered: list[str]
) -> None:
    for start, end in _paragraphs(text):
        paragraph = _sub(parent, "p")
        here = [(n, s) for n, s in spans if start <= s.start and s.end <= end]
        position = start
        for number, span in here:
            if span.start >= position:
                _append_text(paragraph, text[position : span.start])
                _sub(paragraph, "strong", text=text[span.start : span.end])
                position = span.end
            else:
                # overlaps the phrase before it: that text is already written; name it
                _append_text(paragraph, text[position : max(position, span.end)])
                position = max(position, span.end)
                _sub(paragraph, "em", text=f"[{text[span.start : span.end]}]")
            interaction = _sub(
                paragraph,
                "qti-inline-choice-interaction",
                {"response-identifier": f"L{number}", "shuffle": "false"},
            )
            for label in offered:
                _sub(
                    interaction,
                    "qti-inline-choice",
                    {"identifier": identifier(label)},
                    label_name(label),
                )
        _append_text(paragraph, text[position:end])


def _file_name(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", value)


def stimulus_xml(article: Article, language: str) -> ET.Element:
    """An article as a ``qti-assessment-stimulus``, its spans as nested ``<span>``s."""
    stimulus = _el(
        "qti-assessment-stimulus",
        {
            "identifier": identifier(f"article-{article.id}"),
            "label": article.id,
            "title": article.headline or article.id,
            "tool-name": TOOL_NAME,
            f"{{{XML_NS}}}lang": language,
        },
    )
    body = _sub(stimulus, "qti-stimulus-body")
    attributes = {"class": "qz-article", "data-article": article.id, "data-outlet": article.outlet}
    if article.published:
        attributes["data-published"] = article.published
    if article.url:
        attributes["data-url"] = article.url
    div = _sub(body, "div", attributes)
    _sub(div, "h2", {"class": "qz-headline"}, article.headline)
    spans = sorted(article.spans, key=lambda s: (s.start, -s.end))
    for start, end in article.paragraphs:
        paragraph = _sub(div, "p")
        inside = [s for s in spans if start <= s.start and s.end <= end]
        _nest(paragraph, article.text, start, end, inside)
    return stimulus


def _nest(parent: ET.Element, text: str, start: int, end: int, spans: list[Span]) -> None:
    """Write ``text[start:end]`` into ``parent`` with ``spans`` (nesting, sorted) as
    elements."""
    position = start
    index = 0
    while index < len(spans):
        span = spans[index]
        inner = []
        index += 1
        while index < len(spans) and spans[index].start < span.end:
            inner.append(spans[index])
            index += 1
        _append_text(parent, text[position : span.start])
        attributes = {"class": "qz-span", "data-labels": " ".join(span.labels)}
        if span.attributes:
            attributes["data-attributes"] = json.dumps(span.attributes, ensure_ascii=False)
        if span.note is not None:
            attributes["data-note"] = span.note
        element = _sub(parent, "span", attributes)
        _nest(element, text, span.start, span.end, inner)
        position = span.end
    _append_text(parent, text[position:end])


def test_xml(question_set: QuestionSet, item_files: list[tuple[Question, str]]) -> ET.Element:
    test = _el(
        "qti-assessment-test",
        {
            "identifier": identifier(question_set.id),
            "title": question_set.title,
            "tool-name": TOOL_NAME,
        },
    )
    part = _sub(
        test,
        "qti-test-part",
        {"identifier": "part-1", "navigation-mode": "linear", "submission-mode": "individual"},
    )
    section = _sub(
        part,
        "qti-assessment-section",
        {"identifier": "section-1", "title": question_set.title, "visible": "true"},
    )
    for question, path in item_files:
        _sub(
            section,
            "qti-assessment-item-ref",
            {"identifier": identifier(question.id), "href": path},
        )
    return test


def _manifest(
    question_set: QuestionSet,
    test_file: str,
    item_files: list[tuple[Question, str]],
    stimulus_files: dict[str, str],
) -> ET.Element:
    def sub(parent: ET.Element, tag: str, attrib: dict[str, str] | None = None) -> ET.Element:
        return ET.SubElement(parent, _C + tag, attrib or {})

    manifest = ET.Element(_C + "manifest", {"identifier": identifier(f"pkg-{question_set.id}")})
    metadata = sub(manifest, "metadata")
    sub(metadata, "schema").text = "QTI Package"
    sub(metadata, "schemaversion").text = "3.0.0"
    sub(manifest, "organizations")
    resources = sub(manifest, "resources")
    test = sub(
        resources,
        "resource",
        {"identifier": "test", "type": "imsqti_test_xmlv3p0", "href": test_file},
    )
    sub(test, "file", {"href": test_file})
    for question, path in item_files:
        resource = sub(
            resources,
            "resource",
            {"identifier": identifier(question.id), "type": "imsqti_item_xmlv3p0", "href": path},
        )
        sub(resource, "file", {"href": path})
        for article_id in dict.fromkeys(e.article_id for e in question.excerpts):
            sub(resource, "dependency", {"identifierref": identifier(f"article-{article_id}")})
    for article_id, path in stimulus_files.items():
        resource = sub(
            resources,
            "resource",
            {
                "identifier": identifier(f"article-{article_id}"),
                "type": "imsqti_stimulus_xmlv3p0",
                "href": path,
            },
        )
        sub(resource, "file", {"href": path})
    extra = sub(resources, "resource", {"identifier": "quizapp-set", "type": "webcontent"})
    sub(extra, "file", {"href": EXTRA_FILE})
    return manifest


def package_files(question_set: QuestionSet) -> dict[str, bytes]:
    """Every file of the package by its path in the zip."""
    files: dict[str, bytes] = {}
    item_files: list[tuple[Question, str]] = []
    used: set[str] = set()
    for number, question in enumerate(question_set.questions, 1):
        name = f"items/{number:03d}-{_file_name(question.id)}.xml"
        while name in used:
            name = name.replace(".xml", "_.xml")
        used.add(name)
        item_files.append((question, name))
        files[name] = _serialize(item_xml(question, question_set))
    stimulus_files: dict[str, str] = {}
    for article in question_set.articles:
        path = f"stimuli/{_file_name(article.id)}.xml"
        stimulus_files[article.id] = path
        files[path] = _serialize(stimulus_xml(article, question_set.language))
    test_file = "test.xml"
    files[test_file] = _serialize(test_xml(question_set, item_files))
    extra: dict[str, Any] = {
        "quizapp": 1,
        "id": question_set.id,
        "title": question_set.title,
        "language": question_set.language,
    }
    if question_set.description:
        extra["description"] = question_set.description
    extra["labels"] = [
        {"id": label.id, "name": label.name, "description": label.description}
        for label in question_set.labels
    ]
    if question_set.quiz is not None:
        extra["quiz"] = quiz_to_data(question_set.quiz)
    files[EXTRA_FILE] = json.dumps(extra, ensure_ascii=False, indent=2).encode("utf-8")
    manifest = _manifest(question_set, test_file, item_files, stimulus_files)
    files["imsmanifest.xml"] = _serialize(manifest)
    return files


def export_package(question_set: QuestionSet) -> bytes:
    """The set as a QTI 3.0 content package (zip bytes)."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        files = package_files(question_set)
        archive.writestr("imsmanifest.xml", files.pop("imsmanifest.xml"))
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def write_package(question_set: QuestionSet, path: str | Path) -> None:
    Path(path).write_bytes(export_package(question_set))


# =========================================================================== import


def is_qti_package(path: str | Path) -> bool:
    """A zip file with an ``imsmanifest.xml`` at its root."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "imsmanifest.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


@dataclass
class _Reader:
    path: str
    archive: zipfile.ZipFile
    problems: list[Problem] = field(default_factory=list)

    def xml(self, name: str) -> ET.Element:
        where = f"{self.path}!{name}"
        try:
            data = self.archive.read(name)
        except KeyError:
            raise QtiError(where, MESSAGES.NOT_IN_ZIP()) from None
        try:
            return ET.fromstring(data)
        except ET.ParseError as error:
            raise QtiError(where, MESSAGES.BAD_XML(error=str(error))) from None

    def problem(self, name: str, message: str) -> None:
        self.problems.append(
            Problem(f"{self.path}!{name}", 0, message, code=ErrorCode.PACKAGE_INVALID)
        )


def _text(element: ET.Element | None) -> str:
    return "".join(element.itertext()) if element is not None else ""


def _resolve(base: str, href: str) -> str:
    parts = [p for p in base.split("/")[:-1] if p]
    for piece in href.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _read_spans(element: ET.Element, out: list[str], spans: list[Span], offset: int) -> None:
    """Collect the text of ``element`` into ``out`` and its ``qz-span``s into ``spans``."""
    if element.text:
        out.append(element.text)
    for child in element:
        start = offset + sum(len(piece) for piece in out)
        inner: list[str] = []
        _read_spans(child, inner, spans, start)
        out.extend(inner)
        if child.tag == _Q + "span" and "qz-span" in (child.get("class") or "").split():
            labels = tuple((child.get("data-labels") or "").split())
            attributes = json.loads(child.get("data-attributes") or "{}")
            if not isinstance(attributes, dict) or not all(
                isinstance(value, str) for value in attributes.values()
            ):
                raise ValueError(f"a span's data-attributes is not a map of texts: {attributes!r}")
            end = start + sum(len(piece) for piece in inner)
            spans.append(Span(start, end, labels, dict(attributes), child.get("data-note")))
        if child.tail:
            out.append(child.tail)


def _article_data(reader: _Reader, name: str) -> dict[str, Any]:
    root = reader.xml(name)
    div = next(
        (d for d in root.iter(_Q + "div") if "qz-article" in (d.get("class") or "").split()),
        None,
    )
    if root.tag != _Q + "qti-assessment-stimulus" or div is None:
        raise QtiError(f"{reader.path}!{name}", MESSAGES.NOT_OUR_ARTICLE())
    paragraphs: list[str] = []
    spans: list[Span] = []
    offset = 0
    for paragraph in div.findall(_Q + "p"):
        out: list[str] = []
        _read_spans(paragraph, out, spans, offset)
        text = "".join(out)
        paragraphs.append(text)
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    try:
        source = markup.to_markup(text, spans)
    except ValueError as error:
        raise QtiError(
            f"{reader.path}!{name}", MESSAGES.SPANS_DO_NOT_NEST(error=str(error))
        ) from None
    data: dict[str, Any] = {
        "_labels": sorted({label for span in spans for label in span.labels}),
        "id": div.get("data-article") or root.get("label") or root.get("identifier", ""),
        "outlet": div.get("data-outlet") or "",
        "headline": _text(div.find(_Q + "h2")),
        "text": source + "\n",
    }
    for key in ("published", "url"):
        if div.get(f"data-{key}"):
            data[key] = div.get(f"data-{key}")
    return data


def _default(item: ET.Element, name: str) -> list[str]:
    for declaration in item.findall(_Q + "qti-outcome-declaration"):
        if declaration.get("identifier") == name:
            return [_text(v) for v in declaration.iter(_Q + "qti-value")]
    return []


def _declaration(item: ET.Element, name: str) -> ET.Element | None:
    return next(
        (d for d in item.findall(_Q + "qti-response-declaration") if d.get("identifier") == name),
        None,
    )


def _correct(declaration: ET.Element | None) -> set[str]:
    if declaration is None:
        return set()
    holder = declaration.find(_Q + "qti-correct-response")
    return {_text(v) for v in holder.findall(_Q + "qti-value")} if holder is not None else set()


def _options_data(interaction: ET.Element | None, correct: set[str]) -> list[dict[str, Any]]:
    options: list[dict[str, Any]] = []
    if interaction is None:
        return options
    for choice in interaction.findall(_Q + "qti-simple-choice"):
        feedback = choice.find(_Q + "qti-feedback-inline")
        option: dict[str, Any] = {"text": (choice.text or "").strip()}
        if choice.get("identifier") in correct:
            option["correct"] = True
        if feedback is not None:
            option["feedback"] = _text(feedback)
        options.append(option)
    return options


def _interaction(body: ET.Element, tag: str, response: str) -> ET.Element | None:
    return next((i for i in body.iter(_Q + tag) if i.get("response-identifier") == response), None)


def _question_wrapper(body: ET.Element) -> ET.Element | None:
    """The ``div`` quizapp wraps its questions in, if the item has one."""
    return next(
        (d for d in body.iter(_Q + "div") if "qz-question" in (d.get("class") or "").split()),
        None,
    )


def _text_data(wrapper: ET.Element, kind: str, data: dict[str, Any]) -> None:
    """The prompt, the excerpts, the targets and the quantity, as a question file has them."""
    prompt = next(iter(wrapper.iter(_Q + "qti-prompt")), None)
    if kind == "classify":
        prompt = next(
            (p for p in wrapper.iter(_Q + "p") if (p.get("class") or "") == "qz-prompt"), None
        )
    data["prompt"] = _text(prompt)
    excerpts: list[dict[str, Any]] = [
        {
            "article": d.get("data-article", ""),
            "paragraphs": [_int(d.get("data-first")), _int(d.get("data-last"))],
        }
        for d in wrapper.iter(_Q + "div")
        if "qz-excerpt" in (d.get("class") or "").split()
    ]
    if kind != "compare" and len(excerpts) == 1:
        data["excerpt"] = excerpts[0]
    else:
        data["excerpts"] = excerpts
    if wrapper.get("data-targets"):
        data["targets"] = wrapper.get("data-targets", "").split()
    if wrapper.get("data-quantity"):
        data["quantity"] = wrapper.get("data-quantity")


def _choices_data(item: ET.Element, wrapper: ET.Element, kind: str, data: dict[str, Any]) -> None:
    """A choice question's options, a compare question's verdict and reasons."""
    if kind == "choice":
        declaration = _declaration(item, "RESPONSE")
        data["multiple"] = declaration is not None and declaration.get("cardinality") == "multiple"
        data["options"] = _options_data(
            _interaction(wrapper, "qti-choice-interaction", "RESPONSE"), _correct(declaration)
        )
    if kind == "compare":
        verdict = next(iter(_correct(_declaration(item, "VERDICT"))), None)
        if verdict is not None:
            data["verdict"] = verdict.removeprefix("V-")
        reasons = _options_data(
            _interaction(wrapper, "qti-choice-interaction", "REASONS"),
            _correct(_declaration(item, "REASONS")),
        )
        if reasons:
            data["reasons"] = reasons


def _settings_data(item: ET.Element, data: dict[str, Any]) -> None:
    """Penalty, strict mode, explanation, difficulty and tags, from the item's outcomes."""
    penalty = _default(item, "STRAY_PENALTY")
    if penalty and float(penalty[0]) != DEFAULT_STRAY_PENALTY:
        data["stray_penalty"] = float(penalty[0])
    if _default(item, "STRICT") == ["true"]:
        data["strict"] = True
    feedback = next(
        (
            f
            for f in item.findall(_Q + "qti-modal-feedback")
            if f.get("identifier") == "explanation"
        ),
        None,
    )
    if feedback is not None:
        data["explanation"] = _text(feedback).strip()
    difficulty = _default(item, "DIFFICULTY")
    if difficulty:
        data["difficulty"] = _int(difficulty[0])
    tags = _default(item, "TAGS")
    if tags:
        data["tags"] = tags


def _question_data(reader: _Reader, name: str) -> dict[str, Any] | None:
    item = reader.xml(name)
    if item.tag != _Q + "qti-assessment-item":
        reader.problem(name, MESSAGES.NOT_AN_ITEM())
        return None
    body = item.find(_Q + "qti-item-body")
    wrapper = _question_wrapper(body) if body is not None else None
    if body is not None and wrapper is None:
        return _foreign_choice(reader, name, item, body)
    if body is None or wrapper is None:
        reader.problem(name, MESSAGES.NO_BODY())
        return None
    kind = wrapper.get("data-type", "")
    data: dict[str, Any] = {"id": item.get("label") or item.get("identifier", ""), "type": kind}
    _text_data(wrapper, kind, data)
    _choices_data(item, wrapper, kind, data)
    _settings_data(item, data)
    data["_key"] = _item_key(item, wrapper, kind)
    return data


_INTERACTION = re.compile(r"qti-[a-z-]+-interaction$")


def _flat(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _foreign_choice(
    reader: _Reader, name: str, item: ET.Element, body: ET.Element
) -> dict[str, Any] | None:
    """An item from another tool: a single choice interaction becomes a choice question,
    the item's text around it its excerpt (an article of its own). Anything else is named
    and refused."""
    interactions = [e for e in body.iter() if _INTERACTION.search(e.tag)]
    kinds = sorted({e.tag.removeprefix(_Q) for e in interactions})
    if len(interactions) != 1 or kinds != ["qti-choice-interaction"]:
        found = ", ".join(kinds) or "no interaction"
        reader.problem(
            name,
            MESSAGES.ONE_CHOICE_ONLY(found=found),
        )
        return None
    interaction = interactions[0]
    response = interaction.get("response-identifier", "RESPONSE")
    declaration = _declaration(item, response)
    correct = _correct(declaration)
    if not correct and declaration is not None:
        correct = {
            entry.get("map-key", "")
            for entry in declaration.iter(_Q + "qti-map-entry")
            if float(entry.get("mapped-value", "0")) > 0
        }
    options = [
        {
            "text": _flat(choice),
            **({"correct": True} if choice.get("identifier") in correct else {}),
        }
        for choice in interaction.findall(_Q + "qti-simple-choice")
    ]
    holds = {e for e in body.iter() if interaction in list(e.iter())}
    paragraphs = [
        _flat(e)
        for e in body.iter()
        if e.tag in (_Q + "p", _Q + "li", _Q + "h2", _Q + "h3")
        and e not in holds
        and not any(_INTERACTION.search(x.tag) for x in e.iter())
        and _flat(e)
    ]
    prompt_element = interaction.find(_Q + "qti-prompt")
    prompt = (_flat(prompt_element) if prompt_element is not None else "") or item.get("title", "")
    article_id = re.sub(r"[^A-Za-z0-9_.-]", "-", item.get("identifier", name))[:64]
    text = PARAGRAPH_SEPARATOR.join(markup.escape(p) for p in paragraphs or [prompt])
    return {
        "id": article_id,
        "type": "choice",
        "prompt": prompt,
        "excerpt": {"article": article_id, "paragraphs": [1, max(1, len(paragraphs))]},
        "multiple": declaration is not None and declaration.get("cardinality") == "multiple",
        "options": options,
        "_key": [],
        "_article": {
            "id": article_id,
            "outlet": item.get("tool-name") or "",
            "headline": item.get("title", ""),
            "text": text + "\n",
            "_labels": [],
        },
    }


def _item_key(item: ET.Element, wrapper: ET.Element, kind: str) -> list[str]:
    """The key phrases as the item shows them, to check against the articles' tags."""
    if kind in ("highlight", "compare"):
        correct = _correct(_declaration(item, "RESPONSE"))
        return [
            _text(h) for h in wrapper.iter(_Q + "qti-hottext") if h.get("identifier") in correct
        ]
    return []


def _int(value: str | None) -> int | str | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return value


def read_package(path: str | Path) -> QuestionSet:
    """A question set from a QTI package written by ``export_package``; raises
    ``QuestionFileError`` (problems located as ``package.zip!file``) or ``QtiError``,
    whatever the package holds."""
    try:
        return _read_package(path)
    except (QuestionFileError, QtiError):
        raise
    except (
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
        IndexError,
        RuntimeError,  # encrypted members, deep nesting
        NotImplementedError,  # an unknown compression method
        zipfile.BadZipFile,
        OSError,
    ) as error:
        raise QtiError(str(path), MESSAGES.UNREADABLE_PACKAGE(error=str(error))) from None


def _read_package(path: str | Path) -> QuestionSet:
    shown = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise QtiError(shown, MESSAGES.NOT_A_ZIP(error=str(error))) from None
    with archive:
        reader = _Reader(shown, archive)
        manifest = reader.xml("imsmanifest.xml")
        resources = list(manifest.iter(_C + "resource"))
        if not resources:
            raise QtiError(f"{shown}!imsmanifest.xml", MESSAGES.NO_RESOURCES())
        by_type: dict[str, list[str]] = {}
        for resource in resources:
            href = resource.get("href")
            if href:
                by_type.setdefault(resource.get("type", ""), []).append(href)
        extra: dict[str, Any] = {}
        if EXTRA_FILE in archive.namelist():
            try:
                extra = json.loads(archive.read(EXTRA_FILE).decode("utf-8"))
            except (ValueError, UnicodeDecodeError) as error:
                raise QtiError(
                    f"{shown}!{EXTRA_FILE}", MESSAGES.UNREADABLE(error=str(error))
                ) from None
        articles = [
            _article_data(reader, name) for name in by_type.get("imsqti_stimulus_xmlv3p0", [])
        ]
        item_names = _ordered_items(reader, by_type)
        if not item_names:
            raise QtiError(f"{shown}!imsmanifest.xml", MESSAGES.NO_ITEMS())
        questions = [q for q in (_question_data(reader, n) for n in item_names) if q is not None]
        articles += [q.pop("_article") for q in questions if "_article" in q]
        test = by_type.get("imsqti_test_xmlv3p0", [])
        test_root = reader.xml(test[0]) if test else None
        language = extra.get("language") or _item_language(reader, item_names) or "en"
        used = {label for article in articles for label in article.pop("_labels")}
        labels = (
            extra["labels"]
            if "labels" in extra
            else [
                {"id": label, "name": label.replace("-", " ")}
                for label in sorted(used - set(BUILTIN_LABELS))
            ]
        )
        keys = {q["id"]: q.pop("_key") for q in questions}
        data: dict[str, Any] = {
            "quizapp": 1,
            "id": extra.get("id")
            or (
                test_root.get("identifier")
                if test_root is not None
                else re.sub(r"[^A-Za-z0-9_.-]", "-", Path(shown).stem)[:64]
            ),
            "title": extra.get("title")
            or (test_root.get("title") if test_root is not None else Path(shown).stem),
            "language": language,
            "articles": articles,
            "questions": questions,
        }
        if labels:
            data["labels"] = labels
        if extra.get("description"):
            data["description"] = extra["description"]
        if extra.get("quiz"):
            data["quiz"] = extra["quiz"]
        if reader.problems:
            raise QuestionFileError(reader.problems)
        question_set = set_from_data(data, shown)
        mismatched = [
            Problem(shown, 0, MESSAGES.KEY_MISMATCH(id=q.id), code=ErrorCode.PACKAGE_INVALID)
            for q in question_set.questions
            if q.type in ("highlight", "compare") and keys.get(q.id) != _expected_key(q)
        ]
        if mismatched:
            raise QuestionFileError(mismatched)
        return question_set


def _expected_key(question: Question) -> list[str]:
    return [
        question.excerpts[index].text[hot.start : hot.end]
        for index in range(len(question.excerpts))
        for hot in hottexts(question, index)
        if hot.key
    ]


def _ordered_items(reader: _Reader, by_type: dict[str, list[str]]) -> list[str]:
    items = by_type.get("imsqti_item_xmlv3p0", [])
    tests = by_type.get("imsqti_test_xmlv3p0", [])
    if not tests:
        return items
    root = reader.xml(tests[0])
    ordered = [
        _resolve(tests[0], ref.get("href", "")) for ref in root.iter(_Q + "qti-assessment-item-ref")
    ]
    return ordered + [name for name in items if name not in ordered]


def _item_language(reader: _Reader, names: Iterable[str]) -> str | None:
    for name in names:
        language = reader.xml(name).get(f"{{{XML_NS}}}lang")
        if language:
            return language
    return None


def check_package(path: str | Path) -> tuple[QuestionSet | None, list[Problem]]:
    """Like ``files.check_file`` for a QTI package: the set, or the problems found."""
    try:
        return read_package(path), []
    except QuestionFileError as error:
        return None, list(error.problems)
    except QtiError as error:
        return None, [Problem(error.where, 0, error.message, code=error.code)]
