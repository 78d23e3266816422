"""Relate a person to a unit: find them (name, pinyin initials, phone) or enter a new person, then say how."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.enums import FAMILY_DETAILS, Relation
from desk_app.forms.archive.person_form import PersonDialog
from desk_app.forms.base import FormDialog, OptionalDate, ServiceCall, local_errors
from desk_app.services import search
from desk_app.services.archive import people
from desk_app.services.archive.dto import PersonCard
from desk_app.services.archive.people import RelationInput
from desk_app.services.search import SearchHit
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import make_table
from desk_app.views.labels import relation_choices, relation_label

SEARCH_LIMIT = 20


class RelationDialog(FormDialog):
    def __init__(
        self,
        session: AppSession,
        unit_id: str,
        unit_code: str,
        relation: Relation = Relation.OWNER,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Add a person to {code}").format(code=unit_code))
        self.unit_id = unit_id
        self.person_id: str | None = None
        self._search_seq = 0

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, pinyin initials or phone"))
        self.search.setClearButtonEnabled(True)
        self.results_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Name"), lambda h: h.title),
                Column(self.tr("Phone"), lambda h: h.detail),
                Column(
                    self.tr("Units"),
                    lambda h: "、".join(f"{code} {relation_label(rel)}" for code, rel in h.units),
                ),
            ],
            self,
        )
        self.results = make_table()
        self.results.setModel(self.results_model)
        self.results.setMinimumHeight(130)
        self.chosen = PlainLabel()
        self.new_person = QPushButton(icon("add"), self.tr("New person…"))
        self.new_person.setToolTip(self.tr("Enter a person who is not in the archive yet (Ctrl+N)"))
        self.new_person.setAutoDefault(False)
        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.results)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.new_person)
        column.addLayout(row)

        self.relation = QComboBox()
        for value, label in relation_choices():
            self.relation.addItem(label, value)
        self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))
        self.detail = QComboBox()
        self.detail.setEditable(True)
        self.detail.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.detail.addItems(["", *FAMILY_DETAILS])
        self.detail.lineEdit().setMaxLength(30)
        self.primary = QCheckBox(self.tr("Primary contact of the unit"))
        self.since = OptionalDate(self.tr("Date known"))

        self.add_field("person", self.tr("Person"), chooser, focus=[self.search, self.results])
        self.add_tab_stop(self.new_person)
        self.add_field("relation", self.tr("Relation"), self.relation)
        self.add_field("relation_detail", self.tr("Detail"), self.detail)
        self.add_field("is_primary", self.tr("Contact"), self.primary)
        self.add_field("since", self.tr("Since"), self.since, focus=[self.since.check, self.since.edit])

        self.search.textChanged.connect(self._search)
        self.results.selectionModel().selectionChanged.connect(self._result_selected)
        self.new_person.clicked.connect(self.open_new_person)
        QShortcut(QKeySequence.StandardKey.New, self, self.open_new_person)
        self._show_chosen("")
        self.resize(560, 480)
        self.finish_layout()

    # ------------------------------------------------------------------------------------------ choosing

    def _search(self, text: str) -> None:
        self._search_seq += 1
        seq = self._search_seq
        if not text.strip():
            self.results_model.set_rows([])
            return

        def show(hits: list[SearchHit]) -> None:
            if seq == self._search_seq:  # an older answer arriving late is dropped
                self.results_model.set_rows([h for h in hits if h.kind == "person"])

        self.session.call(lambda ctx: search.search(ctx, text, limit=SEARCH_LIMIT), on_done=show, parent=self)

    def _result_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        hit = self.results_model.row_at(indexes[0].row()) if indexes else None
        if hit is not None:
            self.choose(hit.id, hit.title)

    def choose(self, person_id: str, name: str) -> None:
        self.person_id = person_id
        self._show_chosen(name)
        self.errors["person"].show_message("")

    def _show_chosen(self, name: str) -> None:
        self.chosen.setText(
            self.tr("Chosen: {name}").format(name=name) if name else self.tr("Nobody chosen yet")
        )

    def on_enter(self, widget: QWidget) -> bool:
        if widget is self.search:
            if self.results_model.rowCount() == 0:
                if self.search.text().strip():
                    self.open_new_person()
                return True
            self.results.selectRow(max(0, self.results.currentIndex().row()))
        elif widget is self.results:
            self.results.selectRow(max(0, self.results.currentIndex().row()))
        else:
            return False
        if self.person_id is not None:
            self.relation.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def open_new_person(self) -> None:
        text = self.search.text().strip()
        digits = text.replace(" ", "").replace("-", "")
        is_phone = digits.isdigit()
        dialog = PersonDialog(
            self.session,
            None,
            self,
            name="" if is_phone or text.isascii() else text,
            mobile=digits if is_phone else "",
        )
        dialog.saved.connect(self._person_created)
        dialog.open()

    def _person_created(self, card: PersonCard) -> None:
        self.search.blockSignals(True)
        self.search.setText(card.name)
        self.search.blockSignals(False)
        self.results_model.set_rows([])
        self.choose(card.id, card.name)
        self.relation.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------------------------------ saving

    def build_call(self) -> ServiceCall:
        if self.person_id is None:
            local_errors({"person": "field.required"})
        data = RelationInput(
            unit_id=self.unit_id,
            person_id=str(self.person_id),
            relation=Relation(self.relation.currentData()),
            relation_detail=self.detail.currentText().strip(),
            is_primary=self.primary.isChecked(),
            since=self.since.value(),
        )
        return lambda ctx: people.link(ctx, data)
