"""Temporary passes through the services: issuing (filing state, validity, duplicates, visitors), return,
loss with the fee, void, print counts, the expiry lists with the FakeClock, and the printed cards read back."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pdfplumber
import pytest
from sqlalchemy import func, select

from desk_app.db.models import Attachment, AuditEntry, PassEvent, PrintJob, Receipt, TempPass, Unit
from desk_app.domain.errors import DomainError
from desk_app.domain.renovation import PassHolderKind, PassStatus
from desk_app.services import settings
from desk_app.services.context import ServiceContext
from desk_app.services.renovation import filings, pass_printouts, passes
from desk_app.services.tracking import new_row
from tests.conftest import FakeClock
from tests.unit.services.test_passes_fixtures import END, make_filing, photo_bytes

TODAY = date(2026, 11, 23)


def _issue(
    ctx: ServiceContext, filing_id: str, worker_ids: tuple[str, ...], until: date = END
) -> list[passes.PassDTO]:
    return passes.issue_passes(ctx, passes.PassRequest(filing_id, worker_ids, TODAY, until)).value


def _visitor(ctx: ServiceContext, days: int = 7, **kw: object) -> passes.PassDTO:
    data = dict(
        holder_kind=PassHolderKind.OUTSIDE_STAFF,
        name="周工",
        valid_from=TODAY,
        valid_until=TODAY + timedelta(days=days - 1),
        id_number="11010519491231002X",
        phone="13900003333",
        company="电梯维保公司",
        unit_code="3-2-1102",
    )
    data.update(kw)
    return passes.issue_visitor_pass(ctx, passes.VisitorPassInput(**data)).value  # type: ignore[arg-type]


def _count(ctx: ServiceContext, model: type, **where: object) -> int:
    with ctx.db.read() as s:
        q = select(func.count()).select_from(model)
        for key, value in where.items():
            q = q.where(getattr(model, key) == value)
        return int(s.scalar(q) or 0)


def test_issue_for_workers_numbers_masks_and_links_the_photo(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext
) -> None:
    f = make_filing(admin_ctx)
    issued = _issue(clerk_ctx, f.id, f.worker_ids[:2])
    assert [p.number for p in issued] == ["CR-A1-2026-000001", "CR-A1-2026-000002"]
    first = issued[0]
    assert (first.name, first.trade, first.unit_code, first.filing_number) == (
        "王建国",
        "水电工",
        "3-2-1102",
        f.number,
    )
    assert first.company == "广州美家装饰工程有限公司" and first.status is PassStatus.ACTIVE
    assert first.id_number_masked == "1101**********002X"
    assert first.photo_id is not None and issued[1].photo_id is None
    assert _count(admin_ctx, Attachment) == 1  # the worker's photo, by reference: not copied
    assert _count(admin_ctx, PassEvent, kind="issued") == 2
    assert _count(admin_ctx, AuditEntry, entity_type="temp_pass", action="create") == 2


def test_issue_is_refused_for_a_draft_filing_and_beyond_its_end(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext
) -> None:
    draft = make_filing(admin_ctx, status="draft")
    with pytest.raises(DomainError) as err:
        _issue(clerk_ctx, draft.id, draft.worker_ids)
    assert err.value.code == "pass.filing_not_approved"
    extended = make_filing(admin_ctx, status="extended", number="ZX-A1-2026-000002", unit_id=_unit(admin_ctx))
    with pytest.raises(DomainError) as err:
        _issue(clerk_ctx, extended.id, extended.worker_ids, until=END + timedelta(days=1))
    assert err.value.code == "pass.beyond_filing"
    with pytest.raises(DomainError) as err:
        passes.issue_passes(clerk_ctx, passes.PassRequest(extended.id, (), TODAY, END))
    assert err.value.code == "pass.no_workers"
    assert _count(admin_ctx, TempPass) == 0


def _unit(ctx: ServiceContext) -> str:
    with ctx.db.read() as s:
        return str(s.scalar(select(Unit.id)))


def test_a_worker_with_an_active_pass_is_refused_and_nothing_is_saved(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext
) -> None:
    f = make_filing(admin_ctx)
    first = _issue(clerk_ctx, f.id, f.worker_ids[:1])[0]
    with pytest.raises(DomainError) as err:
        _issue(clerk_ctx, f.id, f.worker_ids)
    assert err.value.code == "pass.worker_has_pass" and err.value.params["names"] == "王建国"
    assert _count(admin_ctx, TempPass) == 1
    passes.return_pass(clerk_ctx, first.id)
    again = _issue(clerk_ctx, f.id, f.worker_ids)  # handed back: a new pass may be issued
    assert [p.number[-1] for p in again] == ["2", "3", "4"]


def test_visitor_pass_masks_the_id_scales_the_photo_and_is_capped_at_30_days(
    clerk_ctx: ServiceContext, admin_ctx: ServiceContext
) -> None:
    make_filing(admin_ctx)  # creates the unit 3-2-1102
    big = photo_bytes((1800, 2400))
    p = _visitor(clerk_ctx, days=30, photo=big)
    assert p.holder_kind is PassHolderKind.OUTSIDE_STAFF and p.filing_id is None and p.filing_number == ""
    assert p.id_number_masked == "1101**********002X"
    with admin_ctx.db.read() as s:
        att = s.get(Attachment, p.photo_id)
        assert att is not None and att.size < len(big) and att.mime == "image/jpeg"
        assert "11010519491231002X" not in str(s.get(TempPass, p.id).__dict__)
    with pytest.raises(DomainError) as err:
        _visitor(clerk_ctx, days=31)
    assert err.value.code == "pass.visitor_too_long" and err.value.params["days"] == 30
    with pytest.raises(DomainError) as err:
        _visitor(clerk_ctx, name=" ", id_number="110105194912310021", unit_code="9-9-999")
    assert err.value.code == "validation"
    assert set(err.value.params["fields"]) == {"name", "id_number", "unit_code"}  # type: ignore[arg-type]
    with pytest.raises(DomainError) as err:
        _visitor(clerk_ctx, photo=b"not a picture")
    assert err.value.code == "pass.photo_invalid"


def test_return_lost_with_fee_and_void_needs_a_supervisor(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext, clock: FakeClock
) -> None:
    f = make_filing(admin_ctx)
    a, b, c = _issue(clerk_ctx, f.id, f.worker_ids)
    with admin_ctx.db.read() as s:
        assert passes.outstanding_count(s, f.id) == 3
    returned = passes.return_pass(clerk_ctx, a.id).value
    assert returned.status is PassStatus.RETURNED and returned.settled_at == clock.now
    with pytest.raises(DomainError) as err:
        passes.report_lost(clerk_ctx, a.id, "")
    assert err.value.code == "pass.not_active"
    lost = passes.report_lost(clerk_ctx, b.id, "工地遗失").value
    assert lost.status is PassStatus.LOST and lost.lost_fee_fen == 2000
    with pytest.raises(DomainError) as err:
        passes.void_pass(clerk_ctx, c.id, "打印错误")
    assert err.value.code == "auth.forbidden"
    with pytest.raises(DomainError) as err:
        passes.void_pass(supervisor_ctx, c.id, "  ")
    assert err.value.params["fields"] == {"reason": "field.required"}
    voided = passes.void_pass(supervisor_ctx, c.id, "打印错误").value
    assert voided.status is PassStatus.VOID and voided.number == c.number
    with admin_ctx.db.read() as s:
        assert passes.outstanding_count(s, f.id) == 0
    kinds = [e for (e,) in _events(admin_ctx)]
    assert kinds.count("issued") == 3 and {"returned", "lost", "voided"} <= set(kinds)


def _events(ctx: ServiceContext) -> list[tuple[str]]:
    with ctx.db.read() as s:
        return [tuple(r) for r in s.execute(select(PassEvent.kind).order_by(PassEvent.at)).all()]


def test_lost_fee_follows_the_setting_and_unpaid_fees_until_a_valid_receipt(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext
) -> None:
    f = make_filing(admin_ctx)
    a, b, _ = _issue(clerk_ctx, f.id, f.worker_ids)
    passes.report_lost(clerk_ctx, a.id)
    settings.put(admin_ctx, "pass.lost_fee_fen", 0)
    assert passes.report_lost(clerk_ctx, b.id).value.lost_fee_fen == 0  # the site charges nothing now
    assert passes.lost_fees_unpaid(clerk_ctx, f.id) == [passes.LostFee(a.number, 2000)]
    with admin_ctx.db.write() as s:
        receipt = new_row(
            admin_ctx,
            Receipt(
                number="SJ-A1-2026-000001",
                issued_at=admin_ctx.now(),
                payer_name="王建国",
                filing_id=f.id,
                pass_id=a.id,
                method="cash",
                total_fen=2000,
            ),
        )
        s.add(receipt)
    assert passes.lost_fees_unpaid(clerk_ctx, f.id) == []
    with admin_ctx.db.write() as s:
        s.get(Receipt, receipt.id).status = "void"  # type: ignore[union-attr]
    assert passes.lost_fees_unpaid(clerk_ctx, f.id) == [passes.LostFee(a.number, 2000)]


def test_expiring_and_expired_lists_follow_the_clock(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext, clock: FakeClock
) -> None:
    f = make_filing(admin_ctx)
    (long,) = _issue(clerk_ctx, f.id, f.worker_ids[:1])
    soon = _visitor(clerk_ctx, days=3)  # valid until the 25th: within the 3 warning days
    later = _visitor(clerk_ctx, days=10, name="孙工")
    assert [(p.number, p.state) for p in passes.expiring_passes(clerk_ctx)] == [(soon.number, "expiring")]
    clock.advance(days=6)  # the 29th: the 25th is past, 2 December is 3 days away
    listed = passes.expiring_passes(clerk_ctx)
    assert [(p.number, p.state) for p in listed] == [(soon.number, "expired"), (later.number, "expiring")]
    assert listed[0].company == "电梯维保公司" and listed[0].unit_code == "3-2-1102"
    passes.return_pass(clerk_ctx, soon.id)  # handed back: off the list
    assert [p.number for p in passes.expiring_passes(clerk_ctx)] == [later.number]
    assert [p.number for p in passes.list_passes(clerk_ctx, passes.PassFilter(state="expiring"))] == [
        later.number
    ]
    assert long.state is None
    near_end = {p.number: p for p in passes.expiring_passes(clerk_ctx, END - timedelta(days=1))}
    assert near_end[long.number].filing_number == f.number and near_end[long.number].state == "expiring"


def test_list_filters_by_filing_status_and_text(admin_ctx: ServiceContext, clerk_ctx: ServiceContext) -> None:
    f = make_filing(admin_ctx)
    a, b, c = _issue(clerk_ctx, f.id, f.worker_ids)
    v = _visitor(clerk_ctx)
    passes.return_pass(clerk_ctx, a.id)
    assert [p.id for p in passes.list_passes(clerk_ctx, passes.PassFilter(filing_id=f.id))][:2] == [
        a.id,
        b.id,
    ]
    assert passes.list_passes(clerk_ctx)[0].id == v.id  # the newest first
    assert [p.id for p in passes.list_passes(clerk_ctx, passes.PassFilter(status=PassStatus.RETURNED))] == [
        a.id
    ]
    assert [p.id for p in passes.list_passes(clerk_ctx, passes.PassFilter(text="李师傅"))] == [b.id]
    assert {p.id for p in passes.list_passes(clerk_ctx, passes.PassFilter(text="ZX-A1"))} == {
        a.id,
        b.id,
        c.id,
    }
    assert [
        p.id
        for p in passes.list_passes(clerk_ctx, passes.PassFilter(holder_kind=PassHolderKind.OUTSIDE_STAFF))
    ] == [v.id]


def _pdf_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def test_pdf_sheets_names_numbers_extension_and_print_count(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext
) -> None:
    workers = tuple((f"工人{i:02d}", "杂工") for i in range(10))
    f = make_filing(admin_ctx, workers=workers)
    issued = _issue(clerk_ctx, f.id, f.worker_ids)
    sheet = pass_printouts.passes_pdf(clerk_ctx, filing_id=f.id, layout="a4-10up")
    pages = _pdf_text(sheet)
    assert len(pages) == 1
    for p in issued:
        assert p.number in pages[0].replace(" ", "") and p.name in pages[0]
    assert all(p.print_count == 1 for p in passes.list_passes(clerk_ctx, passes.PassFilter(filing_id=f.id)))
    assert _count(admin_ctx, PrintJob, doc_type="temp_pass") == 10
    with admin_ctx.db.write() as s:  # what the filing's extension writes (filings.extend does it for real)
        row = s.get(TempPass, issued[0].id)
        assert row is not None
        row.extended_until = row.valid_until = date(2027, 2, 19)
    preview = pass_printouts.render_passes_pdf(
        clerk_ctx, pass_ids=[issued[0].id, issued[1].id], layout="cr80"
    )
    cards = _pdf_text(preview.pdf)
    assert len(cards) == 2 and preview.warnings == ()
    assert "延期至2027年2月19日" in cards[0].replace(" ", "") and "延期至" not in cards[1]
    assert passes.get_pass(clerk_ctx, issued[0].id).print_count == 1  # a preview records nothing


def test_printing_nothing_is_a_clear_error(admin_ctx: ServiceContext, clerk_ctx: ServiceContext) -> None:
    f = make_filing(admin_ctx)
    with pytest.raises(DomainError) as err:
        pass_printouts.render_passes_pdf(clerk_ctx, filing_id=f.id)
    assert err.value.code == "pass.none_to_print"


def test_the_filings_extension_extends_the_passes_still_out_and_prints_the_band(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext
) -> None:
    f = make_filing(admin_ctx, end=date(2027, 1, 19))
    out, back = _issue(clerk_ctx, f.id, f.worker_ids[:2], until=date(2027, 1, 19))
    passes.return_pass(clerk_ctx, back.id)
    filings.extend(clerk_ctx, f.id, END, "装修负责人老周")
    extended, returned = passes.get_pass(clerk_ctx, out.id), passes.get_pass(clerk_ctx, back.id)
    assert (extended.valid_until, extended.extended_until) == (END, END)
    assert (returned.valid_until, returned.extended_until) == (date(2027, 1, 19), None)
    (card,) = _pdf_text(pass_printouts.passes_pdf(clerk_ctx, filing_id=f.id, layout="cr80"))
    assert "延期至2027年2月19日" in card.replace(" ", "") and out.number in card.replace(" ", "")
    more = passes.issue_passes(clerk_ctx, passes.PassRequest(f.id, f.worker_ids[2:], TODAY, END)).value
    assert more[0].valid_until == END  # new passes may run to the extended end
