"""The Settings screen: a list of sub-pages on the left, the chosen page on the right.

Only the pages the signed-in role can use are listed (services check permissions again). Pages are built
when first opened, and the whole list is rebuilt when another user signs in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from desk_app.domain.roles import Permission
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.views.audit_browser import AuditBrowser
from desk_app.views.settings.backup import BackupPage
from desk_app.views.settings.calendar import CalendarPage
from desk_app.views.settings.fee_table import FeeTablePage
from desk_app.views.settings.language import LanguagePage
from desk_app.views.settings.organisation import OrganisationPage
from desk_app.views.settings.printers import PrintersPage
from desk_app.views.settings.site import SitePage
from desk_app.views.settings.users import UsersPage
from desk_app.views.settings.work_order_categories import WorkOrderCategoriesPage


@dataclass(frozen=True)
class _Entry:
    key: str
    icon: str
    title: str
    permission: Permission | None
    build: Callable[[AppSession], QWidget]


class SettingsPage(QWidget):
    # Re-emitted from the Language page: the main window restarts the program in the chosen language.
    restart_requested = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pages: dict[str, QWidget] = {}
        self._builders: dict[str, Callable[[AppSession], QWidget]] = {}
        self.list = QListWidget()
        self.list.setIconSize(QSize(20, 20))
        self.list.setSpacing(2)
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self._row_changed)
        session.user_changed.connect(self.rebuild)
        self.rebuild()

    def _entries(self) -> list[_Entry]:
        return [
            _Entry("site", "building", self.tr("Site"), Permission.MANAGE_SETTINGS, SitePage),
            _Entry(
                "organisation",
                "person",
                self.tr("Departments and staff"),
                Permission.MANAGE_SETTINGS,
                OrganisationPage,
            ),
            _Entry(
                "work_order_categories",
                "categories",
                self.tr("Work-order categories"),
                Permission.MANAGE_SETTINGS,
                WorkOrderCategoriesPage,
            ),
            _Entry("fees", "fees", self.tr("Fee table"), Permission.MANAGE_FEES, FeeTablePage),
            _Entry("printers", "print", self.tr("Printers"), Permission.MANAGE_PRINTERS, PrintersPage),
            _Entry("users", "user", self.tr("Users and roles"), Permission.MANAGE_USERS, UsersPage),
            _Entry("language", "settings", self.tr("Language"), None, LanguagePage),
            _Entry("backup", "backup", self.tr("Backup"), Permission.BACKUP, BackupPage),
            _Entry(
                "calendar", "today", self.tr("Working-day calendar"), Permission.MANAGE_CALENDAR, CalendarPage
            ),
            _Entry("audit", "history", self.tr("Audit trail"), Permission.VIEW_AUDIT, AuditBrowser),
        ]

    def rebuild(self) -> None:
        """List the pages the signed-in user may use; pages of the previous user are thrown away."""
        current = self.current_key()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.list.blockSignals(True)
        self.list.clear()
        self._builders.clear()
        for entry in self._entries():
            if entry.permission is None or self.session.can(entry.permission):
                item = QListWidgetItem(icon(entry.icon), entry.title)
                item.setData(Qt.ItemDataRole.UserRole, entry.key)
                item.setSizeHint(QSize(0, 34))
                self.list.addItem(item)
                self._builders[entry.key] = entry.build
        self.list.blockSignals(False)
        self.list.setFixedWidth(max(180, self.list.sizeHintForColumn(0) + 24))
        keys = self.page_keys()
        if keys:
            self.show_page(current if current in keys else keys[0])

    def page_keys(self) -> list[str]:
        """The keys of the listed pages, in order (``site``, ``organisation``, ``work_order_categories``,
        ``printers``, ``users``, ``language``, ``backup``, ``calendar``, ``audit``)."""
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use (KeyError when the user may not see it)."""
        if key not in self.pages:
            page = self._builders[key](self.session)
            if isinstance(page, LanguagePage):
                page.restart_requested.connect(self.restart_requested)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> QWidget:
        self.list.setCurrentRow(self.page_keys().index(key))
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        return page

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            key = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            self.stack.setCurrentWidget(self.page(key))
