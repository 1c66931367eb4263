"""Scoring: ``score(question, response) -> Score``, one scorer per question type.

The rules are written for teachers in ``docs/scoring.md``; keep the two in step, because
teachers re-grade with them. In short: marks snap to whole words, a key span is *found*
when at least half of its words are marked by marks that lie mostly inside the key, a mark
that touches no key span is a *stray* and costs ``question.stray_penalty``, and the total
never goes below zero. A span is also found when its *core* (``spancore``: a figure's number,
an attribution's source cue, a hedge) is marked and the marks stay within the span and the
hedge words next to it (rule 5b).

``words`` and ``snap`` are public so that the screen marks exactly the words scoring counts.
This module never imports Qt.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache
from typing import Any, Literal

from quizapp.core.errors import CodedError, ErrorCode
from quizapp.core.model import VERDICTS, Option, Passage, Question, Span, label_name
from quizapp.core.spancore import find_phrase, hedge_reach, span_cores
from quizapp.core.text import Catalogue, Phrase, Text, joined

__all__ = [
    "ChoiceFeedback",
    "LabelFeedback",
    "ResponseError",
    "Score",
    "ScorePart",
    "SpanFeedback",
    "WORD_PATTERN",
    "core_intervals",
    "core_problem",
    "score",
    "snap",
    "words",
]

SpanStatus = Literal["found", "missed", "stray"]

# A word is a run of letters or digits, kept whole across internal apostrophes (don't,
# don’t), hyphens and dashes (co-author, 40-50), periods (1.5, U.S) and, between digits,
# commas (25,000) and, before a group of three digits, a no-break or thin space (French
# 1\u202f200). Abbreviations such as "U.S." and "e.g." keep their final period.
# Punctuation and spaces are never part of a word, so marks lose them when they snap.
WORD_PATTERN = re.compile(
    r"(?:[^\W\d_]\.){2,}(?![^\W_])"  # U.S., e.g., a.m.
    r"|[^\W_]+(?:[-\u2010\u2011\u2013'\u2019.][^\W_]+|(?<=\d),(?=\d)[^\W_]+"
    r"|(?<=\d)[\u00a0\u202f\u2007\u2009](?=\d{3}(?!\d))[^\W_]+)*"
)

_QUOTE_LIMIT = 60  # characters of a phrase quoted in a message
MESSAGES = Catalogue("scoring")  # quizapp/core/messages/scoring.toml


class ResponseError(CodedError, ValueError):
    """A response that does not fit its question (wrong types, indexes out of range)."""

    code = ErrorCode.RESPONSE_INVALID


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class SpanFeedback(Passage):
    """One key span (found or missed) or one stray run of marked words."""

    status: SpanStatus
    # the key span's labels; for a stray, those of the tagged text under it
    labels: tuple[str, ...] = ()
    note: str | None = None
    coverage: float | None = None  # share of the key span's words marked; None for a stray
    message: str = ""


@dataclass(frozen=True)
class ChoiceFeedback:
    """One option of a choice question, or one reason of a compare question."""

    index: int
    text: str
    correct: bool
    chosen: bool
    feedback: str | None = None
    message: str = ""


@dataclass(frozen=True)
class LabelFeedback:
    """One key span of a classify question and the label the reader gave it."""

    span_index: int  # reading order across the excerpts, as in the response
    excerpt_index: int
    start: int
    end: int
    text: str
    expected: tuple[str, ...]  # any of these is right
    given: str | None
    correct: bool
    note: str | None = None
    message: str = ""


@dataclass(frozen=True)
class ScorePart:
    """A share of the credit (compare: ``marks``, ``verdict``, ``reasons``)."""

    name: str
    points: float
    max_points: float


@dataclass(frozen=True)
class Score:
    """What a response earned and why, item by item in reading order."""

    question_id: str
    question_type: str
    points: float
    max_points: float
    spans: tuple[SpanFeedback, ...] = ()
    choices: tuple[ChoiceFeedback, ...] = ()
    verdict_correct: bool | None = None  # None: the question has no verdict to give
    verdict_expected: str | None = None
    verdict_given: str | None = None
    labels: tuple[LabelFeedback, ...] = ()
    parts: tuple[ScorePart, ...] = ()
    messages: tuple[str, ...] = ()  # notes that belong to no single item

    @property
    def fraction(self) -> float:
        """Points over max points, 0 when there is nothing to earn."""
        return self.points / self.max_points if self.max_points else 0.0

    @property
    def summary(self) -> str:
        return MESSAGES.SUMMARY(points=self.points, max_points=self.max_points)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (dicts, lists, str, float, bool, None) ready for ``json.dumps``."""
        data = _plain(self)
        data["fraction"] = round(self.fraction, 4)
        data["summary"] = self.summary
        return data


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: _plain(getattr(value, item.name)) for item in fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


