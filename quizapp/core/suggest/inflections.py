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
