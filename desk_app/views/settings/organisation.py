"""Departments and staff page: the departments that receive work, and the people in each of them.

Nothing is deleted: a department or staff member is archived (hidden from new work, kept in history) and can
be restored from the "Show archived" view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.forms.settings.department_form import DepartmentDialog
from desk_app.forms.settings.staff_form import StaffDialog
from desk_app.services import organisation
from desk_app.services.organisation import DepartmentDTO, StaffDTO
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.views.history import HistoryDialog
from desk_app.views.labels import department_kind_label
from desk_app.views.settings.common import ask, fit_columns, heading, make_table, select_where, selected


def _archived(row: Any) -> bool:
    return bool(row.archived)


class _Section(QWidget):
    """A heading, a row of buttons (add, edit, archive/restore, show archived) and a table."""

    def __init__(
        self, title: str, model: RowTableModel, add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = heading(title)
        self.add_button = QPushButton(icon("add"), add_text)
        self.edit_button = QPushButton(icon("edit"), "")
        self.archive_button = QPushButton(icon("archive_record"), "")
        self.history_button = QPushButton(icon("history"), "")
        self.show_archived = QCheckBox()
        self.table: QTableView = make_table(model)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.show_archived)
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.archive_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)


class OrganisationPage(QWidget):
    KINDS = frozenset({"department", "staff"})

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: DepartmentDialog | StaffDialog | None = None
        self.departments: list[DepartmentDTO] = []
        self._restoring_selection = False

        self.department_model = RowTableModel(
            [
                Column(self.tr("Name"), lambda d: d.name),
                Column(self.tr("Kind"), lambda d: department_kind_label(d.kind)),
                Column(self.tr("Phone"), lambda d: d.phone),
                Column(self.tr("Staff"), lambda d: str(d.staff_count), align_right=True),
            ],
            muted=_archived,
            parent=self,
        )
        self.staff_model = RowTableModel(
            [
                Column(self.tr("Name"), lambda s: s.name),
                Column(self.tr("Phone"), lambda s: s.phone),
                Column(self.tr("Position"), lambda s: s.position),
                Column(self.tr("Notes"), lambda s: s.notes.replace("\n", " "), tooltip=lambda s: s.notes),
            ],
            muted=_archived,
            parent=self,
        )

        self.department_section = _Section(
            self.tr("Departments"), self.department_model, self.tr("&Add department…")
        )
        d = self.department_section
        d.edit_button.setText(self.tr("&Edit…"))
        d.show_archived.setText(self.tr("Show archived"))
        self.department_table = d.table
        d.add_button.clicked.connect(self.add_department)
        d.edit_button.clicked.connect(self.edit_department)
        d.archive_button.clicked.connect(self.toggle_department_archived)
        d.history_button.setText(self.tr("History"))
        d.history_button.clicked.connect(lambda: self.show_history("department"))
        d.show_archived.toggled.connect(self.reload)
        d.table.doubleClicked.connect(self.edit_department)
        d.table.selectionModel().selectionChanged.connect(self._department_selected)

        self.staff_section = _Section(self.tr("Staff"), self.staff_model, self.tr("Add &staff member…"))
        s = self.staff_section
        s.edit_button.setText(self.tr("Ed&it…"))
        s.show_archived.setText(self.tr("Show archived staff"))
        self.staff_table = s.table
        s.add_button.clicked.connect(self.add_staff)
        s.edit_button.clicked.connect(self.edit_staff)
        s.archive_button.clicked.connect(self.toggle_staff_archived)
        s.history_button.setText(self.tr("History"))
        s.history_button.clicked.connect(lambda: self.show_history("staff"))
        s.show_archived.toggled.connect(self.reload_staff)
        s.table.doubleClicked.connect(self.edit_staff)
        s.table.selectionModel().selectionChanged.connect(self._update_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(d)
        splitter.addWidget(s)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([480, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        session.changed.connect(self._on_changed)
        self.reload()

    # --- loading
    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.KINDS:
            self.reload()

    def reload(self) -> None:
        include = self.department_section.show_archived.isChecked()
        self.session.call(
            lambda ctx: organisation.list_departments(ctx, include_archived=include),
            on_done=self._show_departments,
            parent=self,
        )

    def _show_departments(self, rows: list[DepartmentDTO]) -> None:
        current = self.selected_department()
        self.departments = rows
        self._restoring_selection = True
        try:
            self.department_model.set_rows(rows)
            fit_columns(self.department_table)
            if not (current and select_where(self.department_table, lambda d: d.id == current.id)) and rows:
                self.department_table.selectRow(0)
        finally:
            self._restoring_selection = False
        self.reload_staff()

    def reload_staff(self) -> None:
        department = self.selected_department()
        if department is None:
            self.staff_section.title.setText(self.tr("Staff"))
            self.staff_model.set_rows([])
            self._update_buttons()
            return
        self.staff_section.title.setText(self.tr("Staff of {department}").format(department=department.name))
        include = self.staff_section.show_archived.isChecked()
        self.session.call(
            lambda ctx: organisation.list_staff(ctx, department.id, include_archived=include),
            on_done=self._show_staff,
            parent=self,
        )

    def _show_staff(self, rows: list[StaffDTO]) -> None:
        current = self.selected_staff()
        self.staff_model.set_rows(rows)
        fit_columns(self.staff_table)
        if current is not None:
            select_where(self.staff_table, lambda s: s.id == current.id)
        self._update_buttons()

    def _department_selected(self) -> None:
        if not self._restoring_selection:
            self.reload_staff()

    # --- selection
    def selected_department(self) -> DepartmentDTO | None:
        row: DepartmentDTO | None = selected(self.department_table)
        return row

    def selected_staff(self) -> StaffDTO | None:
        row: StaffDTO | None = selected(self.staff_table)
        return row

    def _update_buttons(self) -> None:
        for section, row in (
            (self.department_section, self.selected_department()),
            (self.staff_section, self.selected_staff()),
        ):
            section.edit_button.setEnabled(row is not None)
            section.archive_button.setEnabled(row is not None)
            section.history_button.setEnabled(row is not None)
            archived = row is not None and row.archived
            section.archive_button.setIcon(icon("restore" if archived else "archive_record"))
            section.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        department = self.selected_department()
        self.staff_section.add_button.setEnabled(department is not None and not department.archived)

    # --- actions
    def _open(self, dialog: DepartmentDialog | StaffDialog) -> None:
        self.dialog = dialog  # deletes itself when closed (FormDialog)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def show_history(self, kind: str) -> None:
        row = self.selected_department() if kind == "department" else self.selected_staff()
        if row is not None:
            HistoryDialog(self.session, kind, row.id, row.name, self).open()

    def add_department(self) -> None:
        self._open(DepartmentDialog(self.session, parent=self))

    def edit_department(self) -> None:
        department = self.selected_department()
        if department is not None:
            self._open(DepartmentDialog(self.session, department, parent=self))

    def add_staff(self) -> None:
        department = self.selected_department()
        active = [d for d in self.departments if not d.archived]
        self._open(StaffDialog(self.session, active, department.id if department else None, parent=self))

    def edit_staff(self) -> None:
        staff = self.selected_staff()
        if staff is not None:
            active = [d for d in self.departments if not d.archived or d.id == staff.department_id]
            self._open(StaffDialog(self.session, active, staff=staff, parent=self))

    def toggle_department_archived(self) -> None:
        department = self.selected_department()
        if department is None:
            return
        if not department.archived and not self.confirm(
            self.tr("Archive department"),
            self.tr(
                "Archive the department {name}? It is no longer offered for new work; "
                "its history is kept and it can be restored later."
            ).format(name=department.name),
            self.tr("Archive"),
        ):
            return
        archived = not department.archived
        self.session.call(
            lambda ctx: organisation.set_department_archived(ctx, department.id, archived), parent=self
        )

    def toggle_staff_archived(self) -> None:
        staff = self.selected_staff()
        if staff is None:
            return
        if not staff.archived and not self.confirm(
            self.tr("Archive staff member"),
            self.tr(
                "Archive {name}? They are no longer offered for new work; "
                "their history is kept and they can be restored later."
            ).format(name=staff.name),
            self.tr("Archive"),
        ):
            return
        archived = not staff.archived
        self.session.call(lambda ctx: organisation.set_staff_archived(ctx, staff.id, archived), parent=self)

    def confirm(self, title: str, text: str, yes_text: str) -> bool:
        """Asks the user; tests replace it."""
        return ask(self, title, text, yes_text)
