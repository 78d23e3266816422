"""The complaints screen driven like a clerk and a supervisor: a complaint by phone, its deadline passes (the
clock is moved), it reaches the supervisor's "escalated to me" queue, is answered, the return visit says 满意
and it is closed; 不满意 escalates; a clerk cannot judge; the handling form previews; the models hold."""

from __future__ import annotations

from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.complaints import Channel, Evaluation, EventKind, Kind, Status
from desk_app.forms.complaints.register_form import ComplaintRegisterDialog
from desk_app.forms.complaints.steps import (
    ComplaintTextDialog,
    JudgeDialog,
    ReplyDialog,
    ReturnVisitDialog,
    SummaryDialog,
)
from desk_app.services.complaints import handling
from desk_app.services.complaints.handling import ComplaintInput, ReplyInput
from desk_app.services.context import ServiceContext
from desk_app.ui.session import AppSession
from desk_app.views.complaints.page import ComplaintsPage
from tests.conftest import FakeClock
from tests.gui.conftest import make_session
from tests.gui.conftest import type_text as shared_type_text

W = TypeVar("W", bound=QWidget)
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


# ---------------------------------------------------------------------------------------------- helpers


def open_page(qtbot: QtBot, session: AppSession) -> ComplaintsPage:
    page = ComplaintsPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 720)
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


