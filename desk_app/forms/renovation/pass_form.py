"""Temporary-pass forms: issue passes to a filing's workers, a visitor / outside-staff pass, and the two
settling dialogs that need words (lost: a note; void: the reason).

* Issue passes: the workers are check boxes (Space ticks; a worker still holding a pass of the filing is
  shown with its number and cannot be ticked); validity defaults to today → the filing's end, and the end
  date cannot be set past it.
* Visitor / outside staff: name, ID (masked once entered), phone, company, unit, validity (a day for a
  visitor, a week for outside staff by default; the service caps it at 30 days) and a photo from a file —
  or from the webcam when Qt Multimedia and a camera are there.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.renovation import PassHolderKind
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall, local_errors
from desk_app.forms.renovation import photo_capture
from desk_app.forms.visits.walk_in_form import IdNumberEdit
from desk_app.services.renovation import passes
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import ErrorLabel, PlainLabel

WORKER_ROLE = Qt.ItemDataRole.UserRole
PHOTO_BOX = QSize(90, 120)  # a 1-inch photo's proportions
MAX_PHOTO_BYTES = 15 * 1024 * 1024  # a phone picture is a few MB; larger is not a photo


def date_edit(value: date, maximum: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if maximum is not None:
        edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class IssuePassesDialog(FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {
        "pass.no_workers": "workers",
        "pass.worker_has_pass": "workers",
        "pass.period_reversed": "valid_until",
        "pass.beyond_filing": "valid_until",
    }

    def __init__(
        self, session: AppSession, info: passes.FilingPassInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.info = info
        self.setWindowTitle(self.tr("Issue passes — {number}").format(number=info.number))
        today = session.ctx.local_now().date()
        summary = PlainLabel(
            self.tr("Unit {unit}; the filing runs until {end}.").format(
                unit=info.unit_code, end=info.current_end.isoformat()
            )
        )
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.workers = QListWidget()
        self.workers.setMinimumHeight(140)
        for w in info.workers:
            text = f"{w.name}　{w.trade}".strip()
            item = QListWidgetItem(text)
            item.setData(WORKER_ROLE, w.id)
            if w.active_pass:
                item.setText(self.tr("{worker} — holds {number}").format(worker=text, number=w.active_pass))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)  # usually every worker gets a pass
            self.workers.addItem(item)
        if self.workers.count():
            self.workers.setCurrentRow(0)
        self.add_field("workers", self.tr("&Workers:"), self.workers)
        self.valid_from = date_edit(today, info.current_end)
        self.valid_until = date_edit(max(today, info.current_end), info.current_end)
        self.add_field("valid_from", self.tr("Valid &from:"), self.valid_from)
        self.add_field("valid_until", self.tr("Valid &until:"), self.valid_until)
        self.save_button.setText(self.tr("Issue"))
        self.finish_layout()

    def checked_worker_ids(self) -> tuple[str, ...]:
        items = (self.workers.item(i) for i in range(self.workers.count()))
        return tuple(
            str(it.data(WORKER_ROLE))
            for it in items
            if it.flags() & Qt.ItemFlag.ItemIsUserCheckable and it.checkState() == Qt.CheckState.Checked
        )

    def build_call(self) -> ServiceCall:
        ids = self.checked_worker_ids()
        if not ids:
            local_errors({"workers": "pass.no_workers"})
        request = passes.PassRequest(self.info.id, ids, date_of(self.valid_from), date_of(self.valid_until))
        return lambda ctx: passes.issue_passes(ctx, request)


class PhotoField(QWidget):
    """A photo box with "From a file…", "Camera…" (when there is one) and "Remove"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: bytes | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(PHOTO_BOX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #b0bec5; background: #f5f5f5; color: #78909c;")
        self.file_button = QPushButton(self.tr("From a &file…"))
        self.camera_button = QPushButton(self.tr("&Camera…"))
        self.camera_button.setVisible(photo_capture.camera_available())
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QVBoxLayout()
        for b in (self.file_button, self.camera_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        self.file_button.clicked.connect(self.choose_file)
        self.camera_button.clicked.connect(self.capture)
        self.remove_button.clicked.connect(lambda: self.set_photo(None))
        self.set_photo(None)

    def set_photo(self, data: bytes | None) -> bool:
        """Show ``data``; False (and no change) when it is not a picture Qt can read."""
        if data is None:
            self.data = None
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo"))
            self.remove_button.setEnabled(False)
            return True
        pixmap = QPixmap()
        if len(data) > MAX_PHOTO_BYTES or not pixmap.loadFromData(data):
            return False
        self.data = data
        self.preview.setPixmap(
            pixmap.scaled(
                PHOTO_BOX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.remove_button.setEnabled(True)
        return True

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)")
        )
        if not path:
            return
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_PHOTO_BYTES + 1)
        except OSError:
            data = b""
        if not self.set_photo(data):
            self.preview.setText(self.tr("Not a picture"))

    def capture(self) -> None:
        data = photo_capture.capture_photo(self)
        if data is not None:
            self.set_photo(data)


class VisitorPassDialog(FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {
        "pass.visitor_too_long": "valid_until",
        "pass.period_reversed": "valid_until",
        "pass.photo_invalid": "photo",
    }

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Visitor / outside-staff pass"))
        self.today = session.ctx.local_now().date()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Outside staff"), PassHolderKind.OUTSIDE_STAFF)
        self.kind.addItem(self.tr("Visitor"), PassHolderKind.VISITOR)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.id_number = IdNumberEdit()
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)
        self.company = QLineEdit()
        self.company.setMaxLength(100)
        self.unit_code = QLineEdit()
        self.unit_code.setPlaceholderText(self.tr("e.g. 3-2-1102 (optional)"))
        self.valid_from = date_edit(self.today)
        self.valid_until = date_edit(self.today + timedelta(days=6))
        self.photo = PhotoField()
        self.add_field("holder_kind", self.tr("&Kind:"), self.kind)
        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("id_number", self.tr("&ID number:"), self.id_number)
        self.add_field("phone", self.tr("&Phone:"), self.phone)
        self.add_field("company", self.tr("C&ompany:"), self.company)
        self.add_field("unit_code", self.tr("&Unit:"), self.unit_code)
        self.add_field("valid_from", self.tr("Valid &from:"), self.valid_from)
        self.add_field("valid_until", self.tr("Valid un&til:"), self.valid_until)
        self._add_photo_row()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.save_button.setText(self.tr("Issue"))
        self.finish_layout()
        self.name.setFocus()

    def _add_photo_row(self) -> None:
        """Like ``add_field`` but reached by Tab only: Enter on the last date saves, it does not stop at a
        button (the photo is optional and chosen with the mouse or Alt+F)."""
        caption = QLabel(self.tr("Photo:"))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.photo)
        error = ErrorLabel()
        column.addWidget(error)
        self.form.addRow(caption, holder)
        self.errors["photo"] = error
        self.fields["photo"] = self.photo.file_button
        self.add_tab_stop(self.photo.file_button)

    def _kind_changed(self) -> None:
        # A visitor's pass is for the day by default, outside staff's for a week (the clerk may change it).
        days = 0 if self.kind.currentData() == PassHolderKind.VISITOR else 6
        self.valid_until.setDate(self.valid_from.date().addDays(days))

    def build_call(self) -> ServiceCall:
        data = passes.VisitorPassInput(
            holder_kind=PassHolderKind(self.kind.currentData()),
            name=self.name.text(),
            valid_from=date_of(self.valid_from),
            valid_until=date_of(self.valid_until),
            id_number=self.id_number.value(),
            phone=self.phone.text(),
            company=self.company.text(),
            unit_code=self.unit_code.text().strip().upper(),
            photo=self.photo.data,
        )
        return lambda ctx: passes.issue_visitor_pass(ctx, data)


class LostPassDialog(FormDialog):
    """Report a pass lost: the site's fee (if any) is recorded on the pass for the money screen."""

    def __init__(
        self, session: AppSession, pass_id: str, number: str, fee_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.pass_id = pass_id
        self.setWindowTitle(self.tr("Report pass {number} lost").format(number=number))
        self.fee_label = PlainLabel(fee_text)
        self.fee_label.setWordWrap(True)
        self.form.addRow(self.fee_label)
        self.note = NotesEdit()
        self.add_field("note", self.tr("&Note:"), self.note)
        self.save_button.setText(self.tr("Report lost"))
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        pass_id, note = self.pass_id, self.note.text()
        return lambda ctx: passes.report_lost(ctx, pass_id, note)


class VoidPassDialog(FormDialog):
    """Void a pass (supervisor): the number stays taken; the reason is required."""

    def __init__(self, session: AppSession, pass_id: str, number: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.pass_id = pass_id
        self.setWindowTitle(self.tr("Void pass {number}").format(number=number))
        note = PlainLabel(self.tr("The card is marked void and its number stays taken."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.save_button.setText(self.tr("Void"))
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        pass_id, reason = self.pass_id, self.reason.text()
        return lambda ctx: passes.void_pass(ctx, pass_id, reason)
