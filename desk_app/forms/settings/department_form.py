"""Adding or editing a department (name, kind, phone)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.domain.enums import DepartmentKind
from desk_app.forms.base import FormDialog, ServiceCall
from desk_app.services import organisation
from desk_app.services.organisation import DepartmentDTO, DepartmentInput
from desk_app.ui.session import AppSession
from desk_app.views.labels import department_kind_label


class DepartmentDialog(FormDialog):
    def __init__(
        self, session: AppSession, department: DepartmentDTO | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("New department") if department is None else self.tr("Edit department"))
        self.department = department
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.kind = QComboBox()
        for kind in DepartmentKind:
            self.kind.addItem(department_kind_label(kind), kind)
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.add_field("phone", self.tr("&Phone:"), self.phone)
        if department is not None:
            self.name.setText(department.name)
            self.kind.setCurrentIndex(self.kind.findData(department.kind))
            self.phone.setText(department.phone)
        else:
            self.kind.setCurrentIndex(self.kind.findData(DepartmentKind.OTHER))
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        data = DepartmentInput(self.name.text(), DepartmentKind(self.kind.currentData()), self.phone.text())
        department_id = self.department.id if self.department else None
        return lambda ctx: organisation.save_department(ctx, data, department_id)
