"""The audit trail browser: who changed what and when, field by field (managers and administrators).

Filtered in SQL by the service and fetched 200 entries at a time ("Load more"), newest first.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import audit
from desk_app.services.audit import AuditDTO, AuditFilter
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.history import format_changes
from desk_app.views.labels import (
    AUDIT_ACTIONS,
    RECORD_TYPES,
    audit_action_label,
    record_type_label,
    setting_label,
)
from desk_app.views.settings.common import fit_columns, heading, make_table

PAGE_SIZE = 200


# Actions the services record that the shared label table may not list yet; shown as stored until it does.
_MORE_ACTIONS = ("lock", "unlock")


def summary_text(entry: AuditDTO) -> str:
    """A setting's entry is summarised by its key: show the setting's name instead."""
    return setting_label(entry.summary) if entry.entity_type == "setting" else entry.summary


def changes_text(entry: AuditDTO) -> str:
    """All changed fields on one line ("Name: old → new; Phone: …"); the tooltip shows one per line."""
    return "; ".join(format_changes(entry).splitlines())


class AuditBrowser(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.total = 0
        self._generation = 0  # results of an outdated query (filters changed meanwhile) are dropped
        self._stale = False
        self._user_names: set[str] = set()
        tz = session.ctx.timezone

        self.record_type = QComboBox()
        self.record_type.addItem(self.tr("All record types"), None)
        for key in sorted(RECORD_TYPES, key=record_type_label):
            self.record_type.addItem(record_type_label(key), key)
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), None)
        for key in [*AUDIT_ACTIONS, *(a for a in _MORE_ACTIONS if a not in AUDIT_ACTIONS)]:
            self.action.addItem(audit_action_label(key), key)
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user.setMinimumContentsLength(12)
        line = self.user.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("All users"))
        line.setClearButtonEnabled(True)
        today = self._qdate(session.ctx.local_now().date())
        self.use_from = QCheckBox(self.tr("&From:"))
        self.date_from = QDateEdit(today.addDays(-30))
        self.use_to = QCheckBox(self.tr("&To:"))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.clear_button = QPushButton(self.tr("&Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        # Two rows, so the page fits a 1366-pixel screen beside the navigation.
        what = QHBoxLayout()
        for caption, widget in (
            (self.tr("&Record type:"), self.record_type),
            (self.tr("&Action:"), self.action),
            (self.tr("&User:"), self.user),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            what.addWidget(label)
            what.addWidget(widget)
            what.addSpacing(8)
        what.addStretch(1)
        when = QHBoxLayout()
        for date_widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            when.addWidget(date_widget)
        when.addStretch(1)
        when.addWidget(self.clear_button)

        self.model = RowTableModel(
            [
                Column(self.tr("Time"), lambda e: e.at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")),
                Column(self.tr("User"), lambda e: e.user_name),
                Column(self.tr("Record type"), lambda e: record_type_label(e.entity_type)),
                Column(self.tr("Action"), lambda e: audit_action_label(e.action)),
                Column(self.tr("Summary"), summary_text),
                Column(self.tr("Changes"), changes_text, tooltip=format_changes),
            ],
            parent=self,
        )
        self.table = make_table(self.model)

        self.count_label = PlainLabel()
        self.more_button = QPushButton(self.tr("&Load more"))
        self.more_button.clicked.connect(self.load_more)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Audit trail")))
        layout.addLayout(what)
        layout.addLayout(when)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        for combo in (self.record_type, self.action):
            combo.currentIndexChanged.connect(self.reload)
        self.user.activated.connect(self.reload)
        line.editingFinished.connect(self._user_edited)
        for check in (self.use_from, self.use_to):
            check.toggled.connect(self.reload)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._date_changed)
        session.changed.connect(self._on_changed)
        self._applied_user = ""
        self.reload()

    @staticmethod
    def _qdate(d: date) -> QDate:
        return QDate(d.year, d.month, d.day)

    # --- filters
    def current_filter(self) -> AuditFilter:
        tz = self.session.ctx.timezone

        def start_of(d: QDate) -> datetime:
            return datetime(d.year(), d.month(), d.day(), tzinfo=tz)

        return AuditFilter(
            entity_type=self.record_type.currentData(),
            action=self.action.currentData(),
            user_name=self.user.currentText().strip() or None,
            since=start_of(self.date_from.date()) if self.use_from.isChecked() else None,
            until=start_of(self.date_to.date()) + timedelta(days=1) if self.use_to.isChecked() else None,
        )

    def _user_edited(self) -> None:
        if self.user.currentText().strip() != self._applied_user:
            self.reload()

    def _date_changed(self) -> None:
        if self.use_from.isChecked() or self.use_to.isChecked():
            self.reload()

    def clear_filters(self) -> None:
        widgets = (self.record_type, self.action, self.user, self.use_from, self.use_to)
        for widget in widgets:
            widget.blockSignals(True)
        self.record_type.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.user.setEditText("")
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.reload()

    # --- loading
    def _on_changed(self, _kinds: frozenset[str]) -> None:
        # Every change writes an audit entry; reload now if shown, otherwise when next shown.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        self._applied_user = flt.user_name or ""
        self.session.call(
            lambda ctx: audit.browse(ctx, flt, PAGE_SIZE, 0),
            on_done=lambda result: self._show(generation, result, replace=True),
            parent=self,
        )

    def load_more(self) -> None:
        generation = self._generation
        flt, offset = self.current_filter(), self.model.rowCount()
        self.session.call(
            lambda ctx: audit.browse(ctx, flt, PAGE_SIZE, offset),
            on_done=lambda result: self._show(generation, result, replace=False),
            parent=self,
        )

    def _show(self, generation: int, result: tuple[list[AuditDTO], int], replace: bool) -> None:
        if generation != self._generation:
            return
        rows, self.total = result
        if replace:
            self.model.set_rows(rows)
            fit_columns(self.table)
        else:
            self.model.append_rows(rows)
        self._remember_users(rows)
        shown = self.model.rowCount()
        if self.total == 0:
            self.count_label.setText(self.tr("No entries match these filters."))
        else:
            self.count_label.setText(
                self.tr("Showing {shown} of {total} entries").format(shown=shown, total=self.total)
            )
        self.more_button.setEnabled(shown < self.total)

    def _remember_users(self, rows: list[AuditDTO]) -> None:
        new = {r.user_name for r in rows if r.user_name} - self._user_names
        if not new:
            return
        self._user_names |= new
        text = self.user.currentText()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItems(sorted(self._user_names))
        self.user.setEditText(text)
        self.user.blockSignals(False)
