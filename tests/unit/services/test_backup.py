from __future__ import annotations

import hashlib
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry, Base
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Role
from desk_app.services import backup
from desk_app.services.backup import (
    BackupInfo,
    backup_now,
    default_backup_folder,
    integrity_check,
    last_backup_time,
    list_backups,
    needs_daily_backup,
    restore,
    restore_backup,
    rotate,
    run_backup,
)
from desk_app.services.context import Actor, ServiceContext

NOW = datetime(2026, 3, 15, 12, 0, 0, tzinfo=UTC)
SHANGHAI = ZoneInfo("Asia/Shanghai")


# ---------------------------------------------------------------------------------------------- helpers


def make_db(path: Path, rows: int = 3, *, wal: bool = True) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        conn.executemany("INSERT INTO item (name) VALUES (?)", [(f"住户{i}",) for i in range(rows)])
    finally:
        conn.close()
    return path


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM item ORDER BY id")]
    finally:
        conn.close()


def add_rows(path: Path, *values: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executemany("INSERT INTO item (name) VALUES (?)", [(v,) for v in values])
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corrupt_middle(path: Path, page_size: int = 4096) -> None:
    """Overwrite the middle pages of a database file with a garbage pattern."""
    size = path.stat().st_size
    pages = size // page_size
    assert pages >= 8, "need a bigger database to corrupt its middle"
    start = (pages // 3) * page_size
    with open(path, "r+b") as fh:
        fh.seek(start)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(page_size * (pages // 3))))


def big_db(path: Path) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        conn.execute("CREATE INDEX ix_item_name ON item(name)")
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO item (name) VALUES (?)", [(f"row {i} " + "x" * 80,) for i in range(3000)]
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return make_db(tmp_path / "desk.sqlite3")


# ---------------------------------------------------------------------------------------------- backup_now


def test_backup_copies_rows_including_uncheckpointed_wal(tmp_path: Path, db_file: Path) -> None:
    writer = sqlite3.connect(db_file, isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("INSERT INTO item (name) VALUES ('只在WAL里')")
        assert Path(f"{db_file}-wal").stat().st_size > 0
        folder = tmp_path / "backups"
        info = backup_now(db_file, folder, now=NOW, kind="startup")
    finally:
        writer.close()

    assert info.path == folder / "desk-20260315-120000-startup.sqlite3"
    assert info.created_at == NOW and info.created_at.tzinfo is not None
    assert info.kind == "startup"
    assert info.size_bytes == info.path.stat().st_size > 0
    assert info.second_copy is None and info.second_folder_error is None
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]  # no .part, -wal or -journal left
    assert names(info.path) == ["住户0", "住户1", "住户2", "只在WAL里"]
    assert info.path.read_bytes()[18:20] == b"\x01\x01"  # rollback-journal mode: one self-contained file
    assert integrity_check(info.path) == []
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]


def test_same_second_gets_a_numbered_name(tmp_path: Path, db_file: Path) -> None:
    folder = tmp_path / "b"
    first = backup_now(db_file, folder, now=NOW, kind="manual")
    second = backup_now(db_file, folder, now=NOW + timedelta(microseconds=5), kind="manual")
    assert first.path.name == "desk-20260315-120000-manual.sqlite3"
    assert second.path.name == "desk-20260315-120000-manual-2.sqlite3"
    assert not first.path.exists()  # rotation: only the newest backup of a day is kept
    assert [b.path for b in list_backups(folder, "desk")] == [second.path]
    third = backup_now(db_file, folder, now=NOW, kind="pre-restore")
    assert third.path.name == "desk-20260315-120000-pre-restore.sqlite3"


def test_naive_time_and_unknown_kind_are_programming_errors(tmp_path: Path, db_file: Path) -> None:
    with pytest.raises(ValueError):
        backup_now(db_file, tmp_path / "b", now=datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        backup_now(db_file, tmp_path / "b", now=NOW, kind="weekly")  # type: ignore[arg-type]


def test_folder_unwritable(tmp_path: Path, db_file: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DomainError) as err:
        backup_now(db_file, blocker / "backups", now=NOW)
    assert err.value.code == "backup.folder_unwritable"
    assert err.value.params["path"] == str(blocker / "backups")


def test_missing_or_unreadable_source(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as err:
        backup_now(tmp_path / "nope.sqlite3", tmp_path / "b", now=NOW)
    assert err.value.code == "backup.source_missing"
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DomainError) as err:
        backup_now(garbage, tmp_path / "b", now=NOW)
    assert err.value.code == "backup.source_unreadable"
    assert list((tmp_path / "b").iterdir()) == []  # the .part was removed


def test_corrupt_source_raises_and_leaves_no_file(tmp_path: Path) -> None:
    db = big_db(tmp_path / "desk.sqlite3")
    corrupt_middle(db)
    folder = tmp_path / "b"
    with pytest.raises(DomainError) as err:
        backup_now(db, folder, now=NOW)
    assert err.value.code == "backup.corrupt_copy"
    assert err.value.params["problems"]
    assert list(folder.iterdir()) == []


def test_second_folder_gets_an_identical_copy(tmp_path: Path, db_file: Path) -> None:
    usb = tmp_path / "usb" / "desk-backups"
    info = backup_now(db_file, tmp_path / "b", now=NOW, second_folder=usb)
    assert info.second_folder_error is None
    assert info.second_copy == usb / info.path.name
    assert digest(info.second_copy) == digest(info.path)
    assert sorted(p.name for p in usb.iterdir()) == [info.path.name]


def test_second_folder_failure_does_not_fail_the_backup(
    tmp_path: Path, db_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    unplugged = tmp_path / "regular-file"
    unplugged.write_text("x", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="desk_app.backup"):
        info = backup_now(db_file, tmp_path / "b", now=NOW, second_folder=unplugged / "backups")
    assert info.path.is_file()
    assert names(info.path) == ["住户0", "住户1", "住户2"]
    assert info.second_copy is None
    assert info.second_folder_error
    assert any("second copy" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    assert any("written" in r.getMessage() for r in caplog.records if r.name == "desk_app.backup")


def test_second_folder_same_as_main_is_reported(tmp_path: Path, db_file: Path) -> None:
    folder = tmp_path / "b"
    info = backup_now(db_file, folder, now=NOW, second_folder=folder)
    assert info.second_copy is None and info.second_folder_error
    assert len(list_backups(folder, "desk")) == 1


def test_backup_now_rotates(tmp_path: Path, db_file: Path) -> None:
    folder = tmp_path / "b"
    for days in range(5, 0, -1):
        backup_now(db_file, folder, now=NOW - timedelta(days=days), keep_daily=3, keep_monthly=0)
    info = backup_now(db_file, folder, now=NOW, keep_daily=3, keep_monthly=0)
    assert [b.created_at for b in list_backups(folder, "desk")] == [
        info.created_at,
        NOW - timedelta(days=1),
        NOW - timedelta(days=2),
    ]


# ---------------------------------------------------------------------------------------------- listing


def touch(folder: Path, stamp: str, kind: str = "daily", stem: str = "desk", extra: str = "") -> str:
    name = f"{stem}-{stamp}-{kind}{extra}.sqlite3"
    (folder / name).write_bytes(b"")
    return name


def test_list_backups_newest_first_and_only_ours(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "missing", "desk") == []
    assert last_backup_time(tmp_path / "missing", "desk") is None
    a = touch(tmp_path, "20260101-080000", "startup")
    b = touch(tmp_path, "20260102-080000", "pre-migration")
    c = touch(tmp_path, "20260102-080000", "pre-migration", extra="-2")
    touch(tmp_path, "20260103-080000", stem="other")
    touch(tmp_path, "20260103-080000", kind="weekly")
    (tmp_path / "desk-20260104-080000-daily.sqlite3.part").write_bytes(b"")
    (tmp_path / "desk-20261399-080000-daily.sqlite3").write_bytes(b"")
    found = list_backups(tmp_path, "desk")
    assert [f.path.name for f in found] == [c, b, a]
    assert found[0] == BackupInfo(tmp_path / c, datetime(2026, 1, 2, 8, tzinfo=UTC), "pre-migration", 0)
    assert last_backup_time(tmp_path, "desk") == datetime(2026, 1, 2, 8, tzinfo=UTC)


def test_needs_daily_backup_uses_the_local_date(tmp_path: Path) -> None:
    assert needs_daily_backup(tmp_path, "desk", NOW, SHANGHAI)
    touch(tmp_path, "20260314-170000", "startup")  # 2026-03-15 01:00 in Shanghai
    assert not needs_daily_backup(tmp_path, "desk", datetime(2026, 3, 15, 2, tzinfo=UTC), SHANGHAI)
    assert needs_daily_backup(tmp_path, "desk", datetime(2026, 3, 15, 2, tzinfo=UTC), UTC)
    assert needs_daily_backup(tmp_path, "desk", datetime(2026, 3, 15, 16, 30, tzinfo=UTC), SHANGHAI)
    touch(tmp_path, "20260315-163000", "pre-restore")  # holds the data that was replaced: does not count
    assert needs_daily_backup(tmp_path, "desk", datetime(2026, 3, 15, 16, 45, tzinfo=UTC), SHANGHAI)


def test_default_backup_folder(tmp_path: Path) -> None:
    assert default_backup_folder(tmp_path / "data" / "desk.sqlite3") == tmp_path / "data" / "backups"


# ---------------------------------------------------------------------------------------------- rotation


@pytest.fixture
def rotation_folder(tmp_path: Path) -> Iterator[tuple[Path, set[str], set[str]]]:
    """A folder with 40 days of backups, 15 older months, protected kinds and foreign files.

    Yields (folder, names expected to be kept, foreign names).
    """
    folder = tmp_path / "backups"
    folder.mkdir()
    keep: set[str] = set()
    today = NOW.date()
    for i in range(40):  # 2026-03-15 back to 2026-02-04: a startup and a daily each day
        day = today - timedelta(days=i)
        touch(folder, f"{day:%Y%m%d}-003000", "startup")
        daily = touch(folder, f"{day:%Y%m%d}-010000", "daily")
        if i < 14 and i != 5:
            keep.add(daily)  # newest of the last 14 days
    keep.add(touch(folder, "20260310-220000", "manual"))  # day 5's newest is a manual backup
    keep.add("desk-20260228-010000-daily.sqlite3")  # newest of February 2026
    for month_index in range(14):  # 2024-12 … 2026-01: two backups a month
        year, month = divmod(2024 * 12 + 11 + month_index, 12)
        month += 1
        touch(folder, f"{year}{month:02d}05-010000")
        late = touch(folder, f"{year}{month:02d}25-010000")
        if (year, month) >= (2025, 4):
            keep.add(late)  # months 2025-04 … 2026-01 (with 2026-02 and 2026-03: twelve months)
    protected = [
        touch(folder, "20241212-100000", "pre-migration"),
        touch(folder, "20250112-100000", "pre-restore"),
        touch(folder, "20250212-100000", "pre-restore"),
        touch(folder, "20250312-100000", "pre-migration"),
        touch(folder, "20250412-100000", "pre-restore"),
        touch(folder, "20250512-100000", "pre-restore"),
        touch(folder, "20250612-100000", "pre-migration"),
        touch(folder, "20260312-001000", "pre-restore"),  # not the newest of its day, still protected
    ]
    keep.update(protected[-5:])
    keep.add(touch(folder, "20260401-010000"))  # dated after "now": the clock was wrong once, keep it
    fresh_part = "desk-20260315-115900-manual.sqlite3.part"
    (folder / fresh_part).write_bytes(b"")  # a backup being written right now
    (folder / "desk-20260301-010000-daily.sqlite3.part").write_bytes(b"")  # crash leftover: goes
    keep.add(fresh_part)
    foreign = {
        "notes.txt",
        "desk.sqlite3",
        "other-20240101-000000-daily.sqlite3",
        "desk2-20240101-000000-daily.sqlite3",
        "desk-20240101-000000-weekly.sqlite3",
        "desk-20240101-000000-daily.sqlite3.bak",
        "desk-20240101-000000-daily.sqlite3.part.txt",
        "desk-2024010-000000-daily.sqlite3",
        "desk-20241301-000000-daily.sqlite3",
        "desk-20240101-000000-daily-0.sqlite3",
        "DESK-20240101-000000-daily.sqlite3x",
    }
    for name in foreign:
        (folder / name).write_text("someone else's", encoding="utf-8")
    (folder / "desk-20240102-000000-daily.sqlite3").mkdir()  # a folder named like a backup
    foreign.add("desk-20240102-000000-daily.sqlite3")
    yield folder, keep, foreign


def test_rotation_keeps_exactly_the_policy_set(rotation_folder: tuple[Path, set[str], set[str]]) -> None:
    folder, keep, foreign = rotation_folder
    before = {p.name for p in folder.iterdir()}
    deleted = rotate(folder, "desk", NOW, keep_daily=14, keep_monthly=12)
    after = {p.name for p in folder.iterdir()}
    assert after == keep | foreign
    assert {p.name for p in deleted} == before - after
    assert all(p.parent == folder for p in deleted)
    assert len(keep) == 14 + 11 + 5 + 1 + 1  # days, other months, protected, future, fresh .part
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "someone else's"
    assert rotate(folder, "desk", NOW, keep_daily=14, keep_monthly=12) == []  # stable


def test_rotation_keep_counts_are_honoured(rotation_folder: tuple[Path, set[str], set[str]]) -> None:
    folder, _keep, foreign = rotation_folder
    rotate(folder, "desk", NOW, keep_daily=0, keep_monthly=0)  # the newest backup always survives
    kept = {b.path.name for b in list_backups(folder, "desk")}
    assert kept == {
        "desk-20260315-010000-daily.sqlite3",
        "desk-20260401-010000-daily.sqlite3",
        "desk-20260312-001000-pre-restore.sqlite3",
        "desk-20250612-100000-pre-migration.sqlite3",
        "desk-20250512-100000-pre-restore.sqlite3",
        "desk-20250412-100000-pre-restore.sqlite3",
        "desk-20250312-100000-pre-migration.sqlite3",
    }
    assert foreign <= {p.name for p in folder.iterdir()}


def test_rotation_counts_local_days(tmp_path: Path) -> None:
    late = touch(tmp_path, "20260314-170000")  # 2026-03-15 01:00 Shanghai
    early = touch(tmp_path, "20260314-150000")  # 2026-03-14 23:00 Shanghai
    assert rotate(tmp_path, "desk", NOW, keep_daily=2, keep_monthly=0, tz=SHANGHAI) == []
    assert rotate(tmp_path, "desk", NOW, keep_daily=2, keep_monthly=0, tz=UTC) == [tmp_path / early]
    assert [b.path.name for b in list_backups(tmp_path, "desk")] == [late]


def test_rotation_ignores_other_stems(tmp_path: Path) -> None:
    ours = touch(tmp_path, "20250101-010000")
    theirs = touch(tmp_path, "20250101-010000", stem="desk-b")
    touch(tmp_path, "20260101-010000")
    rotate(tmp_path, "desk", NOW, keep_daily=1, keep_monthly=0)
    assert not (tmp_path / ours).exists()
    assert (tmp_path / theirs).exists()


# ---------------------------------------------------------------------------------------------- integrity


def test_integrity_check(tmp_path: Path) -> None:
    good = big_db(tmp_path / "good.sqlite3")
    assert integrity_check(good) == []

    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(good, damaged)
    corrupt_middle(damaged)
    problems = integrity_check(damaged)
    assert problems and all(isinstance(p, str) for p in problems)

    garbage = tmp_path / "photo.jpg"
    garbage.write_bytes(bytes(range(256)) * 64)
    assert integrity_check(garbage) == ["not a database"]
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert integrity_check(empty) == ["not a database"]
    assert integrity_check(tmp_path / "missing.sqlite3") == ["not found"]


def test_integrity_check_reports_foreign_key_violations(tmp_path: Path) -> None:
    path = tmp_path / "fk.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("CREATE TABLE building (id INTEGER PRIMARY KEY)")
        conn.execute(
            "CREATE TABLE unit (id INTEGER PRIMARY KEY, building_id INTEGER REFERENCES building(id))"
        )
        conn.execute("INSERT INTO unit (id, building_id) VALUES (7, 42)")  # foreign_keys is off by default
    finally:
        conn.close()
    problems = integrity_check(path)
    assert len(problems) == 1
    assert "unit" in problems[0] and "7" in problems[0] and "building" in problems[0]


# ---------------------------------------------------------------------------------------------- restore


def test_restore_replaces_contents_and_keeps_a_pre_restore_backup(tmp_path: Path, db_file: Path) -> None:
    folder = tmp_path / "backups"
    old = backup_now(db_file, folder, now=NOW - timedelta(days=1))
    add_rows(db_file, "新住户")
    pre = restore(old.path, db_file, now=NOW, folder=folder)

    assert not Path(f"{db_file}-wal").exists() and not Path(f"{db_file}-shm").exists()
    assert pre is not None and pre.kind == "pre-restore"
    assert pre.path == folder / "desk-20260315-120000-pre-restore.sqlite3"
    assert names(pre.path) == ["住户0", "住户1", "住户2", "新住户"]
    assert names(db_file) == ["住户0", "住户1", "住户2"]
    assert integrity_check(db_file) == []
    assert db_file.read_bytes()[18:20] == b"\x02\x02"  # back in WAL mode, as the app runs it
    assert names(old.path) == ["住户0", "住户1", "住户2"]  # the backup itself is untouched


def test_restore_refuses_a_corrupt_backup_and_leaves_the_db_untouched(tmp_path: Path) -> None:
    db = big_db(tmp_path / "desk.sqlite3")
    folder = tmp_path / "backups"
    bad = tmp_path / "bad.sqlite3"
    shutil.copyfile(db, bad)
    corrupt_middle(bad)
    before = digest(db)
    with pytest.raises(DomainError) as err:
        restore(bad, db, now=NOW, folder=folder)
    assert err.value.code == "backup.restore_corrupt"
    assert err.value.params["problems"]
    assert digest(db) == before
    assert not folder.exists()  # no pre-restore backup was taken

    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DomainError) as err:
        restore(garbage, db, now=NOW, folder=folder)
    assert err.value.params["problems"] == ["not a database"]
    assert digest(db) == before


def test_restore_refuses_an_empty_database(tmp_path: Path, db_file: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    conn = sqlite3.connect(empty)
    try:
        conn.execute("PRAGMA user_version = 1")  # a valid database file without a single table
    finally:
        conn.close()
    assert empty.stat().st_size > 0 and integrity_check(empty) == []
    before = digest(db_file)
    with pytest.raises(DomainError) as err:
        restore(empty, db_file, now=NOW, folder=tmp_path / "b")
    assert err.value.code == "backup.restore_empty"
    assert digest(db_file) == before
    assert not (tmp_path / "b").exists()


def test_paths_with_uri_characters_and_chinese_names(tmp_path: Path) -> None:
    odd = tmp_path / "数据 #1 ?x=y&mode=rw"
    odd.mkdir()
    db = make_db(odd / "前台.sqlite3")
    info = backup_now(db, odd / "备份", now=NOW)
    assert info.path.name == "前台-20260315-120000-daily.sqlite3"
    assert integrity_check(info.path) == []
    assert names(info.path) == ["住户0", "住户1", "住户2"]
    assert backup._ro_uri(Path("/srv/a b/c#d?.sqlite3")).endswith("/srv/a%20b/c%23d%3F.sqlite3?mode=ro")


def test_restore_over_a_target_with_committed_frames_only_in_its_wal(tmp_path: Path) -> None:
    source = make_db(tmp_path / "source.sqlite3")
    folder = tmp_path / "backups"
    good = backup_now(source, folder, now=NOW - timedelta(hours=1))

    # The state after a crash: the target's committed rows are in its -wal, not yet in the main file.
    live = make_db(tmp_path / "live.sqlite3", rows=0)
    writer = sqlite3.connect(live, isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.executemany("INSERT INTO item (name) VALUES (?)", [(f"wal {i}",) for i in range(50)])
        target = tmp_path / "desk.sqlite3"
        shutil.copyfile(live, target)
        shutil.copyfile(f"{live}-wal", f"{target}-wal")
    finally:
        writer.close()
    assert Path(f"{target}-wal").stat().st_size > 0

    pre = restore(good.path, target, now=NOW, folder=folder)

    assert not Path(f"{target}-wal").exists() and not Path(f"{target}-shm").exists()
    assert names(target) == ["住户0", "住户1", "住户2"]
    assert pre is not None and names(pre.path) == [f"wal {i}" for i in range(50)]  # the WAL rows were saved
    # Opened again the way the app opens it: the backup's content, nothing of the old WAL.
    db = Database(target)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM item").scalar() == 3
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        db.close()


def test_restore_refuses_while_the_database_is_open(
    tmp_path: Path, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "RESTORE_LOCK_TIMEOUT_S", 0.05)
    folder = tmp_path / "backups"
    old = backup_now(db_file, folder, now=NOW - timedelta(days=1))
    add_rows(db_file, "新住户")
    db = Database(db_file)
    try:
        with db.read() as s:
            assert s.connection().exec_driver_sql("SELECT count(*) FROM item").scalar() == 4
        with pytest.raises(DomainError) as err:  # the engine's pooled connection still holds the file
            restore(old.path, db_file, now=NOW, folder=folder)
        assert err.value.code == "backup.database_in_use"
        assert len(names(db_file)) == 4
    finally:
        db.close()
    restore(old.path, db_file, now=NOW + timedelta(seconds=1), folder=folder)
    assert len(names(db_file)) == 3


def test_restore_moves_an_unreadable_database_aside(tmp_path: Path) -> None:
    source = make_db(tmp_path / "source.sqlite3")
    good = backup_now(source, tmp_path / "backups", now=NOW - timedelta(days=1))
    target = tmp_path / "desk.sqlite3"
    target.write_bytes(b"overwritten by something" * 500)
    assert restore(good.path, target, now=NOW, folder=tmp_path / "backups") is None
    assert names(target) == ["住户0", "住户1", "住户2"]
    aside = tmp_path / "desk.sqlite3.unreadable-20260315-120000"
    assert aside.read_bytes() == b"overwritten by something" * 500  # nothing is thrown away


def test_restore_into_a_missing_database(tmp_path: Path) -> None:
    source = make_db(tmp_path / "source.sqlite3")
    good = backup_now(source, tmp_path / "backups", now=NOW)
    target = tmp_path / "new" / "desk.sqlite3"
    target.parent.mkdir()
    assert restore(good.path, target, now=NOW, folder=tmp_path / "backups") is None
    assert names(target) == ["住户0", "住户1", "住户2"]


def test_restore_refuses_the_database_itself(tmp_path: Path, db_file: Path) -> None:
    with pytest.raises(DomainError) as err:
        restore(db_file, db_file, now=NOW, folder=tmp_path / "b")
    assert err.value.code == "backup.restore_same_file"


# ---------------------------------------------------------------------------------------------- service calls


def make_ctx(tmp_path: Path, role: Role | None) -> ServiceContext:
    db = Database(tmp_path / "desk.sqlite3")
    Base.metadata.create_all(db.engine)
    actor = Actor("u1", "zhang", "张三", role) if role else None
    return ServiceContext(db=db, site_id="site", desk_id="desk", actor=actor, clock=lambda: NOW)


def test_run_backup_checks_permission_and_audits(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, Role.CLERK)
    try:
        with pytest.raises(DomainError) as err:
            run_backup(ctx.as_user(None))
        assert err.value.code == "auth.not_signed_in"

        result = run_backup(ctx, None, None, "manual")
        info = result.value
        assert result.changes == frozenset({"backup"})
        assert info.path.parent == tmp_path / "backups"
        assert info.path.name == "desk-20260315-120000-manual.sqlite3"
        with ctx.db.read() as s:
            entries = [
                (e.action, e.user_name, e.summary)
                for e in s.scalars(select(AuditEntry).where(AuditEntry.entity_type == "backup"))
            ]
        assert entries == [("create", "张三", info.path.name)]
    finally:
        ctx.db.close()


def test_restore_backup_requires_permission(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    ctx = make_ctx(tmp_path, Role.CLERK)
    try:
        good = run_backup(ctx, kind="manual").value
        with pytest.raises(DomainError) as err:
            restore_backup(ctx, good.path)
        assert err.value.code == "auth.forbidden"

        admin = ctx.as_user(Actor("u0", "admin", "管理员", Role.ADMIN))
        with caplog.at_level(logging.INFO, logger="desk_app.backup"):
            pre = restore_backup(admin, good.path)
        assert pre is not None and pre.kind == "pre-restore"
        assert any("restore of" in r.getMessage() and "admin" in r.getMessage() for r in caplog.records)
    finally:
        ctx.db.close()
    # The restored file is the backup: it has no audit entry for the backup that was taken after it.
    db = Database(tmp_path / "desk.sqlite3")
    try:
        with db.read() as s:
            assert s.scalars(select(AuditEntry)).all() == []
    finally:
        db.close()
