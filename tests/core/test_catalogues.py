"""The message catalogues (quizapp/core/messages/*.toml, read by core/text.py's Catalogue):
the code names only messages its catalogue has, fills exactly a template's places, and
every entry is used somewhere."""

from __future__ import annotations

import ast
import string
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from quizapp.core import text
from quizapp.core.text import CATALOGUES, Catalogue, CatalogueError, Phrase, read_catalogue

PACKAGE = Path(text.__file__).resolve().parent.parent
PROJECT = PACKAGE.parent


@dataclass(frozen=True)
class Use:
    """One ``MESSAGES.NAME`` in the code: which catalogue, which message, where, and the
    places a call fills (None when the phrase is passed on rather than called)."""

    catalogue: str
    name: str
    where: str
    filled: frozenset[str] | None


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _declared(tree: ast.Module) -> dict[str, str]:
    """The module's ``NAME = Catalogue("file")`` lines: {NAME: file}."""
    found = {}
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if not (isinstance(value, ast.Call) and getattr(value.func, "id", "") == "Catalogue"):
            continue
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        argument = value.args[0] if value.args else None
        if isinstance(target, ast.Name) and isinstance(argument, ast.Constant):
            found[target.id] = str(argument.value)
    return found


def _bindings(
    tree: ast.Module, declared: dict[str, dict[str, str]]
) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """What names a module's code reads catalogues through: {local name: file} for
    catalogues (its own and imported ones), {module alias: its catalogues} for modules."""
    catalogues = dict(declared.get("", {}))
    modules: dict[str, dict[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                local = alias.asname or alias.name
                if alias.name in declared.get(node.module, {}):
                    catalogues[local] = declared[node.module][alias.name]
                elif f"{node.module}.{alias.name}" in declared:
                    modules[local] = declared[f"{node.module}.{alias.name}"]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname and alias.name in declared:
                    modules[alias.asname] = declared[alias.name]
    return catalogues, modules


def _called_with(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> frozenset[str] | None:
    call = parents.get(node)
    if not (isinstance(call, ast.Call) and call.func is node):
        return None
    if call.args or any(keyword.arg is None for keyword in call.keywords):
        return frozenset({"*"})  # (positional or **values: not a template's places)
    return frozenset(str(keyword.arg) for keyword in call.keywords)


def uses_in(tree: ast.Module, where: str, declared: dict[str, dict[str, str]]) -> list[Use]:
    """Every message the code names through a catalogue. ``declared`` holds the
    catalogues each module makes, {module: {NAME: file}}, its own under ""; a catalogue
    read any other way than ``NAME.MESSAGE`` is reported as the message "?"."""
    catalogues, modules = _bindings(tree, declared)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    uses = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Name) or not isinstance(node.ctx, ast.Load):
            continue
        holder: ast.AST = node
        if node.id in modules:  # problems.MESSAGES.NAME
            outer = parents.get(node)
            if not (isinstance(outer, ast.Attribute) and outer.attr in modules[node.id]):
                continue
            file, holder = modules[node.id][outer.attr], outer
        elif node.id in catalogues:
            file = catalogues[node.id]
        else:
            continue
        use = parents.get(holder)
        at = f"{where}:{node.lineno}"
        if isinstance(use, ast.Attribute) and use.value is holder:
            uses.append(Use(file, use.attr, at, _called_with(use, parents)))
        else:
            uses.append(Use(file, "?", at, None))
    return sorted(uses, key=lambda use: int(use.where.rpartition(":")[2]))


def _code() -> dict[Path, ast.Module]:
    return {
        path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))
    }


def all_uses() -> list[Use]:
    trees = _code()
    declared = {_module_name(path): _declared(tree) for path, tree in trees.items()}
    uses = []
    for path, tree in trees.items():
        own = {"": declared[_module_name(path)], **declared}
        where = str(path.relative_to(PROJECT))
        uses += uses_in(tree, where, own)
    return uses


def catalogue_files() -> dict[str, dict[str, Phrase]]:
    return {
        str(path.relative_to(CATALOGUES).with_suffix("")): read_catalogue(path)
        for path in sorted(CATALOGUES.rglob("*.toml"))
    }


def problems_of(uses: list[Use], files: dict[str, dict[str, Phrase]]) -> list[str]:
    """What is wrong between the code's uses and the catalogues, one line each."""
    problems = []
    for use in uses:
        phrases = files.get(use.catalogue)
        if phrases is None:
            problems.append(f"{use.where}: there is no catalogue {use.catalogue}.toml")
        elif use.name == "?":
            problems.append(f"{use.where}: read {use.catalogue}'s messages as NAME.MESSAGE")
        elif use.name not in phrases:
            problems.append(f"{use.where}: {use.catalogue}.toml has no message {use.name}")
        elif use.filled is not None and use.filled != phrases[use.name].names():
            places = sorted(phrases[use.name].names())
            problems.append(
                f"{use.where}: {use.name} fills {sorted(use.filled)}, its template has {places}"
            )
    used = {(use.catalogue, use.name) for use in uses}
    for file, phrases in files.items():
        problems += [
            f"{file}.toml: {name} is used nowhere" for name in phrases if (file, name) not in used
        ]
    return problems


