"""Open (or, while registering, correct) a renovation filing.

The unit is found like in every register form (code, name, pinyin or phone, Enter); its owners fill the
owner list and its authorised persons join the applicant list — the archive decides who may apply, the
service checks it again. The planned end shows the cap's last allowed day as soon as the start is set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.renovation import period_end_limit
from desk_app.forms.base import FieldMessages, FormDialog, NotesEdit, ServiceCall
from desk_app.forms.renovation import common
from desk_app.forms.unit_picker import UnitCandidate, UnitPickerMixin
from desk_app.services import settings
from desk_app.services.renovation import filings
from desk_app.services.renovation.views import FilingDetail
from desk_app.services.work_orders.orders import ReporterChoice
from desk_app.ui.widgets import ErrorLabel, PlainLabel
from desk_app.views.labels import relation_label


class FilingForm(UnitPickerMixin, FormDialog):
    """New filing (``filing`` None) or the correction of a filing still being registered."""

    def __init__(
        self, session: Any, parent: QWidget | None = None, filing: FilingDetail | None = None
    ) -> None:
        super().__init__(session, parent)
        self.filing = filing
        self.max_months = 3
        self.photo: bytes | None = None
        self.photo_name = ""
        self.setWindowTitle(
            self.tr("Edit filing {number}").format(number=filing.number)
            if filing
            else self.tr("New renovation filing")
        )
        self.setMinimumWidth(720)

        unit_box = self.build_unit_picker(self.tr("Unit code, owner name or phone, then Enter"), 120)
        self.add_field("unit_id", self.tr("&Unit:"), unit_box, focus=[self.unit_edit, self.candidates])

        self.owner = QComboBox()
        self.applicant = QComboBox()
        self.add_pair(
            self.tr("&Owner:"),
            ("owner_person_id", self.owner),
            ("applicant_person_id", self.tr("Appl&icant:"), self.applicant),
        )
        self.authorisation_note = QLineEdit()
        self.authorisation_note.setPlaceholderText(self.tr("Letter of authorisation: date, scope"))
        self.add_field("authorisation_note", self.tr("Au&thorisation:"), self.authorisation_note)

        self.company = QLineEdit()
        self.add_field("contractor_company", self.tr("&Contractor:"), self.company)
        self.licence = QLineEdit()
        self.licence.setMaxLength(18)
        self.licence.setPlaceholderText(self.tr("18 characters, optional"))
        self.qualification = QLineEdit()
        self.add_pair(
            self.tr("&Licence no.:"),
            ("contractor_licence_no", self.licence),
            ("contractor_qualification_no", self.tr("&Qualification no.:"), self.qualification),
        )
        self.responsible = QLineEdit()
        self.responsible_phone = QLineEdit()
        self.add_pair(
            self.tr("&Responsible:"),
            ("responsible_name", self.responsible),
            ("responsible_phone", self.tr("&Phone:"), self.responsible_phone),
        )
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(18)
        self.photo_button = QPushButton(self.tr("P&hoto from a file…"))
        self.photo_button.setAutoDefault(False)
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_label = PlainLabel(self.tr("No photo"))
        self.photo_label.setStyleSheet("color: #546e7a;")
        photo_box = QWidget()
        photo_row = QHBoxLayout(photo_box)
        photo_row.setContentsMargins(0, 0, 0, 0)
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_label, 1)
        self.add_pair(
            self.tr("I&D number:"),
            ("responsible_id_number", self.id_number),
            ("responsible_photo", self.tr("Photo:"), photo_box, self.photo_button),
        )
        self.scope = NotesEdit()
        self.scope.setPlaceholderText(self.tr("Works and rooms concerned"))
        self.add_field("scope", self.tr("&Scope of works:"), self.scope)

        today = session.ctx.local_now().date()
        self.start = common.date_edit(today)
        self.end = common.date_edit(today)
        self.limit_label = PlainLabel()
        self.limit_label.setStyleSheet("color: #546e7a;")
        end_box = QWidget()
        end_row = QHBoxLayout(end_box)
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.end)
        end_row.addWidget(self.limit_label, 1)
        self.add_pair(
            self.tr("&Start:"),
            ("planned_start", self.start),
            ("planned_end", self.tr("&End:"), end_box, self.end),
        )
        self.waterproof = QCheckBox(
            self.tr("The original &waterproof layer is touched (owner's commitment needed)")
        )
        self.add_field("waterproof_touched", "", self.waterproof)

        self.owner.currentIndexChanged.connect(lambda _i: self._owner_changed())
        self.applicant.currentIndexChanged.connect(lambda _i: self._applicant_changed())
        self.start.dateChanged.connect(lambda _d: self._update_limit())
        self._applicant_changed()
        self.finish_layout()
        session.call(
            lambda ctx: int(settings.get(ctx, "renovation.max_months")), self._cap_arrived, parent=self
        )
        if filing is not None:
            self._fill(filing)

    # ------------------------------------------------------------------------------------------ layout

    def add_pair(
        self,
        label: str,
        first: tuple[str, QWidget],
        second: tuple[str, str, QWidget] | tuple[str, str, QWidget, QWidget],
    ) -> None:
        """Two fields on one row, each with its own error line (keeps the form within a 768-pixel screen)."""
        name1, widget1 = first
        name2, caption2, widget2 = second[0], second[1], second[2]
        focus2 = second[3] if len(second) == 4 else widget2  # type: ignore[misc]
        row = QWidget()
        grid = QHBoxLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        left, left_error = self._column(widget1)
        caption = QLabel(caption2)
        caption.setBuddy(focus2)
        right, right_error = self._column(widget2)
        # Captions sit level with their field; an error line under one field must not move the other.
        caption.setFixedHeight(widget1.sizeHint().height())
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(left, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(right, 1, Qt.AlignmentFlag.AlignTop)
        caption1 = QLabel(label)
        caption1.setBuddy(widget1)
        caption1.setFixedHeight(widget1.sizeHint().height())
        caption1.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.addRow(caption1, row)
        self.errors[name1], self.fields[name1] = left_error, widget1
        self.errors[name2], self.fields[name2] = right_error, widget2
        self.add_focus(widget1)
        self.add_focus(focus2)

    def _column(self, widget: QWidget) -> tuple[QWidget, ErrorLabel]:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel()
        error.installEventFilter(self)
        column.addWidget(error)
        return holder, error

    # ------------------------------------------------------------------------------------------ unit and people

    def person_combo(self) -> QComboBox:
        return self.owner

    def _focus_person(self, reason: Qt.FocusReason) -> None:
        self.owner.setFocus(reason)

    def fill_people(self, unit_id: str, choices: list[ReporterChoice]) -> bool:
        if unit_id != self.unit_id:
            return False
        self.reporters = choices
        owners = [c for c in choices if c.relation == "owner"]
        self.owner.clear()
        for c in owners:
            self.owner.addItem(f"{c.name}  {c.phone}".strip(), c.person_id)
        self.applicant.clear()
        self.applicant.addItem(self.tr("The owner in person"), None)
        for c in choices:
            if c.relation == "authorised":
                self.applicant.addItem(f"{c.name}  ({relation_label(c.relation)})", c.person_id)
        picked = self.picked_person.person_id if self.picked_person else None
        if self.filing is not None and self.filing.unit_id == unit_id:
            picked = self.filing.owner_person_id
            index = self.applicant.findData(self.filing.applicant_person_id)
            self.applicant.setCurrentIndex(max(0, index))
        owner_index = self.owner.findData(picked) if picked else -1
        self.owner.setCurrentIndex(owner_index if owner_index >= 0 else 0 if owners else -1)
        if picked and owner_index < 0:
            app_index = self.applicant.findData(picked)  # an authorised person typed in the unit field
            if app_index >= 0:
                self.applicant.setCurrentIndex(app_index)
        if not owners:
            self.errors["owner_person_id"].show_message(self.tr("The archive has no owner for this unit."))
        else:
            self.errors["owner_person_id"].show_message("")
        self._applicant_changed()
        return True

    def _owner_changed(self) -> None:
        self.errors["owner_person_id"].show_message("")

    def _applicant_changed(self) -> None:
        authorised = self.applicant.currentData() is not None
        self.authorisation_note.setEnabled(authorised)
        if not authorised:
            self.errors["authorisation_note"].show_message("")

    def unit_changed(self) -> None:
        if self.unit_id is None:
            self.owner.clear()
            self.applicant.clear()

    # ------------------------------------------------------------------------------------------ period

    def _cap_arrived(self, months: int) -> None:
        self.max_months = months
        self._update_limit()

    def _update_limit(self) -> None:
        start = common.pydate(self.start)
        limit = period_end_limit(start, self.max_months)
        self.end.setMinimumDate(self.start.date())
        self.end.setMaximumDate(QDate(9999, 12, 31))
        if self.filing is None and common.pydate(self.end) <= start:
            self.end.setDate(common.qdate(limit))
        self.limit_label.setText(
            self.tr("at most {months} months: until {limit}").format(
                months=self.max_months, limit=limit.isoformat()
            )
        )

    # ------------------------------------------------------------------------------------------ photo

    def choose_photo(self) -> None:
        paths = common.pick_files(self, self.tr("The responsible person's photo"))
        if paths:
            self.set_photo(paths[0])

    def set_photo(self, path: Path) -> None:
        data, problem = common.read_file(path)
        self.errors["responsible_photo"].show_message(problem)
        if data is not None:
            self.photo, self.photo_name = data, path.name
            self.photo_label.setText(path.name)

    # ------------------------------------------------------------------------------------------ edit

    def _fill(self, f: FilingDetail) -> None:
        self.unit_edit.setText(f.unit_code)
        self.choose_unit(UnitCandidate(f.unit_id, f.unit_code, f.owner_name))
        self.authorisation_note.setText(f.authorisation_note)
        self.company.setText(f.contractor_company)
        self.licence.setText(f.contractor_licence_no)
        self.qualification.setText(f.contractor_qualification_no)
        self.responsible.setText(f.responsible_name)
        self.responsible_phone.setText(f.responsible_phone)
        self.id_number.setPlaceholderText(f.responsible_id_masked)  # typed: replaced; blank: kept
        if f.responsible_photo_id:
            self.photo_label.setText(self.tr("Photo on file"))
        self.scope.setText(f.scope)
        self.start.setDate(common.qdate(f.planned_start))
        self.end.setDate(common.qdate(f.planned_end))
        self.waterproof.setChecked(f.waterproof_touched)

    # ------------------------------------------------------------------------------------------ saving

    def on_enter(self, widget: QWidget) -> bool:
        if widget is self.unit_edit:
            if self.unit_id is not None and self.unit_edit.text().strip() == self.unit_code:
                return False
            if self.unit_edit.text().strip():
                self.resolve_unit()
            return True
        if widget is self.candidates:
            item = self.candidates.currentItem()
            if item is not None:
                self._candidate_activated(item)
            return True
        return False

    def build_call(self) -> ServiceCall:
        if self.unit_id is None:
            raise FieldMessages({"unit_id": self.tr("Choose the unit (type its code and press Enter).")})
        id_text = self.id_number.text().strip()
        data = filings.FilingInput(
            unit_id=self.unit_id,
            owner_person_id=self.owner.currentData() or "",
            applicant_person_id=self.applicant.currentData(),
            authorisation_note=self.authorisation_note.text(),
            contractor_company=self.company.text(),
            contractor_licence_no=self.licence.text(),
            contractor_qualification_no=self.qualification.text(),
            responsible_name=self.responsible.text(),
            responsible_phone=self.responsible_phone.text(),
            responsible_id_number=id_text if (id_text or self.filing is None) else None,
            responsible_photo=self.photo,
            responsible_photo_name=self.photo_name,
            scope=self.scope.text(),
            planned_start=common.pydate(self.start),
            planned_end=common.pydate(self.end),
            waterproof_touched=self.waterproof.isChecked(),
        )
        if self.filing is None:
            return lambda ctx: filings.open_filing(ctx, data)
        filing_id = self.filing.id
        return lambda ctx: filings.edit_filing(ctx, filing_id, data)
