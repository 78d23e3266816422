"""Labels of the money vocabulary (payment methods, receipt status and events, fee kinds), translated in
context "Money", and the yuan text helpers the money screens share.

Amounts are integer fen everywhere; the screens show them with ``format_yuan`` and read what the clerk types
with :func:`parse_yuan` (never through float).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk_app.domain.errors import DomainError
from desk_app.domain.money import amount_in_words, format_yuan, from_fen, to_fen
from desk_app.domain.receipts import FeeBasis, FeeCategory, PaymentMethod, ReceiptEventKind, ReceiptStatus

CONTEXT = "Money"

METHODS: dict[str, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Money", "Cash"),
    PaymentMethod.WECHAT: QT_TRANSLATE_NOOP("Money", "WeChat Pay"),
    PaymentMethod.ALIPAY: QT_TRANSLATE_NOOP("Money", "Alipay"),
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("Money", "Bank transfer"),
    PaymentMethod.POS: QT_TRANSLATE_NOOP("Money", "POS card"),
}
STATUSES: dict[str, str] = {
    ReceiptStatus.ISSUED: QT_TRANSLATE_NOOP("Money", "Issued"),
    ReceiptStatus.VOID: QT_TRANSLATE_NOOP("Money", "Void"),
}
STATUS_COLORS = {ReceiptStatus.ISSUED: "#2e7d32", ReceiptStatus.VOID: "#9e9e9e"}
EVENTS: dict[str, str] = {
    ReceiptEventKind.ISSUED: QT_TRANSLATE_NOOP("Money", "Issued"),
    ReceiptEventKind.PRINTED: QT_TRANSLATE_NOOP("Money", "Printed"),
    ReceiptEventKind.REPRINTED: QT_TRANSLATE_NOOP("Money", "Reprinted (补打)"),
    ReceiptEventKind.VOIDED: QT_TRANSLATE_NOOP("Money", "Voided"),
}
CATEGORIES: dict[str, str] = {
    FeeCategory.DEPOSIT: QT_TRANSLATE_NOOP("Money", "Deposit (refundable)"),
    FeeCategory.FEE: QT_TRANSLATE_NOOP("Money", "Fee"),
}
BASES: dict[str, str] = {
    FeeBasis.FIXED: QT_TRANSLATE_NOOP("Money", "Fixed amount"),
    FeeBasis.PER_M2: QT_TRANSLATE_NOOP("Money", "Per m² of floor area"),
    FeeBasis.BY_UNIT_TYPE: QT_TRANSLATE_NOOP("Money", "By unit type"),
    FeeBasis.PER_PASS: QT_TRANSLATE_NOOP("Money", "Per pass"),
}


def _label(table: dict[str, str], value: object) -> str:
    key = str(value) if value is not None else ""
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def method_label(value: str) -> str:
    return _label(METHODS, value)


def status_label(value: str) -> str:
    return _label(STATUSES, value)


def event_label(value: str) -> str:
    return _label(EVENTS, value)


def category_label(value: str) -> str:
    return _label(CATEGORIES, value)


def basis_label(value: str) -> str:
    return _label(BASES, value)


def method_choices() -> list[tuple[str, str]]:
    return [(m.value, method_label(m)) for m in PaymentMethod]


def status_choices() -> list[tuple[str, str]]:
    return [(s.value, status_label(s)) for s in ReceiptStatus]


def category_choices() -> list[tuple[str, str]]:
    return [(c.value, category_label(c)) for c in FeeCategory]


def basis_choices() -> list[tuple[str, str]]:
    return [(b.value, basis_label(b)) for b in FeeBasis]


def yuan(fen: int | None) -> str:
    """¥1,234.50; a negative amount as -¥12.00; None as a dash."""
    if fen is None:
        return "—"
    return format_yuan(fen) if fen >= 0 else "-" + format_yuan(-fen)


def plain_yuan(fen: int) -> str:
    """1234.50 — what an amount field shows for editing."""
    return f"{from_fen(fen):.2f}"


def words(fen: int) -> str:
    """人民币壹仟贰佰叁拾肆元伍角整 (the capitals stay Chinese in every UI language: they are the receipt's)."""
    return "人民币" + amount_in_words(from_fen(fen))


def parse_yuan(text: str) -> int:
    """What the clerk typed ("1,409.5", "¥20", "20元") in fen; ``money.invalid`` / ``money.negative`` else."""
    cleaned = text.strip().replace("¥", "").replace("￥", "").replace("元", "").replace(" ", "")
    if not cleaned:
        raise DomainError("money.invalid", value=text)
    return to_fen(cleaned)
