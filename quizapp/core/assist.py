"""The authoring assistant's studio logic, without Qt: candidates to tag in one article and
compare questions proposed across the set's articles.

Both stand on the core's ``quizapp.core.suggest`` (``analyse`` and ``find_conflicts``):

- ``candidates_for(article)`` -- the article's suggestions as ``Candidate``\\ s (offsets into
  the article's plain text, the reason in words a teacher reads);
  ``pending(candidates, rejected, spans)`` leaves out the rejected ones and those a tag of the
  same label already overlaps (so an accepted suggestion, or one tagged by hand, is never
  proposed again -- and comes back if that tag is undone).
- ``propose(draft)`` -- one compare question per pair of figures the core judged, with
  ``Proposal.problems`` saying why one could not be added as it stands;
  ``with_proposals(draft, proposals)`` is the set with the chosen questions added and their
  figures tagged (one snapshot, so one undo step).

The analyser reads a report as a plain-text file: headline first, then paragraphs. An
article keeps its headline apart from its text, so the headline is put back in front for
the analysis (it tells the rules which names the story is about and which line is the lead)
and the offsets are shifted back; what is found in the headline itself is dropped, as a
headline carries no tags.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from quizapp.core import draft as drafts
from quizapp.core.draft import ArticleDraft, QuestionData, SetDraft
from quizapp.core.files import QuestionFileError
from quizapp.core.model import PARAGRAPH_SEPARATOR, Span
from quizapp.core.scoring import words
from quizapp.core.suggest import (
    Conflict,
    Interval,
    Report,
    Suggestion,
    analyse,
    find_conflicts,
    parse_published,
    reasons,
)
from quizapp.core.suggest.events import EventGroup, group_events, groups_from
from quizapp.core.text import Amount, Catalogue, Text, localized
from quizapp.core.text import language as text_language

Range = tuple[int, int]
UNKNOWN_QUANTITIES = frozenset({"", "unspecified"})  # the analyser could not tell what it counts
MESSAGES = Catalogue("assist")  # quizapp/core/messages/assist.toml


# --- one article ----------------------------------------------------------------------------


def analysis_source(article: ArticleDraft) -> tuple[str, int]:
    """The text the analyser reads (headline, blank line, paragraphs) and where the
    article's own text starts in it."""
    headline = " ".join(article.headline.split())
    if not headline:
        return article.text, 0
    prefix = headline + PARAGRAPH_SEPARATOR
    return prefix + article.text, len(prefix)


def snap_to_words(text: str, start: int, end: int) -> Range | None:
    """The whole words ``start``..``end`` touches, as the tagging view snaps a selection."""
    touched = [(s, e) for s, e in words(text) if s < end and e > start]
    if not touched:
        return None
    return touched[0][0], touched[-1][1]


def interval_words(interval: Interval) -> str:
    """What a figure allows, said plainly: "exactly 127", "140 or more", "22,500 to 27,500"."""
    low, high = Amount(interval.low), Amount(interval.high)
    if interval.is_exact:
        return MESSAGES.EXACTLY(number=low)
    if math.isinf(high):
        return MESSAGES.MORE_THAN(number=low) if interval.low_open else MESSAGES.OR_MORE(number=low)
    if low <= 0 and not interval.low_open:
        return (
            MESSAGES.FEWER_THAN(number=high) if interval.high_open else MESSAGES.UP_TO(number=high)
        )
    if interval.low_open:
        return MESSAGES.MORE_THAN_UP_TO(low=low, high=high)
    if interval.high_open:
        return MESSAGES.JUST_UNDER(low=low, high=high)
    return MESSAGES.LOW_TO_HIGH(low=low, high=high)


def explain(suggestion: Suggestion) -> str:
    """The reason for a suggestion in words a teacher (and, through them, a class) learns
    from: the analyser's own reason for speculation and attribution ("hedge 'likely': a
    prediction, not a reported fact"); for a figure, what it counts and what it allows."""
    if suggestion.label != "figure":
        return suggestion.reason
    said = suggestion.description or suggestion.text
    quantity = suggestion.quantity or ""
    counts = (
        MESSAGES.UNCLEAR()
        if quantity in UNKNOWN_QUANTITIES
        else MESSAGES.COUNTING(quantity=quantity)
    )
    notes = []
    if suggestion.interval:
        notes.append(MESSAGES.ALLOWS(figure=said, values=interval_words(suggestion.interval)))
    if suggestion.part:
        notes.append(reasons.MESSAGES.PART())
    elif suggestion.scope:
        notes.append(reasons.MESSAGES.ABOUT_OTHER(scope=suggestion.scope))
    reason = reasons.with_notes(counts, notes)
    tolerance = [note for note in reasons.notes_of(suggestion.reason) if "read as" in note]
    return MESSAGES.WITH_NOTE(reason=reason, note=tolerance[0]) if tolerance else reason


