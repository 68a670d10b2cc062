"""Invitation e-mails and calendar events greet and name each person in the grammar of their
gender, and count minutes by the plural rules of their language."""

from __future__ import annotations

from sqlalchemy import select

from confdesk.exports import calendar_text
from confdesk.exports.calendar import plan_invite
from confdesk.exports.calendar_source import load_source
from confdesk.mail.bodies import plain_text, summary_body
from confdesk.model import Assignment, Person
from confdesk.services import update_person


def arabic_female_chair(store) -> Person:
    with store.reader() as db:
        return db.scalars(
            select(Person)
            .join(Assignment)
            .where(
                Person.language == "ar",
                Person.gender == "female",
                Person.email.is_not(None),
                Assignment.role == "chair",
                Assignment.status.in_(["invited", "confirmed"]),
            )
            .order_by(Person.id)
        ).first()


def summary_text(store, person_id: int) -> str:
    with store.reader() as db:
        source = load_source(db, store.conference_id())
    return plain_text(summary_body(plan_invite(source, person_id)))


def test_arabic_summary_greets_a_woman_and_names_her_role_in_the_feminine(demo_store):
    person = arabic_female_chair(demo_store)
    text = summary_text(demo_store, person.id)
    assert text.startswith(f"حضرة {person.name_ar or person.name} المحترمة،")
    assert "دوركم: رئيسة الجلسة" in text


def test_arabic_summary_is_neutral_when_the_gender_is_unknown(demo_store):
    person = arabic_female_chair(demo_store)
    with demo_store.unit() as db:
        update_person(db, person.id, gender=None)
    text = summary_text(demo_store, person.id)
    assert text.startswith(f"حضرة {person.name_ar or person.name} المحترم/ة،")
    assert "دوركم: رئاسة الجلسة" in text and "رئيسة" not in text


def test_speaking_minutes_and_reminders_take_the_plural_forms_of_the_language():
    assert calendar_text.plural("ar", "role_minutes", 2, role="متحدثة", minutes=2) == "دوركم: متحدثة (دقيقتان للكلمة)"
    assert calendar_text.plural("ar", "role_minutes", 3, role="متحدث", minutes=3) == "دوركم: متحدث (3 دقائق للكلمة)"
    assert calendar_text.plural("ar", "alarm", 15, title="الافتتاح", minutes=15) == "تبدأ الافتتاح بعد 15 دقيقة"
    assert calendar_text.plural("fr", "role_minutes", 1, role="Oratrice", minutes=1) == (
        "Votre rôle : Oratrice (1 minute de temps de parole)"
    )
    assert calendar_text.plural("en", "alarm", 1, title="Opening", minutes=1) == "Opening starts in 1 minute"
    assert calendar_text.role_name("fr", "keynote", "female") == "Oratrice principale"
