"""Sign-in (also used for "switch user" at a shift change without closing the app)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.services import auth
from desk_app.services.context import Actor
from desk_app.ui.errors import error_text, show_error
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import ErrorLabel, PlainLabel


class LoginDialog(QDialog):
    def __init__(self, session: AppSession, site_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        title = PlainLabel(site_name)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        form = QFormLayout()
        self.username = QLineEdit(str(session.config.get("last_user") or ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QLabel(self.tr("User name")), self.username)
        form.addRow(QLabel(self.tr("Password")), self.password)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.username.returnPressed.connect(self.password.setFocus)
        (self.password if self.username.text() else self.username).setFocus()

    def submit(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self.error.show_message(self.tr("Enter your user name and password."))
            return
        self.buttons.setEnabled(False)
        self.session.call(
            lambda ctx: auth.sign_in(ctx, username, password), self._signed_in, on_error=self._failed
        )

    def _signed_in(self, actor: Actor) -> None:
        self.buttons.setEnabled(True)
        self.actor = actor
        self.session.config.set("last_user", actor.username)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, DomainError):
            show_error(self, exc)
            return
        self.error.show_message(error_text(exc))
        self.password.clear()
        self.password.setFocus()
