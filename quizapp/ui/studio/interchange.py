"""The studio's doors to other systems: export the set for an LMS (QTI 3.0, Moodle XML,
GIFT, H5P) and import a QTI package.

The formats live in ``core/interchange``; this module only asks (format, file), runs the
work off the GUI thread, and says what happened — above all which questions a format left
out, and why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from quizapp.core.draft import SetDraft
from quizapp.core.interchange import FILE_SUFFIXES, ExportResult
from quizapp.core.interchange.lms import export_set
from quizapp.core.model import QuestionSet
from quizapp.ui.background import BackgroundJob
from quizapp.ui.studio import common
from quizapp.ui.studio.common import fill, tr
from quizapp.ui.studio.host import StudioHost


def _marked(text: object) -> str:
    """A string marked for translation (QT_TRANSLATE_NOOP), translated where it is shown."""
    return str(text)


# (format id, what the teacher reads, file filter)
FORMATS: tuple[tuple[str, str, str], ...] = (
    (
        "qti",
        _marked(QT_TRANSLATE_NOOP("Studio", "QTI 3.0 package (Canvas, Blackboard, …)")),
        _marked(QT_TRANSLATE_NOOP("Studio", "QTI packages (*.zip)")),
    ),
    (
        "moodle",
        _marked(QT_TRANSLATE_NOOP("Studio", "Moodle XML")),
        _marked(QT_TRANSLATE_NOOP("Studio", "Moodle XML (*.xml)")),
    ),
    (
        "gift",
        _marked(QT_TRANSLATE_NOOP("Studio", "GIFT (Moodle text)")),
        _marked(QT_TRANSLATE_NOOP("Studio", "GIFT files (*.txt *.gift)")),
    ),
    (
        "h5p",
        _marked(QT_TRANSLATE_NOOP("Studio", "H5P Mark the Words (highlight questions)")),
        _marked(QT_TRANSLATE_NOOP("Studio", "H5P files (*.h5p)")),
    ),
)
QTI_FILTER = _marked(QT_TRANSLATE_NOOP("Studio", "QTI packages (*.zip)"))

ChooseFormat = Callable[[QWidget | None, list[str]], int | None]


def ask_format(parent: QWidget | None, names: list[str]) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getItem(parent, tr("Export for an LMS"), tr("Format:"), names, 0, False)
    return names.index(name) if ok and name in names else None


def left_out_text(result: ExportResult) -> str:
    """The questions a format could not hold, one line each, for the teacher."""
    return "\n".join(
        fill(tr("• %1: %2"), item.question_id, item.reason) for item in result.left_out
    )


class InterchangeActions(QObject):
    """The two studio commands; ``set_did_import`` after a package went into the bank."""

    set_did_import = Signal(str)  # set id
    export_did_finish = Signal(object)  # ExportResult

    def __init__(self, studio: StudioHost) -> None:
        super().__init__(studio)
        self.studio = studio
        self.choose_format: ChooseFormat = ask_format
        self.ask_open_path: common.OpenPath = common.ask_open_path
        self.job = BackgroundJob(self)
        self.export_action = QAction(tr("Export for an &LMS…"), studio)
        self.export_action.setToolTip(
            tr("Write the set as a QTI 3.0 package, Moodle XML, GIFT or H5P file")
        )
        self.export_action.triggered.connect(lambda _checked=False: self.export_other())
        self.import_action = QAction(tr("&Import QTI package…"), studio)
        self.import_action.setToolTip(tr("Load a question set from a QTI 3.0 package (.zip)"))
        self.import_action.triggered.connect(lambda _checked=False: self.import_qti())

    # --- export ----------------------------------------------------------------------------

    def export_other(self) -> ExportResult | None:
        """Ask the format and the file, write it, and say which questions were left out."""
        question_set = self.studio._build_set(tr("export"))
        if question_set is None:
            return None
        choice = self.choose_format(self.studio, [tr(name) for _, name, _ in FORMATS])
        if choice is None:
            return None
        format_id, _, file_filter = FORMATS[choice]
        suggested = f"{self.studio.draft.id}{FILE_SUFFIXES[format_id]}"
        path = self.studio.ask_save_path(
            self.studio, tr("Export for an LMS"), suggested, tr(file_filter)
        )
        if not path:
            return None
        result = export_set(question_set, format_id)  # type: ignore[arg-type]
        title = tr("Export for an LMS")
        if not result.written:
            self.studio.prompter.warn(
                self.studio,
                title,
                tr("Nothing was written: no question of this set fits this format.")
                + "\n\n"
                + left_out_text(result),
            )
            return result
        written: list[Path] = []
        try:
            for target, data in result.paths(path):
                target.write_bytes(data)
                written.append(target)
        except OSError as error:
            self.studio.prompter.warn(
                self.studio, title, fill(tr("%1 could not be written: %2"), path, error)
            )
            return None
        files = ", ".join(str(target) for target in written)
        summary = fill(tr("Wrote %1 questions to %2."), result.written, files)
        if result.left_out:
            self.studio.prompter.inform(
                self.studio,
                title,
                summary
                + "\n\n"
                + fill(
                    tr("Left out, because the format cannot hold them (%1):"), len(result.left_out)
                )
                + "\n"
                + left_out_text(result),
            )
        self.studio.show_status(summary)
        self.export_did_finish.emit(result)
        return result

    # --- import ----------------------------------------------------------------------------

    def import_qti(self, path: str | None = None) -> bool:
        """Read a QTI package off the GUI thread, then store it and open it in the studio.
        False when nothing started (cancelled, or an import already running)."""
        if path is None:
            path = self.ask_open_path(self.studio, tr("Import QTI package"), tr(QTI_FILTER))
            if not path:
                return False
        from quizapp.core.interchange import qti

        def work() -> QuestionSet:
            return qti.read_package(path)

        started = self.job.start(work, self._imported, self._import_failed)
        if started:
            self.studio.show_status(fill(tr("Reading %1…"), path))
        return started

    def _import_failed(self, message: str) -> None:
        lines = message.split("\n")
        self.studio.prompter.warn(
            self.studio,
            tr("Import QTI package"),
            tr("Nothing was imported:")
            + "\n\n"
            + "\n".join(lines[:10])
            + ("\n…" if len(lines) > 10 else ""),
        )

    def _imported(self, result: object) -> None:
        assert isinstance(result, QuestionSet)
        studio = self.studio
        if studio.bank.has_set(result.id) and not studio.prompter.ask(
            studio,
            tr("Import QTI package"),
            fill(tr("The bank already holds a set with the id “%1”. Replace it?"), result.id),
            tr("Replace"),
            tr("Cancel"),
        ):
            return
        if not studio.maybe_discard():
            return
        try:
            studio.bank.import_sets([result])
        except Exception as error:  # noqa: BLE001 - a locked or broken bank, said in words
            studio.prompter.warn(
                studio, tr("Import QTI package"), fill(tr("Nothing was imported: %1"), error)
            )
            return
        studio.document.replace(SetDraft.from_set(result), result.id)
        studio.quiz_builder.refresh()
        studio.set_did_save.emit(result.id)
        studio.show_status(
            fill(tr("Imported “%1” (%2 questions)."), result.title, len(result.questions))
        )
        self.set_did_import.emit(result.id)
