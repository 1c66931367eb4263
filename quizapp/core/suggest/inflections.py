"""A reporting verb's inflected forms, made from its lemma.

A lexicon that lists forms one by one ("warned" but not "warn", "a raconté" but not "a ainsi
raconté") misses the next report's tense; sources.yaml names lemmas under
``reporting_lemmas`` and the forms are made here, in the lexicon's phrase syntax.
"""

from __future__ import annotations

# French adverbs a reporter puts between the auxiliary and the participle
_FRENCH_ADVERBS = "ainsi/d'abord/déjà/aussi/également/encore/notamment/pourtant/enfin/lui-même"
_FRENCH_AUXILIARIES = "a/ont/avait/avaient/aurait/auraient"


def english_forms(lemma: str) -> list[str]:
    """ "warn" -> warn, warns, warned, warning (regular spelling: "state" -> "stated")."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def french_forms(lemma: str) -> list[str]:
    """A first-group verb ("raconter") in the third person: present, imperfect, conditional,
    and the compound tenses with an adverb allowed before the participle ("a ainsi raconté")."""
    if not lemma.endswith("er"):
        return []
    stem = lemma[:-2]
    # "annoncer" -> "annonçait": the c keeps its sound before a
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem
    participle = stem + "é/" + stem + "ée/" + stem + "és/" + stem + "ées"
    return [
        stem + "e",
        stem + "ent",
        soft + "ait",
        soft + "aient",
        lemma + "ait",
        lemma + "aient",
        f"{_FRENCH_AUXILIARIES} [{_FRENCH_ADVERBS}] {participle}",
    ]


def reporting_forms(lemmas: dict[str, list[str]]) -> list[str]:
    """Every form of the ``english`` and ``french`` lemmas, as lexicon phrases."""
    forms: list[str] = []
    for lemma in lemmas.get("english", []):
        forms.extend(english_forms(str(lemma)))
    for lemma in lemmas.get("french", []):
        forms.extend(french_forms(str(lemma)))
    return forms


# (hedges.yaml names hedge verbs by lemma too: "{fr:craindre}" in a phrase or a regex stands
# for every simple-tense form of every person, so "craindre", "craignons" and "risquons" need
# no entries of their own)


def _simple_tenses(
    verb: str, singular: tuple[str, str, str], plural: str, soft: str | None = None
) -> list[str]:
    """Present (``singular``, then ``plural`` + -ons/-ez/-ent), imperfect, future, conditional,
    infinitive and present participle; ``soft`` is the stem before -a- and -o- ("menaç")."""
    hard = plural if soft is None else soft
    future = verb[:-1] if verb.endswith("re") else verb
    return [
        *singular,
        *(hard + "ons", plural + "ez", plural + "ent"),
        *(hard + "ais", hard + "ait", plural + "ions", plural + "iez", hard + "aient"),
        *(future + ending for ending in ("ai", "as", "a", "ons", "ez", "ont")),
        *(future + ending for ending in ("ais", "ait", "ions", "iez", "aient")),
        verb,
        hard + "ant",
    ]


def french_conjugation(verb: str) -> list[str]:
    """Every simple-tense form of a French verb of the first group ("risquer") or in -dre
    ("craindre", "attendre"), all persons: present, imperfect, future, conditional, the
    infinitive and the present participle."""
    if verb.endswith("er"):
        stem = verb[:-2]
        # "menacer" -> "menaçons", "songer" -> "songeons": the consonant keeps its sound
        soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
        return _simple_tenses(verb, (stem + "e", stem + "es", stem + "e"), stem, soft)
    if verb.endswith(("aindre", "eindre", "oindre")):
        base = verb[:-5]  # "craindre" -> "cra": crains, craint, craignons
        return _simple_tenses(verb, (base + "ins", base + "ins", base + "int"), base + "ign")
    if verb.endswith("dre"):
        stem = verb[:-2]  # "attendre" -> "attend"
        return _simple_tenses(verb, (stem + "s", stem + "s", stem), stem)
    return []


# French verbs that hedge or forecast and follow no pattern: the present's six persons, the
# imperfect's stem, the future's stem (the conditional shares it), the present participle and
# the past participles. The participle is a form of its own so that "{fr:croire} que" also
# reads every compound tense, "j'ai cru que", "on aurait cru que" (the auxiliary goes before).
_FRENCH_IRREGULAR: dict[str, tuple[str, str, str, str, str]] = {
    "pouvoir": ("peux peux peut pouvons pouvez peuvent", "pouv", "pourr", "pouvant", "pu"),
    # (no present participle: "devant" is far more often the preposition)
    "devoir": ("dois dois doit devons devez doivent", "dev", "devr", "", "dû"),
    "vouloir": ("veux veux veut voulons voulez veulent", "voul", "voudr", "voulant", "voulu"),
    "falloir": ("faut", "fall", "faudr", "", "fallu"),
    "prévoir": (
        "prévois prévois prévoit prévoyons prévoyez prévoient",
        "prévoy",
        "prévoir",
        "prévoyant",
        "prévu prévue prévus prévues",
    ),
    # (not "crue", the flood a French report names far more often than a belief agreed)
    "croire": ("crois crois croit croyons croyez croient", "croy", "croir", "croyant", "cru"),
    "paraître": (
        "parais parais paraît paraissons paraissez paraissent",
        "paraiss",
        "paraîtr",
        "paraissant",
        "paru",
    ),
    # a denial ("n'excluons pas") and the copula of a state ("restera incertain")
    "exclure": (
        "exclus exclus exclut excluons excluez excluent",
        "exclu",
        "exclur",
        "excluant",
        "exclu",
    ),
    # (not a hedge: "faire semblant" is a pretence, kept out in not_hedges by its lemma)
    "faire": ("fais fais fait faisons faites font", "fais", "fer", "faisant", "fait"),
    "être": ("suis es est sommes êtes sont", "ét", "ser", "étant", "été"),
    "apparaître": (
        "apparais apparais apparaît apparaissons apparaissez apparaissent",
        "apparaiss",
        "apparaîtr",
        "apparaissant",
        "apparu apparue apparus apparues",
    ),
}


def french_irregular(verb: str) -> list[str]:
    """Every person of an irregular verb of ``_FRENCH_IRREGULAR`` in the present, imperfect,
    future and conditional, with the infinitive and the participles; a circumflex on i is
    also read without it ("paraît", "parait": the 1990 spelling)."""
    if verb not in _FRENCH_IRREGULAR:
        return []
    present, imperfect, future, participle, past = _FRENCH_IRREGULAR[verb]
    forms = [
        *present.split(),
        *(imperfect + ending for ending in ("ais", "ait", "ions", "iez", "aient")),
        *(future + ending for ending in ("ai", "as", "a", "ons", "ez", "ont")),
        *(future + ending for ending in ("ais", "ait", "ions", "iez", "aient")),
        verb,
        *participle.split(),
        *past.split(),
    ]
    return list(dict.fromkeys(forms + [form.replace("î", "i") for form in forms if "î" in form]))


# English verbs that hedge and are irregular; "be" carries the passive of belief in every
# tense ("is thought to", "had been feared", "is being blamed").
_ENGLISH_IRREGULAR: dict[str, list[str]] = {
    "be": ["be", "is", "are", "am", "was", "were", "been", "being"],
    "think": ["think", "thinks", "thought", "thinking"],
}


def hedge_forms(language: str, lemma: str) -> list[str]:
    """The forms a ``{fr:LEMMA}`` or ``{en:LEMMA}`` placeholder of hedges.yaml stands for."""
    if language == "fr":
        return french_irregular(lemma) or french_conjugation(lemma)
    if language == "en":
        return _ENGLISH_IRREGULAR.get(lemma) or english_forms(lemma)
    return []
