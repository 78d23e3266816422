"""The shape every data-entry dialog shares (archive, settings, …).

* Labelled fields, each with an inline error line under it (``ErrorLabel``); a ``&`` in the label is a
  mnemonic that focuses the field.
* Keyboard first: Enter moves to the next field, Enter on the last field or Ctrl+S saves, Esc cancels.
* Saving runs the service on the database thread through ``session.call``; a ``DomainError("validation")``
  puts each message under its field and the dialog stays open. Some services raise a single code that
  clearly belongs to one field (``auth.password_too_short``): ``FIELD_CODES`` maps those. Any other
  DomainError is shown as a message; success sets ``result_value``, emits ``saved(value)`` and closes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.services.context import OpResult, ServiceContext
from desk_app.ui.errors import field_errors, message_for, show_error
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import ErrorLabel, show_field_errors

ServiceCall = Callable[[ServiceContext], Any]
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def passwords_differ_text() -> str:
    # Literal calls (not a helper taking a variable) so that lupdate extracts the texts.
    return QCoreApplication.translate("FormDialog", "The two passwords do not match.")


class FieldMessages(Exception):
    """Raised by ``build_call`` for the form's own checks whose messages are already translated text."""

    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__(messages)
        self.messages = messages


class NotesEdit(QPlainTextEdit):
    """Multi-line notes where Enter still moves on (like every field); Shift+Enter starts a new line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class OptionalDate(QWidget):
    """A date that may be unknown: a check box switches the date edit on."""

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.check)
        box.addWidget(self.edit)
        box.addStretch(1)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        result: date = self.edit.date().toPython()
        return result

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class FormDialog(QDialog):
    saved = Signal(object)  # the value the service returned (OpResult.value)
    # Codes raised on their own (not inside "validation") that belong under one field: code -> field name.
    FIELD_CODES: ClassVar[dict[str, str]] = {}

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        """Subclasses set the window title (``self.tr`` needs the object) and end with ``finish_layout()``."""
        super().__init__(parent)
        self.session = session
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(460)
        self.result_value: Any = None
        self.errors: dict[str, ErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._order: list[QWidget] = []  # the fields Enter steps through
        self._last_tab: QWidget | None = None  # the end of the Tab chain built so far
        self._busy = False

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(QCoreApplication.translate("FormDialog", "Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------------------------------ building

    def add_field(
        self, name: str, label: str, widget: QWidget, focus: Sequence[QWidget] | None = None
    ) -> ErrorLabel:
        """A labelled row with its error line; ``focus`` lists the widgets Enter steps through."""
        focus = list(focus) if focus is not None else [widget]
        caption = QLabel(label)
        caption.setBuddy(focus[0])  # the mnemonic in "&Name:" goes to the field, not to its holder
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel()
        error.installEventFilter(self)  # grow the dialog when a message appears
        column.addWidget(error)
        self.form.addRow(caption, holder)
        self.errors[name] = error
        self.fields[name] = widget
        for w in focus:
            self.add_focus(w)
        return error

    def add_focus(self, widget: QWidget) -> None:
        self.add_tab_stop(widget)
        self._order.append(widget)
        widget.installEventFilter(self)
        if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            widget.lineEdit().installEventFilter(self)

    def add_tab_stop(self, widget: QWidget) -> None:
        """Reached by Tab, in the order added, but skipped by Enter (a button beside a field)."""
        if self._last_tab is not None:
            QWidget.setTabOrder(self._last_tab, widget)
        self._last_tab = widget

    def finish_layout(self) -> None:
        """Call at the end of a subclass's __init__: tab order ends with the buttons, focus on the first field."""
        if self._last_tab is not None:
            QWidget.setTabOrder(self._last_tab, self.save_button)
        if self._order:
            self._order[0].setFocus()

    # ------------------------------------------------------------------------------------------ keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, ErrorLabel):
            QTimer.singleShot(0, self, self._fit_contents)
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                widget = watched
                if not isinstance(widget, QWidget) or widget not in self._order:
                    widget = widget.parent()  # the line edit inside an editable combo box
                if isinstance(widget, QWidget) and widget in self._order:
                    if not self.on_enter(widget):
                        self.focus_next(widget)
                    return True
        return super().eventFilter(watched, event)

    def _fit_contents(self) -> None:
        """Inline messages take room: make the dialog tall enough that no field or message is squeezed."""
        layout = self.layout()
        layout.activate()
        needed = max(
            self.sizeHint().height(),
            layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0,
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def on_enter(self, widget: QWidget) -> bool:
        """Subclasses may handle Enter in a field themselves (return True)."""
        return False

    def focus_next(self, widget: QWidget) -> None:
        start = self._order.index(widget) + 1
        for candidate in self._order[start:]:
            if candidate.isEnabled() and candidate.isVisibleTo(self):
                candidate.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(candidate, QLineEdit):
                    candidate.selectAll()
                return
        self.save()

    # ------------------------------------------------------------------------------------------ saving

    def build_call(self) -> ServiceCall:
        """The service call that saves the form. Local checks raise ``DomainError('validation', fields=…)``
        (codes, see ``local_errors``) or ``FieldMessages`` (text already translated)."""
        raise NotImplementedError

    def save(self) -> None:
        if self._busy:
            return
        self.general_error.show_message("")
        for widget in self._order:
            if isinstance(widget, QAbstractSpinBox):
                widget.interpretText()  # Ctrl+S right after typing a number: take what is typed
        try:
            call = self.build_call()
        except FieldMessages as problem:
            self.show_errors(problem.messages)
            return
        except DomainError as exc:
            self._failed(exc)
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self.session.call(call, on_done=self._saved, parent=self, on_error=self._failed)

    def _saved(self, result: Any) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.result_value = result.value if isinstance(result, OpResult) else result
        self.saved.emit(self.result_value)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(exc, DomainError):
            if exc.code == "validation" and field_errors(exc):
                self.show_errors(field_errors(exc))
                return
            field = self.FIELD_CODES.get(exc.code)
            if exc.code == "field.required":
                field = str(exc.params.get("field", ""))
            if field in self.errors:
                self.show_errors({field: message_for(exc.code, exc.params)})
                return
        show_error(self, exc)

    def show_errors(self, messages: dict[str, str]) -> None:
        """Each message under its field (the others cleared), the rest above the buttons; focus the first."""
        show_field_errors(self.errors, messages)
        unplaced = [text for name, text in messages.items() if name not in self.errors]
        self.general_error.show_message("\n".join(unplaced))
        for name in self.errors:
            if name in messages:
                self.fields[name].setFocus(Qt.FocusReason.OtherFocusReason)
                break


def local_errors(errors: dict[str, str]) -> None:
    """Raise the form's own checks in the same shape as the services' (codes from ui/messages.py)."""
    if errors:
        raise DomainError("validation", fields=errors)
