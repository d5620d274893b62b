"""The recipe that trains peristiwa's named-entity recognisers (PER, ORG, LOC).

    python -m training.ner_train --lang id en [--shared ../shared/data] [--work build/ner]
    (or: make ner; run from the repository root)

For each language it

1. reads the NER corpora in ``../shared/data/ner-<lang>/`` and maps their
   labels onto one set, PER / ORG / LOC (everything else is O), repairing
   IOB1 and stray I- tags into IOB2;
   Indonesian: idner-news-2k train, its dev set held out for model
   selection, its test set for the figures; NERGrit (PERSON -> PER,
   ORGANISATION -> ORG, PLACE -> LOC) can be added but lowered the dev score
   (with or without its PLACE names, two seeds each), so it is not trained on;
   English: wikigold (MISC dropped) + three quarters of the UNER English-EWT
   dev documents, repeated three times (the only text in the test set's
   domain and annotation scheme), the other quarter held out for model
   selection, UNER English-EWT test for the figures (UNER's train split is
   not in ../shared); re3d can be read (Person / Organisation / Location,
   leading determiners and pronoun "entities" removed, see ``_re3d_span``)
   but lowered the held-out score, so it is not trained on;
2. trains a spaCy pipeline (tok2vec -> ner) on CPU, one thread, with the
   committed config ``training/configs/ner-<lang>.cfg`` and seed 13, on the
   corpora's own tokens (peristiwa hands the recogniser its own tokens too);
3. scores the best model on the test set over the gold tokens (exact span
   and label match, per label and overall) and writes the scores, the data
   used and the training time to ``models/ner-<lang>/metrics.json``;
4. installs the model into ``src/peristiwa/syntax/models/ner-<lang>/``.

``--train`` replaces the training sources for ablations, e.g.
``--lang id --train 'idner-train*2' nergrit-train nergrit-valid --no-install``
(``*2``: repeated twice). The same inputs and seed give the same model.
"""

from __future__ import annotations

import os

# one thread: other work shares the two cores, and it keeps runs reproducible
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

from training import CONFIGS, ROOT  # noqa: E402
from training.train import install_model, run_training  # noqa: E402

SEED = 13
LABELS = ("PER", "ORG", "LOC")

Sentence = tuple[list[str], list[str]]  # words, IOB2 tags over LABELS
Document = list[Sentence]

# ---------------------------------------------------------------- readers


def _blocks(path: Path, sep: str | None) -> Iterator[list[list[str]]]:
    """Blank-line separated blocks of split lines; '#' comments and -DOCSTART- kept as rows."""
    block: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            if block:
                yield block
            block = []
            continue
        block.append(line.split(sep))
    if block:
        yield block


MISSING = "-"  # a token whose annotation is unknown (neither an entity nor O)


def iob2(tags: list[str], mapping: dict[str, str]) -> list[str]:
    """IOB1/IOB2 tags with source types -> IOB2 tags over LABELS (unmapped types -> O,
    types mapped to MISSING -> MISSING)."""
    out, prev = [], None
    for tag in tags:
        if tag == "O" or "-" not in tag:
            out.append("O")
            prev = None
            continue
        prefix, kind = tag.split("-", 1)
        label = mapping.get(kind)
        if label is None or label == MISSING:
            out.append(label or "O")
            prev = None
            continue
        if prefix == "B" or label != prev:
            out.append("B-" + label)
        else:
            out.append("I-" + label)
        prev = label
    return out


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, label) of IOB2 tags."""
    out: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            out.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-") and out and out[-1][1] == i and out[-1][2] == tag[2:]:
            out[-1] = (out[-1][0], i + 1, tag[2:])
    return out


def _tags_of(n: int, found: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for s, e, label in found:
        tags[s] = "B-" + label
        for k in range(s + 1, e):
            tags[k] = "I-" + label
    return tags


SAME = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def read_idner(path: Path) -> list[Document]:
    """idner-news-2k: ``word UPOS TAG``, IOB2 PER/ORG/LOC; one document per sentence."""
    docs = []
    for block in _blocks(path, None):
        words = [r[0] for r in block]
        docs.append([(words, iob2([r[-1] for r in block], SAME))])
    return docs


def read_nergrit(path: Path, places: str = "LOC") -> list[Document]:
    """NERGrit (IndoNLU): ``word<TAB>TAG``, IOB2 PERSON/ORGANISATION/PLACE.

    ``places=MISSING`` leaves its PLACE names unannotated rather than LOC: its
    PLACE is wider than idner-news-2k's LOC (the dev set's LOC precision drops
    when they are trained on)."""
    mapping = {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": places}
    docs = []
    for block in _blocks(path, "\t"):
        docs.append([([r[0] for r in block], iob2([r[-1] for r in block], mapping))])
    return docs


def read_uner(path: Path) -> list[Document]:
    """UNER: CoNLL-U-like, ``ID TOKEN TAG - annotator``; documents by ``# newdoc``."""
    docs: list[Document] = []
    for block in _blocks(path, "\t"):
        if any(r[0].startswith("# newdoc") for r in block) or not docs:
            docs.append([])
        rows = [r for r in block if not r[0].startswith("#")]
        docs[-1].append(([r[1] for r in rows], iob2([r[2] for r in rows], SAME)))
    return docs


