"""A disk cache for compiled resources (the actor knowledge base, lexicon tries).

Building the actor lexicon from its text files takes seconds; loading the
pickled result a fraction of that. An entry is keyed by what it was built
from (each input file's path, size and modification time, and the package
version), so editing a lexicon file or adding an actor file rebuilds it. A resource
keeps its ``KEEP`` most recently used entries (a user with and without an extra
actor file, two checkouts), older ones are removed when a new one is written.

The cache lives in ``$PERISTIWA_CACHE``, else ``$XDG_CACHE_HOME/peristiwa``,
else ``~/.cache/peristiwa``; ``PERISTIWA_CACHE=off`` turns it off. A cache
that cannot be read or written is passed over silently: it only saves time.

An entry is unpickled with Python's cyclic garbage collector paused, and what
it loaded is then moved out of the collector's sight (``gc.freeze``): loading
creates millions of objects and no garbage, every collection the allocations
set off scans the whole heap again (the knowledge base, lexicons and patterns
loaded 2.5-4x slower with it on), and left in the collector's generations
they would be scanned again by the first collections after the load (0.5 s
in the first article's coding) and by every full collection after that. The
frozen objects are freed by reference counting as any other; only cyclic
garbage that exists at that moment is never collected.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from peristiwa import __version__

T = TypeVar("T")
KEEP = 4  # entries kept per resource


def directory() -> Path | None:
    env = os.environ.get("PERISTIWA_CACHE")
    if env == "off":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "peristiwa"


def key(name: str, inputs: Iterable[Path]) -> str:
    h = hashlib.sha1(f"{__version__}\0{name}".encode())
    for p in sorted(set(inputs)):
        try:
            st = p.stat()
            h.update(f"\0{p.resolve()}\0{st.st_size}\0{st.st_mtime_ns}".encode())
        except OSError:
            h.update(f"\0{p}\0missing".encode())
    return h.hexdigest()[:20]


def cached(name: str, inputs: Iterable[Path], build: Callable[[], T]) -> T:
    """``build()``, or its result from an earlier run on the same inputs."""
    d = directory()
    if d is None:
        return build()
    path = d / f"{name}-{key(name, inputs)}.pickle"
    try:
        with path.open("rb") as fh, gc_paused():
            value = pickle.load(fh)
        os.utime(path)  # recently used: kept longest
        return value
    except Exception:  # noqa: BLE001 - missing, stale or unreadable: rebuild
        pass
    value = build()
    try:
        d.mkdir(parents=True, exist_ok=True)
        _evict(d, name)
        fd, tmp = tempfile.mkstemp(dir=d, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)  # what could not be written leaves nothing
    except Exception:  # noqa: BLE001
        pass
    return value


_gc_lock = threading.Lock()
_gc_pauses = 0  # loads under way (two threads may load at once)
_gc_was_enabled = False


@contextmanager
def gc_paused():
    """The cyclic garbage collector off for the block, and every object then
    alive frozen (``gc.freeze``) when the last of several overlapping blocks
    ends; the collector is then on again if it was before."""
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0:
                gc.freeze()
                if _gc_was_enabled:
                    gc.enable()


# While articles are coded, the collector runs every CODING_GC allocations of each
# generation at the most often (Python's default is 700, 10, 10). Coding fresh text
# allocates millions of short-lived objects and keeps few cycles (a sentence's reader
# and its parse), but fills the memos (words, runs, stems, pattern tries) with
# long-lived ones that each full collection scans again: at the default thresholds
# the collector took 10-25% of ingest's CPU (ten full collections of 0.1-0.2 s on the
# 320 articles of bench/pipeline.py); the memory kept is the same (peak RSS). Nearly
# every object coding makes lives until its batch is stored, so a young collection
# scans all that were made since the last one, whatever the threshold: a higher one
# costs no more there, and makes the middle generation's rescans rarer (at 10,000/20:
# 84 + 3 collections, 0.31-0.40 + 0.23-0.31 s; at 100,000/40: 7 + 0, 0.38-0.40 s).
# Session 22: coding keeps few cycles since a parsed sentence's reader is none
# (depread.py), so a young collection is rarer still: at 1,000,000 none runs on the 320
# articles (0.35-0.43 s less CPU, peak RSS 571 -> 573 MB) and none on 3,200 (10x: 26
# collections, 3.1 s, before; peak RSS 615 MB against 624 at 100,000 with the cycles).
# Cyclic garbage still waits for a collection at most that many net allocations.
CODING_GC = (1_000_000, 40, 40)
_gc_spaced = 0
_gc_saved: tuple[int, int, int] | None = None


@contextmanager
def gc_spaced():
    """The collector's thresholds raised to at least ``CODING_GC`` for the block (a
    higher setting of the user's is kept), as they were when the last of several
    overlapping blocks ends."""
    global _gc_spaced, _gc_saved
    with _gc_lock:
        if _gc_spaced == 0:
            _gc_saved = gc.get_threshold()
            gc.set_threshold(*(max(a, b) for a, b in zip(_gc_saved, CODING_GC, strict=True)))
        _gc_spaced += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_spaced -= 1
            if _gc_spaced == 0 and _gc_saved is not None:
                gc.set_threshold(*_gc_saved)


# Set by the command line's ``main`` (``peristiwa`` run as a program): the process ends
# when its command does. Not set where the same code runs in a process that goes on
# (tests, the server, a notebook, a batch worker).
ONE_SHOT = False


def freeze_for_exit() -> None:
    """In a process that ends after this (``ONE_SHOT``): everything then alive moved
    out of the collector's sight (``gc.freeze``). Coding keeps millions of objects to
    the end (memos of words, runs, stems, pattern tries, what resources read on first
    use), and the interpreter's last collection at exit would scan them all once more
    for nothing: 1.1 s of CPU after an ingest of 320 articles (bench/pipeline.py's).
    Inside a ``gc_spaced`` block it also spares the young collection the thresholds'
    return would set off (0.45 s): freezing empties the youngest generation. Cyclic
    garbage alive at that moment is never collected, and the process ends."""
    if ONE_SHOT:
        gc.freeze()


def _evict(d: Path, name: str) -> None:
    """Remove all but the ``KEEP - 1`` most recently used entries of ``name``."""
    def used(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    entries = sorted(d.glob(f"{name}-*.pickle"), key=used, reverse=True)
    for old in entries[KEEP - 1:]:
        old.unlink(missing_ok=True)
