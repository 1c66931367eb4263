"""The verdict on two figures of one quantity from two reports of one event (Qt-free).

"compatible" when the two intervals can overlap. When they cannot: "update" for a count that
grows as news comes in (deaths, injured, evacuated, ...) when the higher figure is written as a
rise ("the toll rose to 11", "has risen to 105", "topped 20,000") or comes from the report known
to be later, and the lower figure is not the newer one; "conflict" otherwise. The reason says so
in words and, when both publication times are known, whether the lower figure is simply the
older one. ``conflicts`` pairs the figures; this module only judges a pair.
"""

from __future__ import annotations

import re
from datetime import datetime

from quizapp.core.suggest import reasons
from quizapp.core.suggest.document import Document
from quizapp.core.suggest.model import Suggestion

_TOLLS = frozenset({"deaths", "injured", "missing", "casualties"})
# Counts that only grow as news comes in: a later, higher figure is an update.
GROWING = frozenset(
    {"deaths", "injured", "casualties", "arrests", "evacuated", "rescued", "cases", "displaced",
     "buildings-damaged", "buildings-destroyed", "homes-flooded", "charged", "shot",
     "bodies recovered", "bodies handed over", "identified"}
)  # fmt: skip
_RISE = re.compile(
    r"\b(?:rose|risen|rises|rise|rising|climbed|climbs|climbing|increased|increases|jumped|jumps"
    r"|mounted|mounts|soared|soars|reached|reaches|reaching|topped|tops|surpassed|surpasses|passed|past"
    r"|grew|grown|crossed|crosses|exceeded|now\s+stands\s+at|up\s+from\s+[\d,]+\s+to"
    # the other verbs of a count that grows: "surged to 90", "swells to 23", "more than
    # doubled Saturday morning to 632", "the injured also increasing to 150"
    r"|surged|surges|swelled|swells|spiked|doubled|tripled|increasing|went\s+up|gone\s+up"
    # the forms of the verbs above a headline uses: "Haiti earthquake death toll passes
    # 2,200", "surpassing 1,000", "topping 50" (not "exceeding 100,000", a bound)
    r"|passes|passing|surpassing|topping)"
    # not "risen to 158 and", nor the earlier figure of "rising from 150 to 235"
    r"(?:\s+(?!and\b|from\b|\d)[\w,]+){0,3}?\s*(?:to\s+|at\s+)?$"
    # the rise from the earlier figure: "rose sharply Friday from 90 to 170", "has increased
    # from 49 to 50 victims"
    r"|\b(?:rose|risen|rises|rising|climbed|climbing|increased|increasing|jumped|grew|growing"
    r"|surged|raised|revised)"
    r"(?:\s+(?!and\b|\d)[\w,]+){0,3}?\s+from\s+[\d,.]+\s+to\s+$"
    # a count raised by those who keep it: "was raised to 28", "police raises number of
    # people missing and presumed dead in Kensington tower block blaze to 79", "raised the
    # death toll on Wednesday morning to 39"
    r"|\b(?:raised|raises|raising|lifted|lifts|upped|revised\s+upwards?)"
    r"(?:\s+(?!\d)[\w'’,-]+){0,12}?\s+to\s+$"
    # the count brought up to date by those who keep it: "Orlando's mayor has updated the
    # death toll to 50 deceased", "officials revised the toll to 103" (not "revised down to")
    r"|\b(?:updated|updates|revised|revises)\s+(?:(?!down)[\w'’-]+\s+){0,3}?"
    r"(?:toll|tally|count|number|figure)\s+(?:(?!down|\d)[\w'’-]+\s+){0,3}?to\s+$"
    # a correction upwards: "we have not 20 but 50 casualties"
    r"|\bnot\s+[\d,]+\s+but\s+$"
    # "Mogadishu reels as truck bomb toll hits 137", "death toll hits 43"
    r"|\b(?:toll|tally|count)\s+(?:now\s+)?hits\s+$"
    # "pushing the storm's overall toll to", "bringing the death toll to"
    r"|\b(?:pushing|pushed|bringing|brought|raising|taking)\s+(?:[\w'’,-]+\s+){1,4}?to\s+$"
    # the count as it stands now: "a truck bomb ... has now killed 358 people", "the toll is
    # now 40"
    r"|\b(?:has|have)\s+now\s+(?:killed|left|claimed)\s+(?:the\s+lives\s+of\s+)?$"
    r"|\btoll\s+(?:is|was)\s+now\s+(?:at\s+)?$"
    # the toll's rise told first, the figure after "with": "The death toll from a powerful
    # earthquake in Haiti climbed sharply on Sunday, with at least 724 dead"
    r"|\b(?:toll|tally|count)\s+(?:[\w'’.,-]+\s+){0,8}?(?:rose|risen|rises|climbed|climbs"
    r"|jumped|soared|surged|mounted|increased|grew)"
    # (not the other count of "the death toll had risen to 2862 with 2562 people injured")
    r"(?:\s+(?!to\b|at\b|\d)[\w'’,]+){0,4}?,?\s+with\s+$"
    # "revised upwards" in French: "Un bilan rapidement revu à la hausse pour arriver à 16
    # morts", "le bilan, revu à la hausse, s'établit à 12"
    r"|\b(?:revu|revue|revus|revues|révisé|révisée)\s+à\s+la\s+hausse\b[\s,]*"
    r"(?:[\w'’]+[\s,]+){0,5}?à\s+$"
    # in French: "le bilan s'est alourdi à", "est passé à", "a grimpé à", "a été porté à"
    r"|\b(?:alourdi|passé|grimpé|porté|atteint|dépassé)\s+(?:(?:de\s+[\d\s]+\s+)?à\s+)?$"
    # the count's rise in the present tense: "le bilan passe à 54 morts", "le nombre de
    # victimes grimpe à 12", "le bilan s'alourdit à 9" (not "le bus passe à Kaffrine")
    r"|\b(?:bilan|nombre|total)\b[^.;\n]{0,50}?\s(?:passe|grimpe|s'alourdit|s’alourdit|monte)"
    r"\s+(?:désormais\s+)?à\s+$"
    # the count as it stands now, in French: "le bilan est maintenant de 10 morts", "le bilan
    # s'établit désormais à 12" (as "the toll is now 40")
    r"|\b(?:bilan|nombre|total)\b[^.;\n]{0,50}?\s(?:est|s'établit|s’établit|se\s+chiffre)"
    r"\s+(?:maintenant|désormais|à\s+présent)\s+(?:de|à)\s+$"
    r"|\bpass(?:ant|e|ait)\s+de\s+[\d\s]+\s+à\s+$"  # "s'est alourdi, passant de 7 à 27 morts"
    r"|\b(?:dépasse|dépassent)\s+(?:désormais\s+)?(?:les\s+)?$"  # "qui dépasse les 70 morts"
    # "portant à sept le nombre de morts", "ce qui porte le nombre de victimes à trois",
    # "ce qui a fait passer le bilan de 246 à 282 morts"
    r"|\b(?:port(?:e|ent|ant|ait)|fait\s+passer)\s+(?:ainsi\s+)?(?:(?!\d)[\w'’]+\s+){0,5}?"
    r"(?:de\s+[\d\s]+\s+)?à\s+$",
    re.IGNORECASE,
)
# the earlier value given after the figure: "50 people killed, up from 20", "toll rises to 12,
# up from eight"
_UP_FROM_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}\s*,?\s+up\s+from\s+(?:[\d,.]+|[a-z]+)\b"
    # the rise told after the figure, against the first count: "killed at least 80 people,
    # police said early Saturday, much higher than the initial count released"
    r"|[^.;\n]{0,60}?\b(?:higher|greater|more)\s+than\s+(?:the|an?)\s+(?:initial|earlier"
    r"|previous|original|first)\s+(?:[\w-]+\s+)?(?:count|toll|tally|figure|estimate|report)s?\b"
)
# a figure whose own words open with the verb that passes a mark: "exceeded 125" (numbers.yaml
# reads the verb as "above", so it is inside the figure, not before it)
_RISE_LEAD = re.compile(r"(?:exceeded|exceeds)\b", re.IGNORECASE)
# a live page's "Update:" / "UPDATE, August 26:" paragraph gives its figures as new values
_UPDATE_LINE = re.compile(r"(?:^|\n)\s*update\b[^\n]{0,40}?(?::|\s[—–-]\s)", re.IGNORECASE)


