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
