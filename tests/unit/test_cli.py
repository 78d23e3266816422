"""The headless commands, run as a script or a scheduled task would run them: a real process, no window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desk_app import __version__


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DESK_APP_HOME"] = str(cwd or Path.cwd())
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"desk-app {__version__}"


def test_check_and_backup_of_a_good_database(template_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    db.write_bytes(template_db.read_bytes())
    result = run("--db", str(db), "check", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("ok"), result.stderr
    result = run("--db", str(db), "backup", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    backups = list((tmp_path / "backups").glob("desk-*-manual.sqlite3"))
    assert len(backups) == 1 and backups[0].stat().st_size > 0
    target = tmp_path / "usb"
    result = run("--db", str(db), "backup", "--to", str(target), cwd=tmp_path)
    assert result.returncode == 0 and len(list(target.glob("desk-*.sqlite3"))) == 1


def test_check_reports_a_damaged_file(template_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    data = bytearray(template_db.read_bytes())
    page = 4096
    data[page * 3 : page * 6] = b"\x5a" * (page * 3)  # scribble over some b-tree pages
    db.write_bytes(bytes(data))
    result = run("--db", str(db), "check", cwd=tmp_path)
    assert result.returncode == 1 and "DAMAGED" in result.stdout


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "none.sqlite3"), "check", cwd=tmp_path)
    assert result.returncode == 2 and "no database" in result.stderr


def test_headless_commands_never_load_qt(template_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    db.write_bytes(template_db.read_bytes())
    code = (
        "import sys; from desk_app.__main__ import main; rc = main(['--db', sys.argv[1], 'check']);"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'qtawesome'))]; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_demo_creates_a_database_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite3"
    result = run("demo", str(target), "--units", "200", "--people", "300", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "demo database created" in result.stdout and "admin / admin123" in result.stdout
    assert run("--db", str(target), "check", cwd=tmp_path).returncode == 0
    again = run("demo", str(target), cwd=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr


def test_pdf_work_order_writes_the_slip_without_a_window(template_db: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from desk_app.db.engine import Database
    from desk_app.services import auth
    from desk_app.services.installation import open_context
    from desk_app.services.work_orders import categories, orders
    from tests.conftest import ADMIN_PASSWORD

    db = tmp_path / "desk.sqlite3"
    db.write_bytes(template_db.read_bytes())
    ctx = open_context(Database(db))
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", ADMIN_PASSWORD))
    category = next(c for c in categories.list_categories(ctx) if c.path == "公共区域 / 电梯")
    order = orders.register(
        ctx,
        orders.RegisterInput(
            category_id=category.id, description="2号梯异响", reporter_name="巡检", location="3栋2单元"
        ),
    ).value
    ctx.db.close()
    out = tmp_path / "slip.pdf"
    result = run("--db", str(db), "pdf", "work-order", order.number, "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) == 3 and order.number in reader.pages[2].extract_text()
    result = run(
        "--db",
        str(db),
        "pdf",
        "work-order",
        order.number,
        "--out",
        str(out),
        "--mode",
        "carbonless",
        cwd=tmp_path,
    )
    assert result.returncode == 0 and "补打 第1次" in result.stdout and len(PdfReader(out).pages) == 1
    missing = run("--db", str(db), "pdf", "work-order", "BX-A1-2026-999999", "--out", str(out), cwd=tmp_path)
    assert missing.returncode == 2 and "work_order.not_found" in missing.stderr


def test_pdf_complaint_and_badge(template_db: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from desk_app.db.engine import Database
    from desk_app.domain.visits import Purpose, VisitorKind
    from desk_app.services import auth
    from desk_app.services.complaints import handling
    from desk_app.services.installation import open_context
    from desk_app.services.visits import log as visits
    from tests.conftest import ADMIN_PASSWORD

    db = tmp_path / "desk.sqlite3"
    db.write_bytes(template_db.read_bytes())
    ctx = open_context(Database(db))
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", ADMIN_PASSWORD))
    visit = visits.log_visit(
        ctx, visits.VisitInput(VisitorKind.VISITOR, Purpose.COMPLAINT, name="李四", badge=True)
    ).value
    complaint = handling.register(
        ctx, handling.ComplaintInput(content="电梯经常停运", complainant_name="李四", visit_id=visit.id)
    ).value
    ctx.db.close()
    out = tmp_path / "form.pdf"
    result = run("--db", str(db), "pdf", "complaint", complaint.number, "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "客户投诉处理表" in PdfReader(out).pages[0].extract_text()
    badge = tmp_path / "badge.pdf"
    result = run("--db", str(db), "pdf", "badge", visit.number, "--out", str(badge), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert visit.number in PdfReader(badge).pages[0].extract_text()
    missing = run("--db", str(db), "pdf", "badge", "LF-A1-2026-999999", "--out", str(badge), cwd=tmp_path)
    assert missing.returncode == 2 and "visit.not_found" in missing.stderr


def test_maintenance_runs_the_purge_and_the_escalation_pass(template_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    db.write_bytes(template_db.read_bytes())
    result = run("--db", str(db), "maintenance", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "visitor ID numbers purged: 0" in result.stdout and "complaints escalated: 0" in result.stdout
