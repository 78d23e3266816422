"""Changing one's own password (any signed-in user; opened from the main window's menu)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QLineEdit, QWidget

from desk_app.forms.base import FieldMessages, FormDialog, ServiceCall, passwords_differ_text
from desk_app.services import auth
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel


class ChangePasswordDialog(FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {
        "auth.wrong_password": "current",
        "auth.password_too_short": "new",
    }

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Change my password"))
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        actor = session.actor
        if actor is not None:
            self.form.addRow(self.tr("User:"), PlainLabel(f"{actor.display_name} ({actor.username})"))
        self.add_field("current", self.tr("&Current password:"), self.current)
        self.add_field("new", self.tr("&New password:"), self.new)
        self.add_field("repeat", self.tr("Re&peat new password:"), self.repeat)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        if self.new.text() != self.repeat.text():
            raise FieldMessages({"repeat": passwords_differ_text()})
        old, new = self.current.text(), self.new.text()
        return lambda ctx: auth.change_own_password(ctx, old, new)
