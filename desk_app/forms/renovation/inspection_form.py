"""巡查 / 完工核查: an inspection with its findings, a violation if any, and photos from files.

The completion verdict is the renovation officer's: the clerk's form offers only the patrol.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desk_app.domain.renovation import InspectionKind, InspectionResult
from desk_app.domain.roles import Permission
from desk_app.forms.base import FieldMessages, FormDialog, NotesEdit, ServiceCall
from desk_app.forms.renovation import common
from desk_app.services.renovation import inspections
from desk_app.services.renovation.inspections import MAX_PHOTOS
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.renovation.labels import inspection_kind_label, inspection_result_label


class InspectionForm(FormDialog):
    def __init__(self, session: AppSession, parent: QWidget | None, filing_id: str, number: str) -> None:
        super().__init__(session, parent)
        self.filing_id = filing_id
        self.photos: list[tuple[str, bytes]] = []
        self.setWindowTitle(self.tr("Inspection of {number}").format(number=number))
        self.kind = QComboBox()
        self.kind.addItem(inspection_kind_label(InspectionKind.PATROL), InspectionKind.PATROL.value)
        if session.can(Permission.APPROVE_RENOVATION):
            self.kind.addItem(
                inspection_kind_label(InspectionKind.COMPLETION), InspectionKind.COMPLETION.value
            )
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.result = QComboBox()
        self.add_field("result", self.tr("&Result:"), self.result)
        self.findings = NotesEdit()
        self.add_field("findings", self.tr("&Findings:"), self.findings)
        self.violation = QCheckBox(self.tr("A &violation was found"))
        self.add_field("violation", "", self.violation)
        self.violation_note = QLineEdit()
        self.violation_note.setEnabled(False)
        self.add_field("violation_note", self.tr("Vio&lation:"), self.violation_note)
        self.photo_button = QPushButton(self.tr("Add &photos…"))
        self.photo_button.setAutoDefault(False)
        self.photo_button.clicked.connect(self.choose_photos)
        self.photo_label = PlainLabel(self.tr("No photos"))
        self.photo_label.setStyleSheet("color: #546e7a;")
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photo_button)
        row.addWidget(self.photo_label, 1)
        self.add_field("photos", self.tr("Photos:"), box, focus=[self.photo_button])
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.violation.toggled.connect(self.violation_note.setEnabled)
        self._kind_changed()
        self.finish_layout()

    def _kind_changed(self) -> None:
        completion = self.kind.currentData() == InspectionKind.COMPLETION
        results = (
            (InspectionResult.PASSED, InspectionResult.FAILED)
            if completion
            else (InspectionResult.NOTED, InspectionResult.PASSED, InspectionResult.FAILED)
        )
        self.result.clear()
        for result in results:
            self.result.addItem(inspection_result_label(result), result.value)

    def choose_photos(self) -> None:
        self.add_photos(common.pick_files(self, self.tr("Inspection photos"), multiple=True))

    def add_photos(self, paths: list[Path]) -> None:
        problems = []
        for path in paths:
            data, problem = common.read_file(path)
            if data is None:
                problems.append(f"{path.name}: {problem}")
            elif len(self.photos) < MAX_PHOTOS:
                self.photos.append((path.name, data))
        self.errors["photos"].show_message("\n".join(problems))
        names = ", ".join(name for name, _ in self.photos)
        self.photo_label.setText(names or self.tr("No photos"))

    def build_call(self) -> ServiceCall:
        if self.violation.isChecked() and not self.violation_note.text().strip():
            raise FieldMessages({"violation_note": self.tr("Describe the violation.")})
        filing_id = self.filing_id
        kind, result = str(self.kind.currentData()), str(self.result.currentData())
        findings, violation = self.findings.text(), self.violation.isChecked()
        note, photos = self.violation_note.text(), [data for _name, data in self.photos]
        return lambda ctx: inspections.record_inspection(
            ctx, filing_id, kind, result, findings, violation, note, photos
        )
