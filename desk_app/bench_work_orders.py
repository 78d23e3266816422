"""Work-order figures (issue 3): ``python -m desk_app.bench_work_orders`` prints JSON.

Builds (once) a database with 200,000 work orders and their events by bulk insert — the rows look like what
the services write (numbers per year, cached status and due times, 3–6 events each) — then measures:
slip PDF rendering (3 copies), the Qt print path (PDF → QPrinter at 300 dpi, 3 pages), the work-order list's
first page with filters, and the return-visit queue.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

STATUSES = (
    ("closed", 82),
    ("returned", 4),
    ("dispatched", 5),
    ("registered", 2),
    ("arrived", 2),
    ("completed", 2),
    ("suspended", 1),
    ("voided", 2),
)


def _median_ms(fn: Any, runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"runs": runs, "median_ms": round(statistics.median(times), 1), "max_ms": round(times[-1], 1)}


def build(path: Path, orders: int, seed: int = 11) -> dict[str, Any]:
    from desk_app.db.engine import Database
    from desk_app.db.models import Department, Unit, WorkOrder, WorkOrderCategory, WorkOrderEvent
    from desk_app.domain.ids import uuid7
    from desk_app.services.demo import create_demo

    started = time.perf_counter()
    create_demo(path, units_target=3000, people_target=4000)
    db = Database(path, durable=False)
    rng = random.Random(seed)
    with db.read() as s:
        meta = dict(s.execute(text("SELECT key, value FROM app_meta")).all())
        site_id, desk_id = meta["site_id"], meta["desk_id"]
        units = list(s.scalars(select(Unit.id)))
        leaves = [
            c.id for c in s.scalars(select(WorkOrderCategory).where(WorkOrderCategory.parent_id.is_not(None)))
        ]
        departments = list(s.scalars(select(Department.id)))
        admin = s.execute(text("SELECT id FROM user_account WHERE username = 'admin'")).scalar()
    names, weights = zip(*STATUSES, strict=True)
    now = datetime.now(UTC)
    start = now - timedelta(days=5 * 365)
    step = (now - start) / orders
    counters: dict[int, int] = {}
    chunk_orders: list[dict[str, Any]] = []
    chunk_events: list[dict[str, Any]] = []

    def flush() -> None:
        with db.write() as s:
            s.execute(insert(WorkOrder.__table__), chunk_orders)
            s.execute(insert(WorkOrderEvent.__table__), chunk_events)
        chunk_orders.clear()
        chunk_events.clear()

    for i in range(orders):
        created = start + step * i
        year = created.year
        counters[year] = counters.get(year, 0) + 1
        status = rng.choices(names, weights)[0]
        oid = uuid7()
        returned = created + timedelta(hours=rng.randint(4, 72)) if status in ("returned", "closed") else None
        chunk_orders.append(
            dict(
                id=oid,
                site_id=site_id,
                created_at=created,
                updated_at=created,
                created_by=admin,
                origin_desk_id=desk_id,
                archived=False,
                number=f"BX-B9-{year}-{counters[year]:06d}",  # another desk: the demo used A1
                unit_id=rng.choice(units),
                location="",
                reporter_person_id=None,
                reporter_name="业主",
                contact_phone="13800000000",
                channel="phone",
                category_id=rng.choice(leaves),
                urgency=rng.choice(["urgent", "important", "normal"]),
                description="水管漏水，请尽快上门维修。",
                appointment_at=None,
                paid=False,
                department_id=rng.choice(departments),
                assignee_staff_id=None,
                assignee_name="李师傅",
                first_contact_user_id=admin,
                incident_id=None,
                is_repeat=rng.random() < 0.03,
                repeat_of_id=None,
                status=status,
                rework_count=0,
                callback_attempts=0,
                evaluation="satisfied" if status == "closed" else None,
                returned_at=returned,
                closed_at=returned + timedelta(hours=20) if status == "closed" and returned else None,
                response_due_at=created + timedelta(hours=2),
                completion_due_at=created + timedelta(days=1),
                follow_up_due_at=None if status in ("closed", "voided") else created + timedelta(days=3),
                callback_due_at=returned + timedelta(days=1) if status == "returned" and returned else None,
                print_count=1,
            )
        )
        kinds = ["created", "dispatched", "arrived", "completed", "slip_returned", "callback"][
            : rng.randint(3, 6)
        ]
        for n, kind in enumerate(kinds):
            chunk_events.append(
                dict(
                    id=uuid7(),
                    work_order_id=oid,
                    site_id=site_id,
                    at=created + timedelta(hours=n * 3),
                    by_user=admin,
                    origin_desk_id=desk_id,
                    kind=kind,
                    by_name="系统管理员",
                    payload_json="{}",
                )
            )
        if len(chunk_orders) >= 5000:
            flush()
    if chunk_orders:
        flush()
    raw = db.engine.raw_connection()  # outside any transaction: ANALYZE and a checkpoint need that
    try:
        raw.execute("ANALYZE")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    db.close()
    return {
        "database": str(path),
        "reused": False,
        "orders": orders,
        "generated_s": round(time.perf_counter() - started, 1),
    }


def measure(path: Path, runs: int) -> dict[str, Any]:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desk_app.db.engine import Database
    from desk_app.services import auth
    from desk_app.services.installation import open_context
    from desk_app.services.printers import ProfileDTO
    from desk_app.services.work_orders import slip, views
    from desk_app.ui.printing import make_printer, send_to_printer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = Database(path)
    ctx = open_context(db)
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", "admin123"))
    some_id = views.query_ids(ctx, views.WorkOrderFilter(open_only=True), limit=1)[0]
    department = (
        db.engine.connect().execute(text("SELECT id FROM department WHERE kind='engineering'")).scalar()
    )
    result: dict[str, Any] = {}
    result["slip_pdf_3_copies"] = _median_ms(lambda: slip.render_slip(ctx, some_id), runs)
    pdf = slip.render_slip(ctx, some_id).pdf
    out = Path(tempfile.gettempdir()) / "desk-app-bench-print.pdf"

    def print_path() -> None:
        printer = make_printer(ProfileDTO("work_order", dpi=300), "a4-third", printer_name="")
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        send_to_printer(pdf, printer)

    result["print_path_300dpi_3_pages"] = _median_ms(print_path, max(3, runs // 5))

    def first_page() -> None:
        flt = views.WorkOrderFilter(open_only=True, department_id=department)
        ids = views.query_ids(ctx, flt)
        views.rows(ctx, ids[:50])

    def first_page_all() -> None:
        ids = views.query_ids(ctx, views.WorkOrderFilter())
        views.rows(ctx, ids[:50])

    result["list_first_page_open_in_department"] = _median_ms(first_page, runs)
    result["list_first_page_all_200k"] = _median_ms(first_page_all, max(5, runs // 4))
    result["return_visit_queue"] = _median_ms(lambda: views.callback_queue(ctx), runs)
    with db.read() as s:
        result["counts"] = dict(
            s.execute(text("SELECT status, count(*) FROM work_order GROUP BY status")).all()
        )
    db.close()
    del app
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desk_app.bench_work_orders")
    parser.add_argument(
        "--db", default=str(Path(tempfile.gettempdir()) / "desk-app-bench" / "work-orders.sqlite3")
    )
    parser.add_argument("--orders", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = Path(args.db)
    dataset = {"database": str(path), "reused": True} if path.exists() else build(path, args.orders)
    print(json.dumps({"dataset": dataset, **measure(path, args.runs)}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
