"""The archive screen driven like a clerk: type, press Enter, click; check what the screen shows."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton, QWidget
from sqlalchemy import func, select

from desk_app.db.models import AuditEntry, Person
from desk_app.domain.enums import Relation
from desk_app.forms.archive.building_form import BuildingDialog
from desk_app.forms.archive.entrance_form import EntranceDialog
from desk_app.forms.archive.person_form import PersonDialog
from desk_app.forms.archive.relation_form import RelationDialog
from desk_app.forms.archive.unit_form import UnitDialog
from desk_app.services.archive import buildings, people, units
from desk_app.services.archive.buildings import BuildingInput, EntranceInput
from desk_app.services.archive.people import PersonInput, RelationInput
from desk_app.services.archive.units import UnitInput
from desk_app.services.context import ServiceContext
from desk_app.ui.session import AppSession
from desk_app.views.archive.page import ArchivePage
from desk_app.views.history import HistoryDialog
from tests.gui.conftest import type_text as shared_type_text

W = TypeVar("W", bound=QWidget)

VALID_ID = "11010519491231002X"
WRONG_CHECK_DIGIT_ID = "110105194912310021"
CHECK_DIGIT_MESSAGE = "The check digit of this ID number is wrong: please check for a typo."
FORBIDDEN_MESSAGE = "Your role is not allowed to do this."


# ---------------------------------------------------------------------------------------------- helpers


def open_page(qtbot, session: AppSession) -> ArchivePage:  # type: ignore[no-untyped-def]
    page = ArchivePage(session)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def dialog_of(qtbot, cls: type[W]) -> W:  # type: ignore[no-untyped-def]
    """The visible dialog of this class (the newest, when one dialog opened another)."""
    found: list[W] = []

    def visible() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
        assert found

    qtbot.waitUntil(visible)
    dialog = found[-1]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys and shortcuts go to the active window
    return dialog


def no_dialog(qtbot, cls: type[QWidget]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: not [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    )


def click_action(qtbot, page: ArchivePage, action) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_with_ctrl_s(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    dialog.activateWindow()  # e.g. back from a dialog it opened
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Like the shared helper; an editable combo box takes the input method's text in its line edit."""
    shared_type_text(qtbot, widget.lineEdit() if isinstance(widget, QComboBox) else widget, text)


