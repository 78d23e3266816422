"""Goods-release slips through the services: who may ask, the unit's warnings, issuing, the gate, void, PDF."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta

import pdfplumber
import pytest

from desk_app.db.models import RenovationFiling, Unit
from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.release import ReleaseItem, ReleaseStatus, ReleaseWarning
from desk_app.services import audit
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.release import printouts, slips
from desk_app.services.tracking import new_row
from tests.conftest import FakeClock

SOFA = (ReleaseItem("沙发", 1), ReleaseItem("纸箱", 5))


@dataclass(frozen=True)
class Desk:
    clerk: ServiceContext
    admin: ServiceContext
    unit_id: str
    owner: str
    authorised: str
    tenant: str
    stranger: str


@pytest.fixture
def desk(admin_ctx: ServiceContext, clerk_ctx: ServiceContext) -> Desk:
    b = buildings.create_building(admin_ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(admin_ctx, b, buildings.EntranceInput("2")).value
    u = units.create_unit(admin_ctx, units.UnitInput(e, "1102")).value
    ids = {}
    for name, mobile, relation in (
        ("张三", "13812345678", Relation.OWNER),
        ("李四", "13912345678", Relation.AUTHORISED),
        ("王五", "13712345678", Relation.TENANT),
        ("赵六", "13612345678", None),
    ):
        p = people.create_person(admin_ctx, people.PersonInput(name, mobile=mobile)).value
        if relation is not None:
            people.link(
                admin_ctx, people.RelationInput(u.id, p.id, relation, is_primary=relation is Relation.OWNER)
            )
        ids[name] = p.id
    return Desk(clerk_ctx, admin_ctx, u.id, ids["张三"], ids["李四"], ids["王五"], ids["赵六"])


def _issue(d: Desk, person_id: str | None = None, **kw: object) -> slips.ReleaseDTO:
    data = slips.ReleaseInput(d.unit_id, person_id or d.owner, kw.pop("items", SOFA), **kw)  # type: ignore[arg-type]
    return slips.issue_release(d.clerk, data).value


def _open_filing(d: Desk, status: str = "approved", number: str = "ZX-A1-2026-000012") -> None:
    with d.admin.db.write() as s:
        s.add(
            new_row(
                d.admin,
                RenovationFiling(
                    number=number,
                    unit_id=d.unit_id,
                    unit_code="3-2-1102",
                    owner_name="张三",
                    contractor_company="好家装饰",
                    responsible_name="钱七",
                    responsible_phone="13512345678",
                    planned_start=date(2026, 11, 1),
                    planned_end=date(2027, 1, 31),
                    current_end=date(2027, 1, 31),
                    status=status,
                ),
            )
        )


def test_only_owners_and_authorised_people_may_ask(desk: Desk) -> None:
    choices = slips.applicants_for_unit(desk.clerk, desk.unit_id)
    assert [(c.name, c.relation, c.phone) for c in choices] == [
        ("张三", "owner", "13812345678"),
        ("李四", "authorised", "13912345678"),
    ]
    first = _issue(desk)
    assert first.number == "FX-A1-2026-000001" and first.status is ReleaseStatus.ISSUED
    assert first.applicant_relation == "owner" and first.phone == "13812345678"
    assert first.items == SOFA and first.release_date == date(2026, 11, 23) and first.clerk_name == "前台小王"
    assert _issue(desk, desk.authorised).applicant_relation == "authorised"
    for person in (desk.tenant, desk.stranger):
        with pytest.raises(DomainError) as err:
            _issue(desk, person)
        assert err.value.code == "release.not_owner_or_authorised"
    assert len(slips.list_releases(desk.clerk)) == 2  # nothing half-saved, no number taken by the refusals
    assert _issue(desk).number == "FX-A1-2026-000003"
    [entry] = [a for a in audit.history(desk.admin, "goods_release", first.id)]
    assert entry.action == "create"


def test_warnings_must_be_acknowledged_and_are_kept_on_the_slip(desk: Desk) -> None:
    _open_filing(desk, "refunded", "ZX-A1-2025-000003")  # a closed filing does not warn
    assert slips.warnings_for_unit(desk.clerk, desk.unit_id) == []
    _open_filing(desk)
    with desk.admin.db.write() as s:
        unit = s.get(Unit, desk.unit_id)
        assert unit is not None
        unit.move_out_pending, unit.fees_owed = True, True
    warnings = slips.warnings_for_unit(desk.clerk, desk.unit_id)
    assert warnings == [
        (ReleaseWarning.OPEN_RENOVATION, "ZX-A1-2026-000012 2026-11-01 ~ 2027-01-31"),
        (ReleaseWarning.MOVE_OUT_PENDING, ""),
        (ReleaseWarning.FEES_OWED, ""),
    ]
    with pytest.raises(DomainError) as err:
        _issue(desk)
    assert err.value.code == "release.warnings_not_acknowledged"
    slip = _issue(desk, acknowledged_warnings=True)
    assert slip.warnings == tuple(warnings)
    assert slips.get_release(desk.clerk, slip.id).warnings == tuple(warnings)


def test_the_move_out_flag_is_set_in_the_archive(desk: Desk) -> None:
    unit = units.unit_card(desk.clerk, desk.unit_id).unit
    units.update_unit(
        desk.clerk, unit.id, units.UnitInput(unit.entrance_id, unit.room, move_out_pending=True)
    )
    assert units.unit_card(desk.clerk, desk.unit_id).move_out_pending
    assert slips.warnings_for_unit(desk.clerk, desk.unit_id) == [(ReleaseWarning.MOVE_OUT_PENDING, "")]


ITEM_CASES = [
    ((), "release.no_items"),
    ((ReleaseItem("", 0), ReleaseItem(" ", 0)), "release.no_items"),  # blank rows of the table
    (tuple(ReleaseItem(f"箱{i}", 1) for i in range(9)), "release.too_many_items"),
    ((ReleaseItem("沙发", 0),), "release.quantity_invalid"),
    ((ReleaseItem("沙发", 10000),), "release.quantity_invalid"),
    ((ReleaseItem("", 2, "旧的"),), "release.item_name_required"),
]


def test_items_are_checked(desk: Desk) -> None:
    for items, code in ITEM_CASES:  # one database for all the cases: the refusals write nothing
        with pytest.raises(DomainError) as err:
            _issue(desk, items=items)
        assert err.value.params["fields"] == {"items": code}, items
    assert slips.list_releases(desk.clerk) == []


def test_eight_items_fit_and_the_date_is_today_or_soon(desk: Desk) -> None:
    eight = tuple(ReleaseItem(f"箱{i}", i + 1) for i in range(8))
    assert len(_issue(desk, items=eight).items) == 8
    for day in (date(2026, 11, 22), date(2026, 11, 23) + timedelta(days=8)):
        with pytest.raises(DomainError) as err:
            _issue(desk, release_date=day)
        assert err.value.params["fields"] == {"release_date": "release.date_invalid"}


def test_the_guard_confirms_once(desk: Desk, clock: FakeClock) -> None:
    slip = _issue(desk, plate="粤a12345")
    assert slip.plate == "粤A12345"
    assert [r.id for r in slips.list_releases(desk.clerk, slips.ReleaseFilter(unconfirmed_only=True))] == [
        slip.id
    ]
    with pytest.raises(DomainError) as err:
        slips.confirm_by_guard(desk.clerk, slip.id, "  ")
    assert err.value.params["fields"] == {"guard_name": "field.required"}
    with pytest.raises(DomainError) as err:
        slips.confirm_by_guard(desk.clerk, slip.id, "保安老周", clock.now + timedelta(hours=1))
    assert err.value.params["fields"] == {"confirmed_at": "release.confirm_time_invalid"}
    clock.advance(hours=2)
    gate_time = clock.now - timedelta(minutes=30)
    done = slips.confirm_by_guard(desk.clerk, slip.id, "保安老周", gate_time).value
    assert done.status is ReleaseStatus.CONFIRMED and done.guard_name == "保安老周"
    assert done.guard_confirmed_at == gate_time
    with pytest.raises(DomainError) as err:
        slips.confirm_by_guard(desk.clerk, slip.id, "保安老周")
    assert err.value.code == "release.already_confirmed"
    assert slips.list_releases(desk.clerk, slips.ReleaseFilter(unconfirmed_only=True)) == []
    with pytest.raises(DomainError) as err:
        slips.void_release(desk.admin, slip.id, "开错了")
    assert err.value.code == "release.void_confirmed"
    kinds = [e.kind for e in slips.history(desk.clerk, slip.id)]
    assert kinds == ["issued", "confirmed"]


def test_void_needs_a_supervisor_and_keeps_the_number(desk: Desk, supervisor_ctx: ServiceContext) -> None:
    slip = _issue(desk)
    with pytest.raises(DomainError) as err:
        slips.void_release(desk.clerk, slip.id, "开错了")
    assert err.value.code == "auth.forbidden"
    with pytest.raises(DomainError) as err:
        slips.void_release(supervisor_ctx, slip.id, " ")
    assert err.value.params["fields"] == {"reason": "field.required"}
    void = slips.void_release(supervisor_ctx, slip.id, "开错了").value
    assert void.status is ReleaseStatus.VOID and void.void_reason == "开错了" and void.number == slip.number
    with pytest.raises(DomainError) as err:
        slips.confirm_by_guard(desk.clerk, slip.id, "保安老周")
    assert err.value.code == "release.is_void"
    assert slips.find_by_number(desk.clerk, slip.number.lower()).status is ReleaseStatus.VOID
    assert _issue(desk).number == "FX-A1-2026-000002"


def test_lists_filter_by_text_status_and_unit(desk: Desk) -> None:
    a = _issue(desk, plate="粤A12345")
    b = _issue(desk, desk.authorised, items=(ReleaseItem("冰箱", 1),))
    rows = slips.list_releases(desk.clerk)
    assert [r.id for r in rows] == [b.id, a.id] and rows[1].items_text == "沙发×1、纸箱×5"
    text = slips.ReleaseFilter(text="李四")
    assert [r.id for r in slips.list_releases(desk.clerk, text)] == [b.id]
    assert [r.id for r in slips.list_releases(desk.clerk, slips.ReleaseFilter(text="a123"))] == [a.id]
    assert [r.id for r in slips.list_releases(desk.clerk, slips.ReleaseFilter(text="000002"))] == [b.id]
    today = date(2026, 11, 23)
    assert len(slips.list_releases(desk.clerk, slips.ReleaseFilter(date_from=today, date_to=today))) == 2
    assert slips.list_releases(desk.clerk, slips.ReleaseFilter(status=ReleaseStatus.VOID)) == []
    assert len(slips.list_releases(desk.clerk, slips.ReleaseFilter(unit_id=desk.unit_id))) == 2
    with pytest.raises(DomainError) as err:
        slips.find_by_number(desk.clerk, "FX-A1-2026-000099")
    assert err.value.code == "release.not_found"


def _pages(pdf: bytes) -> list[tuple[str, float, float]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [
            ((p.extract_text() or "").replace(" ", ""), float(p.width), float(p.height)) for p in doc.pages
        ]


def test_the_pdf_has_two_labelled_copies(desk: Desk) -> None:
    slip = _issue(desk, plate="粤A12345")
    for paper, size_mm in (("a4-third", (210, 99)), ("a5", (148, 210))):
        out = printouts.release_pdf(desk.clerk, slip.id, paper_key=paper)
        assert out.reprint_no == 0 and out.copies == 2 and out.warnings == ()
        pages = _pages(out.pdf)
        assert len(pages) == 2
        assert "存根" in pages[0][0] and "门岗" in pages[1][0]
        for text, width, height in pages:
            for expected in (
                slip.number,
                "物品放行通知单",
                "沙发",
                "纸箱",
                "5件",
                "张三",
                "业主",
                "粤A12345",
                "3-2-1102",
            ):
                assert expected in text, expected
            assert "补打" not in text
            assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == pytest.approx(size_mm, abs=1), (
                paper
            )


def test_prints_are_counted_and_reprints_marked(desk: Desk, supervisor_ctx: ServiceContext) -> None:
    slip = _issue(desk)
    first = printouts.release_pdf(desk.clerk, slip.id, record=True)
    assert first.reprint_no == 0
    assert slips.record_print(desk.clerk, slip.id, "HP LaserJet").value == 2
    again = printouts.release_pdf(desk.clerk, slip.id)
    assert again.reprint_no == 2 and "补打" in _pages(again.pdf)[0][0]
    slips.void_release(supervisor_ctx, slip.id, "开错了")
    stamped = _pages(printouts.release_pdf(desk.clerk, slip.id).pdf)[1][0]
    assert {"作", "废"} <= set(stamped)  # the big slanted stamp's glyphs come out among the table's text
    assert [e.kind for e in slips.history(desk.clerk, slip.id)] == ["issued", "printed", "printed", "voided"]
    with pytest.raises(DomainError):
        printouts.release_pdf(desk.clerk, slip.id, paper_key="cr80")


def test_a_scanned_slip_opens_it(desk: Desk) -> None:
    from desk_app.domain import qr
    from desk_app.services.work_orders.orders import qr_secret

    slip = _issue(desk)
    with desk.clerk.db.write() as s:
        code = qr.encode(qr_secret(s), "RL", slip.number)
    assert slips.find_by_scan(desk.clerk, code).id == slip.id
    with pytest.raises(DomainError) as err:
        slips.find_by_scan(desk.clerk, code[:-1] + ("0" if code[-1] != "0" else "1"))
    assert err.value.code == "qr.forged"
