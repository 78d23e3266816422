"""The detail pane shared by a work order and a complaint: one skeleton, each record fills it.

Header (number, status chip and the record's own chips), the overdue line, a wrapping row of buttons
(printing first, then the steps the state machine offers), a rule, the fields, "Deadlines" with the dues,
"History" with the timeline — all in a scroll area, behind an "empty" label until a record is loaded.

Every caption is translated by the subclass (``self.tr`` keeps each pane's translation context); this module
only lays out and shows.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import DetailGrid, make_table, title_label
from desk_app.views.work_orders.common import DASH, OVERDUE_TEXT, local_time
from desk_app.views.work_orders.flow import flow_holder

# (step, icon name, translated button text, slot)
StepSpec = tuple[Hashable, str, str, Callable[[], None]]
OVERDUE_STYLE = f"color: {OVERDUE_TEXT.name()}; font-weight: bold;"


class ActionButton(QPushButton):
    """A step button that Enter presses too (outside dialogs Qt buttons only take Space)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)


class RecordDetailPane(QWidget):
    """Base of the detail panes: build with :meth:`build_pane`, show a loaded record with :meth:`show_record`.

    Subclasses set ``NEXT_STEP_ORDER`` (the step that gets the focus after a scan) and create
    ``print_button`` (the focus when no step is open).
    """

    loaded = Signal(object)  # the record's detail
    message = Signal(str)  # a line for the page's status label

    NEXT_STEP_ORDER: ClassVar[tuple[Hashable, ...]] = ()
    print_button: QPushButton

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: Any = None
        self.data: Any = None
        self._seq = 0
        self._focus_next_step = False
        self.title = title_label()
        self.status_chip = PlainLabel()
        self.overdue_chip = PlainLabel()
        self.overdue_chip.setWordWrap(True)
        self.overdue_chip.setStyleSheet(OVERDUE_STYLE)
        self.step_buttons: dict[Any, QPushButton] = {}

    # ------------------------------------------------------------------------------------------ building

    def build_pane(
        self,
        *,
        chips: Sequence[QWidget],
        leading: Sequence[QPushButton],
        steps: Iterable[StepSpec],
        fields: DetailGrid,
        dues: DetailGrid,
        columns: list[Column],
        deadlines: str,
        history: str,
        empty: str,
    ) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title)
        for chip in chips:  # the status chip among the record's own, in the record's order
            header.addWidget(chip)
        header.addStretch(1)

        actions, flow = flow_holder()
        for button in leading:
            flow.addWidget(button)
        for kind, icon_name, text, slot in steps:
            button = self._button(icon_name, text, slot)
            self.step_buttons[kind] = button
            flow.addWidget(button)
        self.actions_box = actions

        self.fields = fields
        self.dues = dues
        self.timeline_model: RowTableModel = RowTableModel(columns, self)
        self.timeline = make_table()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setMinimumHeight(150)
        self.timeline.setWordWrap(False)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(8)
        column.addLayout(header)
        column.addWidget(self.overdue_chip)
        column.addWidget(actions)
        column.addWidget(self._rule())
        column.addWidget(self.fields)
        column.addWidget(self._section(deadlines))
        column.addWidget(self.dues)
        column.addWidget(self._section(history))
        column.addWidget(self.timeline, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.empty = PlainLabel(empty)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #78909c;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @staticmethod
    def _chip_style(color: str) -> str:
        return f"color: white; background: {color}; border-radius: 3px; padding: 2px 8px;"

    def _button(self, icon_name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = ActionButton(icon(icon_name), text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _rule() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #cfd8dc;")
        return line

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; color: #37474f; padding-top: 4px;")
        return label

    # ------------------------------------------------------------------------------------------ loading

    def fetch(self, load: Callable[[Any], Any], focus_next_step: bool) -> None:
        """Load on the DB thread; only the latest request is shown."""
        self._focus_next_step = focus_next_step
        self._seq += 1
        seq = self._seq
        self.session.call(load, lambda data: self._arrived(seq, data), parent=self)

    def reset(self) -> None:
        self._seq += 1
        self.detail = None
        self.data = None
        self.stack.setCurrentWidget(self.empty)

    def _arrived(self, seq: int, data: Any) -> None:
        if seq != self._seq:
            return
        self.data = data
        self.detail = data.detail
        self.fill(data)
        self.show_record(data.events)

    def fill(self, data: Any) -> None:
        """Put the loaded record into the chips, fields and dues (subclasses)."""
        raise NotImplementedError

    def set_dues(self, dues: Iterable[tuple[str, Any]], overdue: Iterable[str], late_text: str) -> None:
        """Dues in local time; an overdue one in bold red with ``late_text`` (a ``{time}`` template)."""
        tz = self.session.ctx.timezone
        late_keys = set(overdue)
        for key, due in dues:
            text = local_time(due, tz, DASH)
            late = key in late_keys
            self.dues.set(key, late_text.format(time=text) if late else text)
            self.dues.values[key].setStyleSheet(OVERDUE_STYLE if late else "")

    def show_record(self, events: list[Any]) -> None:
        d = self.detail
        self.timeline_model.set_rows(events)
        self.timeline.resizeColumnsToContents()
        for kind, button in self.step_buttons.items():
            button.setEnabled(kind in d.allowed)
            button.setVisible(kind in d.allowed)
        self.actions_box.updateGeometry()
        self.stack.setCurrentIndex(1)
        self.loaded.emit(d)
        if self._focus_next_step:
            self._focus_next_step = False
            self.focus_next_step()

    def focus_next_step(self) -> None:
        """Put the focus on the most likely next step (after a scan), else on Print."""
        for kind in self.NEXT_STEP_ORDER:
            button = self.step_buttons.get(kind)
            if button is not None and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)
