"""The unit field of the register forms: type a unit code (or a person's name, pinyin or phone), Enter.

The text is looked up on the DB thread (a sequence number drops stale answers): one match is taken, several
are listed to choose from, none is an inline error. Choosing a unit fills the person field (reporter or
complainant) and the phone from the unit's people, owners first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk_app.domain.enums import Relation
from desk_app.domain.unitcode import parse_unit_query
from desk_app.services import search
from desk_app.services.archive import units
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders import orders
from desk_app.services.work_orders.orders import ReporterChoice
from desk_app.ui.errors import message_for
from desk_app.ui.icons import icon
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import relation_label

if TYPE_CHECKING:
    from desk_app.ui.session import AppSession


@dataclass(frozen=True)
class UnitCandidate:
    """A unit the typed text may mean: found by its code, or as one of a person's units."""

    unit_id: str
    code: str
    owners: str = ""
    person_id: str | None = None
    person_name: str = ""
    phone: str = ""
    relation: Relation | None = None


def find_units(ctx: ServiceContext, text: str) -> list[UnitCandidate]:
    """Units for the typed text (a code in any form, or a person's name / pinyin / phone)."""
    text = text.strip()
    if not text:
        return []
    hits = search.search(ctx, text, limit=20)
    out = [UnitCandidate(h.id, h.title, owners=h.detail) for h in hits if h.kind == "unit"]
    query = parse_unit_query(text)
    code = query.as_code() if query is not None else None
    if code is not None:
        exact = [c for c in out if c.code == code.canonical]
        if exact:
            return exact[:1]
    for hit in hits:
        if hit.kind != "person":
            continue
        for unit_code, relation in hit.units:
            row = units.find_unit_by_code(ctx, unit_code)
            if row is not None and not row.archived:
                out.append(UnitCandidate(row.id, unit_code, "", hit.id, hit.title, hit.detail, relation))
    return out


def _owners(names: str) -> str:
    return QCoreApplication.translate("UnitPicker", "Owner: {names}").format(names=names)


class UnitPickerMixin:
    """For a ``FormDialog`` with a person combo and a phone field (``person_combo()``, ``phone``).

    Call :meth:`build_unit_picker` in ``__init__`` and add the returned box as the ``unit_id`` field;
    ``unit_changed()`` runs whenever the chosen unit changes (set or cleared).
    """

    if TYPE_CHECKING:
        session: AppSession
        errors: dict[str, Any]
        phone: QLineEdit

        def focus_next(self, widget: QWidget) -> None: ...

    def build_unit_picker(self, placeholder: str, list_height: int) -> QWidget:
        self.unit_id: str | None = None
        self.unit_code = ""
        self.picked_person: UnitCandidate | None = None
        self.reporters: list[ReporterChoice] = []
        self._unit_seq = 0
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(placeholder)
        self.candidates = QListWidget()
        self.candidates.setMaximumHeight(list_height)
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
        self.unit_edit.textEdited.connect(self._unit_text_edited)
        self.candidates.itemActivated.connect(self._candidate_activated)
        return unit_box

    # ------------------------------------------------------------------------------------------ hooks

    def person_combo(self) -> QComboBox:
        """The reporter or complainant combo filled from the unit's people."""
        raise NotImplementedError

    def unit_changed(self) -> None:
        """The chosen unit was set or cleared."""

    # ------------------------------------------------------------------------------------------ finding

    def _unit_text_edited(self, _text: str) -> None:
        if self.unit_id is not None:
            self.unit_id = None
            self.unit_code = ""
            self.picked_person = None
            self.unit_chosen.hide()
            self.unit_changed()
        self.candidates.hide()

    def resolve_unit(self) -> None:
        """Enter in the unit field: one match is taken, several are listed, none is an inline error."""
        text = self.unit_edit.text()
        self._unit_seq += 1
        seq = self._unit_seq
        self.session.call(
            lambda ctx: find_units(ctx, text),
            lambda found: self._units_found(seq, found),
            parent=self,  # type: ignore[arg-type]
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
            self._focus_person(Qt.FocusReason.TabFocusReason)
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
            owners = _owners(c.owners) if c.owners else ""
            return "    ".join(x for x in (c.code, owners) if x)
        relation = relation_label(c.relation) if c.relation else ""
        return "    ".join(x for x in (c.person_name, c.phone, f"{c.code} {relation}".strip()) if x)

    def _candidate_activated(self, item: QListWidgetItem) -> None:
        candidate = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(candidate, UnitCandidate):
            self.candidates.hide()
            self.choose_unit(candidate)
            self._focus_person(Qt.FocusReason.OtherFocusReason)

    def _focus_person(self, reason: Qt.FocusReason) -> None:
        combo = self.person_combo()
        combo.setFocus(reason)
        combo.lineEdit().selectAll()

    # ------------------------------------------------------------------------------------------ choosing

    def choose_unit(self, candidate: UnitCandidate) -> None:
        self.unit_id = candidate.unit_id
        self.unit_code = candidate.code
        self.picked_person = candidate if candidate.person_id else None
        self.unit_edit.setText(candidate.code)
        self.errors["unit_id"].show_message("")
        self.unit_chosen.setText(_owners(candidate.owners))
        self.unit_chosen.setVisible(bool(candidate.owners))
        unit_id = candidate.unit_id
        self.session.call(
            lambda ctx: orders.reporters_for_unit(ctx, unit_id),
            lambda choices: self._people_arrived(unit_id, choices),
            parent=self,  # type: ignore[arg-type]
        )
        self.unit_changed()

    def _people_arrived(self, unit_id: str, choices: list[ReporterChoice]) -> None:
        self.fill_people(unit_id, choices)

    def fill_people(self, unit_id: str, choices: list[ReporterChoice]) -> bool:
        """The unit's people into the person combo (False: the answer is for a unit no longer chosen)."""
        if unit_id != self.unit_id:
            return False
        self.reporters = choices
        combo = self.person_combo()
        combo.clear()
        for choice in choices:
            combo.addItem(choice.name, choice.person_id)
        picked = self.picked_person
        if picked is not None:
            combo.setCurrentIndex(combo.findData(picked.person_id))
            combo.setEditText(picked.person_name)
            self.phone.setText(picked.phone or self._phone_of(picked.person_id))
        elif choices:
            combo.setCurrentIndex(0)
            self.phone.setText(choices[0].phone)
        else:
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        return True

    def _phone_of(self, person_id: str | None) -> str:
        return next((c.phone for c in self.reporters if c.person_id == person_id), "")

    def _person_chosen(self, index: int) -> None:
        if 0 <= index < len(self.reporters):
            self.phone.setText(self.reporters[index].phone)

    def _person_id(self) -> str | None:
        name = self.person_combo().currentText().strip()
        if self.picked_person is not None and self.picked_person.person_name == name:
            return self.picked_person.person_id
        return next((c.person_id for c in self.reporters if c.name == name), None)
