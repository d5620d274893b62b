"""What the workers of a batch spend reading their partitions of one big JSONL file
(issue #20: a GDELT day is one file of about 100,000 articles): every partition read
from where its first line begins (the plan's offsets, since session 16) against every
partition read from the file's start, as before. Reading and parsing only, no coding.

    .venv/bin/python bench/partition_reads.py [--articles 20000] [--size 100]

The file repeats bench/pipeline.py's corpus (articles of about 500 words) under new
URLs; the CPU time of each way is the process's own (``time.process_time``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import ROOT, build  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    args = ap.parse_args()
    from peristiwa.batch.plan import plan
    from peristiwa.batch.worker import read_piece

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = build(args.ud, 320, 1, tmp / "base").read_text(encoding="utf-8").splitlines()
        path = tmp / "day.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for k in range(args.articles):
                record = json.loads(base[k % len(base)]) | {"url": f"https://bench.example/day/{k}"}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        t = time.process_time()
        parts = plan([path], args.size)
        planned = time.process_time() - t
        print(f"{args.articles} articles, {path.stat().st_size / 2**20:.0f} MB, {len(parts)} partitions; "
              f"planned in {planned:.2f} s of CPU", flush=True)
        for name, fix in (("from where each begins", lambda p: p),
                          ("from the file's start", lambda p: replace(p, offset=0, line=0))):
            t = time.process_time()
            n = sum(1 for part in parts for p in part.pieces for _ in read_piece(fix(p)))
            print(f"  read {n} records {name}: {time.process_time() - t:.2f} s of CPU", flush=True)


if __name__ == "__main__":
    main()
