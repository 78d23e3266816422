"""Money figures (issue 5): ``python -m desk_app.bench_money`` prints JSON.

Builds a demo database (with its renovation filings, passes and yesterday's closed shift), then — through
the real services, as the desk would — takes 500 payments in one shift (cash, WeChat, Alipay, POS), voids a
few and refunds two deposits. It measures, each as the median after one warm-up:

* ``day_close.current_shift`` of that shift and ``close_day`` (on a fresh copy of the file per run, since a
  close stamps the shift): together ≤ 200 ms;
* a receipt PDF through ``printouts.receipt_pdf`` (three copies, QR, from the database): ≤ 60 ms;
* 10 pass cards with photos through ``pass_printouts.render_passes_pdf`` (10 workers, 10 ID photos of
  ~30 KB, A4 10-up and CR80): ≤ 300 ms;
* for information, the draft handover sheet of the 500-receipt shift (``printouts.shift_pdf``).

The printing layer alone (no database) is measured by ``desk_app.bench_printing``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

TARGETS_MS = {"shift_and_close_500": 200.0, "receipt_pdf_3_copies": 60.0, "passes_10_with_photos": 300.0}
METHODS = (
    ("cash", ""),
    ("wechat", "4200002026112300000000"),
    ("alipay", "2026112322001400000"),
    ("pos", "P"),
)


def _median_ms(fn: Callable[[int], object], runs: int, warm_up: bool = True) -> dict[str, float]:
    if warm_up:
        fn(-1)
    times = []
    for i in range(runs):
        t = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"runs": runs, "median_ms": round(statistics.median(times), 1), "max_ms": round(times[-1], 1)}


def _contexts(path: Path, clock: Callable[[], datetime] | None = None) -> tuple[Any, Any]:
    """The demo's clerk and supervisor on ``path``, signed in with the demo passwords."""
    from desk_app.db.engine import Database
    from desk_app.services.auth import sign_in
    from desk_app.services.installation import open_context

    ctx = open_context(Database(path))
    if clock is not None:
        ctx = replace(ctx, clock=clock)
    return ctx.as_user(sign_in(ctx, "clerk1", "clerk123")), ctx.as_user(sign_in(ctx, "super", "super123"))


