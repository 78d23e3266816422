"""Printer profiles of this desk: which printer, paper, copy mode and calibration each document uses.

A profile belongs to one desk (printers are local hardware); the first print of a document type with no
profile uses the defaults below, which suit plain A4 paper cut in three on any laser printer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from desk_app.db.models import PrinterProfile
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.services import audit
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row, touch

MODES = ("plain", "carbonless")
MAX_OFFSET_UM = 30_000  # 30 mm: anything larger is a wrong paper size, not a calibration


@dataclass(frozen=True)
class ProfileDTO:
    doc_type: str
    printer_name: str = ""  # "" = the system's default printer
    paper_key: str = "a4-third"
    mode: str = "plain"
    a4_three_up: bool = False
    dx_mm: Decimal = Decimal("0")
    dy_mm: Decimal = Decimal("0")
    dpi: int = 300
    dot_matrix: bool = False
    paper_source: str = ""
    copy_labels: tuple[str, ...] = field(default_factory=tuple)  # () = the template's labels
    saved: bool = False

    @property
    def offset_mm(self) -> tuple[float, float]:
        # Points are floats in the PDF anyway; the stored value stays exact (micrometres).
        return (float(self.dx_mm), float(self.dy_mm))


def _dto(row: PrinterProfile) -> ProfileDTO:
    labels = tuple(json.loads(row.copy_labels_json)) if row.copy_labels_json else ()
    return ProfileDTO(
        row.doc_type,
        row.printer_name,
        row.paper_key,
        row.mode,
        row.a4_three_up,
        Decimal(row.dx_um) / 1000,
        Decimal(row.dy_um) / 1000,
        row.dpi,
        row.dot_matrix,
        row.paper_source,
        labels,
        True,
    )


def get_profile(ctx: ServiceContext, doc_type: str) -> ProfileDTO:
    ctx.require()
    with ctx.db.read() as s:
        row = s.scalar(
            select(PrinterProfile).where(
                PrinterProfile.desk_id == ctx.desk_id,
                PrinterProfile.doc_type == doc_type,
                PrinterProfile.archived.is_(False),
            )
        )
        return _dto(row) if row else ProfileDTO(doc_type)


def _um(value: Decimal, field_name: str) -> int:
    um = int((value * 1000).to_integral_value())
    if abs(um) > MAX_OFFSET_UM:
        raise DomainError("validation", fields={field_name: "printing.offset_too_large"})
    return um


def save_profile(ctx: ServiceContext, data: ProfileDTO, paper_keys: frozenset[str]) -> OpResult[ProfileDTO]:
    """Save this desk's profile for ``data.doc_type``; ``paper_keys`` are the papers the template supports."""
    ctx.require(Permission.MANAGE_PRINTERS)
    if data.mode not in MODES:
        raise DomainError("validation", fields={"mode": "field.invalid"})
    if data.paper_key not in paper_keys:
        raise DomainError("validation", fields={"paper_key": "field.invalid"})
    if not 72 <= data.dpi <= 1200:
        raise DomainError("validation", fields={"dpi": "field.invalid"})
    dx, dy = _um(data.dx_mm, "dx_mm"), _um(data.dy_mm, "dy_mm")
    with ctx.db.write() as s:
        row = s.scalar(
            select(PrinterProfile).where(
                PrinterProfile.desk_id == ctx.desk_id, PrinterProfile.doc_type == data.doc_type
            )
        )
        before = audit.snapshot(row) if row else None
        if row is None:
            row = new_row(ctx, PrinterProfile(desk_id=ctx.desk_id, doc_type=data.doc_type))
            s.add(row)
        else:
            row.archived = False
            touch(ctx, row)
        row.printer_name = data.printer_name.strip()[:100]
        row.paper_key, row.mode, row.a4_three_up = data.paper_key, data.mode, data.a4_three_up
        row.dx_um, row.dy_um, row.dpi, row.dot_matrix = dx, dy, data.dpi, data.dot_matrix
        row.paper_source = data.paper_source.strip()[:40]
        row.copy_labels_json = (
            json.dumps(list(data.copy_labels), ensure_ascii=False) if data.copy_labels else ""
        )
        s.flush()
        audit.record(
            s,
            ctx,
            "printer_profile",
            row.id,
            "update" if before else "create",
            before,
            audit.snapshot(row),
            summary=data.doc_type,
        )
        return OpResult(_dto(row), frozenset({"printer_profile"}))
