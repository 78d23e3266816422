"""The renovation screen driven like a clerk: open a filing from the keyboard, tick the checklist, approval
refused for the clerk and given by the renovation officer, extension, inspection with a photo.

Set RENOVATION_SHOTS=1 to save the page and the dialogs as PNGs in /tmp/shots (to look at them).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Relation
from desk_app.domain.renovation import FilingStatus
from desk_app.domain.roles import Role
from desk_app.forms.renovation import common
from desk_app.forms.renovation.approval_dialog import ApprovalDialog
from desk_app.forms.renovation.document_dialog import DocumentDialog
from desk_app.forms.renovation.extension_form import ExtensionForm
from desk_app.forms.renovation.filing_form import FilingForm
from desk_app.forms.renovation.inspection_form import InspectionForm
from desk_app.forms.renovation.worker_form import WorkerForm
from desk_app.services import auth
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.renovation import views
from desk_app.ui.session import AppSession
from desk_app.views.renovation.attachment_viewer import ImageViewer
from desk_app.views.renovation.page import RenovationPage
from tests.gui.conftest import make_session, type_text


def _png() -> bytes:
    """A real 60×80 picture (a scan the viewer can show), made with Pillow."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (60, 80), (200, 170, 140)).save(buf, "PNG")
    return buf.getvalue()


PNG = _png()
SHOTS = Path("/tmp/shots") if os.environ.get("RENOVATION_SHOTS") else None
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(exist_ok=True)
        QApplication.processEvents()  # the layout after the last change, as the clerk sees it
        widget.grab().save(str(SHOTS / f"renovation-{name}.png"))


@dataclass
class Estate:
    unit_id: str
    owner_id: str


