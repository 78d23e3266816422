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


def build_schema_0004(path: Path) -> None:
    """How ``schema_0004.sqlite3`` was made (run once, at revision 0004, with the services of that version):

        python -c "from pathlib import Path; from tests.unit.db.test_migrations import build_schema_0004; \\
                   build_schema_0004(Path('tests/fixtures/schema_0004.sqlite3'))"

    The 0003 fixture upgraded, then a renovation filing of 3-2-1102 (approved, one worker), its deposit
    receipt SJ-A1-2026-000001, the worker's pass CR-A1-2026-000001 and a goods-release slip FX-A1-2026-000001.
    """
    from datetime import UTC, date, datetime

    from desk_app.domain.receipts import ReceiptLineIn
    from desk_app.domain.release import ReleaseItem
    from desk_app.services.money import fees, receipts
    from desk_app.services.release import slips
    from desk_app.services.renovation import checklist, filings, passes

    shutil.copyfile(FIXTURES / "schema_0003.sqlite3", path)
    db = Database(path)
    migrate.upgrade(db)
    assert migrate.current_revision(db) == "0004"
    ctx = open_context(db, clock=lambda: datetime(2026, 11, 23, 1, 30, tzinfo=UTC))
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", "admin-pass-1"))
    owner = search.search(ctx, "zs")[0].id
    unit = search.search(ctx, "3-2-1102")[0].id
    filing = filings.open_filing(
        ctx,
        filings.FilingInput(unit, owner, "广州美家装饰工程有限公司", "陈工", "13800138000",
                            date(2026, 11, 25), date(2027, 2, 24), scope="厨卫改造"),
    ).value  # fmt: skip
    for doc in filing.documents:
        checklist.set_document(ctx, filing.id, doc.kind, True)
    worker = checklist.add_worker(
        ctx, filing.id, checklist.WorkerInput("王建国", trade="水电工")
    ).value.workers[0]
    filings.approve(ctx, filing.id, "周建华", "13602020202")
    due = [x for x in fees.dues_for_filing(ctx, filing.id) if x.outstanding_fen]
    receipts.issue_receipt(
        ctx,
        receipts.ReceiptInput(unit, "张三", owner, filing.id, lines=[ReceiptLineIn(x.name, x.due_fen, x.fee_code) for x in due]),
    )  # fmt: skip
    passes.issue_passes(
        ctx, passes.PassRequest(filing.id, (worker.id,), date(2026, 11, 25), date(2027, 2, 24))
    )
    slips.issue_release(
        ctx, slips.ReleaseInput(unit, owner, [ReleaseItem("旧沙发", 1)], acknowledged_warnings=True)
    )
    db.close()
    with sqlalchemy.create_engine(f"sqlite:///{path}").connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
        conn.exec_driver_sql("VACUUM")  # a small file in the repository


def test_renovation_money_and_release_survive_the_upgrade(tmp_path: Path) -> None:
    from desk_app.services.money import receipt_views
    from desk_app.services.release import slips
    from desk_app.services.renovation import pass_lists, views

    fixture = FIXTURES / "schema_0004.sqlite3"
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    db = Database(path)
    migrate.upgrade(db)
    ctx = open_context(db)
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", "admin-pass-1"))
    filing = views.find_by_number(ctx, "ZX-A1-2026-000001")
    assert filing is not None and filing.status.value == "approved" and filing.unit_code == "3-2-1102"
    receipt = receipt_views.find_by_number(ctx, "SJ-A1-2026-000001")
    assert receipt.deposit_fen > 0 and receipt.total_fen > receipt.deposit_fen
    (card,) = pass_lists.list_passes(ctx, pass_lists.PassFilter())
    assert card.number == "CR-A1-2026-000001" and card.filing_number == filing.number
    release = slips.find_by_number(ctx, "FX-A1-2026-000001")
    assert release.unit_code == "3-2-1102"
    # The money triggers still hold after the upgrade: frozen amounts, append-only events, nothing deleted.
    for sql, message in (
        ("UPDATE receipt SET total_fen = total_fen + 1", "amounts are never changed"),
        ("DELETE FROM receipt", "never deleted"),
        ("DELETE FROM receipt_event", "append-only"),
        ("UPDATE receipt_line SET amount_fen = 1", "append-only"),
        ("DELETE FROM temp_pass", "never deleted"),
        ("DELETE FROM goods_release", "never deleted"),
        ("DELETE FROM renovation_filing", "never deleted"),
    ):
        with pytest.raises(sqlalchemy.exc.IntegrityError, match=message), db.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    db.close()
