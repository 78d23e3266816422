"""Printers page: for each printed document, this desk's printer, paper, copy mode and calibration.

Printers are local hardware, so a profile belongs to this desk (services/printers.py). A site measures its
printer's offset with the calibration page: printed on the real paper, crosshair A should sit 20 mm from the
left and top edges; the difference goes into dx/dy. Previews and the sample slip render the form's current
values without saving anything, so a setting can be tried before it is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.printing.calibration import CROSS_FROM_CORNER, calibration_page
from desk_app.printing.papers import PAPERS
from desk_app.printing.slips import WORK_ORDER_SLIP, render_work_order_slip
from desk_app.services import printers
from desk_app.services.printers import MAX_OFFSET_UM, MODES, ProfileDTO
from desk_app.services.work_orders import slip
from desk_app.ui import printing
from desk_app.ui.errors import field_errors, message_for, show_error
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import ErrorLabel, PlainLabel, show_field_errors
from desk_app.views.labels import print_document_label, print_mode_label
from desk_app.views.settings.common import add_field_row, heading, hint

THREE_UP_PAPER = "a4-third"
MAX_OFFSET_MM = MAX_OFFSET_UM / 1000
MAX_COPIES = 6

# A fixed sample (no database read or write): what a slip looks like with the form's settings.
SAMPLE_WORK_ORDER: dict[str, object] = {
    "site_name": "阳光花园服务中心",
    "title": "报事报修单",
    "number": "BX-A1-2026-000123",
    "created_at": "2026-11-23 09:30",
    "unit": "3-2-1102",
    "reporter": "张三",
    "phone": "13812345678",
    "channel": "电话",
    "category": "户内 / 给排水",
    "urgency": "重要",
    "description": "厨房水管漏水，楼下天花板有水印，请尽快上门查看。",
    "appointment": "2026-11-23 14:00",
    "department": "工程部",
    "clerk": "前台小王",
    "paid": "无偿",
    "qr": "WO|BX-A1-2026-000123|sample",
    "evaluation": "",
}


def _sample_work_order(profile: ProfileDTO) -> bytes:
    return render_work_order_slip(
        SAMPLE_WORK_ORDER,
        paper_key=profile.paper_key,
        mode="carbonless" if profile.mode == "carbonless" else "plain",
        copies=profile.copy_labels or WORK_ORDER_SLIP.copies,
        offset_mm=profile.offset_mm,
        dot_matrix=profile.dot_matrix,
        a4_three_up=three_up_allowed(profile.paper_key, profile.mode) and profile.a4_three_up,
    )


@dataclass(frozen=True)
class PrintedDocument:
    """A document the desk prints, with what its template supports (one row per document type)."""

    doc_type: str
    paper_keys: frozenset[str]
    paper_choices: Callable[[], list[tuple[str, str]]]
    default_paper: str
    default_copies: tuple[str, ...]
    render_sample: Callable[[ProfileDTO], bytes]


# Receipts, permits, passes and release slips add their rows here.
DOCUMENTS: tuple[PrintedDocument, ...] = (
    PrintedDocument(
        slip.DOC_TYPE,
        slip.PAPER_KEYS,
        slip.paper_choices,
        WORK_ORDER_SLIP.default_paper,
        WORK_ORDER_SLIP.copies,
        _sample_work_order,
    ),
)


def three_up_allowed(paper_key: str, mode: str) -> bool:
    """Three copies on one A4 sheet: only for the A4 third on plain paper (a form has one copy per sheet)."""
    return paper_key == THREE_UP_PAPER and mode == "plain"


class PrintersPage(QWidget):
    KINDS = frozenset({"printer_profile"})

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.profile: ProfileDTO | None = None
        self.preview_pdf: bytes | None = None  # the last preview shown (tests read it)
        self.errors: dict[str, ErrorLabel] = {}

        self.document = QComboBox()
        for doc in DOCUMENTS:
            self.document.addItem(print_document_label(doc.doc_type), doc.doc_type)
        self.document.currentIndexChanged.connect(self.reload)

        self.printer = QComboBox()
        self.paper = QComboBox()
        self.paper.currentIndexChanged.connect(self._update_enabled)
        self.mode_buttons: dict[str, QRadioButton] = {m: QRadioButton(print_mode_label(m)) for m in MODES}
        self.mode_group = QButtonGroup(self)
        for button in self.mode_buttons.values():
            self.mode_group.addButton(button)
            button.toggled.connect(self._update_enabled)
        self.three_up = QCheckBox(self.tr("Three copies on one A4 sheet, with cut lines"))
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 1200)
        self.dpi.setSingleStep(60)
        self.dpi.setSuffix(" dpi")
        self.dpi.setMaximumWidth(140)
        self.dot_matrix = QCheckBox(self.tr("Dot-matrix printer: black and white only, no grey"))
        self.paper_source = QLineEdit()
        self.paper_source.setMaxLength(40)
        self.paper_source.setPlaceholderText(self.tr("The printer's default (e.g. tractor, tray 2)"))
        self.dx = self._offset_box()
        self.dy = self._offset_box()
        self.copy_count = QSpinBox()
        self.copy_count.setRange(1, MAX_COPIES)
        self.copy_count.valueChanged.connect(self._copy_count_changed)
        self.copy_labels = QListWidget()
        self.copy_labels.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.copy_labels.setFixedHeight(self.copy_labels.fontMetrics().height() * MAX_COPIES + 24)
        self.reset_labels_button = QPushButton(self.tr("Default labels"))
        self.reset_labels_button.clicked.connect(self._reset_labels)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.status = PlainLabel()
        self.preview_calibration_button = QPushButton(icon("preview"), self.tr("Preview calibration page"))
        self.preview_calibration_button.clicked.connect(self.preview_calibration)
        self.print_calibration_button = QPushButton(icon("print"), self.tr("Print calibration page"))
        self.print_calibration_button.clicked.connect(self.print_calibration)
        self.sample_button = QPushButton(icon("preview"), self.tr("Preview a sample slip"))
        self.sample_button.clicked.connect(self.preview_sample)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(16)
        grid.addWidget(heading(self.tr("Printers")), 0, 0, 1, 2)
        grid.addWidget(
            hint(
                self.tr(
                    "These settings belong to this desk's computer. Printing with Ctrl+P goes straight to "
                    "the printer chosen here, without a dialog."
                )
            ),
            1,
            0,
            1,
            2,
        )
        document_row = QHBoxLayout()
        document_row.addWidget(PlainLabel(self.tr("Document:")))
        document_row.addWidget(self.document)
        document_row.addStretch(1)
        grid.addLayout(document_row, 2, 0, 1, 2)
        grid.addWidget(self._printer_box(), 3, 0, 2, 1)
        grid.addWidget(self._calibration_box(), 3, 1)
        grid.addWidget(self._copies_box(), 4, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.status, 1)
        grid.addLayout(buttons, 5, 0, 1, 2)
        grid.setRowStretch(6, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setMaximumWidth(1100)

        session.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------------------------------ building

    def _offset_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(1)
        box.setSingleStep(0.1)
        # Wider than allowed, so that a mistyped 40 is explained under the field instead of silently cut.
        box.setRange(-99.9, 99.9)
        box.setSuffix(" mm")
        box.setMaximumWidth(140)
        box.valueChanged.connect(self._check_offsets)
        return box

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _printer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Printer and paper"))
        form = self._form()
        self.errors["printer_name"] = add_field_row(form, self.tr("&Printer:"), self.printer)
        self.errors["paper_key"] = add_field_row(form, self.tr("P&aper:"), self.paper)
        modes = QWidget()
        column = QVBoxLayout(modes)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        explanations = {
            "plain": self.tr(
                "Every copy printed in full with its label (第一联 存根 …), all in one print job."
            ),
            "carbonless": self.tr(
                "One page with only the filled-in values, placed on the form's boxes; "
                "the carbonless paper makes the copies."
            ),
        }
        for mode, button in self.mode_buttons.items():
            column.addWidget(button)
            explanation = hint(explanations[mode])
            explanation.setContentsMargins(22, 0, 0, 4)
            column.addWidget(explanation)
        self.errors["mode"] = add_field_row(form, self.tr("Copy mode:"), modes)
        form.addRow("", self.three_up)
        self.errors["dpi"] = add_field_row(form, self.tr("&Resolution:"), self.dpi)
        form.addRow("", self.dot_matrix)
        self.errors["paper_source"] = add_field_row(form, self.tr("Paper &source:"), self.paper_source)
        box.setLayout(form)
        return box

    def _calibration_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calibration"))
        column = QVBoxLayout(box)
        column.addWidget(
            hint(
                self.tr(
                    "Print the calibration page on the paper you use and measure crosshair A: its centre "
                    "should be {mm} mm from the left edge and {mm} mm from the top. Enter the difference, "
                    "{mm} mm minus what you measured, added to the current value (to the right and down is "
                    "positive), then print the page again to check."
                ).format(mm=f"{CROSS_FROM_CORNER:g}")
            )
        )
        form = self._form()
        self.errors["dx_mm"] = add_field_row(form, self.tr("Shift &right (dx):"), self.dx)
        self.errors["dy_mm"] = add_field_row(form, self.tr("Shift &down (dy):"), self.dy)
        column.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_calibration_button)
        buttons.addWidget(self.print_calibration_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    def _copies_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Copies (联)"))
        column = QVBoxLayout(box)
        form = self._form()
        count_row = QHBoxLayout()
        count_row.addWidget(self.copy_count)
        count_row.addStretch(1)
        count_row.addWidget(self.reset_labels_button)
        holder = QWidget()
        holder.setLayout(count_row)
        count_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Number of copies:"), holder)
        self.errors["copy_labels"] = add_field_row(form, self.tr("&Labels:"), self.copy_labels)
        column.addLayout(form)
        self.copies_hint = hint(
            self.tr("Double-click a label to change it. Carbonless forms print no labels.")
        )
        column.addWidget(self.copies_hint)
        return box

    # ------------------------------------------------------------------------------------------ loading

    def current_document(self) -> PrintedDocument:
        doc_type = self.document.currentData()
        return next((d for d in DOCUMENTS if d.doc_type == doc_type), DOCUMENTS[0])

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.KINDS:
            self.reload()

    def reload(self) -> None:
        doc_type = self.current_document().doc_type
        self.session.call(lambda ctx: printers.get_profile(ctx, doc_type), on_done=self._show, parent=self)

    def _show(self, profile: ProfileDTO) -> None:
        self.profile = profile
        doc = self.current_document()
        show_field_errors(self.errors, {})
        self._fill_printers(profile.printer_name)
        self.paper.blockSignals(True)
        self.paper.clear()
        for key, name in doc.paper_choices():
            paper = PAPERS[key]
            self.paper.addItem(f"{name}  ({paper.width_mm:g} × {paper.height_mm:g} mm)", key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(profile.paper_key)))
        self.paper.blockSignals(False)
        self.mode_buttons.get(profile.mode, self.mode_buttons["plain"]).setChecked(True)
        self.three_up.setChecked(profile.a4_three_up)
        self.dx.setValue(float(profile.dx_mm))
        self.dy.setValue(float(profile.dy_mm))
        self.dpi.setValue(profile.dpi)
        self.dot_matrix.setChecked(profile.dot_matrix)
        self.paper_source.setText(profile.paper_source)
        self._set_labels(profile.copy_labels or doc.default_copies)
        self._update_enabled()

    def _fill_printers(self, chosen: str) -> None:
        self.printer.clear()
        default = printing.default_printer_name()
        self.printer.addItem(
            self.tr("(system default: {name})").format(name=default)
            if default
            else self.tr("(system default)"),
            "",
        )
        names = printing.available_printers()
        for name in names:
            self.printer.addItem(name, name)
        if chosen and chosen not in names:
            # Saved on this desk but not connected now (switched off, driver removed): keep it, say so.
            self.printer.addItem(self.tr("{name} (not found)").format(name=chosen), chosen)
        self.printer.setCurrentIndex(max(0, self.printer.findData(chosen)))

    # ------------------------------------------------------------------------------------------ copies

    def labels(self) -> list[str]:
        return [self.copy_labels.item(i).text() for i in range(self.copy_labels.count())]

    def _set_labels(self, labels: tuple[str, ...] | list[str]) -> None:
        self.copy_labels.clear()
        for text in labels:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.copy_labels.addItem(item)
        self.copy_count.blockSignals(True)
        self.copy_count.setValue(len(labels))
        self.copy_count.blockSignals(False)

    def _copy_count_changed(self, count: int) -> None:
        labels = self.labels()
        defaults = self.current_document().default_copies
        while len(labels) < count:
            n = len(labels)
            labels.append(defaults[n] if n < len(defaults) else self.tr("Copy {n}").format(n=n + 1))
        self._set_labels(labels[:count])

    def _reset_labels(self) -> None:
        self._set_labels(self.current_document().default_copies)

    # ------------------------------------------------------------------------------------------ the form

    def mode(self) -> str:
        return next((m for m, b in self.mode_buttons.items() if b.isChecked()), "plain")

    def _update_enabled(self) -> None:
        plain = self.mode() == "plain"
        self.three_up.setEnabled(three_up_allowed(self.paper.currentData() or "", self.mode()))
        for widget in (self.copy_count, self.copy_labels, self.reset_labels_button):
            widget.setEnabled(plain)

    def _check_offsets(self) -> None:
        for name, box in (("dx_mm", self.dx), ("dy_mm", self.dy)):
            too_large = abs(box.value()) > MAX_OFFSET_MM
            self.errors[name].show_message(message_for("printing.offset_too_large") if too_large else "")

    def form_profile(self) -> ProfileDTO:
        """The profile as the form shows it now (saved or not): what previews and test prints use."""
        doc = self.current_document()
        paper_key = str(self.paper.currentData() or doc.default_paper)
        labels = tuple(label.strip() for label in self.labels())
        return ProfileDTO(
            doc_type=doc.doc_type,
            printer_name=self.printer.currentData() or "",
            paper_key=paper_key,
            mode=self.mode(),
            a4_three_up=self.three_up.isChecked() and three_up_allowed(paper_key, self.mode()),
            dx_mm=Decimal(f"{self.dx.value():.1f}"),
            dy_mm=Decimal(f"{self.dy.value():.1f}"),
            dpi=self.dpi.value(),
            dot_matrix=self.dot_matrix.isChecked(),
            paper_source=self.paper_source.text().strip(),
            # The template's own labels are stored as "none": a later template change then reaches this desk.
            copy_labels=() if labels == doc.default_copies else labels,
        )

    def save(self) -> None:
        for box in (self.dx, self.dy, self.dpi, self.copy_count):
            box.interpretText()
        show_field_errors(self.errors, {})
        self.status.setText("")
        if any(not label.strip() for label in self.labels()):
            show_field_errors(self.errors, {"copy_labels": message_for("field.required")})
            return
        data = self.form_profile()
        paper_keys = self.current_document().paper_keys
        self.session.call(
            lambda ctx: printers.save_profile(ctx, data, paper_keys),
            on_done=self._saved,
            parent=self,
            on_error=self._failed,
        )

    def _saved(self, _result: Any) -> None:
        self.status.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError) and exc.code == "validation" and field_errors(exc):
            show_field_errors(self.errors, field_errors(exc))
        else:
            show_error(self, exc)

    # ------------------------------------------------------------------------------------------ printing

    def _offsets_ok(self) -> bool:
        self._check_offsets()
        return all(abs(box.value()) <= MAX_OFFSET_MM for box in (self.dx, self.dy))

    def preview_calibration(self) -> None:
        if not self._offsets_ok():
            return
        profile = self.form_profile()
        title = self.tr("Calibration page")
        self.session.runner.io(
            lambda: calibration_page(profile.paper_key, profile.offset_mm, dot_matrix=profile.dot_matrix),
            on_done=lambda pdf: self._preview(pdf, title, profile),
            on_error=lambda exc: show_error(self, exc),
        )

    def print_calibration(self) -> None:
        if not self._offsets_ok():
            return
        profile = self.form_profile()
        self.session.runner.io(
            lambda: calibration_page(profile.paper_key, profile.offset_mm, dot_matrix=profile.dot_matrix),
            on_done=lambda pdf: self._print(pdf, profile, ask=False),
            on_error=lambda exc: show_error(self, exc),
        )

    def preview_sample(self) -> None:
        if not self._offsets_ok():
            return
        profile = self.form_profile()
        render = self.current_document().render_sample
        title = self.tr("Sample: {document}").format(document=self.document.currentText())
        self.session.runner.io(
            lambda: render(profile),
            on_done=lambda pdf: self._preview(pdf, title, profile),
            on_error=lambda exc: show_error(self, exc),
        )

    def _preview(self, pdf: bytes, title: str, profile: ProfileDTO) -> None:
        self.preview_pdf = pdf
        dialog = printing.PreviewDialog(pdf, title, self)
        dialog.exec()
        if dialog.choice is not None:
            self._print(pdf, profile, ask=dialog.choice == "dialog")

    def _print(self, pdf: bytes, profile: ProfileDTO, ask: bool) -> None:
        try:
            printer = printing.print_pdf(pdf, profile, profile.paper_key, self, ask=ask)
        except DomainError as exc:
            show_error(self, exc)
            return
        if printer is not None:
            self.status.setText(self.tr("Sent to {printer}.").format(printer=printer))
