"""Silver recall samples: our own event annotation of unlabelled news (issue #18).

The gold files have been read many times; the sealed set is never read. To see
what the coder misses on text nobody tuned it to, we annotate random sentences
of the unlabelled Indonesian news in ../shared/data (idner-news-2k, MIT) and of
UD_Indonesian-PUD (CC BY-SA 4.0, fetched at build time by
``scripts/mine_between.py``) by ../shared/gold/CONVENTIONS.md, and score the
coder on them with ``peristiwa eval`` like any gold file.

kg-a (session 18) is an unread check set of the sealed set's kinds: 200 kumparan 2019
news sentences (seed 1901, public-affairs news kept in draw order) and 150 NERGrit train
sentences (seed 1902; sports, celebrity, pre-1800 text and fragments left out), annotated
blind: 17 events in 15 of 350 cases. kg-b (session 18): the sentences of idner-news-2k and
NERGrit train with at least two person or organisation spans by the corpora's own NER tags
(``--min-entities 2``; idner seed 1911, all 254 unused, 248 kept; NERGrit seed 1912, the
first 150 kept of 522 drawn), annotated blind: 79 events in 59 of 398 cases. Score both in
aggregate only; never read or dump them.

The committed annotation (``bench/silver/*.jsonl``) holds no corpus text: a case
is its corpus and sentence number, its date and its events. ``build`` puts the
text back from the corpus. Sentences that occur in a gold file are never drawn.

    python scripts/silver.py draw --corpus idner --seed 131 --n 250 --out /tmp/todo.jsonl
    (corpora: idner, nerp, pud, kumparan (nlp-id 0.1.23.0, fetched), nergrit, ud (the Indonesian GSD
    dev/test and CSUI treebanks in ../shared/data: corpora the sealed set does not draw from, so
    annotation of them may train learned parts; --min-entities counts proper-noun spans there))
    python scripts/silver.py draw --corpus nergrit --min-entities 2 --seed 1912 --n 150 --out /tmp/todo.jsonl
    python scripts/silver.py strip /tmp/annotated.jsonl > bench/silver/idner-a.jsonl
    python scripts/silver.py build bench/silver/idner-a.jsonl > /tmp/idner-a.gold.jsonl
    peristiwa eval /tmp/idner-a.gold.jsonl --json
"""

from __future__ import annotations

import argparse
import collections
import functools
import glob
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mine_between  # noqa: E402

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
SILVER = Path(__file__).resolve().parents[1] / "bench" / "silver"


def _norm(s: str) -> str:
    return re.sub(r"\W+", "", s).lower()


CORPORA = ("idner", "nerp", "pud", "kumparan", "nergrit", "ud")


