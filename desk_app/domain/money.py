"""Money: integer fen inside, Decimal at the edges, and the amount in Chinese capitals (大写金额).

``amount_in_words`` follows 《支付结算办法》附件一 and 《会计基础工作规范》第五十二条:
* capitals 零壹贰叁肆伍陆柒捌玖 with 拾佰仟 inside a four-digit group and 万 / 亿 between groups (never 兆:
  10^12 is 壹万亿);
* a leading 1 in the tens place is written 壹拾 (¥15 → 壹拾伍元整, ¥10,0010 → 壹拾万零壹拾元整);
* zeros: one 零 for any run of zeros between non-zero digits, also across group boundaries; none at the end
  of the yuan part; 元 then 零 before 角 when the yuan amount ends in 0 (¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分,
  the first of the two forms the rules allow); 零 before 分 when 角 is 0;
* 整 after 元 when there is no 角 or 分, and after 角 when there is no 分; nothing after 分;
* an amount below one yuan has no 元 and no leading 零 (¥0.50 → 伍角整, ¥0.05 → 伍分); ¥0 is 零元整.
Floats are refused (binary fractions are not money), as are negatives, more than two decimals and amounts of
10^16 yuan or more. The receipt prints the prefix 人民币.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desk_app.domain.errors import DomainError

DIGITS = "零壹贰叁肆伍陆柒捌玖"
IN_GROUP = ("", "拾", "佰", "仟")
GROUPS = ("", "万", "亿", "万")  # the fourth group (10^12) is 万亿: its 亿 comes after the third
LIMIT = Decimal(10) ** 16


def to_decimal(value: Decimal | int | str) -> Decimal:
    """A validated money amount in yuan (two decimals at most, 0 ≤ value < 10^16)."""
    # bool is an int to Python but never an amount; floats cannot hold 0.1 exactly.
    if isinstance(value, bool | float) or not isinstance(value, Decimal | int | str):
        raise DomainError(
            "money.float_refused" if isinstance(value, float) else "money.invalid", value=repr(value)
        )
    try:
        amount = Decimal(value.strip().replace(",", "")) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise DomainError("money.invalid", value=str(value)) from None
    if not amount.is_finite():
        raise DomainError("money.invalid", value=str(value))
    if amount < 0:
        raise DomainError("money.negative", value=str(value))
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and amount != amount.quantize(Decimal("0.01")):
        raise DomainError("money.too_precise", value=str(value))
    if amount >= LIMIT:
        raise DomainError("money.too_large", value=str(value))
    return amount.quantize(Decimal("0.01"))


def to_fen(value: Decimal | int | str) -> int:
    """¥1,409.50 → 140950 fen (the only form money is stored in)."""
    return int(to_decimal(value) * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_yuan(fen: int) -> str:
    """140950 → '¥1,409.50'."""
    return f"¥{from_fen(fen):,.2f}"


def _group_words(group: int) -> str:
    """0 < group < 10000 → its words without a leading 零 (zeros inside collapse to one 零)."""
    words: list[str] = []
    pending_zero = False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit == 0:
            pending_zero = bool(words)
            continue
        if pending_zero:
            words.append("零")
            pending_zero = False
        words.append(DIGITS[digit] + IN_GROUP[position])
    return "".join(words)


def _yuan_words(yuan: int) -> str:
    groups = [yuan // 10 ** (4 * i) % 10000 for i in range(4)]  # lowest first
    words: list[str] = []
    need_zero = False
    for index in range(3, -1, -1):
        group = groups[index]
        higher = any(groups[index + 1 :])
        if group == 0:
            need_zero = need_zero or higher
            if index == 2 and groups[3]:
                words.append("亿")  # 壹万亿: the 亿 of the 万亿 group stands even when its own group is empty
            continue
        if higher and (need_zero or group < 1000):
            words.append("零")
        need_zero = False
        words.append(_group_words(group) + GROUPS[index])
    return "".join(words)


def amount_in_words(value: Decimal | int | str) -> str:
    """The amount in Chinese capitals, e.g. '1409.50' → '壹仟肆佰零玖元伍角整' (see the module docstring)."""
    amount = to_decimal(value)
    fen_total = int(amount * 100)
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    if fen_total == 0:
        return "零元整"
    out = ""
    if yuan:
        out = _yuan_words(yuan) + "元"
    if jiao:
        if yuan and yuan % 10 == 0:
            out += "零"
        out += DIGITS[jiao] + "角"
    if fen:
        if yuan and not jiao:
            out += "零"
        out += DIGITS[fen] + "分"
    else:
        out += "整"
    return out
