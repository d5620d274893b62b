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


def load_model(path: Path):
    """A committed spaCy pipeline, without the tokenizer it was saved with.

    peristiwa always hands the models its own tokens (``Doc(words=...)``), so
    the language's tokenizer, whose 16,000 Indonesian exceptions take seconds
    to compile, is replaced by a bare one and its saved data is not read."""
    import spacy
    from spacy.util import registry

    if "peristiwa.BareTokenizer.v1" not in registry.tokenizers:
        @registry.tokenizers("peristiwa.BareTokenizer.v1")
        def _bare():
            def create(nlp):
                from spacy.tokenizer import Tokenizer

                return Tokenizer(nlp.vocab)
            return create

    return spacy.load(path, exclude=["tokenizer"],
                      config={"nlp": {"tokenizer": {"@tokenizers": "peristiwa.BareTokenizer.v1"}}})


@cache
def _model(lang: str):
    return load_model(MODELS / lang) if available(lang) else None


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
