"""Each rule: a case where it fires and one where it must stay silent."""

from __future__ import annotations

from datetime import date

from rule_world import CONFERENCE, CONSULTATION, Build, at

from confdesk.rules import run

EARLY = date(2021, 1, 1)


def found(build: Build, code: str, *, settings: dict | None = None, today: date = EARLY):
    return [p for p in run(build.snapshot(settings), today=today) if p.code == code]


# person_double_booked


def test_person_in_two_overlapping_sessions_is_an_error(build):
    first = build.session(at(24, 10), at(24, 11, 30))
    second = build.session(at(24, 11), at(24, 12))
    person = build.person()
    a, b = build.assign(first, person), build.assign(second, person)
    [problem] = found(build, "person_double_booked")
    assert problem.severity == "error"
    assert problem.session_ids == (first, second)
    assert problem.person_ids == (person,)
    assert problem.assignment_ids == (a, b)


def test_back_to_back_sessions_are_no_conflict_without_buffer(build):
    person = build.person()
    build.assign(build.session(at(24, 10), at(24, 11)), person)
    build.assign(build.session(at(24, 11), at(24, 12)), person)
    assert found(build, "person_double_booked") == []


def test_buffer_turns_back_to_back_sessions_into_a_conflict(build):
    person = build.person()
    build.assign(build.session(at(24, 10), at(24, 11)), person)
    build.assign(build.session(at(24, 11, 10), at(24, 12)), person)
    assert found(build, "person_double_booked", settings={"rules": {"conflict_buffer_minutes": 10}}) == []
    [problem] = found(build, "person_double_booked", settings={"rules": {"conflict_buffer_minutes": 15}})
    assert problem.facts["buffer_minutes"] == 15


def test_overlap_across_parts_is_found(build):
    person = build.person()
    build.assign(build.session(at(23, 23), at(24, 1), part=CONSULTATION), person)
    build.assign(build.session(at(24, 0), at(24, 2), part=CONFERENCE), person)
    assert len(found(build, "person_double_booked")) == 1


def test_declined_withdrawn_and_cancelled_do_not_count_as_in_a_session(build):
    person = build.person()
    main = build.session(at(24, 10), at(24, 12))
    build.assign(main, person)
    build.assign(build.session(at(24, 10), at(24, 12)), person, status="declined")
    build.assign(build.session(at(24, 10), at(24, 12)), person, status="withdrawn")
    build.assign(build.session(at(24, 10), at(24, 12), cancelled=True), person)
    build.assign(main, person, "rapporteur")  # two roles in one session is not a clash
    assert found(build, "person_double_booked") == []


def test_proposed_and_invited_count_as_in_a_session(build):
    person = build.person()
    build.assign(build.session(at(24, 10), at(24, 12)), person, status="proposed")
    build.assign(build.session(at(24, 11), at(24, 12)), person, status="invited")
    assert len(found(build, "person_double_booked")) == 1


def test_three_overlapping_sessions_give_every_pair(build):
    person = build.person()
    sessions = [build.session(at(24, 10), at(24, 12)) for _ in range(3)]
    for session in sessions:
        build.assign(session, person)
    pairs = {p.session_ids for p in found(build, "person_double_booked")}
    assert pairs == {(sessions[0], sessions[1]), (sessions[0], sessions[2]), (sessions[1], sessions[2])}


# session_outside_part


def test_session_before_its_part_is_an_error(build):
    session = build.session(at(23, 10), at(23, 11), part=CONFERENCE)
    [problem] = found(build, "session_outside_part")
    assert problem.session_ids == (session,) and problem.part_ids == (CONFERENCE,)


def test_session_inside_its_part_or_ending_at_midnight_is_fine(build):
    build.session(at(25, 10), at(25, 11), part=CONFERENCE)
    build.session(at(23, 23), at(24, 0), part=CONSULTATION)
    assert found(build, "session_outside_part") == []


