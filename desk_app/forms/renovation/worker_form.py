"""Add a worker to a filing (施工人员登记): name, ID (checked, shown masked afterwards), phone, trade, photo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desk_app.domain.renovation import TRADES_ZH
from desk_app.domain.validation import validate_id_number, validate_phone
from desk_app.forms.base import FormDialog, ServiceCall
from desk_app.forms.renovation import common, photo_capture
from desk_app.services.renovation import checklist
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel, live_validate


class WorkerForm(FormDialog):
    def __init__(self, session: AppSession, parent: QWidget | None, filing_id: str) -> None:
        super().__init__(session, parent)
        self.filing_id = filing_id
        self.photo: bytes | None = None
        self.photo_name = ""
        self.setWindowTitle(self.tr("Add a worker"))
        self.name = QLineEdit()
        self.add_field("name", self.tr("&Name:"), self.name)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(18)
        error = self.add_field("id_number", self.tr("&ID number:"), self.id_number)
        today = session.ctx.local_now().date()
        live_validate(self.id_number, error, lambda text: validate_id_number(text, today=today))
        self.phone = QLineEdit()
        live_validate(self.phone, self.add_field("phone", self.tr("&Phone:"), self.phone), validate_phone)
        self.trade = QComboBox()
        self.trade.setEditable(True)
        self.trade.addItems(list(TRADES_ZH))
        self.trade.setCurrentIndex(-1)
        self.add_field("trade", self.tr("&Trade:"), self.trade)
        self.photo_button = QPushButton(self.tr("P&hoto from a file…"))
        self.photo_button.setAutoDefault(False)
        self.photo_button.clicked.connect(self.choose_photo)
        # A webcam snapshot when Qt Multimedia and a camera are there (the button is hidden otherwise).
        self.camera_button = QPushButton(self.tr("&Camera…"))
        self.camera_button.setAutoDefault(False)
        self.camera_button.clicked.connect(self.capture)
        self.camera_button.setVisible(photo_capture.camera_available())
        self.photo_label = PlainLabel(self.tr("No photo"))
        self.photo_label.setStyleSheet("color: #546e7a;")
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photo_button)
        row.addWidget(self.camera_button)
        row.addWidget(self.photo_label, 1)
        self.add_field("photo", self.tr("Photo:"), box, focus=[self.photo_button])
        self.finish_layout()

    def choose_photo(self) -> None:
        paths = common.pick_files(self, self.tr("The worker's photo"))
        if paths:
            self.set_photo(paths[0])

    def capture(self) -> None:
        data = photo_capture.capture_photo(self)
        if data is not None:
            self.photo, self.photo_name = data, "camera.jpg"
            self.photo_label.setText(self.tr("Camera snapshot"))

    def set_photo(self, path: Path) -> None:
        data, problem = common.read_file(path)
        self.errors["photo"].show_message(problem)
        if data is not None:
            self.photo, self.photo_name = data, path.name
            self.photo_label.setText(path.name)

    def build_call(self) -> ServiceCall:
        data = checklist.WorkerInput(
            self.name.text(),
            self.id_number.text(),
            self.phone.text(),
            self.trade.currentText(),
            self.photo,
            self.photo_name,
        )
        filing_id = self.filing_id
        return lambda ctx: checklist.add_worker(ctx, filing_id, data)
