"""The goods-release screen driven like a clerk: a slip for a unit under renovation typed from the keyboard
(the warning is shown and blocks saving until acknowledged), printed, confirmed by the gate; the void."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.db.models import RenovationFiling
from desk_app.domain.enums import Relation
from desk_app.domain.release import ReleaseItem, ReleaseStatus
from desk_app.forms.release.confirm_dialog import GuardConfirmDialog, VoidReleaseDialog
from desk_app.forms.release.release_form import ReleaseDialog
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO
from desk_app.services.release import slips
from desk_app.services.tracking import new_row
from desk_app.ui import printing
from desk_app.ui.session import AppSession
from desk_app.views.release.page import ReleasePage
from tests.gui.conftest import make_session, type_text


@dataclass
class Estate:
    unit_id: str
    owner_id: str
    tenant_id: str


@pytest.fixture
def estate(admin_ctx: ServiceContext) -> Estate:
    b = buildings.create_building(admin_ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(admin_ctx, b, buildings.EntranceInput("2")).value
    unit = units.create_unit(admin_ctx, units.UnitInput(e, "1102")).value
    owner = people.create_person(admin_ctx, people.PersonInput("张三", mobile="13812345678")).value
    tenant = people.create_person(admin_ctx, people.PersonInput("王五", mobile="13712345678")).value
    people.link(admin_ctx, people.RelationInput(unit.id, owner.id, Relation.OWNER, is_primary=True))
    people.link(admin_ctx, people.RelationInput(unit.id, tenant.id, Relation.TENANT))
    with admin_ctx.db.write() as s:
        s.add(
            new_row(
                admin_ctx,
                RenovationFiling(
                    number="ZX-A1-2026-000012",
                    unit_id=unit.id,
                    unit_code="3-2-1102",
                    owner_name="张三",
                    contractor_company="好家装饰",
                    responsible_name="钱七",
                    responsible_phone="13512345678",
                    planned_start=date(2026, 11, 1),
                    planned_end=date(2027, 1, 31),
                    current_end=date(2027, 1, 31),
                    status="approved",
                ),
            )
        )
    return Estate(unit.id, owner.id, tenant.id)


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The saved printer: what was sent is kept (the Qt print path itself is tested with work orders)."""
    sent: list[bytes] = []

    def fake_print_pdf(
        pdf: bytes, profile: ProfileDTO, paper_key: str, parent: object = None, ask: bool = False
    ) -> str:
        sent.append(pdf)
        return "PDF 打印机"

    monkeypatch.setattr(printing, "print_pdf", fake_print_pdf)
    return sent


