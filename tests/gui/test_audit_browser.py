"""The audit trail browser: lists changes field by field, filters in SQL, pages, and is for managers only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import DepartmentKind
from desk_app.domain.errors import DomainError
from desk_app.services import audit, organisation, settings
from desk_app.services.audit import AuditFilter
from desk_app.services.settings import SiteInput
from desk_app.ui.session import AppSession
from desk_app.views import audit_browser
from desk_app.views.audit_browser import AuditBrowser
from desk_app.views.settings.page import SettingsPage
from tests.conftest import FakeClock
from tests.gui.conftest import type_text
from tests.gui.test_settings import cells, click

SITE = SiteInput("阳光花园服务中心", "广州市天河区阳光路1号", "020-12345678", "一号前台")


@pytest.fixture
def browser(qtbot: QtBot, session: AppSession, clock: FakeClock) -> AuditBrowser:
    settings.update_site(
        session.ctx, SiteInput("阳光花园二期", SITE.site_address, SITE.site_phone, SITE.desk_name)
    )
    clock.advance(minutes=5)
    organisation.save_department(
        session.ctx, organisation.DepartmentInput("电梯维保", DepartmentKind.ENGINEERING)
    )
    widget = AuditBrowser(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(browser: AuditBrowser, name: str) -> list[str]:
    headers = [
        browser.model.headerData(c, Qt.Orientation.Horizontal) for c in range(browser.model.columnCount())
    ]
    index = headers.index(name)
    return [row[index] for row in cells(browser.table)]


def test_lists_changes_with_old_and_new_values(browser: AuditBrowser, qtmodeltester: ModelTester) -> None:
    rows = cells(browser.table)
    # Newest first: the department (09:35), then the site change (09:30), then sign-in and setup.
    assert rows[0][:5] == ["2026-11-23 09:35:00", "系统管理员", "Department", "Created", "电梯维保"]
    assert "Name: 电梯维保" in rows[0][5]
    site_row = rows[1]
    assert site_row[:4] == ["2026-11-23 09:30:00", "系统管理员", "Site", "Changed"]
    assert "Name: 阳光花园服务中心 → 阳光花园二期" in site_row[5]
    tooltip = browser.model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert "Name: 阳光花园服务中心 → 阳光花园二期" in tooltip.splitlines()
    assert browser.count_label.text() == f"Showing {len(rows)} of {len(rows)} entries"
    assert not browser.more_button.isEnabled()
    qtmodeltester.check(browser.model)


def test_filters_narrow_the_list(qtbot: QtBot, browser: AuditBrowser) -> None:
    everything = len(cells(browser.table))
    browser.record_type.setFocus()
    browser.record_type.setCurrentIndex(browser.record_type.findText("Department"))
    assert column(browser, "Record type") == ["Department"]
    browser.record_type.setCurrentIndex(0)
    browser.action.setCurrentIndex(browser.action.findText("Signed in"))
    assert column(browser, "Action") == ["Signed in"]
    assert browser.count_label.text() == "Showing 1 of 1 entries"
    click(qtbot, browser.clear_button)
    assert len(cells(browser.table)) == everything

    type_text(qtbot, browser.user, "前台小王")  # nobody of that name changed anything
    qtbot.keyClick(browser.user, Qt.Key.Key_Return)
    assert cells(browser.table) == []
    assert browser.count_label.text() == "No entries match these filters."
    click(qtbot, browser.clear_button)

    click(qtbot, browser.use_from)  # from the day after: nothing yet
    browser.date_from.setDate(QDate(2026, 11, 24))
    assert cells(browser.table) == []
    browser.date_from.setDate(QDate(2026, 11, 23))
    assert len(cells(browser.table)) == everything
    click(qtbot, browser.use_to)
    browser.date_to.setDate(QDate(2026, 11, 22))
    assert cells(browser.table) == []


def test_load_more_fetches_the_next_page(
    qtbot: QtBot,
    browser: AuditBrowser,
    session: AppSession,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(audit_browser, "PAGE_SIZE", 3)
    for n in range(4):
        clock.advance(minutes=1)
        # As another screen would: the change is broadcast and the browser reloads at once.
        session.notify(settings.put(session.ctx, "backup.keep_daily", 20 + n).changes)
    assert len(cells(browser.table)) == 3
    total = audit.browse(session.ctx, AuditFilter())[1]
    assert browser.count_label.text() == f"Showing 3 of {total} entries"
    assert column(browser, "Summary") == ["Keep daily backups (days)"] * 3  # the setting's name, not its key
    click(qtbot, browser.more_button)
    assert len(cells(browser.table)) == 6
    assert column(browser, "Changes")[3] == "Value: 14 → 20"
    while browser.more_button.isEnabled():
        click(qtbot, browser.more_button)
    assert len(cells(browser.table)) == total


def test_a_hidden_browser_reloads_when_shown(
    qtbot: QtBot, browser: AuditBrowser, session: AppSession, clock: FakeClock
) -> None:
    before = len(cells(browser.table))
    browser.hide()
    clock.advance(minutes=1)
    session.notify(settings.put(session.ctx, "backup.keep_monthly", 6).changes)
    assert len(cells(browser.table)) == before  # nothing queried while nobody looks
    browser.show()
    assert len(cells(browser.table)) == before + 1


def test_a_clerk_cannot_open_the_audit_trail(qtbot: QtBot, clerk_session: AppSession) -> None:
    page = SettingsPage(clerk_session)
    qtbot.addWidget(page)
    assert "audit" not in page.page_keys()
    with pytest.raises(KeyError):
        page.page("audit")
    with pytest.raises(DomainError, match=r"auth\.forbidden"):
        audit.browse(clerk_session.ctx, AuditFilter(since=clerk_session.ctx.now() - timedelta(days=1)))
