"""Import and export of the archive (buildings, units, people and their relations) as an Excel workbook.

One workbook, three sheets with Chinese headers in the first row: 楼栋, 房屋, 人员. Any sheet may be left out
(importing only people is normal); other sheets (such as the template's 说明) are ignored.

Import is two-step: :func:`preview_import` validates every row with the same validators the archive services
use and writes nothing; :func:`apply_import` writes every row in one transaction, or nothing at all when any
row has an error. Existing records are matched, not duplicated: buildings and units by code, people by name
plus mobile number (non-archived only). A blank cell leaves the stored value unchanged.

A person related to several units takes one row per unit: the rows repeat the person's name and mobile
(other person columns may be repeated identically or left blank) with a different 房号/关系. That is also
how :func:`export_archive` writes them, so an export can be edited and imported again.

Export neutralises text that a spreadsheet would run as a formula (see :func:`safe_cell`) and masks ID numbers
unless the user may see them; import undoes that neutralisation and treats an unchanged masked ID number as
"keep the stored number", exactly like the person form does.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Building, Entrance, Person, Unit, UnitPerson
from desk_app.domain.enums import Relation, UnitStatus, UnitType
from desk_app.domain.errors import DomainError
from desk_app.domain.ids import uuid7
from desk_app.domain.roles import Permission
from desk_app.domain.unitcode import UnitCode, parse_unit_code
from desk_app.domain.validation import mask_id_number
from desk_app.services import audit
from desk_app.services.archive.buildings import natural_key
from desk_app.services.archive.people import PersonInput, validate_person
from desk_app.services.archive.people import mobile as validate_mobile
from desk_app.services.archive.validation import (
    area_from_x100,
    area_to_x100,
    code_part,
    floor_from_room,
    optional_text,
    required,
)
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row, touch

T = TypeVar("T")

MAX_ROWS_PER_SHEET = 50_000
CHANGES = frozenset({"building", "unit", "person"})

# ----------------------------------------------------------------------------------------- the format

BUILDING_SHEET = "楼栋"
UNIT_SHEET = "房屋"
PERSON_SHEET = "人员"
HELP_SHEET = "说明"
SHEETS = (BUILDING_SHEET, UNIT_SHEET, PERSON_SHEET)

H_BUILDING_CODE, H_BUILDING_NAME, H_FLOORS, H_BUILDING_NOTES = "楼栋编号", "楼栋名称", "层数", "备注"
BUILDING_HEADERS = (H_BUILDING_CODE, H_BUILDING_NAME, H_FLOORS, H_BUILDING_NOTES)

H_UNIT_CODE, H_FLOOR, H_AREA, H_TYPE, H_STATUS, H_MOVE_IN, H_UNIT_NOTES = (
    "房号",
    "楼层",
    "建筑面积(㎡)",
    "类型",
    "状态",
    "入住日期",
    "备注",
)
UNIT_HEADERS = (H_UNIT_CODE, H_FLOOR, H_AREA, H_TYPE, H_STATUS, H_MOVE_IN, H_UNIT_NOTES)

H_NAME, H_GENDER, H_MOBILE, H_MOBILE2, H_LANDLINE, H_ID, H_COMPANY, H_NOTES = (
    "姓名",
    "性别",
    "手机",
    "备用手机",
    "固定电话",
    "身份证号",
    "工作单位",
    "备注",
)
H_REL_UNIT, H_RELATION, H_REL_DETAIL = "房号", "关系", "关系说明"
PERSON_HEADERS = (
    H_NAME,
    H_GENDER,
    H_MOBILE,
    H_MOBILE2,
    H_LANDLINE,
    H_ID,
    H_COMPANY,
    H_NOTES,
    H_REL_UNIT,
    H_RELATION,
    H_REL_DETAIL,
)

HEADERS: dict[str, tuple[str, ...]] = {
    BUILDING_SHEET: BUILDING_HEADERS,
    UNIT_SHEET: UNIT_HEADERS,
    PERSON_SHEET: PERSON_HEADERS,
}
# Other spellings clerks' own spreadsheets use for a header (compared after NFKC, without spaces).
_HEADER_ALIASES = {"建筑面积": H_AREA, "建筑面积(平方米)": H_AREA, "建筑面积(m²)": H_AREA}

# Person columns → PersonInput fields (validate_person reports errors by field name).
_PERSON_FIELDS = (
    (H_NAME, "name"),
    (H_MOBILE, "mobile"),
    (H_MOBILE2, "mobile2"),
    (H_LANDLINE, "landline"),
    (H_ID, "id_number"),
    (H_COMPANY, "company"),
    (H_NOTES, "notes"),
)
_PERSON_FIELD_HEADERS = {f: h for h, f in _PERSON_FIELDS} | {"gender": H_GENDER}

UNIT_TYPE_LABELS: dict[UnitType, str] = {
    UnitType.RESIDENCE: "住宅",
    UnitType.SHOP: "商铺",
    UnitType.OFFICE: "办公",
    UnitType.PARKING: "车位",
    UnitType.STORAGE: "储藏室",
    UnitType.OTHER: "其他",
}
UNIT_STATUS_LABELS: dict[UnitStatus, str] = {
    UnitStatus.UNSOLD: "未售",
    UnitStatus.VACANT: "空置",
    UnitStatus.OCCUPIED: "已入住",
    UnitStatus.RENOVATING: "装修中",
    UnitStatus.RENTED: "出租",
}
RELATION_LABELS: dict[Relation, str] = {
    Relation.OWNER: "业主",
    Relation.TENANT: "租户",
    Relation.FAMILY: "家庭成员",
    Relation.AUTHORISED: "授权人",
}
GENDER_LABELS = {"M": "男", "F": "女"}

# Columns written as text (so Excel keeps leading zeros and all 18 digits, and never reads 3-2 as a date).
_TEXT_COLUMNS = {H_BUILDING_CODE, H_UNIT_CODE, H_MOBILE, H_MOBILE2, H_LANDLINE, H_ID}

_HELP: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    # sheet: (column, required, format, example)
    BUILDING_SHEET: (
        (H_BUILDING_CODE, "必填", "字母或数字，最多10位；即房号的第一段", "3"),
        (H_BUILDING_NAME, "", "最多40字；留空则为“编号+栋”", "3栋"),
        (H_FLOORS, "", "整数 1–200", "18"),
        (H_BUILDING_NOTES, "", "最多2000字", ""),
    ),
    UNIT_SHEET: (
        (
            H_UNIT_CODE,
            "必填",
            "楼栋-单元-房间，如 3-2-1102（也可写 3栋2单元1102室）；楼栋须已存在或在“楼栋”表中，"
            "单元不存在时自动新建",
            "3-2-1102",
        ),
        (H_FLOOR, "", "整数 -10–200；留空则由房间号推算（1102 → 11 层）", "11"),
        (H_AREA, "", "平方米，最多两位小数", "89.50"),
        (H_TYPE, "", "、".join(UNIT_TYPE_LABELS.values()) + "；新房屋留空为住宅", "住宅"),
        (H_STATUS, "", "、".join(UNIT_STATUS_LABELS.values()) + "；新房屋留空为空置", "已入住"),
        (H_MOVE_IN, "", "日期单元格，或文字 YYYY-MM-DD", "2024-03-05"),
        (H_UNIT_NOTES, "", "最多2000字", ""),
    ),
    PERSON_SHEET: (
        (H_NAME, "必填", "最多60字", "张三"),
        (H_GENDER, "", "男、女或留空", "男"),
        (H_MOBILE, "", "11位手机号；姓名+手机号相同的在档人员会被更新而不是重复新建", "13812345678"),
        (H_MOBILE2, "", "11位手机号", ""),
        (H_LANDLINE, "", "固定电话，如 010-12345678 或 0755-1234567转123", ""),
        (H_ID, "", "18位或15位居民身份证号，请设为文本格式以免末尾数字丢失", ""),
        (H_COMPANY, "", "最多100字", ""),
        (H_NOTES, "", "最多2000字", ""),
        (H_REL_UNIT, "", "此人相关的房号；同一人有多套房屋时，每套一行（姓名、手机号相同）", "3-2-1102"),
        (H_RELATION, "填房号时必填", "、".join(RELATION_LABELS.values()), "业主"),
        (H_REL_DETAIL, "", "如 配偶、子女、父母；最多30字", ""),
    ),
}


# ----------------------------------------------------------------------------------------- DTOs

Action = Literal["create", "update", "skip"]


@dataclass(frozen=True)
class RowError:
    column: str  # the Chinese header of the offending cell
    code: str  # a DomainError code, e.g. "id_number.check_digit"
    params: tuple[tuple[str, object], ...] = ()  # e.g. (("first_row", 5),) for a duplicate


@dataclass(frozen=True)
class PreviewRow:
    sheet: str
    row_number: int  # the Excel row number; the header is row 1
    action: Action  # what the row does when applied (rows with errors: what it would do)
    summary: str
    errors: tuple[RowError, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    rows: tuple[PreviewRow, ...]
    file_name: str = ""

    @property
    def error_count(self) -> int:
        return sum(len(r.errors) for r in self.rows)

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    @property
    def counts(self) -> dict[str, dict[str, int]]:
        """Rows per sheet per action: ``{"人员": {"create": 3, "update": 1, "skip": 0}, …}``."""
        result = {sheet: {"create": 0, "update": 0, "skip": 0} for sheet in SHEETS}
        for r in self.rows:
            result[r.sheet][r.action] += 1
        return result

    def errors(self) -> list[tuple[PreviewRow, RowError]]:
        return [(r, e) for r in self.rows for e in r.errors]


@dataclass(frozen=True)
class ImportSummary:
    file_name: str
    buildings_created: int
    buildings_updated: int
    entrances_created: int
    units_created: int
    units_updated: int
    people_created: int
    people_updated: int
    relations_created: int
    rows_skipped: int


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    buildings: int
    units: int
    people: int  # distinct people
    person_rows: int  # one per relation (at least one per person)
    id_numbers_masked: bool


# ----------------------------------------------------------------------------------------- cell values

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A value that is safe to put in a spreadsheet cell a clerk will open.

    Text starting with ``= + - @``, a tab or a carriage return would be run as a formula (CSV/formula
    injection), so it gets a leading ``'`` and stays text. Characters XML cannot hold are dropped. Numbers,
    dates, booleans and None pass through unchanged.
    """
    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def _unneutralise(text: str) -> str:
    """Undo :func:`safe_cell` on import, so an export round-trips to the same stored text."""
    if text.startswith("'") and text[1:2] and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def _float_text(value: float) -> str:
    d = Decimal(repr(value))
    rounded = d.quantize(Decimal("0.01")) if d.is_finite() and abs(d) < 10**12 else d
    if abs(d - rounded) < Decimal("1e-9"):
        d = rounded  # 89.55000000000001 computed by a formula is 89.55
    text = format(d.normalize(), "f")
    return text