# --------------------------------------------------------------------------- words


@lru_cache(maxsize=64)
def _word_table(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Start and end offsets of every word; cached because the UI asks on every mark."""
    starts: list[int] = []
    ends: list[int] = []
    for match in WORD_PATTERN.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return tuple(starts), tuple(ends)


def words(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word of ``text``, in order."""
    starts, ends = _word_table(text)
    return list(zip(starts, ends, strict=True))


def _word_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Indexes [first, stop) of the words that overlap ``text[start:end]`` by a character."""
    if start >= end:
        return (0, 0)
    starts, ends = _word_table(text)
    first = bisect_right(ends, start)  # first word ending after ``start``
    stop = bisect_left(starts, end)  # words starting before ``end``
    return (first, stop) if first < stop else (0, 0)


def _lower_words(text: str) -> tuple[str, ...]:
    return tuple(match.group().casefold() for match in WORD_PATTERN.finditer(text))


@lru_cache(maxsize=64)
def _lowered(text: str) -> tuple[str, ...]:
    return _lower_words(text)


def core_problem(span_text: str, core: str) -> str | None:
    """What is wrong with a span's ``core="..."`` (its words must be in the span), or None."""
    words_of_core = _lower_words(core)
    if not words_of_core:
        return MESSAGES.CORE_NO_WORDS(core=repr(core))
    if find_phrase(_lower_words(span_text), words_of_core) is None:
        return MESSAGES.CORE_OUTSIDE(core=repr(core), span=repr(span_text))
    return None


def core_intervals(
    text: str, span: Span, labels: Sequence[str]
) -> tuple[list[tuple[int, int]], tuple[int, int]]:
    """The span's cores and its reach, as word indexes [first, stop) of ``text``.

    The cores are those of the span's labels among ``labels`` (see ``spancore``), or the one
    its ``core="..."`` attribute names. The reach is the span's words plus the hedge words
    next to it ("at least" before "140 people"): how far a mark on a core may run.
    """
    first, stop = _word_range(text, span.start, span.end)
    if first >= stop:
        return [], (first, stop)
    lowered = _lowered(text)
    span_words = lowered[first:stop]
    explicit = span.attributes.get("core")
    cores = span_cores(
        span_words,
        [label for label in span.labels if label in labels],
        _lower_words(explicit) if explicit is not None else None,
    )
    before, after = hedge_reach(lowered[max(0, first - 8) : first], lowered[stop : stop + 8])
    reach = (first - before, stop + after)
    return [(first + a, first + b) for a, b in cores], reach


def snap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The mark ``text[start:end]`` grown or trimmed to whole words; None if it has no word.

    Every word the mark overlaps by at least one character is taken whole, so spaces and
    punctuation at either end fall away. The ends may come in either order.
    """
    start, end = min(start, end), max(start, end)
    first, stop = _word_range(text, start, end)
    if first == stop:
        return None
    starts, ends = _word_table(text)
    return starts[first], ends[stop - 1]


# --------------------------------------------------------------------------- wording


def _flat(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > _QUOTE_LIMIT:
        flat = flat[: _QUOTE_LIMIT - 1].rstrip() + "…"
    return flat


def _quote(text: str) -> Text:
    return MESSAGES.QUOTE(text=_flat(text))


def _end(text: str) -> str:
    """The period after a quoted ``text``: none when the quote already ends a sentence."""
    return "" if _flat(text).endswith((".", "!", "?", "…")) else "."


@lru_cache(maxsize=256)  # texts are immutable: one of each is enough
def _name(label: str) -> str:
    """A label as it reads in a list: "figure", "unconfirmed attribution"."""
    built_in = (MESSAGES.LABEL_FIGURE, MESSAGES.LABEL_SPECULATION, MESSAGES.LABEL_UNCONFIRMED)
    return _label_words(label, built_in)


@lru_cache(maxsize=256)
def _a(label: str) -> str:
    """A label as it reads after "it is": "a figure", "speculation"."""
    built_in = (MESSAGES.IT_IS_FIGURE, MESSAGES.IT_IS_SPECULATION, MESSAGES.IT_IS_UNCONFIRMED)
    return _label_words(label, built_in)


_BUILT_IN_LABELS = ("figure", "speculation", "unconfirmed")


def _label_words(label: str, built_in: tuple[Phrase, Phrase, Phrase]) -> str:
    """A built-in label in the words ``built_in`` gives (figure, speculation, unconfirmed),
    any other by its name."""
    if label in _BUILT_IN_LABELS:
        return built_in[_BUILT_IN_LABELS.index(label)]()
    return label_name(label)


@lru_cache(maxsize=256)
def _names(labels: tuple[str, ...]) -> str:
    return joined([_name(label) for label in labels], ", ")


def _joined(labels: Sequence[str], word: Phrase) -> str:
    phrases = [_a(label) for label in labels]
    if len(phrases) <= 1:
        return joined(phrases)
    return word(items=joined(phrases[:-1], ", "), last=phrases[-1])


def _with_note(message: str, note: str | None) -> str:
    return joined([message, note]) if note else message


@lru_cache(maxsize=256)
def _costs(value: float) -> Text:
    return (MESSAGES.COSTS_POINT if value == 1 else MESSAGES.COSTS_POINTS)(points=value)


def _round(value: float) -> float:
    return round(value, 4) + 0.0  # + 0.0 turns -0.0 into 0.0


# --------------------------------------------------------------------------- responses


def _whole_number(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ResponseError(f"{what} must be a whole number, not {value!r}")
    return value


def _sequence(value: Any, what: str) -> Sequence[Any]:
    if not isinstance(value, list | tuple):
        raise ResponseError(f"{what} must be a list, not {type(value).__name__}")
    return value


def _indexes(response: Mapping[str, Any], key: str, count: int, what: str) -> set[int]:
    """Option indexes chosen under ``key``; duplicates count once."""
    raw = response.get(key)
    if raw is None:
        return set()
    chosen: set[int] = set()
    for index in _sequence(raw, f"'{key}'"):
        index = _whole_number(index, f"a value in '{key}'")
        if not 0 <= index < count:
            raise ResponseError(
                f"'{key}' names {what} {index}, but this question has {count}"
                f" (numbered 0 to {count - 1})"
                if count
                else f"'{key}' names {what} {index}, but this question has none"
            )
        chosen.add(index)
    return chosen


def _marks(question: Question, response: Mapping[str, Any]) -> list[tuple[int, int, int]]:
    raw = response.get("marks")
    if raw is None:
        return []
    items = _sequence(raw, "'marks'")
    marks: list[tuple[int, int, int]] = []
    for number, item in enumerate(items, 1):
        where = f"mark {number} of {len(items)}"
        if not isinstance(item, list | tuple) or len(item) != 3:
            raise ResponseError(
                f"{where} must be three numbers [excerpt_index, start, end], not {item!r}"
            )
        excerpt_index, start, end = (
            _whole_number(value, f"{where}: {name}")
            for value, name in zip(item, ("the excerpt index", "the start", "the end"), strict=True)
        )
        count = len(question.excerpts)
        if not 0 <= excerpt_index < count:
            raise ResponseError(
                f"{where} points at excerpt {excerpt_index}, but this question has {count}"
                f" excerpt{'' if count == 1 else 's'} (numbered from 0)"
            )
        if start < 0 or end < 0:
            raise ResponseError(f"{where} has a negative offset ({start}, {end})")
        if start > end:
            raise ResponseError(f"{where} starts after it ends ({start} > {end})")
        length = len(question.excerpts[excerpt_index].text)
        if end > length:
            raise ResponseError(
                f"{where} ends at {end}, past the end of excerpt {excerpt_index}"
                f" ({length} characters)"
            )
        marks.append((excerpt_index, start, end))
    return marks


def _given_labels(response: Mapping[str, Any], count: int) -> dict[int, str]:
    raw = response.get("labels")
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise ResponseError(f"'labels' must map span numbers to labels, not {type(raw).__name__}")
    given: dict[int, str] = {}
    for key, label in raw.items():
        if isinstance(key, str) and key.strip().isdigit():
            index = int(key)
        elif isinstance(key, int) and not isinstance(key, bool):
            index = key
        else:
            raise ResponseError(f"'labels' has the key {key!r}; keys must be span numbers")
        if not 0 <= index < count:
            raise ResponseError(
                f"'labels' names span {index}, but this question has {count} spans"
                f" (numbered 0 to {count - 1})"
                if count
                else f"'labels' names span {index}, but this question has no spans to label"
            )
        if label is not None and not isinstance(label, str):
            raise ResponseError(f"the label of span {index} must be text, not {label!r}")
        if index in given and given[index] != label:
            raise ResponseError(f"span {index} is labelled twice")
        if label:
            given[index] = label
    return given


# --------------------------------------------------------------------------- marks


BLANKET_SHARE = 0.9


def _merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge word-index intervals that overlap or touch into maximal runs."""
    merged: list[tuple[int, int]] = []
    for first, stop in sorted(intervals):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((first, stop))
    return merged


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _inside(run: tuple[int, int], union: list[tuple[int, int]]) -> int:
    """How many words of ``run`` lie in the merged intervals ``union``."""
    return sum(_overlap(run, part) for part in union)


@dataclass(frozen=True)
class _MarksResult:
    found: int
    strays: int
    key_count: int
    feedback: tuple[SpanFeedback, ...]

    def points(self, penalty: float) -> float:
        return _round(max(0.0, self.found - penalty * self.strays))


Run = tuple[int, int]  # word indexes [first, stop) of an excerpt's text


def _score_marks(question: Question, marks: list[tuple[int, int, int]]) -> _MarksResult:
    """Judge marks against ``question.key_spans()`` by the word rules."""
    excerpts = question.excerpts
    runs: list[list[Run]] = []
    for index, excerpt in enumerate(excerpts):
        intervals = [_word_range(excerpt.text, start, end) for i, start, end in marks if i == index]
        runs.append(_merge([interval for interval in intervals if interval[0] < interval[1]]))

    key_spans = question.key_spans()
    key_ids = {id(span) for _, span in key_spans}
    # A key span with no word in it (only punctuation) cannot be marked: leave it out.
    key = [
        (index, span, _word_range(excerpts[index].text, span.start, span.end))
        for index, span in key_spans
    ]
    key = [(index, span, interval) for index, span, interval in key if interval[0] < interval[1]]
    key_words = [
        _merge([interval for i, _, interval in key if i == index]) for index in range(len(excerpts))
    ]
    blanket = _blankets(question, runs, key_words)
    feedback = [
        _judge_span(question, index, span, interval, runs[index], key_words[index], blanket[index])
        for index, span, interval in key
    ]
    found_count = sum(item.status == "found" for item in feedback)
    strays = _strays(question, runs, key_words, key_ids)
    feedback += strays
    feedback.sort(key=lambda item: (item.excerpt_index, item.start, -item.end))
    return _MarksResult(found_count, len(strays), len(key), tuple(feedback))


def _blankets(question: Question, runs: list[list[Run]], key_words: list[list[Run]]) -> list[bool]:
    """Per excerpt, whether its marks blanket it: marking (nearly) everything is not an
    answer, even where the key is most of the excerpt: 90% or more of its words marked,
    some outside the key, finds nothing."""
    blanket = []
    for index, excerpt in enumerate(question.excerpts):
        total_words = len(_word_table(excerpt.text)[0])
        marked_words = sum(run[1] - run[0] for run in runs[index])
        outside = marked_words - sum(_inside(run, key_words[index]) for run in runs[index])
        blanket.append(
            bool(total_words) and marked_words >= BLANKET_SHARE * total_words > 0 and outside > 0
        )
    return blanket


def _judge_span(
    question: Question,
    index: int,
    span: Span,
    interval: Run,
    excerpt_runs: list[Run],
    key_words: list[Run],
    blanket: bool,
) -> SpanFeedback:
    """One key span found or missed by the marked runs of its excerpt, and why."""
    text_of_excerpt = question.excerpts[index].text
    total = interval[1] - interval[0]
    covered = sum(_overlap(run, interval) for run in excerpt_runs)
    touching = [run for run in excerpt_runs if _overlap(run, interval)]
    touched = sum(run[1] - run[0] for run in touching)
    touched_in_key = sum(_inside(run, key_words) for run in touching)
    by_core: Run | None = None
    if blanket:
        found = False
    elif question.strict:
        found = interval in excerpt_runs
    else:
        found = 2 * covered >= total and 2 * touched_in_key >= touched
        if not found and covered:
            by_core = _core_found(text_of_excerpt, span, question, touching, key_words)
            found = by_core is not None
    text = question.excerpts[index].span_text(span)
    head = MESSAGES.HEAD(quote=_quote(text), labels=_names(span.labels))
    message: Text
    if by_core is not None:
        message = MESSAGES.FOUND_CORE(head=head, core=_quote(_core_text(text_of_excerpt, by_core)))
    elif found:
        message = MESSAGES.FOUND(head=head)
    elif not covered:
        message = MESSAGES.MISSED(head=head)
    elif blanket:
        message = MESSAGES.MISSED_BLANKET(head=head)
    elif question.strict:
        message = MESSAGES.MISSED_STRICT(head=head)
    elif 2 * covered < total:
        message = _missed_half(question, text_of_excerpt, span, head, covered, total)
    else:
        message = MESSAGES.MISSED_FAR(head=head)
    return SpanFeedback(
        excerpt_index=index,
        start=span.start,
        end=span.end,
        text=text,
        status="found" if found else "missed",
        labels=span.labels,
        note=span.note,
        coverage=_round(covered / total),
        message=_with_note(message, span.note),
    )


def _strays(
    question: Question, runs: list[list[Run]], key_words: list[list[Run]], key_ids: set[int]
) -> list[SpanFeedback]:
    """Every marked run that touches no key span, with what the text under it is."""
    strays: list[SpanFeedback] = []
    for index, excerpt in enumerate(question.excerpts):
        starts, ends = _word_table(excerpt.text)
        others = [
            (span, _word_range(excerpt.text, span.start, span.end))
            for span in sorted(excerpt.spans, key=lambda s: (s.start, -s.end))
            if id(span) not in key_ids
        ]
        for run in runs[index]:
            if _inside(run, key_words[index]):
                continue
            under = [span for span, interval in others if _overlap(run, interval)]
            strays.append(_stray(question, index, starts[run[0]], ends[run[1] - 1], under))
    return strays


def _missed_half(
    question: Question, text: str, span: Span, head: Text, covered: int, total: int
) -> Text:
    """A span missed because under half of its words are marked; names its core if any."""
    cores = core_intervals(text, span, question.targets)[0]
    if not cores:
        return MESSAGES.MISSED_HALF(head=head, covered=covered, total=total)
    core = _quote(_core_text(text, cores[0]))
    return MESSAGES.MISSED_HALF_CORE(head=head, covered=covered, total=total, core=core)


def _core_text(text: str, interval: tuple[int, int]) -> str:
    starts, ends = _word_table(text)
    return text[starts[interval[0]] : ends[interval[1] - 1]]


def _core_found(
    text: str,
    span: Span,
    question: Question,
    touching: list[tuple[int, int]],
    key_words: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """The core the marks find (rule 5b), or None.

    Found when one core's words are all marked and no run that touches the span reaches
    past its reach (the span plus its hedge words) into words outside the key.
    """
    cores, reach = core_intervals(text, span, question.targets)
    if not cores:
        return None
    for run in touching:
        outside = (run[0], min(run[1], reach[0])), (max(run[0], reach[1]), run[1])
        for part in outside:
            if part[0] < part[1] and _inside(part, key_words) < part[1] - part[0]:
                return None
    for core in cores:
        if sum(_overlap(run, core) for run in touching) == core[1] - core[0]:
            return core
    return None


def _stray(question: Question, index: int, start: int, end: int, under: list[Span]) -> SpanFeedback:
    text = question.excerpts[index].text[start:end]
    labels: list[str] = []
    for span in under:
        labels += [label for label in span.labels if label not in labels]
    note = next((span.note for span in under if span.note), None)
    quote = _quote(text)
    other_quantity = next(
        (span for span in under if span.has_any(question.targets) and question.quantity), None
    )
    message: str
    if other_quantity is not None:
        counts = (other_quantity.quantity or "something else").replace("-", " ").replace("_", " ")
        wanted = question.quantity.replace("-", " ").replace("_", " ") if question.quantity else ""
        message = MESSAGES.STRAY_QUANTITY(quote=quote, counts=counts, wanted=wanted)
    elif labels:
        message = MESSAGES.STRAY_LABELS(
            quote=quote,
            labels=_joined(labels, MESSAGES.LIST_AND),
            targets=_joined(question.targets, MESSAGES.LIST_OR),
        )
    else:
        message = MESSAGES.STRAY(quote=quote, end=_end(text))
    message = _with_note(message, note)
    if question.stray_penalty:
        message = joined([message, _costs(question.stray_penalty)])
    return SpanFeedback(
        excerpt_index=index,
        start=start,
        end=end,
        text=text,
        status="stray",
        labels=tuple(labels),
        note=note,
        coverage=None,
        message=message,
    )


# --------------------------------------------------------------------------- choices


def _choice_credit(options: Sequence[Option], chosen: set[int]) -> float:
    """(right chosen − wrong chosen) / number of right options, floored at zero."""
    right = sum(option.correct for option in options)
    if not right:
        return 0.0
    right_chosen = sum(options[index].correct for index in chosen)
    wrong_chosen = len(chosen) - right_chosen
    return max(0.0, (right_chosen - wrong_chosen) / right)


def _credit_sum(options: Sequence[Option], chosen: set[int], what: Text) -> str | None:
    """The partial-credit arithmetic in words, when more than one option is right."""
    right = sum(option.correct for option in options)
    if right < 2:
        return None
    right_chosen = sum(options[index].correct for index in chosen)
    wrong_chosen = len(chosen) - right_chosen
    credit = _round(max(0.0, (right_chosen - wrong_chosen) / right))
    floor = MESSAGES.NEVER_BELOW_ZERO() if right_chosen < wrong_chosen else ""
    phrase = MESSAGES.CREDIT_SUM_ONE if right_chosen == 1 else MESSAGES.CREDIT_SUM
    picks = {"right_chosen": right_chosen, "wrong_chosen": wrong_chosen}
    return phrase(what=what, right=right, credit=credit, floor=floor, **picks)


def _choice_feedback(options: Sequence[Option], chosen: set[int]) -> tuple[ChoiceFeedback, ...]:
    items: list[ChoiceFeedback] = []
    for index, option in enumerate(options):
        picked = index in chosen
        quote, end = _quote(option.text), _end(option.text)
        message: str
        if picked and option.correct:
            message = MESSAGES.RIGHT(quote=quote, end=end)
        elif picked:
            message = MESSAGES.NOT_RIGHT(quote=quote, end=end)
        elif option.correct:
            message = MESSAGES.RIGHT_NOT_CHOSEN(quote=quote, end=end)
        else:
            message = ""
        if message and option.feedback:
            message = joined([message, option.feedback])
        items.append(
            ChoiceFeedback(index, option.text, option.correct, picked, option.feedback, message)
        )
    return tuple(items)


# --------------------------------------------------------------------------- scorers


def _score_highlight(question: Question, response: Mapping[str, Any]) -> Score:
    marks = _marks(question, response)
    result = _score_marks(question, marks)
    messages = () if marks else (MESSAGES.NO_MARKS(),)
    return Score(
        question_id=question.id,
        question_type=question.type,
        points=result.points(question.stray_penalty),
        max_points=float(result.key_count),
        spans=result.feedback,
        messages=messages,
    )


def _score_choice(question: Question, response: Mapping[str, Any]) -> Score:
    chosen = _indexes(response, "choices", len(question.options), "option")
    return Score(
        question_id=question.id,
        question_type=question.type,
        points=_round(_choice_credit(question.options, chosen)),
        max_points=1.0,
        choices=_choice_feedback(question.options, chosen),
        messages=tuple(
            message
            for message in (
                None if chosen else MESSAGES.NO_ANSWER(),
                _credit_sum(question.options, chosen, MESSAGES.PARTIAL_CREDIT())
                if chosen
                else None,
            )
            if message
        ),
    )


def _score_compare(question: Question, response: Mapping[str, Any]) -> Score:
    marks = _marks(question, response)
    chosen = _indexes(response, "reasons", len(question.reasons), "reason")
    given = response.get("verdict")
    if given is not None and given not in VERDICTS:
        raise ResponseError(f"'verdict' must be one of {', '.join(VERDICTS)}, not {given!r}")

    result = _score_marks(question, marks)
    marks_share = (
        result.points(question.stray_penalty) / result.key_count if result.key_count else 0.0
    )
    parts = [ScorePart("marks", _round(marks_share), 1.0)]
    messages: list[str] = [] if marks else [MESSAGES.NO_MARKS()]

    verdict_correct: bool | None = None
    if question.verdict is not None:
        verdict_correct = given == question.verdict
        parts.append(ScorePart("verdict", 1.0 if verdict_correct else 0.0, 1.0))
        words = {
            "conflict": MESSAGES.VERDICT_CONFLICT,
            "compatible": MESSAGES.VERDICT_COMPATIBLE,
            "cannot-tell": MESSAGES.VERDICT_CANNOT_TELL,
        }.get(question.verdict)
        expected = words() if words is not None else question.verdict
        if given is None:
            messages.append(MESSAGES.VERDICT_NOT_GIVEN(expected=expected))
        elif verdict_correct:
            messages.append(MESSAGES.VERDICT_RIGHT(expected=expected))
        else:
            messages.append(
                MESSAGES.VERDICT_WRONG(given=MESSAGES.QUOTE(text=given), expected=expected)
            )
    if question.reasons:
        parts.append(ScorePart("reasons", _round(_choice_credit(question.reasons, chosen)), 1.0))
        arithmetic = _credit_sum(question.reasons, chosen, MESSAGES.REASONS()) if chosen else None
        if arithmetic:
            messages.append(arithmetic)

    return Score(
        question_id=question.id,
        question_type=question.type,
        points=_round(sum(part.points for part in parts)),
        max_points=float(sum(part.max_points for part in parts)),
        spans=result.feedback,
        choices=_choice_feedback(question.reasons, chosen),
        verdict_correct=verdict_correct,
        verdict_expected=question.verdict,
        verdict_given=given,
        parts=tuple(parts),
        messages=tuple(messages),
    )


def _score_classify(question: Question, response: Mapping[str, Any]) -> Score:
    key = question.key_spans()
    given = _given_labels(response, len(key))
    items: list[LabelFeedback] = []
    for span_index, (index, span) in enumerate(key):
        text = question.excerpts[index].span_text(span)
        label = given.get(span_index)
        correct = label is not None and label in span.labels
        expected = _joined(span.labels, MESSAGES.LIST_AND)
        quote = _quote(text)
        if correct:
            message = MESSAGES.LABEL_RIGHT(quote=quote, expected=expected)
        elif label is None:
            message = MESSAGES.LABEL_NOT_GIVEN(quote=quote, expected=expected)
        else:
            message = MESSAGES.LABEL_WRONG(quote=quote, given=_a(label), expected=expected)
        items.append(
            LabelFeedback(
                span_index=span_index,
                excerpt_index=index,
                start=span.start,
                end=span.end,
                text=text,
                expected=span.labels,
                given=label,
                correct=correct,
                note=span.note,
                message=_with_note(message, span.note),
            )
        )
    return Score(
        question_id=question.id,
        question_type=question.type,
        points=float(sum(item.correct for item in items)),
        max_points=float(len(items)),
        labels=tuple(items),
        messages=() if given else (MESSAGES.NO_LABELS(),),
    )


_SCORERS: dict[str, Callable[[Question, Mapping[str, Any]], Score]] = {
    "highlight": _score_highlight,
    "choice": _score_choice,
    "compare": _score_compare,
    "classify": _score_classify,
}


def score(question: Question, response: Mapping[str, Any]) -> Score:
    """Score ``response`` to ``question``; raise ``ResponseError`` if it does not fit.

    Missing keys mean "no answer" and score zero. See ``docs/scoring.md`` for the rules.
    """
    if not isinstance(response, Mapping):
        raise ResponseError(
            f"a response must be a dict such as {{'marks': [...]}}, not {type(response).__name__}"
        )
    scorer = _SCORERS.get(question.type)
    if scorer is None:
        raise ValueError(f"question {question.id!r} has an unknown type {question.type!r}")
    result = scorer(question, response)  # also checks the response's shape
    if question.exam:
        # An exam copy holds no key: nothing is earned or told here; the teacher's
        # program scores the answer when the results file is imported.
        return Score(
            question_id=question.id,
            question_type=question.type,
            points=0.0,
            max_points=0.0,
            messages=(MESSAGES.EXAM(),),
        )
    return result
