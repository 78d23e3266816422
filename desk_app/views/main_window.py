"""The main window: section navigation, the global search, menus and the status bar.

Sections are created lazily on first visit (start-up stays fast); sections of later releases show a plain
"not built yet" page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app import __version__
from desk_app.services.installation import SiteInfo
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import role_label
from desk_app.views.placeholder import PlaceholderPage
from desk_app.views.search import GlobalSearch

_t = QCoreApplication.translate


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # source text, translated in context "Sections"
    icon: str
    planned: str  # what the section will do, shown while it is not built
    factory: Callable[[AppSession], QWidget] | None = None


def _archive(session: AppSession) -> QWidget:
    from desk_app.views.archive.page import ArchivePage

    return ArchivePage(session)


def _work_orders(session: AppSession) -> QWidget:
    from desk_app.views.work_orders.page import WorkOrdersPage

    return WorkOrdersPage(session)


def _settings(session: AppSession) -> QWidget:
    from desk_app.views.settings.page import SettingsPage

    return SettingsPage(session)


SECTIONS: tuple[Section, ...] = (
    Section(
        "today",
        QT_TRANSLATE_NOOP("Sections", "Today"),
        "today",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Return visits due, overdue work orders, visitors still on site, "
            "permits and passes expiring, deposits ready for refund.",
        ),
    ),
    Section(
        "visits",
        QT_TRANSLATE_NOOP("Sections", "Visits"),
        "visits",
        QT_TRANSLATE_NOOP("Sections", "The visit log: walk-ins, visitors and contractors, in and out."),
        lambda s: __import__("desk_app.views.visits.page", fromlist=["_"]).VisitsPage(s),
    ),
    Section(
        "work_orders",
        QT_TRANSLATE_NOOP("Sections", "Work orders"),
        "work_orders",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Repair and service requests with triplicate slips, dispatch, follow-up and return visits.",
        ),
        _work_orders,
    ),
    Section(
        "complaints",
        QT_TRANSLATE_NOOP("Sections", "Complaints"),
        "complaints",
        QT_TRANSLATE_NOOP("Sections", "Complaints, suggestions and praise, with escalation and replies."),
        lambda s: __import__("desk_app.views.complaints.page", fromlist=["_"]).ComplaintsPage(s),
    ),
    Section(
        "renovation",
        QT_TRANSLATE_NOOP("Sections", "Renovation"),
        "renovation",
        QT_TRANSLATE_NOOP(
            "Sections",
            "Renovation filings, documents, permits, worker passes, inspections and deposit refunds.",
        ),
        lambda s: __import__("desk_app.views.renovation.page", fromlist=["_"]).RenovationPage(s),
    ),
    Section(
        "fees",
        QT_TRANSLATE_NOOP("Sections", "Fees"),
        "fees",
        QT_TRANSLATE_NOOP("Sections", "Deposits and fees at the desk, receipts, refunds and the day-close."),
        lambda s: __import__("desk_app.views.money.page", fromlist=["_"]).MoneyPage(s),
    ),
    Section(
        "release",
        QT_TRANSLATE_NOOP("Sections", "Goods release"),
        "release",
        QT_TRANSLATE_NOOP("Sections", "Goods-release slips checked against the archive."),
        lambda s: __import__("desk_app.views.release.page", fromlist=["_"]).ReleasePage(s),
    ),
    Section(
        "keys",
        QT_TRANSLATE_NOOP("Sections", "Keys"),
        "keys",
        QT_TRANSLATE_NOOP("Sections", "Keys handed over at move-in and keys held for owners."),
    ),
    Section(
        "callbacks",
        QT_TRANSLATE_NOOP("Sections", "Return visits & surveys"),
        "callbacks",
        QT_TRANSLATE_NOOP("Sections", "The return-visit queue and the twice-yearly satisfaction survey."),
        lambda s: __import__("desk_app.views.callbacks.page", fromlist=["_"]).CallbacksPage(s),
    ),
    Section(
        "reports",
        QT_TRANSLATE_NOOP("Sections", "Reports"),
        "reports",
        QT_TRANSLATE_NOOP("Sections", "Monthly KPIs, zone ranking and printable reports."),
    ),
    Section("archive", QT_TRANSLATE_NOOP("Sections", "Archive"), "archive", "", _archive),
    Section("settings", QT_TRANSLATE_NOOP("Sections", "Settings"), "settings", "", _settings),
)


class MainWindow(QMainWindow):
    backup_requested = Signal()
    first_painted = Signal()  # the clerk sees the window: icons and the benchmark hook wait for this

    def __init__(self, session: AppSession, site: SiteInfo) -> None:
        super().__init__()
        self.session = session
        self.site = site
        self.setWindowTitle(f"{site.site_name} — {site.desk_name}")
        self.resize(1280, 760)
        self.pages: dict[str, QWidget] = {}

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(196)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setStyleSheet(
            "QListWidget { background: #eceff1; border: none; font-size: 11pt; }"
            "QListWidget::item { padding: 7px 6px; }"
            "QListWidget::item:selected { background: #1565c0; color: white; }"
        )
        self.stack = QStackedWidget()
        for index, section in enumerate(SECTIONS):
            item = QListWidgetItem(_t("Sections", section.title))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.nav.addItem(item)
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
            if index < 9:
                QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, lambda i=index: self.nav.setCurrentRow(i))
        self.nav.currentRowChanged.connect(self._show_section)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search = GlobalSearch(session, self)
        self.search.opened.connect(self.open_record)
        bar = QToolBar(self.tr("Search"))
        bar.setMovable(False)
        bar.setStyleSheet("QToolBar { padding: 4px 8px; spacing: 8px; }")
        site_label = PlainLabel(site.site_name)
        site_label.setStyleSheet("font-weight: bold; color: #1565c0; padding-right: 12px;")
        bar.addWidget(site_label)
        bar.addWidget(self.search)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        # Ctrl+F everywhere (QKeySequence.Find is also Ctrl+F on Windows and Linux: one shortcut, or Qt
        # sees an ambiguous pair and fires neither).
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.focus_search)

        self._iconed_actions: list[tuple[QAction, str]] = []
        self._build_menus()
        self._build_status_bar()
        # Icons come after the window is on screen (see ui/icons.py): loading them must not delay the first paint.
        self._painted = False
        self.first_painted.connect(lambda: QTimer.singleShot(0, self.decorate))
        session.user_changed.connect(self._refresh_user)
        session.backup_done.connect(self.set_last_backup)
        self.nav.setCurrentRow(0)
        # F2: log a walk-in from anywhere (the visits page owns the dialog and what follows it).
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, lambda: self.show_section("visits").walk_in())  # type: ignore[attr-defined]

    def decorate(self) -> None:
        self.setWindowIcon(icon("archive", "#1565c0"))
        for row, section in enumerate(SECTIONS):
            self.nav.item(row).setIcon(icon(section.icon))
        for action, name in self._iconed_actions:
            action.setIcon(icon(name))
        self.search.decorate()

    # -- sections ----------------------------------------------------------------------------------------
    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        section = SECTIONS[row]
        holder = self.stack.widget(row)
        if section.key not in self.pages:
            page = (
                section.factory(self.session)
                if section.factory
                else PlaceholderPage(_t("Sections", section.title), _t("Sections", section.planned))
            )
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(page)
            self.pages[section.key] = page
            restart = getattr(page, "restart_requested", None)
            if restart is not None:
                restart.connect(self._restart)
        self.stack.setCurrentIndex(row)

    def show_section(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(SECTIONS) if s.key == key)
        self.nav.setCurrentRow(row)
        return self.pages[key]

    def open_record(self, kind: str, record_id: str) -> None:
        """Open a record from the global search (a hit, a typed number or a scanned code): ``kind`` is a
        search-hit kind or a ``services.scan`` record type."""
        if kind == "work_order":
            # A scanned slip usually comes back to be keyed in: its next step gets the focus.
            orders_page = self.show_section("work_orders")
            orders_page.show_order(record_id, focus_next_step=True)  # type: ignore[attr-defined]
            return
        # record type → (section, the page's method that shows one record)
        openers = {
            "complaint": ("complaints", "show_complaint"),
            "visit": ("visits", "show_visit"),
            "renovation_filing": ("renovation", "show_filing"),
            "pass": ("renovation", "show_pass"),
            "receipt": ("fees", "show_receipt"),
            "refund": ("fees", "show_refund"),
            "day_close": ("fees", "show_day_close"),
            "release": ("release", "show_release"),
            "unit": ("archive", "show_unit"),
            "person": ("archive", "show_person"),
        }
        if kind in openers:
            section, method = openers[kind]
            getattr(self.show_section(section), method)(record_id)

    # -- menus -------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.switch_user_action = QAction(self.tr("Switch user…"), self)
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+L"))
        self.switch_user_action.triggered.connect(self.session.switch_user_requested.emit)
        file_menu.addAction(self.switch_user_action)
        self._iconed_actions.append((self.switch_user_action, "switch_user"))
        password = QAction(self.tr("Change my password…"), self)
        password.triggered.connect(self._change_password)
        file_menu.addAction(password)
        self._iconed_actions.append((password, "lock"))
        file_menu.addSeparator()
        backup = QAction(self.tr("Back up now"), self)
        backup.triggered.connect(self.backup_requested.emit)
        file_menu.addAction(backup)
        self._iconed_actions.append((backup, "backup"))
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        log_action = QAction(self.tr("Log"), self)
        log_action.triggered.connect(self._show_log)
        help_menu.addAction(log_action)
        self._iconed_actions.append((log_action, "log"))
        about = QAction(self.tr("About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _change_password(self) -> None:
        from desk_app.forms.settings.password_form import ChangePasswordDialog

        ChangePasswordDialog(self.session, self).exec()

    def _show_log(self) -> None:
        from desk_app.views.log_viewer import LogDialog

        LogDialog(self.session.paths.logs, self).exec()

    def _about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About"),
            self.tr("Property service desk {version}\nDatabase: {path}").format(
                version=__version__, path=self.session.paths.db
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _restart(self) -> None:
        from desk_app.ui.crash import restart_app

        restart_app()

    # -- status bar --------------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = PlainLabel()
        self.desk_label = PlainLabel(
            self.tr("Desk: {name} ({code})").format(name=self.site.desk_name, code=self.site.desk_code)
        )
        # The folder is often long (C:\Users\…\AppData\Roaming\DeskApp); the name shows, the tooltip has it all.
        self.db_label = PlainLabel(self.tr("Database: {path}").format(path=self.session.paths.db.name))
        self.db_label.setToolTip(str(self.session.paths.db))
        self.backup_label = PlainLabel(self.tr("Last backup: none yet"))
        for widget in (self.user_label, self.desk_label, self.db_label):
            bar.addWidget(widget)
        bar.addPermanentWidget(self.backup_label)
        self._refresh_user()

    def _refresh_user(self) -> None:
        actor = self.session.actor
        self.user_label.setText(
            self.tr("User: {name} ({role})").format(name=actor.display_name, role=role_label(actor.role))
            if actor
            else self.tr("Not signed in")
        )
        can_settings = actor is not None
        self.nav.item(len(SECTIONS) - 1).setHidden(not can_settings)

    def set_last_backup(self, when: datetime | None) -> None:
        if when is None:
            self.backup_label.setText(self.tr("Last backup: none yet"))
            return
        local = when.astimezone(self.session.ctx.timezone)
        self.backup_label.setText(
            self.tr("Last backup: {when}").format(when=local.strftime("%Y-%m-%d %H:%M"))
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.config.set("geometry", bytes(self.saveGeometry().toBase64().data()).decode())
        super().closeEvent(event)
