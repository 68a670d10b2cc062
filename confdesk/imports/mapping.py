"""Which column fills which field: recognised from headers, or set by a mapping profile.

A profile is a small JSON file (docs/import-profiles.md) the import dialog saves and the
command line reads with ``--map``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from confdesk.files import write_atomic
from confdesk.imports import vocabulary
from confdesk.imports.errors import ProfileError
from confdesk.imports.text import has_arabic, normalise
from confdesk.model import InterestKind, StakeholderGroup

#: Targets a column can have besides the person fields in ``vocabulary.FIELD_HEADERS``.
IGNORE = "ignore"
INTEREST_PREFIX = "interest:"
FIELDS: tuple[str, ...] = tuple(vocabulary.FIELD_HEADERS)
_INTEREST_TARGET = re.compile(r"^interest:(open_discussion|rapporteur|plenary_speaker|roundtable:(\d{1,2}))$")


def interest_target(kind: str, roundtable: int | None = None) -> str:
    return f"{INTEREST_PREFIX}roundtable:{roundtable}" if roundtable else f"{INTEREST_PREFIX}{kind}"


def parse_interest_target(target: str) -> tuple[str, int | None]:
    match = _INTEREST_TARGET.match(target)
    if not match:
        raise ValueError(target)
    if match.group(2):
        return str(InterestKind.ROUNDTABLE_SPEAKER), int(match.group(2))
    return match.group(1), None


def is_target(target: str) -> bool:
    return target == IGNORE or target in FIELDS or bool(_INTEREST_TARGET.match(target))


@dataclass
class Profile:
    """A saved mapping: column headers → targets, defaults, and extra spellings of values."""

    columns: dict[str, str] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    sheet: str | None = None
    name: str = ""

    def to_json(self) -> str:
        data: dict[str, object] = {"name": self.name, "columns": self.columns}
        if self.defaults:
            data["defaults"] = self.defaults
        if self.values:
            data["values"] = self.values
        if self.sheet:
            data["sheet"] = self.sheet
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def save(self, path: str | Path) -> None:
        write_atomic(path, self.to_json())

    @property
    def group(self) -> str:
        return self.defaults.get("group", str(StakeholderGroup.CIVIL_SOCIETY))

    @property
    def language(self) -> str:
        return self.defaults.get("language", "en")

    @property
    def text_language(self) -> str:
        """The language slot Latin-script organisation and job titles go in."""
        return self.defaults.get("text_language", "en")


_DEFAULT_KEYS = {"group", "language", "text_language"}


def load_profile(path: str | Path) -> Profile:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise ProfileError(f"mapping profile {path.name} cannot be read: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ProfileError(f"mapping profile {path.name} is not valid JSON ({error})") from None
    return parse_profile(data, path.name)


def parse_profile(data: object, name: str = "profile") -> Profile:
    if not isinstance(data, dict):
        raise ProfileError(f"mapping profile {name} must be a JSON object")
    columns = data.get("columns", {})
    if not isinstance(columns, dict):
        raise ProfileError(f"mapping profile {name}: 'columns' must map headers to fields")
    for header, target in columns.items():
        if not isinstance(target, str) or not is_target(target):
            raise ProfileError(f"mapping profile {name}: column {header!r} maps to unknown field {target!r}")
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict) or set(defaults) - _DEFAULT_KEYS:
        raise ProfileError(f"mapping profile {name}: 'defaults' may only set {', '.join(sorted(_DEFAULT_KEYS))}")
    group = defaults.get("group")
    if group is not None and group not in {g.value for g in StakeholderGroup}:
        raise ProfileError(f"mapping profile {name}: default group {group!r} is not a stakeholder group")
    if defaults.get("text_language", "en") not in ("ar", "en", "fr"):
        raise ProfileError(f"mapping profile {name}: text_language must be ar, en or fr")
    values = data.get("values", {})
    if not isinstance(values, dict) or not all(
        isinstance(spellings, dict) and all(isinstance(v, str) for v in spellings.values())
        for spellings in values.values()
    ):
        raise ProfileError(f"mapping profile {name}: 'values' must map fields to {{spelling: value}}")
    sheet = data.get("sheet")
    return Profile(
        columns={str(k): v for k, v in columns.items()},
        defaults={str(k): str(v) for k, v in defaults.items()},
        values={str(k): dict(v) for k, v in values.items()},
        sheet=str(sheet) if sheet else None,
        name=str(data.get("name", "")),
    )


def recognise(header: str) -> str | None:
    """The target a header names by itself, in English, French or Arabic, or None."""
    norm = normalise(header)
    if not norm:
        return None
    target = _header_index().get(norm)
    if target:
        return target
    interest = vocabulary.interest_of(header)
    if interest:
        return interest_target(*interest)
    if " / " in header:
        # A two-row header from merged cells: "Name / First" → try "First Name", then each half.
        parent, child = header.split(" / ", 1)
        for candidate in (f"{child} {parent}", child, parent):
            target = recognise(candidate)
            if target:
                return target
    return None


_HEADERS: dict[str, str] = {}


def _header_index() -> dict[str, str]:
    if not _HEADERS:
        _HEADERS.update(vocabulary.index(vocabulary.FIELD_HEADERS))
    return _HEADERS


def guess_mapping(
    headers: list[str], profile: Profile | None = None, rows: Sequence[Sequence[object]] = ()
) -> list[str]:
    """A target for every column: the profile's choice, else the recognised one, else ignore.

    With ``rows`` (the cells of the first rows), a name column whose header does not say which
    script it holds ("Name", "الاسم") goes by what it holds: mostly Arabic script → the Arabic
    name, Latin → the name. A field already taken by an earlier column is not given to a later
    one, so a form with "Email" and "Confirm email" keeps the first.
    """
    chosen = {normalise(k): v for k, v in (profile.columns if profile else {}).items()}
    targets = [chosen.get(normalise(header)) or recognise(header) or IGNORE for header in headers]
    if rows:
        by_header = {normalise(h) for h in headers if chosen.get(normalise(h))}
        for index in _name_columns(targets):
            if normalise(headers[index]) in by_header:
                continue  # the user's own choice
            script = script_of(row[index] if index < len(row) else "" for row in rows)
            if script:
                targets[index] = "name_ar" if script == "arabic" else "name"
    mapping: list[str] = []
    taken: set[str] = set()
    for target in targets:
        if target != IGNORE and target in taken:
            target = IGNORE
        if target != IGNORE:
            taken.add(target)
        mapping.append(target)
    return mapping


def _name_columns(targets: list[str]) -> list[int]:
    """Columns that hold a whole name: those mapped to a name field, and a first or last name
    column with no counterpart (a lone "الاسم" is the name, not a first name)."""
    lone = {"first_name": "last_name", "last_name": "first_name"}
    return [
        index
        for index, target in enumerate(targets)
        if target in ("name", "name_ar") or (target in lone and lone[target] not in targets)
    ]


def script_of(cells: Iterable[object]) -> str | None:
    """ "arabic" or "latin" when at least 60 % of the non-blank cells are written in it."""
    arabic = latin = total = 0
    for cell in cells:
        text = str(cell or "").strip()
        if not text:
            continue
        total += 1
        letters = [char for char in text if char.isalpha()]
        arabic_letters = sum(1 for char in letters if has_arabic(char))
        if letters and arabic_letters * 2 > len(letters):
            arabic += 1
        elif letters and arabic_letters == 0:
            latin += 1
    if not total:
        return None
    if arabic >= 0.6 * total:
        return "arabic"
    if latin >= 0.6 * total:
        return "latin"
    return None


def profile_from_mapping(headers: list[str], mapping: list[str], base: Profile | None = None) -> Profile:
    """The profile that reproduces ``mapping`` for files with these headers."""
    profile = Profile(
        columns={header: target for header, target in zip(headers, mapping, strict=True) if header},
        defaults=dict(base.defaults) if base else {},
        values=dict(base.values) if base else {},
        sheet=base.sheet if base else None,
        name=base.name if base else "",
    )
    return profile
