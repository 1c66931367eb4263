"""The assistant's reasons are translatable texts (core/suggest/reasons.py): English and
unchanged for the command line and the API whatever language a window installed, French
when localized with the catalogue, and every lexicon text a reason quotes is translated."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from quizapp.core import assist, text
from quizapp.core.suggest import Report, analyse, find_conflicts, parse_published
from quizapp.core.suggest.lexicon import BUILTIN_DIR
from quizapp.core.suggest.output import suggest_json, suggest_listing
from quizapp.core.suggest.reasons import LEXICON, SHOWN_LEXICONS, lexicon_texts, when
from quizapp.core.text import Amount, localized

PROJECT = Path(__file__).resolve().parents[2]
CATALOGUE = PROJECT / "assets" / "translations" / "quizapp_fr.ts"
REAL = PROJECT / "tests" / "data" / "real"
REFERENCE = PROJECT.parent / "shared" / "reference-articles"
PARTS = ("dev", "heldout", "fresh", "unseen")  # never blind/: only its own helper reads it

# English phrasings of the reasons' templates (the report's own words are quoted in French)
ENGLISH_LEFT = re.compile(
    r"not a reported fact|can both be right|cannot both be right|comes from the|news develops"
    r"|is named|nobody|figure counting|\ballows\b|overlap\b|with no time given|the main event"
    r"|a part of a larger total|not established|without its own confirmation|\bfigure:"
    r"|publication times|an update, not|\bhedge\b|vague source|November"
)


def _catalogue() -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (French, finished) from the committed .ts."""
    found = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") != "unfinished"
            found[(name, message.findtext("source") or "")] = (translation.text or "", finished)
    return found


@pytest.fixture
def french() -> Iterator[Callable[[str, str], str]]:
    """The French catalogue installed as a window installs it (without Qt), English after."""
    catalogue = _catalogue()

    def translate(context: str, source: str) -> str:
        return catalogue.get((context, source), (source, True))[0] or source

    text.install(translate, "fr", lambda x: f"{x:g}".replace(".", ","), _french_amount)
    yield translate
    text.install(None)


def _french_amount(value: float) -> str:
    return f"{value:,.6g}".replace(",", "\u202f").replace(".", ",")


def _events() -> list[list[Report]]:
    """The real reports of each event (tests/data/real, not the blind part), and the three
    reference reports of the Paris attacks when they are there."""
    groups: dict[tuple[str, str], list[Path]] = defaultdict(list)
    for part in PARTS:
        for path in sorted((REAL / part).glob("*.md")):
            groups[(part, path.name.split("-")[0])].append(path)
    if REFERENCE.is_dir():
        groups[("reference", "paris")] = sorted(REFERENCE.glob("*.txt"))
    events = []
    for paths in groups.values():
        texts = [(str(path), path.read_text(encoding="utf-8")) for path in paths]
        events.append([Report(path, body, parse_published(body)) for path, body in texts])
    return events


def _output(events: list[list[Report]]) -> str:
    return "\n".join(
        json.dumps(suggest_json(reports), ensure_ascii=False, sort_keys=True)
        + suggest_listing(reports)
        for reports in events
    )


def test_command_line_and_api_stay_english_in_a_french_window(
    french: Callable[[str, str], str],
) -> None:
    """`quizapp suggest` and the API give the same bytes with French installed as without."""
    events = _events()
    assert len(events) >= 20
    in_french = _output(events)
    text.install(None)
    assert _output(events) == in_french
    assert "hedge '" in in_french and "cannot both be right" in in_french


def test_every_reason_reads_in_french(french: Callable[[str, str], str]) -> None:
    """Each suggestion's and comparison's reason (and the studio's words for a figure) on
    the real reports, localized, is French: no English phrasing of ours is left."""
    checked = 0
    for reports in _events():
        found = [s for r in reports for s in analyse(r.text)]
        reasons = [s.reason for s in found] + [assist.explain(s) for s in found]
        for conflict in find_conflicts(reports):
            reasons += [conflict.reason, assist.for_students(conflict.reason)]
        for reason in reasons:
            shown = localized(reason)
            # a reason made as a plain string (an f-string, "+", "; ".join) cannot be
            # translated: make it from a message of core/messages/suggest.reasons.toml
            # (reasons.MESSAGES.NAME(...), reasons.with_notes, reasons.entry_reason)
            assert shown != reason, f"not a translatable text: {reason!r}"
            assert ENGLISH_LEFT.search(_unquoted(shown)) is None, (reason, shown)
            checked += 1
    assert checked > 1000


def _unquoted(shown: str) -> str:
    """``shown`` without what it quotes from the report (« ... ») and its intervals."""
    return re.sub(r"«\u00a0.*?\u00a0»|[\[(][\d., ∞]+[\])]", "", shown)


def test_students_version_is_the_same_as_before() -> None:
    """A reason built of phrases loses its interval notation exactly as the English text did
    with the old pattern, and stays translatable."""
    compared = 0
    for reports in _events():
        for conflict in find_conflicts(reports):
            kept = assist.for_students(conflict.reason)
            assert kept == assist.for_students(str(conflict.reason))
            assert isinstance(kept, text.Text)
            assert "overlap" not in kept
            compared += 1
    assert compared > 50


def test_dates_and_amounts_in_french(french: Callable[[str, str], str]) -> None:
    """Publication times read "1er juillet 2016 à 09:05" and "14 novembre 2015, sans
    précision d’heure"; amounts "22 500" (English "22,500" and "14 November 2015")."""
    from datetime import datetime

    assert localized(when(datetime(2016, 7, 1, 9, 5))) == "1er juillet 2016 à 09:05"
    assert localized(when(datetime(2015, 11, 14))) == "14 novembre 2015, sans précision d’heure"
    assert when(datetime(2015, 11, 14)) == "14 November 2015 with no time given"
    assert str(Amount(22500)) == "22,500" and localized(Amount(22500)) == "22\u202f500"
    words = assist.interval_words(assist.Interval(22500, 27500))
    assert words == "22,500 to 27,500"
    assert localized(words) == "de 22\u202f500 à 27\u202f500"