def root_words() -> set[str]:
    """Sastrawi's dictionary of Indonesian root words (a dependency of peristiwa)."""
    import Sastrawi
    return set((Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt").read_text().split())


NLP_ID = "nlp-id==0.1.23.0"
CLITICS = {"nya", "lah", "kah", "ku", "mu"}
PUN_HOSTS = {"meski", "walau", "ada", "sekali", "biar", "kendati", "bagaimana", "apa"}


@functools.lru_cache(maxsize=1)
def kumparan_words() -> tuple[tuple[str, ...], ...]:
    """The kumparan sentences of nlp-id (fetched at build time; the version is pinned, so that case
    numbers stay put) as word lists, in corpus order."""
    text = mine_between.wheel_member(NLP_ID, "nlp_id-*", "nlp_id/data/dataset_postag.txt")
    out, words = [], []
    for line in text.splitlines() + [""]:
        word = line.split("\t")[0].strip()
        if word:
            words.append(word)
        elif words:
            out.append(tuple(words))
            words = []
    return tuple(out)


def perturbed(sents: tuple[tuple[str, ...], ...]) -> set[int]:
    """Artificially perturbed copies (CONVENTIONS §5.1). A sibling sentence differs in one word only and
    this sentence's word there is a stem + "i" (*tolaki* beside *menolak*; or two such words side by
    side, *ujari* / *tambahi*). A word found so in most of its uses (*lakui*, *buati*) marks every
    sentence that holds it, which catches copies whose original is not in the corpus."""
    groups: dict = {}
    for n, s in enumerate(sents):
        for i in range(len(s)):
            groups.setdefault((tuple(s[:i]), tuple(s[i + 1:])), []).append((n, i))
    out, marks = set(), collections.Counter()
    for group in groups.values():
        for a, i in group:
            w = sents[a][i]
            if len(w) >= 4 and w.endswith("i") and any(
                    sents[b][i] != w and (w[:-1].lower() in sents[b][i].lower()
                                          or (len(w) >= 5 and len(sents[b][i]) >= 5 and sents[b][i].endswith("i")))
                    for b, _ in group):
                out.add(a)
                marks[w] += 1
    uses = collections.Counter(w for s in sents for w in s)
    marked = {w for w, k in marks.items() if k >= 2 and k >= uses[w] / 2}
    # a word of the shape stem + "i" that is no root word itself (*mulai*, *pakai* are);
    # a few real words go too (*soroti*), which only narrows the draw
    roots = root_words()
    marked |= {w for w in uses if len(w) >= 5 and w.islower() and w.endswith("i") and w not in roots
               and w[:-1] in roots}
    return out | {n for n, s in enumerate(sents) if marked & set(s)}


def join_kumparan(words: tuple[str, ...]) -> str:
    """Join tokens as the gold files do (CONVENTIONS §5.1): clitics and *pun* rejoined, "/" closed up."""
    out: list[str] = []
    for w in words:
        if out and (w in CLITICS or (w == "pun" and out[-1].lower() in PUN_HOSTS)):
            out[-1] += w
        elif out and len(out) >= 2 and out[-1] == "/":
            out[-2:] = [out[-2] + "/" + w]
        else:
            out.append(w)
    return mine_between.detok(out)


def kumparan_rows() -> list[tuple[str, str]]:
    return [("kumparan:dataset_postag", join_kumparan(s)) for s in kumparan_words()]


def undrawable(corpus: str) -> set[str]:
    """Case ids a draw skips: the perturbed copies of the kumparan corpus."""
    if corpus != "kumparan":
        return set()
    return {f"kumparan:dataset_postag:{n + 1}" for n in perturbed(kumparan_words())}


def sentences(corpus: str) -> list[tuple[str, str]]:
    """(case id, text) for every sentence of a corpus, numbered in corpus order."""
    if corpus in ("idner", "nerp", "nergrit"):
        part = {"idner": "idner-news-2k", "nerp": "ner:nerp/", "nergrit": "ner:nergrit/train"}[corpus]
        rows = [(src, s) for src, s in mine_between.ner_sentences() if part in src]
    elif corpus == "pud":
        rows = list(mine_between.pud_sentences())
    elif corpus == "kumparan":
        rows = kumparan_rows()
    elif corpus == "ud":
        rows = list(mine_between.ud_sentences())
    else:
        raise SystemExit(f"silver: unknown corpus {corpus!r} ({', '.join(CORPORA)})")
    out, counts = [], {}
    for src, s in rows:
        key = src.split(":", 1)[-1]
        counts[key] = counts.get(key, 0) + 1
        out.append((f"{corpus}:{key}:{counts[key]}", re.sub(r"\s+", " ", s).strip()))
    return out


# The gold NER tags of each NER corpus that name a person or an organisation (idner-news-2k: PER, ORG;
# NERGrit: PERSON, ORGANISATION; NERP: PPL, IND; places, events and food are not counted).
ACTOR_TAGS = {"idner": {"PER", "ORG"}, "nergrit": {"PERSON", "ORGANISATION"}, "nerp": {"PPL", "IND"}}


def count_spans(tags: list[str], kinds: set[str]) -> int:
    """Entity spans of the given kinds in one sentence's IOB tags: a B- tag opens a span, and so does an
    I- tag that does not continue a span of its kind (IOB1, or a tagging slip)."""
    n, prev = 0, "O"
    for tag in tags:
        kind = tag[2:] if tag[:2] in ("B-", "I-") else ""
        if kind in kinds and (tag.startswith("B-") or prev[2:] != kind):
            n += 1
        prev = tag
    return n


def propn_counts() -> dict[str, int]:
    """Case id -> the number of proper-noun spans (runs of UPOS PROPN words) in each sentence of the UD
    treebanks, numbered as ``sentences("ud")`` numbers them: the treebanks' own gold tags."""
    out, counts = {}, {}
    for f in sorted(glob.glob(str(mine_between.DATA / "ud" / "UD_Indonesian-*" / "*.conllu"))):
        key, n, prev = "ud:" + Path(f).name, 0, ""
        for line in open(f, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if line.startswith("# text = "):
                n, prev = 0, ""
            elif len(cols) == 10 and cols[0].isdigit():
                n += cols[3] == "PROPN" and prev != "PROPN"
                prev = cols[3]
            elif not line.strip() and prev:
                counts[key] = counts.get(key, 0) + 1
                out[f"ud:{key.split(':', 1)[1]}:{counts[key]}"] = n
                prev = ""
    return out


def entity_counts(corpus: str) -> dict[str, int]:
    """Case id -> the number of person and organisation spans the corpus's gold NER tags mark in it. The
    files are read as mine_between.ner_sentences reads them, so ids number the same sentences. For the
    UD treebanks (no NER tags): proper-noun spans by their gold UPOS tags."""
    if corpus == "ud":
        return propn_counts()
    if corpus not in ACTOR_TAGS:
        raise SystemExit(f"silver: --min-entities needs a corpus with gold NER tags ({', '.join(ACTOR_TAGS)})")
    part = {"idner": "idner-news-2k", "nergrit": "nergrit/train", "nerp": "nerp/"}[corpus]
    out, counts = {}, {}
    for f in sorted(glob.glob(str(mine_between.DATA / "ner-id" / "*" / "*.txt"))):
        key = "/".join(Path(f).parts[-2:])
        if "README" in f or "LICENSE" in f or part not in key:
            continue
        tags: list[str] = []
        for line in list(open(f, encoding="utf-8")) + [""]:
            parts = line.split()
            if parts:
                tags.append(parts[-1] if len(parts) >= 2 else "O")
            elif tags:
                counts[key] = counts.get(key, 0) + 1
                out[f"{corpus}:{key}:{counts[key]}"] = count_spans(tags, ACTOR_TAGS[corpus])
                tags = []
    return out


def gold_texts() -> set[str]:
    seen = set()
    for f in GOLD.glob("*.jsonl"):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                seen.add(_norm(json.loads(line)["text"]))
    return seen


def silver_texts() -> set[str]:
    """The texts of every committed silver set (bench/silver/*.jsonl and second/*.jsonl): a new draw
    never repeats a sentence already annotated, in whatever corpus it was found."""
    ids = set()
    for f in sorted(SILVER.glob("*.jsonl")) + sorted(SILVER.glob("second/*.jsonl")):
        ids |= {json.loads(line)["id"] for line in open(f, encoding="utf-8") if line.strip()}
    seen = set()
    for corpus in sorted({i.split(":", 1)[0] for i in ids}):
        seen |= {_norm(s) for i, s in sentences(corpus) if i in ids}
    return seen


def draw(args) -> None:
    """A random sample (fixed seed) of the corpus's sentences of 40 characters or more that are in no
    gold case (nor part of a gold passage), in no committed silver set, and drawn once each. With
    --min-entities N (NER corpora only) a sentence needs N person or organisation spans by the corpus's
    own gold NER tags: a denser draw of political-looking text that owes nothing to our coder or lexicon.
    NERP sentences that repeat an idner-news-2k sentence (scripts/nerp_idner_dups.py) are not drawn."""
    gold = gold_texts()
    seen, passages = gold | silver_texts(), "\n".join(gold)
    rows, texts, skip = [], set(), undrawable(args.corpus)
    if args.corpus == "nerp":
        # NERP repeats idner-news-2k text (a corpus of the sealed set): such sentences are not drawn
        import nerp_idner_dups
        skip |= set(nerp_idner_dups.repeated_ids(dict(sentences("nerp"))))
    spans = entity_counts(args.corpus) if args.min_entities else {}
    for i, s in sentences(args.corpus):
        if spans and spans[i] < args.min_entities:
            continue
        if i not in skip and len(s) >= 40 and _norm(s) not in seen and _norm(s) not in texts and _norm(s) not in passages:
            rows.append((i, s))
            texts.add(_norm(s))
    random.Random(args.seed).shuffle(rows)
    with open(args.out, "w", encoding="utf-8") as f:
        for i, s in rows[: args.n]:
            f.write(json.dumps({"id": i, "lang": "id", "text": s, "published": None, "events": []},
                               ensure_ascii=False) + "\n")


def strip(args) -> None:
    for line in open(args.file, encoding="utf-8"):
        if line.strip():
            case = json.loads(line)
            case.pop("text", None)
            print(json.dumps(case, ensure_ascii=False))


def build(args) -> None:
    cases = [json.loads(line) for line in open(args.file, encoding="utf-8") if line.strip()]
    texts = {}
    for corpus in sorted({c["id"].split(":", 1)[0] for c in cases}):
        texts.update(sentences(corpus))
    for case in cases:
        if case["id"] not in texts:
            raise SystemExit(f"silver: {args.file}: case {case['id']} is not in its corpus")
        print(json.dumps({"id": case["id"], "lang": case.get("lang", "id"), "text": texts[case["id"]],
                          **{k: v for k, v in case.items() if k not in ("id", "lang", "text")}},
                         ensure_ascii=False))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--corpus", choices=CORPORA, required=True)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--n", type=int, default=250)
    d.add_argument("--out", required=True)
    d.add_argument("--min-entities", type=int, default=0,
                   help="keep sentences with at least N gold person/organisation spans (idner, nergrit) "
                        "or proper-noun spans (ud)")
    for name in ("strip", "build"):
        p = sub.add_parser(name)
        p.add_argument("file")
    args = ap.parse_args()
    {"draw": draw, "strip": strip, "build": build}[args.cmd](args)


if __name__ == "__main__":
    main()
