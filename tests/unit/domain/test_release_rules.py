"""Goods-release rules without a database: items, applicant, acknowledgement, the gate and void."""

from __future__ import annotations

import pytest

from desk_app.domain.errors import DomainError
from desk_app.domain.release import (
    MAX_ITEMS,
    ReleaseItem,
    ReleaseStatus,
    check_acknowledged,
    check_applicant,
    check_confirmable,
    check_items,
    check_voidable,
)


def _code(fn: object, *args: object) -> str:
    with pytest.raises(DomainError) as err:
        fn(*args)  # type: ignore[operator]
    return err.value.code


def test_items() -> None:
    check_items([ReleaseItem("沙发", 1)] * MAX_ITEMS)
    assert _code(check_items, []) == "release.no_items"
    assert _code(check_items, [ReleaseItem("箱", 1)] * (MAX_ITEMS + 1)) == "release.too_many_items"
    assert _code(check_items, [ReleaseItem(" ", 1)]) == "release.item_name_required"
    assert _code(check_items, [ReleaseItem("箱", 0)]) == "release.quantity_invalid"
    check_items([ReleaseItem("箱", 9999)])


def test_applicant_and_acknowledgement() -> None:
    check_applicant("owner")
    check_applicant("authorised")
    for relation in ("tenant", "family", None):
        assert _code(check_applicant, relation) == "release.not_owner_or_authorised"
    check_acknowledged([], False)
    check_acknowledged(["fees_owed"], True)
    assert _code(check_acknowledged, ["fees_owed"], False) == "release.warnings_not_acknowledged"


def test_the_gate_and_void() -> None:
    check_confirmable(ReleaseStatus.ISSUED)
    check_voidable(ReleaseStatus.ISSUED)
    assert _code(check_confirmable, ReleaseStatus.CONFIRMED) == "release.already_confirmed"
    assert _code(check_confirmable, ReleaseStatus.VOID) == "release.is_void"
    assert _code(check_voidable, ReleaseStatus.CONFIRMED) == "release.void_confirmed"
    assert _code(check_voidable, ReleaseStatus.VOID) == "release.is_void"
