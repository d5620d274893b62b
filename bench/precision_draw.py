"""Draw the session-24 precision rows (issue #18) from a coded cache of unlabelled text.

    python scripts/mine_between.py code --input /work/notes/s21/unc-safe.jsonl --cache base.jsonl
    python bench/precision_draw.py --cache base.jsonl --exclude bench/lexicon_sample-s21.tsv \
        --exclude bench/lexicon_sample-s23.tsv --sentences 1000 --seed 24 --out bench/lexicon_sample-s24.tsv

Three tiers, every event of each (nothing sampled away inside a tier):
  draw   -- the events of ``--sentences`` sentences drawn at random (seeded) from those no
            ``--exclude`` sample read;
  unread -- the events of every other sentence no ``--exclude`` sample read;
  recoded -- the events of sentences a sample read whose (trigger, code, source, target) no
            row read there shows: coded otherwise since, so never judged as they stand.
The first is the brief's draw; the s21 and s23 samples read every sentence of unc-safe that
had an event in session 23, so the last two hold all that is left to read.

Fresh text (session 24b, branch unc24): ``--events N`` draws N events at random (seeded) from
all events of the cache (every event when fewer), one tier ``draw``; ``--input`` names the
JSON-lines file the cache was coded from (scripts/fetch_unlabelled.py) so that each row carries
the text's ``id`` there, and the row shows only an excerpt around the trigger::

    python scripts/fetch_unlabelled.py --out /work/notes/s24/unc2.jsonl
    python scripts/mine_between.py code --input /work/notes/s24/unc2.jsonl --cache /work/notes/s24/unc2-coded.jsonl
    python bench/precision_draw.py --cache /work/notes/s24/unc2-coded.jsonl --input /work/notes/s24/unc2.jsonl \
        --events 300 --seed 24 --out bench/lexicon_sample-s24b.tsv
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from mine_between import excerpt, read_before  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", required=True)
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--sentences", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=24)
    ap.add_argument("--out", required=True)
    ap.add_argument("--events", type=int, default=0, help="draw this many events from the whole cache")
    ap.add_argument("--input", help="the JSON lines the cache was coded from (rows carry its ids)")
    args = ap.parse_args()
    if args.events:
        draw_events(args)
        return
    read = read_before(args.exclude)
    texts = {t.strip("…") for t, *_ in read}
    seen = {(t.strip("…"), g, c, s, tg) for t, g, c, s, tg in read}
    recs = [json.loads(line) for line in open(args.cache, encoding="utf-8")]
    unread, was_read = [], []
    for r in recs:
        hits = [t for t in texts if t in r["text"]]
        (was_read if hits else unread).append((r, hits))
    rng = random.Random(args.seed)
    drawn = set(rng.sample(range(len(unread)), min(args.sentences, len(unread))))
    rows = []
    for k, (r, _) in enumerate(unread):
        for e in r["events"]:
            rows.append(("draw" if k in drawn else "unread", r, e))
    for r, hits in was_read:
        for e in r["events"]:
            if not any((t, e[3], e[0], e[1], e[2]) in seen for t in hits):
                rows.append(("recoded", r, e))
    n_draw = sum(len(unread[k][0]["events"]) for k in drawn)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# drawn by: python bench/precision_draw.py --sentences {args.sentences} --seed {args.seed}"
                + "".join(f" --exclude {x}" for x in args.exclude)
                + f" ({len(recs)} sentences, {len(unread)} no sample read, {len(drawn)} of them drawn with "
                  f"{n_draw} events; {len(rows)} rows in all)\n")
        f.write("n\tjudgement\ttier\tcorpus\tcode\tsource\ttarget\ttrigger\tpattern\ttext\n")
        for n, (tier, r, e) in enumerate(rows, 1):
            code, src, tgt, trig, rule, t0, t1 = e
            text = r["text"] if r["src"] != "kumparan" else excerpt(r["text"], t0 - r["start"], t1 - r["start"])
            f.write("\t".join([str(n), "", tier, r["src"], code, src, tgt, trig, rule,
                               text.replace("\t", " ")]) + "\n")
    print(f"{len(rows)} rows: draw {n_draw}, unread {sum(t == 'unread' for t, *_ in rows)}, "
          f"recoded {sum(t == 'recoded' for t, *_ in rows)}", file=sys.stderr)


def text_ids(path: str) -> list[tuple[str, str]]:
    """(text, id) of the file a cache was coded from; a cached sentence lies inside one text."""
    out = []
    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        out.append((" ".join(rec["text"].split()), str(rec.get("id", ""))))
    return out


def draw_events(args) -> None:
    """--events: N events drawn at random (seeded) from every event of the cache."""
    recs = [json.loads(line) for line in open(args.cache, encoding="utf-8")]
    pool = [(r, e) for r in recs for e in r["events"]]
    rng = random.Random(args.seed)
    picked = sorted(rng.sample(range(len(pool)), min(args.events, len(pool))))
    ids = text_ids(args.input) if args.input else []
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# drawn by: python bench/precision_draw.py --events {args.events} --seed {args.seed}"
                f" ({len(recs)} sentences, {len(pool)} events, {len(picked)} drawn)\n")
        f.write("n\tjudgement\tid\tcorpus\tcode\tsource\ttarget\ttrigger\tpattern\ttext\n")
        for n, k in enumerate(picked, 1):
            r, (code, src, tgt, trig, rule, t0, t1) = pool[k]
            rid = next((i for t, i in ids if r["text"] in t), "")
            text = excerpt(r["text"], t0 - r["start"], t1 - r["start"], 60)
            f.write("\t".join([str(n), "", rid, r["src"], code, src, tgt, trig, rule, text]) + "\n")
    print(f"{len(picked)} of {len(pool)} events drawn", file=sys.stderr)


if __name__ == "__main__":
    main()
