"""Work off the GUI thread, the one helper for it: one job at a time in a thread pool (Qt's
global one unless given another), its result or its failure (in words) brought back to the
GUI thread, and ``busy`` only once the work lasts long enough for a teacher to notice.

Used by the studio (article import, the assistant, LMS import) and the dashboard (PDF
report, xAPI). The dashboard's results import streams one file at a time with its own
progress instead (ui/dashboard/workers.py ``ImportController``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from quizapp.core.text import localized

BUSY_AFTER_MS = 100  # the busy indicator shows only for work the teacher would notice


class _Relay(QObject):
    """Carries a worker's result back to the GUI thread (queued signal)."""

    finished = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - said to the teacher, never a traceback
            self.relay.failed.emit(localized(error) or error.__class__.__name__)
        else:
            self.relay.finished.emit(result)


class BackgroundJob(QObject):
    """One piece of work at a time in the global thread pool; ``busy`` after a moment."""

    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._relay: _Relay | None = None
        self._task: _Task | None = None  # kept until it reports, whoever owns it meanwhile
        self._done: Callable[[object], None] | None = None
        self._failed: Callable[[str], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUSY_AFTER_MS)
        self._timer.timeout.connect(lambda: self.busy.emit(True))

    def running(self) -> bool:
        return self._relay is not None

    def start(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[str], None],
    ) -> bool:
        """Run ``work`` in the pool; False (nothing started) while another job runs."""
        if self._relay is not None:
            return False
        relay = _Relay()
        relay.finished.connect(self._finish)
        relay.failed.connect(self._fail)
        self._relay, self._done, self._failed = relay, done, failed
        self._timer.start()
        self._task = _Task(work, relay)
        self.pool.start(self._task)
        return True

    def _stop(self) -> tuple[Callable[[object], None] | None, Callable[[str], None] | None]:
        self._timer.stop()
        self.busy.emit(False)
        callbacks = self._done, self._failed
        self._relay = self._done = self._failed = None
        self._task = None
        return callbacks

    def _finish(self, result: object) -> None:
        done, _ = self._stop()
        if done is not None:
            done(result)

    def _fail(self, message: str) -> None:
        _, failed = self._stop()
        if failed is not None:
            failed(message)
