"""The work-order screens driven like a clerk: register from the keyboard, print, scan the returned slip,
key it in, return visit, rework, close; the list's filters, the lazy model and what a clerk may not do."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain import qr
from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.work_orders import CallbackMethod, CallbackOutcome, Evaluation, EventKind, Status
from desk_app.forms.callbacks.callback_form import CallbackDialog, ChoiceButtons
from desk_app.forms.work_orders.register_form import RegisterDialog
from desk_app.forms.work_orders.slip_return_form import SlipReturnDialog
from desk_app.forms.work_orders.steps import CompletedDialog
from desk_app.services import installation
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO
from desk_app.services.work_orders import categories, orders
from desk_app.ui import printing
from desk_app.ui.session import AppSession
from desk_app.views.main_window import MainWindow
from desk_app.views.work_orders.model import PAGE
from desk_app.views.work_orders.page import WorkOrdersPage
from tests.conftest import FakeClock
from tests.gui.conftest import type_text as shared_type_text

W = TypeVar("W", bound=QWidget)
# The category's completer pops up while typing; the offscreen platform cannot raise it or grab keys.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


# ---------------------------------------------------------------------------------------------- fixtures


@dataclass
class Estate:
    unit_id: str
    other_unit_id: str
    owner_id: str


@pytest.fixture
def estate(admin_ctx: ServiceContext) -> Estate:
    b = buildings.create_building(admin_ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(admin_ctx, b, buildings.EntranceInput("2")).value
    unit = units.create_unit(admin_ctx, units.UnitInput(e, "1102")).value
    other = units.create_unit(admin_ctx, units.UnitInput(e, "1201")).value
    owner = people.create_person(admin_ctx, people.PersonInput("张三", mobile="13812345678")).value
    people.link(admin_ctx, people.RelationInput(unit.id, owner.id, Relation.OWNER, is_primary=True))
    return Estate(unit.id, other.id, owner.id)


@dataclass
class PrintLog:
    slips: list[bytes]
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
        log.slips.append(pdf)
        log.files.append(out)
        return "PDF 打印机"

    monkeypatch.setattr(printing, "print_pdf", fake_print_pdf)
    return log


# ---------------------------------------------------------------------------------------------- helpers


def open_page(qtbot: QtBot, session: AppSession) -> WorkOrdersPage:
    page = WorkOrdersPage(session)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def open_window(qtbot: QtBot, session: AppSession) -> MainWindow:
    window = MainWindow(session, installation.site_info(session.ctx))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def dialog_of(qtbot: QtBot, cls: type[W]) -> W:
    """The visible dialog of this class, made the active window (keys and shortcuts go there)."""
    found: list[W] = []

    def visible() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
        assert found

    qtbot.waitUntil(visible)
    dialog = found[-1]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def no_dialog(qtbot: QtBot, cls: type[QWidget]) -> None:
    qtbot.waitUntil(
        lambda: not [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    )


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    shared_type_text(qtbot, widget.lineEdit() if isinstance(widget, QComboBox) else widget, text)


def enter(qtbot: QtBot, widget: QWidget | None = None) -> None:
    target = widget or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_Return)


def ctrl(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def choose_down(qtbot: QtBot, combo: QComboBox, steps: int) -> None:
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def choose_right(qtbot: QtBot, choice: ChoiceButtons[Any], steps: int) -> None:
    """Space ticks the radio button that has the focus; each Right moves to the next one and ticks it."""
    button = QApplication.focusWidget()
    assert button in choice.buttons.values()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    for _ in range(steps - 1):
        button = QApplication.focusWidget()
        assert button is not None
        qtbot.keyClick(button, Qt.Key.Key_Right)


def cell(page: WorkOrdersPage, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return page.model.index(row, column).data(role)


def numbers(page: WorkOrdersPage) -> list[str]:
    return [str(cell(page, r, 0)) for r in range(page.model.rowCount())]


def category_id(ctx: ServiceContext, path: str) -> str:
    return next(c.id for c in categories.list_categories(ctx) if c.path == path)


def register(
    ctx: ServiceContext, unit_id: str, path: str = "户内 / 给排水", text: str = "厨房水管漏水"
) -> str:
    data = orders.RegisterInput(
        category_id=category_id(ctx, path), description=text, reporter_name="张三", unit_id=unit_id
    )
    return orders.register(ctx, data).value.id


def qr_text(ctx: ServiceContext, number: str) -> str:
    with ctx.db.write() as s:
        secret = orders.qr_secret(s)
    return qr.encode(secret, "WO", number)


def step_button(page: WorkOrdersPage, kind: EventKind) -> QPushButton:
    button = page.detail.step_buttons[kind]
    assert button.isVisible() and button.isEnabled(), button.text()
    return button


def history_steps(page: WorkOrdersPage) -> list[str]:
    model = page.detail.timeline_model
    return [str(model.index(r, 2).data()) for r in range(model.rowCount())]


def fill_register_form(qtbot: QtBot, dialog: RegisterDialog, description: str) -> None:
    """Unit as the clerk says it, Enter through the pre-filled reporter, pick the category, type."""
    assert dialog.focusWidget() is dialog.unit_edit
    type_text(qtbot, dialog.unit_edit, "3栋2单元1102")
    enter(qtbot, dialog.unit_edit)
    qtbot.waitUntil(lambda: dialog.reporter.currentText() == "张三")
    assert dialog.unit_edit.text() == "3-2-1102"
    assert dialog.phone.text() == "13812345678"  # pre-filled from the unit's owner
    assert dialog.focusWidget() in (dialog.reporter, dialog.reporter.lineEdit())
    enter(qtbot, dialog.reporter)  # → phone
    enter(qtbot, dialog.phone)  # → channel (电话 already)
    assert dialog.channel.currentText() == "Phone"
    enter(qtbot, dialog.channel)  # → category
    type_text(qtbot, dialog.category, "户内 / 给排水")
    enter(qtbot, dialog.category)
    assert dialog.category_id() is not None
    assert dialog.urgency.currentText() == "Important"  # proposed by the category
    assert dialog.department.currentText() == "工程部"
    enter(qtbot, dialog.urgency)
    enter(qtbot, dialog.department)
    assert dialog.focusWidget() is dialog.description
    if description:
        type_text(qtbot, dialog.description, description)


# ---------------------------------------------------------------------------------------------- tests


def test_register_from_the_keyboard(qtbot: QtBot, session: AppSession, estate: Estate) -> None:
    page = open_page(qtbot, session)
    assert page.model.rowCount() == 0
    page.table.setFocus()
    ctrl(qtbot, page.table, Qt.Key.Key_N)
    dialog = dialog_of(qtbot, RegisterDialog)
    fill_register_form(qtbot, dialog, "厨房水管漏水")
    enter(qtbot, dialog.description)  # Enter in the description saves
    no_dialog(qtbot, RegisterDialog)

    qtbot.waitUntil(lambda: numbers(page) == ["BX-A1-2026-000001"])
    assert cell(page, 0, 2) == "3-2-1102" and cell(page, 0, 3) == "张三"
    assert cell(page, 0, 4) == "给排水" and cell(page, 0, 8) == "Registered"
    qtbot.waitUntil(lambda: page.detail.title.text() == "BX-A1-2026-000001")
    assert page.detail.fields.text("first_contact") == "系统管理员"  # 首问责任人: the signed-in clerk
    assert page.status.text() == "BX-A1-2026-000001 registered."


def test_a_second_report_shows_the_repeat_warning(
    qtbot: QtBot, session: AppSession, estate: Estate, clock: FakeClock
) -> None:
    register(session.ctx, estate.unit_id)
    clock.advance(days=3)
    page = open_page(qtbot, session)
    dialog = page.register()
    dialog = dialog_of(qtbot, RegisterDialog)
    fill_register_form(qtbot, dialog, "又漏水了")
    assert dialog.repeat_warning.isVisible()
    text = dialog.repeat_warning.text()
    assert "3-2-1102" in text and "给排水" in text and "BX-A1-2026-000001" in text and "11-23" in text
    assert "repeat repair" in text
    # Another category of the same unit is no repeat.
    dialog.category.setFocus()
    dialog.category.lineEdit().selectAll()
    type_text(qtbot, dialog.category, "户内 / 电气")
    enter(qtbot, dialog.category)
    assert not dialog.repeat_warning.isVisible()


def test_an_empty_description_is_an_inline_error(qtbot: QtBot, session: AppSession, estate: Estate) -> None:
    page = open_page(qtbot, session)
    page.register()
    dialog = dialog_of(qtbot, RegisterDialog)
    fill_register_form(qtbot, dialog, "")
    ctrl(qtbot, dialog.description, Qt.Key.Key_S)
    qtbot.waitUntil(dialog.errors["description"].isVisible)
    assert dialog.errors["description"].text() == "Required."
    assert dialog.isVisible()
    assert orders.find_repeat(session.ctx, estate.unit_id, category_id(session.ctx, "户内 / 给排水")) is None
    # A common phrase (常用语) fills it; then it saves.
    phrase = dialog.phrases_menu.actions()[0]
    assert phrase.text() == "水管漏水，请尽快上门查看。"
    phrase.trigger()
    assert dialog.description.text() == "水管漏水，请尽快上门查看。"
    assert dialog.focusWidget() is dialog.description
    ctrl(qtbot, dialog.description, Qt.Key.Key_S)
    no_dialog(qtbot, RegisterDialog)
    qtbot.waitUntil(lambda: numbers(page) == ["BX-A1-2026-000001"])


def test_an_unknown_unit_is_an_inline_error(qtbot: QtBot, session: AppSession, estate: Estate) -> None:
    page = open_page(qtbot, session)
    page.register()
    dialog = dialog_of(qtbot, RegisterDialog)
    type_text(qtbot, dialog.unit_edit, "9-9-909")
    enter(qtbot, dialog.unit_edit)
    qtbot.waitUntil(dialog.errors["unit_id"].isVisible)
    assert dialog.errors["unit_id"].text().startswith("No such unit in the archive")
    assert dialog.focusWidget() is dialog.unit_edit


def test_the_unit_is_found_through_a_person(
    qtbot: QtBot, session: AppSession, admin_ctx: ServiceContext, estate: Estate
) -> None:
    # 张三 owns 3-2-1102 and rents 3-2-1201: typing his pinyin initials lists both units.
    people.link(admin_ctx, people.RelationInput(estate.other_unit_id, estate.owner_id, Relation.TENANT))
    page = open_page(qtbot, session)
    page.register()
    dialog = dialog_of(qtbot, RegisterDialog)
    qtbot.keyClicks(dialog.unit_edit, "zs")
    enter(qtbot, dialog.unit_edit)
    qtbot.waitUntil(dialog.candidates.isVisible)
    texts = [dialog.candidates.item(i).text() for i in range(dialog.candidates.count())]
    assert texts == ["张三    13812345678    3-2-1102 Owner", "张三    13812345678    3-2-1201 Tenant"]
    assert dialog.focusWidget() is dialog.candidates
    qtbot.keyClick(dialog.candidates, Qt.Key.Key_Down)
    enter(qtbot, dialog.candidates)
    assert not dialog.candidates.isVisible()
    assert dialog.unit_id == estate.other_unit_id and dialog.unit_edit.text() == "3-2-1201"
    qtbot.waitUntil(lambda: dialog.reporter.currentText() == "张三")
    assert dialog.phone.text() == "13812345678"
    assert dialog._reporter_person_id() == estate.owner_id


def test_a_public_area_job_and_a_unit_given_by_the_caller(
    qtbot: QtBot, clerk_session: AppSession, estate: Estate
) -> None:
    page = open_page(qtbot, clerk_session)
    page.register()
    dialog = dialog_of(qtbot, RegisterDialog)
    enter(qtbot, dialog.unit_edit)  # no unit: the place comes next
    assert dialog.focusWidget() is dialog.location
    type_text(qtbot, dialog.location, "3栋大堂")
    enter(qtbot, dialog.location)
    type_text(qtbot, dialog.reporter, "保安王")
    dialog.category.setFocus()
    type_text(qtbot, dialog.category, "电梯")  # part of a name finds 公共区域 / 电梯
    enter(qtbot, dialog.category)
    assert dialog.category.currentText() == "公共区域 / 电梯"
    assert dialog.urgency.currentText() == "Urgent"
    dialog.description.setFocus()
    type_text(qtbot, dialog.description, "2号电梯异响")
    enter(qtbot, dialog.description)
    no_dialog(qtbot, RegisterDialog)
    qtbot.waitUntil(lambda: numbers(page) == ["BX-A1-2026-000001"])
    assert cell(page, 0, 2) == "3栋大堂" and cell(page, 0, 3) == "保安王"
    assert page.detail.fields.text("first_contact") == "前台小王"

    dialog = page.register(unit_id=estate.unit_id)  # e.g. from the unit's card
    qtbot.waitUntil(lambda: dialog.reporter.currentText() == "张三")
    assert dialog.unit_edit.text() == "3-2-1102" and dialog.unit_chosen.text() == "Owner: 张三"
    dialog.reject()


def test_register_print_scan_slip_return_visit_rework_and_close(
    qtbot: QtBot, session: AppSession, estate: Estate, printed: PrintLog, messages: list[str]
) -> None:
    window = open_window(qtbot, session)
    page = window.show_section("work_orders")
    assert isinstance(page, WorkOrdersPage)

    # 1. Register and print in one go (Ctrl+P): three labelled copies, one number.
    page.table.setFocus()
    ctrl(qtbot, page.table, Qt.Key.Key_N)
    dialog = dialog_of(qtbot, RegisterDialog)
    fill_register_form(qtbot, dialog, "厨房水管漏水")
    ctrl(qtbot, dialog.description, Qt.Key.Key_P)
    no_dialog(qtbot, RegisterDialog)
    qtbot.waitUntil(lambda: len(printed.files) == 1)
    number = "BX-A1-2026-000001"
    assert len(PdfReader(printed.files[0]).pages) == 3  # 一式三联 through the Qt print path
    slip = PdfReader(io.BytesIO(printed.slips[0]))
    assert len(slip.pages) == 3
    for pdf_page in slip.pages:
        assert number in pdf_page.extract_text()
    assert page.status.text() == f"{number} sent to PDF 打印机 (3 copies)."
    qtbot.waitUntil(lambda: page.detail.status_chip.text() == "Dispatched")  # the department took its copies
    assert history_steps(page) == ["Registered", "Dispatched"]

    # 2. The signed slip comes back: the scanner types its QR into the search box, then Enter.
    window.activateWindow()  # a window manager does this when the dialog closes; offscreen does not
    qtbot.waitUntil(window.isActiveWindow)
    window.search.setFocus()
    qtbot.keyClicks(window.search, qr_text(session.ctx, number))
    enter(qtbot, window.search)
    assert window.search.text() == ""  # ready for the next slip
    qtbot.waitUntil(lambda: page.detail.title.text() == number)
    slip_button = step_button(page, EventKind.SLIP_RETURNED)
    qtbot.waitUntil(slip_button.hasFocus)  # the likely next step: one Enter opens it
    enter(qtbot, slip_button)
    dialog = dialog_of(qtbot, SlipReturnDialog)
    type_text(qtbot, dialog.staff, "李师傅")
    enter(qtbot, dialog.staff)
    enter(qtbot, dialog.arrived)
    enter(qtbot, dialog.completed)
    type_text(qtbot, dialog.handling, "更换水管接头")
    enter(qtbot, dialog.handling)
    enter(qtbot, dialog.materials)
    qtbot.keyClicks(dialog.charge, "35.5")
    enter(qtbot, dialog.charge)
    choose_down(qtbot, dialog.evaluation, 3)
    assert dialog.evaluation.currentText() == "Dissatisfied"
    enter(qtbot, dialog.evaluation)
    qtbot.keyClick(dialog.signed, Qt.Key.Key_Space)
    enter(qtbot, dialog.signed)  # the last field: saves
    no_dialog(qtbot, SlipReturnDialog)
    qtbot.waitUntil(lambda: page.detail.status_chip.text() == "Slip returned")
    timeline = page.detail.timeline_model
    summary = str(timeline.index(timeline.rowCount() - 1, 3).data())
    assert "李师傅" in summary and "¥35.50" in summary and "Dissatisfied" in summary and "signed" in summary

    # 3. Return visit: the customer is not satisfied → back to the department (rework).
    step_button(page, EventKind.CALLBACK).click()
    dialog = dialog_of(qtbot, CallbackDialog)
    assert dialog.phone.text() == "13812345678"
    assert dialog.slip_hint.text() == "Ticked on the slip: Dissatisfied"
    assert dialog.focusWidget() is dialog.method.buttons[CallbackMethod.PHONE]
    enter(qtbot)  # by phone
    assert dialog.focusWidget() is dialog.phone
    enter(qtbot)
    assert dialog.focusWidget() is dialog.outcome.buttons[CallbackOutcome.REACHED]
    enter(qtbot)  # reached
    assert dialog.focusWidget() is dialog.evaluation.buttons[Evaluation.SATISFIED]
    choose_right(qtbot, dialog.evaluation, 3)
    assert dialog.evaluation.value() is Evaluation.DISSATISFIED
    assert dialog.evaluation.buttons[Evaluation.DISSATISFIED].text() == "Dissatisfied"
    assert dialog.save_button.text() == "Save and send back for rework"
    enter(qtbot)
    assert dialog.focusWidget() is dialog.remarks  # no "call again" when the customer was reached
    type_text(qtbot, dialog.remarks, "还在漏水")
    enter(qtbot, dialog.remarks)
    no_dialog(qtbot, CallbackDialog)
    qtbot.waitUntil(lambda: page.detail.status_chip.text() == "Dispatched")
    assert history_steps(page)[-1] == "Return visit"
    assert page.detail.fields.text("reworks") == "1"
    qtbot.waitUntil(lambda: cell(page, 0, 9) == "Rework ×1")

    # 4. The department comes again: completed, slip returned 满意, return visit 满意 → closed.
    step_button(page, EventKind.COMPLETED).click()
    dialog = dialog_of(qtbot, CompletedDialog)
    enter(qtbot, dialog.at)
    type_text(qtbot, dialog.handling, "重新更换水管")
    enter(qtbot, dialog.handling)
    no_dialog(qtbot, CompletedDialog)
    qtbot.waitUntil(lambda: page.detail.status_chip.text() == "Completed")

    step_button(page, EventKind.SLIP_RETURNED).click()
    dialog = dialog_of(qtbot, SlipReturnDialog)
    assert dialog.staff.text() == "李师傅"
    dialog.handling.setFocus()
    type_text(qtbot, dialog.handling, "重新更换水管")
    dialog.evaluation.setFocus()
    choose_down(qtbot, dialog.evaluation, 1)
    assert dialog.evaluation.currentText() == "Satisfied"
    ctrl(qtbot, dialog.evaluation, Qt.Key.Key_S)
    no_dialog(qtbot, SlipReturnDialog)
    qtbot.waitUntil(lambda: page.detail.status_chip.text() == "Slip returned")

    step_button(page, EventKind.CALLBACK).click()
    dialog = dialog_of(qtbot, CallbackDialog)
    assert "Dissatisfied" not in dialog.slip_hint.text()  # the first visit's 不满意 is not this slip's tick
    dialog.evaluation.setFocus()
    choose_right(qtbot, dialog.evaluation, 1)
    assert dialog.evaluation.value() is Evaluation.SATISFIED
    ctrl(qtbot, QApplication.focusWidget() or dialog, Qt.Key.Key_S)
    no_dialog(qtbot, CallbackDialog)
    qtbot.waitUntil(lambda: page.detail.status_chip.text() == "Closed")
    assert page.detail.fields.text("evaluation") == "Satisfied"
    assert not [b for b in page.detail.step_buttons.values() if b.isVisible() and b.isEnabled()][1:]
    assert orders.get(session.ctx, page.detail.order_id or "").status is Status.CLOSED
    assert messages == []


def test_a_reprint_is_marked_and_ctrl_p_prints_the_chosen_order(
    qtbot: QtBot, session: AppSession, estate: Estate, printed: PrintLog
) -> None:
    register(session.ctx, estate.unit_id)
    page = open_page(qtbot, session)
    page.table.setFocus()
    page.table.selectRow(0)
    enter(qtbot, page.table)  # Enter on a row opens it
    qtbot.waitUntil(lambda: page.detail.title.text() == "BX-A1-2026-000001")
    ctrl(qtbot, page.detail.focusWidget() or page.table, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(printed.slips) == 1)
    ctrl(qtbot, page.table, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(printed.slips) == 2)
    assert "补打" not in PdfReader(io.BytesIO(printed.slips[0])).pages[0].extract_text()
    assert "补打" in PdfReader(io.BytesIO(printed.slips[1])).pages[0].extract_text()
    assert page.status.text() == "Reprint no. 1 of BX-A1-2026-000001 sent to PDF 打印机."
    assert page.detail.fields.text("prints") == "2"


def test_no_printer_says_so_and_offers_the_preview(
    qtbot: QtBot,
    session: AppSession,
    estate: Estate,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_printer(*_args: object, **_kwargs: object) -> str:
        raise DomainError("printing.no_printer")

    monkeypatch.setattr(printing, "print_pdf", no_printer)
    order_id = register(session.ctx, estate.unit_id)
    page = open_page(qtbot, session)
    page.show_order(order_id)
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    page.detail.print_button.click()
    assert messages == [
        "No printer is set up on this computer. Choose one in Settings → Printers, or use Print…."
    ]
    box = page.detail.printer.offer_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    preview = next(b for b in box.buttons() if b.text() == "Preview")
    preview.click()
    dialog = dialog_of(qtbot, printing.PreviewDialog)
    assert dialog.document.pageCount() == 3
    assert dialog.windowTitle() == "Slip BX-A1-2026-000001"
    dialog.reject()
    assert orders.get(session.ctx, order_id).print_count == 0  # nothing went to paper


def test_a_forged_or_unknown_code_says_so(
    qtbot: QtBot, session: AppSession, estate: Estate, messages: list[str]
) -> None:
    register(session.ctx, estate.unit_id)
    window = open_window(qtbot, session)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "WO|BX-A1-2026-000001|000000000000")
    enter(qtbot, window.search)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    qtbot.keyClicks(window.search, "BX-A1-2026-000077")
    enter(qtbot, window.search)
    assert messages == [
        "The code for BX-A1-2026-000001 was not printed by this installation: check the paper.",
        "No work order BX-A1-2026-000077.",
    ]
    assert "work_orders" not in window.pages  # nothing was opened

    # A typed number opens the order like a scan; while typing the drop-down shows it.
    window.search.clear()
    qtbot.keyClicks(window.search, "bx-a1-2026-000001")
    window.search.run_search()
    qtbot.waitUntil(window.search.popup.isVisible)
    assert window.search.popup.list.item(0).text().startswith("BX-A1-2026-000001")
    enter(qtbot, window.search)
    page = window.pages["work_orders"]
    assert isinstance(page, WorkOrdersPage)
    qtbot.waitUntil(lambda: page.detail.title.text() == "BX-A1-2026-000001")


def test_list_filters_status_and_overdue(
    qtbot: QtBot, session: AppSession, estate: Estate, clock: FakeClock
) -> None:
    ctx = session.ctx
    old = register(ctx, estate.unit_id, text="水管漏水")
    voided = register(ctx, estate.other_unit_id, "户内 / 电气", "插座没电")
    orders.void(ctx, voided, "重复登记")
    clock.advance(days=2)
    register(ctx, estate.other_unit_id, "户内 / 门窗", "窗户关不严")
    page = open_page(qtbot, session)
    bar = page.filters

    assert numbers(page) == ["BX-A1-2026-000003", "BX-A1-2026-000001"]  # "Open" is the default
    # The old order's clocks ran out: red, and the tooltip says which.
    assert cell(page, 1, 0, Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert cell(page, 1, 0, Qt.ItemDataRole.ToolTipRole) == "Overdue: Response、Completion"
    assert cell(page, 0, 0, Qt.ItemDataRole.ToolTipRole) is None

    bar.overdue.click()
    qtbot.waitUntil(lambda: numbers(page) == ["BX-A1-2026-000001"])
    bar.overdue.click()
    bar.status.setFocus()
    qtbot.keyClick(bar.status, Qt.Key.Key_Down)  # All statuses
    qtbot.waitUntil(lambda: len(numbers(page)) == 3)
    bar.status.setCurrentIndex(bar.status.findText("Void"))
    qtbot.waitUntil(lambda: numbers(page) == ["BX-A1-2026-000002"])
    assert page.count_label.text() == "Work orders: 1"

    bar.status.setCurrentIndex(bar.status.findText("All statuses"))
    bar.category.setCurrentIndex(bar.category.findText("户内 …"))  # a group includes its children
    qtbot.waitUntil(lambda: len(numbers(page)) == 3)
    bar.category.setCurrentIndex(bar.category.findText("    门窗", Qt.MatchFlag.MatchStartsWith))
    qtbot.waitUntil(lambda: numbers(page) == ["BX-A1-2026-000003"])
    bar.category.setCurrentIndex(0)
    bar.unit.setFocus()
    qtbot.keyClicks(bar.unit, "3-2-1102")
    enter(qtbot, bar.unit)
    qtbot.waitUntil(lambda: numbers(page) == ["BX-A1-2026-000001"])
    bar.reset()
    qtbot.waitUntil(lambda: len(numbers(page)) == 2)
    bar.text.setFocus()
    type_text(qtbot, bar.text, "窗户")
    enter(qtbot, bar.text)
    qtbot.waitUntil(lambda: numbers(page) == ["BX-A1-2026-000003"])
    assert old


def test_the_lazy_model_loads_pages_and_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, session: AppSession, estate: Estate, clock: FakeClock
) -> None:
    for i in range(PAGE + 30):
        register(session.ctx, estate.unit_id if i % 2 else estate.other_unit_id, text=f"第{i}号报修")
        clock.advance(minutes=1)
    page = open_page(qtbot, session)
    model = page.model
    assert model.rowCount() == PAGE + 30
    assert model.loaded_pages() == [0]  # only the first page was read
    qtmodeltester.check(model)
    assert model.index(PAGE + 5, 0).data() == "…"  # not loaded yet: asking for it loads it
    qtbot.waitUntil(lambda: model.loaded_pages() == [0, 1])
    assert model.index(PAGE + 5, 0).data() == "BX-A1-2026-000025"
    page.table.scrollToBottom()
    qtmodeltester.check(model)


def test_a_clerk_is_not_offered_void(
    qtbot: QtBot, clerk_session: AppSession, session: AppSession, estate: Estate
) -> None:
    order_id = register(session.ctx, estate.unit_id)
    page = open_page(qtbot, clerk_session)
    page.show_order(order_id)
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    assert EventKind.VOIDED in page.detail.detail.allowed  # the state would allow it …
    assert EventKind.VOIDED not in page.detail.step_buttons  # … but a clerk's role may not
    texts = [b.text() for b in page.detail.findChildren(QPushButton) if b.isVisible()]
    assert "Vo&id…" not in texts and "Sus&pend…" in texts

    admin_page = open_page(qtbot, session)
    admin_page.show_order(order_id)
    qtbot.waitUntil(lambda: admin_page.detail.detail is not None)
    assert admin_page.detail.step_buttons[EventKind.VOIDED].isVisible()


def test_export_writes_the_filtered_list(
    qtbot: QtBot, session: AppSession, estate: Estate, tmp_path: Path
) -> None:
    register(session.ctx, estate.unit_id, text="=1+1")
    page = open_page(qtbot, session)
    page.export_to(tmp_path / "list")
    out = tmp_path / "list.xlsx"
    assert page.status.text() == f"Exported to {out} (rows: 1)."
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "单号" and rows[1][0] == "BX-A1-2026-000001" and rows[1][-1] == "'=1+1"
