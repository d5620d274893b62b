"""Code one partition and write it as Parquet: what each Dask worker runs.

The models load once per worker process (``coder``) and stay for every
partition it is given. A partition's files are written into a temporary folder
that is renamed into place when complete, so a killed batch leaves finished
partitions or nothing, never half of one.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from peristiwa.batch.plan import Partition, Piece
from peristiwa.ingest import ReadError, read_file, read_url
from peristiwa.ingest.jsonl import read_jsonl_range
from peristiwa.ingest.location import is_url
from peristiwa.ingest.run import BATCH, Skipped, code_articles
from peristiwa.records import Article
from peristiwa.store import schema
from peristiwa.store.rows import Rows, article_key

ERRORS = pa.schema([("origin", pa.string()), ("reason", pa.string())])
_coders: dict[str, object] = {}


def coder(options: dict):
    """The worker process's Coder for these options (loaded on first use)."""
    key = json.dumps(options, sort_keys=True)
    if key not in _coders:
        from peristiwa.pipeline import Coder

        _coders[key] = Coder(actors=tuple(options.get("actors", ())),
                             agents=tuple(options.get("agents", ())), verbs=tuple(options.get("verbs", ())),
                             discards=tuple(options.get("discards", ())),
                             keep_unknown=options.get("keep_unknown", False))
    return _coders[key]


def read_piece(piece: Piece) -> Iterator[Article | ReadError]:
    path = piece.path if is_url(piece.path) else Path(piece.path)
    if piece.kind == "jsonl":
        return read_jsonl_range(path, piece.first, piece.count, piece.offset, piece.line)
    if piece.kind == "warc":  # (the archive and page readers are imported for a WARC only)
        from peristiwa.ingest.warc import read_warc_range

        return read_warc_range(path, piece.first, piece.count)
    return read_url(piece.path) if is_url(piece.path) else read_file(path)


def part_dir(out: Path, part_id: str) -> Path:
    return out / "parts" / part_id


def done(out: Path, part_id: str) -> dict | None:
    """The summary of a finished partition, None if it is not finished."""
    path = part_dir(out, part_id) / "done.json"
    return json.loads(path.read_text()) if path.is_file() else None


def run_part(part: dict, out: str, options: dict) -> dict:
    """Code the partition ``part`` (``Partition.to_dict()``) into ``out/parts/<id>/``."""
    p = Partition.from_dict(part)
    out_dir = Path(out)
    finished = done(out_dir, p.id)
    if finished:
        return finished | {"skipped_as_done": True}
    began = time.perf_counter()
    cpu = time.process_time()
    c = coder(options)
    rows, errors, read = Rows(), [], 0
    pending: list[Article] = []

    def flush() -> None:
        # coded together (code_articles: their sentences that ask for a parse parsed in batches)
        for item, coded in zip(pending, code_articles(c, pending), strict=True):
            if isinstance(coded, Exception):  # one bad article never stops the partition
                errors.append(Skipped(item.origin or item.id, f"cannot code: {type(coded).__name__}: "
                                      f"{str(coded).splitlines()[0] if str(coded) else ''}".rstrip(": ")))
                continue
            rows.add(item, coded)
        pending.clear()

    for piece in p.pieces:
        for item in read_piece(piece):
            if not isinstance(item, Article):
                errors.append(item)
                continue
            read += 1
            item.id = article_key(item)
            if item.id in rows.ids or any(a.id == item.id for a in pending):
                continue
            pending.append(item)
            if len(pending) >= BATCH:
                flush()
    flush()
    summary = {"id": p.id, "read": read, "articles": len(rows), "events": rows.n_events,
               "sentences": len(rows.data["sentences"]["article_id"]),
               "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
               "errors": len(errors), "seconds": round(time.perf_counter() - began, 3),
               "cpu_seconds": round(time.process_time() - cpu, 3),  # the worker's (its one thread)
               "pid": os.getpid(), "error_lines": [str(e) for e in errors[:100]]}
    tmp = out_dir / "parts" / f".tmp-{p.id}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name, table in rows.tables().items():
        pq.write_table(table, tmp / f"{name}.parquet")
    pq.write_table(pa.table({"origin": [e.origin for e in errors],
                             "reason": [e.reason for e in errors]}, schema=ERRORS),
                   tmp / "errors.parquet")
    (tmp / "done.json").write_text(json.dumps(summary))
    final = part_dir(out_dir, p.id)
    try:
        os.rename(tmp, final)
    except OSError:  # another worker finished it first (a retried task): keep theirs
        shutil.rmtree(tmp, ignore_errors=True)
    return summary


def read_part(out: Path, part_id: str) -> tuple[dict[str, pa.Table], list[tuple[str, str]]]:
    """A finished partition's tables (named as ``schema.STAGED``) and its errors."""
    d = part_dir(out, part_id)
    # one file each: read as a file, not as a dataset (``pq.read_table``): the same tables,
    # without importing pyarrow's dataset and compute modules in the driver (0.3 s of CPU,
    # while the workers code) and 5 ms less per file (bench/RESULTS.md, session 16)
    tables = {name: pq.ParquetFile(d / f"{name}.parquet").read() for name in schema.STAGED}
    errs = pq.ParquetFile(d / "errors.parquet").read().to_pylist()
    return tables, [(e["origin"], e["reason"]) for e in errs]
