"""People, registrations and lineups as XLSX or CSV lists, headed in the chosen language.

XLSX sheets get a styled, frozen header row, widths fitted to their content and a right-to-left
sheet for Arabic; CSV is UTF-8 with a BOM so Excel reads Arabic. Text that a spreadsheet would
take for a formula (= + - @, tab, carriage return) is written with a leading apostrophe, so a
name like ``=HYPERLINK(...)`` from a registration form stays inert text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_datetime, format_time
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from confdesk import world
from confdesk.files import atomic_open, write_atomic
from confdesk.imports.vocabulary import (
    GENDER_WORDS,
    GROUP_WORDS,
    ROLE_LABELS,
    STATUS_LABELS,
    interest_label,
    label,
)
from confdesk.model import Assignment, Conference, Part, Person, Registration, Session

WHAT = ("people", "registrations", "lineups")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_HEADERS: dict[str, tuple[str, str, str]] = {
    # (en, fr, ar)
    "name": ("Name", "Nom", "الاسم"),
    "name_ar": ("Name in Arabic", "Nom en arabe", "الاسم بالعربية"),
    "honorific": ("Honorific", "Civilité", "اللقب"),
    "job_title": ("Job title", "Fonction", "المسمى الوظيفي"),
    "organisation": ("Organisation", "Organisation", "الجهة"),
    "group": ("Stakeholder group", "Groupe de parties prenantes", "فئة أصحاب المصلحة"),
    "country": ("Country", "Pays", "البلد"),
    "email": ("E-mail", "Courriel", "البريد الإلكتروني"),
    "language": ("Language", "Langue", "اللغة"),
    "gender": ("Gender", "Genre", "الجنس"),
    "listed": ("In participant list", "Dans la liste des participants", "في قائمة المشاركين"),
    "registered_at": ("Registration date", "Date d'inscription", "تاريخ التسجيل"),
    "parts": ("Parts", "Parties", "الأجزاء"),
    "interests": ("Interests", "Intérêts", "الاهتمامات"),
    "source": ("Source", "Source", "المصدر"),
    "part": ("Part", "Partie", "الجزء"),
    "start": ("Start", "Début", "البداية"),
    "end": ("End", "Fin", "النهاية"),
    "session": ("Session", "Session", "الجلسة"),
    "role": ("Role", "Rôle", "الدور"),
    "order": ("Order", "Ordre", "الترتيب"),
    "status": ("Status", "Statut", "الحالة"),
    "minutes": ("Speaking minutes", "Minutes de parole", "دقائق الكلام"),
}
_TITLES: dict[str, tuple[str, str, str]] = {
    "people": ("People", "Personnes", "الأشخاص"),
    "registrations": ("Registrations", "Inscriptions", "التسجيلات"),
    "lineups": ("Lineups", "Intervenants", "المتحدثون"),
}
_YES_NO = {"en": ("Yes", "No"), "fr": ("Oui", "Non"), "ar": ("نعم", "لا")}
_INDEX = {"en": 0, "fr": 1, "ar": 2}


#: What one cell of a list holds.
CellValue = str | int | float | None


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[CellValue, ...]]
    right_to_left: bool = False


def neutralise(value: CellValue) -> CellValue:
    """Text a spreadsheet would evaluate as a formula, made inert with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _word(table: dict[str, tuple[str, str, str]], key: str, lang: str) -> str:
    return table[key][_INDEX.get(lang, 0)]


def _person_cells(person: Person, lang: str, keys: Sequence[str]) -> list[CellValue]:
    values: dict[str, CellValue] = {
        "name": person.name_ar if lang == "ar" and person.name_ar else person.name,
        "name_ar": person.name_ar,
        "honorific": person.honorific.get(lang),
        "job_title": person.job_title.get(lang),
        "organisation": person.organisation.get(lang),
        "group": label(GROUP_WORDS, person.group, lang),
        "country": world.country_name(person.country, lang) if person.country else "",
        "email": person.email or "",
        "language": world.language_name(person.language, lang),
        "gender": label(GENDER_WORDS, person.gender, lang),
        "listed": _YES_NO.get(lang, _YES_NO["en"])[0 if person.listed else 1],
    }
    return [values[key] for key in keys]


def people_sheet(db: DbSession, conference_id: int, lang: str) -> Sheet:
    keys = (
        "name",
        "name_ar",
        "honorific",
        "job_title",
        "organisation",
        "group",
        "country",
        "email",
        "language",
        "gender",
        "listed",
    )
    people = db.scalars(select(Person).where(Person.conference_id == conference_id).order_by(Person.name, Person.id))
    rows = [tuple(_person_cells(person, lang, keys)) for person in people]
    return _sheet("people", keys, rows, lang)


def _conference_zone(db: DbSession, conference_id: int) -> ZoneInfo:
    conference = db.get(Conference, conference_id)
    if conference is None:
        raise LookupError(conference_id)
    return ZoneInfo(conference.timezone)


def _when(moment: datetime, zone: ZoneInfo, lang: str) -> str:
    return format_datetime(moment.astimezone(zone), "yyyy-MM-dd HH:mm", locale=lang)


