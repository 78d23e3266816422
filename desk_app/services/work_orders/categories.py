"""The editable category tree (户内 / 公共区域 → 给排水, 电气 …) and the reusable phrases (常用语).

A category proposes the department and the urgency of a new work order, and may override the deadlines
of its urgency. New installations (and databases upgraded from before work orders) get a default tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import Department, Phrase, WorkOrderCategory
from desk_app.domain.enums import DepartmentKind
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import Urgency
from desk_app.services import audit
from desk_app.services.archive.validation import FieldCollector, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row, set_archived, touch

CHANGES = frozenset({"work_order_category"})

# (name, department kind, urgency) — the usual split of a Chinese 物业 desk.
_TRADES: tuple[tuple[str, DepartmentKind, Urgency], ...] = (
    ("给排水", DepartmentKind.ENGINEERING, Urgency.IMPORTANT),
    ("电气", DepartmentKind.ENGINEERING, Urgency.IMPORTANT),
    ("土建", DepartmentKind.ENGINEERING, Urgency.NORMAL),
    ("门窗", DepartmentKind.ENGINEERING, Urgency.NORMAL),
)
DEFAULT_TREE: tuple[tuple[str, tuple[tuple[str, DepartmentKind, Urgency], ...]], ...] = (
    (
        "户内",
        (
            *_TRADES,
            ("燃气", DepartmentKind.ENGINEERING, Urgency.URGENT),
            ("其他", DepartmentKind.CUSTOMER_SERVICE, Urgency.NORMAL),
        ),
    ),
    (
        "公共区域",
        (
            *_TRADES,
            ("电梯", DepartmentKind.ENGINEERING, Urgency.URGENT),
            ("消防", DepartmentKind.ENGINEERING, Urgency.URGENT),
            ("保洁", DepartmentKind.CLEANING, Urgency.NORMAL),
            ("绿化", DepartmentKind.GREENING, Urgency.NORMAL),
            ("秩序", DepartmentKind.SECURITY, Urgency.IMPORTANT),
            ("其他", DepartmentKind.CUSTOMER_SERVICE, Urgency.NORMAL),
        ),
    ),
)
DEFAULT_PHRASES = (
    "水管漏水，请尽快上门查看。",
    "下水道堵塞，需要疏通。",
    "家中跳闸停电，请电工上门检查。",
    "灯具损坏，需要更换。",
    "门锁损坏，无法正常开关。",
    "窗户关不严，漏风漏雨。",
    "墙面渗水、发霉。",
    "电梯运行异响，请检查。",
    "楼道卫生需要清扫。",
    "业主预约时间上门，请提前电话联系。",
)


@dataclass(frozen=True)
class CategoryDTO:
    id: str
    parent_id: str | None
    name: str
    path: str  # "公共区域 / 电梯"
    default_department_id: str | None
    default_urgency: Urgency
    respond_minutes: int | None
    complete_minutes: int | None
    archived: bool


@dataclass(frozen=True)
class PhraseDTO:
    id: str
    text: str
    category_id: str | None


def ensure_defaults(ctx: ServiceContext) -> bool:
    """Create the default tree and phrases when there are none (idempotent); True when it created them."""
    with ctx.db.write() as s:
        if s.scalar(select(func.count()).select_from(WorkOrderCategory)):
            return False
        departments = {
            DepartmentKind(d.kind): d.id
            for d in s.scalars(
                select(Department).where(Department.archived.is_(False)).order_by(Department.sort_order)
            )
        }
        for root_order, (root_name, children) in enumerate(DEFAULT_TREE):
            root = new_row(
                ctx,
                WorkOrderCategory(
                    name=root_name, default_urgency=Urgency.NORMAL.value, sort_order=root_order
                ),
            )
            s.add(root)
            s.flush()
            for order, (name, kind, urgency) in enumerate(children):
                s.add(
                    new_row(
                        ctx,
                        WorkOrderCategory(
                            parent_id=root.id,
                            name=name,
                            default_urgency=urgency.value,
                            sort_order=order,
                            default_department_id=departments.get(kind)
                            or departments.get(DepartmentKind.CUSTOMER_SERVICE),
                        ),
                    )
                )
        for order, text in enumerate(DEFAULT_PHRASES):
            s.add(new_row(ctx, Phrase(scope="work_order", text=text, sort_order=order)))
        return True


def _path(node: WorkOrderCategory, by_id: dict[str, WorkOrderCategory]) -> str:
    names = [node.name]
    parent = by_id.get(node.parent_id or "")
    while parent is not None:
        names.append(parent.name)
        parent = by_id.get(parent.parent_id or "")
    return " / ".join(reversed(names))


def _dto(node: WorkOrderCategory, by_id: dict[str, WorkOrderCategory]) -> CategoryDTO:
    return CategoryDTO(
        node.id,
        node.parent_id,
        node.name,
        _path(node, by_id),
        node.default_department_id,
        Urgency(node.default_urgency),
        node.respond_minutes,
        node.complete_minutes,
        node.archived,
    )


def load_all(s: Session) -> dict[str, WorkOrderCategory]:
    return {c.id: c for c in s.scalars(select(WorkOrderCategory))}


def list_categories(ctx: ServiceContext, include_archived: bool = False) -> list[CategoryDTO]:
    """Every node in tree order (a parent before its children)."""
    ctx.require()
    with ctx.db.read() as s:
        by_id = load_all(s)
    children: dict[str | None, list[WorkOrderCategory]] = {}
    for node in by_id.values():
        if include_archived or not node.archived:
            children.setdefault(node.parent_id, []).append(node)
    out: list[CategoryDTO] = []

    def walk(parent: str | None) -> None:
        for node in sorted(children.get(parent, []), key=lambda n: (n.sort_order, n.name)):
            out.append(_dto(node, by_id))
            walk(node.id)

    walk(None)
    return out


@dataclass(frozen=True)
class CategoryInput:
    name: str
    parent_id: str | None = None
    default_department_id: str | None = None
    default_urgency: Urgency = Urgency.NORMAL
    respond_minutes: int | None = None
    complete_minutes: int | None = None


def save_category(ctx: ServiceContext, data: CategoryInput, category_id: str | None = None) -> OpResult[str]:
    ctx.require(Permission.MANAGE_SETTINGS)
    f = FieldCollector()
    name = f.check("name", lambda: required(data.name, 40))
    for key, value in (
        ("respond_minutes", data.respond_minutes),
        ("complete_minutes", data.complete_minutes),
    ):
        if value is not None and not 1 <= value <= 60 * 24 * 60:
            f.fail(key, "deadline.invalid")
    f.raise_if_any()
    with ctx.db.write() as s:
        if data.parent_id is not None and s.get(WorkOrderCategory, data.parent_id) is None:
            raise DomainError("record.not_found", kind="category")
        if category_id is None:
            # New nodes go after their siblings (the default tree keeps its order).
            last = s.scalar(
                select(func.max(WorkOrderCategory.sort_order)).where(
                    WorkOrderCategory.parent_id.is_(None)
                    if data.parent_id is None
                    else WorkOrderCategory.parent_id == data.parent_id
                )
            )
            node = new_row(ctx, WorkOrderCategory(sort_order=(last if last is not None else -1) + 1))
            s.add(node)
            before = None
        else:
            found = s.get(WorkOrderCategory, category_id)
            if found is None:
                raise DomainError("record.not_found", kind="category")
            node = found
            before = audit.snapshot(node)
            touch(ctx, node)
        node.name = name or ""
        node.parent_id = data.parent_id
        node.default_department_id = data.default_department_id
        node.default_urgency = Urgency(data.default_urgency).value
        node.respond_minutes = data.respond_minutes
        node.complete_minutes = data.complete_minutes
        s.flush()
        audit.record(
            s,
            ctx,
            "work_order_category",
            node.id,
            "update" if before else "create",
            before,
            audit.snapshot(node),
            summary=node.name,
        )
        return OpResult(node.id, CHANGES)


def set_category_archived(ctx: ServiceContext, category_id: str, archived: bool) -> OpResult[str]:
    ctx.require(Permission.MANAGE_SETTINGS)
    with ctx.db.write() as s:
        node = set_archived(
            s, ctx, WorkOrderCategory, category_id, archived, "work_order_category", lambda r: r.name
        )
        return OpResult(node.id, CHANGES)


def list_phrases(ctx: ServiceContext, category_id: str | None = None) -> list[PhraseDTO]:
    """Phrases for a category first, then the general ones."""
    ctx.require()
    with ctx.db.read() as s:
        rows = s.scalars(
            select(Phrase)
            .where(Phrase.archived.is_(False), Phrase.scope == "work_order")
            .order_by(Phrase.sort_order, Phrase.text)
        ).all()
    rows = sorted(rows, key=lambda p: p.category_id != category_id if category_id else False)
    return [PhraseDTO(p.id, p.text, p.category_id) for p in rows if p.category_id in (None, category_id)]


def save_phrase(
    ctx: ServiceContext, text: str, category_id: str | None = None, phrase_id: str | None = None
) -> OpResult[str]:
    ctx.require(Permission.EDIT_ARCHIVE)
    f = FieldCollector()
    value = f.check("text", lambda: required(text, 200))
    f.raise_if_any()
    with ctx.db.write() as s:
        if phrase_id is None:
            order = (s.scalar(select(func.max(Phrase.sort_order))) or 0) + 1
            phrase = new_row(
                ctx, Phrase(scope="work_order", text=value, category_id=category_id, sort_order=order)
            )
            s.add(phrase)
        else:
            found = s.get(Phrase, phrase_id)
            if found is None:
                raise DomainError("record.not_found", kind="phrase")
            phrase = found
            phrase.text = value or ""
            touch(ctx, phrase)
        s.flush()
        return OpResult(phrase.id, frozenset({"phrase"}))


def set_phrase_archived(ctx: ServiceContext, phrase_id: str, archived: bool) -> OpResult[str]:
    ctx.require(Permission.EDIT_ARCHIVE)
    with ctx.db.write() as s:
        phrase = set_archived(s, ctx, Phrase, phrase_id, archived, "phrase", lambda r: r.text)
        return OpResult(phrase.id, frozenset({"phrase"}))
