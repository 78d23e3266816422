"""The filing's papers read back: number, unit, the copy marks, 延期至 after an extension, PRINTED events."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Role
from desk_app.services import auth
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.renovation import checklist, filings, printouts, views


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def filing(clerk_ctx: ServiceContext, admin_ctx: ServiceContext) -> views.FilingDetail:
    bid = buildings.create_building(admin_ctx, buildings.BuildingInput("7")).value
    eid = buildings.create_entrance(admin_ctx, bid, buildings.EntranceInput("1")).value
    unit = units.create_unit(admin_ctx, units.UnitInput(eid, "1203", area_m2="100")).value
    owner = people.create_person(admin_ctx, people.PersonInput("孙八", mobile="13612345678")).value
    people.link(admin_ctx, people.RelationInput(unit.id, owner.id, Relation.OWNER))
    data = filings.FilingInput(
        unit.id,
        owner.id,
        "好家装饰",
        "陈工",
        "13800138000",
        date(2026, 12, 1),
        date(2027, 1, 31),
        scope="厨卫改造",
        waterproof_touched=True,
    )
    d = filings.open_filing(clerk_ctx, data).value
    for doc in d.documents:
        checklist.set_document(clerk_ctx, d.id, doc.kind, True)
    auth.create_user(
        admin_ctx, auth.UserInput("officer", "老陈", Role.RENOVATION_OFFICER, password="officer-pass-1")
    )
    officer = admin_ctx.as_user(auth.sign_in(admin_ctx, "officer", "officer-pass-1"))
    return filings.approve(officer, d.id, "陈主任", "13600001234").value


def test_permit_copies_and_extension(clerk_ctx: ServiceContext, filing: views.FilingDetail) -> None:
    original = text_of(printouts.permit_pdf(clerk_ctx, filing.id))
    assert filing.number in original and "7-1-1203" in original and "装修备案登记证" in original
    assert "办理出入证专用" not in original and "陈主任" in original
    office = text_of(printouts.permit_pdf(clerk_ctx, filing.id, "pass-office", "a5"))
    assert "办理出入证专用" in office and filing.number in office
    assert "张贴于施工户门口" in text_of(printouts.permit_pdf(clerk_ctx, filing.id, "door"))
    filings.extend(clerk_ctx, filing.id, date(2027, 2, 20), "陈主任")
    assert "延期至 2027年2月20日" in text_of(printouts.permit_pdf(clerk_ctx, filing.id))
    with pytest.raises(DomainError):
        printouts.permit_pdf(clerk_ctx, filing.id, "poster")  # type: ignore[arg-type]
    assert views.get_filing(clerk_ctx, filing.id).print_count == 0  # previews are free
    printouts.permit_pdf(clerk_ctx, filing.id, "door", record=True)
    printouts.record_print(clerk_ctx, filing.id, "permit", "original", "HP LaserJet")
    d = views.get_filing(clerk_ctx, filing.id)
    assert d.print_count == 2 and d.events[-1].detail == {
        "document": "permit",
        "target": "HP LaserJet",
        "copy": "original",
    }


def test_agreement_and_cover(clerk_ctx: ServiceContext, filing: views.FilingDetail) -> None:
    agreement = text_of(printouts.agreement_pdf(clerk_ctx, filing.id))
    for label in ("业主留存", "装修单位留存", "服务中心留存"):
        assert label in agreement
    assert filing.number in agreement and "好家装饰" in agreement and "7-1-1203" in agreement
    flat = agreement.replace(" ", "").replace("\n", "")
    assert "装修保证金¥" in flat and "装修保证金¥0.00" not in flat  # from the site's fee table
    cover = text_of(printouts.cover_sheet_pdf(clerk_ctx, filing.id, record=True))
    assert filing.number in cover and "孙八" in cover and "施工中" in cover
    assert views.get_filing(clerk_ctx, filing.id).events[-1].kind == "printed"


def test_no_permit_before_approval(clerk_ctx: ServiceContext, filing: views.FilingDetail) -> None:
    d = filings.open_filing(
        clerk_ctx,
        filings.FilingInput(
            filing.unit_id,
            filing.owner_person_id or "",
            "某装饰",
            "王工",
            "13800138001",
            date(2026, 12, 1),
            date(2026, 12, 31),
        ),
    ).value
    with pytest.raises(DomainError, match=r"renovation.not_approved"):
        printouts.permit_pdf(clerk_ctx, d.id)
