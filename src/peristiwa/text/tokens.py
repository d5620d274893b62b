"""Tokenisation with spaCy's blank tokenizers, with offsets into the article."""

from __future__ import annotations

from functools import lru_cache

import spacy

from peristiwa.lang import LanguageData
from peristiwa.records import Sentence, Token
from peristiwa.text.normalize import fold
from peristiwa.text.stems import Stemmer


class Tokenizer:
    def __init__(self, data: LanguageData) -> None:
        self.nlp = spacy.blank(data.setting("spacy", data.code))
        # News has dates in brackets, not emoticons: "(26/8)" must end in ")", not "8)".
        from spacy.lang.tokenizer_exceptions import emoticons

        rules = {k: v for k, v in (self.nlp.tokenizer.rules or {}).items() if k not in emoticons}
        self.nlp.tokenizer.rules = rules
        self.stemmer = Stemmer(data)

    def sentence(self, text: str, index: int, start: int, end: int) -> Sentence:
        chunk = text[start:end]
        tokens = []
        for t in self.nlp.make_doc(chunk):
            if t.is_space:
                continue
            s = start + t.idx
            tokens.append(
                Token(
                    i=len(tokens),
                    text=t.text,
                    start=s,
                    end=s + len(t.text),
                    norm=fold(t.text),
                    stem=self.stemmer.stem(t.text),
                    form=self.stemmer.form(t.text),
                )
            )
        return Sentence(index=index, start=start, end=end, text=chunk, tokens=tokens)


@lru_cache(maxsize=None)
def tokenizer(lang: str) -> Tokenizer:
    """The one tokenizer of a language (spaCy's blank Indonesian one takes seconds to build)."""
    from peristiwa import lang as langdata

    return Tokenizer(langdata.load(lang))
