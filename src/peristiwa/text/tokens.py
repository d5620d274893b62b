"""Tokenisation with spaCy's blank tokenizers, with offsets into the article."""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.lang.tokenizer_exceptions import emoticons as EMOTICONS

from peristiwa.lang import LanguageData
from peristiwa.records import Sentence, Token
from peristiwa.text.normalize import fold
from peristiwa.text.stems import Stemmer

_PIECE = re.compile(r"\w+|[^\w\s]")


class Tokenizer:
    def __init__(self, data: LanguageData) -> None:
        self.nlp = spacy.blank(data.setting("spacy", data.code))
        self.stemmer = Stemmer(data)

    def sentence(self, text: str, index: int, start: int, end: int) -> Sentence:
        chunk = text[start:end]
        tokens = []
        for text, idx in self._pieces(chunk):
            s = start + idx
            tokens.append(
                Token(
                    i=len(tokens),
                    text=text,
                    start=s,
                    end=s + len(text),
                    norm=fold(text),
                    stem=self.stemmer.stem(text),
                    form=self.stemmer.form(text),
                )
            )
        return Sentence(index=index, start=start, end=end, text=chunk, tokens=tokens)

    def _pieces(self, chunk: str):
        """(text, offset) of each token. spaCy keeps emoticons whole; news has
        dates in brackets instead, so "(26/8)" ends in ")" and not in "8)"."""
        for t in self.nlp.make_doc(chunk):
            if t.is_space:
                continue
            if t.text in EMOTICONS:
                for m in _PIECE.finditer(t.text):
                    yield m.group(), t.idx + m.start()
            else:
                yield t.text, t.idx


@cache
def tokenizer(lang: str) -> Tokenizer:
    """The one tokenizer of a language (spaCy's blank Indonesian one takes seconds to build)."""
    from peristiwa import lang as langdata

    return Tokenizer(langdata.load(lang))
