"""Visit-log and complaint figures (issue 4): ``python -m desk_app.bench_visits`` prints JSON.

Builds (once) a database with 1,000,000 visits and 50,000 complaints (with their events) by bulk insert —
rows as the services write them (numbers per year, masked / hashed IDs, cached status, level and due
times) — then measures through the services: logging a walk-in and checking out, the on-site list, today's
log, search while typing (the global search and the visitor auto-fill), the complaint queues and the
monthly complaint counts and figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

PURPOSES = (
    ("guest", 30),
    ("consult", 18),
    ("payment", 14),
    ("repair", 10),
    ("renovation", 7),
    ("release", 6),
    ("keys", 5),
    ("complaint", 4),
    ("suggestion", 2),
    ("praise", 1),
    ("other", 3),
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"


def _timings(fn: Any, runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {
        "runs": runs,
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 2),
        "max_ms": round(times[-1], 2),
    }


def build(path: Path, visits: int, complaints: int, seed: int = 13) -> dict[str, Any]:
    from desk_app.db.engine import Database
    from desk_app.db.models import Complaint, ComplaintEvent, Department, Person, Unit, Visit
    from desk_app.domain.ids import uuid7
    from desk_app.services.demo import create_demo

    started = time.perf_counter()
    create_demo(path, units_target=3000, people_target=4000)
    db = Database(path, durable=False)
    rng = random.Random(seed)
    with db.read() as s:
        meta: dict[str, str] = dict(s.execute(text("SELECT key, value FROM app_meta")).all())
        site_id, desk_id = meta["site_id"], meta["desk_id"]
        units = list(s.scalars(select(Unit.id)))
        people = s.execute(select(Person.id, Person.name, Person.mobile)).all()
        departments = list(s.scalars(select(Department.id)))
        admin = s.execute(text("SELECT id FROM user_account WHERE username = 'admin'")).scalar()
    purposes, weights = zip(*PURPOSES, strict=True)
    now = datetime.now(UTC)
    start = now - timedelta(days=3 * 365)
    visitors = [
        (
            rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else ""),
            f"1{rng.choice('35789')}{rng.randint(0, 999_999_999):09d}",
        )
        for _ in range(60_000)
    ]
    rows: list[dict[str, Any]] = []

    def flush(model: Any, batch: list[dict[str, Any]]) -> None:
        with db.write() as s:
            s.execute(insert(model.__table__), batch)
        batch.clear()

    step = (now - timedelta(hours=1) - start) / visits
    counters: dict[int, int] = {}
    retention = now - timedelta(days=180)
    for i in range(visits):
        time_in = start + step * i
        year = time_in.year
        counters[year] = counters.get(year, 0) + 1
        resident = rng.random() < 0.45
        if resident:
            pid, name, phone = rng.choice(people)
            kind, company, id_plain, id_hash, masked = "owner", "", "", "", ""
        else:
            pid = None
            name, phone = rng.choice(visitors)
            kind = "contractor" if rng.random() < 0.2 else "visitor"
            company = "美家装饰" if kind == "contractor" else ""
            has_id = rng.random() < 0.3
            number = f"4401{rng.randint(10**13, 10**14 - 1)}" if has_id else ""
            id_hash = hashlib.sha256(number.encode()).hexdigest() if has_id else ""
            masked = number[:4] + "*" * 10 + number[-4:] if has_id else ""
            id_plain = number if has_id and time_in > retention else ""
        on_site = i >= visits - 25 or (i % 100_000 == 0)  # today's last few, and a handful never checked out
        rows.append(
            dict(
                id=uuid7(),
                site_id=site_id,
                created_at=time_in,
                updated_at=time_in,
                created_by=admin,
                origin_desk_id=desk_id,
                archived=False,
                number=f"LF-B9-{year}-{counters[year]:06d}",  # another desk: the demo used A1
                visitor_kind=kind,
                person_id=pid,
                visitor_name=name,
                visitor_phone=phone or "",
                company=company,
                plate="",
                id_number=id_plain,
                id_number_masked=masked,
                id_number_hash=id_hash,
                id_purged_at=None if id_plain or not id_hash else time_in + timedelta(days=181),
                unit_id=rng.choice(units),
                purpose=rng.choices(purposes, weights)[0],
                party_size=1,
                notes="",
                time_in=time_in,
                time_out=None if on_site else time_in + timedelta(minutes=rng.randint(5, 120)),
                handled_by=admin,
                handled_by_name="系统管理员",
                created_record_type=None,
                created_record_id=None,
                badge_valid_until=None,
            )
        )
        if len(rows) >= 20_000:
            flush(Visit, rows)
    if rows:
        flush(Visit, rows)

    events: list[dict[str, Any]] = []
    step = (now - start) / complaints
    counters = {}
    for i in range(complaints):
        created = start + step * i
        year = created.year
        counters[year] = counters.get(year, 0) + 1
        kind = rng.choices(["complaint", "suggestion", "praise"], [70, 15, 15])[0]
        recent = now - created < timedelta(days=5)
        status = rng.choice(["registered", "investigating", "replied"]) if recent else "closed"
        level = rng.choices([0, 1, 2, 3], [80, 14, 4, 2])[0] if kind == "complaint" else 0
        cid = uuid7()
        replied = created + timedelta(hours=rng.randint(2, 60)) if status in ("replied", "closed") else None
        pid, name, phone = rng.choice(people)
        rows.append(
            dict(
                id=cid,
                site_id=site_id,
                created_at=created,
                updated_at=created,
                created_by=admin,
                origin_desk_id=desk_id,
                archived=False,
                number=f"TS-B9-{year}-{counters[year]:06d}",
                kind=kind,
                channel=rng.choice(["phone", "visit", "wechat"]),
                complainant_person_id=pid,
                complainant_name=name,
                complainant_phone=phone or "",
                unit_id=rng.choice(units),
                category=rng.choice(["service", "charges", "attitude", "quality", "other"]),
                department_id=rng.choice(departments),
                staff_id=None,
                staff_name="小刘" if kind == "praise" else "",
                praised_staff_id=None,
                content="楼道垃圾没人清理。",
                request="",
                severity="normal",
                promised_reply_at=None,
                visit_id=None,
                first_contact_user_id=admin,
                status=status,
                level=level,
                escalation_count=level,
                valid=(rng.random() < 0.3) if status == "closed" and kind == "complaint" else None,
                valid_reason="",
                evaluation="satisfied" if status == "closed" else None,
                responsible="",
                acknowledged_at=created + timedelta(hours=1),
                replied_at=replied,
                closed_at=replied + timedelta(days=2) if status == "closed" and replied else None,
                ack_due_at=created + timedelta(hours=24) if kind == "complaint" else None,
                reply_due_at=created + timedelta(hours=48) if kind == "complaint" else None,
                print_count=0,
            )
        )
        kinds = ["created", "acknowledged", "solution", "replied", "callback", "closed"]
        for n, event in enumerate(kinds[: 6 if status == "closed" else 2]):
            payload = {"kind": kind} if event == "created" else {}
            if event == "callback":
                payload = {"method": "phone", "evaluation": "satisfied"}
            events.append(
                dict(
                    id=uuid7(),
                    complaint_id=cid,
                    site_id=site_id,
                    at=created + timedelta(hours=n),
                    by_user=admin,
                    origin_desk_id=desk_id,
                    kind=event,
                    by_name="系统管理员",
                    payload_json=json.dumps(payload),
                )
            )
        if len(rows) >= 5000:
            flush(Complaint, rows)
            flush(ComplaintEvent, events)
    if rows:
        flush(Complaint, rows)
        flush(ComplaintEvent, events)
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
        "visits": visits,
        "complaints": complaints,
        "generated_s": round(time.perf_counter() - started, 1),
    }


def measure(path: Path, runs: int) -> dict[str, Any]:
    from desk_app.db.engine import Database
    from desk_app.domain.visits import Purpose, VisitorKind
    from desk_app.services import auth, search
    from desk_app.services.complaints import handling, views
    from desk_app.services.installation import open_context
    from desk_app.services.visits import log as visits

    db = Database(path)  # durable, as at the desk: every commit is fsynced
    ctx = open_context(db)
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", "admin123"))
    unit_id = db.engine.connect().execute(text("SELECT id FROM unit LIMIT 1")).scalar()
    rng = random.Random(5)
    logged: list[str] = []

    def walk_in() -> None:
        data = visits.VisitInput(
            VisitorKind.VISITOR,
            Purpose.GUEST,
            name="李四",
            phone=f"139{rng.randint(0, 99_999_999):08d}",
            company="美家装饰",
            id_number="11010519491231002X",
            unit_id=unit_id,
            party_size=2,
            badge=True,
        )
        logged.append(visits.log_visit(ctx, data).value.id)

    result: dict[str, Any] = {}
    visits.log_visit(ctx, visits.VisitInput(VisitorKind.VISITOR, Purpose.GUEST, name="预热"))  # warm-up
    result["log_walk_in"] = _timings(walk_in, runs)
    result["check_out"] = _timings(lambda: visits.check_out(ctx, logged.pop()), min(runs, len(logged)))
    result["on_site_list"] = _timings(lambda: visits.on_site_now(ctx), runs)
    result["on_site_count"] = len(visits.on_site_now(ctx))
    result["todays_log_first_500"] = _timings(lambda: visits.visit_log(ctx), runs)
    result["todays_log_rows"] = len(visits.log_ids(ctx))
    result["daily_totals"] = _timings(lambda: visits.daily_totals(ctx), runs)
    typed = ["1", "13", "138", "1380", "张", "张伟", "zw", "zhang", "3-2", "3-2-11", "李四", "王"]
    result["search_while_typing"] = _timings(lambda: [search.search(ctx, q) for q in typed][-1], runs)
    result["search_while_typing"]["note"] = f"per keystroke = per query; each run types {len(typed)}"
    per_query: list[float] = []
    for _ in range(runs):
        for q in typed:
            t = time.perf_counter()
            search.search(ctx, q)
            per_query.append((time.perf_counter() - t) * 1000)
    per_query.sort()
    result["search_per_keystroke"] = {
        "queries": len(per_query),
        "median_ms": round(statistics.median(per_query), 2),
        "p95_ms": round(per_query[int(len(per_query) * 0.95) - 1], 2),
    }
    auto: list[float] = []
    for _ in range(runs):
        for q in ("1", "13", "139", "1390", "李", "李四"):
            t = time.perf_counter()
            visits.recent_visitors(ctx, q)
            auto.append((time.perf_counter() - t) * 1000)
    auto.sort()
    result["visitor_autofill_per_keystroke"] = {
        "queries": len(auto),
        "median_ms": round(statistics.median(auto), 2),
        "p95_ms": round(auto[int(len(auto) * 0.95) - 1], 2),
    }
    result["returning_visitor_match"] = _timings(
        lambda: visits.recent_visitor(ctx, name="李四", id_number="11010519491231002X"), runs
    )
    year = ctx.local_now().year
    result["monthly_complaint_counts_year"] = _timings(lambda: views.monthly_counts(ctx, year), runs)
    result["month_stats"] = _timings(lambda: views.month_stats(ctx, year, ctx.local_now().month), runs)
    result["complaint_queues"] = _timings(lambda: views.queues(ctx), runs)
    result["auto_escalation_pass"] = _timings(lambda: handling.run_auto_escalation(ctx), max(3, runs // 5))
    with db.read() as s:
        result["counts"] = {
            "visits": s.execute(text("SELECT count(*) FROM visit")).scalar(),
            "complaints": s.execute(text("SELECT count(*) FROM complaint")).scalar(),
            "complaint_events": s.execute(text("SELECT count(*) FROM complaint_event")).scalar(),
        }
    db.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desk_app.bench_visits")
    parser.add_argument(
        "--db", default=str(Path(tempfile.gettempdir()) / "desk-app-bench" / "visits.sqlite3")
    )
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--complaints", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args(argv)
    path = Path(args.db)
    path.parent.mkdir(parents=True, exist_ok=True)
    dataset = (
        {"database": str(path), "reused": True}
        if path.exists()
        else build(path, args.visits, args.complaints)
    )
    print(json.dumps({"dataset": dataset, **measure(path, args.runs)}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
