"""Importing the archive from Excel: check every row first, show each problem with its Excel row number,
and write only when the whole file is clean (the service writes all rows or none)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.services import transfer
from desk_app.services.context import OpResult
from desk_app.services.transfer import ImportPreview, ImportSummary, PreviewRow
from desk_app.ui.errors import error_text, message_for, show_error
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import ERROR_COLOR, Column, RowTableModel
from desk_app.ui.widgets import ErrorLabel, PlainLabel
from desk_app.views.archive.card_parts import make_table
from desk_app.views.labels import import_action_label


def row_problems(row: PreviewRow) -> str:
    """'手机: A mainland mobile number has 11 digits …' — one line per bad cell."""
    return "\n".join(f"{e.column}: {message_for(e.code, dict(e.params))}" for e in row.errors)


class ImportDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import the archive from Excel"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._locale = QLocale()

        self.file_label = PlainLabel(self.tr("No file chosen."))
        self.choose_button = QPushButton(icon("import"), self.tr("Choose file…"))
        self.choose_button.setToolTip(self.tr("Choose an Excel workbook (Ctrl+O)"))
        self.template_button = QPushButton(icon("export"), self.tr("Save template…"))
        self.template_button.setToolTip(self.tr("An empty workbook with the right columns and a help sheet"))
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.choose_template_file)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)

        self.summary_label = PlainLabel()
        self.summary_label.setWordWrap(True)
        self.problem_label = ErrorLabel()
        self.only_errors = QCheckBox(self.tr("Only rows with errors"))
        self.only_errors.toggled.connect(self._show_rows)
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Sheet"), lambda r: r.sheet),
                Column(self.tr("Row"), lambda r: str(r.row_number), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Action"), lambda r: import_action_label(r.action)),
                Column(self.tr("Record"), lambda r: r.summary),
                Column(self.tr("Problems"), row_problems),
            ],
            self,
            color=lambda r: ERROR_COLOR if r.errors else None,
        )
        self.table = make_table()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.result_label = PlainLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.import_button = QPushButton(icon("import"), self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.only_errors)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(1000, 600)
        self.choose_button.setFocus()

    # ------------------------------------------------------------------------------------------ files

    def _documents(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a workbook"), self._documents(), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.load(Path(path))

    def choose_template_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import template"),
            str(Path(self._documents()) / self.tr("archive import template.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.save_template(Path(path))

    def save_template(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        self.session.runner.io(
            lambda: transfer.export_template(path),
            on_done=lambda _: self.result_label.setText(
                self.tr("Template saved to {path}.").format(path=path)
            ),
            on_error=lambda exc: show_error(self, exc),
        )

    # ------------------------------------------------------------------------------------------ preview

    def load(self, path: Path) -> None:
        """Check the workbook (nothing is written) and show every row."""
        self.path = Path(path)
        self.preview = None
        self.summary = None
        self.file_label.setText(str(self.path))
        self.summary_label.setText(self.tr("Checking…"))
        self.problem_label.show_message("")
        self.result_label.setText("")
        self.import_button.setEnabled(False)
        self.model.set_rows([])
        file = self.path
        self.session.call(
            lambda ctx: transfer.preview_import(ctx, file),
            on_done=self._show_preview,
            parent=self,
            on_error=self._load_failed,
        )

    def _load_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            show_error(self, exc)  # a bug: the crash dialog
            return
        self.summary_label.setText("")
        self.problem_label.show_message(error_text(exc))

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._show_rows()
        n = self._locale.toString
        total = len(preview.rows)
        bad = sum(1 for r in preview.rows if r.errors)
        if total == 0:
            text = self.tr("The file has no rows to import.")
        elif bad:
            text = self.tr(
                "{total} rows: {ok} OK, {bad} with errors — fix them in Excel and load again; "
                "nothing has been written."
            ).format(total=n(total), ok=n(total - bad), bad=n(bad))
        else:
            actions = {"create": 0, "update": 0, "skip": 0}
            for r in preview.rows:
                actions[r.action] = actions.get(r.action, 0) + 1
            text = self.tr(
                "{total} rows, all OK: {new} new, {updated} updated, {unchanged} unchanged. "
                "Nothing has been written yet — press Import."
            ).format(
                total=n(total),
                new=n(actions["create"]),
                updated=n(actions["update"]),
                unchanged=n(actions["skip"]),
            )
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet("color: #c62828;" if bad else "")
        self.only_errors.setChecked(bool(bad))
        self.import_button.setEnabled(total > 0 and preview.ok)
        if self.import_button.isEnabled():
            self.import_button.setFocus()

    def _show_rows(self) -> None:
        rows = self.preview.rows if self.preview is not None else ()
        if self.only_errors.isChecked():
            rows = tuple(r for r in rows if r.errors)
        self.model.set_rows(rows)
        # Only rows with several problems need more height; measuring all of 30,000 rows would stall.
        for i, row in enumerate(rows):
            if len(row.errors) > 1:
                self.table.resizeRowToContents(i)

    # ------------------------------------------------------------------------------------------ import

    def apply(self) -> None:
        if self.path is None or self.preview is None or not self.preview.ok:
            return
        self.import_button.setEnabled(False)
        self.result_label.setText(self.tr("Importing…"))
        file = self.path
        self.session.call(
            lambda ctx: transfer.apply_import(ctx, file),
            on_done=self._imported,
            parent=self,
            on_error=self._import_failed,
        )

    def _import_failed(self, exc: BaseException) -> None:
        self.result_label.setText("")
        if isinstance(exc, DomainError) and exc.code == "import.has_errors" and self.path is not None:
            self.load(self.path)  # the database changed since the check: check again and show why
        show_error(self, exc)

    def _imported(self, result: OpResult[ImportSummary]) -> None:
        s = result.value
        self.summary = s
        n = self._locale.toString
        self.result_label.setText(
            self.tr(
                "Imported. Buildings: {b_new} new, {b_upd} updated. Entrances: {e_new} new. "
                "Units: {u_new} new, {u_upd} updated. People: {p_new} new, {p_upd} updated. "
                "Links to units: {links}. Unchanged rows: {skipped}."
            ).format(
                b_new=n(s.buildings_created),
                b_upd=n(s.buildings_updated),
                e_new=n(s.entrances_created),
                u_new=n(s.units_created),
                u_upd=n(s.units_updated),
                p_new=n(s.people_created),
                p_upd=n(s.people_updated),
                links=n(s.relations_created),
                skipped=n(s.rows_skipped),
            )
        )
        self.import_button.setEnabled(False)  # imported once; load the file again to re-check
