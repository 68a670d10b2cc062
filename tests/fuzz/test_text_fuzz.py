"""The text check every service uses: whatever it takes, UTF-8, XML and a one-line header can
carry; whatever it refuses, it says where and what. (Comparisons go through ``ascii()`` so a
failure reports in ASCII: a lone surrogate in a report would crash pytest-xdist's workers.)"""

from __future__ import annotations

import unicodedata

import pytest
from hostile import FUZZ, Tally, hostile_text
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from confdesk.model import LocalText
from confdesk.services import validate

pytestmark = pytest.mark.fuzz

any_text = st.one_of(hostile_text, st.text(st.characters(exclude_categories=()), max_size=30))


def test_clean_takes_only_what_every_export_can_carry() -> None:
    tally = Tally("validate.clean")

    @FUZZ
    @given(value=any_text, multiline=st.booleans(), strict=st.booleans())
    def run(value: str, multiline: bool, strict: bool) -> None:
        tally.add("tried")
        try:
            cleaned = validate.clean(value, field="title.ar", multiline=multiline, strict=strict)
        except validate.InvalidText as error:
            tally.add("refused")
            assert error.field == "title" and error.path == "title.ar"
            assert ascii(value[error.position]) == ascii(error.character)
            assert str(error).startswith("title.ar: contains ")
            assert f"(U+{ord(error.character):04X}) at position {error.position}" in str(error)
            # Nothing before the refused character was itself refusable.
            before = value[: error.position]
            if multiline:
                before = before.replace("\r", "")
            validate.clean(before, field="x", multiline=multiline, strict=strict)
            return
        tally.add("taken")
        cleaned.encode("utf-8")
        etree.Element("t").text = cleaned  # lxml refuses what XML 1.0 cannot hold
        assert "\r" not in cleaned
        if not multiline:
            assert not any(char in cleaned for char in "\n\t\u2028\u2029")
        if strict:
            assert not any(unicodedata.category(char) == "Cf" for char in cleaned)
        # A leading byte order mark is the trace of a file, dropped; nothing else changes.
        assert ascii(cleaned) == ascii(value.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))

    run()
    tally.report(refused="refused (InvalidText naming the place)", taken="taken")
    assert tally["refused"] > 0 and tally["taken"] > 0


def test_local_text_names_the_language() -> None:
    @FUZZ
    @given(ar=any_text, en=any_text, fr=any_text)
    def run(ar: str, en: str, fr: str) -> None:
        try:
            checked = validate.local_text(LocalText(ar, en, fr), field="organisation")
        except validate.InvalidText as error:
            lang = error.path.rpartition(".")[2]
            assert error.path == f"organisation.{lang}" and error.field == "organisation"
            assert ascii({"ar": ar, "en": en, "fr": fr}[lang][error.position]) == ascii(error.character)
            return
        assert ascii(checked) == ascii(LocalText(*(text.lstrip("\ufeff") for text in (ar, en, fr))))

    run()


def test_escaped_text_is_taken_and_keeps_the_rest() -> None:
    @FUZZ
    @given(value=any_text)
    def run(value: str) -> None:
        shown = validate.escaped(value)
        assert ascii(validate.clean(shown, field="source")) == ascii(shown)
        shown.encode("utf-8")

    run()
