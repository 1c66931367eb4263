"""Unconfirmed attribution: claims resting on vague, anonymous or second-hand sources.

The source of a claim is graded, not just matched: a named person or an official body on the
record is confirmed and not suggested; a hearsay marker ("reportedly"), a source that names
nobody ("sources said", "witnesses described", "according to social media accounts"), an
anonymous source ("a resident who did not want to be named") or another outlet's report
("CNN reported", unless the sentence names who spoke) is suggested. The span is the source
and its reporting verb ("Early reports indicate", "law enforcement sources").

A journalist of an outlet reporting is the outlet's report ("A reporter with WFAA
confirmed"); one person named only by role is unnamed ("a city councilman told the
Guardian") unless the report names them just before or in the next sentences; an outlet
citing a person or body it names is on the record ("NNA cited Lebanon's health minister").
French reports get the same rules with French cues (sources.yaml).

A headline that states as fact what the lead paragraph only attributes to such a source is
suggested too ("ISIS Claims Responsibility" over "Early reports indicate that ISIS has
claimed responsibility").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from quizapp.core.suggest import clauses, reasons
from quizapp.core.suggest.document import Document
from quizapp.core.suggest.lexicon import Lexicon, phrase_pattern, word_key
from quizapp.core.suggest.model import Suggestion
from quizapp.core.suggest.needles import screen, screened_matches

VERB_WINDOW_WORDS = 10
RELATIVE_CLAUSE_WORDS = 6
_WORD = re.compile(r"[\w'’-]+")
_APPOSITION_NAME = re.compile(r"\s*,?\s*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_NAME = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
# a whole name of capitalised words, its small joining words inside: "the National Security and
# Defense Corps", "the Sher-e-Bangla Medical College Hospital" (one name, one place it is read)
_NAME_RUN = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+(?:(?:of|and|for|the|on|de|du|des|et)\s+)*[A-Z][\w'’-]+)+"
)
# "a senior official of Pranaam Hospitals said": the name is where the source works
_INSTITUTION_BEFORE = re.compile(r"\b(?:of|at|from|in|for|with)\s+(?:the\s+)?$")


@cache
def _verb_before_outlet(verbs: frozenset[str]) -> re.Pattern[str]:
    """ "says the Spanish news agency EFE", "reports AP": the verb comes before the outlet."""
    alternatives = "|".join(sorted((phrase_pattern(v) for v in verbs), key=len, reverse=True))
    # (a word may be a country's possessive: "according to Japan's NHK"; never the word that
    # makes the outlet the one spoken to, "a indiqué à l'AFP le procureur", "a indiqué la
    # préfecture à franceinfo": the speaker is another)
    return re.compile(
        rf"(?:(?:{alternatives})\s+(?:the\s+)?(?:(?!(?:à|au|aux|to)\s)[\w-]+(?:['’]s)?\s+){{0,3}}?)$",
        re.I,
    )


# "— China Xinhua News (@XHNews) August 13, 2015": the credit line of an embedded tweet
_TWEET_CREDIT = re.compile(r"\s*\(@\w+\)")
# "the Interior Ministry website said": an official body's own channel is on the record
_OFFICIAL_BODY = re.compile(
    r"\b(?:Ministry|Department|Police|Government|Council|Authority|Commission|Office|Services?"
    r"|Bureau|Administration|(?<!News )(?<!Press )Agency|Institute|Survey|Cent(?:re|er)|Cross"
    r"|Army|Forces?"
    r"|Embassy|Court|University|Hospital|Company|Corporation|Party|Parliament|Pentagon|Kremlin"
    r"|White\s+House|Palace|Navy|Guard)\b"
)
_REPORTER = re.compile(r"['’]s?\s+[A-Z]")
# "video, viewed three million times, says"; after a place or a participle that says who the
# one person is, an appositive of place or description: "A senior official in Gorkha district,
# the location of the epicentre, told AP", "A man evacuated to Pokhara, 200km from Kathmandu,
# said" (a lowercase or numeric start: ", John Smith," names the person instead)
_APPOSITIVE_START = (
    # (and the irregular participles: "Video footage, seen at the top of this page, showed")
    r"(?:who|whose|which|where|when|\d[\w.]*|[a-z]+(?:ed|ing)|[a-z]+ly\s+[a-z]+(?:ed|ing)"
    r"|seen|shot|taken|shown|caught|sent|given|made|known|written|held|left|hit|struck|shaken"
    r"|stricken"
    # French: "Un responsable local, joint par téléphone, a affirmé"
    r"|joint|jointe|[^\W\d_]+(?:é|ée|és|ées|ant)|qui|dont)\b"
)
_APPOSITIVE_GAP = re.compile(
    rf"\s*,\s*{_APPOSITIVE_START}[^,;]*,\s*$"
    rf"|[^,;]{{1,50}}?,\s*(?:the\b|an?\b|{_APPOSITIVE_START})[^,;]{{1,60}},\s*$"
)
# a particle inside a name: "Soraya Saenz de Santamaria said", "Ursula von der Leyen said"
_NAME_PARTICLE = r"(?:\s+(?:de|da|del|della|dos|du|van|von|der|den|al|el|bin|ibn|la|le))*"
_NAMED_SPEAKER = (
    re.compile(
        r"\b(?:said|says|told|added|according to)\s+(?:[\w'’.-]+\s+){0,4}?"
        r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\b"
        # (not the subject of what is said: "The BBC said Boko Haram had contacted it")
        r"(?!\s+(?:had|has|have|was|were|is|are|would|could|will|did)\b)"
    ),
    re.compile(
        r"\b[A-Z][\w'’-]+" + _NAME_PARTICLE + r"\s+[A-Z][\w'’-]+(?:,[^,]{1,60},)?,?\s+"
        r"(?:said|says|told|added)\b"
    ),
    # an outlet quoting a person it names by surname: "El Sol de Mexico quoted Fayad as saying"
    re.compile(r"\bquot(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){0,4}?[A-Z][\w'’-]+\s+as\s+saying\b"),
)
# a person's own words closed by "he said" before an outlet's trailing attribution: '"...,"
# he said, according to ANI' (the outlet relays a quotation of its speaker, on the record)
_QUOTE_THEN_PRONOUN = re.compile(
    r"[\"”]\s*,?\s*(?:he|she)\s+(?:said|added|told\s+[\w-]+)\s*,\s*$", re.IGNORECASE
)
# an official body speaking in a sentence an outlet's trailing attribution closes: "police say
# 13 suspects were arrested, the AP reported" (the body answers for it)
# (and a body named by its place: "the Sichuan government said, the Bangkok Post reported",
# "The Sichuan provincial government announced the figure, according to Xinhua")
_BODY_SPEAKS = re.compile(
    r"\b(?:[Pp]olice|[Oo]fficials|[Aa]uthorities|[Pp]rosecutors|[Tt]he\s+(?:(?:[A-Z][\w'’-]*"
    r"|provincial|state|local|city|federal|regional|national|county|district)\s+){0,3}"
    r"(?i:ministry|government|army|military|police|department|authorities|administration"
    r"|command))\s+(?:say|says|said|told|added|confirmed|announced)\b"
    # "..., according to officials overseeing the rescue effort, Yonhap news agency reports"
    r"|\b(?i:according\s+to)\s+(?:the\s+)?(?:[Pp]olice|[Oo]fficials|[Aa]uthorities)\b"
)
# an outlet citing an official body after its claim: "Xinhua said 40 had been rescued,
# according to the local emergency rescue command" (the body answers for it)
_ACCORDING_TO_BODY = re.compile(
    r",\s*(?i:according\s+to|citing)\s+(?:the\s+)?(?:[Pp]olice|[Oo]fficials|[Aa]uthorities"
    r"|(?:[\w'’-]+\s+){0,4}(?i:ministry|government|department|office|command|headquarters"
    r"|administration|bureau|police|sheriff['’]s\s+office))\b"
)


def _reason(kind: str, phrase: str, why: str) -> str:
    return reasons.entry_reason(kind, phrase, why)


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


# an infinitive that says what the subject has to say, not that it says it: "the survivors
# have heart-breaking stories to tell", "residents had little to say"
# (not a perfect: "have begun to describe", "have been quick to say" are their accounts)
_INFINITIVE_OF_AN_OBJECT = re.compile(
    r"\b(?:have|has|had)\s+(?!(?:been|begun|come|got|gotten|had|gone|done|[a-z]+ed|[a-z]+en)\b)"
    r"(?:[\w'’-]+\s+){1,3}to\s+$",
    re.I,
)
_NONRESTRICTIVE = re.compile(r",\s*who\b|\bwhose\b", re.IGNORECASE)


# a named institution and its town after a comma: "An official at the Federal Medical Centre,
# Owo also said" (the town is one word; "..., Mr Smith said" is another speaker)
_BODY_AND_TOWN = re.compile(
    r"\s+(?:at|of|from|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
    + _OFFICIAL_BODY.pattern
    + r"\s*,\s*[A-Z][a-z]+\s+(?:also\s+|later\s+)?$"
)


def _reporting_verb_after(
    doc: Document, lexicon: Lexicon, position: int, stop: int
) -> re.Match[str] | None:
    """The reporting verb whose subject is the source ending at ``position``, if any."""
    text = doc.text
    words = _words(text, position, stop)[: VERB_WINDOW_WORDS + RELATIVE_CLAUSE_WORDS]
    # "an official who was briefed on the case told the AP": the passive is the clause's; "A
    # nurse at the hospital, who asked for her name to be withheld, said": a relative clause
    # after a place makes the verb come later
    head = [w.group().lower() for w in words[:6]]
    relative = bool(head) and (head[0] in ("who", "that") or bool({"who", "whose"} & set(head)))
    if not _NONRESTRICTIVE.search(text, position, words[5].end() if len(words) > 5 else stop):
        words = words[:VERB_WINDOW_WORDS]
    for index, word in enumerate(words):
        verb = lexicon.reporting_verb.match(text, word.start())
        if not verb:
            continue
        gap = text[position : word.start()]
        if any(mark in gap for mark in ';—"“”') or any(
            w.group().lower() in lexicon.words("clause_conjunctions") for w in words[:index]
        ):
            # another clause ("from a local radio station before the company told them"), or
            # the source sits inside a quotation
            return None
        if _INFINITIVE_OF_AN_OBJECT.search(gap):
            return None  # "survivors have heart-breaking stories to tell": no telling yet
        if index == 0 and "," in gap:
            # "hospitals were alerted to receive injured passengers, said police officer Deepak
            # Kumar", "in an interview with local media, said": the verb after the comma is
            # another speaker's, the noun no subject of it
            return None
        if index > 0:
            previous = words[index - 1].group()
            if previous.lower() in _NOUN_DETERMINERS and verb.group().endswith("ing"):
                continue  # "received no warning": the noun, no one speaking
            if previous.lower() in lexicon.words("source_pronouns") or previous == "I":
                return None  # "experts I spoke to", "residents, he said": another speaker
            if "," in gap and not (_APPOSITIVE_GAP.match(gap) or _BODY_AND_TOWN.match(gap)):
                return None  # "..., Mr Smith said", "..., but the force said"
            if _passive_before(lexicon, words, index, relative, verb.group()):
                if relative:
                    continue  # "residents who were told to leave said"
                return None
        if _REDUCED_PASSIVE.match(text, verb.end()):
            return None
        return verb
    return None


_NOUN_DETERMINERS = frozenset({"a", "an", "the", "no", "any", "every", "its", "their"})


# people, not footage: what they show is no report
_PERSONS = re.compile(r"\b(?:people|persons|residents|survivors|relatives|families)$", re.I)
# "people reported to be missing", "a man accused of arson": said of them, not by them
_SHOWING = re.compile(r"show(?:s|ed|ing)?|montrent|montre|montrait|montraient", re.IGNORECASE)
# "the last people reported missing": a state said of them (a toll's wording), not their report
_REDUCED_PASSIVE = re.compile(
    r"(?:\s+to\s+(?:be|have)|(?<=accused)\s+of|(?<=reported)\s+(?:missing|dead|killed|injured"
    r"|hurt|safe|alive|wounded|trapped|unaccounted|hospitali[sz]ed))\b"
)


def _passive_before(
    lexicon: Lexicon, words: list[re.Match[str]], index: int, relative: bool, verb: str
) -> bool:
    """Is the verb at ``index`` passive or bidden ("residents have been told", "workers have
    been asked to report"): they are told, they do not tell; an infinitive, not their report.
    "Residents are describing" is their own account (a progressive)."""
    passive = lexicon.words("passive_words")
    previous = words[index - 1].group().lower()
    before_to = words[index - 2].group().lower() if index > 1 else ""
    if previous in passive and verb.lower().endswith("ing"):
        return False
    return (
        previous in passive
        or (previous == "to" and before_to in lexicon.words("bidding_verbs"))
        or (not relative and any(w.group().lower() in passive for w in words[:index]))
    )


def _back_over_modifiers(lexicon: Lexicon, text: str, start: int, limit: int) -> int:
    """Move ``start`` back over words like "some", "several", "political"."""
    while True:
        match = re.search(r"([\w'’-]+)\s+$", text[limit:start])
        if not match or match.group(1).lower() not in lexicon.words("leading_modifiers"):
            return start
        start = limit + match.start(1)


_LOWER_WORD = re.compile(r"\b[a-z]")
# a capitalised word just before: the match is part of a name ("Brennock Supporters Trust")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_NAMED_BEFORE = re.compile(  # "Phil Davis, a reporter"; not "In Accumoli, one witness"
    r"\b(?!(?:In|On|At|From|For|With|After|Before|During|Near|Outside|Inside|By|The|An?)\b)"
    r"[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+\s*,\s*$"
)
# an appositive closes with a comma before its verb: "Phil Davis, a reporter, said"
_CLOSED_APPOSITIVE = re.compile(r"[^.;:]*?,")
# a role after a participle and "as" is a predicate: "working as a volunteer", "identified as
# a local resident"
_PREDICATE_AS = re.compile(r"\b[a-z]+(?:ing|ed)\s+as\s+$")
# a single person after a preposition is its object, not the subject of the verb that follows
_OBJECT_OF = re.compile(
    r"\b(?:to|for|with|about|into|against|toward|towards|by)\s+$", re.IGNORECASE
)
_SAME = re.compile(r"\b(?:same|même)\s+$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:when|whenever|if|unless|once)\s+$", re.IGNORECASE)
# the channel of an official body: "a Health Ministry tweet", "the police department posted a
# video", "the mayor's Facebook page" are on the record, as the body's own statement is
_OWN_CHANNEL = re.compile(
    r"\b(?:police|ministry|department|government|authorities|agency|council|army|military"
    r"|embassy|hospital|mayor|governor|sheriff|president|coast\s+guard|fire\s+service"
    r"|fire\s+brigade|office|commission|service|authority)(?:['’]s)?\s+"
    r"(?:(?:[\w-]+\s+){0,2}?(?:posted|released|shared|published|issued|put\s+out|tweeted)\s+"
    r"(?:an?\s+|the\s+|its\s+|this\s+)?)?(?:(?:official|own|verified)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# the official channel of whoever the sentence names: "A statement from al-Shabab on its
# official Twitter feed says", "the ministry said on its verified account"
_ITS_OWN_CHANNEL = re.compile(
    r"\b(?:its|their)\s+(?:own\s+|official\s+|verified\s+)+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_CHANNEL_OWNER = (
    r"(?:the\s+)?(?:group|committee|ministry|police|government|authorities|agency|department"
    r"|army|military|council|embassy|office|commission|service|authority|militants|organi[sz]ation)"
)
# the owner named after the post: "a post on the Telegram app that the committee shared", "The
# post in the group's Amaq news agency said" (an armed group's own channel is on the record)
_OWN_CHANNEL_AFTER = re.compile(
    r"\s+(?:(?:on|in)\s+(?:[\w'’-]+\s+){0,5}?(?:that|which)\s+"
    + _CHANNEL_OWNER
    + r"\s+(?:had\s+|has\s+)?(?:shared|posted|released|published|issued|put\s+out)\b"
    r"|(?:(?:posted|shared|published|released)\s+)?(?:on|in|from|by)\s+"
    + _CHANNEL_OWNER
    + r"['’]s\s"
    # released by whoever is named: "Satellite images released by NASA show"
    r"|(?:released|published|issued|provided|distributed)\s+by\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
# the speaker's own channel: "he said in a video posted on social media", "the mayor wrote
# on her Facebook page" (the speaker is read on their own: named or not)
_SPEAKERS_CHANNEL = re.compile(
    r"\b(?:said|says|told\s+[\w-]+|wrote|writes|announced|added|stated|explained)\s+"
    r"(?:in|on|via)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$"
    # a statement's channel, its author named in the sentence: "indique l'entreprise dans un
    # communiqué diffusé via les réseaux sociaux", "in a statement posted on Facebook"
    r"|\b(?:statement|communiqué|message)\s+(?:(?:diffusée?|publiée?|postée?|posted|published"
    r"|issued|released|shared|put\s+out)\s+)?(?:on|via|sur|in|through)\s+(?:les?\s+|the\s+"
    r"|its\s+|ses\s+|son\s+|sa\s+)?$",
    re.IGNORECASE,
)
_ARMED_GROUP = (
    r"(?:Islamic\s+State|IS|ISIS|ISIL|Daesh|al-Shabab|al-Shabaab|Al\s+Shabaab|Al-Shabaab|Taliban"
    r"|Boko\s+Haram|al-Qaeda|Al-Qaeda|Hezbollah|Hamas)"
)
_GROUP_POSSESSIVE = re.compile(r"\b" + _ARMED_GROUP + r"['’]s\s")
_GROUPS_OWN = re.compile(
    r"\b(?i:group|militants|organi[sz]ation|movement)['’]s\s+(?:own\s+)?(?:[A-Z][\w-]*\s+){0,2}$"
    # an armed group named, or an outlet affiliated to one: "Islamic State's Amaq news agency
    # said", "jihadi-affiliated news agency Amaq said" (the group's own channel)
    r"|\b" + _ARMED_GROUP + r"['’]s\s+(?:own\s+)?(?:[A-Z][\w-]*\s+){0,2}$"
    r"|\b(?i:[\w]+-affiliated|[\w]+-linked)\s+(?:[\w-]+\s+){0,2}$"
)
_ROLE_OF_A_BODY = (
    r"(?:minister|ministry|president|governor|mayor|chief|head|director|commissioner|spokes\w+"
    r"|police|department|officials?|authorities|sheriff|army|military|agency|office)\b"
)
# an outlet quoting or citing a person or body it names: "AFP quoted civil defense deputy
# director Delfin Antonio Rodriguez", "NNA cited Lebanon's health minister", "citing the Collin
# County Sheriff"; but "citing Reuters", "citing two U.S. officials" name no one on the record
_CITES_NAMED = re.compile(
    r"[^.;]*?\b(?:quoted|quoting|quotes|cited|citing|cites)\s+(?:"
    # "the health minister": the one holder of an office
    r"the\s+(?:[a-z-]+\s+){0,3}(?:minister|ministry|president|governor|mayor|police|department"
    r"|sheriff|army|military|authorities|agency|commissioner|chief|coroner|headquarters"
    r"|committee|administration|bureau|government|office)\b(?!\s+officials?\b)|"
    r"(?:the\s+)?(?:"
    # (not one unnamed person of a named place: "quoted an official from the Erawan Centre")
    r"(?!(?:an?|one|another|some|several)\s)(?:[a-z][\w-]*\s+){1,5}(?:[A-Z][a-z][\w'’.-]*\s+){1,3}"
    r"[A-Z][a-z][\w'’-]*"
    r"|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+){0,2}"
    + _ROLE_OF_A_BODY
    + r"|(?:[A-Z][\w'’-]*\s+){1,4}(?:Sheriff|Police|Department|Ministry|Office|Agency|Service"
    r"|Authority|Council|Hospital|Government|Commission)\b"
    # a name and its role: "PTI quoted Monica Bhutunguru, a police superintendent in Chamba"
    r"|[A-Z][a-z][\w'’-]+\s+[A-Z][a-z][\w'’-]+\s*,\s*(?:an?|the)\s+"
    # a titled name: "cited Health Minister Duane Sands as confirming the new toll", "citing
    # Karnataka chief minister Siddaramaiah" (the title in lower case)
    r"|(?:[A-Z][\w'’.-]*\s+){0,2}(?i:chief\s+minister|minister|secretary|president|governor|mayor|chief"
    r"|director|commissioner|spokes\w+|sheriff|premier|inspector|superintendent|prosecutor)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+))"
)


_CONFIRMED_STATE = re.compile(
    r"\s+(?:(?:were|are|was|is|have\s+been|has\s+been|had\s+been)\s+)?(?:now\s+)?confirmed"
    r"\s+(?:as\s+)?(?:dead|killed|injured|hurt|missing|alive|safe|infected)\b"
)


def _not_a_source(doc: Document, lexicon: Lexicon, match: re.Match[str], kind: str) -> bool:
    """The noun matched is not used as a source here, whatever verb follows it."""
    text = doc.text
    start, end = match.span()
    sentence_start, sentence_end = doc.sentence_at(start)
    if (
        _APPOSITION_NAME.match(text, end)
        and kind != "second-hand"
        and not (
            text.startswith(",", end)
            and lexicon.source_opener.search(text, max(sentence_start, start - 60), start)
        )
    ):
        # "witnesses John Smith and ...": named; but "state broadcaster CCTV", and "According
        # to a Twitter post, University Hospital's team": the comma ends the source
        return True
    if re.match(r"['’]", text[end : end + 1]):
        return True  # "the fans' group": a modifier, not the source
    if _CONFIRMED_STATE.match(text, end):
        return True  # "1,602 people confirmed dead": what is confirmed of them, not a source
    if (
        text[start].isupper()
        and not _LOWER_WORD.search(match.group())
        and _CAPITALISED_BEFORE.search(text, sentence_start, start)
    ):
        # "Brennock Supporters Trust": part of a name; not "a Twitter post", nor "Aerial TV
        # footage showed" (a name does not go on in lower case)
        return True
    if _SAME.search(text, max(sentence_start, start - 12), start):
        return True  # "According to the same source", "Selon la même source": named before
    if _HYPOTHETICAL.search(text, sentence_start, start):
        return True  # "counted only when a doctor writes heat on the certificate"
    named = (
        _single(match)
        and _CLOSED_APPOSITIVE.match(text, end, sentence_end)
        and _NAMED_BEFORE.search(text, sentence_start, start)
    )
    if named and not _OFFICIAL_BODY.search(named.group()):
        # "Phil Davis, a Gazette crime reporter, said": named before, the role between commas;
        # not "... the Sheriff's Office, another official said", nor "... conducted by Al
        # Shabab, a U.S. official said" (the name ends the claim, the source follows it)
        return True
    if _single(match) and _PREDICATE_AS.search(text, sentence_start, start):
        return True  # "an NGO official working as a volunteer, told": what someone works as
    if kind == "social media" and (
        _OWN_CHANNEL.search(text, max(sentence_start, start - 60), start)
        or _ITS_OWN_CHANNEL.search(text, max(sentence_start, start - 30), start)
        or _OWN_CHANNEL_AFTER.match(text, end, sentence_end)
        or _SPEAKERS_CHANNEL.search(text, max(sentence_start, start - 60), start)
    ):
        return True  # "a Health Ministry tweet", "police posted a video": the body's own channel
    if kind == "second-hand" and _GROUPS_OWN.search(text, max(sentence_start, start - 60), start):
        return True  # "the group's Amaq news agency said": the group's own channel
    if kind == "second-hand" and _CITES_NAMED.match(text, end, min(sentence_end, end + 120)):
        return True  # "state news agency NNA cited Lebanon's health minister": on the record
    return _named_later(doc, match) or _named_before(doc, match)


def _named_before(doc: Document, match: re.Match[str]) -> bool:
    """ "The official said" met again after the report named that official a sentence or two
    before ("Fire official John Smith said ... The official said"; "John Smith, a senior
    official, said ... The official added"): the anaphora points to a named person."""
    words = match.group().split()
    if words[0].lower() != "the" or len(words) < 2:
        return False
    role = re.escape(words[-1])
    sentence_start = doc.sentence_at(match.start())[0]
    named = re.compile(
        rf"\b(?i:{role})\s*,?\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}[A-Z][\w'’-]+\b(?<!\bThe\b)"
        rf"|\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}{role}\b"
    )
    return bool(named.search(doc.text, max(0, sentence_start - 400), sentence_start))


def _single(match: re.Match[str]) -> bool:
    """The source matched is one person named by role ("a senior official", "one tenant")."""
    return bool(re.match(r"(?:an?|one|another|une?)\s", match.group(), re.IGNORECASE))


def _named_later(doc: Document, match: re.Match[str]) -> bool:
    """A single unnamed person named in the next sentences: wire copy often writes "..., an
    official said." and then "The official, Paul W. Pfeil, a county commissioner, said"."""
    if not _single(match):
        return False
    words = match.group().split()
    sentence_end = doc.sentence_at(match.start())[1]
    named = re.compile(
        rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}{re.escape(words[-1])}\s*,\s*(?:[A-Z][\w.'’-]*\s+){{1,3}}"
        r"[A-Z][\w'’-]+\s*,"
        # or the same role before a name in the next sentence: "An official says a bus has
        # plunged ... Local official Rakesh Mehra says at least 30 were injured"
        # (opening that sentence: not "..., the official Xinhua News Agency said")
        rf"|(?:(?<=[.!?] )|(?<=\n))(?:[A-Z][\w-]*\s+){{0,2}}?(?i:{re.escape(words[-1])})\s+"
        r"(?:[A-Z][\w.'’-]*\s+){1,2}[A-Z][\w'’-]+\s+(?:also\s+)?(?:said|says|told|tells|added)\b"
    )
    return bool(named.search(doc.text, sentence_end, sentence_end + 300))


# a source saying it knows nothing makes no claim: "said he had no new information", "told
# reporters they did not know"
_NO_CLAIM = re.compile(
    r"\s+(?:(?:reporters|journalists|the\s+[A-Z]\w*)\s+)?(?:that\s+)?(?:he|she|they|it|we|I)"
    r"\s+(?:(?:had|has|have)\s+no\s+(?:new\s+|further\s+|more\s+|other\s+)?"
    r"(?:information|details|news|comment)|(?:did|does|do|could|can)\s*(?:not|n['’]t)\s+know)\b"
)


_WITH_A_BODY = re.compile(
    r"\s+and\s+(?:the\s+)?(?:(?:government|state|local|city|federal|police)\s+)?"
    r"(?:officials|authorities|police)\b"
    # "according to witnesses and the Red Cross": a named body beside them answers for it
    r"|\s+and\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]+\s+){0,3}" + _OFFICIAL_BODY.pattern + ")",
    re.IGNORECASE,
)
# ("..., according to the official Xinhua News Agency": four words before the name)
_TRAILING = re.compile(r",\s*(?:(?!what|that|which|who|while|as)[\w-]+\s+){0,4}$", re.I)
_BODY_AND = re.compile(
    r"\b(?:officials|police|authorities|(?:[A-Z][\w'’-]+\s+)+(?:Ministry|Department|Police"
    r"|Government|Authority|Agency|Service))\s+and\s+(?:the\s+)?"
    r"(?:(?:local|other|some|several|many|unnamed)\s+)?$"
    # French: "Selon la mairie et des témoins présents sur place"
    r"|\b(?:la\s+mairie|la\s+préfecture|la\s+police|la\s+gendarmerie|les\s+autorités"
    r"|le\s+ministère|les\s+pompiers|les\s+secours)\s+et\s+(?:des?\s+|les\s+|la\s+|le\s+)?$",
    re.IGNORECASE,
)


# an outlet passing on whom the sentence names just before it: "Le procureur de la République
# cité par la chaîne iTELE évoque", "a précisé le porte-parole du ministère Pierre-Henry
# Brandet, cité par les médias", "the mayor, quoted by AFP, said"
_CITED_BY = re.compile(
    r"(?:\b(?:[Ll]e|[Ll]a|[Tt]he)\s+(?:[\w'’-]+\s+){0,3}?(?:procureure?|ministre|préfète?"
    r"|maire|porte-parole|présidente?|directeur|directrice|commissaire|prosecutor|minister"
    r"|mayor|governor|president|spokes\w+|chief|director|commissioner|sheriff)\b[^.;,]{0,60}?"
    r"|\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s*,?\s*(?:cité|citée|cités|citées|quoted|cited)\s+(?:par|by)"
    r"\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$"
)


def _relays_named(doc: Document, start: int, end: int) -> bool:
    """An outlet described by what it is, relaying a source the sentence names: the trailing
    attribution of a sentence whose speaker is named or an official body ("The head of
    Russia's Federal Security Service told ..., state news agency Tass said"), or the outlet
    beside an official body ("Officials and state media said"); not an outlet's own claim in
    another clause ("..., while state media reported that ...")."""
    text = doc.text
    sentence_start, sentence_end = doc.sentence_at(start)
    before = text[sentence_start:start]
    if _BODY_AND.search(before) or _CITED_BY.search(before) or _QUOTE_THEN_PRONOUN.search(before):
        return True
    rest = before + " it " + text[end:sentence_end]
    if _ACCORDING_TO_BODY.search(text, end, sentence_end):
        return True
    return _trailing(doc, start, end) and (
        _has_named_speaker(rest) or bool(_BODY_SPEAKS.search(rest))
    )


def _trailing(doc: Document, start: int, end: int) -> bool:
    """The source closes its sentence after a comma: "..., the AP reported [on Monday]."."""
    sentence_start, sentence_end = doc.sentence_at(start)
    return bool(
        _TRAILING.search(doc.text, sentence_start, start)
        and len(_words(doc.text, end, sentence_end)) <= 4
    )


_NAME_IN_COMMAS = re.compile(r"\s*,\s*(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*\s*,")
# (a day between the verb and "that", and a count before the noun: "authorities said Sunday
# that at least 99 people had died")
_BODY_RELAYS = re.compile(
    r"\b(?:authorities|officials|police|the\s+(?:ministry|government|army|military|police))\s+"
    r"(?:saying|said|say|says|told\s+[\w-]+|added)\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs"
    r"|fri|satur|sun)day|yesterday|today|tonight|earlier|later)\s+)?(?:that\s+)?"
    r"(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_COUNT_OF = re.compile(
    r"\b(?:tally|count|number|numbers|list|survey|census|total)\s+of\s+(?:the\s+)?$", re.I
)


_INQUIRY = re.compile(r"investigations?|probes?|findings|assessments?|inquir(?:y|ies)", re.I)
_POSSESSED = re.compile(r"(?:\b(?:its|their|his|her)|['’]s?)\s+$", re.IGNORECASE)


# footage whose origin is stated (the real-report guidelines: "Video footage from a security
# camera showed", "Close circuit camera footage showed", "Reuters video images showed",
# "Footage shot from public broadcaster NHK's helicopter showed", "Live video from the
# Associated Press showed", "Spanish National TV showed" are on the record; "Videos show",
# "Images on social media showed" are not)
_CAMERA = re.compile(
    r"\b(?:security|surveillance|CCTV|close[- ]circuit|dash(?:board)?[- ]?cam(?:era)?|body[- ]?cam"
    r"(?:era)?|camera)\b",
    re.IGNORECASE,
)


_ACRONYM = re.compile(r"\b(?!TV\b)[A-Z]{2,5}\b")


def _stated_origin(doc: Document, lexicon: Lexicon, match: re.Match[str], verb_start: int) -> bool:
    """Whether pictures shown are a camera's or a named outlet's, said before their verb."""
    if not _SHOWING.match(doc.text, verb_start):
        return False
    text = doc.text
    begin = max(doc.sentence_at(match.start())[0], match.start() - 40)
    if match.group() in ("TV", "Television") and _CAPITALISED_BEFORE.search(
        text, begin, match.start()
    ):
        return True  # "Spanish National TV showed": a channel it names
    return bool(
        _CAMERA.search(text, begin, verb_start)
        or any(  # an outlet apart from the pictures' own words ("Aerial TV footage" names none)
            m.end() <= match.start() or m.start() >= match.end()
            for m in doc.find(lexicon.outlets, begin, verb_start)
        )
        or _ACRONYM.search(text, begin, verb_start)  # "from public broadcaster NHK's helicopter"
    )


# a finite verb right after the one person: the subject of what is said, not the speaker
# inverted after the verb ("Ana Ruiz, whose shop burned, said a neighbour had died")
_CLAUSE_VERB = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|could|will|did|died|lost|remained)\b"
)


def _vague_source(doc: Document, lexicon: Lexicon, match: re.Match[str]) -> Suggestion | None:
    """A noun that names nobody ("witnesses", "a senior official", "local media"), when it is
    used as a source: a reporting verb follows, or "according to", "citing" comes before."""
    text = doc.text
    start, end = match.span()
    entry = lexicon.vague_sources.entry_for(match)
    if _not_a_source(doc, lexicon, match, entry.kind):
        return None
    sentence_start, sentence_end = doc.sentence_at(start)
    chunk_start = max(sentence_start, start - 60)
    opener = lexicon.source_opener.search(text, chunk_start, start)
    if opener and entry.kind != "social media" and re.match(r"from\b", opener.group(), re.I):
        opener = None  # "claims come from named people": "from" alone names no source
    if opener and _COUNT_OF.search(text, opener.start(), start):
        opener = None  # "based on a tally of people sent to hospitals": what was counted
    if entry.kind == "second-hand" and _relays_named(doc, start, end):
        return None
    if _INQUIRY.search(match.group()) and _POSSESSED.search(text, max(0, start - 12), start):
        return None  # "The fire service said its preliminary investigations indicate": its own
    if _WITH_A_BODY.match(text, end) or _BODY_AND.search(text, sentence_start, start):
        # "aid agencies and government officials said", "Fire officials and witnesses said":
        # the body answers for it
        return None
    if _BODY_RELAYS.search(text, sentence_start, start):
        return None  # "with authorities saying witnesses saw the jet plunge": the body relays
    if entry.kind != "social media" and _ACCORDING_TO_BODY.search(text, end, sentence_end):
        # "after nearby residents reported hearing an explosion ..., according to the
        # sheriff's office": the body that gives the account answers for it
        return None
    verb_from = end
    aside = _NAME_IN_COMMAS.match(text, end, sentence_end)
    if entry.kind == "second-hand" and aside:
        verb_from = aside.end()  # "Spain's public broadcaster, RTVE, reported": its name
    verb = _reporting_verb_after(doc, lexicon, verb_from, sentence_end)
    if (
        verb is not None
        and (_single(match) or _PERSONS.search(match.group()))
        and _SHOWING.fullmatch(verb.group())
    ):
        # "A woman shows her flooded kitchen": a picture's caption; "... left 100 people and
        # several thousand others injured show a shattered city": people do not report by
        # showing, footage does
        verb = None
    if verb is not None and _NO_CLAIM.match(text, verb.end()):
        return None  # "The official said he had no new information": no claim to check
    if verb is not None and _stated_origin(doc, lexicon, match, verb.start()):
        return None
    if (
        verb is not None
        and entry.kind == "second-hand"
        and _CITES_NAMED.match(text, verb.end(), min(sentence_end, verb.end() + 80))
    ):
        return None  # "local media reported, citing the chief minister Siddaramaiah": named
    if (
        verb is not None
        and entry.kind != "second-hand"
        and any(
            not _INSTITUTION_BEFORE.search(text, max(0, name.start() - 10), name.start())
            for name in _NAME_RUN.finditer(text, end, verb.start())
        )
    ):
        # a named person or body between the noun and the verb speaks; not so for an
        # outlet's own name ("State broadcaster China Central Television (CCTV) said")
        verb = None
    if opener is None and verb is None and _single(match) and not _CLAUSE_VERB.match(text, end):
        opener = clauses.inverted_verb_before(lexicon, text, start, (sentence_start, sentence_end))
    if opener is None and verb is None:
        return None
    if opener is None and _single(match) and _OBJECT_OF.search(text, sentence_start, start):
        return None  # "an account claiming to belong to a former tenant has accused": an object
    span_start = (
        opener.start() if opener else _back_over_modifiers(lexicon, text, start, sentence_start)
    )
    span_end = verb.end() if verb else end
    reason = _reason(entry.kind, match.group(), entry.reason)
    return Suggestion(span_start, span_end, text[span_start:span_end], "unconfirmed", reason)


# whose safety or whereabouts nobody has confirmed: a count of people unaccounted for (as
# "reported missing"), not a claim left unconfirmed
_PEOPLE_UNACCOUNTED = re.compile(
    r"\b(?:safety|whereabouts|fate)\s+(?:of\s+[^.;,]{1,60}?\s+)?$", re.IGNORECASE
)


def _marker(doc: Document, lexicon: Lexicon, match: re.Match[str]) -> Suggestion | None:
    """A marker ("reportedly", "allegedly"), with the reporting verb right after it."""
    text = doc.text
    start, end = match.span()
    sentence_start, sentence_end = doc.sentence_at(start)
    entry = lexicon.markers.entry_for(match)
    if entry.kind == "headline tag" and not re.search(
        r"(?::|\s[-–—])\s$", text[max(0, start - 3) : start]
    ):
        return None  # the tag follows the headline's colon or dash ("... speed - source")
    if re.match(r"(?:aurai|serai)", match.group(), re.I) and _CONDITION_BEFORE.search(
        text, sentence_start, start
    ):
        return None  # "une fois que le procureur aurait procédé": the tense of a clause of time
    if _SAID_A.match(match.group()) and _NAME_AFTER.match(text, end):
        return None  # '"It was loud," said a witness, John Smith': named after all
    if entry.kind == "vague source" and _PEOPLE_UNACCOUNTED.search(text, sentence_start, start):
        return None  # "the safety of 103 people is unconfirmed": people unaccounted for, no claim
    if (
        entry.kind == "vague source"
        and _INQUIRY.search(match.group())
        and _POSSESSED.search(text, max(0, start - 12), start)
    ):
        return None  # "The fire service said its preliminary investigations indicate": its own
    if entry.kind == "vague source" and (
        _BODY_AND.search(text, sentence_start, start)
        or _BODY_RELAYS.search(text, sentence_start, start)
    ):
        # "police and news reports said", "with authorities saying witnesses saw": the body
        # answers for it
        return None
    rest = text[sentence_start:start] + " it " + text[end:sentence_end]
    if (
        entry.kind == "vague source"
        and re.match(r"(?:according\s+to|per)\s.*report", match.group(), re.I)
        and _trailing(doc, start, end)
        and (_has_named_speaker(rest) or _BODY_SPEAKS.search(rest))
    ):
        # '"...," Duane Sands, health minister of the Bahamas, told a radio station, according
        # to a Vox report': the report relays a speaker it names, on the record
        return None
    if entry.kind == "unsourced report" and (
        _NAMES_A_SOURCE.search(text[sentence_start:start] + " " + text[end:sentence_end])
        or _NOTHING.search(text, sentence_start, start)
    ):
        # "Deaths have been reported in the north, the ministry said": sourced; "No injuries
        # have been reported": nothing is claimed
        return None
    if _ATTRIBUTIVE_REPORTED.match(match.group()) and _NAMES_A_SOURCE.search(
        text[sentence_start:start] + " " + text[end:sentence_end]
    ):
        return None  # "called to a reported structure fire, city officials said": sourced
    if _AGENTLESS_PASSIVE.search(match.group()) and _has_named_speaker(
        text[sentence_start:start] + " " + text[end:sentence_end]
    ):
        # "the 30 people who were said to have died, commander Stuart Cundy said": the passive
        # passes on what the named speaker of the sentence says, on the record
        return None
    if _QUOTED_BY.match(text, end) and _has_named_speaker(text[sentence_start:start] + "said"):
        # '"...," Mahfuz Riven, a duty officer of the fire service, was quoted as saying by
        # Xinhua': the passive names its agent, an outlet quoting a named speaker (without
        # "by", "spokeswoman Shayne Enright was quoted as saying" is still unconfirmed)
        return None
    if _AGENTLESS_PASSIVE.search(match.group()) and _SOURCE_AFTER.search(text, end, sentence_end):
        # "the attack which was said to have involved up to 10 men, ..., according to
        # witnesses": the source the sentence gives later is the passive's agent (and is
        # suggested itself when it names nobody)
        return None
    verb = re.match(r"\s+", text[end:sentence_end])
    if verb:
        after = lexicon.reporting_verb.match(text, end + verb.end())
        if after and after.start() == end + verb.end():
            end = after.end()
    reason = _reason(entry.kind, match.group(), entry.reason)
    return Suggestion(start, end, text[start:end], "unconfirmed", reason)


_QUOTED_BY = re.compile(r"(?<=quoted as saying)\s+by\s+\S", re.IGNORECASE)
_ATTRIBUTIVE_REPORTED = re.compile(r"reported\s", re.IGNORECASE)
# the agentless passive of saying: "are also reported to", "were said to", "is understood to"
_AGENTLESS_PASSIVE = re.compile(r"\b(?:said|reported|understood)\s+to$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"\b(?:according\s+to|citing|selon)\b", re.IGNORECASE)
_SAID_A = re.compile(r"(?:said|says|added|told|explained|noted|claimed|insisted)\s", re.I)
_NAME_AFTER = re.compile(r",\s*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_NOTHING = re.compile(r"\b(?:no|none|nothing|neither|nor)\b", re.IGNORECASE)
_NAMES_A_SOURCE = re.compile(
    r"\b(?:said|says|told|tells|according\s+to|citing|confirmed|as\s+per)\b"
    r"(?<!confirmed(?=\s(?:dead|killed|injured|wounded|hurt|missing|deaths|cases)\b))"
    # a named reporter of the toll: "Gunasekara had reported a toll of 207"
    r"|(?-i:\b[A-Z][\w'’-]+\s+(?:had\s+|has\s+)?reported\b)",
    re.I,
)


# who can be an unnamed source: "an unnamed source linked to the Guards", "unnamed officials"
_SOURCE_NOUN = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:sources?|officials?|officers?|persons?|people|diplomats?|aides?"
    r"|spokes\w+|insiders?|employees?|members?|witness(?:es)?|residents?|experts?|analysts?"
    r"|staff|workers?|agents?|investigators?|doctors?|medics?|paramedics?)\b",
    re.IGNORECASE,
)


def _unnamed_subject(doc: Document, lexicon: Lexicon, match: re.Match[str]) -> bool:
    """ "said the unnamed suicide bombers were part of one group": "unnamed" describes what a
    claim is about, not its source (not "said an unnamed official.", "an unnamed aide told")."""
    if match.group().lower() not in ("unnamed", "anonymous"):
        return False
    text = doc.text
    sentence_start, sentence_end = doc.sentence_at(match.start())
    clause = re.split(r"[,;:—]", text[match.end() : sentence_end])[0]
    after = _words(text, match.end(), match.end() + len(clause))
    return (
        len(after) > 3
        and not _SOURCE_NOUN.match(text, after[0].start())
        and not any(
            lexicon.reporting_verb.match(text, word.start())
            and not (i and after[i - 1].group().lower() in lexicon.words("passive_words"))
            for i, word in enumerate(after[:5])
        )  # (not a passive: "the unnamed bombers were believed to be")
        and not lexicon.source_opener.search(
            text, max(sentence_start, match.start() - 30), match.start()
        )
    )


def _anonymous(doc: Document, lexicon: Lexicon, match: re.Match[str]) -> Suggestion | None:
    """A mark of anonymity ("on condition of anonymity"), with the source it describes."""
    text = doc.text
    start, end = match.span()
    sentence_start, sentence_end = doc.sentence_at(start)
    if _unnamed_subject(doc, lexicon, match):
        return None
    before = _words(text, sentence_start, start)
    noun_phrase = before[-4:]
    # stop at a clause boundary inside those words ("... , but they ...")
    for index in range(len(noun_phrase) - 1, 0, -1):
        gap = text[noun_phrase[index - 1].end() : noun_phrase[index].start()]
        if any(mark in gap for mark in ".;:—") or noun_phrase[index - 1].group().lower() in (
            "that",
            "and",
            "but",
        ):
            noun_phrase = noun_phrase[index:]
            break
    span_start = noun_phrase[0].start() if noun_phrase else start
    span_end = end
    if noun_phrase and noun_phrase[-1].group().lower() in lexicon.words("source_pronouns"):
        # "Two employees told the News ..., but they did not want to give their names"
        for word in before:
            verb = lexicon.reporting_verb.match(text, word.start())
            if verb:
                subject = [w for w in before if w.end() <= word.start()][-3:]
                span_start = subject[0].start() if subject else word.start()
                span_end = verb.end()
                break
    else:
        after = _words(text, end, sentence_end)[:4]
        for word in after:
            verb = lexicon.reporting_verb.match(text, word.start())
            if verb:
                span_end = verb.end()
                break
    entry = lexicon.anonymity.entry_for(match)
    reason = _reason(entry.kind, match.group(), entry.reason)
    return Suggestion(span_start, span_end, text[span_start:span_end], "unconfirmed", reason)


def _one_per_sentence(doc: Document, found: list[Suggestion]) -> list[Suggestion]:
    """Marks of one anonymous source in one sentence are one suggestion ("The official was not
    authorized to discuss the case and spoke to the AP on the condition of anonymity")."""
    joined: list[Suggestion] = []
    for suggestion in found:
        last = joined[-1] if joined else None
        if last and doc.sentence_at(last.start) == doc.sentence_at(suggestion.start):
            joined[-1] = Suggestion(
                last.start, max(last.end, suggestion.end), "", "unconfirmed", last.reason
            )
        else:
            joined.append(suggestion)
    return joined


def _has_named_speaker(sentence: str) -> bool:
    return any(pattern.search(sentence) for pattern in _NAMED_SPEAKER)


_JOURNALIST = (
    r"(?:reporter|correspondent|anchor|anchorman|anchorwoman|journalist|editor|producer"
    r"|presenter|host|photographer|cameraman|camerawoman|videographer|columnist|stringer)s?"
)
# "Vic Micolucci, news anchor for local TV station WJXT,", "A reporter with WFAA"
_JOURNALIST_BEFORE = re.compile(
    r"(?:\b(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’-]+\s*,\s*)?(?:\b(?:an?|the|one|another)\s+)?"
    r"(?:[\w-]+\s+){0,2}?\b" + _JOURNALIST + r"\s+(?:with|for|at|from|of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# "Sky News correspondent Tom Parmenter", "Al Jazeera's correspondent in Beirut"
_JOURNALIST_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,2}?" + _JOURNALIST + r"\b")


# what a journalist of an outlet saw is the outlet's account ("an AFP reporter saw dozens of
# homes ruined", "A Reuters photographer counted 12 bodies")
_WITNESSED = re.compile(r"(?:saw|sees|watched|witnessed|counted|observed)\b", re.IGNORECASE)


def _journalist(
    doc: Document, lexicon: Lexicon, match: re.Match[str]
) -> tuple[int, re.Match[str]] | None:
    """A journalist of the outlet reporting ("A reporter with WFAA confirmed", "Sky News
    correspondent Tom Parmenter said"): the outlet's report, though the journalist is named.
    The start of the journalist's phrase and the reporting verb."""
    text = doc.text
    sentence_start, sentence_end = doc.sentence_at(match.start())
    before = _JOURNALIST_BEFORE.search(text, sentence_start, match.start())
    after = None if before else _JOURNALIST_AFTER.match(text, match.end())
    if before is None and after is None:
        return None
    position = after.end() if after else match.end()
    words = _words(text, position, sentence_end)[:6]
    for word in words:
        gap = text[position : word.start()]
        if any(mark in gap for mark in ';—"“”') or "," in gap.lstrip(" ,"):
            return None  # another clause: "A reporter for CNN was hurt, police said"
        verb = lexicon.reporting_verb.match(text, word.start()) or _WITNESSED.match(
            text, word.start()
        )
        if verb:
            return (before.start() if before else match.start()), verb
        if word.group().lower() in lexicon.words("passive_words"):
            return None
    return None


def _possessed_outlet(lexicon: Lexicon, text: str, end: int) -> bool:
    """After "Sri Lanka's": an outlet's own name ("Daily Mirror"), not one of its reporters."""
    name = re.compile(r"['’]s?\s+([A-Z][\w'’-]*)").match(text, end)
    if name is None:
        return False
    outlets = lexicon.outlets
    loose = outlets.loose.match(text, name.start(1)) if outlets.loose else None
    return bool(loose or outlets.match_at(text, name.start(1), word_key(name.group(1))))


_NOT_A_CHANNEL = re.compile(
    r"(?<=cha[iî]ne)\s+(?:de\s+l['’]|d['’]h[oô]tel|h[oô]teli|de\s+(?:magasins|restaurants"
    r"|supermarch|montage|production|distribution|h[oô]tels))",
    re.IGNORECASE,
)


# a wire dateline that names the outlet writing the report: "PESHAWAR (Dunya News) -",
# "BEIJING, June 3 (Xinhua) --", "PARIS (AFP) —"
_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"\((?P<outlet>[^()\n]{2,40})\)\s*(?:-|–|—|--)"
)


@lru_cache(maxsize=64)
def _datelines(text: str) -> frozenset[str]:
    return frozenset(m.group("outlet").strip().lower() for m in _DATELINE.finditer(text))


_PICTURES_FROM = re.compile(
    r"\b(?:video|videos|footage|images|pictures|photos)\s+(?:from|by)\s+(?:the\s+)?$", re.I
)


def _own_dateline(text: str, outlet: str) -> bool:
    """Whether the report's own dateline names this outlet: it reports its own news."""
    return outlet.strip().lower() in _datelines(text)


def _writer_or_person(text: str, match: re.Match[str]) -> bool:
    """The outlet writing the report, named in its own dateline ("PESHAWAR (Dunya News) -
    ..., Dunya News reported"), or one word that is a person's surname ("..., Smith reported"
    after "John Smith"): no outlet passing on a claim."""
    if _own_dateline(text, match.group()):
        return True
    return bool(
        re.fullmatch(r"[A-Z][a-z]+", match.group())
        and not _TWEET_CREDIT.match(text, match.end())
        and re.search(rf"\b[A-Z][\w'’.-]+\s+{match.group()}\b", text)
    )


_RELAYED_BY = re.compile(r"(?:cited|quoted|reported)\s+by\b", re.IGNORECASE)


def _outlet(doc: Document, lexicon: Lexicon, match: re.Match[str]) -> Suggestion | None:
    """An outlet as the source: "CNN reported", "says AFP", "the KSAT news station said"."""
    text = doc.text
    start, end = name_start, name_end = match.span()
    if (
        _OFFICIAL_BODY.search(match.group())
        # the pattern ends where the outlet starts and spans a few words: searching from the
        # text's start instead cost a scan of the whole text for each outlet of a long report
        or _GROUPS_OWN.search(text, max(0, start - 200), start)
        or _GROUP_POSSESSIVE.match(match.group())
    ):
        return None  # "the group's Amaq news agency said": the group's own channel
    if _NOT_A_CHANNEL.match(text, end):
        return None  # "selon la chaîne de l'établissement": a hotel chain, not a TV channel
    if _writer_or_person(text, match):
        return None
    journalist = _journalist(doc, lexicon, match)
    if journalist:
        start, verb_match = journalist
        reason = _reason(
            reasons.MESSAGES.SECOND_HAND(),
            text[start : verb_match.end()],
            reasons.MESSAGES.JOURNALIST(outlet=match.group()),
        )
        return Suggestion(start, verb_match.end(), "", "unconfirmed", reason)
    sentence_start, sentence_end = doc.sentence_at(start)
    before = _verb_before_outlet(lexicon.words("verbs_before_outlet")).search(
        text, max(sentence_start, start - 48), start
    )
    verb = lexicon.outlet_verb.match(text, end) or _TWEET_CREDIT.match(text, end)
    reporter = bool(verb and _REPORTER.match(text, end))
    if (
        reporter
        and verb
        and (_OFFICIAL_BODY.search(text, end, verb.end()) or _possessed_outlet(lexicon, text, end))
    ):
        # "Morocco's Interior Ministry said": a country's official body, not a reporter of an
        # outlet named "Morocco"; "Sri Lanka's Daily Mirror reported": the possessed outlet is
        # the source (read on its own match)
        return None
    if (
        verb
        and _SHOWING.search(verb.group()[-8:])
        and _PICTURES_FROM.search(text, sentence_start, start)
    ):
        # "Live video from the Associated Press showed": the pictures are the outlet's own, what
        # they show is seen (blind9's guideline; "Moroccan television showed", "Video on KSAT
        # television showed" are still the channel's report, as annotated)
        return None
    if verb and _CITES_NAMED.match(text, verb.start(), min(sentence_end, verb.end() + 80)):
        return None  # "AFP quoted deputy director Delfin Antonio Rodriguez": on the record
    if verb:
        end = verb.end()
    if before and _CITED_BY.search(text, sentence_start, name_start):
        return None  # "Le procureur de la République cité par la chaîne iTELE": on the record
    if (
        before
        and _RELAYED_BY.match(before.group())
        and _BODY_SPEAKS.search(text, sentence_start, before.start())
    ):
        return None  # "the ministry said in a statement cited by The Guardian": the body's word
    if before:
        start = before.start()  # "obtained by the Guardian shows", "says AFP"
    elif not verb:
        return None  # "he told CNN", "CNN analyst Paul Cruickshank": not a relayed claim
    # the outlet's own name ("according to NBC News") names no speaker
    sentence = text[sentence_start:name_start] + text[name_end:sentence_end]
    if not reporter and (
        _has_named_speaker(sentence)
        or (_trailing(doc, name_start, name_end) and _BODY_SPEAKS.search(sentence))
        or _ACCORDING_TO_BODY.search(text, end, sentence_end)
        or _QUOTE_THEN_PRONOUN.search(text, sentence_start, start)
    ):
        # "Hollande said ..., Reuters reports": an outlet passing on a source it names is
        # on the record; so is "Prosecutor Helen Marsh said that CCTV showed"; so is a
        # quotation closed by its speaker ('"...," he said, according to ANI')
        return None
    reason = _reason(
        reasons.MESSAGES.SECOND_HAND(),
        text[start:end],
        reasons.MESSAGES.PASSES_ON(outlet=match.group()),
    )
    return Suggestion(start, end, text[start:end], "unconfirmed", reason)


def _stems(lexicon: Lexicon, text: str) -> set[str]:
    return {
        word.lower()[:5]
        for word in re.findall(r"[A-Za-z]{4,}", text)
        if word.lower() not in lexicon.words("headline_stopwords")
    }


_UNOWNED_REPORT = re.compile(
    r"\b(?:early|initial|first|unconfirmed|unverified|media|news|press|some|multiple|several"
    r"|conflicting)\s+(?:reports|indications)\b|^(?:reports|indications)\s+(?!(?:the\s+)?(?-i:[A-Z]))"
    r"|\b(?:reportedly|allegedly|social\s+media|rumou?rs?)\b|\bthere\s+(?:are|were)\s+reports\b",
    re.IGNORECASE,
)


_HEADLINE_HEDGED = re.compile(
    r"\b(?:reported|reports?|reportedly|says|said|alleged|allegedly|feared)\b",
    re.IGNORECASE,
)


def _headline(
    doc: Document, lexicon: Lexicon, found: list[Suggestion], others: list[Suggestion]
) -> list[Suggestion]:
    """The headline states as fact what the lead attributes to an unconfirmed source."""
    if doc.headline is None or doc.lead is None:
        return []
    headline_start, headline_end = doc.headline
    if any(headline_start <= s.start < headline_end for s in found + others):
        return []  # the headline hedges or attributes itself
    headline = doc.text[headline_start:headline_end]
    if headline.rstrip().endswith("?") or _HEADLINE_HEDGED.search(headline):
        return []  # a question, or "Shooting Reported at Madden Tournament": it attributes
    for suggestion in found:
        if not doc.lead[0] <= suggestion.start < doc.lead[1]:
            continue
        if not _UNOWNED_REPORT.search(suggestion.text):
            # a witness's account or an outlet's report of the event the headline names
            # ("Shooting at X" over "Witnesses report", a toll over "state media reported") is
            # the news itself; a headline promotes a rumour when the lead rests on reports or
            # posts nobody owns ("ISIS Claims Responsibility" over "Early reports indicate")
            continue
        sentence_start, sentence_end = doc.sentence_at(suggestion.start)
        shared = _stems(lexicon, headline) & _stems(
            lexicon, doc.text[suggestion.end : sentence_end]
        )
        if len(shared) >= 2:
            start = headline_start + len(headline) - len(headline.lstrip())
            end = headline_start + len(headline.rstrip())
            source = " ".join(suggestion.text.split())
            reason = reasons.MESSAGES.HEADLINE(source=source)
            return [Suggestion(start, end, doc.text[start:end], "unconfirmed", reason)]
    return []


# one chain of relay: "Xinhua said, citing local media", "the agency reported, quoting
# witnesses" (the outlet passes on the source it cites)
_CHAINED = re.compile(
    r"\s*,\s*(?:citing|quoting|citée?s?\s+par|citant)\b.*", re.IGNORECASE | re.DOTALL
)


# one source read in two pieces across a preposition: "Video posted [on] social media showed",
# "footage from inside the mall posted [on] social media shows"
_JOINED = re.compile(r"\s+(?:on|via)\s+(?:the\s+)?", re.IGNORECASE)


def _merge(suggestions: list[Suggestion], doc_text: str) -> list[Suggestion]:
    """Overlapping or touching sources become one span ("Unverified videos on social media"),
    and so does a chain of relay ("Xinhua said, citing local media")."""
    merged: list[Suggestion] = []
    for suggestion in sorted(suggestions, key=lambda s: (s.start, -s.end)):
        if merged and (
            suggestion.start < merged[-1].end
            or not doc_text[merged[-1].end : suggestion.start].strip()
            or _CHAINED.fullmatch(doc_text, merged[-1].end, suggestion.end)
            or _JOINED.fullmatch(doc_text, merged[-1].end, suggestion.start)
        ):
            last = merged[-1]
            if suggestion.end > last.end:
                merged[-1] = Suggestion(last.start, suggestion.end, "", "unconfirmed", last.reason)
            continue
        merged.append(suggestion)
    return merged


# a pronoun carrying on the last speaker in reported speech, after a comma: '..., an
# eyewitness said. The bridge gave way, he added', "At that point, they say the attacker
# detonated his vest" (of "Witnesses say"); not after a quotation ('"We had 15 minutes," she
# said': the person's own words) nor opening a sentence ("He said there were casualties")
_PRONOUN_SPEAKS = re.compile(
    r"(?<![\"”’'])(?<=,)\s+(?P<pronoun>he|she|they)\s+(?:also\s+|later\s+|then\s+|further\s+)?"
    r"(?:said|says|say|added|adds|told|tells|continued|explained|recalled|noted)\b",
    re.IGNORECASE,
)
# a sentence opened by the pronoun and a verb of claiming carries on the unnamed source of
# the sentence before ("According to reports, the fire started at 9 pm. They claimed that the
# blast smashed windows", "A police officer ... alleged that ... He alleged that"); with "said"
# the opening pronoun is left alone (annotators differ on '"...," she said' after a witness)
_PRONOUN_CLAIMS = re.compile(
    r"(?:(?<=[.!?]\s)|(?<![^\n]))(?P<pronoun>He|She|They)\s+(?:also\s+|further\s+|later\s+)?"
    r"(?:claimed|alleged|complained|claim|allege|claims|alleges)\b"
)
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|explained|recalled|recounted|noted|described"
    r"|claimed|wrote|continued|stated|confirmed|reported|insisted|promised|announced|warned"
    r"|vowed|stressed|urged|alleged|complained)\b",
    re.IGNORECASE,
)


