"""Every released schema version must upgrade to the current one (ARCHITECTURE.md "Migrations")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desk_app.db import migrate
from desk_app.db.engine import Database
from desk_app.db.models import Base
from desk_app.services import auth, search
from desk_app.services.installation import open_context

FIXTURES = Path(__file__).parents[2] / "fixtures"


def test_head_revision_constant_matches_the_scripts() -> None:
    assert migrate.head_from_scripts() == migrate.HEAD_REVISION


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = Database(tmp_path / "fresh.sqlite3")
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    # The FTS5 index and its shadow tables are created by hand (db/migrations/helpers.py), not by models.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("person_fts"))]
    assert diff == []


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema_*.sqlite3")))
def test_old_schema_files_upgrade_and_keep_their_data(tmp_path: Path, fixture: str) -> None:
    path = tmp_path / fixture
    shutil.copyfile(FIXTURES / fixture, path)
    db = Database(path)
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.HEAD_REVISION
    ctx = open_context(db)
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", "admin-pass-1"))
    assert [h.title for h in search.search(ctx, "zs")] == ["张三"]
    assert [h.title for h in search.search(ctx, "3-2-1102")] == ["3-2-1102"]
    db.close()


def test_append_only_tables_refuse_update_and_delete(tmp_path: Path) -> None:
    import sqlalchemy

    db = Database(tmp_path / "a.sqlite3")
    migrate.upgrade(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_log (id, at, entity_type, entity_id, action, user_name, summary, changes_json) "
            "VALUES ('1', '2026-01-01T00:00:00.000000Z', 'x', 'y', 'create', '', '', '{}')"
        )
    for sql in ("UPDATE audit_log SET action = 'update'", "DELETE FROM audit_log"):
        with pytest.raises(sqlalchemy.exc.IntegrityError, match="append-only"), db.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    db.close()


def test_connection_pragmas(tmp_path: Path) -> None:
    db = Database(tmp_path / "p.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.close()


def test_work_orders_survive_the_upgrade(tmp_path: Path) -> None:
    from desk_app.services.work_orders import orders

    fixture = FIXTURES / "schema_0002.sqlite3"
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    db = Database(path)
    migrate.upgrade(db)
    ctx = open_context(db)
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", "admin-pass-1"))
    order = orders.find_by_number(ctx, "BX-A1-2026-000001")
    assert order.status.value == "dispatched" and order.assignee_name == "李师傅"
    db.close()


def test_visits_and_complaints_survive_the_upgrade(tmp_path: Path) -> None:
    from desk_app.services.complaints import handling
    from desk_app.services.visits import log as visits

    fixture = FIXTURES / "schema_0003.sqlite3"
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    db = Database(path)
    migrate.upgrade(db)
    ctx = open_context(db)
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", "admin-pass-1"))
    visit = visits.find_by_number(ctx, "LF-A1-2026-000001")
    complaint = handling.find_by_number(ctx, "TS-A1-2026-000001")
    assert visit.id_number_masked == "1101**********002X" and visit.created_record_id == complaint.id
    assert complaint.status.value == "acknowledged" and complaint.visit_id == visit.id
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="append-only"), db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM complaint_event")
    db.close()
