"""Split the input of a batch into partitions, before any coding.

A partition is a list of pieces: a whole file (text, page, feed), a run of
lines of a JSON Lines file, or a run of records of a WARC archive. Small files
are grouped until a partition holds about ``size`` articles; big JSONL and WARC
files are cut into several. Counting lines and records reads each big file once
without parsing its contents, which costs little next to coding it.

The input's end is cut finer (``capacity``): once no more than two partitions'
worth of articles is left, each partition takes half of what is left (at least
a quarter of ``size``), so the workers' last tasks are short and they finish
close together, instead of one worker coding a whole partition while the others
wait (on two workers, about half a partition's time idle at the end).

A partition's id is a hash of its pieces and of each file's size and
modification time: the same input gives the same partitions, so a batch that
was stopped finds the ones it finished; a changed file gives new ids.
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from peristiwa.ingest import files_of, location
from peristiwa.ingest.detect import kind_from_name

SIZE = 100  # articles per partition


@dataclass(frozen=True)
class Piece:
    path: str
    kind: str  # file | jsonl | warc
    first: int = 0  # jsonl: first non-blank line (0-based); warc: records before the first
    count: int = 0  # jsonl: lines; warc: records (0 = to the end)
    stamp: str = ""  # size and mtime of the file when planned
    # jsonl, an uncompressed local file: where line ``first`` begins (its byte, and the
    # lines before it, blank ones included), so that a worker reads from there; 0: from
    # the start. Not part of the partition's id (the stamp says the file is the same).
    offset: int = 0
    line: int = 0


@dataclass
class Partition:
    id: str
    pieces: list[Piece] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "pieces": [asdict(p) for p in self.pieces]}

    @classmethod
    def from_dict(cls, d: dict) -> Partition:
        return cls(d["id"], [Piece(**p) for p in d["pieces"]])


def jsonl_lines(path: str | Path) -> int:
    """Non-blank lines: one article (or one bad record) each."""
    with location.open_lines(path) as fh:
        return sum(1 for line in fh if line.strip())


def jsonl_marks(path: str | Path, size: int) -> tuple[int, dict[int, tuple[int, int]]]:
    """``jsonl_lines``, and where some non-blank lines begin in an uncompressed local
    file: for the k-th (0-based), its byte and the lines before it, for each k a
    multiple of ``size`` and each of the last ``2 * size`` (where the plan may cut:
    ``capacity``). No marks for a compressed file or one on the network (read from
    the start: a gzip stream cannot be entered in the middle)."""
    if location.is_url(path):
        return jsonl_lines(path), {}
    with open(path, "rb") as fh:
        if fh.read(2) == b"\x1f\x8b":
            return jsonl_lines(path), {}
        fh.seek(0)
        marks: dict[int, tuple[int, int]] = {}
        last: deque[tuple[int, int, int]] = deque(maxlen=2 * size)
        k = offset = lineno = 0
        for raw in fh:
            if raw.strip():
                if k % size == 0:
                    marks[k] = (offset, lineno)
                last.append((k, offset, lineno))
                k += 1
            offset += len(raw)
            lineno += 1
    marks.update((n, (at, before)) for n, at, before in last)
    return k, marks


def warc_records(path: str | Path) -> int:
    """Records in the archive (read without parsing their contents); 0 if unreadable."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        with location.open_binary(path) as fh:
            for _ in ArchiveIterator(fh):
                n += 1
    except Exception:
        return 0  # damaged: one piece, the reader says what is wrong
    return n


def pieces(paths: Iterable[str | Path], size: int,
           marks: dict[str, dict[int, tuple[int, int]]] | None = None) -> Iterator[Piece]:
    """The input's pieces; ``marks`` gets, for each big uncompressed JSONL file,
    where its lines begin (``jsonl_marks``)."""
    for path in files_of(paths):
        if isinstance(path, str | Path) and location.is_file(path):
            kind = kind_from_name(str(path).rsplit("/", 1)[-1])
            stamp = location.stamp(path)
            found: dict[int, tuple[int, int]] = {}
            if kind == "jsonl":
                total, found = jsonl_marks(path, size)
            else:
                total = warc_records(path) if kind == "warc" else 0
            if kind in ("jsonl", "warc") and total > size:
                if found and marks is not None:
                    marks[str(path)] = found
                for first in range(0, total, size):
                    at, before = found.get(first, (0, 0))
                    yield Piece(str(path), kind, first, min(size, total - first), stamp, at, before)
            else:
                yield Piece(str(path), "file", 0, total, stamp)
        else:  # a missing path or an unreadable folder: the reader reports it
            yield Piece(getattr(path, "origin", str(path)), "file")


def _identity(piece: Piece) -> dict:
    """What a partition's id is made of: the piece, less where its lines begin."""
    out = asdict(piece)
    del out["offset"], out["line"]
    return out


def capacity(left: int, size: int) -> int:
    """The articles of a partition that begins with ``left`` articles still to plan:
    ``size``, and at the input's end (``left`` under two partitions' worth) half of
    what is left, at least a quarter of ``size``."""
    return min(size, max(-(-size // 4), -(-left // 2)))


def _divisible(piece: Piece) -> bool:
    """A run of lines or records that can be cut in two (a JSON Lines file or a WARC
    archive whose count is known, planned whole when it is small)."""
    if piece.kind in ("jsonl", "warc"):
        return piece.count > 0
    return piece.count > 1 and kind_from_name(piece.path.rsplit("/", 1)[-1]) in ("jsonl", "warc")


def plan(paths: Iterable[str | Path], size: int = SIZE) -> list[Partition]:
    """The partitions of the input, in reading order; the last ones smaller
    (``capacity``)."""
    out: list[Partition] = []
    group: list[Piece] = []
    weight = 0
    marks: dict[str, dict[int, tuple[int, int]]] = {}
    todo = list(pieces(paths, size, marks))
    left = sum(p.count or 1 for p in todo)  # articles not yet in a closed partition
    cap = capacity(left, size)

    def close() -> None:
        nonlocal group, weight, left, cap
        if group:
            key = json.dumps([_identity(p) for p in group], sort_keys=True)
            out.append(Partition(hashlib.sha1(key.encode()).hexdigest()[:16], group))
        left -= weight
        cap = capacity(left, size)
        group, weight = [], 0

    for piece in todo:
        n = piece.count or 1
        while weight + n > cap:
            if cap < size and weight < cap and _divisible(piece):
                # at the end, a run that does not fit is cut at the partition's capacity
                kind = piece.kind if piece.kind != "file" else kind_from_name(piece.path.rsplit("/", 1)[-1])
                head = cap - weight
                group.append(replace(piece, kind=kind, count=head))
                weight += head
                at, before = marks.get(piece.path, {}).get(piece.first + head, (0, 0))
                piece = Piece(piece.path, kind, piece.first + head, n - head, piece.stamp, at, before)
                n -= head
            elif not group:  # (bigger than a partition, and not to be cut: alone)
                break
            close()
        group.append(piece)
        weight += n
    close()
    return out
