"""Alembic: one head, and upgrading an empty database gives exactly the models' schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from confdesk.model import Base
from confdesk.store import alembic_config, open_store


def test_there_is_exactly_one_head_and_the_store_knows_it():
    from confdesk.store import HEAD_REVISION

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert heads == [HEAD_REVISION]


def test_upgrade_from_empty_gives_the_models_schema(tmp_path):
    store = open_store(tmp_path / "fresh.confdesk", create=True)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        store.close()
    assert differences == []


def test_migrations_import_nothing_from_confdesk():
    # A migration must keep working after the models change, so it may not import them.
    versions = ScriptDirectory.from_config(alembic_config()).walk_revisions()
    for revision in versions:
        source = open(revision.path, encoding="utf-8").read()
        assert "confdesk" not in source, revision.path
