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

The derived-word rank misses what no stem test can see (session 17, cover18): words each
known to some pattern but not together, and bare words. ``code`` therefore also records the
sentence's raw pattern matches (every match the coder chose among, with its code and token
indices: ``SentenceCoder._select`` wrapped), and ``rank --kind`` ranks, beside an actor:

- ``pair``: a verb and the first content noun after it (within 4 words, past mentions and
  grammar words), neither inside any raw match ("menelusuri rekening", "mengganjar");
- ``noun``: bare (underived) words inside no raw match ("kasasi", "rapat", "reshuffle");
- ``variant``: words in no raw match that are no root of the stemmer's dictionary and one
  letter off a pattern's stem ("kordinasi"), or two consecutive pattern words written as one
  ("unjukrasa").

``--src ner:,ud:`` keeps the news and treebank sentences (the kumparan part is mostly
lifestyle text). Re-coding the corpus with raw matches takes a few minutes per half.

    python scripts/mine_uncovered.py code --every 2 --part 0 --cache /tmp/unc0.jsonl   # and part 1
    python scripts/mine_uncovered.py rank --cache /tmp/unc0.jsonl,/tmp/unc1.jsonl --top 400 > uncovered.tsv
    python scripts/mine_uncovered.py rank --kind pair --src ner:,ud: --cache /tmp/unc0.jsonl,/tmp/unc1.jsonl
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


def _record_raw(raw: dict[int, list]) -> None:
    """Wrap the coder's choice among a sentence's pattern matches so that every raw match
    (code and matched token indices), chosen or not, is kept by the sentence's start."""
    from peristiwa.coding import coder as coder_mod

    select = coder_mod.SentenceCoder._select

    def _select(self, matches):
        raw.setdefault(self.s.start, []).extend(
            [m.pattern.code, list(m.word_tokens)] for m in matches)
        return select(self, matches)

    coder_mod.SentenceCoder._select = _select


def code(args) -> None:
    from peristiwa.pipeline import Coder
    from peristiwa.records import Article

    raw: dict[int, list] = {}
    _record_raw(raw)
    coder = Coder()
    skip = gold_texts()
    n = 0
    with open(args.cache, "w", encoding="utf-8") as f:
        for src, s in corpus(args.limit, args.every, args.part):
            if " ".join(s.split())[:60] in skip:
                continue
            raw.clear()
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
                    "raw": raw.get(cs.sentence.start, []),
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
    ctx = {
        "breaks": set(grammar["clause_breaks"]),
        "light": {w for w in grammar["light_verbs"] if " " not in w},
        "function": {w for v in grammar.values() if isinstance(v, list) for w in v if isinstance(w, str)},
    }
    ctx["stems"], ctx["exact"] = known_stems()
    if args.kind == "variant":
        _variant_context(ctx)
    keys = KINDS[args.kind]
    count: collections.Counter = collections.Counter()
    two: collections.Counter = collections.Counter()
    forms: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    n_sent = 0
    for rec in (r for path in args.cache.split(",") for r in cached(path)):
        if args.src and not any(s in rec["src"] for s in args.src.split(",")):
            continue
        n_sent += 1
        toks = rec["toks"]
        spans = sorted(rec["mentions"])
        ctx["inside"] = {i for a, b in spans for i in range(a, b + 1)}
        ctx["matched"] = {i for _code, idx in rec.get("raw", []) for i in idx}
        seen_here: set[str] = set()
        for i in range(len(toks)):
            if i in ctx["inside"]:
                continue
            for key, kform in keys(ctx, toks, i):
                near = [(a, b) for a, b in spans if _near(toks, ctx["breaks"], a, b, i)]
                if not near or key in seen_here:
                    continue
                seen_here.add(key)
                count[key] += 1
                forms[key][kform] += 1
                if len(near) >= 2 or (any(a > i for a, _ in spans) and any(b < i for _, b in spans)):
                    two[key] += 1
                if len(examples[key]) < 2:
                    lo = toks[max(0, i - 8)][3] - rec["start"]
                    hi = toks[min(len(toks) - 1, i + 8)][3] - rec["start"]
                    examples[key].append(rec["text"][lo:hi + 15].replace("\t", " "))
    print(f"# {n_sent} sentences; {args.kind}: {DESCRIBE[args.kind]}, within {WINDOW} words of an actor")
    print("count\tkey\tforms\tbeside two actors\texample 1\texample 2")
    for key, c in count.most_common(args.top):
        fs = ",".join(f for f, _ in forms[key].most_common(3))
        ex = examples[key] + [""] * (2 - len(examples[key]))
        print(f"{c}\t{key}\t{fs}\t{two[key]}\t{ex[0]}\t{ex[1]}")


