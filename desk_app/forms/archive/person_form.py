"""New or changed person: name, gender, phones, ID number, company, notes.

When editing, the ID field shows the masked number; saving it unchanged keeps the stored number (the service
recognises its own mask), so the form never needs the full number.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.domain.validation import gender_from_id, validate_id_number, validate_phone
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall
from desk_app.services.archive import people
from desk_app.services.archive.dto import PersonCard
from desk_app.services.archive.people import PersonInput
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import live_validate
from desk_app.views.labels import gender_label


class PersonDialog(FormDialog):
    def __init__(
        self,
        session: AppSession,
        person: PersonCard | None = None,
        parent: QWidget | None = None,
        name: str = "",
        mobile: str = "",
    ) -> None:
        super().__init__(session, parent)
        self.person = person
        self.setWindowTitle(
            self.tr("New person") if person is None else self.tr("Edit {name}").format(name=person.name)
        )
        self._masked_id = person.id_number_masked if person is not None else ""

        self.name = QLineEdit(name)
        self.name.setMaxLength(60)
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Not given"), "")
        for code in ("M", "F"):
            self.gender.addItem(gender_label(code), code)
        self.mobile = QLineEdit(mobile)
        self.mobile2 = QLineEdit()
        self.landline = QLineEdit()
        self.landline.setPlaceholderText(self.tr("e.g. 020-12345678"))
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(22)  # 18 characters, plus the spaces people type between groups
        self.company = QLineEdit()
        self.company.setMaxLength(100)
        self.notes = NotesEdit()

        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("gender", self.tr("Gender"), self.gender)
        mobile_error = self.add_field("mobile", self.tr("Mobile"), self.mobile)
        mobile2_error = self.add_field("mobile2", self.tr("Second mobile"), self.mobile2)
        landline_error = self.add_field("landline", self.tr("Landline"), self.landline)
        id_error = self.add_field("id_number", self.tr("ID number"), self.id_number)
        self.add_field("company", self.tr("Company"), self.company)
        self.add_field("notes", self.tr("Notes"), self.notes)
        live_validate(self.mobile, mobile_error, people.mobile)
        live_validate(self.mobile2, mobile2_error, people.mobile)
        live_validate(self.landline, landline_error, validate_phone)
        live_validate(self.id_number, id_error, self._check_id)

        if person is not None:
            self.name.setText(person.name)
            self.gender.setCurrentIndex(max(0, self.gender.findData(person.gender or "")))
            self.mobile.setText(person.mobile)
            self.mobile2.setText(person.mobile2)
            self.landline.setText(person.landline)
            self.id_number.setText(person.id_number_masked)
            self.company.setText(person.company)
            self.notes.setText(person.notes)
        self.setMinimumWidth(540)
        self.finish_layout()

    def _check_id(self, text: str) -> str:
        if self._masked_id and text.strip() == self._masked_id:
            return text  # unchanged: the stored number stays
        number = validate_id_number(text, today=self.session.ctx.local_now().date())
        if not self.gender.currentData():
            # The ID says it; saves the clerk a field (sequence parity, GB 11643).
            self.gender.setCurrentIndex(max(0, self.gender.findData(gender_from_id(number) or "")))
        return number

    def build_call(self) -> ServiceCall:
        id_text = self.id_number.text().strip()
        data = PersonInput(
            name=self.name.text(),
            gender=self.gender.currentData() or None,
            mobile=self.mobile.text(),
            mobile2=self.mobile2.text(),
            landline=self.landline.text(),
            id_number=id_text,
            company=self.company.text(),
            notes=self.notes.text(),
        )
        if self.person is None:
            return lambda ctx: people.create_person(ctx, data)
        person_id = self.person.id
        return lambda ctx: people.update_person(ctx, person_id, data)
