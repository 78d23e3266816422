from __future__ import annotations

from datetime import date

import pytest

from desk_app.domain.errors import DomainError
from desk_app.domain.validation import (
    birth_date_from_id,
    gender_from_id,
    id_number_check_digit,
    is_landline,
    is_mainland_mobile,
    mask_id_number,
    mask_phone,
    normalize_landline,
    normalize_mobile,
    validate_id_number,
    validate_phone,
)

TODAY = date(2025, 6, 1)


def _iso7064_check(first17: str) -> str:
    """Independent formulation of MOD 11-2: check = (12 - Σ a_i·2^(17-i) mod 11) mod 11, 10 -> X."""
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


# ------------------------------------------------------------------------------------------------ phones


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "13812345678"),
        (" 138 1234 5678 ", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("0086-13812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),  # full-width digits from a Chinese IME
        ("１３８－１２３４－５６７８", "13812345678"),
    ],
)
def test_normalize_mobile(raw: str, expected: str) -> None:
    assert normalize_mobile(raw) == expected
    assert is_mainland_mobile(raw)
    assert validate_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12812345678", "1381234567", "138123456789", "23812345678", "", "abc"])
def test_not_mobile(raw: str) -> None:
    assert not is_mainland_mobile(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("0755-1234567", "0755-1234567"),
        ("0755-12345678", "0755-12345678"),
        ("(021)12345678", "021-12345678"),
        ("（021）12345678", "021-12345678"),
        ("(021) 1234-5678", "021-12345678"),
        ("0571 8888 6666", "0571-88886666"),
        ("0571 - 88886666", "0571-88886666"),
        ("010-12345678-123", "010-12345678转123"),
        ("010-12345678转123", "010-12345678转123"),
        ("010-12345678 转 123", "010-12345678转123"),
        ("0755-1234567 ext 88", "0755-1234567转88"),
        ("021-12345678#8001", "021-12345678转8001"),
        ("+86 10 1234 5678", "010-12345678"),
        ("0086 21 12345678", "021-12345678"),
        ("88886666", "88886666"),
        ("8888666", "8888666"),
        ("88886666-12", "88886666转12"),
        ("400-123-4567", "400-123-4567"),
        ("4001234567", "400-123-4567"),
        ("800 810 8888", "800-810-8888"),
    ],
)
def test_landline(raw: str, expected: str) -> None:
    assert normalize_landline(raw) == expected
    assert is_landline(raw)
    assert validate_phone(raw) == expected
    # The canonical form is a fixed point, so re-saving a record never changes it.
    assert normalize_landline(expected) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "abc",
        "010-1234567",  # Beijing numbers have 8 digits
        "0755-123456",
        "0755-123456789",
        "12345678",  # a leading 1 without area code is a truncated mobile, not a local number
        "1381234",
        "138-1234-5678",  # a mobile is never a landline
        "123456",
        "400-123-456",
        "010-12345678-1234567",  # extension too long
        "010-abc-12345678",
        "0１0-1234567８x",
    ],
)
def test_not_landline(raw: str) -> None:
    assert normalize_landline(raw) is None
    assert not is_landline(raw)


