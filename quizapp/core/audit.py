"""Audit question sets: a lint for keys that would teach the wrong lesson (Qt-free).

``audit_paths(paths)`` reads question files (files or folders, as ``validate`` does) and
returns ``Finding`` items, one per problem a careful teacher would want to look at:

- ``invalid``: the file does not validate (the ``validate`` message, unchanged);
- ``prompt-key``: the prompt asks for something other than the key (a prompt about
  speculation over a key of unconfirmed spans, "every ..." over a key of one span, a compare
  prompt naming another quantity than ``quantity``);
- ``explanation-verdict``: a compare question's explanation, or its right reason, says
  something other than its verdict ("conflict" under ``verdict: compatible``);
- ``longest-option``: the right option is clearly the longest, a give-away;
- ``only-reason``: the right option is the only one that gives a reason ("because ...");
- ``repeated-option``: an option's text is an option of another question too;
- ``assistant``: the authoring assistant (``quizapp.core.suggest``) disagrees with a span,
  as a second opinion; ``reviewed=yes`` on the span records that a teacher looked;
- ``unused-label``: a label is declared, or tagged on spans, but no question targets it.

The rules read only the files: nothing is tied to particular sets or ids. The word lists
are small and written for English and French prompts; a prompt in which no cue word is
recognised is not judged. Rules, examples and the way to acknowledge a reviewed
disagreement are in README.md ("quizapp audit").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core import markup
from quizapp.core.files import check_text, expand_paths
from quizapp.core.model import (
    BUILTIN_LABELS,
    Article,
    Option,
    Question,
    QuestionSet,
    label_name,
)
from quizapp.core.yamlsource import (
    SourceError,
    YList,
    YMap,
    parse_yaml,
    read_text,
    text_start_line,
)

if TYPE_CHECKING:
    from quizapp.core.suggest.model import Suggestion

__all__ = ["CODES", "Finding", "audit_paths", "audit_sets", "audit_text", "is_reviewed"]

CODES: dict[str, str] = {
    "invalid": "the file does not validate",
    "prompt-key": "the prompt does not match the key",
    "explanation-verdict": "the explanation or the right reason contradicts the verdict",
    "longest-option": "the right option is clearly the longest",
    "only-reason": "the right option is the only one that gives a reason",
    "repeated-option": "an option's text is also an option of another question",
    "assistant": "the authoring assistant disagrees with the key (a second opinion)",
    "unused-label": "a label no question targets",
}

# A right option is "clearly the longest" when it has at least this many times the words of
# the longest wrong option and at least MIN_EXTRA_WORDS more.
LONGEST_RATIO = 1.5
MIN_EXTRA_WORDS = 4
# Options this short ("Yes", "No one") may well repeat across questions.
MIN_REPEATED_WORDS = 3


@dataclass(frozen=True, order=True)
class Finding:
    """One audit finding, printed as ``path:line: [code] message``."""

    path: str
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: [{self.code}] {self.message}"


# --------------------------------------------------------------------------- words

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def _words(text: str) -> list[str]:
    return [match.group().casefold() for match in _WORD.finditer(text)]


def _pattern(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


# What a prompt says it asks for, by label (English and French).
_KIND_CUES: dict[str, re.Pattern[str]] = {
    "figure": _pattern(
        r"figures?",
        r"numbers?",
        r"tolls?",
        r"counts?",
        r"how many",
        r"chiffres?",
        r"nombres?",
        r"bilans?",
        r"combien",
    ),
    "speculation": _pattern(
        r"speculat\w*",
        r"guess\w*",
        r"hedg\w*",
        r"predict\w*",
        r"forecasts?",
        r"opinions?",
        r"interpretations?",
        r"possibilit\w*",
        r"conjectur\w*",
        r"spéculati\w*",
        r"hypoth\w*",
        r"suppositions?",
        r"prédictions?",
        r"prévisions?",
        r"pronostics?",
    ),
    "unconfirmed": _pattern(
        r"unconfirmed",
        r"unnamed",
        r"anonymous\w*",
        r"unverified",
        r"unchecked",
        r"second-hand",
        r"sources?",
        r"sourcing",
        r"attributions?",
        r"rumou?rs?",
        r"non confirmée?s?",
        r"anonymes?",
        r"non vérifiée?s?",
        r"invérifiée?s?",
        r"rumeurs?",
        r"de seconde main",
        r"ouï-dire",
    ),
}
# "Mark every ...", "all the ...", "chaque ...", but not "in each report".
_EVERY = re.compile(
    r"(?<![\w-])(?:every|all(?: the)?|tous les|toutes les|chaque|each"
    r"(?! (?:report|reports|excerpt|article|account|story|text|paragraph|source|marked|one)\b))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# A negated part of a prompt ("(not ages or durations)", "not whole sentences") names what
# is *not* asked for: it is left out before the prompt is read for cues.
_NEGATED = re.compile(
    r"\((?:not|pas|ni|sauf|except)\b[^)]*\)|(?<![\w-])(?:not|pas|sauf|except)\b[^.,;:()?!]*",
    re.IGNORECASE,
)

# Words that name a quantity in a compare prompt.
_QUANTITY_CUES: dict[str, re.Pattern[str]] = {
    "deaths": _pattern(
        r"dead", r"deaths?", r"killed", r"died", r"death tolls?", r"fatalit\w*",
        r"morts?", r"décès", r"tués?", r"tuées?",
    ),
    "injured": _pattern(r"injur\w*", r"wounded", r"hurt", r"blessée?s?"),
    "missing": _pattern(r"missing", r"unaccounted", r"disparue?s?"),
    "arrests": _pattern(r"arrest\w*", r"detain\w*", r"interpellations?", r"arrestations?"),
    "charged": _pattern(r"charged", r"charges", r"inculpée?s?", r"mise?s? en examen"),
    "crowd": _pattern(r"crowds?", r"marchers", r"turnout", r"protesters", r"foules?",
                      r"manifestants?"),
    "evacuated": _pattern(r"evacu\w*", r"évacu\w*"),
    "treated": _pattern(r"treated", r"soignée?s?"),
    "hospitalised": _pattern(r"hospital\w*", r"hôpital", r"hospitalisée?s?"),
    "attackers": _pattern(r"attackers?", r"gunm[ae]n", r"assaillants?", r"terroristes?"),
}  # fmt: skip

_NEGATORS = {"not", "no", "never", "neither", "nor", "without", "cannot", "can't", "ne", "pas"}
_NEGATORS |= {"n't", "don't", "doesn't", "didn't", "isn't", "aren't", "won't", "nothing"}
_VERDICT_CUES: dict[str, re.Pattern[str]] = {
    "conflict": _pattern(
        r"conflicts?",
        r"conflicting",
        r"contradict\w*",
        r"disagree\w*",
        r"inconsistent",
        r"incompatibles?",
        r"(?:cannot|can't|could not|couldn't) both be",
        r"both cannot be",
        r"se contredisent",
        r"contradictoires?",
        r"en conflit",
    ),
    "compatible": _pattern(
        r"compatibles?",
        r"consistent",
        r"both (?:can|could|may) be (?:true|right|correct)",
        r"agree",
        r"agrees",
        r"(?:can|could|may) (?:well )?be (?:bigger|larger|higher|greater) than",
        r"concordent",
        r"les deux peuvent être (?:vrais|justes|exacts)",
    ),
    "cannot-tell": _pattern(
        r"cannot tell",
        r"can't tell",
        r"cannot judge",
        r"cannot say",
        r"no way (?:of|to) know\w*",
        r"impossible to (?:say|tell|know|judge)",
        r"(?:too soon|too early) to (?:say|tell|judge)",
        r"on ne peut pas (?:dire|savoir|trancher)",
        r"impossible de (?:dire|savoir|trancher)",
    ),
}
# What makes an option a reasoned one: a reason word, or a clause after ':' or ';'.
_REASON = re.compile(
    r"(?<![\w-])(?:because|since|so|therefore|thus|hence|as a result|which means|given that"
    r"|parce que|parce qu'|car|puisque|donc|étant donné)(?![\w-])|[:;]\s*\S+\s+\S+\s+\S+",
    re.IGNORECASE,
)
# "Mark the words ..., not whole sentences": the key should then be short phrases.
_WORDS_ONLY = re.compile(
    r"not (?:the )?whole sentences?|just th(?:ose|e) words|only the words|pas (?:des )?phrases"
    r" entières|seulement les mots",
    re.IGNORECASE,
)
MAX_WORDS_ONLY_SPAN = 6
_REVIEWED_NO = {"", "no", "false", "0", "non"}


def is_reviewed(attributes: dict[str, str]) -> bool:
    """True when a span records that a teacher reviewed the assistant's opinion of it."""
    value = attributes.get("reviewed")
    return value is not None and value.strip().casefold() not in _REVIEWED_NO


