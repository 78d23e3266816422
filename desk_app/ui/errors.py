"""Showing failures: DomainError codes become translated sentences; anything else is a bug (crash dialog)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.domain.errors import DomainError
from desk_app.ui.messages import MESSAGES


def _format_param(value: object) -> str:
    if isinstance(value, datetime):
        return value.astimezone().strftime("%H:%M:%S")
    return str(value)


def message_for(code: str, params: dict[str, object] | None = None) -> str:
    params = params or {}
    key = code
    if code == "auth.bad_credentials" and params.get("remaining") is not None:
        key = "auth.bad_credentials.remaining"
    source = MESSAGES.get(key)
    if source is None:
        return QCoreApplication.translate("Errors", "Unexpected problem ({code}).").format(code=code)
    text = QCoreApplication.translate("Errors", source)
    try:
        return text.format(**{k: _format_param(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return text


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return message_for(exc.code, exc.params)
    return QCoreApplication.translate("Errors", "Unexpected problem: {error}").format(error=exc)


def field_errors(exc: DomainError) -> dict[str, str]:
    """For ``DomainError('validation', fields={...})``: field → translated inline message."""
    fields = exc.params.get("fields")
    if not isinstance(fields, dict):
        return {}
    details = exc.params.get("details")
    details = details if isinstance(details, dict) else {}
    return {str(k): message_for(str(v), details.get(k)) for k, v in fields.items()}


# Tests set this to collect the messages a clerk would see instead of opening modal boxes.
message_sink: list[str] | None = None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, DomainError):
        from desk_app.ui.crash import report_exception

        report_exception(type(exc), exc, exc.__traceback__)
        return
    if message_sink is not None:
        message_sink.append(error_text(exc))
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Cannot do that"),
        error_text(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
