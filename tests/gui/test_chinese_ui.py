"""The Chinese UI shows no English: every screen, Settings page, card, dialog and the setup wizard is built with
the zh_CN catalogue installed, and every visible text is checked for English words.

This catches what the catalogue tests cannot: a string that never reaches ``tr()`` (a helper that passes a
variable, a hard-coded text) or a translation looked up in the wrong context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QTreeView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import DepartmentKind, Relation, UnitStatus, UnitType
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Role
from desk_app.domain.work_orders import CallbackMethod, CallbackOutcome, Evaluation, EventKind
from desk_app.forms.archive.building_form import BuildingDialog
from desk_app.forms.archive.entrance_form import EntranceDialog
from desk_app.forms.archive.person_form import PersonDialog
from desk_app.forms.archive.relation_form import RelationDialog
from desk_app.forms.archive.unit_form import UnitDialog
from desk_app.forms.callbacks.callback_form import CallbackDialog, CallbackTarget
from desk_app.forms.import_dialog import ImportDialog
from desk_app.forms.login import LoginDialog
from desk_app.forms.settings.category_form import CategoryDialog, PhraseDialog
from desk_app.forms.settings.department_form import DepartmentDialog
from desk_app.forms.settings.password_form import ChangePasswordDialog
from desk_app.forms.settings.staff_form import StaffDialog
from desk_app.forms.settings.user_form import UserDialog
from desk_app.forms.setup_wizard import SetupWizard
from desk_app.forms.work_orders.register_form import RegisterDialog
from desk_app.forms.work_orders.slip_return_form import SlipReturnDialog
from desk_app.forms.work_orders.steps import (
    ArrivedDialog,
    CompletedDialog,
    DispatchDialog,
    FollowUpDialog,
    LinkIncidentDialog,
    ReasonDialog,
)
from desk_app.services import auth, backup, installation, organisation, settings, transfer
from desk_app.services import calendar as calendar_service
from desk_app.services.archive import buildings, people, units
from desk_app.services.archive.buildings import BuildingInput, EntranceInput
from desk_app.services.archive.people import PersonInput, RelationInput
from desk_app.services.archive.units import UnitInput
from desk_app.services.context import ServiceContext
from desk_app.services.transfer import BUILDING_HEADERS, PERSON_HEADERS, UNIT_HEADERS
from desk_app.services.work_orders import categories, orders
from desk_app.services.work_orders import slip as slip_service
from desk_app.ui import i18n, printing
from desk_app.ui.crash import CrashDialog
from desk_app.ui.session import AppSession
from desk_app.views.archive.page import ArchivePage
from desk_app.views.archive.tree import BUILDING, ENTRANCE
from desk_app.views.callbacks.page import CallbacksPage
from desk_app.views.history import HistoryDialog
from desk_app.views.log_viewer import LogDialog
from desk_app.views.main_window import SECTIONS, MainWindow
from desk_app.views.settings.page import SettingsPage
from desk_app.views.settings.printers import PrintersPage
from desk_app.views.settings.work_order_categories import WorkOrderCategoriesPage
from desk_app.views.work_orders.page import WorkOrdersPage
from tests.conftest import FakeClock

WORD = re.compile(r"[A-Za-z]{3,}")
# Paths and file names are the user's (database, backups, logs); so are e-mail-like and dotted names.
PATHISH = re.compile(r"\S*[/\\]\S*|\S+\.(?:sqlite3|xlsx|log|zip)\b")
# Words that stay English in a Chinese UI: product and format names, keys, units (dpi, like mm), the user
# names the test created and "English" (the language choice is named in its own language).
ALLOWED = {
    "PDF",
    "Excel",
    "QR",
    "Ctrl",
    "Alt",
    "xlsx",
    "dpi",
    "admin",
    "clerk",
    "Shift",
    "Enter",
    "Esc",
    "English",
}


@dataclass
class Found:
    where: str
    text: str
    words: list[str]


def english_words(text: str) -> list[str]:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = PATHISH.sub(" ", text)
    return [w for w in WORD.findall(text) if w not in ALLOWED]


def _model_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    if model is None:
        return []
    out: list[tuple[str, str]] = []

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # list models keep columnCount private: one column
            return 1

    is_tree = isinstance(view, QTreeView)  # list models keep hasChildren private too
    header = getattr(view, "horizontalHeader", None)
    if header is not None and not header().isHidden():
        for column in range(columns(QModelIndex())):
            out.append(("header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")))

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), 60)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                out.append(("cell", str(index.data() or "")))
                if column == 0 and depth < 3 and is_tree and model.hasChildren(index):
                    walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything the user can read in ``root`` and its visible descendants."""
    texts: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        elif isinstance(widget, QTabBar):
            texts.extend((kind, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.append((kind, widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            texts.append((kind, widget.text()))
        elif isinstance(widget, QLineEdit) and not widget.text():
            texts.append((kind + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):  # headers: below
            texts.extend((f"{kind} {where}", text) for where, text in _model_texts(widget))
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            texts.append(("menu", menu_action.text()))
            menu = menu_action.menu()
            if menu is not None:
                texts.extend(("menu item", a.text()) for a in menu.actions())
    return texts


def english_in(root: QWidget, where: str) -> list[Found]:
    found = []
    for kind, text in visible_texts(root):
        words = english_words(text)
        if words:
            found.append(Found(f"{where} / {kind}", text, words))
    return found


def report(found: list[Found]) -> str:
    return "English on the Chinese UI:\n" + "\n".join(f"  {f.where}: {f.text!r} {f.words}" for f in found)


# ---------------------------------------------------------------------------------------------- fixtures


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install("zh_CN")
    yield
    i18n.install("en")  # the other GUI tests read English


@dataclass
class Estate:
    building_id: str
    entrance_id: str
    unit_id: str
    unit_code: str
    owner_id: str


def workbook(path: Path, units: list[tuple[object, ...]], persons: list[tuple[object, ...]]) -> Path:
    wb = Workbook()
    sheet = wb.active
    sheet.title = "楼栋"
    sheet.append(BUILDING_HEADERS)
    sheet.append(("5", "5栋", 18, ""))
    for title, headers, rows in (("房屋", UNIT_HEADERS, units), ("人员", PERSON_HEADERS, persons)):
        ws = wb.create_sheet(title)
        ws.append(headers)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def person_row(name: str, mobile: str, unit: str = "", relation: str = "") -> tuple[object, ...]:
    # 姓名 性别 手机 备用手机 固定电话 身份证号 工作单位 备注 房号 关系 关系说明
    return (name, "", mobile, "", "", "", "", "", unit, relation, "")


@pytest.fixture
def estate(session: AppSession, tmp_path: Path) -> Estate:
    """A building, an entrance, a unit with an owner and a family member — and one of every kind of entry
    in the audit trail, so that the audit page and the histories show every label."""
    ctx = session.ctx
    b = buildings.create_building(ctx, BuildingInput(code="3", floors=18, notes="临街")).value
    e = buildings.create_entrance(ctx, b, EntranceInput(code="2")).value
    unit = units.create_unit(
        ctx,
        UnitInput(entrance_id=e, room="1102", area_m2="89.5", move_in_date=date(2020, 5, 1), fees_owed=True),
    ).value
    units.update_unit(
        ctx,
        unit.id,
        UnitInput(
            entrance_id=e,
            room="1102",
            area_m2="89.5",
            unit_type=UnitType.RESIDENCE,
            status=UnitStatus.OCCUPIED,
            move_in_date=date(2020, 5, 1),
            fees_owed=True,
        ),
    )
    owner = people.create_person(
        ctx, PersonInput(name="张三", gender="M", mobile="13812345678", id_number="11010519491231002X")
    ).value.id
    spouse = people.create_person(ctx, PersonInput(name="李梅", gender="F", mobile="13900001111")).value.id
    people.link(ctx, RelationInput(unit.id, owner, Relation.OWNER, is_primary=True, since=date(2020, 5, 1)))
    people.link(ctx, RelationInput(unit.id, spouse, Relation.FAMILY, relation_detail="配偶"))
    tenant = people.create_person(ctx, PersonInput(name="王五", mobile="13700002222")).value.id
    ended = people.link(ctx, RelationInput(unit.id, tenant, Relation.TENANT)).value
    people.unlink(ctx, ended.id)
    people.reveal_id_number(ctx, owner)
    people.set_person_archived(ctx, tenant, True)

    department = organisation.save_department(
        ctx, organisation.DepartmentInput("会所", DepartmentKind.OTHER, "020-88886666")
    ).value
    organisation.save_staff(ctx, organisation.StaffInput(department, "赵六", "13600003333", "领班"))
    user = auth.create_user(
        ctx, auth.UserInput("clerk", "前台小王", Role.CLERK, password="clerk-pass-1")
    ).value
    auth.update_user(ctx, user.id, auth.UserInput("clerk", "前台小王", Role.SUPERVISOR))
    settings.put(ctx, "backup.keep_daily", 30)
    calendar_service.set_override(ctx, date(2026, 12, 5), False, "停电检修")
    backup.run_backup(ctx, tmp_path / "backups")
    transfer.export_archive(ctx, tmp_path / "export.xlsx")
    transfer.apply_import(
        ctx,
        workbook(
            tmp_path / "good.xlsx",
            units=[("5-1-101", None, "72", "住宅", "已入住", None, "")],
            persons=[person_row("钱七", "13500004444", "5-1-101", "业主")],
        ),
    )
    return Estate(b, e, unit.id, unit.code, owner)


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# ---------------------------------------------------------------------------------------------- tests


def test_the_scanner_sees_english(qtbot: QtBot, chinese: None) -> None:
    """The check itself works: an untranslated label is found, paths and allowed words are not."""
    holder = QWidget()
    QLabel("Save the day", holder).move(0, 0)
    QLabel("数据库：/tmp/desk.sqlite3 Excel", holder).move(0, 30)
    show(qtbot, holder)
    found = english_in(holder, "test")
    assert [f.words for f in found] == [["Save", "the", "day"]]


def test_main_window_every_section_and_settings_page(
    qtbot: QtBot, session: AppSession, estate: Estate, chinese: None
) -> None:
    window = MainWindow(session, installation.site_info(session.ctx))
    window.resize(1366, 768)
    show(qtbot, window)
    found: list[Found] = []
    nav_texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    found += [Found("nav", t, english_words(t)) for t in nav_texts if english_words(t)]
    assert nav_texts[0] == "今日" and nav_texts[-1] == "设置"

    for row, section in enumerate(SECTIONS):
        window.nav.setCurrentRow(row)
        qtbot.wait(1)
        found += english_in(window, f"section {section.key}")

    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    keys = settings.page_keys()
    assert keys == [
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
    for key in keys:
        settings.show_page(key)
        qtbot.wait(1)
        found += english_in(window, f"settings {key}")

    archive = window.show_section("archive")
    assert isinstance(archive, ArchivePage)
    archive.tree.select_node(BUILDING, estate.building_id)
    qtbot.waitUntil(lambda: archive.cards.currentWidget() is archive.group_card)
    found += english_in(window, "archive building card")
    archive.tree.select_node(ENTRANCE, estate.entrance_id, estate.building_id)
    qtbot.wait(1)
    found += english_in(window, "archive entrance card")
    window.open_record("unit", estate.unit_id)
    qtbot.waitUntil(lambda: archive.unit_card.card is not None)
    assert archive.unit_card.people_model.rowCount() == 2
    found += english_in(window, "archive unit card")
    window.open_record("person", estate.owner_id)
    qtbot.waitUntil(lambda: archive.person_card.isVisible())
    found += english_in(window, "archive person card")

    qtbot.keyClicks(window.search, "zs")
    window.search.run_search()
    qtbot.waitUntil(window.search.popup.isVisible)
    assert window.search.popup.list.count() >= 1
    found += english_in(window, "search results")
    window.search.setText("qqqq")
    window.search.run_search()
    found += english_in(window, "search without results")
    assert not found, report(found)


def test_archive_and_settings_dialogs(
    qtbot: QtBot, session: AppSession, estate: Estate, chinese: None, tmp_path: Path
) -> None:
    ctx = session.ctx
    tree = buildings.tree(ctx)
    building = next(b for b in tree if b.id == estate.building_id)
    entrance = building.entrances[0]
    unit_card = units.unit_card(ctx, estate.unit_id)
    person_card = people.person_card(ctx, estate.owner_id)
    departments = organisation.list_departments(ctx)
    staff_user = next(u for u in auth.list_users(ctx) if u.username == "clerk")

    dialogs: list[tuple[str, QDialog]] = [
        ("new building", BuildingDialog(session)),
        ("edit building", BuildingDialog(session, building)),
        ("new entrance", EntranceDialog(session, building.id, building.name)),
        ("edit entrance", EntranceDialog(session, building.id, building.name, entrance)),
        ("new unit", UnitDialog(session, building_id=building.id, entrance_id=entrance.id)),
        ("edit unit", UnitDialog(session, unit=unit_card)),
        ("new person", PersonDialog(session)),
        ("edit person", PersonDialog(session, person_card)),
        ("relation", RelationDialog(session, estate.unit_id, estate.unit_code)),
        ("new department", DepartmentDialog(session)),
        ("edit department", DepartmentDialog(session, departments[0])),
        ("new staff", StaffDialog(session, departments, departments[0].id)),
        ("new user", UserDialog(session, departments)),
        ("edit user", UserDialog(session, departments, staff_user)),
        ("change password", ChangePasswordDialog(session)),
        ("unit history", HistoryDialog(session, "unit", estate.unit_id, estate.unit_code)),
        ("person history", HistoryDialog(session, "person", estate.owner_id, "张三")),
        ("import", ImportDialog(session)),
        ("log", LogDialog(tmp_path)),
        ("crash", CrashDialog("Traceback (most recent call last): …", tmp_path / "crash.txt")),
    ]
    found: list[Found] = []
    for name, dialog in dialogs:
        show(qtbot, dialog)
        found += english_in(dialog, name)
        if name in ("new unit", "new person", "relation", "new department", "new user", "change password"):
            dialog.save()  # empty required fields: the inline messages are Chinese too
            qtbot.wait(1)
            found += english_in(dialog, name + " with errors")
        dialog.close()
    assert not found, report(found)


def test_import_dialog_with_errors(qtbot: QtBot, session: AppSession, chinese: None, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "bad.xlsx",
        units=[("5-1-101", None, "72", "住宅", "已入住", None, ""), ("五栋一单元",)],
        persons=[person_row("李四", "12345")],
    )
    dialog = ImportDialog(session)
    show(qtbot, dialog)
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert "有错误" in dialog.summary_label.text()
    found = english_in(dialog, "import with errors")
    assert not found, report(found)


def test_setup_wizard_and_login(qtbot: QtBot, session: AppSession, chinese: None, tmp_path: Path) -> None:
    wizard = SetupWizard(tmp_path / "new.sqlite3")
    show(qtbot, wizard)
    found = english_in(wizard, "wizard welcome")
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)  # no name: the error shows
    assert wizard.currentId() == 1
    found += english_in(wizard, "wizard site")
    wizard.site.name.setText("绿城花园服务中心")
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    wizard.desk.code.setText("io")
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 2
    found += english_in(wizard, "wizard desk")
    wizard.desk.code.setText("A1")
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    wizard.admin.password.setText("x")
    wizard.admin.repeat.setText("y")
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 3
    found += english_in(wizard, "wizard admin")
    wizard.admin.display_name.setText("王经理")
    wizard.admin.password.setText("secret-123")
    wizard.admin.repeat.setText("secret-123")
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 4
    found += english_in(wizard, "wizard departments")
    wizard.close()

    login = LoginDialog(session, "阳光花园服务中心")
    show(qtbot, login)
    found += english_in(login, "login")
    login.username.clear()
    login.submit()
    found += english_in(login, "login without a name")
    login.username.setText("admin")
    login.password.setText("wrong-password")
    login.submit()
    qtbot.waitUntil(lambda: bool(login.error.text()))
    found += english_in(login, "login with a wrong password")
    login.close()
    assert not found, report(found)


# ---------------------------------------------------------------------------------------------- work orders


@dataclass
class Orders:
    """Work orders in every state, with every kind of step in their histories."""

    full: str  # dispatched, followed up, arrived, completed, slip returned, two return visits → rework
    waiting: str  # slip returned: waiting for its return visit
    overdue: str  # slip returned days ago: the return visit is overdue
    registered: str
    printed: str  # printed (dispatched by printing), then suspended and resumed
    suspended: str
    voided: str
    closed: str  # closed: the customer could not be reached
    repeat: str  # the same unit and category again, linked to ``full`` as one incident
    public: str  # a public area, no unit

    def all(self) -> list[str]:
        return list(vars(self).values())


def _category(ctx: ServiceContext, path: str) -> str:
    return next(c.id for c in categories.list_categories(ctx) if c.path == path)


@pytest.fixture
def work_orders(session: AppSession, estate: Estate, clock: FakeClock) -> Orders:
    ctx = session.ctx
    plumbing = _category(ctx, "户内 / 给排水")

    def register(text: str, unit: bool = True, location: str = "") -> str:
        data = orders.RegisterInput(
            category_id=plumbing,
            description=text,
            reporter_name="张三",
            contact_phone="13812345678",
            unit_id=estate.unit_id if unit else None,
            location=location,
        )
        return orders.register(ctx, data).value.id

    def returned(order_id: str, evaluation: Evaluation | None = Evaluation.SATISFIED) -> None:
        now = ctx.now()
        slip = orders.SlipReturn(
            "李师傅",
            now - timedelta(hours=2),
            now - timedelta(hours=1),
            "更换阀芯",
            "阀芯1个",
            3500,
            evaluation,
            signed=True,
        )
        orders.return_slip(ctx, order_id, slip)

    def no_answer(order_id: str) -> None:
        retry = ctx.now() + timedelta(hours=2)
        data = orders.CallbackInput(
            CallbackMethod.PHONE, CallbackOutcome.NO_ANSWER, phone="13812345678", retry_at=retry
        )
        orders.callback(ctx, order_id, data)

    overdue = register("卫生间地漏堵塞")
    returned(overdue)
    clock.advance(days=4)

    full = register("厨房水管漏水，楼下天花板有水印")
    orders.dispatch(ctx, full, staff_name="李师傅")
    orders.follow_up(ctx, full, "工程部说下午到")
    orders.arrive(ctx, full)
    orders.complete(ctx, full, handling="更换三角阀")
    returned(full)
    no_answer(full)
    orders.callback(
        ctx,
        full,
        orders.CallbackInput(
            CallbackMethod.ON_SITE, CallbackOutcome.REACHED, Evaluation.DISSATISFIED, "还在滴水"
        ),
    )
    waiting = register("阳台水龙头关不紧")
    returned(waiting, evaluation=None)
    no_answer(waiting)
    registered = register("马桶水箱不停进水")
    printed = register("热水器不出热水")
    slip = slip_service.render_slip(ctx, printed)
    slip_service.record_print(ctx, printed, slip, "PDF 打印机")
    orders.suspend(ctx, printed, "等待配件")
    orders.resume(ctx, printed)
    suspended = register("洗手盆下水慢")
    orders.suspend(ctx, suspended, "业主出差，下周再约")
    voided = register("重复登记")
    orders.void(ctx, voided, "与上一单重复")
    closed = register("厨房下水道反味")
    returned(closed)
    no_answer(closed)
    orders.close_unreachable(ctx, closed, "三次电话均无人接听")
    repeat = register("厨房水管又漏水")
    orders.link_incident(ctx, repeat, full)
    public = register("大堂地面积水", unit=False, location="3栋大堂")
    clock.advance(days=1)  # deadlines pass: the overdue clocks show
    return Orders(full, waiting, overdue, registered, printed, suspended, voided, closed, repeat, public)


def test_work_orders_section_every_order_and_the_return_visits(
    qtbot: QtBot, session: AppSession, work_orders: Orders, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(session, installation.site_info(session.ctx))
    window.resize(1366, 768)
    show(qtbot, window)
    page = window.show_section("work_orders")
    assert isinstance(page, WorkOrdersPage)
    page.filters.set_status(None)  # every status, closed and void too
    qtbot.waitUntil(lambda: page.model.rowCount() == len(work_orders.all()))
    found = english_in(window, "work orders list")
    for name, order_id in vars(work_orders).items():
        page.show_order(order_id)
        qtbot.waitUntil(
            lambda order_id=order_id: page.detail.detail is not None and page.detail.detail.id == order_id
        )
        found += english_in(window, f"work order {name}")

    # No printer: the clerk is offered the preview, which opens the slip.
    def no_printer(*_args: object, **_kwargs: object) -> str:
        raise DomainError("printing.no_printer")

    monkeypatch.setattr(printing, "print_pdf", no_printer)
    page.detail.print_slip()
    box = page.detail.printer.offer_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    found += english_in(box, "no printer")
    accept = QMessageBox.ButtonRole.AcceptRole
    next(b for b in box.buttons() if box.buttonRole(b) is accept).click()  # 预览
    preview = page.detail.printer.preview_dialog
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    found += english_in(preview, "slip preview")
    preview.reject()

    callbacks = window.show_section("callbacks")
    assert isinstance(callbacks, CallbacksPage)
    qtbot.waitUntil(lambda: callbacks.overdue.count() == 1 and callbacks.rework.count() == 1)
    found += english_in(window, "return visits")
    assert not found, report(found)


def test_work_order_dialogs(
    qtbot: QtBot, session: AppSession, estate: Estate, work_orders: Orders, chinese: None
) -> None:
    ctx = session.ctx
    full = orders.get(ctx, work_orders.full)
    registered = orders.get(ctx, work_orders.registered)
    found: list[Found] = []

    register = RegisterDialog(session, unit_id=estate.unit_id)
    show(qtbot, register)
    found += english_in(register, "register")
    register.category.setCurrentIndex(register.category.findText("户内 / 给排水"))
    qtbot.waitUntil(register.repeat_warning.isVisible)
    found += english_in(register, "register with a repeat")
    register.close()
    register = RegisterDialog(session)
    show(qtbot, register)
    register.save()  # nothing filled in: the inline messages
    qtbot.wait(1)
    found += english_in(register, "register with errors")
    register.close()

    steps: list[tuple[str, QDialog]] = [
        ("dispatch", DispatchDialog(session, registered)),
        ("arrived", ArrivedDialog(session, full)),
        ("completed", CompletedDialog(session, full)),
        ("slip returned", SlipReturnDialog(session, full)),
        ("follow-up", FollowUpDialog(session, full)),
        ("link incident", LinkIncidentDialog(session, registered)),
        *(
            (f"reason {kind}", ReasonDialog(session, full, kind))
            for kind in (EventKind.REWORK, EventKind.SUSPENDED, EventKind.VOIDED, EventKind.CLOSED)
        ),
    ]
    for name, dialog in steps:
        show(qtbot, dialog)
        found += english_in(dialog, name)
        if name in ("follow-up", "link incident", "reason rework"):
            dialog.save()
            qtbot.wait(1)
            found += english_in(dialog, name + " with errors")
        dialog.close()

    # The return visit: from the detail (the slip's tick and the attempts shown), then every outcome.
    callback = CallbackDialog(session, CallbackTarget.from_detail(orders.get(ctx, work_orders.overdue)))
    show(qtbot, callback)
    found += english_in(callback, "return visit")
    callback.save()  # reached, no evaluation: the inline message
    qtbot.wait(1)
    found += english_in(callback, "return visit without an evaluation")
    callback.evaluation.set_value(Evaluation.DISSATISFIED)
    found += english_in(callback, "return visit dissatisfied")
    callback.outcome.set_value(CallbackOutcome.NO_ANSWER)
    found += english_in(callback, "return visit no answer")
    callback.outcome.set_value(CallbackOutcome.WRONG_NUMBER)
    found += english_in(callback, "return visit wrong number")
    callback.method.set_value(CallbackMethod.ON_SITE)
    found += english_in(callback, "return visit on site")
    callback.close()
    callback = CallbackDialog(session, CallbackTarget.from_detail(orders.get(ctx, work_orders.waiting)))
    show(qtbot, callback)
    found += english_in(callback, "return visit after attempts")
    callback.close()

    # Settings: the category and phrase forms, and the printers page's sample slip.
    nodes = categories.list_categories(ctx)
    departments = organisation.list_departments(ctx)
    group = next(n for n in nodes if n.parent_id is None)
    leaf = next(n for n in nodes if n.parent_id is not None)
    phrase = categories.list_phrases(ctx)[0]
    forms: list[tuple[str, QDialog]] = [
        ("new group", CategoryDialog(session, nodes, departments)),
        ("new category", CategoryDialog(session, nodes, departments, parent_id=group.id)),
        ("edit group", CategoryDialog(session, nodes, departments, category=group)),
        ("edit category", CategoryDialog(session, nodes, departments, category=leaf)),
        ("new phrase", PhraseDialog(session, [leaf])),
        ("edit phrase", PhraseDialog(session, [leaf], phrase=phrase)),
    ]
    for name, dialog in forms:
        show(qtbot, dialog)
        found += english_in(dialog, name)
        if name.startswith("new"):
            dialog.save()
            qtbot.wait(1)
            found += english_in(dialog, name + " with errors")
        dialog.close()

    categories_page = WorkOrderCategoriesPage(session)
    show(qtbot, categories_page)
    categories_page.show_archived.setChecked(True)
    categories_page.select_path(leaf.path)
    found += english_in(categories_page, "categories with a category chosen")

    printers_page = PrintersPage(session)
    show(qtbot, printers_page)
    printers_page.printer.addItem(printers_page.tr("{name} (not found)").format(name="EPSON LQ-630K"), "x")
    samples: list[str] = []

    def look(dialog: printing.PreviewDialog) -> int:
        dialog.show()
        samples.append(dialog.windowTitle())
        found.extend(english_in(dialog, "preview " + dialog.windowTitle()))
        return 0

    original = printing.PreviewDialog.exec
    printing.PreviewDialog.exec = look  # type: ignore[method-assign,assignment]
    try:
        printers_page.preview_sample()
        printers_page.preview_calibration()
    finally:
        printing.PreviewDialog.exec = original  # type: ignore[method-assign]
    assert samples == ["样单：报事报修单", "校准页"]
    assert not found, report(found)
