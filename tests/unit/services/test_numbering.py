from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.db.models import DocSeries
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocNumber, DocType, parse_number
from desk_app.services import numbering
from desk_app.services.context import ServiceContext
from tests.conftest import FakeClock


def _take(ctx: ServiceContext, marks: numbering.NumberWatermarks | None = None) -> str:
    with ctx.db.write() as s:
        return str(numbering.allocate(s, ctx, DocType.WORK_ORDER, marks, install_id="i"))


def test_numbers_are_consecutive_per_type_desk_and_year(admin_ctx: ServiceContext, clock: FakeClock) -> None:
    assert [_take(admin_ctx) for _ in range(3)] == [
        "BX-A1-2026-000001",
        "BX-A1-2026-000002",
        "BX-A1-2026-000003",
    ]
    with admin_ctx.db.write() as s:
        assert str(numbering.allocate(s, admin_ctx, DocType.RECEIPT)) == "SJ-A1-2026-000001"
    clock.now = datetime(2026, 12, 31, 16, 0, tzinfo=UTC)  # 00:00 on 1 January in Shanghai
    assert _take(admin_ctx) == "BX-A1-2027-000001"


def test_a_rolled_back_document_gives_its_number_back(admin_ctx: ServiceContext) -> None:
    with pytest.raises(RuntimeError), admin_ctx.db.write() as s:
        numbering.allocate(s, admin_ctx, DocType.WORK_ORDER)
        raise RuntimeError("the insert failed")
    assert _take(admin_ctx) == "BX-A1-2026-000001"


def test_restored_backup_is_detected_by_the_watermark(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    marks = numbering.NumberWatermarks(tmp_path / "marks.json")
    for _ in range(5):
        _take(admin_ctx, marks)
    # Simulate going back to a backup taken after the 2nd number.
    with admin_ctx.db.write() as s:
        s.scalars(select(DocSeries)).one().next_value = 3
    with pytest.raises(DomainError) as err:
        _take(admin_ctx, marks)
    assert err.value.code == "numbering.behind_watermark" and err.value.params["next_free"] == 6
    with pytest.raises(DomainError):
        numbering.confirm_next_number(admin_ctx, DocType.WORK_ORDER, 2026, 2, marks, "i")
    numbering.confirm_next_number(admin_ctx, DocType.WORK_ORDER, 2026, 6, marks, "i")
    assert _take(admin_ctx, marks) == "BX-A1-2026-000006"


def test_a_rolled_back_allocation_does_not_move_the_watermark(
    admin_ctx: ServiceContext, tmp_path: Path
) -> None:
    marks = numbering.NumberWatermarks(tmp_path / "marks.json")
    with pytest.raises(RuntimeError), admin_ctx.db.write() as s:
        numbering.allocate(s, admin_ctx, DocType.WORK_ORDER, marks, "i")
        raise RuntimeError
    assert _take(admin_ctx, marks) == "BX-A1-2026-000001"


def test_parse_number() -> None:
    assert parse_number("bx-a1-2026-000123") == DocNumber(DocType.WORK_ORDER, "A1", 2026, 123)
    for bad in ("", "XX-A1-2026-000001", "BX-A1-26-1", "BX A1 2026 000001"):
        with pytest.raises(DomainError):
            parse_number(bad)
