"""Words next to an actor that no pattern knows: the lexicon's gaps on unlabelled text
(issue #18, item 2; session 17).

Build-time only: nothing here is imported by peristiwa. The text is the unlabelled corpus
of ``mine_between.py`` (the UD Indonesian treebanks and the NER corpora in ../shared/data,
the kumparan corpus of the MIT-licensed ``nlp-id`` wheel, fetched at run time). Cases of
the gold files one may read (``../shared/gold/*.jsonl``) are left out, so what is ranked is
text nobody annotated.

``mine_between.py`` ranks the words standing *between two* actor mentions; most events in
news have one actor named beside the trigger and the other unnamed, generic or far away,
so this ranks every derived word (active, passive, ber-, ter-, and the nominal pe-an,
per-an, ke-an, -an) that stands within a few words of an actor mention, on the same side
of any clause break, and whose stem no pattern word has (``covered`` = some pattern of the
language, event or explicit non-event, names that stem). After a light verb
("melakukan", "menjatuhkan" ...) the noun that follows is ranked instead, as
"LIGHT + noun". Each row: count, stem, forms seen, the share of rows beside two
actors, and two short excerpts to decide from.

    python scripts/mine_uncovered.py code --every 2 --part 0 --cache /tmp/unc0.jsonl   # and part 1
    python scripts/mine_uncovered.py rank --cache /tmp/unc0.jsonl,/tmp/unc1.jsonl --top 400 > uncovered.tsv
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_between import cached, corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
DERIVED = {"active", "passive", "ber", "ter", "pen-an", "per-an", "ke-an", "-an", "pen", "memper", "diper"}
WINDOW = 4  # words between the actor mention and the word, at most


def gold_texts() -> set[str]:
    seen = set()
    for f in GOLD.glob("*.jsonl"):
        for line in open(f, encoding="utf-8"):
            text = json.loads(line).get("text") or ""
            seen.add(" ".join(text.split())[:60])
    return seen


def code(args) -> None:
    from peristiwa.pipeline import Coder
    from peristiwa.records import Article

    coder = Coder()
    skip = gold_texts()
    n = 0
    with open(args.cache, "w", encoding="utf-8") as f:
        for src, s in corpus(args.limit, args.every, args.part):
            if " ".join(s.split())[:60] in skip:
                continue
            try:
                sents = coder.analyse(Article(text=s, id="mine", lang="id"))
            except Exception as exc:  # noqa: BLE001 - one bad sentence must not stop the run
                print(f"skipped: {exc}", file=sys.stderr)
                continue
            for cs in sents:
                toks = cs.sentence.tokens
                f.write(json.dumps({
                    "src": src, "text": cs.sentence.text, "start": cs.sentence.start,
                    "toks": [[t.norm, t.stem, t.form, t.start] for t in toks],
                    "mentions": [[m.first, m.last] for m in cs.mentions],
                    "events": [e.code for e in cs.events],
                }, ensure_ascii=False) + "\n")
            n += 1
            if n % 2000 == 0:
                print(f"{n} sentences", file=sys.stderr)


def known_stems() -> tuple[set[str], set[str]]:
    from peristiwa.coding.patterns import patterns

    ps = patterns("id")
    stems: set[str] = set()
    exact: set[str] = set()
    for pat in ps.patterns:
        for w in pat.words:
            stems |= set(w.stems)
            exact |= set(w.exact)
    return stems, exact


def rank(args) -> None:
    from peristiwa import lang as langdata

    grammar = langdata.load("id").grammar["words"]
    breaks = set(grammar["clause_breaks"])
    light = {w for w in grammar["light_verbs"] if " " not in w}
    stems, exact = known_stems()
    count: collections.Counter = collections.Counter()
    two: collections.Counter = collections.Counter()
    forms: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    n_sent = 0
    for rec in (r for path in args.cache.split(",") for r in cached(path)):
        n_sent += 1
        toks = rec["toks"]
        spans = sorted(rec["mentions"])
        inside = {i for a, b in spans for i in range(a, b + 1)}
        seen_here: set[str] = set()
        for i, (norm, stem, form, _start) in enumerate(toks):
            if i in inside:
                continue
            key, kform = _key(toks, i, light, norm, stem, form)
            if not key or key.split()[-1] in stems or norm in exact:
                continue
            near = [(a, b) for a, b in spans if _near(toks, breaks, a, b, i)]
            if not near or key in seen_here:
                continue
            seen_here.add(key)
            count[key] += 1
            forms[key][kform] += 1
            if len({s for s in near}) >= 2 or (len(spans) >= 2 and any(a > i for a, _ in spans)
                                                and any(b < i for _, b in spans)):
                two[key] += 1
            if len(examples[key]) < 2:
                lo = toks[max(0, i - 8)][3] - rec["start"]
                hi = toks[min(len(toks) - 1, i + 8)][3] - rec["start"]
                examples[key].append(rec["text"][lo:hi + 15].replace("\t", " "))
    print(f"# {n_sent} sentences; derived words within {WINDOW} words of an actor that no pattern names")
    print("count\tkey\tforms\tbeside two actors\texample 1\texample 2")
    for key, c in count.most_common(args.top):
        fs = ",".join(f for f, _ in forms[key].most_common(3))
        ex = examples[key] + [""] * (2 - len(examples[key]))
        print(f"{c}\t{key}\t{fs}\t{two[key]}\t{ex[0]}\t{ex[1]}")


def _key(toks, i, light, norm, stem, form) -> tuple[str, str]:
    """The ranked key of token i: its stem when it is a derived word; after a light verb,
    the light verb's noun ("LIGHT vonis")."""
    if i > 0 and toks[i - 1][0] in light and form not in DERIVED and norm.isalpha() and len(norm) > 2:
        return "LIGHT " + stem, "after " + toks[i - 1][0]
    if form in DERIVED and norm.isalpha() and norm not in light:
        return stem, form
    return "", ""


def _near(toks, breaks, a: int, b: int, i: int) -> bool:
    lo, hi = (b + 1, i) if b < i else (i + 1, a)
    if hi - lo > WINDOW:
        return False
    return not any(toks[k][0] in breaks for k in range(lo, hi))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("code")
    c.add_argument("--cache", required=True)
    c.add_argument("--every", type=int, default=1)
    c.add_argument("--part", type=int, default=0)
    c.add_argument("--limit", type=int)
    r = sub.add_parser("rank")
    r.add_argument("--cache", required=True)
    r.add_argument("--top", type=int, default=400)
    args = ap.parse_args()
    (code if args.cmd == "code" else rank)(args)


if __name__ == "__main__":
    main()
