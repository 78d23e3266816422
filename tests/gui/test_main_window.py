"""The main window as a clerk uses it: sections, Ctrl+F search while typing, opening what was found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Relation
from desk_app.services import installation
from desk_app.services.archive import buildings, people, units
from desk_app.ui.session import AppSession
from desk_app.views.main_window import SECTIONS, MainWindow
from desk_app.views.placeholder import PlaceholderPage
from tests.gui.conftest import type_text


def _window(qtbot: QtBot, session: AppSession) -> MainWindow:
    window = MainWindow(session, installation.site_info(session.ctx))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _estate(session: AppSession) -> None:
    ctx = session.ctx
    b = buildings.create_building(ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(ctx, b, buildings.EntranceInput("2")).value
    u = units.create_unit(ctx, units.UnitInput(e, "1102")).value
    zs = people.create_person(ctx, people.PersonInput("张三", mobile="13812345678")).value
    people.link(ctx, people.RelationInput(u.id, zs.id, Relation.OWNER))
    people.create_person(ctx, people.PersonInput("<b>x</b>", mobile="13900005678"))


def _search(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    window.search.clear()
    # Results arrive after the typing pause, without pressing anything.
    with qtbot.waitSignal(window.search.results_shown, timeout=2000):
        type_text(qtbot, window.search, text)
    assert window.search.popup.isVisible()
    lst = window.search.popup.list
    return [lst.item(i).text() for i in range(lst.count())]


def test_every_section_is_listed_and_unbuilt_ones_say_so(qtbot: QtBot, session: AppSession) -> None:
    window = _window(qtbot, session)
    assert window.nav.count() == len(SECTIONS) == 12
    window.nav.setCurrentRow(7)  # Keys: a later release
    page = window.pages["keys"]
    assert isinstance(page, PlaceholderPage)
    labels = [child.text() for child in page.children() if hasattr(child, "text")]
    assert "This section is not built yet." in labels


def test_status_bar_shows_user_desk_and_database(qtbot: QtBot, session: AppSession) -> None:
    window = _window(qtbot, session)
    assert window.user_label.text() == "User: 系统管理员 (Administrator)"
    assert window.desk_label.text() == "Desk: 一号前台 (A1)"
    assert window.db_label.text() == f"Database: {session.paths.db.name}"
    assert window.db_label.toolTip() == str(session.paths.db)
    assert window.backup_label.text() == "Last backup: none yet"


def test_search_by_unit_code_opens_the_unit_card(qtbot: QtBot, session: AppSession) -> None:
    _estate(session)
    window = _window(qtbot, session)
    rows = _search(qtbot, window, "3栋2单元1102")
    assert rows == ["3-2-1102    Owner: 张三"]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == next(i for i, s in enumerate(SECTIONS) if s.key == "archive")
    assert not window.search.popup.isVisible()


def test_search_by_pinyin_initials_and_phone_suffix(qtbot: QtBot, session: AppSession) -> None:
    _estate(session)
    window = _window(qtbot, session)
    assert _search(qtbot, window, "zs")[0] == "张三    13812345678    3-2-1102"
    texts = sorted(_search(qtbot, window, "5678"))
    # User data is shown as typed: the HTML-looking name is not rendered as bold text.
    assert texts[0].startswith("<b>x</b>") and texts[1].startswith("张三")


def test_escape_closes_the_results(qtbot: QtBot, session: AppSession) -> None:
    _estate(session)
    window = _window(qtbot, session)
    _search(qtbot, window, "zs")
    qtbot.waitUntil(window.search.popup.isVisible)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert not window.search.popup.isVisible() and window.search.text() == ""
