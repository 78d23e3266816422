"""One checklist line with a file: the scan or photo of a document handed in, and a note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desk_app.forms.base import FieldMessages, FormDialog, ServiceCall
from desk_app.forms.renovation import common
from desk_app.services.renovation import checklist
from desk_app.services.renovation.views import DocumentDTO
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.renovation.labels import document_label


class DocumentDialog(FormDialog):
    def __init__(self, session: AppSession, parent: QWidget | None, filing_id: str, doc: DocumentDTO) -> None:
        super().__init__(session, parent)
        self.filing_id = filing_id
        self.doc = doc
        self.data: bytes | None = None
        self.filename = ""
        self.setWindowTitle(document_label(doc.kind))
        self.file_button = QPushButton(self.tr("&Choose a scan or photo…"))
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.choose_file)
        self.file_label = PlainLabel(doc.attachment_name or self.tr("No file"))
        self.file_label.setStyleSheet("color: #546e7a;")
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_button)
        row.addWidget(self.file_label, 1)
        self.add_field("attachment", self.tr("File:"), box, focus=[self.file_button])
        self.received = QCheckBox(self.tr("&Received"))
        self.received.setChecked(True)
        self.add_field("received", "", self.received)
        self.note = QLineEdit(doc.note)
        self.add_field("note", self.tr("N&ote:"), self.note)
        self.finish_layout()

    def choose_file(self) -> None:
        paths = common.pick_files(self, document_label(self.doc.kind))
        if paths:
            self.set_file(paths[0])

    def set_file(self, path: Path) -> None:
        data, problem = common.read_file(path)
        self.errors["attachment"].show_message(problem)
        if data is not None:
            self.data, self.filename = data, path.name
            self.file_label.setText(path.name)

    def build_call(self) -> ServiceCall:
        if self.data is None and not self.doc.attachment_id and not self.received.isChecked():
            raise FieldMessages({"attachment": self.tr("Choose a file, or tick Received.")})
        filing_id, kind, received = self.filing_id, self.doc.kind, self.received.isChecked()
        data, filename, note = self.data, self.filename, self.note.text()
        return lambda ctx: checklist.set_document(ctx, filing_id, kind, received, data, filename, note)
