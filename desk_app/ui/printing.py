"""Preview and print PDFs inside the app (ARCHITECTURE.md "Printing pipeline"): QtPdf renders each page at
the printer's resolution onto a QPrinter set to the exact paper size, full page, 100 % — no external viewer,
no "fit to page" shrinking that would move fields off a pre-printed form.

Every printout is PDF bytes from ``desk_app/printing`` (pure, testable); this module only moves them to
paper. ``send_to_printer`` is the one place that talks to printers; tests point it at a PDF file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRect,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.errors import DomainError
from desk_app.printing.papers import PAPERS
from desk_app.services.printers import ProfileDTO

log = logging.getLogger("desk_app.printing")


PAPER_SOURCES = {
    "tractor": QPrinter.PaperSource.Tractor,
    "manual": QPrinter.PaperSource.Manual,
    "auto": QPrinter.PaperSource.Auto,
    "upper": QPrinter.PaperSource.Upper,
    "lower": QPrinter.PaperSource.Lower,
    "continuous": QPrinter.PaperSource.Tractor,
    # What a Chinese desk types (the Printers page suggests these).
    "拖纸器": QPrinter.PaperSource.Tractor,
    "连续纸": QPrinter.PaperSource.Tractor,
    "手动进纸": QPrinter.PaperSource.Manual,
    "自动": QPrinter.PaperSource.Auto,
    "上纸盒": QPrinter.PaperSource.Upper,
    "下纸盒": QPrinter.PaperSource.Lower,
}


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> QPdfDocument:
    document = QPdfDocument(parent)
    buffer = QBuffer(document)  # owned by the document: it must outlive the load
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise DomainError("printing.bad_pdf")
    return document


def make_printer(profile: ProfileDTO, paper_key: str, printer_name: str | None = None) -> QPrinter:
    """A QPrinter for ``paper_key`` at the profile's resolution, full page, with no margins."""
    paper = PAPERS[paper_key]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = printer_name if printer_name is not None else profile.printer_name
    if name:
        printer.setPrinterName(name)
    printer.setResolution(profile.dpi)
    printer.setFullPage(True)
    size = QPageSize(
        QSizeF(paper.width_mm, paper.height_mm),
        QPageSize.Unit.Millimeter,
        paper.name_zh,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    layout = QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )
    printer.setPageLayout(layout)
    if profile.dot_matrix:
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
    source = PAPER_SOURCES.get(profile.paper_source.strip().lower())
    if source is not None:  # continuous forms come from the tractor feed, not the tray
        printer.setPaperSource(source)
    return printer


def send_to_printer(pdf: bytes, printer: QPrinter, dot_matrix: bool = False) -> int:
    """Render every page at the printer's resolution and paint it 1:1; returns the number of pages."""
    document = load_pdf(pdf)
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError("printing.printer_unavailable", printer=printer.printerName() or "?")
    try:
        for index in range(document.pageCount()):
            points = document.pagePointSize(index)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            rendered = document.render(index, pixels)
            # Flatten onto white (QtPdf leaves the page transparent, which prints black), then to what the
            # printer wants: RGB, or 1-bit for dot-matrix printers (threshold, no dithered grey).
            image = QImage(pixels, QImage.Format.Format_RGB32)
            image.fill(Qt.GlobalColor.white)
            flatten = QPainter(image)
            flatten.drawImage(0, 0, rendered)
            flatten.end()
            if dot_matrix:
                image = image.convertToFormat(
                    QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither
                )
            if index > 0:
                printer.newPage()
            painter.drawImage(QRect(0, 0, pixels.width(), pixels.height()), image)
        return document.pageCount()
    finally:
        painter.end()
        document.close()


def available_printers() -> list[str]:
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def default_printer_name() -> str:
    return QPrinterInfo.defaultPrinter().printerName()


def print_pdf(
    pdf: bytes, profile: ProfileDTO, paper_key: str, parent: QWidget | None = None, ask: bool = False
) -> str | None:
    """Print to the profile's printer (Ctrl+P: no dialog) or, with ``ask``, through the print dialog.
    Returns the printer's name, or None when the clerk cancelled the dialog."""
    printer = make_printer(profile, paper_key)
    if ask:
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    elif not printer.isValid() or not (profile.printer_name or default_printer_name()):
        raise DomainError("printing.no_printer")
    send_to_printer(pdf, printer, profile.dot_matrix)
    log.info("printed %d bytes on %s (%s)", len(pdf), printer.printerName(), paper_key)
    return printer.printerName() or "default"


class PreviewDialog(QDialog):
    """The printout as it will come out of the printer, with Print (saved printer) and Print… (dialog)."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 700)
        self.choice: str | None = None  # "print" | "dialog" after exec()
        self.document = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setDefault(True)
        self.dialog_button = QPushButton(self.tr("Print…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.dialog_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda: self._choose("print"))
        self.dialog_button.clicked.connect(lambda: self._choose("dialog"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def open_preview(
    pdf: bytes, title: str, parent: QWidget | None, on_print: Callable[[bool], None]
) -> PreviewDialog:
    """The preview of a document not printed yet; ``on_print(ask)`` runs when the clerk prints from it
    (``ask``: through the print dialog). One path for every printout, so they all behave alike."""
    dialog = PreviewDialog(pdf, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(
        lambda: on_print(dialog.choice == "dialog") if dialog.choice in ("print", "dialog") else None
    )
    dialog.open()
    return dialog


def offer_preview(parent: QWidget | None, exc: DomainError, show_preview: Callable[[], None]) -> QMessageBox:
    """No printer is set up (or it failed): say why, and offer the preview, from which the dialog prints."""
    from desk_app.ui import errors  # ui.errors imports the messages; keep this module light to import

    text = errors.error_text(exc)
    if errors.message_sink is not None:
        errors.message_sink.append(text)  # what the clerk read (tests)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PrintFallback", "No printer"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        QCoreApplication.translate(
            "PrintFallback", "Show the preview instead? From there you can print with the dialog."
        )
    )
    preview = box.addButton(
        QCoreApplication.translate("PrintFallback", "Preview"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(preview)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.clicked.connect(show_preview)
    box.open()
    return box
