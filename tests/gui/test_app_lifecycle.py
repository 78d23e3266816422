"""The app controller: start-up on an existing file, backups, restore, damaged files, switching user."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desk_app.paths import Paths
from desk_app.services import auth
from desk_app.services import backup as backups
from desk_app.services.archive import people
from desk_app.ui.app import DeskApp
from desk_app.ui.local_config import LocalConfig
from desk_app.ui.tasks import SyncRunner
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def app(qapp: object, qtbot: QtBot, template_db: Path, tmp_path: Path) -> DeskApp:
    db = tmp_path / "desk.sqlite3"
    shutil.copyfile(template_db, db)
    where = Paths(db)
    desk = DeskApp(qapp, where, LocalConfig(where.local_config), runner_factory=SyncRunner)  # type: ignore[arg-type]
    assert desk.open(demo_if_missing=False)
    assert desk.session is not None
    admin = auth.sign_in(desk.session.ctx, "admin", ADMIN_PASSWORD)
    desk.sign_in = lambda parent=None: admin  # type: ignore[method-assign]  # the dialog is tested elsewhere
    desk.session.sign_in_as(admin)
    desk.show_main_window()
    assert desk.window is not None
    qtbot.addWidget(desk.window)
    return desk


def _people(app: DeskApp) -> list[str]:
    assert app.session is not None
    with app.session.ctx.db.read() as s:
        return sorted(s.execute(text("SELECT name FROM person")).scalars())


def test_startup_check_then_backup_updates_the_status_bar(app: DeskApp) -> None:
    app.after_start()  # integrity check, then the start-up backup
    listed = backups.list_backups(app.where.backups, "desk")
    assert [b.kind for b in listed] == ["startup"]
    assert app.window is not None
    assert app.window.backup_label.text().startswith("Last backup: 20")  # type: ignore[attr-defined]


def test_restore_brings_back_the_old_data_and_keeps_a_safety_copy(app: DeskApp) -> None:
    assert app.session is not None
    people.create_person(app.session.ctx, people.PersonInput("张三"))
    app.backup(kind="manual")
    saved = backups.list_backups(app.where.backups, "desk")[0]
    people.create_person(app.session.ctx, people.PersonInput("李四"))
    assert _people(app) == sorted(["张三", "李四"])
    old_window = app.window
    app.session.restore_requested.emit(saved.path)
    assert _people(app) == ["张三"]
    assert app.window is not None and app.window is not old_window and app.window.isVisible()
    kinds = [b.kind for b in backups.list_backups(app.where.backups, "desk")]
    assert "pre-restore" in kinds  # the data that was replaced is not lost


def test_a_damaged_file_found_after_start_offers_the_newest_good_backup(app: DeskApp) -> None:
    assert app.session is not None
    people.create_person(app.session.ctx, people.PersonInput("张三"))
    app.backup(kind="manual")
    people.create_person(app.session.ctx, people.PersonInput("李四"))
    asked: list[str] = []
    app.confirm = lambda title, body: asked.append(body) or True  # type: ignore[method-assign]
    app._integrity_checked(["*** in database main ***", "Page 7: btreeInitPage() returns error code 11"])
    assert (
        asked and "The database file is damaged" in asked[0] and "Restore the newest good backup" in asked[0]
    )
    assert _people(app) == ["张三"]


def test_damaged_file_without_backups_says_so(app: DeskApp) -> None:
    alerts: list[str] = []
    app.alert = lambda title, body: alerts.append(body)  # type: ignore[method-assign]
    app._integrity_checked(["row 3 missing from index"])
    assert alerts and "No good backup was found" in alerts[0]


def test_switch_user_keeps_the_window(app: DeskApp) -> None:
    assert app.session is not None
    clerk = auth.create_user(
        app.session.ctx, auth.UserInput("clerk", "前台小王", "clerk", password="clerk-pass-1")
    )
    assert clerk.value.username == "clerk"
    other = auth.sign_in(app.session.ctx, "clerk", "clerk-pass-1")
    app.sign_in = lambda parent=None: other  # type: ignore[method-assign]
    window = app.window
    app.switch_user()
    assert app.window is window and app.session.actor == other
    assert window is not None and window.user_label.text() == "User: 前台小王 (Clerk)"  # type: ignore[attr-defined]


def test_scheduled_maintenance_purges_old_visitor_ids_and_escalates(app: DeskApp) -> None:
    from datetime import timedelta

    from desk_app.domain.visits import Purpose, VisitorKind
    from desk_app.services.visits import log as visits

    assert app.session is not None
    ctx = app.session.ctx
    old = ctx.now() - timedelta(days=200)
    visits.log_visit(
        ctx,
        visits.VisitInput(
            VisitorKind.VISITOR,
            Purpose.GUEST,
            name="访客甲",
            phone="13900001111",
            id_number="11010519491231002X",
            time_in=old,
            time_out=old + timedelta(hours=1),
        ),
    )
    seen: list[frozenset[str]] = []
    app.session.changed.connect(seen.append)
    app.maintenance()
    assert {"visit"} <= set().union(*seen)
    with ctx.db.read() as s:
        assert s.execute(text("SELECT id_number FROM visit")).scalar() == ""
