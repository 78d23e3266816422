"""Backups of the SQLite file: taking them, keeping a sensible number, checking them, restoring one.

A backup is a complete, self-contained SQLite file (rollback-journal mode, no ``-wal`` beside it) written with
SQLite's online backup API, so it is consistent even while the desk is writing. Names carry everything the
program needs to know — the database's file stem, the time in **UTC** and why it was taken::

    backups/desk-20260315-010000-daily.sqlite3       (a second one in the same second gets "-2", "-3" …)

The file is written as ``….sqlite3.part``, integrity-checked, fsynced and only then renamed, so a backup that
looks complete is complete. Rotation works on names only and never touches a file that does not match this
naming scheme for the database's stem.

The bare functions take paths and are used by the headless CLI and the start-up path (before anyone signs
in); ``run_backup`` / ``restore_backup`` are the permission-checked service calls the UI uses.

Restoring: the caller must close its engine first (``Database.close()``) and must not use that ``Database``
again — open a new one and go through the start-up path (migrations, settings, sign-in). ``restore`` writes
the backup *into* the live database through the backup API (so SQLite itself deals with the target's ``-wal``
and ``-shm``) and refuses with ``backup.database_in_use`` while another connection still holds the file.
A restored file usually lies behind document numbers that were already printed: ``services/numbering.py``
keeps a watermark outside the database and refuses to issue numbers until an admin confirms the next one.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Literal, get_args

from desk_app.db.engine import BUSY_TIMEOUT_MS
from desk_app.domain.errors import DomainError
from desk_app.domain.ids import uuid7
from desk_app.domain.roles import Permission
from desk_app.services import audit
from desk_app.services import settings as site_settings
from desk_app.services.context import OpResult, ServiceContext

log = logging.getLogger("desk_app.backup")

BackupKind = Literal["daily", "startup", "manual", "pre-restore", "pre-migration"]
KINDS: tuple[BackupKind, ...] = get_args(BackupKind)
PROTECTED_KINDS: frozenset[str] = frozenset({"pre-restore", "pre-migration"})
PROTECTED_KEEP = 5  # the newest this many pre-restore / pre-migration backups survive any rotation
# Backups that hold the data as it is now (a pre-restore copy holds data that was just replaced).
CURRENT_DATA_KINDS: frozenset[str] = frozenset({"daily", "startup", "manual", "pre-migration"})

SUFFIX = ".sqlite3"
PART_SUFFIX = ".part"
STALE_PART_AGE = timedelta(days=1)  # a .part this old is the leftover of a crash, not a backup in progress
RESTORE_LOCK_TIMEOUT_S = 2.0  # how long restore waits for other connections to let go of the database
_TIME_FORMAT = "%Y%m%d-%H%M%S"
_ENVIRONMENT_ERRORS = ("SQLITE_FULL", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_PERM")
_BUSY_ERRORS = ("SQLITE_BUSY", "SQLITE_LOCKED")
_DAMAGED_ERRORS = ("SQLITE_NOTADB", "SQLITE_CORRUPT")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # aware UTC, whole seconds (as in the file name)
    kind: BackupKind
    size_bytes: int
    second_copy: Path | None = None
    second_folder_error: str | None = None  # the copy to the second folder failed; the main backup is fine


# ---------------------------------------------------------------------------------------------- naming


def default_backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _pattern(stem: str, suffix: str = SUFFIX) -> re.Pattern[str]:
    kinds = "|".join(re.escape(k) for k in sorted(KINDS, key=len, reverse=True))
    return re.compile(rf"{re.escape(stem)}-(\d{{8}}-\d{{6}})-({kinds})(?:-([1-9]\d*))?{re.escape(suffix)}")


def _parse_time(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, _TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def _aware_utc(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("backup times must be timezone-aware")
    return now.astimezone(UTC)


def _check_kind(kind: str) -> BackupKind:
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    return kind


# ---------------------------------------------------------------------------------------------- listing


def _scan(folder: Path, pattern: re.Pattern[str]) -> list[tuple[datetime, int, str, Path, re.Match[str]]]:
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise DomainError("backup.folder_unreadable", path=str(folder), reason=str(exc)) from exc
    found = []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        created = _parse_time(match.group(1))
        try:
            is_file = entry.is_file(follow_symlinks=False)
        except OSError:
            is_file = False
        if created is None or not is_file:
            continue
        found.append((created, int(match.group(3) or 1), entry.name, Path(entry.path), match))
    found.sort(key=lambda item: (item[0], item[1], item[2]), reverse=True)
    return found


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """This database's backups in ``folder``, newest first (times from the file names). A missing folder is empty."""
    result = []
    for created, _seq, _name, path, match in _scan(folder, _pattern(stem)):
        try:
            size = path.stat().st_size
        except OSError:
            continue  # removed meanwhile
        result.append(
            BackupInfo(path=path, created_at=created, kind=_check_kind(match.group(2)), size_bytes=size)
        )
    return result


