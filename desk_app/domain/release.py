"""Goods release (物品放行通知单): who may ask, what the desk must see first, what the slip lists
(seed 000 篇5 客服专员 9; DOMAIN.md §7).

Moving goods out needs a numbered slip for the owner or someone the owner authorised; the desk is warned of an
open renovation, a move-out pending and fees flagged as owed, and issues only after the clerk has seen them.
The gate keeps the second copy; the guard's confirmation is recorded when it comes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.errors import DomainError

MAX_ITEMS = 8  # what the slip's table holds


class ReleaseStatus(StrEnum):
    ISSUED = "issued"  # 已开单
    CONFIRMED = "confirmed"  # 门岗已确认放行
    VOID = "void"  # 作废 (number kept)


class ReleaseWarning(StrEnum):
    OPEN_RENOVATION = "open_renovation"  # 装修未结束
    MOVE_OUT_PENDING = "move_out_pending"  # 待搬离
    FEES_OWED = "fees_owed"  # 欠费


@dataclass(frozen=True)
class ReleaseItem:
    name: str
    quantity: int
    note: str = ""


def check_items(items: Sequence[ReleaseItem]) -> None:
    if not items:
        raise DomainError("release.no_items")
    if len(items) > MAX_ITEMS:
        raise DomainError("release.too_many_items", max=MAX_ITEMS)
    for item in items:
        if not item.name.strip():
            raise DomainError("release.item_name_required")
        if not 1 <= item.quantity <= 9999:
            raise DomainError("release.quantity_invalid")


def check_applicant(relation: str | None) -> None:
    """Only the owner or an authorised person (recorded in the archive) may take goods out."""
    if relation not in ("owner", "authorised"):
        raise DomainError("release.not_owner_or_authorised")


def check_acknowledged(warnings: Sequence[str], acknowledged: bool) -> None:
    if warnings and not acknowledged:
        raise DomainError("release.warnings_not_acknowledged")


def check_confirmable(status: str) -> None:
    """The gate's copy comes back once: a void slip lets nothing out, a confirmed one was already used."""
    if status == ReleaseStatus.VOID:
        raise DomainError("release.is_void")
    if status == ReleaseStatus.CONFIRMED:
        raise DomainError("release.already_confirmed")


def check_voidable(status: str) -> None:
    """Once the guard confirmed, the goods are out: voiding the slip would hide what left the estate."""
    if status == ReleaseStatus.VOID:
        raise DomainError("release.is_void")
    if status == ReleaseStatus.CONFIRMED:
        raise DomainError("release.void_confirmed")
