"""Mapping the values of coded columns: every answer a reading does not recognise ("Migrant or
diaspora", "Jordanie ", "Table ronde 7") is listed with the closest known value proposed and
a score, for the user to confirm; confirmed spellings live in the mapping profile's ``values``.

Closeness is the better of difflib's ratio and the overlap of words, on text folded by
:func:`~confdesk.imports.text.normalise` (case, accents, Arabic hamza seats and tashkeel) and,
for words, without the Arabic article and a plural ``s``. difflib is the standard library's;
no maintained package scores short multilingual phrases against a closed list better.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from functools import cache

from babel import Locale
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk import world
from confdesk.imports import answers, vocabulary
from confdesk.imports.countries import country_code
from confdesk.imports.mapping import Profile
from confdesk.imports.sources import Table
from confdesk.imports.text import clean_cell, normalise
from confdesk.model import InterestKind, Part, Session, SessionKind

#: Columns whose cells name one of a closed list of values.
CODED_FIELDS: tuple[str, ...] = ("group", "language", "gender", "country", "parts", "interests")
#: Fields whose cell may hold several answers ("Part 1; Part 2").
MULTIPLE = frozenset({"parts", "interests"})
#: Below this a proposal is not made: the user picks the value.
THRESHOLD = 0.75
_STOP_WORDS = frozenset(normalise(w) for w in ("or", "and", "of", "the", "ou", "et", "de", "des", "la", "le", "du"))
_LANGUAGES = ("ar", "en", "fr", "es", "ru", "zh", "de", "it", "pt", "tr", "fa", "ku", "so")


@dataclass(frozen=True)
class Roundtable:
    number: int
    #: The session's title in ar, en, fr ("" where it has none).
    titles: tuple[str, str, str]


@dataclass(frozen=True)
class ConferenceChoices:
    """What the conference really has: its parts (position, names in ar, en, fr) and its
    roundtable sessions."""

    parts: tuple[tuple[int, tuple[str, str, str]], ...]
    roundtables: tuple[Roundtable, ...]

    @property
    def roundtable_numbers(self) -> tuple[int, ...]:
        return tuple(table.number for table in self.roundtables)


def conference_choices(db: DbSession, conference_id: int) -> ConferenceChoices:
    parts = db.scalars(select(Part).where(Part.conference_id == conference_id).order_by(Part.position, Part.id))
    named = tuple(
        (position, (part.name.ar or "", part.name.en or "", part.name.fr or ""))
        for position, part in enumerate(parts, start=1)
    )
    sessions = db.scalars(
        select(Session)
        .join(Part)
        .where(
            Part.conference_id == conference_id,
            Session.kind == SessionKind.ROUNDTABLE,
            Session.number.is_not(None),
            Session.cancelled.is_(False),
        )
        .order_by(Session.number)
    )
    tables: dict[int, Roundtable] = {}
    for session in sessions:
        assert session.number is not None
        titles = (session.title.ar or "", session.title.en or "", session.title.fr or "")
        tables.setdefault(session.number, Roundtable(session.number, titles))
    return ConferenceChoices(named, tuple(tables.values()))


def interest_value(kind: str, roundtable: int | None = None) -> str:
    """How a speaking-role value is written in a profile: ``rapporteur``, ``roundtable_speaker:2``."""
    return f"{kind}:{roundtable}" if roundtable else kind


def parse_interest_value(value: str) -> tuple[str, int | None]:
    kind, _, number = value.partition(":")
    return kind, int(number) if number.isdigit() else None


def known_values(field: str, choices: ConferenceChoices) -> dict[str, tuple[str, ...]]:
    """Every value ``field`` can take → the spellings it is matched against."""
    if field == "group":
        return {str(group): words for group, words in vocabulary.GROUP_WORDS.items()}
    if field == "gender":
        return {str(gender): words for gender, words in vocabulary.GENDER_WORDS.items()}
    if field == "language":
        return dict(_language_spellings())
    if field == "country":
        return dict(_country_spellings())
    if field == "parts":
        return {str(position): (*filter(None, names), f"part {position}") for position, names in choices.parts}
    if field == "interests":
        found: dict[str, tuple[str, ...]] = {str(kind): words for kind, words in vocabulary.INTEREST_WORDS.items()}
        for table in choices.roundtables:
            found[interest_value(InterestKind.ROUNDTABLE_SPEAKER, table.number)] = (
                *(f"{word} {table.number}" for word in vocabulary.ROUNDTABLE_WORDS),
                *filter(None, table.titles),
            )
        return found
    raise ValueError(field)


@cache
def _language_spellings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (
            code,
            tuple(
                dict.fromkeys(Locale(code).get_display_name(Locale(lang)) or "" for lang in ("en", "fr", "ar", code))
            ),
        )
        for code in _LANGUAGES
    )


@cache
def _country_spellings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    names: dict[str, list[str]] = {}
    for lang in ("en", "fr", "ar"):
        for code, name in Locale(lang).territories.items():
            if world.is_country(code):
                names.setdefault(code, []).append(name)
    return tuple((code, tuple(spellings)) for code, spellings in names.items())


def _words(norm: str) -> frozenset[str]:
    words = set()
    for word in norm.split():
        if word in _STOP_WORDS:
            continue
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        elif word.isascii() and len(word) > 4 and word.endswith("s"):
            word = word[:-1]
        words.add(word)
    return frozenset(words)


def closeness(a: str, b: str) -> float:
    """0..1: how alike two answers are, after folding case, accents and Arabic spelling."""
    left, right = normalise(a), normalise(b)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    ratio = difflib.SequenceMatcher(None, left, right).ratio()
    words_a, words_b = _words(left), _words(right)
    if not words_a or not words_b:
        return ratio
    shared = len(words_a & words_b)
    # Every word of the shorter phrase found in the longer ("Migrant or diaspora" in "Migrant
    # or diaspora organisation") counts almost as much as the same phrase.
    overlap = 0.9 * shared / min(len(words_a), len(words_b))
    dice = 2 * shared / (len(words_a) + len(words_b))
    best = max(ratio, overlap if shared > 1 or len(words_a) == len(words_b) == 1 else dice, dice)
    # Only the same text is a perfect match; the same words in another form come close.
    return round(min(best, 0.95), 3)


@dataclass(frozen=True)
class Proposal:
    """A value the file holds that no reading recognises, and the closest known one."""

    field: str
    text: str
    #: How many cells hold it.
    count: int
    #: The known value proposed (a code, a part position, an interest value), or "" for none.
    value: str
    score: float


def propose(field: str, text: str, choices: ConferenceChoices) -> tuple[str, float]:
    """The known value of ``field`` closest to ``text`` and its score, or ("", best score)."""
    if field == "interests" and vocabulary.interest_of(text):
        # "Roundtable 7" where there are four is no spelling of "Roundtable 1": the user says.
        return "", 0.0
    best, score = "", 0.0
    for value, spellings in known_values(field, choices).items():
        for spelling in (value, *spellings):
            found = closeness(text, spelling)
            if found > score:
                best, score = value, found
    return (best, score) if score >= THRESHOLD else ("", score)


def recognised(field: str, text: str, choices: ConferenceChoices) -> str | None:
    """The value the import reads ``text`` as without help, or None."""
    if field == "group":
        return answers.group(text)
    if field == "gender":
        return answers.gender(text) or ("" if answers.is_unsaid(text) else None)
    if field == "language":
        return answers.language(text)
    if field == "country":
        return country_code(text)
    if field == "parts":
        return part_position(text, choices)
    if field == "interests":
        interest = vocabulary.interest_of(text)
        if interest is None:
            return "" if answers.truth(text) is False else None
        kind, number = interest
        if number is not None and number not in choices.roundtable_numbers:
            return None
        return interest_value(kind, number)
    raise ValueError(field)


def part_position(text: str, choices: ConferenceChoices) -> str | None:
    norm = normalise(text)
    names = [(position, {normalise(name) for name in names if name}) for position, names in choices.parts]
    for position, folded in names:
        if norm in folded:
            return str(position)
    inside = [position for position, folded in names if any(f" {norm} " in f" {name} " for name in folded)]
    if len(inside) == 1:
        return str(inside[0])
    for word in ("part", "partie", "الجزء", ""):
        rest = norm.removeprefix(normalise(word)).strip() if word else norm
        if rest.isdigit() and 1 <= int(rest) <= len(choices.parts):
            return rest
    return None


def unknown_values(table: Table, mapping: list[str], profile: Profile, choices: ConferenceChoices) -> list[Proposal]:
    """Each distinct value of a coded column that neither the profile nor a reading knows,
    with a proposal, most frequent first within each field."""
    found: list[Proposal] = []
    for index, target in enumerate(mapping):
        if target not in CODED_FIELDS:
            continue
        confirmed = {normalise(k) for k in profile.values.get(target, {})}
        counts: Counter[str] = Counter()
        spelt: dict[str, str] = {}
        for row in table.rows:
            cell = clean_cell(row.cells[index]) if index < len(row.cells) else ""
            in_cell: set[str] = set()
            for text in answers.choices(cell) if target in MULTIPLE else [cell]:
                text = " ".join(text.split())
                key = normalise(text)
                if not key or key in confirmed or key in in_cell:
                    continue
                in_cell.add(key)
                counts[key] += 1
                spelt.setdefault(key, text)
        for key, count in counts.most_common():
            text = spelt[key]
            if recognised(target, text, choices) is not None:
                continue
            value, score = propose(target, text, choices)
            found.append(Proposal(target, text, count, value, score))
    return found


def with_values(profile: Profile, confirmed: dict[str, dict[str, str]]) -> Profile:
    """``profile`` keeping the confirmed spellings as well (a later confirmation wins)."""
    values = {field: dict(spellings) for field, spellings in profile.values.items()}
    for field, spellings in confirmed.items():
        values.setdefault(field, {}).update(spellings)
    return Profile(profile.columns, dict(profile.defaults), values, profile.sheet, profile.name)
