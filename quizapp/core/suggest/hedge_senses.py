"""A hedge word in another sense: the clause around it says it guesses nothing.

The hedge lexicon finds words ("thought", "probably", "craint", "Forecasting"); whether the
word guesses depends on its clause, read here:

- a speaker's thought about themself, or a past disbelief looking back ("I thought I wasn't
  going to get out", "I never thought it would be my son"): a feeling, not a guess about the
  story ("I thought it was an earthquake", what was taken for what, stays);
- a feeling told as a simile ("it felt like the floor was moving");
- an evaluation with a superlative of worth after an adverb of likelihood or "seems" ("this is
  probably the worst day of our lives"): a judgement, not a ranking that may prove false (the
  modal "could be the deadliest quake" stays);
- a French fear or belief ended ("on ne craint plus pour la vie des blessés"): a finding;
- a capitalised hedge word inside a run of capitalised words that does not open the sentence
  ("Flood Forecasting Division"): a name;
- a wish ("you don't want to believe it") and a thought of something, to consider it ("who
  doesn't think of this as his own child").
"""

from __future__ import annotations

import re

from quizapp.core.suggest.document import Document

_PRONOUN_SELF = r"(?:I|we)"
# "I thought I was going to die", "we felt we had no choice", "she thought she would drown":
# the thinker is the thought's subject, and the thought is of their own fate (not "I thought I
# saw a second man", what was taken for what, which guesses)
_SELF_THOUGHT = re.compile(
    r"(?i:(?P<who>I|we|he|she|they))\s+(?:first\s+|initially\s+|really\s+|honestly\s+|"
    r"just\s+)?(?:thought|believed|felt|feared)\s+(?:that\s+)?(?i:(?P=who))(?:['’]d|\s)"
    r"(?!\s*(?:saw|heard|smelled|spotted|noticed|had\s+(?:seen|heard|spotted))\b)"
)
# "I didn't think that it would be my two grandsons", "we never thought this would happen":
# looking back on what did happen, in the past tense with "would"
_PAST_DISBELIEF = re.compile(
    rf"(?i:{_PRONOUN_SELF})\s+(?:didn['’]t|did\s+not|never|could\s+not|couldn['’]t)\s+"
    r"(?:have\s+)?(?:think|thought|believe|believed|imagine|imagined|expect|expected)\s+"
    r"(?:that\s+)?(?:[\w'’-]+\s+){1,3}?would\b",
    re.IGNORECASE,
)
# and in French, now that "{fr:croire} que" reads the compound tenses: "je n'aurais jamais cru
# que", "on n'avait pas cru que" (the speaker's own past disbelief; "les experts n'ont pas cru
# que", a third person's, is left a hedge as in English)
_PAST_DISBELIEF_FR = re.compile(
    r"\b(?:je|j['’]|nous|on)\s*n['’](?:aurais|aurait|aurions|avais|avait|avions|ai|a|avons)\s+"
    r"(?:jamais|pas)\s+(?:vraiment\s+)?$",
    re.IGNORECASE,
)
_FELT_LIKE = re.compile(r"(?:[\w'’]+\s+)?(?:felt|feels|feel)\s+like\b", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"\b(?:this|it|that|today)(?:['’]s|\s+is|\s+was)\s+$", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"\b(?:this|it|that|today)\s+$", re.IGNORECASE)
# a superlative of worth, not of measure ("deadliest", "largest" can be counted and proved)
_WORTH = (
    r"(?:worst|best|greatest|saddest|darkest|hardest|toughest|bleakest|grimmest|"
    r"most\s+(?:difficult|painful|tragic|terrible|horrific|horrible|devastating|heartbreaking|"
    r"shocking|awful|important|beautiful))"
)
_WORTH_AFTER = re.compile(rf"\s*(?:to\s+be\s+|be\s+)?(?:one\s+of\s+)?the\s+{_WORTH}\b", re.I)
_LIKELIHOOD_WORDS = re.compile(r"(?:probably|possibly|perhaps|maybe)$", re.IGNORECASE)
_SEEM_WORDS = re.compile(r"(?:seems?|seemed|appears?|appeared)(?:\s+to)?$", re.IGNORECASE)
_NEGATION_BEFORE = re.compile(r"\b(?:ne|n['’])\s*(?:[lmts]['’]|le\s+|la\s+|les\s+|en\s+|y\s+)?$")
_NO_LONGER_AFTER = re.compile(r"\s+plus\b")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]{3,}\b")
# a verb or a small word capitalised: a heading's title case, which names do not use
_TITLE_CASE = re.compile(
    r"\b(?:Is|Are|Was|Were|Has|Have|Had|Be|Been|Will|Could|May|Might|To|As|After|Amid|And|But)\b"
)
_WANT_TO_BEFORE = re.compile(r"\b(?:want|wants|wanted|wanting|wish|wished)\s+to\s+$", re.I)
_THINK_OF = re.compile(r"\b(?:think|thinks|thought|thinking)\s+(?:of|about)\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([\w'’-]+)")