def describe(figure: Suggestion) -> str:
    description = figure.description or figure.text
    return reasons.said(description, figure.interval is not None and figure.interval.is_exact)


_when = reasons.when


def _timing(
    lower: Suggestion,
    lower_published: datetime | None,
    other_published: datetime | None,
    quantity: str,
) -> str:
    if lower_published is None or other_published is None:
        return reasons.MESSAGES.TIMES_UNKNOWN()
    name = lower.description or lower.text
    if lower_published < other_published:
        tendency = (
            reasons.MESSAGES.TOLLS_RISE()
            if quantity in _TOLLS
            else reasons.MESSAGES.FIGURES_REVISED()
        )
        return reasons.MESSAGES.EARLIER(
            figure=name,
            when=_when(lower_published),
            other=_when(other_published),
            tendency=tendency,
        )
    if lower_published > other_published:
        return reasons.MESSAGES.LOWER_NEWER(figure=name, when=_when(lower_published))
    return reasons.MESSAGES.SAME_TIME()


def known_later(a: datetime | None, b: datetime | None) -> bool:
    """True when ``a`` is known to be after ``b`` (a date alone is a whole day)."""
    if a is None or b is None:
        return False
    if a.date() != b.date():
        return a > b
    untimed = datetime.min.time()
    return a.time() != untimed and b.time() != untimed and a > b


