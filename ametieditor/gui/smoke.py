"""Start the editor, note when its first window appears, and quit.

Used by the packaging smoke test, the start-up benchmark and the no-network
test: ``python -m ametieditor.gui.smoke [FILE]``, or the packaged
``ametieditor`` with ``AMETIEDITOR_SMOKE=1`` in the environment (see
:func:`launch`). When the main window is first shown it prints one line to
stdout, ``AMETIEDITOR_SHOWN seconds=<since process start> rss_kb=<peak RSS>``,
waits ``AMETIEDITOR_SMOKE_MS`` milliseconds (default 300) and quits with the
editor's own exit code. It wraps the editor's real entry point
(:func:`ametieditor.gui.app.main`), which reuses an existing QApplication.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

SMOKE_ENV = "AMETIEDITOR_SMOKE"
DELAY_ENV = "AMETIEDITOR_SMOKE_MS"
MARKER = "AMETIEDITOR_SHOWN"


def _seconds_since_start() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


def peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class _QuitOnFirstShow(QObject):
    def __init__(self, app: QCoreApplication, delay_ms: int) -> None:
        super().__init__(app)
        self._app = app
        self._delay_ms = delay_ms
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._done and event.type() == QEvent.Type.Show
                and isinstance(watched, QMainWindow)):
            self._done = True
            shown = _seconds_since_start()
            QTimer.singleShot(self._delay_ms, lambda: self._report_and_quit(shown))
        return False

    def _report_and_quit(self, shown: float) -> None:
        print(f"{MARKER} seconds={shown:.3f} rss_kb={peak_rss_kb()}", flush=True)
        self._app.quit()


def run(argv: Sequence[str], delay_ms: int | None = None) -> int:
    """Run the editor with ``argv`` (its arguments) and quit once its window is shown."""
    from ametieditor.gui import app as editor

    if delay_ms is None:
        delay_ms = int(os.environ.get(DELAY_ENV, "300"))
    application = QApplication.instance() or QApplication([sys.argv[0], *argv])
    application.installEventFilter(_QuitOnFirstShow(application, delay_ms))
    return editor.main(list(argv))


def launch(argv: Sequence[str] | None = None) -> int:
    """The GUI entry point of the packaged application: smoke mode when asked for."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if os.environ.get(SMOKE_ENV):
        return run(arguments)
    from ametieditor.gui import app as editor

    return editor.main(arguments)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
