"""Small things every studio screen shares: translation, problem wording, label colours,
and the dialogs a test can answer for the user (file choosers, "save changes?")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.draft import DraftProblem, SetDraft
from quizapp.core.model import label_name
from quizapp.core.wording import fill as fill  # the studio's screens take it from here
from quizapp.ui.themes import repolish as repolish  # and this one

CONTEXT = "Studio"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label_title(label: str) -> str:
    """A label as a button or legend names it ("Unconfirmed attribution")."""
    titles = {
        "figure": tr("Figure"),
        "speculation": tr("Speculation"),
        "unconfirmed": tr("Unconfirmed attribution"),
    }
    if label in titles:
        return titles[label]
    name = label_name(label)
    return name[:1].upper() + name[1:]


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


# Fill and line colour per label; light and dark bases. Built-ins first, then a cycle.
_LIGHT = [
    ("#d0ebff", "#1864ab"),  # figure: blue
    ("#e5dbff", "#6741d9"),  # speculation: violet
    ("#ffe8cc", "#c2410c"),  # unconfirmed: orange
    ("#d3f9d8", "#2b8a3e"),
    ("#ffdeeb", "#c2255c"),
    ("#c3fae8", "#0c8599"),
    ("#fff3bf", "#8f6b00"),
]
_DARK = [
    ("#1c3d5e", "#74c0fc"),
    ("#3f2a66", "#b197fc"),
    ("#5c3310", "#ffa94d"),
    ("#1f4d2a", "#8ce99a"),
    ("#5c1f38", "#faa2c1"),
    ("#0f4a45", "#63e6be"),
    ("#4d3d00", "#ffd43b"),
]


def label_colours(labels: tuple[str, ...], palette: QPalette) -> dict[str, tuple[QColor, QColor]]:
    """(fill, line) colour of each label, readable on the palette's base."""
    table = _DARK if is_dark(palette) else _LIGHT
    return {
        label: (QColor(table[index % len(table)][0]), QColor(table[index % len(table)][1]))
        for index, label in enumerate(labels)
    }


def span_words(text: str, start: int, end: int, limit: int = 60) -> str:
    phrase = text[start:end].replace("\n\n", " ¶ ")
    return phrase if len(phrase) <= limit else phrase[: limit - 1] + "…"


def describe_problem(problem: DraftProblem, draft: SetDraft) -> str:
    """A problem in plain words, naming where it is."""
    article = draft.articles[problem.article] if problem.article is not None else None
    where = ""
    if article is not None:
        where = fill(tr("Article “%1”"), article.headline or article.id)
    if problem.question is not None:
        where = fill(tr("Question “%1”"), draft.questions[problem.question].get("id", "?"))
    phrase = ""
    if article is not None and problem.span is not None:
        phrase = span_words(article.text, *problem.span)
    if problem.kind == "overlap" and article is not None and problem.other is not None:
        message = fill(
            tr("“%1” and “%2” overlap without one containing the other; shorten one of them."),
            phrase,
            span_words(article.text, *problem.other),
        )
    elif problem.kind == "no-quantity":
        message = fill(tr("the figure “%1” needs a quantity (deaths, injured, …)."), phrase)
    elif problem.kind == "crosses-paragraph":
        message = fill(tr("“%1” runs across a paragraph break; tag each part."), phrase)
    elif problem.kind == "unknown-label":
        message = fill(
            tr("“%1” has the label “%2”, which this set does not declare."),
            phrase,
            problem.detail.get("label", ""),
        )
    elif problem.kind == "excerpt-range":
        message = fill(
            tr("its excerpt asks for paragraphs %1–%2 of “%3”, which now has %4."),
            problem.detail.get("first"),
            problem.detail.get("last"),
            problem.detail.get("article"),
            problem.detail.get("count"),
        )
    elif problem.kind == "unknown-article":
        message = fill(
            tr("its excerpt quotes the article “%1”, which is not in this set."),
            problem.detail.get("article"),
        )
    else:
        message = problem.kind
    return f"{where}: {message}" if where else message


# --- dialogs a test can answer ----------------------------------------------------------------

OpenPath = Callable[[QWidget | None, str, str], str | None]  # parent, caption, filter
SavePath = Callable[[QWidget | None, str, str, str], str | None]  # ... suggested name


