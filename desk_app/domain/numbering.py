"""Document numbers: one gap-free series per document type, desk and year — ``BX-A1-2026-000123``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.errors import DomainError


class DocType(StrEnum):
    """Value = the prefix printed on the document."""

    WORK_ORDER = "BX"  # 报修/报事单
    COMPLAINT = "TS"  # 投诉
    VISIT = "LF"  # 来访
    RENOVATION = "ZX"  # 装修备案
    PASS = "CR"  # 临时出入卡
    RECEIPT = "SJ"  # 收据
    REFUND = "TK"  # 退款
    RELEASE = "FX"  # 物品放行
    DAY_CLOSE = "RJ"  # 日结


@dataclass(frozen=True)
class DocNumber:
    doc_type: DocType
    desk_code: str
    year: int
    value: int

    def __str__(self) -> str:
        return f"{self.doc_type.value}-{self.desk_code}-{self.year}-{self.value:06d}"


_PATTERN = re.compile(r"^([A-Z]{2})-([A-Z0-9]{1,4})-(\d{4})-(\d{6,})$")


def parse_number(text: str) -> DocNumber:
    match = _PATTERN.match(text.strip().upper())
    if not match:
        raise DomainError("number.invalid", value=text)
    prefix, desk, year, value = match.groups()
    try:
        doc_type = DocType(prefix)
    except ValueError:
        raise DomainError("number.invalid", value=text) from None
    return DocNumber(doc_type, desk, int(year), int(value))
