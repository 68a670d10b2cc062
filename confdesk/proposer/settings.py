"""Proposer settings, read from ``Conference.settings["proposer"]``; balance thresholds and the
speaking roles come from the rule settings, so the proposer never proposes what the rules flag.

Example (these are the defaults)::

    {"proposer": {
        "seats": {"roundtable": {"speaker": 4, "rapporteur": 1},
                  "plenary": {"speaker": 4},
                  "open_discussion": {"floor_intervention": 10}},
        "minutes": {"speaker": 7, "rapporteur": 5, "floor_intervention": 3},
        "multiple_speaking_roles": false,
        "time_limit_seconds": 10
    }}

``seats`` is how many people of each role a session of each kind takes in all (people already
in the lineup included); ``minutes`` is the speaking time each new role gets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from confdesk.model import Role, SessionKind
from confdesk.rules.settings import RuleSettings, SettingsError, integer, number, section

DEFAULT_SEATS: Mapping[str, Mapping[str, int]] = {
    SessionKind.ROUNDTABLE: {Role.SPEAKER: 4, Role.RAPPORTEUR: 1},
    SessionKind.PLENARY: {Role.SPEAKER: 4},
    SessionKind.OPEN_DISCUSSION: {Role.FLOOR_INTERVENTION: 10},
}
DEFAULT_MINUTES: Mapping[str, int] = {Role.SPEAKER: 7, Role.RAPPORTEUR: 5, Role.FLOOR_INTERVENTION: 3}


def _seats(value: Any) -> dict[str, dict[str, int]]:
    key = "proposer.seats"
    if not isinstance(value, dict) or any(k not in set(SessionKind) for k in value):
        raise SettingsError(key, "an object of session kind -> {role: number of seats}")
    seats: dict[str, dict[str, int]] = {}
    for kind, roles in value.items():
        if not isinstance(roles, dict) or any(r not in set(Role) for r in roles):
            raise SettingsError(f"{key}.{kind}", f"an object of role ({', '.join(Role)}) -> number of seats")
        seats[SessionKind(kind)] = {Role(r): integer(n, f"{key}.{kind}.{r}", 0, 500) for r, n in roles.items()}
    return seats


def _minutes(value: Any) -> dict[str, int]:
    key = "proposer.minutes"
    if not isinstance(value, dict) or any(r not in set(Role) for r in value):
        raise SettingsError(key, f"an object of role ({', '.join(Role)}) -> speaking minutes")
    return {Role(r): integer(n, f"{key}.{r}", 0, 24 * 60) for r, n in value.items()}


@dataclass(frozen=True)
class ProposerSettings:
    seats: Mapping[str, Mapping[str, int]] = field(default_factory=lambda: dict(DEFAULT_SEATS))
    minutes: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_MINUTES))
    #: May one person hold several speaking roles across the conference?
    multiple_speaking_roles: bool = False
    time_limit_seconds: float = 10.0
    rules: RuleSettings = field(default_factory=RuleSettings)

    KEYS = frozenset({"seats", "minutes", "multiple_speaking_roles", "time_limit_seconds"})

    @classmethod
    def from_conference(cls, settings: Mapping[str, Any] | None) -> ProposerSettings:
        values = section(settings, "proposer", set(cls.KEYS))
        parsed: dict[str, Any] = {"rules": RuleSettings.from_conference(settings)}
        if "seats" in values:
            parsed["seats"] = _seats(values["seats"])
        if "minutes" in values:
            parsed["minutes"] = {**DEFAULT_MINUTES, **_minutes(values["minutes"])}
        if "multiple_speaking_roles" in values:
            if not isinstance(values["multiple_speaking_roles"], bool):
                raise SettingsError("proposer.multiple_speaking_roles", "true or false")
            parsed["multiple_speaking_roles"] = values["multiple_speaking_roles"]
        if "time_limit_seconds" in values:
            parsed["time_limit_seconds"] = number(
                values["time_limit_seconds"], "proposer.time_limit_seconds", 0.1, 3600
            )
        return cls(**parsed)

    def minutes_for(self, role: str) -> int:
        return self.minutes.get(role, 0)
