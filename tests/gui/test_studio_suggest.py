"""The authoring assistant in the studio, done as a teacher does it: paste a report, press
Suggest, read the candidates in the list and in the text, accept with Enter, reject with
Delete, act on all of one label, undo an accept; with two reports, propose a compare
question and add it. Also the pictures for docs/teacher.md.

Set QUIZAPP_SCREENSHOTS=docs/screenshots to write the pictures there (the 1280x800 ones are
committed as docs/screenshots/studio-suggest-*.png).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtGui import QImage, QTextCharFormat
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.assist import interval_words
from quizapp.core.bank import Bank
from quizapp.core.markup import parse_article
from quizapp.core.suggest import Interval, parse_published
from quizapp.ui.marking import mark_colours
from quizapp.ui.studio import StudioView
from quizapp.ui.studio.common import label_title
from quizapp.ui.studio.propose import ProposeDialog
from quizapp.ui.studio.span_editor import SpanText
from quizapp.ui.studio.suggestions import BACKGROUND_CHARS, SuggestAssistant
from quizapp.ui.themes import apply_theme
from tests.gui.test_studio import (
    add_pasted_article,
    select_phrase,
    shown_host,
    type_into,
    when_modal,
)

PROJECT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

REPORT_A = """Ferry fire: 127 dead off the coast

The fire aboard the night ferry left 127 dead, the coastguard said on Saturday.

Early reports indicate that the blaze began in the engine room. Investigators could take \
weeks to reach a conclusion, and the toll will likely rise.

According to social media accounts, passengers were told to stay in their cabins. Police \
said 3 people were arrested at the port.
"""

REPORT_B = """Ferry disaster toll climbs

At least 140 people were killed in the ferry fire, the coastguard said on Sunday.

A man who did not want to be named said he saw smoke from the car deck.
"""


@pytest.fixture
def studio(qtbot: QtBot, tmp_path: Path) -> Iterator[StudioView]:
    """An open studio (past the gate) on an empty bank."""
    bank = Bank.open(tmp_path / "teacher.sqlite3")
    host = shown_host(qtbot)
    view = StudioView(bank, host)
    host.layout().addWidget(view)
    view.show()
    host.activateWindow()
    yield view
    bank.close()


def assistant(studio: StudioView) -> SuggestAssistant:
    return studio.articles.span_editor.assistant


def tag_text(studio: StudioView) -> SpanText:
    text = studio.articles.span_editor.text
    assert text is not None
    return text


def listed(studio: StudioView) -> list[str]:
    """The rows of the suggestion list as the teacher reads them."""
    widget = assistant(studio).panel.list
    return [widget.item(row).text() for row in range(widget.count())] if widget.isVisible() else []


def press_suggest(qtbot: QtBot, studio: StudioView) -> None:
    """Ctrl+Shift+S in the article text."""
    text = tag_text(studio)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_S, CTRL | SHIFT)


def choose_row(qtbot: QtBot, studio: StudioView, starting: str) -> int:
    """Click the list row that begins with ``starting``; its index."""
    widget = assistant(studio).panel.list
    row = next(i for i, text in enumerate(listed(studio)) if text.startswith(starting))
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert widget.currentRow() == row
    return row


def spans_of(studio: StudioView, index: int = 0) -> dict[str, tuple[tuple[str, ...], str | None]]:
    article = studio.draft.articles[index]
    return {article.text[s.start : s.end]: (s.labels, s.quantity) for s in article.spans}


def suggested_drawn(text: SpanText, start: int, end: int) -> bool:
    """The layout draws start..end with the dotted "suggested" underline and colour."""
    line = mark_colours(text.palette())["suggested-line"]
    return any(
        s <= start
        and e >= end
        and fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
        and fmt.underlineColor() == line
        for s, e, fmt in text.drawn_ranges()
    )


def test_suggest_marks_candidates_in_the_list_and_the_text(
    qtbot: QtBot, studio: StudioView
) -> None:
    """Suggest lists label, words and reason, and draws each candidate in the suggested style."""
    add_pasted_article(qtbot, studio, REPORT_A)
    press_suggest(qtbot, studio)
    rows = listed(studio)
    assert rows[0] == "Figure: “127 dead”\nfigure counting deaths; “127” allows exactly 127"
    assert (
        "Unconfirmed attribution: “Early reports indicate”\n"
        "vague source 'Early reports': nobody is named, so the claim cannot be checked"
    ) in rows
    assert (
        "Speculation: “will likely rise”\nhedge 'will likely': a prediction, not a reported fact"
        in rows
    )
    assert any(
        row.startswith("Unconfirmed attribution: “According to social media accounts”")
        for row in rows
    )
    assert assistant(studio).panel.title.text() == f"Suggestions ({len(rows)})"
    assert studio.draft.articles[0].spans == ()  # nothing is tagged before the teacher says so

    text = tag_text(studio)
    start = text.text().index("will likely rise")
    assert suggested_drawn(text, start, start + len("will likely rise"))
    tips = [h.tooltip for h in text._highlights if h.start == start]  # noqa: SLF001
    assert "Suggested speculation: hedge 'will likely': a prediction, not a reported fact" in tips
    assert "Enter accepts" in studio.status.text()


def test_enter_accepts_a_figure_with_its_quantity(qtbot: QtBot, studio: StudioView) -> None:
    """Enter tags the chosen figure with the assistant's quantity; the tag panel shows it."""
    add_pasted_article(qtbot, studio, REPORT_A)
    press_suggest(qtbot, studio)
    widget = assistant(studio).panel.list
    choose_row(qtbot, studio, "Figure: “3 people”")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert spans_of(studio) == {"3 people": (("figure",), "arrests")}
    assert not any(row.startswith("Figure: “3 people”") for row in listed(studio))
    panel = studio.articles.span_editor.panel
    assert panel.title.text() == "Tag: “3 people”"
    assert panel.quantity.currentText() == "arrests"
    text = tag_text(studio)
    start = text.text().index("3 people")
    assert not suggested_drawn(text, start, start + len("3 people"))
    assert studio.status.text() == "Tagged “3 people” as Figure. Quantity: arrests."


