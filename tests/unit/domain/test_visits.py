"""Returning visitors and visitor ID privacy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desk_app.domain.visits import VisitorRecord, hash_id, mask_and_hash_id, match_returning_visitor

T0 = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
SALT = "salt"
ID = "11010519491231002X"


def rec(
    vid: str, name: str, phone: str = "", company: str = "", id_number: str = "", days: int = 0
) -> VisitorRecord:
    h = hash_id(id_number, SALT) if id_number else ""
    return VisitorRecord(vid, name, phone, company, h, T0 - timedelta(days=days))


def test_mask_and_hash() -> None:
    masked, digest = mask_and_hash_id("110105 19491231 002x", SALT)
    assert masked == "1101**********002X"
    assert digest == hash_id(ID, SALT)
    assert digest != hash_id(ID, "other-salt")
    assert mask_and_hash_id("  ", SALT) == ("", "")


def test_matched_by_id_hash_first() -> None:
    candidates = [rec("a", "李四", "13900001111", days=1), rec("b", "李四", "", id_number=ID, days=5)]
    found = match_returning_visitor(candidates, "李四", "13900001111", hash_id(ID, SALT))
    assert found is not None and found.visit_id == "b"


def test_matched_by_phone_newest_wins() -> None:
    candidates = [rec("a", "王五", "13900001111", days=10), rec("b", "王五", "139 0000 1111", days=2)]
    found = match_returning_visitor(candidates, "", "13900001111", "")
    assert found is not None and found.visit_id == "b"


def test_phone_of_someone_else_is_not_a_match() -> None:
    assert match_returning_visitor([rec("a", "王五", "13900001111")], "赵六", "13900001111", "") is None


def test_matched_by_name_and_company() -> None:
    candidates = [rec("a", "陈工", company="美家装饰"), rec("b", "陈工", company="别的公司")]
    found = match_returning_visitor(candidates, "陈工", "", "", company="美家装饰")
    assert found is not None and found.visit_id == "a"
    assert match_returning_visitor(candidates, "陈工", "", "") is None
