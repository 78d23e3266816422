"""Start-up and the app's life cycle: database checks, backups, migrations, sign-in, the main window.

Order at start-up (ARCHITECTURE.md): integrity check → automatic backup → migrations → sign-in. When the
file is already at the current schema, the integrity check and the start-up backup run in the background
after the window is up, so the clerk is not kept waiting; when a migration is due they run first, in front.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from desk_app import logs, paths
from desk_app.db import migrate
from desk_app.db.engine import Database
from desk_app.domain.errors import DomainError
from desk_app.services import backup as backups
from desk_app.services import installation, settings
from desk_app.services.context import Actor, OpResult, ServiceContext
from desk_app.ui import crash, fonts, i18n
from desk_app.ui.errors import show_error
from desk_app.ui.local_config import LocalConfig
from desk_app.ui.session import AppSession
from desk_app.ui.tasks import Runner, TaskRunner

log = logging.getLogger("desk_app.app")
DAILY_CHECK_MS = 30 * 60 * 1000


def _now() -> datetime:
    return datetime.now(UTC)


class DeskApp:
    """Owns the database, the runner, the session and the main window for one run of the program."""

    def __init__(
        self,
        qt_app: QApplication,
        where: paths.Paths,
        config: LocalConfig,
        bench: bool = False,
        runner_factory: Callable[[], Runner] = TaskRunner,
    ) -> None:
        self.qt_app = qt_app
        self.bench = bench  # benchmark hook: sign in from DESK_APP_AUTOLOGIN instead of the dialog
        self.where = where
        self.config = config
        self.runner_factory = runner_factory  # tests pass SyncRunner
        self.runner: Runner = runner_factory()
        self.session: AppSession | None = None
        self.window: QWidget | None = None
        self.daily_timer = QTimer()
        self.daily_timer.setInterval(DAILY_CHECK_MS)
        self.daily_timer.timeout.connect(self.backup_if_due)

    # -- opening the database --------------------------------------------------------------------------
    def open(self, demo_if_missing: bool) -> bool:
        if not self.where.db.exists():
            if demo_if_missing:
                self._create_demo()
            elif not self._first_run():
                return False
        probe = Database(self.where.db)
        behind = migrate.needs_upgrade(probe)
        probe.close()
        if behind and not self._checked_backup_before_migration():
            return False
        db = Database(self.where.db)
        try:
            ctx = installation.open_context(db)
        except DomainError as exc:
            show_error(None, exc)
            return False
        from desk_app.services.work_orders.categories import ensure_defaults

        ensure_defaults(ctx)  # databases from before work orders get the default category tree
        self._new_session(ctx)
        return True

    def _new_session(self, ctx: ServiceContext) -> AppSession:
        self.session = AppSession(ctx, self.runner, self.where, self.config)
        self.session.restore_requested.connect(self.restore)
        self.session.switch_user_requested.connect(self.switch_user)
        return self.session

    def _first_run(self) -> bool:
        from desk_app.forms.setup_wizard import SetupWizard

        wizard = SetupWizard(self.where.db)
        if not wizard.exec():
            return False
        if wizard.wants_demo:
            self._create_demo()
            return True
        try:
            installation.initialize(self.where.db, wizard.setup_input())
        except DomainError as exc:
            show_error(None, exc)
            return False
        return True

    def _create_demo(self) -> None:
        from desk_app.services.demo import create_demo

        progress = QProgressDialog(QCoreApplication.translate("App", "Preparing the demo estate…"), "", 0, 0)
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.show()
        QApplication.processEvents()
        try:
            create_demo(self.where.db)
        except BaseException:
            for leftover in (self.where.db, self.where.db.with_name(self.where.db.name + "-wal")):
                leftover.unlink(missing_ok=True)
            raise
        finally:
            progress.close()

    def _checked_backup_before_migration(self) -> bool:
        problems = backups.integrity_check(self.where.db)
        if problems:
            return self._offer_restore(problems)
        backups.backup_now(
            self.where.db, backups.default_backup_folder(self.where.db), now=_now(), kind="pre-migration"
        )
        db = Database(self.where.db)
        migrate.upgrade(db)
        db.close()
        return True

    def _offer_restore(self, problems: list[str]) -> bool:
        """At start-up, before the database is opened: restore the newest good backup if the clerk agrees."""
        good = self._ask_restore(problems)
        if good is None:
            return False
        backups.restore(good, self.where.db, now=_now(), folder=backups.default_backup_folder(self.where.db))
        return True

    def _ask_restore(self, problems: list[str]) -> Path | None:
        """The file is damaged: say so plainly and offer the newest backup that passes the integrity check."""
        folder = backups.default_backup_folder(self.where.db)
        good = next(
            (
                b
                for b in backups.list_backups(folder, self.where.db.stem)
                if not backups.integrity_check(b.path)
            ),
            None,
        )
        title = QCoreApplication.translate("App", "Database damaged")
        text = QCoreApplication.translate("App", "The database file is damaged:\n{problems}\n\n").format(
            problems="\n".join(problems[:5])
        )
        if good is None:
            text += QCoreApplication.translate(
                "App", "No good backup was found in {folder}. Please call support; do not delete the file."
            ).format(folder=folder)
            self.alert(title, text)
            return None
        text += QCoreApplication.translate(
            "App", "Restore the newest good backup from {when}? (The damaged file is kept as a backup.)"
        ).format(when=good.created_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        return good.path if self.confirm(title, text) else None

    def confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def alert(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- signing in ----------------------------------------------------------------------------------------
    def sign_in(self, parent: QWidget | None = None) -> Actor | None:
        from desk_app.forms.login import LoginDialog

        assert self.session is not None
        bench_user = os.environ.get("DESK_APP_AUTOLOGIN") if self.bench else None
        if bench_user:
            from desk_app.services import auth

            username, _, password = bench_user.partition(":")
            return auth.sign_in(self.session.ctx, username, password)
        site = installation.site_info(self.session.ctx)
        dialog = LoginDialog(self.session, site.site_name, parent)
        return dialog.actor if dialog.exec() else None

    def show_main_window(self) -> None:
        from desk_app.views.main_window import MainWindow

        assert self.session is not None
        window = MainWindow(self.session, installation.site_info(self.session.ctx))
        window.backup_requested.connect(lambda: self.backup(kind="manual", explicit=True))
        geometry = self.config.get("geometry")
        if geometry:
            window.restoreGeometry(QByteArray.fromBase64(str(geometry).encode()))
        self.window = window
        window.set_last_backup(
            backups.last_backup_time(backups.default_backup_folder(self.where.db), self.where.db.stem)
        )
        window.show()
        self.daily_timer.start()

    def switch_user(self) -> None:
        assert self.session is not None
        self.session.sign_in_as(None)
        actor = self.sign_in(self.window)
        if actor is None:
            self.qt_app.quit()
            return
        self.session.sign_in_as(actor)

    # -- background checks and backups ---------------------------------------------------------------------
    def after_start(self) -> None:
        """Integrity check, then the start-up backup, on the I/O pool."""
        db_path = self.where.db
        self.runner.io(
            lambda: backups.integrity_check(db_path),
            self._integrity_checked,
            lambda exc: log.exception("integrity check failed", exc_info=exc),
        )

    def _integrity_checked(self, problems: list[str]) -> None:
        if problems:
            log.error("integrity check found problems: %s", problems[:10])
            good = self._ask_restore(problems)
            if good is not None:
                self.restore(good)
            return
        assert self.session is not None
        self.runner.db(
            self.session.ctx.db.optimize, None, lambda exc: log.warning("optimize failed: %s", exc)
        )
        self.backup(kind="startup")
        self.maintenance()

    def maintenance(self) -> None:
        """The scheduled jobs (same as ``desk-app maintenance``): purge visitor ID numbers past their
        retention, escalate complaints whose deadlines passed. Both are idempotent and audited; they run
        at start-up and every half hour with the backup check, on the database thread."""
        from desk_app.services.complaints import handling
        from desk_app.services.visits import log as visits

        assert self.session is not None
        ctx = self.session.ctx

        def job() -> OpResult[int]:
            purged = visits.purge_visitor_ids(ctx)
            escalated = handling.run_auto_escalation(ctx)
            changes = ({"visit"} if purged else set()) | ({"complaint"} if escalated else set())
            return OpResult(purged + len(escalated), frozenset(changes))

        def done(result: OpResult[int]) -> None:
            assert self.session is not None
            if result.changes:
                self.session.notify(result.changes)

        self.runner.db(job, done, lambda exc: log.warning("scheduled maintenance failed: %s", exc))

    def backup_if_due(self) -> None:
        assert self.session is not None
        self.maintenance()
        tz = self.session.ctx.timezone
        if backups.needs_daily_backup(
            backups.default_backup_folder(self.where.db), self.where.db.stem, _now(), tz
        ):
            self.backup(kind="daily")

    def backup(self, kind: str, explicit: bool = False) -> None:
        assert self.session is not None
        ctx = self.session.ctx
        db_path = self.where.db
        keep = settings.get_all(ctx)

        def job() -> backups.BackupInfo:
            second = keep["backup.second_folder"]
            return backups.backup_now(
                db_path,
                backups.default_backup_folder(db_path),
                now=_now(),
                kind=kind,
                second_folder=Path(second) if second else None,
                keep_daily=keep["backup.keep_daily"],
                keep_monthly=keep["backup.keep_monthly"],
            )

        def done(info: backups.BackupInfo) -> None:
            assert self.session is not None
            self.session.backup_done.emit(info.created_at)
            if info.second_folder_error:
                log.warning("second backup folder failed: %s", info.second_folder_error)
            if explicit:
                box = QMessageBox(
                    QMessageBox.Icon.Information,
                    QCoreApplication.translate("App", "Backup"),
                    QCoreApplication.translate("App", "Backup written to {path}").format(path=info.path),
                    parent=self.window,
                )
                box.exec()

        def failed(exc: BaseException) -> None:
            log.error("backup failed: %s", exc)
            if explicit:
                show_error(self.window, exc)

        self.runner.io(job, done, failed)

    def restore(self, backup_path: Path) -> None:
        """Close the database, restore the chosen backup (after a safety copy), reopen, sign in again."""
        assert self.session is not None
        self.runner.shutdown()
        self.session.ctx.db.close()
        try:
            backups.restore(
                backup_path, self.where.db, now=_now(), folder=backups.default_backup_folder(self.where.db)
            )
        except DomainError as exc:
            show_error(self.window, exc)
        # Every open screen shows data that may no longer exist: start over with a new session and window.
        self.runner = self.runner_factory()
        old_window = self.window
        session = self._new_session(installation.open_context(Database(self.where.db)))
        if old_window is not None:
            old_window.hide()
            old_window.deleteLater()
        self.window = None
        actor = self.sign_in()
        if actor is None:
            self.qt_app.quit()
            return
        session.sign_in_as(actor)
        self.show_main_window()


def run_gui(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    where = paths.resolve(args.db)
    where.folder.mkdir(parents=True, exist_ok=True)
    logs.setup(where.logs)
    log.info("starting, database %s", where.db)
    config = LocalConfig(where.local_config)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("desk-app")
    qt_app.setOrganizationName("DeskApp")
    fonts.apply_app_font(qt_app)
    i18n.install(i18n.resolve_language(args.lang or config.get("language")))
    crash.install(where.logs)
    app = DeskApp(qt_app, where, config, bench=bool(args.bench_startup))
    if not app.open(args.demo_if_missing):
        return 1
    actor = app.sign_in()
    if actor is None:
        return 0
    assert app.session is not None
    app.session.sign_in_as(actor)
    app.show_main_window()
    if args.bench_startup:
        return _report_startup(qt_app, app, started)
    QTimer.singleShot(500, app.after_start)
    code = qt_app.exec()
    app.runner.shutdown()
    return code


def _report_startup(qt_app: QApplication, app: DeskApp, started: float) -> int:
    """Bench hook: print how long until the main window was first painted, and the resident memory (once
    the icons are in too), then exit."""
    shown: list[float] = []

    def painted() -> None:
        shown.append(time.perf_counter() - started)
        print(f"BENCH window_shown_s={shown[0]:.4f}", flush=True)  # the benchmark's clock stops here
        QTimer.singleShot(0, report)  # after decorate(): memory includes the icons

    def report() -> None:
        print(f"BENCH_RSS rss_mb={_rss_mb():.1f}", flush=True)
        qt_app.quit()

    window = app.window
    assert window is not None
    window.first_painted.connect(painted)  # type: ignore[attr-defined]
    return qt_app.exec()


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