def ask_open_path(parent: QWidget | None, caption: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
    return path or None


def ask_save_path(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str | None:
    from quizapp.ui.save_folder import ask_save_file

    return ask_save_file(parent, caption, suggested, filters)


def ask_unsaved(parent: QWidget | None, title: str) -> str:
    """'save', 'discard' or 'cancel' for a set with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(fill(tr("“%1” has changes that are not saved in the bank."), title))
    box.setInformativeText(tr("Save them before you go on?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def indicator_style(palette: QPalette) -> str:
    """Check boxes inside tables drawn from the palette: Fusion outlines them darker than
    the window, which vanishes on a dark theme. Checked is filled, not only coloured."""
    border = palette.color(QPalette.ColorRole.Text).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    checked = palette.color(QPalette.ColorRole.Highlight).name()
    return (
        "QAbstractItemView::indicator { width: 12px; height: 12px; border-radius: 3px;"
        f" border: 2px solid {border}; background: {base}; }}"
        f" QAbstractItemView::indicator:checked {{ background: {checked};"
        f" border-color: {border}; }}"
    )


class IndicatorStyler(QObject):
    """Keeps ``indicator_style`` on item views in step with the palette (theme changes)."""

    def __init__(self, views: list[QAbstractItemView], parent: QObject) -> None:
        super().__init__(parent)
        self.views = views
        for view in views:
            view.installEventFilter(self)
            view.setStyleSheet(indicator_style(view.palette()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QAbstractItemView):
            style = indicator_style(watched.palette())
            if watched.styleSheet() != style:
                watched.setStyleSheet(style)
        return False


def menu_button(
    parent: QWidget, text: str, name: str, width: QSizePolicy.Policy
) -> tuple[QToolButton, QMenu]:
    """A text button that opens its menu at once (New question, All of a label)."""
    button = QToolButton(parent)
    button.setText(text)
    button.setAccessibleName(name)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(width, QSizePolicy.Policy.Fixed)
    menu = QMenu(button)
    button.setMenu(menu)
    return button, menu


def short_text_box(accessible_name: str, placeholder: str, parent: QWidget) -> QPlainTextEdit:
    """A text box three lines high that Tab leaves (a prompt, an explanation, a note)."""
    box = QPlainTextEdit(parent)
    box.setAccessibleName(accessible_name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(parent.fontMetrics().lineSpacing() * 3 + 12)
    return box


def replace_label_checks(
    labels: tuple[str, ...],
    replaced: dict[str, QCheckBox],
    box: QWidget,
    layout: QLayout,
    accessible_name: str,
) -> dict[str, QCheckBox]:
    """One check box per label in ``box``, added to its ``layout`` in place of the
    ``replaced`` ones; ``accessible_name`` has ``%1`` for the label's title."""
    for check in replaced.values():
        check.deleteLater()
    checks: dict[str, QCheckBox] = {}
    for label in labels:
        check = QCheckBox(label_title(label), box)
        check.setAccessibleName(fill(accessible_name, label_title(label)))
        layout.addWidget(check)
        checks[label] = check
    return checks


def sync_list(
    list_widget: QListWidget, texts: list[str], current: int | None
) -> list[QListWidgetItem]:
    """Make the list show ``texts``, one row each, keeping the items it has (a row's text
    is set only when it changed), and choose row ``current`` if there is one; the items."""
    while list_widget.count() > len(texts):
        list_widget.takeItem(list_widget.count() - 1)
    items: list[QListWidgetItem] = []
    for index, text in enumerate(texts):
        item = list_widget.item(index) or QListWidgetItem(list_widget)
        if item.text() != text:
            item.setText(text)
        items.append(item)
    if current is not None and current < len(texts):
        list_widget.setCurrentRow(current)
    return items


def side_panel_column(panel: QFrame, accessible_name: str) -> QVBoxLayout:
    """Frame ``panel`` as one of the tagging screen's side panels (the selected tag, the
    suggestions) and give it its column of fields."""
    panel.setFrameShape(QFrame.Shape.StyledPanel)
    panel.setAccessibleName(accessible_name)
    column = QVBoxLayout(panel)
    column.setContentsMargins(8, 8, 8, 8)
    return column


def titled_list(
    title: str, accessible_name: str, parent: QWidget, *, elide: bool = False
) -> tuple[QLabel, QListWidget]:
    """A list and its title, whose shortcut goes to the list; ``elide``: each row on one
    line, cut short with "…" rather than scrolled sideways."""
    label = QLabel(title, parent)
    items = QListWidget(parent)
    items.setAccessibleName(accessible_name)
    if elide:
        items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        items.setTextElideMode(Qt.TextElideMode.ElideRight)
    label.setBuddy(items)
    return label, items
