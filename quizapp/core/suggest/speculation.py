"""Speculation: hedges, predictions, interpretation and opinion (lexicon ``hedges.yaml``).

The span is the hedge and the words after it up to the end of its clause, at most six
words ("could be interpreted as IS retaliation", "will likely increase"); a hedge at the end
of a clause ("..., I think.") is suggested alone. Hedges that touch are merged into one span.
Traps handled here, beyond the ``not_hedges`` lexicon: "May" the month or a surname is not
the modal "may" (a capitalised "May" counts only at the start of a sentence and only before
"be", "have", "not" and the like).
"""

from __future__ import annotations

import re

from quizapp.core.suggest import reasons
from quizapp.core.suggest.attribution import _conditional as hearsay_conditionals
from quizapp.core.suggest.document import Document
from quizapp.core.suggest.hedge_senses import in_other_sense
from quizapp.core.suggest.lexicon import Lexicon
from quizapp.core.suggest.model import Suggestion
from quizapp.core.text import Text

MAX_EXTENSION_WORDS = 6
# a verb of belief stays a hedge even as an unnamed source's verb: "[The rescue
# workers]{.unconfirmed} [believed]{.speculation} that two girls were under the rubble" (the
# part marks both); "sources said" is the source's verb alone
# (and "alleged" of a person inside the source's span: "published by some Russian media of
# two of the [alleged attackers]": the label of the person is the guidelines' speculation)
_BELIEF = re.compile(
    r"(?:believ|think|thought|fear|suspect)\w*$|(?:suspected|alleged)\s", re.IGNORECASE
)
_CONDITIONAL = re.compile(r"\b(?:would|wouldn['’]t)\b", re.IGNORECASE)
_IF = re.compile(
    r"\b(?:if|unless|were\s+it\s+not|had\s+it\s+not\s+been|otherwise|but\s+for)\b", re.IGNORECASE
)
# what follows a condition of confirmation is the claim itself, not a guess: "If the
# involvement of Islamist militants is confirmed, it would be the latest in a string of attacks"
# (the condition is the unconfirmed attribution's; blind3/ and blind6/ leave "would be" unmarked)
_CONFIRMED = re.compile(r"\b(?:confirmed|verified|true)\b", re.IGNORECASE)
# "Without the walls, we would be looking at twice the damage": a counterfactual opening
_WITHOUT = re.compile(r"[\s\"'“‘(]*without\b[^.,;]*,", re.IGNORECASE)
# a quotation mark does not end the clause (nor French guillemets: 'Il y aurait « peut-être
# une centaine de blessés »' is one hedged clause)
_NEXT_WORD = re.compile(r"[ \t\u00a0\u202f\"“”‘«»]*([\w'’-]+)")


def _extend(text: str, lexicon: Lexicon, stop: int, end: int) -> int:
    """End of the hedged phrase: words after ``end`` up to a clause boundary (the
    ``clause_words`` of hedges.yaml), less the ``trailing_words`` it would end on."""
    clause_words, trailing_words = lexicon.words("clause_words"), lexicon.words("trailing_words")
    position = end
    taken: list[tuple[str, int]] = []
    while len(taken) < MAX_EXTENSION_WORDS:
        match = _NEXT_WORD.match(text, position, stop)
        if not match:
            break
        word = match.group(1).lower()
        if word in clause_words or not word.strip("-"):  # a spaced dash ends the clause too
            break
        taken.append((word, match.end()))
        position = match.end()
    while taken and taken[-1][0] in trailing_words:
        taken.pop()
    return taken[-1][1] if taken else end


_CLIPPED_MODAL_NEXT = frozenset({"be", "have", "not", "well", "also", "yet", "soon", "never"})


def _is_month_or_name(text: str, doc: Document, start: int, end: int) -> bool:
    """A capitalised "May" that is not a sentence-opening modal verb."""
    if not text.startswith("May", start):
        following = re.match(r"\s+\d", text[end : end + 3])
        return following is not None  # "may 5" written in lower case
    sentence_start = doc.sentence_at(start)[0]
    if text[sentence_start:start].strip(" \"'“‘(—-") != "":
        return True
    # a sentence can open with the modal only clipped, as a headline or a bullet does ("May
    # have been caused by a leak"); "May has announced", "May said" is the name, and "May
    # they rest in peace" a wish, neither a guess
    following = re.match(r"\s+([\w'’]+)", text[end : end + 40])
    return following is None or following.group(1).lower() not in _CLIPPED_MODAL_NEXT


