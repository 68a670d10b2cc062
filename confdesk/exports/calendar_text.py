"""The words of calendar events and invitation e-mails in Arabic, English and French.

Document text, not UI text: calendar clients and mail readers show it to participants, so it
is rendered here from per-language templates (CRAFT.md habit 6). Dates, times, language and
zone names come from Babel.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time, get_timezone_location

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "role": "Your role: {role}",
        "role_minutes": "Your role: {role} ({minutes} minutes of speaking time)",
        "themes": "{framework}:\n{themes}",
        "themes_named": "Themes",
        "interpretation": "Interpretation: {languages}",
        "when": "{day}, {start}–{end} ({zone})",
        "join": "Join: {url}",
        "meeting_id": "Meeting ID: {meeting_id}",
        "passcode": "Passcode: {passcode}",
        "alarm": "{title} starts in {minutes} minutes",
        "subject_invite": "Invitation: {session} – {conference}",
        "subject_update": "Updated invitation: {session} – {conference}",
        "subject_cancel": "Cancelled: {session} – {conference}",
        "subject_summary": "Your sessions at {conference}",
        "greeting": "Dear {name},",
        "intro_invite": "You are invited to the following session of {conference}. "
        "The calendar invitation in this message adds it to your calendar.",
        "intro_update": "One of your sessions at {conference} has changed. "
        "The calendar invitation in this message updates your calendar.",
        "intro_cancel": "The following session of {conference} is no longer in your programme. "
        "The cancellation in this message removes it from your calendar.",
        "intro_summary": "Your sessions at {conference} as they stand today. "
        "Each one's calendar invitation comes in a message of its own.",
        "summary_none": "You have no session at {conference} at present.",
        "closing": "With best regards,",
        "contact": "Questions: {email}",
    },
    "fr": {
        "role": "Votre rôle : {role}",
        "role_minutes": "Votre rôle : {role} ({minutes} minutes de temps de parole)",
        "themes": "{framework}\u00a0:\n{themes}",
        "themes_named": "Thèmes",
        "interpretation": "Interprétation : {languages}",
        "when": "{day}, {start}–{end} ({zone})",
        "join": "Rejoindre : {url}",
        "meeting_id": "ID de réunion : {meeting_id}",
        "passcode": "Code secret : {passcode}",
        "alarm": "{title} commence dans {minutes} minutes",
        "subject_invite": "Invitation : {session} – {conference}",
        "subject_update": "Invitation mise à jour : {session} – {conference}",
        "subject_cancel": "Annulation : {session} – {conference}",
        "subject_summary": "Vos sessions – {conference}",
        "greeting": "Bonjour {name},",
        "intro_invite": "Vous êtes invité(e) à la session suivante de la réunion « {conference} ». "
        "L'invitation de ce message l'ajoute à votre agenda.",
        "intro_update": "L'une de vos sessions de la réunion « {conference} » a changé. "
        "L'invitation de ce message met votre agenda à jour.",
        "intro_cancel": "La session suivante de la réunion « {conference} » ne fait plus partie "
        "de votre programme. L'annulation de ce message la retire de votre agenda.",
        "intro_summary": "Vos sessions de la réunion « {conference} » à ce jour. "
        "L'invitation de chacune vous parvient dans un message distinct.",
        "summary_none": "Vous n'avez actuellement aucune session à la réunion « {conference} ».",
        "closing": "Veuillez agréer nos salutations distinguées,",
        "contact": "Questions : {email}",
    },
    "ar": {
        "role": "دوركم: {role}",
        "role_minutes": "دوركم: {role} ({minutes} دقائق للكلمة)",
        "themes": "{framework}:\n{themes}",
        "themes_named": "المحاور",
        "interpretation": "الترجمة الفورية: {languages}",
        "when": "{day}، {start}–{end} ({zone})",
        "join": "رابط الانضمام: {url}",
        "meeting_id": "رقم الاجتماع: {meeting_id}",
        "passcode": "رمز الدخول: {passcode}",
        "alarm": "تبدأ {title} بعد {minutes} دقيقة",
        "subject_invite": "دعوة: {session} – {conference}",
        "subject_update": "تحديث الدعوة: {session} – {conference}",
        "subject_cancel": "إلغاء: {session} – {conference}",
        "subject_summary": "جلساتكم في {conference}",
        "greeting": "حضرة {name} المحترم/ة،",
        "intro_invite": "يسرّنا دعوتكم إلى الجلسة التالية من {conference}. تضيفها الدعوة التي في هذه الرسالة إلى تقويمكم.",
        "intro_update": "طرأ تغيير على إحدى جلساتكم في {conference}. تحدّث الدعوة التي في هذه الرسالة تقويمكم.",
        "intro_cancel": "لم تعد الجلسة التالية من {conference} ضمن برنامجكم. يزيلها الإلغاء الذي في هذه الرسالة من تقويمكم.",
        "intro_summary": "هذه جلساتكم في {conference} حتى اليوم. تصلكم دعوة كل جلسة في رسالة مستقلة.",
        "summary_none": "لا جلسة لكم حالياً في {conference}.",
        "closing": "مع أطيب التحيات،",
        "contact": "للاستفسار: {email}",
    },
}

#: Role names as (masculine or unknown gender, feminine).
ROLES: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "chair": ("Chair", "Chair"),
        "moderator": ("Moderator", "Moderator"),
        "speaker": ("Speaker", "Speaker"),
        "panellist": ("Panellist", "Panellist"),
        "keynote": ("Keynote speaker", "Keynote speaker"),
        "rapporteur": ("Rapporteur", "Rapporteur"),
        "discussant": ("Discussant", "Discussant"),
        "floor_intervention": ("Floor intervention", "Floor intervention"),
    },
    "fr": {
        "chair": ("Président de séance", "Présidente de séance"),
        "moderator": ("Modérateur", "Modératrice"),
        "speaker": ("Orateur", "Oratrice"),
        "panellist": ("Panéliste", "Panéliste"),
        "keynote": ("Orateur principal", "Oratrice principale"),
        "rapporteur": ("Rapporteur", "Rapporteuse"),
        "discussant": ("Intervenant", "Intervenante"),
        "floor_intervention": ("Intervention de la salle", "Intervention de la salle"),
    },
    "ar": {
        "chair": ("رئيس الجلسة", "رئيسة الجلسة"),
        "moderator": ("مدير الجلسة", "مديرة الجلسة"),
        "speaker": ("متحدث", "متحدثة"),
        "panellist": ("عضو حلقة النقاش", "عضوة حلقة النقاش"),
        "keynote": ("متحدث رئيسي", "متحدثة رئيسية"),
        "rapporteur": ("مقرر", "مقررة"),
        "discussant": ("معقّب", "معقّبة"),
        "floor_intervention": ("مداخلة من القاعة", "مداخلة من القاعة"),
    },
}


def language_of(lang: str | None) -> str:
    """One of ar/en/fr for a BCP 47 code, English for anything else."""
    base = (lang or "en").split("-")[0].split("_")[0].lower()
    return base if base in TEMPLATES else "en"


def text(lang: str, key: str, **values: object) -> str:
    return TEMPLATES[language_of(lang)][key].format(**values)


def role_name(lang: str, role: str, gender: str | None) -> str:
    masculine, feminine = ROLES[language_of(lang)].get(role, (role, role))
    return feminine if gender == "female" else masculine


@lru_cache(maxsize=64)
def language_names(lang: str, codes: tuple[str, ...]) -> str:
    names = Locale(language_of(lang)).languages
    separator = "، " if language_of(lang) == "ar" else ", "
    return separator.join(names.get(code, code) for code in codes)


@lru_cache(maxsize=4096)
def when(lang: str, starts_at: datetime, ends_at: datetime, zone: str) -> str:
    """The day and time span of a session in ``zone``, worded for ``lang``."""
    tz = ZoneInfo(zone)
    start, end = starts_at.astimezone(tz), ends_at.astimezone(tz)
    locale = language_of(lang)
    return text(
        locale,
        "when",
        day=format_date(start.date(), "full", locale=locale),
        start=format_time(start, "HH:mm", locale=locale),
        end=format_time(end, "HH:mm", locale=locale),
        zone=get_timezone_location(tz, locale=locale),
    )
