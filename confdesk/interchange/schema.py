"""JSON Schema of the conference dump (docs/file-format.md), checked before anything is loaded."""

from typing import Any

FORMAT_NAME = "confdesk-conference"
#: 2 added the conference's themes (sessions name theme codes) and interpretation languages.
FORMAT_VERSION = 2

_text = {
    "type": "object",
    "properties": {lang: {"type": "string"} for lang in ("ar", "en", "fr")},
    "additionalProperties": False,
}
#: An organiser: its name in each language, and optionally its logo (PNG or JPEG as base64).
_organiser = {
    "type": "object",
    "properties": {
        **{lang: {"type": "string"} for lang in ("ar", "en", "fr")},
        "logo": {
            "type": "object",
            "required": ["type", "data"],
            "properties": {"type": {"enum": ["image/png", "image/jpeg"]}, "data": {"type": "string"}},
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}
_stamp = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$"}
_day = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_id = {"type": "integer", "minimum": 1}
_nullable_int = {"type": ["integer", "null"]}
_nullable_str = {"type": ["string", "null"]}


def _object(required: list[str], **properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": required,
        "properties": properties,
        "additionalProperties": False,
    }


_interest = _object(
    ["kind", "expressed_at"], id=_id, kind={"type": "string"}, roundtable=_nullable_int, expressed_at=_stamp
)
_change = _object(
    ["status", "changed_at"],
    id=_id,
    status={"type": "string"},
    changed_at=_stamp,
    changed_by={"type": "string"},
)

SCHEMA = _object(
    ["format", "version", "conference"],
    format={"const": FORMAT_NAME},
    version={"type": "integer"},
    conference=_object(
        ["id", "name", "timezone", "languages"],
        id=_id,
        name=_text,
        short_name=_text,
        timezone={"type": "string"},
        languages={"type": "array", "items": {"type": "string"}},
        organisers={"type": "array", "items": _organiser},
        contact_email={"type": "string"},
        platform={"type": "string"},
        platform_url={"type": "string"},
        notes={"type": "object", "additionalProperties": _text},
        settings={"type": "object"},
        themes=_object(
            [],
            name=_text,
            themes={
                "type": "array",
                "items": _object(["code"], code={"type": "string"}, label=_text),
            },
        ),
        interpretation={"type": "array", "items": {"type": "string"}},
    ),
    parts={
        "type": "array",
        "items": _object(
            ["id", "name", "start_date", "end_date"],
            id=_id,
            name=_text,
            start_date=_day,
            end_date=_day,
            position={"type": "integer"},
        ),
    },
    sessions={
        "type": "array",
        "items": _object(
            ["id", "part_id", "kind", "title", "starts_at", "ends_at"],
            id=_id,
            part_id=_id,
            kind={"type": "string"},
            number=_nullable_int,
            title=_text,
            description=_text,
            starts_at=_stamp,
            ends_at=_stamp,
            join_url={"type": "string"},
            meeting_id={"type": "string"},
            passcode={"type": "string"},
            interpretation={"type": "array", "items": {"type": "string"}},
            # Theme codes; format 1 numbered the GCM objectives (integers).
            themes={"type": "array", "items": {"type": ["string", "integer"]}},
            internal={"type": "boolean"},
            cancelled={"type": "boolean"},
            sequence={"type": "integer", "minimum": 0},
        ),
    },
    people={
        "type": "array",
        "items": _object(
            ["id", "name", "group"],
            id=_id,
            name={"type": "string"},
            name_ar={"type": "string"},
            honorific=_text,
            job_title=_text,
            organisation=_text,
            group={"type": "string"},
            country={"type": "string"},
            email=_nullable_str,
            language={"type": "string"},
            gender=_nullable_str,
            timezone=_nullable_str,
            listed={"type": "boolean"},
            notes={"type": "string"},
        ),
    },
    registrations={
        "type": "array",
        "items": _object(
            ["id", "person_id", "registered_at", "part_ids"],
            id=_id,
            person_id=_id,
            registered_at=_stamp,
            source={"type": "string"},
            part_ids={"type": "array", "items": _id},
            interests={"type": "array", "items": _interest},
        ),
    },
    assignments={
        "type": "array",
        "items": _object(
            ["id", "session_id", "person_id", "role", "status", "status_changed_at"],
            id=_id,
            session_id=_id,
            person_id=_id,
            role={"type": "string"},
            position={"type": "integer"},
            speaking_minutes={"type": "integer", "minimum": 0},
            status={"type": "string"},
            status_changed_at=_stamp,
            history={"type": "array", "items": _change},
        ),
    },
    deadlines={
        "type": "array",
        "items": _object(
            ["id", "kind", "title", "due_at"], id=_id, kind={"type": "string"}, title=_text, due_at=_stamp
        ),
    },
)