_WORD_BEFORE = re.compile(r"([\w'’]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([\w'’]+)")


def _in_proper_name(text: str, start: int, end: int) -> bool:
    """A capitalised hedge word in running prose, between a lower-case word and a capitalised
    one, is part of a name ("directeur de Predict Services", "lives on Hope Street"); a
    headline's title case ("Toll Likely To Rise") has no lower-case word before it."""
    if not text[start].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end, end + 40)
    return (
        before is not None
        and before.group(1)[0].islower()
        and after is not None
        and after.group(1)[0].isupper()
    )


# the writer's yes/no question; not one put to the reader ("Do you have photos? Send them")
_YES_NO_QUESTION = re.compile(
    r"(?:Could|Would|Might|May|Will|Can|Should|Did|Does|Do|Was|Were|Is|Are|Has|Have|Had)"
    r"\s+(?!you\b)[^?\"“”]{6,}\?"
)
# French yes/no questions invert the subject pronoun ("S'agit-il d'un incendie
# volontaire ?", "Un mégot a-t-il fait naître le foyer ?") or open with "Est-ce que"; a
# question of how, why or where ("Comment mène-t-on l'enquête ?") asks for an account
_FRENCH_QUESTION = re.compile(
    r"(?i:(?!(?:comment|pourquoi|où|quand|qui|que|quel\w*|combien|lequel|laquelle)\b)"
    r"[^?\"“”«»]*?\b(?:[\w'’]+-(?:t-)?(?:il|elle|ils|elles|on)|est-ce\s+qu)"
    r"[\s\w'’-][^?\"“”«»]{2,}\?)"
)
# a question without an auxiliary, as sub-headings put it ("L'insalubrité des bâtiments mise
# en cause ?", "A gas leak?"): a possibility raised, three to fifteen words; not a question of
# how, why or what, which asks for an account, nor one put to the reader ("you", "vous")
_INTONATION_QUESTION = re.compile(
    r"(?i:(?!(?:what|how|why|where|when|who|whom|whose|which|comment|pourquoi|où|quand|qui|que|"
    r"qu['’]|quel\w*|combien|lequel|laquelle|et\s+maintenant)\b)"
    r"(?![^?]*\b(?:you|your|vous|votre|vos|tu)\b)[^\W\d][^?\"“”«»\n]{8,}?\s?\?)"
)
# "When asked if he expects the toll to rise, ...", "You ask me whether anyone could still be
# alive": a hedge inside a question put to someone is the question's, not the speaker's guess
# (also a wh-question: "Asked how many may still be trapped, Gibson said ...")
# (and a question left unanswered: "did not address how many victims could still be in need
# of assistance", "would not say whether more may be trapped": nobody guesses there; also
# with words between, "declined on Saturday, when visiting the site, to say who could be behind")
_ASKED = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|(?:not|n['’]t|never|(?:declined|refused)(?:,?\s+[^.;?]{1,50}?)?\s+to)\s+(?:yet\s+)?"
    r"(?:say|said|address|addressed|disclose|disclosed|specify|specified|reveal|revealed|explain))"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:if|whether|how|what|who|why|when|where)\b",
    re.IGNORECASE,
)
# ... but a question that raises a possibility about what happened keeps it: "Asked whether a
# fourth attacker might have escaped, Yildirim said ..." (the reporters' question puts the
# possibility into the story; "asked if he expects the toll to rise" and "whether the school
# could reopen" ask for a forecast or a plan)
_RAISED_POSSIBILITY = re.compile(r"(?:may|might|could)\s+have\s+(?!to\b)", re.IGNORECASE)
_BELIEF_AT = re.compile(r"(?:[\w'’]+\s+)?(?:believ|think|thought|fear|suspect)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:—–]|\s-\s")


