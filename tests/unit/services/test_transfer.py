"""Excel import / export of the archive (services/transfer.py), on real SQLite files."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Sequence
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desk_app.db.models import AuditEntry, Base, Building, Entrance, Person, Unit, UnitPerson
from desk_app.domain.errors import DomainError
from desk_app.domain.validation import id_number_check_digit, mask_id_number
from desk_app.services import audit, transfer
from desk_app.services.archive import people
from desk_app.services.archive.buildings import BuildingInput, create_building
from desk_app.services.context import ServiceContext
from desk_app.services.transfer import (
    BUILDING_SHEET,
    HEADERS,
    PERSON_SHEET,
    UNIT_SHEET,
    RowError,
    apply_import,
    export_archive,
    export_template,
    preview_import,
    safe_cell,
)


def valid_id(first17: str = "11010519491231002") -> str:
    return first17 + id_number_check_digit(first17)


ID_1 = valid_id("11010519491231002")
ID_2 = valid_id("44010619800101123")


def bad_check_digit(number: str) -> str:
    wrong = "0" if number[-1] != "0" else "1"
    return number[:-1] + wrong


Row = Sequence[object]


def write_book(
    path: Path, sheets: dict[str, list[Row]], headers: dict[str, Sequence[str]] | None = None
) -> Path:
    """A workbook with the standard headers (unless given) and these rows; strings are stored as text."""
    wb = Workbook()
    wb.remove(wb.active)
    for sheet, rows in sheets.items():
        ws = wb.create_sheet(sheet)
        for col, header in enumerate((headers or HEADERS)[sheet], start=1):
            ws.cell(row=1, column=col, value=header)
        for r, values in enumerate(rows, start=2):
            for col, value in enumerate(values, start=1):
                if value is None or value == "":
                    continue
                cell = ws.cell(row=r, column=col, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"
    wb.save(path)
    return path


def person(
    name: str,
    mobile: str = "",
    *,
    gender: str = "",
    id_number: str = "",
    notes: str = "",
    unit: str = "",
    relation: str = "",
    detail: str = "",
    company: str = "",
    landline: str = "",
    mobile2: str = "",
) -> Row:
    return (name, gender, mobile, mobile2, landline, id_number, company, notes, unit, relation, detail)


def good_book(path: Path) -> Path:
    return write_book(
        path,
        {
            BUILDING_SHEET: [("3", "三号楼", 18, "东区"), ("5", "", "", "")],
            UNIT_SHEET: [
                ("3-2-1102", "", 89.5, "住宅", "已入住", date(2024, 3, 5), "南北通透"),
                ("3栋2单元1202室", 12, "120.25", "住宅", "出租", "2023-07-01", ""),
                ("5-1-101", "", "", "商铺", "", "", ""),
            ],
            PERSON_SHEET: [
                person(
                    "张三", "138 0013 8000", gender="男", id_number=ID_1, unit="3-2-1102", relation="业主"
                ),
                person(
                    "李四",
                    "+86 139-0013-9000",
                    gender="女",
                    unit="3-2-1102",
                    relation="家庭成员",
                    detail="配偶",
                ),
                person(
                    "王五",
                    "13700137000",
                    unit="3-2-1202",
                    relation="租户",
                    company="阳光科技",
                    landline="020-87654321",
                ),
                person("张三", "13800138000", unit="5-1-101", relation="业主"),  # same person, second unit
                person("赵六"),  # no unit
            ],
        },
    )


def db_dump(ctx: ServiceContext) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included), read straight from the file."""
    with closing(sqlite3.connect(ctx.db.path)) as conn:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {t: sorted(map(tuple, conn.execute(f'SELECT * FROM "{t}"')), key=repr) for t in tables}


def count(ctx: ServiceContext, model: Any, *where: Any) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def errors_by_row(preview: transfer.ImportPreview) -> dict[tuple[str, int], set[tuple[str, str]]]:
    result: dict[tuple[str, int], set[tuple[str, str]]] = {}
    for row in preview.rows:
        if row.errors:
            result[(row.sheet, row.row_number)] = {(e.column, e.code) for e in row.errors}
    return result


# ------------------------------------------------------------------------------------------- import


