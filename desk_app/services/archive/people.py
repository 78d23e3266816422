"""People (业主, 租户, 家庭成员, 授权人 …), their ID numbers, and their relations to units."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Person, Unit, UnitPerson
from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.domain.text import phone_search_tokens, pinyin_variants
from desk_app.domain.validation import (
    is_mainland_mobile,
    mask_id_number,
    normalize_mobile,
    validate_id_number,
    validate_phone,
)
from desk_app.services import audit
from desk_app.services.archive.dto import PersonCard, RelationDTO
from desk_app.services.archive.units import relations_of
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row, set_archived, touch

CHANGES = frozenset({"person"})


@dataclass(frozen=True)
class PersonInput:
    name: str
    gender: str | None = None  # "M" / "F" / None
    mobile: str = ""
    mobile2: str = ""
    landline: str = ""
    id_number: str = ""
    company: str = ""
    notes: str = ""


def mobile(value: str) -> str:
    """A mainland mobile number, normalised; blank allowed."""
    if not value.strip():
        return ""
    number = normalize_mobile(value)
    if not is_mainland_mobile(number):
        raise DomainError("phone.mobile_invalid", value=value)
    return number


def landline(value: str) -> str:
    return validate_phone(value) if value.strip() else ""


def validate_person(data: PersonInput, today: date) -> dict[str, object]:
    """All fields checked at once; the values to store, or DomainError('validation', fields=…)."""
    f = FieldCollector()
    name = f.check("name", lambda: required(data.name, 60))
    mob = f.check("mobile", lambda: mobile(data.mobile))
    mob2 = f.check("mobile2", lambda: mobile(data.mobile2))
    land = f.check("landline", lambda: landline(data.landline))
    idn = f.check(
        "id_number", lambda: validate_id_number(data.id_number, today=today) if data.id_number.strip() else ""
    )
    company = f.check("company", lambda: optional_text(data.company, 100))
    notes = f.check("notes", lambda: optional_text(data.notes, 2000))
    if data.gender not in (None, "", "M", "F"):
        f.fail("gender", "field.invalid")
    f.raise_if_any()
    assert name is not None
    phones = [p for p in (mob, mob2, land) if p]
    # Every reading of a surname is indexed (曾 → zeng and ceng), so clerks find people however they say it.
    spellings, initials = pinyin_variants(name)
    return dict(
        name=name,
        gender=data.gender or None,
        mobile=mob or "",
        mobile2=mob2 or "",
        landline=land or "",
        id_number=idn or "",
        company=company or "",
        notes=notes or "",
        pinyin_full=spellings,
        pinyin_initials=initials,
        search_phones=phone_search_tokens(phones),
    )


def _card(s: Session, p: Person) -> PersonCard:
    return PersonCard(
        id=p.id,
        name=p.name,
        gender=p.gender,
        mobile=p.mobile,
        mobile2=p.mobile2,
        landline=p.landline,
        id_number_masked=mask_id_number(p.id_number),
        has_id_number=bool(p.id_number),
        company=p.company,
        notes=p.notes,
        archived=p.archived,
        relations=relations_of(s, person_id=p.id),
    )


def create_person(ctx: ServiceContext, data: PersonInput) -> OpResult[PersonCard]:
    ctx.require(Permission.EDIT_ARCHIVE)
    values = validate_person(data, ctx.local_now().date())
    with ctx.db.write() as s:
        p = new_row(ctx, Person(**values))
        s.add(p)
        s.flush()
        audit.record(s, ctx, "person", p.id, "create", None, audit.snapshot(p), summary=p.name)
        return OpResult(_card(s, p), CHANGES)


def update_person(ctx: ServiceContext, person_id: str, data: PersonInput) -> OpResult[PersonCard]:
    ctx.require(Permission.EDIT_ARCHIVE)
    with ctx.db.write() as s:
        p = s.get(Person, person_id)
        if p is None:
            raise DomainError("record.not_found", kind="person")
        form = data
        # The form shows the ID masked; sending the mask back unchanged means "keep the stored number".
        if data.id_number and data.id_number == mask_id_number(p.id_number):
            form = PersonInput(**{**data.__dict__, "id_number": p.id_number})
        values = validate_person(form, ctx.local_now().date())
        before = audit.snapshot(p)
        for key, value in values.items():
            setattr(p, key, value)
        touch(ctx, p)
        audit.record(s, ctx, "person", p.id, "update", before, audit.snapshot(p), summary=p.name)
        return OpResult(_card(s, p), CHANGES)


def set_person_archived(ctx: ServiceContext, person_id: str, archived: bool) -> OpResult[PersonCard]:
    ctx.require(Permission.ARCHIVE_RECORDS)
    with ctx.db.write() as s:
        p = set_archived(s, ctx, Person, person_id, archived, "person", lambda r: r.name)
        return OpResult(_card(s, p), CHANGES | {"unit"})


def person_card(ctx: ServiceContext, person_id: str) -> PersonCard:
    ctx.require(Permission.VIEW_ARCHIVE)
    with ctx.db.read() as s:
        p = s.get(Person, person_id)
        if p is None:
            raise DomainError("record.not_found", kind="person")
        return _card(s, p)


def reveal_id_number(ctx: ServiceContext, person_id: str) -> str:
    """The full ID number, for users allowed to see it; every reveal is written to the audit trail."""
    ctx.require(Permission.REVEAL_ID_NUMBER)
    with ctx.db.write() as s:
        p = s.get(Person, person_id)
        if p is None:
            raise DomainError("record.not_found", kind="person")
        audit.record(s, ctx, "person", p.id, "reveal", summary=p.name)
        return p.id_number


@dataclass(frozen=True)
class RelationInput:
    unit_id: str
    person_id: str
    relation: Relation
    relation_detail: str = ""
    is_primary: bool = False
    since: date | None = None


def link(ctx: ServiceContext, data: RelationInput) -> OpResult[RelationDTO]:
    """Relate a person to a unit (owner, tenant, family member, authorised person)."""
    ctx.require(Permission.EDIT_ARCHIVE)
    relation = Relation(data.relation)
    detail = data.relation_detail.strip()
    if len(detail) > 30:
        raise DomainError("validation", fields={"relation_detail": "field.too_long"})
    with ctx.db.write() as s:
        unit, person = s.get(Unit, data.unit_id), s.get(Person, data.person_id)
        if unit is None or person is None:
            raise DomainError("record.not_found", kind="unit" if unit is None else "person")
        existing = s.scalar(
            select(UnitPerson).where(
                UnitPerson.unit_id == unit.id,
                UnitPerson.person_id == person.id,
                UnitPerson.relation == relation.value,
                UnitPerson.archived.is_(False),
            )
        )
        if existing:
            raise DomainError("relation.exists", unit=unit.code, person=person.name)
        if data.is_primary:
            _clear_primary(s, unit.id)
        up = new_row(
            ctx,
            UnitPerson(
                unit_id=unit.id,
                person_id=person.id,
                relation=relation.value,
                relation_detail=detail,
                is_primary=data.is_primary,
                since=data.since,
            ),
        )
        s.add(up)
        s.flush()
        summary = f"{unit.code} {person.name}"
        audit.record(
            s,
            ctx,
            "unit",
            unit.id,
            "link",
            None,
            {"person": person.name, "relation": relation.value, "relation_detail": detail},
            summary=summary,
        )
        audit.record(
            s,
            ctx,
            "person",
            person.id,
            "link",
            None,
            {"unit": unit.code, "relation": relation.value, "relation_detail": detail},
            summary=summary,
        )
        dto = next(r for r in relations_of(s, unit_id=unit.id) if r.id == up.id)
        return OpResult(dto, frozenset({"unit", "person"}))


def _clear_primary(s: Session, unit_id: str) -> None:
    for other in s.scalars(
        select(UnitPerson).where(UnitPerson.unit_id == unit_id, UnitPerson.is_primary.is_(True))
    ):
        other.is_primary = False


def unlink(ctx: ServiceContext, relation_id: str) -> OpResult[str]:
    """End a relation (it is archived, never deleted, so the unit's history keeps who lived there)."""
    ctx.require(Permission.EDIT_ARCHIVE)
    with ctx.db.write() as s:
        up = s.get(UnitPerson, relation_id)
        if up is None:
            raise DomainError("record.not_found", kind="relation")
        unit, person = s.get(Unit, up.unit_id), s.get(Person, up.person_id)
        assert unit is not None and person is not None
        up.archived = True
        up.until = up.until or ctx.local_now().date()
        touch(ctx, up)
        summary = f"{unit.code} {person.name}"
        before = {"relation": up.relation, "relation_detail": up.relation_detail}
        audit.record(
            s, ctx, "unit", unit.id, "unlink", {"person": person.name, **before}, None, summary=summary
        )
        audit.record(
            s, ctx, "person", person.id, "unlink", {"unit": unit.code, **before}, None, summary=summary
        )
        return OpResult(up.id, frozenset({"unit", "person"}))
