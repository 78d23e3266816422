"""Importing from Excel: every bad row is listed with its Excel row number, nothing is written until the file
is clean, and a clean file is imported with its counts shown."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desk_app.db.models import Person, Unit
from desk_app.forms.import_dialog import ImportDialog
from desk_app.services.context import ServiceContext
from desk_app.services.transfer import BUILDING_HEADERS, PERSON_HEADERS, UNIT_HEADERS
from desk_app.ui.session import AppSession
from desk_app.views.archive.page import ArchivePage


def workbook(path: Path, units: list[tuple[object, ...]], people: list[tuple[object, ...]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "楼栋"
    ws.append(BUILDING_HEADERS)
    ws.append(("3", "3栋", 18, ""))
    for title, headers, rows in (("房屋", UNIT_HEADERS, units), ("人员", PERSON_HEADERS, people)):
        sheet = wb.create_sheet(title)
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
    wb.save(path)
    return path


def person(
    name: str, mobile: str, id_number: str = "", unit: str = "", relation: str = ""
) -> tuple[object, ...]:
    # 姓名 性别 手机 备用手机 固定电话 身份证号 工作单位 备注 房号 关系 关系说明
    return (name, "", mobile, "", "", id_number, "", "", unit, relation, "")


def counts(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Person)) or 0,
            s.scalar(select(func.count()).select_from(Unit)) or 0,
        )


def table_rows(dialog: ImportDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def open_dialog(qtbot, session: AppSession) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_bad_rows_are_listed_and_nothing_is_written(
    qtbot, session: AppSession, tmp_path: Path, qtmodeltester
) -> None:
    path = workbook(
        tmp_path / "bad.xlsx",
        units=[
            ("3-2-1102", None, "89.5", "住宅", "已入住", None, ""),
            ("三栋二单元", None, None, None, None, None, ""),
        ],
        people=[
            person("张三", "13812345678", "110105194912310021", "3-2-1102", "业主"),
            person("李四", "12345"),
            person("王五", "13900001111"),
        ],
    )
    before = counts(session.ctx)
    dialog = open_dialog(qtbot, session)
    dialog.load(path)

    qtbot.waitUntil(lambda: dialog.preview is not None)
    qtmodeltester.check(dialog.model)
    assert dialog.summary_label.text() == (
        "6 rows: 3 OK, 3 with errors — fix them in Excel and load again; nothing has been written."
    )
    assert not dialog.import_button.isEnabled()
    assert dialog.only_errors.isChecked()  # the problems first
    rows = {(r[0], r[1]): r for r in table_rows(dialog)}
    assert set(rows) == {("房屋", "3"), ("人员", "2"), ("人员", "3")}
    assert rows[("房屋", "3")][4] == "房号: Write the unit as building-entrance-room, e.g. 3-2-1102."
    assert (
        rows[("人员", "2")][4]
        == "身份证号: The check digit of this ID number is wrong: please check for a typo."
    )
    assert rows[("人员", "3")][4] == "手机: A mainland mobile number has 11 digits and starts with 13–19."

    qtbot.keyClick(dialog.only_errors, Qt.Key.Key_Space)  # every row
    assert [(r[0], r[1]) for r in table_rows(dialog)] == [
        ("楼栋", "2"),
        ("房屋", "2"),
        ("房屋", "3"),
        ("人员", "2"),
        ("人员", "3"),
        ("人员", "4"),
    ]
    qtmodeltester.check(dialog.model)

    dialog.apply()  # even when called, a file with errors is not imported
    assert counts(session.ctx) == before


def test_a_clean_file_is_imported_and_shows_up_in_the_archive(
    qtbot, session: AppSession, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "good.xlsx",
        units=[("3-2-1102", None, "89.5", "住宅", "已入住", None, "")],
        people=[
            person("张三", "13812345678", "11010519491231002X", "3-2-1102", "业主"),
            person("李四", "13900001111"),
        ],
    )
    page = ArchivePage(session)
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_import()
    qtbot.waitUntil(dialog.isVisible)
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert dialog.summary_label.text() == (
        "4 rows, all OK: 4 new, 0 updated, 0 unchanged. Nothing has been written yet — press Import."
    )
    assert counts(session.ctx) == (0, 0)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None)
    assert dialog.result_label.text() == (
        "Imported. Buildings: 1 new, 0 updated. Entrances: 1 new. Units: 1 new, 0 updated. "
        "People: 2 new, 0 updated. Links to units: 1. Unchanged rows: 0."
    )
    assert not dialog.import_button.isEnabled()
    assert counts(session.ctx) == (2, 1)

    # The archive screen refreshed itself: the building, its entrance and the unit with its owner.
    qtbot.waitUntil(lambda: page.tree.tree_model.rowCount() == 1)
    building = page.tree.tree_model.item(0)
    assert building.text() == "3栋"
    entrance = building.child(0)
    assert entrance.text() == "2单元 (1)"
    page.tree.expand(entrance.index())
    qtbot.waitUntil(lambda: entrance.rowCount() == 1 and entrance.child(0).text() == "3-2-1102  张三")
    dialog.close()


def test_an_unreadable_file_says_so(qtbot, session: AppSession, tmp_path: Path) -> None:
    path = tmp_path / "not-excel.xlsx"
    path.write_text("hello", encoding="utf-8")
    dialog = open_dialog(qtbot, session)
    dialog.load(path)
    qtbot.waitUntil(dialog.problem_label.isVisible)
    assert dialog.problem_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0


def test_save_template(qtbot, session: AppSession, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session)
    dialog.save_template(tmp_path / "template")
    qtbot.waitUntil(lambda: (tmp_path / "template.xlsx").exists())
    assert dialog.result_label.text() == f"Template saved to {tmp_path / 'template.xlsx'}."
    assert QApplication.instance() is not None
