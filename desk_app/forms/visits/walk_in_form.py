"""Log a walk-in (来访登记) from the keyboard.

* **Find** an owner or tenant in the archive by unit, name, phone or pinyin: Enter resolves it (several
  matches show a short list); choosing fills the name, phone, kind and unit.
* A visitor or contractor is typed in quickly; typing a name or a phone offers **returning visitors**
  (``recent_visitors``): Enter in the field goes to the list, Enter on a line fills the rest.
* The ID number is masked as soon as the clerk leaves the field (the plain number goes to the service only).
* Time in is now; "print a badge" previews the CR80 badge after saving. Enter on the notes saves; Ctrl+S saves;
  Ctrl+W saves and opens the work-order form for the visit, Alt+C the complaint form.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.validation import mask_id_number
from desk_app.domain.visits import Purpose, VisitorKind, VisitorRecord, normalize_id_number
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall
from desk_app.forms.unit_picker import UnitCandidate, find_units
from desk_app.forms.work_orders.common import fill_choices
from desk_app.services.context import ServiceContext
from desk_app.services.visits import log as visits
from desk_app.services.visits.log import VisitInput
from desk_app.ui.errors import message_for
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import (
    relation_label,
    visit_purpose_choices,
    visitor_kind_choices,
    visitor_kind_label,
)

RECORD_ROLE = Qt.ItemDataRole.UserRole
MIN_PHONE_PREFIX = 3


class IdNumberEdit(QLineEdit):
    """An ID number shown masked once entered; ``value()`` is the number as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(30)
        self._plain = ""
        self._masked = ""
        self.editingFinished.connect(self._mask)

    def _mask(self) -> None:
        text = self.text()
        if not text.strip() or text == self._masked:
            return
        self._plain = normalize_id_number(text)
        self._masked = mask_id_number(self._plain)
        self.setText(self._masked)

    def value(self) -> str:
        text = self.text()
        if self._masked and text == self._masked:
            return self._plain
        return text


def unique_unit(ctx: ServiceContext, text: str) -> str:
    """The one unit the typed text means (a code in any form, or its person); otherwise an inline error."""
    found = {c.unit_id for c in find_units(ctx, text)}
    if len(found) != 1:
        raise DomainError("validation", fields={"unit_id": "work_order.unit_not_found"})
    return found.pop()


