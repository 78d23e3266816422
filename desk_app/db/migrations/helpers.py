"""SQL that Alembic's autogenerate does not know about: append-only triggers and the FTS5 search index."""

from __future__ import annotations

from alembic import op


def append_only(table: str) -> None:
    """Make ``table`` refuse UPDATE and DELETE at the database level."""
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )


PERSON_FTS_COLUMNS = "person_id UNINDEXED, name, pinyin, phones"


def create_person_fts() -> None:
    """FTS5 over people: name, pinyin (full + initials) and phone tokens (full + last four digits).

    The FTS rowid is the person row's rowid; triggers keep it in step with every write, including writes
    that do not come through the services (sync, imports). Archived people leave the index.
    """
    op.execute(
        f"CREATE VIRTUAL TABLE person_fts USING fts5({PERSON_FTS_COLUMNS}, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')"
    )
    values = "new.rowid, new.id, new.name, new.pinyin_full || ' ' || new.pinyin_initials, new.search_phones"
    op.execute(
        "CREATE TRIGGER person_fts_ai AFTER INSERT ON person WHEN new.archived = 0 BEGIN "
        f"INSERT INTO person_fts(rowid, person_id, name, pinyin, phones) VALUES ({values}); END"
    )
    op.execute(
        "CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
        "DELETE FROM person_fts WHERE rowid = old.rowid; END"
    )
    op.execute(
        "CREATE TRIGGER person_fts_au AFTER UPDATE ON person BEGIN "
        "DELETE FROM person_fts WHERE rowid = old.rowid; "
        f"INSERT INTO person_fts(rowid, person_id, name, pinyin, phones) SELECT {values} "
        "WHERE new.archived = 0; END"
    )


def never_deleted(table: str) -> None:
    """Numbered documents (receipts, permits, passes …) are voided, never deleted: the database refuses."""
    op.execute(
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} rows are never deleted'); END"
    )


def frozen_columns(table: str, columns: tuple[str, ...]) -> None:
    """Once written, these columns never change (money: amounts, payer, method); other columns may."""
    changed = " OR ".join(f"new.{c} IS NOT old.{c}" for c in columns)
    op.execute(
        f"CREATE TRIGGER {table}_frozen BEFORE UPDATE ON {table} WHEN {changed} "
        f"BEGIN SELECT RAISE(ABORT, '{table} amounts are never changed'); END"
    )
