"""The crash dialog and Help → Log: what support needs when something goes wrong."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desk_app import logs
from desk_app.ui import crash
from desk_app.views.log_viewer import LogDialog


def _boom() -> None:
    raise ZeroDivisionError("the bug")


def test_an_unexpected_error_is_saved_with_the_recent_log(tmp_path: Path, crashes: list[str]) -> None:
    logs.setup(None)
    logging.getLogger("desk_app.test").info("the clerk saved unit 3-2-1102")
    crash.install(tmp_path)
    try:
        _boom()
    except ZeroDivisionError:
        crash.report_exception(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = sys.__excepthook__
    assert crashes and "ZeroDivisionError: the bug" in crashes[0]
    crashes.clear()  # expected here; the fixture fails tests on unexpected crashes
    report = next(tmp_path.glob("crash-*.txt")).read_text(encoding="utf-8")
    assert "ZeroDivisionError: the bug" in report and "the clerk saved unit 3-2-1102" in report


def test_crash_dialog_says_data_is_safe_and_copies_the_report(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = crash.CrashDialog("Traceback …\nZeroDivisionError: the bug", tmp_path / "crash-1.txt")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "The last record you saved is safe." in labels and "crash-1.txt" in labels
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    assert "Restart" in buttons
    copy = buttons["Copy report"]
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Traceback …\nZeroDivisionError: the bug"


def test_log_dialog_shows_recent_records(qtbot: QtBot, tmp_path: Path) -> None:
    logs.setup(None)
    logging.getLogger("desk_app.test").warning("printer offline: 前台打印机")
    dialog = LogDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert "printer offline: 前台打印机" in dialog.text.toPlainText()