def _text(value: object) -> str:
    """A cell as the text a clerk sees (numbers without '.0', dates as YYYY-MM-DD), stripped."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _unneutralise(value.strip()).strip()
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else _float_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _int_value(value: object) -> int:
    if isinstance(value, bool):
        raise DomainError("import.bad_value")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = unicodedata.normalize("NFKC", _text(value)).removesuffix("层").strip()
    if re.fullmatch(r"-?\d{1,6}", text):
        return int(text)
    raise DomainError("import.bad_value")


_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def _date_value(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = _DATE_RE.fullmatch(unicodedata.normalize("NFKC", _text(value)))
    if m is None:
        raise DomainError("import.bad_value")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise DomainError("import.bad_value") from None


def _area_value(value: object) -> int | None:
    if isinstance(value, bool):
        raise DomainError("area.invalid")
    text = _text(value)
    try:
        return area_to_x100(Decimal(text) if text else None)
    except InvalidOperation:
        raise DomainError("area.invalid") from None


def _label_value(value: object, labels: dict[Any, str], enum: Callable[[str], T]) -> T:
    text = _text(value)
    for member, label in labels.items():
        if text == label:
            return cast(T, member)
    try:
        return enum(text.lower())
    except ValueError:
        raise DomainError("import.bad_value") from None


def _gender_value(value: object) -> str:
    text = _text(value).upper()
    for code, label in GENDER_LABELS.items():
        if text in (code, label):
            return code
    raise DomainError("import.bad_value")


def _unit_code(text: str, stored: dict[str, dict[str, Any]]) -> UnitCode:
    """A unit code as clerks write it (``parse_unit_code``), or exactly the code of a unit already stored.

    ``parse_unit_code`` only knows numeric rooms, but the unit form accepts any letters and digits (``B101``);
    such units must survive an export → import round trip, so their stored canonical code is accepted as is.
    """
    try:
        uc = parse_unit_code(text)
    except DomainError:
        unit = stored.get(unicodedata.normalize("NFKC", text).strip().upper())
        if unit is None:
            raise
        return UnitCode(unit["building_code"], unit["entrance_code"], unit["room"])
    code_part(uc.building)
    code_part(uc.entrance)
    code_part(uc.room)
    return uc


# ----------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _SheetRow:
    number: int
    cells: dict[str, object]  # header → raw cell value

    def text(self, header: str) -> str:
        return _text(self.cells.get(header))

    def raw(self, header: str) -> object:
        return self.cells.get(header)


def _norm_header(value: object) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", _text(value)))


_KNOWN_HEADERS = {
    sheet: {_norm_header(h): h for h in headers}
    | {_norm_header(a): h for a, h in _HEADER_ALIASES.items() if h in headers}
    for sheet, headers in HEADERS.items()
}


def _read_sheet(ws: Any, sheet: str) -> list[_SheetRow]:
    ws.reset_dimensions()  # some writers store a wrong <dimension>; read what is really there
    rows = cast(Generator[tuple[object, ...], None, None], ws.iter_rows(values_only=True))
    try:
        return _parse_rows(rows, sheet)
    finally:
        rows.close()  # the generator holds the sheet's part of the zip open until it is closed


def _parse_rows(rows: Iterator[tuple[object, ...]], sheet: str) -> list[_SheetRow]:
    header_row = next(rows, ())
    columns: dict[int, str] = {}
    known = _KNOWN_HEADERS[sheet]
    for index, value in enumerate(header_row):
        header = known.get(_norm_header(value))
        if header is not None and header not in columns.values():
            columns[index] = header
    missing = [h for h in HEADERS[sheet] if h not in columns.values()]
    if missing:
        raise DomainError("import.bad_headers", sheet=sheet, missing=missing)
    result: list[_SheetRow] = []
    for number, values in enumerate(rows, start=2):
        cells = {header: values[i] for i, header in columns.items() if i < len(values)}
        if all(_text(v) == "" for v in cells.values()):
            continue
        if len(result) >= MAX_ROWS_PER_SHEET:
            raise DomainError("import.too_many_rows", sheet=sheet, max=MAX_ROWS_PER_SHEET)
        result.append(_SheetRow(number, cells))
    return result


def _read_workbook(path: Path) -> dict[str, list[_SheetRow]]:
    """The rows of the known sheets present in the file (header row checked), blank rows left out."""
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # not a zip, not an xlsx, missing, locked, corrupt: the user picked a bad file
        raise DomainError("import.unreadable", file=path.name, reason=type(exc).__name__) from exc
    try:
        names = {str(name).strip(): name for name in wb.sheetnames}
        result: dict[str, list[_SheetRow]] = {}
        for sheet in SHEETS:
            if sheet in names:
                result[sheet] = _read_sheet(wb[names[sheet]], sheet)
        return result
    except DomainError:
        raise
    except Exception as exc:  # the sheets are parsed lazily: a corrupt part shows up only here
        raise DomainError("import.unreadable", file=path.name, reason=type(exc).__name__) from exc
    finally:
        wb.close()


# ----------------------------------------------------------------------------------------- the plan


class _Check:
    """The errors of one row, in column order of discovery."""

    def __init__(self) -> None:
        self.errors: list[RowError] = []

    def fail(self, column: str, code: str, **params: object) -> None:
        if not any(e.column == column for e in self.errors):
            self.errors.append(RowError(column, code, tuple(params.items())))

    def check(self, column: str, fn: Callable[[], T]) -> T | None:
        try:
            return fn()
        except DomainError as exc:
            self.fail(column, exc.code)
            return None


@dataclass
class _State:
    """What the database holds, loaded once per import (no SELECT per row)."""

    buildings: dict[str, dict[str, Any]]  # code → columns
    entrances: dict[tuple[str, str], dict[str, Any]]  # (building_id, code) → columns
    units: dict[str, dict[str, Any]]  # code → columns
    people: dict[str, dict[str, Any]]  # id → columns (non-archived only)
    people_by_key: dict[tuple[str, str], list[str]]  # (name, mobile) → ids
    relations: set[tuple[str, str, str]]  # (unit_id, person_id, relation), non-archived


_PERSON_COLUMNS = (
    "name",
    "gender",
    "mobile",
    "mobile2",
    "landline",
    "id_number",
    "company",
    "notes",
    "pinyin_full",
    "pinyin_initials",
    "search_phones",
)
_UNIT_COLUMNS = (
    "building_id",
    "entrance_id",
    "building_code",
    "entrance_code",
    "room",
    "code",
    "floor",
    "area_m2_x100",
    "unit_type",
    "status",
    "move_in_date",
    "notes",
)


def _rows_as_dicts(s: Session, model: Any, columns: Sequence[str], *where: Any) -> Iterator[dict[str, Any]]:
    cols = [getattr(model, c) for c in ("id", "archived", *columns)]
    for row in s.execute(select(*cols).where(*where)):
        yield dict(row._mapping)


def _load_state(s: Session, ctx: ServiceContext) -> _State:
    buildings = {
        b["code"]: b
        for b in _rows_as_dicts(
            s, Building, ("code", "name", "floors", "notes"), Building.site_id == ctx.site_id
        )
    }
    entrances = {
        (e["building_id"], e["code"]): e
        for e in _rows_as_dicts(s, Entrance, ("building_id", "code", "name"), Entrance.site_id == ctx.site_id)
    }
    units = {u["code"]: u for u in _rows_as_dicts(s, Unit, _UNIT_COLUMNS, Unit.site_id == ctx.site_id)}
    people: dict[str, dict[str, Any]] = {}
    by_key: dict[tuple[str, str], list[str]] = {}
    for p in _rows_as_dicts(
        s, Person, _PERSON_COLUMNS, Person.site_id == ctx.site_id, Person.archived.is_(False)
    ):
        people[p["id"]] = p
        by_key.setdefault((p["name"], p["mobile"]), []).append(p["id"])
    relations: set[tuple[str, str, str]] = {
        (u, p, r)
        for u, p, r in s.execute(
            select(UnitPerson.unit_id, UnitPerson.person_id, UnitPerson.relation).where(
                UnitPerson.site_id == ctx.site_id, UnitPerson.archived.is_(False)
            )
        )
    }
    return _State(buildings, entrances, units, people, by_key, relations)


@dataclass
class _PersonSeen:
    """The first row of a person in the file; later rows of the same person may only add relations."""

    row_number: int
    person_id: str
    person_name: str
    texts: dict[str, str]
    relations: set[tuple[str, str]] = field(default_factory=set)  # (unit code, relation)


@dataclass
class _Plan:
    rows: list[PreviewRow] = field(default_factory=list)
    building_creates: list[dict[str, Any]] = field(default_factory=list)
    building_updates: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    entrance_creates: list[dict[str, Any]] = field(default_factory=list)
    unit_creates: list[dict[str, Any]] = field(default_factory=list)
    unit_updates: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    person_creates: list[dict[str, Any]] = field(default_factory=list)
    person_updates: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    relation_creates: list[dict[str, Any]] = field(default_factory=list)

    def add_row(self, sheet: str, number: int, action: Action, summary: str, check: _Check) -> None:
        self.rows.append(PreviewRow(sheet, number, action, summary, tuple(check.errors)))


def _same(text: str) -> str:
    """Text as compared between two rows of one person ('138 0013 8000' is '13800138000')."""
    return re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", text)).upper()


def _changed(existing: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if existing.get(k) != v}


class _Planner:
    def __init__(self, ctx: ServiceContext, state: _State) -> None:
        self.ctx = ctx
        self.state = state
        self.today = ctx.local_now().date()
        self.plan = _Plan()
        self.file_buildings: dict[str, tuple[int, str]] = {}  # code → (row, building id)
        self.file_units: dict[str, tuple[int, str]] = {}  # code → (row, unit id)
        self.new_entrances: dict[tuple[str, str], str] = {}  # (building id, code) → id
        self.file_people: dict[tuple[str, str], _PersonSeen] = {}

    # -- 楼栋
    def building_row(self, row: _SheetRow) -> None:
        c = _Check()
        code = c.check(H_BUILDING_CODE, lambda: code_part(row.text(H_BUILDING_CODE)))
        existing = self.state.buildings.get(code) if code else None
        action: Action = "create"
        if code is not None:
            if code in self.file_buildings:
                c.fail(H_BUILDING_CODE, "import.duplicate_in_file", first_row=self.file_buildings[code][0])
            elif existing is not None and existing["archived"]:
                c.fail(H_BUILDING_CODE, "import.archived_exists")
        base = existing or {}
        name = c.check(
            H_BUILDING_NAME,
            lambda: required(row.text(H_BUILDING_NAME) or base.get("name") or f"{code or ''}栋", 40),
        )
        floors: int | None = base.get("floors")
        if row.text(H_FLOORS):
            floors = c.check(H_FLOORS, lambda: _int_value(row.raw(H_FLOORS)))
            if floors is not None and not 1 <= floors <= 200:
                c.fail(H_FLOORS, "building.floors_invalid")
        notes = c.check(
            H_BUILDING_NOTES,
            lambda: optional_text(row.text(H_BUILDING_NOTES) or base.get("notes") or "", 2000),
        )
        values = {"code": code, "name": name, "floors": floors, "notes": notes}
        if existing is not None:
            building_id = existing["id"]
            changes = _changed(existing, values)
            action = "update" if changes else "skip"
            if changes and not c.errors:
                self.plan.building_updates.append((building_id, changes))
        else:
            building_id = uuid7()
            if not c.errors:
                self.plan.building_creates.append({"id": building_id, **values, "sort_order": 0})
        if code is not None and code not in self.file_buildings:
            self.file_buildings[code] = (row.number, building_id)
        self.plan.add_row(
            BUILDING_SHEET, row.number, action, f"{code or row.text(H_BUILDING_CODE)} {name or ''}", c
        )

    def _building_id(self, code: str) -> str | None:
        if code in self.file_buildings:
            return self.file_buildings[code][1]
        existing = self.state.buildings.get(code)
        return existing["id"] if existing is not None and not existing["archived"] else None

    def _entrance_id(self, c: _Check, building_id: str, code: str) -> str | None:
        existing = self.state.entrances.get((building_id, code))
        if existing is not None:
            if existing["archived"]:
                c.fail(H_UNIT_CODE, "import.archived_exists")
                return None
            return cast(str, existing["id"])
        key = (building_id, code)
        if key not in self.new_entrances:
            self.new_entrances[key] = uuid7()
            self.plan.entrance_creates.append(
                {
                    "id": self.new_entrances[key],
                    "building_id": building_id,
                    "code": code,
                    "name": f"{code}单元",
                }
            )
        return self.new_entrances[key]

    # -- 房屋
    def unit_row(self, row: _SheetRow) -> None:
        c = _Check()
        uc = c.check(H_UNIT_CODE, lambda: _unit_code(row.text(H_UNIT_CODE), self.state.units))
        code = uc.canonical if uc else None
        existing = self.state.units.get(code) if code else None
        building_id = entrance_id = None
        if uc is not None and code is not None:
            if code in self.file_units:
                c.fail(H_UNIT_CODE, "import.duplicate_in_file", first_row=self.file_units[code][0])
            elif existing is not None and existing["archived"]:
                c.fail(H_UNIT_CODE, "import.archived_exists")
            elif existing is None:
                building_id = self._building_id(uc.building)
                if building_id is None:
                    c.fail(H_UNIT_CODE, "import.unknown_building", building=uc.building)
                else:
                    entrance_id = self._entrance_id(c, building_id, uc.entrance)
        base = existing or {}
        floor: int | None = base.get("floor") if existing else (floor_from_room(uc.room) if uc else None)
        if row.text(H_FLOOR):
            floor = c.check(H_FLOOR, lambda: _int_value(row.raw(H_FLOOR)))
            if floor is not None and not -10 <= floor <= 200:
                c.fail(H_FLOOR, "unit.floor_invalid")
        area = base.get("area_m2_x100")
        if row.text(H_AREA):
            area = c.check(H_AREA, lambda: _area_value(row.raw(H_AREA)))
        unit_type = base.get("unit_type", UnitType.RESIDENCE.value)
        if row.text(H_TYPE):
            t = c.check(H_TYPE, lambda: _label_value(row.raw(H_TYPE), UNIT_TYPE_LABELS, UnitType))
            unit_type = t.value if t else unit_type
        status = base.get("status", UnitStatus.VACANT.value)
        if row.text(H_STATUS):
            st = c.check(H_STATUS, lambda: _label_value(row.raw(H_STATUS), UNIT_STATUS_LABELS, UnitStatus))
            status = st.value if st else status
        move_in = base.get("move_in_date")
        if row.text(H_MOVE_IN):
            move_in = c.check(H_MOVE_IN, lambda: _date_value(row.raw(H_MOVE_IN)))
        notes = c.check(
            H_UNIT_NOTES, lambda: optional_text(row.text(H_UNIT_NOTES) or base.get("notes") or "", 2000)
        )
        values: dict[str, Any] = {
            "floor": floor,
            "area_m2_x100": area,
            "unit_type": unit_type,
            "status": status,
            "move_in_date": move_in,
            "notes": notes,
        }
        action: Action = "create"
        if existing is not None:
            unit_id = existing["id"]
            changes = _changed(existing, values)
            action = "update" if changes else "skip"
            if changes and not c.errors:
                self.plan.unit_updates.append((unit_id, changes))
        else:
            unit_id = uuid7()
            if not c.errors and uc is not None:
                self.plan.unit_creates.append(
                    {
                        "id": unit_id,
                        "building_id": building_id,
                        "entrance_id": entrance_id,
                        "building_code": uc.building,
                        "entrance_code": uc.entrance,
                        "room": uc.room,
                        "code": code,
                        "fees_owed": False,
                        **values,
                    }
                )
        if code is not None and code not in self.file_units:
            self.file_units[code] = (row.number, unit_id)
        self.plan.add_row(UNIT_SHEET, row.number, action, code or row.text(H_UNIT_CODE), c)

    def _unit_id(self, code: str) -> str | None:
        if code in self.file_units:
            return self.file_units[code][1]
        existing = self.state.units.get(code)
        return existing["id"] if existing is not None and not existing["archived"] else None

    # -- 人员
    def _match_person(self, c: _Check, key: tuple[str, str], id_text: str) -> dict[str, Any] | None:
        candidates = [self.state.people[i] for i in self.state.people_by_key.get(key, [])]
        if len(candidates) > 1 and id_text:
            candidates = [
                p for p in candidates if id_text in (p["id_number"], mask_id_number(p["id_number"]))
            ]
        if len(candidates) > 1:
            c.fail(H_NAME, "import.ambiguous_match", count=len(candidates))
            return None
        return candidates[0] if candidates else None

    def person_row(self, row: _SheetRow) -> None:
        c = _Check()
        texts = {h: row.text(h) for h in PERSON_HEADERS}
        name_key = texts[H_NAME]
        try:
            mobile_key = validate_mobile(texts[H_MOBILE])
        except DomainError:
            mobile_key = texts[H_MOBILE]
        key = (name_key, mobile_key)
        relation_part = self._relation_part(c, texts)
        seen = self.file_people.get(key) if name_key else None
        if seen is not None:
            self._repeated_person_row(c, row, texts, seen, relation_part)
            return

        existing = self._match_person(c, key, texts[H_ID]) if name_key else None
        base = existing or {}
        gender = base.get("gender")
        if texts[H_GENDER]:
            gender = c.check(H_GENDER, lambda: _gender_value(texts[H_GENDER])) or gender
        id_text = texts[H_ID]
        if existing is not None and id_text and id_text == mask_id_number(base["id_number"]):
            id_text = base["id_number"]  # the masked number sent back unchanged: keep the stored one
        data = PersonInput(
            **{
                f: (id_text if f == "id_number" else texts[h]) or (base.get(f) or "")
                for h, f in _PERSON_FIELDS
            },
            gender=gender,
        )
        values: dict[str, Any] = {}
        changes: dict[str, Any] = {}
        try:
            values = validate_person(data, self.today)
        except DomainError as exc:
            fields = cast(dict[str, str], exc.params.get("fields", {})) if exc.code == "validation" else {}
            for f, code in fields.items():
                c.fail(_PERSON_FIELD_HEADERS.get(f, H_NAME), code)
            if not fields:
                c.fail(H_NAME, exc.code)
        if existing is not None:
            person_id = existing["id"]
            changes = _changed(existing, values) if values else {}
            if changes and not c.errors:
                self.plan.person_updates.append((person_id, changes))
        else:
            person_id = uuid7()
            if not c.errors:
                self.plan.person_creates.append({"id": person_id, **values})
        name = str(values.get("name") or name_key)
        new_relation = self._plan_relation(c, row, relation_part, person_id, name, existing is None)
        if existing is None:
            action: Action = "create"
        else:
            action = "update" if changes or new_relation else "skip"
        if name_key:
            seen = _PersonSeen(row.number, person_id, name, texts)
            if relation_part is not None:
                seen.relations.add((relation_part[0], relation_part[2].value))
            self.file_people[key] = seen
        self.plan.add_row(PERSON_SHEET, row.number, action, self._person_summary(name, relation_part), c)

    def _repeated_person_row(
        self,
        c: _Check,
        row: _SheetRow,
        texts: dict[str, str],
        seen: _PersonSeen,
        relation_part: tuple[str, str | None, Relation, str] | None,
    ) -> None:
        """Another row of a person already in the file: allowed only to add a relation to another unit."""
        conflicting = [h for h in PERSON_HEADERS[2:8] if texts[h] and _same(texts[h]) != _same(seen.texts[h])]
        if (
            relation_part is None
            or (relation_part[0], relation_part[2].value) in seen.relations
            or conflicting
        ):
            column = conflicting[0] if conflicting else (H_REL_UNIT if relation_part else H_NAME)
            c.fail(column, "import.duplicate_in_file", first_row=seen.row_number)
        elif not c.errors:
            seen.relations.add((relation_part[0], relation_part[2].value))
        new_relation = False
        if not c.errors:
            new_relation = self._plan_relation(c, row, relation_part, seen.person_id, seen.person_name, False)
        action: Action = "update" if new_relation or c.errors else "skip"
        self.plan.add_row(
            PERSON_SHEET, row.number, action, self._person_summary(seen.person_name, relation_part), c
        )

    def _relation_part(
        self, c: _Check, texts: dict[str, str]
    ) -> tuple[str, str | None, Relation, str] | None:
        """(unit code, unit id, relation, detail) when the row names a unit, checked."""
        unit_text, rel_text, detail = texts[H_REL_UNIT], texts[H_RELATION], texts[H_REL_DETAIL]
        if not unit_text:
            if rel_text or detail:
                c.fail(H_REL_UNIT, "field.required")
            return None
        uc = c.check(H_REL_UNIT, lambda: _unit_code(unit_text, self.state.units))
        unit_id = None
        if uc is not None:
            unit_id = self._unit_id(uc.canonical)
            if unit_id is None:
                c.fail(H_REL_UNIT, "import.unknown_unit", unit=uc.canonical)
        relation = None
        if not rel_text:
            c.fail(H_RELATION, "field.required")
        else:
            relation = c.check(H_RELATION, lambda: _label_value(rel_text, RELATION_LABELS, Relation))
        c.check(H_REL_DETAIL, lambda: optional_text(detail, 30))
        if uc is None or relation is None:
            return None
        return uc.canonical, unit_id, relation, detail

    def _plan_relation(
        self,
        c: _Check,
        row: _SheetRow,
        part: tuple[str, str | None, Relation, str] | None,
        person_id: str,
        person_name: str,
        person_is_new: bool,
    ) -> bool:
        if part is None:
            return False
        unit_code, unit_id, relation, detail = part
        if unit_id is None:
            return False
        if not person_is_new and (unit_id, person_id, relation.value) in self.state.relations:
            return False
        if not c.errors:
            self.plan.relation_creates.append(
                {
                    "id": uuid7(),
                    "unit_id": unit_id,
                    "person_id": person_id,
                    "relation": relation.value,
                    "relation_detail": detail,
                    "unit_code": unit_code,
                    "person_name": person_name,
                }
            )
        return True

    @staticmethod
    def _person_summary(name: str, part: tuple[str, str | None, Relation, str] | None) -> str:
        if part is None:
            return name
        return f"{name} · {part[0]} {RELATION_LABELS[part[2]]}{(' ' + part[3]) if part[3] else ''}"


def _make_plan(ctx: ServiceContext, s: Session, sheets: dict[str, list[_SheetRow]]) -> _Plan:
    planner = _Planner(ctx, _load_state(s, ctx))
    for row in sheets.get(BUILDING_SHEET, []):
        planner.building_row(row)
    for row in sheets.get(UNIT_SHEET, []):
        planner.unit_row(row)
    for row in sheets.get(PERSON_SHEET, []):
        planner.person_row(row)
    return planner.plan


# ----------------------------------------------------------------------------------------- import


def preview_import(ctx: ServiceContext, path: Path) -> ImportPreview:
    """Read and check every row of the workbook; write nothing."""
    ctx.require(Permission.IMPORT_DATA)
    sheets = _read_workbook(path)
    with ctx.db.read() as s:
        plan = _make_plan(ctx, s, sheets)
    return ImportPreview(tuple(plan.rows), path.name)


def _load_rows(s: Session, model: Any, ids: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        for obj in s.scalars(select(model).where(model.id.in_(ids[start : start + 500]))):
            result[obj.id] = obj
    return result


def _create(
    s: Session,
    ctx: ServiceContext,
    model: Any,
    entity: str,
    rows: list[dict[str, Any]],
    summary: Callable[[Any], str],
) -> None:
    objects = [new_row(ctx, model(**values)) for values in rows]
    s.add_all(objects)
    for obj in objects:
        audit.record(s, ctx, entity, obj.id, "create", None, audit.snapshot(obj), summary=summary(obj))
    s.flush()  # parents before children: the foreign keys are checked at once


def _update(
    s: Session,
    ctx: ServiceContext,
    model: Any,
    entity: str,
    updates: list[tuple[str, dict[str, Any]]],
    summary: Callable[[Any], str],
) -> None:
    objects = _load_rows(s, model, [i for i, _ in updates])
    for object_id, changes in updates:
        obj = objects[object_id]
        before = audit.snapshot(obj)
        for key, value in changes.items():
            setattr(obj, key, value)
        touch(ctx, obj)
        audit.record(s, ctx, entity, obj.id, "update", before, audit.snapshot(obj), summary=summary(obj))
    s.flush()


def _execute(s: Session, ctx: ServiceContext, plan: _Plan) -> None:
    _create(s, ctx, Building, "building", plan.building_creates, lambda b: b.name)
    _update(s, ctx, Building, "building", plan.building_updates, lambda b: b.name)
    _create(s, ctx, Entrance, "entrance", plan.entrance_creates, lambda e: e.name)
    _create(s, ctx, Unit, "unit", plan.unit_creates, lambda u: u.code)
    _update(s, ctx, Unit, "unit", plan.unit_updates, lambda u: u.code)
    _create(s, ctx, Person, "person", plan.person_creates, lambda p: p.name)
    _update(s, ctx, Person, "person", plan.person_updates, lambda p: p.name)
    links = []
    for r in plan.relation_creates:
        links.append(
            new_row(
                ctx,
                UnitPerson(
                    id=r["id"],
                    unit_id=r["unit_id"],
                    person_id=r["person_id"],
                    relation=r["relation"],
                    relation_detail=r["relation_detail"],
                    is_primary=False,
                    since=None,
                    until=None,
                ),
            )
        )
        # The same two entries as archive.people.link, so each record's history shows the relation.
        detail = {"relation": r["relation"], "relation_detail": r["relation_detail"]}
        text = f"{r['unit_code']} {r['person_name']}"
        audit.record(
            s, ctx, "unit", r["unit_id"], "link", None, {"person": r["person_name"], **detail}, summary=text
        )
        audit.record(
            s, ctx, "person", r["person_id"], "link", None, {"unit": r["unit_code"], **detail}, summary=text
        )
    s.add_all(links)
    s.flush()


def apply_import(ctx: ServiceContext, path: Path) -> OpResult[ImportSummary]:
    """Write the whole workbook in one transaction, or nothing when any row has an error.

    The checks run again inside the write transaction, so what is written matches what the database holds
    at that moment, not at preview time.
    """
    ctx.require(Permission.IMPORT_DATA)
    sheets = _read_workbook(path)
    with ctx.db.write() as s:
        plan = _make_plan(ctx, s, sheets)
        preview = ImportPreview(tuple(plan.rows), path.name)
        if not preview.ok:
            raise DomainError("import.has_errors", count=preview.error_count)
        _execute(s, ctx, plan)
        summary = ImportSummary(
            file_name=path.name,
            buildings_created=len(plan.building_creates),
            buildings_updated=len(plan.building_updates),
            entrances_created=len(plan.entrance_creates),
            units_created=len(plan.unit_creates),
            units_updated=len(plan.unit_updates),
            people_created=len(plan.person_creates),
            people_updated=len(plan.person_updates),
            relations_created=len(plan.relation_creates),
            rows_skipped=sum(1 for r in plan.rows if r.action == "skip"),
        )
        counts = preview.counts
        text = "；".join(
            f"{sheet} 新增{c['create']} 更新{c['update']} 跳过{c['skip']}"
            for sheet, c in counts.items()
            if any(c.values())
        )
        audit.record(
            s,
            ctx,
            "import",
            uuid7(),
            "create",
            None,
            {"file": path.name, "counts": counts},
            summary=f"{path.name}：{text}",
        )
    return OpResult(summary, CHANGES)


# ----------------------------------------------------------------------------------------- export


def _display_width(value: object) -> int:
    text = value.isoformat() if isinstance(value, date) else str(value if value is not None else "")
    longest = max((line for line in text.splitlines()), key=len, default="")
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in longest)


def _write_sheet(wb: Any, title: str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    ws = wb.create_sheet(title)
    bold = Font(bold=True)
    widths = [_display_width(h) for h in headers]
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = bold
    for r, values in enumerate(rows, start=2):
        for col, raw in enumerate(values, start=1):
            value = safe_cell(raw)
            if value is None or value == "":
                continue
            cell = ws.cell(row=r, column=col, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text looks like
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            widths[col - 1] = max(widths[col - 1], _display_width(value))
    for col, header in enumerate(headers, start=1):
        dim = ws.column_dimensions[get_column_letter(col)]
        dim.width = min(max(widths[col - 1] + 3, 8), 60)
        if header in _TEXT_COLUMNS:
            dim.number_format = "@"  # rows a clerk adds in Excel stay text too
    ws.freeze_panes = "A2"


def _save(wb: Any, path: Path) -> None:
    """Save through a temporary file in the same folder, so a failed export never leaves half a file."""
    try:
        fd, tmp = tempfile.mkstemp(suffix=".xlsx.tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise DomainError("export.write_failed", path=str(path), reason=type(exc).__name__) from exc
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except PermissionError as exc:  # on Windows: the file is open in Excel
        raise DomainError("export.file_in_use", path=str(path)) from exc
    except OSError as exc:
        raise DomainError("export.write_failed", path=str(path), reason=type(exc).__name__) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _new_workbook() -> Any:
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def _sorted_units(units: Iterable[Unit]) -> list[Unit]:
    return sorted(
        units,
        key=lambda u: (
            natural_key(u.building_code),
            natural_key(u.entrance_code),
            u.floor if u.floor is not None else 0,
            natural_key(u.room),
        ),
    )


def export_archive(ctx: ServiceContext, path: Path) -> OpResult[ExportSummary]:
    """Write the non-archived buildings, units and people in the import format (so it can be re-imported)."""
    ctx.require(Permission.EXPORT_DATA)
    full_ids = ctx.can(Permission.REVEAL_ID_NUMBER)
    with ctx.db.read() as s:
        buildings = sorted(
            s.scalars(select(Building).where(Building.site_id == ctx.site_id, Building.archived.is_(False))),
            key=lambda b: natural_key(b.code),
        )
        units = _sorted_units(
            s.scalars(select(Unit).where(Unit.site_id == ctx.site_id, Unit.archived.is_(False)))
        )
        people = sorted(
            s.scalars(select(Person).where(Person.site_id == ctx.site_id, Person.archived.is_(False))),
            key=lambda p: (p.pinyin_full, p.name, p.id),
        )
        unit_codes = {u.id: u.code for u in units}
        position = {u.id: i for i, u in enumerate(units)}
        links: dict[str, list[UnitPerson]] = {}
        for up in s.scalars(
            select(UnitPerson).where(UnitPerson.site_id == ctx.site_id, UnitPerson.archived.is_(False))
        ):
            if up.unit_id in unit_codes:
                links.setdefault(up.person_id, []).append(up)
        # Rows are built inside the session: its closing rollback expires every loaded object.
        building_rows = [(b.code, b.name, b.floors, b.notes) for b in buildings]
        unit_rows = [
            (
                u.code,
                u.floor,
                area_from_x100(u.area_m2_x100),
                UNIT_TYPE_LABELS.get(UnitType(u.unit_type), u.unit_type),
                UNIT_STATUS_LABELS.get(UnitStatus(u.status), u.status),
                u.move_in_date,
                u.notes,
            )
            for u in units
        ]
        order = {r.value: i for i, r in enumerate(Relation)}
        person_rows: list[tuple[object, ...]] = []
        for p in people:
            id_number = p.id_number if full_ids else mask_id_number(p.id_number)
            fields = (
                p.name,
                GENDER_LABELS.get(p.gender or "", ""),
                p.mobile,
                p.mobile2,
                p.landline,
                id_number,
                p.company,
                p.notes,
            )
            relations = sorted(
                links.get(p.id, []), key=lambda up: (position[up.unit_id], order.get(up.relation, 9))
            )
            if not relations:
                person_rows.append((*fields, "", "", ""))
            for up in relations:
                label = RELATION_LABELS.get(Relation(up.relation), up.relation)
                person_rows.append((*fields, unit_codes[up.unit_id], label, up.relation_detail))
    wb = _new_workbook()
    _write_sheet(wb, BUILDING_SHEET, BUILDING_HEADERS, building_rows)
    _write_sheet(wb, UNIT_SHEET, UNIT_HEADERS, unit_rows)
    _write_sheet(wb, PERSON_SHEET, PERSON_HEADERS, person_rows)
    _save(wb, path)
    summary = ExportSummary(
        path, len(building_rows), len(unit_rows), len(people), len(person_rows), not full_ids
    )
    with ctx.db.write() as s:
        audit.record(
            s,
            ctx,
            "archive",
            uuid7(),
            "export",
            None,
            {
                "file": path.name,
                "buildings": summary.buildings,
                "units": summary.units,
                "people": summary.people,
                "id_numbers": "masked" if summary.id_numbers_masked else "full",
            },
            summary=f"{path.name}：楼栋{summary.buildings} 房屋{summary.units} 人员{summary.people}"
            f"（身份证号{'脱敏' if summary.id_numbers_masked else '完整'}）",
        )
    return OpResult(summary, frozenset())


def export_template(path: Path) -> None:
    """The empty workbook (headers only, each header with a comment on its format) plus a 说明 sheet that lists
    every column's format and shows one example row per sheet."""
    wb = _new_workbook()
    for sheet in SHEETS:
        _write_sheet(wb, sheet, HEADERS[sheet], [])
        ws = wb[sheet]
        for col, (_, needed, fmt, example) in enumerate(_HELP[sheet], start=1):
            note = f"{needed + '。' if needed else ''}{fmt}" + (f"\n例：{example}" if example else "")
            ws.cell(row=1, column=col).comment = Comment(note, "desk_app", width=260, height=110)
    rows: list[tuple[tuple[object, ...], bool]] = [  # (cells, bold)
        (("每个工作表的第一行是列名，请勿修改；不需要的工作表可以删除（例如只导入人员）。",), False),
        (
            ("已有记录按编号（楼栋、房屋）或 姓名+手机号（人员）匹配并更新；留空的单元格不会覆盖已有内容。",),
            False,
        ),
        (("有任何一行出错时整份文件都不会导入，请按预览中的行号和列名修改后再导入。",), False),
        ((), False),
        (("工作表", "列名", "是否必填", "格式", "示例"), True),
    ]
    for sheet in SHEETS:
        rows.extend(((sheet, col, needed, fmt, example), False) for col, needed, fmt, example in _HELP[sheet])
    for sheet in SHEETS:
        rows.append(((), False))
        rows.append(((f"示例：{sheet}",), True))
        rows.append((HEADERS[sheet], True))
        rows.append((tuple(example for _, _, _, example in _HELP[sheet]), False))
    ws = wb.create_sheet(HELP_SHEET)
    for r, (values, bold) in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value != "":
                cell = ws.cell(row=r, column=c, value=safe_cell(value))
                cell.data_type = "s"
                if bold:
                    cell.font = Font(bold=True)
    for col in range(1, max(len(h) for h in HEADERS.values()) + 1):
        ws.column_dimensions[get_column_letter(col)].width = 60 if col == 4 else 16
    _save(wb, path)