def test_every_lexicon_text_has_a_finished_french_translation() -> None:
    """Each kind and reason of the shown lexicons is in the .ts, translated and finished.

    A new entry in hedges.yaml or sources.yaml: run `python scripts/update_translations.py`,
    translate the new "SuggestLexicon" message in assets/translations/quizapp_fr.ts (remove
    type="unfinished"), run the script again to rebuild the .qm, commit both files."""
    catalogue = _catalogue()
    missing = []
    for name in SHOWN_LEXICONS:
        texts = lexicon_texts(BUILTIN_DIR / name)
        assert len(texts) >= 10, name
        for line, words in texts:
            french, finished = catalogue.get((LEXICON, words), ("", False))
            if not french.strip() or not finished:
                missing.append(f"{name}:{line}: {words!r}")
    assert not missing, "no finished French translation (see this test's docstring):\n" + "\n".join(
        missing
    )


def test_lexicon_texts_are_read_with_their_lines(tmp_path: Path) -> None:
    """A lexicon's kinds and reasons are found on their lines; other keys and files are not."""
    lexicon = tmp_path / "hedges.yaml"
    lexicon.write_text(
        "# comment\nhedges:\n  - kind: hedge\n    reason: a guess\n    phrase: [may]\n"
        "  - {kind: opinion, reason: a view, phrase: I think}\nnot_hedges:\n  - reason: noted\n",
        encoding="utf-8",
    )
    assert lexicon_texts(lexicon) == [
        (3, "hedge"),
        (4, "a guess"),
        (6, "opinion"),
        (6, "a view"),
        (8, "noted"),
    ]
    broken = tmp_path / "broken.yaml"
    broken.write_text("hedges: [", encoding="utf-8")
    assert lexicon_texts(broken) == []


def test_a_question_without_its_key_names_labels_in_french(
    french: Callable[[str, str], str],
) -> None:
    """ "has no figure (quantity=injuries) span" reads in French with the label's French
    name and the quantity key quoted as the set's own identifier; English is unchanged."""
    from quizapp.core.files import _targets
    from tests.core.test_files import edited, problems_of

    found = problems_of(
        edited(("quantity: deaths\n    verdict", "quantity: injuries\n    verdict"))
    )
    message = next(
        p.message for p in found if "has no figure (quantity=injuries) span" in p.message
    )
    assert localized(message) == (
        "la question «\u00a0q-compare\u00a0» n’a aucun passage étiqueté «\u00a0chiffre\u00a0» pour"
        " la quantité «\u00a0injuries\u00a0» dans son extrait\u00a0: rien à trouver"
    )
    labels = _targets(("figure", "unconfirmed", "my-label"))
    assert labels == "figure and unconfirmed and my-label"
    assert localized(labels) == (
        "«\u00a0chiffre\u00a0» et «\u00a0attribution non confirmée\u00a0» et «\u00a0my-label\u00a0»"
    )


def test_an_unusable_lexicon_or_report_is_said_in_french(
    french: Callable[[str, str], str], tmp_path: Path
) -> None:
    """A teacher's lexicon folder that is missing or broken, and a report that is not UTF-8,
    are explained in French in a window; the English error is unchanged."""
    from quizapp.core.suggest import SuggestError, load_lexicon, load_reports

    missing = tmp_path / "nowhere"
    with pytest.raises(SuggestError) as raised:
        load_lexicon(missing)
    assert str(raised.value) == f"{missing}: the lexicon directory does not exist"
    assert localized(raised.value) == f"{missing}\u00a0: le dossier du lexique n’existe pas"
    broken = tmp_path / "mine"
    broken.mkdir()
    (broken / "hedges.yaml").write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(SuggestError) as raised:
        load_lexicon(broken)
    assert "doit associer des sections" in localized(raised.value)
    report = tmp_path / "report.txt"
    report.write_bytes(b"Fire \xff kills 3")
    with pytest.raises(SuggestError) as raised:
        load_reports([report])
    assert localized(raised.value).endswith(
        "n’est pas du texte UTF-8 (l’octet 5 ne peut pas être décodé)\u00a0; "
        "enregistrez-le en UTF-8"
    )


def test_a_drafted_compare_question_is_written_in_the_sets_language(
    french: Callable[[str, str], str],
) -> None:
    """In a French window, the compare question drafted for a French set is French (prompt,
    reasons, explanation); for an English set it stays English, as it does for a French set
    when the window is English (no catalogue for the set's language is installed)."""
    from dataclasses import replace

    from quizapp.core.draft import SetDraft
    from quizapp.core.files import load_question_set

    english = SetDraft.from_set(load_question_set(PROJECT / "questions" / "brenholt-leak.yaml"))
    english = replace(english, questions=())
    assert english.language == "en"
    in_french = replace(english, language="fr")
    question = assist.propose(in_french)[0].question
    assert str(question["prompt"]).startswith("Marquez dans chaque article le chiffre pour «\u00a0")
    texts = [str(question["explanation"])] + [str(r["text"]) for r in question["reasons"]]
    assert all(ENGLISH_LEFT.search(_unquoted(t)) is None for t in texts), texts
    assert "peuvent être justes" in " ".join(texts) or "ne peuvent pas" in " ".join(texts)
    kept = assist.propose(english)[0].question
    assert str(kept["prompt"]).startswith("Mark the figure for ")
    text.install(None)
    assert assist.propose(in_french)[0].question == kept