def rise_cue(doc: Document | None, figure: Suggestion) -> str | None:
    """The words that give ``figure`` as a new, higher value ("rose to", "has risen to")."""
    if doc is None:
        return None
    sentence_start = doc.sentence_at(figure.start)[0]
    before = doc.text[max(sentence_start, figure.start - 100) : figure.start]
    # a quoted figure: 'Le bilan s'est alourdi à « 28 morts', 'has risen to "53"'
    before = re.sub(r"\s*[\"“«‘']+\s*$", " ", before)
    lead = _RISE_LEAD.match(doc.text, figure.start, figure.end)
    if lead:
        return lead.group()
    match = _RISE.search(before)
    if match:
        return " ".join(match.group().split())
    after = _UP_FROM_AFTER.match(doc.text, figure.end)
    if after:
        return " ".join(after.group().split()).lstrip(", ")
    line_start = doc.text.rfind("\n", 0, figure.start) + 1
    update = _UPDATE_LINE.match(doc.text, max(0, line_start - 1), figure.start)
    if update and sentence_start <= update.end() + 1:
        return " ".join(update.group().split()).rstrip(":—–- ")  # "Update, August 26"
    return None


def judge(
    quantity: str,
    a: Suggestion,
    b: Suggestion,
    a_published: datetime | None,
    b_published: datetime | None,
    a_doc: Document | None = None,
    b_doc: Document | None = None,
) -> tuple[str, str]:
    """The verdict on two figures of ``quantity`` and its reason in words."""
    assert a.interval is not None and b.interval is not None
    described = reasons.MESSAGES.BOTH(a=describe(a), b=describe(b))
    if a.interval.overlaps(b.interval):
        overlap = reasons.MESSAGES.OVERLAP(a=a.interval, b=b.interval)
        reason: str = reasons.MESSAGES.COMPATIBLE(figures=described, overlap=overlap)
        if a.interval == b.interval and a.interval.is_exact:
            reason = reasons.with_notes(reason, [reasons.MESSAGES.AGREE()])
        return "compatible", reason
    no_overlap = reasons.MESSAGES.NO_OVERLAP(a=a.interval, b=b.interval)
    if a.interval.high <= b.interval.low:
        lower, lower_published, other_published = a, a_published, b_published
        higher, higher_doc = b, b_doc
    else:
        lower, lower_published, other_published = b, b_published, a_published
        higher, higher_doc = a, a_doc
    if quantity.split(" (")[0] in GROWING and not known_later(lower_published, other_published):
        cue = rise_cue(higher_doc, higher)
        later = known_later(other_published, lower_published)
        if cue or later:
            why = (
                reasons.MESSAGES.AS_A_RISE(cue=cue)
                if cue
                else reasons.MESSAGES.FROM_LATER(when=_when(other_published))  # type: ignore[arg-type]
            )
            reason = reasons.MESSAGES.UPDATE(
                figures=described,
                overlap=no_overlap,
                lower=lower.description or lower.text,
                higher=higher.description or higher.text,
                why=why,
            )
            return "update", reason
    timing = _timing(lower, lower_published, other_published, quantity)
    return "conflict", reasons.MESSAGES.CONFLICT(
        figures=described, overlap=no_overlap, timing=timing
    )
