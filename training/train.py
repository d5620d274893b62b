"""The recipe that trains peristiwa's tagger-parsers from Universal Dependencies.

    python -m training.train --lang id en [--shared ../shared/data] [--work build/train]
    (or: make models; run from the repository root)

For each language it

1. converts the CoNLL-U treebanks to spaCy's format, multiword tokens
   merged back into the surface words peristiwa's tokenizer produces
   ("pihaknya", not "pihak" + "nya"), one sentence per document (peristiwa
   parses sentence by sentence), where the conventions of two treebanks
   differ the one of the test treebank (``harmonize``, see harmonize.py);
2. trains a spaCy pipeline (tok2vec -> morphologizer + parser) on CPU with
   the committed config ``training/configs/<lang>.cfg`` and a fixed seed;
   Indonesian on UD_Indonesian-CSUI train + UD_Indonesian-GSD dev (GSD's
   train split is not in ../shared; its dev sentences seen three times), with
   a tenth of each treebank held out for model selection; English on UD_English-EWT train, EWT dev held out;
3. evaluates the best model on the test sets (GSD test and CSUI test;
   EWT test) the UD way (``udeval.py``) and writes the scores and the
   training minutes to ``models/<lang>/metrics.json``;
4. installs the model into ``src/peristiwa/syntax/models/<lang>/``.

The same inputs and seed give the same model.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from pathlib import Path

from training import CONFIGS, MODELS, ROOT
from training.harmonize import HARMONIZE
from training.udeval import gold_sentences, score

SEED = 13

TREEBANKS = {
    "id": {
        "train": ["UD_Indonesian-CSUI/id_csui-ud-train.conllu", "UD_Indonesian-GSD/id_gsd-ud-dev.conllu"],
        # GSD's conventions (compound for noun-noun, ...) differ from CSUI's; its
        # sentences are seen three times so the model follows GSD where they differ
        "repeat": {"UD_Indonesian-GSD/id_gsd-ud-dev.conllu": 3},
        # CSUI writes nmod for an unmarked noun modifying a noun ("sifat cahaya"),
        # GSD compound (GSD dev: 744 compound to 38 nmod; CSUI train: 3 to 1,853)
        "harmonize": {"UD_Indonesian-CSUI/id_csui-ud-train.conllu": "noun_compounds"},
        "dev": None,  # a tenth of the training sentences
        "test": {"GSD": "UD_Indonesian-GSD/id_gsd-ud-test.conllu",
                 "CSUI": "UD_Indonesian-CSUI/id_csui-ud-test.conllu"},
    },
    "en": {
        "train": ["UD_English-EWT/en_ewt-ud-train.conllu"],
        "dev": ["UD_English-EWT/en_ewt-ud-dev.conllu"],
        "test": {"EWT": "UD_English-EWT/en_ewt-ud-test.conllu"},
    },
}


def read_conllu(paths: list[Path], harmonize: str | None = None) -> list:
    """One document per sentence (peristiwa parses sentence by sentence),
    multiword tokens merged into surface words."""
    from spacy.training.converters import conllu_to_docs

    docs = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if harmonize:
            text = HARMONIZE[harmonize](text)
        docs.extend(conllu_to_docs(text, n_sents=1, merge_subtokens=True, no_print=True))
    return docs


def prepare(lang: str, ud: Path, work: Path) -> dict[str, Path]:
    from spacy.tokens import DocBin

    spec = TREEBANKS[lang]
    work.mkdir(parents=True, exist_ok=True)
    repeat = spec.get("repeat", {})
    harmonize = spec.get("harmonize", {})
    parts = [(read_conllu([ud / p], harmonize.get(p)), repeat.get(p, 1)) for p in spec["train"]]
    train: list = []
    dev: list = [] if not spec["dev"] else read_conllu([ud / p for p in spec["dev"]])
    rng = random.Random(SEED)
    for docs, times in parts:
        if not spec["dev"]:  # hold out a tenth of each treebank for model selection
            rng.shuffle(docs)
            n = max(1, len(docs) // 10)
            dev.extend(docs[:n])
            docs = docs[n:]
        train.extend(docs * times)
    rng.shuffle(train)
    out = {"train": work / "train.spacy", "dev": work / "dev.spacy"}
    DocBin(docs=train).to_disk(out["train"])
    DocBin(docs=dev).to_disk(out["dev"])
    print(f"[{lang}] {len(train)} training sentences (repeats counted), {len(dev)} held out")
    return out


def run_training(config: Path, data: dict[str, Path], work: Path, steps: int | None,
                 seed: int = SEED, label: str = "") -> tuple[Path, float]:
    """spaCy training with a committed config and fixed seed: (best model, minutes)."""
    from spacy.cli.train import train as spacy_train

    overrides = {"paths.train": str(data["train"]), "paths.dev": str(data["dev"]),
                 "system.seed": seed}
    if steps:
        overrides["training.max_steps"] = steps
    out = work / "output"
    t0 = time.perf_counter()
    spacy_train(config, out, overrides=overrides)
    minutes = (time.perf_counter() - t0) / 60
    print(f"[{label}] trained in {minutes:.1f} min")
    return out / "model-best", minutes


def evaluate(lang: str, model: Path, ud: Path) -> dict:
    """UD-style scores on each test set (see udeval.py: gold words, every
    word counted, universal relations)."""
    from dataclasses import asdict

    import spacy

    nlp = spacy.load(model)
    scores = {}
    for name, rel in TREEBANKS[lang]["test"].items():
        scores[name] = asdict(score(nlp, gold_sentences(ud / rel)))
        print(f"[{lang}] {name}: {scores[name]}")
    return scores


def install_model(model: Path, name: str, meta: dict) -> Path:
    """Copy a trained pipeline into ``syntax/models/<name>/`` with an empty
    tokenizer (peristiwa gives the models its own tokens) and ``metrics.json``."""
    import spacy
    from spacy.tokenizer import Tokenizer

    dest = MODELS / name
    if dest.exists():
        shutil.rmtree(dest)
    nlp = spacy.load(model)
    nlp.tokenizer = Tokenizer(nlp.vocab)
    dest.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(dest)
    (dest / "metrics.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file()) / 1e6
    print(f"[{name}] installed {dest.relative_to(ROOT)} ({size:.1f} MB)")
    return dest


def install(lang: str, model: Path, scores: dict, minutes: float | None = None) -> Path:
    return install_model(model, lang, {"lang": lang, "seed": SEED, "treebanks": TREEBANKS[lang],
                                       "test": scores, "train_minutes": minutes,
                                       "recipe": "python -m training.train --lang " + lang})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", nargs="+", default=["id", "en"], choices=sorted(TREEBANKS))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "train")
    ap.add_argument("--steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--config", type=Path, default=None,
                    help="another spaCy config (experiments); default training/configs/<lang>.cfg")
    ap.add_argument("--no-install", action="store_true", help="train and evaluate only")
    args = ap.parse_args()
    for lang in args.lang:
        work = args.work / lang
        data = prepare(lang, args.shared / "ud", work)
        config = args.config or CONFIGS / f"{lang}.cfg"
        best, minutes = run_training(config, data, work, args.steps, label=lang)
        scores = evaluate(lang, best, args.shared / "ud")
        if not args.no_install:
            install(lang, best, scores, round(minutes, 1))


if __name__ == "__main__":
    main()