def build(path: Path, receipts_in_shift: int, units: int) -> dict[str, Any]:
    """The demo estate, then one busy shift of ``receipts_in_shift`` payments, 5 voids and 2 refunds."""
    from sqlalchemy import select

    from desk_app.db.models import RenovationFiling, Unit, UnitPerson
    from desk_app.domain.receipts import ReceiptLineIn
    from desk_app.services.demo import create_demo
    from desk_app.services.money import receipts, refund_checks, refunds
    from desk_app.services.tracking import touch

    started = time.perf_counter()
    create_demo(path, units_target=units, people_target=units * 4 // 3)
    clerk, supervisor = _contexts(path)
    with clerk.db.read() as s:
        payers = s.execute(
            select(Unit.id, UnitPerson.person_id)
            .join(UnitPerson, UnitPerson.unit_id == Unit.id)
            .where(UnitPerson.relation == "owner", UnitPerson.is_primary.is_(True))
            .limit(400)
        ).all()
    fees = (
        ("物业费（2026年11月）", 35_600),
        ("停车费（月卡）", 30_000),
        ("水电费代收", 12_850),
        ("装修垃圾清运费", 26_850),
    )
    issued = []
    for i in range(receipts_in_shift):
        unit_id, person_id = payers[i % len(payers)]
        method, ref = METHODS[i % len(METHODS)]
        lines = [ReceiptLineIn(name, fen + i % 7 * 100) for name, fen in fees[: 1 + i % 3]]
        issued.append(
            receipts.issue_receipt(
                clerk,
                receipts.ReceiptInput(
                    unit_id,
                    "业主",
                    person_id,
                    lines=lines,
                    method=method,
                    reference=f"{ref}{i:06d}" if ref else "",
                ),
            ).value
        )
    for r in issued[7::97][:5]:
        receipts.void_receipt(supervisor, r.id, "重复收费，作废重开")
    # Two finished filings become refundable: the unit moved in months ago, the owner below signed.
    refunded = 0
    with clerk.db.read() as s:
        finished = list(s.scalars(select(RenovationFiling).where(RenovationFiling.status == "inspected")))
    for filing in finished:
        number = refund_checks.deposit_receipt_number(clerk, filing.id)
        if number is None or refunded == 2:
            continue
        with clerk.db.write() as s:
            unit = s.get(Unit, filing.unit_id)
            assert unit is not None
            unit.move_in_date = clerk.local_now().date() - timedelta(days=200)
            touch(clerk, unit)
            row = s.get(RenovationFiling, filing.id)
            assert row is not None
            row.downstairs_signed_by = row.downstairs_signed_by or "楼下业主"
            row.downstairs_signed_at = row.downstairs_signed_at or clerk.now() - timedelta(days=3)
        refunds.issue_refund(
            supervisor, refunds.RefundInput(number, True, [], None, "cash", "", filing.owner_name)
        )
        refunded += 1
    passes = _crew_of_ten(clerk)
    clerk.db.close()
    supervisor.db.close()
    _checkpoint(path)
    return {
        "receipts_in_shift": receipts_in_shift,
        "voids": 5,
        "refunds": refunded,
        "pass_ids": passes,
        "receipt_ids": [r.id for r in issued[:50]],
        "build_s": round(time.perf_counter() - started, 1),
    }


def _crew_of_ten(clerk: Any) -> list[str]:
    """Ten new workers with their own ID photos on an approved demo filing, and their passes."""
    from sqlalchemy import select

    from desk_app.bench_printing import photo_jpeg
    from desk_app.db.models import RenovationFiling
    from desk_app.services.renovation import checklist, passes, views

    with clerk.db.read() as s:
        filing = s.scalars(select(RenovationFiling).where(RenovationFiling.status == "approved")).first()
    assert filing is not None, "the demo has approved filings"
    names = (
        "王建国",
        "欧阳小红",
        "李德明",
        "赵大勇",
        "陈志强",
        "孙志刚",
        "钱大伟",
        "周小兵",
        "吴海涛",
        "郑国庆",
    )
    before = {w.id for w in views.get_filing(clerk, filing.id).workers}
    for k, name in enumerate(names):
        worker = checklist.WorkerInput(name, trade="杂工", photo=photo_jpeg(k), photo_name="p.jpg")
        checklist.add_worker(clerk, filing.id, worker)
    ids = [w.id for w in views.get_filing(clerk, filing.id).workers if w.id not in before]
    today = clerk.local_now().date()
    issued = passes.issue_passes(
        clerk, passes.PassRequest(filing.id, tuple(ids), today, filing.current_end)
    ).value
    return [p.id for p in issued]


def _checkpoint(path: Path) -> None:
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def measure(path: Path, info: dict[str, Any], runs: int) -> dict[str, Any]:
    from desk_app.printing.passes import PassLayout
    from desk_app.services.money import day_close, printouts
    from desk_app.services.renovation import pass_printouts

    clerk, _ = _contexts(path)
    shift = day_close.current_shift(clerk)
    results: dict[str, Any] = {
        "shift_receipts": len(shift.receipts),
        "shift_refunds": len(shift.refunds),
        "current_shift": _median_ms(lambda i: day_close.current_shift(clerk), runs),
    }
    receipt_ids = info["receipt_ids"]
    results["receipt_pdf_3_copies"] = _median_ms(
        lambda i: printouts.receipt_pdf(clerk, receipt_ids[i % len(receipt_ids)]), runs
    )
    layouts: tuple[PassLayout, ...] = ("a4-10up", "cr80")
    for layout in layouts:

        def cards(i: int, layout: PassLayout = layout) -> object:
            return pass_printouts.render_passes_pdf(clerk, pass_ids=info["pass_ids"], layout=layout)

        results[f"passes_10_with_photos_{layout}"] = _median_ms(cards, runs)
    results["shift_sheet_pdf"] = _median_ms(lambda i: printouts.shift_pdf(clerk), max(3, runs // 3))
    clerk.db.close()

    # A close stamps the shift: each run closes a fresh copy of the file (the copy is not timed).
    closes = []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(max(3, runs // 3) + 1):
            copy = Path(folder) / f"close-{i}.sqlite3"
            shutil.copyfile(path, copy)
            ctx, _ = _contexts(copy)
            t = time.perf_counter()
            day_close.close_day(ctx, "李婷婷", None)
            if i:  # the first one warms the code paths
                closes.append((time.perf_counter() - t) * 1000)
            ctx.db.close()
    closes.sort()
    results["close_day"] = {
        "runs": len(closes),
        "median_ms": round(statistics.median(closes), 1),
        "max_ms": round(closes[-1], 1),
    }
    results["shift_and_close_500"] = {
        "median_ms": round(results["current_shift"]["median_ms"] + results["close_day"]["median_ms"], 1)
    }
    results["passes_10_with_photos"] = results["passes_10_with_photos_a4-10up"]
    results["within_targets"] = {
        key: results[key]["median_ms"] <= target for key, target in TARGETS_MS.items()
    }
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--receipts", type=int, default=500, help="payments taken in the measured shift")
    parser.add_argument("--units", type=int, default=1000, help="demo estate size")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--keep", metavar="FILE", help="keep the built database here (and reuse it next time)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.keep) if args.keep else Path(folder) / "bench-money.sqlite3"
        info_file = path.with_suffix(".json")
        if path.exists() and info_file.exists():
            info = json.loads(info_file.read_text())
        else:
            info = build(path, args.receipts, args.units)
            info_file.write_text(json.dumps(info))
        results = measure(path, info, args.runs)
    report = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "build": {k: v for k, v in info.items() if k not in ("pass_ids", "receipt_ids")},
        "targets_ms": TARGETS_MS,
        **results,
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