def test_the_code_and_the_catalogues_agree() -> None:
    """Every message named is in its catalogue with the places the code fills, and every
    catalogue entry is used."""
    uses = all_uses()
    assert len(uses) > 300  # (the scan reads the code: the core names hundreds)
    assert problems_of(uses, catalogue_files()) == []


def test_the_check_finds_a_wrong_name_wrong_places_and_an_unused_entry() -> None:
    """The check above can fail: a misspelt name, a missing or extra place, an entry no
    code uses, a catalogue read some other way, a file that does not exist."""
    source = (
        "from quizapp.core.text import Catalogue\n"
        'MESSAGES = Catalogue("demo")\n'
        "MESSAGES.HELLO(name=1)\n"
        "MESSAGES.HELO(name=1)\n"
        "MESSAGES.HELLO(nam=1)\n"
        "MESSAGES.HELLO(name=1, count=2)\n"
        "getattr(MESSAGES, 'HELLO')\n"
        'OTHER = Catalogue("missing")\n'
        "OTHER.X\n"
    )
    declared = {"": {"MESSAGES": "demo", "OTHER": "missing"}}
    files = {"demo": {"HELLO": Phrase("Demo", "Hello {name}"), "BYE": Phrase("Demo", "Bye")}}
    found = problems_of(uses_in(ast.parse(source), "demo.py", declared), files)
    assert found == [
        "demo.py:4: demo.toml has no message HELO",
        "demo.py:5: HELLO fills ['nam'], its template has ['name']",
        "demo.py:6: HELLO fills ['count', 'name'], its template has ['name']",
        "demo.py:7: read demo's messages as NAME.MESSAGE",
        "demo.py:9: there is no catalogue missing.toml",
        "demo.toml: BYE is used nowhere",
    ]


def test_uses_through_an_imported_catalogue_or_module_count() -> None:
    """``from m import MESSAGES as P`` and ``m.MESSAGES.NAME`` are read as uses of m's."""
    declared = {"quizapp.core.problems": {"MESSAGES": "problems"}}
    source = (
        "from quizapp.core.problems import MESSAGES as P\n"
        "from quizapp.core import problems\n"
        "P.ARTICLE(id=1)\n"
        "problems.MESSAGES.THE_SET\n"
    )
    uses = uses_in(ast.parse(source), "x.py", declared)
    assert [(use.catalogue, use.name, use.filled) for use in uses] == [
        ("problems", "ARTICLE", frozenset({"id"})),
        ("problems", "THE_SET", None),
    ]


def test_a_message_is_a_phrase_of_its_context() -> None:
    """``MESSAGES.NAME`` is the entry's Phrase, in its table's context, made once."""
    catalogue = Catalogue("yamlsource")
    phrase = catalogue.TOO_DEEP
    assert (phrase.context, phrase.source) == (
        "YamlFile",
        "the file nests deeper than {most} levels",
    )
    assert catalogue.TOO_DEEP is phrase
    assert phrase(most=40) == "the file nests deeper than 40 levels"
    with pytest.raises(AttributeError, match="yamlsource.toml has no message TOO_DEP"):
        catalogue.TOO_DEP  # noqa: B018


def test_a_broken_catalogue_says_which_file_and_entry(tmp_path: Path) -> None:
    """A message file that is not TOML, or holds a lower-case name, a non-text template or
    a name twice, is refused naming the file and the entry."""
    cases = {
        "not = [toml": "cannot be read as a message catalogue",
        'loose = "no table"': r"'loose' must be a \[Context\] table",
        '[C]\nlower = "x"': r"\[C\] lower must be NAME = \"template\"",
        "[C]\nNUMBER = 3": r"\[C\] NUMBER must be NAME",
        '[C]\nTWICE = "a"\n[D]\nTWICE = "b"': "the message TWICE is given twice",
    }
    for number, (content, message) in enumerate(cases.items()):
        path = tmp_path / f"broken{number}.toml"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(CatalogueError, match=message):
            read_catalogue(path)


def test_importing_the_core_reads_no_catalogue() -> None:
    """The catalogues are read on first use: importing every module that has one loads
    neither a message file nor the TOML parser (start-up stays as fast)."""
    modules = sorted({_module_name(path) for path, tree in _code().items() if _declared(tree)})
    assert len(modules) >= 1
    probe = f"import sys\nfor m in {modules!r}: __import__(m)\nprint('tomllib' in sys.modules)"
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=PROJECT
    )
    assert ran.stdout.strip() == "False"


def test_every_template_has_plain_named_places() -> None:
    """Each template is a valid str.format template whose places are plain names ({count},
    never {0}, {x.y} or {n:>3}), so a translation can move them and fill them the same."""
    formatter = string.Formatter()
    for file, phrases in catalogue_files().items():
        for name, phrase in phrases.items():
            parts = list(formatter.parse(phrase.source))
            for _, field, spec, conversion in parts:
                if field is not None:
                    assert field.isidentifier() and not spec and conversion is None, (file, name)


def test_no_message_is_written_in_the_code() -> None:
    """No ``Phrase("Context", "template")`` of literals is left in quizapp/: a message's
    words belong in its module's catalogue (docs/architecture.md, Messages)."""
    written = [
        f"{path.relative_to(PROJECT)}:{node.lineno}"
        for path, tree in _code().items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "Phrase"
        and len(node.args) == 2
        and all(isinstance(argument, ast.Constant) for argument in node.args)
    ]
    assert written == []
