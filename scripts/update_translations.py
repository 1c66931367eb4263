"""Update the translation sources from the code and compile them.

    python scripts/update_translations.py          # lupdate the .ts, then lrelease the .qm
    python scripts/update_translations.py --check  # exit 1 when the .ts or .qm is stale

``pyside6-lupdate`` (from the PySide6 wheel) reads every ``tr()``, ``_tr()``,
``QCoreApplication.translate()`` and ``QT_TRANSLATE_NOOP()`` in quizapp/, and every message
of the core's catalogues (quizapp/core/messages/*.toml: lupdate reads no TOML, so each is
handed over as a generated Python file of QT_TRANSLATE_NOOP calls at the entries' lines,
and the .ts names the TOML file). It adds the new texts to
``assets/translations/quizapp_<lang>.ts`` as unfinished, keeping the translations already
made; texts no longer in the code are dropped. Translate the unfinished ones (Qt
Linguist: ``pyside6-linguist assets/translations/quizapp_fr.ts``, or any editor), then run
this again: ``pyside6-lrelease`` compiles the .ts into the .qm that quizapp loads. Both
files are committed; tests/gui/test_french.py fails when either is out of date.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from quizapp.core.text import CATALOGUES, read_catalogue

PROJECT = Path(__file__).resolve().parent.parent
PACKAGE = PROJECT / "quizapp"
TRANSLATIONS = PROJECT / "assets" / "translations"
LANGUAGES = ("fr",)
# The module-level helpers (ui/studio/common.py, the dashboard, progress_view) are called
# ``tr`` or ``_tr``: both are read as Qt's tr(). The Qt-free core's texts are in its
# message catalogues (core/text.py), handed over by ``write_catalogue_sources``.
LUPDATE_OPTIONS = ["-tr-function-alias", "tr+=_tr"]
LUPDATE_OPTIONS += ["-no-obsolete", "-locations", "relative"]
# The assistant's lexicons: the kind and reason of each entry a suggestion's reason quotes.
LEXICONS = PACKAGE / "core" / "suggest" / "lexicons"


def tool(name: str) -> str:
    """The path of a PySide6 tool (``pyside6-lupdate``), next to this Python or on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found: install PySide6 (it ships the tool) in this venv")


def sources() -> list[Path]:
    """The Python files that call ``tr()``: all of quizapp but the Qt-free core, whose
    texts are in its catalogues (tests/core/test_catalogues.py keeps them there)."""
    core = PACKAGE / "core"
    return sorted(p for p in PACKAGE.rglob("*.py") if core not in p.parents)


_ENTRY = re.compile(r"([A-Z][A-Z0-9_]*)\s*=")


def catalogue_source(catalogue: Path) -> str:
    """Python that lupdate reads as the catalogue's messages: on the line of each
    ``NAME = "template"`` entry, ``QT_TRANSLATE_NOOP("Context", "template")``."""
    phrases = read_catalogue(catalogue)
    lines = catalogue.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        entry = _ENTRY.match(line)
        phrase = phrases.get(entry.group(1)) if entry else None
        lines[number] = (
            ""
            if phrase is None
            else (f"QT_TRANSLATE_NOOP({json.dumps(phrase.context)}, {json.dumps(phrase.source)})")
        )
    return "\n".join(lines) + "\n"


def write_catalogue_sources(folder: Path) -> dict[Path, Path]:
    """Each catalogue's Python stand-in, written under ``folder``: {stand-in: catalogue}."""
    written = {}
    for catalogue in sorted(CATALOGUES.rglob("*.toml")):
        stand_in = folder / catalogue.relative_to(PROJECT).with_suffix(".toml.py")
        stand_in.parent.mkdir(parents=True, exist_ok=True)
        stand_in.write_text(catalogue_source(catalogue), encoding="utf-8")
        written[stand_in] = catalogue
    return written


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"quizapp_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"quizapp_{language}.qm"


def lexicon_stand_ins(folder: Path) -> dict[Path, Path]:
    """For each shown lexicon (core/suggest/reasons.py's SHOWN_LEXICONS), a Python file in
    ``folder`` that lupdate reads: ``QT_TRANSLATE_NOOP("SuggestLexicon", "…")`` for each
    entry's kind and reason, on the line it has in the YAML file; stand-in -> YAML file."""
    sys.path.insert(0, str(PROJECT))
    from quizapp.core.suggest.reasons import LEXICON, SHOWN_LEXICONS, lexicon_texts

    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for name in SHOWN_LEXICONS:
        lines: dict[int, list[str]] = {}
        for line, words in lexicon_texts(LEXICONS / name):
            call = (
                f"QT_TRANSLATE_NOOP({json.dumps(LEXICON)}, {json.dumps(words, ensure_ascii=False)})"
            )
            lines.setdefault(line, []).append(call)
        last = max(lines, default=0)
        body = "\n".join("; ".join(lines.get(n, [])) for n in range(1, last + 1))
        stand_in = folder / f"{name}.py"
        stand_in.write_text(body + "\n", encoding="utf-8")
        made[stand_in] = LEXICONS / name
    return made


def lupdate(ts: Path, language: str) -> None:
    files = [str(p.relative_to(PROJECT)) for p in sources()]
    languages = ["-source-language", "en", "-target-language", language]
    with tempfile.TemporaryDirectory() as folder:
        stand_ins = write_catalogue_sources(Path(folder))
        stand_ins |= lexicon_stand_ins(Path(folder) / "lexicons")
        files += [str(stand_in) for stand_in in stand_ins]
        subprocess.run(
            [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *languages, *files, "-ts", str(ts)],
            cwd=PROJECT,
            check=True,
            capture_output=True,
        )
        _name_catalogues(ts, stand_ins)


def _name_catalogues(ts: Path, stand_ins: dict[Path, Path]) -> None:
    """The .ts's locations name each catalogue's TOML file, not its passing stand-in."""
    text = ts.read_text(encoding="utf-8")
    for stand_in, catalogue in stand_ins.items():
        for seen in {stand_in, stand_in.resolve()}:
            text = text.replace(
                f'filename="{os.path.relpath(seen, ts.parent)}"',
                f'filename="{os.path.relpath(catalogue, ts.parent)}"',
            )
    ts.write_text(text, encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def _messages(ts: Path) -> list[str]:
    """The lines of a .ts but its locations (which depend on where the file is)."""
    lines = ts.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if "<location " not in line]


def stale(language: str) -> list[str]:
    """What is out of date for ``language``: the .ts against the code, the .qm against
    the .ts (empty when both are current)."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        fresh_ts = Path(folder) / ts_path(language).name
        shutil.copy(ts_path(language), fresh_ts)
        lupdate(fresh_ts, language)
        if _messages(fresh_ts) != _messages(ts_path(language)):
            problems.append(f"{ts_path(language).name} does not match the code: run lupdate")
        fresh_qm = Path(folder) / qm_path(language).name
        lrelease(ts_path(language), fresh_qm)
        if not qm_path(language).is_file() or not filecmp.cmp(
            fresh_qm, qm_path(language), shallow=False
        ):
            problems.append(f"{qm_path(language).name} is older than its .ts: run lrelease")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether files are stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = [problem for language in LANGUAGES for problem in stale(language)]
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(ts_path(language), language)
        lrelease(ts_path(language), qm_path(language))
        print(f"updated {ts_path(language).relative_to(PROJECT)} and its .qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