def _quote(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return f"'{flat}'"


def _names(labels: Iterable[str]) -> str:
    return " or ".join(label_name(label) for label in labels)


def _stated_verdicts(text: str) -> dict[str, str]:
    """The verdicts a text states (verdict -> the words that state it), negation aware.

    "does not contradict" and "no conflict" state *compatible*; "not compatible" states
    *conflict*; a negated "cannot tell" states nothing.
    """
    stated: dict[str, str] = {}
    for verdict, pattern in _VERDICT_CUES.items():
        for match in pattern.finditer(text):
            before = _words(text[max(0, match.start() - 40) : match.start()])[-3:]
            own_negation = verdict == "conflict" and match.group().casefold().startswith(
                ("cannot", "can't", "could", "both cannot")
            )
            negated = not own_negation and any(word in _NEGATORS for word in before)
            if not negated:
                stated.setdefault(verdict, match.group())
            elif verdict == "conflict":
                stated.setdefault("compatible", " ".join([*before, match.group()]))
            elif verdict == "compatible":
                stated.setdefault("conflict", " ".join([*before, match.group()]))
    return stated


def _strip_negated(prompt: str) -> str:
    return _NEGATED.sub(" ", prompt)


def _kinds_named(prompt: str) -> set[str]:
    text = _strip_negated(prompt)
    return {kind for kind, pattern in _KIND_CUES.items() if pattern.search(text)}


# --------------------------------------------------------------------------- lines


@dataclass
class _Where:
    """Lines of things in one file, read from its YAML again (the model keeps few lines)."""

    questions: dict[str, YMap]
    span_lines: dict[tuple[str, int, int], int]  # (article id, start, end) -> line
    article_lines: dict[str, int]
    label_lines: dict[str, int]

    @classmethod
    def read(cls, text: str) -> _Where:
        where = cls({}, {}, {}, {})
        try:
            document = parse_yaml(text)
        except SourceError:
            return where
        if not isinstance(document, YMap):
            return where
        for item, _line in _items(document.get("questions")):
            if isinstance(item, YMap) and isinstance(item.get("id"), str):
                where.questions.setdefault(item["id"], item)
        for item, line in _items(document.get("articles")):
            if not isinstance(item, YMap) or not isinstance(item.get("id"), str):
                continue
            where.article_lines[item["id"]] = line
            source = item.get("text")
            if not isinstance(source, str):
                continue
            try:
                parsed = markup.parse_article(source)
            except markup.MarkupError:
                continue
            base = text_start_line(item, "text")
            for span, span_line in zip(parsed.spans, parsed.span_lines, strict=True):
                where.span_lines[(item["id"], span.start, span.end)] = base + span_line - 1
        for item, line in _items(document.get("labels")):
            label_id = item.get("id") if isinstance(item, YMap) else item
            if isinstance(label_id, str):
                where.label_lines[label_id] = line
        return where

    def question(self, question: Question) -> int:
        return question.line or 1

    def field(self, question: Question, key: str) -> int:
        mapping = self.questions.get(question.id)
        if mapping is None:
            return self.question(question)
        return mapping.key_lines.get(key, self.question(question))

    def option(self, question: Question, key: str, index: int) -> int:
        mapping = self.questions.get(question.id)
        raw = mapping.get(key) if mapping is not None else None
        if isinstance(raw, YList) and index < len(raw.item_lines):
            return raw.item_lines[index]
        return self.field(question, key)


def _items(value: object) -> list[tuple[object, int]]:
    if not isinstance(value, YList):
        return []
    return list(zip(value, value.item_lines, strict=True))


# --------------------------------------------------------------------------- rules


@dataclass
class _Context:
    path: str
    question_set: QuestionSet
    where: _Where
    findings: list[Finding]

    def add(self, line: int, code: str, message: str) -> None:
        self.findings.append(Finding(self.path, line, code, message))


def _builtin(labels: Iterable[str]) -> list[str]:
    return [label for label in labels if label in BUILTIN_LABELS]


def _check_prompt(context: _Context, question: Question) -> None:
    line = context.where.field(question, "prompt")
    key = question.key_spans()
    targets = _builtin(question.targets)
    named = _kinds_named(question.prompt)
    if question.type in ("highlight", "compare", "classify") and targets and named:
        if not named & set(targets) and question.type != "classify":
            context.add(
                line,
                "prompt-key",
                f"question '{question.id}': the prompt asks for {_names(sorted(named))},"
                f" but the key is {_names(targets)}",
            )
        else:
            in_key = {label for _, span in key for label in span.labels}
            for label in targets:
                if label not in named and label in in_key:
                    context.add(
                        line,
                        "prompt-key",
                        f"question '{question.id}': the key has {label_name(label)} spans,"
                        " which the prompt does not ask for",
                    )
    if question.type == "highlight" and _WORDS_ONLY.search(question.prompt):
        from quizapp.core.scoring import core_intervals

        for index, span in key:
            excerpt = question.excerpts[index]
            text = excerpt.span_text(span)
            count = len(_words(text))
            cores = core_intervals(excerpt.text, span, question.targets)[0]
            if count > MAX_WORDS_ONLY_SPAN and not cores:
                context.add(
                    line,
                    "prompt-key",
                    f"question '{question.id}': the prompt asks for the words only, not whole"
                    f" sentences, but the key span {_quote(text)} is {count} words with no"
                    ' core to mark alone; shorten it or give it a core="..."',
                )
    if question.type == "highlight" and len(key) == 1:
        every = _EVERY.search(_strip_negated(question.prompt))
        if every:
            context.add(
                line,
                "prompt-key",
                f"question '{question.id}': the prompt says '{every.group()}', but the key"
                " is one span; say 'the phrase' or widen the excerpt",
            )
    if question.type == "compare" and question.quantity:
        _check_quantity(context, question, line)


def _check_quantity(context: _Context, question: Question, line: int) -> None:
    quantity = question.quantity or ""
    prompt = _strip_negated(question.prompt)
    named = {name for name, pattern in _QUANTITY_CUES.items() if pattern.search(prompt)}
    if not named:
        return
    tokens = [token for token in re.split(r"[-_\s]+", quantity.casefold()) if token]
    own = {quantity.casefold(), *tokens}
    if own & named:
        return
    prompt_words = _words(prompt)
    if any(
        word.startswith(token[:5]) for token in tokens if len(token) >= 3 for word in prompt_words
    ):
        return
    for token in tokens:
        if any(pattern.search(token) for pattern in _QUANTITY_CUES.values()):
            if {name for name, pattern in _QUANTITY_CUES.items() if pattern.search(token)} & named:
                return
    context.add(
        line,
        "prompt-key",
        f"question '{question.id}': the prompt is about {', '.join(sorted(named))},"
        f" but the question's quantity is '{quantity}'",
    )


_VERDICT_WORDS = {
    "conflict": "they conflict",
    "compatible": "they are compatible",
    "cannot-tell": "you cannot tell",
}


def _check_verdict(context: _Context, question: Question) -> None:
    if question.type != "compare" or question.verdict is None:
        return
    texts: list[tuple[str, str, int]] = []
    if question.explanation:
        texts.append(
            ("the explanation", question.explanation, context.where.field(question, "explanation"))
        )
    for index, reason in enumerate(question.reasons):
        if reason.correct:
            texts.append(
                ("the right reason", reason.text, context.where.option(question, "reasons", index))
            )
    for what, text, line in texts:
        stated = _stated_verdicts(text)
        others = {
            verdict: words for verdict, words in stated.items() if verdict != question.verdict
        }
        if others and question.verdict not in stated:
            verdict, words = next(iter(others.items()))
            context.add(
                line,
                "explanation-verdict",
                f"question '{question.id}': the verdict is {question.verdict}, but {what}"
                f" says {_VERDICT_WORDS[verdict]} ('{words}')",
            )


def _option_sets(question: Question) -> list[tuple[str, tuple[Option, ...]]]:
    sets = []
    if question.options:
        sets.append(("options", question.options))
    if question.reasons:
        sets.append(("reasons", question.reasons))
    return sets


def _check_options(context: _Context, question: Question) -> None:
    for key, options in _option_sets(question):
        right = [index for index, option in enumerate(options) if option.correct]
        wrong = [index for index, option in enumerate(options) if not option.correct]
        if not right or not wrong:
            continue
        what = "option" if key == "options" else "reason"
        lengths = [len(_words(option.text)) for option in options]
        longest_wrong = max(lengths[index] for index in wrong)
        shortest_right = min(lengths[index] for index in right)
        if (
            shortest_right >= LONGEST_RATIO * longest_wrong
            and shortest_right >= longest_wrong + MIN_EXTRA_WORDS
        ):
            context.add(
                context.where.option(question, key, right[0]),
                "longest-option",
                f"question '{question.id}': the right {what} is clearly the longest"
                f" ({shortest_right} words; the longest wrong one has {longest_wrong})",
            )
        reasoned = [index for index, option in enumerate(options) if _REASON.search(option.text)]
        if len(reasoned) == 1 and options[reasoned[0]].correct:
            context.add(
                context.where.option(question, key, reasoned[0]),
                "only-reason",
                f"question '{question.id}': the right {what} is the only one that gives a"
                f" reason ({_quote(options[reasoned[0]].text, 40)})",
            )


def _normal(text: str) -> str:
    return " ".join(_words(text))


def _check_repeats(
    contexts: Sequence[_Context],
) -> None:
    seen: dict[str, tuple[str, str, int]] = {}  # text -> (question id, path, line)
    for context in contexts:
        for question in context.question_set.questions:
            here: set[str] = set()
            for key, options in _option_sets(question):
                for index, option in enumerate(options):
                    text = _normal(option.text)
                    if len(text.split()) < MIN_REPEATED_WORDS:
                        continue
                    line = context.where.option(question, key, index)
                    if text in here:
                        context.add(
                            line,
                            "repeated-option",
                            f"question '{question.id}': {_quote(option.text, 40)} is given twice",
                        )
                        continue
                    here.add(text)
                    if text in seen:
                        other, other_path, other_line = seen[text]
                        context.add(
                            line,
                            "repeated-option",
                            f"question '{question.id}': {_quote(option.text, 40)} is also an"
                            f" option of question '{other}' ({other_path}:{other_line})",
                        )
                    else:
                        seen[text] = (question.id, context.path, line)


def _check_assistant(context: _Context) -> None:
    from quizapp.core.suggest import analyse

    for article in context.question_set.articles:
        try:
            suggestions = analyse(article.text)
        except Exception as error:  # noqa: BLE001 - a second opinion must not stop the audit
            context.add(
                context.where.article_lines.get(article.id, 1),
                "assistant",
                f"article '{article.id}': the assistant could not read it ({error})",
            )
            continue
        _assistant_unseen(context, article, suggestions)
        _assistant_other_readings(context, article, suggestions)
        _assistant_left_out(context, article, suggestions)


def _assistant_unseen(
    context: _Context, article: Article, suggestions: Sequence[Suggestion]
) -> None:
    """Tagged spans the assistant does not read as their label."""
    for span in article.spans:
        if is_reviewed(span.attributes):
            continue
        labels = _builtin(span.labels)
        overlapping = [s for s in suggestions if s.start < span.end and span.start < s.end]
        for label in labels:
            if any(s.label == label for s in overlapping):
                continue
            others = sorted({s.label for s in overlapping if s.label != label})
            instead = f"; it suggests {_names(others)}" if others else ""
            context.add(
                context.where.span_lines.get(
                    (article.id, span.start, span.end),
                    context.where.article_lines.get(article.id, 1),
                ),
                "assistant",
                f"article '{article.id}': the assistant does not see {label_name(label)} in"
                f" {_quote(article.text[span.start : span.end])}{instead}"
                " (add reviewed=yes to the span once you have checked it)",
            )


def _assistant_other_readings(
    context: _Context, article: Article, suggestions: Sequence[Suggestion]
) -> None:
    """A span shown for labelling that the assistant reads as another kind as well: a
    student could defend that label."""
    for question in context.question_set.questions:
        if question.type != "classify":
            continue
        for index, span in question.key_spans():
            excerpt = question.excerpts[index]
            if excerpt.article_id != article.id or is_reviewed(span.attributes):
                continue
            offset = article.paragraphs[excerpt.first - 1][0]
            start, end = span.start + offset, span.end + offset
            inside = [
                s
                for s in suggestions
                if s.start < end
                and start < s.end
                and s.label in BUILTIN_LABELS
                and s.label not in span.labels
                and s.label in question.targets
            ]
            if inside:
                suggestion = inside[0]
                context.add(
                    context.where.span_lines.get(
                        (article.id, start, end), context.where.question(question)
                    ),
                    "assistant",
                    f"question '{question.id}': {_quote(article.text[start:end])} is"
                    f" {_names(span.labels)}, but the assistant also reads"
                    f" {_quote(suggestion.text)} as {label_name(suggestion.label)}; a"
                    " student could defend that label (add it to the span, or"
                    " reviewed=yes)",
                )


def _assistant_left_out(
    context: _Context, article: Article, suggestions: Sequence[Suggestion]
) -> None:
    """Phrases the assistant would tag that are left out of a key asked for by a question."""
    for question in context.question_set.questions:
        if question.type != "highlight":
            continue
        explanation = (question.explanation or "").casefold()
        for excerpt in question.excerpts:
            if excerpt.article_id != article.id:
                continue
            offset = article.paragraphs[excerpt.first - 1][0]
            end = article.paragraphs[excerpt.last - 1][1]
            for suggestion in suggestions:
                if suggestion.label not in question.targets:
                    continue
                if suggestion.label == "figure":
                    continue  # untagged numbers (dates, ages) are left out on purpose
                if not (offset <= suggestion.start and suggestion.end <= end):
                    continue
                if any(
                    suggestion.start < span.end
                    and span.start < suggestion.end
                    and suggestion.label in span.labels
                    for span in article.spans
                ):
                    continue
                if " ".join(suggestion.text.split()).casefold() in explanation:
                    continue  # the explanation talks about it: the teacher has decided
                context.add(
                    context.where.question(question),
                    "assistant",
                    f"question '{question.id}': the assistant suggests"
                    f" {_quote(suggestion.text)} is {label_name(suggestion.label)}, but it"
                    " is not in the key (tag it, or say in the explanation why it is not)",
                )


def _check_labels(context: _Context) -> None:
    question_set = context.question_set
    targeted = {label for question in question_set.questions for label in question.targets}
    tagged: dict[str, int] = {}
    for article in question_set.articles:
        for span in article.spans:
            for label in span.labels:
                tagged[label] = tagged.get(label, 0) + 1
    declared = [label.id for label in question_set.labels]
    for label in [*declared, *[label for label in tagged if label not in declared]]:
        if label in targeted:
            continue
        count = tagged.get(label, 0)
        spans = f"tagged on {count} span{'s' if count != 1 else ''}" if count else "declared"
        context.add(
            context.where.label_lines.get(label, 1),
            "unused-label",
            f"label '{label}' is {spans}, but no question targets it",
        )


# --------------------------------------------------------------------------- entry points


def audit_sets(
    items: Sequence[tuple[str, QuestionSet, str]], *, assistant: bool = True
) -> list[Finding]:
    """Audit valid sets given as (path shown, set, file text); findings in file order."""
    contexts = [
        _Context(path, question_set, _Where.read(text), []) for path, question_set, text in items
    ]
    for context in contexts:
        for question in context.question_set.questions:
            _check_prompt(context, question)
            _check_verdict(context, question)
            _check_options(context, question)
        if assistant:
            _check_assistant(context)
        _check_labels(context)
    _check_repeats(contexts)
    findings = [finding for context in contexts for finding in context.findings]
    order = {context.path: number for number, context in enumerate(contexts)}
    return sorted(findings, key=lambda f: (order.get(f.path, 0), f.line, f.code, f.message))


def audit_text(text: str, path: str = "<text>", *, assistant: bool = True) -> list[Finding]:
    """Audit one question file's text (an invalid file gives its ``invalid`` findings)."""
    question_set, problems = check_text(text, path)
    if problems or question_set is None:
        return [Finding(path, p.line, "invalid", p.message) for p in problems]
    return audit_sets([(path, question_set, text)], assistant=assistant)


def audit_paths(paths: Iterable[str | Path], *, assistant: bool = True) -> list[Finding]:
    """Audit every question file under ``paths``; options are compared across all of them."""
    findings: list[Finding] = []
    items: list[tuple[str, QuestionSet, str]] = []
    for shown, path in expand_paths(paths):
        if path is None:
            findings.append(
                Finding(shown, 0, "invalid", "no such file, or no question files in the folder")
            )
            continue
        try:
            text = read_text(path)
        except SourceError as error:
            findings.append(Finding(shown, error.line, "invalid", error.message))
            continue
        question_set, problems = check_text(text, shown)
        if problems or question_set is None:
            findings.extend(Finding(shown, p.line, "invalid", p.message) for p in problems)
            continue
        items.append((shown, question_set, text))
    return findings + audit_sets(items, assistant=assistant)
