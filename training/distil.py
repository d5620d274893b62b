"""Distil the shipped Indonesian tagger-parser into a smaller one (#20, session 21).

    python -m training.distil corpus [--work build/distil]    # the teacher's parses, as DocBin
    python -m training.distil train  [--work build/distil] [--steps N]
    python -m training.distil install MODEL                   # (after train --no-install)
    python -m training.distil agree  MODEL [--teacher DIR]    # trees the same as the teacher's

The rules that read the tree (depread.py, the parse gate) were written against the
shipped model's trees; a smaller model trained on UD gives another tree for nine
sentences in ten (bench/RESULTS.md, "Session 20 (speed21)"). Here the smaller model
(``configs/id-distil.cfg``: the shipped recipe with a tok2vec of width 96, depth 4)
learns the shipped model's OWN annotations (UPOS, features, heads, relations) of
unlabelled text, so that it copies its trees, not UD's.

The text (none from the corpora the sealed set draws from: idner, nergrit, kumparan):

- UD Indonesian CSUI train and GSD dev sentences (their words as peristiwa tokenizes
  them), three times over: mixed-case text, like the news the coder reads;
- NERP (IndoNLU) sentences, less those that repeat an idner-news-2k sentence
  (scripts/nerp_idner_dups.py); NERP is lower case, so peristiwa's pipeline recases
  its names (``LanguagePipeline.sentences``) before the parse, as it does when coding;
  every twentieth case is held out (model selection and agreement).

The UD test sets are held out of the corpus: UAS/LAS against UD's gold and agreement
with the teacher are measured on them. Each sentence is split and tokenized by
peristiwa's own pipeline and parsed as one tree (``syntax.parse``'s way), and
training reads those words as they are (``gold_preproc``), so the student learns on
exactly the input it is given at run time. The same inputs and seed give the same
corpus and model.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from training import CONFIGS, MODELS, ROOT
from training.train import SEED, TREEBANKS, evaluate, install_model, run_training

UD_TRAIN = ("id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu")
UD_REPEAT = 3
HOLD_EVERY = 20  # every twentieth NERP case held out
CONFIG = CONFIGS / "id-distil.cfg"


def texts() -> tuple[list[str], list[str]]:
    """(training texts, held-out texts): UD train splits (repeated) and NERP cases."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import nerp_idner_dups
    import silver

    ud = [t for cid, t in silver.sentences("ud") if cid.split(":")[1] in UD_TRAIN]
    nerp = silver.sentences("nerp")
    repeats = set(nerp_idner_dups.repeated_ids(dict(nerp)))
    kept = [(cid, t) for cid, t in nerp if cid not in repeats]
    print(f"UD {len(ud)} sentences; NERP {len(nerp)} cases, {len(repeats)} repeat idner, {len(kept)} kept")
    train = ud * UD_REPEAT + [t for k, (_, t) in enumerate(kept) if k % HOLD_EVERY]
    held = [t for k, (_, t) in enumerate(kept) if not k % HOLD_EVERY]
    return train, held


def words_of(texts: list[str]) -> list[tuple[list[str], list[bool]]]:
    """Each text's sentences as peristiwa splits, tokenizes (and recases) them."""
    from peristiwa.pipeline import LanguagePipeline, _words
    from peristiwa.syntax.parse import MAX_TOKENS

    pipe = LanguagePipeline("id")
    out = []
    for text in texts:
        for sent in pipe.sentences(text):
            words, spaces = _words(sent)
            if words and len(words) <= MAX_TOKENS:
                out.append((words, spaces))
    return out


def teacher(path: Path = MODELS / "id"):
    """The shipped model as the runtime runs it (numpy GEMM, only the lexical
    attributes it reads), with its tagger."""
    from peristiwa.syntax import parse

    nlp = parse.load_model(path)
    parse._only_what_is_read(nlp)
    parse._numpy_gemm(nlp)
    return nlp


def annotate(nlp, sents: list[tuple[list[str], list[bool]]]) -> list:
    """The model's docs for the sentences, one tree each."""
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=w, spaces=s, sent_starts=[True] + [False] * (len(w) - 1))
            for w, s in sents]
    return list(nlp.pipe(docs, batch_size=64))