@dataclass(frozen=True)
class Candidate:
    """A phrase the assistant suggests tagging: ``text`` at ``start``..``end`` of the
    article's plain text, with ``label`` because of ``reason`` (in words)."""

    start: int
    end: int
    label: str
    text: str
    reason: str
    quantity: str | None = None  # a figure's quantity, None when the analyser cannot tell

    @property
    def key(self) -> tuple[int, int, str]:
        return self.start, self.end, self.label


def candidates_for(article: ArticleDraft, lexicon_dir: str | Path | None = None) -> list[Candidate]:
    """Every suggestion of the core's analyser for ``article``, in reading order."""
    source, offset = analysis_source(article)
    text = article.text
    found: dict[tuple[int, int, str], Candidate] = {}
    for suggestion in analyse(source, lexicon_dir=lexicon_dir):
        start, end = suggestion.start - offset, suggestion.end - offset
        if start < 0 or end > len(text):
            continue  # in the headline: nothing to tag there
        snapped = snap_to_words(text, start, end)
        if snapped is None or PARAGRAPH_SEPARATOR in text[snapped[0] : snapped[1]]:
            continue
        quantity = suggestion.quantity if suggestion.label == "figure" else None
        candidate = Candidate(
            start=snapped[0],
            end=snapped[1],
            label=suggestion.label,
            text=text[snapped[0] : snapped[1]],
            reason=explain(suggestion),
            quantity=None if quantity in UNKNOWN_QUANTITIES else quantity,
        )
        found.setdefault(candidate.key, candidate)
    return sorted(found.values(), key=lambda c: (c.start, c.end, c.label))


def overlaps(span: Span | Candidate, start: int, end: int) -> bool:
    return span.start < end and start < span.end


def is_tagged(spans: Iterable[Span], candidate: Candidate) -> bool:
    """A tag of the candidate's label already overlaps it."""
    return any(
        candidate.label in span.labels and overlaps(span, candidate.start, candidate.end)
        for span in spans
    )


def pending(
    candidates: Iterable[Candidate], rejected: set[tuple[int, int, str]], spans: tuple[Span, ...]
) -> list[Candidate]:
    """The candidates still to decide: not rejected, not overlapping a tag of their label."""
    return [c for c in candidates if c.key not in rejected and not is_tagged(spans, c)]


def accept(
    spans: tuple[Span, ...], candidates: Iterable[Candidate]
) -> tuple[tuple[Span, ...], list[Candidate]]:
    """The article's spans with the candidates tagged (a figure with its quantity), and the
    candidates that were tagged; one overlapping a tag of its label (also one accepted just
    before it) is skipped."""
    accepted: list[Candidate] = []
    for candidate in candidates:
        if is_tagged(spans, candidate):
            continue
        spans = drafts.tag(spans, candidate.start, candidate.end, candidate.label)
        if candidate.label == "figure" and candidate.quantity:
            index = drafts.find_span(spans, candidate.start, candidate.end)
            if index is not None and not spans[index].quantity:
                spans = drafts.set_quantity(spans, index, candidate.quantity)
        accepted.append(candidate)
    return spans, accepted


# --- the set: compare questions -------------------------------------------------------------


def published_times(articles: Iterable[ArticleDraft]) -> list[datetime | None]:
    """Each article's publication time for the conflict judge (which compares naive times):
    the wall time as the outlet gave it when every known time carries the same UTC offset,
    else all converted to UTC so that "which report is older" is right across zones."""
    parsed: list[datetime | None] = []
    for article in articles:
        try:
            moment = datetime.fromisoformat((article.published or "").replace("Z", "+00:00"))
        except ValueError:
            moment = None
        parsed.append(moment)
    offsets = {moment.utcoffset() for moment in parsed if moment is not None}
    if len(offsets) <= 1:
        return [m.replace(tzinfo=None) if m else None for m in parsed]
    return [
        (m.astimezone(UTC) if m.tzinfo else m).replace(tzinfo=None) if m else None for m in parsed
    ]


@dataclass(frozen=True)
class FigureRef:
    """One of the two figures of a proposal, in its article."""

    article: int  # index in SetDraft.articles
    start: int
    end: int
    text: str
    paragraph: int  # 1-based
    tagged_quantity: str | None  # the quantity of a figure tag already on it, if any
    tagged: bool  # a figure tag already overlaps it


@dataclass(frozen=True)
class Proposal:
    """A compare question drafted from one verdict of the core, and what it would tag."""

    conflict: Conflict
    a: FigureRef
    b: FigureRef
    quantity: str
    question: QuestionData
    problems: tuple[str, ...] = ()

    @property
    def verdict(self) -> str:
        return self.conflict.verdict


