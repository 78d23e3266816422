"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_app.db.migrations.helpers import append_only, create_person_fts


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("user_name", sa.String(length=60), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=True),
        sa.Column("entity_type", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.String(length=200), nullable=False),
        sa.Column("changes_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_entity", ["entity_type", "entity_id"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "site",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("timezone", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
    )
    op.create_table(
        "building",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("floors", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_building_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_building")),
        sa.UniqueConstraint("site_id", "code", name=op.f("uq_building_site_id")),
    )
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_building_site_id"), ["site_id"], unique=False)

    op.create_table(
        "calendar_override",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_working", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=100), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_calendar_override_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_override")),
        sa.UniqueConstraint("site_id", "day", name=op.f("uq_calendar_override_site_id")),
    )
    with op.batch_alter_table("calendar_override", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calendar_override_site_id"), ["site_id"], unique=False)

    op.create_table(
        "department",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_department_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
    )
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_department_site_id"), ["site_id"], unique=False)

    op.create_table(
        "desk",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_desk_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk")),
        sa.UniqueConstraint("site_id", "code", name=op.f("uq_desk_site_id")),
    )
    with op.batch_alter_table("desk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_desk_site_id"), ["site_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("mobile", sa.String(length=20), nullable=False),
        sa.Column("mobile2", sa.String(length=20), nullable=False),
        sa.Column("landline", sa.String(length=30), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("company", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("pinyin_full", sa.String(length=200), nullable=False),
        sa.Column("pinyin_initials", sa.String(length=60), nullable=False),
        sa.Column("search_phones", sa.String(length=200), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_person_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_site_id"), ["site_id"], unique=False)

    op.create_table(
        "doc_series",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_doc_series_desk_id_desk")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_doc_series_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_doc_series")),
        sa.UniqueConstraint("doc_type", "desk_id", "year", name=op.f("uq_doc_series_doc_type")),
    )
    op.create_table(
        "entrance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("building_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"], ["building.id"], name=op.f("fk_entrance_building_id_building")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_entrance_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entrance")),
        sa.UniqueConstraint("building_id", "code", name=op.f("uq_entrance_building_id")),
    )
    with op.batch_alter_table("entrance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entrance_building_id"), ["building_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_entrance_site_id"), ["site_id"], unique=False)

    op.create_table(
        "staff",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("department_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("position", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"], name=op.f("fk_staff_department_id_department")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_staff_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_department_id"), ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_staff_site_id"), ["site_id"], unique=False)

    op.create_table(
        "user_account",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=60), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("department_id", sa.String(length=36), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.String(length=32), nullable=True),
        sa.Column("last_login_at", sa.String(length=32), nullable=True),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"], name=op.f("fk_user_account_department_id_department")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_user_account_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
    )
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_account_site_id"), ["site_id"], unique=False)

    op.create_table(
        "unit",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("building_id", sa.String(length=36), nullable=False),
        sa.Column("entrance_id", sa.String(length=36), nullable=False),
        sa.Column("building_code", sa.String(length=10), nullable=False),
        sa.Column("entrance_code", sa.String(length=10), nullable=False),
        sa.Column("room", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("floor", sa.Integer(), nullable=True),
        sa.Column("area_m2_x100", sa.Integer(), nullable=True),
        sa.Column("unit_type", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("move_in_date", sa.Date(), nullable=True),
        sa.Column("fees_owed", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["building_id"], ["building.id"], name=op.f("fk_unit_building_id_building")),
        sa.ForeignKeyConstraint(["entrance_id"], ["entrance.id"], name=op.f("fk_unit_entrance_id_entrance")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_unit_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("site_id", "code", name=op.f("uq_unit_site_id")),
    )
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_building_id"), ["building_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_unit_entrance_id"), ["entrance_id"], unique=False)
        batch_op.create_index("ix_unit_lookup", ["building_code", "entrance_code", "room"], unique=False)
        batch_op.create_index("ix_unit_room", ["room"], unique=False)
        batch_op.create_index(batch_op.f("ix_unit_site_id"), ["site_id"], unique=False)

    op.create_table(
        "unit_person",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("relation_detail", sa.String(length=30), nullable=False),
        sa.Column("is_primary", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_unit_person_person_id_person")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_unit_person_site_id_site")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_unit_person_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_person")),
    )
    with op.batch_alter_table("unit_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_person_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_unit_person_site_id"), ["site_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_unit_person_unit_id"), ["unit_id"], unique=False)

    append_only("audit_log")
    create_person_fts()


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS person_fts")
    with op.batch_alter_table("unit_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_person_unit_id"))
        batch_op.drop_index(batch_op.f("ix_unit_person_site_id"))
        batch_op.drop_index(batch_op.f("ix_unit_person_person_id"))

    op.drop_table("unit_person")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_site_id"))
        batch_op.drop_index("ix_unit_room")
        batch_op.drop_index("ix_unit_lookup")
        batch_op.drop_index(batch_op.f("ix_unit_entrance_id"))
        batch_op.drop_index(batch_op.f("ix_unit_building_id"))

    op.drop_table("unit")
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_account_site_id"))

    op.drop_table("user_account")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_site_id"))
        batch_op.drop_index(batch_op.f("ix_staff_department_id"))

    op.drop_table("staff")
    with op.batch_alter_table("entrance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entrance_site_id"))
        batch_op.drop_index(batch_op.f("ix_entrance_building_id"))

    op.drop_table("entrance")
    op.drop_table("doc_series")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_site_id"))

    op.drop_table("person")
    with op.batch_alter_table("desk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_desk_site_id"))

    op.drop_table("desk")
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_department_site_id"))

    op.drop_table("department")
    with op.batch_alter_table("calendar_override", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_override_site_id"))

    op.drop_table("calendar_override")
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_building_site_id"))

    op.drop_table("building")
    op.drop_table("site")
    op.drop_table("setting")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entity")
        batch_op.drop_index("ix_audit_at")

    op.drop_table("audit_log")
    op.drop_table("app_meta")
