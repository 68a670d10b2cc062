"""delivery records: calendar events sent per person, and the send log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delivered_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_delivered_event_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivered_event")),
        sa.UniqueConstraint("person_id", "session_id", name=op.f("uq_delivered_event_person_id_session_id")),
    )
    with op.batch_alter_table("delivered_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delivered_event_person_id"), ["person_id"], unique=False)

    op.create_table(
        "sent_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("batch", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_sent_message_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_message")),
    )
    with op.batch_alter_table("sent_message", schema=None) as batch_op:
        batch_op.create_index("ix_sent_message_batch", ["batch"], unique=False)
        batch_op.create_index(batch_op.f("ix_sent_message_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sent_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sent_message_person_id"))
        batch_op.drop_index("ix_sent_message_batch")
    op.drop_table("sent_message")
    with op.batch_alter_table("delivered_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivered_event_person_id"))
    op.drop_table("delivered_event")
