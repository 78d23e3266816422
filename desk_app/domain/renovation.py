"""Renovation filings (装修备案) and temporary passes (临时出入卡): the rules, with no database
(seed 000 篇5 装修管理, 五 装修延期办理, 六 装修保证金退还办理; DOMAIN.md §4, §5).

- A filing covers at most ``max_months`` (3 by default) from its planned start; an extension stays inside the
  same cap counted from the *original* start — anything longer needs a new filing.
- It is approved only when every required document is in; touching the original waterproof layer adds the
  owner's extra commitment (业主承诺), acting for the owner adds the owner's authorisation.
- Passes never outlive the filing; they are extended with it.
- The deposit refund rules are in ``refunds.py``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from enum import StrEnum

from desk_app.domain.errors import DomainError


class FilingStatus(StrEnum):
    DRAFT = "draft"  # 登记中: documents being collected
    APPROVED = "approved"  # 已审批: works may start, passes may be issued
    EXTENDED = "extended"  # 已延期 (still approved)
    INSPECTED = "inspected"  # 已核查: the completion inspection passed
    REFUNDED = "refunded"  # 已退保证金: closed
    CANCELLED = "cancelled"  # 已撤销 (before approval)


ACTIVE_STATUSES = frozenset({FilingStatus.APPROVED, FilingStatus.EXTENDED})
OPEN_STATUSES = frozenset({FilingStatus.DRAFT, *ACTIVE_STATUSES, FilingStatus.INSPECTED})


class FilingEventKind(StrEnum):
    CREATED = "created"
    EDITED = "edited"
    DOCUMENT = "document"  # a checklist item ticked or unticked
    WORKER = "worker"  # a worker added or removed
    APPROVED = "approved"
    NOTIFIED = "notified"  # the owner was told of the approval (how: phone, SMS, in person …)
    EXTENDED = "extended"
    INSPECTED = "inspected"
    DOWNSTAIRS_SIGNED = "downstairs_signed"
    REFUNDED = "refunded"
    CANCELLED = "cancelled"
    PRINTED = "printed"
    NOTE = "note"


class DocumentKind(StrEnum):
    """The checklist, in the order the seed lists it (DOMAIN.md §4)."""

    APPLICATION = "application"  # 装修申请书
    COMMITMENT = "commitment"  # 装修承诺书
    FLOOR_PLAN = "floor_plan"  # 平面图
    LICENCE_COPY = "licence_copy"  # 营业执照复印件
    QUALIFICATION_COPY = "qualification_copy"  # 资格证书复印件
    CONSTRUCTION_PLAN = "construction_plan"  # 施工图和施工方案
    RESPONSIBLE_ID = "responsible_id"  # 负责人身份证复印件+照片
    WORKER_IDS = "worker_ids"  # 施工人员身份证复印件+照片
    CONTRACT_COPY = "contract_copy"  # 业主与装修单位合同复印件
    OWNER_COMMITMENT = "owner_commitment"  # 业主承诺 (waterproof layer touched)
    AUTHORISATION = "authorisation"  # 业主授权委托书 (an authorised person applies)


DOCUMENT_ZH: dict[DocumentKind, str] = {
    DocumentKind.APPLICATION: "装修申请书",
    DocumentKind.COMMITMENT: "装修承诺书",
    DocumentKind.FLOOR_PLAN: "平面图",
    DocumentKind.LICENCE_COPY: "营业执照复印件",
    DocumentKind.QUALIFICATION_COPY: "资格证书复印件",
    DocumentKind.CONSTRUCTION_PLAN: "施工图和施工方案",
    DocumentKind.RESPONSIBLE_ID: "负责人身份证复印件及照片",
    DocumentKind.WORKER_IDS: "施工人员身份证复印件及照片",
    DocumentKind.CONTRACT_COPY: "业主与装修单位合同复印件",
    DocumentKind.OWNER_COMMITMENT: "业主承诺（涉及原防水层）",
    DocumentKind.AUTHORISATION: "业主授权委托书",
}

BASE_DOCUMENTS: tuple[DocumentKind, ...] = tuple(DocumentKind)[:9]


def required_documents(*, waterproof_touched: bool, applicant_is_owner: bool) -> tuple[DocumentKind, ...]:
    """Every document the filing needs before approval."""
    extra: list[DocumentKind] = []
    if waterproof_touched:
        extra.append(DocumentKind.OWNER_COMMITMENT)
    if not applicant_is_owner:
        extra.append(DocumentKind.AUTHORISATION)
    return (*BASE_DOCUMENTS, *extra)


def missing_documents(
    received: Iterable[str], *, waterproof_touched: bool, applicant_is_owner: bool
) -> list[DocumentKind]:
    have = set(received)
    needed = required_documents(waterproof_touched=waterproof_touched, applicant_is_owner=applicant_is_owner)
    return [k for k in needed if k not in have]


class InspectionKind(StrEnum):
    PATROL = "patrol"  # 巡查 during the works
    COMPLETION = "completion"  # 完工核查 (装修核查) before the refund


class InspectionResult(StrEnum):
    PASSED = "passed"  # 合格
    FAILED = "failed"  # 不合格 (整改)
    NOTED = "noted"  # 巡查记录, no verdict


# 施工工种 offered in the worker form; free text is allowed too.
TRADES_ZH = ("项目负责人", "泥瓦工", "木工", "水电工", "油漆工", "防水工", "杂工", "其他")


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def period_end_limit(start: date, max_months: int) -> date:
    """The last day a filing starting on ``start`` may run to: 1 Mar + 3 months → 31 May (inclusive).

    The period ends the day before the same day ``max_months`` later; when that month has no such day (31 Jan
    + 3 months: no 31 April) it runs to the end of that month (30 April), as the clerk counts on a calendar —
    clamping first and then taking a day off would cut a day (29 April).
    """
    month_index = start.month - 1 + max_months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    if start.day > last_day:
        return date(year, month, last_day)
    return add_months(start, max_months) - timedelta(days=1)


def check_period(start: date, end: date, *, max_months: int) -> None:
    if end < start:
        raise DomainError("renovation.period_reversed")
    limit = period_end_limit(start, max_months)
    if end > limit:
        raise DomainError("renovation.period_too_long", months=max_months, limit=limit.isoformat())


def check_extension(*, original_start: date, current_end: date, new_end: date, max_months: int) -> None:
    """An extension moves the end later, within the cap counted from the original start (seed 五)."""
    if new_end <= current_end:
        raise DomainError("renovation.extension_not_later", end=current_end.isoformat())
    limit = period_end_limit(original_start, max_months)
    if new_end > limit:
        raise DomainError("renovation.extension_beyond_cap", months=max_months, limit=limit.isoformat())


def extension_mark(new_end: date) -> str:
    """The words written on each pass and on the permit: 延期至 2026年12月5日."""
    return f"延期至 {new_end.year}年{new_end.month}月{new_end.day}日"


def check_can_approve(status: str, missing: Sequence[DocumentKind]) -> None:
    if status != FilingStatus.DRAFT:
        raise DomainError("renovation.not_draft")
    if missing:
        raise DomainError(
            "renovation.documents_missing", documents="、".join(DOCUMENT_ZH[k] for k in missing)
        )


# 统一社会信用代码 (GB 32100-2015): 18 characters from this alphabet, the last one a check character.
_CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_check_char(first17: str) -> str:
    total = sum(_CREDIT_ALPHABET.index(c) * w for c, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_ALPHABET[(31 - total % 31) % 31]


def validate_credit_code(value: str) -> str:
    """The contractor's licence number, upper-cased; blank stays blank (the field is optional)."""
    code = value.strip().upper().replace(" ", "")
    if not code:
        return ""
    if (
        len(code) != 18
        or any(c not in _CREDIT_ALPHABET for c in code)
        or credit_code_check_char(code[:17]) != code[17]
    ):
        raise DomainError("renovation.licence_invalid")
    return code