@pytest.fixture
def estate(admin_ctx: ServiceContext) -> Estate:
    b = buildings.create_building(admin_ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(admin_ctx, b, buildings.EntranceInput("2")).value
    unit = units.create_unit(admin_ctx, units.UnitInput(e, "1102", area_m2="89.50")).value
    owner = people.create_person(admin_ctx, people.PersonInput("张三", mobile="13812345678")).value
    agent = people.create_person(admin_ctx, people.PersonInput("李四", mobile="13900001111")).value
    people.link(admin_ctx, people.RelationInput(unit.id, owner.id, Relation.OWNER, is_primary=True))
    people.link(admin_ctx, people.RelationInput(unit.id, agent.id, Relation.AUTHORISED))
    return Estate(unit.id, owner.id)


@pytest.fixture
def officer_session(admin_ctx: ServiceContext, qapp: object) -> AppSession:
    auth.create_user(
        admin_ctx,
        auth.UserInput("officer", "装修负责人老陈", Role.RENOVATION_OFFICER, password="officer-pass-1"),
    )
    return make_session(admin_ctx.as_user(auth.sign_in(admin_ctx, "officer", "officer-pass-1")))


def open_page(qtbot: QtBot, session: AppSession) -> RenovationPage:
    page = RenovationPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def fill_form(qtbot: QtBot, form: FilingForm, tmp_path: Path) -> None:
    qtbot.keyClicks(form.unit_edit, "3-2-1102")
    qtbot.keyClick(form.unit_edit, Qt.Key.Key_Return)
    assert form.unit_id is not None and form.owner.currentText().startswith("张三")
    assert form.focusWidget() is form.owner
    type_text(qtbot, form.company, "广州好家装饰工程有限公司")
    qtbot.keyClicks(form.licence, "91350100M000100Y43")
    type_text(qtbot, form.responsible, "陈工")
    qtbot.keyClicks(form.responsible_phone, "13800138000")
    qtbot.keyClicks(form.id_number, "11010519491231002X")
    form.set_photo(photo_file(tmp_path))
    type_text(qtbot, form.scope, "厨卫改造")
    form.start.setDate(common.qdate(date(2026, 12, 1)))
    assert "2027-02-28" in form.limit_label.text()  # the cap's last day, live


def active(qtbot: QtBot, dialog: QWidget) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys and shortcuts go to the active window


def save(qtbot: QtBot, dialog: QWidget) -> None:
    """Ctrl+S, as the clerk saves every form."""
    active(qtbot, dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def photo_file(tmp_path: Path) -> Path:
    path = tmp_path / "photo.png"
    path.write_bytes(PNG)
    return path


def test_filing_from_form_to_inspection(
    qtbot: QtBot,
    clerk_session: AppSession,
    officer_session: AppSession,
    estate: Estate,
    messages: list[str],
    tmp_path: Path,
) -> None:
    page = open_page(qtbot, clerk_session)
    form = page.new_filing()
    assert isinstance(form, FilingForm)
    active(qtbot, form)
    shot(form, "filing-form-empty")
    fill_form(qtbot, form, tmp_path)
    form.end.setDate(common.qdate(date(2027, 3, 15)))  # beyond the cap: refused inline
    save(qtbot, form)
    assert "at the latest" in form.errors["planned_end"].text() and form.isVisible()
    shot(form, "filing-form-error")
    form.end.setDate(common.qdate(date(2027, 1, 31)))
    save(qtbot, form)
    assert not form.isVisible() and not messages

    detail = page.detail
    d = detail.detail
    assert d is not None and d.number == "ZX-A1-2026-000001" and d.status is FilingStatus.DRAFT
    assert page.list.model.rowCount() == 1
    assert detail.missing_chip.isVisible() and not detail.steps["approve"].isVisible()
    shot(page, "page-draft")

    # The checklist: Space ticks the current line, like a clerk going down the pile of papers.
    table = detail.checklist.table
    floor_plan = detail.checklist.document_at(2)
    assert floor_plan is not None
    attach = detail.attach_document(floor_plan)
    assert isinstance(attach, DocumentDialog)
    attach.set_file(photo_file(tmp_path))
    shot(attach, "document-dialog")
    save(qtbot, attach)
    assert table.item(2, 1).text() == "photo.png" and table.item(2, 0).checkState() == Qt.CheckState.Checked
    # The clerk checks the stored scan: the line with a file enables "View file", which shows the picture.
    table.setCurrentCell(2, 0)
    assert detail.checklist.view_button.isEnabled()
    qtbot.mouseClick(detail.checklist.view_button, Qt.MouseButton.LeftButton)
    viewer = detail.viewer  # type: ignore[attr-defined]
    assert isinstance(viewer, ImageViewer) and not viewer.pixmap.isNull()
    shot(viewer, "scan-viewer")
    viewer.reject()
    table.setCurrentCell(3, 0)
    assert not detail.checklist.view_button.isEnabled()
    table.setFocus()
    for row in range(table.rowCount()):
        if table.item(row, 0).checkState() == Qt.CheckState.Unchecked:
            table.setCurrentCell(row, 0)
            qtbot.keyClick(table, Qt.Key.Key_Space)
    d = detail.detail
    assert d is not None and not d.missing and not detail.missing_chip.isVisible()

    worker = detail.add_worker()
    assert isinstance(worker, WorkerForm)
    type_text(qtbot, worker.name, "刘师傅")
    qtbot.keyClicks(worker.phone, "13512345678")
    shot(worker, "worker-form")
    save(qtbot, worker)
    assert [w.name for w in detail.detail.workers] == ["刘师傅"]  # type: ignore[union-attr]

    # The clerk may not approve: no button, and the service refuses if asked anyway.
    refused = detail.approve()
    assert isinstance(refused, ApprovalDialog)
    qtbot.keyClicks(refused.phone, "13600001234")
    refused.save()
    assert messages == ["Your role is not allowed to do this."]
    refused.reject()

    # Enter on the row puts the focus on the first step offered (Edit…, while registering).
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert page.focusWidget() is detail.steps["edit"]

    # The renovation officer approves on their own desk.
    officer_page = open_page(qtbot, officer_session)
    officer_page.show_filing(d.id)
    assert officer_page.detail.steps["approve"].isVisible()
    dialog = officer_page.detail.approve()
    assert isinstance(dialog, ApprovalDialog)
    qtbot.keyClicks(dialog.phone, "13600001234")
    shot(dialog, "approval")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert officer_page.detail.detail.status is FilingStatus.APPROVED  # type: ignore[union-attr]

    # The pass-office copy of the permit through the preview.
    officer_page.detail.printer.preview("permit", "pass-office")
    preview = officer_page.detail.printer.preview_dialog
    assert preview is not None and preview.isVisible() and preview.document.pageCount() == 1
    if SHOTS is not None:  # the page itself (the view paints it later, off the grab)
        preview.document.render(0, QSize(840, 1188)).save(str(SHOTS / "renovation-permit-pass-office.png"))
    preview.reject()

    # Back at the clerk's desk (the broadcast of another session does not reach it): refresh, extend.
    page.refresh()
    assert detail.steps["extend"].isVisible() and detail.steps["notify"].isVisible()
    fees = detail.take_fees()  # the money engineer's receipt form, for this filing
    assert fees is not None and fees.isVisible()
    fees.reject()
    extension = detail.extend()
    assert isinstance(extension, ExtensionForm)
    assert "2027-02-28" in extension.facts.text()  # the cap from the original start
    extension.new_end.setDate(common.qdate(date(2027, 2, 20)))
    shot(extension, "extension")
    save(qtbot, extension)
    d = detail.detail
    assert d is not None and d.status is FilingStatus.EXTENDED and d.current_end == date(2027, 2, 20)
    assert detail.extended_chip.isVisible() and "2027-02-20" in detail.extended_chip.text()

    # The officer's completion inspection, with a photo.
    officer_page.refresh()
    inspection = officer_page.detail.inspect()
    assert isinstance(inspection, InspectionForm) and inspection.kind.count() == 2
    inspection.kind.setCurrentIndex(1)
    type_text(qtbot, inspection.findings, "验收合格")
    inspection.add_photos([photo_file(tmp_path)])
    shot(inspection, "inspection")
    save(qtbot, inspection)
    final = views.get_filing(officer_session.ctx, d.id)
    assert final.status is FilingStatus.INSPECTED and len(final.inspections[0].photo_ids) == 1
    page.refresh()
    shot(page, "page-inspected")
    if SHOTS is not None:
        bar = detail.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        shot(page, "page-inspected-lower")
    assert messages == ["Your role is not allowed to do this."]  # nothing else went wrong


def test_the_admin_sets_the_longest_period(qtbot: QtBot, session: AppSession) -> None:
    from desk_app.services import settings
    from desk_app.views.settings.site import SitePage

    page = SitePage(session)
    qtbot.addWidget(page)
    page.resize(760, 500)
    assert page.max_months.value() == 3
    page.max_months.setValue(4)
    page.max_months.editingFinished.emit()
    assert settings.get(session.ctx, "renovation.max_months") == 4
    shot(page, "settings-site")
