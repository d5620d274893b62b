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
    args = ap.parse_args()
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


if __name__ == "__main__":
    main()
