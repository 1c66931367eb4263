"""Reporting clauses: who a reported claim rests on, read from where the words stand.

The attribution cues of sources.yaml are runs of words: "a civil defence official said" is
caught and "a Gaza civil defence chief said" is not, "NBC reported" is and "NBC on Saturday
afternoon reported" is not. This reader looks at the sentence around a reporting verb
instead. It finds the source the verb attaches to: the subject on its left, past an
adverbial slot ("later", "on Saturday afternoon", "in a statement", a comma-bounded aside);
the speaker inverted after it ('"...," said a witness', "a raconté un médecin", "précise la
radio"); the object of "according to", "selon", "as per", "citing"; the agent of a passive
("released by the NDMA"). It then grades that source by its shape rather than by a list of
its words:

- ``named``: a person's capitalised name, or a title and a name ("Mayor Jane Roe");
- ``body``: an official body, definite or bare ("the ministry", "police", "officials");
- ``outlet``: a name headed by what an outlet is ("Channel 3 TV", "Turkey's IHA private
  agency", "la radio canadienne");
- ``hearsay``: reports, media, sources, footage, posts, nobody's in particular;
- ``unnamed``: an indefinite or bare role noun ("a survivor", "rescue divers", "one of his
  band members", "Kollam Police official", "des ONG locales");
- ``pronoun``: "he", "they", whoever spoke last;
- ``unknown``: a shape the reader does not tell ("the official", met before).

An aside attached to the source can change the grade: a name in apposition names it ("said
a teenager, Milena,"), a relative clause of anonymity leaves it unnamed ("Cet homme, qui a
préféré garder l'anonymat,").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from quizapp.core.suggest.lexicon import Lexicon

NAMED = "named"
BODY = "body"
OUTLET = "outlet"
HEARSAY = "hearsay"
UNNAMED = "unnamed"
PRONOUN = "pronoun"
UNKNOWN = "unknown"
# shapes that leave the claim unconfirmed (an outlet only when it names nobody: see
# attribution.py's relays)
UNCONFIRMED_SHAPES = frozenset({OUTLET, HEARSAY, UNNAMED})

Spans = Sequence[tuple[int, int]]

# a subject longer than this is a clause of its own, not a noun phrase
MAX_SOURCE_WORDS = 8

_WORD = re.compile(r"[^\W\d_][\w'’.&-]*|\d[\w.-]*")
_TIME_WORD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening"
    r"|night|day|week|weekend|month|today|tonight|yesterday|hours?|minutes?|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|soirée|nuit|journée)"
)
_CHANNEL_WORD = (
    r"(?:statement|interview|briefing|post|tweet|release|update|message|communiqué"
    r"|conférence|press\s+conference|news\s+conference|video|bulletin|report)"
)
# the adverbial slot between a source and its verb, read from the right (each alternative
# ends where the verb begins)
_SLOT = re.compile(
    r"(?:\s*,[^,;:()\"“”«»]{1,90},"
    r"|\s+(?:[a-z]+ly|also|later|earlier|then|further|still|now|first|initially|previously"
    r"|already|again|too|just|meanwhile|separately|even|yesterday|today|tonight|ainsi|aussi"
    r"|également|d['’]abord|déjà"
    r"|encore|alors|enfin|pourtant|notamment|lui-même|elle-même|eux-mêmes)"
    rf"|\s+(?:on|in|at|this|last|late|early|by|le|ce|dans|lors|en)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"{_TIME_WORD}"
    rf"|\s+(?:in|on|via|at|during|dans|lors)\s+(?:an?|the|its|their|his|her|un|une|son|sa|leur)"
    rf"\s+(?:[\w'’-]+\s+){{0,2}}?{_CHANNEL_WORD}"
    r"|\s+(?:is|are|was|were|has|have|had|been|being|did|does|do))\s*$",
    re.IGNORECASE,
)
_BE = frozenset({"is", "are", "was", "were", "been", "being", "be"})
# where a noun phrase ends on its left: punctuation, a clause word, a verb of saying
_LEFT_EDGE = re.compile(
    r"[,;:()\[\]\"“”«»—–]|\b(?:that|which|who|whom|whose|when|while|because|but|and|or"
    r"|after|before|if|since|as|than|so|where|until|although|though|whether|said|says|told"
    r"|say|saying|claimed|warned|ago|yesterday|today"
    r"|according\s+to|que|qu['’]|et|mais|quand|lorsque|lorsqu['’]|car|où|dont|puis|ou|selon)\b",
    re.IGNORECASE,
)
# where a noun phrase after its verb ends: punctuation or a clause word (or the one spoken
# to: "a déclaré le général X auprès de BFM TV")
# (not the full stop of an abbreviation: "two U.S. officials", "Dr. Roe")
_RIGHT_EDGE = re.compile(
    r"[,;:!?()\[\]\"“”«»—–]|(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)\.(?!\w)"
    r"|\b(?:that|which|who|whom|when|while|because|but|and|as|than|qui"
    r"|que|qu['’]|dont|où|et|mais|lorsque|quand|car|to|à|au|aux|auprès)\b",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset(
    "of at in from for with on near inside outside among de du des d' d’ à au aux en dans sur"
    " chez par pour avec auprès".split()
)
# a modal, a negation or an infinitive before the verb: nothing is reported by it
_NOT_SAID = re.compile(
    r"\b(?:will|would|could|may|might|can|should|must|shall|not|never|to|n['’]t|pas|ne|de|pour)"
    r"\s*$|n['’]t\s*$",
    re.IGNORECASE,
)
_PAST = re.compile(r"[a-z]+ed")
# a head that can speak: a person or a group by the shape of its noun (an agent's ending) or
# one of the few generic nouns of a person or a group; "injuries", "a blast", "the village"
# report nothing
_PERSON_ENDING = re.compile(
    r"(?!(?:number|center|paper|water|weather|order|quarter|tower|river|border|restaurant|plant"
    r"|incident|accident|event)s?$)"
    r"[^\W\d_]+(?:er|or|ist|ian|ant|(?<!m)ent|man|men|woman|women|person|people|eur|euse|ien"
    r"|ienne|aire|iste)s?",
    re.IGNORECASE,
)
_PERSON_NOUNS = frozenset(
    "chief chiefs official officials member members team teams crew staff daughter son wife"
    " husband mother father brother sister friend friends relative relatives witness witnesses"
    " expert experts source sources agency agencies group groups ngo ngos ong collectif"
    " organisation organization association family families cousin uncle aunt nephew niece"
    " boy girl child children youth guide guides aide aides envoy envoys".split()
)


# verbs only a person speaks with: their subject is someone, whatever its noun
_HUMAN_VERB = re.compile(
    r"(?:said|says|say|told|tells|explained|described|recalled|recounted|insisted|warned"
    r"|(?:a|ont|avait|avaient)\s+(?:[\w'’-]+\s+)?(?:dit|raconté|déclaré|confié|témoigné"
    r"|affirmé|assuré|souligné|mentionné|expliqué|précisé)|raconte|racontent|témoigne"
    r"|témoignent|confie|affirme|affirment|précise|dit|disent)",
    re.IGNORECASE,
)


def speaks(head: str) -> bool:
    """Whether a noun phrase's head can be a person or a group that speaks."""
    lower = head.lower()
    return lower in _PERSON_NOUNS or bool(_PERSON_ENDING.fullmatch(lower))