def _carried_on(
    doc: Document, found: list[Suggestion], persons: list[re.Match[str]]
) -> list[Suggestion]:
    """The pronoun that carries on an unnamed speaker (the real-report guidelines: "..., an
    eyewitness said. ..., he added" is still the eyewitness's word): the nearest saying before
    it must be that unnamed person's, of the same number ("he"/"she" of one person, "they" of a
    group); after a named speaker or an official body the pronoun is theirs, on the record."""
    text = doc.text
    carried: list[Suggestion] = []
    pronouns = sorted(
        [*_PRONOUN_SPEAKS.finditer(text), *_PRONOUN_CLAIMS.finditer(text)], key=lambda m: m.start()
    )
    for pronoun in pronouns:
        start = pronoun.start("pronoun")
        if doc.is_skipped(start) or any(s.start <= start < s.end for s in found):
            continue
        # the speaker is in this sentence or the one before: further back, who "she" is has
        # usually changed ("A councillor told our reporter ... Mensah has just arrived. Asked
        # whether she was confident, she said")
        sentence_start = doc.sentence_at(start)[0]
        window = doc.sentence_at(max(0, sentence_start - 2))[0]
        verbs = list(_SPEECH_VERB.finditer(text, window, start))
        prior = [s.start for s in found if window <= s.start < start]
        if verbs:
            last = verbs[-1].start()
        elif pronoun.re is _PRONOUN_CLAIMS and prior:
            last = prior[-1]  # "According to reports, ... They claimed"
        else:
            continue
        speaker = next((s for s in found + carried if s.start <= last < s.end), None)
        if speaker is None or _SPEECH_VERB.search(
            text, doc.sentence_at(speaker.start)[0], speaker.start
        ):
            # "Mr. Gamez said he was told by an emergency medical technician": the sentence's
            # speaker is the named man, the unnamed source only his
            continue
        single = pronoun.group("pronoun").lower() != "they"
        if (
            pronoun.re is _PRONOUN_CLAIMS
            or any(
                speaker.start <= m.start() < speaker.end and _single(m) == single for m in persons
            )
            or (speaker in carried and speaker.text.split()[0].lower() in ("he", "she", "they"))
        ):
            reason = speaker.reason
            carried.append(
                Suggestion(start, pronoun.end(), text[start : pronoun.end()], "unconfirmed", reason)
            )
    return carried


