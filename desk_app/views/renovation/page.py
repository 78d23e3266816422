"""The renovation screen (装修管理): "Filings" — the list beside the chosen filing — and "Passes".

Keyboard: Ctrl+N opens a new filing, Enter on a row moves into its detail, F5 refreshes, Ctrl+F searches.
The passes tab is the passes engineer's ``PassListView``, imported when the page is built.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget

from desk_app.domain.roles import Permission
from desk_app.forms.renovation.filing_form import FilingForm
from desk_app.services.renovation.views import FilingDetail
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.renovation.filing_detail import FilingDetailView
from desk_app.views.renovation.filing_list import FilingListView
from desk_app.views.renovation.filing_steps import lazy_class


class RenovationPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = QAction(icon("add"), self.tr("New filing"), self)
        self.new_action.setToolTip(self.tr("Open a renovation filing (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_filing)
        self.new_action.setEnabled(session.can(Permission.HANDLE_RENOVATION))
        self.toolbar.addAction(self.new_action)
        refresh = QAction(icon("refresh"), self.tr("Refresh"), self)
        refresh.setToolTip(self.tr("Refresh (F5)"))
        refresh.triggered.connect(self.refresh)
        self.toolbar.addAction(refresh)

        self.list = FilingListView(session)
        self.detail = FilingDetailView(session)
        self.list.current_changed.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        self.list.loaded.connect(self._list_loaded)
        self.detail.message.connect(self._show_message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 780])
        splitter.setChildrenCollapsible(False)
        self.count_label = PlainLabel()
        self.status = PlainLabel()
        self.status.setStyleSheet("color: #546e7a;")
        filings_tab = QWidget()
        column = QVBoxLayout(filings_tab)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.toolbar)
        column.addWidget(splitter, 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(8, 2, 8, 2)
        footer.addWidget(self.count_label)
        footer.addWidget(self.status)
        column.addLayout(footer)

        self.tabs = QTabWidget()
        self.tabs.addTab(filings_tab, icon("renovation"), self.tr("Filings"))
        self.tabs.addTab(self._passes_tab(), self.tr("Passes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        # On the Filings tab only: the Passes tab has its own Ctrl+N and Ctrl+F (two shortcuts for the same
        # keys in reach of the focus would be ambiguous, and Qt then fires neither).
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.New, filings_tab, self.new_filing, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_F5), filings_tab, self.refresh, context=context)
        QShortcut(QKeySequence.StandardKey.Find, filings_tab, self._focus_search, context=context)

    def _passes_tab(self) -> QWidget:
        view_class = lazy_class("desk_app.views.renovation.pass_list", "PassListView")
        if view_class is None:
            label = PlainLabel(self.tr("The passes list is not available yet."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        view: QWidget = view_class(self.session)
        return view

    # ------------------------------------------------------------------------------------------ list

    def refresh(self) -> None:
        self.list.reload()
        if self.detail.filing_id is not None:
            self.detail.load(self.detail.filing_id)

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.list.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list.text_edit.selectAll()

    def _list_loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("Filings: {count}").format(count=count))

    def _current_changed(self, filing_id: str | None) -> None:
        if filing_id is not None and filing_id != self.detail.filing_id:
            self.detail.load(filing_id)

    def _activated(self, filing_id: str) -> None:
        if filing_id != self.detail.filing_id:
            self.detail.load(filing_id)
        self.detail.focus_first_step()

    def show_filing(self, filing_id: str) -> None:
        """Open one filing (from the global search or after opening it)."""
        self.tabs.setCurrentIndex(0)
        self.detail.load(filing_id)
        self.list.select(filing_id)

    def show_pass(self, pass_id: str) -> None:
        """The Passes tab with one pass chosen (a scanned pass from the global search): the filters are
        cleared and the list searched for its number, so the pass is the row selected."""
        from desk_app.services.renovation.pass_lists import get_pass

        def arrived(found: Any) -> None:
            view = self.tabs.widget(1)
            self.tabs.setCurrentIndex(1)
            if not hasattr(view, "search"):
                return  # the passes list is not available
            for widget in (view.status, view.kind, view.expiring_button, view.expired_button):
                widget.blockSignals(True)
            view.status.setCurrentIndex(0)
            view.kind.setCurrentIndex(0)
            view.expiring_button.setChecked(False)
            view.expired_button.setChecked(False)
            for widget in (view.status, view.kind, view.expiring_button, view.expired_button):
                widget.blockSignals(False)
            view.search.setText(found.number)
            view.reload()
            view.table.setFocus()

        self.session.call(lambda ctx: get_pass(ctx, pass_id), arrived, parent=self)

    # ------------------------------------------------------------------------------------------ new

    def new_filing(self) -> Any:
        if not self.session.can(Permission.HANDLE_RENOVATION):
            return None
        dialog = FilingForm(self.session, self)
        dialog.saved.connect(self._opened)
        dialog.open()
        return dialog

    def _opened(self, detail: FilingDetail) -> None:
        self._show_message(self.tr("Filing {number} opened.").format(number=detail.number))
        self.show_filing(detail.id)

    def _show_message(self, text: str) -> None:
        self.status.setText(text)