def _derived(ctx, toks, i):
    norm, stem, form, _ = toks[i]
    key, kform = _key(toks, i, ctx["light"], norm, stem, form)
    if not key or key.split()[-1] in ctx["stems"] or norm in ctx["exact"]:
        return []
    return [(key, kform)]


def _content_noun(ctx, toks, j) -> bool:
    norm, _stem, form, _ = toks[j]
    return (form == "bare" and norm.isalpha() and len(norm) > 2 and norm not in ctx["function"]
            and j not in ctx["inside"] and j not in ctx["matched"])


def _pair(ctx, toks, i):
    """A verb and the first content noun after it (past mentions and function words, at
    most 4 words on), neither in any raw pattern match: "menjatuhkan ... vonis"."""
    norm, stem, form, _ = toks[i]
    if form not in VERB_FORMS or i in ctx["matched"] or not norm.isalpha():
        return []
    for j in range(i + 1, min(len(toks), i + 5)):
        if toks[j][0] in ctx["breaks"]:
            return []
        if j in ctx["inside"] or toks[j][0] in ctx["function"]:
            continue
        if _content_noun(ctx, toks, j):
            gap = " " if j == i + 1 else " ... "
            return [(stem + gap + toks[j][0], norm)]
        return []
    return []


def _noun(ctx, toks, i):
    """A bare (underived) word in no raw pattern match: "vonis", "razia", "sanksi"."""
    if not _content_noun(ctx, toks, i) or len(toks[i][0]) < 4:
        return []
    return [(toks[i][0], "bare")]


def _deletes(word: str) -> set[str]:
    return {word[:k] + word[k + 1:] for k in range(len(word))} | {word}


def _deletes_index(stems: set[str]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = collections.defaultdict(set)
    for st in stems:
        if len(st) >= 5 and st.isalpha():
            for d in _deletes(st):
                index[d].add(st)
    return index


def _variant(ctx, toks, i):
    """A word in no raw match that is no root of the stemmer's dictionary and whose stem is
    one letter off a pattern's stem ("demontrasi"), or two of a pattern's consecutive words
    written as one ("bekerjasama", "unjukrasa")."""
    norm, stem, form, _ = toks[i]
    if i in ctx["matched"] or not norm.isalpha() or len(stem) < 5 or stem in ctx["stems"]:
        return []
    if stem in ctx["joined"] or norm in ctx["joined"]:
        return [(f"{stem} = {ctx['joined'].get(stem) or ctx['joined'][norm]}", norm)]
    if stem in ctx["roots"]:
        return []
    near = {s for d in _deletes(stem) for s in ctx["deletes"].get(d, ())} - {stem}
    return [(f"{stem} ~ {'|'.join(sorted(near)[:3])}", norm)] if near else []


def _variant_context(ctx) -> None:
    """The variant kind's lookups: pattern stems by their one-letter deletions, the
    pattern word pairs joined, the stemmer's root dictionary."""
    from peristiwa.coding.patterns import patterns

    ctx["deletes"] = _deletes_index(ctx["stems"])
    joined: dict[str, str] = {}
    for pat in patterns("id").patterns:
        for w1, w2 in zip(pat.words, pat.words[1:], strict=False):
            for a in set(w1.stems) | set(w1.exact):
                for b in set(w2.stems) | set(w2.exact):
                    if a.isalpha() and b.isalpha():
                        joined.setdefault(a + b, f"{a} {b}")
    ctx["joined"] = joined
    try:
        import Sastrawi

        words = Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
        ctx["roots"] = set(words.read_text(encoding="utf-8").split())
    except (ImportError, OSError):
        ctx["roots"] = set()


VERB_FORMS = {"active", "passive", "ber", "ter", "memper", "diper"}
KINDS = {"derived": _derived, "pair": _pair, "noun": _noun, "variant": _variant}
DESCRIBE = {
    "derived": "derived words whose stem no pattern names",
    "pair": "a verb and the noun after it, neither in a raw pattern match",
    "noun": "bare words in no raw pattern match",
    "variant": "words in no raw match one letter off a pattern's stem",
}


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
    r.add_argument("--src", help="only sentences whose source names one of these (comma-separated), e.g. ner:")
    r.add_argument("--kind", choices=sorted(KINDS), default="derived",
                   help="derived (the default); pair, noun, variant need a cache with raw matches")
    args = ap.parse_args()
    (code if args.cmd == "code" else rank)(args)


if __name__ == "__main__":
    main()
