"""Organisers' logos: checked from their bytes, kept in the conference (and its dump), printed
on the programme's cover and at the head of letters, in reading order."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date

import pdfplumber
import pytest
from PIL import Image

from confdesk.exports.documents import DocumentOptions, build_document
from confdesk.interchange.dump import dump, load
from confdesk.model import Conference, LocalText
from confdesk.model.organisers import Logo, Organiser
from confdesk.services import update_conference
from confdesk.services.conference import conference_data
from confdesk.services.logos import LogoError, check_logo, read_logo
from confdesk.store import open_store


def image(kind: str = "PNG", size: tuple[int, int] = (120, 60), colour: str = "#1565c0") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, kind)
    return out.getvalue()


def test_png_and_jpeg_are_taken_with_their_true_type():
    assert check_logo(Logo("", image("PNG"))).media_type == "image/png"
    assert check_logo(Logo("image/png", image("JPEG"))).media_type == "image/jpeg"  # the bytes decide


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (image("GIF"), "a GIF image"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not a PNG or JPEG image"),
        (image("PNG")[:60], "not a PNG or JPEG image"),
        (b"", "not a PNG or JPEG image"),
        (image("PNG", (4001, 10)), "4001×10 pixels, more than 4000 a side"),
        (b"\x89PNG" + b"\0" * (1024 * 1024 + 1), "more than 1 MB"),
    ],
)
def test_anything_else_is_refused_saying_why(data, says):
    with pytest.raises(LogoError, match=says):
        check_logo(Logo("image/png", data), field="organisers[0].logo")


def test_a_logo_file_is_read_and_a_bad_one_named(tmp_path):
    good, bad = tmp_path / "iom.png", tmp_path / "notes.png"
    good.write_bytes(image())
    bad.write_text("not an image", encoding="utf-8")
    assert read_logo(good).data == good.read_bytes()
    with pytest.raises(LogoError, match=r"^logo: notes\.png: not a PNG or JPEG"):
        read_logo(bad)
    with pytest.raises(LogoError, match=r"^logo: missing\.png cannot be read"):
        read_logo(tmp_path / "missing.png")


def test_a_logo_is_kept_in_the_conference_and_its_dump(demo_store, tmp_path):
    conference_id = demo_store.conference_id()
    with demo_store.unit() as db:
        before = conference_data(db.get(Conference, conference_id))
        organisers = (replace(before.organisers[0], logo=Logo("image/png", image())), *before.organisers[1:])
        update_conference(db, conference_id, organisers=organisers)
    with demo_store.reader() as db:
        kept = conference_data(db.get(Conference, conference_id)).organisers
        data = dump(db, conference_id)
    assert kept[0].logo == Logo("image/png", image()) and kept[1].logo is None
    assert data["conference"]["organisers"][0]["logo"]["type"] == "image/png"
    copy = open_store(tmp_path / "copy.confdesk", create=True)
    try:
        with copy.unit() as db:
            load(db, json.loads(json.dumps(data)))
        with copy.reader() as db:
            assert conference_data(db.get(Conference, copy.conference_id())).organisers == kept
    finally:
        copy.close()


def test_a_bad_logo_is_refused_naming_the_organiser(demo_store):
    conference_id = demo_store.conference_id()
    with pytest.raises(LogoError, match=r"^organisers\[1\]\.logo: not a PNG") as refused, demo_store.unit() as db:
        update_conference(
            db,
            conference_id,
            organisers=(Organiser(LocalText(en="A")), Organiser(LocalText(en="B"), Logo("image/png", b"x"))),
        )
    assert refused.value.field == "organisers"


def _images(pdf: bytes, page: int = 0) -> list[dict]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return sorted(document.pages[page].images, key=lambda found: found["x0"])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_programme_cover_and_letters_print_the_logos_in_reading_order(conference, lang):
    wide, square = image(size=(300, 100), colour="#c62828"), image(size=(80, 80), colour="#2e7d32")
    organisers = (
        Organiser(LocalText(en="First"), Logo("image/png", wide)),
        Organiser(LocalText(en="No logo")),
        Organiser(LocalText(en="Second"), Logo("image/png", square)),
    )
    view = replace(conference, organisers=organisers)
    cover = _images(build_document("programme", view, DocumentOptions(lang=lang)))
    assert len(cover) == 2
    heights = {round(found["height"]) for found in cover}
    assert heights == {42}  # each scaled to the same printed height
    widths = [round(found["width"]) for found in cover]
    # The wide logo (3:1) reads first: at the left in English, at the right in Arabic.
    assert widths == ([126, 42] if lang == "en" else [42, 126])
    assert cover[0]["top"] < 120  # at the head of the cover
    letters = build_document("letters", view, DocumentOptions(lang=lang, letter_date=date(2021, 2, 10)))
    assert len(_images(letters)) == 2
    assert not _images(build_document("programme", conference, DocumentOptions(lang=lang)))
