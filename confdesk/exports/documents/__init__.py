"""Printed documents in Arabic, English and French: programme, agenda at a glance, logistics
note, letters to speakers and the participant list, as PDF (reportlab).

Usage::

    with store.reader() as db:
        conference = load(db, conference_id)
    pdf = build_document("programme", conference, DocumentOptions(lang="ar", paper="a4"))

Documents read a :mod:`snapshot <.snapshot>` of the conference, so they can be built after the
database session closed (in a worker thread, say). Arabic is set right to left with shaped,
joined letters and bidi-correct mixed lines (:mod:`.layout`, :mod:`.bidi`).
"""

from __future__ import annotations

from collections.abc import Callable

from confdesk.exports.documents import agenda, letters, logistics, participants, programme
from confdesk.exports.documents.options import EACH_PERSON, PAPERS, DocumentError, DocumentOptions
from confdesk.exports.documents.snapshot import ConferenceView, load

Builder = Callable[[ConferenceView, DocumentOptions], bytes]

#: Every document, by the name the command line and the application use.
DOCUMENTS: dict[str, Builder] = {
    "programme": programme.build,
    "agenda": agenda.build,
    "logistics": logistics.build,
    "letters": letters.build,
    "participants": participants.build,
}


def build_document(kind: str, conference: ConferenceView, options: DocumentOptions) -> bytes:
    try:
        builder = DOCUMENTS[kind]
    except KeyError:
        raise DocumentError(f"There is no document called '{kind}'; choose one of {', '.join(DOCUMENTS)}.") from None
    if options.lang == EACH_PERSON and kind != "letters":
        raise DocumentError(f"Only letters are written in each person's language; choose a language for the {kind}.")
    return builder(conference, options.checked())


__all__ = [
    "DOCUMENTS",
    "EACH_PERSON",
    "PAPERS",
    "ConferenceView",
    "DocumentError",
    "DocumentOptions",
    "build_document",
    "letters",
    "load",
]
