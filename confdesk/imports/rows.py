"""One row of a registration file read into a draft person and registration, or rejected with
a reason. Nothing here touches the database."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, TypedDict
from zoneinfo import ZoneInfo

from confdesk.imports import answers, vocabulary
from confdesk.imports.countries import country_code
from confdesk.imports.mapping import INTEREST_PREFIX, Profile, parse_interest_target
from confdesk.imports.report import Detail
from confdesk.imports.sources import Cell, SourceRow
from confdesk.imports.text import clean_cell, has_arabic, normalise
from confdesk.imports.values import parse_interest_value
from confdesk.model import LocalText
from confdesk.services import PersonData, validate
from confdesk.services.errors import ValidationError

#: Longest organisation or job title kept; longer text is a paste accident, not a title.
MAX_TITLE = 500
MAX_NOTES = 10_000

Interest = tuple[str, int | None]
_PART_NUMBER = re.compile(r"(?:part|partie|الجزء)? ?(\d{1,2})")

_LocalField = Literal["organisation", "job_title", "honorific"]
_LOCAL_FIELDS: tuple[_LocalField, ...] = ("organisation", "job_title", "honorific")


class _LocalFields(TypedDict, total=False):
    """The :class:`PersonData` texts a file gives in one language."""

    organisation: LocalText
    job_title: LocalText
    honorific: LocalText


class Rejected(Exception):
    def __init__(self, code: str, reason: str, *values: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        #: What the reason quotes, for the UI to word it in the interface language.
        self.values = values


def _checked(value: str, field: str, *, multiline: bool = False) -> str:
    """``value`` as the services will take it, or the row rejected naming ``field``."""
    try:
        return validate.clean(value, field=field, multiline=multiline)
    except ValidationError as error:
        raise Rejected("bad_text", str(error), field) from None


def _note(notes: list[Detail], code: str, text: str, *values: str) -> None:
    detail = Detail(code, values, text)
    if detail not in notes:
        notes.append(detail)


@dataclass
class Draft:
    row: int
    email: str
    person: PersonData
    #: Person fields the file gave a value for (only these are compared with a known person).
    given: set[str]
    interests: list[Interest]
    #: Parts named in the file, or None when it has no parts column.
    part_ids: tuple[int, ...] | None
    registered_at: datetime
    notes: list[Detail] = field(default_factory=list)


@dataclass(frozen=True)
class PartName:
    id: int
    position: int
    names: tuple[str, ...]  # normalised, every language


class RowReader:
    """Turns rows into drafts with one mapping, profile and conference."""

    def __init__(
        self,
        headers: list[str],
        mapping: list[str],
        profile: Profile,
        zone: ZoneInfo,
        parts: list[PartName],
        imported_at: datetime,
        roundtables: tuple[int, ...] = (),
    ) -> None:
        self.headers = headers
        self.columns: dict[str, int] = {}
        self.interest_columns: list[tuple[int, Interest]] = []
        for index, target in enumerate(mapping):
            if target.startswith(INTEREST_PREFIX):
                self.interest_columns.append((index, parse_interest_target(target)))
            elif target != "ignore":
                self.columns[target] = index
        self.profile = profile
        self.zone = zone
        self.parts = parts
        self.imported_at = imported_at
        #: The conference's roundtable numbers; an interest in another one is not taken.
        self.roundtables = roundtables
        self.confirmed = {
            name: {normalise(k): v for k, v in spellings.items()} for name, spellings in profile.values.items()
        }

    def _confirmed(self, field_name: str, value: str) -> str | None:
        """The value the profile's mapping gives this spelling, or None."""
        return self.confirmed.get(field_name, {}).get(normalise(value))

    def read(self, row: SourceRow) -> Draft:
        cells = row.cells
        values = {target: clean_cell(cells[index]) for target, index in self.columns.items()}

        def text(target: str) -> str:
            return values.get(target, "")

        notes: list[Detail] = []
        email = self._email(text("email"))
        name, name_ar = self._names(text)
        given = {"name"}
        if name_ar:
            given.add("name_ar")
        country = ""
        if text("country"):
            country = self._country(text("country"))
            given.add("country")
        group = self.profile.group
        if text("group"):
            group = self._group(text("group"))
            given.add("group")
        language = self.profile.language
        if text("language"):
            found = self._confirmed("language", text("language")) or answers.language(text("language"))
            if found:
                language = found
                given.add("language")
            else:
                _note(
                    notes,
                    "unknown_language",
                    f"language {text('language')!r} not recognised; {language} kept",
                    text("language"),
                    language,
                )
        gender = None
        if "gender" in self.columns and not answers.is_unsaid(text("gender")):
            gender = self._confirmed("gender", text("gender")) or answers.gender(text("gender"))
            if gender:
                given.add("gender")
            else:
                _note(notes, "unknown_gender", f"gender {text('gender')!r} not recognised; left empty", text("gender"))
        local: _LocalFields = {}
        for field_name in _LOCAL_FIELDS:
            # A cell typed with Alt+Enter holds line breaks; a title is the one line they fold to.
            value = validate.join_lines(text(field_name))
            if value:
                if len(value) > MAX_TITLE:
                    raise Rejected(
                        "too_long", f"{field_name.replace('_', ' ')} is longer than {MAX_TITLE} characters", field_name
                    )
                _checked(value, field_name)
                local[field_name] = LocalText(**{"ar" if has_arabic(value) else self.profile.text_language: value})
                given.add(field_name)
        listed = False
        if text("listed"):
            listed = answers.truth(text("listed")) is True
            given.add("listed")
        note = text("notes")
        if len(note) > MAX_NOTES:
            raise Rejected("too_long", f"notes are longer than {MAX_NOTES} characters", "notes")
        note = _checked(note, "notes", multiline=True)
        if note:
            given.add("notes")
        person = PersonData(
            name=name,
            name_ar=name_ar,
            group=group,
            country=country,
            email=email,
            language=language,
            gender=gender,
            listed=listed,
            notes=note,
            **local,
        )
        return Draft(
            row=row.number,
            email=email,
            person=person,
            given=given,
            interests=self._interests(cells, notes),
            part_ids=self._parts(text("parts")) if "parts" in self.columns else None,
            registered_at=self._registered_at(cells, notes),
            notes=notes,
        )

    def _email(self, value: str) -> str:
        if not value:
            raise Rejected("missing_email", "no e-mail address")
        try:
            validate.clean(value, field="email", strict=True)
        except ValidationError as error:
            raise Rejected("bad_email", str(error), value) from None
        try:
            email = validate.email(value)
        except ValidationError:
            raise Rejected("bad_email", f"{value!r} is not a valid e-mail address", value) from None
        assert email is not None
        return email

    def _names(self, text: Callable[[str], str]) -> tuple[str, str]:
        full = text("name") or " ".join(part for part in (text("first_name"), text("last_name")) if part)
        full = " ".join(full.split())
        name_ar = " ".join(text("name_ar").split())
        if not full:
            full = name_ar
        if not full:
            raise Rejected("missing_name", "no name")
        if not name_ar and has_arabic(full):
            name_ar = full
        for field_name, value in (("name", full), ("name_ar", name_ar)):
            if len(value) > 200:
                raise Rejected("too_long", "name is longer than 200 characters", field_name)
            _checked(value, field_name)
        return full, name_ar

    def _country(self, value: str) -> str:
        code = self._confirmed("country", value) or country_code(value)
        if not code:
            raise Rejected("unknown_country", f"country {value!r} is not known", value)
        return code

    def _group(self, value: str) -> str:
        group = answers.group(value, self.profile.values.get("group"))
        if not group:
            raise Rejected("unknown_group", f"stakeholder group {value!r} is not known", value)
        return group

    def _interests(self, cells: tuple[Cell, ...], notes: list[Detail]) -> list[Interest]:
        found: list[Interest] = []
        for index, interest in self.interest_columns:
            answer = clean_cell(cells[index])
            verdict = answers.truth(answer)
            if verdict is None:
                # A checkbox column sometimes holds the choice's own label ("Rapporteur").
                verdict = vocabulary.interest_of(answer) == interest or None
            if verdict is None:
                _note(
                    notes,
                    "unknown_answer",
                    f"answer {answer!r} under {self.headers[index]!r} not understood; no interest taken",
                    answer,
                    self.headers[index],
                )
            elif verdict and interest not in found and self._is_real(interest, notes):
                found.append(interest)
        if "interests" in self.columns:
            for choice in answers.choices(clean_cell(cells[self.columns["interests"]])):
                confirmed = self._confirmed("interests", choice)
                chosen = parse_interest_value(confirmed) if confirmed else vocabulary.interest_of(choice)
                if chosen is None:
                    if answers.truth(choice) is not False:
                        _note(notes, "unknown_interest", f"interest {choice!r} not understood", choice)
                elif chosen not in found and self._is_real(chosen, notes):
                    found.append(chosen)
        return found

    def _is_real(self, interest: Interest, notes: list[Detail]) -> bool:
        """Whether the interest names a roundtable the conference has (when it has any)."""
        number = interest[1]
        if number is None or not self.roundtables or number in self.roundtables:
            return True
        _note(
            notes,
            "unknown_roundtable",
            f"the conference has no roundtable {number}; no interest taken",
            str(number),
        )
        return False

    def _parts(self, value: str) -> tuple[int, ...] | None:
        named = answers.choices(value)
        if not named:
            return None
        ids: list[int] = []
        for choice in named:
            part = self._part(choice)
            if part is None:
                raise Rejected("unknown_part", f"part {choice!r} is not a part of this conference", choice)
            ids.append(part)
        return tuple(dict.fromkeys(ids))

    def _part(self, choice: str) -> int | None:
        confirmed = self._confirmed("parts", choice)
        if confirmed and confirmed.isdigit() and 1 <= int(confirmed) <= len(self.parts):
            return self.parts[int(confirmed) - 1].id
        norm = normalise(choice)
        for part in self.parts:
            if norm in part.names:
                return part.id
        matches = [part.id for part in self.parts if any(f" {norm} " in f" {name} " for name in part.names)]
        if len(matches) == 1:
            return matches[0]
        numbered = _PART_NUMBER.fullmatch(norm)
        if numbered and 1 <= int(numbered.group(1)) <= len(self.parts):
            return self.parts[int(numbered.group(1)) - 1].id
        return None

    def _registered_at(self, cells: tuple[Cell, ...], notes: list[Detail]) -> datetime:
        index = self.columns.get("registered_at")
        if index is None or not cells[index]:
            return self.imported_at
        moment = answers.when(cells[index], self.zone)
        if moment is None:
            _note(
                notes,
                "unknown_date",
                f"registration date {cells[index]!r} not understood; import time used",
                clean_cell(cells[index]),
            )
            return self.imported_at
        return moment
