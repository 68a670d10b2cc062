"""Every file write is atomic: a full disk, a refused rename or Ctrl+C in the middle leaves the
previous file byte-identical and no temporary or partial file; a batch that stops says how
many files it wrote, and every file it wrote is complete.

The disk is made "full" by :class:`Disk`, which sits on the ``os`` calls that
:mod:`confdesk.files` writes through (``os.open``/``os.write``/``os.fsync``/``os.replace``) for
files opened in one folder only. A writer that bypassed :mod:`confdesk.files` would meet no
fault, and the tests would fail because nothing went wrong.
"""

from __future__ import annotations

import email
import errno
import json
import os
import stat
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import select

from confdesk.cli import main
from confdesk.demo import build_demo
from confdesk.files import (
    MAX_STEM_BYTES,
    Batch,
    BatchError,
    atomic_open,
    name_key,
    safe_file_name,
    write_atomic,
)
from confdesk.imports.mapping import Profile
from confdesk.imports.report import ImportReport, RowOutcome, RowResult
from confdesk.model import Person
from confdesk.services.people import update_person
from confdesk.store import open_store

FULL = "No space left on device"


class Disk:
    """The disk under ``folder`` as :mod:`confdesk.files` sees it, with faults to order.

    ``free``: bytes that can still be written (then ``ENOSPC``, a short write first, as a real
    disk does); ``fail_file``: the k-th file opened for writing fails at its first write;
    ``fsync``: every fsync of a file reports ``ENOSPC`` (a disk with delayed allocation);
    ``fsync_file``: only the k-th file's fsync does;
    ``replace``: the rename is refused; ``interrupt``: Ctrl+C arrives after ``free`` bytes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self.folder = folder.resolve()
        self.free: int | None = None
        self.fail_file: int | None = None
        self.fsync = False
        self.fsync_file: int | None = None
        self.replace = False
        self.interrupt = False
        self.faults = 0
        self.opened = 0
        self._fds: dict[int, int] = {}
        real_open, real_write, real_close = os.open, os.write, os.close
        real_fsync, real_replace = os.fsync, os.replace

        def fake_open(path, flags, mode=0o777, *, dir_fd=None):
            fd = real_open(path, flags, mode, dir_fd=dir_fd)
            if flags & (os.O_WRONLY | os.O_RDWR) and self._inside(path):
                self.opened += 1
                self._fds[fd] = self.opened
            return fd

        def fake_write(fd, data):
            number = self._fds.get(fd)
            if number is None:
                return real_write(fd, data)
            if self.fail_file is not None and number >= self.fail_file:
                self._fault()
            if self.free is not None:
                if self.free <= 0:
                    if self.interrupt:
                        self.faults += 1
                        raise KeyboardInterrupt
                    self._fault()
                data = memoryview(data)[: self.free]
                self.free -= len(data)
            return real_write(fd, data)

        def fake_close(fd):
            self._fds.pop(fd, None)
            return real_close(fd)

        def fake_fsync(fd):
            if fd in self._fds and (self.fsync or self._fds[fd] == self.fsync_file):
                self._fault()
            return real_fsync(fd)

        def fake_replace(source, target, **kwargs):
            if self.replace and self._inside(target):
                self.faults += 1
                raise PermissionError(errno.EACCES, "Permission denied", os.fspath(source), None, os.fspath(target))
            return real_replace(source, target, **kwargs)

        monkeypatch.setattr(os, "open", fake_open)
        monkeypatch.setattr(os, "write", fake_write)
        monkeypatch.setattr(os, "close", fake_close)
        monkeypatch.setattr(os, "fsync", fake_fsync)
        monkeypatch.setattr(os, "replace", fake_replace)

    def _inside(self, path: object) -> bool:
        return Path(os.fspath(path)).resolve().is_relative_to(self.folder)

    def _fault(self) -> None:
        self.faults += 1
        raise OSError(errno.ENOSPC, FULL)

    def set(self, fault: str) -> None:
        """One of :data:`FAULTS`."""
        if fault == "nothing written":
            self.free = 0
        elif fault == "full part way":
            self.free = 3000
        elif fault == "fsync":
            self.fsync = True
        elif fault == "rename refused":
            self.replace = True
        elif fault == "ctrl+c part way":
            self.free, self.interrupt = 3000, True
        else:
            raise ValueError(fault)


FAULTS = ("nothing written", "full part way", "fsync", "rename refused", "ctrl+c part way")


def listing(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def no_temporaries(folder: Path) -> None:
    left = [path.name for path in folder.rglob("*") if path.name.endswith(".tmp") or path.name.startswith(".")]
    assert left == []


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Disk:
    (tmp_path / "out").mkdir()
    return Disk(monkeypatch, tmp_path / "out")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("atomic") / "demo.confdesk"
    store = open_store(path, create=True)
    with store.unit() as db:
        build_demo(db)
    store.close()
    return path


# --- the module itself -------------------------------------------------------------------------


def test_write_atomic_writes_text_as_is_and_bytes(tmp_path: Path) -> None:
    write_atomic(tmp_path / "a.txt", "é\nligne\n")
    assert (tmp_path / "a.txt").read_bytes() == "é\nligne\n".encode()
    write_atomic(tmp_path / "a.txt", b"\x00\x01")
    assert (tmp_path / "a.txt").read_bytes() == b"\x00\x01"
    write_atomic(tmp_path / "b.txt", "x", encoding="utf-16")
    assert (tmp_path / "b.txt").read_text(encoding="utf-16") == "x"
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt"]


def test_atomic_open_streams_text_and_seekable_binary(tmp_path: Path) -> None:
    import zipfile

    with atomic_open(tmp_path / "a.csv", "w", encoding="utf-8-sig", newline="") as stream:
        stream.write("a,b\r\n")
    assert (tmp_path / "a.csv").read_bytes() == b"\xef\xbb\xbfa,b\r\n"
    with atomic_open(tmp_path / "a.zip", "wb") as binary, zipfile.ZipFile(binary, "w") as archive:
        archive.writestr("inside.txt", "x" * 10_000)
    assert zipfile.ZipFile(tmp_path / "a.zip").read("inside.txt") == b"x" * 10_000
    with pytest.raises(ValueError, match="mode"), atomic_open(tmp_path / "a.csv", "a"):
        pass


def test_replacing_keeps_the_permissions_of_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "kept.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_symlink_is_written_through_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("existing", [True, False], ids=["over an old file", "new file"])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(disk: Disk, fault: str, existing: bool) -> None:
    target = disk.folder / "data.bin"
    if existing:
        target.write_bytes(b"old and good\n")
    before = listing(disk.folder)
    disk.set(fault)
    expected = KeyboardInterrupt if fault.startswith("ctrl+c") else OSError
    with pytest.raises(expected) as raised:
        write_atomic(target, os.urandom(200_000))
    assert disk.faults == 1
    assert listing(disk.folder) == before
    no_temporaries(disk.folder)
    if expected is OSError:
        # the error names the file asked for, never the temporary one
        assert isinstance(raised.value, OSError) and raised.value.filename == str(target)


def test_an_error_in_the_writer_itself_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_open(target, "w") as stream:
        stream.write("half a list" * 10_000)
        raise RuntimeError("a bug half way")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["list.csv"]


HOSTILE = [
    "ب" * 300,
    "Ä" * 300,
    "a" * 300,
    "../../etc/passwd",
    "..",
    ".",
    ".hidden",
    'a/b\\c:d*e?f"g<h>i|j',
    "CON",
    "nul.txt",
    "com1",
    "trailing dots...",
    "  spaced  out  ",
    "tab\there\nnewline",
    "evil\u202egpj.exe",
    "",
    "e\u0301",  # é decomposed, the same name as "é" on macOS
    "é",
    "Same",
    "same",
    "SAME",
]


def test_safe_file_names_are_short_valid_and_distinct() -> None:
    taken: set[str] = set()
    names = [safe_file_name(stem, ".pdf", taken) for stem in HOSTILE + ["ب" * 300, "a" * 300] * 3]
    assert len({name_key(name) for name in names}) == len(names)
    for name in names:
        stem = name.removesuffix(".pdf")
        assert name.endswith(".pdf") and stem
        assert len(stem.encode("utf-8")) <= MAX_STEM_BYTES
        assert not set(name) & set('/\\:*?"<>|\x00\t\n\u202e')
        assert not stem.startswith(".") and not stem.endswith((".", " "))
        assert stem.split(".")[0].casefold() not in {"con", "nul", "com1"}
        assert unicodedata.is_normalized("NFC", name)
    assert names[HOSTILE.index("ب" * 300)] == "ب" * (MAX_STEM_BYTES // 2) + ".pdf"  # cut between letters
    assert names[HOSTILE.index("Same")] == "Same.pdf"
    assert names[HOSTILE.index("same")] == "same-2.pdf"
    assert names[HOSTILE.index("SAME")] == "SAME-3.pdf"
    assert names[HOSTILE.index("é")] == "é-2.pdf"


def test_a_cut_name_on_collision_stays_within_the_limit() -> None:
    taken: set[str] = set()
    names = [safe_file_name("ب" * 300, ".eml", taken) for _ in range(12)]
    assert len(set(names)) == 12
    assert all(len(name.removesuffix(".eml").encode()) <= MAX_STEM_BYTES for name in names)
    assert names[11].endswith("-12.eml")


def test_batch_error_is_one_sentence() -> None:
    error = BatchError(31, 36, Path("out/letter-32.pdf"), OSError(errno.ENOSPC, FULL), "letters")
    assert str(error) == f"wrote 31 of 36 letters; stopped at {Path('out/letter-32.pdf')}: {FULL}"
    assert (error.written, error.total, error.what) == (31, 36, "letters")


@pytest.mark.parametrize("k", [1, 2, 5])
def test_a_batch_failing_at_file_k_reports_k_minus_1(disk: Disk, k: int) -> None:
    batch = Batch(6, "invites")
    disk.fail_file = k
    with pytest.raises(BatchError) as raised:
        for number in range(6):
            batch.add(disk.folder, f"file-{number}", ".txt", f"complete {number}\n" * 1000)
    assert raised.value.written == k - 1 == len(batch.written)
    assert raised.value.failed == disk.folder / f"file-{k - 1}.txt"
    assert str(raised.value).startswith(f"wrote {k - 1} of 6 invites; stopped at ")
    assert str(raised.value).endswith(f": {FULL}")
    files = listing(disk.folder)
    assert sorted(files) == sorted(f"file-{n}.txt" for n in range(k - 1))
    assert all(data == f"complete {name[5]}\n".encode() * 1000 for name, data in files.items())
    no_temporaries(disk.folder)


# --- every writer, with every fault ------------------------------------------------------------


def _report() -> ImportReport:
    rows = [RowResult(n, RowOutcome.IMPORTED, f"p{n}@example.org", reason="=cmd" * 50) for n in range(500)]
    return ImportReport("registrations.xlsx", rows)


def _profile() -> Profile:
    return Profile(columns={f"column {n}": "ignore" for n in range(500)}, name="big")


#: kind → (how to write it into a path, what the CLI says or None for a library call)
WRITERS: dict[str, Callable[[Path, Path], int | None]] = {
    "dump": lambda db, out: main(["dump", "--db", str(db), "--out", str(out)]),
    "csv": lambda db, out: main(["export", "csv", "--db", str(db), "--what", "people", "--out", str(out)]),
    "xlsx": lambda db, out: main(["export", "xlsx", "--db", str(db), "--what", "lineups", "--out", str(out)]),
    "frab xml": lambda db, out: main(["export", "frab", "--db", str(db), "--out", str(out)]),
    "frab json": lambda db, out: main(["export", "frab", "--db", str(db), "--format", "json", "--out", str(out)]),
    "programme pdf": lambda db, out: main(["export", "programme", "--db", str(db), "--out", str(out)]),
    "import report": lambda db, out: _report().write_csv(out),
    "mapping profile": lambda db, out: _profile().save(out),
}
SUFFIX = {"dump": ".json", "frab xml": ".xml", "frab json": ".json", "programme pdf": ".pdf"}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("kind", list(WRITERS))
def test_every_writer_leaves_the_old_file_on_a_fault(
    demo: Path, disk: Disk, kind: str, fault: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write = WRITERS[kind]
    suffix = SUFFIX.get(kind, "." + kind.split()[-1] if kind in ("csv", "xlsx") else ".csv")
    target = disk.folder / f"{kind.replace(' ', '-')}{suffix}"
    old = b"the good file from yesterday\n" * 3000  # 87 KB, larger than some of the new files
    target.write_bytes(old)
    before = listing(disk.folder)
    capsys.readouterr()
    disk.set(fault)
    interrupted = fault.startswith("ctrl+c")
    is_cli = kind not in ("import report", "mapping profile")
    if is_cli:
        assert write(demo, target) == (130 if interrupted else 1)
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        if interrupted:
            assert err == "confdesk: interrupted\n"
        else:
            reason = "Permission denied" if fault == "rename refused" else FULL
            assert err == f"confdesk: error: {reason}: {target}\n"
    else:
        with pytest.raises(KeyboardInterrupt if interrupted else OSError):
            write(demo, target)
    assert disk.faults == 1, "the writer did not go through confdesk.files"
    assert listing(disk.folder) == before
    assert target.read_bytes() == old
    no_temporaries(disk.folder)


@pytest.mark.parametrize("kind", list(WRITERS))
def test_every_writer_replaces_the_old_file_when_the_disk_has_room(demo: Path, disk: Disk, kind: str) -> None:
    suffix = SUFFIX.get(kind, "." + kind.split()[-1] if kind in ("csv", "xlsx") else ".csv")
    target = disk.folder / f"new{suffix}"
    target.write_bytes(b"old")
    assert WRITERS[kind](demo, target) in (0, None)
    assert target.read_bytes() != b"old" and disk.opened == 1
    assert os.listdir(disk.folder) == [target.name]


def test_dump_over_a_good_backup_on_a_full_disk_keeps_the_backup(
    demo: Path, tmp_path: Path, disk: Disk, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "changed.confdesk"
    copy.write_bytes(demo.read_bytes())
    backup = disk.folder / "backup.json"
    assert main(["dump", "--db", str(copy), "--out", str(backup)]) == 0
    good = backup.read_bytes()
    store = open_store(copy)
    with store.unit() as db:
        person_id = db.scalars(select(Person.id).limit(1)).one()
        update_person(db, person_id, name="Renamed Since The Backup")
    store.close()
    capsys.readouterr()
    disk.free = 64 * 1024
    assert main(["dump", "--db", str(copy), "--out", str(backup)]) == 1
    assert capsys.readouterr().err == f"confdesk: error: {FULL}: {backup}\n"
    assert backup.read_bytes() == good
    json.loads(good)
    assert os.listdir(disk.folder) == ["backup.json"]


FULL_DISK_CLI = """
import errno, os, sys
free = [int(sys.argv[1])]
real_write = os.write
def write(fd, data):
    if free[0] <= 0:
        raise OSError(errno.ENOSPC, "No space left on device")
    data = memoryview(data)[: free[0]]
    free[0] -= len(data)
    return real_write(fd, data)
