"""Per-conference rule thresholds, read from ``Conference.settings["rules"]``.

Every key is optional; a missing key takes the default below. Example::

    {"rules": {
        "conflict_buffer_minutes": 10,
        "confirm_days_before": 7,
        "required_roles": {"roundtable": ["moderator", "rapporteur"], "plenary": ["chair|moderator"]},
        "speaking_roles": ["speaker", "panellist", "keynote", "discussant", "rapporteur"],
        "balance_kinds": ["roundtable", "plenary"],
        "max_gender_share": 0.7,
        "min_groups": 3,
        "min_countries": 3
    }}

``required_roles`` lists, per session kind, the roles a lineup must hold; ``"chair|moderator"``
means either one will do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from confdesk.errors import ConfDeskError
from confdesk.model import Role, SessionKind


class SettingsError(ConfDeskError):
    """A conference setting has a value ConfDesk cannot use; the message names it."""

    code = "bad_setting"

    def __init__(self, key: str, expected: str) -> None:
        super().__init__(f"conference settings: {key} must be {expected}")
        self.key = key


DEFAULT_REQUIRED_ROLES: Mapping[str, tuple[frozenset[str], ...]] = {
    SessionKind.ROUNDTABLE: (frozenset({Role.MODERATOR}), frozenset({Role.RAPPORTEUR})),
    SessionKind.PLENARY: (frozenset({Role.CHAIR, Role.MODERATOR}),),
}
DEFAULT_SPEAKING_ROLES = frozenset({Role.SPEAKER, Role.PANELLIST, Role.KEYNOTE, Role.DISCUSSANT, Role.RAPPORTEUR})
DEFAULT_BALANCE_KINDS = frozenset({SessionKind.ROUNDTABLE, SessionKind.PLENARY})


def integer(value: Any, key: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SettingsError(key, f"a whole number from {low} to {high}")
    return value


def number(value: Any, key: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise SettingsError(key, f"a number from {low} to {high}")
    return float(value)


def codes(value: Any, key: str, vocabulary: type[StrEnum]) -> frozenset[str]:
    allowed = ", ".join(v.value for v in vocabulary)
    if not isinstance(value, list) or any(v not in set(vocabulary) for v in value):
        raise SettingsError(key, f"a list of: {allowed}")
    return frozenset(vocabulary(v) for v in value)


def section(settings: Mapping[str, Any] | None, name: str, known: set[str]) -> dict[str, Any]:
    """``settings[name]`` checked to be an object with only ``known`` keys."""
    values = (settings or {}).get(name, {})
    if not isinstance(values, dict):
        raise SettingsError(name, "an object of settings")
    unknown = sorted(set(values) - known)
    if unknown:
        raise SettingsError(f"{name}.{unknown[0]}", f"one of the known settings ({', '.join(sorted(known))})")
    return values


def _required_roles(value: Any) -> dict[str, tuple[frozenset[str], ...]]:
    key = "rules.required_roles"
    expected = 'an object of session kind -> list of roles ("chair|moderator" for either)'
    if not isinstance(value, dict):
        raise SettingsError(key, expected)
    result: dict[str, tuple[frozenset[str], ...]] = {}
    for kind, roles in value.items():
        if kind not in set(SessionKind) or not isinstance(roles, list):
            raise SettingsError(key, expected)
        needs: list[frozenset[str]] = []
        for need in roles:
            choices = need.split("|") if isinstance(need, str) else None
            if not choices or any(c not in set(Role) for c in choices):
                raise SettingsError(f"{key}.{kind}", f"a list of roles ({', '.join(Role)})")
            needs.append(frozenset(Role(c) for c in choices))
        result[SessionKind(kind)] = tuple(needs)
    return result


@dataclass(frozen=True)
class RuleSettings:
    #: Minutes a person needs between two sessions (moving between meeting rooms).
    conflict_buffer_minutes: int = 0
    #: An invitation still unanswered this many days before its session is a problem.
    confirm_days_before: int = 7
    required_roles: Mapping[str, tuple[frozenset[str], ...]] = field(
        default_factory=lambda: dict(DEFAULT_REQUIRED_ROLES)
    )
    #: Roles that make up a lineup for balance, organisation and the one-role-per-person limit.
    speaking_roles: frozenset[str] = DEFAULT_SPEAKING_ROLES
    #: Session kinds whose lineups are checked for balance.
    balance_kinds: frozenset[str] = DEFAULT_BALANCE_KINDS
    #: No gender may hold more than this share of a lineup of two or more people.
    max_gender_share: float = 0.7
    #: A lineup of n people needs at least min(n, min_groups) stakeholder groups ...
    min_groups: int = 3
    #: ... and at least min(n, min_countries) countries.
    min_countries: int = 3

    KEYS = frozenset({
        "conflict_buffer_minutes", "confirm_days_before", "required_roles", "speaking_roles",
        "balance_kinds", "max_gender_share", "min_groups", "min_countries",
    })  # fmt: skip

    @classmethod
    def from_conference(cls, settings: Mapping[str, Any] | None) -> RuleSettings:
        """The rule settings of a conference's ``settings`` dict; :class:`SettingsError` names
        the first bad value."""
        values = section(settings, "rules", set(cls.KEYS))
        parsed: dict[str, Any] = {}
        if "conflict_buffer_minutes" in values:
            parsed["conflict_buffer_minutes"] = integer(
                values["conflict_buffer_minutes"], "rules.conflict_buffer_minutes", 0, 24 * 60
            )
        if "confirm_days_before" in values:
            parsed["confirm_days_before"] = integer(values["confirm_days_before"], "rules.confirm_days_before", 0, 365)
        if "required_roles" in values:
            parsed["required_roles"] = _required_roles(values["required_roles"])
        if "speaking_roles" in values:
            parsed["speaking_roles"] = codes(values["speaking_roles"], "rules.speaking_roles", Role)
        if "balance_kinds" in values:
            parsed["balance_kinds"] = codes(values["balance_kinds"], "rules.balance_kinds", SessionKind)
        if "max_gender_share" in values:
            parsed["max_gender_share"] = number(values["max_gender_share"], "rules.max_gender_share", 0.5, 1.0)
        for key in ("min_groups", "min_countries"):
            if key in values:
                parsed[key] = integer(values[key], f"rules.{key}", 1, 50)
        return cls(**parsed)
