"""Global search (Ctrl+F): units by code in any form, people by name, pinyin or phone, while the clerk types.

Unit codes are parsed and looked up on an index (no full-text needed); everything else goes to the FTS5
table ``person_fts`` with a prefix query on the column the text looks like. Both are answered in a few
milliseconds on 100,000 people (see bench/).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.db.models import Person, Unit, UnitPerson
from desk_app.domain.enums import Relation
from desk_app.domain.roles import Permission
from desk_app.domain.text import classify_query, fts_prefix_query
from desk_app.domain.unitcode import UnitQuery, parse_unit_query
from desk_app.services.archive.units import owner_names
from desk_app.services.context import ServiceContext

COLUMN_FOR_KIND = {"phone": "phones", "pinyin": "pinyin", "name": "name"}


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "unit" | "person"
    id: str
    title: str  # "3-2-1102" / "张三"
    detail: str  # owners of the unit / phone of the person
    units: tuple[tuple[str, Relation], ...] = ()  # a person's units and how they relate to each


def search(ctx: ServiceContext, query: str, limit: int = 30) -> list[SearchHit]:
    ctx.require(Permission.VIEW_ARCHIVE)
    kind = classify_query(query)
    if kind == "empty":
        return []
    with ctx.db.read() as s:
        hits: list[SearchHit] = []
        unit_query = parse_unit_query(query) if kind == "unit" else None
        if unit_query is not None:
            hits.extend(_units(s, ctx, unit_query, limit))
        if len(hits) < limit and kind != "unit":
            hits.extend(_people(s, query, kind, limit - len(hits)))
        return hits


def _units(s: Session, ctx: ServiceContext, q: UnitQuery, limit: int) -> list[SearchHit]:
    stmt = select(Unit.id, Unit.code).where(
        Unit.site_id == ctx.site_id, Unit.archived.is_(False), Unit.building_code == q.building
    )
    if q.entrance is not None:
        stmt = stmt.where(Unit.entrance_code == q.entrance)
    if q.room is not None:
        if q.room_is_prefix:
            # Range instead of LIKE: uses the index and needs no escaping of the typed text.
            stmt = stmt.where(Unit.room >= q.room, Unit.room < q.room + "\uffff")
        else:
            stmt = stmt.where(Unit.room == q.room)
    rows = s.execute(stmt.order_by(Unit.entrance_code, Unit.room).limit(limit)).all()
    owners = owner_names(s, [r[0] for r in rows])
    return [SearchHit("unit", uid, code, owners.get(uid, "")) for uid, code in rows]


def _people(s: Session, query: str, kind: str, limit: int) -> list[SearchHit]:
    match = fts_prefix_query(query)
    if match is None:
        return []
    column = COLUMN_FOR_KIND.get(kind)

    def matching(fts_query: str, n: int) -> list[str]:
        expr = f"{column} : ({fts_query})" if column else fts_query
        # No ORDER BY rank: ranking a one-letter prefix would score every match (100,000 phones start with
        # "1"); without it FTS5 stops after the first n rows.
        sql = text("SELECT person_id FROM person_fts WHERE person_fts MATCH :m LIMIT :n")
        return [row[0] for row in s.execute(sql, {"m": expr, "n": n})]

    # Whole-token matches first ("zs" → 张三 before 张珊珊 "zss"), then prefix matches to fill the list.
    ids = matching(match.replace('"*', '"'), limit)
    seen = set(ids)
    ids += [pid for pid in matching(match, limit + len(ids)) if pid not in seen][: limit - len(ids)]
    if not ids:
        return []
    people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(ids)))}
    units: dict[str, list[tuple[str, Relation]]] = {}
    rel_rows = s.execute(
        select(UnitPerson.person_id, Unit.code, UnitPerson.relation)
        .join(Unit, Unit.id == UnitPerson.unit_id)
        .where(UnitPerson.person_id.in_(ids), UnitPerson.archived.is_(False))
    )
    for pid, code, relation in rel_rows:
        units.setdefault(pid, []).append((code, Relation(relation)))
    hits = []
    for pid in ids:
        p = people.get(pid)
        if p is None:
            continue
        phone = p.mobile or p.mobile2 or p.landline
        hits.append(SearchHit("person", pid, p.name, phone, tuple(sorted(units.get(pid, [])))))
    return hits