# the unnamed person or outlet met again by its noun: '"...," an Abaco tour guide said. The
# guide said she had not seen her cousins', "..., Xinhua said. ..., the agency said"
_MET_AGAIN = re.compile(
    r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:also\s+|later\s+|further\s+)?"
    r"(?:said|says|told|tells|added|adds|explained|recalled|reported)\b"
)


def _met_again(doc: Document, lexicon: Lexicon, found: list[Suggestion]) -> list[Suggestion]:
    """ "The guide said" after "an Abaco tour guide said" a sentence or two before: the same
    unnamed person (or "the agency" after an outlet's report), still unnamed."""
    text = doc.text
    again: list[Suggestion] = []
    for match in _MET_AGAIN.finditer(text):
        start = match.start()
        if doc.is_skipped(start) or any(s.start <= start < s.end for s in found):
            continue
        sentence_start = doc.sentence_at(start)[0]
        window = doc.sentence_at(doc.sentence_at(max(0, sentence_start - 2))[0] - 2)[0]
        before = [s for s in found if window <= s.start < sentence_start]
        if not before:
            continue
        if _NO_CLAIM.match(text, match.end()):
            continue  # "The official said he had no new information": no claim
        noun = match.group("noun")
        first = re.compile(
            # (one of a plural: "One of the health workers on duty disclosed" ... "the worker")
            rf"\b(?:an?|one|another)\s+(?:[\w.'’-]+\s+){{0,3}}?{re.escape(noun)}s?\b",
            re.I,
        )
        last = before[-1]
        outlet = "agency" in last.text.lower() or bool(
            doc.find(lexicon.outlets, last.start, last.end)
        )
        # (the determiner may stand before the suggestion: "One of the health workers")
        determiner_from = max(doc.sentence_at(last.start)[0], last.start - 24)
        if (noun == "agency" and outlet) or first.search(text, determiner_from, last.end):
            again.append(Suggestion(start, match.end(), match.group(), "unconfirmed", last.reason))
    return again


