"""Rules about each session's lineup: required roles and balance."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from fractions import Fraction

from confdesk.rules.problem import Problem
from confdesk.rules.settings import RuleSettings
from confdesk.rules.snapshot import AssignmentFacts, PersonFacts, Snapshot
from confdesk.words import counted


def missing_role(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    for session in snap.sessions:
        needs = settings.required_roles.get(session.kind, ())
        if not needs or session.cancelled:
            continue
        held = {a.role for a in snap.active_by_session.get(session.id, ())}
        for need in needs:
            if not need & held:
                roles = sorted(need)
                yield Problem(
                    "missing_role",
                    "error",
                    f"'{session.title}' has no {' or '.join(roles)}.",
                    session_ids=(session.id,),
                    facts={"roles": roles},
                )


def speaking_lineup(snap: Snapshot, settings: RuleSettings, lineup: list[AssignmentFacts]) -> dict[int, list[int]]:
    """Person id -> assignment ids of the people who speak in a lineup."""
    speakers: dict[int, list[int]] = defaultdict(list)
    for assignment in lineup:
        if assignment.role in settings.speaking_roles:
            speakers[assignment.person_id].append(assignment.id)
    return speakers


def gender_over_share(genders: list[str | None], max_share: float) -> tuple[str, int, int] | None:
    """(gender, count, known) when one gender holds more than ``max_share`` of the people whose
    gender is known, in a lineup of two or more of them; the proposer uses the same test."""
    known = [g for g in genders if g]
    if len(known) < 2:
        return None
    gender, count = sorted(Counter(known).items(), key=lambda item: (-item[1], item[0]))[0]
    share = share_fraction(max_share)
    return (gender, count, len(known)) if count * share.denominator > share.numerator * len(known) else None


def share_fraction(max_share: float) -> Fraction:
    """The share as an exact fraction, so the rule and the proposer's integer model agree on
    lineups exactly at the threshold (0.7 of 10 is 7, not 7.000000000000001)."""
    return Fraction(max_share).limit_denominator(1000)


def lineup_balance(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    for session_id, lineup in snap.active_by_session.items():
        session = snap.session_by_id[session_id]
        speakers = speaking_lineup(snap, settings, lineup)
        people: list[PersonFacts] = [snap.person_by_id[p] for p in sorted(speakers)]
        ids = dict(
            session_ids=(session_id,),
            person_ids=tuple(p.id for p in people),
            assignment_ids=tuple(sorted(a for ids in speakers.values() for a in ids)),
        )
        yield from _same_organisation(session.title, session_id, people, speakers)
        if session.kind not in settings.balance_kinds or len(people) < 2:
            continue
        over = gender_over_share([p.gender for p in people], settings.max_gender_share)
        if over:
            gender, count, known = over
            yield Problem(
                "gender_imbalance",
                "warning",
                f"'{session.title}': {count} of {known} speakers are {gender} "
                f"(at most {settings.max_gender_share:.0%}).",
                facts={"gender": gender, "count": count, "known": known, "max_share": settings.max_gender_share},
                **ids,
            )
        groups = {p.group for p in people if p.group}
        needed = min(settings.min_groups, len(people))
        if len(groups) < needed:
            yield Problem(
                "too_few_groups",
                "warning",
                f"'{session.title}': {counted(len(people), 'speaker')} from only "
                f"{counted(len(groups), 'stakeholder group')} (at least {needed}).",
                facts={"groups": len(groups), "needed": needed, "speakers": len(people)},
                **ids,
            )
        countries = {p.country for p in people if p.country}
        needed = min(settings.min_countries, len(people))
        if len(countries) < needed:
            yield Problem(
                "too_few_countries",
                "warning",
                f"'{session.title}': {len(people)} speakers from only {len(countries)} "
                f"country(ies) (at least {needed}).",
                facts={"countries": len(countries), "needed": needed, "speakers": len(people)},
                **ids,
            )


def _same_organisation(
    title: str, session_id: int, people: list[PersonFacts], speakers: dict[int, list[int]]
) -> Iterator[Problem]:
    by_organisation: dict[str, list[PersonFacts]] = defaultdict(list)
    for person in people:
        if person.organisation_key:
            by_organisation[person.organisation_key].append(person)
    for members in by_organisation.values():
        if len(members) > 1:
            yield Problem(
                "same_organisation",
                "warning",
                f"'{title}': {len(members)} speakers from {members[0].organisation} "
                f"({', '.join(p.name for p in members)}).",
                session_ids=(session_id,),
                person_ids=tuple(p.id for p in members),
                assignment_ids=tuple(sorted(a for p in members for a in speakers[p.id])),
                facts={"organisation": members[0].organisation, "count": len(members)},
            )