def read_wikigold(path: Path) -> list[Document]:
    """wikigold: ``word TAG``, IOB1 PER/ORG/LOC/MISC (MISC dropped); -DOCSTART- documents."""
    docs: list[Document] = []
    for block in _blocks(path, " "):
        if block[0][0] == "-DOCSTART-":
            docs.append([])
            block = block[1:]
            if not block:
                continue
        if not docs:
            docs.append([])
        docs[-1].append(([r[0] for r in block], iob2([r[-1] for r in block], SAME)))
    return docs


_DETERMINERS = {"the", "a", "an", "our", "their", "its", "his", "her", "my", "your", "this",
                "these", "those", "that"}
_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them",
             "who", "whom", "myself", "ourselves", "himself", "herself", "themselves"}


def _re3d_span(words: list[str], start: int, end: int) -> tuple[int, int] | None:
    """re3d marks "the Kurdish YPG", pronouns and "a spokesman" as entities; UNER (the
    test set) marks names. Leading determiners go, and a span keeps only if it still
    starts with a capitalised word that is not a pronoun."""
    while start < end and words[start].lower() in _DETERMINERS:
        start += 1
    if start == end or not words[start][:1].isupper():
        return None
    if end - start == 1 and words[start].lower() in _PRONOUNS:
        return None
    return start, end


def read_re3d(folder: Path) -> list[Document]:
    """re3d (non-BBC sources): ``word<TAB>TAG``, IOB2 with ten classes, three kept."""
    mapping = {"Person": "PER", "Organisation": "ORG", "Location": "LOC"}
    docs = []
    for path in sorted(folder.glob("*/*.conll")):
        doc = []
        for block in _blocks(path, "\t"):
            words = [r[0] for r in block]
            found = []
            for s, e, label in spans(iob2([r[-1] for r in block], mapping)):
                kept = _re3d_span(words, s, e)
                if kept:
                    found.append((*kept, label))
            doc.append((words, _tags_of(len(words), found)))
        docs.append(doc)
    return docs


# name -> (path under --shared, reader)
SOURCES: dict[str, tuple[str, Callable[[Path], list[Document]]]] = {
    "idner-train": ("ner-id/idner-news-2k/train.txt", read_idner),
    "idner-dev": ("ner-id/idner-news-2k/dev.txt", read_idner),
    "idner-test": ("ner-id/idner-news-2k/test.txt", read_idner),
    "nergrit-train": ("ner-id/nergrit/train_preprocess.txt", read_nergrit),
    "nergrit-valid": ("ner-id/nergrit/valid_preprocess.txt", read_nergrit),
    "nergrit-train-noplace": ("ner-id/nergrit/train_preprocess.txt",
                              lambda p: read_nergrit(p, MISSING)),
    "nergrit-valid-noplace": ("ner-id/nergrit/valid_preprocess.txt",
                              lambda p: read_nergrit(p, MISSING)),
    "uner-dev": ("ner-en/UNER_English-EWT/en_ewt-ud-dev.iob2", read_uner),
    "uner-test": ("ner-en/UNER_English-EWT/en_ewt-ud-test.iob2", read_uner),
    "wikigold": ("ner-en/wikigold/wikigold.conll.txt", read_wikigold),
    "re3d": ("ner-en/re3d", read_re3d),
}

