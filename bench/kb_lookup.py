"""Knowledge-base lookups per second, and how long the knowledge base takes to load.

    .venv/bin/python bench/kb_lookup.py [--n 200000]

The queries are names of the knowledge base itself (every 7th alias, as
written, so they fold on the way in), short names ("Cavusoglu"), and names
that are nowhere (which fall through to the fuzzy matcher), each with a
date. Reported apart: exact and short-name lookups, fuzzy misses, and a mix
of 95% known names and 5% misses, as a news stream gives. Numbers go to
bench/RESULTS.md with this command.
"""

from __future__ import annotations

import argparse
import time
from datetime import date, timedelta

from peristiwa.actors.kb import default_kb, load_kb


def rate(kb, names: list[str], days: list[date], fuzzy: bool = True) -> float:
    t = time.perf_counter()
    for k, name in enumerate(names):
        kb.lookup(name, days[k % len(days)], fuzzy=fuzzy)
    return len(names) / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    args = ap.parse_args()
    t = time.perf_counter()
    kb = default_kb()
    load = time.perf_counter() - t
    load_kb.cache_clear()
    known = sorted({a for e in kb.entities.values() for a in e.aliases})[::7]
    short = sorted(kb._short or {})[::3]
    misses = [f"{a[:-2]}zq" for a in known[: len(known) // 10] if len(a) > 8]
    days = [date(2000, 1, 1) + timedelta(days=37 * k) for k in range(250)]
    n = args.n
    exact = (known * (n // len(known) + 1))[:n]
    print(f"knowledge base: {len(kb.entities)} entities, {len(kb.index)} names; load {load:.2f} s")
    print(f"exact names:     {rate(kb, exact, days):>10,.0f} lookups/s ({len(exact)} lookups)")
    sh = (short * (n // max(1, len(short)) + 1))[:n]
    print(f"short names:     {rate(kb, sh, days):>10,.0f} lookups/s ({len(sh)} lookups)")
    fz = misses[: max(1, n // 100)]
    print(f"unknown (fuzzy): {rate(kb, fz, days):>10,.0f} lookups/s ({len(fz)} lookups)")
    mix = [fz[k % len(fz)] if k % 20 == 0 else exact[k] for k in range(n)]
    print(f"mix 95/5:        {rate(kb, mix, days):>10,.0f} lookups/s ({len(mix)} lookups)")


if __name__ == "__main__":
    main()
