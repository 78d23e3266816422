"""Inspections: patrols by the desk, completion verdicts by the officer, the downstairs signature."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk_app.db.models import Attachment, Inspection
from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.renovation import FilingStatus
from desk_app.domain.roles import Role
from desk_app.services import auth
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.renovation import checklist, filings, inspections, views

JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 32


@dataclasses.dataclass
class Setup:
    clerk: ServiceContext
    officer: ServiceContext
    filing: views.FilingDetail


@pytest.fixture
def setup(clerk_ctx: ServiceContext, admin_ctx: ServiceContext) -> Setup:
    bid = buildings.create_building(admin_ctx, buildings.BuildingInput("5")).value
    eid = buildings.create_entrance(admin_ctx, bid, buildings.EntranceInput("1")).value
    unit = units.create_unit(admin_ctx, units.UnitInput(eid, "301")).value
    owner = people.create_person(admin_ctx, people.PersonInput("赵六", mobile="13712345678")).value
    people.link(admin_ctx, people.RelationInput(unit.id, owner.id, Relation.OWNER))
    data = filings.FilingInput(
        unit.id, owner.id, "好家装饰", "陈工", "13800138000", date(2026, 12, 1), date(2027, 1, 31)
    )
    d = filings.open_filing(clerk_ctx, data).value
    for doc in d.documents:
        checklist.set_document(clerk_ctx, d.id, doc.kind, True)
    auth.create_user(
        admin_ctx, auth.UserInput("officer", "老陈", Role.RENOVATION_OFFICER, password="officer-pass-1")
    )
    officer = admin_ctx.as_user(auth.sign_in(admin_ctx, "officer", "officer-pass-1"))
    return Setup(clerk_ctx, officer, d)


def test_inspection_needs_an_approved_filing(setup: Setup) -> None:
    with pytest.raises(DomainError, match=r"renovation.not_approved"):
        inspections.record_inspection(setup.clerk, setup.filing.id, "patrol", "noted", "ok")


def test_patrol_with_a_violation_and_photos(setup: Setup) -> None:
    fid = filings.approve(setup.officer, setup.filing.id, "陈主任", "13600001234").value.id
    with pytest.raises(DomainError) as err:
        inspections.record_inspection(setup.clerk, fid, "patrol", "noted", violation=True, photos=[b"nope"])
    assert err.value.params["fields"] == {
        "violation_note": "field.required",
        "photos": "attachment.unsupported",
    }
    d = inspections.record_inspection(
        setup.clerk, fid, "patrol", "noted", "走廊堆放材料", True, "占用消防通道", [JPEG, JPEG]
    ).value
    (i,) = d.inspections
    assert (i.kind, i.result, i.violation, i.inspector_name) == ("patrol", "noted", True, "前台小王")
    assert len(i.photo_ids) == 2 and d.status is FilingStatus.APPROVED and d.completion_result is None
    assert d.events[-1].kind == "inspected" and d.events[-1].detail["photos"] == 2


def test_completion_verdicts(setup: Setup) -> None:
    fid = filings.approve(setup.officer, setup.filing.id, "陈主任", "13600001234").value.id
    filings.extend(setup.clerk, fid, date(2027, 2, 20), "陈主任")
    with pytest.raises(DomainError, match=r"auth.forbidden"):
        inspections.record_inspection(setup.clerk, fid, "completion", "passed")
    with pytest.raises(DomainError) as err:
        inspections.record_inspection(setup.officer, fid, "completion", "noted")
    assert err.value.params["fields"] == {"result": "renovation.completion_needs_verdict"}
    with pytest.raises(DomainError) as err:
        inspections.record_inspection(setup.officer, fid, "completion", "failed", "")
    assert err.value.params["fields"] == {"findings": "field.required"}
    d = inspections.record_inspection(setup.officer, fid, "completion", "failed", "卫生间闭水不合格").value
    assert d.completion_result == "failed" and d.status is FilingStatus.EXTENDED
    d = inspections.record_inspection(
        setup.officer, fid, "completion", "passed", "整改完成", photos=[JPEG]
    ).value
    assert d.completion_result == "passed" and d.status is FilingStatus.INSPECTED
    d = inspections.record_inspection(setup.officer, fid, "completion", "failed", "复查发现渗漏").value
    assert d.completion_result == "failed" and d.status is FilingStatus.EXTENDED  # back to works
    with setup.clerk.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Inspection)) == 3
        assert (
            s.scalar(
                select(func.count()).select_from(Attachment).where(Attachment.owner_type == "inspection")
            )
            == 1
        )


def test_downstairs_signature(setup: Setup) -> None:
    fid = filings.approve(setup.officer, setup.filing.id, "陈主任", "13600001234").value.id
    now = setup.clerk.now()
    with pytest.raises(DomainError) as err:
        inspections.record_downstairs_signature(setup.clerk, fid, " ", now + timedelta(days=1))
    assert err.value.params["fields"] == {
        "signed_by": "field.required",
        "signed_at": "renovation.signed_in_future",
    }
    signed = datetime(2026, 11, 22, 2, 0, tzinfo=now.tzinfo)
    d = inspections.record_downstairs_signature(setup.clerk, fid, "2-1 楼下业主 钱七", signed).value
    assert (d.downstairs_signed_by, d.downstairs_signed_at) == ("2-1 楼下业主 钱七", signed)
    assert d.events[-1].kind == "downstairs_signed"


def test_a_large_phone_photo_is_scaled_before_it_is_stored() -> None:
    """A 4000×3000 picture (several MB as PNG) is kept as a JPEG of at most 1600 px on its long side."""
    import io

    from PIL import Image

    from desk_app.services.renovation import attachments

    noise = Image.effect_noise((4000, 3000), 60).convert("RGB")
    buf = io.BytesIO()
    noise.save(buf, "PNG", compress_level=1)
    big = buf.getvalue()
    assert len(big) > attachments.PHOTO_SCALE_ABOVE
    data, mime = attachments.scaled_photo(big, "image/png")
    assert mime == "image/jpeg" and len(data) < len(big)
    with Image.open(io.BytesIO(data)) as img:
        assert max(img.size) == attachments.PHOTO_MAX_PX
    # Something Pillow cannot read is kept as it came, never lost.
    junk = b"\x89PNG\r\n\x1a\n" + b"0" * 1000
    assert attachments.scaled_photo(junk, "image/png") == (junk, "image/png")