os.write = write
from confdesk.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_confdesk_dump_command_on_a_full_disk_exits_non_zero_and_keeps_the_old_file(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "dump.json"
    good = subprocess.run(
        [sys.executable, "-m", "confdesk", "dump", "--db", str(demo), "--out", str(out)], capture_output=True
    )
    assert good.returncode == 0, good.stderr
    before = out.read_bytes()
    assert len(before) > 64 * 1024
    full = subprocess.run(
        [sys.executable, "-c", FULL_DISK_CLI, str(64 * 1024), "dump", "--db", str(demo), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert full.returncode == 1
    assert full.stderr == f"confdesk: error: {FULL}: {out}\n"
    assert out.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["dump.json"]


# --- batches: letters, invites, calendar files ------------------------------------------------

BATCHES = {
    "letters": (["export", "letters"], "letters", "*.pdf"),
    # A preview: written messages count as handed over, and the demo file serves every run
    # (tests/mail/test_mail_invites.py checks that the ones written before a fault are recorded).
    "invites": (["invites", "--preview"], "messages", "*.eml"),
    "calendars": (["export", "ics"], "calendar files", "**/*.ics"),
}


def _run_batch(kind: str, db: Path, out: Path) -> int:
    command, _what, _pattern = BATCHES[kind]
    return main([*command, "--db", str(db), "--out", str(out)])


@pytest.fixture(scope="module")
def batch_sizes(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    sizes = {}
    for kind, (_command, _what, pattern) in BATCHES.items():
        out = tmp_path_factory.mktemp(kind)
        assert _run_batch(kind, demo, out) == 0
        sizes[kind] = len(list(out.glob(pattern)))
    return sizes


@pytest.mark.parametrize("fault", ["nothing written", "fsync"])
@pytest.mark.parametrize("k", [1, 4])
@pytest.mark.parametrize("kind", list(BATCHES))
def test_a_batch_failing_at_file_k_says_k_minus_1_were_written(
    demo: Path,
    disk: Disk,
    batch_sizes: dict[str, int],
    kind: str,
    k: int,
    fault: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _command, what, pattern = BATCHES[kind]
    total = batch_sizes[kind]
    assert total > k
    if fault == "fsync":
        disk.fsync_file = k
    else:
        disk.fail_file = k
    assert _run_batch(kind, demo, disk.folder) == 1
    assert disk.faults == 1
    err = capsys.readouterr().err
    assert err.startswith(f"confdesk: error: wrote {k - 1} of {total} {what}; stopped at {disk.folder}")
    assert err.endswith(f": {FULL}\n") and err.count("\n") == 1
    written = sorted(disk.folder.glob(pattern))
    assert len(written) == k - 1
    for path in written:
        data = path.read_bytes()
        if path.suffix == ".pdf":
            assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
        elif path.suffix == ".ics":
            assert data.startswith(b"BEGIN:VCALENDAR") and data.rstrip().endswith(b"END:VCALENDAR")
        else:
            message = email.message_from_bytes(data, policy=policy.default)
            assert message.is_multipart() and data.rstrip().endswith(b"--")
    no_temporaries(disk.folder)