def open_page(qtbot: QtBot, session: AppSession) -> ReleasePage:
    page = ReleasePage(session)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def active(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def enter(qtbot: QtBot) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_slip_for_a_unit_under_renovation_typed_printed_and_confirmed(
    qtbot: QtBot, clerk_session: AppSession, estate: Estate, printed: list[bytes]
) -> None:
    page = open_page(qtbot, clerk_session)
    assert not page.void_action.isVisible()  # a clerk cannot void
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert isinstance(form, ReleaseDialog)
    active(qtbot, form)
    assert QApplication.focusWidget() is form.unit_edit
    type_text(qtbot, form.unit_edit, "3-2-1102")
    enter(qtbot)
    # only the owner is offered (the tenant may not take goods out), with the phone from the archive
    assert [form.applicant.itemText(i) for i in range(form.applicant.count())] == ["张三 (Owner)"]
    assert form.phone.text() == "13812345678"
    assert form.warning_box.isVisible() and "ZX-A1-2026-000012" in form.warning_list.text()
    assert QApplication.focusWidget() is form.applicant
    enter(qtbot)  # → phone
    enter(qtbot)  # → the acknowledgement (Enter moves on without ticking it: the save will ask)
    assert QApplication.focusWidget() is form.acknowledged
    enter(qtbot)
    type_text(qtbot, form.item_rows[0].name, "沙发")
    enter(qtbot)  # → quantity
    assert QApplication.focusWidget() is form.item_rows[0].quantity
    enter(qtbot)  # 1 sofa; a second row opens
    assert form.item_rows[1].name.isVisible() and QApplication.focusWidget() is form.item_rows[1].name
    type_text(qtbot, form.item_rows[1].name, "纸箱")
    enter(qtbot)
    qtbot.keyClicks(form.item_rows[1].quantity, "5")
    enter(qtbot)
    enter(qtbot)  # the empty third row ends the list
    assert QApplication.focusWidget() is form.plate
    type_text(qtbot, form.plate, "粤A12345")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # refused: the warning was not acknowledged; nothing saved, the focus on the checkbox
    assert form.isVisible() and "confirm before issuing" in form.errors["acknowledged"].text()
    assert QApplication.focusWidget() is form.acknowledged
    assert slips.list_releases(clerk_session.ctx) == []
    qtbot.keyClick(form.acknowledged, Qt.Key.Key_Space)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())

    # saved and printed (two copies), shown in the list and the detail
    assert len(printed) == 1 and len(PdfReader(io.BytesIO(printed[0])).pages) == 2
    assert page.status.text() == "FX-A1-2026-000001 sent to PDF 打印机 (2 copies)."
    detail = page.detail
    assert detail.detail is not None and detail.detail.number == "FX-A1-2026-000001"
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.print_count == 1)
    d = detail.detail
    assert d.items == (ReleaseItem("沙发", 1), ReleaseItem("纸箱", 5)) and d.plate == "粤A12345"
    assert "ZX-A1-2026-000012" in detail.fields.values["warnings"].text()
    assert page.list.model.rowCount() == 1 and detail.print_button.text() == "Reprint"

    # the gate's copy comes back: Ctrl+G, the guard's name, Enter, Enter
    active(qtbot, page)
    qtbot.keyClick(page.list.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = detail.last_dialog
    assert isinstance(dialog, GuardConfirmDialog)
    active(qtbot, dialog)
    type_text(qtbot, dialog.guard, "保安老周")
    enter(qtbot)
    enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.status is ReleaseStatus.CONFIRMED)
    assert detail.dues.values["guard"].text() == "保安老周"
    assert not page.confirm_action.isEnabled()
    assert [e.kind for e in slips.history(clerk_session.ctx, d.id)] == ["issued", "printed", "confirmed"]


def test_a_tenant_found_by_name_is_not_offered(
    qtbot: QtBot, clerk_session: AppSession, estate: Estate
) -> None:
    form = ReleaseDialog(clerk_session)
    qtbot.addWidget(form)
    form.show()
    active(qtbot, form)
    type_text(qtbot, form.unit_edit, "王五")
    enter(qtbot)
    assert form.unit_id == estate.unit_id
    assert form.errors["applicant"].text() == "王五 is not an owner or authorised person of 3-2-1102."
    assert form.applicant.currentText() == "张三 (Owner)" and form.phone.text() == "13812345678"


def test_a_supervisor_voids_a_slip_and_its_copies_say_so(
    qtbot: QtBot, supervisor_ctx: ServiceContext, estate: Estate, printed: list[bytes], qapp: object
) -> None:
    ctx = supervisor_ctx
    data = slips.ReleaseInput(
        estate.unit_id, estate.owner_id, [ReleaseItem("冰箱", 1)], acknowledged_warnings=True
    )
    slip = slips.issue_release(ctx, data).value
    page = open_page(qtbot, make_session(ctx))
    qtbot.waitUntil(lambda: page.detail.release_id == slip.id)
    assert page.void_action.isVisible()
    page.void_action.trigger()
    dialog = page.detail.last_dialog
    assert isinstance(dialog, VoidReleaseDialog)
    active(qtbot, dialog)
    type_text(qtbot, dialog.reason, "开错了")
    enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.status is ReleaseStatus.VOID
    )
    assert "开错了" in page.detail.overdue_chip.text()
    active(qtbot, page)
    qtbot.keyClick(page.list.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 1
    assert "作" in PdfReader(io.BytesIO(printed[0])).pages[0].extract_text()
