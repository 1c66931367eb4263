"""The interface in French: the .ts is complete and current, the .qm is built from it, the
language follows the system locale unless View › Language says otherwise, and a tour of
every screen in French finds no text left in English.

The tour is made twice, in English and in French, on two copies of the same bank, doing
the same things; each text a widget shows (labels, buttons, menus, tabs, headers, place-
holders, tooltips, accessible names, window titles, list items) is paired with the same
widget's text in the other tour. A text that is the same in both languages is an
untranslated one, unless it is the bank's own content (question sets are in their own
language) or the catalogue translates it as itself ("Markdown", "Quiz").
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.core import draft as drafts
from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from quizapp.ui import i18n
from quizapp.ui.main_window import MainWindow
from tests.gui.conftest import FIXTURE
from tests.gui.test_studio import PASSWORD, when_modal

PROJECT = Path(__file__).resolve().parents[2]
TS = PROJECT / "assets" / "translations" / "quizapp_fr.ts"
PLACEHOLDER = re.compile(r"%(\d|n)|\{(\w+)\}")  # Qt's %1, core Phrases' {name}


def _script() -> object:
    spec = importlib.util.spec_from_file_location(
        "update_translations", PROJECT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _places(text: str) -> set[str]:
    """The placeholders of a text but %n (a plural's count, which a form may leave out)."""
    return {"".join(match) for match in PLACEHOLDER.findall(text)} - {"n"}


def _catalogue() -> list[ET.Element]:
    return list(ET.parse(TS).getroot().iter("message"))


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


# --- the catalogue ------------------------------------------------------------------------


def test_every_text_in_the_catalogue_is_translated_and_finished() -> None:
    """No entry is unfinished, obsolete or empty; placeholders and mnemonics are kept."""
    messages = _catalogue()
    assert len(messages) > 800
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        kind = (message.find("translation") or ET.Element("t")).get("type")
        if kind is not None:
            problems.append(f"{kind}: {source!r}")
            continue
        for text in _translations(message):
            if not text.strip() and source.strip():
                problems.append(f"empty: {source!r}")
            if _places(source) != _places(text):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append(f"mnemonic lost or added: {source!r} -> {text!r}")
        if message.get("numerus") == "yes":
            assert len(_translations(message)) == 2, source  # French: singular, plural
    assert problems == []


def test_catalogue_and_compiled_file_are_current() -> None:
    """The .ts has every text the code translates (lupdate adds nothing) and the .qm
    shipped beside it is compiled from exactly that .ts."""
    script = _script()
    try:
        script.tool("pyside6-lupdate")  # type: ignore[attr-defined]
    except SystemExit:
        pytest.skip("PySide6's lupdate is not installed")
    assert script.stale("fr") == []  # type: ignore[attr-defined]


def test_compiled_catalogue_ships_with_the_package() -> None:
    """The .qm sits where an installed wheel finds it (assets/ is force-included)."""
    assert i18n.catalogue_path("fr").is_file()
    text = (PROJECT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"assets" = "quizapp/_bundled/assets"' in text


# --- choosing the language ----------------------------------------------------------------


@pytest.fixture
def french() -> Iterator[None]:
    """French translators installed for the test, English again afterwards."""
    assert i18n.install_translators("fr") == "fr"
    yield
    i18n.install_translators("en")


def test_locale_chooses_and_the_setting_overrides(tmp_path: Path) -> None:
    """A French system locale gives French, others English; View › Language wins."""
    assert i18n.system_language(QLocale("fr_FR")) == "fr"
    assert i18n.system_language(QLocale("fr_CA")) == "fr"
    assert i18n.system_language(QLocale("en_GB")) == "en"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.chosen_setting(settings) == "system"
    assert i18n.resolve_language("system", QLocale("fr_FR")) == "fr"
    settings.setValue(i18n.KEY_LANGUAGE, "en")
    assert i18n.resolve_language(i18n.chosen_setting(settings), QLocale("fr_FR")) == "en"
    settings.setValue(i18n.KEY_LANGUAGE, "fr")
    assert i18n.resolve_language(i18n.chosen_setting(settings), QLocale("en_US")) == "fr"
    settings.setValue(i18n.KEY_LANGUAGE, "klingon")
    assert i18n.chosen_setting(settings) == "system"


LANG_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from quizapp.app import make_application
app = make_application(["quizapp"])
from quizapp.core import draft as drafts
from quizapp.ui import i18n
from quizapp.ui.main_window import MainWindow
print(i18n.current_language())
print(QCoreApplication.translate("MainWindow", "&File"))
print(QCoreApplication.translate("QPlatformTheme", "Cancel"))
"""


@pytest.mark.parametrize(
    ("lang", "setting", "expected"),
    [
        ("fr_FR.UTF-8", None, ["fr", "&Fichier", "Annuler"]),
        ("en_US.UTF-8", None, ["en", "&File", "Cancel"]),
        ("fr_FR.UTF-8", "en", ["en", "&File", "Cancel"]),
        ("C.UTF-8", "fr", ["fr", "&Fichier", "Annuler"]),
    ],
)
def test_program_starts_in_the_language_of_lang(
    tmp_path: Path, lang: str, setting: str | None, expected: list[str]
) -> None:
    """Started with LANG=fr_FR.UTF-8 the program is in French (Qt's own buttons too);
    the remembered View › Language choice overrides LANG."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG=lang, XDG_CONFIG_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    if setting is not None:
        folder = tmp_path / "quizapp"
        folder.mkdir()
        (folder / "quizapp.conf").write_text(f"[view]\nlanguage={setting}\n")
    done = subprocess.run(
        [sys.executable, "-c", LANG_PROBE],
        env=env,
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == expected


def test_language_menu_remembers_and_says_when_it_applies(
    qtbot: QtBot, open_window, prompter, settings_path: Path
) -> None:
    """View › Language › Français is remembered; without the program to reopen the window
    the user is told it applies at the next start."""
    window = open_window()
    titles = [action.text() for action in window.language_actions.values()]
    assert titles == ["&System language", "&English", "&Français"]
    assert window.language_actions["system"].isChecked()
    window.language_actions["fr"].trigger()
    assert window.language_actions["fr"].isChecked()
    assert (
        QSettings(str(settings_path), QSettings.Format.IniFormat).value(i18n.KEY_LANGUAGE) == "fr"
    )
    assert prompter.infos and "next time" in prompter.infos[-1]
    assert i18n.current_language() == "en"  # the open window stays as it is


def test_program_reopens_its_window_in_the_chosen_language(qtbot: QtBot, bank_path: Path) -> None:
    """Through the program, choosing Français shows a new window in French at once."""
    from quizapp.app import Program

    windows: list[MainWindow] = []

    def factory(bank: Bank) -> MainWindow:
        window = MainWindow(
            bank, settings=QSettings(str(bank_path) + ".ini", QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        windows.append(window)
        return window

    program = Program(bank_path, window_factory=factory)
    try:
        assert program.open()
        qtbot.waitUntil(lambda: windows[0].menus_filled)  # made after the first paint
        windows[0].language_actions["fr"].trigger()
        assert len(windows) == 2 and program.window is windows[1]
        assert i18n.current_language() == "fr"
        assert windows[1].menuBar().actions()[0].text() == "&Fichier"
        windows[1].fill_menus()  # as after its first paint (the old window is not deleted yet)
        assert windows[1].language_actions["fr"].isChecked()
    finally:
        i18n.install_translators("en")
        program.close()


# --- the tour -----------------------------------------------------------------------------


def _path(start: QObject, root: QObject) -> str:
    parts = []
    obj: QObject | None = start
    while obj is not None and obj is not root:
        parent = obj.parent()
        siblings = [c for c in parent.children() if type(c) is type(obj)] if parent else [obj]
        parts.append(f"{type(obj).__name__}{siblings.index(obj)}")
        obj = parent
    return "/".join(reversed(parts))


def texts_of(root: QWidget) -> dict[str, str]:
    """Every user-visible text under ``root``, keyed by where it is."""
    found: dict[str, str] = {}

    def put(key: str, text: str | None) -> None:
        if text is not None:
            found[key] = text  # empty too: a text gone blank in French is a fault

    objects: list[QObject] = [root, *root.findChildren(QObject)]
    for obj in objects:
        where = _path(obj, root)
        if isinstance(obj, QAction):
            put(f"{where}.text", obj.text())
            own_tip = obj.toolTip() not in (obj.text(), obj.text().replace("&", ""))
            put(f"{where}.toolTip", obj.toolTip() if own_tip else "")
            put(f"{where}.statusTip", obj.statusTip())
            continue
        if not isinstance(obj, QWidget):
            continue
        if obj.isWindow() or isinstance(obj, QGroupBox | QMenu):
            put(f"{where}.windowTitle", obj.windowTitle())
        put(f"{where}.toolTip", obj.toolTip())
        put(f"{where}.accessibleName", obj.accessibleName())
        put(f"{where}.accessibleDescription", obj.accessibleDescription())
        put(f"{where}.whatsThis", obj.whatsThis())
        if isinstance(obj, QLabel | QAbstractButton):
            put(f"{where}.text", obj.text())
        if isinstance(obj, QGroupBox):
            put(f"{where}.title", obj.title())
        if isinstance(obj, QMenu):
            put(f"{where}.title", obj.title())
        if isinstance(obj, QLineEdit | QTextEdit | QPlainTextEdit):
            put(f"{where}.placeholder", obj.placeholderText())
        if isinstance(obj, QSpinBox | QDoubleSpinBox):
            put(f"{where}.suffix", obj.suffix().strip())
            put(f"{where}.prefix", obj.prefix().strip())
        if isinstance(obj, QAbstractSpinBox):
            put(f"{where}.special", obj.specialValueText())
        if isinstance(obj, QProgressBar):
            put(f"{where}.format", obj.format())
        if isinstance(obj, QTabWidget):
            for i in range(obj.count()):
                put(f"{where}.tab{i}", obj.tabText(i))
                put(f"{where}.tabTip{i}", obj.tabToolTip(i))
        if isinstance(obj, QComboBox):
            for i in range(obj.count()):
                put(f"{where}.item{i}", obj.itemText(i))
        if isinstance(obj, QAbstractItemView) and obj.model() is not None:
            model = obj.model()
            root_index = QModelIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # a list model (its columnCount is private)
                columns = 1
            rows = model.rowCount(root_index)
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    put(f"{where}.header{column}.{role}", value if isinstance(value, str) else "")
            if isinstance(obj, QTreeWidget | QListWidget) or rows < 60:
                for row in range(min(rows, 60)):
                    for column in range(columns):
                        index = model.index(row, column)
                        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                            value = index.data(role)
                            put(
                                f"{where}.cell{row},{column}.{role}",
                                value if isinstance(value, str) else "",
                            )
    return found


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))


# Shown as they are, knowingly: the names of the languages (each in its own words) and the
# quantity words a question file stores ("deaths"). The scoring feedback the Qt-free core
# writes is in French too (core/text.py Phrases), so it is checked like any other text.
KEPT = [
    "Alt",  # key names in shortcuts ("Alt+1"), as Qt writes them
    "English",
    "Français",
    "UTC",
    *drafts.DEFAULT_QUANTITIES,
]


def _content() -> str:
    """The bank's own words (the question set's) and the texts KEPT as they are."""
    question_set = load_question_set(FIXTURE)
    words = [*_strings(question_set), "Ann", "quizapp", FIXTURE.read_text(encoding="utf-8")]
    return "\n".join([*words, *KEPT]).casefold()


URL = re.compile(r"https?://\S+")  # an example address reads the same in any language
QUESTION_NUMBER = re.compile(r"^Q\d+\s*")  # "Q3 fire-source": Q for question in French too
TAGS = re.compile(r"<[^>]+>|&nbsp;|&[a-z]+;")
PIECES = re.compile(r"\s*(?:[·:;,(){}\[\]“”‘’«»\"—–→←✓✗⚑¶…•|/]|\s-\s|\s'|'\s|^'|'$|\n|\.\s)\s*")


def untranslated(english: dict[str, str], french: dict[str, str]) -> list[str]:
    """Texts shown the same in both tours that are neither content nor translated as
    themselves in the catalogue."""
    same_in_french = {
        piece.strip()
        for message in _catalogue()
        for text in _translations(message)
        if text == message.findtext("source")
        for piece in PIECES.split(TAGS.sub(" ", text.replace("&", "")))
    }
    content = _content()
    left: dict[str, str] = {}
    for key, text in english.items():
        if text.strip() and key in french and not french[key].strip():
            left.setdefault(key, f"blank in French: {text!r} at {key}")
        if french.get(key) != text:
            continue
        text = URL.sub(" ", text)
        for piece in PIECES.split(TAGS.sub(" ", text.replace("&", ""))):
            piece = QUESTION_NUMBER.sub("", piece).strip(" .!?%+-−=0123456789'")
            if len(re.findall(r"[A-Za-z]", piece)) < 2:
                continue
            if piece in same_in_french:
                continue
            if re.search(rf"(?<!\w){re.escape(piece.casefold())}(?!\w)", content):
                continue
            left.setdefault(piece, f"{piece!r} (in {text!r}, at {key})")
    return sorted(left.values())


def mnemonic(text: str) -> str | None:
    """The letter after a single & ("&Fichier" → "f"), if any."""
    match = re.search(r"(?<!&)&([^&\s])", text)
    return match.group(1).casefold() if match else None


def mnemonic_clashes(root: QWidget) -> list[str]:
    """The texts that share an Alt+letter with another visible control of ``root``."""
    by_letter: dict[str, list[str]] = {}
    for text in mnemonic_texts(root):
        letter = mnemonic(text)
        if letter:
            by_letter.setdefault(letter, []).append(text)
    return sorted(t for group in by_letter.values() if len(group) > 1 for t in group)


def mnemonic_texts(root: QWidget) -> list[str]:
    """The texts of the visible controls of ``root`` reached with Alt+letter."""
    texts: list[str] = []
    if isinstance(root, QMenu):
        texts = [action.text() for action in root.actions() if action.isVisible()]
    else:
        for widget in [root, *root.findChildren(QWidget)]:
            if widget is not root and not widget.isVisibleTo(root):
                continue
            if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None
            ):
                texts.append(widget.text())
            elif isinstance(widget, QGroupBox) and widget.isCheckable():
                texts.append(widget.title())
            elif isinstance(widget, QTabWidget):
                texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(root, MainWindow):
            texts += [action.text() for action in root.menuBar().actions()]
    return texts


@dataclasses.dataclass
class Tour:
    """What a user sees going through every screen, screen by screen."""

    qtbot: QtBot
    window: MainWindow
    seen: dict[str, str] = dataclasses.field(default_factory=dict)
    clashes: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    mnemonics: dict[str, list[str]] = dataclasses.field(default_factory=dict)

    def look(self, name: str, widget: QWidget | None = None) -> None:
        QApplication.processEvents()
        for key, text in texts_of(widget or self.window).items():
            self.seen[f"{name}/{key}"] = text
        self.clashes[name] = mnemonic_clashes(widget or self.window)
        self.mnemonics[name] = mnemonic_texts(widget or self.window)
        folder = os.environ.get("QUIZAPP_TOUR_SHOTS")  # to look at the screens: a folder
        if folder and i18n.current_language() == "fr" and not isinstance(widget, QMenu):
            Path(folder).mkdir(parents=True, exist_ok=True)
            (widget or self.window).grab().save(str(Path(folder) / f"{name}.png"))

    def in_modal(self, name: str, then: Callable[[QWidget], None]) -> None:
        def act(dialog: QWidget) -> None:
            self.look(name, dialog)
            then(dialog)

        when_modal(act)


def _reject(dialog: QWidget) -> None:
    dialog.reject()  # type: ignore[attr-defined]


def take_the_tour(qtbot: QtBot, window: MainWindow) -> Tour:
    tour = Tour(qtbot, window)
    tour.look("profiles")
    window.profile_view.name_edit.setText("Ann")
    window.profile_view.new_button.click()
    tour.look("quiz-list")

    window.quiz_list.tree.setCurrentItem(window.quiz_list.tree.topLevelItem(0))  # type: ignore[arg-type]
    window.quiz_list.start_button.click()
    runner = window.runner()
    for number in range(4):  # highlight, compare, choice, classify
        tour.look(f"question{number}")
        runner.primary_button.click()  # submitted empty: the prompter says yes
        tour.look(f"question{number}-feedback")
        runner.primary_button.click()
    results = window.results_view()
    assert window.pages.currentWidget() is results
    tour.look("results")
    results.review.setCurrentItem(results.review.topLevelItem(0))  # type: ignore[arg-type]
    tour.in_modal("review", _reject)
    results.open_button.click()

    window.practice_action.trigger()
    tour.look("practice")
    practice = window._practice
    assert practice is not None
    practice.primary_button.click()
    tour.look("practice-feedback")
    practice.strip.end_button.click()
    tour.look("progress")

    tour.in_modal("password-choose", _choose_password)
    window.studio_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    studio = window._studio
    assert studio is not None
    assert studio.open_set("harbour-fire")
    for number in range(studio.tabs.count()):
        studio.tabs.setCurrentIndex(number)
        tour.look(f"studio-tab{number}")
    for number, menu in enumerate(studio.menus()):
        tour.look(f"studio-menu{number}", menu)
    window.lock_action.trigger()

    tour.in_modal("password-enter", _enter_password)
    window.dashboard_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    dashboard = window._dashboard
    assert dashboard is not None
    for number in range(dashboard.tabs.count()):
        dashboard.tabs.setCurrentIndex(number)
        tour.look(f"dashboard-tab{number}")
    regrade = dashboard.regrade()
    assert regrade is not None
    tour.look("regrade", regrade)
    regrade.reject()
    xapi = dashboard.export_xapi()
    assert xapi is not None
    tour.look("xapi", xapi)
    xapi.reject()

    tour.in_modal("restore", _reject)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    for number, action in enumerate(window.menuBar().actions()):
        window_menu = action.menu()
        if isinstance(window_menu, QMenu):
            tour.look(f"menu{number}", window_menu)
    return tour


def _choose_password(dialog: QWidget) -> None:
    dialog.new.setText(PASSWORD)  # type: ignore[attr-defined]
    dialog.repeat.setText(PASSWORD)  # type: ignore[attr-defined]
    dialog.ok_button.click()  # type: ignore[attr-defined]


def _enter_password(dialog: QWidget) -> None:
    dialog.new.setText(PASSWORD)  # type: ignore[attr-defined]
    dialog.ok_button.click()  # type: ignore[attr-defined]


def _window(qtbot: QtBot, path: Path, prompter, clock) -> MainWindow:
    bank = Bank.open(path)
    bank.import_sets([load_question_set(FIXTURE)])
    settings = QSettings(str(path) + ".ini", QSettings.Format.IniFormat)
    window = MainWindow(bank, settings=settings, clock=clock, prompter=prompter)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.menus_filled)
    return window


def test_every_screen_is_in_french(
    qtbot: QtBot, tmp_path: Path, prompter, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tour of every screen and dialog in English and in French: every text the user
    reads is translated, except the question set's own words."""
    import random

    from quizapp.core import practice

    # Both tours practise the same question: each sitting draws with the same seed.
    monkeypatch.setattr(practice, "random", SimpleNamespace(Random=lambda: random.Random(7)))
    windows = []
    try:
        english_window = _window(qtbot, tmp_path / "en.sqlite3", prompter, clock)
        windows.append(english_window)
        english_tour = take_the_tour(qtbot, english_window)
        i18n.install_translators("fr")
        french_window = _window(qtbot, tmp_path / "fr.sqlite3", prompter, clock)
        windows.append(french_window)
        french_tour = take_the_tour(qtbot, french_window)
    finally:
        i18n.install_translators("en")
        for window in windows:
            window.close()
            window.bank.close()
    english, french = english_tour.seen, french_tour.seen
    if os.environ.get("QUIZAPP_TOUR_MNEMONICS"):  # for whoever reassigns the letters
        Path(os.environ["QUIZAPP_TOUR_MNEMONICS"]).write_text(
            json.dumps({"en": english_tour.mnemonics, "fr": french_tour.mnemonics}),
            encoding="utf-8",
        )
    assert len(english) > 500
    both = set(english) & set(french)
    assert len(both) > 0.9 * len(english)  # the same widgets (practice draws its own)
    left = untranslated(english, french)
    assert left == [], "\n".join(left)
    assert french["profiles/QMenuBar0/QMenu0.title"] == "&Fichier"
    # No two controls of a screen or menu share an Alt+letter in French where they do not
    # in English.
    new_clashes = {
        screen: clashes
        for screen, clashes in french_tour.clashes.items()
        if len(clashes) > len(english_tour.clashes.get(screen, []))
    }
    assert new_clashes == {}, "\n".join(f"{k}: {v}" for k, v in new_clashes.items())


# --- the core's messages in a French window -----------------------------------------------
# The Qt-free core builds these texts (core/text.py); a French window shows them in French.
ENGLISH_LEFT = re.compile(
    r"Found:|Missed:|Not in the key|It costs|has no option marked|needs '|must be"
    r"|The disk is full|this change was not saved|shows the phrases to label|one label to choose"
)


def test_quiz_feedback_from_the_core_is_in_french(french: None, qtbot: QtBot, open_window) -> None:
    """A found phrase and a stray mark are explained in French on the feedback panel."""
    from tests.gui.driving import click, drag_over

    window = open_window()
    window.profile_view.name_edit.setText("Kim")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    drag_over(qtbot, runner.question_widget.views[0].text, "will likely rise")
    drag_over(qtbot, runner.question_widget.views[0].text, "worker")
    click(qtbot, runner.primary_button)
    shown = runner.feedback_view.body.text()
    assert "Trouvé\u00a0: «\u00a0will likely rise\u00a0» (spéculation)." in shown
    assert "Hors du corrigé\u00a0: «\u00a0worker\u00a0»" in shown
    assert "Cela coûte" in shown
    assert ENGLISH_LEFT.search(shown) is None, shown


def test_a_question_problem_in_the_studio_is_in_french(french: None, qtbot: QtBot, bank) -> None:
    """The studio lists a question file problem found by the core in French."""
    from quizapp.ui.studio import StudioView
    from tests.gui.test_studio import shown_host, type_into
    from tests.gui.test_studio_quiz import Recorder

    bank.import_sets([load_question_set(FIXTURE)])
    host = shown_host(qtbot)
    studio = StudioView(bank, host, prompter=Recorder())
    host.layout().addWidget(studio)
    studio.show()
    studio.open_set("harbour-fire")
    studio.tabs.setCurrentWidget(studio.questions)
    page = studio.questions
    page.new_actions["choice"].trigger()
    type_into(qtbot, page.form.prompt, "Qui donne le bilan ?")
    table = page.form.options.table
    table.item(0, 0).setText("Les garde-côtes")
    table.item(0, 1).setCheckState(Qt.CheckState.Unchecked)
    table.item(1, 0).setText("Personne")
    page.refresh_preview()
    shown = page.form.problems.text()
    assert "n’a aucune option marquée «\u00a0correct: true\u00a0»" in shown
    assert ENGLISH_LEFT.search(shown) is None, shown


def test_a_storage_error_is_in_french(
    french: None, qtbot: QtBot, open_window, prompter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the disk full, the warning's explanation from the core is in French."""
    import sqlite3

    from quizapp.core.bank import write_error
    from tests.gui.driving import click, drag_over

    window = open_window()
    window.profile_view.name_edit.setText("Kim")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    drag_over(qtbot, runner.question_widget.views[0].text, "will likely rise")
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]

    def disk_full(*args: object, **kwargs: object) -> None:
        raise write_error(full, None)

    monkeypatch.setattr(window.bank, "save_response", disk_full)
    click(qtbot, runner.primary_button)
    assert len(prompter.warnings) == 1
    assert (
        "Le disque est plein\u00a0: cette modification n’a pas été enregistrée"
        in (prompter.warnings[0])
    )
    assert ENGLISH_LEFT.search(prompter.warnings[0]) is None, prompter.warnings[0]


def test_an_exam_copy_warning_is_in_french(
    french: None, qtbot: QtBot, bank, prompter, tmp_path: Path
) -> None:
    """Exporting an exam copy names what it gives away, in French."""
    from quizapp.ui.studio.quiz_builder import QuizBuilder
    from tests.gui.driving import click

    bank.import_sets([load_question_set(FIXTURE)])
    builder = QuizBuilder(bank, prompter=prompter)
    qtbot.addWidget(builder)
    builder.show()
    builder.run_search()
    builder.tick([row.question_id for row in builder.rows])
    click(qtbot, builder.add_button)
    builder.feedback.setCurrentIndex(builder.feedback.findData("end"))
    target = tmp_path / "exam.yaml"
    builder.ask_save_path = lambda *_args: str(target)  # type: ignore[method-assign]
    click(qtbot, builder.export_button)
    assert target.read_text(encoding="utf-8").startswith("quizapp-exam: 1")
    shown = prompter.infos[-1]
    assert "La question «\u00a0fire-labels\u00a0» montre les passages à étiqueter" in shown
    assert ENGLISH_LEFT.search(shown) is None, shown


def test_percentages_follow_the_interface_language() -> None:
    """Percentages read "67 %" in a French window, "67%" in English and on the command line."""
    from quizapp.core.wording import percent
    from quizapp.reports.heat import level_label

    assert percent(0.666) == "67%"
    assert i18n.install_translators("fr") == "fr"
    try:
        assert percent(0.666) == "67\u00a0%"
        assert level_label(1).endswith("20\u00a0%")
    finally:
        i18n.install_translators("en")
    assert percent(0.666) == "67%"


# --- the assistant's explanations in a French studio ---------------------------------------
# English phrasings of the assistant's reasons (core/messages/suggest.reasons.toml, assist.toml,
# the lexicons' kinds and reasons); the report's own words, quoted « … », are left out first.
SUGGEST_ENGLISH = re.compile(
    r"not a reported fact|figure counting|\ballows\b|can both be right|cannot both be right"
    r"|an update, not|comes from the|no time given|is named|nobody|\bhedge\b|vague source"
    r"|prediction|possibility|overlap|publication times|as news came in|later report"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
)


def _without_quotes(shown: str) -> str:
    return re.sub(r"«\u00a0.*?\u00a0»|“.*?”", "", shown, flags=re.S)


@pytest.fixture
def french_studio(french: None, qtbot: QtBot, tmp_path: Path) -> Iterator[object]:
    """A studio (past the gate) on an empty bank, in French."""
    from quizapp.ui.studio import StudioView
    from tests.gui.test_studio import shown_host

    bank = Bank.open(tmp_path / "teacher.sqlite3")
    host = shown_host(qtbot)
    view = StudioView(bank, host)
    host.layout().addWidget(view)
    view.show()
    host.activateWindow()
    yield view
    bank.close()


def test_the_assistants_suggestions_read_in_french(qtbot: QtBot, french_studio) -> None:
    """Suggest on a pasted report: each row of the list and each tooltip in the text gives
    its reason in French (the report's words quoted « … »), with no English phrasing left."""
    from tests.gui.test_studio import add_pasted_article
    from tests.gui.test_studio_suggest import REPORT_A, listed, press_suggest, tag_text

    studio = french_studio
    add_pasted_article(qtbot, studio, REPORT_A)
    press_suggest(qtbot, studio)
    rows = listed(studio)
    assert len(rows) >= 5, rows
    assert rows[0] == (
        "Chiffre\u00a0: «\u00a0127 dead\u00a0»\n"
        "chiffre qui compte «\u00a0deaths\u00a0»\u00a0; «\u00a0127\u00a0» veut dire exactement 127"
    )
    assert (
        "Attribution non confirmée\u00a0: «\u00a0Early reports indicate\u00a0»\n"
        "source vague «\u00a0Early reports\u00a0»\u00a0: personne n’est nommé, l’affirmation ne "
        "peut donc pas être vérifiée"
    ) in rows
    assert any(
        row.startswith("Spéculation\u00a0: «\u00a0will likely rise\u00a0»\n") for row in rows
    )
    for row in rows:
        assert SUGGEST_ENGLISH.search(_without_quotes(row)) is None, row
    text = tag_text(studio)
    tips = [h.tooltip for h in text._highlights if h.tooltip]  # noqa: SLF001
    assert len(tips) == len(rows)
    assert any(tip.startswith("spéculation suggéré\u00a0: ") for tip in tips), tips
    for tip in tips:
        assert SUGGEST_ENGLISH.search(_without_quotes(tip)) is None, tip


def test_a_comparison_reads_in_french(qtbot: QtBot, french_studio) -> None:
    """Two reports a day apart, 127 dead then at least 140: the proposal explains the update
    in French, with the publication dates written in French; the question it adds keeps the
    set's (English) wording."""

    from quizapp.ui.studio.propose import ProposeDialog
    from tests.gui.test_studio import add_pasted_article
    from tests.gui.test_studio_suggest import CTRL, REPORT_A, REPORT_B, SHIFT, tag_text

    studio = french_studio
    add_pasted_article(qtbot, studio, REPORT_A)
    studio.articles.published.known.setChecked(True)
    add_pasted_article(qtbot, studio, REPORT_B)
    page = studio.articles
    page.published.known.setChecked(True)
    page.published.moment.setDateTime(page.published.moment.dateTime().addDays(1))
    seen: list[str] = []

    def add_all(dialog: QWidget) -> None:
        assert isinstance(dialog, ProposeDialog)
        seen.extend(item.text() for item in dialog.items())
        seen.append(dialog.events_hint.text())
        dialog.add_button.click()

    when_modal(add_all)
    text = tag_text(studio)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: len(studio.draft.questions) == 1)
    proposal, hint = seen
    head, figures, reason = proposal.split("\n")[:3]
    assert head == "«\u00a0Deaths\u00a0» — le décompte a augmenté (une mise à jour)"
    assert figures.startswith("«\u00a0127 dead\u00a0» (")
    assert reason.startswith(
        "«\u00a0127\u00a0» (exact) et «\u00a0At least 140\u00a0» diffèrent, mais c’est "
        "une mise à jour, pas une contradiction\u00a0: le décompte est passé de «\u00a0127\u00a0» "
        "à «\u00a0At least 140\u00a0»"
    ), reason
    assert "le chiffre le plus élevé vient de l’article le plus récent (publié le " in reason
    month = QLocale(QLocale.Language.French).monthName(page.published.moment.date().month())
    assert month in reason
    assert "interval" not in reason and "[" not in reason  # no interval notation for a class
    assert SUGGEST_ENGLISH.search(_without_quotes(proposal)) is None, proposal
    assert hint.startswith("L’assistant ne compare les chiffres qu’entre articles")
    question = studio.draft.questions[0]
    assert "went up from 127" in str(question["explanation"])  # the set's wording, English


def test_the_assistant_renders_in_french(
    french: None, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The studio's suggestion list and the proposal dialog render in French at both sizes,
    light and dark (QUIZAPP_FRENCH_SHOTS=folder keeps the pictures)."""
    from PySide6.QtWidgets import QApplication

    from quizapp.ui.themes import apply_theme
    from tests.gui.test_studio_suggest import test_suggest_screenshots

    out = Path(os.environ.get("QUIZAPP_FRENCH_SHOTS") or tmp_path / "shots")
    monkeypatch.setenv("QUIZAPP_SCREENSHOTS", str(out))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        test_suggest_screenshots(qtbot, tmp_path, app)
    finally:
        apply_theme(app, "system")
    assert len(list(out.glob("studio-suggest*.png"))) == 8


def test_why_events_were_kept_apart_reads_in_french(qtbot: QtBot, french: None) -> None:
    """The propose dialog's line on two bombings kept apart is French, places as written."""
    from quizapp.ui.studio.propose import ProposeDialog
    from tests.core.test_suggest_kept_apart import LINDOR, MASZEK
    from tests.gui.test_studio_kept_apart import _draft

    dialog = ProposeDialog([], _draft(LINDOR + MASZEK), None, repropose=lambda _events: [])
    qtbot.addWidget(dialog)
    first = dialog.apart_label.text().split("\n\n")[0]
    assert first.startswith("Événement 1 — ")
    assert first.endswith(
        "\nSéparé de l’événement 2\u00a0: nomme Lindor Avenue\u00a0; l’autre nomme Maszek Avenue."
    ), first
    assert dialog.apart_label.accessibleName() == "Pourquoi des événements ont été séparés"
