"""Adding or editing a user account: name, role, department, and a password typed twice.

When editing, leaving both password fields blank keeps the current password.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.domain.roles import Role
from desk_app.forms.base import FieldMessages, FormDialog, ServiceCall, passwords_differ_text
from desk_app.services import auth
from desk_app.services.auth import UserDTO, UserInput
from desk_app.services.organisation import DepartmentDTO
from desk_app.ui.session import AppSession
from desk_app.views.labels import role_label


class UserDialog(FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {
        "auth.username_invalid": "username",
        "auth.username_taken": "username",
        "auth.password_too_short": "password",
        "auth.cannot_demote_self": "role",
    }

    def __init__(
        self,
        session: AppSession,
        departments: Sequence[DepartmentDTO],
        user: UserDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Edit user"))
        self.user = user
        self.username = QLineEdit()
        self.username.setMaxLength(40)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(60)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.department = QComboBox()
        self.department.addItem(self.tr("(none)"), None)
        for d in departments:
            if not d.archived or (user is not None and user.department_id == d.id):
                self.department.addItem(d.name, d.id)
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("username", self.tr("&User name:"), self.username)
        self.add_field("display_name", self.tr("&Display name:"), self.display_name)
        self.add_field("role", self.tr("&Role:"), self.role)
        self.add_field("department_id", self.tr("D&epartment:"), self.department)
        self.add_field("phone", self.tr("&Phone:"), self.phone)
        self.add_field("password", self.tr("&New password:"), self.password)
        self.add_field("repeat", self.tr("Re&peat password:"), self.repeat)
        if user is None:
            self.role.setCurrentIndex(self.role.findData(Role.CLERK))
        else:
            self.username.setText(user.username)
            self.display_name.setText(user.display_name)
            self.role.setCurrentIndex(self.role.findData(user.role))
            self.department.setCurrentIndex(max(0, self.department.findData(user.department_id)))
            self.phone.setText(user.phone)
            self.password.setPlaceholderText(self.tr("Leave blank to keep the current password"))
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        if self.password.text() != self.repeat.text():
            raise FieldMessages({"repeat": passwords_differ_text()})
        data = UserInput(
            username=self.username.text(),
            display_name=self.display_name.text(),
            role=Role(self.role.currentData()),
            department_id=self.department.currentData(),
            phone=self.phone.text(),
            password=self.password.text() or None,
        )
        if self.user is None:
            return lambda ctx: auth.create_user(ctx, data)
        user_id = self.user.id
        return lambda ctx: auth.update_user(ctx, user_id, data)