# The French journalistic conditional of the present, read as hearsay (the real-report
# guidelines: "Deux autres seraient en fuite", "Les armes utilisées seraient des kalachnikovs",
# "Selon les pompiers, il y aurait deux blessés légers", "qui compterait près de 6000
# propriétés", "le premier bilan ... serait d'au moins 16 morts"): the writer passes on what
# they have not checked. The stems are the conditional's (hedges.yaml explains them); the past
# conditional ("aurait pris") is a marker of sources.yaml. Not hearsay: a modal or a wish
# ("pourrait", "devrait", "faudrait", "voudrait", "on dirait"), a clause of condition or time
# ("si ...", "une fois que le procureur aurait procédé", the tense follows the sentence), the
# future of reported speech ("a rappelé que les opérations dureraient", after "que"), the
# writer's comparison ("ce serait le pire"), a supposed cause ("serait dû à", speculation),
# and a guess the speaker marks ("Il y aurait « peut-être une centaine »").
_CONDITIONAL = re.compile(
    r"\b(?:(?P<there>[Ii]l\s+y\s+)|(?:[snmtljcd]['’]|qu['’]))?"
    r"(?P<verb>(?:\w+e|s?au|i|\w*(?:r|oi|[nur]d|tt|ît|it|(?:de|ce|vi|ui)v|(?:conc|exc|inc)lu"
    r"|[^\W\d_tvspmé]i|[rn]ti|rvi|rmi|(?:[oa]is|ss)i))rai(?:t|ent))\b"
)
_CONDITIONAL_ENDINGS = screen(frozenset({"rait", "raient"}))
_NOT_HEARSAY_VERB = re.compile(
    r"(?:pour|dev|faud|voud|vaud|aime|souhaite|préfère|di|sau|recev|conclu)rai(?:t|ent)$", re.I
)
_CONDITION_BEFORE = re.compile(
    r"\b(?:si|s['’]ils?|au\s+cas\s+où|une\s+fois\s+qu|quand|lorsqu|dès\s+qu|à\s+mesure\s+qu"
    r"|jusqu['’]à\s+ce\s+qu|avant\s+qu|même\s+si|comme\s+si)(?:e\b|['’]|\b)",
    re.IGNORECASE,
)
_THAT_BEFORE = re.compile(r"\b(?:que\b|qu['’])", re.IGNORECASE)
_WRITERS_OWN = re.compile(r"(?:\b(?:ce|ça|cela)\s+|\bc['’])$", re.IGNORECASE)
_GUESS_AFTER = re.compile(
    r"\s*[«\"“]?\s*(?:peut-être|sans\s+doute|probablement|certainement|dû|due|dus|dues|"
    r"liée?s?|imputable|pu)\b"
    r"|\s+(?:été\s+)?(?:causée?s?|provoquée?s?)\b",
    re.IGNORECASE,
)


