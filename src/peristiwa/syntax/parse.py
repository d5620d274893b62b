"""Run the project's trained tagger-parser over peristiwa's own tokens.

The models (``syntax/models/<lang>/``) are spaCy pipelines trained by
``peristiwa.syntax.train``; they are loaded from the package, never
downloaded. Parsing uses the tokens peristiwa already has, so every head and
label lines up with the token indices the coder works with.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

MODELS = Path(str(resources.files("peristiwa") / "syntax" / "models"))
MAX_TOKENS = 200  # longer "sentences" (lists, tables) are left to the fallback reading


@dataclass(frozen=True)
class Parse:
    """A dependency tree over a sentence's tokens (indices into Sentence.tokens)."""

    heads: tuple[int, ...]
    deps: tuple[str, ...]
    pos: tuple[str, ...]

    def children(self, i: int) -> list[int]:
        return [k for k, h in enumerate(self.heads) if h == i and k != i]


def available(lang: str) -> bool:
    return (MODELS / lang / "config.cfg").is_file()


@cache
def _model(lang: str):
    import spacy

    return spacy.load(MODELS / lang) if available(lang) else None


def parse(lang: str, words: list[str], spaces: list[bool]) -> Parse | None:
    """The parse of one sentence, or None (no model, empty or over-long input)."""
    if not words or len(words) > MAX_TOKENS:
        return None
    nlp = _model(lang)
    if nlp is None:
        return None
    from spacy.tokens import Doc

    try:
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
    except Exception:  # a sentence the model cannot take is read by word order alone
        return None
    return Parse(tuple(t.head.i for t in doc), tuple(t.dep_ for t in doc), tuple(t.pos_ for t in doc))
