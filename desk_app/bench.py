"""Benchmarks: ``python -m desk_app.bench`` (or ``python start.py bench``) prints JSON figures.

Builds (once, then reuses) a generated database of realistic size — 30,000 units and 100,000 people by
default — and measures:

* start-up: wall time from launching the program to its main window shown (signed in by the
  ``--bench-startup`` hook), median of N runs, against a bare PySide6 window started the same way;
* resident memory of the app after start-up;
* search while typing: every prefix of realistic queries (pinyin initials, phone last four, unit codes in
  several forms) through the search service; p50 / p95 / max per query.

Timings are not asserted by the test suite (they depend on the machine); this script is how they are
measured and quoted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):  # the same "shown" moment as the app's: the first paint
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("BENCH shown", flush=True)
            QTimer.singleShot(0, app.quit)
w = Window(); w.setCentralWidget(QLabel("bare")); w.resize(1280, 760); w.show()
app.exec()
"""


def _timed_run(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from launching ``cmd`` until it prints its BENCH line (window shown), and that line."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    elapsed: float | None = None
    lines = []
    for line in proc.stdout:
        if line.startswith("BENCH") and elapsed is None:
            elapsed = time.perf_counter() - start  # the window is on screen
        if line.startswith("BENCH"):
            lines.append(line.strip())
    proc.wait(timeout=60)
    if elapsed is not None:
        return elapsed, " ".join(lines)
    raise RuntimeError(f"benchmark run failed ({proc.returncode}): {cmd}")


def ensure_database(path: Path, units: int, people: int) -> dict[str, Any]:
    if path.exists():
        return {"database": str(path), "reused": True}
    from desk_app.services.demo import create_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    summary = create_demo(path, units_target=units, people_target=people)
    return {
        "database": str(path),
        "reused": False,
        "generated_s": round(summary.seconds, 1),
        "units": summary.units,
        "people": summary.people,
    }


def bench_startup(db: Path, runs: int) -> dict[str, Any]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        DESK_APP_AUTOLOGIN="admin:admin123",
    )
    app_cmd = [sys.executable, "-m", "desk_app", "--db", str(db), "--lang", "zh_CN", "--bench-startup"]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    _timed_run(app_cmd, env)  # warm the OS file cache once, as a desk PC that has run the app before
    app_times, bare_times, rss = [], [], []
    for _ in range(runs):
        elapsed, line = _timed_run(app_cmd, env)
        app_times.append(elapsed)
        rss.append(float(line.split("rss_mb=")[1]))
        bare_times.append(_timed_run(bare_cmd, env)[0])
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    return {
        "startup_median_s": round(app_median, 3),
        "startup_runs_s": [round(t, 3) for t in app_times],
        "bare_window_median_s": round(bare_median, 3),
        "startup_vs_bare_ratio": round(app_median / bare_median, 2),
        "rss_after_start_mb_median": round(statistics.median(rss), 1),
    }


def _typing_prefixes(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


def bench_search(db: Path, samples: int, seed: int = 7) -> dict[str, Any]:
    from sqlalchemy import select

    from desk_app.db.engine import Database
    from desk_app.db.models import Person, Unit
    from desk_app.services import auth, search
    from desk_app.services.installation import open_context

    rng = random.Random(seed)
    database = Database(db)
    ctx = open_context(database)
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", "admin123"))
    with database.read() as s:
        people = s.execute(select(Person.pinyin_initials, Person.mobile).where(Person.mobile != "")).all()
        units = s.execute(select(Unit.building_code, Unit.entrance_code, Unit.room)).all()
    queries: dict[str, list[str]] = {"pinyin_initials": [], "phone_suffix": [], "unit_code": []}
    for _ in range(samples):
        initials, mobile = rng.choice(people)
        queries["pinyin_initials"] += _typing_prefixes(initials.split()[0])
        queries["phone_suffix"].append(mobile[-4:])
        b, e, room = rng.choice(units)
        form = rng.choice([f"{b}-{e}-{room}", f"{b}栋{e}单元{room}", f"{b}#{room}"])
        queries["unit_code"] += _typing_prefixes(form)
    for q in ("zs", "5678", "3-2-1102"):  # warm caches like a desk that has been open a while
        search.search(ctx, q)
    out: dict[str, Any] = {}
    every: list[float] = []
    for kind, qs in queries.items():
        times = []
        for q in qs:
            t = time.perf_counter()
            search.search(ctx, q)
            times.append((time.perf_counter() - t) * 1000)
        every += times
        out[kind] = _stats(times)
    out["all"] = _stats(every)
    database.close()
    return out


def _stats(ms: list[float]) -> dict[str, float]:
    ms = sorted(ms)
    return {
        "queries": len(ms),
        "p50_ms": round(ms[len(ms) // 2], 2),
        "p95_ms": round(ms[min(len(ms) - 1, int(len(ms) * 0.95))], 2),
        "max_ms": round(ms[-1], 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desk_app.bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db",
        help="benchmark database (generated when missing)",
        default=str(Path(tempfile.gettempdir()) / "desk-app-bench" / "bench.sqlite3"),
    )
    parser.add_argument("--units", type=int, default=30_000)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7, help="start-up runs")
    parser.add_argument("--samples", type=int, default=300, help="search samples per kind")
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args(argv)
    db = Path(args.db)
    result: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    result["dataset"] = ensure_database(db, args.units, args.people)
    if not args.skip_startup:
        result["startup"] = bench_startup(db, args.runs)
    result["search_while_typing"] = bench_search(db, args.samples)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
