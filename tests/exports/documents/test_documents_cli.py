"""confdesk export programme|agenda|logistics|letters|participants."""

from __future__ import annotations

import pytest
from documents_pdf import page_count, pages_text

from confdesk.cli import main


@pytest.mark.parametrize("kind", ["programme", "agenda", "logistics", "participants"])
def test_export_writes_the_pdf(demo_path, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    assert main(["export", kind, "--db", str(demo_path), "--lang", "fr", "--paper", "letter", "--out", str(out)]) == 0
    assert page_count(out.read_bytes()) >= 1


def test_programme_with_extra_zone_and_arabic_digits(demo_path, tmp_path):
    out = tmp_path / "programme-ar.pdf"
    args = [
        "export",
        "programme",
        "--db",
        str(demo_path),
        "--lang",
        "ar",
        "--digits",
        "arab",
        "--zone",
        "Africa/Casablanca",
        "--zone",
        "Asia/Dubai",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    assert "١٠:٠٠" in pages_text(out.read_bytes())


def test_letters_go_one_pdf_per_assignment_into_a_folder(demo_path, tmp_path, capsys):
    folder = tmp_path / "letters"
    assert main(["export", "letters", "--db", str(demo_path), "--lang", "en", "--out", str(folder)]) == 0
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == int(capsys.readouterr().out.split()[0]) > 10
    assert all(page_count(path.read_bytes()) == 1 for path in files[:3])


def test_a_bad_zone_is_one_line_on_stderr(demo_path, tmp_path, capsys):
    code = main(
        ["export", "programme", "--db", str(demo_path), "--zone", "Mars/Base", "--out", str(tmp_path / "x.pdf")]
    )
    assert code == 1
    assert (
        capsys.readouterr().err.strip()
        == "confdesk: error: 'Mars/Base' is not a time zone name such as Africa/Casablanca."
    )


HOSTILE_NAMES = [
    "ب" * 300,
    "Jean-Baptiste " * 22,
    "../../etc/passwd",
    "..",
    "a/b\\c:d*e?f|g",
    "CON",
    "Same Name",
    "same name",
]


def test_letters_with_long_and_hostile_names_are_all_written(demo_path, tmp_path, capsys):
    import shutil

    from sqlalchemy import select, update

    from confdesk.files import MAX_STEM_BYTES
    from confdesk.model import Person
    from confdesk.store import open_store

    copy = tmp_path / "hostile.confdesk"
    shutil.copy(demo_path, copy)
    store = open_store(copy)
    with store.unit() as db:  # past the services' checks, as a file from elsewhere might be
        for number, person_id in enumerate(db.scalars(select(Person.id).order_by(Person.id))):
            name = HOSTILE_NAMES[number % len(HOSTILE_NAMES)]
            db.execute(update(Person).where(Person.id == person_id).values(name=name))
    store.close()
    folder = tmp_path / "letters"
    assert main(["export", "letters", "--db", str(copy), "--out", str(folder)]) == 0
    reported = int(capsys.readouterr().out.split()[0])
    files = sorted(folder.iterdir())
    assert len(files) == reported > 30
    assert len({path.name.casefold() for path in files}) == len(files)
    for path in files:
        assert path.suffix == ".pdf" and path.parent == folder
        assert len(path.stem.encode()) <= MAX_STEM_BYTES
        assert not path.name.startswith(".")
    assert all(page_count(path.read_bytes()) == 1 for path in files[:: max(1, len(files) // 5)])
