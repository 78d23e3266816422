"""The return-visit queue (回访) as a clerk and a supervisor work it: pick a row, press Enter, record the call."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QTableView
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Relation
from desk_app.domain.work_orders import Evaluation, Status
from desk_app.forms.callbacks.callback_form import CallbackDialog
from desk_app.services import installation
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders import categories, orders, views
from desk_app.ui.session import AppSession
from desk_app.views.callbacks.page import CallbacksPage, QueueGroup
from desk_app.views.main_window import MainWindow
from tests.conftest import FakeClock
from tests.gui.conftest import make_session, type_text

LEFT = Qt.MouseButton.LeftButton


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def numbers(group: QueueGroup) -> list[str]:
    return (
        [group.model.index(r, 0).data() for r in range(group.model.rowCount())] if group.isVisible() else []
    )


def cells(view: QTableView, row: int) -> list[str]:
    model = view.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


class Desk:
    """An estate with one unit per reporter, and orders whose slips came back."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        categories.ensure_defaults(ctx)
        b = buildings.create_building(ctx, buildings.BuildingInput("3")).value
        self.entrance = buildings.create_entrance(ctx, b, buildings.EntranceInput("2")).value
        self.category_id = next(c.id for c in categories.list_categories(ctx) if c.path == "户内 / 给排水")
        self.rooms = 0

    def returned(self, reporter: str, phone: str) -> views.WorkOrderDetail:
        """Register an order for a new unit and return its slip now (the return visit becomes due)."""
        self.rooms += 1
        unit = units.create_unit(self.ctx, units.UnitInput(self.entrance, f"{self.rooms}01")).value
        person = people.create_person(self.ctx, people.PersonInput(reporter, mobile=phone)).value
        people.link(self.ctx, people.RelationInput(unit.id, person.id, Relation.OWNER, is_primary=True))
        order = orders.register(
            self.ctx,
            orders.RegisterInput(
                category_id=self.category_id,
                description="厨房水管漏水",
                reporter_name=reporter,
                contact_phone=phone,
                unit_id=unit.id,
            ),
        ).value
        now = self.ctx.now()
        slip = orders.SlipReturn("李师傅", now - timedelta(hours=2), now - timedelta(hours=1), "更换三通")
        return orders.return_slip(self.ctx, order.id, slip).value


@pytest.fixture
def three(admin_ctx: ServiceContext, clock: FakeClock) -> dict[str, views.WorkOrderDetail]:
    """Returned Monday (overdue by Wednesday), Tuesday (due Wednesday) and Wednesday (due Thursday)."""
    desk = Desk(admin_ctx)
    late = desk.returned("张三", "13812345678")
    clock.advance(days=1)
    today = desk.returned("李四", "13900001111")
    clock.advance(days=1)  # Wednesday 25 Nov 2026, 09:30 in Shanghai
    coming = desk.returned("王五", "13700002222")
    return {"overdue": late, "today": today, "upcoming": coming}


def open_page(qtbot: QtBot, session: AppSession, qtmodeltester: object) -> CallbacksPage:
    page = CallbacksPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    for group in (*page.queue_groups, page.rework):
        qtmodeltester.check(group.model)  # type: ignore[attr-defined]
    return page