def test_good_file_imports_buildings_units_people_and_relations(
    admin_ctx: ServiceContext, tmp_path: Path
) -> None:
    path = good_book(tmp_path / "档案.xlsx")
    preview = preview_import(admin_ctx, path)
    assert preview.ok, preview.errors()
    assert preview.counts[BUILDING_SHEET] == {"create": 2, "update": 0, "skip": 0}
    assert preview.counts[UNIT_SHEET] == {"create": 3, "update": 0, "skip": 0}
    assert preview.counts[PERSON_SHEET] == {
        "create": 4,
        "update": 1,
        "skip": 0,
    }  # 张三's second row adds a unit
    assert [r.row_number for r in preview.rows if r.sheet == PERSON_SHEET] == [2, 3, 4, 5, 6]
    assert count(admin_ctx, Person) == 0  # a preview writes nothing

    with admin_ctx.db.read() as session:
        audit_before = set(session.scalars(select(AuditEntry.id)))
    result = apply_import(admin_ctx, path)
    assert result.changes == frozenset({"building", "unit", "person"})
    s = result.value
    assert (
        s.buildings_created,
        s.entrances_created,
        s.units_created,
        s.people_created,
        s.relations_created,
    ) == (2, 2, 3, 4, 4)

    with admin_ctx.db.read() as session:
        b3 = session.scalars(select(Building).where(Building.code == "3")).one()
        assert (b3.name, b3.floors, b3.notes) == ("三号楼", 18, "东区")
        assert session.scalars(select(Building.name).where(Building.code == "5")).one() == "5栋"
        e = session.scalars(select(Entrance).where(Entrance.building_id == b3.id)).one()
        assert (e.code, e.name) == ("2", "2单元")
        units = {u.code: u for u in session.scalars(select(Unit))}
        assert set(units) == {"3-2-1102", "3-2-1202", "5-1-101"}
        u = units["3-2-1102"]
        assert (u.floor, u.area_m2_x100, u.unit_type, u.status, u.move_in_date, u.notes) == (
            11,
            8950,
            "residence",
            "occupied",
            date(2024, 3, 5),
            "南北通透",
        )
        assert (units["3-2-1202"].floor, units["3-2-1202"].area_m2_x100, units["3-2-1202"].status) == (
            12,
            12025,
            "rented",
        )
        assert (units["5-1-101"].unit_type, units["5-1-101"].status, units["5-1-101"].floor) == (
            "shop",
            "vacant",
            1,
        )
        assert u.entrance_id == e.id and u.building_code == "3" and u.room == "1102"
        zhang = session.scalars(select(Person).where(Person.name == "张三")).one()
        assert (zhang.mobile, zhang.gender, zhang.id_number) == ("13800138000", "M", ID_1)
        # Search columns exactly as the person service computes them.
        expected = people.validate_person(
            people.PersonInput("张三", "M", "13800138000", id_number=ID_1), date.today()
        )
        assert (zhang.pinyin_full, zhang.pinyin_initials, zhang.search_phones) == (
            expected["pinyin_full"],
            expected["pinyin_initials"],
            expected["search_phones"],
        )
        li = session.scalars(select(Person).where(Person.name == "李四")).one()
        assert li.mobile == "13900139000"
        wang = session.scalars(select(Person).where(Person.name == "王五")).one()
        assert (wang.company, wang.landline) == ("阳光科技", "020-87654321")
        links = {
            (units_by_id.code, p.name, up.relation, up.relation_detail)
            for up, units_by_id, p in session.execute(
                select(UnitPerson, Unit, Person)
                .join(Unit, Unit.id == UnitPerson.unit_id)
                .join(Person, Person.id == UnitPerson.person_id)
            )
        }
        assert links == {
            ("3-2-1102", "张三", "owner", ""),
            ("3-2-1102", "李四", "family", "配偶"),
            ("3-2-1202", "王五", "tenant", ""),
            ("5-1-101", "张三", "owner", ""),
        }
        # Tracked columns filled like any service write.
        for row in (b3, e, u, zhang):
            assert row.site_id == admin_ctx.site_id
            assert row.created_by == admin_ctx.actor_id
            assert row.origin_desk_id == admin_ctx.desk_id
            assert row.created_at == admin_ctx.now() and row.archived is False
        new_entries = [x for x in session.scalars(select(AuditEntry)) if x.id not in audit_before]
        session.expunge_all()  # keep the loaded values readable after the session closes
    actions = {(x.entity_type, x.action) for x in new_entries}
    assert {
        ("building", "create"),
        ("entrance", "create"),
        ("unit", "create"),
        ("person", "create"),
        ("unit", "link"),
        ("person", "link"),
        ("import", "create"),
    } <= actions
    assert sum(1 for x in new_entries if x.entity_type == "person" and x.action == "create") == 4
    assert sum(1 for x in new_entries if x.entity_type == "unit" and x.action == "create") == 3
    assert sum(1 for x in new_entries if x.entity_type == "import") == 1
    import_entry = next(x for x in new_entries if x.entity_type == "import")
    assert "档案.xlsx" in import_entry.summary
    # The audit trail keeps ID numbers masked.
    zhang_create = next(
        x for x in new_entries if x.entity_type == "person" and x.summary == "张三" and x.action == "create"
    )
    assert ID_1 not in zhang_create.changes_json and mask_id_number(ID_1) in zhang_create.changes_json