def _questions(doc: Document) -> list[tuple[int, int, int, Text]]:
    """The writer's own yes/no questions in the body ("Could the fire have been stopped
    sooner?"): nobody knows yet; a headline or a quoted question is left alone."""
    text = doc.text
    found: list[tuple[int, int, int, Text]] = []
    for start, end in doc.sentences:
        if doc.in_headline(start) or doc.is_skipped(start):
            continue
        match = (
            _YES_NO_QUESTION.fullmatch(text, start, end)
            or _FRENCH_QUESTION.fullmatch(text, start, end)
            or _INTONATION_QUESTION.fullmatch(text, start, end)
        )
        if match is not None and not 3 <= doc.words_between(start, end) <= 15:
            match = None
        if (
            match is None
            or text.count('"', 0, start) % 2
            or text.count("“", 0, start) > text.count("”", 0, start)
        ):
            continue
        found.append((start, end, end, reasons.MESSAGES.OPEN_QUESTION()))
    return found


# a forecast in reported speech: a verb of saying or believing, then a thing of nature, a
# structure or a count (hedges.yaml `forecast_subjects`) as the subject of "would": "Gonzalez
# said the fire would burn itself out", "predicted there would be more aftershocks" (the plans
# of those who act, "said it would release the names", stay plain reported speech)
_REPORTED_VERB = (
    r"\b(?:said|says|say|warned|warns|predicted|predicts|forecast|cautioned|believed|believes|"
    r"thought|feared|fears|estimated|added|told\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:that\s+)?"
)
_FORECAST_CACHE: dict[frozenset[str], re.Pattern[str]] = {}


def _reported_forecasts(doc: Document, lexicon: Lexicon) -> list[tuple[int, int, int, Text]]:
    """Forecasts in reported speech whose subject is a thing ("said the river would crest")."""
    subjects = lexicon.words("forecast_subjects")
    pattern = _FORECAST_CACHE.get(subjects)
    if pattern is None:
        names = "|".join(sorted(map(re.escape, subjects), key=len, reverse=True)) or "(?!x)x"
        pattern = re.compile(
            _REPORTED_VERB + r"(?P<clause>there\s+would\s+be|(?:the|a|its|their)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{names})\s+would)\s+(?!(?:not\s+)?be\s+(?:\w+(?:ed|en)|held|built|rebuilt|shut|made|set|sent|kept)\b"
            r"|(?:re)?open\b|remain\s+(?:closed|open|shut)\b)\w",
            re.IGNORECASE,
        )
        _FORECAST_CACHE[subjects] = pattern
    return _predictions(doc, lexicon, pattern)


def _predictions(
    doc: Document, lexicon: Lexicon, *patterns: re.Pattern[str]
) -> list[tuple[int, int, int, Text]]:
    """The ``clause`` group of each match of ``patterns``, suggested as a prediction."""
    found: list[tuple[int, int, int, Text]] = []
    for pattern in patterns:
        for match in pattern.finditer(doc.text):
            start, end = match.span("clause")
            if doc.is_skipped(start):
                continue
            reason = reasons.entry_reason(
                "prediction", match.group("clause"), "says what may happen, not what has happened"
            )
            stop = doc.sentence_at(start)[1]
            found.append((start, _extend(doc.text, lexicon, stop, end), end, reason))
    return found


