"""The visit log driven like a clerk: a walk-in from the keyboard → the work order it reports → check-out;
returning visitors auto-filled; yesterday's visitors in colour; the badge previewed and printed; the models."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.db.models import PrintJob
from desk_app.domain.enums import Relation
from desk_app.domain.visits import CreatedRecord, Purpose, VisitorKind
from desk_app.domain.work_orders import Channel
from desk_app.forms.visits.walk_in_form import WalkInDialog
from desk_app.forms.visits.work_order import VisitWorkOrderDialog
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO
from desk_app.services.visits import log as visits
from desk_app.services.work_orders import orders
from desk_app.ui import printing
from desk_app.ui.session import AppSession
from desk_app.views.visits.model import EARLIER_BACKGROUND, EARLIER_TEXT
from desk_app.views.visits.page import VisitsPage
from tests.conftest import FakeClock
from tests.gui.test_work_orders import ctrl, dialog_of, enter, no_dialog, open_window, type_text

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@dataclass
class Estate:
    unit_id: str
    owner_id: str


@pytest.fixture
def estate(admin_ctx: ServiceContext) -> Estate:
    b = buildings.create_building(admin_ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(admin_ctx, b, buildings.EntranceInput("2")).value
    unit = units.create_unit(admin_ctx, units.UnitInput(e, "1102")).value
    owner = people.create_person(admin_ctx, people.PersonInput("张三", mobile="13812345678")).value
    people.link(admin_ctx, people.RelationInput(unit.id, owner.id, Relation.OWNER, is_primary=True))
    return Estate(unit.id, owner.id)


def open_page(qtbot: QtBot, session: AppSession) -> VisitsPage:
    page = VisitsPage(session)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def guest(ctx: ServiceContext, unit_id: str | None = None, name: str = "李四") -> str:
    data = visits.VisitInput(
        VisitorKind.VISITOR,
        Purpose.GUEST,
        name=name,
        phone="13900001111",
        company="顺丰速运",
        plate="粤A12345",
        unit_id=unit_id,
    )
    return visits.log_visit(ctx, data).value.id


def on_site_names(page: VisitsPage) -> list[str]:
    return [v.name for v in page.on_site.rows]


def test_walk_in_creates_a_work_order_then_checks_out(
    qtbot: QtBot, session: AppSession, estate: Estate
) -> None:
    page = open_page(qtbot, session)
    assert page.on_site.rowCount() == 0
    page.on_site_table.setFocus()
    ctrl(qtbot, page.on_site_table, Qt.Key.Key_N)
    dialog = dialog_of(qtbot, WalkInDialog)
    assert dialog.focusWidget() is dialog.find_edit
    type_text(qtbot, dialog.find_edit, "3-2-1102")
    enter(qtbot, dialog.find_edit)  # the unit's one owner is taken
    qtbot.waitUntil(lambda: dialog.name.text() == "张三")
    assert dialog.phone.text() == "13812345678" and dialog.unit_edit.text() == "3-2-1102"
    assert dialog.kind.currentData() == VisitorKind.OWNER
    assert dialog.focusWidget() is dialog.purpose
    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Down)
    assert dialog.purpose.currentData() == Purpose.REPAIR
    enter(qtbot, dialog.purpose)
    assert dialog.focusWidget() is dialog.notes
    type_text(qtbot, dialog.notes, "厨房水管漏水")
    ctrl(qtbot, dialog.notes, Qt.Key.Key_W)  # save and create the work order
    no_dialog(qtbot, WalkInDialog)

    form = dialog_of(qtbot, VisitWorkOrderDialog)
    assert form.unit_edit.text() == "3-2-1102"
    assert form.reporter.currentText() == "张三" and form.phone.text() == "13812345678"
    assert form.channel.currentData() == Channel.VISIT
    assert form.description.text() == "厨房水管漏水"
    type_text(qtbot, form.category, "户内 / 给排水")
    enter(qtbot, form.category)
    assert form.category_id() is not None
    ctrl(qtbot, form.description, Qt.Key.Key_S)
    no_dialog(qtbot, VisitWorkOrderDialog)

    qtbot.waitUntil(lambda: page.status.text().endswith("registered from the visit."))
    qtbot.waitUntil(lambda: page.on_site.rowCount() == 1)
    visit = page.on_site.row_at(0)
    assert visit.name == "张三" and visit.purpose == Purpose.REPAIR
    assert visit.created_record_type == CreatedRecord.WORK_ORDER.value
    order = orders.get(session.ctx, visit.created_record_id)
    assert order.number in page.status.text() and order.description == "厨房水管漏水"
    assert visits.visit_of(session.ctx, "work_order", order.id).id == visit.id  # both ways
    assert page.model.rowCount() == 1
    assert page.model.index(0, 10).data() == "Work order"

    page.on_site_table.setFocus()
    page.on_site_table.selectRow(0)
    qtbot.keyClick(page.on_site_table, Qt.Key.Key_Delete)  # checked out with one key
    qtbot.waitUntil(lambda: page.on_site.rowCount() == 0)
    assert "checked out" in page.status.text()
    assert page.model.index(0, 2).data() != ""  # the log shows the time out
    assert "On site now: 0" in page.on_site_label.text()


def test_returning_visitor_is_filled_from_the_phone(
    qtbot: QtBot, session: AppSession, estate: Estate, clock: FakeClock
) -> None:
    visits.check_out(session.ctx, guest(session.ctx, estate.unit_id))
    clock.advance(days=3)
    page = open_page(qtbot, session)
    ctrl(qtbot, page, Qt.Key.Key_N)
    dialog = dialog_of(qtbot, WalkInDialog)
    enter(qtbot, dialog.find_edit)  # nobody from the archive: on to the kind
    enter(qtbot, dialog.kind)
    assert dialog.focusWidget() is dialog.name
    enter(qtbot, dialog.name)
    type_text(qtbot, dialog.phone, "139000")
    qtbot.waitUntil(lambda: dialog.returning.count() == 1 and dialog.returning.isVisibleTo(dialog))
    assert "顺丰速运" in dialog.returning.item(0).text()
    enter(qtbot, dialog.phone)  # to the list
    assert dialog.focusWidget() is dialog.returning
    enter(qtbot, dialog.returning)  # the rest is filled
    assert dialog.name.text() == "李四" and dialog.phone.text() == "13900001111"
    assert dialog.company.text() == "顺丰速运" and dialog.plate.text() == "粤A12345"
    assert dialog.unit_edit.text() == "3-2-1102"
    assert not dialog.returning.isVisibleTo(dialog)
    assert dialog.focusWidget() is dialog.unit_edit
    enter(qtbot, dialog.unit_edit)
    enter(qtbot, dialog.purpose)
    enter(qtbot, dialog.notes)  # Enter on the notes saves
    no_dialog(qtbot, WalkInDialog)
    qtbot.waitUntil(lambda: on_site_names(page) == ["李四"])
    visit = page.on_site.row_at(0)
    assert visit.company == "顺丰速运" and visit.unit_code == "3-2-1102" and not visit.earlier_day


def test_id_number_is_masked_once_entered(qtbot: QtBot, session: AppSession) -> None:
    page = open_page(qtbot, session)
    page.walk_in()
    dialog = dialog_of(qtbot, WalkInDialog)
    type_text(qtbot, dialog.name, "王五")
    type_text(qtbot, dialog.id_number, "11010519491231002X")
    dialog.id_number.editingFinished.emit()
    assert dialog.id_number.text() == "1101**********002X"
    assert dialog.id_number.value() == "11010519491231002X"
    ctrl(qtbot, dialog.id_number, Qt.Key.Key_S)
    no_dialog(qtbot, WalkInDialog)
    qtbot.waitUntil(lambda: on_site_names(page) == ["王五"])
    assert page.on_site.row_at(0).id_number_masked == "1101**********002X"


def test_yesterdays_visitor_is_shown_in_colour(
    qtbot: QtBot, session: AppSession, clock: FakeClock, qtmodeltester: object
) -> None:
    guest(session.ctx, name="昨天的访客")
    clock.advance(days=1)
    guest(session.ctx, name="今天的访客")
    page = open_page(qtbot, session)
    assert on_site_names(page) == ["昨天的访客", "今天的访客"]
    yesterday, today = page.on_site.index(0, 1), page.on_site.index(1, 1)
    assert yesterday.data(Qt.ItemDataRole.ForegroundRole) == QBrush(EARLIER_TEXT)
    assert yesterday.data(Qt.ItemDataRole.BackgroundRole) == QBrush(EARLIER_BACKGROUND)
    assert yesterday.data(Qt.ItemDataRole.ToolTipRole) == "Still on site from an earlier day"
    assert today.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "from an earlier day: 1" in page.on_site_label.text()
    # Today's log has today's visitor; a range back to yesterday has both, yesterday's in colour.
    assert page.model.rowCount() == 1
    page.date_from.setDate(page.date_from.date().addDays(-1))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.index(1, 3).data() == "昨天的访客"
    assert page.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == QBrush(EARLIER_TEXT)
    qtmodeltester.check(page.on_site)  # type: ignore[attr-defined]
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    # Check-out of yesterday's visitor from the log (Ctrl+O).
    page.log_table.setFocus()
    page.log_table.selectRow(1)
    ctrl(qtbot, page.log_table, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: on_site_names(page) == ["今天的访客"])


def test_log_filters_and_daily_totals(
    qtbot: QtBot, session: AppSession, clock: FakeClock, qtmodeltester: object
) -> None:
    for name in ("甲", "乙"):
        guest(session.ctx, name=name)
    visits.log_visit(
        session.ctx, visits.VisitInput(VisitorKind.CONTRACTOR, Purpose.RENOVATION, name="丙", party_size=3)
    )
    page = open_page(qtbot, session)
    assert page.model.rowCount() == 3
    assert "3 visits, 5 people, 3 still on site" in page.totals_label.text()
    assert (
        "Renovation filing 1" in page.totals_label.text() and "Visiting someone 2" in page.totals_label.text()
    )
    page.kind.setCurrentIndex(page.kind.findData(VisitorKind.CONTRACTOR))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 3).data() == "丙 ×3"
    page.kind.setCurrentIndex(0)
    page.purpose.setCurrentIndex(page.purpose.findData(Purpose.GUEST))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    type_text(qtbot, page.search, "甲")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    clock.advance(days=1)
    page.show_today()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_badge_is_previewed_and_printed(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    printed: list[tuple[bytes, str]] = []

    def fake_print_pdf(
        pdf: bytes, profile: ProfileDTO, paper_key: str, parent: object = None, ask: bool = False
    ) -> str:
        printed.append((pdf, paper_key))
        return "PDF 打印机"

    monkeypatch.setattr(printing, "print_pdf", fake_print_pdf)
    page = open_page(qtbot, session)
    page.walk_in()
    dialog = dialog_of(qtbot, WalkInDialog)
    type_text(qtbot, dialog.name, "赵六")
    dialog.badge.setChecked(True)
    ctrl(qtbot, dialog.name, Qt.Key.Key_S)
    preview = dialog_of(qtbot, printing.PreviewDialog)
    assert "Visitor badge" in preview.windowTitle()
    preview.print_button.click()
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert printed[0][0].startswith(b"%PDF") and printed[0][1] == "cr80"
    qtbot.waitUntil(lambda: "sent to PDF 打印机" in page.status.text())
    with session.ctx.db.read() as s:
        jobs = s.scalars(select(PrintJob).where(PrintJob.doc_type == "visit_badge")).all()
    assert [(j.number, j.target) for j in jobs] == [(page.on_site.row_at(0).number, "PDF 打印机")]
    visit = page.on_site.row_at(0)
    assert visit.badge_valid_until is not None and visit.badge_valid_until > visit.time_in - timedelta(0)


def test_f2_logs_a_walk_in_from_anywhere(qtbot: QtBot, session: AppSession) -> None:
    window = open_window(qtbot, session)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    dialog_of(qtbot, WalkInDialog)
    assert isinstance(window.pages["visits"], VisitsPage)


def test_walk_in_creates_a_complaint(qtbot: QtBot, session: AppSession, estate: Estate) -> None:
    from desk_app.forms.visits.complaint import VisitComplaintDialog
    from desk_app.services.complaints import handling

    page = open_page(qtbot, session)
    page.walk_in()
    dialog = dialog_of(qtbot, WalkInDialog)
    type_text(qtbot, dialog.name, "钱七")
    type_text(qtbot, dialog.unit_edit, "3-2-1102")
    enter(qtbot, dialog.unit_edit)
    qtbot.waitUntil(lambda: dialog.unit_id == estate.unit_id)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(Purpose.COMPLAINT))
    type_text(qtbot, dialog.notes, "楼道灯坏了一个月没人修")
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    no_dialog(qtbot, WalkInDialog)
    form = dialog_of(qtbot, VisitComplaintDialog)
    assert form.unit_edit.text() == "3-2-1102" and form.complainant.currentText() == "钱七"
    assert form.content.text() == "楼道灯坏了一个月没人修"
    ctrl(qtbot, form.content, Qt.Key.Key_S)
    no_dialog(qtbot, VisitComplaintDialog)
    qtbot.waitUntil(lambda: page.status.text().endswith("registered from the visit."))
    visit = page.on_site.row_at(0)
    assert visit.created_record_type == CreatedRecord.COMPLAINT.value
    complaint = handling.get(session.ctx, visit.created_record_id)
    assert complaint.number in page.status.text()
    assert visits.visit_of(session.ctx, "complaint", complaint.id).id == visit.id


def test_export_writes_the_log_as_shown(qtbot: QtBot, session: AppSession, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    guest(session.ctx, name="=1+1")
    guest(session.ctx, name="孙八")
    page = open_page(qtbot, session)
    type_text(qtbot, page.search, "孙")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    page.export_to(tmp_path / "log")
    out = tmp_path / "log.xlsx"
    assert page.status.text() == f"Exported to {out} (rows: 1)."
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "编号" and rows[1][4] == "孙八" and len(rows) == 2
