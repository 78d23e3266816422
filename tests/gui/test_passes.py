"""Temporary passes driven like a clerk: issue passes for two workers of an approved filing from its panel,
preview and print them, mark one returned, report one lost; the Passes tab's expiring strip with the
FakeClock, and a visitor pass from Ctrl+N."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.renovation import PassHolderKind, PassStatus
from desk_app.forms.renovation.pass_form import (
    IssuePassesDialog,
    LostPassDialog,
    VisitorPassDialog,
    VoidPassDialog,
)
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO
from desk_app.services.renovation import passes
from desk_app.ui import printing
from desk_app.ui.session import AppSession
from desk_app.views.renovation.pass_list import PassListView
from desk_app.views.renovation.passes_panel import PassesPanel
from tests.conftest import FakeClock
from tests.gui.conftest import make_session
from tests.gui.test_work_orders import ctrl, dialog_of, no_dialog, type_text
from tests.unit.services.test_passes_fixtures import END, make_filing, photo_bytes

TODAY = date(2026, 11, 23)  # the FakeClock's

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def show(qtbot: QtBot, widget: PassesPanel | PassListView) -> None:
    qtbot.addWidget(widget)
    widget.resize(1000, 520)
    widget.show()
    qtbot.waitExposed(widget)


def test_issue_print_return_and_lose_from_the_filing_panel(
    qtbot: QtBot, clerk_session: AppSession, admin_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[tuple[bytes, str]] = []

    def fake_print_pdf(
        pdf: bytes, profile: ProfileDTO, paper_key: str, parent: object = None, ask: bool = False
    ) -> str:
        printed.append((pdf, paper_key))
        return "卡片打印机"

    monkeypatch.setattr(printing, "print_pdf", fake_print_pdf)
    filing = make_filing(admin_ctx)
    panel = PassesPanel(clerk_session)
    show(qtbot, panel)
    panel.show_filing(None, "")
    assert not panel.issue_button.isEnabled()
    panel.show_filing(filing.id, "approved")
    assert not panel.void_button.isVisibleTo(panel)  # a clerk may not void

    panel.issue_button.click()
    dialog = dialog_of(qtbot, IssuePassesDialog)
    assert dialog.valid_until.date().toPython() == END
    third = dialog.workers.item(2)
    dialog.workers.setCurrentRow(2)
    qtbot.keyClick(dialog.workers, Qt.Key.Key_Space)  # untick the third worker
    assert third.checkState() == Qt.CheckState.Unchecked
    ctrl(qtbot, dialog.workers, Qt.Key.Key_S)
    no_dialog(qtbot, IssuePassesDialog)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert [panel.model.index(r, 1).data() for r in range(2)] == ["王建国", "李师傅"]
    assert "2 passes issued" in panel.status_line.text()
    assert len(panel.selected_passes()) == 2  # the new passes are selected for Print

    panel.pass_actions.print_selected("a4-10up")
    preview = dialog_of(qtbot, printing.PreviewDialog)
    assert preview.document.pageCount() == 1
    preview.print_button.click()
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert printed[0][1] == "a4"
    qtbot.waitUntil(lambda: panel.model.index(0, 5).data() == "1")

    panel.table.selectRow(0)
    panel.return_button.click()
    qtbot.waitUntil(lambda: panel.model.row_at(0).status is PassStatus.RETURNED)
    assert not panel.return_button.isEnabled()
    panel.table.selectRow(1)
    panel.lost_button.click()
    lost = dialog_of(qtbot, LostPassDialog)
    assert "¥20.00" in lost.fee_label.text()
    type_text(qtbot, lost.note, "工地遗失")
    ctrl(qtbot, lost.note, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: panel.model.row_at(1).status is PassStatus.LOST)
    assert panel.model.index(1, 4).data() == "Lost"
    assert passes.lost_fees_unpaid(clerk_session.ctx, filing.id)[0].fee_fen == 2000


def test_passes_tab_strip_counts_and_filters_with_the_clock(
    qtbot: QtBot, clerk_session: AppSession, admin_ctx: ServiceContext, clock: FakeClock
) -> None:
    ctx = clerk_session.ctx
    today = ctx.local_now().date()
    for name, days in (("周工", 3), ("孙工", 10)):
        passes.issue_visitor_pass(
            ctx,
            passes.VisitorPassInput(
                PassHolderKind.OUTSIDE_STAFF, name, today, today + timedelta(days=days - 1)
            ),
        )
    view = PassListView(clerk_session)
    show(qtbot, view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert view.expiring_button.text() == "Expiring in 3 days: 1"
    assert view.expired_button.text() == "Expired and not returned: 0"
    clock.advance(days=6)
    view.reload()
    qtbot.waitUntil(lambda: view.expired_button.text() == "Expired and not returned: 1")
    assert view.expiring_button.text() == "Expiring in 3 days: 1"
    view.expired_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert (
        view.model.index(0, 1).data() == "周工" and view.model.index(0, 7).data() == "Expired, not returned"
    )
    view.expiring_button.click()  # the other count: only one filter at a time
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.index(0, 1).data() == "孙工")
    assert not view.expired_button.isChecked()


def test_visitor_pass_from_ctrl_n_with_a_photo(qtbot: QtBot, clerk_session: AppSession) -> None:
    host = QWidget()  # the renovation page: its Ctrl+N is a new filing, except inside this tab
    filings_opened: list[bool] = []
    QShortcut(
        QKeySequence.StandardKey.New,
        host,
        lambda: filings_opened.append(True),
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    )
    view = PassListView(clerk_session, host)
    QVBoxLayout(host).addWidget(view)
    qtbot.addWidget(host)
    host.resize(1000, 520)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    view.table.setFocus()
    ctrl(qtbot, view.table, Qt.Key.Key_N)
    dialog = dialog_of(qtbot, VisitorPassDialog)
    type_text(qtbot, dialog.name, "吴师傅")
    type_text(qtbot, dialog.company, "电梯维保公司")
    assert dialog.photo.set_photo(photo_bytes()) and not dialog.photo.set_photo(b"junk")
    dialog.valid_until.setDate(dialog.valid_from.date().addDays(40))
    ctrl(qtbot, dialog.name, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: "30 days" in dialog.errors["valid_until"].text())
    dialog.valid_until.setDate(dialog.valid_from.date().addDays(6))
    ctrl(qtbot, dialog.name, Qt.Key.Key_S)
    no_dialog(qtbot, VisitorPassDialog)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    issued = view.model.row_at(0)
    assert (issued.name, issued.company, issued.holder_kind) == (
        "吴师傅",
        "电梯维保公司",
        PassHolderKind.OUTSIDE_STAFF,
    )
    assert issued.photo_id is not None and "issued to 吴师傅" in view.status_line.text()
    assert not filings_opened


def test_a_supervisor_voids_a_pass_with_a_reason(
    qtbot: QtBot, supervisor_ctx: ServiceContext, admin_ctx: ServiceContext
) -> None:
    filing = make_filing(admin_ctx)
    passes.issue_passes(supervisor_ctx, passes.PassRequest(filing.id, filing.worker_ids[:1], TODAY, END))
    panel = PassesPanel(make_session(supervisor_ctx))
    show(qtbot, panel)
    panel.show_filing(filing.id, "extended")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.void_button.isVisibleTo(panel) and panel.void_button.isEnabled()
    panel.void_button.click()
    dialog = dialog_of(qtbot, VoidPassDialog)
    ctrl(qtbot, dialog.reason, Qt.Key.Key_S)  # no reason: the message goes under the field
    qtbot.waitUntil(lambda: dialog.errors["reason"].isVisible())
    type_text(qtbot, dialog.reason, "打印错误")
    ctrl(qtbot, dialog.reason, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: panel.model.row_at(0).status is PassStatus.VOID)
    assert "voided" in panel.status_line.text() and not panel.void_button.isEnabled()
