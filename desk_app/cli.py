"""The headless commands (no Qt): demo, backup, check. Messages in plain English + Chinese for admins."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desk_app import logs, paths
from desk_app.domain.errors import DomainError


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "demo":
            return demo(Path(args.path), args.units, args.people)
        where = paths.resolve(args.db)
        logs.setup(where.logs)
        if args.command == "backup":
            return backup(where, Path(args.to) if args.to else None)
        if args.command == "check":
            return check(where)
        if args.command == "pdf":
            return pdf(where, args)
        if args.command == "maintenance":
            return maintenance(where)
    except DomainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 2


def demo(path: Path, units: int, people: int) -> int:
    from desk_app.services.demo import create_demo

    if path.exists():
        print(f"error: {path} already exists (文件已存在)", file=sys.stderr)
        return 2
    try:
        summary = create_demo(path, units_target=units, people_target=people)
    except BaseException:
        # A half-filled demo is worse than none: the next start would open it as if it were complete.
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    print(f"demo database created: {summary.path}")
    print(
        f"  buildings {summary.buildings}, entrances {summary.entrances}, units {summary.units}, "
        f"people {summary.people}, relations {summary.relations} ({summary.seconds:.1f} s)"
    )
    print(
        "  sign in as admin / admin123 (also clerk1 / clerk123, super / super123, manager / manager123,"
        " officer / officer123 装修负责人)"
    )
    return 0


def backup(where: paths.Paths, folder: Path | None) -> int:
    from desk_app.services import backup as backups

    if not where.db.exists():
        print(f"error: no database at {where.db} (数据库不存在)", file=sys.stderr)
        return 2
    info = backups.backup_now(
        where.db,
        folder or backups.default_backup_folder(where.db),
        now=datetime.now(UTC),
        kind="manual",
        second_folder=_second_folder(where),
    )
    print(f"backup written: {info.path} ({info.size_bytes} bytes)")
    if info.second_copy:
        print(f"second copy: {info.second_copy}")
    if info.second_folder_error:
        print(f"warning: second folder failed: {info.second_folder_error}", file=sys.stderr)
    return 0


def _second_folder(where: paths.Paths) -> Path | None:
    from desk_app.db.engine import Database
    from desk_app.services import settings
    from desk_app.services.installation import open_context

    db = Database(where.db)
    try:
        value = settings.get(open_context(db), "backup.second_folder")
    except Exception:  # an old or damaged file: back it up anyway, without the second copy
        return None
    finally:
        db.close()
    return Path(value) if value else None


def _headless_context(where: paths.Paths):  # type: ignore[no-untyped-def]
    """A context for scripts: acts as an administrator named 命令行 (recorded as such in the audit trail)."""
    from desk_app.db.engine import Database
    from desk_app.domain.roles import Role
    from desk_app.services.context import Actor
    from desk_app.services.installation import open_context

    ctx = open_context(Database(where.db))
    return ctx.as_user(Actor(user_id="", username="cli", display_name="命令行", role=Role.ADMIN))


def pdf(where: paths.Paths, args: argparse.Namespace) -> int:
    if not where.db.exists():
        print(f"error: no database at {where.db} (数据库不存在)", file=sys.stderr)
        return 2
    if args.document in ("complaint", "badge"):
        return _pdf_visit_or_complaint(where, args)
    if args.document in MONEY_AND_RENOVATION_DOCUMENTS:
        return _pdf_money_or_renovation(where, args)
    from desk_app.services.work_orders import orders, slip

    ctx = _headless_context(where)
    try:
        order = orders.find_by_number(ctx, args.number)
        rendered = slip.render_slip(ctx, order.id, paper_key=args.paper, mode=args.mode)
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(rendered.pdf)
        slip.record_print(ctx, order.id, rendered, target="pdf")
    finally:
        ctx.db.close()
    mark = f", 补打 第{rendered.reprint_no}次" if rendered.reprint_no else ""
    print(f"{rendered.number}: {out} ({rendered.paper_key}, {rendered.mode}, {rendered.copies} copies{mark})")
    return 0


def _pdf_visit_or_complaint(where: paths.Paths, args: argparse.Namespace) -> int:
    ctx = _headless_context(where)
    out = Path(args.out)
    try:
        if args.document == "complaint":
            from desk_app.services.complaints import form, handling

            done = form.render_complaint_form(ctx, handling.find_by_number(ctx, args.number).id)
            number, pdf_bytes, warnings = done.number, done.pdf, done.warnings
        else:
            from desk_app.services.visits import badge
            from desk_app.services.visits import log as visits

            card = badge.render_badge(ctx, visits.find_by_number(ctx, args.number).id)
            number, pdf_bytes, warnings = card.number, card.pdf, card.warnings
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pdf_bytes)
    finally:
        ctx.db.close()
    for warning in warnings:
        print(f"warning: the font has no glyph for {warning!r}", file=sys.stderr)
    print(f"{number}: {out}")
    return 0


def maintenance(where: paths.Paths) -> int:
    """What a scheduled task runs daily: the visitor-ID purge (audited) and the complaint escalation pass."""
    if not where.db.exists():
        print(f"error: no database at {where.db} (数据库不存在)", file=sys.stderr)
        return 2
    from desk_app.services.complaints import handling
    from desk_app.services.visits import log as visits

    ctx = _headless_context(where)
    try:
        purged = visits.purge_visitor_ids(ctx)
        escalated = handling.run_auto_escalation(ctx)
    finally:
        ctx.db.close()
    print(f"visitor ID numbers purged: {purged}")
    print(f"complaints escalated: {len(escalated)}")
    for item in escalated:
        print(f"  {item.number}: level {item.from_level} → {item.to_level} ({item.reason.value})")
    return 0


def check(where: paths.Paths) -> int:
    from desk_app.services import backup as backups

    if not where.db.exists():
        print(f"error: no database at {where.db} (数据库不存在)", file=sys.stderr)
        return 2
    problems = backups.integrity_check(where.db)
    if problems:
        print(f"DAMAGED (数据库损坏): {where.db}")
        for line in problems[:50]:
            print(f"  {line}")
        print(
            "Restore the newest good backup from the app (设置 → 备份 → 恢复) or with a copy of a backup file."
        )
        return 1
    print(f"ok (完好): {where.db}")
    return 0


# --- issue 5: receipts, refunds, renovation documents, passes, release slips, day-closes -----------------

MONEY_AND_RENOVATION_DOCUMENTS = (
    "receipt",
    "refund",
    "permit",
    "agreement",
    "cover",
    "passes",
    "release",
    "day-close",
)


def add_money_and_renovation_parsers(pdf_sub: Any) -> None:
    """The ``pdf`` sub-commands of issue 5 (called by ``__main__.build_parser``)."""
    for name, help_text, example in (
        ("receipt", "a receipt (收据, 一式三联)", "SJ-A1-2026-000123"),
        ("refund", "a deposit refund voucher (退款凭证)", "TK-A1-2026-000012"),
        ("release", "a goods-release slip (物品放行通知单)", "FX-A1-2026-000045"),
    ):
        cmd = pdf_sub.add_parser(name, help=help_text)
        cmd.add_argument("number", help=f"e.g. {example}")
        cmd.add_argument("--out", required=True, metavar="FILE.pdf")
        cmd.add_argument(
            "--paper", help="a4-third, cont-241x93 (release: a4-third, a5); default: the desk's profile"
        )
    permit = pdf_sub.add_parser("permit", help="the renovation permit (装修备案登记证)")
    permit.add_argument("number", help="the filing's number, e.g. ZX-A1-2026-000007")
    permit.add_argument("--out", required=True, metavar="FILE.pdf")
    permit.add_argument("--copy", choices=["original", "pass-office", "door"], default="original")
    permit.add_argument("--paper", choices=["a4", "a5"], default="a4")
    for name, help_text in (
        ("agreement", "the renovation agreement (装修管理服务协议书, three copies)"),
        ("cover", "the filing's archive cover sheet"),
    ):
        cmd = pdf_sub.add_parser(name, help=help_text)
        cmd.add_argument("number", help="the filing's number, e.g. ZX-A1-2026-000007")
        cmd.add_argument("--out", required=True, metavar="FILE.pdf")
    cards = pdf_sub.add_parser("passes", help="a filing's active passes (临时出入卡)")
    cards.add_argument("number", help="the filing's number, e.g. ZX-A1-2026-000007")
    cards.add_argument("--out", required=True, metavar="FILE.pdf")
    cards.add_argument("--layout", choices=["cr80", "a4-10up"], default="cr80")
    close = pdf_sub.add_parser("day-close", help="a day-close handover sheet (日结交接单)")
    close.add_argument("number", help="the close's number (e.g. RJ-A1-2026-000031) or id")
    close.add_argument("--out", required=True, metavar="FILE.pdf")


class _NotFound(Exception):
    pass


def _filing_id(ctx: Any, number: str) -> str:
    from desk_app.services.renovation import views

    found = views.find_by_number(ctx, number)
    if found is None:
        raise _NotFound(f"no renovation filing numbered {number} (找不到该装修备案)")
    return found.id


def _by_number(ctx: Any, model: Any, number: str, what: str, *, or_id: bool = False) -> str:
    from sqlalchemy import or_, select

    wanted = number.strip().upper()
    where = or_(model.number == wanted, model.id == number.strip()) if or_id else model.number == wanted
    with ctx.db.read() as s:
        found = s.scalar(select(model.id).where(where))
    if found is None:
        raise _NotFound(f"no {what} numbered {number} (找不到该编号)")
    return str(found)


def _render_issue5(ctx: Any, args: argparse.Namespace) -> tuple[str, bytes, str, tuple[str, ...]]:
    """(number, pdf, note for the summary line, characters the font lacks). Numbered documents are counted
    as printed to "pdf", as ``pdf work-order`` does: the file is a print that leaves the desk."""
    from desk_app.db.models import DayClose, Receipt, Refund
    from desk_app.services.money import day_close, refund_printouts
    from desk_app.services.money import printouts as money_pdf
    from desk_app.services.release import printouts as release_pdf
    from desk_app.services.release import slips
    from desk_app.services.renovation import pass_printouts, passes
    from desk_app.services.renovation import printouts as renovation_pdf

    doc, number = args.document, args.number
    if doc == "receipt":
        r = money_pdf.receipt_pdf(
            ctx, _by_number(ctx, Receipt, number, "receipt"), paper_key=args.paper, record=True, target="pdf"
        )
        return r.number, r.pdf, _paper_note(r.paper_key, r.copies, r.reprint_no), r.warnings
    if doc == "refund":
        f = refund_printouts.refund_pdf(
            ctx, _by_number(ctx, Refund, number, "refund"), paper_key=args.paper, record=True
        )
        return f.number, f.pdf, _paper_note(f.paper_key, f.copies, f.reprint_no), f.warnings
    if doc == "release":
        try:
            release_id = slips.find_by_number(ctx, number).id
        except DomainError:
            raise _NotFound(f"no goods-release slip numbered {number} (找不到该放行单)") from None
        g = release_pdf.release_pdf(ctx, release_id, paper_key=args.paper, record=True, target="pdf")
        return g.number, g.pdf, _paper_note(g.paper_key, g.copies, g.reprint_no), g.warnings
    if doc == "day-close":
        close_id = _by_number(ctx, DayClose, number, "day-close", or_id=True)
        return day_close.get_close(ctx, close_id).number, money_pdf.day_close_pdf(ctx, close_id), "A4", ()
    filing_id = _filing_id(ctx, number)
    name = number.strip().upper()
    if doc == "permit":
        pdf = renovation_pdf.permit_pdf(ctx, filing_id, args.copy, args.paper, record=True)
        return name, pdf, f"{args.copy}, {args.paper}", ()
    if doc == "agreement":
        return name, renovation_pdf.agreement_pdf(ctx, filing_id, record=True), "A4, 3 copies", ()
    if doc == "cover":
        return name, renovation_pdf.cover_sheet_pdf(ctx, filing_id, record=True), "A4", ()
    try:
        cards = pass_printouts.render_passes_pdf(ctx, filing_id=filing_id, layout=args.layout)
    except DomainError as exc:
        if exc.code != "pass.none_to_print":
            raise
        raise _NotFound(f"{name} has no active passes to print (没有可打印的出入证)") from None
    passes.record_print(ctx, cards.pass_ids, args.layout, "pdf")
    return name, cards.pdf, f"{len(cards.pass_ids)} passes, {args.layout}", cards.warnings


def _paper_note(paper_key: str, copies: int, reprint_no: int) -> str:
    mark = f", 补打 第{reprint_no}次" if reprint_no else ""
    return f"{paper_key}, {copies} copies{mark}"


def _pdf_money_or_renovation(where: paths.Paths, args: argparse.Namespace) -> int:
    ctx = _headless_context(where)
    out = Path(args.out)
    try:
        number, pdf_bytes, note, warnings = _render_issue5(ctx, args)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pdf_bytes)
    except _NotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        ctx.db.close()
    for warning in warnings:
        print(f"warning: the font has no glyph for {warning!r}", file=sys.stderr)
    print(f"{number}: {out} ({note})")
    return 0
