"""UUIDv7 primary keys (RFC 9562), generated in Python because SQLite cannot and desks work offline.

v7 starts with a millisecond timestamp, so keys sort by creation time: new rows append to the end of the
B-tree instead of splitting random pages, and the canonical text form sorts the same way as the number.
Within one millisecond the process keeps keys strictly increasing with a counter (RFC 9562 §6.2 method 1),
so rows inserted in a tight loop keep their insertion order.

Layout (128 bits): unix_ts_ms (48) | ver=7 (4) | counter high 12 bits (rand_a) | var=0b10 (2) |
counter low 30 bits | random (32).
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta

from desk_app.domain.errors import DomainError

_COUNTER_BITS = 42
_RANDOM_BITS = 32
# The counter is seeded with its top bit clear, leaving at least 2**41 increments before it could overflow.
_COUNTER_SEED_BITS = _COUNTER_BITS - 1
_COUNTER_MAX = (1 << _COUNTER_BITS) - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _next_state() -> tuple[int, int]:
    """Timestamp and counter for the next key; never goes backwards, even if the wall clock does."""
    global _last_ms, _counter
    now_ms = _now_ms()
    with _lock:
        if now_ms > _last_ms:
            _last_ms = now_ms
            _counter = secrets.randbits(_COUNTER_SEED_BITS)
        else:
            # Same millisecond, or the clock stepped back (NTP sync on a desk PC): keep counting from the last
            # timestamp so order is preserved; the timestamp catches up once the clock passes it again.
            _counter += 1
            if _counter > _COUNTER_MAX:
                _last_ms += 1
                _counter = secrets.randbits(_COUNTER_SEED_BITS)
        return _last_ms, _counter


def uuid7() -> str:
    """A new UUIDv7 as the canonical 36-character lowercase string."""
    ms, counter = _next_state()
    rand_a = counter >> (_COUNTER_BITS - 12)
    counter_low = counter & ((1 << (_COUNTER_BITS - 12)) - 1)
    value = (
        (ms & 0xFFFF_FFFF_FFFF) << 80
        | 0x7 << 76
        | rand_a << 64
        | 0b10 << 62
        | counter_low << _RANDOM_BITS
        | secrets.randbits(_RANDOM_BITS)
    )
    return str(uuid.UUID(int=value))


def uuid7_time(s: str) -> datetime:
    """The creation time (UTC, millisecond precision) embedded in a UUIDv7."""
    try:
        parsed = uuid.UUID(s)
    except ValueError:
        raise DomainError("uuid7.invalid", value=s) from None
    if parsed.version != 7:
        raise DomainError("uuid7.invalid", value=s)
    return _EPOCH + timedelta(milliseconds=parsed.int >> 80)
