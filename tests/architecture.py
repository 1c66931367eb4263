"""Measures of quizapp's shape: its import graph (and the cycles in it) and its long functions.

Used by tests/test_architecture.py; ``python -m tests.architecture`` prints the figures.
Imports are read with ``ast`` (nothing is imported or run). Every import counts: at module
level, inside a function (a lazy import hides a cycle, it does not break it) and under
``if TYPE_CHECKING:`` (a dependency for the types is a dependency of the design).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "quizapp"
LONG_FUNCTION_LINES = 80


def module_name(path: Path) -> str:
    """quizapp/core/bank.py -> quizapp.core.bank; a package's __init__ is the package."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node


def external_imports(path: Path) -> set[str]:
    """The top-level names of the modules a file imports (``sqlite3``, ``PySide6``...)."""
    names = set()
    for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.partition(".")[0] for alias in node.names)
        elif not node.level and node.module:
            names.add(node.module.partition(".")[0])
    return names


def import_graph() -> dict[str, set[str]]:
    """Each quizapp module and the quizapp modules it imports by name."""
    files = source_files()
    modules = {module_name(path) for path in files}
    graph: dict[str, set[str]] = {}
    for path in files:
        name = module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
                continue
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                # "from quizapp.core import bank" imports the module bank; "from quizapp
                # import score" takes a name out of quizapp/__init__.
                targets.add(submodule if submodule in modules else base)
        graph[name] = {target for target in targets if target in modules and target != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


@dataclass(frozen=True)
class LongFunction:
    where: str  # path:line
    name: str
    lines: int


def long_functions(limit: int = LONG_FUNCTION_LINES) -> list[LongFunction]:
    """Functions and methods whose definition (decorators to last line) is over ``limit``."""
    found = []
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                length = (node.end_lineno or node.lineno) - first + 1
                if length > limit:
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    found.append(LongFunction(where, node.name, length))
    return sorted(found, key=lambda item: -item.lines)


def main() -> None:
    graph = import_graph()
    groups = cycles(graph)
    print(f"{len(graph)} modules, {sum(map(len, graph.values()))} imports, {len(groups)} cycles")
    for group in groups:
        print("  cycle:", " ↔ ".join(group))
    longest = long_functions()
    print(f"{len(longest)} functions over {LONG_FUNCTION_LINES} lines")
    for item in longest:
        print(f"  {item.lines:4d}  {item.where}  {item.name}")


if __name__ == "__main__":
    main()