# --- passes -----------------------------------------------------------------------------------------------


class PassStatus(StrEnum):
    ACTIVE = "active"  # 在用
    RETURNED = "returned"  # 已交回
    LOST = "lost"  # 已挂失 (settled with the lost-pass fee, if any)
    VOID = "void"  # 作废 (misprint …; the number is kept)


class PassHolderKind(StrEnum):
    WORKER = "worker"  # 施工人员 under a filing
    VISITOR = "visitor"  # 访客
    OUTSIDE_STAFF = "outside_staff"  # 外单位人员


SETTLED_PASS_STATUSES = frozenset({PassStatus.RETURNED, PassStatus.LOST, PassStatus.VOID})


def check_pass_validity(valid_from: date, valid_until: date, *, filing_end: date | None) -> None:
    if valid_until < valid_from:
        raise DomainError("pass.period_reversed")
    if filing_end is not None and valid_until > filing_end:
        raise DomainError("pass.beyond_filing", end=filing_end.isoformat())


def pass_expiry_state(valid_until: date, status: str, today: date, *, warning_days: int) -> str | None:
    """``expired`` (past its date and not handed back), ``expiring`` (within the warning days) or None."""
    if status != PassStatus.ACTIVE:
        return None
    if valid_until < today:
        return "expired"
    if valid_until <= today + timedelta(days=warning_days):
        return "expiring"
    return None


class PassEventKind(StrEnum):
    ISSUED = "issued"
    PRINTED = "printed"
    EXTENDED = "extended"  # written by the filing's extension
    RETURNED = "returned"
    LOST = "lost"
    VOIDED = "voided"


# A visitor's or outside worker's pass is not backed by a filing whose end bounds it: a month caps it so a
# forgotten card stops opening the gate; longer jobs go through a filing (or a new pass).
VISITOR_PASS_MAX_DAYS = 30


def check_visitor_pass_validity(valid_from: date, valid_until: date) -> None:
    check_pass_validity(valid_from, valid_until, filing_end=None)
    if (valid_until - valid_from).days + 1 > VISITOR_PASS_MAX_DAYS:
        raise DomainError("pass.visitor_too_long", days=VISITOR_PASS_MAX_DAYS)