def _figure_tag(article: ArticleDraft, start: int, end: int) -> Span | None:
    """The figure tag overlapping start..end (the exact one first, else the innermost)."""
    touching = [s for s in article.spans if "figure" in s.labels and overlaps(s, start, end)]
    touching.sort(key=lambda s: (not (s.start == start and s.end == end), s.end - s.start))
    return touching[0] if touching else None


def _figure_ref(
    draft: SetDraft, article_id: str, figure: Suggestion, offset: int
) -> FigureRef | None:
    index = draft.article_index(article_id)
    if index is None:
        return None
    article = draft.articles[index]
    snapped = snap_to_words(article.text, figure.start - offset, figure.end - offset)
    if figure.start < offset or snapped is None:
        return None  # only in the headline: it cannot be marked in an excerpt
    start, end = snapped
    existing = _figure_tag(article, start, end)
    return FigureRef(
        article=index,
        start=start,
        end=end,
        text=article.text[start:end],
        paragraph=article.paragraph_of(start),
        tagged_quantity=existing.quantity if existing is not None else None,
        tagged=existing is not None,
    )


def sentence(text: str) -> str:
    """``text`` as a sentence: a capital first, a full stop last (unless it ends one)."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def for_students(reason: str) -> str:
    """A conflict's reason without the interval notation ("[127] and [140, ∞) do not
    overlap"), which helps a teacher check the verdict but not a student read the news; a
    reason made of phrases stays translatable."""
    if isinstance(reason, Text):
        return reasons.without_notation(reason)
    reason = re.sub(r"\s*\((?:\[|\()[^;]*?overlap\)", "", reason)
    return re.sub(r":\s*[\[(][^;:]*?\boverlap\b", "", reason)


def _said(figure: Suggestion) -> str:
    return figure.description or figure.text


def written_in(text: str, language: str) -> str:
    """``text`` (a ``Text``) as a question of a set in ``language`` says it: in that
    language when the window speaks it too (its catalogue is installed), else in English."""
    wanted, shown = (language or "en").split("-")[0].lower(), text_language()
    return localized(text) if wanted == shown and shown != "en" else str(text)


def reason_options(
    conflict: Conflict, question_id: str, language: str = "en"
) -> list[dict[str, object]]:
    """The conflict's reason as the right option and two plausible wrong ones (the usual
    misreadings: treating a difference as a contradiction or the reverse, and blaming an
    outlet); the right one's place varies with the question id. Written in the set's
    ``language`` when the window speaks it (``written_in``)."""
    a, b = _said(conflict.a), _said(conflict.b)
    right = {"text": sentence(written_in(for_students(conflict.reason), language)), "correct": True}
    if conflict.verdict in ("update", "conflict"):
        wrong = [MESSAGES.ROUNDED(a=a, b=b), MESSAGES.MADE_UP()]
    else:
        wrong = [MESSAGES.DIFFERENT(a=a, b=b), MESSAGES.CORRECTS()]
    options: list[dict[str, object]] = [{"text": written_in(text, language)} for text in wrong]
    options.insert(sum(map(ord, question_id)) % 3, right)
    return options


def question_for(
    draft: SetDraft, conflict: Conflict, a: FigureRef, b: FigureRef, quantity: str, taken: set[str]
) -> QuestionData:
    """The compare question for one verdict: each figure's paragraph as an excerpt; its
    words in the set's language when the window speaks it, else in English."""
    question_id = drafts.unique_id(f"compare-{quantity}", taken)
    language = draft.language
    return {
        "id": question_id,
        "type": "compare",
        "prompt": written_in(MESSAGES.PROMPT(quantity=quantity), language),
        "excerpts": [
            {"article": draft.articles[a.article].id, "paragraphs": [a.paragraph, a.paragraph]},
            {"article": draft.articles[b.article].id, "paragraphs": [b.paragraph, b.paragraph]},
        ],
        "targets": ["figure"],
        "quantity": quantity,
        # an update is figures that cannot both be right now: a conflict explained by time
        "verdict": "conflict" if conflict.verdict == "update" else conflict.verdict,
        "reasons": reason_options(conflict, question_id, language),
        "explanation": sentence(written_in(for_students(conflict.reason), language)),
        "difficulty": 2,
    }


def already_asked(draft: SetDraft, a: FigureRef, b: FigureRef, quantity: str) -> bool:
    """A compare question of this quantity already quotes both figures' paragraphs."""

    def quotes(refs: list[dict[str, object]], figure: FigureRef) -> bool:
        article_id = draft.articles[figure.article].id
        for ref in refs:
            if ref.get("article") != article_id:
                continue
            count = len(draft.articles[figure.article].paragraphs)
            first, last = (list(ref.get("paragraphs") or [1, count]) + [count])[:2]  # type: ignore[call-overload]
            if int(first) <= figure.paragraph <= int(last):
                return True
        return False

    for data in draft.questions:
        if data.get("type") != "compare" or (data.get("quantity") or quantity) != quantity:
            continue
        refs = drafts.excerpt_refs(data)
        if quotes(refs, a) and quotes(refs, b):
            return True
    return False