def as_reference(doc):
    """A training doc holding the teacher's annotations (UPOS, features, heads, relations)."""
    from spacy.tokens import Doc

    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               pos=[t.pos_ for t in doc], morphs=[str(t.morph) for t in doc],
               heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc])


def corpus(work: Path) -> None:
    from spacy.tokens import DocBin

    work.mkdir(parents=True, exist_ok=True)
    train, held = texts()
    nlp = teacher()
    rng = random.Random(SEED)
    out = {}
    for name, part in (("train", train), ("dev", held)):
        sents = words_of(part)
        docs = [as_reference(d) for d in annotate(nlp, sents)]
        if name == "train":
            rng.shuffle(docs)
        DocBin(docs=docs, attrs=["ORTH", "SPACY", "POS", "MORPH", "HEAD", "DEP", "SENT_START"]
               ).to_disk(work / f"{name}.spacy")
        out[name] = {"sentences": len(docs), "words": sum(len(d) for d in docs)}
    (work / "corpus.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(out)


def same_trees(a: list, b: list) -> dict:
    """Share of sentences whose heads and relations are all the same, and of words."""
    same_sent = same_word = words = 0
    for x, y in zip(a, b, strict=True):
        pairs = [(s.head.i, s.dep_) == (t.head.i, t.dep_) for s, t in zip(x, y, strict=True)]
        same_sent += all(pairs)
        same_word += sum(pairs)
        words += len(pairs)
    return {"sentences": len(a), "same_sentences": round(same_sent / max(1, len(a)), 4),
            "same_words": round(same_word / max(1, words), 4)}


def agree(model: Path, teacher_dir: Path, work: Path) -> dict:
    """Agreement of ``model`` with the teacher on held-out text: UD test sentences
    (gold words) and the held-out NERP sentences (peristiwa's words)."""
    from spacy.tokens import DocBin

    from training.udeval import gold_sentences

    ud = Path(ROOT.parent / "shared" / "data" / "ud")
    sets = {}
    for name, rel in TREEBANKS["id"]["test"].items():
        g = gold_sentences(ud / rel)
        sets[name] = [([t.text for t in d], [bool(t.whitespace_) for t in d]) for d in g]
    teach = teacher(teacher_dir)
    held = list(DocBin().from_disk(work / "dev.spacy").get_docs(teach.vocab))
    sets["NERP held out"] = [([t.text for t in d], [bool(t.whitespace_) for t in d]) for d in held]
    student = teacher(model)
    out = {name: same_trees(annotate(teach, s), annotate(student, s)) for name, s in sets.items()}
    print(json.dumps(out, indent=1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["corpus", "train", "install", "agree"])
    ap.add_argument("model", nargs="?", type=Path)
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "distil")
    ap.add_argument("--steps", type=int, default=None)
    ap.add_argument("--teacher", type=Path, default=MODELS / "id")
    ap.add_argument("--no-install", action="store_true")
    args = ap.parse_args()
    if args.what == "corpus":
        corpus(args.work)
    elif args.what == "train":
        data = {"train": args.work / "train.spacy", "dev": args.work / "dev.spacy"}
        best, minutes = run_training(CONFIG, data, args.work, args.steps, label="id-distil")
        if not args.no_install:
            install(best, args.work, round(minutes, 1))
    elif args.what == "install":
        install(args.model, args.work, None)
    else:
        agree(args.model, args.teacher, args.work)


def install(best: Path, work: Path, minutes: float | None) -> None:
    """Score the student on the UD test sets and install it as models/id."""
    scores = evaluate("id", best, ROOT.parent / "shared" / "data" / "ud")
    corpus_size = json.loads((work / "corpus.json").read_text(encoding="utf-8"))
    install_model(best, "id", {"lang": "id", "seed": SEED, "treebanks": TREEBANKS["id"],
                               "distilled_from": "the shipped model of session 20 (CNN 128 x 8)",
                               "distil_corpus": corpus_size, "test": scores,
                               "train_minutes": minutes,
                               "recipe": "python -m training.distil corpus && "
                                         "python -m training.distil train"})

if __name__ == "__main__":
    main()
