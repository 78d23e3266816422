"""A renovation filing with workers, built through the models (shared by the pass service and GUI tests):
the filings' own services are written alongside, and passes only need a filing row in the right state."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import cache

from PIL import Image, ImageDraw

from desk_app.db.models import Attachment, FilingWorker, RenovationFiling
from desk_app.services.archive import buildings, units
from desk_app.services.context import ServiceContext
from desk_app.services.tracking import new_row

START, END = date(2026, 11, 20), date(2027, 2, 19)  # 3 months; the FakeClock's today is 2026-11-23
COMPANY = "广州美家装饰工程有限公司"
WORKERS = (("王建国", "水电工"), ("李师傅", "木工"), ("赵小明", "泥瓦工"))
WORKER_ID = "11010519491231002X"


@dataclass(frozen=True)
class Filing:
    id: str
    number: str
    unit_code: str
    worker_ids: tuple[str, ...]


@cache
def photo_bytes(size: tuple[int, int] = (300, 400)) -> bytes:
    image = Image.new("RGB", size, (120, 150, 190))
    ImageDraw.Draw(image).ellipse((90, 60, 210, 220), fill=(230, 190, 160))
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def make_unit(ctx: ServiceContext) -> str:
    b = buildings.create_building(ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(ctx, b, buildings.EntranceInput("2")).value
    return units.create_unit(ctx, units.UnitInput(e, "1102")).value.id


def make_filing(
    ctx: ServiceContext,
    *,
    status: str = "approved",
    number: str = "ZX-A1-2026-000001",
    workers: tuple[tuple[str, str], ...] = WORKERS,
    unit_id: str | None = None,
    end: date = END,
) -> Filing:
    """A filing of 3-2-1102 running START–``end`` with ``workers`` (the first one with a photo)."""
    unit = unit_id or make_unit(ctx)
    with ctx.db.write() as s:
        filing = new_row(
            ctx,
            RenovationFiling(
                number=number,
                unit_id=unit,
                unit_code="3-2-1102",
                owner_name="张三",
                owner_phone="13812345678",
                applicant_name="张三",
                contractor_company=COMPANY,
                responsible_name="李工",
                responsible_phone="13900001111",
                planned_start=START,
                planned_end=end,
                current_end=end,
                status=status,
            ),
        )
        s.add(filing)
        s.flush()
        ids = []
        for i, (name, trade) in enumerate(workers):
            worker = new_row(
                ctx,
                FilingWorker(
                    filing_id=filing.id, name=name, trade=trade, phone="13900002222", id_number=WORKER_ID
                ),
            )
            s.add(worker)
            s.flush()
            if i == 0:
                data = photo_bytes()
                att = new_row(
                    ctx,
                    Attachment(
                        owner_type="filing_worker",
                        owner_id=worker.id,
                        kind="photo",
                        data=data,
                        size=len(data),
                    ),
                )
                s.add(att)
                s.flush()
                worker.photo_id = att.id
            ids.append(worker.id)
        return Filing(filing.id, filing.number, filing.unit_code, tuple(ids))
