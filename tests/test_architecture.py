"""The shape of the code, checked on every run: types, import cycles, layers."""

from __future__ import annotations

import pytest

from tests import architecture


def test_mypy_reports_no_errors_over_quizapp() -> None:
    """mypy, with pyproject's [tool.mypy] settings, finds no type error in quizapp/."""
    api = pytest.importorskip("mypy.api")
    stdout, stderr, status = api.run(
        ["--config-file", str(architecture.ROOT / "pyproject.toml"), str(architecture.PACKAGE)]
    )
    assert status == 0, stdout + stderr


def test_import_graph_sees_every_module() -> None:
    """The import graph reads every quizapp module and sees known imports (so a cycle shows)."""
    graph = architecture.import_graph()
    assert "quizapp.core.bank" in graph
    assert "quizapp.core.model" in graph["quizapp.core.scoring"]
    assert architecture.cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]


def test_core_imports_nothing_outside_core() -> None:
    """quizapp.core depends on no other part of quizapp (not ui, reports, cli nor the top)."""
    outside = {
        (module, target)
        for module, targets in architecture.import_graph().items()
        if module.startswith("quizapp.core")
        for target in targets
        if not target.startswith("quizapp.core")
    }
    assert outside == set()


def test_no_import_cycle() -> None:
    """No import in quizapp/ goes round in a circle (lazy and TYPE_CHECKING imports count)."""
    assert architecture.cycles(architecture.import_graph()) == []


def test_only_the_core_imports_sqlite3() -> None:
    """No UI, report or command-line module imports sqlite3: storage errors come from the core."""
    importers = [
        architecture.module_name(path)
        for path in architecture.source_files()
        if not architecture.module_name(path).startswith("quizapp.core")
        and "sqlite3" in architecture.external_imports(path)
    ]
    assert importers == []


def test_each_schema_step_is_one_file_with_an_old_bank_fixture() -> None:
    """Every migration is its own file in core/bank/schema, registered in file order, and
    each schema has a fixture bank in tests/fixtures/schemas (upgraded by test_upgrades)."""
    from quizapp.core.bank import migrations

    steps = [name for name, _step, _transactional in migrations.steps]
    files = sorted(p.stem for p in (architecture.PACKAGE / "core/bank/schema").glob("m*.py"))
    fixtures = {p.stem for p in (architecture.ROOT / "tests/fixtures/schemas").glob("*.sqlite3")}
    assert steps == files
    assert set(steps) <= fixtures


# The parts of quizapp where no function may be over 80 lines (issue 19); widened as the
# other parts are split. A folder ends with "/".
SHORT_FUNCTIONS_IN = (
    "quizapp/core/bank/",
    "quizapp/core/interchange/",
    "quizapp/core/advice.py",
    "quizapp/core/article_import.py",
    "quizapp/core/assist.py",
    "quizapp/core/audit.py",
    "quizapp/core/classroom.py",
    "quizapp/core/clock.py",
    "quizapp/core/draft.py",
    "quizapp/core/gradebook.py",
    "quizapp/core/grading.py",
    "quizapp/core/library.py",
    "quizapp/core/markup.py",
    "quizapp/core/model.py",
    "quizapp/core/practice.py",
    "quizapp/core/quizbuild.py",
    "quizapp/core/roster.py",
    "quizapp/core/safety.py",
    "quizapp/core/session.py",
    "quizapp/core/spancore.py",
    "quizapp/core/summary.py",
    "quizapp/core/teacher.py",
    "quizapp/core/version.py",
    "quizapp/core/wording.py",
    "quizapp/core/yamlsource.py",
    # cli, display, reports and ui (but the studio and the main window): helper r19
    "quizapp/cli.py",
    "quizapp/display.py",
    "quizapp/reports/",
    "quizapp/ui/dashboard/",
    "quizapp/ui/__init__.py",
    "quizapp/ui/background.py",
    "quizapp/ui/code_dialog.py",
    "quizapp/ui/i18n.py",
    "quizapp/ui/list_dialog.py",
    "quizapp/ui/marking.py",
    "quizapp/ui/practice_view.py",
    "quizapp/ui/profile_view.py",
    "quizapp/ui/progress_view.py",
    "quizapp/ui/prompter.py",
    "quizapp/ui/pyside_imports.py",
    "quizapp/ui/question_screen.py",
    "quizapp/ui/question_widgets.py",
    "quizapp/ui/quiz_list_view.py",
    "quizapp/ui/restore_dialog.py",
    "quizapp/ui/results_view.py",
    "quizapp/ui/runner.py",
    "quizapp/ui/save_folder.py",
    "quizapp/ui/skill_chart.py",
    "quizapp/ui/table_model.py",
    "quizapp/ui/themes.py",
    "quizapp/ui/widgets.py",
)


def test_no_function_over_80_lines_in_the_covered_parts() -> None:
    """No function or method in the parts listed above is over 80 lines (decorators to
    last line), and every part listed exists."""
    missing = [part for part in SHORT_FUNCTIONS_IN if not (architecture.ROOT / part).exists()]
    long = [
        f"{item.where} {item.name} ({item.lines} lines)"
        for item in architecture.long_functions()
        if item.where.startswith(SHORT_FUNCTIONS_IN)
    ]
    assert (missing, long) == ([], [])


def test_the_function_length_check_reads_the_covered_parts() -> None:
    """With a limit of 20 lines the check finds functions in the covered UI and command
    line, so it reads those files (a wrong path would leave them unchecked)."""
    found = [
        item.where
        for item in architecture.long_functions(limit=20)
        if item.where.startswith(SHORT_FUNCTIONS_IN)
    ]
    assert any(where.startswith("quizapp/ui/") for where in found)
    assert any(where.startswith("quizapp/cli.py") for where in found)