def _conditional(doc: Document, found: list[Suggestion]) -> list[Suggestion]:
    """Each present conditional of the journalist's hearsay kind (see ``_CONDITIONAL``)."""
    text = doc.text
    hearsay: list[Suggestion] = []
    # only the paragraphs holding a conditional's ending are scanned: the pattern tried at
    # every word of a long English report cost more than the rest of this module
    for match in screened_matches(_CONDITIONAL, _CONDITIONAL_ENDINGS, text, 0, len(text)):
        verb = match.group("verb")
        start = match.start() if match.group("there") else match.start("verb")
        if (
            doc.is_skipped(start)
            or not verb[0].islower()  # a name, "Sirait"
            or _NOT_HEARSAY_VERB.search(verb)
            or (verb.lower().startswith("aurai") and not match.group("there"))
            or any(s.start < match.end() and start < s.end for s in found)
        ):
            continue  # modals and wishes; "aurait pris" is the past conditional's marker
        sentence_start = doc.sentence_at(start)[0]
        before = text[sentence_start:start]
        if (
            _CONDITION_BEFORE.search(before)
            or _THAT_BEFORE.search(before)
            or _WRITERS_OWN.search(before)
            or _GUESS_AFTER.match(text, match.end())
        ):
            continue
        reason = _reason("hearsay", match.group(), _HEARSAY_WHY)
        end = match.end()
        hearsay.append(Suggestion(start, end, text[start:end], "unconfirmed", reason))
    return hearsay


