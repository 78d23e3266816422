"""The release slip on paper: its data from the database, the PDF for a paper, and (optionally) the print record.

Rendering alone writes nothing but the QR secret (a preview is free); ``record=True`` counts the print in the
same transaction — for the headless ``desk-app pdf release`` — while the UI calls ``slips.record_print`` once
the pages went to the printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import GoodsRelease, GoodsReleaseItem
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.release import ReleaseStatus
from desk_app.domain.roles import Permission
from desk_app.printing.fonts import missing_glyphs
from desk_app.printing.release_slip import RELEASE_COPIES, RELEASE_SLIP, render_release
from desk_app.services import installation
from desk_app.services.context import ServiceContext
from desk_app.services.printers import get_profile
from desk_app.services.release.slips import DOC_TYPE, QR_KIND, _record_print, _row
from desk_app.services.work_orders.orders import qr_secret

PAPER_KEYS = frozenset(RELEASE_SLIP.layouts)  # "a4-third", "a5"
RELATION_ZH = {"owner": "业主", "authorised": "授权人"}


@dataclass(frozen=True)
class ReleasePdf:
    number: str
    pdf: bytes
    reprint_no: int  # 0 = the first print
    paper_key: str
    copies: int
    warnings: tuple[str, ...]  # characters the font cannot draw


def release_data(s: Session, ctx: ServiceContext, row: GoodsRelease) -> dict[str, object]:
    """What the slip shows (Chinese whatever the UI language: it is the estate's paper form)."""
    items = s.execute(
        select(GoodsReleaseItem.name, GoodsReleaseItem.quantity)
        .where(GoodsReleaseItem.release_id == row.id)
        .order_by(GoodsReleaseItem.position)
    ).all()
    return {
        "site_name": installation.site_info(ctx).site_name,
        "number": row.number,
        "date": f"{row.release_date:%Y-%m-%d}",
        "unit": row.unit_code,
        "applicant": row.applicant_name,
        "relation": RELATION_ZH.get(row.applicant_relation, row.applicant_relation),
        "phone": row.phone,
        "plate": row.plate,
        "clerk": row.clerk_name,
        "note": row.notes,
        "qr": qr.encode(qr_secret(s), QR_KIND, row.number),
        "items": [(name, f"{qty} 件") for name, qty in items],
    }


def release_pdf(
    ctx: ServiceContext,
    release_id: str,
    *,
    paper_key: str | None = None,
    record: bool = False,
    target: str = "pdf",
) -> ReleasePdf:
    """The two copies (存根 / 门岗) as the next print would look: 补打 (第 n 次) after the first, 作废 if void.

    ``paper_key`` None: this desk's printer profile for release slips ("a4-third" by default).
    """
    ctx.require(Permission.HANDLE_RELEASES)
    profile = get_profile(ctx, DOC_TYPE)
    paper = paper_key or profile.paper_key
    if paper not in PAPER_KEYS:
        raise DomainError("validation", fields={"paper_key": "field.invalid"})
    copies = profile.copy_labels or RELEASE_COPIES
    with ctx.db.write() as s:  # write: the QR secret is created on first use, and ``record``
        row = _row(s, release_id)
        data = release_data(s, ctx, row)
        reprint_no = row.print_count
        pdf = render_release(
            data,
            paper_key=paper,
            copies=copies,
            void=row.status == ReleaseStatus.VOID.value,
            reprint_count=reprint_no,
            offset_mm=profile.offset_mm,
            a4_three_up=profile.a4_three_up and paper == "a4-third",
        )
        if record:
            _record_print(s, ctx, row, target, paper, len(copies))
        text = "".join(v for k, v in data.items() if isinstance(v, str) and k != "qr")
        text += "".join(
            i.name for i in s.scalars(select(GoodsReleaseItem).where(GoodsReleaseItem.release_id == row.id))
        )
        return ReleasePdf(row.number, pdf, reprint_no, paper, len(copies), tuple(missing_glyphs(text)))


def paper_choices() -> list[tuple[str, str]]:
    from desk_app.printing.papers import PAPERS

    return [(key, PAPERS[key].name_zh) for key in sorted(PAPER_KEYS)]
