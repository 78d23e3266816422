"""The headless commands, run as a script or a scheduled task would run them: a real process, no window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

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


# --- issue 5: receipts, refunds, renovation documents, passes, release slips, day-closes -----------------


def _money_and_renovation_db(template_db: Path, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A deposit receipt and its filing (built by the refund fixtures), a refund, a second filing with two
    passes, a release slip and a closed day — the numbers of each."""
    from sqlalchemy import select

    from desk_app.db.engine import Database
    from desk_app.db.models import ReceiptLine, TempPass, Unit, UnitPerson
    from desk_app.domain.refunds import Deduction, DeductionReason
    from desk_app.domain.release import ReleaseItem
    from desk_app.services import auth
    from desk_app.services.installation import open_context
    from desk_app.services.money import day_close, refunds
    from desk_app.services.release import slips
    from desk_app.services.tracking import new_row
    from tests.conftest import ADMIN_PASSWORD
    from tests.unit.services.test_money_refunds_fixtures import LOST_FEE_FEN, make_deposit
    from tests.unit.services.test_passes_fixtures import END, START, make_filing

    db = tmp_path / "desk.sqlite3"
    db.write_bytes(template_db.read_bytes())
    ctx = open_context(Database(db))
    ctx = ctx.as_user(auth.sign_in(ctx, "admin", ADMIN_PASSWORD))
    deposit = make_deposit(ctx)
    refund = refunds.issue_refund(
        ctx,
        refunds.RefundInput(
            deposit.receipt_number,
            True,
            [Deduction(DeductionReason.LOST_PASS.value, LOST_FEE_FEN)],
            None,
            "cash",
            "",
            "张三",
        ),
    ).value
    filing = make_filing(ctx, number="ZX-A1-2026-000002", unit_id=deposit.unit_id)
    with ctx.db.write() as s:  # the deposit fixture wrote its pass numbers by hand: these follow them
        unit = s.get(Unit, deposit.unit_id)
        assert unit is not None
        unit.area_m2_x100 = 89_50  # the agreement shows the garbage fee, per m²
        for position, (name, fen) in enumerate(
            (("装修保证金", 300_000), ("装修垃圾清运费", 50_000)), start=1
        ):
            s.add(
                ReceiptLine(
                    receipt_id=deposit.receipt_id, position=position, fee_code="", name=name, amount_fen=fen
                )
            )
        for i, name in enumerate(("王建国", "李师傅"), start=3):
            row = TempPass(
                number=f"CR-A1-2026-00000{i}",
                filing_id=filing.id,
                name=name,
                unit_code="3-2-1102",
                company="美家装饰",
                valid_from=START,
                valid_until=END,
                status="active",
                print_count=0,
            )
            s.add(new_row(ctx, row))
    with ctx.db.read() as s:
        owner = s.scalar(select(UnitPerson.person_id).where(UnitPerson.unit_id == deposit.unit_id))
    assert owner is not None
    release = slips.issue_release(
        ctx,
        slips.ReleaseInput(deposit.unit_id, owner, [ReleaseItem("冰箱", 1)], acknowledged_warnings=True),
    ).value
    close = day_close.close_day(ctx, "李婷婷", None).value
    ctx.db.close()
    numbers = {
        "receipt": deposit.receipt_number,
        "refund": refund.number,
        "filing": "ZX-A1-2026-000001",
        "pass_filing": filing.number,
        "release": release.number,
        "close": close.number,
        "close_id": close.id,
    }
    return db, numbers


def _pdf(db: Path, capsys: Any, *args: str) -> tuple[int, str, str]:
    """Run a pdf command in this process (a subprocess per document would take seconds each)."""
    from desk_app.__main__ import main

    rc = main(["--db", str(db), "pdf", *args])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_pdf_money_renovation_and_release_documents(
    template_db: Path, tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    from pypdf import PdfReader

    monkeypatch.setenv("DESK_APP_HOME", str(tmp_path))
    db, n = _money_and_renovation_db(template_db, tmp_path)

    def text(path: Path) -> str:
        return "".join(page.extract_text() for page in PdfReader(path).pages)

    out = tmp_path / "out"
    cases = [
        (["receipt", n["receipt"]], n["receipt"], "3 copies"),
        (["refund", n["refund"]], n["refund"], "3 copies"),
        (["release", n["release"]], n["release"], "2 copies"),
        (["permit", n["filing"], "--copy", "door", "--paper", "a5"], n["filing"], "door, a5"),
        (["agreement", n["filing"]], n["filing"], "A4"),
        (["cover", n["filing"]], n["filing"], "A4"),
        (["passes", n["pass_filing"], "--layout", "a4-10up"], n["pass_filing"], "2 passes, a4-10up"),
        (["day-close", n["close"]], n["close"], "A4"),
        (["day-close", n["close_id"]], n["close"], "A4"),
    ]
    for i, (args, number, note) in enumerate(cases):
        target = out / f"{i}-{args[0]}.pdf"
        rc, stdout, stderr = _pdf(db, capsys, *args, "--out", str(target))
        assert rc == 0, (args, stderr)
        assert stdout.startswith(f"{number}: {target}") and note in stdout, stdout
        assert target.read_bytes().startswith(b"%PDF")
        if args[0] in ("receipt", "refund", "release", "day-close"):
            assert number in text(target), args
    # The file is a print, as with ``pdf work-order``: the next one carries the 补打 mark.
    rc, stdout, _ = _pdf(db, capsys, "receipt", n["receipt"], "--out", str(out / "again.pdf"))
    assert rc == 0 and "补打 第2次" in stdout  # the fixture's receipt was printed once already
    for args, wanted in (
        (["receipt", "SJ-A1-2026-999999"], "no receipt numbered SJ-A1-2026-999999"),
        (["refund", "TK-A1-2026-999999"], "no refund numbered"),
        (["release", "FX-A1-2026-999999"], "no goods-release slip numbered"),
        (["permit", "ZX-A1-2026-999999"], "no renovation filing numbered ZX-A1-2026-999999"),
        (["passes", n["filing"]], "has no active passes"),
        (["day-close", "RJ-A1-2026-999999"], "no day-close numbered"),
    ):
        rc, _, stderr = _pdf(db, capsys, *args, "--out", str(out / "missing.pdf"))
        assert rc == 2 and wanted in stderr, (args, stderr)
    assert not (out / "missing.pdf").exists()


def test_pdf_receipt_runs_without_qt(template_db: Path, tmp_path: Path) -> None:
    db, n = _money_and_renovation_db(template_db, tmp_path)
    out = tmp_path / "receipt.pdf"
    code = (
        "import sys; from desk_app.__main__ import main;"
        "rc = main(['--db', sys.argv[1], 'pdf', 'receipt', sys.argv[2], '--out', sys.argv[3]]);"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'qtawesome'))]; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db), n["receipt"], str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
