"""The Settings screen, driven like an administrator (and a clerk) would: type, click, read what is shown."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGroupBox, QRadioButton, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Role
from desk_app.forms.settings.department_form import DepartmentDialog
from desk_app.forms.settings.password_form import ChangePasswordDialog
from desk_app.forms.settings.staff_form import StaffDialog
from desk_app.forms.settings.user_form import UserDialog
from desk_app.services import auth, installation, organisation, settings
from desk_app.services import calendar as calendar_service
from desk_app.ui.local_config import LocalConfig
from desk_app.ui.session import AppSession
from desk_app.views.settings.backup import BackupPage
from desk_app.views.settings.calendar import COLOURS, CalendarPage, DayKind
from desk_app.views.settings.common import data_size
from desk_app.views.settings.language import LanguagePage
from desk_app.views.settings.organisation import OrganisationPage
from desk_app.views.settings.page import SettingsPage
from desk_app.views.settings.site import SitePage
from desk_app.views.settings.users import UsersPage
from tests.conftest import ADMIN_PASSWORD
from tests.gui.conftest import type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot: QtBot, session: AppSession) -> SettingsPage:
    widget = SettingsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, QRadioButton | QCheckBox):  # only the indicator and the text take the click
        qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, LEFT)


def click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def cells(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def row_of(view: QTableView, text: str) -> int:
    return next(i for i, row in enumerate(cells(view)) if text in row)


def replace_text(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


# ---------------------------------------------------------------------------------------------- site


def test_site_info_is_saved(qtbot: QtBot, page: SettingsPage, session: AppSession) -> None:
    site = page.show_page("site")
    assert isinstance(site, SitePage)
    assert site.site_name.text() == "阳光花园服务中心"
    assert site.desk_code.text() == "A1" and not isinstance(site.desk_code, type(site.site_name))

    replace_text(qtbot, site.site_name, "")
    click(qtbot, site.save_button)
    assert site.errors["site_name"].isVisible() and site.errors["site_name"].text() == "Required."

    replace_text(qtbot, site.site_name, "阳光花园二期服务中心")
    replace_text(qtbot, site.site_phone, "020-87654321")
    replace_text(qtbot, site.desk_name, "二号前台")
    click(qtbot, site.save_button)
    assert not site.errors["site_name"].isVisible()
    assert site.status.text() == "Saved."
    info = installation.site_info(session.ctx)
    assert (info.site_name, info.site_phone, info.desk_name, info.desk_code) == (
        "阳光花园二期服务中心",
        "020-87654321",
        "二号前台",
        "A1",
    )


# ---------------------------------------------------------------------------------------------- organisation


def test_add_a_department_and_a_staff_member(
    qtbot: QtBot,
    page: SettingsPage,
    session: AppSession,
    qtmodeltester: ModelTester,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    org = page.show_page("organisation")
    assert isinstance(org, OrganisationPage)
    assert "工程部" in [row[0] for row in cells(org.department_table)]

    click(qtbot, org.department_section.add_button)
    dialog = org.dialog
    assert isinstance(dialog, DepartmentDialog) and dialog.isVisible()
    type_text(qtbot, dialog.name, "工程部")  # taken
    qtbot.keyClicks(dialog.phone, "12345")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors["phone"].text() == "Enter a mobile number or a landline such as 020-12345678."
    replace_text(qtbot, dialog.phone, "020-11112222")
    click(qtbot, dialog.save_button)
    assert dialog.errors["name"].text() == "A department with this name already exists."
    assert not dialog.errors["phone"].isVisible()

    replace_text(qtbot, dialog.name, "电梯维保")
    dialog.kind.setFocus()
    dialog.kind.setCurrentIndex(dialog.kind.findText("Engineering"))
    click(qtbot, dialog.save_button)
    assert org.dialog is None
    row = row_of(org.department_table, "电梯维保")
    assert cells(org.department_table)[row] == ["电梯维保", "Engineering", "020-11112222", "0"]

    click_row(qtbot, org.department_table, row)
    assert org.staff_section.title.text() == "Staff of 电梯维保"
    click(qtbot, org.staff_section.add_button)
    staff_dialog = org.dialog
    assert isinstance(staff_dialog, StaffDialog)
    assert staff_dialog.department.currentText() == "电梯维保"
    type_text(qtbot, staff_dialog.name, "李师傅")
    qtbot.keyClicks(staff_dialog.phone, "13800138000")
    type_text(qtbot, staff_dialog.position, "电梯工")
    click(qtbot, staff_dialog.save_button)
    assert org.dialog is None
    assert cells(org.staff_table) == [["李师傅", "13800138000", "电梯工", ""]]
    row = row_of(org.department_table, "电梯维保")
    assert cells(org.department_table)[row][3] == "1"

    department = next(d for d in organisation.list_departments(session.ctx) if d.name == "电梯维保")
    staff = organisation.list_staff(session.ctx, department.id)
    assert [(s.name, s.phone, s.position) for s in staff] == [("李师傅", "13800138000", "电梯工")]
    qtmodeltester.check(org.department_model)
    qtmodeltester.check(org.staff_model)

    # Archive the staff member: gone from the list, back with "Show archived staff", restorable.
    monkeypatch.setattr(org, "confirm", lambda *args: True)
    click_row(qtbot, org.staff_table, 0)
    assert org.staff_section.archive_button.text() == "Archive"
    click(qtbot, org.staff_section.archive_button)
    assert cells(org.staff_table) == []
    click(qtbot, org.staff_section.show_archived)
    click_row(qtbot, org.staff_table, 0)
    assert org.staff_section.archive_button.text() == "Restore"
    click(qtbot, org.staff_section.archive_button)
    assert not organisation.list_staff(session.ctx, department.id)[0].archived


# ---------------------------------------------------------------------------------------------- users


def test_add_a_clerk_then_unlock_and_disable(
    qtbot: QtBot,
    page: SettingsPage,
    session: AppSession,
    qtmodeltester: ModelTester,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    users = page.show_page("users")
    assert isinstance(users, UsersPage)
    assert cells(users.table)[0][:5] == ["admin", "系统管理员", "Administrator", "", "Active"]

    click(qtbot, users.add_button)
    dialog = users.dialog
    assert isinstance(dialog, UserDialog)
    qtbot.keyClicks(dialog.username, "xiaowang")
    type_text(qtbot, dialog.display_name, "前台小王")
    assert dialog.role.currentText() == "Clerk"
    dialog.department.setCurrentIndex(dialog.department.findText("客服中心"))
    qtbot.keyClicks(dialog.password, "abc")
    qtbot.keyClicks(dialog.repeat, "abd")
    click(qtbot, dialog.save_button)
    assert dialog.errors["repeat"].isVisible()
    assert dialog.errors["repeat"].text() == "The two passwords do not match."

    replace_text(qtbot, dialog.repeat, "abc")
    click(qtbot, dialog.save_button)  # the service's rule: at least 6 characters
    assert dialog.isVisible() and not dialog.errors["repeat"].isVisible()
    assert dialog.errors["password"].text() == "The password needs at least 6 characters."

    replace_text(qtbot, dialog.password, "wang-pass-1")
    replace_text(qtbot, dialog.repeat, "wang-pass-1")
    click(qtbot, dialog.save_button)
    assert users.dialog is None
    row = row_of(users.table, "xiaowang")
    assert cells(users.table)[row][:6] == ["xiaowang", "前台小王", "Clerk", "客服中心", "Active", ""]
    actor = auth.sign_in(session.ctx, "xiaowang", "wang-pass-1")
    assert actor.role == Role.CLERK

    # Five wrong passwords lock the account; the administrator unlocks it.
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        with pytest.raises(DomainError):
            auth.sign_in(session.ctx, "xiaowang", "wrong")
    users.reload()
    row = row_of(users.table, "xiaowang")
    assert cells(users.table)[row][5] == "2026-11-23 09:35"  # locked for 5 minutes, shown in Shanghai time
    click_row(qtbot, users.table, row)
    click(qtbot, users.unlock_button)
    assert cells(users.table)[row_of(users.table, "xiaowang")][5] == ""
    assert not users.unlock_button.isEnabled()
    auth.sign_in(session.ctx, "xiaowang", "wang-pass-1")

    # Disable: gone from the list; "Show disabled accounts" shows it greyed and lets it be enabled again.
    monkeypatch.setattr(users, "confirm", lambda *args: True)
    click(qtbot, users.disable_button)
    assert "xiaowang" not in [r[0] for r in cells(users.table)]
    with pytest.raises(DomainError):
        auth.sign_in(session.ctx, "xiaowang", "wang-pass-1")
    click(qtbot, users.show_disabled)
    row = row_of(users.table, "xiaowang")
    assert cells(users.table)[row][4] == "Disabled"
    click_row(qtbot, users.table, row)
    assert users.disable_button.text() == "&Enable"
    click(qtbot, users.disable_button)
    assert cells(users.table)[row_of(users.table, "xiaowang")][4] == "Active"
    qtmodeltester.check(users.model)

    # The administrator cannot disable their own account (the button says so by being disabled).
    click_row(qtbot, users.table, row_of(users.table, "admin"))
    assert not users.disable_button.isEnabled()


def test_the_user_form_is_filled_with_enter_alone(
    qtbot: QtBot, page: SettingsPage, session: AppSession
) -> None:
    users = page.show_page("users")
    assert isinstance(users, UsersPage)
    click(qtbot, users.add_button)
    dialog = users.dialog
    assert isinstance(dialog, UserDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys go to the active window
    assert dialog.focusWidget() is dialog.username

    def enter_then_focus(widget: QWidget, expected: QWidget) -> None:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert dialog.focusWidget() is expected

    qtbot.keyClicks(dialog.username, "xiaoli")
    enter_then_focus(dialog.username, dialog.display_name)
    type_text(qtbot, dialog.display_name, "前台小李")
    enter_then_focus(dialog.display_name, dialog.role)
    enter_then_focus(dialog.role, dialog.department)
    enter_then_focus(dialog.department, dialog.phone)
    qtbot.keyClicks(dialog.phone, "13800138001")
    enter_then_focus(dialog.phone, dialog.password)
    qtbot.keyClicks(dialog.password, "li-pass-01")
    enter_then_focus(dialog.password, dialog.repeat)
    qtbot.keyClicks(dialog.repeat, "li-pass-02")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter in the last field saves: the check says no
    assert dialog.isVisible() and users.dialog is dialog
    assert dialog.errors["repeat"].text() == "The two passwords do not match."
    assert dialog.focusWidget() is dialog.repeat

    replace_text(qtbot, dialog.repeat, "li-pass-01")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert users.dialog is None and not dialog.isVisible()
    row = row_of(users.table, "xiaoli")
    assert cells(users.table)[row][:4] == ["xiaoli", "前台小李", "Clerk", ""]
    actor = auth.sign_in(session.ctx, "xiaoli", "li-pass-01")
    assert actor.role == Role.CLERK


def test_editing_a_user_with_blank_password_keeps_it(
    qtbot: QtBot, page: SettingsPage, session: AppSession
) -> None:
    users = page.show_page("users")
    assert isinstance(users, UsersPage)
    click_row(qtbot, users.table, row_of(users.table, "admin"))
    click(qtbot, users.edit_button)
    dialog = users.dialog
    assert isinstance(dialog, UserDialog) and dialog.password.text() == ""
    assert (dialog.username.text(), dialog.role.currentText(), dialog.department.currentText()) == (
        "admin",
        "Administrator",
        "(none)",
    )
    replace_text(qtbot, dialog.display_name, "老张")
    dialog.role.setCurrentIndex(dialog.role.findText("Clerk"))
    click(qtbot, dialog.save_button)  # an admin cannot demote themselves
    assert dialog.errors["role"].text() == "You cannot take the administrator role from yourself."
    dialog.role.setCurrentIndex(dialog.role.findText("Administrator"))
    click(qtbot, dialog.save_button)
    assert users.dialog is None
    assert cells(users.table)[row_of(users.table, "admin")][1] == "老张"
    auth.sign_in(session.ctx, "admin", ADMIN_PASSWORD)


def test_change_my_password(qtbot: QtBot, session: AppSession) -> None:
    dialog = ChangePasswordDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, "not-my-password")
    qtbot.keyClicks(dialog.new, "brand-new-1")
    qtbot.keyClicks(dialog.repeat, "brand-new-2")
    click(qtbot, dialog.save_button)
    assert dialog.errors["repeat"].text() == "The two passwords do not match."
    replace_text(qtbot, dialog.repeat, "brand-new-1")
    click(qtbot, dialog.save_button)
    assert dialog.errors["current"].text() == "The current password is wrong."
    assert dialog.isVisible()
    replace_text(qtbot, dialog.current, ADMIN_PASSWORD)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible() and dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    auth.sign_in(session.ctx, "admin", "brand-new-1")


# ---------------------------------------------------------------------------------------------- roles


def test_a_clerk_sees_only_language_and_backing_up(qtbot: QtBot, clerk_session: AppSession) -> None:
    page = SettingsPage(clerk_session)
    qtbot.addWidget(page)
    page.show()
    assert page.page_keys() == ["language", "backup"]
    assert [page.list.item(i).text() for i in range(page.list.count())] == ["Language", "Backup"]
    backup_page = page.show_page("backup")
    assert isinstance(backup_page, BackupPage)
    assert backup_page.backup_button.isVisible()
    assert backup_page.findChildren(QGroupBox) == []  # no folders, no list, no restore
    with pytest.raises(DomainError, match=r"auth\.forbidden"):
        settings.put(clerk_session.ctx, "backup.keep_daily", 3)


def test_the_list_follows_the_signed_in_user(
    qtbot: QtBot, page: SettingsPage, session: AppSession, clerk_ctx: object
) -> None:
    assert page.page_keys() == [
        "site",
        "organisation",
        "work_order_categories",
        "fees",
        "printers",
        "users",
        "language",
        "backup",
        "calendar",
        "audit",
    ]
    page.show_page("calendar")
    clerk = auth.sign_in(session.ctx, "clerk", "clerk-pass-1")
    session.sign_in_as(clerk)
    assert page.page_keys() == ["language", "backup"]
    assert page.current_key() == "language"


# ---------------------------------------------------------------------------------------------- language


def test_language_choice_is_kept_on_this_computer(
    qtbot: QtBot, page: SettingsPage, session: AppSession
) -> None:
    language = page.show_page("language")
    assert isinstance(language, LanguagePage)
    assert language.buttons[""].isChecked()
    assert not language.restart_button.isVisible()
    click(qtbot, language.buttons["en"])
    assert LocalConfig(session.paths.local_config).get("language") == "en"
    assert json.loads(session.paths.local_config.read_text(encoding="utf-8"))["language"] == "en"
    assert language.notice.isVisible()
    with qtbot.waitSignal(page.restart_requested, timeout=1000):
        click(qtbot, language.restart_button)
    click(qtbot, language.buttons["zh_CN"])
    assert LocalConfig(session.paths.local_config).get("language") == "zh_CN"
    click(qtbot, language.buttons[""])
    assert LocalConfig(session.paths.local_config).get("language") == ""
    assert not language.restart_button.isVisible()  # back to what the program started with


# ---------------------------------------------------------------------------------------------- calendar


def _background(page: CalendarPage, d: date) -> QColor:
    return page.calendar.dateTextFormat(QDate(d.year, d.month, d.day)).background().color()


def test_calendar_override_is_listed_coloured_and_kept(
    qtbot: QtBot, page: SettingsPage, session: AppSession, qtmodeltester: ModelTester
) -> None:
    cal = page.show_page("calendar")
    assert isinstance(cal, CalendarPage)
    # Official data for 2026: 1 Oct is National Day (a weekday off); 20 Sep (Sunday) is a make-up working day.
    assert _background(cal, date(2026, 10, 1)) == QColor(COLOURS[DayKind.HOLIDAY][0])
    assert _background(cal, date(2026, 9, 20)) == QColor(COLOURS[DayKind.MAKEUP][0])
    assert _background(cal, date(2026, 9, 21)) != QColor(COLOURS[DayKind.MAKEUP][0])

    saturday = date(2026, 12, 5)
    cal.calendar.setSelectedDate(QDate(2026, 12, 5))
    assert cal.official_radio.isChecked()
    assert cal.day_status.text() == "Officially a day off (weekend or holiday)."
    click(qtbot, cal.working_radio)
    type_text(qtbot, cal.note_edit, "年底盘点加班")
    click(qtbot, cal.save_button)

    assert cells(cal.override_table) == [["2026-12-05 Sat", "Working day", "年底盘点加班"]]
    assert _background(cal, saturday) == QColor(COLOURS[DayKind.OVERRIDE_WORKING][0])
    assert cal.calendar.dateTextFormat(QDate(2026, 12, 5)).fontUnderline()
    assert "Your override: a working day." in cal.day_status.text()
    assert calendar_service.overrides(session.ctx) == [
        calendar_service.OverrideDTO(saturday, True, "年底盘点加班")
    ]
    assert calendar_service.working_calendar(session.ctx).is_working_day(saturday)
    qtmodeltester.check(cal.override_model)

    # Back to the official data: the override disappears from the list and the colour goes.
    cal.calendar.setSelectedDate(QDate(2026, 1, 1))
    click_row(qtbot, cal.override_table, 0)
    assert cal.selected_day() == saturday and cal.working_radio.isChecked()
    click(qtbot, cal.official_radio)
    click(qtbot, cal.save_button)
    assert cells(cal.override_table) == []
    assert _background(cal, saturday) != QColor(COLOURS[DayKind.OVERRIDE_WORKING][0])
    assert calendar_service.overrides(session.ctx) == []


def test_calendar_warns_about_a_year_without_official_data(qtbot: QtBot, page: SettingsPage) -> None:
    cal = page.show_page("calendar")
    assert isinstance(cal, CalendarPage)
    assert cal.calendar.yearShown() == 2026
    assert not cal.banner.isVisible()

    cal.year_combo.setFocus()
    cal.year_combo.setCurrentIndex(cal.year_combo.findText("2027"))
    assert cal.calendar.yearShown() == 2027
    assert cal.banner.isVisible()
    assert cal.banner.text().startswith(
        "No official holiday data for 2027 yet: weekends only, plus your overrides."
    )

    cal.calendar.setCurrentPage(2026, 6)  # the calendar's own navigation works too
    assert cal.year_combo.currentText() == "2026"
    assert not cal.banner.isVisible()
    assert cal.next_year_hint.isVisible() and "2027" in cal.next_year_hint.text()


# ---------------------------------------------------------------------------------------------- backup


def test_back_up_now_creates_and_lists_a_backup(
    qtbot: QtBot, page: SettingsPage, session: AppSession, qtmodeltester: ModelTester
) -> None:
    backup_page = page.show_page("backup")
    assert isinstance(backup_page, BackupPage)
    folder = session.paths.db.parent / "backups"
    assert backup_page.folder_edit.text() == str(folder)
    assert backup_page.last_backup.text() == "No backup in this folder yet."

    with qtbot.waitSignal(session.backup_done, timeout=1000) as done:
        click(qtbot, backup_page.backup_button)
    files = sorted(folder.glob("*.sqlite3"))
    assert len(files) == 1 and files[0].stat().st_size > 0
    assert done.args == [session.ctx.now().replace(microsecond=0)]
    assert backup_page.result.isVisible() and str(files[0]) in backup_page.result.text()
    assert backup_page.last_backup.text() == "Last backup: 2026-11-23 09:30"
    assert cells(backup_page.table) == [
        ["2026-11-23 09:30", "By hand", data_size(files[0].stat().st_size), files[0].name]
    ]
    qtmodeltester.check(backup_page.model)


def test_second_folder_and_rotation_settings(
    qtbot: QtBot, page: SettingsPage, session: AppSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_page = page.show_page("backup")
    assert isinstance(backup_page, BackupPage)
    stick = tmp_path / "usb"
    monkeypatch.setattr(backup_page, "choose_directory", lambda: str(stick))
    click(qtbot, next(b for b in backup_page.findChildren(QAbstractButton) if b.text() == "&Choose…"))
    assert settings.get(session.ctx, "backup.second_folder") == str(stick)
    assert backup_page.second_edit.text() == str(stick)

    replace_text(qtbot, backup_page.keep_daily, "30")
    qtbot.keyClick(backup_page.keep_daily, Qt.Key.Key_Return)
    assert settings.get(session.ctx, "backup.keep_daily") == 30

    click(qtbot, backup_page.backup_button)
    assert len(list(stick.glob("*.sqlite3"))) == 1
    assert "Second copy:" in backup_page.result.text()
    assert not backup_page.second_warning.isVisible()

    click(qtbot, backup_page.clear_second)
    assert settings.get(session.ctx, "backup.second_folder") == ""


def test_restore_checks_confirms_and_asks_the_app_to_restore(
    qtbot: QtBot, page: SettingsPage, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_page = page.show_page("backup")
    assert isinstance(backup_page, BackupPage)
    click(qtbot, backup_page.backup_button)
    path = Path(backup_page.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole))
    questions: list[str] = []

    def answering(result: bool) -> Callable[[str, str, str], bool]:
        def confirm(title: str, text: str, yes_text: str) -> bool:
            questions.append(text)
            return result

        return confirm

    monkeypatch.setattr(backup_page, "confirm", answering(False))
    click_row(qtbot, backup_page.table, 0)
    with qtbot.assertNotEmitted(session.restore_requested):
        click(qtbot, backup_page.restore_button)
    assert "A safety backup of the current data is made first" in questions[0]
    assert "everyone must sign in again" in questions[0]

    monkeypatch.setattr(backup_page, "confirm", answering(True))
    with qtbot.waitSignal(session.restore_requested, timeout=1000) as request:
        click(qtbot, backup_page.restore_button)
    assert request.args == [path]


def test_a_damaged_backup_is_not_restored(
    qtbot: QtBot, page: SettingsPage, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = session.paths.db.parent / "backups"
    folder.mkdir()
    (folder / f"{session.paths.db.stem}-20261120-010000-daily.sqlite3").write_bytes(b"not a database at all")
    backup_page = page.show_page("backup")
    assert isinstance(backup_page, BackupPage)
    monkeypatch.setattr(backup_page, "confirm", lambda *args: pytest.fail("must not ask"))
    click_row(qtbot, backup_page.table, 0)
    with qtbot.assertNotEmitted(session.restore_requested):
        click(qtbot, backup_page.restore_button)
    assert backup_page.restore_problem.isVisible()
    assert (
        backup_page.restore_problem.text() == "This backup is damaged and cannot be restored:\nnot a database"
    )


def test_user_department_and_staff_records_show_their_history(qtbot: QtBot, session: AppSession) -> None:
    from desk_app.views.history import HistoryDialog
    from desk_app.views.settings.organisation import OrganisationPage
    from desk_app.views.settings.users import UsersPage

    users = UsersPage(session)
    qtbot.addWidget(users)
    users.table.selectRow(0)
    qtbot.mouseClick(users.history_button, Qt.MouseButton.LeftButton)
    dialogs = users.findChildren(HistoryDialog)
    assert dialogs and dialogs[0].model.rowCount() >= 1  # at least the admin's creation / sign-in
    org = OrganisationPage(session)
    qtbot.addWidget(org)
    org.department_table.selectRow(0)
    qtbot.mouseClick(org.department_section.history_button, Qt.MouseButton.LeftButton)
    assert org.findChildren(HistoryDialog)
