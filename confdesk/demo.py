"""The demo conference: the GCM Regional Review for the Arab region, modelled on the seeds.

Every person, organisation and address here is invented (addresses at example.org). The demo is
built through the services, so it obeys the same rules as a user's edits.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import cycle
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session as DbSession

from confdesk.interchange.versions import publish_version
from confdesk.model import LocalText
from confdesk.model import LocalText as T
from confdesk.model.organisers import Organiser
from confdesk.presets import theme_preset
from confdesk.services import (
    AssignmentInput,
    ConferenceData,
    DeadlineData,
    InterestData,
    PartData,
    PersonData,
    RegistrationInput,
    SessionData,
    StatusStep,
    create_assignments,
    create_conference,
    create_deadline,
    create_part,
    create_people,
    create_registrations,
    create_session,
)

ZONE = ZoneInfo("Asia/Beirut")
LANGS = ("ar", "en", "fr")


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE)


#: The demo ships with its programme published once, as version 1.
DEMO_VERSION_COMMENT = "First programme"
CONSULTATION_DAY = date(2021, 2, 23)
CONFERENCE_DAYS = (date(2021, 2, 24), date(2021, 2, 25))

#: The IMRF clusters of GCM objectives, one per thematic roundtable.
ROUNDTABLE_THEMES: dict[int, tuple[str, ...]] = {
    1: ("2", "5", "6", "12", "18"),
    2: ("4", "8", "9", "10", "11", "13", "14", "21"),
    3: ("1", "3", "7", "15", "16", "17", "23"),
    4: ("19", "20", "22", "23"),
}

ROUNDTABLE_TITLES = {
    1: T(
        ar="المائدة المستديرة الأولى: ضمان أن تكون الهجرة طوعية ونظامية وآمنة ومنظمة",
        en="Roundtable 1: Ensuring that migration is voluntary, regular, safe and orderly",
        fr="Table ronde 1 : Faire en sorte que la migration soit volontaire, régulière, sûre et ordonnée",
    ),
    2: T(
        ar="المائدة المستديرة الثانية: حماية حقوق الإنسان للمهاجرين وسلامتهم ورفاههم",
        en="Roundtable 2: Protecting the human rights, safety and well-being of migrants",
        fr="Table ronde 2 : Protéger les droits humains, la sécurité et le bien-être des migrants",
    ),
    3: T(
        ar="المائدة المستديرة الثالثة: سياسات قائمة على الأدلة وإدماج المهاجرين والتماسك الاجتماعي",
        en="Roundtable 3: Evidence-based policies, inclusion of migrants and social cohesion",
        fr="Table ronde 3 : Politiques fondées sur des données, inclusion des migrants et cohésion sociale",
    ),
    4: T(
        ar="المائدة المستديرة الرابعة: الهجرة والتنمية المستدامة والتحويلات المالية ودور المغتربين",
        en="Roundtable 4: Migration and sustainable development, remittances and diasporas",
        fr="Table ronde 4 : Migration et développement durable, transferts de fonds et diasporas",
    ),
}


def _conference() -> ConferenceData:
    return ConferenceData(
        name=T(
            ar="الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية",
            en="Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region",
            fr="Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe",
        ),
        short_name=T(
            ar="الاستعراض الإقليمي للاتفاق العالمي للهجرة (GCM)",
            en="GCM Regional Review – Arab Region",
            fr="Examen régional du PMM – région arabe",
        ),
        timezone="Asia/Beirut",
        languages=("ar", "en", "fr"),
        organisers=(
            Organiser(
                T(
                    ar="المنظمة الدولية للهجرة",
                    en="International Organization for Migration (IOM)",
                    fr="Organisation internationale pour les migrations (OIM)",
                )
            ),
            Organiser(
                T(
                    ar="لجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)",
                    en="United Nations Economic and Social Commission for Western Asia (ESCWA)",
                    fr="Commission économique et sociale des Nations Unies pour l'Asie occidentale (CESAO)",
                )
            ),
            Organiser(T(ar="جامعة الدول العربية", en="League of Arab States", fr="Ligue des États arabes")),
        ),
        contact_email="gcm-review@example.org",
        themes=theme_preset("gcm"),
        interpretation=("ar", "en", "fr"),
        platform="Zoom",
        platform_url="https://zoom.example.org",
        notes={
            "joining": T(
                ar="انضموا قبل 15 دقيقة من بدء الجلسة باستخدام الرابط الخاص بها، واكتبوا اسمكم وجهتكم عند الدخول.",
                en="Join 15 minutes before each session with its link, and enter your name and organisation when you connect.",
                fr="Rejoignez chaque session 15 minutes avant son début avec son lien, et indiquez votre nom et votre organisation.",
            ),
            "interpretation": T(
                ar="تتوفر الترجمة الفورية إلى العربية والإنجليزية والفرنسية؛ اختاروا القناة من زر «الترجمة الفورية».",
                en="Simultaneous interpretation is available in Arabic, English and French; pick the channel with the Interpretation button.",
                fr="L'interprétation simultanée est assurée en arabe, anglais et français ; choisissez le canal avec le bouton Interprétation.",
            ),
            "speaking_rules": T(
                ar="لكل مداخلة ثلاث دقائق. ارفعوا اليد الافتراضية لطلب الكلمة وانتظروا أن يعطيكم رئيس الجلسة الكلمة.",
                en="Each intervention has three minutes. Raise the virtual hand to ask for the floor and wait for the chair to give it to you.",
                fr="Chaque intervention dispose de trois minutes. Levez la main virtuelle pour demander la parole et attendez que la présidence vous la donne.",
            ),
            "rehearsal": T(
                ar="يُعقد تمرين تقني للمتحدثين والمقررين ومديري الجلسات في 23 فبراير 2021.",
                en="A technical rehearsal for speakers, rapporteurs and moderators takes place on 23 February 2021.",
                fr="Une répétition technique pour les orateurs, rapporteurs et modérateurs a lieu le 23 février 2021.",
            ),
            "data_protection": T(
                ar="تُستخدم بياناتكم لتنظيم الاجتماع فقط، ولا تظهر أسماؤكم في قائمة المشاركين إلا بموافقتكم.",
                en="Your data is used only to organise the meeting; your name appears in the participant list only with your consent.",
                fr="Vos données servent uniquement à organiser la réunion ; votre nom ne figure sur la liste des participants qu'avec votre accord.",
            ),
        },
    )


def _session_plan() -> list[tuple[int, SessionData]]:
    """(part index, session) for the whole agenda, times in Beirut."""
    d0, (d1, d2) = CONSULTATION_DAY, CONFERENCE_DAYS
    everyone = ("ar", "en", "fr")
    link = iter(range(1, 100))

    def s(
        part: int,
        kind: str,
        title: LocalText,
        start: datetime,
        end: datetime,
        number: int | None = None,
        themes: tuple[str, ...] = (),
        description: LocalText = T(),
        internal: bool = False,
    ) -> tuple[int, SessionData]:
        n = next(link)
        meeting = f"8{n:02d} 2021 0{n % 10}{n % 7}"
        is_break = kind == "break"
        return part, SessionData(
            kind=kind,
            title=title,
            starts_at=start,
            ends_at=end,
            number=number,
            description=description,
            join_url="" if is_break else f"https://zoom.example.org/j/8{n:02d}20210{n % 10}",
            meeting_id="" if is_break else meeting,
            passcode="" if is_break else f"GCM{n:03d}",
            interpretation=() if is_break or internal else everyone,
            themes=themes,
            internal=internal,
        )

    plan = [
        s(
            0,
            "opening",
            T(
                ar="افتتاح مشاورة أصحاب المصلحة المتعددين",
                en="Opening of the Multi-Stakeholder Consultation",
                fr="Ouverture de la Consultation multipartite",
            ),
            local(d0, 10),
            local(d0, 10, 30),
        ),
        s(
            0,
            "plenary",
            T(
                ar="الجلسة العامة الأولى: التقدم المحرز في تنفيذ الاتفاق العالمي للهجرة من منظور أصحاب المصلحة",
                en="Plenary 1: Progress in implementing the GCM – stakeholder perspectives",
                fr="Plénière 1 : Progrès de la mise en œuvre du PMM – le point de vue des parties prenantes",
            ),
            local(d0, 10, 30),
            local(d0, 12),
            number=1,
        ),
        s(0, "break", T(ar="استراحة", en="Break", fr="Pause"), local(d0, 12), local(d0, 12, 15)),
        s(
            0,
            "open_discussion",
            T(
                ar="مناقشة مفتوحة: المشاركة الهادفة لأصحاب المصلحة",
                en="Open discussion: meaningful stakeholder engagement",
                fr="Discussion ouverte : un engagement significatif des parties prenantes",
            ),
            local(d0, 12, 15),
            local(d0, 13, 45),
            description=T(
                ar="مداخلات من القاعة لمدة ثلاث دقائق لكل منها.",
                en="Floor interventions of three minutes each.",
                fr="Interventions de la salle de trois minutes chacune.",
            ),
        ),
        s(
            0,
            "plenary",
            T(
                ar="الجلسة العامة الثانية: الرسائل الرئيسية والتوصيات إلى المؤتمر الإقليمي",
                en="Plenary 2: Key messages and recommendations to the Regional Review Conference",
                fr="Plénière 2 : Messages clés et recommandations à la Conférence régionale d'examen",
            ),
            local(d0, 13, 45),
            local(d0, 14, 15),
            number=2,
        ),
        s(
            0,
            "closing",
            T(ar="اختتام المشاورة", en="Closing of the Consultation", fr="Clôture de la Consultation"),
            local(d0, 14, 15),
            local(d0, 14, 30),
        ),
        s(
            0,
            "side_event",
            T(
                ar="تمرين تقني للمتحدثين ومديري الجلسات",
                en="Technical rehearsal for speakers and moderators",
                fr="Répétition technique des orateurs et modérateurs",
            ),
            local(d0, 15),
            local(d0, 16),
            internal=True,
        ),
        s(
            1,
            "opening",
            T(
                ar="الجلسة الافتتاحية للمؤتمر الإقليمي للاستعراض",
                en="Opening session of the Regional Review Conference",
                fr="Séance d'ouverture de la Conférence régionale d'examen",
            ),
            local(d1, 10),
            local(d1, 10, 45),
        ),
        s(
            1,
            "plenary",
            T(
                ar="الجلسة العامة الثالثة: حالة تنفيذ الاتفاق العالمي للهجرة في المنطقة العربية",
                en="Plenary 3: The state of GCM implementation in the Arab region",
                fr="Plénière 3 : L'état de la mise en œuvre du PMM dans la région arabe",
            ),
            local(d1, 10, 45),
            local(d1, 12),
            number=3,
        ),
        s(1, "break", T(ar="استراحة", en="Break", fr="Pause"), local(d1, 12), local(d1, 12, 15)),
        s(
            1,
            "roundtable",
            ROUNDTABLE_TITLES[1],
            local(d1, 12, 15),
            local(d1, 13, 45),
            number=1,
            themes=ROUNDTABLE_THEMES[1],
        ),
        s(
            1,
            "roundtable",
            ROUNDTABLE_TITLES[2],
            local(d1, 12, 15),
            local(d1, 13, 45),
            number=2,
            themes=ROUNDTABLE_THEMES[2],
        ),
        s(
            2,
            "roundtable",
            ROUNDTABLE_TITLES[3],
            local(d2, 10),
            local(d2, 11, 30),
            number=3,
            themes=ROUNDTABLE_THEMES[3],
        ),
        s(
            2,
            "roundtable",
            ROUNDTABLE_TITLES[4],
            local(d2, 10),
            local(d2, 11, 30),
            number=4,
            themes=ROUNDTABLE_THEMES[4],
        ),
        s(2, "break", T(ar="استراحة", en="Break", fr="Pause"), local(d2, 11, 30), local(d2, 11, 45)),
        s(
            2,
            "plenary",
            T(
                ar="الجلسة العامة الرابعة: عرض الرسائل الرئيسية للموائد المستديرة (GCM)",
                en="Plenary 4: Key messages from the roundtables",
                fr="Plénière 4 : Messages clés des tables rondes",
            ),
            local(d2, 11, 45),
            local(d2, 13),
            number=4,
        ),
        s(
            2,
            "closing",
            T(ar="الجلسة الختامية", en="Closing session", fr="Séance de clôture"),
            local(d2, 13),
            local(d2, 13, 30),
        ),
    ]
    return [(1 if part == 2 else part, data) for part, data in plan]


# Invented people: given names and family names combined deterministically.
_GIVEN = [
    ("Amina", "أمينة", "female"), ("Omar", "عمر", "male"), ("Layla", "ليلى", "female"),
    ("Karim", "كريم", "male"), ("Nour", "نور", "female"), ("Youssef", "يوسف", "male"),
    ("Salma", "سلمى", "female"), ("Hassan", "حسن", "male"), ("Rania", "رانيا", "female"),
    ("Tarek", "طارق", "male"), ("Hiba", "هبة", "female"), ("Samir", "سمير", "male"),
    ("Dalia", "داليا", "female"), ("Walid", "وليد", "male"), ("Mariam", "مريم", "female"),
    ("Adel", "عادل", "male"), ("Yasmine", "ياسمين", "female"), ("Khaled", "خالد", "male"),
    ("Lina", "لينا", "female"), ("Fares", "فارس", "male"), ("Souad", "سعاد", "female"),
    ("Nabil", "نبيل", "male"),
]  # fmt: skip
_FAMILY = [
    ("Haddad", "حداد"), ("Mansour", "منصور"), ("Khoury", "خوري"), ("Saleh", "صالح"),
    ("Bennani", "بناني"), ("Mahmoud", "محمود"), ("Qasim", "قاسم"), ("Naser", "ناصر"),
    ("Rahal", "رحال"), ("Darwish", "درويش"), ("Toumi", "تومي"), ("Hamdan", "حمدان"),
    ("Jaber", "جابر"), ("Farouk", "فاروق"), ("Azzam", "عزام"), ("Sabri", "صبري"),
    ("Idrissi", "الإدريسي"), ("Kanaan", "كنعان"), ("Obeid", "عبيد"), ("Zayed", "زايد"),
    ("Bakri", "بكري"), ("Fakhoury", "فاخوري"), ("Tahiri", "الطاهري"), ("Shami", "الشامي"),
]  # fmt: skip
_COUNTRIES = [
    "LB",
    "JO",
    "EG",
    "MA",
    "TN",
    "IQ",
    "SD",
    "DZ",
    "QA",
    "AE",
    "SA",
    "OM",
    "KW",
    "BH",
    "MR",
    "YE",
    "LY",
    "PS",
]

# (group, organisation, job title) – all organisations invented.
_ROLES: list[tuple[str, T, T]] = [
    ("member_state", T(ar="وزارة العمل", en="Ministry of Labour", fr="Ministère du Travail"),
     T(ar="مديرة شؤون الهجرة", en="Director of Migration Affairs", fr="Directrice des affaires migratoires")),
    ("un_system", T(ar="المنظمة الدولية للهجرة", en="IOM", fr="OIM"),
     T(ar="مسؤول برامج إقليمي", en="Regional Programme Officer", fr="Chargé de programme régional")),
    ("civil_society", T(ar="الشبكة العربية لحقوق المهاجرين", en="Arab Network for Migrant Rights", fr="Réseau arabe pour les droits des migrants"),
     T(ar="منسقة", en="Coordinator", fr="Coordinatrice")),
    ("academia", T(ar="مركز دراسات الهجرة المتوسطية", en="Centre for Mediterranean Migration Studies", fr="Centre d'études des migrations méditerranéennes"),
     T(ar="أستاذ باحث", en="Research Professor", fr="Professeur chercheur")),
    ("private_sector", T(ar="اتحاد أصحاب العمل الإقليمي", en="Regional Employers' Federation", fr="Fédération régionale des employeurs"),
     T(ar="مستشارة سياسات", en="Policy Adviser", fr="Conseillère politique")),
    ("trade_union", T(ar="الاتحاد العربي لنقابات العمال", en="Arab Federation of Workers' Unions", fr="Fédération arabe des syndicats"),
     T(ar="أمين عام مساعد", en="Deputy Secretary-General", fr="Secrétaire général adjoint")),
    ("migrant_diaspora", T(ar="رابطة المغتربين من أجل التنمية", en="Diaspora for Development Association", fr="Association Diaspora pour le développement"),
     T(ar="رئيسة", en="President", fr="Présidente")),
    ("local_authority", T(ar="بلدية المدينة", en="City Municipality", fr="Municipalité de la ville"),
     T(ar="عضو المجلس البلدي", en="Municipal Councillor", fr="Conseiller municipal")),
    ("nhri", T(ar="المؤسسة الوطنية لحقوق الإنسان", en="National Human Rights Institution", fr="Institution nationale des droits de l'homme"),
     T(ar="مفوضة", en="Commissioner", fr="Commissaire")),
    ("youth", T(ar="منتدى الشباب العربي للهجرة", en="Arab Youth Forum on Migration", fr="Forum arabe de la jeunesse sur la migration"),
     T(ar="ممثل الشباب", en="Youth Representative", fr="Représentant des jeunes")),
    ("international_organisation", T(ar="جامعة الدول العربية", en="League of Arab States", fr="Ligue des États arabes"),
     T(ar="مدير إدارة المغتربين والهجرة", en="Director, Expatriates and Migration Department", fr="Directeur, Département des expatriés et de la migration")),
    ("un_system", T(ar="الإسكوا", en="ESCWA", fr="CESAO"),
     T(ar="رئيسة قسم السكان", en="Chief, Population Section", fr="Cheffe de la section Population")),
]  # fmt: skip

_HONORIFIC = {
    "female": T(ar="السيدة", en="Ms.", fr="Mme"),
    "male": T(ar="السيد", en="Mr.", fr="M."),
}
PEOPLE_COUNT = 48


def _people() -> list[PersonData]:
    people = []
    families = cycle(_FAMILY)
    languages = cycle(["ar", "en", "ar", "fr", "en", "ar"])
    for index in range(PEOPLE_COUNT):
        given, given_ar, gender = _GIVEN[index % len(_GIVEN)]
        family, family_ar = next(families)
        group, organisation, title = _ROLES[index % len(_ROLES)]
        country = _COUNTRIES[index % len(_COUNTRIES)]
        slug = f"{given}.{family}".lower()
        people.append(
            PersonData(
                name=f"{given} {family}",
                name_ar=f"{given_ar} {family_ar}",
                honorific=_HONORIFIC[gender],
                job_title=title,
                organisation=organisation,
                group=group,
                country=country,
                # One invited person has no address yet, as happens in real lineups.
                email=None if index == 41 else f"{slug}@example.org",
                language=next(languages),
                gender=gender,
                listed=index % 3 != 2,
            )
        )
    return people


def _deadlines() -> list[DeadlineData]:
    def end_of(day: date) -> datetime:
        return local(day, 23, 59)

    return [
        DeadlineData(
            "reports",
            T(
                ar="آخر موعد للتقارير الوطنية الطوعية",
                en="Voluntary national GCM review reports due",
                fr="Date limite des rapports nationaux volontaires",
            ),
            end_of(date(2020, 9, 20)),
        ),
        DeadlineData(
            "survey",
            T(ar="إغلاق الاستطلاع عبر الإنترنت", en="Online survey closes", fr="Clôture de l'enquête en ligne"),
            end_of(date(2021, 2, 5)),
        ),
        DeadlineData(
            "interest",
            T(
                ar="آخر موعد لإبداء الاهتمام بأدوار التحدث",
                en="Speaking-role interest due",
                fr="Date limite pour exprimer l'intérêt pour un rôle d'orateur",
            ),
            end_of(date(2021, 2, 5)),
        ),
        DeadlineData(
            "reports",
            T(
                ar="آخر موعد للتقارير الطوعية لأصحاب المصلحة",
                en="Voluntary stakeholder review reports due",
                fr="Date limite des rapports volontaires des parties prenantes",
            ),
            end_of(date(2021, 2, 16)),
        ),
        DeadlineData(
            "registration",
            T(ar="إغلاق التسجيل", en="Registration closes", fr="Clôture des inscriptions"),
            end_of(date(2021, 2, 19)),
        ),
    ]


def build_demo(db: DbSession) -> int:
    """Create the demo conference in an empty database; return its id."""
    conference_id = create_conference(db, _conference()).value
    consultation = create_part(
        db,
        conference_id,
        PartData(
            T(ar="مشاورة أصحاب المصلحة المتعددين", en="Multi-Stakeholder Consultation", fr="Consultation multipartite"),
            CONSULTATION_DAY,
            CONSULTATION_DAY,
            1,
        ),
    ).value
    conference_part = create_part(
        db,
        conference_id,
        PartData(
            T(ar="المؤتمر الإقليمي للاستعراض", en="Regional Review Conference", fr="Conférence régionale d'examen"),
            CONFERENCE_DAYS[0],
            CONFERENCE_DAYS[1],
            2,
        ),
    ).value
    parts = [consultation, conference_part]
    sessions: dict[str, int] = {}
    for part_index, data in _session_plan():
        session_id = create_session(db, parts[part_index], data).value
        key = data.kind if data.number is None else f"{data.kind}{data.number}"
        sessions.setdefault(f"{key}@{data.starts_at.date().isoformat()}", session_id)
    for deadline in _deadlines():
        create_deadline(db, conference_id, deadline)
    person_ids = create_people(db, conference_id, _people()).value
    create_registrations(db, list(_registrations(person_ids, parts)))
    create_assignments(db, list(_assignments(person_ids, sessions)))
    db.flush()
    publish_version(db, conference_id, DEMO_VERSION_COMMENT)
    return conference_id


def _registrations(person_ids: list[int], parts: list[int]) -> Iterator[RegistrationInput]:
    kinds = cycle([
        ("roundtable_speaker", 1), ("rapporteur", None), ("plenary_speaker", None),
        ("roundtable_speaker", 2), ("open_discussion", None), ("roundtable_speaker", 3),
        ("roundtable_speaker", 4), None,
    ])  # fmt: skip
    for index, person_id in enumerate(person_ids):
        registered = local(date(2021, 1, 20), 9) + timedelta(hours=17 * index)
        choice = next(kinds)
        interests = []
        if choice is not None:
            interests.append(InterestData(choice[0], registered + timedelta(hours=1), choice[1]))
            if index % 5 == 0 and choice[0] != "open_discussion":
                interests.append(InterestData("open_discussion", registered + timedelta(hours=2)))
        part_ids = tuple(parts) if index % 4 else (parts[1],)
        yield RegistrationInput(person_id, part_ids, registered, "demo", tuple(interests))


def _assignments(person_ids: list[int], sessions: dict[str, int]) -> Iterator[AssignmentInput]:
    """Lineups in every status, with one deliberate double booking (roundtables 1 and 2)."""
    sent = local(date(2021, 2, 8), 11)
    replied = local(date(2021, 2, 11), 15)

    def history(status: str) -> tuple[StatusStep, ...]:
        steps = [StatusStep("proposed", local(date(2021, 2, 6), 10), "demo")]
        if status in ("invited", "confirmed", "declined"):
            steps.append(StatusStep("invited", sent, "demo"))
        if status in ("confirmed", "declined"):
            steps.append(StatusStep(status, replied, "demo"))
        if status == "withdrawn":
            steps.append(StatusStep("withdrawn", replied, "demo"))
        return tuple(steps)

    people = iter(person_ids)
    lineups = {
        "opening@2021-02-23": [("chair", 0, "confirmed"), ("keynote", 10, "confirmed")],
        "plenary1@2021-02-23": [("chair", 0, "confirmed"), ("speaker", 7, "confirmed"),
                                ("speaker", 7, "invited"), ("speaker", 7, "declined")],
        "open_discussion@2021-02-23": [("moderator", 0, "confirmed"), ("floor_intervention", 3, "confirmed"),
                                       ("floor_intervention", 3, "invited"), ("floor_intervention", 3, "proposed"),
                                       ("floor_intervention", 3, "withdrawn")],
        "plenary2@2021-02-23": [("chair", 0, "confirmed"), ("rapporteur", 8, "confirmed")],
        "opening@2021-02-24": [("chair", 0, "confirmed"), ("keynote", 10, "confirmed"), ("keynote", 10, "confirmed")],
        "plenary3@2021-02-24": [("moderator", 0, "confirmed"), ("panellist", 10, "confirmed"),
                                ("panellist", 10, "invited"), ("discussant", 5, "proposed")],
        "roundtable1@2021-02-24": [("moderator", 0, "confirmed"), ("rapporteur", 0, "confirmed"),
                                   ("speaker", 7, "confirmed"), ("speaker", 7, "invited"), ("speaker", 7, "proposed")],
        "roundtable2@2021-02-24": [("moderator", 0, "confirmed"), ("rapporteur", 0, "invited"),
                                   ("speaker", 7, "confirmed"), ("speaker", 7, "declined")],
        "roundtable3@2021-02-25": [("moderator", 0, "confirmed"), ("rapporteur", 0, "confirmed"),
                                   ("speaker", 7, "confirmed"), ("speaker", 7, "confirmed"), ("speaker", 7, "proposed")],
        "roundtable4@2021-02-25": [("moderator", 0, "invited"), ("speaker", 7, "confirmed"),
                                   ("speaker", 7, "invited"), ("speaker", 7, "withdrawn")],
        "plenary4@2021-02-25": [("chair", 0, "confirmed"), ("rapporteur", 5, "confirmed"), ("rapporteur", 5, "invited")],
        "closing@2021-02-25": [("chair", 0, "confirmed"), ("keynote", 10, "confirmed")],
    }  # fmt: skip
    assigned: dict[str, int] = {}
    for key, lineup in lineups.items():
        for position, (role, minutes, status) in enumerate(lineup, start=1):
            person_id = next(people)
            assigned[f"{key}/{position}"] = person_id
            yield AssignmentInput(sessions[key], person_id, role, history(status), position, minutes)
    # The roundtable 1 speaker also booked to speak in the parallel roundtable 2.
    yield AssignmentInput(
        sessions["roundtable2@2021-02-24"],
        assigned["roundtable1@2021-02-24/3"],
        "speaker",
        history("invited"),
        5,
        7,
    )
