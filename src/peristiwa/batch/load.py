"""``peristiwa load DIR``: merge the output of a batch into the store.

Partitions are merged in the manifest's order, each in one transaction, with the
de-duplication of ``peristiwa ingest``: articles the store has are left alone,
and the events their mentions belong to are rebuilt. Loading twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peristiwa.batch.plan import Partition
from peristiwa.batch.run import read_manifest
from peristiwa.batch.worker import done, read_part
from peristiwa.store.db import Store


@dataclass
class LoadSummary:
    partitions: int = 0
    missing: int = 0  # partitions the batch has not finished
    articles: int = 0  # new articles stored
    known: int = 0
    mentions: int = 0
    errors: int = 0

    def line(self) -> str:
        return (f"{self.partitions} partitions loaded ({self.missing} not finished), "
                f"{self.articles} new articles, {self.known} already stored, "
                f"{self.mentions} event mentions, {self.errors} skipped records")


def load(out: str | Path, store: Store,
         progress: Callable[[LoadSummary], None] | None = None) -> LoadSummary:
    out = Path(out)
    parts, _ = read_manifest(out)
    summary = LoadSummary()
    for p in parts:
        if not done(out, p.id):
            summary.missing += 1
            continue
        merge(out, p, store, summary)
        if progress:
            progress(summary)
    return summary


def merge(out: Path, part: Partition, store: Store, summary: LoadSummary) -> None:
    """Merge one finished partition into the store (nothing if it was merged before)."""
    tables, errors = read_part(out, part.id)
    already = store.one("SELECT count(*) FROM loaded WHERE part_id = ?", [part.id])
    added = store.add_tables(tables, errors, part_id=part.id)
    if not already:
        summary.errors += len(errors)
    summary.partitions += 1
    summary.articles += added.articles
    summary.known += added.known
    summary.mentions += added.mentions


class InOrder:
    """Merges a batch's partitions into a store while the batch runs, in plan order
    (so the store ends as ``load`` would leave it): each time a partition finishes,
    every finished one after the last merged is merged."""

    def __init__(self, out: Path, parts: list[Partition], store: Store) -> None:
        self.out, self.parts, self.store = out, parts, store
        self.next = 0
        self.summary = LoadSummary()

    def ready(self) -> None:
        while self.next < len(self.parts) and done(self.out, self.parts[self.next].id):
            merge(self.out, self.parts[self.next], self.store, self.summary)
            self.next += 1
