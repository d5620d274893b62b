"""Clauses of a sentence, cut at its break tokens.

One notion of a clause for every stage that needs one (the date and the place of
an event today): a sentence's tokens (``records.Token``: text, offsets, norm)
are cut where a *break* stands, a token or run of tokens whose folded text is
one of a list of the language's data (``clause_breaks`` of ``grammar.toml`` or
``dates.toml``: ``","``, ``"bahwa"``, ``"according to"``). What a stage asks
for decides two things only:

- ``keep``: character spans no break cuts (a date expression: "Selasa, 29
  Desember" is one expression, its comma no break);
- ``brackets``: a bracketed aside neither ends a clause nor is cut inside
  ("mengunjungi Tata Consultancy Services (TCS) di Bangalore").

Usage::

    breaks = Breaks.of([",", ";", "bahwa", "according to"])
    cl = clauses(sentence.tokens, breaks)
    cl.index(pos)          # the clause holding character ``pos``
    cl.bounds[i]           # its character bounds: from its break to the next break
    cl.around((s, e))      # the text between the breaks around a span (breaks excluded)

Offsets are those of the tokens given (article offsets for a pipeline
``Sentence``, offsets into the text for :func:`sentence_tokens`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from peristiwa.records import Sentence, Token
from peristiwa.text.normalize import fold

Span = tuple[int, int]


class TokenLike(Protocol):
    text: str
    start: int
    end: int
    norm: str


@dataclass(frozen=True)
class Breaks:
    """The break phrases of a language, as runs of folded tokens."""

    phrases: frozenset[tuple[str, ...]]
    longest: int
    # the first words of the phrases: most tokens start none (one look-up)
    firsts: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "firsts", frozenset(p[0] for p in self.phrases if p))

    @classmethod
    def of(cls, items: Iterable[str]) -> Breaks:
        phrases = frozenset(tuple(fold(p).split()) for p in items if p.strip())
        return cls(phrases, max((len(p) for p in phrases), default=0))

    def at(self, toks: Sequence[TokenLike], i: int) -> int:
        """The number of tokens of the longest break starting at token i (0: none)."""
        if i >= len(toks) or toks[i].norm not in self.firsts:
            return 0
        for n in range(min(self.longest, len(toks) - i), 0, -1):
            if tuple(toks[k].norm for k in range(i, i + n)) in self.phrases:
                return n
        return 0


@dataclass(frozen=True)
class Clauses:
    """A sentence cut at its breaks: ``cuts`` are the breaks' (first, end) token
    ranges, ``bounds`` the character bounds of each clause (a clause starts at its
    break; the first at ``start``, the last ends at ``end``)."""

    toks: tuple[TokenLike, ...]
    cuts: tuple[tuple[int, int], ...]
    bounds: tuple[Span, ...]

    def index(self, pos: int) -> int:
        """The clause holding character ``pos`` (the last one past the end)."""
        for i, (a, b) in enumerate(self.bounds):
            if a <= pos < b:
                return i
        return len(self.bounds) - 1

    def body(self, i: int) -> list[TokenLike]:
        """The tokens of clause i after its break."""
        a, b = self.bounds[i]
        skip = {k for c0, c1 in self.cuts if self.toks[c0].start == a for k in range(c0, c1)}
        return [t for k, t in enumerate(self.toks)
                if a <= t.start < b and k not in skip]

    def around(self, span: Span) -> Span:
        """Character bounds of the text between the last break ending before
        ``span`` and the first break starting after it."""
        lo, hi = self.bounds[0][0], self.bounds[-1][1]
        for c0, c1 in self.cuts:
            first, last = self.toks[c0], self.toks[c1 - 1]
            if last.end <= span[0]:
                lo = last.end
            elif first.start >= span[1]:
                hi = first.start
                break
        return lo, hi


def clauses(toks: Sequence[TokenLike], breaks: Breaks, keep: Sequence[Span] = (),
            brackets: bool = False, start: int = 0, end: int | None = None) -> Clauses:
    """The clauses of a sentence's tokens (see the module's docstring). ``start``
    and ``end``: the sentence's character bounds (default: 0 and its last token's end)."""
    toks = tuple(toks)
    end = (toks[-1].end if toks else start) if end is None else end
    cuts: list[tuple[int, int]] = []
    depth = 0
    i = 0
    while i < len(toks):
        t = toks[i]
        if brackets and t.text in ("(", ")"):
            depth = depth + 1 if t.text == "(" else max(0, depth - 1)
            i += 1
            continue
        n = 0 if depth else breaks.at(toks, i)
        if n and not any(a <= t.start < b for a, b in keep):
            cuts.append((i, i + n))
            i += n
            continue
        i += 1
    edges = [start, *(toks[c0].start for c0, _ in cuts), end]
    bounds = tuple((a, b) for a, b in zip(edges, edges[1:], strict=False) if a < b) or ((start, start),)
    return Clauses(toks, tuple(cuts), bounds)


@dataclass(frozen=True)
class Tokenized:
    """A sentence's text and its tokens, offsets into that text. Equal (and hashed)
    by text alone: one language's tokenizer gives one text the same tokens, so a
    cache may key on it."""

    text: str
    tokens: tuple[Token, ...] = field(compare=False)


def sentence_tokens(sentence: str | Sentence, lang: str) -> Tokenized:
    """A sentence's text and tokens with offsets into that text: a pipeline
    ``Sentence``'s own tokens, shifted, or the language's tokenizer's for a string."""
    if isinstance(sentence, Sentence):
        base = sentence.start
        return Tokenized(sentence.text, tuple(
            Token(t.i, t.text, t.start - base, t.end - base, t.norm, t.stem, t.form)
            for t in sentence.tokens))
    return _tokenise(sentence, lang)


@lru_cache(maxsize=1024)
def _tokenise(text: str, lang: str) -> Tokenized:
    """The language's tokens of a text (the pipeline's pieces; clauses need no stems,
    so none are computed: ``stem`` and ``form`` are empty)."""
    from peristiwa.text.tokens import tokenizer

    pieces = tokenizer(lang)._pieces(text)
    return Tokenized(text, tuple(Token(i, w, a, a + len(w), fold(w), "", "")
                                 for i, (w, a) in enumerate(pieces)))