def no_dialog(qtbot: QtBot, cls: type[QWidget]) -> None:
    qtbot.waitUntil(
        lambda: not [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    )


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    shared_type_text(qtbot, widget.lineEdit() if isinstance(widget, QComboBox) else widget, text)


def ctrl(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def numbers(page: ComplaintsPage) -> list[str]:
    return [str(page.model.index(r, 0).data()) for r in range(page.model.rowCount())]


def step_button(page: ComplaintsPage, kind: EventKind) -> QPushButton:
    button = page.detail.step_buttons[kind]
    assert button.isVisible() and button.isEnabled(), button.text()
    return button


def history_steps(page: ComplaintsPage) -> list[str]:
    model = page.detail.timeline_model
    return [str(model.index(r, 2).data()) for r in range(model.rowCount())]


def open_row(qtbot: QtBot, page: ComplaintsPage, number: str) -> None:
    qtbot.waitUntil(lambda: number in numbers(page))
    row = numbers(page).index(number)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.number == number)


def register(ctx: ServiceContext, name: str = "李四", kind: Kind = Kind.COMPLAINT) -> Any:
    data = ComplaintInput(content="楼上装修噪音太大，物业不管", complainant_name=name, kind=kind)
    return handling.register(ctx, data).value


def handled_and_replied(ctx: ServiceContext) -> Any:
    detail = register(ctx)
    handling.solution(ctx, detail.id, "已约谈装修户，限定施工时间")
    return handling.reply(ctx, detail.id, ReplyInput("已电话告知处理结果")).value


# ---------------------------------------------------------------------------------------------- the flow


def test_phone_complaint_escalates_to_the_supervisor_and_is_closed(
    qtbot: QtBot, clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext, clock: FakeClock
) -> None:
    # -- the clerk takes a complaint by phone (Ctrl+N), typed from the keyboard
    clerk = open_page(qtbot, make_session(clerk_ctx))
    ctrl(qtbot, clerk.table, Qt.Key.Key_N)
    dialog = dialog_of(qtbot, ComplaintRegisterDialog)
    assert dialog.kind.currentData() == Kind.COMPLAINT and dialog.channel.currentData() == Channel.PHONE
    type_text(qtbot, dialog.complainant, "李四")
    type_text(qtbot, dialog.phone, "13900001111")
    type_text(qtbot, dialog.content, "楼上装修噪音太大，物业不管")
    type_text(qtbot, dialog.request, "限制施工时间")
    ctrl(qtbot, dialog.content, Qt.Key.Key_S)
    no_dialog(qtbot, ComplaintRegisterDialog)
    qtbot.waitUntil(lambda: clerk.detail.detail is not None)
    number = clerk.detail.detail.number
    assert clerk.detail.detail.status is Status.REGISTERED and clerk.detail.detail.level == 0
    assert number in numbers(clerk)
    assert clerk.counts["open"] == 1 and clerk.counts["overdue"] == 0
    assert "Escalated to me (0)" in clerk.tabs.tabText(2)  # a clerk receives no escalations

    # -- the acknowledgement deadline (24 working hours) passes
    clock.advance(hours=25)
    boss = open_page(qtbot, make_session(supervisor_ctx))
    boss.set_queue("mine")
    assert numbers(boss) == []  # not escalated yet: nobody has checked the deadlines
    qtbot.keyClick(boss.table, Qt.Key.Key_F5)  # F5 checks the deadlines (automatic escalation)
    qtbot.waitUntil(lambda: numbers(boss) == [number])
    assert boss.tabs.tabText(2) == "Escalated to me (1)"
    assert boss.status.text() == "Escalated now: 1."
    row = 0
    assert "客服主管" in str(boss.model.index(row, 7).data())  # the level it sits at
    assert boss.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue: red
    open_row(qtbot, boss, number)
    assert boss.detail.detail.level == 1
    assert boss.detail.level_chip.isVisibleTo(boss.detail)
    assert "Escalated" in history_steps(boss)
    assert not boss.detail.step_buttons[EventKind.REPLIED].isVisible()  # no reply before a solution

    # -- solution, then the reply (individually), the return visit 满意, summary, close
    step_button(boss, EventKind.SOLUTION).click()
    text = dialog_of(qtbot, ComplaintTextDialog)
    type_text(qtbot, text.text, "约谈装修户，限定施工时间为8:00-12:00")
    ctrl(qtbot, text.text, Qt.Key.Key_S)
    no_dialog(qtbot, ComplaintTextDialog)
    qtbot.waitUntil(lambda: EventKind.REPLIED in boss.detail.detail.allowed)

    step_button(boss, EventKind.REPLIED).click()
    reply = dialog_of(qtbot, ReplyDialog)
    assert reply.to_name.text() == "李四" and reply.channel.currentData() == Channel.PHONE
    type_text(qtbot, reply.content, "已电话告知处理结果")
    ctrl(qtbot, reply.content, Qt.Key.Key_S)
    no_dialog(qtbot, ReplyDialog)
    qtbot.waitUntil(lambda: boss.detail.detail.status is Status.REPLIED)

    step_button(boss, EventKind.CALLBACK).click()
    visit = dialog_of(qtbot, ReturnVisitDialog)
    assert visit.evaluation.currentData() == Evaluation.SATISFIED
    assert not visit.warning.isVisible()
    ctrl(qtbot, visit.remarks, Qt.Key.Key_S)
    no_dialog(qtbot, ReturnVisitDialog)
    qtbot.waitUntil(lambda: boss.detail.detail.status is Status.CALLBACK)
    assert boss.detail.detail.level == 1  # 满意: no escalation

    step_button(boss, EventKind.SUMMARISED).click()
    summary = dialog_of(qtbot, SummaryDialog)
    type_text(qtbot, summary.summary, "装修噪音问题已解决")
    ctrl(qtbot, summary.summary, Qt.Key.Key_S)
    no_dialog(qtbot, SummaryDialog)
    qtbot.waitUntil(lambda: EventKind.CLOSED in boss.detail.detail.allowed)
    step_button(boss, EventKind.CLOSED).click()
    qtbot.waitUntil(lambda: boss.detail.detail.status is Status.CLOSED)
    assert history_steps(boss)[-1] == "Closed"
    qtbot.waitUntil(lambda: numbers(boss) == [])  # no longer in the supervisor's queue


def test_dissatisfied_return_visit_escalates_one_level(qtbot: QtBot, supervisor_ctx: ServiceContext) -> None:
    detail = handled_and_replied(supervisor_ctx)
    page = open_page(qtbot, make_session(supervisor_ctx))
    open_row(qtbot, page, detail.number)
    step_button(page, EventKind.CALLBACK).click()
    visit = dialog_of(qtbot, ReturnVisitDialog)
    qtbot.keyClick(visit.evaluation, Qt.Key.Key_End)  # 不满意
    assert visit.evaluation.currentData() == Evaluation.DISSATISFIED
    assert visit.warning.isVisible() and "escalated one level" in visit.warning.text()
    type_text(qtbot, visit.remarks, "噪音依旧")
    ctrl(qtbot, visit.remarks, Qt.Key.Key_S)
    no_dialog(qtbot, ReturnVisitDialog)
    qtbot.waitUntil(lambda: page.detail.detail.level == 1)
    assert page.detail.detail.status is Status.INVESTIGATING
    assert history_steps(page)[-2:] == ["Return visit", "Escalated"]
    assert page.counts["mine"] == 1  # level 1 (客服主管) is the supervisor's


def test_manual_escalation_needs_a_reason(qtbot: QtBot, session: AppSession, messages: list[str]) -> None:
    detail = register(session.ctx)
    page = open_page(qtbot, session)
    open_row(qtbot, page, detail.number)
    step_button(page, EventKind.ESCALATED).click()
    dialog = dialog_of(qtbot, ComplaintTextDialog)
    ctrl(qtbot, dialog.text, Qt.Key.Key_S)
    assert dialog.errors["text"].isVisible()
    type_text(qtbot, dialog.text, "业主要求经理出面")
    ctrl(qtbot, dialog.text, Qt.Key.Key_S)
    no_dialog(qtbot, ComplaintTextDialog)
    qtbot.waitUntil(lambda: page.detail.detail.level == 1)
    assert messages == []


def test_a_clerk_cannot_judge_a_supervisor_can(
    qtbot: QtBot, clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext
) -> None:
    detail = register(clerk_ctx)
    clerk = open_page(qtbot, make_session(clerk_ctx))
    open_row(qtbot, clerk, detail.number)
    assert EventKind.JUDGED not in clerk.detail.step_buttons
    clerk.detail.judge()  # even when asked directly, nothing opens
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, JudgeDialog) and w.isVisible()]

    boss = open_page(qtbot, make_session(supervisor_ctx))
    open_row(qtbot, boss, detail.number)
    step_button(boss, EventKind.JUDGED).click()
    judge = dialog_of(qtbot, JudgeDialog)
    type_text(qtbot, judge.reason, "属实，服务不到位")
    ctrl(qtbot, judge.reason, Qt.Key.Key_S)
    no_dialog(qtbot, JudgeDialog)
    qtbot.waitUntil(lambda: boss.detail.detail.valid is True)
    assert "Valid complaint" in boss.detail.fields.values["valid"].text()


