"""The demo's renovation, passes, money and release records: every state the screens show is there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import text

from desk_app.db.engine import Database
from desk_app.domain.roles import Role
from desk_app.services import demo
from desk_app.services.auth import sign_in
from desk_app.services.context import ServiceContext
from desk_app.services.installation import open_context
from desk_app.services.money import day_close
from desk_app.services.renovation import pass_lists
from desk_app.services.renovation.demo import add_demo_renovation_money

NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
TODAY = date(2026, 11, 23)


def fixed_clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A small demo estate with only this extender (work orders and visits are tested in test_demo.py)."""
    path = tmp_path_factory.mktemp("demo5") / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(demo, "_feature_extenders", lambda: [add_demo_renovation_money])
        demo.create_demo(path, units_target=120, people_target=160, clock=fixed_clock)
    database = Database(path)
    yield database
    database.close()


@pytest.fixture
def clerk(db: Database) -> ServiceContext:
    ctx = open_context(db, clock=fixed_clock)
    return ctx.as_user(sign_in(ctx, "clerk1", "clerk123"))


def counts(db: Database, sql: str) -> dict[Any, int]:
    with db.read() as s:
        return {row[0]: int(row[1]) for row in s.execute(text(sql))}


def scalar(db: Database, sql: str) -> Any:
    with db.read() as s:
        return s.execute(text(sql)).scalar()


def test_the_officer_signs_in(db: Database) -> None:
    ctx = open_context(db, clock=fixed_clock)
    assert sign_in(ctx, "officer", "officer123").role == Role.RENOVATION_OFFICER
    assert ("officer", "officer123") in {(a.username, a.password) for a in demo.DEMO_ACCOUNTS}


def test_filings_in_every_state(db: Database) -> None:
    states = counts(db, "SELECT status, count(*) FROM renovation_filing GROUP BY status")
    assert states == {"draft": 6, "approved": 8, "extended": 4, "inspected": 4, "refunded": 3}
    # Some drafts still miss documents; every approved filing has its checklist complete.
    missing = counts(
        db,
        "SELECT f.status, count(*) FROM filing_document d JOIN renovation_filing f ON f.id = d.filing_id "
        "WHERE NOT d.received GROUP BY f.status",
    )
    assert set(missing) == {"draft"}
    assert scalar(db, "SELECT count(*) FROM filing_document WHERE attachment_id IS NOT NULL") == 25
    results = counts(db, "SELECT completion_result, count(*) FROM renovation_filing GROUP BY 1")
    assert results["passed"] == 7 and results["failed"] == 1
    assert scalar(db, "SELECT count(*) FROM inspection WHERE kind = 'patrol'") == 2
    assert scalar(db, "SELECT count(*) FROM renovation_filing WHERE downstairs_signed_by != ''") == 5
    assert scalar(db, "SELECT count(*) FROM filing_event WHERE kind = 'extended'") == 4
    # The refunded units moved in long enough ago for the refund (3 months by default).
    assert scalar(
        db,
        "SELECT count(*) FROM renovation_filing f JOIN unit u ON u.id = f.unit_id "
        "WHERE f.status = 'refunded' AND u.move_in_date <= '2026-08-23'",
    ) == 3  # fmt: skip


def test_passes(db: Database, clerk: ServiceContext) -> None:
    kinds = counts(db, "SELECT holder_kind, count(*) FROM temp_pass GROUP BY 1")
    assert kinds["visitor"] >= 1 and kinds["outside_staff"] >= 1 and kinds["worker"] >= 30
    states = counts(db, "SELECT status, count(*) FROM temp_pass GROUP BY 1")
    assert states["returned"] >= 8 and states["lost"] == 1
    assert scalar(db, "SELECT count(*) FROM temp_pass WHERE extended_until IS NOT NULL") >= 8
    attention = {p.state for p in pass_lists.expiring_passes(clerk)}
    assert attention == {"expiring", "expired"}
    assert scalar(db, "SELECT count(*) FROM temp_pass WHERE photo_id IS NOT NULL") >= 10


def test_receipts_refunds_and_the_closed_shift(db: Database, clerk: ServiceContext) -> None:
    methods = counts(db, "SELECT method, count(*) FROM receipt GROUP BY 1")
    assert {"cash", "wechat", "alipay", "pos"} <= set(methods)
    assert scalar(db, "SELECT count(*) FROM receipt WHERE method = 'pos' AND reference = ''") == 0
    assert scalar(db, "SELECT count(*) FROM receipt WHERE status = 'void'") == 1
    assert scalar(db, "SELECT count(*) FROM receipt WHERE deposit_fen > 0") == 19
    refunds = counts(db, "SELECT filing_id, count(*) FROM refund GROUP BY 1")
    assert sorted(refunds.values()) == [1, 1, 2]  # one partial refund, then the final one
    assert scalar(db, "SELECT reason FROM refund_deduction") == "lost_pass"
    closes = counts(db, "SELECT number, receipt_count FROM day_close")
    assert len(closes) == 1 and next(iter(closes.values())) >= 15
    assert scalar(db, "SELECT period_to FROM day_close") < "2026-11-23"
    shift = day_close.current_shift(clerk)  # this morning: a void and a new receipt, not yet closed
    assert shift.period_from is not None and len(shift.receipts) >= 3 and len(shift.voids) == 1


def test_release_slips_and_unit_flags(db: Database) -> None:
    states = counts(db, "SELECT status, count(*) FROM goods_release GROUP BY 1")
    assert sum(states.values()) == 12 and states["void"] == 1 and states["confirmed"] >= 6
    warnings = scalar(db, "SELECT group_concat(warnings_json) FROM goods_release")
    assert all(k in warnings for k in ("open_renovation", "fees_owed", "move_out_pending"))
    assert scalar(db, "SELECT count(*) FROM unit WHERE move_out_pending") == 3


def test_numbers_follow_the_time_of_issue(db: Database) -> None:
    for table, column in (
        ("renovation_filing", "created_at"),
        ("receipt", "issued_at"),
        ("temp_pass", "created_at"),
    ):
        with db.read() as s:
            numbers = [r[0] for r in s.execute(text(f"SELECT number FROM {table} ORDER BY {column}, number"))]
        assert numbers == sorted(numbers), table