@pytest.mark.parametrize("raw", ["", "abc", "12345", "1381234567", "010-1234567", "12812345678"])
def test_validate_phone_rejects(raw: str) -> None:
    with pytest.raises(DomainError) as info:
        validate_phone(raw)
    assert info.value.code == "phone.invalid"
    assert info.value.params == {"value": raw}


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "138****5678"),
        ("010-12345678", "010*****5678"),
        ("88886666", "888*6666"),
        ("12345", "*2345"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_phone(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


# ------------------------------------------------------------------------------------------------ ID numbers

VALID_IDS = [
    "11010519491231002X",  # the example printed in GB 11643-1999 itself
    "44030519900101123X",
    "310104200002290022",  # 29 February of a leap year
    "650102198512310017",
    "320583197808084011",
    "810000199506150033",  # 港澳居民居住证 (81)
]


@pytest.mark.parametrize("number", VALID_IDS)
def test_valid_ids(number: str) -> None:
    assert id_number_check_digit(number[:17]) == number[17]
    assert _iso7064_check(number[:17]) == number[17]
    assert validate_id_number(number, today=TODAY) == number


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("11010519491231002x", "11010519491231002X"),  # lowercase x
        ("  11010519491231002X ", "11010519491231002X"),
        ("110105 19491231 002X", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),  # full-width
        ("320311770706001", "320311770706001"),  # 15-digit first-generation card, born 1977-07-06
    ],
)
def test_id_normalisation(raw: str, expected: str) -> None:
    assert validate_id_number(raw, today=TODAY) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "id_number.length"),
        ("11010519491231002", "id_number.length"),
        ("11010519491231002XX", "id_number.length"),
        ("1101051949123100", "id_number.length"),
        ("1101051949123100AX", "id_number.chars"),
        ("11010519491231002Y", "id_number.chars"),
        ("X10105194912310021", "id_number.chars"),
        ("1101051949123100٢X", "id_number.chars"),  # an Arabic-Indic digit: isdigit() but not 0-9
        ("32031177070600A", "id_number.chars"),
        ("00010519491231002X", "id_number.region"),
        ("99010519491231002X", "id_number.region"),
        ("16010519491231002X", "id_number.region"),
        ("990311770706001", "id_number.region"),
        ("110105" + "20250230" + "0011", "id_number.birth_date"),  # 30 February
        ("110105" + "20230229" + "0011", "id_number.birth_date"),  # not a leap year
        ("110105" + "19901301" + "0011", "id_number.birth_date"),  # month 13
        ("110105" + "20250602" + "0011", "id_number.birth_date"),  # the day after TODAY
        ("110105" + "18991231" + "0011", "id_number.birth_date"),
        ("320311770230001", "id_number.birth_date"),  # 15-digit, 1977-02-30
        ("110105194912310021", "id_number.check_digit"),
        ("110105194912310020", "id_number.check_digit"),
        ("44030519900101123 0".replace(" ", ""), "id_number.check_digit"),
    ],
)
def test_invalid_ids(raw: str, code: str) -> None:
    with pytest.raises(DomainError) as info:
        validate_id_number(raw, today=TODAY)
    assert info.value.code == code
    # The full number must never reach an error message (and therefore a log file).
    assert info.value.params["value"] == mask_id_number(raw)


def test_birth_date_today_is_allowed() -> None:
    first17 = "11010520250601001"
    number = first17 + id_number_check_digit(first17)
    assert validate_id_number(number, today=TODAY) == number


def test_check_digit_input_errors() -> None:
    with pytest.raises(DomainError) as info:
        id_number_check_digit("1234")
    assert info.value.code == "id_number.length"
    with pytest.raises(DomainError) as info:
        id_number_check_digit("1101051949123100X")
    assert info.value.code == "id_number.chars"


def test_check_digit_matches_independent_formula_for_many_inputs() -> None:
    for i in range(2000):
        first17 = f"{(i * 7919) % 10**17:017d}"
        assert id_number_check_digit(first17) == _iso7064_check(first17)


@pytest.mark.parametrize(
    ("number", "born", "gender"),
    [
        ("11010519491231002X", date(1949, 12, 31), "F"),  # sequence 002 is even
        ("320583197808084011", date(1978, 8, 8), "M"),
        ("320311770706001", date(1977, 7, 6), "M"),
        ("11010519491231002x", date(1949, 12, 31), "F"),
    ],
)
def test_birth_date_and_gender(number: str, born: date, gender: str) -> None:
    assert birth_date_from_id(number) == born
    assert gender_from_id(number) == gender


@pytest.mark.parametrize(
    "raw", ["", "abc", "1101051949", "110105" + "20250230" + "001X", "11010519491231AB2X"]
)
def test_birth_date_and_gender_of_garbage(raw: str) -> None:
    assert birth_date_from_id(raw) is None
    if len(raw) != 18 or not raw[:17].isdigit():
        assert gender_from_id(raw) is None


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("11010519491231002X", "1101**********002X"),
        ("320311770706001", "3203*******6001"),
        (" 11010519491231002X ", "1101**********002X"),
        ("12345678", "12****78"),
        ("1234", "1**4"),
        ("123", "***"),
        ("", ""),
    ],
)
def test_mask_id_number(raw: str, masked: str) -> None:
    assert mask_id_number(raw) == masked
    assert len(mask_id_number(raw)) == len(raw.strip())
