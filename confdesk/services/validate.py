"""Input checks shared by the services. Each raises a typed error naming the field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import fields
from datetime import datetime
from enum import StrEnum

from confdesk import world
from confdesk.model import LocalText
from confdesk.services.errors import (
    EndBeforeStart,
    InvalidEmail,
    Required,
    UnknownCountry,
    UnknownLanguage,
    UnknownTimeZone,
    ValidationError,
)

# Pragmatic address check: one @, no spaces or control characters, a dotted domain.
_EMAIL = re.compile(r"^[^@\s\x00-\x1f<>,;\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")


def email(value: str | None, *, field: str = "email") -> str | None:
    """Normalise (trim, lower-case) and check an address; empty means "none yet"."""
    if value is None:
        return None
    try:
        value = clean(value.strip(), field=field, strict=True).lower()
    except InvalidText as error:
        raise InvalidEmail(str(error), field=error.field) from None
    if not value:
        return None
    if len(value) > 254 or not _EMAIL.match(value):
        raise InvalidEmail(f"{field}: {value!r} is not a valid e-mail address", field=field)
    return value


def timezone(value: str, *, field: str = "timezone") -> str:
    # IANA names are short; a long one would reach the file system as a path that is too long.
    if not isinstance(value, str) or len(value) > 64 or not world.is_timezone(value):
        raise UnknownTimeZone(f"{field}: {value!r:.80} is not a known IANA time zone", field=field)
    return value


def country(value: str, *, field: str = "country") -> str:
    value = (value or "").strip().upper()
    if value and not world.is_country(value):
        raise UnknownCountry(f"{field}: {value!r} is not an ISO 3166 country code", field=field)
    return value


def language(value: str, *, field: str = "language") -> str:
    value = (value or "").strip()
    if not world.is_language(value):
        raise UnknownLanguage(f"{field}: {value!r} is not a known language code", field=field)
    return value.replace("_", "-")


def aware(value: datetime, *, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(f"{field}: expected a date and time", field=field)
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"{field}: a time zone is required", field=field)
    return value


def period(starts_at: datetime, ends_at: datetime) -> None:
    aware(starts_at, field="starts_at")
    aware(ends_at, field="ends_at")
    if ends_at <= starts_at:
        raise EndBeforeStart("ends_at: the end must come after the start", field="ends_at")


def text(
    value: str,
    *,
    field: str,
    required: bool = False,
    max_length: int = 10_000,
    multiline: bool = False,
    strict: bool = False,
) -> str:
    """Trimmed text checked by :func:`clean`; ``required`` refuses an empty value."""
    value = clean((value or "").strip(), field=field, multiline=multiline, strict=strict, max_length=max_length).strip()
    if required and not value:
        raise Required(f"{field}: a value is required", field=field)
    return value


def choice(value: str, allowed: type[StrEnum], *, field: str) -> str:
    """Check ``value`` is a member of the StrEnum ``allowed``; return the plain string."""
    try:
        return str(allowed(value))
    except ValueError:
        options = ", ".join(member.value for member in allowed)
        raise ValidationError(f"{field}: {value!r} is not one of {options}", field=field) from None


def known_fields(data_type: type, changes: Mapping[str, object]) -> None:
    """Refuse a partial update naming a field ``data_type`` (a ``…Data`` dataclass) lacks."""
    names = {item.name for item in fields(data_type)}
    unknown = sorted(set(changes) - names)
    if unknown:
        raise ValidationError(f"{unknown[0]}: not a field that can be changed", field=unknown[0])


# --- text at the edge -------------------------------------------------------------------------
# Every text a user, a file or a load gives goes through :func:`clean` (or :func:`local_text`)
# before it is stored, so what is stored is text every exporter can write: UTF-8 (no lone
# surrogates), XML (no NUL or other control characters, no U+FFFE/U+FFFF), one header line.

#: Longest single-line text kept (titles, organisations); a longer one is a paste accident.
TITLE_LENGTH = 500
#: Longest multi-line text kept (descriptions, notes) in each language.
BODY_LENGTH = 20_000

#: U+FDD0..U+FDEF and the last two code points of every plane: "noncharacters", never text.
_NONCHARACTERS = r"\ufdd0-\ufdef" + "".join(
    f"\\U{plane + 0xFFFE:08x}\\U{plane + 0xFFFF:08x}" for plane in range(0, 0x110000, 0x10000)
)
#: Refused everywhere: C0 controls but tab, line feed and carriage return (a multi-line field
#: has its line ends made ``\n``), DEL, C1 controls, surrogates.
_REFUSED = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff" + _NONCHARACTERS
_MULTILINE_BAD = re.compile(f"[{_REFUSED}]")
#: A single line also refuses tab, the line ends and the Unicode line and paragraph separators.
_SINGLE_LINE_BAD = re.compile(f"[{_REFUSED}\\t\\n\\r\\u2028\\u2029]")
_BOM = "\ufeff"
_LINE_ENDS = re.compile(r"\r\n?")
_LINE_BREAKS = re.compile(r"[ \t]*[\t\r\n\u2028\u2029][\t\r\n\u2028\u2029 ]*")


class InvalidText(ValidationError):
    """Text holding a character no export can carry (or, in an address, an invisible one).

    ``field`` is the field as a form names it (``title``); the message names the exact place
    (``title.ar: contains a control character (U+0000) at position 5``).
    """

    code = "invalid_text"

    def __init__(
        self, message: str, *, field: str | None = None, path: str = "", character: str = "", position: int = -1
    ) -> None:
        super().__init__(message, field=field)
        self.path = path
        self.character = character
        self.position = position


def _form_field(path: str) -> str:
    """``title`` for ``title.ar``, ``organisers`` for ``organisers[2].fr``."""
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def _what(character: str) -> str:
    code = ord(character)
    if 0xD800 <= code <= 0xDFFF:
        return "a lone surrogate"
    if 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE:
        return "a noncharacter"
    if character == "\t":
        return "a tab"
    if character in "\n\r\u2028\u2029":
        return "a line break"
    if unicodedata.category(character) == "Cf":
        return "an invisible formatting character"
    return "a control character"


def _refuse(path: str, value: str, position: int) -> InvalidText:
    character = value[position]
    what = _what(character)
    why = "; the field is a single line" if what in ("a tab", "a line break") else ""
    return InvalidText(
        f"{path}: contains {what} (U+{ord(character):04X}) at position {position}{why}",
        field=_form_field(path),
        path=path,
        character=character,
        position=position,
    )


def clean(
    value: str,
    *,
    field: str,
    multiline: bool = False,
    strict: bool = False,
    max_length: int | None = None,
) -> str:
    """``value`` if every exporter can write it, else :class:`InvalidText` naming ``field``.

    Refused: lone surrogates, NUL and the other C0 and C1 control characters, and
    noncharacters (U+FFFE, U+FFFF, U+FDD0…). A ``multiline`` field (descriptions, notes) may
    hold tabs and line breaks, and gets its line ends as ``\\n``; a single-line one (names,
    titles, addresses) may not. Bidi controls and zero-width joiners are part of Arabic and
    Persian text and stay, except in a ``strict`` field (e-mail addresses, links, meeting ids,
    passcodes), where an invisible character can only mislead. Positions count from 0.

    A byte order mark (U+FEFF) at the start is the trace of a file a value was pasted from,
    not text: it is dropped, as every UTF-8 reader that decodes with ``utf-8-sig`` (icalendar's
    parser among them, value by value) would drop it anyway.
    """
    if not isinstance(value, str):
        raise ValidationError(f"{field}: expected text, not {type(value).__name__}", field=_form_field(field))
    if max_length is not None and len(value) > max_length:
        raise ValidationError(f"{field}: longer than {max_length} characters", field=_form_field(field))
    found = (_MULTILINE_BAD if multiline else _SINGLE_LINE_BAD).search(value)
    first = found.start() if found else len(value)
    if strict:  # an invisible character before the first other refused one is the first
        for position in range(first):
            if unicodedata.category(value[position]) == "Cf":
                raise _refuse(field, value, position)
    if found:
        raise _refuse(field, value, first)
    if multiline and "\r" in value:
        value = _LINE_ENDS.sub("\n", value)
    if value.startswith(_BOM):
        value = value.lstrip(_BOM)
    return value


def local_text(value: LocalText, *, field: str, multiline: bool = False, max_length: int | None = None) -> LocalText:
    """:func:`clean` for each language of ``value`` (``title.ar``, ``title.en``, ``title.fr``)."""
    if not isinstance(value, LocalText):
        raise ValidationError(f"{field}: expected text in each language", field=_form_field(field))
    checked = {
        lang: clean(getattr(value, lang), field=f"{field}.{lang}", multiline=multiline, max_length=max_length)
        for lang in ("ar", "en", "fr")
    }
    if all(checked[lang] is getattr(value, lang) for lang in checked):
        return value
    return LocalText(**checked)


def join_lines(value: str) -> str:
    """Tabs and line breaks, with the spaces around them, folded to one space: a spreadsheet
    cell typed with Alt+Enter, or a pretty-printed XML title, as the single line it stands for."""
    return _LINE_BREAKS.sub(" ", value)


def escaped(value: str) -> str:
    """``value`` with every character :func:`clean` refuses in a single line written as an
    escape (``\\x00``, ``\\ud800``): an untrusted value quoted in a report or on a terminal.
    A leading byte order mark, which :func:`clean` would drop, is shown as ``\\ufeff``."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

    shown = _SINGLE_LINE_BAD.sub(escape, value)
    marks = len(shown) - len(shown.lstrip(_BOM))
    return "\\ufeff" * marks + shown[marks:]


def settings(value: object, *, field: str = "settings") -> None:
    """Check every key and text inside a settings value (nested objects and lists)."""
    if isinstance(value, str):
        clean(value, field=field, multiline=True, max_length=BODY_LENGTH)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            clean(str(key), field=f"{field}.{escaped(str(key))}", max_length=200)
            settings(item, field=f"{field}.{key}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            settings(item, field=f"{field}[{index}]")


def link(value: str, *, field: str) -> str:
    """A web address as typed (:func:`text`, strict), without a backslash: no URI holds one
    (RFC 3986), and calendar readers take it for an escape (``\\;`` comes back as ``;``)."""
    value = text(value, field=field, max_length=500, strict=True)
    if "\\" in value:
        raise ValidationError(f"{field}: a web address cannot hold a backslash (\\); write / or %5C", field=field)
    return value