def test_delete_rejects_and_leaves_tags_alone(qtbot: QtBot, studio: StudioView) -> None:
    """Delete in the list drops the suggestion, tags nothing and removes no tag."""
    add_pasted_article(qtbot, studio, REPORT_A)
    text = tag_text(studio)
    select_phrase(qtbot, text, "the night ferry")
    qtbot.keyClick(text, Qt.Key.Key_3)  # a tag of the teacher's own
    press_suggest(qtbot, studio)
    widget = assistant(studio).panel.list
    before = listed(studio)
    row = choose_row(qtbot, studio, "Speculation: “could take weeks")
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert listed(studio) == before[:row] + before[row + 1 :]
    assert spans_of(studio) == {"the night ferry": (("unconfirmed",), None)}
    assert widget.currentRow() == row  # on to the next one
    start = text.text().index("could take weeks")
    assert not suggested_drawn(text, start, start + 5)
    assert (
        studio.status.text() == "Rejected the suggestion “could take weeks to reach a conclusion”."
    )


def test_accept_or_reject_all_of_one_label(qtbot: QtBot, studio: StudioView) -> None:
    """Accept all tags one label's candidates in one undo step; Reject all drops another's."""
    add_pasted_article(qtbot, studio, REPORT_A)
    press_suggest(qtbot, studio)
    menu = assistant(studio).panel.all_menu
    steps = studio.document.undo_stack.index()
    accept = next(a for a in menu.actions() if a.text() == "Accept all Unconfirmed attribution: 2")
    accept.trigger()
    assert spans_of(studio) == {
        "Early reports indicate": (("unconfirmed",), None),
        "According to social media accounts": (("unconfirmed",), None),
    }
    assert studio.document.undo_stack.index() == steps + 1
    reject = next(a for a in menu.actions() if a.text() == "Reject all Speculation: 2")
    reject.trigger()
    rows = listed(studio)
    assert [row.split(":")[0] for row in rows] == ["Figure", "Figure"]
    assert [a.text() for a in menu.actions()] == ["Accept all Figure: 2", "Reject all Figure: 2"]


