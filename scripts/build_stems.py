"""Build the Sastrawi stem table: Indonesian words -> what the Sastrawi stemmer gives them.

Run from the repository root:  python scripts/build_stems.py [--shared ../shared/data]
(``make stems``; ``make data`` runs it too)

Sastrawi's prefix disambiguation costs about 0.3 ms a word not seen before, and
every process paid it again for every word of its text (issue #20). The table
holds the stemmer's answer for the Indonesian vocabulary, computed once here, so
that a worker looks a known word up instead; ``text/stems.py`` still stems an
unknown word live (and caches it). The words come from

- the bundled lexicons and knowledge base (lang/id/*.txt, data/actors/*.tsv,
  data/actors.kb.tsv.gz): every word a pattern, role noun or name is written with;
- the Indonesian UD treebanks and NER sets in ../shared/data (ud/UD_Indonesian-*,
  ner-id/*), tokenised as the coder tokenises: news vocabulary in context;
- wordfreq's Indonesian list (``pip install wordfreq``; at build time only), when
  installed: the 31,000 commonest words of the web, subtitles and news.

A word is kept only where the coder would ask Sastrawi (not a root of its
dictionary, which it returns as it is; not hyphenated; with a letter), so the table
is Sastrawi's own output, whatever ``lang/id/stems.txt``'s corrections say (they
are applied over it at run time and may change without a rebuild). The table is
headed by Sastrawi's version and a digest of its root dictionary; a table built
with another Sastrawi is not used. Output: src/peristiwa/data/stems-sastrawi.txt.gz
(one ``word<TAB>stem`` line, stem left empty where it is the word itself).
The script is deterministic for the same inputs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "src" / "peristiwa"
OUT = PKG / "data" / "stems-sastrawi.txt.gz"
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def conllu_texts(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# text = "):
                yield line[9:].strip()


def token_texts(path: Path):
    """Sentences of a token-per-line NER file, joined by spaces."""
    words: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                words.append(line.split()[0])
            elif words:
                yield " ".join(words)
                words = []
    if words:
        yield " ".join(words)


def lexicon_words() -> set[str]:
    out: set[str] = set()
    files = sorted((PKG / "lang" / "id").glob("*.txt")) + sorted((PKG / "data" / "actors").glob("*.tsv"))
    for f in files:
        out.update(_WORD.findall(f.read_text(encoding="utf-8").replace("_", " ")))
    with gzip.open(PKG / "data" / "actors.kb.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            out.update(_WORD.findall(line))
    return out


def corpus_words(shared: Path) -> set[str]:
    """The tokens of the Indonesian treebanks and NER sets, as the coder's tokenizer cuts them."""
    from peristiwa.text.tokens import tokenizer

    tok = tokenizer("id")
    out: set[str] = set()
    texts = []
    for f in sorted((shared / "ud").glob("UD_Indonesian-*/*.conllu")):
        texts.extend(conllu_texts(f))
    for f in sorted((shared / "ner-id").glob("*/*.txt")):
        if f.name.startswith(("LICENSE", "README")):
            continue
        texts.extend(token_texts(f))
    for t in texts:
        out.update(w for w, _ in tok._pieces(t))
    return out


def frequent_words() -> set[str]:
    try:
        import wordfreq
    except ImportError:
        print("wordfreq is not installed: its Indonesian list is left out", file=sys.stderr)
        return set()
    return set(wordfreq.top_n_list("id", 10**6))


def sastrawi_words(words: set[str], stemmer) -> list[str]:
    """The folded words the coder would hand to Sastrawi (see Stemmer._stem)."""
    from peristiwa.text.normalize import fold

    out = set()
    for word in words:
        w = fold(word)
        if "-" in w and not w.startswith("-"):
            parts = [p for p in w.split("-") if p]
            if len(parts) == 2 and parts[0] == parts[1]:
                w = parts[0]  # reduplication: the coder stems the half
            else:
                continue
        if any(c.isalpha() for c in w) and w not in stemmer.roots:
            out.add(w)
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--sources", nargs="*", default=["lexicons", "corpora", "wordfreq"],
                    help="lexicons, corpora, wordfreq (default: all three)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    from peristiwa import lang as langdata
    from peristiwa.text import stems

    data = langdata.load("id")
    live = stems.Stemmer(data)
    words: set[str] = set()
    counts = {}
    for name, get in (("lexicons", lexicon_words), ("corpora", lambda: corpus_words(args.shared)),
                      ("wordfreq", frequent_words)):
        if name in args.sources:
            got = get()
            counts[name] = len(got)
            words |= got
    todo = sastrawi_words(words, live)
    t = time.perf_counter()
    impl = StemmerFactory().create_stemmer().stem
    rows = []
    for w in todo:
        s = impl(w)
        rows.append(f"{w}\t{'' if s == w else s}")
    took = time.perf_counter() - t
    header = stems.table_header()
    body = header + "\n" + "\n".join(rows) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(body.encode("utf-8"))
    print(json.dumps({"sources": counts, "words": len(words), "table": len(rows),
                      "sastrawi_seconds": round(took, 1), "bytes": args.out.stat().st_size}))


if __name__ == "__main__":
    main()