def test_praise_names_who_is_praised_and_filters(qtbot: QtBot, session: AppSession) -> None:
    page = open_page(qtbot, session)
    dialog = page.register()
    dialog = dialog_of(qtbot, ComplaintRegisterDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.PRAISE))
    type_text(qtbot, dialog.complainant, "王五")
    type_text(qtbot, dialog.content, "保安小刘帮忙搬东西，特此表扬")
    ctrl(qtbot, dialog.content, Qt.Key.Key_S)
    assert dialog.errors["staff_id"].isVisible()  # praise names who is praised
    type_text(qtbot, dialog.staff, "小刘")
    ctrl(qtbot, dialog.content, Qt.Key.Key_S)
    no_dialog(qtbot, ComplaintRegisterDialog)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.kind is Kind.PRAISE)
    assert page.detail.detail.staff_name == "小刘"
    register(session.ctx, "赵六")
    page.refresh()
    qtbot.waitUntil(lambda: len(numbers(page)) == 2)
    page.kind.setCurrentIndex(page.kind.findData(Kind.PRAISE))
    qtbot.waitUntil(lambda: len(numbers(page)) == 1)
    page.kind.setCurrentIndex(0)
    type_text(qtbot, page.search, "赵六")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(numbers(page)) == 1)
    assert "praise 1" in page.stats_label.text() and "complaints 1" in page.stats_label.text()


def test_handling_form_preview_and_models(qtbot: QtBot, session: AppSession, qtmodeltester: Any) -> None:
    detail = handled_and_replied(session.ctx)
    page = open_page(qtbot, session)
    open_row(qtbot, page, detail.number)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.detail.timeline_model)
    page.detail.preview_button.click()
    qtbot.waitUntil(lambda: page.detail.preview_dialog is not None and page.detail.preview_dialog.isVisible())
    preview = page.detail.preview_dialog
    assert preview.document.pageCount() >= 1
    assert detail.number in preview.windowTitle()
    preview.reject()


def test_register_finds_the_complainant_in_the_archive(qtbot: QtBot, session: AppSession) -> None:
    from desk_app.domain.enums import Relation
    from desk_app.services.archive import buildings, people, units

    ctx = session.ctx
    b = buildings.create_building(ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(ctx, b, buildings.EntranceInput("2")).value
    unit = units.create_unit(ctx, units.UnitInput(e, "1102")).value
    owner = people.create_person(ctx, people.PersonInput("张三", mobile="13812345678")).value
    people.link(ctx, people.RelationInput(unit.id, owner.id, Relation.OWNER, is_primary=True))

    page = open_page(qtbot, session)
    page.register()
    dialog = dialog_of(qtbot, ComplaintRegisterDialog)
    assert dialog.focusWidget() is dialog.kind
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.unit_edit
    type_text(qtbot, dialog.unit_edit, "3栋2单元1102")
    qtbot.keyClick(dialog.unit_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.complainant.currentText() == "张三")
    assert dialog.unit_edit.text() == "3-2-1102" and dialog.phone.text() == "13812345678"
    type_text(qtbot, dialog.content, "电梯经常停运")
    ctrl(qtbot, dialog.content, Qt.Key.Key_S)
    no_dialog(qtbot, ComplaintRegisterDialog)
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    detail = page.detail.detail
    assert detail is not None
    assert detail.unit_code == "3-2-1102" and detail.complainant_person_id == owner.id
    assert page.detail.fields.values["unit"].text() == "3-2-1102"