def last_backup_time(folder: Path, stem: str) -> datetime | None:
    backups = list_backups(folder, stem)
    return backups[0].created_at if backups else None


def needs_daily_backup(folder: Path, stem: str, now: datetime, tz: tzinfo) -> bool:
    """True when no backup of the current data (any kind but pre-restore) was taken on today's local date."""
    today = _aware_utc(now).astimezone(tz).date()
    return not any(
        b.kind in CURRENT_DATA_KINDS and b.created_at.astimezone(tz).date() == today
        for b in list_backups(folder, stem)
    )


# ---------------------------------------------------------------------------------------------- rotation


def rotate(
    folder: Path, stem: str, now: datetime, keep_daily: int = 14, keep_monthly: int = 12, *, tz: tzinfo = UTC
) -> list[Path]:
    """Delete the backups the policy no longer needs; returns the deleted paths (oldest first).

    Kept: the newest backup of each of the last ``keep_daily`` (at least 1) local dates that have backups, the
    newest of each of the last ``keep_monthly`` months that have backups, the newest ``PROTECTED_KEEP``
    pre-restore / pre-migration backups, and anything dated after ``now`` (a clock that was wrong — never
    guess). Every kind counts towards the days and months. Leftover ``.part`` files older than a day go too.
    Only files named like this database's backups are ever touched.
    """
    now_utc = _aware_utc(now)
    backups = list_backups(folder, stem)
    keep: set[Path] = set()
    placed: list[BackupInfo] = []
    for b in backups:
        if b.created_at > now_utc:
            keep.add(b.path)
        else:
            placed.append(b)
    newest_of_day: dict[date, Path] = {}
    newest_of_month: dict[tuple[int, int], Path] = {}
    for b in placed:  # newest first, so the first one seen in a bucket is its newest
        local = b.created_at.astimezone(tz)
        newest_of_day.setdefault(local.date(), b.path)
        newest_of_month.setdefault((local.year, local.month), b.path)
    keep.update(list(newest_of_day.values())[: max(1, keep_daily)])
    keep.update(list(newest_of_month.values())[: max(0, keep_monthly)])
    keep.update([b.path for b in placed if b.kind in PROTECTED_KINDS][:PROTECTED_KEEP])

    deleted: list[Path] = []
    for b in reversed(placed):
        if b.path not in keep and _remove(b.path):
            deleted.append(b.path)
    for created, _seq, _name, path, _match in reversed(_scan(folder, _pattern(stem, SUFFIX + PART_SUFFIX))):
        if created < now_utc - STALE_PART_AGE and _remove(path):
            deleted.append(path)
    if deleted:
        log.info("rotation in %s removed %d old backup(s) of %s", folder, len(deleted), stem)
    return deleted


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.warning("could not remove old backup %s: %s", path, exc)
        return False
    log.debug("removed old backup %s", path)
    return True


# ---------------------------------------------------------------------------------------------- checking


def _ro_uri(path: Path) -> str:
    """A read-only ``file:`` URI; ``as_uri`` percent-encodes '?', '#', spaces and Chinese folder names."""
    uri = path.resolve().as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        # A Windows UNC path (\\server\share\…) would put the host where SQLite wants an empty authority
        # ("invalid uri authority"); an empty authority and a path of //server/share/… reach the same file.
        uri = "file:////" + uri[len("file://") :]
    return uri + "?mode=ro"


