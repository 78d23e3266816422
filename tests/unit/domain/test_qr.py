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
