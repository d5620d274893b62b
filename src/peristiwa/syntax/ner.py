"""Run the project's trained named-entity recognisers over peristiwa's own tokens.

The models (``syntax/models/ner-<lang>/``) are spaCy pipelines trained by
``training.ner_train`` (``make ner``); they are loaded from the package on first use,
never downloaded. The recogniser reads the tokens peristiwa already has, so
every span is a pair of indices into the caller's token list.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

MODELS = Path(str(resources.files("peristiwa") / "syntax" / "models"))
LABELS = frozenset({"PER", "ORG", "LOC"})
MAX_TOKENS = 500  # longer "sentences" (lists, tables) are not worth the time


def available(lang: str) -> bool:
    return (MODELS / f"ner-{lang}" / "config.cfg").is_file()


@cache
def _model(lang: str):
    if not available(lang):
        return None
    try:
        from peristiwa.syntax.parse import load_model

        return load_model(MODELS / f"ner-{lang}")  # without a tokenizer: it reads our tokens
    except Exception:  # a broken install reads as no model
        return None


def entities(lang: str, words: list[str], spaces: list[bool]) -> list[tuple[int, int, str]]:
    """(first token, last token inclusive, "PER" | "ORG" | "LOC") of each name found.

    [] when there is no model for ``lang``, for empty or over-long input, or on
    any error.
    """
    if not words or len(words) > MAX_TOKENS or len(spaces) != len(words):
        return []
    nlp = _model(lang)
    if nlp is None:
        return []
    from spacy.tokens import Doc

    try:
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return [(e.start, e.end - 1, e.label_) for e in doc.ents if e.label_ in LABELS]
    except Exception:  # a sentence the model cannot take has no entities
        return []


def entities_many(lang: str, sentences: list[tuple[list[str], list[bool]]]
                  ) -> list[list[tuple[int, int, str]]]:
    """``entities`` for many sentences at once (batched through the model: faster)."""
    nlp = _model(lang)
    if nlp is None:
        return [[] for _ in sentences]
    from spacy.tokens import Doc

    ok = [k for k, (w, s) in enumerate(sentences) if w and len(w) <= MAX_TOKENS and len(s) == len(w)]
    out: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
    try:
        docs = [Doc(nlp.vocab, words=sentences[k][0], spaces=sentences[k][1]) for k in ok]
        for _, proc in nlp.pipeline:
            docs = list(proc.pipe(docs, batch_size=64))
        for k, doc in zip(ok, docs, strict=True):
            out[k] = [(e.start, e.end - 1, e.label_) for e in doc.ents if e.label_ in LABELS]
    except Exception:  # fall back to one at a time
        return [entities(lang, w, s) for w, s in sentences]
    return out
