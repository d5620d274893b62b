"""Throughput of the coder in one process: articles/s, sentences/s, peak RSS.

    .venv/bin/python bench/throughput.py [--repeat N] [--gold ../shared/gold]

The corpus is the bundled demo articles plus, when the shared gold files are
present, their sentences grouped ten to an article; it is coded ``--repeat``
times after one warm-up pass. Start-up (loading lexicons and the knowledge
base) is reported apart. Numbers go to bench/RESULTS.md with this command.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(gold_dir: Path | None) -> list[tuple[str, str]]:
    """(lang, text) articles."""
    out = []
    for path in sorted((ROOT / "demo").glob("*.txt")):
        lang = "en" if path.stem.startswith("en") else "id"
        from peristiwa.ingest.text import split_front_matter

        out.append((lang, split_front_matter(path.read_text(encoding="utf-8"))[1]))
    if gold_dir and gold_dir.is_dir():
        for path in sorted(gold_dir.glob("*.jsonl")):
            cases = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
            for k in range(0, len(cases), 10):
                chunk = cases[k: k + 10]
                out.append((chunk[0]["lang"], "\n\n".join(c["text"] for c in chunk)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    args = ap.parse_args()

    t0 = time.perf_counter()
    from peristiwa.pipeline import Coder
    from peristiwa.records import Article

    coder = Coder()
    for lang in ("id", "en"):
        pipe = coder.pipeline(lang)
        _ = pipe.mentions, pipe.patterns, pipe.tokenizer
    startup = time.perf_counter() - t0

    docs = corpus(args.gold)
    for lang, text in docs:  # warm-up
        coder.code_article(Article(text=text, lang=lang))
    n_art = n_sent = n_ev = 0
    t1 = time.perf_counter()
    for _ in range(args.repeat):
        for lang, text in docs:
            analysed = coder.analyse(Article(text=text, lang=lang))
            n_art += 1
            n_sent += len(analysed)
            n_ev += sum(len(cs.events) for cs in analysed)
    dt = time.perf_counter() - t1
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"start-up           {startup:8.2f} s  (lexicons, knowledge base, tokenizers; id+en)")
    print(f"corpus             {len(docs)} articles x {args.repeat}  = {n_art} articles, "
          f"{n_sent} sentences, {n_ev} events")
    print(f"articles/s         {n_art / dt:8.1f}")
    print(f"sentences/s        {n_sent / dt:8.1f}")
    print(f"peak RSS           {rss_mb:8.0f} MB")


if __name__ == "__main__":
    main()