def reports_of(draft: SetDraft) -> tuple[list[Report], list[int]]:
    """The set's articles as the core's reports (path = article id) and the offset of each
    article's text in its report. An article without a publication time gets the one a date
    line in its text gives, as ``quizapp suggest`` reads it from a file."""
    reports: list[Report] = []
    offsets: list[int] = []
    for article, published in zip(draft.articles, published_times(draft.articles), strict=True):
        source, offset = analysis_source(article)
        published = published or parse_published(source)
        reports.append(Report(path=article.id, text=source, published=published))
        offsets.append(offset)
    return reports, offsets


def event_groups(draft: SetDraft, events: Sequence[int] | None = None) -> list[EventGroup]:
    """The events the set's articles report, as the core groups them (``events``, one index
    per article, is a teacher's correction); each group's ``reports`` are article indices."""
    reports, _ = reports_of(draft)
    if events is not None and len(events) == len(reports):
        return groups_from(events, reports)
    return group_events(reports)


def propose(
    draft: SetDraft,
    lexicon_dir: str | Path | None = None,
    events: Sequence[int] | None = None,
) -> list[Proposal]:
    """One compare question per pair of figures the core judged across the set's articles of
    one event (``events``: the teacher's grouping, one event index per article; by default
    the core's), except pairs a compare question already asks about; each checked as the
    question file would be, its problems named."""
    reports, offsets = reports_of(draft)
    if events is not None and len(events) != len(reports):
        events = None  # the articles changed since the teacher grouped them
    by_id = {report.path: offset for report, offset in zip(reports, offsets, strict=True)}
    taken = {str(q.get("id")) for q in draft.questions}
    proposals: list[Proposal] = []
    seen: set[tuple[object, ...]] = set()
    for conflict in find_conflicts(reports, lexicon_dir=lexicon_dir, events=events):
        a = _figure_ref(draft, conflict.a_path, conflict.a, by_id[conflict.a_path])
        b = _figure_ref(draft, conflict.b_path, conflict.b, by_id[conflict.b_path])
        if a is None or b is None:
            continue
        tagged = {q for q in (a.tagged_quantity, b.tagged_quantity) if q}
        quantity = next(iter(tagged)) if len(tagged) == 1 else conflict.quantity
        problems: list[str] = []
        if len(tagged) > 1:
            problems.append(
                MESSAGES.TAGGED_APART(
                    a=a.text, a_quantity=a.tagged_quantity, b=b.text, b_quantity=b.tagged_quantity
                )
            )
        key = (a.article, a.paragraph, b.article, b.paragraph, quantity)
        if key in seen or already_asked(draft, a, b, quantity):
            continue
        seen.add(key)
        data = question_for(draft, conflict, a, b, quantity, taken)
        taken.add(str(data["id"]))
        proposal = Proposal(conflict, a, b, quantity, data, tuple(problems))
        if not problems:
            proposal = replace(proposal, problems=tuple(question_problems(draft, proposal)))
        proposals.append(proposal)
    return proposals


def _tag_figure(draft: SetDraft, figure: FigureRef, quantity: str) -> SetDraft:
    article = draft.articles[figure.article]
    spans = article.spans
    existing = _figure_tag(article, figure.start, figure.end)
    if existing is not None:
        if existing.quantity:
            return draft
        index = spans.index(existing)
    else:
        spans = drafts.tag(spans, figure.start, figure.end, "figure")
        index = drafts.find_span(spans, figure.start, figure.end)  # type: ignore[assignment]
    spans = drafts.set_quantity(spans, index, quantity)
    return draft.with_article(figure.article, replace(article, spans=spans))


def with_proposals(draft: SetDraft, proposals: Iterable[Proposal]) -> SetDraft:
    """The set with the proposals' questions added and their figures tagged (if not yet)."""
    questions = list(draft.questions)
    for proposal in proposals:
        draft = _tag_figure(draft, proposal.a, proposal.quantity)
        draft = _tag_figure(draft, proposal.b, proposal.quantity)
        questions.append(proposal.question)
    return replace(draft, questions=tuple(questions))


def question_problems(draft: SetDraft, proposal: Proposal) -> list[str]:
    """What the question-file checks would refuse in the proposal, once added."""
    added = with_proposals(draft, [proposal])
    try:
        added.question(len(added.questions) - 1)
    except QuestionFileError as error:
        return list(dict.fromkeys(problem.message for problem in error.problems))
    return []
