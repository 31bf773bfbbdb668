"""What a scan reads: inputs planned into work units, and the members each unit streams.

A unit is one archive (``.tar``, ``.tar.gz``/``.tgz``, ``.nc.tar.gz``) or a batch of loose
files (full submissions ``.txt``/``.nc``, exhibits). Units are what the engines distribute and
what resume keys on: a unit's ``id`` names its output parts, its ``fingerprint`` (paths, sizes,
mtimes) says whether finished output is still current. Archives are streamed member by member
(``tarfile`` stream mode), so memory holds one submission at a time, never the archive.
"""

from __future__ import annotations

import hashlib
import os
import tarfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz")
FILES_PER_BATCH = 256  # loose files per unit: big enough to amortize a task, small to balance


@dataclass(frozen=True, slots=True)
class Unit:
    """A piece of work: one archive, or a batch of loose files."""

    id: str
    kind: str  # "archive" | "files"
    paths: tuple[str, ...]
    fingerprint: str


@dataclass(frozen=True, slots=True)
class Member:
    """One thing read from a unit: a file's bytes, or why they could not be had."""

    source: str  # the archive or file on disk
    member: str  # name inside the archive ("" for a loose file)
    data: bytes | None
    error: str | None = None
    kind: str = "unreadable"  # error kind: unreadable | skipped | archive

    @property
    def name(self) -> str:
        return f"{self.source}!{self.member}" if self.member else self.source


class InputError(ValueError):
    """An input path that does not exist (one line)."""


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def _digest(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=8).hexdigest()


def _stat(path: str) -> tuple[str, int, int]:
    st = os.stat(path)
    return path, st.st_size, st.st_mtime_ns


def plan(inputs: Iterable[str | Path], batch: int = FILES_PER_BATCH) -> list[Unit]:
    """Units for ``inputs`` (directories are walked), in a stable order."""
    archives: list[str] = []
    loose: list[str] = []
    for given in inputs:
        path = Path(given).resolve()
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    full = Path(root) / name
                    (archives if is_archive(full) else loose).append(str(full))
        elif path.is_file():
            (archives if is_archive(path) else loose).append(str(path))
        else:
            raise InputError(f"{given}: no such file or directory")
    units = [
        Unit(_digest("archive", p), "archive", (p,), _digest(_stat(p)))
        for p in sorted(set(archives))
    ]
    files = sorted(set(loose))
    for i in range(0, len(files), batch):
        chunk = tuple(files[i : i + batch])
        units.append(
            Unit(_digest("files", chunk), "files", chunk, _digest([_stat(p) for p in chunk]))
        )
    return units


def members(unit: Unit) -> Iterator[Member]:
    """Stream the unit's members; damage is reported as a member with an ``error``."""
    if unit.kind == "files":
        for path in unit.paths:
            try:
                yield Member(path, "", Path(path).read_bytes())
            except OSError as exc:
                yield Member(path, "", None, f"cannot be read ({exc.strerror})")
        return
    yield from _archive_members(unit.paths[0])


def _archive_members(path: str) -> Iterator[Member]:
    count = 0
    try:
        with tarfile.open(path, "r|*") as tar:
            for info in tar:
                if not info.isfile():
                    continue
                name = info.name.removeprefix("./")
                count += 1
                if ".corr" in name:
                    # Post-acceptance corrections: their format is not documented (§3.3).
                    yield Member(
                        path, name, None, "correction file, format not supported", "skipped"
                    )
                    continue
                fh = tar.extractfile(info)
                yield Member(path, name, fh.read() if fh else b"")
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        where = f"after {count} members" if count else "at the start"
        problem = str(exc) or type(exc).__name__
        yield Member(path, "", None, f"damaged archive {where} ({problem})", "archive")
