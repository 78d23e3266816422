from __future__ import annotations

import itertools
import re
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain import ids
from desk_app.domain.errors import DomainError
from desk_app.domain.ids import uuid7, uuid7_time

_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def test_format_version_and_variant() -> None:
    value = uuid7()
    assert len(value) == 36
    assert _CANONICAL.fullmatch(value)
    parsed = uuid.UUID(value)
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert (parsed.int >> 76) & 0xF == 7
    assert (parsed.int >> 62) & 0b11 == 0b10


def test_strictly_increasing() -> None:
    values = [uuid7() for _ in range(10_000)]
    assert all(a < b for a, b in itertools.pairwise(values))  # text order
    numbers = [uuid.UUID(v).int for v in values]
    assert all(a < b for a, b in itertools.pairwise(numbers))  # numeric order
    assert len(set(values)) == len(values)


def test_unique_across_threads() -> None:
    results: list[list[str]] = [[] for _ in range(8)]

    def work(bucket: list[str]) -> None:
        bucket.extend(uuid7() for _ in range(2_000))

    threads = [threading.Thread(target=work, args=(bucket,)) for bucket in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [v for bucket in results for v in bucket]
    assert len(set(everything)) == len(everything)
    for bucket in results:  # each thread still sees its own keys in order
        assert bucket == sorted(bucket)


def test_time_is_now() -> None:
    before = datetime.now(UTC)
    stamp = uuid7_time(uuid7())
    after = datetime.now(UTC)
    assert stamp.tzinfo is not None
    assert stamp.utcoffset() == timedelta(0)
    assert before - timedelta(seconds=1) <= stamp <= after + timedelta(seconds=1)


def test_clock_going_backwards_keeps_order(monkeypatch: pytest.MonkeyPatch) -> None:
    first = uuid7()
    base = uuid.UUID(first).int >> 80
    monkeypatch.setattr(ids, "_now_ms", lambda: base - 60_000)  # the desk's clock steps back a minute
    later = [uuid7() for _ in range(100)]
    assert first < later[0]
    assert later == sorted(later)
    assert uuid7_time(later[-1]) >= uuid7_time(first)


def test_known_time() -> None:
    # 0x017F22E279B0 ms = 2022-02-22 19:22:22 UTC, the example in RFC 9562 appendix A.6.
    assert uuid7_time("017f22e2-79b0-7cc3-98c4-dc0c0c07398f") == datetime(2022, 2, 22, 19, 22, 22, tzinfo=UTC)


@pytest.mark.parametrize(
    "value", ["", "not-a-uuid", str(uuid.uuid4()), "017f22e2-79b0-4cc3-98c4-dc0c0c07398f"]
)
def test_uuid7_time_rejects(value: str) -> None:
    with pytest.raises(DomainError) as info:
        uuid7_time(value)
    assert info.value.code == "uuid7.invalid"


def test_counter_overflow_moves_to_next_millisecond(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = uuid.UUID(uuid7()).int >> 80
    monkeypatch.setattr(ids, "_now_ms", lambda: frozen)
    monkeypatch.setattr(ids, "_counter", ids._COUNTER_MAX)
    before = uuid7()  # the counter is full, so this key moves on to the next millisecond
    after = uuid7()
    assert uuid.UUID(before).int >> 80 == frozen + 1
    assert before < after
