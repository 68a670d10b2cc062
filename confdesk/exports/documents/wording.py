"""The fixed wording of the documents in Arabic, English and French.

Document text is not user-interface text: it is printed for participants in the document's
language whatever language the application runs in, so it lives here rather than in Qt's
translation files. Placeholders use ``str.format`` names.
"""

from __future__ import annotations

#: Per language, each key names a phrase or (roles, kinds, groups) a table of code -> words.
WORDING: dict[str, dict[str, str | dict[str, str]]] = {
    "en": {
        "programme": "Programme",
        "agenda": "Agenda at a glance",
        "logistics": "Logistics note",
        "participants": "List of participants",
        "letter": "Speaking role",
        "page": "Page {page} of {pages}",
        "organised_by": "Organised by",
        "dates": "{start} to {end}",
        "time_zone_note": "All times are {zone} time ({offset}).",
        "time_in": "Time ({zone})",
        "time": "Time",
        "day": "Day",
        "session": "Session",
        "kind": "Type",
        "themes": "{framework}: {themes}",
        "themes_named": "Themes",
        "interpretation": "Interpretation: {languages}",
        "no_lineup": "Speakers to be announced.",
        "parallel": "Parallel sessions",
        "entry": "{role}: {who}",
        "comma": ", ",
        "semicolon": "; ",
        "numbered": "{kind} {number}",
        "draft": "Draft",
        "name": "Name",
        "job_title": "Title",
        "organisation": "Organisation",
        "country": "Country",
        "group": "Stakeholder group",
        "participants_note": "Only participants who agreed to appear are listed ({count}).",
        "platform": "Platform and how to join",
        "platform_text": "The meeting takes place on {platform}: {url}",
        "links": "Links per session",
        "link": "Link",
        "meeting_id": "Meeting ID",
        "passcode": "Passcode",
        "interpretation_heading": "Interpretation",
        "channels": "Channels: {languages}",
        "speaking_rules": "Speaking rules",
        "rehearsal": "Rehearsal",
        "deadlines": "Deadlines",
        "due": "Due",
        "contacts": "Contacts",
        "contact_text": "Write to {email} with any question.",
        "data_protection": "Data protection",
        "dear": "Dear {name},",
        "letter_invited": (
            "On behalf of the organisers, we have the pleasure to invite you to take part as "
            "{role} in the session “{session}” of the {conference}."
        ),
        "letter_confirmed": (
            "We are pleased to confirm your participation as {role} in the session “{session}” "
            "of the {conference}."
        ),
        "details": "Your session",
        "role": "Role",
        "your_time": "Your time ({zone})",
        "conference_time": "Conference time ({zone})",
        "speaking_time": "Speaking time",
        "minutes": "{minutes} minutes",
        "instructions": "Instructions",
        "confirm_by": "Please confirm your participation by {date}, replying to {email}.",
        "confirm_by_no_email": "Please confirm your participation by {date}.",
        "closing": "We look forward to your contribution.",
        "signature": "The organisers",
        "roles": {
            "chair": "Chair", "moderator": "Moderator", "speaker": "Speaker",
            "panellist": "Panellist", "keynote": "Keynote speaker", "rapporteur": "Rapporteur",
            "discussant": "Discussant", "floor_intervention": "Floor intervention",
        },
        "kinds": {
            "opening": "Opening", "plenary": "Plenary", "roundtable": "Roundtable",
            "open_discussion": "Open discussion", "break": "Break", "closing": "Closing",
            "side_event": "Side event",
        },
        "groups": {
            "member_state": "Member State", "un_system": "UN system",
            "civil_society": "Civil society", "academia": "Academia",
            "private_sector": "Private sector", "trade_union": "Trade union",
            "migrant_diaspora": "Migrant or diaspora organisation",
            "local_authority": "Local authority", "nhri": "National human rights institution",
            "youth": "Youth", "international_organisation": "International organisation",
        },
    },
    "fr": {
        "programme": "Programme",
        "agenda": "Ordre du jour en bref",
        "logistics": "Note logistique",
        "participants": "Liste des participants",
        "letter": "Rôle d'intervenant",
        "page": "Page {page} sur {pages}",
        "organised_by": "Organisé par",
        "dates": "Du {start} au {end}",
        "time_zone_note": "Toutes les heures sont données à l'heure de {zone} ({offset}).",
        "time_in": "Heure ({zone})",
        "time": "Heure",
        "day": "Jour",
        "session": "Session",
        "kind": "Type",
        "themes": "{framework} : {themes}",
        "themes_named": "Thèmes",
        "interpretation": "Interprétation : {languages}",
        "no_lineup": "Intervenants à confirmer.",
        "parallel": "Séances parallèles",
        "entry": "{role} : {who}",
        "comma": ", ",
        "semicolon": " ; ",
        "numbered": "{kind} {number}",
        "draft": "Projet",
        "name": "Nom",
        "job_title": "Fonction",
        "organisation": "Organisation",
        "country": "Pays",
        "group": "Groupe de parties prenantes",
        "participants_note": "Seuls les participants ayant donné leur accord figurent sur la liste ({count}).",
        "platform": "Plateforme et connexion",
        "platform_text": "La réunion se tient sur {platform} : {url}",
        "links": "Liens par session",
        "link": "Lien",
        "meeting_id": "ID de réunion",
        "passcode": "Code secret",
        "interpretation_heading": "Interprétation",
        "channels": "Canaux : {languages}",
        "speaking_rules": "Règles de prise de parole",
        "rehearsal": "Répétition",
        "deadlines": "Échéances",
        "due": "Échéance",
        "contacts": "Contacts",
        "contact_text": "Pour toute question, écrivez à {email}.",
        "data_protection": "Protection des données",
        "dear": "{name},",
        "letter_invited": (
            "Au nom des organisateurs, nous avons le plaisir de vous inviter à participer en "
            "qualité de {role} à la session « {session} » de l'{conference}."
        ),
        "letter_confirmed": (
            "Nous avons le plaisir de confirmer votre participation en qualité de {role} à la "
            "session « {session} » de l'{conference}."
        ),
        "details": "Votre session",
        "role": "Rôle",
        "your_time": "Votre heure ({zone})",
        "conference_time": "Heure de la conférence ({zone})",
        "speaking_time": "Temps de parole",
        "minutes": "{minutes} minutes",
        "instructions": "Instructions",
        "confirm_by": "Merci de confirmer votre participation avant le {date} en répondant à {email}.",
        "confirm_by_no_email": "Merci de confirmer votre participation avant le {date}.",
        "closing": "Nous nous réjouissons de votre contribution.",
        "signature": "Les organisateurs",
        "roles": {
            "chair": "président·e", "moderator": "modérateur·rice", "speaker": "orateur·rice",
            "panellist": "panéliste", "keynote": "orateur·rice principal·e",
            "rapporteur": "rapporteur·e", "discussant": "discutant·e",
            "floor_intervention": "intervention de la salle",
        },
        "kinds": {
            "opening": "Ouverture", "plenary": "Plénière", "roundtable": "Table ronde",
            "open_discussion": "Discussion ouverte", "break": "Pause", "closing": "Clôture",
            "side_event": "Événement parallèle",
        },
        "groups": {
            "member_state": "État membre", "un_system": "Système des Nations Unies",
            "civil_society": "Société civile", "academia": "Milieu universitaire",
            "private_sector": "Secteur privé", "trade_union": "Syndicat",
            "migrant_diaspora": "Organisation de migrants ou de la diaspora",
            "local_authority": "Autorité locale",
            "nhri": "Institution nationale des droits de l'homme", "youth": "Jeunesse",
            "international_organisation": "Organisation internationale",
        },
    },
    "ar": {
        "programme": "البرنامج",
        "agenda": "جدول الأعمال بإيجاز",
        "logistics": "المذكرة اللوجستية",
        "participants": "قائمة المشاركين",
        "letter": "دور التحدث",
        "page": "الصفحة {page} من {pages}",
        "organised_by": "تنظيم",
        "dates": "من {start} إلى {end}",
        "time_zone_note": "جميع الأوقات بتوقيت {zone} ({offset}).",
        "time_in": "الوقت ({zone})",
        "time": "الوقت",
        "day": "اليوم",
        "session": "الجلسة",
        "kind": "النوع",
        "themes": "{framework}: {themes}",
        "themes_named": "المحاور",
        "interpretation": "الترجمة الفورية: {languages}",
        "no_lineup": "يُعلن عن المتحدثين لاحقاً.",
        "parallel": "جلسات متوازية",
        "entry": "{role}: {who}",
        "comma": "، ",
        "semicolon": "؛ ",
        "numbered": "{kind} {number}",
        "draft": "مسودة",
        "name": "الاسم",
        "job_title": "المنصب",
        "organisation": "الجهة",
        "country": "البلد",
        "group": "فئة أصحاب المصلحة",
        "participants_note": "تضم القائمة فقط المشاركين الذين وافقوا على إدراج أسمائهم ({count}).",
        "platform": "المنصة وطريقة الانضمام",
        "platform_text": "يُعقد الاجتماع عبر منصة {platform}: {url}",
        "links": "روابط الجلسات",
        "link": "الرابط",
        "meeting_id": "معرّف الاجتماع",
        "passcode": "رمز الدخول",
        "interpretation_heading": "الترجمة الفورية",
        "channels": "القنوات: {languages}",
        "speaking_rules": "قواعد أخذ الكلمة",
        "rehearsal": "التمرين التقني",
        "deadlines": "المواعيد النهائية",
        "due": "الموعد",
        "contacts": "جهات الاتصال",
        "contact_text": "لأي استفسار، يرجى الكتابة إلى {email}.",
        "data_protection": "حماية البيانات",
        "dear": "{name} المحترم/ة،",
        "letter_invited": (
            "بالنيابة عن الجهات المنظمة، يسرّنا دعوتكم للمشاركة بصفة {role} في جلسة «{session}» "
            "ضمن {conference}."
        ),
        "letter_confirmed": (
            "يسرّنا تأكيد مشاركتكم بصفة {role} في جلسة «{session}» ضمن {conference}."
        ),
        "details": "جلستكم",
        "role": "الدور",
        "your_time": "توقيتكم ({zone})",
        "conference_time": "توقيت المؤتمر ({zone})",
        "speaking_time": "مدة المداخلة",
        "minutes": "{minutes} دقائق",
        "instructions": "تعليمات",
        "confirm_by": "يرجى تأكيد مشاركتكم قبل {date} بالرد على {email}.",
        "confirm_by_no_email": "يرجى تأكيد مشاركتكم قبل {date}.",
        "closing": "نتطلع إلى مساهمتكم.",
        "signature": "الجهات المنظمة",
        "roles": {
            "chair": "رئيس الجلسة", "moderator": "مدير الجلسة", "speaker": "متحدث",
            "panellist": "عضو في حلقة النقاش", "keynote": "متحدث رئيسي", "rapporteur": "مقرر",
            "discussant": "معقّب", "floor_intervention": "مداخلة من القاعة",
        },
        "kinds": {
            "opening": "الافتتاح", "plenary": "جلسة عامة", "roundtable": "مائدة مستديرة",
            "open_discussion": "مناقشة مفتوحة", "break": "استراحة", "closing": "الاختتام",
            "side_event": "فعالية جانبية",
        },
        "groups": {
            "member_state": "دولة عضو", "un_system": "منظومة الأمم المتحدة",
            "civil_society": "المجتمع المدني", "academia": "الأوساط الأكاديمية",
            "private_sector": "القطاع الخاص", "trade_union": "نقابة عمالية",
            "migrant_diaspora": "منظمة مهاجرين أو مغتربين", "local_authority": "سلطة محلية",
            "nhri": "مؤسسة وطنية لحقوق الإنسان", "youth": "الشباب",
            "international_organisation": "منظمة دولية",
        },
    },
}  # fmt: skip


class Wording:
    """The phrases of one language, filled in with ``str.format`` values."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._table = WORDING[lang]

    def __call__(self, key: str, **values: object) -> str:
        phrase = self._table[key]
        if not isinstance(phrase, str):
            raise TypeError(f"{key!r} names a table of words, not a phrase")
        return phrase.format(**values)

    def _words(self, table: str) -> dict[str, str]:
        words = self._table[table]
        if isinstance(words, str):
            raise TypeError(f"{table!r} names a phrase, not a table of words")
        return words

    def role(self, code: str) -> str:
        return self._words("roles").get(code, code)

    def kind(self, code: str) -> str:
        return self._words("kinds").get(code, code)

    def group(self, code: str) -> str:
        return self._words("groups").get(code, code)
