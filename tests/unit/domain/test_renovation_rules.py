"""The filing rules without a database: the month cap, extensions, the checklist, the licence number."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.domain.errors import DomainError
from desk_app.domain.renovation import (
    BASE_DOCUMENTS,
    DocumentKind,
    add_months,
    check_can_approve,
    check_extension,
    check_period,
    extension_mark,
    missing_documents,
    period_end_limit,
    required_documents,
    validate_credit_code,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 1, 31), 3, date(2026, 4, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 3, 15), 12, date(2027, 3, 15)),
    ],
)
def test_add_months_clamps_to_the_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_three_month_cap() -> None:
    assert period_end_limit(date(2026, 3, 1), 3) == date(2026, 5, 31)
    # No 31 April: a filing from 31 Jan runs to the end of April (not the day before the clamped 30 April).
    assert period_end_limit(date(2026, 1, 31), 3) == date(2026, 4, 30)
    assert period_end_limit(date(2026, 1, 30), 1) == date(2026, 2, 28)
    assert period_end_limit(date(2026, 1, 28), 1) == date(2026, 2, 27)
    assert period_end_limit(date(2027, 11, 30), 3) == date(2028, 2, 29)
    check_period(date(2026, 1, 31), date(2026, 4, 30), max_months=3)
    check_period(date(2026, 3, 1), date(2026, 5, 31), max_months=3)
    check_period(date(2026, 3, 1), date(2026, 3, 1), max_months=3)
    with pytest.raises(DomainError) as err:
        check_period(date(2026, 3, 1), date(2026, 6, 1), max_months=3)
    assert err.value.code == "renovation.period_too_long"
    assert err.value.params == {"months": 3, "limit": "2026-05-31"}
    with pytest.raises(DomainError, match=r"renovation.period_reversed"):
        check_period(date(2026, 3, 2), date(2026, 3, 1), max_months=3)
    check_period(date(2026, 3, 1), date(2026, 6, 30), max_months=4)  # the admin's setting moves the cap


def test_extension_counts_from_the_original_start() -> None:
    start = date(2026, 3, 1)
    check_extension(
        original_start=start, current_end=date(2026, 4, 30), new_end=date(2026, 5, 31), max_months=3
    )
    # From a month-end start the cap is the month's end too.
    check_extension(
        original_start=date(2026, 1, 31),
        current_end=date(2026, 3, 31),
        new_end=date(2026, 4, 30),
        max_months=3,
    )
    with pytest.raises(DomainError) as err:
        check_extension(
            original_start=start, current_end=date(2026, 5, 20), new_end=date(2026, 6, 1), max_months=3
        )
    assert err.value.code == "renovation.extension_beyond_cap" and err.value.params["limit"] == "2026-05-31"
    with pytest.raises(DomainError, match=r"renovation.extension_not_later"):
        check_extension(
            original_start=start, current_end=date(2026, 4, 30), new_end=date(2026, 4, 30), max_months=3
        )
    assert extension_mark(date(2026, 12, 5)) == "延期至 2026年12月5日"


def test_required_and_missing_documents() -> None:
    assert required_documents(waterproof_touched=False, applicant_is_owner=True) == BASE_DOCUMENTS
    both = required_documents(waterproof_touched=True, applicant_is_owner=False)
    assert both[-2:] == (DocumentKind.OWNER_COMMITMENT, DocumentKind.AUTHORISATION)
    received = [k.value for k in BASE_DOCUMENTS]
    assert missing_documents(received, waterproof_touched=False, applicant_is_owner=True) == []
    assert missing_documents(received, waterproof_touched=True, applicant_is_owner=True) == [
        DocumentKind.OWNER_COMMITMENT
    ]
    assert missing_documents(received, waterproof_touched=False, applicant_is_owner=False) == [
        DocumentKind.AUTHORISATION
    ]
    missing = missing_documents(["application"], waterproof_touched=False, applicant_is_owner=True)
    assert len(missing) == 8 and DocumentKind.APPLICATION not in missing


def test_approval_needs_a_draft_with_everything_in() -> None:
    check_can_approve("draft", [])
    with pytest.raises(DomainError) as err:
        check_can_approve("draft", [DocumentKind.FLOOR_PLAN, DocumentKind.AUTHORISATION])
    assert err.value.params["documents"] == "平面图、业主授权委托书"
    with pytest.raises(DomainError, match=r"renovation.not_draft"):
        check_can_approve("approved", [])


def test_credit_code() -> None:
    assert validate_credit_code(" 91350100m000100y43 ") == "91350100M000100Y43"
    assert validate_credit_code("") == ""
    for bad in ("91350100M000100Y44", "91350100M000100Y4", "91350100M000100I43"):
        with pytest.raises(DomainError, match=r"renovation.licence_invalid"):
            validate_credit_code(bad)
