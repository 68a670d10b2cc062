"""The closed vocabularies of the domain (see BRIEF.md). Values are stored as these strings."""

from enum import StrEnum


class SessionKind(StrEnum):
    OPENING = "opening"
    PLENARY = "plenary"
    ROUNDTABLE = "roundtable"
    OPEN_DISCUSSION = "open_discussion"
    BREAK = "break"
    CLOSING = "closing"
    SIDE_EVENT = "side_event"


class StakeholderGroup(StrEnum):
    MEMBER_STATE = "member_state"
    UN_SYSTEM = "un_system"
    CIVIL_SOCIETY = "civil_society"
    ACADEMIA = "academia"
    PRIVATE_SECTOR = "private_sector"
    TRADE_UNION = "trade_union"
    MIGRANT_DIASPORA = "migrant_diaspora"
    LOCAL_AUTHORITY = "local_authority"
    NHRI = "nhri"
    YOUTH = "youth"
    INTERNATIONAL_ORGANISATION = "international_organisation"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class InterestKind(StrEnum):
    OPEN_DISCUSSION = "open_discussion"
    RAPPORTEUR = "rapporteur"
    PLENARY_SPEAKER = "plenary_speaker"
    ROUNDTABLE_SPEAKER = "roundtable_speaker"


class Role(StrEnum):
    CHAIR = "chair"
    MODERATOR = "moderator"
    SPEAKER = "speaker"
    PANELLIST = "panellist"
    KEYNOTE = "keynote"
    RAPPORTEUR = "rapporteur"
    DISCUSSANT = "discussant"
    FLOOR_INTERVENTION = "floor_intervention"


class Status(StrEnum):
    PROPOSED = "proposed"
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class DeadlineKind(StrEnum):
    SURVEY = "survey"
    REPORTS = "reports"
    INTEREST = "interest"
    REGISTRATION = "registration"
    OTHER = "other"
