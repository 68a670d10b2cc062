"""The JSON dump: dump → load → dump is identical; bad JSON names the bad field."""

from __future__ import annotations

import json

import pytest

from confdesk.interchange import dump as conference_json


def dumped(store) -> str:
    with store.reader() as db:
        return conference_json.dumps(conference_json.dump(db, store.conference_id()))


def test_dump_load_dump_is_identical(demo_store, another_store):
    first = dumped(demo_store)
    copy = another_store()
    with copy.unit() as db:
        conference_json.load(db, conference_json.parse(first))
    assert dumped(copy) == first
    copy.close()


def test_dump_has_a_format_and_version_and_every_language(demo_store):
    data = json.loads(dumped(demo_store))
    assert data["format"] == "confdesk-conference" and data["version"] == 2
    assert all(set(session["title"]) == {"ar", "en", "fr"} for session in data["sessions"])
    assert data["sessions"][0]["starts_at"].endswith("Z")


def broken(demo_store, mutate) -> str:
    data = json.loads(dumped(demo_store))
    mutate(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d["sessions"][3].__setitem__("ends_at", 5), "sessions[3].ends_at"),
        (lambda d: d["people"][2].pop("name"), "people[2]"),
        (lambda d: d["conference"].__setitem__("timezone", "Mars/Base"), "conference.timezone"),
        (lambda d: d["people"][4].__setitem__("email", "nobody@"), "people[4].email"),
        (lambda d: d["sessions"][1].__setitem__("ends_at", d["sessions"][1]["starts_at"]), "sessions[1].ends_at"),
        (lambda d: d["assignments"][0].__setitem__("person_id", 4242), "assignments"),
        (lambda d: d.__setitem__("format", "something-else"), "format"),
    ],
)
def test_bad_field_is_named_and_nothing_is_written(demo_store, another_store, mutate, path):
    text = broken(demo_store, mutate)
    target = another_store()
    with pytest.raises(conference_json.FormatError) as caught, target.unit() as db:
        conference_json.load(db, conference_json.parse(text))
    assert str(caught.value).startswith(path) or path in str(caught.value)
    assert target.conference_id() is None
    target.close()


def test_not_json_at_all_says_where():
    with pytest.raises(conference_json.FormatError, match="line 1"):
        conference_json.parse("{not json")


def test_newer_format_version_is_refused(demo_store):
    text = broken(demo_store, lambda d: d.__setitem__("version", 99))
    with pytest.raises(conference_json.FormatError, match="newer"):
        conference_json.parse(text)
