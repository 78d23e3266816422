"""Labels of the goods-release vocabulary (status, warnings, history steps), translated in context "Release".

Kept beside the release screens rather than in ``views/labels.py`` so the feature's strings live together.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk_app.domain.release import ReleaseStatus, ReleaseWarning
from desk_app.services.release.slips import EventKind, UnitWarning

CONTEXT = "Release"

STATUSES: dict[str, str] = {
    ReleaseStatus.ISSUED: QT_TRANSLATE_NOOP("Release", "Issued, not back from the gate"),
    ReleaseStatus.CONFIRMED: QT_TRANSLATE_NOOP("Release", "Released at the gate"),
    ReleaseStatus.VOID: QT_TRANSLATE_NOOP("Release", "Void"),
}
SHORT_STATUSES: dict[str, str] = {
    ReleaseStatus.ISSUED: QT_TRANSLATE_NOOP("Release", "Issued"),
    ReleaseStatus.CONFIRMED: QT_TRANSLATE_NOOP("Release", "Released"),
    ReleaseStatus.VOID: QT_TRANSLATE_NOOP("Release", "Void"),
}
STATUS_COLORS = {
    ReleaseStatus.ISSUED: "#1565c0",
    ReleaseStatus.CONFIRMED: "#2e7d32",
    ReleaseStatus.VOID: "#9e9e9e",
}

WARNINGS: dict[str, str] = {
    ReleaseWarning.OPEN_RENOVATION: QT_TRANSLATE_NOOP("Release", "Renovation not finished"),
    ReleaseWarning.MOVE_OUT_PENDING: QT_TRANSLATE_NOOP("Release", "Moving out (待搬离)"),
    ReleaseWarning.FEES_OWED: QT_TRANSLATE_NOOP("Release", "Fees owed"),
}

EVENTS: dict[str, str] = {
    EventKind.ISSUED: QT_TRANSLATE_NOOP("Release", "Issued"),
    EventKind.PRINTED: QT_TRANSLATE_NOOP("Release", "Printed"),
    EventKind.CONFIRMED: QT_TRANSLATE_NOOP("Release", "Confirmed by the gate"),
    EventKind.VOIDED: QT_TRANSLATE_NOOP("Release", "Voided"),
}


def _label(table: dict[str, str], value: str) -> str:
    text = table.get(str(value))
    return QCoreApplication.translate(CONTEXT, text) if text else str(value)


def status_label(value: str, short: bool = False) -> str:
    return _label(SHORT_STATUSES if short else STATUSES, value)


def warning_label(value: str) -> str:
    return _label(WARNINGS, value)


def warning_text(warning: UnitWarning) -> str:
    """'Renovation not finished: ZX-A1-2026-000012 2026-11-01 ~ 2027-01-31' (detail as stored)."""
    kind, detail = warning
    return f"{warning_label(kind)}：{detail}" if detail else warning_label(kind)


def event_label(value: str) -> str:
    return _label(EVENTS, value)