def test_part_days_are_read_in_the_conference_zone(build):
    # 23:30 UTC on the 23rd is already the 24th in Beirut (UTC+2): inside the conference part.
    from datetime import UTC, datetime

    build.session(datetime(2021, 2, 23, 22, 30, tzinfo=UTC), datetime(2021, 2, 23, 23, 30, tzinfo=UTC))
    assert found(build, "session_outside_part") == []


# shared_link_overlap


def test_two_sessions_on_one_link_at_once_is_an_error(build):
    first = build.session(at(24, 10), at(24, 11), url="https://zoom.example.org/j/1")
    second = build.session(at(24, 10, 30), at(24, 11, 30), url="https://zoom.example.org/j/1/")
    [problem] = found(build, "shared_link_overlap")
    assert problem.session_ids == (first, second)


def test_one_link_used_one_session_after_another_is_fine(build):
    build.session(at(24, 10), at(24, 11), url="https://zoom.example.org/j/1")
    build.session(at(24, 11), at(24, 12), url="https://zoom.example.org/j/1")
    build.session(at(24, 10), at(24, 11), url="https://zoom.example.org/j/2")
    build.session(at(24, 10), at(24, 11))  # no link at all
    build.session(at(24, 10), at(24, 11))
    assert found(build, "shared_link_overlap") == []


# minutes_over_length


def test_speaking_minutes_above_the_session_length_is_an_error(build):
    session = build.session(at(24, 10), at(24, 11))
    build.assign(session, build.person(), minutes=40)
    build.assign(session, build.person(), minutes=30)
    [problem] = found(build, "minutes_over_length")
    assert problem.facts == {"minutes": 70, "length": 60}


def test_refused_minutes_do_not_count_towards_the_length(build):
    session = build.session(at(24, 10), at(24, 11))
    build.assign(session, build.person(), minutes=60)
    build.assign(session, build.person(), minutes=30, status="declined")
    assert found(build, "minutes_over_length") == []


# missing_role


def test_roundtable_without_rapporteur_is_an_error(build):
    session = build.session(at(24, 10), at(24, 11), kind="roundtable")
    build.assign(session, build.person(), "moderator")
    build.assign(session, build.person(), "rapporteur", status="declined")
    [problem] = found(build, "missing_role")
    assert problem.session_ids == (session,) and problem.facts == {"roles": ["rapporteur"]}


def test_roundtable_with_moderator_and_rapporteur_and_plenary_with_chair_are_fine(build):
    roundtable = build.session(at(24, 10), at(24, 11), kind="roundtable")
    build.assign(roundtable, build.person(), "moderator", status="proposed")
    build.assign(roundtable, build.person(), "rapporteur", status="invited")
    plenary = build.session(at(24, 12), at(24, 13), kind="plenary")
    build.assign(plenary, build.person(), "chair")
    build.session(at(24, 14), at(24, 15), kind="break")
    assert found(build, "missing_role") == []


def test_plenary_with_neither_chair_nor_moderator_names_both(build):
    build.session(at(24, 12), at(24, 13), kind="plenary")
    [problem] = found(build, "missing_role")
    assert problem.facts == {"roles": ["chair", "moderator"]}


def test_required_roles_are_configurable_per_conference(build):
    build.session(at(24, 12), at(24, 13), kind="opening")
    build.session(at(24, 14), at(24, 15), kind="plenary")
    settings = {"rules": {"required_roles": {"opening": ["chair"]}}}
    [problem] = found(build, "missing_role", settings=settings)
    assert problem.facts == {"roles": ["chair"]}


# balance of a lineup


def test_lineup_of_one_gender_is_unbalanced(build):
    session = build.session(at(24, 10), at(24, 11), kind="roundtable")
    for country, group in (("LB", "academia"), ("JO", "youth"), ("EG", "un_system")):
        build.assign(session, build.person(gender="male", country=country, group=group))
    [problem] = found(build, "gender_imbalance")
    assert problem.facts["gender"] == "male" and problem.facts["count"] == 3
    assert found(build, "too_few_groups") == [] and found(build, "too_few_countries") == []


