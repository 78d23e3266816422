"""Closed vocabularies of the archive. Values are stored in the database; labels live in the UI (translated)."""

from __future__ import annotations

from enum import StrEnum


class UnitType(StrEnum):
    RESIDENCE = "residence"  # 住宅
    SHOP = "shop"  # 商铺
    OFFICE = "office"  # 办公
    PARKING = "parking"  # 车位
    STORAGE = "storage"  # 储藏室
    OTHER = "other"


class UnitStatus(StrEnum):
    UNSOLD = "unsold"  # 未售
    VACANT = "vacant"  # 空置 (handed over, nobody lives there)
    OCCUPIED = "occupied"  # 已入住
    RENOVATING = "renovating"  # 装修中
    RENTED = "rented"  # 出租


class Relation(StrEnum):
    OWNER = "owner"  # 业主
    TENANT = "tenant"  # 租户
    FAMILY = "family"  # 家庭成员 (detail: 配偶, 子女, 父母 …)
    AUTHORISED = "authorised"  # 授权人 (may act for the owner: release slips, renovation …)


class DepartmentKind(StrEnum):
    CUSTOMER_SERVICE = "customer_service"
    ENGINEERING = "engineering"
    CLEANING = "cleaning"
    GREENING = "greening"
    SECURITY = "security"
    FINANCE = "finance"
    OTHER = "other"


DEFAULT_DEPARTMENTS: tuple[tuple[str, DepartmentKind], ...] = (
    ("客服中心", DepartmentKind.CUSTOMER_SERVICE),
    ("工程部", DepartmentKind.ENGINEERING),
    ("环境部-保洁", DepartmentKind.CLEANING),
    ("环境部-绿化", DepartmentKind.GREENING),
    ("秩序维护部", DepartmentKind.SECURITY),
    ("财务", DepartmentKind.FINANCE),
)

FAMILY_DETAILS = ("配偶", "子女", "父母", "兄弟姐妹", "祖父母", "孙子女", "保姆", "其他")
