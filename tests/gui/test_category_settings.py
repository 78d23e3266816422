"""Settings → Work-order categories: the tree with its defaults and deadline overrides, and the phrases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from desk_app.forms.settings.category_form import CategoryDialog, PhraseDialog
from desk_app.services.work_orders import categories
from desk_app.ui.session import AppSession
from desk_app.views.settings.page import SettingsPage
from desk_app.views.settings.work_order_categories import WorkOrderCategoriesPage
from tests.gui.conftest import type_text

LEFT = Qt.MouseButton.LeftButton


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry like a clerk with the keyboard: focus the box and step down until it shows."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, text
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def tree_rows(page: WorkOrderCategoriesPage, parent: QModelIndex | None = None) -> dict[str, list[str]]:
    """Category name → the row's cells, for the children of ``parent`` (the top level by default)."""
    model = page.tree_model
    parent = parent or QModelIndex()
    rows = {}
    for r in range(model.rowCount(parent)):
        cells = [model.index(r, c, parent).data() for c in range(model.columnCount(parent))]
        rows[cells[0]] = cells
    return rows


def child_index(page: WorkOrderCategoriesPage, name: str) -> QModelIndex:
    model = page.tree_model
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == name)


@pytest.fixture
def settings(qtbot: QtBot, session: AppSession) -> SettingsPage:
    categories.ensure_defaults(session.ctx)
    widget = SettingsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def page(settings: SettingsPage, qtmodeltester: object) -> WorkOrderCategoriesPage:
    shown = settings.show_page("work_order_categories")
    assert isinstance(shown, WorkOrderCategoriesPage)
    qtmodeltester.check(shown.tree_model)  # type: ignore[attr-defined]
    qtmodeltester.check(shown.phrase_model)  # type: ignore[attr-defined]
    return shown


def open_dialog(qtbot: QtBot, page: WorkOrderCategoriesPage, button: QAbstractButton) -> QWidget:
    click(qtbot, button)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_default_tree_shows_departments_urgencies_and_deadlines(page: WorkOrderCategoriesPage) -> None:
    assert list(tree_rows(page)) == ["户内", "公共区域"]
    lifts = tree_rows(page, child_index(page, "公共区域"))["电梯"]
    assert lifts == ["电梯", "工程部", "Urgent", "(30 min)", "(4 h)"]  # brackets: the urgency's default
    assert page.phrase_title.text() == "Phrases for every category"
    assert page.phrase_model.rowCount() == 10


def test_add_a_category_under_public_areas_with_its_own_deadline(
    qtbot: QtBot, page: WorkOrderCategoriesPage, session: AppSession
) -> None:
    assert page.select_path("公共区域")
    dialog = open_dialog(qtbot, page, page.add_category_button)
    assert isinstance(dialog, CategoryDialog) and dialog.windowTitle() == "New category"
    assert dialog.parent_choice.currentText() == "公共区域"
    assert dialog.respond.placeholderText() == "Blank: 1440 (24 h, the urgency's deadline)"
    type_text(qtbot, dialog.name, "水景")
    choose(qtbot, dialog.department, "工程部")
    choose(qtbot, dialog.urgency, "Important")
    assert dialog.respond.placeholderText() == "Blank: 120 (2 h, the urgency's deadline)"
    type_text(qtbot, dialog.respond, "45")
    dialog.respond.setFocus()
    qtbot.keyClick(dialog.respond, Qt.Key.Key_Return)  # on to "complete within", left blank
    qtbot.keyClick(dialog.complete, Qt.Key.Key_Return)  # Enter on the last field saves
    assert not dialog.isVisible()

    row = tree_rows(page, child_index(page, "公共区域"))["水景"]
    assert row == ["水景", "工程部", "Important", "45 min", "(24 h)"]
    saved = next(c for c in categories.list_categories(session.ctx) if c.path == "公共区域 / 水景")
    assert saved.respond_minutes == 45 and saved.complete_minutes is None
    assert page.selected_node() is not None


