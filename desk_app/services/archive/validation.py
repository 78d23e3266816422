"""Field-level validation shared by the archive services, the import and the forms.

All problems of a form are collected into one ``DomainError("validation", fields={field: code})`` so the
form can show every inline message at once instead of one per save attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from desk_app.domain.errors import DomainError

T = TypeVar("T")

MAX_AREA = Decimal("100000")


class FieldCollector:
    def __init__(self) -> None:
        self.errors: dict[str, str] = {}
        self.details: dict[str, dict[str, object]] = {}  # the parameters of each message ("{max}" …)

    def check(self, field: str, fn: Callable[[], T]) -> T | None:
        try:
            return fn()
        except DomainError as exc:
            self.fail(field, exc.code, **exc.params)
            return None

    def fail(self, field: str, code: str, **params: object) -> None:
        if field not in self.errors:
            self.errors[field] = code
            self.details[field] = params

    def raise_if_any(self) -> None:
        if self.errors:
            raise DomainError("validation", fields=dict(self.errors), details=dict(self.details))


def required(value: str, max_len: int = 100) -> str:
    text = value.strip()
    if not text:
        raise DomainError("field.required")
    if len(text) > max_len:
        raise DomainError("field.too_long", max=max_len)
    return text


def optional_text(value: str, max_len: int) -> str:
    text = value.strip()
    if len(text) > max_len:
        raise DomainError("field.too_long", max=max_len)
    return text


def area_to_x100(value: str | Decimal | None) -> int | None:
    """'89.5' m² → 8950; blank → None. Refuses negatives, >2 decimals and absurd sizes."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        area = Decimal(str(value).strip())
    except InvalidOperation:
        raise DomainError("area.invalid") from None
    if not area.is_finite() or area <= 0 or area > MAX_AREA or area.as_tuple().exponent < -2:  # type: ignore[operator]
        raise DomainError("area.invalid")
    return int(area * 100)


def area_from_x100(value: int | None) -> Decimal | None:
    return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


def code_part(value: str, max_len: int = 10) -> str:
    """A building / entrance / room code: letters and digits only (they become part of '3-2-1102')."""
    text = value.strip().upper()
    if not text:
        raise DomainError("field.required")
    if len(text) > max_len or not text.isalnum() or not text.isascii():
        raise DomainError("unit_code.part_invalid")
    return text


def building_code(value: str) -> str:
    """Like ``code_part``, but "03" becomes "3": clerks type 3-2-1102, so the stored code must match."""
    text = code_part(value)
    return str(int(text)) if text.isdigit() else text


def floor_from_room(room: str) -> int | None:
    """'1102' → 11, '302' → 3, 'B101' → None (basements and shops are entered by hand)."""
    if room.isdigit() and len(room) >= 3:
        return int(room[:-2])
    return None
