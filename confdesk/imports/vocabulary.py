"""The words registration forms use, in English, French and Arabic.

Each table maps a domain value to the ways people write it. Imports read with them (after
:func:`~confdesk.imports.text.normalise`), and the spreadsheet export takes the first spelling
of each language as its label, so a value reads the same going out as coming in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from confdesk.imports.text import normalise
from confdesk.model import Gender, InterestKind, Role, StakeholderGroup, Status

#: Column headers → the person or registration field they fill. Indico's registrant export
#: headers ("First Name", "Email Address", "Affiliation", "Position", "Registration date") are
#: among them.
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "first_name": (
        "first name",
        "firstname",
        "given name",
        "forename",
        "prenom",
        "prénoms",
        "الاسم الأول",
        "الاسم",
        "first",
    ),
    "last_name": (
        "last name",
        "lastname",
        "surname",
        "family name",
        "nom",
        "nom de famille",
        "اسم العائلة",
        "العائلة",
        "الكنية",
        "اللقب العائلي",
        "last",
    ),
    "name": (
        "full name",
        "name",
        "participant",
        "nom complet",
        "nom et prénom",
        "الاسم الكامل",
        "name latin",
        "name in latin script",
        "latin name",
        "name in english",
        "name english",
        "nom latin",
        "nom en lettres latines",
        "الاسم باللاتينية",
        "الاسم بالإنجليزية",
    ),
    "name_ar": (
        "name in arabic",
        "arabic name",
        "name arabic",
        "name in arabic script",
        "nom en arabe",
        "nom arabe",
        "الاسم بالعربية",
        "الاسم باللغة العربية",
        "الاسم بالعربي",
        "الاسم العربي",
    ),
    "email": (
        "email address",
        "email",
        "e mail",
        "e mail address",
        "mail",
        "courriel",
        "adresse electronique",
        "adresse e mail",
        "adresse courriel",
        "البريد الإلكتروني",
        "البريد الالكتروني",
        "الايميل",
    ),
    "organisation": (
        "affiliation",
        "organisation",
        "organization",
        "institution",
        "entity",
        "company",
        "organisme",
        "entite",
        "الجهة",
        "المنظمة",
        "المؤسسة",
        "جهة العمل",
    ),
    "job_title": (
        "position",
        "job title",
        "title position",
        "function",
        "role title",
        "poste",
        "fonction",
        "titre",
        "المسمى الوظيفي",
        "الوظيفة",
        "المنصب",
    ),
    "honorific": ("honorific", "salutation", "civilite", "title honorific", "اللقب"),
    "country": (
        "country",
        "country of residence",
        "nationality",
        "pays",
        "pays de residence",
        "nationalite",
        "البلد",
        "الدولة",
        "بلد الإقامة",
        "الجنسية",
    ),
    "group": (
        "stakeholder group",
        "stakeholder",
        "stakeholder type",
        "constituency",
        "category",
        "type of organisation",
        "type of organization",
        "groupe",
        "groupe de parties prenantes",
        "categorie",
        "type d organisation",
        "فئة أصحاب المصلحة",
        "الفئة",
        "نوع الجهة",
    ),
    "language": (
        "language",
        "preferred language",
        "working language",
        "langue",
        "langue preferee",
        "langue de travail",
        "اللغة",
        "اللغة المفضلة",
    ),
    "gender": ("gender", "sex", "genre", "sexe", "الجنس", "النوع الاجتماعي"),
    "registered_at": (
        "registration date",
        "registration time",
        "registered",
        "timestamp",
        "submitted",
        "completion time",
        "start time",
        "date d inscription",
        "horodateur",
        "تاريخ التسجيل",
    ),
    "parts": (
        "parts",
        "part",
        "segments",
        "registered for",
        "attendance",
        "i will attend",
        "parties",
        "partie",
        "je participerai a",
        "الأجزاء",
        "الجزء",
        "سأحضر",
    ),
    "interests": (
        "interests",
        "speaking roles",
        "speaking role",
        "speaking interest",
        "i would like to",
        "interested in",
        "interets",
        "roles",
        "role souhaite",
        "je souhaite",
        "الأدوار",
        "الاهتمامات",
        "أرغب في",
    ),
    "listed": (
        "consent",
        "listed",
        "appear in participant list",
        "consentement",
        "liste des participants",
        "الموافقة",
        "قائمة المشاركين",
    ),
    "notes": ("comments", "notes", "remarks", "commentaires", "remarques", "ملاحظات", "تعليقات"),
}

#: The speaking-role interests and how forms name them; ``roundtable`` is matched with a number.
INTEREST_WORDS: dict[str, tuple[str, ...]] = {
    InterestKind.OPEN_DISCUSSION: (
        "open discussion",
        "discussion ouverte",
        "debat ouvert",
        "النقاش المفتوح",
        "نقاش مفتوح",
        "المناقشة المفتوحة",
    ),
    InterestKind.RAPPORTEUR: ("rapporteur", "rapporteuse", "مقرر", "المقرر", "مقررة"),
    InterestKind.PLENARY_SPEAKER: (
        "plenary speaker",
        "plenary",
        "orateur en pleniere",
        "intervenant en pleniere",
        "pleniere",
        "متحدث في الجلسة العامة",
        "الجلسة العامة",
        "الجلسه العامه",
    ),
}
ROUNDTABLE_WORDS: tuple[str, ...] = (
    "roundtable",
    "round table",
    "table ronde",
    "المائدة المستديرة",
    "مائدة مستديرة",
    "مائدة",
)
_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "premiere": 1,
    "premier": 1,
    "deuxieme": 2,
    "seconde": 2,
    "troisieme": 3,
    "quatrieme": 4,
    "cinquieme": 5,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "الاولي": 1,
    "الاول": 1,
    "الثانيه": 2,
    "الثاني": 2,
    "الثالثه": 3,
    "الثالث": 3,
    "الرابعه": 4,
    "الرابع": 4,
    "الخامسه": 5,
    "الخامس": 5,
}

TRUE_WORDS = frozenset(
    normalise(word) or word
    for word in (
        "yes",
        "y",
        "true",
        "1",
        "x",
        "✓",
        "✔",
        "☑",
        "checked",
        "selected",
        "oui",
        "o",
        "vrai",
        "نعم",
        "اجل",
        "موافق",
        "on",
    )
)
FALSE_WORDS = frozenset(
    normalise(word) or word for word in ("no", "n", "false", "0", "non", "faux", "لا", "☐", "✗", "off", "unchecked")
)

GROUP_WORDS: dict[str, tuple[str, ...]] = {
    StakeholderGroup.MEMBER_STATE: (
        "Member State",
        "État membre",
        "دولة عضو",
        "government",
        "gouvernement",
        "حكومة",
        "الحكومة",
        "member states",
    ),
    StakeholderGroup.UN_SYSTEM: (
        "UN system",
        "Système des Nations Unies",
        "منظومة الأمم المتحدة",
        "united nations",
        "un agency",
        "nations unies",
        "الأمم المتحدة",
    ),
    StakeholderGroup.CIVIL_SOCIETY: (
        "Civil society",
        "Société civile",
        "المجتمع المدني",
        "ngo",
        "ong",
        "csos",
        "cso",
        "منظمة غير حكومية",
    ),
    StakeholderGroup.ACADEMIA: (
        "Academia",
        "Milieu universitaire",
        "الأوساط الأكاديمية",
        "university",
        "université",
        "research",
        "recherche",
        "جامعة",
        "أكاديمي",
    ),
    StakeholderGroup.PRIVATE_SECTOR: ("Private sector", "Secteur privé", "القطاع الخاص", "business", "entreprise"),
    StakeholderGroup.TRADE_UNION: ("Trade union", "Syndicat", "نقابة عمالية", "labour union", "union", "نقابة"),
    StakeholderGroup.MIGRANT_DIASPORA: (
        "Migrant or diaspora organisation",
        "Organisation de migrants ou de la diaspora",
        "منظمة مهاجرين أو مغتربين",
        "diaspora",
        "migrant organisation",
        "migrants",
        "مغتربين",
        "المهاجرين",
    ),
    StakeholderGroup.LOCAL_AUTHORITY: (
        "Local authority",
        "Autorité locale",
        "سلطة محلية",
        "local government",
        "municipality",
        "collectivité locale",
        "municipalité",
        "بلدية",
    ),
    StakeholderGroup.NHRI: (
        "National human rights institution",
        "Institution nationale des droits de l'homme",
        "مؤسسة وطنية لحقوق الإنسان",
        "nhri",
        "indh",
    ),
    StakeholderGroup.YOUTH: ("Youth", "Jeunesse", "الشباب", "youth organisation", "jeunes", "شباب"),
    StakeholderGroup.INTERNATIONAL_ORGANISATION: (
        "International organisation",
        "Organisation internationale",
        "منظمة دولية",
        "international organization",
        "igo",
        "intergovernmental organisation",
    ),
}

GENDER_WORDS: dict[str, tuple[str, ...]] = {
    Gender.FEMALE: ("Female", "Femme", "أنثى", "f", "woman", "feminin", "امرأة", "female"),
    Gender.MALE: ("Male", "Homme", "ذكر", "m", "man", "masculin", "h", "رجل"),
    Gender.OTHER: ("Other", "Autre", "آخر", "non binary", "non binaire"),
}
#: Answers that decline to say: no gender is recorded, and that is not a problem.
UNSAID_WORDS = frozenset(
    normalise(word)
    for word in (
        "prefer not to say",
        "prefer not to answer",
        "prefere ne pas repondre",
        "je prefere ne pas repondre",
        "أفضل عدم الإجابة",
        "n a",
        "na",
        "-",
    )
)

INTEREST_LABELS: dict[str, tuple[str, str, str]] = {
    # (en, fr, ar); roundtable labels take the number with str.format.
    InterestKind.OPEN_DISCUSSION: ("Open discussion", "Discussion ouverte", "النقاش المفتوح"),
    InterestKind.RAPPORTEUR: ("Rapporteur", "Rapporteur", "مقرر"),
    InterestKind.PLENARY_SPEAKER: ("Plenary speaker", "Orateur en plénière", "متحدث في الجلسة العامة"),
    InterestKind.ROUNDTABLE_SPEAKER: (
        "Roundtable {0} speaker",
        "Orateur table ronde {0}",
        "متحدث في المائدة المستديرة {0}",
    ),
}
ROLE_LABELS: dict[str, tuple[str, str, str]] = {
    Role.CHAIR: ("Chair", "Présidence", "رئيس الجلسة"),
    Role.MODERATOR: ("Moderator", "Modérateur", "مدير الجلسة"),
    Role.SPEAKER: ("Speaker", "Orateur", "متحدث"),
    Role.PANELLIST: ("Panellist", "Panéliste", "عضو في حلقة النقاش"),
    Role.KEYNOTE: ("Keynote speaker", "Orateur principal", "المتحدث الرئيسي"),
    Role.RAPPORTEUR: ("Rapporteur", "Rapporteur", "مقرر"),
    Role.DISCUSSANT: ("Discussant", "Intervenant", "معقب"),
    Role.FLOOR_INTERVENTION: ("Floor intervention", "Intervention de la salle", "مداخلة من القاعة"),
}
STATUS_LABELS: dict[str, tuple[str, str, str]] = {
    Status.PROPOSED: ("Proposed", "Proposé", "مقترح"),
    Status.INVITED: ("Invited", "Invité", "مدعو"),
    Status.CONFIRMED: ("Confirmed", "Confirmé", "مؤكد"),
    Status.DECLINED: ("Declined", "Décliné", "معتذر"),
    Status.WITHDRAWN: ("Withdrawn", "Retiré", "منسحب"),
}
_LANG_INDEX = {"en": 0, "fr": 1, "ar": 2}


def label(table: Mapping[str, tuple[str, ...]], value: str | None, lang: str) -> str:
    """The spelling of ``value`` in ``lang`` (the first three entries are en, fr, ar)."""
    if not value:
        return ""
    words = table.get(value)
    if not words:
        return value
    return words[_LANG_INDEX.get(lang, 0)]


def interest_label(kind: str, roundtable: int | None, lang: str) -> str:
    return label(INTEREST_LABELS, kind, lang).format(roundtable or "")


def index(table: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Normalised spelling → value, for :func:`lookup`-style matching of many cells."""
    words: dict[str, str] = {}
    for value, spellings in table.items():
        for spelling in (value, *spellings):
            words.setdefault(normalise(spelling), str(value))
    return words


