"""The dialog in which the teacher picks which proposed compare questions to add.

Each proposal shows the quantity, the verdict, the two figures with the article and
paragraph they come from, and the reason the question will teach. Pairs that conflict are
ticked at first, compatible ones not (both make good questions; conflicts are the usual
lesson). A proposal the question-file checks would refuse as it stands says why and cannot
be ticked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.assist import FigureRef, Proposal
from quizapp.core.draft import SetDraft
from quizapp.ui.studio.common import IndicatorStyler, fill, tr


def verdict_words(verdict: str) -> str:
    return {"conflict": tr("they conflict"), "compatible": tr("they are compatible")}.get(
        verdict, verdict
    )


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
    lines = [head, figures, str(proposal.question.get("explanation", ""))]
    if proposal.problems:
        lines.append(fill(tr("Cannot be added: %1"), " ".join(proposal.problems)))
    return "\n".join(lines)


class ProposeDialog(QDialog):
    """Tick the compare questions to add."""

    def __init__(self, proposals: list[Proposal], draft: SetDraft, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Propose compare questions"))
        self.proposals = proposals
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                tr(
                    "The assistant compared the figures of the %1 articles and drafted %2 "
                    "compare questions. Tick the ones to add: each tags its two figures if "
                    "they are not tagged yet, and you can edit it under Questions (Ctrl+Z "
                    "takes the whole step back)."
                ),
                len(draft.articles),
                len(proposals),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Proposed compare questions"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        intro.setBuddy(self.list)
        IndicatorStyler([self.list], self)  # check boxes that show on a dark theme too
        # No selection fill: a ticked box on a selected row would look like an empty one.
        # The current row keeps its focus frame; Space ticks it.
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        for proposal in proposals:
            item = QListWidgetItem(describe(proposal, draft), self.list)
            if proposal.problems:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, no box to tick
            else:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                ticked = proposal.verdict == "conflict"
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(tr("&Add ticked questions"), self)
        self.add_button.setDefault(True)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self._update_button())
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._update_button()
        self.resize(640, 420)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def set_ticked(self, rows: list[int]) -> None:
        for row, item in enumerate(self.items()):
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = Qt.CheckState.Checked if row in rows else Qt.CheckState.Unchecked
                item.setCheckState(checked)

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
    parent: QWidget, proposals: list[Proposal], draft: SetDraft
) -> list[Proposal] | None:
    """The proposals the teacher ticks; None when cancelled."""
    dialog = ProposeDialog(proposals, draft, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.deleteLater()
