"""Scan or type any document number: every QR kind and every number type opens its record."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from desk_app.db.engine import Database
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.services import demo, scan
from desk_app.services.auth import sign_in
from desk_app.services.context import ServiceContext
from desk_app.services.installation import open_context
from desk_app.services.work_orders.orders import qr_secret

NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
TABLES = {  # record type → table, QR kind (None: no code printed), number prefix
    "work_order": ("work_order", "WO", "BX"),
    "complaint": ("complaint", "CP", "TS"),
    "visit": ("visit", "VS", "LF"),
    "renovation_filing": ("renovation_filing", "RN", "ZX"),
    "pass": ("temp_pass", "PS", "CR"),
    "receipt": ("receipt", "RC", "SJ"),
    "refund": ("refund", "RF", "TK"),
    "release": ("goods_release", "RL", "FX"),
    "day_close": ("day_close", None, "RJ"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from desk_app.services.renovation.demo import add_demo_renovation_money
    from desk_app.services.visits.demo import add_demo_visits_and_complaints
    from desk_app.services.work_orders.demo import add_demo_work_orders

    def few_visits(ctx: ServiceContext, rng: random.Random) -> None:
        add_demo_visits_and_complaints(ctx, rng, per_day=6)  # one of each record is all these tests need

    path = tmp_path_factory.mktemp("scan") / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as mp:
        extenders = [add_demo_work_orders, few_visits, add_demo_renovation_money]
        mp.setattr(demo, "_feature_extenders", lambda: extenders)
        demo.create_demo(path, units_target=120, people_target=160, clock=lambda: NOW)
    database = Database(path)
    yield database
    database.close()


@pytest.fixture
def clerk(db: Database) -> ServiceContext:
    ctx = open_context(db, clock=lambda: NOW)
    return ctx.as_user(sign_in(ctx, "clerk1", "clerk123"))


def _first(db: Database, table: str) -> tuple[str, str]:
    with db.read() as s:
        row = s.execute(text(f"SELECT id, number FROM {table} ORDER BY number LIMIT 1")).one()
    return row[0], row[1]


def _secret(db: Database) -> str:
    with db.write() as s:
        return qr_secret(s)


@pytest.mark.parametrize("record_type", list(TABLES))
def test_a_typed_number_of_every_type(db: Database, clerk: ServiceContext, record_type: str) -> None:
    table, _kind, prefix = TABLES[record_type]
    record_id, number = _first(db, table)
    assert number.startswith(prefix + "-") and scan.looks_like_document(number.lower())
    target = scan.resolve(clerk, f"  {number.lower()} ")  # a clerk types lower case and stray spaces
    assert (target.record_type, target.record_id, target.number) == (record_type, record_id, number)
    assert not target.from_qr


@pytest.mark.parametrize("record_type", [t for t, (_, kind, _) in TABLES.items() if kind])
def test_a_scanned_code_of_every_kind(db: Database, clerk: ServiceContext, record_type: str) -> None:
    table, kind, _prefix = TABLES[record_type]
    record_id, number = _first(db, table)
    secret = _secret(db)
    if kind == "RC":
        with db.read() as s:
            total = s.execute(
                text("SELECT total_fen FROM receipt WHERE id = :i"), {"i": record_id}
            ).scalar_one()
        code = qr.encode_receipt(secret, number, total)
    else:
        assert kind is not None
        code = qr.encode(secret, kind, number)
    target = scan.resolve(clerk, code)
    assert (target.record_type, target.record_id, target.from_qr) == (record_type, record_id, True)


def test_a_receipt_code_with_an_altered_amount(db: Database, clerk: ServiceContext) -> None:
    _id, number = _first(db, "receipt")
    code = qr.encode_receipt(_secret(db), number, 1)
    with pytest.raises(DomainError) as err:
        scan.resolve(clerk, code)
    assert err.value.code == "receipt.amount_mismatch"


def test_forged_unknown_and_not_a_document(clerk: ServiceContext) -> None:
    with pytest.raises(DomainError) as err:
        scan.resolve(clerk, qr.encode("another-installation", "RN", "ZX-A1-2026-000001"))
    assert err.value.code == "qr.forged"
    with pytest.raises(DomainError) as err:
        scan.resolve(clerk, "TK-A1-2026-999999")
    assert err.value.code == "scan.not_found" and err.value.params["number"] == "TK-A1-2026-999999"
    assert not scan.looks_like_document("3-2-1102") and not scan.looks_like_document("张三")
    assert not scan.looks_like_document("XX-A1-2026-000001")  # not a document type of ours


def test_the_permit_and_the_refund_voucher_print_codes_that_scan_back(
    db: Database, clerk: ServiceContext
) -> None:
    from desk_app.services.money import refund_printouts, refunds
    from desk_app.services.renovation import printouts
    from desk_app.services.renovation.views import filing_row

    refund_id, number = _first(db, "refund")
    voucher = refund_printouts.refund_data(clerk, refunds.get_refund(clerk, refund_id))
    assert str(voucher["qr"]).startswith(f"RF|{number}|")
    assert scan.resolve(clerk, str(voucher["qr"])).record_id == refund_id
    with db.read() as s:
        filing_id = s.execute(
            text("SELECT id FROM renovation_filing WHERE status = 'approved' LIMIT 1")
        ).scalar_one()
    with db.write() as s:
        permit = printouts.permit_data(s, clerk, filing_row(s, filing_id))
    assert str(permit["qr"]).startswith("RN|ZX-")
    assert scan.resolve(clerk, str(permit["qr"])).record_id == filing_id