class WalkInDialog(FormDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Log a walk-in"))
        self.person_id: str | None = None
        self.unit_id: str | None = None
        self.unit_code = ""
        self.follow_up = ""  # "work_order" / "complaint" after "Save and create …"
        self._find_seq = 0
        self._recent_seq = 0
        self._filling = False

        # -- who: someone in the archive
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Owner or tenant: unit, name, phone or pinyin initials"))
        self.candidates = QListWidget()
        self.candidates.setMaximumHeight(110)
        self.candidates.hide()
        find_box = QWidget()
        column = QVBoxLayout(find_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.find_edit)
        column.addWidget(self.candidates)

        # -- or a visitor typed in
        self.kind = QComboBox()
        fill_choices(self.kind, visitor_kind_choices(), VisitorKind.VISITOR)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)
        self.returning = QListWidget()
        self.returning.setMaximumHeight(110)
        self.returning.setToolTip(self.tr("Returning visitors: Enter fills the form"))
        self.company = QLineEdit()
        self.company.setMaxLength(100)
        self.id_number = IdNumberEdit()
        self.id_number.setPlaceholderText(self.tr("Shown masked once entered"))
        self.party = QSpinBox()
        self.party.setRange(1, visits.MAX_PARTY)
        self.party.setSuffix(self.tr(" people"))
        self.plate = QLineEdit()
        self.plate.setMaxLength(20)

        # -- where and why
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("Unit visited or represented, e.g. 3-2-1102"))
        self.unit_chosen = PlainLabel()
        self.unit_chosen.setStyleSheet("color: #546e7a;")
        self.unit_chosen.hide()
        unit_box = QWidget()
        column = QVBoxLayout(unit_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.unit_edit)
        column.addWidget(self.unit_chosen)
        self.purpose = QComboBox()
        fill_choices(self.purpose, visit_purpose_choices(), Purpose.CONSULT)
        self.notes = NotesEdit()
        self.notes.setPlaceholderText(self.tr("What they came for (Shift+Enter: new line)"))
        self.time_in = PlainLabel(
            session.ctx.now().astimezone(session.ctx.timezone).strftime("%Y-%m-%d %H:%M")
        )
        self.badge = QCheckBox(self.tr("Print a visitor &badge"))

        self.add_field("person_id", self.tr("&Find:"), find_box, focus=[self.find_edit, self.candidates])
        self.add_field("visitor_kind", self.tr("&Kind:"), self.kind)
        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("phone", self.tr("P&hone:"), self.phone)
        self.add_field("returning", self.tr("Returning:"), self.returning)
        self.returning_row = self.form.rowCount() - 1
        self.form.setRowVisible(self.returning_row, False)
        self.add_field("company", self.tr("C&ompany:"), self.company)
        self.add_field("id_number", self.tr("&ID number:"), self.id_number)
        self.add_field("party_size", self.tr("Peop&le:"), self.party)
        self.add_field("plate", self.tr("Pl&ate:"), self.plate)
        self.add_field("unit_id", self.tr("&Unit:"), unit_box, focus=[self.unit_edit])
        self.add_field("purpose", self.tr("Pur&pose:"), self.purpose)
        self.add_field("notes", self.tr("No&tes:"), self.notes)
        self.form.addRow(self.tr("Time in:"), self.time_in)
        self.add_field("badge", self.tr("Badge:"), self.badge)

        self.work_order_button = QPushButton(icon("work_orders"), self.tr("Save and create &work order"))
        self.work_order_button.setToolTip(
            self.tr("Save, then register the work order this visitor reports (Ctrl+W)")
        )
        self.work_order_button.setAutoDefault(False)
        self.buttons.addButton(self.work_order_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.work_order_button.clicked.connect(self.save_and_create_work_order)
        QShortcut(QKeySequence("Ctrl+W"), self, self.save_and_create_work_order)
        self.complaint_button = QPushButton(icon("complaints"), self.tr("Save and create &complaint"))
        self.complaint_button.setToolTip(
            self.tr("Save, then register the complaint, suggestion or praise this visitor brings (Alt+C)")
        )
        self.complaint_button.setAutoDefault(False)
        self.buttons.addButton(self.complaint_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.complaint_button.clicked.connect(self.save_and_create_complaint)

        self.find_edit.textEdited.connect(lambda _t: self.candidates.hide())
        self.candidates.itemActivated.connect(self._candidate_activated)
        self.name.textEdited.connect(lambda text: self._offer_returning(text, phone=False))
        self.phone.textEdited.connect(lambda text: self._offer_returning(text, phone=True))
        self.returning.itemActivated.connect(self._returning_activated)
        self.unit_edit.textEdited.connect(self._unit_text_edited)

        self.resize(620, 0)
        self.finish_layout()

    # ------------------------------------------------------------------------------------------ archive

    def find_person(self) -> None:
        text = self.find_edit.text()
        self._find_seq += 1
        seq = self._find_seq
        self.session.call(
            lambda ctx: find_people(ctx, text),
            lambda found: self._people_found(seq, found),
            parent=self,
        )

    def _people_found(self, seq: int, found: list[UnitCandidate]) -> None:
        if seq != self._find_seq:
            return
        self.candidates.clear()
        if not found:
            self.candidates.hide()
            self.errors["person_id"].show_message(
                self.tr("Nobody in the archive matches; type the visitor in.")
            )
            self.name.setFocus(Qt.FocusReason.TabFocusReason)
            return
        self.errors["person_id"].show_message("")
        if len(found) == 1:
            self.candidates.hide()
            self.choose_person(found[0])
            return
        for c in found:
            relation = relation_label(c.relation) if c.relation else ""
            text = "    ".join(x for x in (c.person_name, c.phone, f"{c.code} {relation}".strip()) if x)
            item = QListWidgetItem(icon("person"), text)
            item.setData(RECORD_ROLE, c)
            self.candidates.addItem(item)
        self.candidates.setCurrentRow(0)
        self.candidates.show()
        self.candidates.setFocus(Qt.FocusReason.OtherFocusReason)

    def _candidate_activated(self, item: QListWidgetItem) -> None:
        candidate = item.data(RECORD_ROLE)
        if isinstance(candidate, UnitCandidate):
            self.candidates.hide()
            self.choose_person(candidate)

    def choose_person(self, c: UnitCandidate) -> None:
        self._filling = True
        self.person_id = c.person_id
        tenant = c.relation is Relation.TENANT
        self.kind.setCurrentIndex(self.kind.findData(VisitorKind.TENANT if tenant else VisitorKind.OWNER))
        self.name.setText(c.person_name)
        self.phone.setText(c.phone)
        self.find_edit.setText(c.person_name)
        self._set_unit(c.unit_id, c.code)
        self._filling = False
        self._hide_returning()
        self.purpose.setFocus(Qt.FocusReason.TabFocusReason)

    # ------------------------------------------------------------------------------------------ returning

    def _offer_returning(self, text: str, phone: bool) -> None:
        if self._filling:
            return
        self.person_id = None  # typed in by hand: not the archive person any more
        needle = text.strip()
        if not needle or (phone and len(needle) < MIN_PHONE_PREFIX):
            self._hide_returning()
            return
        self._recent_seq += 1
        seq = self._recent_seq
        self.session.call(
            lambda ctx: visits.recent_visitors(ctx, needle),
            lambda found: self._returning_found(seq, found),
            parent=self,
        )

    def _returning_found(self, seq: int, found: list[VisitorRecord]) -> None:
        if seq != self._recent_seq:
            return
        self.returning.clear()
        for r in found:
            when = r.time_in.astimezone(self.session.ctx.timezone).strftime("%Y-%m-%d")
            text = "    ".join(x for x in (r.name, r.phone, r.company, visitor_kind_label(r.kind), when) if x)
            item = QListWidgetItem(icon("history"), text)
            item.setData(RECORD_ROLE, r)
            self.returning.addItem(item)
        if found:
            self.returning.setCurrentRow(0)
        self.form.setRowVisible(self.returning_row, bool(found))

    def _hide_returning(self) -> None:
        self.returning.clear()
        self.form.setRowVisible(self.returning_row, False)

    def _returning_activated(self, item: QListWidgetItem) -> None:
        record = item.data(RECORD_ROLE)
        if isinstance(record, VisitorRecord):
            self.fill_from(record)

    def fill_from(self, r: VisitorRecord) -> None:
        """A returning visitor: the rest of the form from their latest visit."""
        self._filling = True
        self.person_id = r.person_id
        self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind)))
        self.name.setText(r.name)
        self.phone.setText(r.phone)
        self.company.setText(r.company)
        self.plate.setText(r.plate)
        if r.id_number_masked:
            self.id_number.setPlaceholderText(self.tr("On file: {masked}").format(masked=r.id_number_masked))
        self._filling = False
        self._hide_returning()
        if r.unit_id:
            unit_id = r.unit_id
            self.session.call(
                lambda ctx: visits_unit_code(ctx, unit_id), self._unit_code_arrived, parent=self
            )
        self.unit_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def _unit_code_arrived(self, found: tuple[str, str] | None) -> None:
        if found is not None and not self.unit_edit.text().strip():
            self._set_unit(*found)

    # ------------------------------------------------------------------------------------------ unit

    def _set_unit(self, unit_id: str, code: str, owners: str = "") -> None:
        self.unit_id = unit_id
        self.unit_code = code
        self.unit_edit.setText(code)
        self.errors["unit_id"].show_message("")
        self.unit_chosen.setText(self.tr("Owner: {names}").format(names=owners))
        self.unit_chosen.setVisible(bool(owners))

    def _unit_text_edited(self, _text: str) -> None:
        self.unit_id = None
        self.unit_code = ""
        self.unit_chosen.hide()

    def resolve_unit(self) -> None:
        text = self.unit_edit.text()
        self.session.call(lambda ctx: find_units(ctx, text), self._units_found, parent=self)

    def _units_found(self, found: list[UnitCandidate]) -> None:
        unique = {c.unit_id: c for c in found}
        if len(unique) != 1:
            self.errors["unit_id"].show_message(message_for("work_order.unit_not_found"))
            self.unit_edit.setFocus()
            return
        c = next(iter(unique.values()))
        self._set_unit(c.unit_id, c.code, c.owners)
        self.focus_next(self.unit_edit)

    # ------------------------------------------------------------------------------------------ keyboard

    def on_enter(self, widget: QWidget) -> bool:
        if widget is self.find_edit:
            if not self.find_edit.text().strip() or self.person_id is not None:
                return False
            self.find_person()
            return True
        if widget is self.candidates:
            item = self.candidates.currentItem()
            if item is not None:
                self._candidate_activated(item)
            return True
        if widget in (self.name, self.phone) and self.returning.count() and self.returning.isVisibleTo(self):
            self.returning.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if widget is self.returning:
            item = self.returning.currentItem()
            if item is not None:
                self._returning_activated(item)
            return True
        if widget is self.unit_edit:
            text = self.unit_edit.text().strip()
            if not text or (self.unit_id is not None and text == self.unit_code):
                return False
            self.resolve_unit()
            return True
        if widget is self.notes:
            self.save()
            return True
        return False

    # ------------------------------------------------------------------------------------------ saving

    def save_and_create_work_order(self) -> None:
        self.follow_up = "work_order"
        self.save()

    def save_and_create_complaint(self) -> None:
        self.follow_up = "complaint"
        self.save()

    def build_call(self) -> ServiceCall:
        unit_text = self.unit_edit.text().strip()
        data = VisitInput(
            visitor_kind=VisitorKind(self.kind.currentData()),
            purpose=Purpose(self.purpose.currentData()),
            name=self.name.text(),
            phone=self.phone.text(),
            company=self.company.text(),
            plate=self.plate.text(),
            id_number=self.id_number.value(),
            person_id=self.person_id,
            unit_id=self.unit_id if unit_text else None,
            party_size=self.party.value(),
            notes=self.notes.text(),
            badge=self.badge.isChecked(),
        )

        def call(ctx: ServiceContext) -> Any:
            if unit_text and data.unit_id is None:
                return visits.log_visit(ctx, replace(data, unit_id=unique_unit(ctx, unit_text)))
            return visits.log_visit(ctx, data)

        return call

    def _failed(self, exc: BaseException) -> None:
        self.follow_up = ""
        super()._failed(exc)


def find_people(ctx: ServiceContext, text: str) -> list[UnitCandidate]:
    """Owners and tenants for the typed text: a unit's people (owners first), or people found by name, phone
    or pinyin — each with the unit they belong to."""
    from desk_app.services.work_orders.orders import reporters_for_unit

    out: list[UnitCandidate] = []
    for c in find_units(ctx, text):
        if c.person_id:
            out.append(c)
            continue
        for r in reporters_for_unit(ctx, c.unit_id):
            relation = Relation(r.relation) if r.relation in set(Relation) else None
            out.append(UnitCandidate(c.unit_id, c.code, c.owners, r.person_id, r.name, r.phone, relation))
    return out


def visits_unit_code(ctx: ServiceContext, unit_id: str) -> tuple[str, str] | None:
    """The id and code of a returning visitor's last unit (None when it is gone)."""
    from desk_app.services.archive import units

    try:
        card = units.unit_card(ctx, unit_id)
    except DomainError:
        return None
    return card.unit.id, card.unit.code