def test_ctrl_z_undoes_an_accept_and_the_suggestion_returns(
    qtbot: QtBot, studio: StudioView
) -> None:
    """Ctrl+Z undoes an accept and the suggestion returns; Ctrl+Shift+Z redoes it."""
    add_pasted_article(qtbot, studio, REPORT_A)
    press_suggest(qtbot, studio)
    widget = assistant(studio).panel.list
    before = listed(studio)
    choose_row(qtbot, studio, "Speculation: “will likely rise”")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert spans_of(studio) == {"will likely rise": (("speculation",), None)}
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert spans_of(studio) == {}
    assert listed(studio) == before
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL | SHIFT)
    assert spans_of(studio) == {"will likely rise": (("speculation",), None)}


def test_tagged_phrases_are_not_suggested_again(qtbot: QtBot, studio: StudioView) -> None:
    """A phrase tagged with the suggested label is never proposed again, not even on re-run."""
    add_pasted_article(qtbot, studio, REPORT_A)
    text = tag_text(studio)
    select_phrase(qtbot, text, "will likely")
    qtbot.keyClick(text, Qt.Key.Key_2)  # speculation, by hand, on part of the candidate
    select_phrase(qtbot, text, "Early reports indicate")
    qtbot.keyClick(text, Qt.Key.Key_1)  # a wrong label on an unconfirmed source
    press_suggest(qtbot, studio)
    rows = listed(studio)
    assert not any("will likely rise" in row for row in rows)
    assert any(row.startswith("Unconfirmed attribution: “Early reports indicate”") for row in rows)
    widget = assistant(studio).panel.list
    choose_row(qtbot, studio, "Figure: “127 dead”")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    after = listed(studio)
    press_suggest(qtbot, studio)
    assert listed(studio) == after
    assert not any("127 dead" in row for row in after)


def test_editing_the_text_clears_its_suggestions(qtbot: QtBot, studio: StudioView) -> None:
    """Changing the article's text clears its suggestions and says to suggest again."""
    add_pasted_article(qtbot, studio, REPORT_A)
    press_suggest(qtbot, studio)
    assert listed(studio)
    page = studio.articles
    page.tabs.setCurrentIndex(1)
    page.text_edit.setPlainText(page.text_edit.toPlainText().replace("night ferry", "ferry"))
    page.commit_text()
    page.tabs.setCurrentIndex(0)
    assert listed(studio) == []
    assert assistant(studio).panel.title.text() == "Suggestions"
    assert "press Suggest again" in studio.status.text()


