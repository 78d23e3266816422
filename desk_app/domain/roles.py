"""Roles and what each may do. Services check these; the UI only hides what a role cannot use."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"  # 前台
    SUPERVISOR = "supervisor"  # 客服主管
    RENOVATION_OFFICER = "renovation_officer"  # 装修负责人: approves filings, inspects works
    MANAGER = "manager"  # 经理
    ADMIN = "admin"  # 管理员


class Permission(StrEnum):
    VIEW_ARCHIVE = "archive.view"
    EDIT_ARCHIVE = "archive.edit"
    ARCHIVE_RECORDS = "archive.archive"  # archive (soft-delete) buildings, units, people
    REVEAL_ID_NUMBER = "archive.reveal_id"  # see a full ID number (logged)
    IMPORT_DATA = "data.import"
    EXPORT_DATA = "data.export"
    VIEW_AUDIT = "audit.view"  # browse the whole audit trail (a record's own history is VIEW_ARCHIVE)
    MANAGE_USERS = "settings.users"
    MANAGE_SETTINGS = "settings.site"  # site info, departments, staff, backup folders
    MANAGE_CALENDAR = "settings.calendar"
    BACKUP = "backup.run"
    RESTORE = "backup.restore"
    HANDLE_WORK_ORDERS = "work_orders.handle"  # register, dispatch, return slips, return visits, print
    VOID_WORK_ORDERS = "work_orders.void"  # 作废 a numbered work order
    MANAGE_PRINTERS = "printing.profiles"  # printer profiles and calibration of this desk
    HANDLE_VISITS = "visits.handle"  # log walk-ins, check out, badges, the visit log
    HANDLE_COMPLAINTS = "complaints.handle"  # register and handle complaints, suggestions, praise
    JUDGE_COMPLAINTS = "complaints.judge"  # 有效/无效 judgement, voiding a complaint
    HANDLE_RENOVATION = "renovation.handle"  # open filings, checklist, workers, passes, extensions, printing
    APPROVE_RENOVATION = "renovation.approve"  # 装修负责人: approve a filing, inspections and their verdicts
    TAKE_PAYMENTS = "money.take"  # take fees and print receipts; the desk's own day-close
    VOID_RECEIPTS = "money.void"  # 作废 a receipt or a refund (keeps the number)
    REFUND_DEPOSITS = "money.refund"  # refund a deposit, with deductions
    MANAGE_FEES = "money.fee_table"  # the fee table in settings
    HANDLE_RELEASES = "release.handle"  # goods-release slips (物品放行)
    VOID_RELEASES = "release.void"  # 作废 a goods-release slip (keeps the number)


_CLERK = {
    Permission.VIEW_ARCHIVE,
    Permission.EDIT_ARCHIVE,
    Permission.EXPORT_DATA,
    Permission.BACKUP,
    Permission.HANDLE_WORK_ORDERS,
    Permission.HANDLE_VISITS,
    Permission.HANDLE_COMPLAINTS,
    Permission.HANDLE_RENOVATION,
    Permission.TAKE_PAYMENTS,
    Permission.HANDLE_RELEASES,
}
# The renovation officer works at the desk's level plus approving and inspecting renovation works.
_OFFICER = _CLERK | {Permission.APPROVE_RENOVATION}
_SUPERVISOR = _CLERK | {
    Permission.ARCHIVE_RECORDS,
    Permission.REVEAL_ID_NUMBER,
    Permission.IMPORT_DATA,
    Permission.VOID_WORK_ORDERS,
    Permission.MANAGE_PRINTERS,
    Permission.JUDGE_COMPLAINTS,
    Permission.VOID_RECEIPTS,
    Permission.REFUND_DEPOSITS,
    Permission.VOID_RELEASES,
}
_MANAGER = _SUPERVISOR | {Permission.VIEW_AUDIT, Permission.APPROVE_RENOVATION, Permission.MANAGE_FEES}
_ADMIN = set(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset(_CLERK),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.RENOVATION_OFFICER: frozenset(_OFFICER),
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(_ADMIN),
}


def has_permission(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]
