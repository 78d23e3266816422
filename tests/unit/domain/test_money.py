"""大写金额 against the official examples and invariants over thousands of generated amounts."""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest

from desk_app.domain.errors import DomainError
from desk_app.domain.money import amount_in_words, format_yuan, from_fen, to_fen

CASES = [
    ("12000", "壹万贰仟元整"),
    ("1409.50", "壹仟肆佰零玖元伍角整"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("100000000", "壹亿元整"),
    # 《支付结算办法》附件一
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("1409.50", "壹仟肆佰零玖元伍角整"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("15", "壹拾伍元整"),  # the leading 1 of the tens is written 壹拾
    ("100010", "壹拾万零壹拾元整"),
    ("10000001", "壹仟万零壹元整"),
    ("100100100", "壹亿零壹拾万零壹佰元整"),
    ("1000000000000", "壹万亿元整"),  # never 兆
    ("1000100000000", "壹万零壹亿元整"),
    ("1000000000005", "壹万亿零伍元整"),
    ("30005.6", "叁万零伍元陆角整"),
    ("1000.05", "壹仟元零伍分"),
    ("0.50", "伍角整"),
    ("0.05", "伍分"),
    ("0.55", "伍角伍分"),
    ("0", "零元整"),
    (Decimal("88.8"), "捌拾捌元捌角整"),
    (250, "贰佰伍拾元整"),
    ("9999999999999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize(("value", "words"), CASES)
def test_official_examples(value: Decimal | int | str, words: str) -> None:
    assert amount_in_words(value) == words


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (12.5, "money.float_refused"),
        ("-1", "money.negative"),
        ("1.005", "money.too_precise"),
        ("10000000000000000", "money.too_large"),
        ("abc", "money.invalid"),
        ("NaN", "money.invalid"),
        (True, "money.invalid"),
    ],
)
def test_refused_inputs(value: object, code: str) -> None:
    with pytest.raises(DomainError) as err:
        amount_in_words(value)  # type: ignore[arg-type]
    assert err.value.code == code


def test_trailing_zero_decimals_are_not_too_precise() -> None:
    assert amount_in_words("12.500") == "壹拾贰元伍角整"


ALLOWED = re.compile(r"^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$")


def test_invariants_over_generated_amounts() -> None:
    rng = random.Random(20261123)
    for _ in range(5000):
        digits = rng.randint(1, 16)
        yuan = rng.randint(10 ** (digits - 1) if digits > 1 else 0, 10**digits - 1)
        # Zeros in runs are where the rules bite: knock out random digits.
        text = list(str(yuan))
        for i in range(len(text)):
            if rng.random() < 0.35:
                text[i] = "0"
        value = f"{int(''.join(text))}.{rng.randint(0, 99):02d}"
        words = amount_in_words(value)
        assert ALLOWED.match(words), (value, words)
        assert "零零" not in words, (value, words)
        assert not words.startswith("零") or words == "零元整", (value, words)
        assert words.endswith(("整", "分")), (value, words)
        assert "兆" not in words
        assert "元" in words or Decimal(value) < 1, (value, words)


def test_fen_round_trip() -> None:
    assert to_fen("1,409.50") == 140950
    assert from_fen(140950) == Decimal("1409.50")
    assert format_yuan(1200000) == "¥12,000.00"
