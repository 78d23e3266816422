"""The money screens driven like a clerk: take a deposit and the garbage fee for a unit by typing, print the
receipt through the Qt print path, a supervisor voids it, the day-close shows the totals and closes.

Set MONEY_SHOTS=/some/folder to save PNGs of every screen and dialog on the way (for looking at them)."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.db.models import RenovationFiling
from desk_app.domain.enums import Relation
from desk_app.domain.receipts import ReceiptLineIn
from desk_app.forms.money.day_close_dialog import DayCloseDialog
from desk_app.forms.money.receipt_form import ReceiptForm
from desk_app.forms.money.void_dialog import VoidDialog
from desk_app.forms.settings.fee_form import FeeDialog
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.money import fees, receipts
from desk_app.services.printers import ProfileDTO
from desk_app.services.tracking import new_row
from desk_app.ui import printing
from desk_app.ui.session import AppSession
from desk_app.views.money.page import MoneyPage
from desk_app.views.settings.fee_table import FeeTablePage
from tests.gui.conftest import make_session, type_text

W = TypeVar("W", bound=QWidget)
SHOTS = os.environ.get("MONEY_SHOTS")
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()  # pending layout requests first: the grab shows what the clerk sees
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@dataclass
class PrintLog:
    pdfs: list[bytes]
    files: list[Path]


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> PrintLog:
    """The saved printer is a PDF file: the real Qt print path (QtPdf → QPrinter) writes it."""
    log = PrintLog([], [])

    def fake_print_pdf(
        pdf: bytes, profile: ProfileDTO, paper_key: str, parent: object = None, ask: bool = False
    ) -> str:
        out = tmp_path / f"printed-{len(log.files)}.pdf"
        printer = printing.make_printer(profile, paper_key, printer_name="")
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printing.send_to_printer(pdf, printer, profile.dot_matrix)
        log.pdfs.append(pdf)
        log.files.append(out)
        return "PDF 打印机"

    monkeypatch.setattr(printing, "print_pdf", fake_print_pdf)
    return log


@pytest.fixture
def unit_id(admin_ctx: ServiceContext) -> str:
    b = buildings.create_building(admin_ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(admin_ctx, b, buildings.EntranceInput("2")).value
    unit = units.create_unit(admin_ctx, units.UnitInput(e, "1102", area_m2="89.50")).value
    owner = people.create_person(admin_ctx, people.PersonInput("张三", mobile="13812345678")).value
    people.link(admin_ctx, people.RelationInput(unit.id, owner.id, Relation.OWNER, is_primary=True))
    return unit.id


def open_page(qtbot: QtBot, session: AppSession) -> MoneyPage:
    page = MoneyPage(session)
    qtbot.addWidget(page)
    page.resize(1160, 700)  # the section area of the main window at 1366×768
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def dialog_of(qtbot: QtBot, cls: type[W]) -> W:
    found: list[W] = []

    def visible() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
        assert found

    qtbot.waitUntil(visible)
    dialog = found[-1]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def pdf_text(pdf: bytes) -> list[str]:
    return ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_deposit_and_garbage_fee_printed_voided_and_closed(
    qtbot: QtBot,
    clerk_session: AppSession,
    supervisor_ctx: ServiceContext,
    unit_id: str,
    printed: PrintLog,
    messages: list[str],
) -> None:
    page = open_page(qtbot, clerk_session)
    assert not page.void_action.isVisible()  # a clerk cannot void
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = dialog_of(qtbot, ReceiptForm)

    # Unit by typing, Enter: the owner becomes the payer.
    qtbot.keyClicks(form.unit_edit, "3-2-1102")
    enter(qtbot, form.unit_edit)
    qtbot.waitUntil(lambda: form.payer.currentText() == "张三")
    assert form.payer.hasFocus() or form.payer.lineEdit().hasFocus()
    enter(qtbot, form.payer)
    first, second, third = form.lines[0], form.lines[1], form.lines[2]
    assert first.fee.lineEdit().hasFocus()
    type_text(qtbot, first.fee.lineEdit(), "装修保证金")
    assert first.amount.text() == "2000.00" and not first.amount.isEnabled()  # the table's amount
    enter(qtbot, first.fee)
    assert second.fee.lineEdit().hasFocus()  # the locked amount is skipped
    type_text(qtbot, second.fee.lineEdit(), "装修垃圾清运费")
    assert second.amount.text() == "268.50"  # 89.50 m² × ¥3.00
    enter(qtbot, second.fee)
    enter(qtbot, third.fee)  # an empty line: on to the method
    assert form.method.hasFocus() and form.method.currentData() == "cash"
    assert form.total.text() == "¥2,268.50" and form.total_words.text() == "人民币贰仟贰佰陆拾捌元伍角整"
    assert not form.reference.isEnabled()
    shot(form, "receipt_form")

    qtbot.keyClick(form.method, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # save and print
    qtbot.waitUntil(lambda: len(printed.pdfs) == 1)
    assert len(PdfReader(printed.files[0]).pages) == 3  # 一式三联 through the Qt print path
    pages = pdf_text(printed.pdfs[0])
    number = "SJ-A1-2026-000001"
    for label, text in zip(("第一联存根", "第二联客户", "第三联记账"), pages, strict=True):
        assert label in text and number in text
        assert "¥2,268.50" in text and "人民币贰仟贰佰陆拾捌元伍角整" in text and "退还条件" in text
    qtbot.waitUntil(lambda: page.detail.receipt is not None and page.detail.receipt.print_count == 1)
    assert page.list.current() is not None and page.list.current().number == number
    assert page.detail.title.text() == number and page.print_action.text() == "Reprint"
    assert page.status.text() == f"{number} sent to PDF 打印机 (3 copies)."
    page.list.search.setText(f"RC|{number}|226850|0123abcd")  # a scanner types the receipt's QR
    page.list.reload()
    qtbot.waitUntil(lambda: page.list.current_filter().text == number and page.list.model.rowCount() == 1)
    shot(page, "money_page")

    # A supervisor voids it with a reason; the number stays, the row is muted.
    boss = open_page(qtbot, make_session(supervisor_ctx))
    qtbot.waitUntil(lambda: boss.detail.receipt is not None)
    assert boss.void_action.isVisible() and boss.void_action.isEnabled()
    assert boss.refund_action.isEnabled()  # a deposit receipt: the refunds dialog opens on its number
    refund = boss.refund_deposit()
    assert refund is not None
    refund.close()
    qtbot.keyClick(
        boss.list.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    void = dialog_of(qtbot, VoidDialog)
    enter(qtbot, void.reason)  # no reason: refused inline
    qtbot.waitUntil(lambda: void.errors["reason"].text() != "")
    shot(void, "void_dialog")
    type_text(qtbot, void.reason, "金额录入错误，已重开")
    enter(qtbot, void.reason)
    qtbot.waitUntil(lambda: boss.detail.receipt is not None and boss.detail.receipt.is_void)
    assert boss.detail.status_chip.text() == "Void" and not boss.void_action.isEnabled()
    assert boss.list.model.rows[0].status == "void"

    # Two more payments (through the service), then the day-close of this desk.
    ctx = clerk_session.ctx
    receipts.issue_receipt(
        ctx,
        receipts.ReceiptInput(
            None,
            "好家装饰",
            lines=[ReceiptLineIn("出入证工本费", 3_000, fees.PASS_FEE_CODE)],
            method="wechat",
        ),
    )
    receipts.issue_receipt(
        ctx,
        receipts.ReceiptInput(
            unit_id, "张三", lines=[ReceiptLineIn("装修垃圾清运费", 26_850, fees.GARBAGE_CODE)]
        ),
    )
    page.tabs.setCurrentWidget(page.day_close)
    view = page.day_close
    qtbot.waitUntil(lambda: view.shift is not None and view.shift.summary.receipts == 2)
    rows = {r.label: r.totals for r in view.method_model.rows}
    assert (rows["Cash"].count, rows["Cash"].received_fen) == (1, 26_850)
    assert rows["WeChat Pay"].received_fen == 3_000 and rows["Total"].received_fen == 29_850
    assert view.cash.text() == "Cash that should be in the drawer: ¥268.50"
    assert "voided 1" in view.counts.text()
    shot(page, "day_close_tab")

    view.close_button.click()
    dialog = dialog_of(qtbot, DayCloseDialog)
    type_text(qtbot, dialog.handed_to, "前台小李")
    enter(qtbot, dialog.handed_to)
    qtbot.keyClicks(dialog.cash_counted, "260")
    assert dialog.difference.text() == "¥8.50 short"
    dialog.cash_counted.clear()
    qtbot.keyClicks(dialog.cash_counted, "268.5")
    assert dialog.difference.text() == "Balanced"
    shot(dialog, "day_close_dialog")
    enter(qtbot, dialog.cash_counted)
    enter(qtbot, dialog.notes)
    preview = dialog_of(qtbot, printing.PreviewDialog)  # the handover sheet, to print
    assert "RJ-A1-2026-000001" in preview.windowTitle()
    preview.reject()
    qtbot.waitUntil(
        lambda: (
            view.closes_model.rowCount() == 1 and view.shift is not None and view.shift.summary.receipts == 0
        )
    )
    close = view.closes_model.rows[0]
    assert (close.number, close.handed_to_name, close.difference_fen) == ("RJ-A1-2026-000001", "前台小李", 0)
    assert page.status.text() == "RJ-A1-2026-000001 closed: the shift's money is locked."
    shot(page, "day_close_after")
    assert messages == []


def test_fee_table_is_read_only_for_a_clerk_and_edited_by_a_manager(
    qtbot: QtBot, clerk_session: AppSession, session: AppSession
) -> None:
    clerk_page = FeeTablePage(clerk_session)
    qtbot.addWidget(clerk_page)
    qtbot.waitUntil(lambda: clerk_page.model.rowCount() == 4)
    assert not clerk_page.add_button.isVisible() and clerk_page.edit_fee() is None

    page = FeeTablePage(session)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert page.model.rows[0].name == "装修保证金"
    assert (
        page.model.index(0, 3).data()
        == "Residence ¥2,000.00 · Shop ¥5,000.00 · Office ¥3,000.00 · other ¥2,000.00"
    )
    shot(page, "fee_table")
    page.table.selectRow(1)
    assert isinstance(page.edit_fee(), FeeDialog)
    dialog = dialog_of(qtbot, FeeDialog)
    assert dialog.amount.text() == "3.00"
    shot(dialog, "fee_dialog")
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "3.5")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rows[1].amount_fen == 350)
    assert page.model.index(1, 3).data() == "¥3.50/m²"


def test_a_filing_opens_the_form_with_what_it_still_owes(
    qtbot: QtBot, clerk_session: AppSession, admin_ctx: ServiceContext, unit_id: str
) -> None:
    with admin_ctx.db.write() as s:
        filing = new_row(
            admin_ctx,
            RenovationFiling(
                number="ZX-A1-2026-000001", unit_id=unit_id, unit_code="3-2-1102", owner_name="张三",
                contractor_company="好家装饰", responsible_name="李四", responsible_phone="13800000000",
                planned_start=date(2026, 11, 25), planned_end=date(2027, 1, 25), current_end=date(2027, 1, 25),
                status="approved",
            ),
        )  # fmt: skip
        s.add(filing)
        s.flush()
        filing_id = filing.id
    receipts.issue_receipt(
        admin_ctx,
        receipts.ReceiptInput(
            unit_id,
            "张三",
            filing_id=filing_id,
            lines=[ReceiptLineIn("装修保证金", 200_000, fees.DEPOSIT_CODE)],
        ),
    )
    form = ReceiptForm(clerk_session, None, filing_id=filing_id)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: form.lines[0].fee.currentText() == "装修垃圾清运费")
    assert form.lines[0].amount.text() == "268.50" and form.lines[1].is_empty()  # the deposit is paid
    assert form.unit_code == "3-2-1102" and form.payer.currentText() == "张三"
    assert form.reason.text() == "装修备案 ZX-A1-2026-000001"
