"""The headless commands (no Qt): demo, backup, check. Messages in plain English + Chinese for admins."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

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
    print("  sign in as admin / admin123 (also clerk1 / clerk123, super / super123, manager / manager123)")
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
