"""the send log also records messages written to the outbox, and the iTIP object each carried

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

Rows already in the log were all sent over SMTP, one calendar per person with several UIDs:
they become channel "smtp" with no single UID (the per-event memory, ``delivered_event``,
already holds what each person has).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sent_message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("channel", sa.String(length=16), nullable=False, server_default="smtp"))
        batch_op.add_column(sa.Column("uid", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("sequence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("method", sa.String(length=16), nullable=False, server_default=""))
    # The defaults only filled the rows already there; new rows say what they are.
    with op.batch_alter_table("sent_message", schema=None) as batch_op:
        for name in ("channel", "uid", "method"):
            batch_op.alter_column(name, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("sent_message", schema=None) as batch_op:
        batch_op.drop_column("method")
        batch_op.drop_column("sequence")
        batch_op.drop_column("uid")
        batch_op.drop_column("channel")
