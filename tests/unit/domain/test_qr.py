from __future__ import annotations

import pytest

from desk_app.domain import qr
from desk_app.domain.errors import DomainError


def test_round_trip_and_case_insensitive_scan() -> None:
    text = qr.encode("s3cret", "WO", "BX-A1-2026-000123")
    assert text.startswith("WO|BX-A1-2026-000123|") and len(text.split("|")[2]) == 12
    assert qr.looks_like_qr(text)
    # Scanners on a Chinese keyboard layout with caps lock may change the case.
    assert qr.decode("s3cret", text.swapcase()) == qr.QrPayload("WO", "BX-A1-2026-000123")


@pytest.mark.parametrize("text", ["", "WO|x", "XX|BX-A1-2026-000123|abcdefabcdef", "3-2-1102"])
def test_malformed(text: str) -> None:
    assert not qr.looks_like_qr(text) or text.startswith("XX")
    with pytest.raises(DomainError) as err:
        qr.decode("s3cret", text)
    assert err.value.code == "qr.invalid"


def test_another_installation_or_a_typed_code_is_refused() -> None:
    text = qr.encode("other-secret", "WO", "BX-A1-2026-000123")
    with pytest.raises(DomainError) as err:
        qr.decode("s3cret", text)
    assert err.value.code == "qr.forged"


@pytest.mark.parametrize(
    ("kind", "number", "record_type"),
    [
        ("RN", "ZX-A1-2026-000012", "renovation_filing"),
        ("RF", "TK-A1-2026-000003", "refund"),
    ],
)
def test_permit_and_refund_kinds(kind: str, number: str, record_type: str) -> None:
    text = qr.encode("s3cret", kind, number)
    assert qr.looks_like_qr(text)
    payload = qr.decode("s3cret", text)
    assert payload == qr.QrPayload(kind, number) and payload.record_type == record_type
    with pytest.raises(DomainError) as err:
        qr.decode("other", text)
    assert err.value.code == "qr.forged"


def test_codes_printed_before_the_new_kinds_still_decode() -> None:
    # Fixed texts (not re-encoded): paper already in circulation must keep scanning.
    wo = "WO|BX-A1-2026-000001|a5c349d028eb"
    assert qr.decode("s3cret", wo) == qr.QrPayload("WO", "BX-A1-2026-000001")
    receipt = "RC|SJ-A1-2026-000001|120000|a414bb3894a8"
    assert qr.decode("s3cret", receipt) == qr.QrPayload("RC", "SJ-A1-2026-000001", 120000)