# a phrase opened by a preposition or a verb is no subject: "at a press briefing on the spot
# told", "traveled to Amasra to coordinate the rescue told"
_NOT_A_SUBJECT = re.compile(
    r"(?:at|in|on|for|with|from|to|by|during|of|[a-z]+ed|[a-z]+ing)\b", re.IGNORECASE
)
# "has claimed 40 lives", "have claimed responsibility": a toll or an act, no report
_TOLL_CLAIMED = re.compile(
    r"\s+(?:the\s+)?(?:lives?|responsibility|credit|involvement|\d|at\s+least|more\s+than"
    r"|hundreds|dozens|thousands|scores|over|nearly|almost|about|around|some|a\s+(?:total|toll)"
    r"|(?:[\w-]+\s+){0,2}(?:lives|victims))\b",
    re.IGNORECASE,
)
# a past verb and its object inside the words: a clause ("two gunmen attacked a police post")
_VERB_AND_OBJECT = re.compile(
    r"\b[a-z]+ed\s+(?:a|an|the|his|her|their|its|this|that|some|two|three|several)\b"
)
_WRITERS_OWN = re.compile(r"\b(?:this|our|ce|cette|notre)\b", re.IGNORECASE)
_JOURNALIST = re.compile(
    r"(?:reporter|correspondent|journalist|photographer|cameraman|camerawoman|videographer"
    r"|editor|journaliste|photographe|envoyée?\s+spéciale?)s?"
)
_REDUCED_RELATIVE = re.compile(r"(?<=ed)\s+(?:on|in|by|from|online|at|to|via)\b", re.I)
_CALLED_NAME = re.compile(r"\s+(?:called|named|known\s+as|nommée?|appelée?)\s+[A-Z]")
_PARTICIPLE = re.compile(r"[a-z]+ed|[a-zàâçéèêëîïôûùü]+(?:é|ée|és|ées)")
_PRONOUNS = frozenset("he she they it we i il elle ils elles on nous eux lui them us".split())
# nobody speaks: "No one has claimed"
_NOBODY = frozenset("no none nobody neither aucun aucune personne nul".split())
_INDEFINITE = frozenset(
    "a an one another some several many few two three four five un une des plusieurs certains"
    " certaines quelques deux trois nombreux nombreuses".split()
)
_DEFINITE = frozenset("the le la les l' l’".split())
# French puts the head first and its adjectives after: "la radio canadienne"
_FRENCH_DETERMINERS = frozenset(
    "le la les l' l’ un une des plusieurs certains certaines quelques ce cet cette ces son sa ses"
    " leur leurs".split()
)
# a determiner before the word makes it a noun: "a report", "the claims"
_NOUN_DETERMINERS = frozenset(
    "a an the no any every its their his her this that one two three four five some each our my"
    " your these those to".split()
)
_POSSESSIVE = frozenset("his her son sa ses".split())
# the outlet's own people: "our reporters say"
# (and a body's own people or channel: "its director said", "their spokesman")
_OWN = frozenset("our my your notre nos mon ma mes its their leur leurs".split())
_DEMONSTRATIVE = frozenset("this that these those ce cet cette ces".split())
# what says nothing of who speaks: the report, the picture, the post
_HEARSAY_HEADS = frozenset(
    "report reports media sources source footage images image pictures picture photos posts post"
    " videos video accounts account rumours rumors rumour rumor"
    " médias sources rumeurs images vidéos vidéo publications"
    " messages".split()
)
# people, however placed: "a sheriff's office source" is one unnamed person of the office
_PEOPLE_AS_SOURCES = frozenset("source sources".split())
# what a news outlet is
_OUTLET_HEADS = frozenset(
    "tv television radio broadcaster broadcasters newspaper newspapers channel network"
    " agency news press post times herald tribune journal gazette courier daily télévision"
    " chaîne quotidien journal hebdomadaire station website site portal".split()
)
# heads that a body's name holds too: "Network Rail", "the Environment Agency"
_AMBIGUOUS_OUTLET_HEADS = frozenset("station network agency channel daily".split())
# an official body, definite or bare plural: on the record (the real-report guidelines)
_BODY_HEADS = frozenset(
    "police ministry government service services department authorities authority army"
    " military council office commission agency brigade guard hospital embassy court"
    " gendarmerie préfecture mairie ministère gouvernement pompiers secours parquet"
    " officials prosecutors investigators troops forces spokesman spokeswoman spokesperson"
    " administration bureau command headquarters coroner sheriff commissioner mayor governor"
    " minister president premier procureur préfet maire ministre"
    " porte-parole body group groups association union federation organisation organization"
    " committee board leaders agencies ministries firefighters countries nations governments"
    " center centre".split()
)
# what is no one speaking: a document has its own author, read apart
_THINGS = frozenset(
    "statement communiqué release letter note document data figures study studies survey"
    " analysis toll bilan map maps investigation investigations findings probe inquiry"
    " evidence estimates estimate count database".split()
)
_ANONYMITY = re.compile(
    r"anonymat|anonymity|anonym|not\s+be\s+(?:named|identified)|asked\s+not\s+to|declined\s+to"
    r"\s+(?:be|give)|refused\s+to\s+(?:be|give)|did\s+not\s+want\s+to\s+be",
    re.IGNORECASE,
)
_APPOSED_NAME = re.compile(
    r"\s*,\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*(?:,|\.|$)"
)
_ENDS_NAMED = re.compile(r"\b[A-Z][a-z][\w'’-]*\s*,$")
_OPENER = re.compile(
    r"\b(?:according\s+to|as\s+per|citing|quoting|selon|d['’]après|à\s+en\s+croire"
    r"|(?:released|reported|published|issued|cited|quoted|seen|obtained|confirmed|relayed"
    r"|provided|rapportée?s?|publiée?s?|citée?s?|relayée?s?|diffusée?s?|avancée?s?)\s+(?:by|par))"
    r"\s+",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\b(?:by|par)\s+$", re.IGNORECASE)
_FINITE = re.compile(
    r"\b(?:had|has|have|was|were|is|are|would|will|could|did|may|might|can|est|sont|était"
    r"|ont|avait|sera|serait)\b",
    re.IGNORECASE,
)
# to whom or how it was said, between the verb and its inverted speaker: "a dit à l'AFP",
# "a raconté par téléphone"
_TOLD_TO = re.compile(
    r"\s+(?:(?:à|au|aux|par|sous|to)\s+(?:(?:l['’]|la\s+|le\s+|les\s+|the\s+)?[\w'’-]+\s+))?"
)
_CLOSING = re.compile(r"[,.;!?)]|who|qui|dont|whose", re.IGNORECASE)
_SPOKEN_AFTER = re.compile(r"(?<=[,»”\"’'])\s*$|(?<=[,»”\"’'])\s+(?:a|ont)\s+$")


@dataclass(frozen=True)
class Source:
    """Who a claim rests on: where the words stand and the shape that grades them."""

    start: int
    end: int
    shape: str


@dataclass(frozen=True)
class ReportingClause:
    """A reporting verb (or opener such as "according to") and the source it attaches to;
    ``place`` is "subject", "inverted", "opener" or "agent"."""

    verb_start: int
    verb_end: int
    source: Source
    place: str


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _sentence_initial(text: str, start: int, sentence_start: int) -> bool:
    return not text[sentence_start:start].strip(" \t\n\"“«'‘")


def _core_words(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words of a noun phrase before its first preposition ("one" of "one of his band
    members" keeps its "of" part: the head is the plural after it)."""
    for index, word in enumerate(words):
        lower = word.group().lower()
        if index and lower in _PRONOUNS:
            return words[:index]  # "Parents they spoke to": the pronoun starts another clause
        if (
            index >= 2
            and _PARTICIPLE.fullmatch(lower)
            and not words[index - 1].group().endswith("ly")
        ):
            return words[:index]  # "a report released by", "a man injured in the blast"
        if index and lower in _PREPOSITIONS:
            if lower == "of" and words[index - 1].group().lower() in _INDEFINITE:
                return words[:index] + _core_words(words[index + 1 :])
            return words[:index]
    return words


def source_shape(
    text: str,
    start: int,
    end: int,
    sentence_start: int,
    outlets: Spans = (),
    human_verb: bool = False,
) -> str:
    """The shape of the noun phrase ``text[start:end]`` as a source (see the module's
    docstring); ``sentence_start`` says whether a capital is only the sentence's, ``outlets``
    are the spans of the outlets the lexicon knows ("NBC", "l'AFP")."""
    words = list(_WORD.finditer(text, start, end))
    if not words:
        return UNKNOWN
    first = words[0].group().lower()
    if words[-1].group().lower() in _PRONOUNS:
        return PRONOUN  # "He said", "Experts I spoke to": the pronoun speaks
    if first in _PRONOUNS:
        return PRONOUN  # "They last spoke"
    last = words[-1]
    if any(start <= o_start and last.start() < o_end <= last.end() for o_start, o_end in outlets):
        return OUTLET  # a known outlet heads the phrase (not "Morocco's Interior Ministry")
    if (
        _is_capitalised(words[-1].group())
        and len(words) > 1
        and (
            words[-1].group().lower() not in _BODY_HEADS | _OUTLET_HEADS
            and not any(w.group().lower() in _OUTLET_HEADS for w in words)
            or _titled_name(words)
        )
        and not _place_after(words)
    ):
        return NAMED  # "Regional police commander for Region VIII Elmer Soria"
    core = _core_words(words)
    rest = text[core[-1].end() : end] if core else ""
    french = first in _FRENCH_DETERMINERS and len(core) > 1
    head = core[1].group() if french else core[-1].group()
    lower_head = head.lower().rstrip(".")
    determiners = _INDEFINITE | _DEFINITE | _POSSESSIVE | _DEMONSTRATIVE | _OWN
    determiner = first if first in determiners else ""
    if any(re.fullmatch(r"[A-Z][\w.-]*['’]s?", w.group()) for w in core[:-1]):
        determiner = "the"  # "Italy's coastguard", "Rana Plaza's owner": the one holder
    proper = [
        w
        for w in core
        if _is_capitalised(w.group())
        and not (w is core[0] and _sentence_initial(text, w.start(), sentence_start))
    ]
    if (
        lower_head in _THINGS
        or first in _NOBODY
        or first[:1].isdigit()
        or _PAST.fullmatch(lower_head)
    ):
        return UNKNOWN  # a document, nobody, a count ("730 injuries confirmed"), a verb
    body_word = any(w.group().lower() in _BODY_HEADS for w in core[:-1])
    if lower_head in _HEARSAY_HEADS - _PEOPLE_AS_SOURCES and body_word:
        return BODY  # "police reports", "a Health Ministry tweet": the body's own
    if lower_head in _HEARSAY_HEADS and (
        determiner in _DEFINITE | _DEMONSTRATIVE | _OWN
        or any(w.group().lower() == "official" for w in core)
        or _WRITERS_OWN.search(rest)
    ):
        # "the report said": the one named before; "official reports"; "a report in this
        # newspaper": the writer's own
        return UNKNOWN
    if _JOURNALIST.fullmatch(lower_head):
        return UNKNOWN  # "a photographer at the scene": the outlet's own, read by attribution
    if lower_head in _HEARSAY_HEADS - _PEOPLE_AS_SOURCES and any(
        w.group().lower() in _BODY_HEADS for w in _WORD.finditer(rest)
    ):
        return BODY  # "Reports from the Health Ministry": the body's own
    if lower_head in _HEARSAY_HEADS:
        # "a report released by the NDMA" names whose report it is
        return (
            NAMED
            if re.search(r"\b(?:by|par)\s+(?:the\s+|l[ea]\s+|l['’])?[A-Z]", rest)
            else (HEARSAY)
        )
    # (an English "the" with no name is an outlet met before: "the cable news network said")
    acronym = head.isupper() and len(head) > 2  # "selon SITE": a name, not "site"
    if (
        lower_head in _OUTLET_HEADS
        and not acronym
        and (proper or determiner in _INDEFINITE or french)
    ):
        if lower_head not in _BODY_HEADS or _is_outlet_agency(core):
            return OUTLET
    if _CALLED_NAME.match(rest):
        return NAMED  # "a gang called Blackmoth"
    if lower_head.startswith("spokes") or lower_head == "porte-parole":
        return BODY  # a spokesman speaks for the body (the guidelines: on the record)
    if _is_capitalised(core[-1].group()) and core[-1] in proper and len(core) > 1:
        return _capitalised_shape(core, proper)  # "her half-brother Nikita"
    if lower_head in _BODY_HEADS or determiner in _OWN:
        return BODY if lower_head in _BODY_HEADS else UNKNOWN  # "a former mayor said"
    if body_word and lower_head.endswith("s"):
        return BODY  # "Army teams said": the body's people
    if not (speaks(head) or (human_verb and determiner in _INDEFINITE | _POSSESSIVE)):
        # "Other injuries reported", "a crowd crush claimed": no speaker; but whoever
        # "said" or "a raconté" is a person ("a deckhand said", "un marin a raconté")
        return UNKNOWN
    if determiner in _INDEFINITE or determiner in _POSSESSIVE:
        return UNNAMED
    if len(core) == 1 and not proper and head[1:].islower() and lower_head.endswith("s"):
        # "Forecasters said", "Divers said": a bare plural alone may be a service's staff;
        # the lexicon's vague sources read those
        return BODY if lower_head in _BODY_HEADS else UNKNOWN
    if _is_capitalised(core[-1].group()) and (proper or len(core) == 1):
        return _capitalised_shape(core, proper)
    if lower_head in _BODY_HEADS or lower_head.rstrip("s") in _BODY_HEADS:
        return BODY
    if determiner in _DEFINITE | _DEMONSTRATIVE | _OWN:
        return UNKNOWN  # "the official", "the authors": met before, or named by their work
    if not determiner and len(core) > 1 and head.islower() and head.isalpha():
        return UNNAMED  # "rescue divers", "Kollam Police official": a role, no one named
    return UNKNOWN


def _titled_name(words: list[re.Match[str]]) -> bool:
    """A title and a person's name closing a capitalised run: "White House Press Secretary
    Ann Lee" (its last two words no institution's: not "the Press Association")."""
    run = 0
    while run < len(words) and _is_capitalised(words[-1 - run].group()):
        run += 1
    heads = _BODY_HEADS | _OUTLET_HEADS
    return run >= 3 and not any(w.group().lower() in heads for w in words[-2:])


def _place_after(words: list[re.Match[str]]) -> bool:
    """Whether the phrase ends in a short name after a preposition: a place or an
    institution ("une habitante de Villegailhenc", "a report in the Capital", "reports from
    Haber Turk"), not the speaker's name ("a coordinator in Kabul Ana Ruiz" has three)."""
    run = 0
    while run < len(words) and _is_capitalised(words[-1 - run].group()):
        run += 1
    before = [w.group().lower() for w in words[: len(words) - run]]
    # (past a determiner or an institution's noun: "de l'hôtel Imperial Marhaba")
    return run <= 2 and any(w in _PREPOSITIONS for w in before[-2:])


# the letters of official bodies, not of an outlet: "the UN agency"
_NOT_OUTLETS = frozenset("UN EU US UK WHO NATO".split())


def is_report(text: str, start: int, end: int) -> bool:
    """Whether the phrase ``text[start:end]`` is headed by a report, a post or a picture
    ("police reports", "a report released by the Harbour Authority")."""
    words = list(_WORD.finditer(text, start, end))
    core = _core_words(words)
    return bool(core) and core[-1].group().lower() in _HEARSAY_HEADS - _PEOPLE_AS_SOURCES


def _is_outlet_agency(core: list[re.Match[str]]) -> bool:
    """ "news agency", "IHA private agency": an outlet's agency, not a body's."""
    lowers = [w.group().lower() for w in core]
    if lowers[-1] != "agency":
        return False
    if "news" in lowers or "press" in lowers:
        return True
    # "IHA private agency" (not "the UK Health Security Agency": a body's own name)
    return core[-1].group().islower() and any(
        w.group().isupper() and w.group() not in _NOT_OUTLETS for w in core[:-1]
    )


def _capitalised_shape(core: list[re.Match[str]], proper: list[re.Match[str]]) -> str:
    """A capitalised head: a person's name, a body's or an outlet's."""
    lowers = {w.group().lower().rstrip(".") for w in core}
    # (an acronym is its own name, not an outlet's head: "The SITE Intelligence Group")
    heads = {w.group().lower() for w in core if not (w.group().isupper() and len(w.group()) > 2)}
    if heads & _OUTLET_HEADS - _AMBIGUOUS_OUTLET_HEADS:
        return OUTLET
    if lowers & _BODY_HEADS:
        return BODY
    return NAMED


def _not_said(text: str, sentence_start: int, end: int) -> bool:
    """``_NOT_SAID`` before ``end``, searched from the last word only: its match ends at
    ``end`` past spaces and its words have at most six letters, so none starts earlier (a
    search from the sentence's start cost more, issue 14)."""
    stop = end
    while stop > sentence_start and text[stop - 1].isspace():
        stop -= 1
    return _NOT_SAID.search(text, max(sentence_start, stop - 8), end) is not None


def _left_phrase(text: str, sentence_start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``end``: from the last left edge, at most
    ``MAX_SOURCE_WORDS`` words."""
    start = sentence_start
    for edge in _LEFT_EDGE.finditer(text, sentence_start, end):
        start = edge.end()  # (the last edge)
    words = list(_WORD.finditer(text, start, end))
    if not words or len(words) > MAX_SOURCE_WORDS:
        return None
    return words[0].start(), words[-1].end()


def subject_before(
    text: str, verb_start: int, sentence_start: int, verb: str = "", outlets: Spans = ()
) -> tuple[Source, str] | None:
    """The subject of the verb at ``verb_start``, past the adverbial slot, and the aside
    found in that slot (empty when none); None for a passive ("Tourists were seen"), whose
    subject is what is said, not who says it."""
    end = verb_start
    asides: list[str] = []
    auxiliaries: list[str] = []
    while True:
        slot = _SLOT.search(text, sentence_start, end)
        if slot is None or slot.start() == end:
            break
        piece = slot.group().strip()
        if piece.startswith(","):
            asides.append(piece)
        else:
            auxiliaries.append(piece.lower())
        end = slot.start()
    if set(auxiliaries) & _BE and not verb.lower().endswith("ing"):
        return None
    if verb.lower().endswith("ing") and not set(auxiliaries) & _BE:
        return None  # ", warning that": a participle, no finite verb of a subject
    if _not_said(text, sentence_start, end):
        return None  # "could explain", "have not said", "to say": no one says it here
    phrase = _left_phrase(text, sentence_start, end)
    if (
        phrase is None
        or _FINITE.search(text, *phrase)
        or _VERB_AND_OBJECT.search(text, *phrase)
        or _NOT_A_SUBJECT.match(text, phrase[0])
    ):
        return None  # "Insurers could face claims": a clause, not a noun phrase
    human = bool(_HUMAN_VERB.fullmatch(verb))
    shape = source_shape(text, phrase[0], phrase[1], sentence_start, outlets, human)
    aside = " ".join(asides)
    if aside and _ANONYMITY.search(aside):
        shape = UNNAMED
    elif shape in (UNNAMED, UNKNOWN) and any(
        _APPOSED_NAME.fullmatch(a) or _ENDS_NAMED.search(a) for a in asides
    ):
        shape = NAMED  # "his agent, Tom Reilly, told"
    return Source(phrase[0], phrase[1], shape), aside


def phrase_after(
    text: str,
    start: int,
    sentence: tuple[int, int],
    outlets: Spans = (),
    closed: bool = False,
) -> Source | None:
    """The noun phrase that starts at ``start`` (an inverted speaker, the object of
    "according to", a passive's agent) and its shape; a name in apposition names it."""
    sentence_start, sentence_end = sentence
    edge = _RIGHT_EDGE.search(text, start, sentence_end)
    end = edge.start() if edge else sentence_end
    if closed and edge and not _CLOSING.match(edge.group()):
        return None  # an inverted speaker ends its clause: '..., said a deckhand.'
    words = list(_WORD.finditer(text, start, end))
    # (a passive's agent may carry its time: "released by the NDMA on Saturday night")
    if not words or len(words) > MAX_SOURCE_WORDS + (0 if closed else 2):
        return None
    first, last = words[0], words[-1]
    if first.start() - start > 2 or first.group().lower() in _PREPOSITIONS:
        return None  # the phrase must follow at once ("said on national television": how)
    shape = source_shape(text, first.start(), last.end(), sentence_start, outlets, closed)
    if shape in (UNNAMED, UNKNOWN) and _APPOSED_NAME.match(text, last.end()):
        shape = NAMED  # "said a teenager, Milena, who"
    return Source(first.start(), last.end(), shape)


def inverted_speaker(
    lexicon: Lexicon,
    text: str,
    verb: re.Match[str],
    sentence: tuple[int, int],
    outlets: Spans = (),
) -> Source | None:
    """The speaker after a verb that follows a quotation or a comma ('"...," said a
    witness', '« ... », précise la radio canadienne', "..., a confirmé Radio France")."""
    sentence_start, sentence_end = sentence
    if not _SPOKEN_AFTER.search(text, sentence_start, verb.start()):
        return None
    last = verb.group().split()[-1].lower()
    last_two = " ".join(verb.group().split()[-2:]).lower()  # "a fait part"
    spoken = lexicon.words("inversion_verbs")
    if last in ("told", "tell", "tells") or (
        last not in spoken and last_two not in spoken and not last.endswith(("é", "e"))
    ):
        return None  # "told a news conference": whom it was told
    gap = _TOLD_TO.match(text, verb.end())
    start = gap.end() if gap else verb.end()
    found = phrase_after(text, start, sentence, outlets, closed=True)
    if (
        found is None
        or found.shape == PRONOUN
        or _FINITE.search(text, found.start, found.end)
        # (a count is what is said: "said a total of 20 bodies"; an age describes the speaker:
        # "said a 59-year-old woman", "a manager in his 30s")
        or re.search(r"\b\d[\d,.]*(?![\w-])", text[found.start : found.end])
    ):
        # "The minister, Jane Roe, said the toll had risen": what is said, no speaker
        return None
    return found


def openers(text: str, start: int, end: int) -> list[re.Match[str]]:
    """ "according to", "selon", "as per", "citing", "released by" in ``text[start:end]``."""
    return list(_OPENER.finditer(text, start, end))


# a word's trailing full stops, in the words joined by NUL (see _start_words)
_TRAILING_STOPS = re.compile(r"\.+(?=\x00|$)")


def _start_words(lexicon: Lexicon, words: list[re.Match[str]]) -> list[tuple[int, str]]:
    """The indices of the words that a reporting verb's form can start with: each word's
    key (lower case, "’" as "'", no trailing full stop) looked up in C over the words joined
    by NUL, which no word holds (a word-by-word walk in Python made analyse() of a
    5,000-word report 16% slower, issue 14)."""
    joined = "\x00".join([word.group() for word in words]).lower().replace("’", "'")
    keys = _TRAILING_STOPS.sub("", joined).split("\x00")
    found = compress(range(len(keys)), map(lexicon.reporting_starts.__contains__, keys))
    return [(index, keys[index]) for index in found]


def reporting_verbs(lexicon: Lexicon, text: str, start: int, end: int) -> list[re.Match[str]]:
    """Every reporting verb of ``text[start:end]``, in any tense its lemma makes."""
    verbs: list[re.Match[str]] = []
    words = list(_WORD.finditer(text, start, end))
    position = start
    last = -1  # the index of the word the last verb found starts at
    for index, key in _start_words(lexicon, words):
        word = words[index]
        if word.start() < position:
            continue  # inside the verb found before ("a dit": "dit")
        # the word before, past those inside the last verb found
        before = index - 1
        if before > last and words[before].start() < position:
            before = last
        previous = words[before].group().lower() if before >= 0 else ""
        # (only the forms that can start at this word: the same match, far cheaper)
        verb = lexicon.reporting_verb_at[key].match(text, word.start(), end)
        if (
            verb
            and not text[verb.end() : verb.end() + 1].isalnum()
            and previous not in _NOUN_DETERMINERS
            and not (
                verb.group().lower().startswith("claim") and _TOLL_CLAIMED.match(text, verb.end())
            )
        ):
            verbs.append(verb)
            position = verb.end()
            last = index
    return verbs


def openers_by_sentence(
    text: str, sentences: Sequence[tuple[int, int]]
) -> list[list[re.Match[str]]]:
    """``openers`` of each sentence from one scan of the whole text (a scan per sentence
    cost more). The same matches: one that runs past its sentence's end (only spaces there)
    would end it there and leave no phrase after it, so it is dropped."""
    found = list(_OPENER.finditer(text))
    starts = [m.start() for m in found]
    return [
        [m for m in found[bisect_left(starts, start) : bisect_left(starts, end)] if m.end() <= end]
        for start, end in sentences
    ]


def read_clauses(
    lexicon: Lexicon,
    text: str,
    sentence: tuple[int, int],
    outlets: Spans = (),
    found_openers: list[re.Match[str]] | None = None,
) -> list[ReportingClause]:
    """The reporting clauses of one sentence and the source each attaches to
    (``found_openers``: its ``openers``, when found before)."""
    sentence_start, sentence_end = sentence
    clauses: list[ReportingClause] = []
    for verb in reporting_verbs(lexicon, text, sentence_start, sentence_end):
        inverted = inverted_speaker(lexicon, text, verb, sentence, outlets)
        if inverted is not None:
            clauses.append(ReportingClause(verb.start(), verb.end(), inverted, "inverted"))
            continue
        subject = subject_before(text, verb.start(), sentence_start, verb.group(), outlets)
        if (
            subject is not None
            and subject[0].shape == HEARSAY
            and _REDUCED_RELATIVE.match(text, verb.end())
        ):
            continue  # "Photos posted on Facebook by the mayor showed": the pictures' origin
        if subject is not None:
            clauses.append(ReportingClause(verb.start(), verb.end(), subject[0], "subject"))
    if found_openers is None:
        found_openers = openers(text, sentence_start, sentence_end)
    for opener in found_openers:
        source = phrase_after(text, opener.end(), sentence, outlets)
        if source is None:
            continue
        place = "agent" if _AGENT.search(opener.group()) else "opener"
        clauses.append(ReportingClause(opener.start(), opener.end(), source, place))
    return sorted(clauses, key=lambda c: c.verb_start)


def inverted_verb_before(
    lexicon: Lexicon, text: str, position: int, sentence: tuple[int, int], outlets: Spans = ()
) -> re.Match[str] | None:
    """The verb whose inverted speaker starts at ``position`` ('"...," lamented a relative',
    "« ... », a ainsi raconté un médecin"), or None: the verb is the last reporting verb or
    verb of speaking (sources.yaml's ``inversion_verbs``) before the speaker."""
    sentence_start = sentence[0]
    verbs = reporting_verbs(lexicon, text, sentence_start, position)
    spoken = lexicon.words("inversion_verbs")
    words = [
        w for w in _WORD.finditer(text, sentence_start, position) if w.group().lower() in spoken
    ]
    # (the longer form where two end together: "a ainsi raconté", not "raconté")
    candidates = sorted([*verbs, *words], key=lambda m: (m.end(), m.end() - m.start()))
    if not candidates:
        return None
    verb = candidates[-1]
    speaker = inverted_speaker(lexicon, text, verb, sentence, outlets)
    if speaker is None or not speaker.start <= position <= speaker.end:
        return None
    return verb