def test_person_matched_by_name_and_mobile_blank_cells_keep_values(
    admin_ctx: ServiceContext, tmp_path: Path
) -> None:
    created = people.create_person(
        admin_ctx,
        people.PersonInput(
            "张三",
            "M",
            "13800138000",
            landline="010-12345678",
            id_number=ID_1,
            company="甲公司",
            notes="老业主",
        ),
    )
    people.create_person(admin_ctx, people.PersonInput("张三", None, "13900139000"))  # another 张三
    path = write_book(
        tmp_path / "p.xlsx",
        {
            PERSON_SHEET: [
                person("张三", "138-0013-8000", company="乙公司"),
                person("张三", "13900139000"),
            ]
        },
    )
    preview = preview_import(admin_ctx, path)
    assert preview.ok
    assert [r.action for r in preview.rows] == ["update", "skip"]
    apply_import(admin_ctx, path)
    assert count(admin_ctx, Person) == 2
    card = people.person_card(admin_ctx, created.value.id)
    assert (card.company, card.notes, card.landline, card.gender, card.has_id_number) == (
        "乙公司",
        "老业主",
        "010-12345678",
        "M",
        True,
    )
    with admin_ctx.db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == created.value.id, AuditEntry.action == "update")
        ).one()
    assert "乙公司" in entry.changes_json


