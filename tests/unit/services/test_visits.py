"""The visit log through the services: walk-ins, check-out, on-site list, log views, links, the ID purge."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desk_app.db.models import AuditEntry, Visit
from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.visits import Purpose, VisitorKind
from desk_app.domain.work_orders import EventKind
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.visits import log as visits
from desk_app.services.work_orders import categories, orders
from tests.conftest import FakeClock

ID = "11010519491231002X"


@pytest.fixture
def desk(admin_ctx: ServiceContext) -> ServiceContext:
    categories.ensure_defaults(admin_ctx)
    b = buildings.create_building(admin_ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(admin_ctx, b, buildings.EntranceInput("2")).value
    u = units.create_unit(admin_ctx, units.UnitInput(e, "1102")).value
    p = people.create_person(admin_ctx, people.PersonInput("张三", mobile="13812345678")).value
    people.link(admin_ctx, people.RelationInput(u.id, p.id, Relation.OWNER, is_primary=True))
    return admin_ctx


def _unit_id(ctx: ServiceContext) -> str:
    with ctx.db.read() as s:
        return str(s.execute(text("SELECT id FROM unit WHERE code = '3-2-1102'")).scalar())


def _guest(ctx: ServiceContext, **kw: object) -> visits.VisitDTO:
    data = dict(
        visitor_kind=VisitorKind.VISITOR,
        purpose=Purpose.GUEST,
        name="李四",
        phone="13900001111",
        company="美家装饰",
        plate="粤A 12345",
        id_number=ID,
        unit_id=_unit_id(ctx),
        party_size=2,
    )
    data.update(kw)
    return visits.log_visit(ctx, visits.VisitInput(**data)).value  # type: ignore[arg-type]


def test_log_visit_numbers_masks_and_hashes(desk: ServiceContext) -> None:
    v = _guest(desk)
    assert v.number.startswith("LF-A1-2026-")
    assert v.id_number_masked == "1101**********002X"
    assert v.unit_code == "3-2-1102" and v.plate == "粤A12345"
    assert v.on_site and v.party_size == 2
    with desk.db.read() as s:
        row = s.get(Visit, v.id)
        assert row is not None and row.id_number == ID and len(row.id_number_hash) == 64


def test_validation_collects_fields(desk: ServiceContext) -> None:
    with pytest.raises(DomainError) as err:
        visits.log_visit(
            desk, visits.VisitInput(VisitorKind.VISITOR, Purpose.GUEST, name="", phone="12", party_size=0)
        )
    assert err.value.code == "validation"
    assert set(err.value.params["fields"]) == {"name", "phone", "party_size"}  # type: ignore[arg-type]


def test_owner_from_the_archive_fills_name_and_phone(desk: ServiceContext) -> None:
    person = next(r for r in orders.reporters_for_unit(desk, _unit_id(desk)))
    v = visits.log_visit(
        desk, visits.VisitInput(VisitorKind.OWNER, Purpose.CONSULT, person_id=person.person_id)
    ).value
    assert (v.name, v.phone) == ("张三", "13812345678")


def test_check_out_once_and_on_site_flags_yesterday(desk: ServiceContext, clock: FakeClock) -> None:
    old = _guest(desk)
    clock.advance(days=1)
    new = _guest(desk, name="王五", phone="13700002222", id_number="")
    on_site = visits.on_site_now(desk)
    assert [(v.id, v.earlier_day) for v in on_site] == [(old.id, True), (new.id, False)]
    visits.check_out(desk, old.id)
    with pytest.raises(DomainError) as err:
        visits.check_out(desk, old.id)
    assert err.value.code == "visit.already_checked_out"
    assert [v.id for v in visits.on_site_now(desk)] == [new.id]


def test_log_views_and_daily_totals(desk: ServiceContext) -> None:
    _guest(desk)
    _guest(desk, purpose=Purpose.REPAIR, name="赵六", phone="13600003333", id_number="")
    assert len(visits.visit_log(desk)) == 2
    assert [v.name for v in visits.visit_log(desk, visits.VisitFilter(purpose=Purpose.REPAIR))] == ["赵六"]
    assert [v.name for v in visits.visit_log(desk, visits.VisitFilter(text="1360"))] == ["赵六"]
    totals = visits.daily_totals(desk)
    assert totals.visits == 2 and totals.people == 4 and totals.still_on_site == 2
    assert totals.by_purpose[Purpose.GUEST] == 1 and totals.by_purpose[Purpose.REPAIR] == 1


def test_returning_visitor_recognised(desk: ServiceContext, clock: FakeClock) -> None:
    first = _guest(desk)
    clock.advance(days=3)
    assert visits.recent_visitor(desk, phone="139 0000 1111") is not None
    found = visits.recent_visitor(desk, name="李四", id_number=ID)
    assert found is not None and found.visit_id == first.id and found.company == "美家装饰"
    assert [r.name for r in visits.recent_visitors(desk, "1390")] == ["李四"]
    assert [r.name for r in visits.recent_visitors(desk, "李")] == ["李四"]
    assert visits.recent_visitor(desk, name="陌生人") is None


def test_walk_in_creates_a_work_order_and_checks_out(desk: ServiceContext) -> None:
    v = _guest(desk, visitor_kind=VisitorKind.OWNER, purpose=Purpose.REPAIR, name="张三", id_number="")
    category = next(c for c in categories.list_categories(desk) if c.path == "户内 / 给排水")
    order = visits.create_work_order_from_visit(
        desk,
        v.id,
        orders.RegisterInput(
            category_id=category.id,
            description="厨房水管漏水",
            reporter_name="张三",
            contact_phone="13812345678",
            unit_id=_unit_id(desk),
        ),
    ).value
    linked = visits.get(desk, v.id)
    assert (linked.created_record_type, linked.created_record_id) == ("work_order", order.id)
    back = visits.visit_of(desk, "work_order", order.id)
    assert back is not None and back.id == v.id
    assert any(
        e.kind is EventKind.LINKED and e.payload["visit"] == v.number
        for e in orders.history_events(desk, order.id)
    )
    assert visits.check_out(desk, v.id).value.time_out is not None


def test_link_refuses_unknown_records(desk: ServiceContext) -> None:
    v = _guest(desk)
    with pytest.raises(DomainError) as err:
        visits.link_created(desk, v.id, "work_order", "nope")
    assert err.value.code == "visit.link_invalid"


def test_purge_after_retention_is_audited_and_idempotent(desk: ServiceContext, clock: FakeClock) -> None:
    v = _guest(desk)
    assert visits.purge_visitor_ids(desk, clock.now + timedelta(days=179)) == 0
    assert visits.purge_visitor_ids(desk, clock.now + timedelta(days=181)) == 1
    assert visits.purge_visitor_ids(desk, clock.now + timedelta(days=182)) == 0
    with desk.db.read() as s:
        row = s.get(Visit, v.id)
        assert row is not None and row.id_number == "" and row.id_number_masked == "1101**********002X"
        assert row.id_number_hash and row.id_purged_at is not None
        purges = s.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).all()
        assert len(purges) == 1 and "1 visitor ID" in purges[0].summary
    # The hash still recognises the visitor after the purge.
    assert visits.recent_visitor(desk, id_number=ID) is not None


def test_clerk_permission(clerk_ctx: ServiceContext) -> None:
    v = visits.log_visit(
        clerk_ctx, visits.VisitInput(VisitorKind.VISITOR, Purpose.CONSULT, name="访客甲")
    ).value
    assert v.handled_by_name == "前台小王"


def test_badge_pdf_from_the_visit(desk: ServiceContext) -> None:
    import io

    import pdfplumber
    import pypdfium2
    import zxingcpp

    from desk_app.domain import qr
    from desk_app.services.visits import badge
    from desk_app.services.work_orders.orders import qr_secret

    v = _guest(desk, badge=True)
    assert v.badge_valid_until is not None
    rendered = badge.render_badge(desk, v.id)
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as doc:
        text = (doc.pages[0].extract_text() or "").replace(" ", "")
    assert "李四" in text and "3-2-1102" in text and v.number in text and "13:30" in text
    document = pypdfium2.PdfDocument(rendered.pdf)
    try:
        codes = zxingcpp.read_barcodes(document[0].render(scale=600 / 72).to_pil())
    finally:
        document.close()
    with desk.db.write() as s:
        payload = qr.decode(qr_secret(s), codes[0].text)
    assert (payload.kind, payload.number) == ("VS", v.number)


def test_back_entry_from_the_paper_book_with_time_out(desk: ServiceContext, clock: FakeClock) -> None:
    start = clock.now - timedelta(hours=3)
    v = _guest(desk, time_in=start, time_out=start + timedelta(minutes=30), id_number="")
    assert not v.on_site and visits.on_site_now(desk) == []
    with pytest.raises(DomainError) as err:
        _guest(desk, time_in=start, time_out=start - timedelta(minutes=1), id_number="")
    assert err.value.params["fields"] == {"time_out": "field.invalid"}


def test_export_the_log_to_excel(desk: ServiceContext, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desk_app.services.visits.export import export_visits

    _guest(desk, notes="=HYPERLINK(1)")
    path = tmp_path / "visits.xlsx"
    assert export_visits(desk, visits.VisitFilter(), path).value == 1
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [c.value for c in sheet[2]]
    assert values[0].startswith("LF-") and values[4] == "李四" and values[8] == "1101**********002X"
    assert values[10] == "访客" and not str(values[13]).startswith("=")


def test_badge_prints_are_counted(desk: ServiceContext) -> None:
    from desk_app.services.visits import badge

    v = _guest(desk, badge=True)
    rendered = badge.render_badge(desk, v.id)
    assert badge.record_print(desk, v.id, rendered, "pdf").value == 1
    assert badge.record_print(desk, v.id, rendered, "Zebra").value == 2