@cache
def _index_of(name: str) -> dict[str, str]:
    return index(globals()[name])


def lookup(table_name: str, text: str) -> str | None:
    """The value of this module's table ``table_name`` whose spelling matches ``text``."""
    return _index_of(table_name).get(normalise(text))


_NUMBER = re.compile(r"\b(\d{1,2})\b")


def _roundtable_number(norm: str) -> int | None:
    match = _NUMBER.search(norm)
    if match:
        return int(match.group(1))
    for word in norm.split():
        if word in _ORDINALS:
            return _ORDINALS[word]
    return None


@cache
def _interest_patterns() -> tuple[tuple[str, ...], tuple[tuple[str, re.Pattern[str]], ...]]:
    roundtable = tuple(normalise(word) for word in ROUNDTABLE_WORDS)
    kinds = tuple(
        (str(kind), re.compile("(?:^| )(?:" + "|".join(re.escape(normalise(w)) for w in words) + ")(?: |$)"))
        for kind, words in INTEREST_WORDS.items()
    )
    return roundtable, kinds


@cache
def interest_of(text: str) -> tuple[str, int | None] | None:
    """The interest a phrase names ("Roundtable 2", "Table ronde 2", "المائدة المستديرة الثانية",
    "Rapporteur"), or None."""
    norm = normalise(text)
    if not norm:
        return None
    roundtable, kinds = _interest_patterns()
    if any(word in norm for word in roundtable):
        number = _roundtable_number(norm)
        return (str(InterestKind.ROUNDTABLE_SPEAKER), number) if number else None
    for kind, pattern in kinds:
        if pattern.search(norm):
            return kind, None
    return None