def type_and_enter(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    type_text(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def tree_texts(page: ArchivePage) -> list[str]:
    """Every text the tree shows, depth first."""
    model = page.tree.tree_model
    texts: list[str] = []

    def walk(item) -> None:  # type: ignore[no-untyped-def]
        for row in range(item.rowCount()):
            child = item.child(row)
            texts.append(child.text())
            walk(child)

    walk(model.invisibleRootItem())
    return texts


def table_rows(view) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def person_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(Person)) or 0


def audit_count(ctx: ServiceContext, entity_id: str, action: str | None = None) -> int:
    with ctx.db.read() as s:
        q = select(func.count()).select_from(AuditEntry).where(AuditEntry.entity_id == entity_id)
        if action:
            q = q.where(AuditEntry.action == action)
        return s.scalar(q) or 0


@pytest.fixture
def unit_id(admin_ctx: ServiceContext) -> str:
    b = buildings.create_building(admin_ctx, BuildingInput(code="3")).value
    e = buildings.create_entrance(admin_ctx, b, EntranceInput(code="2")).value
    return units.create_unit(admin_ctx, UnitInput(entrance_id=e, room="1102", area_m2="89.5")).value.id


def make_person(ctx: ServiceContext, name: str, mobile: str = "", id_number: str = "") -> str:
    return people.create_person(ctx, PersonInput(name=name, mobile=mobile, id_number=id_number)).value.id


# ---------------------------------------------------------------------------------------------- tests


def test_create_building_entrance_and_unit_through_the_dialogs(qtbot, session: AppSession) -> None:
    page = open_page(qtbot, session)

    click_action(qtbot, page, page.add_building_action)
    dialog = dialog_of(qtbot, BuildingDialog)
    assert dialog.focusWidget() is dialog.code
    type_and_enter(qtbot, dialog.code, "3")
    assert dialog.focusWidget() is dialog.name  # Enter moves to the next field
    for _ in range(3):  # name (blank: 3栋), floors, notes → Enter on the last field saves
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    no_dialog(qtbot, BuildingDialog)
    qtbot.waitUntil(lambda: tree_texts(page) == ["3栋"])
    assert page.group_card.title.text() == "3栋"  # the new building is selected

    click_action(qtbot, page, page.add_entrance_action)
    dialog = dialog_of(qtbot, EntranceDialog)
    qtbot.keyClicks(dialog.code, "2")
    save_with_ctrl_s(qtbot, dialog)
    no_dialog(qtbot, EntranceDialog)
    qtbot.waitUntil(lambda: tree_texts(page) == ["3栋", "2单元 (0)"])

    click_action(qtbot, page, page.add_unit_action)
    dialog = dialog_of(qtbot, UnitDialog)
    assert dialog.building.currentText() == "3栋"  # pre-filled with the selected entrance
    assert dialog.entrance.currentText() == "2单元"
    assert dialog.focusWidget() is dialog.room
    type_and_enter(qtbot, dialog.room, "1102")
    assert dialog.floor.placeholderText() == "Blank: 11 (from the room)"
    qtbot.keyClick(dialog.floor, Qt.Key.Key_Return)
    type_and_enter(qtbot, dialog.area, "89.5")
    save_with_ctrl_s(qtbot, dialog)
    no_dialog(qtbot, UnitDialog)

    qtbot.waitUntil(lambda: tree_texts(page) == ["3栋", "2单元 (1)", "3-2-1102"])
    card = page.unit_card
    assert page.cards.currentWidget() is card
    assert card.title.text() == "3-2-1102"
    assert card.details.text("floor") == "11"
    assert card.details.text("area") == "89.50 m²"
    assert card.details.text("type") == "Residence"
    assert card.details.text("status") == "Vacant"
    assert page.tree.current_node() == ("unit", card.unit_id)


def test_unit_dialog_shows_inline_errors_and_writes_nothing(qtbot, session: AppSession, unit_id: str) -> None:
    page = open_page(qtbot, session)
    page.show_unit(unit_id)
    click(qtbot, page.unit_card.edit_button)
    dialog = dialog_of(qtbot, UnitDialog)
    dialog.area.setFocus()
    dialog.area.selectAll()
    qtbot.keyClicks(dialog.area, "-3")
    qtbot.keyClick(dialog.area, Qt.Key.Key_Return)  # leaving the field checks it
    assert dialog.errors["area_m2"].isVisible()
    assert dialog.errors["area_m2"].text() == "Enter the area in m², e.g. 89.5 (up to two decimals)."
    save_with_ctrl_s(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["area_m2"].isVisible()
    assert audit_count(session.ctx, unit_id, "update") == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    no_dialog(qtbot, UnitDialog)


def test_add_an_owner_as_a_new_person_and_a_family_member(qtbot, session: AppSession, unit_id: str) -> None:
    page = open_page(qtbot, session)
    page.show_unit(unit_id)
    card = page.unit_card
    qtbot.waitUntil(lambda: card.title.text() == "3-2-1102")

    click(qtbot, card.add_person_button)
    relation = dialog_of(qtbot, RelationDialog)
    assert relation.relation.currentData() == Relation.OWNER  # a unit without an owner gets one first
    click(qtbot, relation.new_person)
    person = dialog_of(qtbot, PersonDialog)
    type_and_enter(qtbot, person.name, "张三")
    qtbot.keyClick(person.gender, Qt.Key.Key_Return)
    type_and_enter(qtbot, person.mobile, "138 1234 5678")
    save_with_ctrl_s(qtbot, person)
    no_dialog(qtbot, PersonDialog)
    assert relation.chosen.text() == "Chosen: 张三"
    relation.primary.setChecked(True)
    save_with_ctrl_s(qtbot, relation)
    no_dialog(qtbot, RelationDialog)

    qtbot.waitUntil(lambda: len(table_rows(card.people)) == 1)
    assert table_rows(card.people)[0][:4] == ["Owner", "张三", "13812345678", "★"]

    click(qtbot, card.add_person_button)
    relation = dialog_of(qtbot, RelationDialog)
    assert relation.relation.currentData() == Relation.FAMILY  # there is an owner now
    relation.search.setFocus()
    type_text(qtbot, relation.search, "李四")
    assert relation.results_model.rowCount() == 0
    qtbot.keyClick(
        relation.search, Qt.Key.Key_Return
    )  # nobody found: Enter opens "new person", name filled in
    person = dialog_of(qtbot, PersonDialog)
    assert person.name.text() == "李四"
    save_with_ctrl_s(qtbot, person)
    no_dialog(qtbot, PersonDialog)
    relation.detail.setFocus()
    type_text(qtbot, relation.detail, "配偶")
    qtbot.keyClick(relation.detail, Qt.Key.Key_Return)
    assert relation.isVisible()
    save_with_ctrl_s(qtbot, relation)
    no_dialog(qtbot, RelationDialog)

    qtbot.waitUntil(lambda: len(table_rows(card.people)) == 2)
    assert [row[:2] for row in table_rows(card.people)] == [
        ["Owner", "张三"],
        ["Family member (配偶)", "李四"],
    ]
    qtbot.waitUntil(lambda: "3-2-1102  张三" in tree_texts(page))  # the tree shows owner names


def test_choose_an_existing_person_by_pinyin_initials(
    qtbot, session: AppSession, unit_id: str, qtmodeltester
) -> None:
    make_person(session.ctx, "王五", "13900001111")
    page = open_page(qtbot, session)
    page.show_unit(unit_id)
    click(qtbot, page.unit_card.add_person_button)
    relation = dialog_of(qtbot, RelationDialog)
    qtbot.keyClicks(relation.search, "ww")
    qtbot.waitUntil(lambda: relation.results_model.rowCount() == 1)
    qtmodeltester.check(relation.results_model)
    assert table_rows(relation.results)[0][:2] == ["王五", "13900001111"]
    qtbot.keyClick(relation.search, Qt.Key.Key_Return)  # takes the first hit, moves on to the relation
    assert relation.chosen.text() == "Chosen: 王五"
    assert relation.focusWidget() is relation.relation
    relation.relation.setCurrentIndex(relation.relation.findData(Relation.TENANT))
    save_with_ctrl_s(qtbot, relation)
    no_dialog(qtbot, RelationDialog)
    qtbot.waitUntil(lambda: [r[:2] for r in table_rows(page.unit_card.people)] == [["Tenant", "王五"]])


def test_a_relation_needs_a_person(qtbot, session: AppSession, unit_id: str) -> None:
    page = open_page(qtbot, session)
    page.show_unit(unit_id)
    click(qtbot, page.unit_card.add_person_button)
    relation = dialog_of(qtbot, RelationDialog)
    assert relation.focusWidget() is relation.search
    tab_stops = []
    for _ in range(4):
        qtbot.keyClick(relation.focusWidget(), Qt.Key.Key_Tab)
        tab_stops.append(relation.focusWidget())
    assert tab_stops == [relation.results, relation.new_person, relation.relation, relation.detail]
    save_with_ctrl_s(qtbot, relation)
    assert relation.isVisible()
    assert relation.errors["person"].text() == "Required."
    relation.reject()


def test_end_a_relation(qtbot, session: AppSession, unit_id: str) -> None:
    pid = make_person(session.ctx, "张三")
    people.link(session.ctx, RelationInput(unit_id, pid, Relation.OWNER))
    page = open_page(qtbot, session)
    page.show_unit(unit_id)
    card = page.unit_card
    assert not card.end_relation_button.isEnabled()  # nothing selected yet
    card.people.selectRow(0)
    click(qtbot, card.end_relation_button)
    box = dialog_of(qtbot, QMessageBox)
    assert "张三" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: table_rows(card.people) == [])
    assert audit_count(session.ctx, unit_id, "unlink") == 1


def test_person_id_number_check_digit_mask_and_reveal(qtbot, session: AppSession, unit_id: str) -> None:
    pid = make_person(session.ctx, "张三", "13812345678")
    people.link(session.ctx, RelationInput(unit_id, pid, Relation.OWNER))
    page = open_page(qtbot, session)
    page.show_unit(unit_id)
    qtbot.waitUntil(lambda: page.unit_card.people_model.rowCount() == 1)
    page.unit_card.people.doubleClicked.emit(page.unit_card.people_model.index(0, 1))  # open the person
    card = page.person_card
    qtbot.waitUntil(lambda: page.cards.currentWidget() is card and card.title.text() == "张三")
    assert not card.reveal_button.isVisible()  # no ID number yet: nothing to show

    click(qtbot, card.edit_button)
    dialog = dialog_of(qtbot, PersonDialog)
    before_people, before_audit = person_count(session.ctx), audit_count(session.ctx, pid)
    type_and_enter(qtbot, dialog.id_number, WRONG_CHECK_DIGIT_ID)  # Enter leaves the field
    assert dialog.focusWidget() is dialog.company
    assert dialog.errors["id_number"].isVisible()
    assert dialog.errors["id_number"].text() == CHECK_DIGIT_MESSAGE
    save_with_ctrl_s(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["id_number"].text() == CHECK_DIGIT_MESSAGE
    assert dialog.errors["id_number"].isVisible()
    assert (person_count(session.ctx), audit_count(session.ctx, pid)) == (before_people, before_audit)
    assert dialog.focusWidget() is dialog.id_number  # back to the field that needs fixing

    dialog.id_number.selectAll()
    qtbot.keyClicks(dialog.id_number, VALID_ID)
    qtbot.keyClick(dialog.id_number, Qt.Key.Key_Return)
    assert not dialog.errors["id_number"].isVisible()
    assert dialog.gender.currentText() == "Female"  # from the ID number (sequence 002: even)
    save_with_ctrl_s(qtbot, dialog)
    no_dialog(qtbot, PersonDialog)

    masked = "1101**********002X"
    qtbot.waitUntil(lambda: card.details.text("id_number") == masked)
    assert card.reveal_button.isVisible()
    assert audit_count(session.ctx, pid, "reveal") == 0
    click(qtbot, card.reveal_button)
    assert card.details.text("id_number") == VALID_ID
    assert audit_count(session.ctx, pid, "reveal") == 1
    click(qtbot, card.reveal_button)  # "Hide"
    assert card.details.text("id_number") == masked

    # Editing again keeps the stored number when the masked value is left as it is.
    click(qtbot, card.edit_button)
    dialog = dialog_of(qtbot, PersonDialog)
    assert dialog.id_number.text() == masked
    type_and_enter(qtbot, dialog.id_number, "")
    assert not dialog.errors["id_number"].isVisible()
    dialog.company.setText("阳光公司")
    save_with_ctrl_s(qtbot, dialog)
    no_dialog(qtbot, PersonDialog)
    qtbot.waitUntil(lambda: card.details.text("company") == "阳光公司")
    assert people.reveal_id_number(session.ctx, pid) == VALID_ID


def test_clerk_has_no_show_button_and_is_refused(
    qtbot, clerk_session: AppSession, messages: list[str]
) -> None:
    pid = make_person(clerk_session.ctx, "张三", id_number=VALID_ID)
    page = open_page(qtbot, clerk_session)
    page.show_person(pid)
    card = page.person_card
    qtbot.waitUntil(lambda: card.title.text() == "张三")
    assert card.details.text("id_number") == "1101**********002X"
    assert not card.reveal_button.isVisible()
    assert not card.archive_button.isVisible()  # clerks cannot archive either
    assert not page.import_action.isVisible()
    card.reveal_button.click()  # even if it were reachable, the service refuses
    assert messages == [FORBIDDEN_MESSAGE]
    assert card.details.text("id_number") == "1101**********002X"


def test_user_data_is_plain_text(qtbot, session: AppSession, unit_id: str) -> None:
    pid = make_person(session.ctx, "<b>x</b>", "13812345678")
    people.link(session.ctx, RelationInput(unit_id, pid, Relation.OWNER, relation_detail="<i>y</i>"))
    page = open_page(qtbot, session)
    page.show_person(pid)
    card = page.person_card
    qtbot.waitUntil(lambda: card.title.text() == "<b>x</b>")
    assert card.title.textFormat() == Qt.TextFormat.PlainText
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in card.details.values.values())
    # Rendered as plain text, the tags take room on screen; as rich text only a bold "x" would.
    assert card.title.sizeHint().width() > card.title.fontMetrics().horizontalAdvance("x") * 4
    page.show_unit(unit_id)
    qtbot.waitUntil(lambda: page.unit_card.people_model.rowCount() == 1)
    assert table_rows(page.unit_card.people)[0][:2] == ["Owner (<i>y</i>)", "<b>x</b>"]
    qtbot.waitUntil(lambda: "3-2-1102  <b>x</b>" in tree_texts(page))


def test_history_lists_create_and_update_with_old_and_new_values(
    qtbot, session: AppSession, qtmodeltester
) -> None:
    pid = make_person(session.ctx, "张三", "13812345678")
    page = open_page(qtbot, session)
    page.show_person(pid)
    card = page.person_card
    qtbot.waitUntil(lambda: card.title.text() == "张三")
    click(qtbot, card.edit_button)
    dialog = dialog_of(qtbot, PersonDialog)
    dialog.name.selectAll()
    type_text(qtbot, dialog.name, "张三丰")
    dialog.mobile.selectAll()
    qtbot.keyClicks(dialog.mobile, "13900001111")
    save_with_ctrl_s(qtbot, dialog)
    no_dialog(qtbot, PersonDialog)
    qtbot.waitUntil(lambda: card.title.text() == "张三丰")

    click(qtbot, card.history_button)
    history = dialog_of(qtbot, HistoryDialog)
    qtmodeltester.check(history.model)
    rows = table_rows(history.table)
    assert [r[2] for r in rows] == ["Changed", "Created"]  # newest first
    assert rows[0][0] == "2026-11-23 09:30:00"  # the site's local time (the test clock says 01:30 UTC)
    assert rows[0][1] == "系统管理员"
    assert "Name: 张三 → 张三丰" in rows[0][3].splitlines()
    assert "Mobile: 13812345678 → 13900001111" in rows[0][3].splitlines()
    assert "Name: 张三" in rows[1][3].splitlines()
    history.close()


def test_archive_and_restore_a_unit(qtbot, session: AppSession, unit_id: str) -> None:
    page = open_page(qtbot, session)
    page.show_unit(unit_id)
    card = page.unit_card
    qtbot.waitUntil(lambda: "3-2-1102" in tree_texts(page))
    assert not card.archived_note.isVisible()
    click(qtbot, card.archive_button)
    qtbot.waitUntil(lambda: card.archived_note.isVisible())
    assert card.archive_button.text() == "Restore"
    assert "3-2-1102" not in tree_texts(page)
    click_action(qtbot, page, page.show_archived_action)
    qtbot.waitUntil(lambda: "3-2-1102 (archived)" in tree_texts(page))
    click(qtbot, card.archive_button)
    qtbot.waitUntil(lambda: not card.archived_note.isVisible())
    qtbot.waitUntil(lambda: "3-2-1102" in tree_texts(page))


def test_person_card_links_to_units_and_tree_follows(qtbot, session: AppSession, unit_id: str) -> None:
    pid = make_person(session.ctx, "张三")
    people.link(session.ctx, RelationInput(unit_id, pid, Relation.OWNER))
    page = open_page(qtbot, session)
    page.show_person(pid)
    card = page.person_card
    qtbot.waitUntil(lambda: card.units_model.rowCount() == 1)
    assert table_rows(card.units)[0][:2] == ["3-2-1102", "Owner"]
    rect = card.units.visualRect(card.units_model.index(0, 0))
    qtbot.mouseClick(card.units.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.cards.currentWidget() is page.unit_card)
    assert page.unit_card.title.text() == "3-2-1102"
    qtbot.waitUntil(lambda: page.tree.current_node() == ("unit", unit_id))  # opened and selected in the tree


def test_every_model_passes_the_model_tester(qtbot, session: AppSession, unit_id: str, qtmodeltester) -> None:
    pid = make_person(session.ctx, "张三", "13812345678")
    people.link(session.ctx, RelationInput(unit_id, pid, Relation.OWNER, is_primary=True))
    page = open_page(qtbot, session)
    page.show_unit(unit_id)
    qtbot.waitUntil(lambda: "3-2-1102  张三" in tree_texts(page))  # units loaded under the entrance
    qtmodeltester.check(page.tree.tree_model)
    qtmodeltester.check(page.unit_card.people_model)
    page.show_person(pid)
    qtbot.waitUntil(lambda: page.person_card.units_model.rowCount() == 1)
    qtmodeltester.check(page.person_card.units_model)


def test_tree_loads_units_only_when_an_entrance_opens(qtbot, session: AppSession, unit_id: str) -> None:
    page = open_page(qtbot, session)
    assert tree_texts(page) == ["3栋", "2单元 (1)", "Loading…"]
    entrance = page.tree.tree_model.item(0).child(0)
    page.tree.expand(page.tree.tree_model.indexFromItem(entrance))
    qtbot.waitUntil(lambda: tree_texts(page) == ["3栋", "2单元 (1)", "3-2-1102"])
    page.tree.setCurrentIndex(page.tree.tree_model.indexFromItem(entrance.child(0)))
    qtbot.waitUntil(lambda: page.unit_card.title.text() == "3-2-1102")


def test_export_reports_what_was_written(qtbot, session: AppSession, unit_id: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, session)
    page.export_to(tmp_path / "archive")
    target = tmp_path / "archive.xlsx"
    qtbot.waitUntil(lambda: target.exists() and page.status.text().startswith("Exported"))
    assert page.status.text() == f"Exported to {target}: buildings 1, units 1, people 0."


def test_building_card_edit_and_history(qtbot, session: AppSession, unit_id: str) -> None:
    page = open_page(qtbot, session)
    building = page.tree.tree_model.item(0)
    page.tree.setCurrentIndex(building.index())
    card = page.group_card
    qtbot.waitUntil(lambda: page.cards.currentWidget() is card and card.title.text() == "3栋")
    assert card.details.text("contents") == "Entrances: 1, units: 1"
    click(qtbot, card.edit_button)
    dialog = dialog_of(qtbot, BuildingDialog)
    dialog.floors.setFocus(Qt.FocusReason.TabFocusReason)  # as if tabbed to: "Not set" is selected
    qtbot.keyClicks(dialog.floors, "18")
    save_with_ctrl_s(qtbot, dialog)
    no_dialog(qtbot, BuildingDialog)
    qtbot.waitUntil(lambda: card.details.text("floors") == "18")
    click(qtbot, card.history_button)
    history = dialog_of(qtbot, HistoryDialog)
    assert "Floors: — → 18" in table_rows(history.table)[0][3].splitlines()
    history.close()
