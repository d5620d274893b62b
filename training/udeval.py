"""Parser scores on a UD test set, computed the way the UD shared tasks do.

    python -m training.udeval --lang id ../shared/data/ud/UD_Indonesian-GSD/id_gsd-ud-test.conllu

The model is given each gold sentence as its gold words (peristiwa splits
sentences and tokenizes before it parses, so this is how the model is used)
and every word counts, punctuation included. As in the CoNLL 2018 evaluation
script, LAS compares the universal part of the relation ("nmod" for
"nmod:poss"). Multiword tokens are merged into their surface word, as the
training data is ("pihaknya" is one word here, two in UD), so the figures
are comparable with published gold-tokenization figures but not identical to
them.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from training import MODELS
from training.harmonize import HARMONIZE


@dataclass
class UDScores:
    sentences: int
    words: int
    UPOS: float
    UFeats: float
    UAS: float
    LAS: float
    words_per_second: int


def gold_sentences(path: Path, harmonize: str | None = None) -> list:
    """One spaCy Doc per gold sentence, multiword tokens merged; ``harmonize``
    names a conversion of harmonize.py (to score a treebank in the
    conventions the model was trained to follow)."""
    from spacy.training.converters import conllu_to_docs

    text = path.read_text(encoding="utf-8")
    if harmonize:
        text = HARMONIZE[harmonize](text)
    return list(conllu_to_docs(text, n_sents=1, merge_subtokens=True, no_print=True))


def universal(dep: str) -> str:
    dep = dep.lower()
    return dep.split(":", 1)[0]


def score(nlp, gold: list) -> UDScores:
    """Tag and parse the gold words of each sentence and compare."""
    from spacy.tokens import Doc

    # one sentence each, which the parser may not split (as in syntax/parse.py)
    docs = [Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g],
                sent_starts=[True] + [False] * (len(g) - 1))
            for g in gold]
    t0 = time.perf_counter()
    for _name, proc in nlp.pipeline:
        docs = list(proc.pipe(docs, batch_size=256))
    seconds = time.perf_counter() - t0
    words = upos = feats = uas = las = 0
    for g, p in zip(gold, docs, strict=True):
        for gt, pt in zip(g, p, strict=True):
            words += 1
            upos += gt.pos_ == pt.pos_
            feats += str(gt.morph) == str(pt.morph)
            if gt.head.i == pt.head.i:
                uas += 1
                las += universal(gt.dep_) == universal(pt.dep_)

    def pct(n: int) -> float:
        return round(100 * n / max(words, 1), 2)

    return UDScores(len(gold), words, pct(upos), pct(feats), pct(uas), pct(las),
                    int(words / max(seconds, 1e-9)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("conllu", type=Path, nargs="+")
    ap.add_argument("--lang", help="an installed model (id, en)")
    ap.add_argument("--model", type=Path, help="or a model directory")
    ap.add_argument("--harmonize", choices=sorted(HARMONIZE),
                    help="convert the gold first, as training converted CSUI")
    args = ap.parse_args()
    import spacy

    if args.model:
        nlp = spacy.load(args.model)
    else:
        nlp = spacy.load(MODELS / args.lang)
    for path in args.conllu:
        print(json.dumps({"file": path.name, **asdict(score(nlp, gold_sentences(path, args.harmonize)))}))


if __name__ == "__main__":
    main()