# "dev": sources held out for model selection; "split": a source whose documents
# are divided, a quarter held out for model selection and the rest trainable (named
# in "train" to be trained on). "name*k" in "train" repeats a source k times.
CORPORA = {
    "id": {
        "train": ["idner-train"],
        "dev": ["idner-dev"],
        "split": None,
        "test": {"idner-news-2k": "idner-test"},
    },
    "en": {
        "train": ["wikigold", "uner-dev*3"],
        "dev": [],
        "split": "uner-dev",
        "test": {"UNER_English-EWT": "uner-test"},
    },
}


def load(name: str, shared: Path) -> list[Document]:
    """A source's documents; ``name*k`` repeats them k times (weighting a small corpus)."""
    name, _, times = name.partition("*")
    rel, reader = SOURCES[name]
    return reader(shared / rel) * int(times or 1)


def sentences(docs: list[Document]) -> list[Sentence]:
    return [s for d in docs for s in d if s[0]]


def to_docs(vocab, sents: list[Sentence]) -> list:
    """One spaCy Doc per sentence, entities set from the IOB2 tags."""
    from spacy.tokens import Doc, Span

    out = []
    for words, tags in sents:
        doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
        missing = [Span(doc, i, i + 1) for i, t in enumerate(tags) if t == MISSING]
        doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in spans(tags)],
                     missing=missing, default="outside")
        out.append(doc)
    return out


def _count(sents: list[Sentence]) -> dict:
    ents: dict[str, int] = dict.fromkeys(LABELS, 0)
    for _, tags in sents:
        for *_, label in spans(tags):
            ents[label] += 1
    return {"sentences": len(sents), "tokens": sum(len(w) for w, _ in sents), "entities": ents}


def prepare(lang: str, shared: Path, work: Path, train_names: list[str] | None) -> dict:
    import spacy
    from spacy.tokens import DocBin

    spec = CORPORA[lang]
    names = train_names if train_names is not None else spec["train"]
    held: list[Document] = []
    kept: list[Document] = []
    if spec["split"]:  # a quarter of its documents held out, the rest trainable
        docs = load(spec["split"], shared)
        random.Random(SEED).shuffle(docs)
        n = max(1, len(docs) // 4)
        held, kept = docs[:n], docs[n:]
    train: list[Sentence] = []
    used: dict = {"train": [], "dev": list(spec["dev"])}
    for name in names:
        base, _, times = name.partition("*")
        if base == spec["split"]:
            train += sentences(kept) * int(times or 1)
            used["train"].append(f"{name} (3/4 of its {len(kept) + len(held)} documents, "
                                 f"shuffled with seed {SEED})")
        else:
            train += sentences(load(name, shared))
            used["train"].append(name)
    dev = sentences([d for n in spec["dev"] for d in load(n, shared)]) + sentences(held)
    if held:
        used["dev"].append(f"{spec['split']} (the other {len(held)} documents)")
    work.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank(lang).vocab
    out = {"train": work / "train.spacy", "dev": work / "dev.spacy", "test": {}}
    DocBin(docs=to_docs(vocab, train)).to_disk(out["train"])
    DocBin(docs=to_docs(vocab, dev)).to_disk(out["dev"])
    used["sizes"] = {"train": _count(train), "dev": _count(dev)}
    for name, source in spec["test"].items():
        out["test"][name] = sentences(load(source, shared))
        used["sizes"][f"test {name}"] = _count(out["test"][name])
    every = [*names, *spec["dev"], *spec["test"].values()]
    used["files"] = {n: SOURCES[n][0] for n in (m.partition("*")[0] for m in every)}
    out["used"] = used
    print(f"[{lang}] train {used['sizes']['train']}\n[{lang}] dev {used['sizes']['dev']}")
    return out


def train(lang: str, data: dict, work: Path, steps: int | None, seed: int = SEED,
          config: Path | None = None) -> tuple[Path, float]:
    return run_training(config or CONFIGS / f"ner-{lang}.cfg", data, work, steps, seed, lang)


def score(gold: list[Sentence], predicted: list[list[tuple[int, int, str]]]) -> dict:
    """Exact-match span P/R/F per label and overall (micro), with counts."""
    counts = {label: [0, 0, 0] for label in LABELS}  # tp, fp, fn
    for (_, tags), pred in zip(gold, predicted, strict=True):
        g, p = set(spans(tags)), set(pred)
        for *_, label in g & p:
            counts[label][0] += 1
        for *_, label in p - g:
            counts[label][1] += 1
        for *_, label in g - p:
            counts[label][2] += 1

    def prf(tp: int, fp: int, fn: int) -> dict:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"P": round(p, 4), "R": round(r, 4), "F": round(f, 4), "gold": tp + fn,
                "predicted": tp + fp}

    result = {"overall": prf(*(sum(c[k] for c in counts.values()) for k in range(3)))}
    result.update({label: prf(*c) for label, c in counts.items()})
    return result


