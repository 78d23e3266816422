"""Roles and what each may do. Services check these; the UI only hides what a role cannot use."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"  # 前台
    SUPERVISOR = "supervisor"  # 客服主管
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


_CLERK = {
    Permission.VIEW_ARCHIVE,
    Permission.EDIT_ARCHIVE,
    Permission.EXPORT_DATA,
    Permission.BACKUP,
    Permission.HANDLE_WORK_ORDERS,
    Permission.HANDLE_VISITS,
    Permission.HANDLE_COMPLAINTS,
}
_SUPERVISOR = _CLERK | {
    Permission.ARCHIVE_RECORDS,
    Permission.REVEAL_ID_NUMBER,
    Permission.IMPORT_DATA,
    Permission.VOID_WORK_ORDERS,
    Permission.MANAGE_PRINTERS,
    Permission.JUDGE_COMPLAINTS,
}
_MANAGER = _SUPERVISOR | {Permission.VIEW_AUDIT}
_ADMIN = set(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset(_CLERK),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(_ADMIN),
}


def has_permission(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]
