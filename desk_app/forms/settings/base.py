"""The shape every Settings dialog shares: labelled fields with an inline error under each, Save runs one
service call on the database thread, and the dialog closes only when the call succeeded.

Validation errors (``DomainError("validation", fields=...)``) go under their fields. Some services raise a
single code that clearly belongs to one field (``auth.password_too_short``); ``FIELD_CODES`` maps those.
Anything else is shown by ``show_error`` and the dialog stays open with what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.errors import DomainError
from desk_app.services.context import OpResult, ServiceContext
from desk_app.ui.errors import field_errors, message_for, show_error
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import ErrorLabel, show_field_errors
from desk_app.views.settings.common import add_field_row


def passwords_differ_text() -> str:
    return QCoreApplication.translate("FormDialog", "The two passwords do not match.")


class FormDialog(QDialog):
    # Codes raised on their own (not inside "validation") that belong under one field: code -> field name.
    FIELD_CODES: ClassVar[dict[str, str]] = {}

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setMinimumWidth(460)
        self.errors: dict[str, ErrorLabel] = {}
        self.result_value: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @property
    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        """A row: label (with its mnemonic pointing at ``widget``), the widget, and its error line."""
        self.errors[name] = add_field_row(self.form, label, widget)

    def show_errors(self, errors: dict[str, str]) -> None:
        show_field_errors(self.errors, errors)

    def submit(self) -> None:  # each dialog builds its input and calls ``run``
        raise NotImplementedError

    def run(self, fn: Callable[[ServiceContext], Any]) -> None:
        self.show_errors({})
        self.save_button.setEnabled(False)
        self.session.call(fn, on_done=self._succeeded, parent=self, on_error=self._failed)

    def _succeeded(self, result: Any) -> None:
        self.save_button.setEnabled(True)
        self.result_value = result.value if isinstance(result, OpResult) else result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, DomainError):
            if exc.code == "validation":
                errors = field_errors(exc)
                self.show_errors(errors)
                if errors and set(errors) <= set(self.errors):
                    return
            field = self.FIELD_CODES.get(exc.code)
            if exc.code == "field.required":
                field = str(exc.params.get("field", ""))
            if field in self.errors:
                self.show_errors({field: message_for(exc.code, exc.params)})
                return
        show_error(self, exc)