def registrations_sheet(db: DbSession, conference_id: int, lang: str) -> Sheet:
    zone = _conference_zone(db, conference_id)
    keys = ("name", "email", "organisation", "country", "group", "registered_at", "parts", "interests", "source")
    registrations = db.scalars(
        select(Registration)
        .join(Person)
        .where(Person.conference_id == conference_id)
        .options(
            selectinload(Registration.parts), selectinload(Registration.interests), selectinload(Registration.person)
        )
        .order_by(Person.name, Registration.registered_at, Registration.id)
    )
    rows: list[tuple[CellValue, ...]] = []
    for registration in registrations:
        person = _person_cells(registration.person, lang, ("name", "email", "organisation", "country", "group"))
        rows.append(
            (
                *person,
                _when(registration.registered_at, zone, lang),
                "; ".join(part.name.get(lang) for part in registration.parts),
                "; ".join(interest_label(item.kind, item.roundtable, lang) for item in registration.interests),
                registration.source,
            )
        )
    return _sheet("registrations", keys, rows, lang)


def lineups_sheet(db: DbSession, conference_id: int, lang: str) -> Sheet:
    zone = _conference_zone(db, conference_id)
    keys = (
        "part",
        "start",
        "end",
        "session",
        "role",
        "order",
        "name",
        "organisation",
        "country",
        "group",
        "status",
        "minutes",
        "email",
    )
    assignments = db.scalars(
        select(Assignment)
        .join(Session)
        .join(Part)
        .where(Part.conference_id == conference_id)
        .options(selectinload(Assignment.person), selectinload(Assignment.session).selectinload(Session.part))
        .order_by(Session.starts_at, Session.id, Assignment.position, Assignment.id)
    )
    rows: list[tuple[CellValue, ...]] = []
    rank: dict[int, int] = {}
    for assignment in assignments:
        session = assignment.session
        rank[session.id] = rank.get(session.id, 0) + 1
        person = _person_cells(assignment.person, lang, ("name", "organisation", "country", "group"))
        rows.append(
            (
                session.part.name.get(lang),
                _when(session.starts_at, zone, lang),
                format_time(session.ends_at.astimezone(zone), "HH:mm", locale=lang),
                session.title.get(lang),
                label(ROLE_LABELS, assignment.role, lang),
                rank[session.id],
                person[0],
                person[1],
                person[2],
                person[3],
                label(STATUS_LABELS, assignment.status, lang),
                assignment.speaking_minutes,
                assignment.person.email or "",
            )
        )
    return _sheet("lineups", keys, rows, lang)


def _sheet(what: str, keys: Sequence[str], rows: list[tuple[CellValue, ...]], lang: str) -> Sheet:
    return Sheet(_word(_TITLES, what, lang), tuple(_word(_HEADERS, key, lang) for key in keys), rows, lang == "ar")


def build_sheet(db: DbSession, conference_id: int, what: str, lang: str = "en") -> Sheet:
    builders = {"people": people_sheet, "registrations": registrations_sheet, "lineups": lineups_sheet}
    if what not in builders:
        raise ValueError(f"unknown list {what!r}; choose one of {', '.join(WHAT)}")
    return builders[what](db, conference_id, lang)


def write_csv(sheet: Sheet, path: str | Path) -> None:
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([neutralise(header) for header in sheet.headers])
        writer.writerows([neutralise(value) for value in row] for row in sheet.rows)


def _width(values: Sequence[CellValue]) -> float:
    longest = max((len(str(value)) for value in values if value is not None), default=8)
    return min(max(longest + 2, 8), 60)


def write_xlsx(sheet: Sheet, path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    worksheet = book.create_sheet(sheet.title[:31])
    worksheet.sheet_view.rightToLeft = sheet.right_to_left
    worksheet.freeze_panes = "A2"
    for column, header in enumerate(sheet.headers):
        values = [header, *(row[column] for row in sheet.rows[:2000])]
        worksheet.column_dimensions[get_column_letter(column + 1)].width = _width(values)
    font = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")
    alignment = Alignment(vertical="center", wrap_text=True)
    header_cells = []
    for header in sheet.headers:
        cell = WriteOnlyCell(worksheet, value=neutralise(header))
        cell.font, cell.fill, cell.alignment = font, fill, alignment
        header_cells.append(cell)
    worksheet.append(header_cells)
    for row in sheet.rows:
        worksheet.append([neutralise(value) for value in row])
    # Built in memory, then written in one go: a full disk then fails in write_atomic, not
    # half way through openpyxl, which would leave its own half-closed writers behind.
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(path, buffer.getvalue())


def export_list(db: DbSession, conference_id: int, what: str, fmt: str, path: str | Path, lang: str = "en") -> int:
    """Write one list as ``fmt`` ("xlsx" or "csv"); returns the number of rows written."""
    sheet = build_sheet(db, conference_id, what, lang)
    if fmt == "xlsx":
        write_xlsx(sheet, path)
    elif fmt == "csv":
        write_csv(sheet, path)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return len(sheet.rows)
