"""The visit log (来访登记): vocabularies, returning-visitor matching and visitor ID privacy
(seed 000 篇5 前台接待工作规程 4, 7; seed 004 篇7; DOMAIN.md §1, §11).

Visitor ID numbers are personal information (个人信息保护法): the visit keeps a masked form for display and a
salted hash to recognise a returning visitor; the plain number is kept only until the retention period ends
(``privacy.visitor_id_retention_days``), then purged.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desk_app.domain.validation import mask_id_number, normalize_mobile


class VisitorKind(StrEnum):
    OWNER = "owner"  # 业主
    TENANT = "tenant"  # 租户/商户
    VISITOR = "visitor"  # 访客
    CONTRACTOR = "contractor"  # 装修单位 / 施工人员


class Purpose(StrEnum):
    CONSULT = "consult"  # 咨询
    REPAIR = "repair"  # 报修
    COMPLAINT = "complaint"  # 投诉
    SUGGESTION = "suggestion"  # 建议
    PRAISE = "praise"  # 表扬
    PAYMENT = "payment"  # 缴费
    RENOVATION = "renovation"  # 装修办理
    RELEASE = "release"  # 物品放行
    KEYS = "keys"  # 钥匙
    GUEST = "guest"  # 访客
    OTHER = "other"  # 其他


PURPOSE_ZH = {
    Purpose.CONSULT: "咨询",
    Purpose.REPAIR: "报修",
    Purpose.COMPLAINT: "投诉",
    Purpose.SUGGESTION: "建议",
    Purpose.PRAISE: "表扬",
    Purpose.PAYMENT: "缴费",
    Purpose.RENOVATION: "装修办理",
    Purpose.RELEASE: "物品放行",
    Purpose.KEYS: "钥匙",
    Purpose.GUEST: "访客",
    Purpose.OTHER: "其他",
}
KIND_ZH = {
    VisitorKind.OWNER: "业主",
    VisitorKind.TENANT: "租户",
    VisitorKind.VISITOR: "访客",
    VisitorKind.CONTRACTOR: "施工单位",
}


class CreatedRecord(StrEnum):
    """What a visit may create (the visit links to it and the record to its visit)."""

    WORK_ORDER = "work_order"
    COMPLAINT = "complaint"
    RENOVATION = "renovation"
    RELEASE = "release"


def normalize_id_number(number: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", number)).upper()


def hash_id(number: str, salt: str) -> str:
    """Salted SHA-256 of the normalised number (hex); the same person hashes the same on this installation."""
    return hashlib.sha256(f"{salt}|{normalize_id_number(number)}".encode()).hexdigest()


def mask_and_hash_id(number: str, salt: str) -> tuple[str, str]:
    """``(masked, hash)`` of an ID number (any document: resident ID, passport, HK/Macau pass); blank → ``("", "")``."""
    normalised = normalize_id_number(number)
    if not normalised:
        return "", ""
    return mask_id_number(normalised), hash_id(normalised, salt)


@dataclass(frozen=True)
class VisitorRecord:
    """A previous visit, as the auto-fill candidates come back from the log (newest first is not required)."""

    visit_id: str
    name: str
    phone: str
    company: str
    id_hash: str
    time_in: datetime
    kind: VisitorKind = VisitorKind.VISITOR
    plate: str = ""
    person_id: str | None = None
    unit_id: str | None = None
    id_number_masked: str = ""


def _phone(value: str) -> str:
    return normalize_mobile(value) if value.strip() else ""


def _name(value: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


def match_score(candidate: VisitorRecord, name: str, phone: str, id_hash: str, company: str = "") -> int:
    """How sure we are that ``candidate`` is the person at the counter: ID hash 3, phone 2, name + company 1,
    0 for no match. A phone used by someone with another name counts only when no name was typed."""
    if id_hash and candidate.id_hash and candidate.id_hash == id_hash:
        return 3
    same_phone = bool(phone) and _phone(candidate.phone) == _phone(phone)
    if same_phone and (not name.strip() or _name(candidate.name) == _name(name)):
        return 2
    if (
        name.strip()
        and company.strip()
        and _name(candidate.name) == _name(name)
        and _name(candidate.company) == _name(company)
    ):
        return 1
    return 0


def match_returning_visitor(
    candidates: Sequence[VisitorRecord], name: str, phone: str, id_hash: str, company: str = ""
) -> VisitorRecord | None:
    """The best previous visit of this visitor (strongest evidence, then most recent), or ``None``."""
    best: tuple[int, datetime] | None = None
    found: VisitorRecord | None = None
    for candidate in candidates:
        score = match_score(candidate, name, phone, id_hash, company)
        if score == 0:
            continue
        key = (score, candidate.time_in)
        if best is None or key > best:
            best, found = key, candidate
    return found
