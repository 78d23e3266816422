"""Settings → Printers, as a supervisor sets up this desk's slip printer and calibrates it."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from desk_app.services import printers
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO
from desk_app.ui import printing
from desk_app.ui.session import AppSession
from desk_app.views.settings.page import SettingsPage
from desk_app.views.settings.printers import PrintersPage
from tests.gui.conftest import make_session, type_text

LEFT = Qt.MouseButton.LeftButton
MM = 72 / 25.4


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def replace_text(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def page_size_mm(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [
        (round(float(p.mediabox.width) / MM, 1), round(float(p.mediabox.height) / MM, 1))
        for p in reader.pages
    ]


@pytest.fixture
def supervisor_session(supervisor_ctx: ServiceContext, qapp: object) -> AppSession:
    return make_session(supervisor_ctx)


@pytest.fixture
def settings(qtbot: QtBot, supervisor_session: AppSession) -> SettingsPage:
    widget = SettingsPage(supervisor_session)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def page(settings: SettingsPage) -> PrintersPage:
    # A supervisor manages this desk's printers but not the site's categories.
    assert "printers" in settings.page_keys() and "work_order_categories" not in settings.page_keys()
    shown = settings.show_page("printers")
    assert isinstance(shown, PrintersPage)
    return shown


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch, page: PrintersPage) -> list[tuple[str, bytes]]:
    """The previews that were opened (title, PDF); the dialog returns at once, as if closed."""
    opened: list[tuple[str, bytes]] = []

    def exec_(self: printing.PreviewDialog) -> int:
        assert self.document.pageCount() >= 1  # QtPdf could load what it was given
        assert page.preview_pdf is not None
        opened.append((self.windowTitle(), page.preview_pdf))
        return 0

    monkeypatch.setattr(printing.PreviewDialog, "exec", exec_)
    return opened


def test_the_defaults_are_shown_for_a_desk_without_a_profile(page: PrintersPage) -> None:
    assert page.document.currentText() == "Work-order slip"
    assert page.printer.itemData(0) == "" and page.printer.currentIndex() == 0
    assert page.printer.currentText().startswith("(system default")
    assert page.paper.currentData() == "a4-third"
    assert page.mode_buttons["plain"].isChecked() and page.three_up.isEnabled()
    assert page.labels() == [
        "第一联 存根（客服中心）",
        "第二联 派工（工程部/承办部门）",
        "第三联 回执（客户评价后交回）",
    ]
    assert page.copy_count.value() == 3 and page.dpi.value() == 300


def test_edit_and_save_a_profile(qtbot: QtBot, page: PrintersPage, supervisor_session: AppSession) -> None:
    page.paper.setCurrentIndex(page.paper.findData("cont-241x93"))
    assert not page.three_up.isEnabled()  # three-up is only for the A4 third
    replace_text(qtbot, page.dx, "1.5")
    replace_text(qtbot, page.dy, "-2.3")
    replace_text(qtbot, page.dpi, "180")
    click(qtbot, page.dot_matrix)
    type_text(qtbot, page.paper_source, "拖纸器")
    replace_text(qtbot, page.copy_count, "2")
    assert page.labels() == ["第一联 存根（客服中心）", "第二联 派工（工程部/承办部门）"]
    # Rename the second copy: F2 edits the current label, Enter keeps it.
    page.copy_labels.setFocus()
    page.copy_labels.setCurrentRow(1)
    qtbot.keyClick(page.copy_labels, Qt.Key.Key_F2)
    editor = page.copy_labels.focusWidget()
    assert editor is not page.copy_labels
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, "第二联 工程部")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.copy_labels.state() != QAbstractItemView.State.EditingState)  # queued
    assert page.labels() == ["第一联 存根（客服中心）", "第二联 工程部"]
    click(qtbot, page.save_button)
    assert page.status.text() == "Saved."

    saved = printers.get_profile(supervisor_session.ctx, "work_order")
    assert saved == ProfileDTO(
        doc_type="work_order",
        printer_name="",
        paper_key="cont-241x93",
        mode="plain",
        a4_three_up=False,
        dx_mm=Decimal("1.5"),
        dy_mm=Decimal("-2.3"),
        dpi=180,
        dot_matrix=True,
        paper_source="拖纸器",
        copy_labels=("第一联 存根（客服中心）", "第二联 工程部"),
        saved=True,
    )


def test_carbonless_forms_keep_the_template_labels(
    qtbot: QtBot, page: PrintersPage, supervisor_session: AppSession
) -> None:
    click(qtbot, page.mode_buttons["carbonless"])
    assert not page.three_up.isEnabled() and not page.copy_labels.isEnabled()
    click(qtbot, page.save_button)
    saved = printers.get_profile(supervisor_session.ctx, "work_order")
    assert saved.mode == "carbonless" and saved.copy_labels == ()  # () = the template's own labels


def test_an_offset_of_40_mm_is_refused_inline(
    qtbot: QtBot, page: PrintersPage, supervisor_session: AppSession
) -> None:
    replace_text(qtbot, page.dx, "40")
    qtbot.keyClick(page.dx, Qt.Key.Key_Tab)
    message = "An offset of more than 30 mm means the wrong paper size is set, not a calibration."
    assert page.errors["dx_mm"].isVisible() and page.errors["dx_mm"].text() == message
    click(qtbot, page.save_button)
    assert page.errors["dx_mm"].text() == message and page.status.text() == ""
    assert printers.get_profile(supervisor_session.ctx, "work_order").saved is False
    replace_text(qtbot, page.dx, "3")
    assert not page.errors["dx_mm"].isVisible()


def test_the_calibration_page_preview_has_the_papers_size(
    qtbot: QtBot, page: PrintersPage, previews: list[tuple[str, bytes]]
) -> None:
    page.paper.setCurrentIndex(page.paper.findData("cont-241x140"))
    replace_text(qtbot, page.dx, "2")
    qtbot.mouseClick(page.preview_calibration_button, LEFT)
    [(title, pdf)] = previews
    assert title == "Calibration page" and page.preview_pdf == pdf
    assert page_size_mm(pdf) == [(241.0, 139.7)]
    assert "dx = +2.0 mm" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_a_sample_slip_follows_the_form_without_saving(
    qtbot: QtBot, page: PrintersPage, previews: list[tuple[str, bytes]], supervisor_session: AppSession
) -> None:
    qtbot.mouseClick(page.sample_button, LEFT)
    assert page_size_mm(previews[-1][1]) == [(210.0, 99.0)] * 3  # three labelled copies
    click(qtbot, page.three_up)
    qtbot.mouseClick(page.sample_button, LEFT)
    assert page_size_mm(previews[-1][1]) == [(210.0, 297.0)]  # three on one A4 sheet
    click(qtbot, page.mode_buttons["carbonless"])
    qtbot.mouseClick(page.sample_button, LEFT)
    assert page_size_mm(previews[-1][1]) == [(210.0, 99.0)]  # one fill-only page
    assert printers.get_profile(supervisor_session.ctx, "work_order").saved is False


def test_print_calibration_page_goes_to_the_chosen_printer(
    qtbot: QtBot, page: PrintersPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[ProfileDTO, str, bool]] = []

    def fake_print(pdf: bytes, profile: ProfileDTO, paper_key: str, parent: object, ask: bool = False) -> str:
        assert page_size_mm(pdf) == [(210.0, 99.0)]
        sent.append((profile, paper_key, ask))
        return "EPSON LQ-630K"

    monkeypatch.setattr(printing, "print_pdf", fake_print)
    replace_text(qtbot, page.dy, "1.2")
    qtbot.mouseClick(page.print_calibration_button, LEFT)
    [(profile, paper_key, ask)] = sent
    assert paper_key == "a4-third" and not ask and profile.dy_mm == Decimal("1.2")
    assert page.status.text() == "Sent to EPSON LQ-630K."


def test_a_clerk_has_no_printer_settings(qtbot: QtBot, clerk_session: AppSession) -> None:
    settings = SettingsPage(clerk_session)
    qtbot.addWidget(settings)
    assert "printers" not in settings.page_keys()
