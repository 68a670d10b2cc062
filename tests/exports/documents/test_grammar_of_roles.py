"""Letters and programmes name each person's role in the grammar of their gender: a female
moderator is مديرة الجلسة and Modératrice, a person of unknown gender gets the neutral form;
French elides ("d'oratrice"), English says "as rapporteur", a floor intervention takes the floor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from documents_pdf import pages_text

from confdesk.exports.documents import DocumentOptions, build_document, letters
from confdesk.exports.documents.page import Writer
from confdesk.exports.documents.snapshot import ConferenceView, LineupEntry, PartView, SessionView
from confdesk.exports.wording import Wording

LETTER_DATE = date(2021, 2, 10)


def recast(
    conference: ConferenceView, role: str, gender: str | None, status: str = "confirmed", minutes: int | None = None
) -> tuple[ConferenceView, PartView, SessionView, LineupEntry]:
    """The demo with its first letter's person given ``gender`` and ``role`` (and ``minutes``)."""
    part, session, entry = letters.recipients(conference)[0]
    changed = replace(
        entry,
        person=replace(entry.person, gender=gender),
        role=role,
        status=status,
        minutes=entry.minutes if minutes is None else minutes,
    )
    session_now = replace(session, lineup=tuple(changed if e is entry else e for e in session.lineup))
    part_now = replace(part, sessions=tuple(session_now if s is session else s for s in part.sessions))
    conference_now = replace(conference, parts=tuple(part_now if p is part else p for p in conference.parts))
    return conference_now, part_now, session_now, changed


def letter_text(conference: ConferenceView, entry: LineupEntry, lang: str) -> str:
    written = letters.build_each(conference, DocumentOptions(lang=lang, letter_date=LETTER_DATE))
    pdf = next(letter.pdf for letter in written if letter.assignment_id == entry.assignment_id)
    return " ".join(pages_text(pdf).split())


@pytest.mark.parametrize(
    ("gender", "as_role", "salutation_end"),
    [
        ("female", "بصفة مديرة الجلسة", "المحترمة،"),
        ("male", "بصفة مدير الجلسة", "المحترم،"),
        (None, "بصفة مدير/ة الجلسة", "المحترم/ة،"),
        ("other", "بصفة مدير/ة الجلسة", "المحترم/ة،"),
    ],
)
def test_arabic_letter_to_a_moderator_agrees_with_her_or_his_gender(conference, gender, as_role, salutation_end):
    """Arabic text read back from the PDF is in presentation forms, so the letter's sentences
    are read before they are laid out, and the page is checked to build."""
    changed, _part, session, entry = recast(conference, "moderator", gender)
    words = Wording("ar")
    salutation, body = letters.opening(words, entry, session.title.get("ar"), changed.name.get("ar"))
    assert salutation == f"{entry.person.addressed('ar')} {salutation_end}"
    assert f"يسرّنا تأكيد مشاركتكم {as_role} في جلسة «" in body
    assert words.role(entry.role, gender) == {"female": "مديرة الجلسة", "male": "مدير الجلسة"}.get(
        gender or "", "إدارة الجلسة"
    )
    writer = Writer(changed, DocumentOptions(lang="ar", letter_date=LETTER_DATE))
    assert writer.build(letters.letter(writer, _part, session, entry), "letter").startswith(b"%PDF")


def test_french_letter_elides_and_agrees_with_a_female_keynote_speaker(conference):
    changed, _part, _session, entry = recast(conference, "keynote", "female", status="invited", minutes=1)
    text = letter_text(changed, entry, "fr")
    assert f"Madame {entry.person.name}," in text
    # French typography prints the catalog's apostrophe as U+2019.
    assert "vous inviter à participer en qualité d’oratrice principale à la session «" in text
    assert "Rôle Oratrice principale" in text
    assert "Temps de parole 1 minute" in text


def test_french_letter_to_a_person_of_unknown_gender_names_both_forms(conference):
    changed, _part, _session, entry = recast(conference, "speaker", None)
    text = letter_text(changed, entry, "fr")
    assert "en qualité d’orateur ou d’oratrice à la session" in text
    assert "Madame" not in text.split("Au nom")[0] and "Monsieur" not in text
    assert "Rôle Orateur ou oratrice" in text


def test_english_letter_says_as_rapporteur(conference):
    changed, _part, _session, entry = recast(conference, "rapporteur", "female", minutes=2)
    text = letter_text(changed, entry, "en")
    assert "We are pleased to confirm your participation as rapporteur in the session “" in text
    assert "Speaking time 2 minutes" in text


def test_a_floor_intervention_letter_invites_the_person_to_take_the_floor(conference):
    changed, _part, _session, entry = recast(conference, "floor_intervention", "male", status="invited")
    english = letter_text(changed, entry, "en")
    assert "we have the pleasure to invite you to take the floor in the session “" in english
    assert "as Floor intervention" not in english and "as floor intervention" not in english
    french = letter_text(changed, entry, "fr")
    assert "vous inviter à prendre la parole lors de la session «" in french
    _salutation, arabic = letters.opening(Wording("ar"), entry, "الجلسة", "المؤتمر")
    assert "دعوتكم إلى أخذ الكلمة في جلسة «الجلسة»" in arabic


def test_french_programme_lines_start_with_the_capitalised_role_of_each_person(conference):
    text = " ".join(pages_text(build_document("programme", conference, DocumentOptions(lang="fr"))).split())
    published = [e for s in conference.sessions() if s.public for e in s.lineup_in(("invited", "confirmed"))]
    female_moderator = next(e for e in published if e.role == "moderator" and e.person.gender == "female")
    male_rapporteur = next(e for e in published if e.role == "rapporteur" and e.person.gender == "male")
    assert f"Modératrice : {female_moderator.person.addressed('fr')}" in text
    assert f"Rapporteur : {male_rapporteur.person.addressed('fr')}" in text
    assert "modérateur·rice" not in text and "·" not in text.replace(" · ", "")


def test_english_programme_keeps_one_form_for_every_gender(conference):
    text = " ".join(pages_text(build_document("programme", conference, DocumentOptions(lang="en"))).split())
    published = [e for s in conference.sessions() if s.public for e in s.lineup_in(("invited", "confirmed"))]
    moderator = next(e for e in published if e.role == "moderator" and e.person.gender == "female")
    assert f"Moderator: {moderator.person.addressed('en')}" in text
