"""Scan or type any document number into the global search: a one-line preview, and Enter opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain import qr
from desk_app.services import installation
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders.orders import qr_secret
from desk_app.ui.session import AppSession
from desk_app.views.main_window import MainWindow
from desk_app.views.money.page import MoneyPage
from desk_app.views.renovation.page import RenovationPage
from tests.unit.services.test_money_refunds_fixtures import make_deposit

SHOTS = Path("/tmp/shots")


def _window(qtbot: QtBot, session: AppSession) -> MainWindow:
    window = MainWindow(session, installation.site_info(session.ctx))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _secret(ctx: ServiceContext) -> str:
    with ctx.db.write() as s:
        return qr_secret(s)


def test_a_typed_receipt_number_opens_the_money_page_on_it(
    qtbot: QtBot, session: AppSession, messages: list[str]
) -> None:
    d = make_deposit(session.ctx)
    window = _window(qtbot, session)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "sj-a1-2026-000001")
    window.search.run_search()  # the debounce fires (a scanner does not wait for it: Enter below)
    qtbot.waitUntil(window.search.popup.isVisible)
    preview = window.search.popup.list.item(0).text()
    assert preview == "Receipt    SJ-A1-2026-000001    3-2-1102    Issued"
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "search_preview.png"))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    page = window.pages["fees"]
    assert isinstance(page, MoneyPage)
    qtbot.waitUntil(lambda: page.current() is not None and page.current().id == d.receipt_id)  # type: ignore[union-attr]
    assert page.tabs.currentIndex() == 0 and page.list.current().number == "SJ-A1-2026-000001"  # type: ignore[union-attr]
    assert window.search.text() == "" and not messages


def test_a_scanned_pass_opens_the_passes_tab_with_the_pass_chosen(
    qtbot: QtBot, session: AppSession, messages: list[str]
) -> None:
    d = make_deposit(session.ctx)
    window = _window(qtbot, session)
    window.search.setFocus()
    qtbot.keyClicks(window.search, qr.encode(_secret(session.ctx), "PS", d.lost_pass_number))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # a scanner types, then Enter at once
    page = window.pages["renovation"]
    assert isinstance(page, RenovationPage)
    view = page.tabs.widget(1)
    qtbot.waitUntil(lambda: view.current_pass() is not None)  # type: ignore[attr-defined]
    assert page.tabs.currentIndex() == 1
    assert view.current_pass().number == d.lost_pass_number  # type: ignore[attr-defined]
    assert view.model.rowCount() == 1 and not messages  # type: ignore[attr-defined]


def test_forged_and_unknown_codes_say_so(qtbot: QtBot, session: AppSession, messages: list[str]) -> None:
    make_deposit(session.ctx)
    window = _window(qtbot, session)
    window.search.setFocus()
    qtbot.keyClicks(window.search, qr.encode("elsewhere", "RF", "TK-A1-2026-000001"))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # the clerk clears the box (the code stays to be read)
    qtbot.keyClicks(window.search, "ZX-A1-2026-000099")
    window.search.run_search()
    qtbot.waitUntil(window.search.popup.isVisible)
    assert (
        window.search.popup.list.item(0).text()
        == "No document with the number ZX-A1-2026-000099 was issued here."
    )
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert messages == [
        "The code for TK-A1-2026-000001 was not printed by this installation: check the paper.",
        "No document with the number ZX-A1-2026-000099 was issued here.",
    ]
    assert "fees" not in window.pages and "renovation" not in window.pages  # nothing was opened


def _enter_number(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.setFocus()
    qtbot.keyClicks(window.search, text)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)


def test_a_refund_and_a_visit_open_where_they_live(
    qtbot: QtBot, session: AppSession, messages: list[str]
) -> None:
    from desk_app.domain.refunds import Deduction
    from desk_app.domain.visits import Purpose, VisitorKind
    from desk_app.services.money import refunds
    from desk_app.services.visits import log as visits
    from desk_app.views.visits.page import VisitsPage
    from tests.unit.services.test_money_refunds_fixtures import LOST_FEE_FEN

    d = make_deposit(session.ctx)
    lost = Deduction("lost_pass", LOST_FEE_FEN, "")
    data = refunds.RefundInput(d.qr_text, True, [lost], 100_000, "cash", "", "张三")
    refund = refunds.issue_refund(session.ctx, data).value
    visit = visits.log_visit(
        session.ctx,
        visits.VisitInput(VisitorKind.CONTRACTOR, Purpose.RENOVATION, name="陈工", company="美家装饰"),
    ).value
    window = _window(qtbot, session)

    _enter_number(qtbot, window, qr.encode(_secret(session.ctx), "RF", refund.number))
    money = window.pages["fees"]
    assert isinstance(money, MoneyPage)
    qtbot.waitUntil(lambda: money.refunds.current() is not None)
    assert money.tabs.currentWidget() is money.refunds and money.refunds.current().id == refund.id  # type: ignore[union-attr]

    _enter_number(qtbot, window, visit.number)
    page = window.pages["visits"]
    assert isinstance(page, VisitsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.search.text() == visit.number and not messages


def test_a_day_close_number_opens_the_day_close_tab_on_it(
    qtbot: QtBot, session: AppSession, messages: list[str]
) -> None:
    from desk_app.services.money import day_close

    make_deposit(session.ctx)
    closed = day_close.close_day(session.ctx, "前台小李", None).value
    window = _window(qtbot, session)
    _enter_number(qtbot, window, closed.number)
    money = window.pages["fees"]
    assert isinstance(money, MoneyPage)
    qtbot.waitUntil(lambda: money.day_close.current_close() is not None)
    assert money.tabs.currentWidget() is money.day_close
    assert money.day_close.current_close().id == closed.id and not messages  # type: ignore[union-attr]