def test_a_long_article_is_analysed_off_the_ui_thread(qtbot: QtBot, studio: StudioView) -> None:
    """Over 20,000 characters Suggest runs in a worker and returns at once; results arrive."""
    body = "\n\n".join(REPORT_A.split("\n\n")[1:])
    paragraphs = (body.strip() + "\n\n") * (BACKGROUND_CHARS // len(body) + 2)
    add_pasted_article(qtbot, studio, "Ferry fire: the long read\n\n" + paragraphs)
    assert len(studio.draft.articles[0].text) > BACKGROUND_CHARS
    began = time.perf_counter()
    press_suggest(qtbot, studio)
    assert time.perf_counter() - began < 0.1  # nothing waited for the analysis
    assert not assistant(studio).suggest_action.isEnabled()
    qtbot.waitUntil(lambda: assistant(studio).suggest_action.isEnabled(), timeout=20_000)
    rows = listed(studio)
    assert sum(row.startswith("Figure: “127 dead”") for row in rows) >= 30


def test_propose_a_compare_question_across_two_reports(qtbot: QtBot, studio: StudioView) -> None:
    """127 dead, then at least 140 a day later: an update (a toll that rose), ticked and added
    as a valid conflict question explained by time, figures tagged, undoable."""
    add_pasted_article(qtbot, studio, REPORT_A)
    studio.articles.published.known.setChecked(True)  # the teacher gives the times
    add_pasted_article(qtbot, studio, REPORT_B)
    page = studio.articles
    page.published.known.setChecked(True)
    page.published.moment.setDateTime(page.published.moment.dateTime().addDays(1))
    seen: list[str] = []

    ticked: list[bool] = []

    def add_first(dialog: QWidget) -> None:
        assert isinstance(dialog, ProposeDialog)
        seen.extend(item.text() for item in dialog.items())
        ticked.extend(i.checkState() == Qt.CheckState.Checked for i in dialog.items())
        if dialog.add_button.isEnabled():
            dialog.add_button.click()
        else:
            dialog.reject()

    when_modal(add_first)
    text = tag_text(studio)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(seen) or len(studio.draft.questions) == 1)
    assert len(seen) == 1, (seen, studio.status.text())
    assert ticked == [True]
    qtbot.waitUntil(lambda: len(studio.draft.questions) == 1)
    assert seen[0].startswith("Deaths — the count went up (an update)\n“127 dead” (")
    assert "“At least 140 people” (" in seen[0]
    data = studio.draft.questions[0]
    assert (data["type"], data["quantity"], data["verdict"], data["targets"]) == (
        "compare",
        "deaths",
        "conflict",
        ["figure"],
    )
    ids = [a.id for a in studio.draft.articles]
    assert data["excerpts"] == [
        {"article": ids[0], "paragraphs": [1, 1]},
        {"article": ids[1], "paragraphs": [1, 1]},
    ]
    right = [r for r in data["reasons"] if r.get("correct")]
    assert len(data["reasons"]) == 3 and len(right) == 1
    assert "went up from 127" in right[0]["text"] and "later report" in right[0]["text"]
    assert data["explanation"] == right[0]["text"]
    question = studio.draft.question(0)  # validates as a question file would
    assert [span.quantity for _i, span in question.key_spans()] == ["deaths", "deaths"]
    assert spans_of(studio, 0) == {"127 dead": (("figure",), "deaths")}
    assert spans_of(studio, 1) == {"At least 140 people": (("figure",), "deaths")}
    assert studio.tabs.currentWidget() is studio.questions
    assert studio.questions.current_index() == 0
    assert studio.questions.form.prompt.toPlainText().startswith("Mark the figure for deaths")
    assert studio.problems_shown() == []

    studio.window().activateWindow()  # back from the dialog
    qtbot.waitUntil(studio.window().isActiveWindow)
    studio.questions.list.setFocus()
    qtbot.keyClick(studio.questions.list, Qt.Key.Key_Z, CTRL)
    assert studio.draft.questions == ()
    assert spans_of(studio, 0) == {} and spans_of(studio, 1) == {}


def test_no_duplicate_compare_question(qtbot: QtBot, studio: StudioView) -> None:
    """A pair already asked about is not proposed again; the teacher's figure tags are reused."""
    add_pasted_article(qtbot, studio, REPORT_A)
    text = tag_text(studio)
    select_phrase(qtbot, text, "127 dead")
    qtbot.keyClick(text, Qt.Key.Key_1)
    panel = studio.articles.span_editor.panel
    panel.quantity.setEditText("dead")
    panel.quantity.lineEdit().textEdited.emit("dead")
    add_pasted_article(qtbot, studio, REPORT_B)
    assistant(studio).choose_proposals = lambda _parent, proposals, _draft: proposals
    assert assistant(studio).propose()
    assert studio.draft.questions[0]["quantity"] == "dead"  # the teacher's word wins
    assert spans_of(studio, 0) == {"127 dead": (("figure",), "dead")}
    assert spans_of(studio, 1) == {"At least 140 people": (("figure",), "dead")}
    offered: list[object] = []
    assistant(studio).choose_proposals = lambda _p, proposals, _d: offered.append(proposals)
    assistant(studio).propose()
    assert offered == []
    assert "No new compare question" in studio.status.text()
    assert len(studio.draft.questions) == 1