# a count's value foretold: "The death toll from Tuesday's quake will be more than 200", "the
# number of dead would reach about 90" (a qualifier or a number must follow: "the names will be
# released" is a schedule)
_COUNT_FUTURE = re.compile(
    r"\b(?:toll|tolls|number|figure|count|tally|total|deaths|dead|casualties|fatalities)\b"
    r"(?:\s+[\w'’-]+){0,8}?\s+(?P<clause>(?:will|would|['’]ll)\s+(?:(?:likely|probably|"
    r"eventually|easily|certainly|surely|soon|ultimately)\s+)?(?:be|reach|exceed|top|surpass|"
    r"pass|hit|number))\s+(?=(?:well\s+)?(?:more\s+than|over|above|at\s+least|about|around|"
    r"up\s+to|as\s+many\s+as|in\s+the\s+(?:hundreds|thousands|dozens)|close\s+to|nearly|"
    r"almost|beyond|\d))",
    re.IGNORECASE,
)
# the complement of a verb of warning, what is foretold: "Experts warn of more earthquakes",
# "were warning of further volcanic activity" (the verb is the unnamed experts' attribution;
# "warned of a major offensive" names a threat, not more of what happened)
_WARNED_OF = re.compile(
    r"\b(?:warn|warns|warned|warning|caution|cautions|cautioned|cautioning)\s+"
    r"(?P<clause>of\s+(?:more|further|new|another|additional|fresh|renewed|possible)\s+[\w'’-]+)",
    re.IGNORECASE,
)


def _foretold(doc: Document, lexicon: Lexicon) -> list[tuple[int, int, int, Text]]:
    """A count's value in the future tense and the complement of a verb of warning."""
    return _predictions(doc, lexicon, _COUNT_FUTURE, _WARNED_OF)


# a culprit supposed at the head of a sentence: "If the militia, which denies it, was
# responsible, it marks a shift in its tactics": what follows from a supposition is guesswork
# even in the present tense (blind12/); "If confirmed, ..." is the claim itself, left out
_SUPPOSED_CULPRIT = re.compile(
    r"[\"'“‘(]*(?-i:If)\s+[^.;?!]{3,120}?\b(?:was|were|is|are|had\s+been|prove[sd]?\s+to\s+be|"
    r"turns?\s+out\s+to\s+be|is\s+found\s+to\s+be)\s+(?:indeed\s+|really\s+|in\s+fact\s+)?"
    r"(?:responsible(?:\s+for\s+[^,.;?!]{1,40})?|behind\s+[^,.;?!]{1,40}|to\s+blame|the\s+culprits?|"
    r"the\s+perpetrators?|the\s+authors?)\s*,\s*",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"[\w'’-]+")


def _supposed_culprits(doc: Document, lexicon: Lexicon) -> list[tuple[int, int, int, Text]]:
    """The consequence drawn from a supposed culprit ("If X was responsible, it marks ...")."""
    found: list[tuple[int, int, int, Text]] = []
    for start, end in doc.sentences:
        match = _SUPPOSED_CULPRIT.match(doc.text, start, end)
        word = _FIRST_WORD.match(doc.text, match.end(), end) if match else None
        if match is None or word is None or doc.is_skipped(start):
            continue
        cue = match.group().strip(" ,\"'“‘(")
        reason = reasons.entry_reason("hedge", cue, "a possibility, not a reported fact")
        found.append(
            (word.start(), _extend(doc.text, lexicon, end, word.end()), word.end(), reason)
        )
    return found


def _in_asked_question(text: str, sentence_start: int, start: int, hedge: bool = True) -> bool:
    """Whether ``start`` lies inside an indirect question put to someone ("asked if ...")
    that no comma or dash has closed yet (a yes/no question raising what may have happened,
    "asked whether a fourth attacker might have escaped", keeps its hedge)."""
    questions = list(_ASKED.finditer(text, sentence_start, start))
    if not questions or _CLAUSE_END.search(text, questions[-1].end(), start):
        return False
    if not questions[-1].group().lower().startswith("ask") and _BELIEF_AT.match(text, start):
        return False  # "did not address how many tourists they believe remain stranded"
    raised = hedge and _RAISED_POSSIBILITY.match(text, start)
    return not (raised and questions[-1].group().lower().endswith(("if", "whether")))


def _after_confirmation(text: str, doc: Document, start: int) -> bool:
    """Whether ``start`` follows a condition of confirmation in its sentence ("If the toll
    is confirmed, it would be ..."): what follows is the claim, not a guess."""
    conditions = list(_IF.finditer(text, doc.sentence_at(start)[0], start))
    return bool(conditions) and _CONFIRMED.search(text, conditions[-1].end(), start) is not None


