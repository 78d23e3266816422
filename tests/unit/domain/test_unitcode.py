from __future__ import annotations

import pytest

from desk_app.domain.errors import DomainError
from desk_app.domain.unitcode import UnitCode, UnitQuery, parse_unit_code, parse_unit_query


def q(building: str, entrance: str | None, room: str | None, prefix: bool = False) -> UnitQuery:
    return UnitQuery(building, entrance, room, room_is_prefix=prefix)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-2-1102", q("3", "2", "1102")),
        ("3-2-11", q("3", "2", "11", prefix=True)),
        ("3-2-1", q("3", "2", "1", prefix=True)),
        ("3-2-110", q("3", "2", "110")),
        ("3-2", q("3", "2", None)),
        ("3-2-", q("3", "2", None)),
        ("3栋2单元1102", q("3", "2", "1102")),
        ("3栋2单元1102室", q("3", "2", "1102")),
        ("3栋2单元11室", q("3", "2", "11")),  # the suffix says the room is complete
        ("3栋2单元-1102", q("3", "2", "1102")),
        ("3栋2单元", q("3", "2", None)),
        ("3栋", q("3", None, None)),
        ("3幢2单元1102", q("3", "2", "1102")),
        ("3号楼2单元1102", q("3", "2", "1102")),
        ("3号楼2单元1102号", q("3", "2", "1102")),
        ("12号楼", q("12", None, None)),
        ("3#1102", q("3", None, "1102")),
        ("3#2-1102", q("3", "2", "1102")),
        ("3#2", q("3", "2", None)),
        ("3-1102", q("3", None, "1102")),
        ("3-11", q("3", "11", None)),  # two digits: an entrance, not a room
        ("3-1102室", q("3", None, "1102")),
        ("３－２－１１０２", q("3", "2", "1102")),  # full-width from a Chinese IME
        ("３栋２单元１１０２", q("3", "2", "1102")),
        ("３＃１１０２", q("3", None, "1102")),
        ("3 - 2 - 1102", q("3", "2", "1102")),
        (" 3栋 2单元 1102 ", q("3", "2", "1102")),
        ("3—2—1102", q("3", "2", "1102")),  # em dash
        ("3/2/1102", q("3", "2", "1102")),
        ("A座1102", q("A", None, "1102")),
        ("a座1102", q("A", None, "1102")),
        ("A座", q("A", None, None)),
        ("A栋2单元1102", q("A", "2", "1102")),
        ("B1-1-101", q("B1", "1", "101")),
        ("b1-1-101", q("B1", "1", "101")),
        ("12A-1-101", q("12A", "1", "101")),
        ("03-02-1102", q("3", "2", "1102")),
        ("15-3-2503", q("15", "3", "2503")),
    ],
)
def test_parse_unit_query(text: str, expected: UnitQuery) -> None:
    assert parse_unit_query(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "张三",
        "欧阳娜娜",
        "zs",
        "zhangsan",
        "zhang san",
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "010-12345678",
        "0755-1234567",
        "400-123-4567",
        "1102",  # bare digits: could be the last four of a phone number
        "5678",
        "3",
        "2024-10-01",
        "3-2-1102-5",
        "3-2-123456",
        "3栋2单元1102室5",
        "zs-1-101",
        "张三3-2-1102",
        "-2-1102",
    ],
)
def test_not_a_unit(text: str) -> None:
    assert parse_unit_query(text) is None


def test_query_as_code() -> None:
    assert q("3", "2", "1102").as_code() == UnitCode("3", "2", "1102")
    assert q("3", "2", "11", prefix=True).as_code() is None
    assert q("3", None, "1102").as_code() is None
    assert q("3", "2", None).as_code() is None


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("3-2-1102", "3-2-1102"),
        ("3栋2单元1102室", "3-2-1102"),
        ("3#2-1102", "3-2-1102"),
        ("３－２－１１０２", "3-2-1102"),
        ("A栋2单元1102", "A-2-1102"),
        ("b1-1-101", "B1-1-101"),
        ("12-1-1", "12-1-1"),  # townhouses may have one-digit rooms: strict mode only needs all three parts
    ],
)
def test_parse_unit_code(text: str, canonical: str) -> None:
    code = parse_unit_code(text)
    assert code.canonical == canonical
    assert parse_unit_code(code.canonical) == code


@pytest.mark.parametrize("text", ["", "3-2", "3-1102", "3栋", "A座1102", "张三", "13812345678", "3-2-"])
def test_parse_unit_code_rejects(text: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_unit_code(text)
    assert info.value.code == "unit_code.invalid"
    assert info.value.params == {"value": text}
