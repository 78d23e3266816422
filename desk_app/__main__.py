"""``desk-app``: the desk program, and its headless commands for admins and scripts.

    desk-app [--db PATH] [--lang zh_CN|en]       start the desk (setup wizard when there is no database)
    desk-app --version
    desk-app demo PATH                           create a realistic demo database at PATH
    desk-app [--db PATH] backup [--to FOLDER]    back up now (with rotation)
    desk-app [--db PATH] check                   integrity check; exit 1 when damaged
    desk-app [--db PATH] pdf work-order NUMBER --out FILE.pdf [--paper KEY] [--mode plain|carbonless]
    desk-app [--db PATH] pdf complaint NUMBER --out FILE.pdf   the complaint handling form (A4)
    desk-app [--db PATH] pdf badge VISIT_NUMBER --out FILE.pdf a visitor badge (CR80)
    desk-app [--db PATH] pdf receipt|refund|release NUMBER --out FILE.pdf [--paper KEY]
    desk-app [--db PATH] pdf permit FILING_NUMBER --out FILE.pdf [--copy original|pass-office|door] [--paper a4|a5]
    desk-app [--db PATH] pdf agreement|cover FILING_NUMBER --out FILE.pdf
    desk-app [--db PATH] pdf passes FILING_NUMBER --out FILE.pdf [--layout cr80|a4-10up]
    desk-app [--db PATH] pdf day-close NUMBER_OR_ID --out FILE.pdf   日结交接单
    desk-app [--db PATH] maintenance             scheduled task: purge old visitor IDs, escalate late complaints

Headless commands never import Qt, so they run on a server or in a scheduled task.
"""

from __future__ import annotations

import argparse
import sys

from desk_app import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk-app", description="物业服务中心前台 / property service desk")
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: the per-user data folder)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="UI language for this run")
    parser.add_argument(
        "--demo-if-missing",
        action="store_true",
        help="create and open a demo database when the file does not exist (quick start)",
    )
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="create a demo database")
    demo.add_argument("path")
    demo.add_argument("--units", type=int, default=3000)
    demo.add_argument("--people", type=int, default=4000)
    backup = sub.add_parser("backup", help="back up the database now")
    backup.add_argument(
        "--to", metavar="FOLDER", help="backup folder (default: 'backups' next to the database)"
    )
    sub.add_parser("check", help="check the database's integrity")
    sub.add_parser(
        "maintenance",
        help="scheduled task: purge visitor ID numbers past retention, escalate overdue complaints",
    )
    pdf = sub.add_parser("pdf", help="write a document as PDF (no window)")
    pdf_sub = pdf.add_subparsers(dest="document", required=True)
    wo = pdf_sub.add_parser("work-order", help="a work-order slip (一式三联)")
    wo.add_argument("number", help="e.g. BX-A1-2026-000123")
    wo.add_argument("--out", required=True, metavar="FILE.pdf")
    wo.add_argument("--paper", help="a4-third, a5, cont-241x93, cont-241x140 (default: this desk's profile)")
    wo.add_argument("--mode", choices=["plain", "carbonless"], help="default: this desk's profile")
    cp = pdf_sub.add_parser("complaint", help="a complaint handling form (客户投诉处理表, A4)")
    cp.add_argument("number", help="e.g. TS-A1-2026-000123")
    cp.add_argument("--out", required=True, metavar="FILE.pdf")
    badge = pdf_sub.add_parser("badge", help="a visitor badge (访客证, CR80)")
    badge.add_argument("number", help="the visit's number, e.g. LF-A1-2026-000123")
    badge.add_argument("--out", required=True, metavar="FILE.pdf")
    from desk_app.cli import add_money_and_renovation_parsers  # no Qt: cli imports only the headless layers

    add_money_and_renovation_parsers(pdf_sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        from desk_app import cli

        return cli.run(args)
    from desk_app.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
