"""confdesk export programme|agenda|logistics|letters|participants: the printed documents."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.cli.common import CommandError, add_db_option, open_existing
from confdesk.exports.documents import EACH_PERSON, PAPERS, DocumentOptions, build_document, letters, load
from confdesk.exports.documents.formats import DIGITS
from confdesk.exports.documents.options import LANGUAGES
from confdesk.files import Batch, write_atomic

_HELP = {
    "programme": "the programme (PDF): sessions per part and day with their lineups",
    "agenda": "the agenda at a glance (PDF): one page per part",
    "logistics": "the logistics note (PDF): joining, links, interpretation, rules, deadlines",
    "letters": "letters to invited and confirmed speakers (one PDF each, in a folder)",
    "participants": "the list of participants who agreed to be listed (PDF)",
}


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for kind, help_text in _HELP.items():
        parser = kinds.add_parser(kind, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        add_db_option(parser)
        if kind == "letters":
            parser.add_argument(
                "--lang",
                choices=(*LANGUAGES, EACH_PERSON),
                default=EACH_PERSON,
                help="language of the letters: ar, en, fr, or person (each in its person's own "
                "language, falling back through the conference's; the default)",
            )
        else:
            parser.add_argument("--lang", choices=LANGUAGES, default="en", help="document language (default en)")
        parser.add_argument("--paper", choices=tuple(PAPERS), default="a4", help="paper size (default a4)")
        parser.add_argument(
            "--digits",
            choices=DIGITS,
            default="",
            help="digits for dates and numbers: latn (0-9) or arab (Arabic-Indic); by default the "
            "conference's house style (Arabic documents) or 0-9",
        )
        if kind == "programme":
            parser.add_argument(
                "--zone",
                action="append",
                default=[],
                metavar="ZONE",
                help="add a time column in this IANA zone, e.g. Africa/Casablanca (repeatable)",
            )
            parser.add_argument("--draft", action="store_true", help="also list proposed speakers, marked Draft")
        parser.add_argument(
            "--out",
            required=True,
            metavar="FOLDER" if kind == "letters" else "FILE.pdf",
            help="folder for the letters" if kind == "letters" else "the PDF to write",
        )
        parser.set_defaults(func=run, document=kind)


def run(args: argparse.Namespace) -> int:
    options = DocumentOptions(
        lang=args.lang,
        paper=args.paper,
        digits=args.digits,
        zones=tuple(getattr(args, "zone", ())),
        draft=getattr(args, "draft", False),
    ).checked()
    store, conference_id = open_existing(args)
    try:
        with store.reader() as db:
            conference = load(db, conference_id)
    finally:
        store.close()
    out = Path(args.out)
    if args.document == "letters":
        if out.exists() and not out.is_dir():
            raise CommandError(f"{out} is a file; letters need a folder (one PDF per speaker)")
        out.mkdir(parents=True, exist_ok=True)
        built = letters.build_each(conference, options)
        batch = Batch(len(built), "letters")
        for letter in built:
            batch.add(out, letter.file_name.removesuffix(".pdf"), ".pdf", letter.pdf)
        print(f"{len(batch.written)} letters written to {out}")
        return 0
    write_atomic(out, build_document(args.document, conference, options))
    return 0
