"""Adding or editing a staff member of a department (people who receive work but do not sign in)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall
from desk_app.services import organisation
from desk_app.services.organisation import DepartmentDTO, StaffDTO, StaffInput
from desk_app.ui.session import AppSession


class StaffDialog(FormDialog):
    def __init__(
        self,
        session: AppSession,
        departments: Sequence[DepartmentDTO],
        department_id: str | None = None,
        staff: StaffDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("New staff member") if staff is None else self.tr("Edit staff member"))
        self.staff = staff
        self.department = QComboBox()
        for d in departments:
            self.department.addItem(d.name, d.id)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        self.position = QLineEdit()
        self.position.setMaxLength(60)
        self.notes = NotesEdit()
        self.add_field("department_id", self.tr("&Department:"), self.department)
        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("phone", self.tr("&Phone:"), self.phone)
        self.add_field("position", self.tr("P&osition:"), self.position)
        self.add_field("notes", self.tr("No&tes:"), self.notes)
        chosen = staff.department_id if staff else department_id
        if chosen is not None and self.department.findData(chosen) >= 0:
            self.department.setCurrentIndex(self.department.findData(chosen))
        if staff is not None:
            self.name.setText(staff.name)
            self.phone.setText(staff.phone)
            self.position.setText(staff.position)
            self.notes.setText(staff.notes)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        data = StaffInput(
            department_id=self.department.currentData() or "",
            name=self.name.text(),
            phone=self.phone.text(),
            position=self.position.text(),
            notes=self.notes.text(),
        )
        staff_id = self.staff.id if self.staff else None
        return lambda ctx: organisation.save_staff(ctx, data, staff_id)
