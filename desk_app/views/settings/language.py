"""Language page: follow the system, Simplified Chinese or English. A per-machine preference (LocalConfig),
applied the next time the program starts; "Restart now" asks the main window to restart at once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QRadioButton, QVBoxLayout, QWidget

from desk_app.ui.i18n import LANGUAGES
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.settings.common import heading, hint


class LanguagePage(QWidget):
    restart_requested = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._started_with = str(session.config.get("language") or "")
        # Language names are written in their own language, so anyone can find theirs.
        self.buttons: dict[str, QRadioButton] = {
            "": QRadioButton(self.tr("Follow the system")),
            "zh_CN": QRadioButton(LANGUAGES["zh_CN"]),
            "en": QRadioButton(LANGUAGES["en"]),
        }
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Language")))
        layout.addWidget(hint(self.tr("This choice is kept on this computer only.")))
        for code, button in self.buttons.items():
            self.group.addButton(button)
            layout.addWidget(button)
            button.setChecked(code == self._started_with)
        if not any(b.isChecked() for b in self.buttons.values()):
            self.buttons[""].setChecked(True)
        self.group.buttonToggled.connect(self._toggled)

        self.notice = PlainLabel(self.tr("The new language applies the next time the program starts."))
        self.notice.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("&Restart now"))
        self.restart_button.clicked.connect(self.restart_requested)
        row = QHBoxLayout()
        row.addWidget(self.notice, 1)
        row.addWidget(self.restart_button)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setMaximumWidth(760)
        self._update_notice()

    def chosen(self) -> str:
        return next((code for code, b in self.buttons.items() if b.isChecked()), "")

    def _toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            # A tiny local JSON file, like the window geometry: written directly, no database involved.
            self.session.config.set("language", self.chosen())
            self._update_notice()

    def _update_notice(self) -> None:
        changed = self.chosen() != self._started_with
        self.notice.setVisible(changed)
        self.restart_button.setVisible(changed)
