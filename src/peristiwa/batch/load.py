"""``peristiwa load DIR``: merge the output of a batch into the store.

Partitions are merged in the manifest's order, up to ``GROUP`` of them in one
transaction, with the de-duplication of ``peristiwa ingest``: articles the store
has are left alone (an article in two partitions is kept from the first), and the
events their mentions belong to are rebuilt. The store ends as it would with each
partition merged in a transaction of its own, for a fifth of the CPU: most of a
partition's merge is the transaction's fixed costs (the events' rebuild, the commit;
15 partitions of 21 articles on average: 1.1-1.6 s of CPU one by one, 0.24-0.3 s
together, reading included; bench/RESULTS.md, session 19). Loading twice adds nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peristiwa.batch.plan import Partition
from peristiwa.batch.run import read_manifest
from peristiwa.batch.worker import done, read_part
from peristiwa.store.db import Store

GROUP = 32  # partitions merged in one transaction at most (the driver holds their tables)


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
    group: list[Partition] = []
    for p in parts:
        if not done(out, p.id):
            summary.missing += 1
            continue
        group.append(p)
        if len(group) == GROUP:
            merge(out, group, store, summary)
            group = []
            if progress:
                progress(summary)
    if group:
        merge(out, group, store, summary)
        if progress:
            progress(summary)
    return summary


def merge(out: Path, parts: list[Partition], store: Store, summary: LoadSummary) -> None:
    """Merge finished partitions into the store, in one transaction (nothing of
    those merged before)."""
    read = [(p.id, *read_part(out, p.id)) for p in parts]
    known = {r[0] for r in store.con.execute(
        "SELECT part_id FROM loaded WHERE part_id IN (SELECT unnest(?))", [[p.id for p in parts]]).fetchall()}
    added = store.add_parts(read)
    summary.errors += sum(len(errors) for pid, _, errors in read if pid not in known)
    summary.partitions += len(parts)
    summary.articles += added.articles
    summary.known += added.known
    summary.mentions += added.mentions


class InOrder:
    """Merges a batch's partitions into a store while the batch runs, in plan order
    (so the store ends as ``load`` would leave it): each time a partition finishes,
    every finished one after the last merged is merged, in one transaction; with
    ``every`` seconds, only when that long has passed since the last merge (or when
    ``ready(now=True)``), so that fewer, larger transactions take less of the CPU the
    workers code on."""

    def __init__(self, out: Path, parts: list[Partition], store: Store, every: float = 0.0) -> None:
        self.out, self.parts, self.store, self.every = out, parts, store, every
        self.next = 0
        self.summary = LoadSummary()
        self.last = time.monotonic()

    def ready(self, now: bool = False) -> None:
        if not now and time.monotonic() - self.last < self.every:
            return
        group: list[Partition] = []
        while self.next + len(group) < len(self.parts) and done(self.out, self.parts[self.next + len(group)].id):
            group.append(self.parts[self.next + len(group)])
            if len(group) == GROUP:
                self._merge(group)
                group = []
        if group:
            self._merge(group)
        self.last = time.monotonic()

    def _merge(self, group: list[Partition]) -> None:
        merge(self.out, group, self.store, self.summary)
        self.next += len(group)
