"""Register the bundled CJK font with Qt so Chinese renders on any machine (a bare Windows VM, a CI box)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk_app.resources import cjk_font_path

log = logging.getLogger("desk_app.ui")
_family: str | None = None


def register_cjk_font() -> str | None:
    global _family
    if _family is not None:
        return _family
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled CJK font could not be loaded from %s", cjk_font_path())
        return None
    _family = families[0]
    return _family


def apply_app_font(app: QApplication) -> None:
    """Prefer the system's UI font; fall back to the bundled font for any character it lacks."""
    family = register_cjk_font()
    if family is None:
        return
    font = app.font()
    fallbacks = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", family]
    font.setFamilies([font.family(), *fallbacks])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    QFont.insertSubstitutions(font.family(), fallbacks)
