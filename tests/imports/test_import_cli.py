"""confdesk import registrations: summary, report file, dry run, profile, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

from registration_samples import messy_rows

from confdesk.cli import main


def test_import_prints_summary_and_writes_report(demo_file: Path, messy_csv: Path, tmp_path: Path, capsys) -> None:
    report = tmp_path / "report.csv"
    assert main(["import", "registrations", str(messy_csv), "--db", str(demo_file), "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "4 imported, 0 merged, 5 rejected, 1 skipped" in out
    assert "row 8: rejected, country 'Atlantis' is not known" in out
    assert len(report.read_text(encoding="utf-8-sig").splitlines()) == 1 + len(messy_rows())
    assert main(["import", "registrations", str(messy_csv), "--db", str(demo_file)]) == 0
    assert "0 imported, 0 merged, 4 unchanged" in capsys.readouterr().out


def test_dry_run_saves_nothing(demo_file: Path, messy_csv: Path, capsys) -> None:
    assert main(["import", "registrations", str(messy_csv), "--db", str(demo_file), "--dry-run"]) == 0
    assert "dry run, nothing saved: 4 imported" in capsys.readouterr().out
    assert main(["import", "registrations", str(messy_csv), "--db", str(demo_file), "--dry-run"]) == 0
    assert "4 imported" in capsys.readouterr().out


def test_profile_from_map_option(demo_file: Path, fixtures_dir: Path, capsys) -> None:
    data = fixtures_dir / "q.csv"
    data.write_text("Q1,Q2,Q3\nMaya Rahal,maya.rahal@example.org,x\n", encoding="utf-8")
    profile = fixtures_dir / "profile.json"
    profile.write_text(
        json.dumps({"columns": {"Q1": "name", "Q2": "email", "Q3": "interest:plenary_speaker"}}), encoding="utf-8"
    )
    assert main(["import", "registrations", str(data), "--db", str(demo_file), "--map", str(profile)]) == 0
    assert "1 imported" in capsys.readouterr().out


def test_bad_file_and_bad_profile_are_one_line_errors(
    demo_file: Path, fixtures_dir: Path, messy_csv: Path, capsys
) -> None:
    empty = fixtures_dir / "empty.csv"
    empty.write_bytes(b"")
    assert main(["import", "registrations", str(empty), "--db", str(demo_file)]) == 1
    assert capsys.readouterr().err.strip() == "confdesk: error: empty.csv is empty"
    profile = fixtures_dir / "bad.json"
    profile.write_text('{"columns": {"Q1": "shoe size"}}', encoding="utf-8")
    assert main(["import", "registrations", str(messy_csv), "--db", str(demo_file), "--map", str(profile)]) == 1
    assert "unknown field 'shoe size'" in capsys.readouterr().err
