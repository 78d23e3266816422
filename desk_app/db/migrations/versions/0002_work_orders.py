"""work orders

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_app.db.migrations.helpers import append_only


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_job",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=True),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("by_user", sa.String(length=36), nullable=True),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("doc_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("reprint_no", sa.Integer(), nullable=False),
        sa.Column("paper_key", sa.String(length=20), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_job")),
    )
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.create_index("ix_print_job_doc", ["doc_type", "doc_id"], unique=False)

    op.create_table(
        "printer_profile",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("printer_name", sa.String(length=100), nullable=False),
        sa.Column("paper_key", sa.String(length=20), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("a4_three_up", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("dx_um", sa.Integer(), nullable=False),
        sa.Column("dy_um", sa.Integer(), nullable=False),
        sa.Column("dpi", sa.Integer(), nullable=False),
        sa.Column("dot_matrix", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("paper_source", sa.String(length=40), nullable=False),
        sa.Column("copy_labels_json", sa.Text(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_printer_profile_desk_id_desk")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_printer_profile_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_printer_profile")),
        sa.UniqueConstraint("desk_id", "doc_type", name=op.f("uq_printer_profile_desk_id")),
    )
    with op.batch_alter_table("printer_profile", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_printer_profile_site_id"), ["site_id"], unique=False)

    op.create_table(
        "work_order_category",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("default_department_id", sa.String(length=36), nullable=True),
        sa.Column("default_urgency", sa.String(length=20), nullable=False),
        sa.Column("respond_minutes", sa.Integer(), nullable=True),
        sa.Column("complete_minutes", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["default_department_id"],
            ["department.id"],
            name=op.f("fk_work_order_category_default_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["work_order_category.id"],
            name=op.f("fk_work_order_category_parent_id_work_order_category"),
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_work_order_category_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_order_category")),
    )
    with op.batch_alter_table("work_order_category", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_order_category_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_order_category_site_id"), ["site_id"], unique=False)

    op.create_table(
        "phrase",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["work_order_category.id"],
            name=op.f("fk_phrase_category_id_work_order_category"),
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_phrase_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phrase")),
    )
    with op.batch_alter_table("phrase", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phrase_site_id"), ["site_id"], unique=False)

    op.create_table(
        "work_order",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=True),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("reporter_person_id", sa.String(length=36), nullable=True),
        sa.Column("reporter_name", sa.String(length=60), nullable=False),
        sa.Column("contact_phone", sa.String(length=30), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("appointment_at", sa.String(length=32), nullable=True),
        sa.Column("paid", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("department_id", sa.String(length=36), nullable=False),
        sa.Column("assignee_staff_id", sa.String(length=36), nullable=True),
        sa.Column("assignee_name", sa.String(length=60), nullable=False),
        sa.Column("first_contact_user_id", sa.String(length=36), nullable=True),
        sa.Column("incident_id", sa.String(length=36), nullable=True),
        sa.Column("is_repeat", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("repeat_of_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("rework_count", sa.Integer(), nullable=False),
        sa.Column("callback_attempts", sa.Integer(), nullable=False),
        sa.Column("evaluation", sa.String(length=20), nullable=True),
        sa.Column("returned_at", sa.String(length=32), nullable=True),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.Column("response_due_at", sa.String(length=32), nullable=True),
        sa.Column("completion_due_at", sa.String(length=32), nullable=True),
        sa.Column("follow_up_due_at", sa.String(length=32), nullable=True),
        sa.Column("callback_due_at", sa.String(length=32), nullable=True),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_staff_id"], ["staff.id"], name=op.f("fk_work_order_assignee_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["work_order_category.id"],
            name=op.f("fk_work_order_category_id_work_order_category"),
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"], name=op.f("fk_work_order_department_id_department")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["work_order.id"], name=op.f("fk_work_order_incident_id_work_order")
        ),
        sa.ForeignKeyConstraint(
            ["reporter_person_id"], ["person.id"], name=op.f("fk_work_order_reporter_person_id_person")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_work_order_site_id_site")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_work_order_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_order")),
        sa.UniqueConstraint("number", name=op.f("uq_work_order_number")),
    )
    with op.batch_alter_table("work_order", schema=None) as batch_op:
        batch_op.create_index("ix_work_order_callback_due", ["status", "callback_due_at"], unique=False)
        batch_op.create_index("ix_work_order_created", ["created_at", "id"], unique=False)
        batch_op.create_index("ix_work_order_returned", ["returned_at"], unique=False)
        batch_op.create_index(
            "ix_work_order_open",
            ["created_at", "id"],
            unique=False,
            sqlite_where=sa.text("status NOT IN ('closed', 'voided')"),
        )
        batch_op.create_index("ix_work_order_department", ["department_id", "created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_order_incident_id"), ["incident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_order_site_id"), ["site_id"], unique=False)
        batch_op.create_index("ix_work_order_status_created", ["status", "created_at"], unique=False)
        batch_op.create_index(
            "ix_work_order_unit_category", ["unit_id", "category_id", "created_at"], unique=False
        )

    op.create_table(
        "work_order_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("work_order_id", sa.String(length=36), nullable=False),
        sa.Column("by_name", sa.String(length=60), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("by_user", sa.String(length=36), nullable=True),
        sa.Column("origin_desk_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["work_order_id"], ["work_order.id"], name=op.f("fk_work_order_event_work_order_id_work_order")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_order_event")),
    )
    with op.batch_alter_table("work_order_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_order_event_site_id"), ["site_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_work_order_event_work_order_id"), ["work_order_id"], unique=False
        )

    append_only("work_order_event")
    append_only("print_job")


def downgrade() -> None:
    with op.batch_alter_table("work_order_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_order_event_work_order_id"))
        batch_op.drop_index(batch_op.f("ix_work_order_event_site_id"))

    op.drop_table("work_order_event")
    with op.batch_alter_table("work_order", schema=None) as batch_op:
        batch_op.drop_index("ix_work_order_unit_category")
        batch_op.drop_index("ix_work_order_status_created")
        batch_op.drop_index(batch_op.f("ix_work_order_site_id"))
        batch_op.drop_index(batch_op.f("ix_work_order_incident_id"))
        batch_op.drop_index("ix_work_order_department")
        batch_op.drop_index("ix_work_order_created")
        batch_op.drop_index("ix_work_order_returned")
        batch_op.drop_index("ix_work_order_open", sqlite_where=sa.text("status NOT IN ('closed', 'voided')"))
        batch_op.drop_index("ix_work_order_callback_due")

    op.drop_table("work_order")
    with op.batch_alter_table("phrase", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phrase_site_id"))

    op.drop_table("phrase")
    with op.batch_alter_table("work_order_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_order_category_site_id"))
        batch_op.drop_index(batch_op.f("ix_work_order_category_parent_id"))

    op.drop_table("work_order_category")
    with op.batch_alter_table("printer_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_printer_profile_site_id"))

    op.drop_table("printer_profile")
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.drop_index("ix_print_job_doc")

    op.drop_table("print_job")
