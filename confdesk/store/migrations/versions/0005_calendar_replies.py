"""calendar replies acted on, so the same reply read twice changes nothing

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("partstat", sa.String(length=16), nullable=False),
        sa.Column("replied_at", sa.DateTime(), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("processed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_calendar_reply_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_reply")),
    )
    with op.batch_alter_table("calendar_reply", schema=None) as batch_op:
        batch_op.create_index("ix_calendar_reply_message_id", ["message_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_calendar_reply_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("calendar_reply", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_reply_person_id"))
        batch_op.drop_index("ix_calendar_reply_message_id")
    op.drop_table("calendar_reply")
