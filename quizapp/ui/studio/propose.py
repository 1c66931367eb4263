"""The dialog in which the teacher picks which proposed compare questions to add.

Above the proposals, the events: the assistant compares figures only between articles of
one event, so it shows how it grouped the set's articles (each article with a drop-down of
the events, named by the names their reports share) and the teacher may move an article to
another event or to a new one; the proposals are drawn again at once. Under the articles,
each event of a related kind kept apart from another says why, in the core's words ("Kept
apart from event 2: names Kunar; the other names Paktika."), so a teacher can check a batch
that mixes two bombings in one city.

Each proposal shows the quantity, the verdict, the two figures with the article and
paragraph they come from, and the reason the question will teach. Pairs that conflict (or
that show a count going up as news came in) are ticked at first, compatible ones not (both
make good questions; conflicts are the usual lesson). A proposal the question-file checks
would refuse as it stands says why and cannot be ticked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import assist
from quizapp.core.assist import FigureRef, Proposal
from quizapp.core.draft import SetDraft
from quizapp.core.suggest.events import EventGroup
from quizapp.core.text import localized
from quizapp.ui.studio.common import IndicatorStyler, fill, tr


def verdict_words(verdict: str) -> str:
    return {
        "conflict": tr("they conflict"),
        "compatible": tr("they are compatible"),
        "update": tr("the count went up (an update)"),
    }.get(verdict, verdict)


def event_title(index: int, cues: Sequence[str]) -> str:
    """ "Event 1 — Bata, Equatorial Guinea": an event as the drop-downs name it."""
    if cues:
        return fill(tr("Event %1 — %2"), index + 1, ", ".join(cues[:3]))
    return fill(tr("Event %1"), index + 1)


def kept_apart_text(groups: Sequence[EventGroup]) -> str:
    """Each event kept apart from others, under its title, with the reason for each:
    "Event 1 — Varnel, Lindor" then "Kept apart from event 2: names Lindor; the other names
    Maszek."; empty when no two events of a related kind were kept apart."""
    numbers = {group.index: number for number, group in enumerate(groups)}
    blocks = []
    for number, group in enumerate(groups):
        lines = [
            fill(
                tr("Kept apart from event %1: %2."), numbers[kept.event] + 1, localized(kept.reason)
            )
            for kept in group.apart
            if kept.event in numbers
        ]
        if lines:
            blocks.append("\n".join([event_title(number, group.cues), *lines]))
    return "\n\n".join(blocks)


def article_name(draft: SetDraft, index: int) -> str:
    """The outlet when it tells the article apart, else its headline (shortened) or id."""
    article = draft.articles[index]
    outlets = [a.outlet for a in draft.articles]
    if article.outlet and outlets.count(article.outlet) == 1:
        return article.outlet
    headline = article.headline or article.id
    return headline if len(headline) <= 40 else headline[:39] + "…"


def _where(draft: SetDraft, figure: FigureRef) -> str:
    name = article_name(draft, figure.article)
    return fill(tr("“%1” (%2, ¶%3)"), figure.text, name, figure.paragraph)


def describe(proposal: Proposal, draft: SetDraft) -> str:
    """A proposal in three lines: what is compared and the verdict, the figures, the reason."""
    head = fill(tr("%1 — %2"), proposal.quantity.capitalize(), verdict_words(proposal.verdict))
    figures = fill(tr("%1 and %2"), _where(draft, proposal.a), _where(draft, proposal.b))
    # the verdict's reason as the question will teach it, in the window's language (the
    # drafted question itself is written in English, the language of its reports)
    lines = [
        head,
        figures,
        assist.sentence(localized(assist.for_students(proposal.conflict.reason))),
    ]
    if proposal.problems:
        problems = " ".join(localized(problem) for problem in proposal.problems)
        lines.append(fill(tr("Cannot be added: %1"), problems))
    return "\n".join(lines)