def _about_oneself(text: str, start: int, trigger: str) -> bool:
    """A speaker's thought about themself, or a past disbelief looking back."""
    return bool(
        _SELF_THOUGHT.match(text, start)
        or _PAST_DISBELIEF.match(text, start)
        or _PAST_DISBELIEF_FR.search(text, max(0, start - 40), start)
    )


def _evaluation(text: str, start: int, end: int, trigger: str) -> bool:
    """ "this is probably the worst day", "this seems to be the greatest tragedy"."""
    word = trigger.strip()
    before = text[max(0, start - 30) : start]
    if _LIKELIHOOD_WORDS.fullmatch(word):
        subject = _COPULA_BEFORE.search(before)
    elif _SEEM_WORDS.fullmatch(word):
        subject = _SUBJECT_BEFORE.search(before)
    else:
        return False
    return subject is not None and _WORTH_AFTER.match(text, end) is not None


def _ended(text: str, start: int, end: int) -> bool:
    """ "on ne craint plus": a French fear or belief that is over."""
    before = text[max(0, start - 12) : start]
    return bool(_NEGATION_BEFORE.search(before)) and bool(_NO_LONGER_AFTER.match(text, end))


def _inside_name(text: str, doc: Document, start: int, end: int) -> bool:
    """ "Flood Forecasting Division": capitalised between capitalised words, in the body."""
    if not text[start].isupper() or doc.in_headline(start):
        return False
    sentence_start, sentence_end = doc.sentence_at(start)
    if not text[sentence_start:start].strip(" \"'“‘(—-"):
        return False  # it opens the sentence: a capital of grammar
    if not _LOWER_WORD.search(text, sentence_start, sentence_end) or _TITLE_CASE.search(
        text[max(sentence_start, start - 30) : end + 30]
    ):
        return False  # a heading in title case: "Toll Is Expected to Rise", "May Have Been"
    before = _WORD_BEFORE.search(text, max(sentence_start, start - 40), start)
    after = _WORD_AFTER.match(text, end, end + 40)
    return (
        before is not None
        and after is not None
        and _CAPITALISED_WORD.fullmatch(before.group(1)) is not None
        and _CAPITALISED_WORD.fullmatch(after.group(1)) is not None
    )


def _wish_or_topic(text: str, start: int, end: int) -> bool:
    """ "You don't want to believe it's real": a wish; "who doesn't think of this as": to
    think of or about something is to consider it, no belief."""
    before = text[max(0, start - 24) : start]
    return bool(_WANT_TO_BEFORE.search(before)) or bool(_THINK_OF.search(text, start, end + 7))


def in_other_sense(doc: Document, start: int, end: int) -> bool:
    """Whether the hedge at ``[start, end)`` is used in a sense that guesses nothing."""
    text = doc.text
    trigger = text[start:end]
    return (
        _about_oneself(text, start, trigger)
        or _FELT_LIKE.fullmatch(trigger) is not None
        or _evaluation(text, start, end, trigger)
        or _ended(text, start, end)
        or _inside_name(text, doc, start, end)
        or _wish_or_topic(text, start, end)
    )
