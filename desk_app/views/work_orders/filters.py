"""The filter bar over the work-order list: status, department, category, urgency, overdue, dates, unit,
clerk and free text. Every change applies at once (typing waits for a short pause); ``changed`` carries the
new ``WorkOrderFilter``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QToolButton, QWidget

from desk_app.domain.roles import Permission
from desk_app.domain.unitcode import parse_unit_query
from desk_app.forms.base import OptionalDate
from desk_app.services import auth, organisation
from desk_app.services.archive import units
from desk_app.services.context import ServiceContext
from desk_app.services.organisation import DepartmentDTO
from desk_app.services.work_orders import categories
from desk_app.services.work_orders.categories import CategoryDTO
from desk_app.services.work_orders.views import WorkOrderFilter
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.views.labels import urgency_choices, work_order_status_choices

TEXT_DEBOUNCE_MS = 250
OPEN = "__open__"
ME = "__me__"
NO_UNIT = "__none__"  # a typed unit that does not exist: the list is empty, not unfiltered


@dataclass(frozen=True)
class FilterChoices:
    departments: list[DepartmentDTO]
    categories: list[CategoryDTO]
    clerks: list[tuple[str, str]]  # (user id, display name); only for roles that manage users


def load_choices(ctx: ServiceContext) -> FilterChoices:
    clerks: list[tuple[str, str]] = []
    if ctx.can(Permission.MANAGE_USERS):
        clerks = [(u.id, u.display_name) for u in auth.list_users(ctx, include_archived=True)]
    return FilterChoices(organisation.list_departments(ctx), categories.list_categories(ctx), clerks)


def resolve_unit(ctx: ServiceContext, text: str) -> str:
    """The id of the unit typed in any form, or NO_UNIT."""
    query = parse_unit_query(text)
    code = query.as_code() if query is not None else None
    row = units.find_unit_by_code(ctx, code.canonical) if code is not None else None
    return row.id if row is not None else NO_UNIT


class FilterBar(QWidget):
    changed = Signal(object)  # WorkOrderFilter

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._unit_id: str | None = None
        self._unit_seq = 0
        self._loading = True

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Number, reporter or words of the description"))
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("Open"), OPEN)
        self.status.addItem(self.tr("All statuses"), None)
        for value, label in work_order_status_choices():
            self.status.addItem(label, value)
        self.urgency = QComboBox()
        self.urgency.addItem(self.tr("All urgencies"), None)
        for value, label in urgency_choices():
            self.urgency.addItem(label, value)
        self.department = QComboBox()
        self.department.addItem(self.tr("All departments"), None)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        self.category.setMaxVisibleItems(20)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Unit, e.g. 3-2-1102"))
        self.unit.setClearButtonEnabled(True)
        self.unit.setMaximumWidth(170)
        self.clerk = QComboBox()
        self.clerk.addItem(self.tr("Any clerk"), None)
        self.clerk.addItem(self.tr("Registered by me"), ME)
        self.date_from = OptionalDate(self.tr("From"))
        self.date_to = OptionalDate(self.tr("to"))
        self.reset_button = QToolButton()
        self.reset_button.setIcon(icon("filter_clear"))
        self.reset_button.setToolTip(self.tr("Clear the filters"))

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        find = QLabel(self.tr("Find:"))
        find.setBuddy(self.text)
        grid.addWidget(find, 0, 0)
        grid.addWidget(self.text, 0, 1, 1, 2)
        grid.addWidget(self.status, 0, 3)
        grid.addWidget(self.urgency, 0, 4)
        grid.addWidget(self.department, 0, 5)
        grid.addWidget(self.category, 0, 6)
        grid.addWidget(self.overdue, 0, 7)
        grid.addWidget(QLabel(self.tr("Unit:")), 1, 0)
        grid.addWidget(self.unit, 1, 1)
        grid.addWidget(self.clerk, 1, 2)
        grid.addWidget(self.date_from, 1, 3, 1, 2)
        grid.addWidget(self.date_to, 1, 5)
        grid.addWidget(self.reset_button, 1, 7, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(8, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.text.textEdited.connect(lambda _t: self._timer.start())
        self.text.returnPressed.connect(self._emit_now)
        for combo in (self.status, self.urgency, self.department, self.category, self.clerk):
            combo.currentIndexChanged.connect(self._emit)
        self.overdue.toggled.connect(self._emit)
        for optional in (self.date_from, self.date_to):
            optional.check.toggled.connect(self._emit)
            optional.edit.dateChanged.connect(lambda _d, o=optional: self._date_changed(o))
        self.unit.editingFinished.connect(self._unit_finished)
        self.unit.textChanged.connect(self._unit_text_changed)
        self.reset_button.clicked.connect(self.reset)

        session.call(load_choices, self._choices_arrived, parent=self)
        self._loading = False

    # ------------------------------------------------------------------------------------------ choices

    def _choices_arrived(self, choices: FilterChoices) -> None:
        self._loading = True
        for d in choices.departments:
            self.department.addItem(d.name, d.id)
        groups = {c.parent_id for c in choices.categories if c.parent_id}
        for c in choices.categories:
            depth = c.path.count(" / ")
            label = "    " * depth + c.name
            self.category.addItem(label + (" …" if c.id in groups else ""), c.id)
        for user_id, name in choices.clerks:
            if user_id != self.session.ctx.actor_id:
                self.clerk.addItem(name, user_id)
        self._loading = False

    # ------------------------------------------------------------------------------------------ the filter

    def current(self) -> WorkOrderFilter:
        status = self.status.currentData()
        clerk = self.clerk.currentData()
        return WorkOrderFilter(
            statuses=frozenset({status}) if status not in (None, OPEN) else frozenset(),
            open_only=status == OPEN,
            department_id=self.department.currentData(),
            category_id=self.category.currentData(),
            urgency=self.urgency.currentData(),
            overdue_only=self.overdue.isChecked(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            unit_id=self._unit_id,
            clerk_id=self.session.ctx.actor_id if clerk == ME else clerk,
            text=self.text.text().strip(),
        )

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self._timer.stop()
            self.changed.emit(self.current())

    def _emit_now(self) -> None:
        self._emit()

    def _date_changed(self, optional: OptionalDate) -> None:
        if optional.check.isChecked():
            self._emit()

    def _unit_text_changed(self, text: str) -> None:
        if not text.strip() and self._unit_id is not None:
            self._unit_id = None
            self._emit()

    def _unit_finished(self) -> None:
        text = self.unit.text().strip()
        self._unit_seq += 1
        seq = self._unit_seq
        if not text:
            if self._unit_id is not None:
                self._unit_id = None
                self._emit()
            return

        def arrived(unit_id: str) -> None:
            if seq == self._unit_seq and unit_id != self._unit_id:
                self._unit_id = unit_id
                self._emit()

        self.session.call(lambda ctx: resolve_unit(ctx, text), arrived, parent=self)

    def reset(self) -> None:
        self._loading = True
        self.text.clear()
        self.status.setCurrentIndex(0)
        for combo in (self.urgency, self.department, self.category, self.clerk):
            combo.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.unit.clear()
        self._unit_id = None
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        self._loading = False
        self._emit()

    def set_status(self, status: str | None, open_only: bool = False) -> None:
        """Programmatic choice (tests, other screens): ``set_status(None, open_only=True)`` = Open."""
        self.status.setCurrentIndex(self.status.findData(OPEN if open_only else status))