class ProposeDialog(QDialog):
    """Check the grouping of the articles by event, then tick the compare questions to add."""

    def __init__(
        self,
        proposals: list[Proposal],
        draft: SetDraft,
        parent: QWidget | None,
        *,
        lexicon_dir: str | Path | None = None,
        events: Sequence[int] | None = None,
        repropose: Callable[[Sequence[int]], list[Proposal]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Propose compare questions"))
        self.proposals = proposals
        self.draft = draft
        self._repropose = repropose or (
            lambda grouping: assist.propose(draft, lexicon_dir, list(grouping))
        )
        groups = assist.event_groups(draft, events)
        self._events = [0] * len(draft.articles)
        for group in groups:
            for member in group.reports:
                self._events[member] = group.index
        self._groups = groups
        self._cues = {group.index: group.cues for group in groups}
        layout = QVBoxLayout(self)
        self.events_box = QGroupBox(tr("Events"), self)
        self.events_box.setAccessibleName(tr("The events the articles report"))
        events_layout = QVBoxLayout(self.events_box)
        self.events_hint = QLabel(self.events_box)
        self.events_hint.setWordWrap(True)
        self.events_hint.setTextFormat(Qt.TextFormat.PlainText)
        events_layout.addWidget(self.events_hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.event_choices: list[QComboBox] = []
        for index in range(len(draft.articles)):
            choice = QComboBox(self.events_box)
            name = article_name(draft, index)
            choice.setAccessibleName(fill(tr("Event of the article %1"), name))
            choice.setToolTip(
                tr(
                    "Move the article to another event, or to a new one of its own; figures are "
                    "compared only between articles of one event."
                )
            )
            label = QLabel(name, self.events_box)
            label.setBuddy(choice)
            form.addRow(label, choice)
            self.event_choices.append(choice)
            choice.activated.connect(lambda _row, index=index: self._event_chosen(index))
        events_layout.addLayout(form)
        # why events of a related kind were kept apart: selectable, so Tab reaches it and a
        # screen reader reads it
        self.apart_label = QLabel(self.events_box)
        self.apart_label.setWordWrap(True)
        self.apart_label.setTextFormat(Qt.TextFormat.PlainText)
        self.apart_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.apart_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.apart_label.setAccessibleName(tr("Why events were kept apart"))
        events_layout.addWidget(self.apart_label)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Proposed compare questions"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.intro.setBuddy(self.list)
        IndicatorStyler([self.list], self)  # check boxes that show on a dark theme too
        # No selection fill: a ticked box on a selected row would look like an empty one.
        # The current row keeps its focus frame; Space ticks it.
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(tr("&Add ticked questions"), self)
        self.add_button.setDefault(True)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self._update_button())
        layout.addWidget(self.events_box)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._fill_events()
        self._fill(proposals)
        self.resize(640, 520)

    # --- the events ------------------------------------------------------------------------

    def events(self) -> list[int]:
        """The event index of each article, as the dialog shows it now."""
        return list(self._events)

    def _fill_events(self) -> None:
        count = len(set(self._events))
        self.events_hint.setText(
            fill(
                tr(
                    "The assistant compares figures only between articles of one event. It "
                    "grouped the %1 articles into %2 events by the places, names and words they "
                    "share; move an article if it belongs elsewhere."
                ),
                len(self._events),
                count,
            )
            if count != 1
            else fill(
                tr(
                    "The assistant compares figures only between articles of one event. The %1 "
                    "articles share places, names and words: it takes them for one event; move "
                    "an article that reports something else to a new event."
                ),
                len(self._events),
            )
        )
        apart = kept_apart_text(self._groups)
        self.apart_label.setText(apart)
        self.apart_label.setAccessibleDescription(apart)
        self.apart_label.setVisible(bool(apart))
        order = sorted(set(self._events))
        for index, choice in enumerate(self.event_choices):
            choice.blockSignals(True)
            choice.clear()
            for event in order:
                choice.addItem(event_title(order.index(event), self._cues.get(event, ())), event)
            choice.addItem(tr("A new event"), -1)
            choice.setCurrentIndex(order.index(self._events[index]))
            choice.blockSignals(False)

    def set_event(self, article: int, event: int) -> None:
        """Put an article in an event (-1: a new event of its own) and propose again."""
        if event == -1:
            event = max(self._events) + 1
        self._events[article] = event
        # renumber in order of first article, so "Event 1" stays the first article's
        renumber: dict[int, int] = {}
        for value in self._events:
            renumber.setdefault(value, len(renumber))
        self._events = [renumber[value] for value in self._events]
        groups = assist.event_groups(self.draft, self._events)
        self._groups = groups
        self._cues = {group.index: group.cues for group in groups}
        self._fill_events()
        self._fill(self._repropose(self._events))

    def _event_chosen(self, article: int) -> None:
        data = self.event_choices[article].currentData()
        self.set_event(article, int(data))

    # --- the proposals ---------------------------------------------------------------------

    def _fill(self, proposals: list[Proposal]) -> None:
        self.proposals = proposals
        self.intro.setText(
            fill(
                tr(
                    "The assistant compared the figures of the %1 articles and drafted %2 "
                    "compare questions. Tick the ones to add: each tags its two figures if "
                    "they are not tagged yet, and you can edit it under Questions (Ctrl+Z "
                    "takes the whole step back)."
                ),
                len(self.draft.articles),
                len(proposals),
            )
        )
        self.list.blockSignals(True)
        self.list.clear()
        for proposal in proposals:
            item = QListWidgetItem(describe(proposal, self.draft), self.list)
            if proposal.problems:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, no box to tick
            else:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                ticked = proposal.verdict in ("conflict", "update")
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.list.setCurrentRow(0)
        self._update_button()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def chosen(self) -> list[Proposal]:
        return [
            proposal
            for proposal, item in zip(self.proposals, self.items(), strict=True)
            if item.checkState() == Qt.CheckState.Checked and not proposal.problems
        ]

    def _update_button(self) -> None:
        count = len(self.chosen())
        self.add_button.setEnabled(count > 0)
        self.add_button.setText(
            fill(tr("&Add %1 questions"), count) if count != 1 else tr("&Add 1 question")
        )


def ask_proposals(
    parent: QWidget,
    proposals: list[Proposal],
    draft: SetDraft,
    *,
    lexicon_dir: str | Path | None = None,
    events: Sequence[int] | None = None,
    remember: Callable[[list[int]], None] | None = None,
) -> list[Proposal] | None:
    """The proposals the teacher ticks; None when cancelled. ``remember`` is given the
    teacher's grouping of the articles by event (kept for the next proposal)."""
    dialog = ProposeDialog(proposals, draft, parent, lexicon_dir=lexicon_dir, events=events)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if remember is not None:
            remember(dialog.events())  # the grouping is kept even when nothing is added
        return dialog.chosen() if accepted else None
    finally:
        dialog.deleteLater()
