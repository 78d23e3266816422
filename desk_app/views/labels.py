"""Translated labels of stored values (relations, …) for the views that are not part of a section."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk_app.domain.enums import Relation

RELATIONS = {
    Relation.OWNER: QT_TRANSLATE_NOOP("Labels", "Owner"),
    Relation.TENANT: QT_TRANSLATE_NOOP("Labels", "Tenant"),
    Relation.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family member"),
    Relation.AUTHORISED: QT_TRANSLATE_NOOP("Labels", "Authorised person"),
}


def relation_label(relation: Relation) -> str:
    return QCoreApplication.translate("Labels", RELATIONS[relation])


ROLES = {
    "clerk": QT_TRANSLATE_NOOP("Labels", "Clerk"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "manager": QT_TRANSLATE_NOOP("Labels", "Manager"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
}


def role_label(role: str) -> str:
    return QCoreApplication.translate("Labels", ROLES[str(role)])