def predict(nlp, sents: list[Sentence]) -> list[list[tuple[int, int, str]]]:
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=w, spaces=[True] * (len(w) - 1) + [False]) for w, _ in sents]
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(docs)]


def evaluate(lang: str, model: Path, data: dict) -> dict:
    import spacy

    nlp = spacy.load(model)
    scores = {}
    for name, sents in data["test"].items():
        t0 = time.perf_counter()
        pred = predict(nlp, sents)
        wps = sum(len(w) for w, _ in sents) / (time.perf_counter() - t0)
        scores[name] = score(sents, pred)
        scores[name]["words_per_second"] = int(wps)
        for key, s in scores[name].items():
            if isinstance(s, dict):
                print(f"[{lang}] {name} {key:7} P {s['P']:.3f} R {s['R']:.3f} F {s['F']:.3f}"
                      f" (gold {s['gold']}, predicted {s['predicted']})")
    return scores


def install(lang: str, model: Path, scores: dict, used: dict, minutes: float) -> Path:
    meta = {"lang": lang, "seed": SEED, "labels": list(LABELS), "data": used,
            "test": scores, "scoring": "exact span and label match over the gold tokens",
            "training_minutes": round(minutes, 1), "threads": 1,
            "recipe": "python -m training.ner_train --lang " + lang}
    return install_model(model, f"ner-{lang}", meta)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", nargs="+", default=["id", "en"], choices=sorted(CORPORA))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "ner")
    ap.add_argument("--train", nargs="+", default=None, metavar="SOURCE[*K]",
                    help="replace the training sources (ablations; one language only): "
                    + ", ".join(SOURCES) + "; *K repeats a source K times")
    ap.add_argument("--steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--seed", type=int, default=SEED,
                    help="training seed (variance checks; the data split keeps seed 13)")
    ap.add_argument("--config", type=Path, default=None,
                    help="another config than configs/ner-<lang>.cfg (experiments)")
    ap.add_argument("--no-install", action="store_true", help="train and evaluate only")
    args = ap.parse_args()
    if args.train and len(args.lang) > 1:
        ap.error("--train applies to one language at a time")
    for name in args.train or []:
        if name.partition("*")[0] not in SOURCES:
            ap.error(f"unknown source {name!r}")
    for lang in args.lang:
        work = args.work / lang
        data = prepare(lang, args.shared, work, args.train)
        best, minutes = train(lang, data, work, args.steps, args.seed, args.config)
        scores = evaluate(lang, best, data)
        if not args.no_install:
            install(lang, best, scores, data["used"], minutes)


if __name__ == "__main__":
    main()
