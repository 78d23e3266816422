"""Register a complaint, suggestion or praise (投诉 / 建议 / 表扬) from any channel.

Keyboard first: the unit field finds a unit by its code or a person by name, pinyin or phone (Enter: one
match is taken, several are listed); the complainant is one of the unit's people or any name typed. Praise
names the staff member or department praised. Enter moves on, Ctrl+S saves, Esc cancels.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.domain.complaints import Channel, Kind, Severity
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall
from desk_app.forms.unit_picker import UnitPickerMixin
from desk_app.forms.work_orders.common import OptionalDateTime, fill_choices
from desk_app.services import organisation
from desk_app.services.complaints import handling
from desk_app.services.complaints.handling import ComplaintInput
from desk_app.services.organisation import DepartmentDTO, StaffDTO
from desk_app.ui.session import AppSession
from desk_app.views.labels import (
    channel_choices,
    complaint_category_choices,
    complaint_kind_choices,
    complaint_severity_choices,
)


class ComplaintRegisterDialog(UnitPickerMixin, FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {"complaint.text_required": "content"}

    def __init__(
        self, session: AppSession, parent: QWidget | None = None, kind: Kind = Kind.COMPLAINT
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Register a complaint, suggestion or praise"))
        tz = session.ctx.timezone
        self.staff_list: list[StaffDTO] = []

        self.kind = QComboBox()
        fill_choices(self.kind, complaint_kind_choices(), kind)
        self.channel = QComboBox()
        fill_choices(self.channel, channel_choices(), Channel.PHONE)

        # -- who: a unit (code, or a person's name / pinyin / phone) and the complainant
        unit_box = self.build_unit_picker(
            self.tr("3-2-1102, or the complainant's name, pinyin or phone"), list_height=110
        )
        self.complainant = QComboBox()
        self.complainant.setEditable(True)
        self.complainant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.complainant.lineEdit().setMaxLength(60)
        self.complainant.lineEdit().setPlaceholderText(self.tr("A person of the unit, or any name"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)

        # -- what
        self.category = QComboBox()
        fill_choices(self.category, complaint_category_choices())
        self.department = QComboBox()
        self.staff = QComboBox()
        self.staff.setEditable(True)
        self.staff.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff.lineEdit().setMaxLength(60)
        self.content = NotesEdit()
        self.content.setPlaceholderText(self.tr("In the complainant's own words (Shift+Enter: new line)"))
        self.request = NotesEdit()
        self.request.setPlaceholderText(self.tr("What they ask for"))
        self.severity = QComboBox()
        fill_choices(self.severity, complaint_severity_choices(), Severity.NORMAL)
        self.promised = OptionalDateTime(self.tr("Promised"), tz, session.ctx.now())
        self.promised.setToolTip(self.tr("The reply time promised to the complainant"))

        self.add_field("kind", self.tr("&Type:"), self.kind)
        self.add_field("channel", self.tr("Cha&nnel:"), self.channel)
        self.add_field("unit_id", self.tr("&Unit:"), unit_box, focus=[self.unit_edit, self.candidates])
        self.add_field("complainant_name", self.tr("&Complainant:"), self.complainant)
        self.add_field("complainant_phone", self.tr("P&hone:"), self.phone)
        self.add_field("category", self.tr("Cate&gory:"), self.category)
        self.add_field("department_id", self.tr("&Department:"), self.department)
        self.add_field("staff_id", self.tr("&Staff:"), self.staff)
        self.add_field("content", self.tr("C&ontent:"), self.content)
        self.add_field("request", self.tr("&Request:"), self.request)
        self.add_field("severity", self.tr("Se&verity:"), self.severity)
        self.add_field(
            "promised_reply_at",
            self.tr("Reply &promised:"),
            self.promised,
            focus=[self.promised.check, self.promised.edit],
        )

        self.complainant.activated.connect(self._person_chosen)
        self.department.currentIndexChanged.connect(self._department_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

        self.resize(620, 0)
        self.finish_layout()
        session.call(organisation.list_departments, self._departments_arrived, parent=self)

    # ------------------------------------------------------------------------------------------ kind

    def current_kind(self) -> Kind:
        return Kind(self.kind.currentData())

    def _kind_changed(self, _index: int = 0) -> None:
        praise = self.current_kind() is Kind.PRAISE
        self.staff.lineEdit().setPlaceholderText(
            self.tr("Who is praised (a name from the list, or any name)")
            if praise
            else self.tr("Staff involved, if any")
        )
        self.severity.setEnabled(self.current_kind() is Kind.COMPLAINT)

    # ------------------------------------------------------------------------------------------ unit

    def person_combo(self) -> QComboBox:
        return self.complainant

    def resolve_unit(self) -> None:
        if not self.unit_edit.text().strip():
            self.focus_next(self.unit_edit)
            return
        super().resolve_unit()

    # ------------------------------------------------------------------------------------------ staff

    def _departments_arrived(self, departments: list[DepartmentDTO]) -> None:
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem("—", None)
        for d in departments:
            self.department.addItem(d.name, d.id)
        self.department.blockSignals(False)
        self._department_changed()

    def _department_changed(self, _index: int = 0) -> None:
        department_id = self.department.currentData()
        self.session.call(
            lambda ctx: organisation.list_staff(ctx, department_id), self._staff_arrived, parent=self
        )

    def _staff_arrived(self, staff: list[StaffDTO]) -> None:
        typed = self.staff.currentText()
        self.staff_list = staff
        self.staff.clear()
        for person in staff:
            label = f"{person.name}（{person.position}）" if person.position else person.name
            self.staff.addItem(label, person.id)
        self.staff.setCurrentIndex(-1)
        self.staff.setEditText(typed)

    def _staff_choice(self) -> tuple[str | None, str]:
        text = self.staff.currentText().strip()
        index = self.staff.findText(text)
        staff_id = self.staff.itemData(index) if index >= 0 else None
        if staff_id is None:
            staff_id = next((s.id for s in self.staff_list if s.name == text), None)
        return staff_id, "" if staff_id else text

    # ------------------------------------------------------------------------------------------ saving

    def on_enter(self, widget: QWidget) -> bool:
        if widget is self.unit_edit:
            if self.unit_id is None:
                self.resolve_unit()
                return True
        elif widget is self.candidates:
            item = self.candidates.currentItem()
            if item is not None:
                self._candidate_activated(item)
                return True
        return False

    def build_call(self) -> ServiceCall:
        staff_id, staff_name = self._staff_choice()
        data = ComplaintInput(
            content=self.content.text(),
            complainant_name=self.complainant.currentText().strip(),
            kind=self.current_kind(),
            channel=Channel(self.channel.currentData()),
            complainant_phone=self.phone.text().strip(),
            complainant_person_id=self._person_id(),
            unit_id=self.unit_id,
            category=self.category.currentData(),
            department_id=self.department.currentData(),
            staff_id=staff_id,
            staff_name=staff_name,
            request=self.request.text(),
            severity=Severity(self.severity.currentData()),
            promised_reply_at=self.promised.value(),
        )
        return lambda ctx: handling.register(ctx, data)
