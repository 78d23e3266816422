"""Users and roles page: who may sign in at this desk, with which role.

Accounts are disabled, never deleted (the audit trail names them). An account locked after five wrong
passwords unlocks by itself after five minutes; an administrator can unlock it at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.forms.settings.user_form import UserDialog
from desk_app.services import auth, organisation
from desk_app.services.auth import UserDTO
from desk_app.services.organisation import DepartmentDTO
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.views.history import HistoryDialog
from desk_app.views.labels import role_label
from desk_app.views.settings.common import (
    ask,
    fit_columns,
    heading,
    hint,
    local_time,
    make_table,
    select_where,
    selected,
)


class UsersPage(QWidget):
    KINDS = frozenset({"user", "department"})

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: UserDialog | None = None
        self.departments: list[DepartmentDTO] = []
        self._department_names: dict[str, str] = {}
        tz = session.ctx.timezone
        self.model = RowTableModel(
            [
                Column(self.tr("User name"), lambda u: u.username),
                Column(self.tr("Display name"), lambda u: u.display_name),
                Column(self.tr("Role"), lambda u: role_label(u.role)),
                Column(
                    self.tr("Department"), lambda u: self._department_names.get(u.department_id or "", "")
                ),
                Column(self.tr("Status"), lambda u: self.tr("Disabled") if u.archived else self.tr("Active")),
                Column(
                    self.tr("Locked until"),
                    lambda u: local_time(u.locked_until, tz) if self._locked(u) else "",
                ),
                Column(self.tr("Last sign-in"), lambda u: local_time(u.last_login_at, tz)),
            ],
            muted=lambda u: u.archived,
            parent=self,
        )
        self.table = make_table(self.model)
        self.table.doubleClicked.connect(self.edit_user)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(icon("add"), self.tr("&Add user…"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_user)
        self.disable_button = QPushButton(icon("archive_record"), self.tr("&Disable"))
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.unlock_button = QPushButton(icon("lock"), self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        self.history_button = QPushButton(icon("history"), self.tr("History"))
        self.history_button.clicked.connect(self.show_history)
        self.show_disabled = QCheckBox(self.tr("Show disabled accounts"))
        self.show_disabled.toggled.connect(self.reload)
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.disable_button, self.unlock_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.history_button)
        bar.addWidget(self.show_disabled)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Users and roles")))
        layout.addWidget(
            hint(
                self.tr(
                    "Clerks handle the daily work; supervisors may also archive records, see full ID numbers and "
                    "import data; managers may also read the audit trail; administrators may do everything."
                )
            )
        )
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        session.changed.connect(self._on_changed)
        self.reload()

    def _locked(self, user: UserDTO) -> bool:
        return user.locked_until is not None and user.locked_until > self.session.ctx.now()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.KINDS:
            self.reload()

    def reload(self) -> None:
        include = self.show_disabled.isChecked()
        self.session.call(
            lambda ctx: (
                auth.list_users(ctx, include_archived=include),
                organisation.list_departments(ctx, include_archived=True),
            ),
            on_done=self._show,
            parent=self,
        )

    def _show(self, result: tuple[list[UserDTO], list[DepartmentDTO]]) -> None:
        users, departments = result
        current = self.selected_user()
        self.departments = departments
        self._department_names = {d.id: d.name for d in departments}
        self.model.set_rows(users)
        fit_columns(self.table)
        if current is not None:
            select_where(self.table, lambda u: u.id == current.id)
        self._update_buttons()

    def show_history(self) -> None:
        user = self.selected_user()
        if user is not None:
            HistoryDialog(self.session, "user", user.id, user.display_name, self).open()

    def selected_user(self) -> UserDTO | None:
        user: UserDTO | None = selected(self.table)
        return user

    def _update_buttons(self) -> None:
        user = self.selected_user()
        actor = self.session.actor
        is_self = user is not None and actor is not None and user.id == actor.user_id
        self.edit_button.setEnabled(user is not None)
        self.history_button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and not is_self)
        disabled = user is not None and user.archived
        self.disable_button.setText(self.tr("&Enable") if disabled else self.tr("&Disable"))
        self.disable_button.setIcon(icon("restore" if disabled else "archive_record"))
        self.unlock_button.setEnabled(user is not None and self._locked(user))

    def _open(self, dialog: UserDialog) -> None:
        self.dialog = dialog  # deletes itself when closed (FormDialog)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def add_user(self) -> None:
        self._open(UserDialog(self.session, self.departments, parent=self))

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(UserDialog(self.session, self.departments, user, parent=self))

    def toggle_disabled(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if not user.archived and not self.confirm(
            self.tr("Disable account"),
            self.tr(
                "Disable the account {username} ({name})? It can no longer sign in. Its history is kept "
                "and it can be enabled again."
            ).format(username=user.username, name=user.display_name),
            self.tr("Disable"),
        ):
            return
        archived = not user.archived
        self.session.call(lambda ctx: auth.set_archived(ctx, user.id, archived), parent=self)

    def unlock(self) -> None:
        user = self.selected_user()
        if user is not None:
            self.session.call(lambda ctx: auth.unlock(ctx, user.id), parent=self)

    def confirm(self, title: str, text: str, yes_text: str) -> bool:
        """Asks the user; tests replace it."""
        return ask(self, title, text, yes_text)
