"""The Refunds tab of the money page: the list, a refund's deductions, and a supervisor voiding it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.domain.refunds import Deduction
from desk_app.services.context import ServiceContext
from desk_app.services.money import refunds
from desk_app.ui.session import AppSession
from desk_app.views.money.page import MoneyPage
from desk_app.views.money.refund_list import RefundVoidDialog
from tests.gui.conftest import make_session, type_text
from tests.unit.services.test_money_refunds_fixtures import LOST_FEE_FEN, make_deposit

SHOTS = Path("/tmp/shots")


def _refund(ctx: ServiceContext) -> refunds.RefundDTO:
    d = make_deposit(ctx)
    lost = Deduction("lost_pass", LOST_FEE_FEN, f"{d.lost_pass_number} 钱七")
    data = refunds.RefundInput(d.qr_text, True, [lost], 100_000, "cash", "", "张三")
    return refunds.issue_refund(ctx, data).value


def _page(qtbot: QtBot, session: AppSession) -> MoneyPage:
    page = MoneyPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts go to the active window
    page.tabs.setCurrentWidget(page.refunds)
    qtbot.waitUntil(lambda: page.refunds.model.rowCount() == 1)
    return page


def test_a_supervisor_voids_a_refund_with_a_reason(
    qtbot: QtBot, supervisor_ctx: ServiceContext, qapp: object
) -> None:
    refund = _refund(supervisor_ctx)
    page = _page(qtbot, make_session(supervisor_ctx))
    view = page.refunds
    cells = [str(view.model.index(0, c).data()) for c in range(view.model.columnCount())]
    assert cells[0] == refund.number and cells[2] == "SJ-A1-2026-000001" and cells[3] == "3-2-1102"
    assert cells[4] == "张三" and cells[-1] == "Issued"
    assert view.detail.deductions.rowCount() == 1
    assert view.detail.deductions.index(0, 2).data() == "CR-A1-2026-000002 钱七"
    assert view.void_button.isVisible() and view.void_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "refunds_tab.png"))

    view.table.setFocus()
    qtbot.keyClick(
        view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: view.void_dialog is not None and view.void_dialog.isVisible())
    dialog = view.void_dialog
    assert isinstance(dialog, RefundVoidDialog)
    dialog.save()  # no reason yet: refused, nothing voided
    assert dialog.isVisible() and not refunds.get_refund(supervisor_ctx, refund.id).void
    type_text(qtbot, dialog.reason, "扣款录入错误，已重开")
    dialog.grab().save(str(SHOTS / "refund_void_dialog.png"))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert refunds.get_refund(supervisor_ctx, refund.id).void_reason == "扣款录入错误，已重开"
    qtbot.waitUntil(lambda: view.model.index(0, 8).data() == "Void")
    assert view.status_line.text() == f"{refund.number} is void."
    assert not view.void_button.isEnabled() and view.detail.void_line.text().endswith("已重开")
    QApplication.processEvents()


def test_a_clerk_sees_refunds_but_cannot_void(
    qtbot: QtBot, supervisor_ctx: ServiceContext, clerk_ctx: ServiceContext, qapp: object
) -> None:
    _refund(supervisor_ctx)
    page = _page(qtbot, make_session(clerk_ctx))
    assert not page.refunds.void_button.isVisible() and page.refunds.print_button.isEnabled()
    assert page.refunds.void_refund() is None
