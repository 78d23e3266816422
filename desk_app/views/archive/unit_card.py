"""The unit card: the unit's facts and the people related to it, with the actions on them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.enums import Relation
from desk_app.domain.roles import Permission
from desk_app.forms.archive.relation_form import RelationDialog
from desk_app.forms.archive.unit_form import UnitDialog
from desk_app.services.archive import people, units
from desk_app.services.archive.dto import RelationDTO, UnitCard
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import (
    DetailGrid,
    fmt_area,
    fmt_date,
    fmt_text,
    make_table,
    title_label,
)
from desk_app.views.history import HistoryDialog
from desk_app.views.labels import relation_label, unit_status_label, unit_type_label, yes_no

SHOWN_KINDS = frozenset({"unit", "person", "building"})


class UnitCardView(QWidget):
    person_requested = Signal(str)  # person id
    loaded = Signal(object)  # UnitCard, each time the card is (re)loaded

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.unit_id: str | None = None
        self.card: UnitCard | None = None

        self.title = title_label()
        self.archived_note = PlainLabel(self.tr("This unit is archived."))
        self.archived_note.setStyleSheet("color: #c62828;")
        self.details = DetailGrid(columns=3)
        for key, caption in (
            ("building", self.tr("Building")),
            ("entrance", self.tr("Entrance")),
            ("floor", self.tr("Floor")),
            ("area", self.tr("Area")),
            ("type", self.tr("Type")),
            ("status", self.tr("Status")),
            ("move_in", self.tr("Moved in")),
            ("fees_owed", self.tr("Fees owed")),
            ("move_out", self.tr("Moving out")),
        ):
            self.details.add(key, caption)
        self.details.add("notes", self.tr("Notes"), full_row=True)

        self.people_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Relation"), lambda r: relation_label(r.relation, r.relation_detail)),
                Column(self.tr("Name"), lambda r: r.person_name),
                Column(self.tr("Mobile"), lambda r: r.person_mobile),
                Column(self.tr("Primary contact"), lambda r: "★" if r.is_primary else ""),
                Column(self.tr("Since"), lambda r: fmt_date(r.since) if r.since else ""),
            ],
            self,
        )
        self.people = make_table()
        self.people.setModel(self.people_model)
        self.people.activated.connect(self._open_person)
        self.people.doubleClicked.connect(self._open_person)
        self.people.selectionModel().selectionChanged.connect(self._update_buttons)

        self.edit_button = QPushButton(icon("edit"), self.tr("Edit unit"))
        self.add_person_button = QPushButton(icon("add"), self.tr("Add person…"))
        self.end_relation_button = QPushButton(icon("unlink"), self.tr("End relation"))
        self.archive_button = QPushButton(icon("archive_record"), self.tr("Archive"))
        self.history_button = QPushButton(icon("history"), self.tr("History"))
        self.edit_button.clicked.connect(self.edit_unit)
        self.add_person_button.clicked.connect(self.add_person)
        self.end_relation_button.clicked.connect(self.end_relation)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.history_button.clicked.connect(self.show_history)
        self.archive_button.setVisible(session.can(Permission.ARCHIVE_RECORDS))
        for button in (self.edit_button, self.add_person_button, self.end_relation_button):
            button.setVisible(session.can(Permission.EDIT_ARCHIVE))

        buttons = QHBoxLayout()
        for button in (
            self.edit_button,
            self.add_person_button,
            self.end_relation_button,
            self.archive_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        people_title = PlainLabel(self.tr("People"))
        people_title.setStyleSheet("font-weight: bold;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.archived_note)
        layout.addWidget(self.details)
        layout.addSpacing(8)
        layout.addWidget(people_title)
        layout.addWidget(self.people, 1)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        self._update_buttons()

    # ------------------------------------------------------------------------------------------ showing

    def load(self, unit_id: str) -> None:
        self.unit_id = unit_id
        self.session.call(lambda ctx: units.unit_card(ctx, unit_id), on_done=self._show, parent=self)

    def _show(self, card: UnitCard) -> None:
        if card.unit.id != self.unit_id:
            return  # the clerk has moved on to another unit
        self.card = card
        u = card.unit
        self.title.setText(u.code)
        self.archived_note.setVisible(u.archived)
        self.details.set("building", card.building_name)
        self.details.set("entrance", card.entrance_name)
        self.details.set("floor", fmt_text(u.floor))
        self.details.set("area", fmt_area(u.area_m2))
        self.details.set("type", unit_type_label(u.unit_type))
        self.details.set("status", unit_status_label(u.status))
        self.details.set("move_in", fmt_date(card.move_in_date))
        self.details.set("fees_owed", yes_no(card.fees_owed))
        self.details.values["fees_owed"].setStyleSheet(
            "color: #c62828; font-weight: bold;" if card.fees_owed else ""
        )
        self.details.set("move_out", yes_no(card.move_out_pending))
        self.details.values["move_out"].setStyleSheet(
            "color: #c62828; font-weight: bold;" if card.move_out_pending else ""
        )
        self.details.set("notes", fmt_text(card.notes))
        self.people_model.set_rows(card.relations)
        self.archive_button.setText(self.tr("Restore") if u.archived else self.tr("Archive"))
        self.archive_button.setIcon(icon("restore") if u.archived else icon("archive_record"))
        self._update_buttons()
        self.loaded.emit(card)

    def clear(self) -> None:
        """The card is put away: stop following changes."""
        self.unit_id = None
        self.card = None

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if self.unit_id is not None and kinds & SHOWN_KINDS:
            self.load(self.unit_id)

    def selected_relation(self) -> RelationDTO | None:
        rows = self.people.selectionModel().selectedRows()
        return self.people_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        loaded = self.card is not None
        for button in (self.edit_button, self.add_person_button, self.archive_button, self.history_button):
            button.setEnabled(loaded)
        self.end_relation_button.setEnabled(self.selected_relation() is not None)

    def _open_person(self, index: QModelIndex) -> None:
        relation = self.people_model.row_at(index.row())
        if relation is not None:
            self.person_requested.emit(relation.person_id)

    # ------------------------------------------------------------------------------------------ actions

    def edit_unit(self) -> None:
        if self.card is not None:
            UnitDialog(self.session, unit=self.card, parent=self).open()

    def add_person(self) -> None:
        if self.card is None:
            return
        has_owner = any(r.relation is Relation.OWNER for r in self.card.relations)
        dialog = RelationDialog(
            self.session,
            self.card.unit.id,
            self.card.unit.code,
            relation=Relation.FAMILY if has_owner else Relation.OWNER,
            parent=self,
        )
        dialog.open()

    def end_relation(self) -> None:
        relation = self.selected_relation()
        if relation is None or self.card is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("End relation"),
            self.tr("{name} will no longer be listed as {relation} of {unit}. The history keeps it.").format(
                name=relation.person_name, relation=relation_label(relation.relation), unit=relation.unit_code
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        relation_id = relation.id

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.session.call(lambda ctx: people.unlink(ctx, relation_id), parent=self)

        box.buttonClicked.connect(answered)
        box.open()

    def toggle_archived(self) -> None:
        if self.card is None:
            return
        unit_id, archived = self.card.unit.id, not self.card.unit.archived
        self.session.call(lambda ctx: units.set_unit_archived(ctx, unit_id, archived), parent=self)

    def show_history(self) -> None:
        if self.card is not None:
            HistoryDialog(self.session, "unit", self.card.unit.id, self.card.unit.code, self).open()
