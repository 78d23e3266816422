"""The goods-release screen (物品放行): the slips on the left (today / not back from the gate / all), the chosen
slip on the right.

Keyboard: Ctrl+N issues a new slip (saved and printed in one go), Ctrl+P prints (or reprints) the chosen
slip, Ctrl+G records the gate's confirmation, Enter on a row opens it with the focus on its next step,
Ctrl+F goes to the search, Ctrl+1 … Ctrl+3 switch lists, F5 refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QToolBar, QVBoxLayout, QWidget

from desk_app.domain.roles import Permission
from desk_app.forms.release.release_form import ReleaseDialog
from desk_app.services.release.slips import EventKind, ReleaseDTO
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.release.release_detail import ReleaseDetailView
from desk_app.views.release.release_list import QUEUES, ReleaseList

SELECTION_DEBOUNCE_MS = 120


class ReleasePage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form: ReleaseDialog | None = None

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self._action("add", self.tr("New slip"), self.new_slip)
        self.new_action.setToolTip(self.tr("Issue a goods-release slip (Ctrl+N)"))
        self.print_action = self._action("print", self.tr("Print"), self.print_current)
        self.print_action.setToolTip(self.tr("Print or reprint the chosen slip (Ctrl+P)"))
        self.confirm_action = self._action("slip_returned", self.tr("Gate confirmed…"), self.confirm_current)
        self.confirm_action.setToolTip(self.tr("The gate's copy came back signed (Ctrl+G)"))
        self.void_action = self._action("void", self.tr("Void…"), self.void_current)
        self.void_action.setToolTip(self.tr("Void the chosen slip; its number stays taken"))
        self.void_action.setVisible(session.can(Permission.VOID_RELEASES))
        self.toolbar.addSeparator()
        self.refresh_action = self._action("refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setToolTip(self.tr("Refresh (F5)"))

        self.list = ReleaseList(session)
        self.detail = ReleaseDetailView(session)
        self.detail.message.connect(self._show_message)
        self.detail.loaded.connect(self._update_actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 570])  # the detail's two columns of facts need ~560 px
        self.splitter.setChildrenCollapsible(False)

        self.status = PlainLabel()
        self.status.setStyleSheet("color: #546e7a; padding: 2px 8px;")
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(SELECTION_DEBOUNCE_MS)
        self._selection_timer.timeout.connect(self._show_current)
        self.list.current_changed.connect(lambda _id: self._selection_timer.start())
        self.list.activated.connect(self._open)
        self.list.loaded.connect(self._list_loaded)
        session.changed.connect(self._on_changed)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_slip),
            (QKeySequence.StandardKey.Print, self.print_current),
            (QKeySequence("Ctrl+G"), self.confirm_current),
            (QKeySequence(Qt.Key.Key_F5), self.refresh),
            (QKeySequence.StandardKey.Find, self._focus_search),
        ):
            QShortcut(keys, self, slot, context=context)
        for number in range(len(QUEUES)):
            QShortcut(
                QKeySequence(f"Ctrl+{number + 1}"),
                self,
                lambda n=number: self.list.tabs.setCurrentIndex(n),
                context=context,
            )
        self._update_actions()
        self.refresh()

    def _action(self, icon_name: str, text: str, slot: object) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _focus_search(self) -> None:
        self.list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list.search.selectAll()

    # ------------------------------------------------------------------------------------------ loading

    def refresh(self) -> None:
        self.list.reload()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "release" in kinds:
            self.list.reload()

    def _list_loaded(self) -> None:
        if self.list.model.rowCount() == 0 and self.detail.release_id is None:
            self.detail.reset()

    def _show_current(self) -> None:
        release_id = self.list.current_id()
        if release_id is not None and release_id != self.detail.release_id:
            self.detail.load(release_id)

    def _open(self, release_id: str) -> None:
        self._selection_timer.stop()
        self.detail.load(release_id, focus_next_step=True)

    def show_release(self, release_id: str, focus_next_step: bool = False) -> None:
        self._selection_timer.stop()
        self.detail.load(release_id, focus_next_step=focus_next_step)
        self.list.reload(select_id=release_id)

    def _update_actions(self, _detail: object = None) -> None:
        d = self.detail.detail
        self.print_action.setEnabled(d is not None)
        self.print_action.setText(self.tr("Reprint") if d is not None and d.print_count else self.tr("Print"))
        allowed = d.allowed if d is not None else frozenset()
        self.confirm_action.setEnabled(EventKind.CONFIRMED in allowed)
        self.void_action.setEnabled(EventKind.VOIDED in allowed)

    # ------------------------------------------------------------------------------------------ actions

    def new_slip(self) -> ReleaseDialog:
        dialog = ReleaseDialog(self.session, self)
        dialog.saved.connect(self._issued)
        self.form = dialog
        dialog.open()
        return dialog

    def _issued(self, release: ReleaseDTO) -> None:
        self._show_message(self.tr("{number} issued.").format(number=release.number))
        if self.list.queue == "today" and release.release_date != self.session.ctx.local_now().date():
            self.list.set_queue("unconfirmed")  # booked for a later day: not in today's list
        self.show_release(release.id)
        self.detail.printer.print_release(release.id)  # "Save & print"

    def print_current(self) -> None:
        self.detail.print_release()

    def confirm_current(self) -> None:
        self.detail.confirm()

    def void_current(self) -> None:
        self.detail.void()

    def _show_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
