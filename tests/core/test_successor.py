"""confdesk new --from: next year's conference from this year's, moved to a new first day at
the same local times."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from confdesk.cli import main
from confdesk.interchange import dump as conference_json
from confdesk.interchange.records import parse_stamp
from confdesk.interchange.successor import first_day, successor
from confdesk.store import open_store


def _dump(path: Path) -> dict:
    store = open_store(path)
    try:
        with store.reader() as db:
            return conference_json.dump(db, store.conference_id())
    finally:
        store.close()


def _local(value: str, zone: ZoneInfo) -> datetime:
    return parse_stamp(value).astimezone(zone)


def test_new_from_an_earlier_conference_copies_the_structure_moved_to_the_new_first_day(demo_file, tmp_path, capsys):
    new = tmp_path / "next.confdesk"
    assert main(["new", "--from", str(demo_file), "--db", str(new), "--start", "2027-03-01"]) == 0
    out = capsys.readouterr().out
    old, made = _dump(demo_file), _dump(new)
    zone = ZoneInfo(old["conference"]["timezone"])
    shift = (date(2027, 3, 1) - first_day(old)).days
    assert f"starting 2027-03-01 ({shift:+,} days)" in out

    assert made["conference"]["name"] == old["conference"]["name"]
    assert made["conference"]["notes"] == old["conference"]["notes"]
    # The conference's own themes come along, and each session keeps its theme codes.
    assert (
        made["conference"]["themes"] == old["conference"]["themes"]
        and len(made["conference"]["themes"]["themes"]) == 23
    )
    assert made["conference"]["interpretation"] == old["conference"]["interpretation"]
    assert first_day(made) == date(2027, 3, 1)
    assert [
        (p["name"], (date.fromisoformat(p["end_date"]) - date.fromisoformat(p["start_date"])).days)
        for p in made["parts"]
    ] == [
        (p["name"], (date.fromisoformat(p["end_date"]) - date.fromisoformat(p["start_date"])).days)
        for p in old["parts"]
    ]
    kept = [s for s in old["sessions"] if not s["cancelled"]]
    assert [s["title"] for s in made["sessions"]] == [s["title"] for s in kept]
    for before, after in zip(kept, made["sessions"], strict=True):
        was, now = _local(before["starts_at"], zone), _local(after["starts_at"], zone)
        assert (now.date() - was.date()).days == shift and now.time() == was.time()
        assert _local(after["ends_at"], zone).time() == _local(before["ends_at"], zone).time()
        assert after["sequence"] == 0 and after["meeting_id"] == after["passcode"] == ""
        assert after["themes"] == before["themes"]
    assert len(made["deadlines"]) == len(old["deadlines"])
    # Lineups, registrations and people stay behind; so do last year's accepted problems.
    assert made["assignments"] == made["registrations"] == made["people"] == []
    assert "accepted_problems" not in made["conference"]["settings"]
    assert f"{len(kept)} sessions with empty lineups" in out and "0 people" in out
    # The earlier file is unchanged.
    assert _dump(demo_file) == old


def test_with_people_copies_the_people_without_their_registrations(demo_file, tmp_path):
    new = tmp_path / "next.confdesk"
    assert main(["new", "--from", str(demo_file), "--db", str(new), "--start", "2027-03-01", "--with-people"]) == 0
    old, made = _dump(demo_file), _dump(new)
    assert [p["email"] for p in made["people"]] == [p["email"] for p in old["people"]]
    assert made["registrations"] == made["assignments"] == []


@pytest.mark.parametrize("zone_name", ["Europe/Paris", "America/New_York", "Asia/Beirut"])
def test_local_wall_clock_times_are_kept_across_daylight_saving_changes(demo_file, tmp_path, zone_name):
    """A February conference moved to July: the UTC offsets change, the local times do not."""
    data = _dump(demo_file)
    data["conference"]["timezone"] = zone_name
    zone = ZoneInfo(zone_name)
    made = successor(data, date(2027, 7, 5))
    for before, after in zip((s for s in data["sessions"] if not s["cancelled"]), made.data["sessions"], strict=True):
        was, now = _local(before["starts_at"], zone), _local(after["starts_at"], zone)
        assert now.time() == was.time() and now.date().toordinal() - was.date().toordinal() == made.shift_days
        assert now.utcoffset() != was.utcoffset()  # the move crossed a change of clocks
    # And the result is a conference the services accept.
    store = open_store(tmp_path / "moved.confdesk", create=True)
    try:
        with store.unit() as db:
            conference_json.load(db, made.data)
    finally:
        store.close()


def test_bad_input_says_what_is_wrong_and_writes_nothing(demo_file, tmp_path, capsys):
    new = tmp_path / "next.confdesk"
    with pytest.raises(SystemExit) as stopped:
        main(["new", "--from", str(demo_file), "--db", str(new), "--start", "1 March"])
    assert stopped.value.code == 2 and "'1 March' is not a day written YYYY-MM-DD" in capsys.readouterr().err
    assert not new.exists()

    assert main(["new", "--from", str(demo_file), "--db", str(demo_file), "--start", "2027-03-01"]) != 0
    assert "--from and --db name the same conference" in capsys.readouterr().err

    assert main(["new", "--from", str(tmp_path / "missing.confdesk"), "--db", str(new), "--start", "2027-03-01"]) != 0
    assert capsys.readouterr().err.strip()
    assert not new.exists()

    # A file that already holds a conference is refused and left as it was.
    other = tmp_path / "other.confdesk"
    assert main(["demo", "--db", str(other)]) == 0
    before = other.read_bytes()
    assert main(["new", "--from", str(demo_file), "--db", str(other), "--start", "2027-03-01"]) != 0
    assert "already holds a conference" in capsys.readouterr().err
    assert other.read_bytes() == before