_HEARSAY_WHY = "the writer passes on a claim without saying who makes it"


# one person the report names by an aside of identity: "A health official in Herat, identified
# as Dr. Danish, told Reuters", "a health department official who identified himself as Dr
# Danish" (not "identified himself only as Ahmed", an anonymity of sources.yaml)
_IDENTIFIED_AS = re.compile(
    r"(?:,\s*|\s+who\s+)(?:identified\s+(?:himself\s+|herself\s+)?|gave\s+(?:his|her)\s+name\s+)"
    r"as\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z]"
)


def _identified(doc: Document, suggestion: Suggestion) -> bool:
    """Whether the unnamed person of ``suggestion`` is named by an aside of identity."""
    sentence_end = doc.sentence_at(suggestion.start)[1]
    return bool(
        _IDENTIFIED_AS.search(doc.text, suggestion.start, min(sentence_end, suggestion.end + 44))
    )


# the credit line of an embedded tweet by someone the report never names otherwise: a
# journalist's or a witness's post ("... pic.twitter.com/x — David Coquille (@DavidLaMars) 6
# novembre 2018", "— Democrats for Trump (@YoungDems4Trump)"); an official or a body the
# report names in its own text ("— Bill de Blasio (@NYCMayor)" of the mayor quoted, "— Hawaii
# DOT (@DOTHawaii)") or an outlet ("— BNO News (@BNONews)") speaks on the record
_CREDIT_LINE = re.compile(r"—\s*(?P<name>[^\s(@—][^()\n—]{0,48}?)\s*\(@\w+\)")
_BODY_OR_OUTLET = re.compile(
    r"\b(?:DOT|Police|Department|Ministry|Office|Service|Agency|News|TV|Radio|Times|Post|Press"
    r"|Mayor|Government|Council|City|County|Fire|Gendarmerie|Préfecture|Mairie)\b"
)


