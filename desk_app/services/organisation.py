"""Departments and their staff (people who receive work but do not sign in)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desk_app.db.models import Department, Staff
from desk_app.domain.enums import DepartmentKind
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.domain.validation import validate_phone
from desk_app.services import audit
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row, set_archived, touch


@dataclass(frozen=True)
class DepartmentDTO:
    id: str
    name: str
    kind: DepartmentKind
    phone: str
    sort_order: int
    archived: bool
    staff_count: int


@dataclass(frozen=True)
class StaffDTO:
    id: str
    department_id: str
    department_name: str
    name: str
    phone: str
    position: str
    notes: str
    archived: bool


@dataclass(frozen=True)
class DepartmentInput:
    name: str
    kind: DepartmentKind = DepartmentKind.OTHER
    phone: str = ""


@dataclass(frozen=True)
class StaffInput:
    department_id: str
    name: str
    phone: str = ""
    position: str = ""
    notes: str = ""


def list_departments(ctx: ServiceContext, include_archived: bool = False) -> list[DepartmentDTO]:
    ctx.require()
    with ctx.db.read() as s:
        counts: dict[str, int] = dict(
            s.execute(
                select(Staff.department_id, func.count())
                .where(Staff.archived.is_(False))
                .group_by(Staff.department_id)
            ).all()
        )
        q = select(Department).order_by(Department.sort_order, Department.name)
        if not include_archived:
            q = q.where(Department.archived.is_(False))
        return [
            DepartmentDTO(
                d.id, d.name, DepartmentKind(d.kind), d.phone, d.sort_order, d.archived, counts.get(d.id, 0)
            )
            for d in s.scalars(q)
        ]


def _phone(value: str) -> str:
    return validate_phone(value) if value.strip() else ""


def save_department(
    ctx: ServiceContext, data: DepartmentInput, department_id: str | None = None
) -> OpResult[str]:
    ctx.require(Permission.MANAGE_SETTINGS)
    f = FieldCollector()
    name = f.check("name", lambda: required(data.name, 60))
    phone = f.check("phone", lambda: _phone(data.phone))
    f.raise_if_any()
    with ctx.db.write() as s:
        clash = select(Department.id).where(Department.name == name, Department.archived.is_(False))
        if department_id:
            clash = clash.where(Department.id != department_id)
        if s.scalar(clash):
            raise DomainError("validation", fields={"name": "department.name_taken"})
        if department_id is None:
            order = (s.scalar(select(func.max(Department.sort_order))) or 0) + 1
            d = new_row(
                ctx,
                Department(name=name, kind=DepartmentKind(data.kind).value, phone=phone, sort_order=order),
            )
            s.add(d)
            s.flush()
            audit.record(s, ctx, "department", d.id, "create", None, audit.snapshot(d), summary=d.name)
        else:
            found = s.get(Department, department_id)
            if found is None:
                raise DomainError("record.not_found", kind="department")
            d = found
            before = audit.snapshot(d)
            d.name, d.kind, d.phone = name or "", DepartmentKind(data.kind).value, phone or ""
            touch(ctx, d)
            audit.record(s, ctx, "department", d.id, "update", before, audit.snapshot(d), summary=d.name)
        return OpResult(d.id, frozenset({"department"}))


def set_department_archived(ctx: ServiceContext, department_id: str, archived: bool) -> OpResult[str]:
    ctx.require(Permission.MANAGE_SETTINGS)
    with ctx.db.write() as s:
        d = set_archived(s, ctx, Department, department_id, archived, "department", lambda r: r.name)
        return OpResult(d.id, frozenset({"department"}))


def list_staff(
    ctx: ServiceContext, department_id: str | None = None, include_archived: bool = False
) -> list[StaffDTO]:
    ctx.require()
    with ctx.db.read() as s:
        q = select(Staff, Department.name).join(Department, Department.id == Staff.department_id)
        if department_id:
            q = q.where(Staff.department_id == department_id)
        if not include_archived:
            q = q.where(Staff.archived.is_(False))
        q = q.order_by(Department.sort_order, Staff.name)
        return [
            StaffDTO(st.id, st.department_id, dname, st.name, st.phone, st.position, st.notes, st.archived)
            for st, dname in s.execute(q)
        ]


def save_staff(ctx: ServiceContext, data: StaffInput, staff_id: str | None = None) -> OpResult[str]:
    ctx.require(Permission.MANAGE_SETTINGS)
    f = FieldCollector()
    name = f.check("name", lambda: required(data.name, 60))
    phone = f.check("phone", lambda: _phone(data.phone))
    position = f.check("position", lambda: optional_text(data.position, 60))
    notes = f.check("notes", lambda: optional_text(data.notes, 2000))
    f.raise_if_any()
    with ctx.db.write() as s:
        if s.get(Department, data.department_id) is None:
            raise DomainError("validation", fields={"department_id": "field.required"})
        if staff_id is None:
            st = new_row(
                ctx,
                Staff(
                    department_id=data.department_id, name=name, phone=phone, position=position, notes=notes
                ),
            )
            s.add(st)
            s.flush()
            audit.record(s, ctx, "staff", st.id, "create", None, audit.snapshot(st), summary=st.name)
        else:
            found = s.get(Staff, staff_id)
            if found is None:
                raise DomainError("record.not_found", kind="staff")
            st = found
            before = audit.snapshot(st)
            st.department_id, st.name, st.phone = data.department_id, name or "", phone or ""
            st.position, st.notes = position or "", notes or ""
            touch(ctx, st)
            audit.record(s, ctx, "staff", st.id, "update", before, audit.snapshot(st), summary=st.name)
        return OpResult(st.id, frozenset({"staff"}))


def set_staff_archived(ctx: ServiceContext, staff_id: str, archived: bool) -> OpResult[str]:
    ctx.require(Permission.MANAGE_SETTINGS)
    with ctx.db.write() as s:
        st = set_archived(s, ctx, Staff, staff_id, archived, "staff", lambda r: r.name)
        return OpResult(st.id, frozenset({"staff"}))
