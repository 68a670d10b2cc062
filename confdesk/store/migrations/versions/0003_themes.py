"""themes: each conference holds its framework of themes; sessions refer to theme codes;
the conference's interpretation languages

Before this revision a session's themes were GCM objective numbers (1..23), the only framework
there was. Every conference therefore gets the GCM objectives as its framework (read from the
preset that ships beside the migrations) and each number becomes the code it was ("6"). A
conference's interpretation languages start as every channel one of its sessions offers.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import json
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: The package's presets folder: versions/ → migrations/ → store/ → the package.
_GCM_PRESET = Path(__file__).resolve().parents[3] / "presets" / "themes-gcm.json"

_conference = sa.table(
    "conference", sa.column("id", sa.Integer()), sa.column("themes", sa.JSON()), sa.column("interpretation", sa.JSON())
)
_part = sa.table("part", sa.column("id", sa.Integer()), sa.column("conference_id", sa.Integer()))
_session = sa.table(
    "session",
    sa.column("id", sa.Integer()),
    sa.column("part_id", sa.Integer()),
    sa.column("themes", sa.JSON()),
    sa.column("interpretation", sa.JSON()),
)


def _gcm_framework() -> dict[str, object]:
    preset = json.loads(_GCM_PRESET.read_text(encoding="utf-8"))
    return {"name": preset["name"], "themes": preset["themes"]}


def upgrade() -> None:
    with op.batch_alter_table("conference", schema=None) as batch_op:
        batch_op.add_column(sa.Column("themes", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column("interpretation", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
    connection = op.get_bind()
    conference_ids = [row.id for row in connection.execute(sa.select(_conference.c.id))]
    if conference_ids:
        framework = _gcm_framework()
        for conference_id in conference_ids:
            channels: list[str] = []
            offered = sa.select(_session.c.interpretation).join(_part, _part.c.id == _session.c.part_id)
            for (languages,) in connection.execute(offered.where(_part.c.conference_id == conference_id)):
                channels += [code for code in languages or [] if code not in channels]
            connection.execute(
                _conference.update()
                .where(_conference.c.id == conference_id)
                .values(themes=framework, interpretation=channels)
            )
    for row in connection.execute(sa.select(_session.c.id, _session.c.themes)).all():
        codes = [str(theme) for theme in (row.themes or [])]
        if codes != (row.themes or []):
            connection.execute(_session.update().where(_session.c.id == row.id).values(themes=codes))


def downgrade() -> None:
    connection = op.get_bind()
    for row in connection.execute(sa.select(_session.c.id, _session.c.themes)).all():
        numbers = [int(code) for code in (row.themes or []) if str(code).isdigit()]
        connection.execute(_session.update().where(_session.c.id == row.id).values(themes=numbers))
    with op.batch_alter_table("conference", schema=None) as batch_op:
        batch_op.drop_column("interpretation")
        batch_op.drop_column("themes")