def test_balanced_lineup_raises_no_balance_warning(build):
    session = build.session(at(24, 10), at(24, 11), kind="roundtable")
    for gender, country, group in (
        ("male", "LB", "academia"),
        ("female", "JO", "youth"),
        ("female", "EG", "un_system"),
        ("male", "MA", "nhri"),
    ):
        build.assign(session, build.person(gender=gender, country=country, group=group))
    build.assign(session, build.person(gender="male"), "moderator")  # not a speaking role
    problems = run(build.snapshot(), today=EARLY)
    assert not {"gender_imbalance", "too_few_groups", "too_few_countries"} & {p.code for p in problems}


def test_lineup_from_one_group_and_country_is_unbalanced(build):
    session = build.session(at(24, 10), at(24, 11), kind="plenary")
    for gender in ("male", "female", "female"):
        build.assign(session, build.person(gender=gender, group="academia", country="LB"))
    [groups] = found(build, "too_few_groups")
    [countries] = found(build, "too_few_countries")
    assert groups.facts == {"groups": 1, "needed": 3, "speakers": 3}
    assert countries.facts == {"countries": 1, "needed": 3, "speakers": 3}


def test_balance_thresholds_are_set_per_conference(build):
    session = build.session(at(24, 10), at(24, 11), kind="plenary")
    for gender in ("male", "male", "female"):
        build.assign(session, build.person(gender=gender, group="academia", country="LB"))
    settings = {"rules": {"min_groups": 1, "min_countries": 1, "max_gender_share": 0.7}}
    assert len(found(build, "gender_imbalance", settings=settings)) == 0  # 2 of 3 = 67 %
    settings["rules"]["max_gender_share"] = 0.6
    assert len(found(build, "gender_imbalance", settings=settings)) == 1
    assert found(build, "too_few_groups", settings=settings) == []


def test_balance_is_only_checked_for_balance_kinds(build):
    session = build.session(at(24, 10), at(24, 11), kind="side_event")
    for _ in range(3):
        build.assign(session, build.person(gender="male", group="academia", country="LB"))
    assert found(build, "gender_imbalance") == [] and found(build, "too_few_groups") == []


def test_two_speakers_of_one_organisation_in_a_session(build):
    session = build.session(at(24, 10), at(24, 11))
    first = build.person(organisation="Arab Youth Forum")
    second = build.person(organisation="arab  youth forum")
    build.assign(session, first)
    build.assign(session, second)
    [problem] = found(build, "same_organisation")
    assert problem.person_ids == (first, second)


def test_different_organisations_or_a_refused_colleague_are_fine(build):
    session = build.session(at(24, 10), at(24, 11))
    build.assign(session, build.person(organisation="Arab Youth Forum"))
    build.assign(session, build.person(organisation="Arab Youth Forum"), status="declined")
    build.assign(session, build.person(organisation="Arab Youth Forum"), "moderator")
    build.assign(session, build.person(organisation="City Municipality"))
    build.assign(session, build.person(organisation=""))
    build.assign(session, build.person(organisation=""))
    assert found(build, "same_organisation") == []


# unregistered_part


def test_person_in_a_part_they_did_not_register_for(build):
    session = build.session(at(23, 10), at(23, 11), part=CONSULTATION)
    person = build.person(parts=(CONFERENCE,))
    assignment = build.assign(session, person)
    [problem] = found(build, "unregistered_part")
    assert problem.assignment_ids == (assignment,) and problem.part_ids == (CONSULTATION,)


def test_person_registered_for_the_part_is_fine(build):
    build.assign(build.session(at(24, 10), at(24, 11)), build.person(parts=(CONFERENCE,)))
    build.assign(
        build.session(at(23, 10), at(23, 11), part=CONSULTATION), build.person(parts=(CONFERENCE,)), status="withdrawn"
    )
    assert found(build, "unregistered_part") == []