def _tweet_credits(doc: Document, lexicon: Lexicon, found: list[Suggestion]) -> list[Suggestion]:
    """Credit lines of embedded tweets by people the report does not otherwise name."""
    text = doc.text
    credits: list[Suggestion] = []
    for match in _CREDIT_LINE.finditer(text):
        name = match.group("name")
        start, end = match.start("name"), match.end()
        if (
            doc.is_skipped(start)
            or any(s.start < end and start < s.end for s in found)
            or _BODY_OR_OUTLET.search(name)
            or doc.find(lexicon.outlets, start, match.end("name"))
        ):
            continue
        surname = name.split()[-1]
        elsewhere = text[: match.start()] + text[end:]
        if re.search(rf"\b{re.escape(surname)}\b", elsewhere, re.IGNORECASE):
            continue  # the minister the report quotes, tweeting on the record
        reason = _reason("social media", text[start:end], _SOCIAL_WHY)
        credits.append(Suggestion(start, end, text[start:end], "unconfirmed", reason))
    return credits


_SOCIAL_WHY = "a post or video online has not been checked by anyone accountable"


# "a ajouté cette source", "selon cette source": the source met before, unnamed only when the
# one before was ("Le ministère cite 296 morts. Selon cette source, ..." is the ministry)
_THIS_SOURCE = re.compile(r"\bcette\s+source\b", re.IGNORECASE)