def open_dialog_with_enter(qtbot: QtBot, page: CallbacksPage, group: QueueGroup, row: int) -> CallbackDialog:
    group.table.setFocus()
    group.select(row)
    qtbot.keyClick(group.table, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.isVisible()
    qtbot.waitUntil(page.dialog.isActiveWindow)  # keys and shortcuts go to the active window
    return page.dialog


def save_with_ctrl_s(qtbot: QtBot, dialog: CallbackDialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_orders_appear_in_their_group(
    qtbot: QtBot, session: AppSession, three: dict[str, views.WorkOrderDetail], qtmodeltester: object
) -> None:
    page = open_page(qtbot, session, qtmodeltester)
    assert numbers(page.overdue) == [three["overdue"].number]
    assert numbers(page.due_today) == [three["today"].number]
    assert numbers(page.upcoming) == [three["upcoming"].number]
    assert page.overdue.title.text() == "Overdue (1)" and page.due_today.title.text() == "Due today (1)"
    row = cells(page.overdue.table, 0)
    assert row[:6] == [three["overdue"].number, "3-2-101", "张三", "13812345678", "给排水", "工程部"]
    assert row[6] == "2026-11-23 09:30"  # slip returned Monday
    assert row[7] == "2026-11-24 23:59"  # due within one working day: Tuesday
    overdue_brush = page.overdue.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue_brush.color().name() == "#c62828"  # overdue shows red
    assert page.due_today.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.summary.text() == "1 overdue · 1 due today · 1 upcoming"
    assert page.rate_value.text() == "0 %"  # three slips back this month, no return visit yet
    assert page.rework.isVisible()  # the admin supervises too
    assert numbers(page.rework) == [] and page.rework.empty.isVisible()


def test_recording_satisfied_closes_the_order_and_removes_it_from_the_queue(
    qtbot: QtBot, session: AppSession, three: dict[str, views.WorkOrderDetail], qtmodeltester: object
) -> None:
    page = open_page(qtbot, session, qtmodeltester)
    dialog = open_dialog_with_enter(qtbot, page, page.due_today, 0)
    assert dialog.windowTitle() == f"Record return visit — {three['today'].number}"
    assert dialog.phone.text() == "13900001111"  # pre-filled with the order's contact phone
    assert dialog.method.value() is not None and dialog.outcome.buttons["reached"].isChecked()
    assert not dialog.rework_note.isVisible()
    click(qtbot, dialog.evaluation.buttons[Evaluation.SATISFIED])
    type_text(qtbot, dialog.remarks, "业主表示满意")
    qtbot.keyClick(dialog.remarks, Qt.Key.Key_Return)  # Enter on the last field saves
    assert not dialog.isVisible()
    closed = orders.get(session.ctx, three["today"].id)
    assert closed.status is Status.CLOSED and closed.evaluation == "satisfied"
    assert numbers(page.due_today) == [] and page.due_today.empty.isVisible()
    assert three["today"].number not in numbers(page.overdue) + numbers(page.upcoming)
    # The clerk goes on with the next order in line without touching the mouse.
    assert page.upcoming.current().id == three["upcoming"].id
    assert page.rate_value.text() == "33 %"
    event = orders.history_events(session.ctx, three["today"].id)[-1]
    assert event.payload["phone"] == "13900001111" and event.payload["remarks"] == "业主表示满意"


def test_reached_without_an_evaluation_is_refused_inline(
    qtbot: QtBot, session: AppSession, three: dict[str, views.WorkOrderDetail], qtmodeltester: object
) -> None:
    page = open_page(qtbot, session, qtmodeltester)
    dialog = open_dialog_with_enter(qtbot, page, page.overdue, 0)
    save_with_ctrl_s(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["evaluation"].text() == "Choose the customer's evaluation."
    assert orders.get(session.ctx, three["overdue"].id).callback_attempts == 0


def test_dissatisfied_sends_the_order_back_and_the_supervisor_sees_it(
    qtbot: QtBot,
    supervisor_ctx: ServiceContext,
    three: dict[str, views.WorkOrderDetail],
    qtmodeltester: object,
    messages: list[str],
) -> None:
    session = make_session(supervisor_ctx)
    page = open_page(qtbot, session, qtmodeltester)
    table = page.overdue.table
    rect = table.visualRect(table.model().index(0, 2))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())  # a double click opens it too
    dialog = page.dialog
    assert dialog is not None
    click(qtbot, dialog.evaluation.buttons[Evaluation.DISSATISFIED])
    assert dialog.rework_note.isVisible()
    assert "back to 工程部 as rework" in dialog.rework_note.text()
    assert "supervisor is notified" in dialog.rework_note.text()
    assert dialog.save_button.text() == "Save and send back for rework"
    type_text(qtbot, dialog.remarks, "还在漏")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible() and messages == []

    detail = orders.get(supervisor_ctx, three["overdue"].id)
    assert detail.status is Status.DISPATCHED and detail.rework_count == 1  # back with the department
    assert numbers(page.overdue) == []
    assert numbers(page.rework) == [three["overdue"].number]
    row = cells(page.rework.table, 0)
    assert row[4:7] == ["工程部", "Dispatched", "1"]
    assert row[7] == "2026-11-25 09:30 客服主管老李" and row[8] == "还在漏"
    assert page.rework.title.text() == "Dissatisfied — back in rework (1)"


def test_no_answer_keeps_the_order_queued_with_one_attempt(
    qtbot: QtBot,
    session: AppSession,
    three: dict[str, views.WorkOrderDetail],
    qtmodeltester: object,
    clock: FakeClock,
) -> None:
    page = open_page(qtbot, session, qtmodeltester)
    dialog = open_dialog_with_enter(qtbot, page, page.upcoming, 0)
    assert not dialog.retry_at.isVisible()
    click(qtbot, dialog.outcome.buttons["no_answer"])
    assert dialog.retry_at.isVisible() and not dialog.evaluation.isVisible()
    # The retry defaults to two hours later (11:30 Shanghai time).
    assert dialog.retry_at.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-25 11:30"
    save_with_ctrl_s(qtbot, dialog)
    assert not dialog.isVisible()

    detail = orders.get(session.ctx, three["upcoming"].id)
    assert detail.status is Status.RETURNED and detail.callback_attempts == 1
    assert numbers(page.upcoming) == [three["upcoming"].number]
    assert cells(page.upcoming.table, 0)[8] == "1"  # attempts
    assert [e.payload.get("retry_at") for e in orders.history_events(session.ctx, detail.id)][-1] == (
        (clock.now + timedelta(hours=2)).isoformat()
    )


def test_a_retry_in_the_past_is_refused(
    qtbot: QtBot, session: AppSession, three: dict[str, views.WorkOrderDetail], qtmodeltester: object
) -> None:
    page = open_page(qtbot, session, qtmodeltester)
    dialog = open_dialog_with_enter(qtbot, page, page.due_today, 0)
    click(qtbot, dialog.outcome.buttons["no_answer"])
    dialog.retry_at.setFocus()
    dialog.retry_at.setDateTime(dialog.retry_at.dateTime().addSecs(-3 * 3600))
    click(qtbot, dialog.save_button)
    assert dialog.errors["retry_at"].text() == "The time to call again must be later than now."
    assert orders.get(session.ctx, three["today"].id).callback_attempts == 0


def test_a_clerk_does_not_see_the_rework_list(
    qtbot: QtBot, clerk_session: AppSession, three: dict[str, views.WorkOrderDetail], qtmodeltester: object
) -> None:
    page = open_page(qtbot, clerk_session, qtmodeltester)
    assert numbers(page.overdue) == [three["overdue"].number]
    assert not page.rework.isVisible()
    # The record button takes the selected row (the first overdue one when the page opens).
    click(qtbot, page.record_button)
    assert page.dialog is not None and page.dialog.target.order_id == three["overdue"].id
    page.dialog.reject()


def test_the_section_opens_the_queue(qtbot: QtBot, session: AppSession) -> None:
    window = MainWindow(session, installation.site_info(session.ctx))
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.show_section("callbacks"), CallbacksPage)


def test_a_long_group_says_how_many_are_listed(
    qtbot: QtBot,
    session: AppSession,
    clock: FakeClock,
    qtmodeltester: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(views, "QUEUE_LIMIT", 2)
    desk = Desk(session.ctx)
    for name in ("张三", "李四", "王五"):
        desk.returned(name, "13812345678")
    clock.advance(days=3)
    page = open_page(qtbot, session, qtmodeltester)
    assert len(numbers(page.overdue)) == 2
    assert page.overdue.title.text() == "Overdue (3)  (the first 2 are listed)"
    assert page.summary.text() == "3 overdue · 0 due today · 0 upcoming"
