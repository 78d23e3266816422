"""A record's change history (audit trail): when, who, what, and each changed field as "old → new".

Reusable for any audited record: ``HistoryDialog(session, "unit", unit_id, title, parent)``; settings screens
use it for users and departments.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QVBoxLayout, QWidget

from desk_app.services import audit
from desk_app.services.archive.validation import area_from_x100
from desk_app.services.audit import AuditDTO
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import DASH, make_table
from desk_app.views.labels import (
    BACKUP_KINDS,
    DEPARTMENT_KINDS,
    FIELDS,
    audit_action_label,
    backup_kind_label,
    department_kind_label,
    field_label,
    gender_label,
    id_number_mode_label,
    import_action_label,
    relation_label,
    role_label,
    unit_status_label,
    unit_type_label,
    yes_no,
)

# Which record kinds (session.changed) touch the history of which audited entity type.
KINDS_FOR_ENTITY = {"building": "building", "entrance": "building", "unit": "unit", "person": "person"}
_HIDDEN_FIELDS = {"sort_order", "failed_attempts", "locked_until", "last_login_at"}


def format_value(field: str, value: Any) -> str:
    if value is None or value == "":
        return DASH
    if isinstance(value, bool):
        return yes_no(value)
    if field == "unit_type":
        return unit_type_label(str(value))
    if field == "status":
        return unit_status_label(str(value))
    if field == "relation":
        return relation_label(str(value))
    if field == "gender":
        return gender_label(str(value))
    if field == "area_m2_x100" and isinstance(value, int):
        return str(area_from_x100(value))
    if field == "role":
        return role_label(str(value))
    if field == "kind" and str(value) in DEPARTMENT_KINDS:
        return department_kind_label(str(value))
    if field == "kind" and str(value) in BACKUP_KINDS:
        return backup_kind_label(str(value))
    if field == "id_numbers":
        return id_number_mode_label(str(value))
    if field == "counts" and isinstance(value, dict):  # an import: {sheet: {action: rows}}
        return "; ".join(
            f"{sheet} " + ", ".join(f"{import_action_label(action)} {n}" for action, n in per_action.items())
            for sheet, per_action in value.items()
            if isinstance(per_action, dict)
        )
    return str(value)


def format_changes(entry: AuditDTO) -> str:
    """One line per field. A change shows 'Mobile: 13800138000 → 13900139000'; a new record (or a link) lists
    its values, an ended one what it had — blank fields of those say nothing and are left out."""
    lines = []
    order = {name: i for i, name in enumerate(FIELDS)}
    for name, (old, new) in sorted(
        entry.changes.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])
    ):
        if name.endswith("_id") or name in _HIDDEN_FIELDS:
            continue  # internal keys; the human-readable codes beside them say the same
        if entry.action == "update":
            text = QCoreApplication.translate("HistoryDialog", "{old} → {new}").format(
                old=format_value(name, old), new=format_value(name, new)
            )
        else:
            value = new if old is None else old
            if value is None or value == "":
                continue
            text = format_value(name, value)
        lines.append(
            QCoreApplication.translate("HistoryDialog", "{field}: {value}").format(
                field=field_label(name), value=text
            )
        )
    return "\n".join(lines)


class HistoryDialog(QDialog):
    def __init__(
        self, session: AppSession, entity_type: str, entity_id: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("History: {title}").format(title=title))
        tz = session.ctx.timezone
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("When"), lambda e: e.at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")),
                Column(self.tr("Who"), lambda e: e.user_name),
                Column(self.tr("Action"), lambda e: audit_action_label(e.action)),
                Column(self.tr("Changes"), format_changes),
            ],
            self,
        )
        self.title = PlainLabel(title)
        self.title.setStyleSheet("font-weight: bold;")
        self.table = make_table()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = PlainLabel(self.tr("No changes recorded."))
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(860, 480)
        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        entity_type, entity_id = self.entity_type, self.entity_id
        self.session.call(
            lambda ctx: audit.history(ctx, entity_type, entity_id), on_done=self._show, parent=self
        )

    def _show(self, entries: list[AuditDTO]) -> None:
        self.model.set_rows(entries)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not entries)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if KINDS_FOR_ENTITY.get(self.entity_type, self.entity_type) in kinds:
            self.reload()