def test_a_category_needs_a_department_and_a_positive_deadline(
    qtbot: QtBot, page: WorkOrderCategoriesPage
) -> None:
    page.select_path("户内 / 门窗")
    dialog = open_dialog(qtbot, page, page.edit_button)
    assert isinstance(dialog, CategoryDialog) and dialog.name.text() == "门窗"
    choose(qtbot, dialog.department, "(none)")
    click(qtbot, dialog.save_button)
    assert dialog.errors["default_department_id"].text() == "Required."
    choose(qtbot, dialog.department, "工程部")
    type_text(qtbot, dialog.complete, "0")
    click(qtbot, dialog.save_button)
    assert (
        dialog.isVisible()
        and dialog.errors["complete_minutes"].text() == "Enter a positive number of minutes."
    )


def test_add_a_group_then_archive_and_restore_it(
    qtbot: QtBot, page: WorkOrderCategoriesPage, session: AppSession
) -> None:
    dialog = open_dialog(qtbot, page, page.add_group_button)
    assert dialog.windowTitle() == "New group"
    type_text(qtbot, dialog.name, "商铺")  # type: ignore[attr-defined]
    click(qtbot, dialog.save_button)  # type: ignore[attr-defined]
    assert set(tree_rows(page)) == {"户内", "公共区域", "商铺"}

    page.confirm = lambda *args: True  # type: ignore[method-assign]
    page.select_path("商铺")
    assert page.archive_button.text() == "Archive"
    click(qtbot, page.archive_button)
    assert set(tree_rows(page)) == {"户内", "公共区域"}
    click(qtbot, page.show_archived)
    assert "商铺 (archived)" in tree_rows(page)
    page.select_path("商铺")
    assert page.archive_button.text() == "Restore"
    click(qtbot, page.archive_button)
    assert not next(c for c in categories.list_categories(session.ctx) if c.name == "商铺").archived


def test_phrases_for_a_category(qtbot: QtBot, page: WorkOrderCategoriesPage, session: AppSession) -> None:
    page.select_path("户内 / 给排水")
    assert page.phrase_title.text() == "Phrases offered for 户内 / 给排水"
    dialog = open_dialog(qtbot, page, page.add_phrase_button)
    assert isinstance(dialog, PhraseDialog) and dialog.category.currentText() == "户内 / 给排水"
    type_text(qtbot, dialog.text, "地漏反水，需要疏通。")
    click(qtbot, dialog.save_button)
    assert page.phrase_model.rows[0].text == "地漏反水，需要疏通。"  # the category's own come first
    assert page.phrase_model.index(0, 1).data() == "户内 / 给排水"
    page.select_path("户内 / 电气")
    assert "地漏反水，需要疏通。" not in [p.text for p in page.phrase_model.rows]

    page.select_path("户内 / 给排水")
    page.phrase_table.selectRow(0)
    dialog = open_dialog(qtbot, page, page.edit_phrase_button)
    dialog.text.selectAll()  # type: ignore[attr-defined]
    type_text(qtbot, dialog.text, "地漏反水，请上门疏通。")  # type: ignore[attr-defined]
    click(qtbot, dialog.save_button)  # type: ignore[attr-defined]
    assert page.phrase_model.rows[0].text == "地漏反水，请上门疏通。"

    page.confirm = lambda *args: True  # type: ignore[method-assign]
    page.phrase_table.selectRow(0)
    click(qtbot, page.archive_phrase_button)
    assert "地漏反水，请上门疏通。" not in [p.text for p in categories.list_phrases(session.ctx, None)]
    assert "地漏反水，请上门疏通。" not in [p.text for p in page.phrase_model.rows]


def test_a_clerk_does_not_see_these_settings(qtbot: QtBot, clerk_session: AppSession) -> None:
    settings = SettingsPage(clerk_session)
    qtbot.addWidget(settings)
    assert "work_order_categories" not in settings.page_keys()
    assert "printers" not in settings.page_keys()
    assert settings.page_keys() == ["language", "backup"]
