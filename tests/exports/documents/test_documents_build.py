"""Every document builds in every language, and says what the conference data says."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from documents_pdf import page_count, pages_text

from confdesk.exports.documents import DOCUMENTS, DocumentError, DocumentOptions, build_document
from confdesk.exports.documents import letters as letter_documents

LANGS = ("ar", "en", "fr")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_every_document_builds_in_every_language(conference, kind, lang):
    pdf = build_document(kind, conference, DocumentOptions(lang=lang, letter_date=date(2021, 2, 10)))
    assert pdf.startswith(b"%PDF")
    assert page_count(pdf) >= 1


def test_english_programme_shows_titles_names_and_dates(conference):
    text = pages_text(build_document("programme", conference, DocumentOptions(lang="en")))
    assert "Wednesday, 24 February 2021" in text  # UN style, the default house style
    assert "Roundtable 1: Ensuring that migration is voluntary" in text
    assert "Amina Haddad" in text
    # Each theme by its code and label, from the conference's own list (the demo's: GCM).
    flat = " ".join(text.split())
    assert "GCM objectives: 2. Minimize the adverse drivers and structural factors" in flat
    assert "; 5. Enhance availability and flexibility of pathways for regular migration;" in flat
    assert "Page 2 of" in text


def test_french_programme_uses_french_dates_and_roles(conference):
    text = pages_text(build_document("programme", conference, DocumentOptions(lang="fr")))
    assert "mercredi 24 février 2021" in text
    assert "Table ronde 2 : Protéger les droits humains" in text
    assert "Page 1 sur" in text


def test_arabic_programme_has_arabic_indic_digits_when_asked(conference):
    latin = pages_text(build_document("programme", conference, DocumentOptions(lang="ar")))
    arab = pages_text(build_document("programme", conference, DocumentOptions(lang="ar", digits="arab")))
    assert "10:00" in latin and "٢٠٢١" not in latin
    assert "١٠:٠٠" in arab and "٢٠٢١" in arab
    # Links and meeting numbers are the user's text and keep their digits.
    assert "https://zoom.example.org" in pages_text(
        build_document("logistics", conference, DocumentOptions(lang="ar", digits="arab"))
    )


def test_programme_prints_invited_and_confirmed_but_never_declined_or_withdrawn(conference):
    text = pages_text(build_document("programme", conference, DocumentOptions(lang="en")))
    draft = pages_text(build_document("programme", conference, DocumentOptions(lang="en", draft=True)))
    entries = [entry for session in conference.sessions() for entry in session.lineup]
    active = {entry.person.name for entry in entries if entry.status in ("invited", "confirmed")}
    proposed = {entry.person.name for entry in entries if entry.status == "proposed"} - active
    gone = {entry.person.name for entry in entries if entry.status in ("declined", "withdrawn")}
    gone -= active | proposed
    assert gone and proposed
    assert all(name in text for name in active)
    assert not any(name in text for name in gone | proposed)
    assert all(name in draft for name in proposed)
    assert not any(name in draft for name in gone)
    assert "Programme – Draft" in draft


def test_extra_zone_adds_a_time_column(conference):
    pdf = build_document("programme", conference, DocumentOptions(lang="en", zones=("Africa/Casablanca",)))
    text = " ".join(pages_text(pdf).split())
    assert "(Casablanca)" in text and "Time (Beirut)" in text
    # The opening at 10:00 in Beirut (UTC+2) is 09:00 in Casablanca (UTC+1).
    assert "10:00 – 10:30 09:00 – 09:30" in text


def test_both_papers_build_with_their_own_page_size(conference):
    import io

    import pdfplumber

    for paper, width in (("a4", 595), ("letter", 612)):
        pdf = build_document("agenda", conference, DocumentOptions(lang="fr", paper=paper))
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            assert round(document.pages[0].width) == width


def test_participant_list_shows_only_people_who_agreed(conference):
    text = pages_text(build_document("participants", conference, DocumentOptions(lang="en")))
    listed = [person for person in conference.people if person.listed]
    unlisted = [person for person in conference.people if not person.listed]
    assert listed and unlisted
    assert all(person.name in text for person in listed)
    assert not any(person.name in text for person in unlisted)
    assert "@example.org" not in text


def test_logistics_note_prints_the_text_blocks_and_deadlines(conference):
    text = pages_text(build_document("logistics", conference, DocumentOptions(lang="en")))
    assert "Join 15 minutes before each session" in text
    assert "Raise the virtual hand" in text
    assert "Registration closes" in text
    assert "https://zoom.example.org/j/" in text
    assert "gcm-review@example.org" in text


def test_one_letter_per_invited_or_confirmed_assignment_with_both_zones(conference):
    people = {person.id: person for person in conference.people}
    chosen = next(entry for session in conference.sessions() for entry in session.lineup if entry.status == "invited")
    elsewhere = replace(people[chosen.person.id], zone=__import__("zoneinfo").ZoneInfo("America/New_York"))
    sessions = []
    options = DocumentOptions(lang="en", letter_date=date(2021, 2, 10), confirm_by=date(2021, 2, 15))
    for part in conference.parts:
        sessions.append(
            replace(
                part,
                sessions=tuple(
                    replace(
                        session,
                        lineup=tuple(
                            replace(entry, person=elsewhere) if entry is chosen else entry for entry in session.lineup
                        ),
                    )
                    for session in part.sessions
                ),
            )
        )
    changed = replace(conference, parts=tuple(sessions))
    written = letter_documents.build_each(changed, options)
    expected = [e for s in conference.sessions() if s.public for e in s.lineup if e.status in ("invited", "confirmed")]
    assert len(written) == len(expected)
    assert len({letter.file_name for letter in written}) == len(written)
    mine = next(letter for letter in written if letter.assignment_id == chosen.assignment_id)
    text = pages_text(mine.pdf)
    assert "Your time (New York)" in text and "Conference time (Beirut)" in text
    assert "Please confirm your participation by 15 February 2021" in text
    assert chosen.person.name in text


def test_unknown_language_or_zone_is_one_clear_sentence(conference):
    with pytest.raises(DocumentError, match="not 'de'"):
        build_document("agenda", conference, DocumentOptions(lang="de"))
    with pytest.raises(DocumentError, match="Mars/Base"):
        build_document("programme", conference, DocumentOptions(zones=("Mars/Base",)))


def test_times_in_another_zone_keep_the_short_style_and_mark_the_next_day(conference):
    """Kiritimati is 12 hours ahead of Beirut: the afternoon sessions fall on the next day there
    and a session across noon in Beirut crosses midnight there."""
    text = pages_text(
        build_document("programme", conference, DocumentOptions(lang="en", zones=("Pacific/Kiritimati",)))
    )
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # The mark may wrap under its range in the narrow time column, never inside it.
    for plenary in ("10:30 – 12:00 22:30 – 00:00 Plenary 1", "12:15 – 13:45 00:15 – 01:45 Open discussion"):
        at = next(index for index, line in enumerate(lines) if line.startswith(plenary))
        assert lines[at + 1].startswith("(+1)"), lines[at : at + 2]
    assert not any(line.startswith("10:00 – 10:30 22:00 – 22:30") and "(+1)" in line for line in lines)
    assert not re.search(r"\d\d:\d\d:\d\d", text)  # never a time with seconds
    assert "Feb" not in text.replace("February", "")  # nor a short date inside a range


@pytest.mark.parametrize("kind", ["programme", "agenda"])
def test_parallel_sessions_are_grouped_under_one_line(conference, kind):
    """The roundtables held at the same time come under one "Parallel sessions" line with
    their common span; a session alone in its time has none."""
    from confdesk.exports.documents.parallel import parallel_groups

    sessions = [s for part in conference.parts for s in part.public_sessions()]
    groups = {group.session_ids for group in parallel_groups(sessions).values()}
    roundtables = {s.number: s.id for s in sessions if s.kind == "roundtable"}
    assert groups == {(roundtables[1], roundtables[2]), (roundtables[3], roundtables[4])}
    lines = [
        " ".join(line.split()) for line in pages_text(build_document(kind, conference, DocumentOptions())).splitlines()
    ]
    labelled = [index for index, line in enumerate(lines) if "Parallel sessions" in line]
    assert len(labelled) == 2
    assert "12:15 – 13:45 Parallel sessions" in lines[labelled[0]]
    following = " ".join(lines[labelled[0] + 1 : labelled[0] + 4])
    assert "Roundtable 1" in following
    french = pages_text(build_document(kind, conference, DocumentOptions(lang="fr")))
    assert french.count("Séances parallèles") == 2


def test_letters_are_each_in_their_persons_language_by_default(conference):
    """Each letter in the language its person prefers, dated in it; a batch in one language
    stays possible; other documents need one language."""
    written = {
        letter.assignment_id: letter
        for letter in letter_documents.build_each(
            conference, DocumentOptions(lang="person", letter_date=date(2021, 2, 10))
        )
    }
    entries = {
        e.assignment_id: e for s in conference.sessions() if s.public for e in s.lineup_in(("invited", "confirmed"))
    }
    assert set(written) == set(entries)
    languages = {entry.person.language.split("-")[0] for entry in entries.values()}
    assert {"ar", "en", "fr"} <= languages  # the demo has all three
    for assignment_id, letter in written.items():
        person = entries[assignment_id].person
        text = pages_text(letter.pdf)
        lang = person.language.split("-")[0]
        if lang == "en":
            assert "10 February 2021" in text and "Dear " in text
        elif lang == "fr":
            assert "10 février 2021" in text and "Rôle" in text
        else:  # Arabic: the PDF's Arabic text is shaped glyphs; the page runs right to left
            assert "February" not in text and "février" not in text
    one_language = letter_documents.build_each(conference, DocumentOptions(lang="en", letter_date=date(2021, 2, 10)))
    assert all("10 February 2021" in pages_text(letter.pdf) for letter in one_language)
    combined = pages_text(
        build_document("letters", conference, DocumentOptions(lang="person", letter_date=date(2021, 2, 10)))
    )
    assert "10 February 2021" in combined and "10 février 2021" in combined
    with pytest.raises(DocumentError, match="Only letters are written in each person's language"):
        build_document("programme", conference, DocumentOptions(lang="person"))


@pytest.mark.parametrize("lang", LANGS)
def test_participant_list_is_grouped_by_group_then_country_then_family_name(conference, lang):
    from confdesk.exports.documents.collation import name_key
    from confdesk.exports.documents.participants import listed_people
    from confdesk.model import StakeholderGroup

    people = listed_people(conference, lang)
    order = [group.value for group in StakeholderGroup]
    groups = [order.index(person.group) for person in people]
    assert groups == sorted(groups)
    for _group, members in __import__("itertools").groupby(people, key=lambda person: person.group):
        members = list(members)
        keys = [name_key(person.display_name(lang)) for person in members]
        by_country: dict[str, list] = {}
        for person, key in zip(members, keys, strict=True):
            by_country.setdefault(person.country, []).append(key)
        assert all(found == sorted(found) for found in by_country.values())
    if lang == "en":
        text = pages_text(build_document("participants", conference, DocumentOptions(lang="en")))
        headings = [
            line.strip() for line in text.splitlines() if line.strip() in {"Academia", "Civil society", "Youth"}
        ]
        assert headings, text[:400]


def test_arabic_names_sort_in_the_order_of_the_alphabet_without_the_article():
    from confdesk.exports.documents.collation import family_name, name_key

    names = ["عمر الشامي", "أمينة حداد", "إيمان بركة", "آمنة ثابت", "ليلى خوري", "سعاد بكري", "هدى زيادة"]
    assert sorted(names, key=name_key) == [
        "إيمان بركة",
        "سعاد بكري",
        "آمنة ثابت",
        "أمينة حداد",
        "ليلى خوري",
        "هدى زيادة",
        "عمر الشامي",
    ]
    assert sorted(["Élodie Martin", "elodie Marsan", "Omar El Shami", "Jean de Souza", "Amina Haddad"], key=name_key) == [
        "Amina Haddad", "elodie Marsan", "Élodie Martin", "Omar El Shami", "Jean de Souza",
    ]  # fmt: skip
    assert family_name("Omar El Shami") == "El Shami" and family_name("Cher") == "Cher"
