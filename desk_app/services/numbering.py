"""Allocating document numbers inside the inserting transaction.

The UPDATE of the series row takes SQLite's write lock (we are inside BEGIN IMMEDIATE), so the number and
the document commit together or not at all: no gaps, no duplicates.

Restored backups: a desk that goes back to an old backup would hand out numbers that were already printed.
A watermark file outside the database (``NumberWatermarks``) remembers the highest number issued per series;
when the database is behind it, allocation refuses with ``numbering.behind_watermark`` until an admin
confirms the next free number (``confirm_next_number``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from desk_app.db.models import Desk, DocSeries
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocNumber, DocType
from desk_app.domain.roles import Permission
from desk_app.services import audit
from desk_app.services.context import ServiceContext


class NumberWatermarks:
    """Highest number issued per series, kept in a small JSON file beside the user's settings."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, int]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {str(k): int(v) for k, v in data.items()}
        except (OSError, ValueError):
            return {}

    def get(self, key: str) -> int:
        return self._load().get(key, 0)

    def raise_to(self, key: str, value: int) -> None:
        data = self._load()
        if data.get(key, 0) >= value:
            return
        data[key] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)


def series_key(install_id: str, doc_type: DocType, desk_code: str, year: int) -> str:
    return f"{install_id}/{doc_type.value}-{desk_code}-{year}"


def _series(s: Session, ctx: ServiceContext, doc_type: DocType, year: int) -> DocSeries:
    row = s.scalar(
        select(DocSeries).where(
            DocSeries.doc_type == doc_type.value, DocSeries.desk_id == ctx.desk_id, DocSeries.year == year
        )
    )
    if row is None:
        row = DocSeries(
            site_id=ctx.site_id, desk_id=ctx.desk_id, doc_type=doc_type.value, year=year, next_value=1
        )
        s.add(row)
        s.flush()
    return row


def allocate(
    s: Session,
    ctx: ServiceContext,
    doc_type: DocType,
    watermarks: NumberWatermarks | None = None,
    install_id: str = "",
) -> DocNumber:
    """The next number of this desk's series for the current local year. Call inside ``ctx.db.write()``."""
    year = ctx.local_now().year
    desk = s.get(Desk, ctx.desk_id)
    if desk is None:
        raise DomainError("numbering.no_desk")
    row = _series(s, ctx, doc_type, year)
    key = series_key(install_id, doc_type, desk.code, year)
    if watermarks is not None and row.next_value <= watermarks.get(key):
        raise DomainError(
            "numbering.behind_watermark", series=key.split("/")[-1], next_free=watermarks.get(key) + 1
        )
    number = DocNumber(doc_type, desk.code, year, row.next_value)
    row.next_value += 1
    s.flush()
    if watermarks is not None:
        # Only once the number is really committed: a rolled-back document must not move the watermark.
        marks = watermarks
        event.listen(s, "after_commit", lambda _s: marks.raise_to(key, number.value), once=True)
    return number


def confirm_next_number(
    ctx: ServiceContext,
    doc_type: DocType,
    year: int,
    next_value: int,
    watermarks: NumberWatermarks | None = None,
    install_id: str = "",
) -> None:
    """Admin's decision after a restore: continue the series at ``next_value`` (never backwards)."""
    ctx.require(Permission.MANAGE_SETTINGS)
    with ctx.db.write() as s:
        row = _series(s, ctx, doc_type, year)
        if next_value < row.next_value:
            raise DomainError("numbering.cannot_go_back", current=row.next_value)
        desk = s.get(Desk, ctx.desk_id)
        assert desk is not None
        before = {"next_value": row.next_value}
        row.next_value = next_value
        audit.record(
            s,
            ctx,
            "doc_series",
            row.id,
            "update",
            before,
            {"next_value": next_value},
            summary=f"{doc_type.value}-{desk.code}-{year}",
        )
        if watermarks is not None:
            watermarks.raise_to(series_key(install_id, doc_type, desk.code, year), next_value - 1)
