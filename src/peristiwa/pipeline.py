"""The pipeline: Article -> sentences -> tokens -> mentions -> events.

    from peristiwa import Coder
    events = Coder().code_text("Polisi Turki menangkap dua jurnalis Rusia.", published="2020-12-29")

``Coder`` keeps the per-language resources (tokenizer, actor lexicon,
patterns) loaded once; each stage is a module of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from peristiwa import lang as langdata
from peristiwa.actors.lexicon import lexicon
from peristiwa.actors.mentions import Discourse, MentionFinder
from peristiwa.coding.coder import SentenceCoder, build_events
from peristiwa.coding.patterns import PatternSet, patterns
from peristiwa.coding.reading import speaker_of
from peristiwa.errors import PeristiwaError, UnsupportedLanguage
from peristiwa.records import Article, Event, Mention, Sentence
from peristiwa.syntax import parse as syntax_parse
from peristiwa.text import language, sentences
from peristiwa.text.tokens import Tokenizer, tokenizer

MAX_ARTICLE_CHARS = 1_000_000  # about 150,000 words: longer than any news article


@dataclass
class LanguagePipeline:
    code: str
    actors: tuple[str, ...] = ()  # a user's actor files, added to the knowledge base
    use_ner: bool = True  # find names the lexicon lacks with the trained recogniser

    @cached_property
    def data(self) -> langdata.LanguageData:
        return langdata.load(self.code)

    @cached_property
    def tokenizer(self) -> Tokenizer:
        return tokenizer(self.code)

    @cached_property
    def mentions(self) -> MentionFinder:
        from functools import partial

        from peristiwa.syntax import ner

        names = partial(ner.entities, self.code) if self.use_ner and ner.available(self.code) else None
        return MentionFinder(lexicon(self.code, self.actors), ner=names)

    @cached_property
    def patterns(self) -> PatternSet:
        return patterns(self.code)

    def parse(self, sent: Sentence):
        """The dependency parse of a sentence (None without a model for the language)."""
        return self.parse_many([sent])[0]

    def parse_many(self, sents: list[Sentence]) -> list:
        """The parses of several sentences, in one batch."""
        return syntax_parse.parse_many(self.code, [_words(s) for s in sents])

    def sentences(self, text: str) -> list[Sentence]:
        spans = sentences.split(text, self.data.abbreviations)
        return [self.tokenizer.sentence(text, k, s, e) for k, (s, e) in enumerate(spans)]


@dataclass
class CodedSentence:
    sentence: Sentence
    mentions: list[Mention]
    events: list[Event]


class Coder:
    """Codes articles. ``actors``: extra actor files (peristiwa TSV or
    PETRARCH/Phoenix dictionaries) that add to the knowledge base.
    ``keep_unknown``: also code events with one side a name nothing could code
    (code "", the name kept: GDELT's Actor1Name without Actor1Code).
    ``use_ner``: run the named-entity recogniser to find those names. By default
    it runs when ``keep_unknown`` asks for their events: otherwise its names
    change no coded event (measured on every gold file) and it costs about 40%
    of the coding time."""

    def __init__(self, use_parser: bool = True, actors: tuple[str, ...] | list[str] = (),
                 use_ner: bool | None = None, keep_unknown: bool = False) -> None:
        self._langs: dict[str, LanguagePipeline] = {}
        self.keep_unknown = keep_unknown
        self.use_parser = use_parser
        self.use_ner = keep_unknown if use_ner is None else use_ner
        self.actors = tuple(str(a) for a in actors)
        if self.actors:
            from peristiwa.actors.kb import load_kb

            load_kb(self.actors)  # a missing or malformed file fails here, before any coding

    def pipeline(self, code: str) -> LanguagePipeline:
        if code not in self._langs:
            if code not in langdata.available():
                raise UnsupportedLanguage(code)
            self._langs[code] = LanguagePipeline(code, self.actors, self.use_ner)
        return self._langs[code]

    def language_of(self, article: Article) -> str:
        if article.lang and article.lang != "auto":
            if article.lang not in langdata.available():
                raise UnsupportedLanguage(article.lang, where=article.origin or "")
            return article.lang
        return language.detect(article.text, where=article.origin or "")

    def analyse(self, article: Article) -> list[CodedSentence]:
        """Every sentence with its mentions and events (what `why` and tests look at)."""
        if len(article.text) > MAX_ARTICLE_CHARS:
            raise PeristiwaError(f"text of {len(article.text):,} characters is over the limit of "
                                 f"{MAX_ARTICLE_CHARS:,} for one article (split it)")
        lang = self.language_of(article)
        pipe = self.pipeline(lang)
        out = []
        memory = Discourse()  # the people this article has named so far
        history: list = []  # the coded mentions of the sentences before
        origins: dict = {}  # head nouns named with an actor so far ("sistem ... Rusia")
        previous = None
        sentences = pipe.sentences(article.text)
        if article.published is None:
            # An article without a publication date is dated by the first full date
            # of its opening ("Selasa (29/12/2020)"), as a reader would date it.
            article.published = opening_date(sentences, lang)
        published = article.published.isoformat() if article.published else None
        names = self._names(pipe, sentences)
        found = self._mentions(pipe, sentences, article.published, memory, names)
        day = article.published
        if day is None:
            # An undated text is coded at the time it describes, which the
            # offices it names tell ("Presiden Joko Widodo": 2014-2024).
            day = pipe.mentions.time_of([m for _, ments, _ in found for m in ments])
            if day is not None:
                memory = Discourse()
                found = self._mentions(pipe, sentences, day, memory, names)
        # who speaks in each sentence ("..., kata X"): "kami" in a quotation is
        # its speaker, who may be named in the next sentence or was in one before
        speakers = [speaker_of(pipe.data, sent, ments) for sent, ments, _ in found]
        dateline = ("", 0)
        if sentences:
            _, skip = pipe.mentions.dateline(sentences[0])
            if skip:
                first = sentences[0]
                dateline = (first.text[: first.tokens[skip - 1].end - first.start], first.start)
        last_speaker = None
        waiting: list[tuple[int, SentenceCoder]] = []  # sentences whose coding asked for the parse
        for k, (sent, ments, context) in enumerate(found):
            nxt = speakers[k + 1] if k + 1 < len(found) else None
            speaker = speakers[k] or nxt or last_speaker
            last_speaker = speakers[k] or last_speaker
            ask = _Wanted() if self.use_parser else None
            coder = SentenceCoder(pipe.data, pipe.patterns, sent, ments, context[1], previous, ask,
                                  history, speaker, origins)
            events = build_events(coder, article.id, lang, published, dateline, self.keep_unknown)
            if ask is not None and ask.asked:
                waiting.append((k, coder))
            origins.update(coder.noun_origins())
            previous = coder.main_subject()
            history.extend(m for m in coder.mentions if m.actor.code and m.actor.kind != "pronoun")
            out.append(CodedSentence(sent, coder.mentions, events))
        if waiting:
            # The parse changes only the events of its own sentence, so the sentences
            # that asked for one are parsed together in one batch and coded again.
            trees = pipe.parse_many([coder.s for _, coder in waiting])
            for (k, coder), tree in zip(waiting, trees, strict=True):
                if tree is None:
                    continue
                coder.use_parse(tree)
                events = build_events(coder, article.id, lang, published, dateline, self.keep_unknown)
                out[k] = CodedSentence(coder.s, coder.mentions, events)
        return out

    def _names(self, pipe: LanguagePipeline, sentences: list[Sentence]) -> list[list | bool]:
        """The recogniser's names for the sentences that may hold an event (one
        batch for the article); False for the others."""
        from peristiwa.syntax import ner

        want = [any(pipe.patterns.candidates(t) for t in s.tokens)
                and any(t.text[:1].isupper() for t in s.tokens[1:]) for s in sentences]
        if not (self.use_ner and any(want) and ner.available(pipe.code)):
            return [False] * len(sentences)
        batch = [([t.text for t in s.tokens],
                  [a.end < b.start for a, b in zip(s.tokens, s.tokens[1:], strict=False)] + [False])
                 for s, w in zip(sentences, want, strict=True) if w]
        found = iter(ner.entities_many(pipe.code, batch))
        return [next(found) if w else False for w in want]

    def _mentions(self, pipe: LanguagePipeline, sentences: list[Sentence], day: date | None,
                  memory: Discourse, names: list | None = None
                  ) -> list[tuple[Sentence, list[Mention], tuple[str, str]]]:
        found = []
        dateline_country, skip, context = "", 0, None
        names = names if names is not None else self._names(pipe, sentences)
        for sent, named in zip(sentences, names, strict=True):
            if sent.index == 0:
                dateline_country, skip = pipe.mentions.dateline(sent)
            items = pipe.mentions.items(sent, day)
            context = pipe.mentions.context_country(sent, day, dateline_country, context, items)
            ments = pipe.mentions.find(sent, day, context, skip if sent.index == 0 else 0, memory,
                                       names=named, items=items)
            found.append((sent, ments, context))
        return found

    def code_article(self, article: Article) -> list[Event]:
        return [e for cs in self.analyse(article) for e in cs.events]

    def code_text(self, text: str, lang: str = "auto", published: str | date | None = None,
                  article_id: str = "") -> list[Event]:
        return self.code_article(Article(text=text, id=article_id, lang=lang,
                                         published=parse_date(published)))


OPENING = 3  # sentences an undated article's date is looked for in


class _Wanted:
    """Stands in for a sentence's parse on the first pass and notes that the
    coder asked for it."""

    asked = False

    def __call__(self):
        self.asked = True
        return None


def _words(sent: Sentence) -> tuple[list[str], list[bool]]:
    toks = sent.tokens
    spaces = [a.end < b.start for a, b in zip(toks, toks[1:], strict=False)] + [False]
    return [t.text for t in toks], spaces


def opening_date(sentences: list[Sentence], lang: str) -> date | None:
    """The first day-precise date written in the first sentences, if any."""
    from peristiwa import dates

    for sent in sentences[:OPENING]:
        for found in dates.expressions(sent.text, lang, None):
            if found.precision == "day":
                return date.fromisoformat(found.value)
    return None


def parse_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PeristiwaError(f"published date {value!r} is not YYYY-MM-DD") from None


_default: Coder | None = None


def code_text(text: str, lang: str = "auto", published: str | date | None = None) -> list[Event]:
    global _default
    if _default is None:
        _default = Coder()
    return _default.code_text(text, lang=lang, published=published)
