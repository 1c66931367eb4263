"""Long work off the UI thread: reading results files, and writing a PDF report.

Workers are QRunnables on a thread pool; they never touch the bank (its SQLite connection
belongs to the UI thread). Reading files happens in the worker and each file's result is
sent back by a queued signal; the controller then stores it on the UI thread, one file per
turn of the event loop, in its own transaction, so the window keeps drawing. Writing a PDF
needs only the report's plain data, computed beforehand on the UI thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from quizapp.core import classroom
from quizapp.core.bank import Bank
from quizapp.core.classroom import FileOutcome, ImportReport
from quizapp.core.handin import ResultsFile
from quizapp.core.wording import fill
from quizapp.reports.pdf import ClassReport, write_pdf
from quizapp.ui.background import BackgroundJob


class _ReadSignals(QObject):
    file_read = Signal(int, object)  # index, ResultsFile | FileOutcome
    all_read = Signal()


class _ReadTask(QRunnable):
    def __init__(self, paths: list[Path], stop: threading.Event) -> None:
        super().__init__()
        self.paths = paths
        self.stop = stop
        self.signals = _ReadSignals()
        self.setAutoDelete(False)  # the controller keeps it until done

    def run(self) -> None:
        for index, path in enumerate(self.paths):
            if self.stop.is_set():
                break
            self.signals.file_read.emit(index, classroom.read_or_outcome(path))
        self.signals.all_read.emit()


class ImportController(QObject):
    """Imports results files into the bank with a progress dialog; emits
    ``import_finished(ImportReport)`` when done (or cancelled: the report then holds
    what was imported before)."""

    import_finished = Signal(object)
    file_stored = Signal(int, int)  # done, total

    def __init__(
        self,
        bank: Bank,
        paths: list[str | Path],
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.files, missing = classroom.results_paths(paths)
        self.report = ImportReport(list(missing))
        self.collector = classroom.collector(bank)
        self.stop = threading.Event()
        self.done = 0
        self.finished = False
        self.pool = pool or QThreadPool.globalInstance()
        self.task = _ReadTask(self.files, self.stop)
        self.task.signals.file_read.connect(self._store, Qt.ConnectionType.QueuedConnection)
        self.task.signals.all_read.connect(self._all_read, Qt.ConnectionType.QueuedConnection)
        self.progress: QProgressDialog | None = None
        if show_progress and parent is not None:
            self.progress = QProgressDialog(
                self.tr("Importing results…"), self.tr("Cancel"), 0, max(1, len(self.files)), parent
            )
            self.progress.setWindowTitle(self.tr("Import results"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(400)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.canceled.connect(self.cancel)

    @property
    def total(self) -> int:
        return len(self.files)

    def start(self) -> None:
        if not self.files:
            self._finish()
            return
        self.pool.start(self.task)

    def cancel(self) -> None:
        self.stop.set()

    def _store(self, index: int, parsed: ResultsFile | FileOutcome) -> None:
        if self.stop.is_set() or self.finished:
            return
        self.report.outcomes.append(classroom.store_parsed(self.collector, parsed))
        self.done += 1
        if self.progress is not None:
            self.progress.setLabelText(
                self.tr("Importing %1 of %2: %3")
                .replace("%1", str(self.done))
                .replace("%2", str(self.total))
                .replace("%3", Path(self.files[index]).name)
            )
            self.progress.setValue(self.done)
        self.file_stored.emit(self.done, self.total)

    def _all_read(self) -> None:
        self._finish()

    def _finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        if self.progress is not None:
            self.progress.setValue(self.progress.maximum())
            self.progress.close()
        self.import_finished.emit(self.report)


def _write_pdf(report: ClassReport, path: Path, students: bool) -> str:
    """Write the report (on a worker thread); a failure is raised in words for the teacher."""
    try:
        write_pdf(report, path, students=students)
    except OSError as error:
        message = fill(
            QCoreApplication.translate("PdfController", "Cannot write %1: %2"),
            path,
            error.strerror or error,
        )
        raise RuntimeError(message) from None
    except Exception as error:  # noqa: BLE001 - reported to the teacher, never lost
        message = fill(
            QCoreApplication.translate("PdfController", "The report could not be written: %1"),
            error,
        )
        raise RuntimeError(message) from None
    return str(path)


class PdfController(QObject):
    """Writes a PDF report on the thread pool with a busy progress dialog; emits
    ``pdf_written(path)`` or ``pdf_failed(message)``."""

    pdf_written = Signal(str)
    pdf_failed = Signal(str)

    def __init__(
        self,
        report: ClassReport,
        path: str | Path,
        students: bool,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self.report, self.path, self.students = report, Path(path), students
        self.job = BackgroundJob(self, pool)
        self.progress: QProgressDialog | None = None
        if show_progress and parent is not None:
            self.progress = QProgressDialog(self.tr("Writing the report…"), "", 0, 0, parent)
            self.progress.setCancelButton(None)
            self.progress.setWindowTitle(self.tr("Export PDF"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(300)

    def start(self) -> None:
        self.job.start(
            lambda: _write_pdf(self.report, self.path, self.students),
            lambda path: self._written(str(path)),
            self._failed,
        )

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.close()

    def _written(self, path: str) -> None:
        self._close()
        self.pdf_written.emit(path)

    def _failed(self, message: str) -> None:
        self._close()
        self.pdf_failed.emit(message)
