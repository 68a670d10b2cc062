"""confdesk dump / load: the whole conference as JSON (docs/file-format.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confdesk.cli.common import add_db_option, new_conference_store, open_existing, printable
from confdesk.files import write_atomic
from confdesk.interchange import dump as conference_json
from confdesk.redact import redact


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dump_parser = commands.add_parser(
        "dump",
        help="write the whole conference as JSON",
        description="Write the whole conference as JSON (format: docs/file-format.md).",
    )
    add_db_option(dump_parser)
    dump_parser.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    dump_parser.set_defaults(func=run_dump)

    load_parser = commands.add_parser(
        "load",
        help="recreate a conference from JSON written by 'dump'",
        description="Recreate a conference in a new file from JSON written by 'confdesk dump'. "
        "Nothing is written if the JSON has a problem.",
    )
    load_parser.add_argument("file", metavar="FILE", help="the JSON file")
    add_db_option(load_parser)
    load_parser.set_defaults(func=run_load)


def run_dump(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        with store.reader() as db:
            text = conference_json.dumps(conference_json.dump(db, conference_id))
    finally:
        store.close()
    if args.out:
        write_atomic(args.out, text)
    else:
        sys.stdout.write(text)
    return 0


def run_load(args: argparse.Namespace) -> int:
    source = Path(args.file)
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise conference_json.FormatError("", f"{source} is not UTF-8 text") from None
    try:
        data = conference_json.parse(text)
    except conference_json.FormatError as error:
        raise conference_json.FormatError(error.path, f"{error.problem} (in {source})") from None
    try:
        with new_conference_store(args.db) as store, store.unit() as db:
            conference_json.load(db, data)
    except conference_json.FormatError as error:
        raise conference_json.FormatError(error.path, f"{error.problem} (in {source})") from None
    print(f"conference loaded into {printable(redact(args.db))}")
    return 0