def _open_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(_ro_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def _errorname(exc: sqlite3.Error) -> str:
    return getattr(exc, "sqlite_errorname", "") or ""


def integrity_check(path: Path) -> list[str]:
    """Problems found in a database file: ``[]`` means healthy.

    Runs ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` on a read-only connection. A file that
    is not a SQLite database (or is empty) gives ``["not a database"]``, a missing one ``["not found"]``.
    """
    try:
        if path.stat().st_size == 0:
            return ["not a database"]
    except FileNotFoundError:
        return ["not found"]
    except OSError as exc:
        return [f"cannot read: {exc}"]
    try:
        conn = _open_ro(path)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            return ["not a database"] if _errorname(exc) == "SQLITE_NOTADB" else [str(exc)]
        return _problems(conn)
    finally:
        conn.close()


def _problems(conn: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    try:
        lines = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        if lines != ["ok"]:
            problems.extend(lines)
        for table, rowid, parent, fkid in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent} row (#{fkid})")
    except sqlite3.DatabaseError as exc:
        problems.append(str(exc))
    return problems


def _table_count(path: Path) -> int:
    conn = _open_ro(path)
    try:
        return int(conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])
    finally:
        conn.close()


def _readable(path: Path) -> bool:
    try:
        conn = _open_ro(path)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------- writing


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:  # Windows can only flush a handle opened for writing
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # directories cannot be opened for fsync on Windows; NTFS journals the rename
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unwritable(folder: Path, exc: BaseException) -> DomainError:
    return DomainError("backup.folder_unwritable", path=str(folder), reason=str(exc))


def _reserve(folder: Path, stem: str, created: datetime, kind: str) -> tuple[Path, Path]:
    """A free backup name and its ``.part`` file, created exclusively (two writers never share a name)."""
    base = f"{stem}-{created.strftime(_TIME_FORMAT)}-{kind}"
    for n in range(1, 1000):
        name = f"{base}{'' if n == 1 else f'-{n}'}{SUFFIX}"
        final, part = folder / name, folder / (name + PART_SUFFIX)
        if final.exists():
            continue
        try:
            fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            continue
        except OSError as exc:
            raise _unwritable(folder, exc) from exc
        os.close(fd)
        return final, part
    raise DomainError("backup.folder_unwritable", path=str(folder), reason="no free file name")


def _copy_database(db_path: Path, part: Path) -> None:
    """Online backup of ``db_path`` into the (empty) file ``part``, left in rollback-journal mode."""
    try:
        dst = sqlite3.connect(part, isolation_level=None)
    except sqlite3.Error as exc:
        raise _unwritable(part.parent, exc) from exc
    try:
        try:
            src = _open_ro(db_path)
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            raise DomainError("backup.source_unreadable", path=str(db_path), reason=str(exc)) from exc
        try:
            dst.execute("PRAGMA journal_mode = OFF")  # the .part is thrown away if anything fails
            src.backup(dst)
            # The copied header says WAL when the source is in WAL mode; a backup is one self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.Error as exc:
            name = _errorname(exc)
            if name.startswith(_BUSY_ERRORS):
                raise DomainError("backup.busy", path=str(db_path)) from exc
            if name.startswith(_DAMAGED_ERRORS):
                raise DomainError("backup.source_unreadable", path=str(db_path), reason=str(exc)) from exc
            if name.startswith(_ENVIRONMENT_ERRORS):
                raise _unwritable(part.parent, exc) from exc
            raise
        finally:
            src.close()
    finally:
        dst.close()


def _write_backup(db_path: Path, folder: Path, *, now: datetime, kind: str, verify: bool) -> BackupInfo:
    checked_kind = _check_kind(kind)
    created = _aware_utc(now).replace(microsecond=0)
    if not db_path.is_file():
        raise DomainError("backup.source_missing", path=str(db_path))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _unwritable(folder, exc) from exc
    final, part = _reserve(folder, db_path.stem, created, checked_kind)
    try:
        _copy_database(db_path, part)
        problems = integrity_check(part)
        if problems:
            if verify:
                raise DomainError("backup.corrupt_copy", path=str(db_path), problems=problems[:20])
            log.warning("keeping %s backup of damaged %s: %s", kind, db_path, "; ".join(problems[:5]))
        try:
            _fsync_file(part)
            os.replace(part, final)
        except OSError as exc:
            raise _unwritable(folder, exc) from exc
        _fsync_dir(folder)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    info = BackupInfo(path=final, created_at=created, kind=checked_kind, size_bytes=final.stat().st_size)
    log.info("backup %s written (%s, %d bytes)", final, kind, info.size_bytes)
    return info


def _copy_to_second(info: BackupInfo, second_folder: Path) -> BackupInfo:
    target = second_folder / info.path.name
    part = second_folder / (info.path.name + PART_SUFFIX)
    try:
        if second_folder.exists() and second_folder.resolve() == info.path.parent.resolve():
            return replace(info, second_folder_error="the second folder is the backup folder itself")
        second_folder.mkdir(parents=True, exist_ok=True)
        try:
            with open(info.path, "rb") as src, open(part, "wb") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
                dst.flush()
                os.fsync(dst.fileno())
            if part.stat().st_size != info.size_bytes:
                raise OSError(f"copy is {part.stat().st_size} bytes, expected {info.size_bytes}")
            os.replace(part, target)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        _fsync_dir(second_folder)
    except OSError as exc:
        log.warning("second copy of %s to %s failed: %s", info.path.name, second_folder, exc)
        return replace(info, second_folder_error=str(exc) or type(exc).__name__)
    log.info("second copy %s written", target)
    return replace(info, second_copy=target)


def backup_now(
    db_path: Path,
    folder: Path,
    *,
    now: datetime,
    kind: BackupKind = "daily",
    second_folder: Path | None = None,
    keep_daily: int = 14,
    keep_monthly: int = 12,
    tz: tzinfo = UTC,
) -> BackupInfo:
    """Write a verified backup of ``db_path`` to ``folder`` (and a copy to ``second_folder``), then rotate.

    Raises ``DomainError``: ``backup.source_missing`` / ``backup.source_unreadable`` (path),
    ``backup.folder_unwritable`` (path, reason: not writable, disk full …), ``backup.busy`` and
    ``backup.corrupt_copy`` (path, problems: the database itself is damaged). A failing second folder
    (USB stick unplugged, share offline) never fails the backup: see ``BackupInfo.second_folder_error``.
    ``tz`` is the site's time zone; rotation counts local days and months.
    """
    info = _write_backup(db_path, folder, now=now, kind=kind, verify=True)
    if second_folder is not None:
        info = _copy_to_second(info, second_folder)
    # The backup is done and safe; a rotation problem is logged, never reported as a failed backup.
    for rotated in (folder, info.second_copy.parent if info.second_copy else None):
        if rotated is None:
            continue
        try:
            rotate(rotated, db_path.stem, now, keep_daily, keep_monthly, tz=tz)
        except (OSError, DomainError) as exc:
            log.warning("rotation in %s failed: %s", rotated, exc)
    return info


# ---------------------------------------------------------------------------------------------- restoring


class _TargetDamaged(Exception):
    pass


def _move_aside(db_path: Path, stamp: datetime) -> None:
    """Rename an unreadable database file (and its companions) out of the way; nothing is deleted."""
    suffix = f".unreadable-{stamp.strftime(_TIME_FORMAT)}"
    for extra in ("", "-wal", "-shm", "-journal"):
        path = db_path.with_name(db_path.name + extra)
        if path.exists():
            aside = path.with_name(db_path.name + suffix + extra)
            try:
                os.replace(path, aside)
            except OSError as exc:
                raise _unwritable(db_path.parent, exc) from exc
            log.warning("unreadable database file %s moved aside to %s", path, aside)


def _copy_into(backup: Path, db_path: Path) -> list[str]:
    """Overwrite the database at ``db_path`` with ``backup`` through the backup API, then set WAL again.

    Returns the problems an integrity check of the result finds (checked on the same connection, so no
    read-only connection leaves ``-wal``/``-shm`` files behind).
    """
    try:
        dst = sqlite3.connect(db_path, isolation_level=None, timeout=RESTORE_LOCK_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise _unwritable(db_path.parent, exc) from exc
    try:
        try:
            # Leaving WAL needs the database to itself: it checkpoints the target's -wal (committed frames
            # become part of the file we are about to overwrite) and removes it. It fails while anyone else
            # (an engine that was not closed, another program) has the file open.
            mode = dst.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise DomainError("backup.database_in_use", path=str(db_path))
            dst.execute("PRAGMA synchronous = FULL")
            src = _open_ro(backup)
            try:
                src.backup(dst)
            finally:
                src.close()
            problems = _problems(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error as exc:
            name = _errorname(exc)
            if name.startswith(_BUSY_ERRORS):
                raise DomainError("backup.database_in_use", path=str(db_path)) from exc
            if name.startswith(_DAMAGED_ERRORS):
                raise _TargetDamaged(str(exc)) from exc
            if name.startswith(_ENVIRONMENT_ERRORS):
                raise _unwritable(db_path.parent, exc) from exc
            raise
    finally:
        dst.close()
    return problems


def restore(backup: Path, db_path: Path, *, now: datetime, folder: Path) -> BackupInfo | None:
    """Replace the database at ``db_path`` with the contents of ``backup``; returns the pre-restore backup.

    The caller must have closed every connection to ``db_path`` first (``Database.close()``), else
    ``backup.database_in_use``. Order: the backup is checked (``backup.restore_corrupt`` with ``problems``,
    ``backup.restore_empty``; the database is left untouched), the current database is saved to ``folder``
    as a "pre-restore" backup (kept even if it is damaged), then the backup is written into the database
    through SQLite's backup API. A current file that SQLite cannot read at all is renamed
    ``<name>.unreadable-<time>`` instead, and the result is ``None`` (as it is when there was no database).
    Document numbers after a restore are guarded by the watermark in ``services/numbering.py``.
    """
    stamp = _aware_utc(now)
    if backup.exists() and db_path.exists() and backup.resolve() == db_path.resolve():
        raise DomainError("backup.restore_same_file", path=str(backup))
    problems = integrity_check(backup)
    if problems:
        raise DomainError("backup.restore_corrupt", path=str(backup), problems=problems)
    if _table_count(backup) == 0:
        raise DomainError("backup.restore_empty", path=str(backup))

    pre: BackupInfo | None = None
    if db_path.exists():
        if _readable(db_path):
            pre = _write_backup(db_path, folder, now=stamp, kind="pre-restore", verify=False)
        else:
            _move_aside(db_path, stamp)
    try:
        after = _copy_into(backup, db_path)
    except _TargetDamaged as exc:
        log.warning("database %s is damaged (%s); moving it aside before restoring", db_path, exc)
        _move_aside(db_path, stamp)
        try:
            after = _copy_into(backup, db_path)
        except _TargetDamaged as again:
            raise DomainError("backup.restore_failed", path=str(db_path), reason=str(again)) from again
    if after:
        raise DomainError("backup.restore_failed", path=str(db_path), problems=after)
    log.info(
        "database %s restored from %s; pre-restore backup %s", db_path, backup, pre.path if pre else "none"
    )
    return pre


# ---------------------------------------------------------------------------------------------- service calls


def run_backup(
    ctx: ServiceContext,
    folder: Path | None = None,
    second_folder: Path | None = None,
    kind: BackupKind = "manual",
    *,
    keep_daily: int | None = None,
    keep_monthly: int | None = None,
) -> OpResult[BackupInfo]:
    """A backup taken by the signed-in user (``Permission.BACKUP``), recorded in the audit trail.

    ``folder`` defaults to ``default_backup_folder``; the rotation counts default to the site settings
    ``backup.keep_daily`` / ``backup.keep_monthly``. The caller passes the ``backup.second_folder`` setting.
    """
    ctx.require(Permission.BACKUP)
    db_path = ctx.db.path
    info = backup_now(
        db_path,
        folder or default_backup_folder(db_path),
        now=ctx.now(),
        kind=kind,
        second_folder=second_folder,
        keep_daily=keep_daily if keep_daily is not None else int(site_settings.get(ctx, "backup.keep_daily")),
        keep_monthly=(
            keep_monthly if keep_monthly is not None else int(site_settings.get(ctx, "backup.keep_monthly"))
        ),
        tz=ctx.timezone,
    )
    after: dict[str, Any] = {
        "file": info.path.name,
        "folder": str(info.path.parent),
        "kind": info.kind,
        "size_bytes": info.size_bytes,
        "second_copy": str(info.second_copy) if info.second_copy else None,
        "second_folder_error": info.second_folder_error,
    }
    with ctx.db.write() as s:
        audit.record(s, ctx, "backup", uuid7(), "create", None, after, summary=info.path.name)
    return OpResult(info, frozenset({"backup"}))


def restore_backup(ctx: ServiceContext, backup: Path, folder: Path | None = None) -> BackupInfo | None:
    """Restore ``backup`` over this desk's database (``Permission.RESTORE``).

    Closes ``ctx.db`` (the caller must already have stopped every session and worker using it) and does not
    reopen it: the UI opens a fresh ``Database`` and runs the start-up path. The event cannot go into the
    audit trail (the engine is closed and the restored file does not contain it), so it is logged.
    """
    actor = ctx.require(Permission.RESTORE)
    db_path = ctx.db.path
    ctx.db.close()
    pre = restore(backup, db_path, now=ctx.now(), folder=folder or default_backup_folder(db_path))
    log.info(
        "restore of %s from %s by %s (%s) on desk %s; pre-restore backup %s",
        db_path,
        backup,
        actor.username,
        actor.user_id,
        ctx.desk_id,
        pre.path if pre else "none",
    )
    return pre
