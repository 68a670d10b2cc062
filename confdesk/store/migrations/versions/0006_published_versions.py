"""published versions of the public programme, each a numbered snapshot with a comment

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "published_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(length=500), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conference.id"],
            name=op.f("fk_published_version_conference_id_conference"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_version")),
        sa.UniqueConstraint("conference_id", "number", name=op.f("uq_published_version_conference_id_number")),
    )
    with op.batch_alter_table("published_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_published_version_conference_id"), ["conference_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("published_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_published_version_conference_id"))
    op.drop_table("published_version")
