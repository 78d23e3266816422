"""The person card: contact facts, the masked ID number (shown in full only to permitted roles, and logged),
and the units the person relates to."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.roles import Permission
from desk_app.forms.archive.person_form import PersonDialog
from desk_app.services.archive import people
from desk_app.services.archive.dto import PersonCard
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import DetailGrid, fmt_date, fmt_text, make_table, title_label
from desk_app.views.history import HistoryDialog
from desk_app.views.labels import gender_label, relation_label

SHOWN_KINDS = frozenset({"person", "unit"})


class PersonCardView(QWidget):
    unit_requested = Signal(str)  # unit id

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: str | None = None
        self.card: PersonCard | None = None
        self.revealed = False

        self.title = title_label()
        self.archived_note = PlainLabel(self.tr("This person is archived."))
        self.archived_note.setStyleSheet("color: #c62828;")
        self.reveal_button = QPushButton(icon("eye"), self.tr("Show"))
        self.reveal_button.setToolTip(self.tr("Show the full ID number (this is logged)"))
        self.reveal_button.clicked.connect(self.toggle_id_number)
        self.details = DetailGrid(columns=2)
        for key, caption in (
            ("gender", self.tr("Gender")),
            ("company", self.tr("Company")),
            ("mobile", self.tr("Mobile")),
            ("mobile2", self.tr("Second mobile")),
            ("landline", self.tr("Landline")),
        ):
            self.details.add(key, caption)
        self.details.add("id_number", self.tr("ID number"), extra=self.reveal_button)
        self.details.add("notes", self.tr("Notes"), full_row=True)

        self.units_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(self.tr("Relation"), lambda r: relation_label(r.relation, r.relation_detail)),
                Column(self.tr("Primary contact"), lambda r: "★" if r.is_primary else ""),
                Column(self.tr("Since"), lambda r: fmt_date(r.since) if r.since else ""),
            ],
            self,
        )
        self.units = make_table()
        self.units.setModel(self.units_model)
        self.units.activated.connect(self._open_unit)
        self.units.clicked.connect(self._open_unit)
        units_title = PlainLabel(self.tr("Units (click to open)"))
        units_title.setStyleSheet("font-weight: bold;")

        self.edit_button = QPushButton(icon("edit"), self.tr("Edit person"))
        self.archive_button = QPushButton(icon("archive_record"), self.tr("Archive"))
        self.history_button = QPushButton(icon("history"), self.tr("History"))
        self.edit_button.clicked.connect(self.edit_person)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.history_button.clicked.connect(self.show_history)
        self.edit_button.setVisible(session.can(Permission.EDIT_ARCHIVE))
        self.archive_button.setVisible(session.can(Permission.ARCHIVE_RECORDS))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.archived_note)
        layout.addWidget(self.details)
        layout.addSpacing(8)
        layout.addWidget(units_title)
        layout.addWidget(self.units, 1)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        self._enable(False)

    # ------------------------------------------------------------------------------------------ showing

    def load(self, person_id: str) -> None:
        self.person_id = person_id
        self.session.call(lambda ctx: people.person_card(ctx, person_id), on_done=self._show, parent=self)

    def clear(self) -> None:
        self.person_id = None
        self.card = None

    def _show(self, card: PersonCard) -> None:
        if card.id != self.person_id:
            return
        self.card = card
        self.revealed = False
        self.title.setText(card.name)
        self.archived_note.setVisible(card.archived)
        self.details.set("gender", fmt_text(gender_label(card.gender)))
        self.details.set("company", fmt_text(card.company))
        self.details.set("mobile", fmt_text(card.mobile))
        self.details.set("mobile2", fmt_text(card.mobile2))
        self.details.set("landline", fmt_text(card.landline))
        self.details.set("id_number", fmt_text(card.id_number_masked))
        self.details.set("notes", fmt_text(card.notes))
        # Services refuse a reveal without the permission anyway; the button is hidden so nobody is invited.
        self.reveal_button.setVisible(card.has_id_number and self.session.can(Permission.REVEAL_ID_NUMBER))
        self.reveal_button.setText(self.tr("Show"))
        self.units_model.set_rows(card.relations)
        self.archive_button.setText(self.tr("Restore") if card.archived else self.tr("Archive"))
        self.archive_button.setIcon(icon("restore") if card.archived else icon("archive_record"))
        self._enable(True)

    def _enable(self, loaded: bool) -> None:
        for button in (self.edit_button, self.archive_button, self.history_button, self.reveal_button):
            button.setEnabled(loaded)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if self.person_id is not None and kinds & SHOWN_KINDS:
            self.load(self.person_id)

    def _open_unit(self, index: QModelIndex) -> None:
        relation = self.units_model.row_at(index.row())
        if relation is not None:
            self.unit_requested.emit(relation.unit_id)

    # ------------------------------------------------------------------------------------------ actions

    def toggle_id_number(self) -> None:
        if self.card is None:
            return
        if self.revealed:
            self.details.set("id_number", fmt_text(self.card.id_number_masked))
            self.reveal_button.setText(self.tr("Show"))
            self.revealed = False
            return
        person_id = self.card.id
        self.session.call(
            lambda ctx: people.reveal_id_number(ctx, person_id), on_done=self._revealed, parent=self
        )

    def _revealed(self, number: str) -> None:
        self.details.set("id_number", number)
        self.reveal_button.setText(self.tr("Hide"))
        self.revealed = True

    def edit_person(self) -> None:
        if self.card is not None:
            PersonDialog(self.session, self.card, parent=self).open()

    def toggle_archived(self) -> None:
        if self.card is None:
            return
        person_id, archived = self.card.id, not self.card.archived
        self.session.call(lambda ctx: people.set_person_archived(ctx, person_id, archived), parent=self)

    def show_history(self) -> None:
        if self.card is not None:
            HistoryDialog(self.session, "person", self.card.id, self.card.name, self).open()