def test_actions_in_toolbar_and_menus(qtbot: QtBot, studio: StudioView) -> None:
    """Suggest and Propose sit in the tag toolbar and Assistant menu; Propose needs 2 articles."""
    menus = {menu.title(): menu for menu in studio.menus()}
    assert [a.text() for a in menus["&Assistant"].actions()] == [
        "Sugg&est",
        "Propose &compare questions…",
    ]
    toolbar = studio.articles.span_editor.toolbar.actions()
    assert studio.suggest_action in toolbar and studio.propose_action in toolbar
    assert studio.suggest_action.shortcut().toString() == "Ctrl+Shift+S"
    add_pasted_article(qtbot, studio, REPORT_A)
    assert not studio.propose_action.isEnabled()
    add_pasted_article(qtbot, studio, REPORT_B)
    assert studio.propose_action.isEnabled()
    studio.tabs.setCurrentWidget(studio.questions)
    studio.suggest_action.trigger()  # from the menu: the tagging screen comes forward
    assert studio.tabs.currentWidget() is studio.articles
    assert listed(studio)


@pytest.mark.parametrize(
    ("interval", "words"),
    [
        (Interval.exact(127), "exactly 127"),
        (Interval(140, float("inf")), "140 or more"),
        (Interval(40, float("inf"), low_open=True), "more than 40"),
        (Interval(0, 20000, high_open=True), "fewer than 20,000"),
        (Interval(22500, 27500), "22,500 to 27,500"),
    ],
)
def test_intervals_in_words(interval: Interval, words: str) -> None:
    """What a figure allows is said in words in the list, not in interval notation."""
    assert interval_words(interval) == words


# --- pictures ----------------------------------------------------------------------------------


@pytest.fixture
def themed() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    apply_theme(app, "system")


def _paste_devset_report(qtbot: QtBot, studio: StudioView, name: str) -> None:
    """A devset report (the project's own words) pasted as plain text, with its outlet and
    publication time typed into the fields."""
    source = (PROJECT / "tests" / "devset" / name).read_text(encoding="utf-8")
    headline, outlet, dateline, *body = parse_article(source).text.split("\n\n")
    add_pasted_article(qtbot, studio, "\n\n".join([headline, *body]))
    page = studio.articles
    type_into(qtbot, page.outlet, outlet)
    moment = parse_published(dateline)
    assert moment is not None
    page.published.known.setChecked(True)
    page.published.moment.setDateTime(
        QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute),
            QTimeZone(QTimeZone.Initialization.UTC),
        )
    )


