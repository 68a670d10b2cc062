"""Writing files so that nothing is ever half-written.

Every file ConfDesk writes (the JSON dump, exports, documents, letters, invites, reports,
mapping profiles) goes through this module. The bytes go to a temporary file in the target's
own folder, are flushed to the disk (``fsync``) and only then renamed over the target
(``os.replace``, atomic on every platform). A full disk, a refused write or a crash therefore
leaves the previous file exactly as it was and no partial one; the temporary file is removed
on any error.

A batch of files (letters, invites, calendars) is written one file at a time, each atomically,
under names made safe by :func:`safe_file_name`. If one fails, :class:`BatchError` says how many
were written and where it stopped; the files already written are complete.
"""

from __future__ import annotations

import io
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, overload

from confdesk.errors import ConfDeskError

#: The longest file stem :func:`safe_file_name` makes, in bytes of UTF-8 (the suffix comes on
#: top). File systems allow 255 bytes per name; this leaves room for a suffix, for a
#: collision number and for the temporary name written first.
MAX_STEM_BYTES = 120
#: How much of the target's name the temporary file's name carries, in bytes of UTF-8.
_TEMPORARY_STEM_BYTES = 60
#: Characters Windows or macOS refuse in a file name, and the path separators.
_REFUSED = re.compile(r'[<>:"/\\|?*]')
#: Names Windows reserves for devices, with or without an extension.
_RESERVED = frozenset(["con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))])
_SPACES = re.compile(r"\s+")

Data = bytes | bytearray | memoryview | str


class BatchError(ConfDeskError):
    """A batch of files stopped part way: ``written`` of ``total`` files are complete, the
    file ``failed`` was not written (nor left half-written) because of ``cause``."""

    def __init__(self, written: int, total: int, failed: Path, cause: OSError, what: str = "files") -> None:
        self.written = written
        self.total = total
        self.failed = failed
        self.cause = cause
        self.what = what
        reason = cause.strerror or str(cause) or type(cause).__name__
        super().__init__(f"wrote {written} of {total} {what}; stopped at {failed}: {reason}")


class _RawFile(io.RawIOBase):
    """An unbuffered binary file on a descriptor, writing through :func:`os.write`."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self._open = True

    def fileno(self) -> int:
        return self._fd

    def readable(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return os.lseek(self._fd, offset, whence)

    def write(self, data: Any) -> int:
        return os.write(self._fd, data)

    def close(self) -> None:
        if self._open:
            self._open = False
            try:
                super().close()
            finally:
                os.close(self._fd)


def _cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` bytes of UTF-8, on a character boundary."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def _open_temporary(target: Path) -> tuple[int, Path]:
    """A new file beside ``target``, open for writing, named after it."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    stem = _cut(target.name, _TEMPORARY_STEM_BYTES)
    for _attempt in range(100):
        temporary = target.with_name(f".{stem}.{secrets.token_hex(4)}.tmp")
        try:
            # 0o666 less the umask: the permissions a plain open() would give a new file.
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot make a temporary file beside {target}")


def _keep_mode(target: Path, temporary: Path) -> None:
    """Give the new file the permissions of the one it replaces (best effort)."""
    with suppress(OSError):
        os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where folders cannot be opened)."""
    if os.name == "nt":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _about(error: OSError, target: Path, temporary: Path) -> OSError:
    """The error naming the target, not the temporary file the user never asked for."""
    if error.errno is None or (error.filename is not None and os.fspath(error.filename) != os.fspath(temporary)):
        return error
    return OSError(error.errno, error.strerror or os.strerror(error.errno), str(target))


@contextmanager
def _atomic(path: str | os.PathLike[str], mode: str, encoding: str | None, newline: str | None) -> Iterator[IO[Any]]:
    if mode not in ("w", "wt", "wb"):
        raise ValueError(f"atomic_open writes a whole new file: mode 'w' or 'wb', not {mode!r}")
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    fd, temporary = _open_temporary(target)
    raw = _RawFile(fd)
    buffered = io.BufferedWriter(raw)
    stream: IO[Any] = (
        buffered if mode == "wb" else io.TextIOWrapper(buffered, encoding=encoding or "utf-8", newline=newline)
    )
    try:
        yield stream
        stream.flush()
        os.fsync(fd)
        stream.close()
        _keep_mode(target, temporary)
        os.replace(temporary, target)
    except BaseException as error:
        # Close the descriptor first: the buffered layers then close without flushing what
        # they hold into a file about to be deleted, on a disk that may still be full.
        with suppress(OSError):
            raw.close()
        with suppress(Exception):
            stream.close()
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            better = _about(error, target, temporary)
            if better is not error:
                raise better from error
        raise
    _sync_folder(target.parent)


@overload
def atomic_open(
    path: str | os.PathLike[str],
    mode: Literal["w", "wt"] = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> AbstractContextManager[TextIO]: ...
@overload
def atomic_open(
    path: str | os.PathLike[str],
    mode: Literal["wb"],
    *,
    encoding: None = None,
    newline: None = None,
) -> AbstractContextManager[BinaryIO]: ...
def atomic_open(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> AbstractContextManager[IO[Any]]:
    """Open a new version of ``path`` for writing (``"w"`` text, ``"wb"`` binary).

    What is written goes to a temporary file beside ``path``; when the ``with`` block ends
    normally it is flushed, synced and renamed over ``path``. If the block raises (a full disk,
    a bug in the writer, Ctrl+C), the temporary file is removed and ``path`` is untouched. An
    ``OSError`` names ``path``, never the temporary file.

    The stream is seekable, so writers that go back to patch what they wrote (``zipfile``,
    ``openpyxl``'s ``book.save(stream)``) work on it."""
    return _atomic(path, mode, encoding if mode != "wb" else None, newline if mode != "wb" else None)


def write_atomic(path: str | os.PathLike[str], data: Data, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` by ``data`` all at once (text is encoded as is: no newline
    translation): either the whole new file is there, or the old one still is."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_open(path, "wb") as stream:
        stream.write(payload)


def name_key(name: str) -> str:
    """How file systems that ignore case and Unicode normalisation (Windows, macOS) tell names
    apart: two names with the same key are the same file there."""
    return unicodedata.normalize("NFC", name).casefold()


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    kept = []
    for character in text:
        category = unicodedata.category(character)
        if category in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            # control and format characters (bidirectional overrides hide a real suffix),
            # surrogates (not UTF-8) and line breaks
            kept.append(" " if category in ("Cc", "Zl", "Zp") else "")
        else:
            kept.append(character)
    return _SPACES.sub(" ", _REFUSED.sub("_", "".join(kept)))


def _trim(stem: str) -> str:
    # Windows drops trailing dots and spaces; a leading dot hides a file (and "." or ".."
    # is a folder, not a file).
    return stem.strip(" ").lstrip(".").rstrip(" .")


def safe_file_name(stem: str, suffix: str, taken: set[str]) -> str:
    """A file name made of ``stem`` and ``suffix`` (``".pdf"``) that every platform accepts
    and no other name of the batch has.

    Path separators and characters Windows or macOS refuse become ``_``; control characters
    and bidirectional overrides go; leading dots and trailing dots and spaces go; a device name
    (``CON``, ``NUL``…) gets a ``_`` in front. The stem is cut to :data:`MAX_STEM_BYTES` bytes
    of UTF-8 on a character boundary. ``taken`` holds the :func:`name_key` of the names already
    chosen; a name already taken gets ``-2``, ``-3``… before the suffix. The chosen name's key
    is added to ``taken``."""
    suffix = _clean(suffix).rstrip(" .")
    base = _trim(_cut(_trim(_clean(stem)), MAX_STEM_BYTES)) or "file"
    if base.split(".", 1)[0].rstrip(" ").casefold() in _RESERVED:
        base = _trim(_cut(f"_{base}", MAX_STEM_BYTES))
    name = f"{base}{suffix}"
    number = 1
    while name_key(name) in taken:
        number += 1
        tag = f"-{number}"
        name = f"{_trim(_cut(base, MAX_STEM_BYTES - len(tag)))}{tag}{suffix}"
    taken.add(name_key(name))
    return name


class Batch:
    """Files written one after another, each atomically and under a safe, distinct name.

    ``total`` is how many files the batch will write and ``what`` what they are ("letters"),
    both for the message of the :class:`BatchError` raised when a file cannot be written."""

    def __init__(self, total: int, what: str = "files") -> None:
        self.total = total
        self.what = what
        self.written: list[Path] = []
        self._taken: dict[Path, set[str]] = {}

    def path(self, folder: Path, stem: str, suffix: str) -> Path:
        """A safe name in ``folder`` that no other file of the batch has."""
        return folder / safe_file_name(stem, suffix, self._taken.setdefault(folder, set()))

    def write(self, path: Path, data: Data) -> Path:
        """Write one file of the batch; raises :class:`BatchError` if it cannot be written."""
        try:
            write_atomic(path, data)
        except OSError as error:
            raise BatchError(len(self.written), self.total, path, error, self.what) from error
        self.written.append(path)
        return path

    def add(self, folder: Path, stem: str, suffix: str, data: Data) -> Path:
        """Name a file (:meth:`path`) and write it (:meth:`write`)."""
        return self.write(self.path(folder, stem, suffix), data)
