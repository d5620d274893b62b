"""Coding time per sentence as the Indonesian lexicon doubles (issue #20, item 2).

    .venv/bin/python bench/lexicon_scaling.py [--articles 60] [--repeat 3]

The sentences are the Indonesian articles of bench/pipeline.py's corpus (UD and
NER news sentences). Their mentions are found once; then each sentence's reading
(``SentenceCoder.code``: pattern matching, choosing among matches, modality,
sides) is timed with three pattern sets:

- ``as is``: the bundled lexicon (lang/id/events*.txt);
- ``doubled, new triggers``: every pattern again, its first word replaced by an
  invented word of its own (a lexicon that grows in new verbs);
- ``doubled, same triggers``: every pattern again, its last word replaced by an
  invented word (or one appended): the same triggers with twice the patterns each
  (a lexicon that grows in objects and phrasings of the verbs it has).

Times are CPU seconds (``time.process_time``; the machine is shared), the best of
``--repeat`` runs; "matching" is ``PatternSet.match`` alone, "per pattern" the
same matches found by trying each candidate pattern on its own (the matcher
before the tries), for comparison. Issue #20 asks for < 20% growth when the
pattern count doubles.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import ROOT, build  # noqa: E402

LETTERS = "bcdfghjklmnpqrstvwxyz"


def invented(n: int) -> str:
    """A made-up word no text holds (and no affix rule cuts): "zqvb", "zqvc", ..."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n, len(LETTERS))
        out += LETTERS[r]
    return "zqv" + out


def doubled(src: Path, dst: Path, where: str) -> int:
    """Copy the language folder ``src`` to ``dst`` with every pattern twice; returns the count added."""
    shutil.copytree(src, dst)
    lines, n = [], 0
    for f in sorted(src.glob("events*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            body = line.split("#", 1)[0].split()
            if len(body) < 2 or body[0].startswith("#"):
                continue
            code, toks = body[0], body[1:]
            words = [k for k, t in enumerate(toks)
                     if t not in ("$", "+") and not t.startswith(("...", "@"))]
            if not words:
                continue
            new = invented(n)
            if where == "first":
                toks[words[0]] = new
            elif len(words) > 1:
                toks[words[-1]] = new
            else:
                flags = [t for t in toks if t.startswith("@")]
                toks = [t for t in toks if not t.startswith("@")] + [new] + flags
            lines.append(f"{code}\t{' '.join(toks)}")
            n += 1
    (dst / "events.zz-doubled.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def per_pattern(pats, toks, at, breaks, skip):
    return pats.match_each(toks, at, breaks, skip)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=60, help="of the corpus; the Indonesian ones are used")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    args = ap.parse_args()

    from peristiwa import lang as langdata
    from peristiwa.coding.coder import SentenceCoder
    from peristiwa.coding.patterns import PatternSet
    from peristiwa.pipeline import Coder
    from peristiwa.records import Article

    with tempfile.TemporaryDirectory() as tmp:
        corpus = build(args.ud, args.articles, 1, Path(tmp) / "x1")
        texts = [a["text"] for a in map(json.loads, corpus.open(encoding="utf-8")) if a["lang"] == "id"]
        coder = Coder(use_parser=False)
        pipe = coder.pipeline("id")
        docs = [coder.document(Article(text=t, lang="id")) for t in texts]
        n_sent = sum(len(d.sentences) for d in docs)
        src = langdata.folder("id")
        sets = {"as is": pipe.patterns}
        for name, where in (("doubled, new triggers", "first"), ("doubled, same triggers", "last")):
            dst = Path(tmp) / where / "id"
            added = doubled(src, dst, where)
            langdata.register(dst)
            try:
                sets[name] = PatternSet("id")
            finally:
                langdata.unregister("id")
            # every added line reads (no errors) and adds patterns; a line whose first word
            # is an alternation ("a|b ...") counts as several patterns, its copy with one
            # invented trigger as one, so the count is not the old one plus the lines added
            assert not sets[name].errors and len(sets[name].patterns) > len(pipe.patterns.patterns), \
                (added, sets[name].errors[:3])

        def reading(pats):
            for d in docs:
                for sent, ments, ctx, spk, reader in zip(d.sentences, d.mentions, d.contexts, d.speakers,
                                                         d.coders, strict=True):
                    SentenceCoder(pipe.data, pats, sent, ments, ctx[1], None, None, reader.history,
                                  spk, {}).code()

        def matching(pats, how):
            for d in docs:
                for r in d.coders:
                    how(pats, r.toks, r.slot_map(), r.hard, r.skip)

        # the sets take turns, run after run, so that a busy spell of the machine
        # falls on all of them; each keeps its best run
        jobs = {(name, what): fn for name, pats in sets.items()
                for what, fn in (("reading", lambda p=pats: reading(p)),
                                 ("matching", lambda p=pats: matching(p, type(p).match)),
                                 ("per pattern", lambda p=pats: matching(p, per_pattern)))}
        best = {k: float("inf") for k in jobs}
        for _ in range(args.repeat):
            for k, fn in jobs.items():
                t = time.process_time()
                fn()
                best[k] = min(best[k], (time.process_time() - t) * 1000 / n_sent)

        print(f"{len(docs)} Indonesian articles, {n_sent} sentences; CPU ms per sentence, best of {args.repeat}")
        print(f"{'patterns':<24} {'count':>6} {'reading':>9} {'matching':>9} {'per pattern':>12}")
        for name, pats in sets.items():
            r, m, e = (best[name, w] for w in ("reading", "matching", "per pattern"))
            b = [best["as is", w] for w in ("reading", "matching", "per pattern")]
            grow = "" if name == "as is" else (f"   ({100 * (r / b[0] - 1):+.0f}%, {100 * (m / b[1] - 1):+.0f}%, "
                                               f"{100 * (e / b[2] - 1):+.0f}%)")
            print(f"{name:<24} {len(pats.patterns):>6} {r:9.3f} {m:9.3f} {e:12.3f}{grow}", flush=True)


if __name__ == "__main__":
    main()
