"""Translated labels of the closed vocabularies shown in Settings and the audit trail, in one place.

The tables hold English source text marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them
under the "Labels" context; the functions translate at call time (after the catalogue is installed).
A value without a label (a newer record type, say) is shown as stored rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk_app.domain.enums import DepartmentKind
from desk_app.domain.roles import Role

ROLES: dict[str, object] = {
    Role.CLERK: QT_TRANSLATE_NOOP("Labels", "Clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
}

DEPARTMENT_KINDS: dict[str, object] = {
    DepartmentKind.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Labels", "Customer service"),
    DepartmentKind.ENGINEERING: QT_TRANSLATE_NOOP("Labels", "Engineering"),
    DepartmentKind.CLEANING: QT_TRANSLATE_NOOP("Labels", "Cleaning"),
    DepartmentKind.GREENING: QT_TRANSLATE_NOOP("Labels", "Greening"),
    DepartmentKind.SECURITY: QT_TRANSLATE_NOOP("Labels", "Security and order"),
    DepartmentKind.FINANCE: QT_TRANSLATE_NOOP("Labels", "Finance"),
    DepartmentKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

# Audit trail: the ``entity_type`` values services record (actions and field names: views/archive/labels.py).
RECORD_TYPES: dict[str, object] = {
    "site": QT_TRANSLATE_NOOP("Labels", "Site"),
    "department": QT_TRANSLATE_NOOP("Labels", "Department"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff member"),
    "user": QT_TRANSLATE_NOOP("Labels", "User account"),
    "setting": QT_TRANSLATE_NOOP("Labels", "Setting"),
    "calendar": QT_TRANSLATE_NOOP("Labels", "Working-day calendar"),
    "backup": QT_TRANSLATE_NOOP("Labels", "Backup"),
    "doc_series": QT_TRANSLATE_NOOP("Labels", "Number series"),
    "building": QT_TRANSLATE_NOOP("Labels", "Building"),
    "entrance": QT_TRANSLATE_NOOP("Labels", "Entrance"),
    "unit": QT_TRANSLATE_NOOP("Labels", "Unit"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
}

BACKUP_KINDS: dict[str, object] = {
    "daily": QT_TRANSLATE_NOOP("Labels", "Daily"),
    "startup": QT_TRANSLATE_NOOP("Labels", "At start-up"),
    "manual": QT_TRANSLATE_NOOP("Labels", "By hand"),
    "pre-restore": QT_TRANSLATE_NOOP("Labels", "Before a restore"),
    "pre-migration": QT_TRANSLATE_NOOP("Labels", "Before an upgrade"),
}


def _label(table: dict[str, object], value: str) -> str:
    source = table.get(value)  # QT_TRANSLATE_NOOP returns its text unchanged (typed as object)
    return QCoreApplication.translate("Labels", str(source)) if source else str(value)


def role_label(role: str) -> str:
    return _label(ROLES, role)


def department_kind_label(kind: str) -> str:
    return _label(DEPARTMENT_KINDS, kind)


def record_type_label(entity_type: str) -> str:
    return _label(RECORD_TYPES, entity_type)


def backup_kind_label(kind: str) -> str:
    return _label(BACKUP_KINDS, kind)
