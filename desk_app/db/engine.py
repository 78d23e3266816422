"""The SQLite file: engine, pragmas and the two kinds of transaction.

Every connection gets WAL (readers never block the writer), foreign keys, ``synchronous=FULL`` (a printed
receipt must survive a power cut) and a busy timeout. Writes start with ``BEGIN IMMEDIATE`` so two desks or
two threads never deadlock upgrading a read lock; reads use a plain deferred ``BEGIN``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 8000


def _pragmas(synchronous: str) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        _on_connect(dbapi_connection, synchronous)

    return on_connect


def _on_connect(dbapi_connection: sqlite3.Connection, synchronous: str) -> None:
    # Take transaction control away from the sqlite3 module so our BEGIN statements are the only ones.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA synchronous = {synchronous}")
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA cache_size = -32000")  # 32 MB page cache: the archive's hot pages stay in memory
    cur.close()


def _on_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path | str, synchronous: str = "FULL") -> Engine:
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{Path(path)}"
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _pragmas(synchronous))
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One SQLite database file. Services open one short session per call through ``read``/``write``."""

    def __init__(self, path: Path | str, durable: bool = True) -> None:
        """``durable=False`` (synchronous=OFF) is only for generating throw-away data (demo, benchmarks):
        a power cut could lose the last commits, which a desk must never risk with real records."""
        self.path = Path(path)
        self.engine = make_engine(self.path, "FULL" if durable else "OFF")
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work. Closing the session ends its transaction without committing (anything
        written by mistake is discarded) and, unlike ``rollback()``, leaves loaded rows readable."""
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: ``BEGIN IMMEDIATE`` … commit, or rollback on any exception."""
        with self._writer.begin() as session:
            yield session

    def optimize(self) -> None:
        """``PRAGMA optimize``: refresh the query planner's statistics where they are stale (cheap; SQLite
        recommends it on long-lived connections). Run in the background after start-up."""
        raw = self.engine.raw_connection()  # outside a transaction, as the pragma needs
        try:
            raw.execute("PRAGMA optimize=0x10002")
        finally:
            raw.close()

    def close(self) -> None:
        self.engine.dispose()