def test_bad_rows_are_listed_and_nothing_is_written(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    create_building(admin_ctx, BuildingInput("3"))
    path = write_book(
        tmp_path / "bad.xlsx",
        {
            BUILDING_SHEET: [("7", "", "", ""), ("7", "", "", ""), ("8", "", 500, "")],
            UNIT_SHEET: [
                ("3-1-101", "", "", "", "", "", ""),
                ("3-1-101", "", "", "", "", "", ""),  # duplicate unit
                ("三号楼一单元", "", "", "", "", "", ""),  # not a unit code
                ("9-1-101", "", "", "", "", "", ""),  # building 9 nowhere
                ("3-1-102", "", "-5", "别墅", "已入住", "2024-13-40", ""),
            ],
            PERSON_SHEET: [
                person("张三", "13800138000", id_number=bad_check_digit(ID_1)),  # row 2
                person("李四", "1380013800"),  # row 3: 10 digits
                person("", "13700137000"),  # row 4: no name
                person("王五", "13600136000", unit="3-1-101", relation="业主"),  # row 5: fine
                person("王五", "13600136000", unit="3-1-101", relation="业主"),  # row 6: duplicate
                person("赵六", relation="业主"),  # row 7: relation without a unit
                person("钱七", unit="3-1-101"),  # row 8: unit without a relation
                person("孙八", unit="3-x-1", relation="业主"),  # row 9: bad unit code
                person("周九", unit="3-1-999", relation="业主"),  # row 10: unknown unit
                person("吴十", gender="未知", relation="朋友", unit="3-1-101"),  # row 11
            ],
        },
    )
    before = db_dump(admin_ctx)
    preview = preview_import(admin_ctx, path)
    assert db_dump(admin_ctx) == before

    errors = errors_by_row(preview)
    assert errors == {
        (BUILDING_SHEET, 3): {("楼栋编号", "import.duplicate_in_file")},
        (BUILDING_SHEET, 4): {("层数", "building.floors_invalid")},
        (UNIT_SHEET, 3): {("房号", "import.duplicate_in_file")},
        (UNIT_SHEET, 4): {("房号", "unit_code.invalid")},
        (UNIT_SHEET, 5): {("房号", "import.unknown_building")},
        (UNIT_SHEET, 6): {
            ("建筑面积(㎡)", "area.invalid"),
            ("类型", "import.bad_value"),
            ("入住日期", "import.bad_value"),
        },
        (PERSON_SHEET, 2): {("身份证号", "id_number.check_digit")},
        (PERSON_SHEET, 3): {("手机", "phone.mobile_invalid")},
        (PERSON_SHEET, 4): {("姓名", "field.required")},
        (PERSON_SHEET, 6): {("房号", "import.duplicate_in_file")},
        (PERSON_SHEET, 7): {("房号", "field.required")},
        (PERSON_SHEET, 8): {("关系", "field.required")},
        (PERSON_SHEET, 9): {("房号", "unit_code.invalid")},
        (PERSON_SHEET, 10): {("房号", "import.unknown_unit")},
        (PERSON_SHEET, 11): {("性别", "import.bad_value"), ("关系", "import.bad_value")},
    }
    dup = next(r for r in preview.rows if (r.sheet, r.row_number) == (PERSON_SHEET, 6))
    assert dup.errors == (RowError("房号", "import.duplicate_in_file", (("first_row", 5),)),)
    assert not preview.ok
    assert preview.error_count == sum(len(v) for v in errors.values())

    with pytest.raises(DomainError) as exc:
        apply_import(admin_ctx, path)
    assert exc.value.code == "import.has_errors"
    assert exc.value.params == {"count": preview.error_count}
    assert db_dump(admin_ctx) == before


def test_apply_is_all_or_nothing(
    admin_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = good_book(tmp_path / "good.xlsx")
    before = db_dump(admin_ctx)
    real_record = audit.record
    calls = 0

    def failing_record(*args: Any, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 8:  # buildings, entrances and some units are already in the session
            raise OSError("disk I/O error")
        real_record(*args, **kwargs)

    monkeypatch.setattr(audit, "record", failing_record)
    with pytest.raises(OSError):
        apply_import(admin_ctx, path)
    assert calls == 8
    assert db_dump(admin_ctx) == before

    monkeypatch.setattr(audit, "record", real_record)
    apply_import(admin_ctx, path)
    assert count(admin_ctx, Person) == 4


def test_a_file_of_people_only_and_unknown_sheets_are_fine(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    write_book(path, {PERSON_SHEET: [person("张三", "13800138000")]})
    wb = load_workbook(path)
    wb.create_sheet("我的备注").append(["随便写点什么"])
    wb.save(path)
    assert apply_import(admin_ctx, path).value.people_created == 1


def test_unreadable_file(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    for name, content in (("notes.xlsx", b"just some text"), ("empty.xlsx", b"")):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(DomainError) as exc:
            preview_import(admin_ctx, path)
        assert exc.value.code == "import.unreadable"
    with zipfile.ZipFile(tmp_path / "zip.xlsx", "w") as z:
        z.writestr("hello.txt", "not a workbook")
    with pytest.raises(DomainError) as exc:
        preview_import(admin_ctx, tmp_path / "zip.xlsx")
    assert exc.value.code == "import.unreadable"
    with pytest.raises(DomainError) as exc:
        apply_import(admin_ctx, tmp_path / "missing.xlsx")
    assert exc.value.code == "import.unreadable"


def test_wrong_headers(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    headers = {
        **HEADERS,
        PERSON_SHEET: (
            "名字",
            "性别",
            "手机号",
            "备用手机",
            "固定电话",
            "身份证号",
            "工作单位",
            "备注",
            "房号",
            "关系",
            "关系说明",
        ),
    }
    path = write_book(tmp_path / "h.xlsx", {PERSON_SHEET: [person("张三")]}, headers)
    with pytest.raises(DomainError) as exc:
        preview_import(admin_ctx, path)
    assert exc.value.code == "import.bad_headers"
    assert exc.value.params == {"sheet": PERSON_SHEET, "missing": ["姓名", "手机"]}


def test_headers_in_another_order_and_spelling(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    headers = {
        **HEADERS,
        UNIT_SHEET: ("备注", "房号", " 楼层 ", "建筑面积（㎡）", "类型", "状态", "入住日期", "序号"),
    }
    path = write_book(
        tmp_path / "h.xlsx",
        {
            BUILDING_SHEET: [("1", "", "", "")],
            UNIT_SHEET: [("临街", "1-1-101", "", 50, "商铺", "", "", 1)],
        },
        headers,
    )
    apply_import(admin_ctx, path)
    with admin_ctx.db.read() as s:
        u = s.scalars(select(Unit)).one()
        assert (u.code, u.notes, u.area_m2_x100, u.unit_type) == ("1-1-101", "临街", 5000, "shop")


def test_too_many_rows(admin_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transfer, "MAX_ROWS_PER_SHEET", 3)
    path = write_book(tmp_path / "big.xlsx", {PERSON_SHEET: [person(f"人{i}") for i in range(4)]})
    with pytest.raises(DomainError) as exc:
        preview_import(admin_ctx, path)
    assert exc.value.code == "import.too_many_rows"
    write_book(path, {PERSON_SHEET: [person(f"人{i}") for i in range(3)]})
    assert preview_import(admin_ctx, path).ok


def test_clerk_cannot_import(clerk_ctx: ServiceContext, tmp_path: Path) -> None:
    path = good_book(tmp_path / "good.xlsx")
    for fn in (preview_import, apply_import):
        with pytest.raises(DomainError) as exc:
            fn(clerk_ctx, path)
        assert exc.value.code == "auth.forbidden"


def test_archived_person_is_not_matched(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    old = people.create_person(admin_ctx, people.PersonInput("张三", None, "13800138000"))
    people.set_person_archived(admin_ctx, old.value.id, True)
    path = write_book(tmp_path / "p.xlsx", {PERSON_SHEET: [person("张三", "13800138000")]})
    assert [r.action for r in preview_import(admin_ctx, path).rows] == ["create"]


def test_import_of_5000_people_is_quick(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    import time

    rows = [
        person(
            f"住户{i}",
            f"138{i:08d}",
            unit="1-1-101" if i % 10 == 0 else "",
            relation="家庭成员" if i % 10 == 0 else "",
        )
        for i in range(5000)
    ]
    path = write_book(
        tmp_path / "many.xlsx",
        {
            BUILDING_SHEET: [("1", "", "", "")],
            UNIT_SHEET: [("1-1-101", "", "", "", "", "", "")],
            PERSON_SHEET: rows,
        },
    )
    started = time.perf_counter()
    result = apply_import(admin_ctx, path)
    elapsed = time.perf_counter() - started
    assert result.value.people_created == 5000 and result.value.relations_created == 500
    assert elapsed < 15, elapsed  # a few seconds on a clerk's PC; generous for a busy CI machine


# ------------------------------------------------------------------------------------------- export


def test_safe_cell() -> None:
    assert safe_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    for text in ("+1", "-2", "@A1", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text
    assert safe_cell("张三") == "张三"
    assert safe_cell("a=b") == "a=b"
    assert safe_cell("bell\x07") == "bell"  # XML cannot hold it; openpyxl would refuse the whole file
    for value in (None, 3, -2, 1.5, date(2024, 1, 1)):
        assert safe_cell(value) == value


def test_export_neutralises_formulas(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    people.create_person(admin_ctx, people.PersonInput('=HYPERLINK("x")', notes="+1", company="-2"))
    people.create_person(admin_ctx, people.PersonInput("李四", notes="@A1"))
    path = tmp_path / "out.xlsx"
    export_archive(admin_ctx, path)

    with zipfile.ZipFile(path) as z:
        assert all(b"<f>" not in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
    wb = load_workbook(path)
    ws = wb[PERSON_SHEET]
    cells = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
    row = cells['\'=HYPERLINK("x")']
    for col, expected in ((1, '\'=HYPERLINK("x")'), (7, "'-2"), (8, "'+1")):
        cell = ws.cell(row=row, column=col)
        assert cell.value == expected and cell.data_type == "s"
    assert ws.cell(row=cells["李四"], column=8).value == "'@A1"
    assert ws.cell(row=cells["李四"], column=8).data_type == "s"

    # …and the quote is taken off again on import: the round trip changes nothing.
    preview = preview_import(admin_ctx, path)
    assert preview.ok and {r.action for r in preview.rows} == {"skip"}


def test_export_masks_id_numbers_for_a_clerk_not_for_admin(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext, tmp_path: Path
) -> None:
    people.create_person(admin_ctx, people.PersonInput("张三", "M", "13800138000", id_number=ID_1))
    clerk_file, admin_file = tmp_path / "clerk.xlsx", tmp_path / "admin.xlsx"
    assert export_archive(clerk_ctx, clerk_file).value.id_numbers_masked
    assert not export_archive(admin_ctx, admin_file).value.id_numbers_masked
    assert load_workbook(clerk_file)[PERSON_SHEET]["F2"].value == mask_id_number(ID_1)
    assert load_workbook(admin_file)[PERSON_SHEET]["F2"].value == ID_1
    with admin_ctx.db.read() as s:
        exports = [
            (e.user_name, '"masked"' in e.changes_json)
            for e in s.scalars(
                select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id)
            )
        ]
    assert exports == [("前台小王", True), ("系统管理员", False)]


def test_masked_id_sent_back_keeps_the_stored_number(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext, tmp_path: Path
) -> None:
    created = people.create_person(admin_ctx, people.PersonInput("张三", "M", "13800138000", id_number=ID_1))
    path = tmp_path / "clerk.xlsx"
    export_archive(clerk_ctx, path)
    preview = preview_import(supervisor_ctx, path)
    assert preview.ok and [r.action for r in preview.rows] == ["skip"]
    apply_import(supervisor_ctx, path)
    with admin_ctx.db.read() as s:
        stored = s.get(Person, created.value.id)
        assert stored is not None and stored.id_number == ID_1


def test_export_import_round_trip_updates_rather_than_duplicates(
    admin_ctx: ServiceContext, tmp_path: Path
) -> None:
    apply_import(admin_ctx, good_book(tmp_path / "good.xlsx"))
    business = [t.name for t in Base.metadata.sorted_tables if t.name != "audit_log"]
    before = {t: len(db_dump(admin_ctx)[t]) for t in business}
    exported = tmp_path / "export.xlsx"
    summary = export_archive(admin_ctx, exported).value
    assert (summary.buildings, summary.units, summary.people, summary.person_rows) == (2, 3, 4, 5)

    preview = preview_import(admin_ctx, exported)
    assert preview.ok, preview.errors()
    assert {r.action for r in preview.rows} == {"skip"}

    # The clerk edits a few cells in Excel and imports the file again.
    wb = load_workbook(exported)
    units, persons = wb[UNIT_SHEET], wb[PERSON_SHEET]
    unit_row = next(r for r in range(2, units.max_row + 1) if units.cell(r, 1).value == "3-2-1102")
    units.cell(unit_row, 3).value = 90
    units.cell(unit_row, 5).value = "装修中"
    wang = next(r for r in range(2, persons.max_row + 1) if persons.cell(r, 1).value == "王五")
    persons.cell(wang, 8).value = "合同到期 2026-06"
    wb.save(exported)

    result = apply_import(admin_ctx, exported).value
    assert (
        result.units_updated,
        result.people_updated,
        result.people_created,
        result.units_created,
        result.relations_created,
    ) == (1, 1, 0, 0, 0)
    after = {t: len(db_dump(admin_ctx)[t]) for t in business}
    assert after == before
    with admin_ctx.db.read() as s:
        u = s.scalars(select(Unit).where(Unit.code == "3-2-1102")).one()
        assert (u.area_m2_x100, u.status, u.move_in_date) == (9000, "renovating", date(2024, 3, 5))
        assert s.scalars(select(Person.notes).where(Person.name == "王五")).one() == "合同到期 2026-06"
        assert s.scalar(select(func.count()).select_from(UnitPerson)) == 4


def test_export_layout(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    apply_import(admin_ctx, good_book(tmp_path / "good.xlsx"))
    path = tmp_path / "out.xlsx"
    export_archive(admin_ctx, path)
    wb = load_workbook(path)
    assert wb.sheetnames == [BUILDING_SHEET, UNIT_SHEET, PERSON_SHEET]
    for sheet in wb.sheetnames:
        ws = wb[sheet]
        headers = [c.value for c in ws[1]]
        assert tuple(headers) == HEADERS[sheet]
        assert all(c.font.bold for c in ws[1])
        assert ws.freeze_panes == "A2"
        for col, header in enumerate(headers, start=1):
            width = ws.column_dimensions[ws.cell(1, col).column_letter].width
            assert width >= 2 * len(str(header)), (sheet, header, width)
    units = wb[UNIT_SHEET]
    assert [units.cell(r, 1).value for r in range(2, 5)] == ["3-2-1102", "3-2-1202", "5-1-101"]
    assert units["F2"].is_date and units["F2"].value.date() == date(2024, 3, 5)
    assert units["C2"].value == 89.5
    assert (units["D2"].value, units["E2"].value) == ("住宅", "已入住")
    persons = wb[PERSON_SHEET]
    zhang = [tuple(c.value for c in row) for row in persons.iter_rows(min_row=2) if row[0].value == "张三"]
    assert [(r[8], r[9]) for r in zhang] == [("3-2-1102", "业主"), ("5-1-101", "业主")]


def test_export_skips_archived_records(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    gone = people.create_person(admin_ctx, people.PersonInput("已搬走"))
    people.set_person_archived(admin_ctx, gone.value.id, True)
    people.create_person(admin_ctx, people.PersonInput("在住"))
    path = tmp_path / "out.xlsx"
    assert export_archive(admin_ctx, path).value.people == 1
    assert [c.value for c in load_workbook(path)[PERSON_SHEET]["A"]] == ["姓名", "在住"]


def test_template(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    export_template(path)
    wb = load_workbook(path)
    assert wb.sheetnames == [BUILDING_SHEET, UNIT_SHEET, PERSON_SHEET, "说明"]
    for sheet in (BUILDING_SHEET, UNIT_SHEET, PERSON_SHEET):
        ws = wb[sheet]
        assert tuple(c.value for c in ws[1]) == HEADERS[sheet]
        assert ws.max_row == 1
        assert all(c.comment is not None for c in ws[1])
    help_text = [c.value for row in wb["说明"].iter_rows() for c in row if c.value]
    assert "3-2-1102" in help_text and "业主" in help_text
    preview = preview_import(admin_ctx, path)
    assert preview.ok and preview.rows == ()


def test_export_to_an_unwritable_place(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as exc:
        export_archive(admin_ctx, tmp_path / "no such folder" / "out.xlsx")
    assert exc.value.code == "export.write_failed"


def test_same_person_twice_in_the_file(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "dup.xlsx",
        {
            BUILDING_SHEET: [("1", "", "", "")],
            UNIT_SHEET: [("1-1-101", "", "", "", "", "", ""), ("1-1-102", "", "", "", "", "", "")],
            PERSON_SHEET: [
                person("张三", "13800138000", company="甲公司", unit="1-1-101", relation="业主"),  # 2
                person("张三", "138 0013 8000", company="甲公司", unit="1-1-102", relation="业主"),  # 3: fine
                person(
                    "张三", "13800138000", company="乙公司", unit="1-1-102", relation="租户"
                ),  # 4: conflict
                person("李四"),  # 5
                person("李四"),  # 6: nothing new
            ],
        },
    )
    preview = preview_import(admin_ctx, path)
    assert errors_by_row(preview) == {
        (PERSON_SHEET, 4): {("工作单位", "import.duplicate_in_file")},
        (PERSON_SHEET, 6): {("姓名", "import.duplicate_in_file")},
    }


def test_units_with_letter_rooms_round_trip(admin_ctx: ServiceContext, tmp_path: Path) -> None:
    from desk_app.services.archive import buildings, units

    building = buildings.create_building(admin_ctx, BuildingInput("3")).value
    entrance = buildings.create_entrance(admin_ctx, building, buildings.EntranceInput("2")).value
    units.create_unit(admin_ctx, units.UnitInput(entrance, "B101", floor=-1, area_m2="30"))
    path = tmp_path / "out.xlsx"
    export_archive(admin_ctx, path)
    preview = preview_import(admin_ctx, path)
    assert preview.ok and [(r.sheet, r.action) for r in preview.rows] == [
        (BUILDING_SHEET, "skip"),
        (UNIT_SHEET, "skip"),
    ]
    # A new unit with such a code is refused: new units must be written the way clerks type them.
    write_book(path, {UNIT_SHEET: [("3-2-B102", "", "", "", "", "", "")]})
    assert errors_by_row(preview_import(admin_ctx, path)) == {
        (UNIT_SHEET, 2): {("房号", "unit_code.invalid")}
    }
