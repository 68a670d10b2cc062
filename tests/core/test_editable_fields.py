"""Each entity's editable fields are defined once, by its ``…Data`` dataclass; the ``…Changes``
TypedDict that types partial updates must name exactly the same fields with the same types."""

from __future__ import annotations

from dataclasses import fields
from typing import get_type_hints

import pytest

from confdesk.services import data


@pytest.mark.parametrize(
    "values, changes",
    [
        (data.ConferenceData, data.ConferenceChanges),
        (data.PartData, data.PartChanges),
        (data.SessionData, data.SessionChanges),
        (data.PersonData, data.PersonChanges),
        (data.DeadlineData, data.DeadlineChanges),
    ],
)
def test_partial_update_names_the_editable_fields(values, changes):
    field_types = get_type_hints(values)
    assert {item.name: field_types[item.name] for item in fields(values)} == get_type_hints(changes)
    assert not changes.__required_keys__


def test_an_unknown_field_is_refused_with_its_name(demo_store):
    from confdesk import services
    from confdesk.model import Conference
    from confdesk.services.errors import ValidationError

    with demo_store.reader() as db:
        conference_id = demo_store.conference_id()
        before = services.conference_data(db.get(Conference, conference_id))
    with pytest.raises(ValidationError) as error, demo_store.unit() as db:
        services.update_conference(db, conference_id, colour="blue")  # type: ignore[call-arg]
    assert error.value.field == "colour"
    with demo_store.reader() as db:
        assert services.conference_data(db.get(Conference, conference_id)) == before
