"""Issue a goods-release slip (物品放行通知单): unit, applicant, the unit's warnings, items, plate, date.

Keyboard first: the unit field finds a unit by its code or a person (Enter); the applicant is chosen from the
unit's owners and authorised people only (the archive decides who may take goods out). When the unit has an
open renovation, a move-out pending or fees owed, the warnings appear in a red box and the slip cannot be
saved until the clerk ticks that the applicant was told / the supervisor agreed. Items are rows of name and
quantity: Enter after a quantity opens the next row (at most 8), Enter on an empty name goes on to the plate.
Ctrl+S or the button saves and the page prints the two copies.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.release import MAX_ITEMS, ReleaseItem
from desk_app.forms.base import FormDialog, ServiceCall, local_errors
from desk_app.forms.unit_picker import UnitCandidate, UnitPickerMixin
from desk_app.services.context import ServiceContext
from desk_app.services.release import slips
from desk_app.services.release.slips import ApplicantChoice, UnitWarning
from desk_app.services.work_orders.orders import ReporterChoice
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import relation_label
from desk_app.views.release.labels import warning_text

WARNING_BOX_STYLE = (
    "#releaseWarnings { border: 2px solid #c62828; border-radius: 4px; background: #ffebee; }"
    " #releaseWarnings QLabel, #releaseWarnings QCheckBox { color: #b71c1c; }"
)


def load_unit(ctx: ServiceContext, unit_id: str) -> tuple[list[ApplicantChoice], list[UnitWarning]]:
    return slips.applicants_for_unit(ctx, unit_id), slips.warnings_for_unit(ctx, unit_id)


class ItemRow:
    """One line of the items table: a name and a quantity."""

    def __init__(self, number: int, name_placeholder: str) -> None:
        self.number = QLabel(f"{number}.")
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(name_placeholder)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 9999)
        self.quantity.setMinimumWidth(72)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.number, self.name, self.quantity)

    def set_visible(self, visible: bool) -> None:
        for widget in self.widgets():
            widget.setVisible(visible)


class ReleaseDialog(UnitPickerMixin, FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {
        "release.not_owner_or_authorised": "applicant",
        "release.warnings_not_acknowledged": "acknowledged",
        "record.not_found": "unit_id",
    }

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("New goods-release slip"))
        self.applicants: list[ApplicantChoice] = []
        self.warnings: list[UnitWarning] = []

        unit_box = self.build_unit_picker(
            self.tr("3-2-1102, or the owner's name, pinyin or phone"), list_height=110
        )
        self.applicant = QComboBox()
        self.applicant.setMinimumContentsLength(16)
        self.applicant.setPlaceholderText(self.tr("Choose the unit first"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)

        # -- the unit's warnings, red, with the acknowledgement the save needs
        self.warning_box = QFrame()
        self.warning_box.setObjectName("releaseWarnings")
        self.warning_box.setStyleSheet(WARNING_BOX_STYLE)
        self.warning_list = PlainLabel()
        self.warning_list.setWordWrap(True)
        self.warning_list.setStyleSheet("font-weight: bold;")
        self.acknowledged = QCheckBox(self.tr("I have told the applicant / checked with the supervisor"))
        box = QVBoxLayout(self.warning_box)
        box.setContentsMargins(8, 6, 8, 6)
        box.addWidget(self.warning_list)
        box.addWidget(self.acknowledged)
        self.warning_box.hide()

        # -- items
        items_box = QWidget()
        grid = QGridLayout(items_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.addWidget(PlainLabel(self.tr("Item")), 0, 1)
        grid.addWidget(PlainLabel(self.tr("Quantity")), 0, 2)
        self.item_rows = [ItemRow(n, self.tr("e.g. sofa, boxes, fridge")) for n in range(1, MAX_ITEMS + 1)]
        for index, item in enumerate(self.item_rows):
            for column, widget in enumerate(item.widgets()):
                grid.addWidget(widget, index + 1, column)
            item.set_visible(index == 0)
        grid.setColumnStretch(1, 1)
        self.items_hint = PlainLabel(
            self.tr("Enter after a quantity adds a row (at most {max}).").format(max=MAX_ITEMS)
        )
        self.items_hint.setStyleSheet("color: #78909c;")
        grid.addWidget(self.items_hint, MAX_ITEMS + 1, 1, 1, 2)

        self.plate = QLineEdit()
        self.plate.setMaxLength(20)
        self.plate.setPlaceholderText(self.tr("e.g. 粤A12345 (blank: carried out)"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = session.ctx.local_now().date()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.notes = QLineEdit()
        self.notes.setMaxLength(500)
        self.notes.setPlaceholderText(self.tr("Optional: why, e.g. moving house"))

        self.add_field("unit_id", self.tr("&Unit:"), unit_box, focus=[self.unit_edit, self.candidates])
        self.add_field("applicant", self.tr("&Applicant:"), self.applicant)
        self.add_field("phone", self.tr("P&hone:"), self.phone)
        self.add_field("acknowledged", "", self.warning_box, focus=[self.acknowledged])
        focus: list[QWidget] = []
        for item in self.item_rows:
            focus += [item.name, item.quantity]
        self.add_field("items", self.tr("&Items:"), items_box, focus=focus)
        self.add_field("plate", self.tr("&Plate:"), self.plate)
        self.add_field("release_date", self.tr("&Date:"), self.date)
        self.add_field("notes", self.tr("&Notes:"), self.notes)
        self.save_button.setText(self.tr("Save && &print"))
        self.save_button.setToolTip(self.tr("Save the slip and print its two copies (Ctrl+S)"))

        self.applicant.activated.connect(self._applicant_chosen)
        self.acknowledged.toggled.connect(lambda _on: self.errors["acknowledged"].show_message(""))
        self.setMinimumWidth(600)
        self.finish_layout()

    # ------------------------------------------------------------------------------------------ unit

    def person_combo(self) -> QComboBox:
        return self.applicant

    def resolve_unit(self) -> None:
        if not self.unit_edit.text().strip():
            return  # the unit is required: stay in the field
        super().resolve_unit()

    def choose_unit(self, candidate: UnitCandidate) -> None:
        """As the mixin, but the people are the unit's owners and authorised people, with its warnings."""
        self.unit_id = candidate.unit_id
        self.unit_code = candidate.code
        self.picked_person = candidate if candidate.person_id else None
        self.unit_edit.setText(candidate.code)
        self.errors["unit_id"].show_message("")
        self.unit_chosen.setText(
            QCoreApplication.translate("UnitPicker", "Owner: {names}").format(names=candidate.owners)
        )
        self.unit_chosen.setVisible(bool(candidate.owners))
        unit_id = candidate.unit_id
        self.session.call(
            lambda ctx: load_unit(ctx, unit_id), lambda found: self._unit_loaded(unit_id, *found), parent=self
        )
        self.unit_changed()

    def unit_changed(self) -> None:
        if self.unit_id is None:
            self.applicants = []
            self.applicant.clear()
            self.phone.clear()
            self._show_warnings([])

    def _unit_loaded(
        self, unit_id: str, applicants: list[ApplicantChoice], warnings: list[UnitWarning]
    ) -> None:
        if unit_id != self.unit_id:
            return  # the clerk chose another unit meanwhile
        self.applicants = applicants
        self.applicant.clear()
        for a in applicants:
            label = self.tr("{name} ({relation})").format(name=a.name, relation=relation_label(a.relation))
            self.applicant.addItem(label, a.person_id)
        picked = self.picked_person
        index = self.applicant.findData(picked.person_id) if picked is not None else 0
        if picked is not None and index < 0:
            # Found through a tenant or family member: say so, rather than silently pick someone else.
            self.errors["applicant"].show_message(
                self.tr("{name} is not an owner or authorised person of {unit}.").format(
                    name=picked.person_name, unit=self.unit_code
                )
            )
            index = 0
        else:
            self.errors["applicant"].show_message("")
        if not applicants:
            self.errors["applicant"].show_message(
                self.tr("The archive has no owner or authorised person for {unit}.").format(
                    unit=self.unit_code
                )
            )
        self.applicant.setCurrentIndex(index if applicants else -1)
        self._applicant_chosen(self.applicant.currentIndex())
        # fill_people of the mixin is not used: keep its list in step for _person_id()
        self.reporters = [ReporterChoice(a.person_id, a.name, a.phone, a.relation) for a in applicants]
        self._show_warnings(warnings)

    def _focus_person(self, reason: Qt.FocusReason) -> None:
        self.applicant.setFocus(reason)  # not editable: nothing to select

    def _applicant_chosen(self, index: int) -> None:
        self.phone.setText(self.applicants[index].phone if 0 <= index < len(self.applicants) else "")

    def _show_warnings(self, warnings: list[UnitWarning]) -> None:
        self.warnings = warnings
        self.acknowledged.setChecked(False)
        self.errors["acknowledged"].show_message("")
        lines = [self.tr("Before issuing, note for {unit}:").format(unit=self.unit_code)]
        lines += [f"• {warning_text(w)}" for w in warnings]
        self.warning_list.setText("\n".join(lines))
        self.warning_box.setVisible(bool(warnings))

    # ------------------------------------------------------------------------------------------ items

    def visible_items(self) -> list[ItemRow]:
        return [item for item in self.item_rows if not item.name.isHidden()]

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
        for index, row in enumerate(self.item_rows):
            if widget is row.name and not row.name.text().strip() and index > 0:
                self.plate.setFocus(Qt.FocusReason.TabFocusReason)  # an empty row ends the list
                return True
            if widget is row.quantity and index + 1 < MAX_ITEMS:
                row.quantity.interpretText()
                following = self.item_rows[index + 1]
                if following.name.isHidden():
                    following.set_visible(True)
                following.name.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def items(self) -> list[ReleaseItem]:
        return [ReleaseItem(row.name.text().strip(), row.quantity.value()) for row in self.visible_items()]

    # ------------------------------------------------------------------------------------------ saving

    def show_errors(self, messages: dict[str, str]) -> None:
        super().show_errors(messages)
        first = next((name for name in self.errors if name in messages), None)
        if first == "acknowledged":
            self.acknowledged.setFocus(Qt.FocusReason.OtherFocusReason)  # the box itself takes no focus
        elif first == "items":
            self.item_rows[0].name.setFocus(Qt.FocusReason.OtherFocusReason)

    def build_call(self) -> ServiceCall:
        errors: dict[str, str] = {}
        if self.unit_id is None:
            errors["unit_id"] = "field.required"
        person_id = self.applicant.currentData()
        if self.unit_id is not None and person_id is None:
            errors["applicant"] = "release.not_owner_or_authorised"
        if self.warnings and not self.acknowledged.isChecked():
            errors["acknowledged"] = "release.warnings_not_acknowledged"
        local_errors(errors)
        release_date: date = self.date.date().toPython()  # type: ignore[assignment]
        data = slips.ReleaseInput(
            unit_id=str(self.unit_id),
            applicant_person_id=str(person_id),
            items=tuple(self.items()),
            plate=self.plate.text(),
            release_date=release_date,
            notes=self.notes.text(),
            acknowledged_warnings=self.acknowledged.isChecked(),
            phone=self.phone.text(),
        )
        return lambda ctx: slips.issue_release(ctx, data)
