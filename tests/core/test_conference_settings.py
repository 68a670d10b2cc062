"""The conference's settings are checked where they are saved: a rule setting ConfDesk cannot
use is refused by the service, naming it, and nothing changes."""

from __future__ import annotations

import pytest

from confdesk import services
from confdesk.interchange.dump import dump, dumps
from confdesk.services.errors import ValidationError


@pytest.mark.parametrize(
    ("rules", "named"),
    [
        ({"balance": {"max_share": 0.5}}, "rules.balance"),
        ({"min_groups": 0}, "rules.min_groups"),
        ({"max_gender_share": 2}, "rules.max_gender_share"),
        ({"required_roles": {"roundtable": ["juggler"]}}, "rules.required_roles.roundtable"),
    ],
)
def test_a_rule_setting_that_cannot_be_used_is_refused(demo_store, rules, named):
    with demo_store.reader() as db:
        before = dumps(dump(db, demo_store.conference_id()))
    with demo_store.unit() as db, pytest.raises(ValidationError) as refused:
        services.update_conference(db, demo_store.conference_id(), settings={"rules": rules})
    assert refused.value.field == "settings" and named in str(refused.value)
    with demo_store.reader() as db:
        assert dumps(dump(db, demo_store.conference_id())) == before