# late_interest


def test_interest_after_its_deadline(build):
    person = build.person()
    build.deadline("interest", at(5, 23, 59))
    late = build.interest(person, "rapporteur", at(6, 9))
    build.interest(person, "open_discussion", at(5, 9))
    [problem] = found(build, "late_interest")
    assert problem.interest_ids == (late,) and problem.person_ids == (person,)


def test_interest_before_the_last_deadline_or_without_one_is_fine(build):
    person = build.person()
    build.interest(person, "rapporteur", at(6, 9))
    build.deadline("registration", at(1, 9))  # another kind of deadline does not apply
    assert found(build, "late_interest") == []
    build.deadline("interest", at(5, 23, 59))
    build.deadline("interest", at(10, 23, 59))  # extended
    assert found(build, "late_interest") == []


# unconfirmed_invitation


def test_invitation_unanswered_close_to_the_session(build):
    session = build.session(at(24, 10), at(24, 11))
    assignment = build.assign(session, build.person(), status="invited")
    [problem] = found(build, "unconfirmed_invitation", today=date(2021, 2, 17))
    assert problem.assignment_ids == (assignment,) and problem.facts["days"] == 7
    assert found(build, "unconfirmed_invitation", today=date(2021, 2, 16)) == []
    settings = {"rules": {"confirm_days_before": 10}}
    assert len(found(build, "unconfirmed_invitation", settings=settings, today=date(2021, 2, 14))) == 1


def test_confirmed_or_proposed_is_not_an_unanswered_invitation(build):
    session = build.session(at(24, 10), at(24, 11))
    build.assign(session, build.person(), status="confirmed")
    build.assign(session, build.person(), status="proposed")
    assert found(build, "unconfirmed_invitation", today=date(2021, 2, 24)) == []


# refused_still_printed


def test_declined_assignment_holding_minutes_is_still_printed(build):
    session = build.session(at(24, 10), at(24, 11))
    assignment = build.assign(session, build.person(), status="declined", minutes=7)
    [problem] = found(build, "refused_still_printed")
    assert problem.assignment_ids == (assignment,) and problem.facts == {"status": "declined", "minutes": 7}


def test_refused_assignment_without_minutes_or_active_one_is_fine(build):
    session = build.session(at(24, 10), at(24, 11))
    build.assign(session, build.person(), status="withdrawn", minutes=0)
    build.assign(session, build.person(), status="confirmed", minutes=7)
    build.assign(build.session(at(24, 10), at(24, 11), cancelled=True), build.person(), status="declined", minutes=7)
    assert found(build, "refused_still_printed") == []


# no_email


def test_invited_person_without_email(build):
    person = build.person(email=None)
    session = build.session(at(24, 10), at(24, 11))
    assignment = build.assign(session, person, status="invited")
    [problem] = found(build, "no_email")
    assert problem.severity == "error" and problem.assignment_ids == (assignment,)


def test_proposed_person_without_email_or_invited_with_one_is_fine(build):
    session = build.session(at(24, 10), at(24, 11))
    build.assign(session, build.person(email=None), status="proposed")
    build.assign(session, build.person(email=None), status="declined")
    build.assign(session, build.person(), status="invited")
    assert found(build, "no_email") == []


# the whole run


def test_problems_come_sorted_by_severity_then_code(build):
    session = build.session(at(23, 10), at(23, 11), kind="roundtable")
    build.assign(session, build.person(email=None, parts=()), status="invited", minutes=90)
    problems = run(build.snapshot(), today=date(2021, 2, 23))
    keys = [(p.severity, p.code) for p in problems]
    order = {"error": 0, "warning": 1, "info": 2}
    assert keys == sorted(keys, key=lambda k: (order[k[0]], k[1]))
    assert {
        "session_outside_part",
        "minutes_over_length",
        "missing_role",
        "no_email",
        "unregistered_part",
        "unconfirmed_invitation",
    } <= {p.code for p in problems}
