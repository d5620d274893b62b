"""Start-up as a user sees it: from `peristiwa ingest` starting to its first article coded.

    .venv/bin/python bench/startup.py [--runs 5] [--lang id|en|both]

Runs ``peristiwa ingest FILE --db NEW.duckdb -q`` in a fresh process on a file of
one demo article (Indonesian, English, or one of each), after one run that warms
the disk cache, and reports, per run: the wall time from before the process is
spawned to the end of the first article's coding ("first article"), the whole
command's wall time, and the process's CPU time. Also reports which resources the
first article loaded (spaCy models, knowledge bases, pattern sets), from the
process itself. Numbers go to bench/RESULTS.md with this command.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, time
began = float(sys.argv[1])
import peristiwa.ingest.run as run
first = []
name = "code_articles" if hasattr(run, "code_articles") else "code_article"  # before: one at a time
_code = getattr(run, name)
def code(coder, articles):
    out = _code(coder, articles)
    if not first:
        first.append((time.time(), time.process_time()))
    return out
setattr(run, name, code)
from peristiwa.cli import app
try:
    app(sys.argv[2:], standalone_mode=False)
except SystemExit:
    pass
done = time.time()
ru = resource.getrusage(resource.RUSAGE_SELF)
heavy = sorted(m for m in ("dask", "distributed", "fastapi", "pyarrow", "duckdb", "spacy", "thinc",
                           "torch", "pandas", "dateparser", "Sastrawi") if m in sys.modules)
print(json.dumps({"first": first[0][0] - began, "first_cpu": first[0][1], "total": done - began, "cpu": ru.ru_utime + ru.ru_stime,
                  "rss_mb": ru.ru_maxrss / 1024, "modules": heavy}))
"""

ARTICLES = {"id": "penangkapan-mahasiswa-makassar.txt", "en": "en-coast-guard-natuna.txt"}


def once(path: Path, tmp: Path, k: int) -> dict:
    began = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, repr(began), "ingest", str(path),
                          "--db", str(tmp / f"s{k}.duckdb"), "-q"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--lang", choices=("id", "en", "both"), default="id")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from pipeline import compiled

    from peristiwa.ingest.text import split_front_matter

    compiled()

    langs = ("id", "en") if args.lang == "both" else (args.lang,)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "first.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for lang in langs:
                text = split_front_matter((ROOT / "demo" / ARTICLES[lang]).read_text(encoding="utf-8"))[1]
                fh.write(json.dumps({"url": f"https://bench.example/{lang}", "lang": lang,
                                     "published": "2024-05-14", "text": text}, ensure_ascii=False) + "\n")
        once(path, tmp, 0)  # the disk cache warm
        runs = [once(path, tmp, k) for k in range(1, args.runs + 1)]
    for r in runs:
        print(f"first article coded {r['first']:6.2f} s (CPU {r['first_cpu']:5.2f} s)   whole command "
              f"{r['total']:6.2f} s (CPU {r['cpu']:5.2f} s)   peak RSS {r['rss_mb']:5.0f} MB")

    def mid(k):
        return statistics.median(r[k] for r in runs)

    print(f"median of {len(runs)} ({args.lang}): first article coded {mid('first'):.2f} s (CPU {mid('first_cpu'):.2f} s), "
          f"whole command {mid('total'):.2f} s (CPU {mid('cpu'):.2f} s); best: first article "
          f"{min(r['first'] for r in runs):.2f} s")
    print("heavy modules loaded:", ", ".join(runs[-1]["modules"]))


if __name__ == "__main__":
    main()
