"""Run the project's trained tagger-parser over peristiwa's own tokens.

The models (``syntax/models/<lang>/``) are spaCy pipelines trained by
``training.train`` (``make models``); they are loaded from the package, never
downloaded. Parsing uses the tokens peristiwa already has, so every head and
label lines up with the token indices the coder works with.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

MODELS = Path(str(resources.files("peristiwa") / "syntax" / "models"))
MAX_TOKENS = 200  # longer "sentences" (lists, tables) are left to the fallback reading
# The longest sentence the coder has parsed (``Pipeline.parse_many``): the parse fills sides
# word order leaves open, and in longer sentences it changed no event of the gold files
# (953 texts) or the benchmark corpus (300 articles), and one of 191 such unlabelled corpus
# sentences (a wrong one: a place taken for the target); they hold a fifth of the words
# that ask for a parse (bench/RESULTS.md, session 24). The trees of long sentences are
# not worse (UD UAS 0.82 over 60 words, 0.85 up to 30): the parse rarely adds a side there.
CODER_MAX_TOKENS = 60
TAGGERS = ("morphologizer", "tagger")  # what ``tags=False`` does not run
# Whose matrix products the models' layers use: "numpy" (numpy's BLAS, OpenBLAS in
# its wheels, held to one thread) or "blis" (thinc's default). The same trees
# (tests/test_syntax.py compares them on the UD test sets), 16-20% less parse time.
GEMM = os.environ.get("PERISTIWA_GEMM", "numpy")


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
    from spacy.util import registry

    from peristiwa.spacy_import import spacy

    if "peristiwa.BareTokenizer.v1" not in registry.tokenizers:
        @registry.tokenizers("peristiwa.BareTokenizer.v1")
        def _bare():
            def create(nlp):
                from spacy.tokenizer import Tokenizer

                return Tokenizer(nlp.vocab)
            return create

    _no_empty_entry_point_scans()
    return spacy.load(path, exclude=["tokenizer"],
                      config={"nlp": {"tokenizer": {"@tokenizers": "peristiwa.BareTokenizer.v1"}}})


def _no_empty_entry_point_scans() -> None:
    """srsly's msgpack asks its registries of encoders and decoders for every one of
    them on each call (a model's weights are read in some fifty calls), and each ask
    searches every installed package's entry points (catalogue, through
    importlib.metadata) for ones of the registry's group: a fifth of loading a model.
    catalogue reads the installed entry points once, when it is imported, so a group
    with none then has none ever: such a registry is told not to search (the same
    encoders and decoders, those registered in code)."""
    from srsly import msgpack

    for registry in (msgpack.msgpack_encoders, msgpack.msgpack_decoders):
        if registry.entry_points and not registry.get_entry_points():
            registry.entry_points = False


@cache
def _model(lang: str):
    if not available(lang):
        return None
    nlp = load_model(MODELS / lang)
    _only_what_is_read(nlp)
    if GEMM == "numpy":
        _numpy_gemm(nlp)
    return nlp


def _numpy_gemm(nlp) -> None:
    """The models' layers multiply their matrices with numpy (``NumpyOps(use_blis=False)``
    hands ``gemm`` to ``numpy.dot``) instead of BLIS: numpy's OpenBLAS does the
    tok2vec's and the parser's batched products in about a fifth less CPU time
    (the parser's per-state step stays in BLIS, inside spaCy). The arithmetic is
    not bit-identical to BLIS's, but the trees are the same: every sentence of the
    benchmark corpus (8,065) and of the UD test sets (tests/test_syntax.py)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


class _OneBlasThread:
    """numpy's BLAS on one thread while a parse runs, as it was after the last one
    ends: OpenBLAS would otherwise start a thread per core for the larger products,
    which on a busy machine (or with a worker per core) costs more than it gives.
    Counted, for threads parsing at once; the library is found once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.inside = 0
        self.blas = None
        self.limiter = None

    @contextmanager
    def held(self):
        with self.lock:
            if self.inside == 0:
                if self.blas is None:
                    from threadpoolctl import ThreadpoolController

                    self.blas = ThreadpoolController().select(user_api="blas")
                self.limiter = self.blas.limit(limits=1)
            self.inside += 1
        try:
            yield
        finally:
            with self.lock:
                self.inside -= 1
                if self.inside == 0:
                    self.limiter.restore_original_limits()


_ONE_THREAD = _OneBlasThread()


def _only_what_is_read(nlp) -> None:
    """Each word the model has not seen gets a lexeme, and spaCy computes some twenty
    lexical attributes for it (shape, like_num, is_stop ...); the network reads
    only those its embedding layers name (NORM, PREFIX, SUFFIX, SHAPE) and the
    parser's transitions IS_SPACE, so the others are not computed (the same
    values of what is read: the same trees; 6% of the parse time on fresh text)."""
    from spacy.attrs import IDS, IS_SPACE

    read = {IS_SPACE}

    def walk(node) -> bool:
        if isinstance(node, dict):
            if str(node.get("@architectures", "")).startswith("spacy.MultiHashEmbed"):
                if not all(isinstance(a, str) and a.upper() in IDS for a in node.get("attrs", [None])):
                    return False
                read.update(IDS[a.upper()] for a in node["attrs"])
            return all(walk(v) for v in node.values())
        return True

    if walk(nlp.config.get("components", {})) and len(read) > 1:
        vocab = nlp.vocab
        vocab.lex_attr_getters = {k: f for k, f in vocab.lex_attr_getters.items() if k in read}


def parse(lang: str, words: list[str], spaces: list[bool], tags: bool = True) -> Parse | None:
    """The parse of one sentence, or None (no model, empty or over-long input)."""
    return parse_many(lang, [(words, spaces)], tags=tags)[0]


def parse_many(lang: str, sentences: list[tuple[list[str], list[bool]]],
               tags: bool = True, longest: int = MAX_TOKENS) -> list[Parse | None]:
    """The parses of several sentences in one batch: the network's matrix
    products run over all of them at once, about twice as fast per sentence as
    one at a time, with the same trees. None where a sentence is empty, over
    long, or cannot be parsed. ``tags=False``: heads and relations only (``pos``
    all ""), without running the tagger (the coder reads no tags): the parser
    listens to the shared tok2vec layer, not to the tagger, so the trees are the
    same, in about 10% less time. ``longest``: sentences of more tokens get None
    (at most ``MAX_TOKENS``)."""
    out: list[Parse | None] = [None] * len(sentences)
    nlp = _model(lang)
    if nlp is None:
        return out
    from spacy.tokens import Doc

    longest = min(longest, MAX_TOKENS)
    todo = [k for k, (words, _) in enumerate(sentences) if words and len(words) <= longest]
    # one sentence each: the parser may not split it into several trees
    docs = [Doc(nlp.vocab, words=sentences[k][0], spaces=sentences[k][1],
                sent_starts=[True] + [False] * (len(sentences[k][0]) - 1)) for k in todo]
    skip = [] if tags else [name for name in nlp.pipe_names if name in TAGGERS]
    with _ONE_THREAD.held() if GEMM == "numpy" else _nothing():
        try:
            done = list(nlp.pipe(docs, batch_size=64, disable=skip))
        except Exception:  # one sentence the model cannot take: parse one at a time
            done = [_one(nlp, d, skip) for d in docs]
    for k, doc in zip(todo, done, strict=True):
        out[k] = _tree(nlp, doc, tags) if doc is not None else None
    return out


@contextmanager
def _nothing():
    yield


def _one(nlp, doc, skip: list[str]):
    try:
        for name, proc in nlp.pipeline:
            if name not in skip:
                doc = proc(doc)
        return doc
    except Exception:  # read by word order alone
        return None


def _tree(nlp, doc, tags: bool = True) -> Parse:
    # read the arrays, not one Token object per word and attribute
    arr = doc.to_array(["HEAD", "DEP", "POS"] if tags else ["HEAD", "DEP"])
    strings = nlp.vocab.strings
    return Parse(tuple(int(i + d) for i, d in enumerate(arr[:, 0].astype("int64"))),  # relative
                 tuple(strings[int(x)] if x else "" for x in arr[:, 1]),
                 tuple(strings[int(x)] if x else "" for x in arr[:, 2]) if tags else ("",) * len(doc))
