"""Register a complaint, suggestion or praise (投诉 / 建议 / 表扬) from any channel.

Keyboard first: the unit field finds a unit by its code or a person by name, pinyin or phone (Enter: one
match is taken, several are listed); the complainant is one of the unit's people or any name typed. Praise
names the staff member or department praised. Enter moves on, Ctrl+S saves, Esc cancels.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk_app.domain.complaints import Channel, Kind, Severity
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall
from desk_app.forms.work_orders.common import OptionalDateTime, fill_choices
from desk_app.forms.work_orders.register_form import UnitCandidate, find_units
from desk_app.services import organisation
from desk_app.services.complaints import handling
from desk_app.services.complaints.handling import ComplaintInput
from desk_app.services.organisation import DepartmentDTO, StaffDTO
from desk_app.services.work_orders import orders
from desk_app.services.work_orders.orders import ReporterChoice
from desk_app.ui.errors import message_for
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import (
    channel_choices,
    complaint_category_choices,
    complaint_kind_choices,
    complaint_severity_choices,
    relation_label,
)


class ComplaintRegisterDialog(FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {"complaint.text_required": "content"}

    def __init__(
        self, session: AppSession, parent: QWidget | None = None, kind: Kind = Kind.COMPLAINT
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Register a complaint, suggestion or praise"))
        tz = session.ctx.timezone
        self.unit_id: str | None = None
        self.picked_person: UnitCandidate | None = None
        self.reporters: list[ReporterChoice] = []
        self.staff_list: list[StaffDTO] = []
        self._unit_seq = 0

        self.kind = QComboBox()
        fill_choices(self.kind, complaint_kind_choices(), kind)
        self.channel = QComboBox()
        fill_choices(self.channel, channel_choices(), Channel.PHONE)

        # -- who: a unit (code, or a person's name / pinyin / phone) and the complainant
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("3-2-1102, or the complainant's name, pinyin or phone"))
        self.candidates = QListWidget()
        self.candidates.setMaximumHeight(110)
        self.candidates.hide()
        self.unit_chosen = PlainLabel()
        self.unit_chosen.setStyleSheet("color: #546e7a;")
        self.unit_chosen.hide()
        unit_box = QWidget()
        column = QVBoxLayout(unit_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.unit_edit)
        column.addWidget(self.candidates)
        column.addWidget(self.unit_chosen)
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

        self.unit_edit.textEdited.connect(self._unit_text_edited)
        self.candidates.itemActivated.connect(self._candidate_activated)
        self.complainant.activated.connect(self._complainant_chosen)
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

    def _unit_text_edited(self, _text: str) -> None:
        if self.unit_id is not None:
            self.unit_id = None
            self.picked_person = None
            self.unit_chosen.hide()
        self.candidates.hide()

    def resolve_unit(self) -> None:
        text = self.unit_edit.text()
        if not text.strip():
            self.focus_next(self.unit_edit)
            return
        self._unit_seq += 1
        seq = self._unit_seq
        self.session.call(
            lambda ctx: find_units(ctx, text), lambda found: self._units_found(seq, found), parent=self
        )

    def _units_found(self, seq: int, found: list[UnitCandidate]) -> None:
        if seq != self._unit_seq:
            return
        self.candidates.clear()
        if not found:
            self.candidates.hide()
            self.errors["unit_id"].show_message(message_for("work_order.unit_not_found"))
            self.unit_edit.setFocus()
            return
        self.errors["unit_id"].show_message("")
        if len(found) == 1:
            self.candidates.hide()
            self.choose_unit(found[0])
            self.complainant.setFocus(Qt.FocusReason.TabFocusReason)
            self.complainant.lineEdit().selectAll()
            return
        for candidate in found:
            item = QListWidgetItem(
                icon("person" if candidate.person_id else "unit"), self._describe(candidate)
            )
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            self.candidates.addItem(item)
        self.candidates.setCurrentRow(0)
        self.candidates.show()
        self.candidates.setFocus(Qt.FocusReason.OtherFocusReason)

    def _describe(self, c: UnitCandidate) -> str:
        if c.person_id is None:
            owners = self.tr("Owner: {names}").format(names=c.owners) if c.owners else ""
            return "    ".join(x for x in (c.code, owners) if x)
        relation = relation_label(c.relation) if c.relation else ""
        return "    ".join(x for x in (c.person_name, c.phone, f"{c.code} {relation}".strip()) if x)

    def _candidate_activated(self, item: QListWidgetItem) -> None:
        candidate = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(candidate, UnitCandidate):
            self.candidates.hide()
            self.choose_unit(candidate)
            self.complainant.setFocus(Qt.FocusReason.OtherFocusReason)
            self.complainant.lineEdit().selectAll()

    def choose_unit(self, candidate: UnitCandidate) -> None:
        self.unit_id = candidate.unit_id
        self.picked_person = candidate if candidate.person_id else None
        self.unit_edit.setText(candidate.code)
        self.errors["unit_id"].show_message("")
        self.unit_chosen.setText(self.tr("Owner: {names}").format(names=candidate.owners))
        self.unit_chosen.setVisible(bool(candidate.owners))
        unit_id = candidate.unit_id
        self.session.call(
            lambda ctx: orders.reporters_for_unit(ctx, unit_id),
            lambda choices: self._people_arrived(unit_id, choices),
            parent=self,
        )

    def _people_arrived(self, unit_id: str, choices: list[ReporterChoice]) -> None:
        if unit_id != self.unit_id:
            return
        self.reporters = choices
        self.complainant.clear()
        for choice in choices:
            self.complainant.addItem(choice.name, choice.person_id)
        picked = self.picked_person
        if picked is not None:
            self.complainant.setCurrentIndex(self.complainant.findData(picked.person_id))
            self.complainant.setEditText(picked.person_name)
            self.phone.setText(picked.phone or self._phone_of(picked.person_id))
        elif choices:
            self.complainant.setCurrentIndex(0)
            self.phone.setText(choices[0].phone)
        else:
            self.complainant.setCurrentIndex(-1)
            self.complainant.setEditText("")

    def _phone_of(self, person_id: str | None) -> str:
        return next((c.phone for c in self.reporters if c.person_id == person_id), "")

    def _complainant_chosen(self, index: int) -> None:
        if 0 <= index < len(self.reporters):
            self.phone.setText(self.reporters[index].phone)

    def _person_id(self) -> str | None:
        name = self.complainant.currentText().strip()
        if self.picked_person is not None and self.picked_person.person_name == name:
            return self.picked_person.person_id
        return next((c.person_id for c in self.reporters if c.name == name), None)

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