def _after_unnamed(doc: Document, suggestion: Suggestion, found: list[Suggestion]) -> bool:
    sentence_start = doc.sentence_at(suggestion.start)[0]
    window = doc.sentence_at(doc.sentence_at(max(0, sentence_start - 2))[0] - 2)[0]
    return any(window <= s.start < suggestion.start for s in found)


_VAGUE_WHY = "nobody is named, so the claim cannot be checked"
_QUOTE_MARKS = re.compile(r"[\"“”«»]")


def _quoted(text: str, sentence_start: int, position: int) -> bool:
    """Whether ``position`` lies inside a quotation opened in its sentence."""
    return len(_QUOTE_MARKS.findall(text, sentence_start, position)) % 2 == 1


def _clause_span(clause: clauses.ReportingClause) -> tuple[int, int]:
    """The words a clause's suggestion covers: the source and its verb, in reading order."""
    source = clause.source
    return min(source.start, clause.verb_start), max(source.end, clause.verb_end)


def _clause_relays_named(
    doc: Document, clause: clauses.ReportingClause, read: list[clauses.ReportingClause]
) -> bool:
    """An outlet read by its shape that passes on a speaker the sentence names, as
    ``_outlet`` reads the outlets the lexicon knows."""
    text = doc.text
    source = clause.source
    sentence_start, sentence_end = doc.sentence_at(source.start)
    if _relays_named(doc, source.start, source.end) or any(
        _GROUPS_OWN.search(text, max(0, source.start - 200), word.start())
        for word in _WORD.finditer(text, source.start, source.end)
    ):
        return True  # (and an armed group's own channel: "the group's news agency Amaq")
    if any(
        sentence_start <= other.verb_start < source.start
        and other.source.shape in (clauses.NAMED, clauses.BODY, clauses.PRONOUN)
        for other in read
    ):
        # the sentence's own speaker on the record, relayed: "Sgt. Jason Roe confirmed two
        # more deaths, the Waco Tribune-Herald reported", "He added ..., Efe news reported"
        return True
    sentence = text[sentence_start : source.start] + text[source.end : sentence_end]
    return (
        _has_named_speaker(sentence)
        or _CITES_NAMED.match(text, clause.verb_start, min(sentence_end, clause.verb_end + 80))
        is not None
        or _ACCORDING_TO_BODY.search(text, clause.verb_end, sentence_end) is not None
    )


_ONE_OF = re.compile(r"(?:an?|one|another|this|each|une?)\s", re.IGNORECASE)
_INFLECTED = re.compile(r".*(?:s|ed|d|ing|é|ée|és|ées|e|ent)|said|told|wrote|spoke", re.I)


def _bare_after_one(text: str, clause: clauses.ReportingClause) -> bool:
    """A bare form after one person or thing is no verb of theirs ("a school nursing post")."""
    verb = text[clause.verb_start : clause.verb_end]
    source = text[clause.source.start : clause.source.end]
    return (
        clause.place == "subject"
        and " " not in verb
        and not _INFLECTED.fullmatch(verb)
        and bool(_ONE_OF.match(source))
    )


def _clause_suggestion(
    doc: Document,
    lexicon: Lexicon,
    clause: clauses.ReportingClause,
    read: list[clauses.ReportingClause],
) -> Suggestion | None:
    """The suggestion a reporting clause makes when its source names nobody (an unnamed role,
    hearsay, an outlet relaying nobody it names)."""
    text = doc.text
    source = clause.source
    sentence_start = doc.sentence_at(source.start)[0]
    start, end = _clause_span(clause)
    if (
        source.shape not in clauses.UNCONFIRMED_SHAPES
        or clause.place == "agent"
        # (an unnamed object of "according to" is the lexicon's vague sources' to read)
        or (clause.place == "opener" and source.shape == clauses.UNNAMED)
        or doc.is_skipped(start)
        or _quoted(text, sentence_start, start)
        or _NO_CLAIM.match(text, clause.verb_end)
        or _REDUCED_PASSIVE.match(text, clause.verb_end)
        or _bare_after_one(text, clause)
    ):
        return None
    name = re.compile(re.escape(text[source.start : source.end])).match(text, source.start)
    if name is None:
        return None
    if source.shape == clauses.OUTLET:
        if _writer_or_person(text, name) or _clause_relays_named(doc, clause, read):
            return None
        why: str | reasons.Text = reasons.MESSAGES.PASSES_ON(outlet=text[source.start : source.end])
        return Suggestion(
            start,
            end,
            text[start:end],
            "unconfirmed",
            _reason(reasons.MESSAGES.SECOND_HAND(), text[start:end], why),
        )
    if _SHOWING.fullmatch(text[clause.verb_start : clause.verb_end]):
        return None  # "A woman shows her flooded kitchen": a caption, no report
    if source.shape == clauses.UNNAMED and _not_a_source(doc, lexicon, name, "vague source"):
        return None  # named before or after, a part of a name: as the lexicon's sources
    kind = "hearsay" if source.shape == clauses.HEARSAY else "vague source"
    why = _HEARSAY_WHY if source.shape == clauses.HEARSAY else _VAGUE_WHY
    return Suggestion(
        start, end, text[start:end], "unconfirmed", _reason(kind, text[start:end], why)
    )


def _read_clauses(
    doc: Document, lexicon: Lexicon, outlets: list[tuple[int, int]]
) -> list[clauses.ReportingClause]:
    """Every reporting clause of the text that is read (a headline's verb is the news itself:
    "Wildfires claim 40 lives")."""
    read = [s for s in doc.sentences if not doc.in_headline(s[0]) and not doc.is_skipped(s[0])]
    # (the openers of every sentence found in one scan: see clauses.openers_by_sentence)
    found = clauses.openers_by_sentence(doc.text, read)
    return [
        clause
        for sentence, openers in zip(read, found, strict=True)
        for clause in clauses.read_clauses(lexicon, doc.text, sentence, outlets, openers)
    ]


def _named_by_clause(
    text: str, suggestion: Suggestion, read: list[clauses.ReportingClause]
) -> bool:
    """Whether the reader finds the cue's source named or on the record: the speaker after
    the verb named in apposition ("said a teenager, Milena,"), the report "according to"
    named by its agent ("a report released by the NDMA") or a body's ("according to police
    reports"), a name ("according to Aviation Safety Network")."""
    return any(
        clause.source.start < suggestion.end
        and suggestion.start < clause.source.end
        and clause.place in ("inverted", "opener")
        and (
            clause.source.shape == clauses.NAMED
            or (
                clause.place == "opener"
                and clause.source.shape == clauses.BODY
                and clauses.is_report(text, clause.source.start, clause.source.end)
            )
        )
        for clause in read
    )


def _clause_sources(
    doc: Document,
    lexicon: Lexicon,
    found: list[Suggestion],
    cues: list[re.Match[str]],
    read: list[clauses.ReportingClause],
) -> list[Suggestion]:
    """What the reporting-clause reader (clauses.py) finds that the cues did not: a source
    whose shape names nobody, however the words around it stand. The ``cues`` matched (the
    lexicon's sources, markers, marks of anonymity and outlets) and their rules weighed are
    theirs."""
    weighed = [m.span() for m in cues]
    added: list[Suggestion] = []
    for clause in read:
        start, end = _clause_span(clause)
        source = clause.source
        if any(s.start < end and start < s.end for s in found + added):
            continue
        cued_here = [w for w in weighed if w[0] < source.end and source.start < w[1]]
        if (
            cued_here
            and not (
                source.shape == clauses.OUTLET
                and (
                    clause.place == "subject"
                    and all(doc.text[w_end : clause.verb_start].strip() for _, w_end in cued_here)
                    # the verb before the outlet in a tense the outlets' list lacks: "..., a
                    # confirmé Radio France"
                    or clause.place == "inverted"
                    and " " in doc.text[clause.verb_start : clause.verb_end]
                )
            )
        ):
            # (but an outlet whose verb stands apart from the name the lexicon matched is the
            # reader's: the outlets' rule reads the verb right after the name, not "NBC on
            # Saturday afternoon reported", and its regex may end a name short, "The New
            # Zealand Press [Association] reported")
            continue
        suggestion = _clause_suggestion(doc, lexicon, clause, read)
        if suggestion is not None:
            added.append(suggestion)
    return added


def find_unconfirmed(
    doc: Document, lexicon: Lexicon, speculation: list[Suggestion]
) -> list[Suggestion]:
    marks = doc.find_read(lexicon.anonymity)
    anonymous = [one for m in marks if (one := _anonymous(doc, lexicon, m)) is not None]
    sources = doc.find_read(lexicon.vague_sources)
    markers = doc.find_read(lexicon.markers)
    outlets = doc.find_read(lexicon.outlets)
    persons = [m for m in sources if lexicon.vague_sources.entry_for(m).kind == "vague source"]
    cued = (
        [hearsay for m in markers if (hearsay := _marker(doc, lexicon, m)) is not None]
        # anonymity and outlets first: their reasons are the more telling when spans merge
        + _one_per_sentence(doc, anonymous)
        + [relay for m in outlets if (relay := _outlet(doc, lexicon, m)) is not None]
        + [vague for m in sources if (vague := _vague_source(doc, lexicon, m)) is not None]
    )
    read = _read_clauses(doc, lexicon, [m.span() for m in outlets])
    cued = [s for s in cued if not _named_by_clause(doc.text, s, read)]
    cues = marks + sources + markers + outlets
    found = _merge(cued + _clause_sources(doc, lexicon, cued, cues, read), doc.text)
    found = [
        Suggestion(s.start, s.end, doc.text[s.start : s.end], "unconfirmed", s.reason)
        for s in found
        if not _identified(doc, s)
    ]
    found = [s for s in found if not _THIS_SOURCE.search(s.text) or _after_unnamed(doc, s, found)]
    found = sorted(found + _conditional(doc, found), key=lambda s: s.start)
    found = sorted(found + _tweet_credits(doc, lexicon, found), key=lambda s: s.start)
    found = sorted(found + _carried_on(doc, found, persons), key=lambda s: s.start)
    found = sorted(found + _met_again(doc, lexicon, found), key=lambda s: s.start)
    return sorted(found + _headline(doc, lexicon, found, speculation), key=lambda s: s.start)
