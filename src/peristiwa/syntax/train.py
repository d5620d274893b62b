"""The recipe that trains peristiwa's tagger-parsers from Universal Dependencies.

    python -m peristiwa.syntax.train --lang id en [--shared ../shared/data] [--work build/train]
    (or: make models)

For each language it

1. converts the CoNLL-U treebanks to spaCy's format, multiword tokens
   merged back into the surface words peristiwa's tokenizer produces
   ("pihaknya", not "pihak" + "nya");
2. trains a spaCy pipeline (tok2vec -> morphologizer + parser) on CPU with
   the committed config ``syntax/configs/<lang>.cfg`` and a fixed seed;
   Indonesian on UD_Indonesian-CSUI train + UD_Indonesian-GSD dev (GSD's
   train split is not in ../shared), with a tenth of those documents held
   out for model selection; English on UD_English-EWT train, EWT dev held out;
3. evaluates the best model on the test sets (GSD test and CSUI test;
   EWT test) and writes the scores to ``models/<lang>/metrics.json``;
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

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SEED = 13

TREEBANKS = {
    "id": {
        "train": ["UD_Indonesian-CSUI/id_csui-ud-train.conllu", "UD_Indonesian-GSD/id_gsd-ud-dev.conllu"],
        "dev": None,  # a tenth of the training documents
        "test": {"GSD": "UD_Indonesian-GSD/id_gsd-ud-test.conllu",
                 "CSUI": "UD_Indonesian-CSUI/id_csui-ud-test.conllu"},
    },
    "en": {
        "train": ["UD_English-EWT/en_ewt-ud-train.conllu"],
        "dev": ["UD_English-EWT/en_ewt-ud-dev.conllu"],
        "test": {"EWT": "UD_English-EWT/en_ewt-ud-test.conllu"},
    },
}


def read_conllu(paths: list[Path]) -> list:
    """Documents of ten sentences, multiword tokens merged into surface words."""
    from spacy.training.converters import conllu_to_docs

    docs = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        docs.extend(conllu_to_docs(text, n_sents=10, merge_subtokens=True, no_print=True))
    return docs


def prepare(lang: str, ud: Path, work: Path) -> dict[str, Path]:
    from spacy.tokens import DocBin

    spec = TREEBANKS[lang]
    work.mkdir(parents=True, exist_ok=True)
    train = read_conllu([ud / p for p in spec["train"]])
    if spec["dev"]:
        dev = read_conllu([ud / p for p in spec["dev"]])
    else:
        random.Random(SEED).shuffle(train)
        n = max(1, len(train) // 10)
        dev, train = train[:n], train[n:]
    out = {"train": work / "train.spacy", "dev": work / "dev.spacy"}
    DocBin(docs=train).to_disk(out["train"])
    DocBin(docs=dev).to_disk(out["dev"])
    for name, rel in spec["test"].items():
        out[f"test-{name}"] = work / f"test-{name}.spacy"
        DocBin(docs=read_conllu([ud / rel])).to_disk(out[f"test-{name}"])
    print(f"[{lang}] {len(train)} training documents of up to 10 sentences, {len(dev)} held out")
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


def train(lang: str, data: dict[str, Path], work: Path, steps: int | None) -> Path:
    return run_training(HERE / "configs" / f"{lang}.cfg", data, work, steps, label=lang)[0]


def evaluate(lang: str, model: Path, data: dict[str, Path]) -> dict:
    from spacy.cli.evaluate import evaluate as spacy_evaluate

    scores = {}
    for key, path in data.items():
        if not key.startswith("test-"):
            continue
        s = spacy_evaluate(str(model), path, silent=True)
        scores[key[5:]] = {
            "UPOS": round(100 * s["pos_acc"], 2),
            "UFeats": round(100 * s["morph_acc"], 2),
            "UAS": round(100 * s["dep_uas"], 2),
            "LAS": round(100 * s["dep_las"], 2),
            "words_per_second": int(s["speed"]),
        }
        print(f"[{lang}] {key[5:]}: {scores[key[5:]]}")
    return scores


def install_model(model: Path, name: str, meta: dict) -> Path:
    """Copy a trained pipeline into ``syntax/models/<name>/`` with an empty
    tokenizer (peristiwa gives the models its own tokens) and ``metrics.json``."""
    import spacy
    from spacy.tokenizer import Tokenizer

    dest = HERE / "models" / name
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


def install(lang: str, model: Path, scores: dict) -> Path:
    return install_model(model, lang, {"lang": lang, "seed": SEED, "treebanks": TREEBANKS[lang],
                                       "test": scores,
                                       "recipe": "python -m peristiwa.syntax.train --lang " + lang})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", nargs="+", default=["id", "en"], choices=sorted(TREEBANKS))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "train")
    ap.add_argument("--steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--no-install", action="store_true", help="train and evaluate only")
    args = ap.parse_args()
    for lang in args.lang:
        work = args.work / lang
        data = prepare(lang, args.shared / "ud", work)
        best = train(lang, data, work, args.steps)
        scores = evaluate(lang, best, data)
        if not args.no_install:
            install(lang, best, scores)


if __name__ == "__main__":
    main()
