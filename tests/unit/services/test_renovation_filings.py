"""Renovation filings: opening (owner / authorised applicant), checklist, workers, approval, extension."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from desk_app.db.models import (
    Attachment,
    AuditEntry,
    FilingDocument,
    FilingEvent,
    PassEvent,
    RenovationFiling,
    TempPass,
)
from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.renovation import DocumentKind, FilingStatus, required_documents
from desk_app.domain.roles import Role
from desk_app.services import auth, settings
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.renovation import checklist, filings, views
from desk_app.services.tracking import new_row

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
LICENCE = "91350100M000100Y43"


@dataclass
class World:
    unit_id: str
    owner_id: str
    agent_id: str
    tenant_id: str


def make_world(ctx: ServiceContext) -> World:
    bid = buildings.create_building(ctx, buildings.BuildingInput("3")).value
    eid = buildings.create_entrance(ctx, bid, buildings.EntranceInput("2")).value
    unit = units.create_unit(ctx, units.UnitInput(eid, "1102", area_m2="89.50")).value
    owner = people.create_person(ctx, people.PersonInput("张三", mobile="13812345678")).value
    agent = people.create_person(ctx, people.PersonInput("李四", mobile="13900001111")).value
    tenant = people.create_person(ctx, people.PersonInput("王五", mobile="13700002222")).value
    people.link(ctx, people.RelationInput(unit.id, owner.id, Relation.OWNER, is_primary=True))
    people.link(ctx, people.RelationInput(unit.id, agent.id, Relation.AUTHORISED))
    people.link(ctx, people.RelationInput(unit.id, tenant.id, Relation.TENANT))
    return World(unit.id, owner.id, agent.id, tenant.id)


def officer(admin_ctx: ServiceContext) -> ServiceContext:
    auth.create_user(
        admin_ctx,
        auth.UserInput("officer", "装修负责人老陈", Role.RENOVATION_OFFICER, password="officer-pass-1"),
    )
    return admin_ctx.as_user(auth.sign_in(admin_ctx, "officer", "officer-pass-1"))


def filing_input(w: World, **kw: object) -> filings.FilingInput:
    base = filings.FilingInput(
        unit_id=w.unit_id,
        owner_person_id=w.owner_id,
        contractor_company="广州好家装饰工程有限公司",
        responsible_name="陈工",
        responsible_phone="138 0013 8000",
        planned_start=date(2026, 12, 1),
        planned_end=date(2027, 2, 28),
        contractor_licence_no=LICENCE,
        responsible_id_number="11010519491231002X",
        responsible_photo=PNG,
        responsible_photo_name="chen.png",
        scope="厨卫改造，墙面翻新",
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def tick_all(ctx: ServiceContext, d: views.FilingDetail) -> views.FilingDetail:
    for doc in d.documents:
        d = checklist.set_document(ctx, d.id, doc.kind, True).value
    return d


def count(ctx: ServiceContext, model: type) -> int:
    with ctx.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_open_by_the_owner(clerk_ctx: ServiceContext) -> None:
    w = make_world(clerk_ctx)
    d = filings.open_filing(clerk_ctx, filing_input(w)).value
    assert d.number == "ZX-A1-2026-000001"
    assert d.status is FilingStatus.DRAFT
    assert (d.unit_code, d.owner_name, d.owner_phone) == ("3-2-1102", "张三", "13812345678")
    assert d.applicant_relation == "owner" and d.applicant_name == "张三"
    assert d.responsible_phone == "13800138000"
    assert d.responsible_id_masked == "1101**********002X"
    assert d.responsible_photo_id is not None
    assert [x.kind for x in d.documents] == list(
        required_documents(waterproof_touched=False, applicant_is_owner=True)
    )
    assert len(d.missing) == 9 and not any(x.received for x in d.documents)
    assert [e.kind for e in d.events] == ["created"]
    assert d.cap_limit == date(2027, 2, 28)
    with clerk_ctx.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == d.id)).one()
    assert "11010519491231002X" not in entry.changes_json  # the trail keeps ID numbers masked


def test_authorised_applicant_needs_the_note_and_the_authorisation(clerk_ctx: ServiceContext) -> None:
    w = make_world(clerk_ctx)
    with pytest.raises(DomainError) as err:
        filings.open_filing(clerk_ctx, filing_input(w, applicant_person_id=w.agent_id))
    assert err.value.params["fields"] == {"authorisation_note": "field.required"}
    d = filings.open_filing(
        clerk_ctx,
        filing_input(
            w, applicant_person_id=w.agent_id, authorisation_note="委托书 2026-11-20", waterproof_touched=True
        ),
    ).value
    assert d.applicant_relation == "authorised" and d.applicant_name == "李四"
    assert {DocumentKind.AUTHORISATION, DocumentKind.OWNER_COMMITMENT} <= set(d.missing)


def test_owner_and_applicant_are_checked_against_the_archive(clerk_ctx: ServiceContext) -> None:
    w = make_world(clerk_ctx)
    with pytest.raises(DomainError) as err:
        filings.open_filing(
            clerk_ctx,
            filing_input(
                w,
                owner_person_id=w.tenant_id,
                contractor_company=" ",
                responsible_phone="12",
                contractor_licence_no="91350100M000100Y44",
                responsible_id_number="110105194912310021",
                planned_end=date(2027, 3, 1),
                responsible_photo=b"GIF89a....",
            ),
        )
    assert err.value.params["fields"] == {
        "owner_person_id": "renovation.not_owner",
        "contractor_company": "field.required",
        "contractor_licence_no": "renovation.licence_invalid",
        "responsible_phone": "phone.invalid",
        "responsible_id_number": "id_number.check_digit",
        "planned_end": "renovation.period_too_long",
        "responsible_photo": "attachment.unsupported",
    }
    with pytest.raises(DomainError) as err:
        filings.open_filing(
            clerk_ctx, filing_input(w, applicant_person_id=w.tenant_id, authorisation_note="x")
        )
    assert err.value.params["fields"] == {"applicant_person_id": "renovation.not_authorised"}
    # Nothing half-saved: no filing, no number used, no attachment.
    assert count(clerk_ctx, RenovationFiling) == 0 and count(clerk_ctx, Attachment) == 0
    assert filings.open_filing(clerk_ctx, filing_input(w)).value.number.endswith("000001")


def test_the_cap_follows_the_setting(admin_ctx: ServiceContext) -> None:
    w = make_world(admin_ctx)
    settings.put(admin_ctx, "renovation.max_months", 4)
    d = filings.open_filing(admin_ctx, filing_input(w, planned_end=date(2027, 3, 31))).value
    assert d.cap_limit == date(2027, 3, 31)


def test_edit_only_while_draft_and_cancel(clerk_ctx: ServiceContext, admin_ctx: ServiceContext) -> None:
    w = make_world(clerk_ctx)
    d = filings.open_filing(clerk_ctx, filing_input(w)).value
    d = filings.edit_filing(
        clerk_ctx,
        d.id,
        filing_input(w, waterproof_touched=True, responsible_photo=None, responsible_id_number=None),
    ).value
    assert DocumentKind.OWNER_COMMITMENT in d.missing
    assert d.responsible_id_masked == "1101**********002X" and d.responsible_photo_id is not None  # kept
    assert d.events[-1].kind == "edited" and d.events[-1].detail["fields"] == ["waterproof_touched"]
    with pytest.raises(DomainError, match=r"field.required"):
        filings.cancel(clerk_ctx, d.id, "  ")
    d = filings.cancel(clerk_ctx, d.id, "业主改期").value
    assert d.status is FilingStatus.CANCELLED
    with pytest.raises(DomainError, match=r"renovation.not_draft_edit"):
        filings.edit_filing(clerk_ctx, d.id, filing_input(w))
    with pytest.raises(DomainError, match=r"renovation.closed"):
        checklist.set_document(clerk_ctx, d.id, DocumentKind.APPLICATION, True)


def test_checklist_attachment_and_approval(clerk_ctx: ServiceContext, admin_ctx: ServiceContext) -> None:
    w = make_world(clerk_ctx)
    d = filings.open_filing(clerk_ctx, filing_input(w)).value
    d = checklist.set_document(
        clerk_ctx, d.id, "floor_plan", True, b"%PDF-1.4 plan", "plan.pdf", "两页"
    ).value
    doc = next(x for x in d.documents if x.kind is DocumentKind.FLOOR_PLAN)
    assert doc.received and doc.attachment_name == "plan.pdf" and doc.received_by_name == "前台小王"
    assert doc.note == "两页"
    with pytest.raises(DomainError, match=r"attachment.unsupported"):
        checklist.set_document(clerk_ctx, d.id, "application", True, b"PK\x03\x04 docx", "a.docx")
    with pytest.raises(DomainError, match=r"attachment.too_large"):
        checklist.set_document(
            clerk_ctx, d.id, "application", True, PNG + b"\0" * (5 * 1024 * 1024), "big.png"
        )
    assert DocumentKind.APPLICATION in views.get_filing(clerk_ctx, d.id).missing  # nothing half-saved
    off = officer(admin_ctx)
    with pytest.raises(DomainError, match=r"renovation.documents_missing") as err:
        filings.approve(off, d.id, "陈主任", "13600001234")
    assert "装修申请书" in err.value.params["documents"] and "平面图" not in err.value.params["documents"]
    d = tick_all(clerk_ctx, d)
    assert not d.missing
    with pytest.raises(DomainError, match=r"auth.forbidden"):
        filings.approve(clerk_ctx, d.id, "陈主任", "13600001234")
    with pytest.raises(DomainError) as err:
        filings.approve(off, d.id, "", "1")
    assert err.value.params["fields"] == {"officer_name": "field.required", "officer_phone": "phone.invalid"}
    d = filings.approve(off, d.id, "陈主任", "13600001234").value
    assert d.status is FilingStatus.APPROVED and d.approved_by_name == "装修负责人老陈"
    assert (d.officer_name, d.officer_phone) == ("陈主任", "13600001234")
    with pytest.raises(DomainError, match=r"renovation.checklist_locked"):
        checklist.set_document(clerk_ctx, d.id, "floor_plan", False)
    with pytest.raises(DomainError, match=r"field.invalid"):
        filings.notify_owner(clerk_ctx, d.id, "pigeon")
    d = filings.notify_owner(clerk_ctx, d.id, "phone", "业主已知悉").value
    assert d.notified_how == "phone" and d.events[-1].note == "业主已知悉"


def test_workers_added_and_removed(clerk_ctx: ServiceContext) -> None:
    w = make_world(clerk_ctx)
    d = filings.open_filing(clerk_ctx, filing_input(w)).value
    with pytest.raises(DomainError) as err:
        checklist.add_worker(clerk_ctx, d.id, checklist.WorkerInput("", id_number="123", phone="1"))
    assert set(err.value.params["fields"]) == {"name", "id_number", "phone"}
    d = checklist.add_worker(
        clerk_ctx,
        d.id,
        checklist.WorkerInput("刘师傅", "11010519491231002X", "13512345678", "水电工", PNG, "liu.png"),
    ).value
    (worker,) = d.workers
    assert worker.id_number_masked == "1101**********002X" and worker.photo_id and worker.trade == "水电工"
    d = checklist.remove_worker(clerk_ctx, d.id, worker.id).value
    assert d.workers == () and [e.detail.get("action") for e in d.events[-2:]] == ["added", "removed"]
    with pytest.raises(DomainError, match=r"record.not_found"):
        checklist.remove_worker(clerk_ctx, d.id, worker.id)


def _pass(ctx: ServiceContext, filing_id: str, number: str, status: str, until: date) -> str:
    with ctx.db.write() as s:
        p = new_row(
            ctx,
            TempPass(
                number=number,
                filing_id=filing_id,
                name="刘师傅",
                valid_from=date(2026, 12, 1),
                valid_until=until,
                status=status,
                lost_fee_fen=0,
                print_count=0,
            ),
        )
        s.add(p)
        s.flush()
        return p.id


def approved(clerk_ctx: ServiceContext, admin_ctx: ServiceContext, **kw: object) -> views.FilingDetail:
    w = make_world(clerk_ctx)
    d = tick_all(clerk_ctx, filings.open_filing(clerk_ctx, filing_input(w, **kw)).value)
    return filings.approve(officer(admin_ctx), d.id, "陈主任", "13600001234").value


def test_extension_within_the_cap_extends_active_passes(
    clerk_ctx: ServiceContext, admin_ctx: ServiceContext
) -> None:
    d = approved(clerk_ctx, admin_ctx, planned_end=date(2027, 1, 31))
    active = _pass(clerk_ctx, d.id, "CR-A1-2026-000001", "active", date(2027, 1, 31))
    returned = _pass(clerk_ctx, d.id, "CR-A1-2026-000002", "returned", date(2027, 1, 31))
    with pytest.raises(DomainError, match=r"renovation.extension_beyond_cap"):
        filings.extend(clerk_ctx, d.id, date(2027, 3, 1), "陈主任")
    with pytest.raises(DomainError, match=r"renovation.extension_not_later"):
        filings.extend(clerk_ctx, d.id, date(2027, 1, 31), "陈主任")
    with pytest.raises(DomainError, match=r"field.required"):
        filings.extend(clerk_ctx, d.id, date(2027, 2, 15), "")
    d = filings.extend(clerk_ctx, d.id, date(2027, 2, 15), "陈主任", "业主申请").value
    assert d.status is FilingStatus.EXTENDED and d.extended and d.current_end == date(2027, 2, 15)
    assert d.planned_end == date(2027, 1, 31)
    d = filings.extend(
        clerk_ctx, d.id, date(2027, 2, 28), "陈主任"
    ).value  # the cap is from the original start
    ext = [e for e in d.events if e.kind == "extended"]
    assert [(e.detail["old_end"], e.detail["new_end"]) for e in ext] == [
        ("2027-01-31", "2027-02-15"),
        ("2027-02-15", "2027-02-28"),
    ]
    assert ext[0].detail["approved_by"] == "陈主任" and ext[0].note == "同意延期：业主申请"
    with clerk_ctx.db.read() as s:
        a, r = s.get(TempPass, active), s.get(TempPass, returned)
        assert a is not None and r is not None
        assert (a.valid_until, a.extended_until) == (date(2027, 2, 28), date(2027, 2, 28))
        assert (r.valid_until, r.extended_until) == (date(2027, 1, 31), None)
        kinds = s.scalars(select(PassEvent.kind).where(PassEvent.pass_id == active)).all()
        assert kinds == ["extended", "extended"]
    assert d.passes == {"active": 1, "returned": 1}


def test_extension_needs_an_approved_filing_and_rolls_back_whole(clerk_ctx: ServiceContext) -> None:
    w = make_world(clerk_ctx)
    d = filings.open_filing(clerk_ctx, filing_input(w, planned_end=date(2027, 1, 31))).value
    with pytest.raises(DomainError, match=r"renovation.not_approved"):
        filings.extend(clerk_ctx, d.id, date(2027, 2, 10), "陈主任")
    with clerk_ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(FilingEvent)) == 1
        assert s.scalar(select(func.count()).select_from(FilingDocument)) == 9


def test_list_and_find(clerk_ctx: ServiceContext, admin_ctx: ServiceContext, clock: object) -> None:
    d = approved(clerk_ctx, admin_ctx, planned_start=date(2026, 11, 1), planned_end=date(2026, 11, 25))
    rows = views.list_filings(clerk_ctx)
    assert [r.number for r in rows] == [d.number] and rows[0].days_left == 2
    assert views.list_filings(clerk_ctx, views.FilingFilter(text="1102"))
    assert views.list_filings(clerk_ctx, views.FilingFilter(text="好家"))
    assert not views.list_filings(clerk_ctx, views.FilingFilter(text="nobody"))
    assert views.list_filings(clerk_ctx, views.FilingFilter(expiring_within_days=3))
    assert not views.list_filings(clerk_ctx, views.FilingFilter(expiring_within_days=1))
    assert views.list_filings(clerk_ctx, views.FilingFilter(status="open"))
    assert not views.list_filings(clerk_ctx, views.FilingFilter(status="draft"))
    found = views.find_by_number(clerk_ctx, d.number.lower())
    assert found is not None and found.id == d.id
    assert views.find_by_number(clerk_ctx, "ZX-A1-2026-999999") is None
    people_ = views.unit_people(clerk_ctx, d.unit_id)
    assert [(p.name, p.relation) for p in people_] == [
        ("张三", "owner"),
        ("李四", "authorised"),
        ("王五", "tenant"),
    ]
