"""Every icon the app uses, named once (qtawesome is wrapped here and nowhere else)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

NAMES = {
    "today": "mdi6.calendar-today",
    "visits": "mdi6.account-clock",
    "work_orders": "mdi6.wrench",
    "complaints": "mdi6.message-alert",
    "renovation": "mdi6.hammer-screwdriver",
    "fees": "mdi6.cash-register",
    "release": "mdi6.truck-delivery",
    "keys": "mdi6.key-chain",
    "callbacks": "mdi6.phone-return",
    "reports": "mdi6.chart-bar",
    "archive": "mdi6.home-city",
    "settings": "mdi6.cog",
    "search": "mdi6.magnify",
    "building": "mdi6.office-building",
    "entrance": "mdi6.door",
    "unit": "mdi6.home",
    "person": "mdi6.account",
    "add": "mdi6.plus",
    "edit": "mdi6.pencil",
    "archive_record": "mdi6.archive-arrow-down",
    "restore": "mdi6.archive-arrow-up",
    "history": "mdi6.history",
    "import": "mdi6.file-import",
    "export": "mdi6.file-export",
    "backup": "mdi6.database-export",
    "user": "mdi6.account-circle",
    "switch_user": "mdi6.account-switch",
    "lock": "mdi6.lock",
    "eye": "mdi6.eye",
    "log": "mdi6.text-box-search",
    "link": "mdi6.link-variant",
    "unlink": "mdi6.link-variant-off",
    "warning": "mdi6.alert",
    "print": "mdi6.printer",
    "print_dialog": "mdi6.printer-settings",
    "preview": "mdi6.file-eye",
    "dispatch": "mdi6.account-hard-hat",
    "arrived": "mdi6.map-marker-check",
    "completed": "mdi6.check-circle",
    "slip_returned": "mdi6.file-document-check",
    "callback": "mdi6.phone-return",
    "rework": "mdi6.undo-variant",
    "suspend": "mdi6.pause-circle",
    "resume": "mdi6.play-circle",
    "void": "mdi6.cancel",
    "follow_up": "mdi6.message-text-clock",
    "close": "mdi6.lock-check",
    "phrases": "mdi6.text-box-plus",
    "refresh": "mdi6.refresh",
    "filter_clear": "mdi6.filter-remove",
    "categories": "mdi6.file-tree",
    "add_group": "mdi6.folder-plus",
    "folder": "mdi6.folder-outline",
    "check_out": "mdi6.exit-run",
    "escalate": "mdi6.arrow-up-bold-circle",
    "acknowledge": "mdi6.inbox-arrow-down",
    "investigate": "mdi6.magnify-scan",
    "solution": "mdi6.lightbulb-on",
    "reply": "mdi6.reply",
    "summary": "mdi6.clipboard-text",
    "judge": "mdi6.scale-balance",
}


@cache
def icon(name: str, color: str = "#37474f") -> QIcon:
    # qtawesome is imported on first use: loading its icon fonts costs ~0.2 s, which start-up defers until
    # the main window is on screen.
    import qtawesome as qta

    return qta.icon(NAMES[name], color=color)
