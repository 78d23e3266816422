"""The crash dialog: an unexpected exception is a bug, not the clerk's fault.

The traceback and the recent log go to a file in the log folder; the dialog says the last saved record is
safe (every save is its own committed transaction), offers to copy the report and to restart.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desk_app import __version__, logs

log = logging.getLogger("desk_app.crash")
_log_dir: Path | None = None
_showing = False
# Tests set this to collect crashes instead of opening a modal dialog.
crash_sink: list[str] | None = None


def install(log_dir: Path | None) -> None:
    global _log_dir
    _log_dir = log_dir
    sys.excepthook = report_exception


def write_report(text: str) -> Path | None:
    if _log_dir is None:
        return None
    try:
        _log_dir.mkdir(parents=True, exist_ok=True)
        path = _log_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        return None


def report_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    text = f"desk-app {__version__}\n{datetime.now().isoformat()}\n\n{details}\n--- recent log ---\n{logs.ring.text()}"
    log.error("unexpected error:\n%s", details)
    path = write_report(text)
    if crash_sink is not None:
        crash_sink.append(details)
        return
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        CrashDialog(text, path).exec()
    finally:
        _showing = False


class CrashDialog(QDialog):
    def __init__(self, report: str, path: Path | None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Something went wrong"))
        self.report = report
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The program met an unexpected problem. The last record you saved is safe.\n"
                "Please copy this report and send it to support."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if path is not None:
            where = QLabel(self.tr("Saved to: {path}").format(path=path))
            where.setTextFormat(Qt.TextFormat.PlainText)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        box = QPlainTextEdit(report)
        box.setReadOnly(True)
        box.setMinimumSize(640, 280)
        layout.addWidget(box)
        buttons = QDialogButtonBox()
        copy = QPushButton(self.tr("Copy report"))
        copy.clicked.connect(self._copy)
        restart = QPushButton(self.tr("Restart"))
        restart.clicked.connect(self._restart)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(restart, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.report)

    def _restart(self) -> None:
        restart_app()


def restart_app() -> None:
    """Start a new copy of the program with the same arguments, then quit this one."""
    args = sys.argv[1:] if getattr(sys, "frozen", False) else ["-m", "desk_app", *sys.argv[1:]]
    QProcess.startDetached(sys.executable, args, os.getcwd())
    QApplication.exit(0)