def test_suggest_screenshots(qtbot: QtBot, tmp_path: Path, themed: QApplication) -> None:
    """The screen and the proposal dialog render at both sizes in both themes."""
    out = Path(os.environ.get("QUIZAPP_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark"):
        apply_theme(themed, theme)
        for size, suffix in {(1280, 800): "", (1024, 600): "-1024x600"}.items():
            bank = Bank.open(tmp_path / f"shots-{theme}-{size[0]}.sqlite3")
            host = shown_host(qtbot, size)
            studio = StudioView(bank, host)
            host.layout().addWidget(studio)
            studio.show()
            host.activateWindow()
            _paste_devset_report(qtbot, studio, "dev/fire-evening.md")
            _paste_devset_report(qtbot, studio, "dev/fire-morning.md")
            press_suggest(qtbot, studio)
            widget = assistant(studio).panel.list
            choose_row(qtbot, studio, label_title("figure"))  # (in French too: test_french)
            qtbot.keyClick(widget, Qt.Key.Key_Return)  # one accepted: the tag panel shows it
            choose_row(qtbot, studio, label_title("speculation"))
            qtbot.wait(10)
            shots = {"studio-suggest": host.grab().toImage()}

            def grab_dialog(
                dialog: QWidget, shots: dict[str, QImage] = shots, size: tuple[int, int] = size
            ) -> None:
                dialog.resize(min(640, size[0] - 80), min(420, size[1] - 80))
                qtbot.wait(10)
                shots["studio-suggest-propose"] = dialog.grab().toImage()
                dialog.reject()

            when_modal(grab_dialog)
            studio.propose_action.trigger()
            qtbot.waitUntil(lambda shots=shots: "studio-suggest-propose" in shots)
            for name, picture in shots.items():
                if name == "studio-suggest":
                    assert (picture.width(), picture.height()) == size
                corner = picture.pixelColor(3, 3)
                assert (corner.lightness() < 128) == (theme == "dark")
                saved = picture.convertToFormat(QImage.Format.Format_RGB888)
                assert saved.save(str(out / f"{name}-{theme}{suffix}.png"))
            host.close()
            bank.close()


def test_proposed_reasons_read_without_interval_notation() -> None:
    """The reason students see in a proposed question has no "[127] and [140, ∞)" notation."""
    from quizapp.core.assist import for_students

    teacher_reason = (
        "127 (exact) and at least 140 cannot both be right ([127] and [140, ∞) do not "
        "overlap); the 127 comes from the earlier report"
    )
    assert for_students(teacher_reason) == (
        "127 (exact) and at least 140 cannot both be right; the 127 comes from the earlier report"
    )
    assert (
        for_students(
            "at least 140 and at least 153 can both be right: [140, ∞) and [153, ∞) overlap"
        )
        == "at least 140 and at least 153 can both be right"
    )


REPORT_BATA = """Blasts at Bata barracks in Equatorial Guinea

At least 15 people were killed in explosions in Bata, Equatorial Guinea, President Teodoro \
Obiang Nguema said on state television on Sunday.

The explosions in Bata destroyed houses across the Mondong district, Equatorial Guinea's \
health ministry said, and Obiang Nguema blamed negligence.
"""

REPORT_GAZETTE = """Capital Gazette newsroom shooting in Annapolis

A gunman killed five people in the Capital Gazette newsroom in Annapolis, Maryland, on \
Thursday, Anne Arundel County police said.

The Capital Gazette staff in Annapolis hid under desks, Anne Arundel police chief William \
Krampf said.
"""


def test_compare_shows_events_and_teacher_regroups(qtbot: QtBot, studio: StudioView) -> None:
    """Two events are shown apart with no comparison; moving one article into the other's
    event draws the deaths comparison, and the grouping is kept for the next proposal."""
    add_pasted_article(qtbot, studio, REPORT_BATA)
    add_pasted_article(qtbot, studio, REPORT_GAZETTE)
    seen: dict[str, object] = {}

    def regroup(dialog: QWidget) -> None:
        if not isinstance(dialog, ProposeDialog):
            dialog.close()
            return
        seen["events"] = dialog.events()
        seen["before"] = [item.text() for item in dialog.items()]
        seen["choices"] = [
            [choice.itemText(i) for i in range(choice.count())] for choice in dialog.event_choices
        ]
        second = dialog.event_choices[1]
        second.setFocus()
        second.setCurrentIndex(0)  # the teacher picks "Event 1 — ..." for the second article
        second.activated.emit(0)
        seen["after"] = [item.text() for item in dialog.items()]
        seen["hint"] = dialog.events_hint.text()
        dialog.reject()

    when_modal(regroup)
    text = tag_text(studio)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "after" in seen, timeout=20_000)
    assert seen["events"] == [0, 1]
    assert seen["before"] == []  # nothing compared across the two events
    choices = seen["choices"]
    assert isinstance(choices, list)
    assert choices[0][0].startswith("Event 1 — ") and "Bata" in choices[0][0]
    assert choices[0][1].startswith("Event 2 — ") and "Gazette" in choices[0][1]
    assert choices[0][-1] == "A new event"
    after = seen["after"]
    assert isinstance(after, list) and after and after[0].startswith("Deaths — ")
    assert "one event" in str(seen["hint"])
    ids = [a.id for a in studio.draft.articles]
    assert assistant(studio).events == {ids[0]: 0, ids[1]: 0}  # kept though cancelled
    assert assistant(studio).events_for(studio.draft) == [0, 0]