# the French journalistic conditional passes on a report: hearsay, which attribution.py marks
# as unconfirmed (the real-report guidelines: "Selon les pompiers, il y aurait deux blessés",
# "Deux autres seraient en fuite", "qui compterait près de 6000 propriétés"), so it is no guess
# here; the modals ("pourraient potentiellement vivre", "aurait pu"), the future of reported
# speech ("a rappelé que les opérations dureraient") and the writer's "ce serait" stay guesses
_CONDITIONAL_WORD = re.compile(r"(?:[\w]+['’])?[^\W\d_]+rai(?:t|ent)", re.IGNORECASE)


def _hearsay_conditionals(doc: Document) -> list[tuple[int, int]]:
    """Where attribution.py reads a French present conditional as hearsay."""
    return [(s.start, s.end) for s in hearsay_conditionals(doc, [])]


def find_speculation(
    doc: Document, lexicon: Lexicon, skip: frozenset[int] = frozenset()
) -> list[Suggestion]:
    """Speculation in ``doc``; hedges starting at an offset in ``skip`` are left out (the
    reporting verb of an unconfirmed source, "Early reports *suggested* ...")."""
    text = doc.text
    exceptions = [(m.start(), m.end()) for m in doc.find(lexicon.not_hedges)]
    hearsay = _hearsay_conditionals(doc)
    # start, end, trigger end, reason
    found: list[tuple[int, int, int, Text]] = (
        _questions(doc)
        + _reported_forecasts(doc, lexicon)
        + _supposed_culprits(doc, lexicon)
        + _foretold(doc, lexicon)
    )
    for match in doc.find(lexicon.hedges):
        start, end = match.span()
        trigger = match.group()
        if start == end or doc.is_skipped(start) or (start in skip and not _BELIEF.match(trigger)):
            continue
        if trigger.lower() == "may" and _is_month_or_name(text, doc, start, end):
            continue
        if _in_proper_name(text, start, end) or in_other_sense(doc, start, end):
            continue  # "directeur de Predict Services": a name; "I thought I was": a feeling
        if any(low <= start and end <= high for low, high in exceptions):
            continue
        if _CONDITIONAL.search(trigger) and _after_confirmation(text, doc, start):
            continue  # "If it is confirmed, it would be the deadliest": the claim itself
        if _CONDITIONAL_WORD.fullmatch(trigger) and any(
            low < end and start < high for low, high in hearsay
        ):
            continue  # "Deux autres seraient en fuite": hearsay ("il semblerait que" stays)
        entry = lexicon.hedges.entry_for(match)
        stop = doc.sentence_at(start)[1]
        reason = reasons.entry_reason(entry.kind, trigger, entry.reason)
        found.append((start, _extend(text, lexicon, stop, end), end, reason))
    for match in _CONDITIONAL.finditer(text):
        # "if the attack was ordered by IS, it would mark a shift": a hypothetical
        start, end = match.span()
        sentence_start, sentence_end = doc.sentence_at(start)
        conditions = list(_IF.finditer(text, sentence_start, start))
        if doc.is_skipped(start) or not (conditions or _WITHOUT.match(text, sentence_start, start)):
            continue
        if _after_confirmation(text, doc, start):
            continue  # "If the involvement of militants is confirmed, it would be the latest"
        reason = reasons.MESSAGES.CONDITIONAL()
        found.append((start, _extend(text, lexicon, sentence_end, end), end, reason))
    found = [
        f
        for f in found
        if not _in_asked_question(text, doc.sentence_at(f[0])[0], f[0], f[0] < f[2])
    ]
    merged: list[tuple[int, int, list[Text]]] = []
    for start, end, _, reason in sorted(found):
        if merged and start <= merged[-1][1] + 1:
            last_start, last_end, last_reasons = merged[-1]
            if reason not in last_reasons:
                last_reasons.append(reason)
            merged[-1] = (last_start, max(last_end, end), last_reasons)
        else:
            merged.append((start, end, [reason]))
    # a merged span names every cue that fired in it: "hedge 'fears that': ...; hedge 'may': ..."
    return [
        Suggestion(
            start, end, text[start:end], "speculation", reasons.with_notes(cues[0], cues[1:])
        )
        for start, end, cues in merged
    ]
