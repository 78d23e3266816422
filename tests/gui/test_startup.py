"""First run, sign-in with lockout, switching user: driven like a clerk would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.db.models import Department, UserAccount
from desk_app.forms.login import LoginDialog
from desk_app.forms.setup_wizard import SetupWizard
from desk_app.services import auth, installation
from desk_app.services.context import ServiceContext
from desk_app.ui.session import AppSession
from tests.conftest import ADMIN_PASSWORD, FakeClock
from tests.gui.conftest import make_session, type_text


def _next(qtbot: QtBot, wizard: SetupWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_setup_wizard_creates_the_installation(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    wizard = SetupWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)  # welcome: "set up a new service centre" is the default
    assert wizard.currentId() == 1
    _next(qtbot, wizard)  # the name is required: stays on the page and says so
    assert wizard.currentId() == 1 and wizard.site.name_error.isVisible()
    type_text(qtbot, wizard.site.name, "绿城花园服务中心")
    qtbot.keyClicks(wizard.site.phone, "0571-88886666")
    _next(qtbot, wizard)
    wizard.desk.code.clear()
    qtbot.keyClicks(wizard.desk.code, "io")  # I and O look like 1 and 0 on a slip: refused
    _next(qtbot, wizard)
    assert wizard.currentId() == 2 and wizard.desk.code_error.isVisible()
    wizard.desk.code.clear()
    qtbot.keyClicks(wizard.desk.code, "b2")
    _next(qtbot, wizard)
    type_text(qtbot, wizard.admin.display_name, "王经理")
    qtbot.keyClicks(wizard.admin.password, "secret-123")
    qtbot.keyClicks(wizard.admin.repeat, "secret-124")
    _next(qtbot, wizard)
    assert wizard.currentId() == 3 and wizard.admin.repeat_error.text() == "The two passwords differ."
    wizard.admin.repeat.clear()
    qtbot.keyClicks(wizard.admin.repeat, "secret-123")
    _next(qtbot, wizard)
    assert wizard.currentId() == 4 and wizard.departments.list.count() == 6
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == 1 and not wizard.wants_demo

    ctx = installation.initialize(path, wizard.setup_input())
    info = installation.site_info(ctx)
    assert (info.site_name, info.desk_code, info.site_phone) == ("绿城花园服务中心", "B2", "0571-88886666")
    with ctx.db.read() as s:
        names = s.scalars(select(Department.name).order_by(Department.sort_order)).all()
        admin = s.scalars(select(UserAccount)).one()
    assert names == ["客服中心", "工程部", "环境部-保洁", "环境部-绿化", "秩序维护部", "财务"]
    assert (admin.username, admin.role, admin.display_name) == ("admin", "admin", "王经理")
    assert auth.sign_in(ctx, "admin", "secret-123").role == "admin"
    ctx.db.close()


def test_wizard_offers_the_demo(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = SetupWizard(tmp_path / "x.sqlite3")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.welcome.demo, Qt.MouseButton.LeftButton)
    assert wizard.welcome.isFinalPage()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.wants_demo


def _login(qtbot: QtBot, session: AppSession) -> LoginDialog:
    dialog = LoginDialog(session, "阳光花园服务中心")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _attempt(qtbot: QtBot, dialog: LoginDialog, user: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, user)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_sign_in_lockout_and_unlock_after_five_minutes(
    qtbot: QtBot, base_ctx: ServiceContext, clock: FakeClock, qapp: object
) -> None:
    session = make_session(base_ctx)
    dialog = _login(qtbot, session)
    for left in (4, 3, 2, 1):
        _attempt(qtbot, dialog, "admin", "wrong")
        assert dialog.error.text() == (
            f"Wrong user name or password. {left} more attempts before the account is locked."
        )
        assert dialog.isVisible() and dialog.password.text() == ""
    _attempt(qtbot, dialog, "admin", "wrong")
    assert dialog.error.text().startswith("Too many wrong passwords. The account is locked until")
    _attempt(qtbot, dialog, "admin", ADMIN_PASSWORD)  # the right password does not help while locked
    assert dialog.isVisible() and "locked" in dialog.error.text()
    clock.advance(minutes=5, seconds=1)
    _attempt(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert not dialog.isVisible() and dialog.actor is not None and dialog.actor.username == "admin"
    assert session.config.get("last_user") == "admin"


def test_empty_fields_are_caught_in_the_dialog(qtbot: QtBot, base_ctx: ServiceContext, qapp: object) -> None:
    dialog = _login(qtbot, make_session(base_ctx))
    dialog.username.clear()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "Enter your user name and password."
