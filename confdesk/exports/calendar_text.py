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
        "subject_invite": "Invitation: your sessions at {conference}",
        "subject_update": "Updated invitation: your sessions at {conference}",
        "subject_cancel": "Cancelled: sessions at {conference}",
        "greeting": "Dear {name},",
        "intro_invite": "You are invited to the following sessions of {conference}. "
        "The attached calendar invitation adds them to your calendar.",
        "intro_update": "Your sessions at {conference} have changed. "
        "The attached calendar invitation updates your calendar.",
        "intro_cancel": "The following sessions of {conference} are no longer in your programme. "
        "The attached cancellation removes them from your calendar.",
        "cancelled_heading": "No longer in your programme:",
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
        "subject_invite": "Invitation : vos sessions – {conference}",
        "subject_update": "Invitation mise à jour : vos sessions – {conference}",
        "subject_cancel": "Annulation : sessions – {conference}",
        "greeting": "Bonjour {name},",
        "intro_invite": "Vous êtes invité(e) aux sessions suivantes de la réunion « {conference} ». "
        "L'invitation jointe les ajoute à votre agenda.",
        "intro_update": "Vos sessions de la réunion « {conference} » ont changé. "
        "L'invitation jointe met votre agenda à jour.",
        "intro_cancel": "Les sessions suivantes de la réunion « {conference} » ne font plus partie "
        "de votre programme. L'annulation jointe les retire de votre agenda.",
        "cancelled_heading": "Ne font plus partie de votre programme :",
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
        "subject_invite": "دعوة: جلساتكم في {conference}",
        "subject_update": "تحديث الدعوة: جلساتكم في {conference}",
        "subject_cancel": "إلغاء: جلسات في {conference}",
        "greeting": "حضرة {name} المحترم/ة،",
        "intro_invite": "يسرّنا دعوتكم إلى الجلسات التالية من {conference}. تضيفها الدعوة المرفقة إلى تقويمكم.",
        "intro_update": "طرأ تغيير على جلساتكم في {conference}. تحدّث الدعوة المرفقة تقويمكم.",
        "intro_cancel": "لم تعد الجلسات التالية من {conference} ضمن برنامجكم. يزيلها الإلغاء المرفق من تقويمكم.",
        "cancelled_heading": "لم تعد ضمن برنامجكم:",
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
