"""The pipeline: one ``Doc`` per article, filled by stages in a declared order.

    from peristiwa import Coder
    events = Coder().code_text("Polisi Turki menangkap dua jurnalis Rusia.", published="2020-12-29")

Each stage reads what the stages before it put on the document and adds its
own part, once (``STAGES`` lists what each needs and fills):

    language   article text                -> lang
    sentences  lang                        -> sentences (tokens with stems and affix forms)
    published  sentences                   -> article.published (an undated article: its opening's first full date)
    dateline   sentences                   -> dateline (the place an article opens with, its country)
    names      sentences                   -> names (the recogniser's, when unknown actors are wanted)
    mentions   sentences, dateline, names  -> day, items, contexts, mentions
    speakers   mentions                    -> speakers ("..., kata X": who speaks in each sentence)
    readings   mentions, speakers          -> readings (pattern matches with modality, source, target)
    parse      readings                    -> readings of the sentences whose mentions word order left off
    events     readings, dateline          -> events (codes, evidence, date, place)

``Coder`` keeps the per-language resources (tokenizer, actor lexicon,
patterns, models) loaded once and holds no state between articles, so one
``Coder`` can code several articles at once from several threads. A language's
resources load when its first article needs them: coding Indonesian text never
loads the English ones. ``Coder.analyse_many`` codes several articles in one
call (ingest's batches): the sentences of all of them that ask for the parse
are parsed in one batch per language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, partial
from pathlib import Path

from peristiwa import lang as langdata
from peristiwa.actors.lexicon import lexicon, lower_case_only
from peristiwa.actors.mentions import Discourse, Item, MentionFinder
from peristiwa.actors.story import opening_context
from peristiwa.coding import bare
from peristiwa.coding.coder import CodedMatch, SentenceCoder
from peristiwa.coding.events import build_events
from peristiwa.coding.patterns import PatternSet, patterns
from peristiwa.coding.speakers import speaker_of
from peristiwa.errors import PeristiwaError, UnsupportedLanguage
from peristiwa.records import NO_DATELINE, Article, Dateline, Event, Mention, Sentence
from peristiwa.syntax import parse as syntax_parse
from peristiwa.text import language, sentences
from peristiwa.text.tokens import Tokenizer, tokenizer

MAX_ARTICLE_CHARS = 1_000_000  # about 150,000 words: longer than any news article
OPENING = 3  # sentences an undated article's date is looked for in


@dataclass
class LanguagePipeline:
    """One language's resources, loaded on first use and shared by every article."""

    code: str
    actors: tuple[str, ...] = ()  # a user's actor files, added to the knowledge base
    use_ner: bool = True  # find names the lexicon lacks with the trained recogniser
    agents: tuple[str, ...] = ()  # a user's PETRARCH agents dictionaries
    verbs: tuple[str, ...] = ()  # a user's PETRARCH verb dictionaries

    @cached_property
    def data(self) -> langdata.LanguageData:
        return langdata.load(self.code)

    @cached_property
    def tokenizer(self) -> Tokenizer:
        return tokenizer(self.code)

    @cached_property
    def mentions(self) -> MentionFinder:
        from peristiwa.syntax import ner

        names = partial(ner.entities, self.code) if self.use_ner and ner.available(self.code) else None
        return MentionFinder(lexicon(self.code, self.actors, self.agents), ner=names)

    @cached_property
    def patterns(self) -> PatternSet:
        return patterns(self.code, self.verbs)

    def parse(self, sent: Sentence):
        """The dependency parse of a sentence (None without a model for the language)."""
        return self.parse_many([sent])[0]

    def parse_many(self, sents: list[Sentence]) -> list:
        """The parses of several sentences, in one batch: heads and relations (the
        coder reads no part-of-speech tags, so the tagger does not run); None for a
        sentence longer than ``syntax_parse.CODER_MAX_TOKENS``."""
        return syntax_parse.parse_many(self.code, [_words(s) for s in sents], tags=False,
                                       longest=syntax_parse.CODER_MAX_TOKENS)

    def sentences(self, text: str) -> list[Sentence]:
        spans = sentences.split(text, self.data.abbreviations)
        sents = [self.tokenizer.sentence(text, k, s, e) for k, (s, e) in enumerate(spans)]
        for s in sents:
            if lower_case_only(s.text):  # text that has lost its case: names as the lexicon writes them
                s.tokens = lexicon(self.code, self.actors, self.agents).recase(s.tokens)
        return sents

    @contextmanager
    def headline_case(self, sents: list[Sentence]):
        """While names are read: a Title Case headline's verbs written lower-case, so that
        no name runs across them ("KPK Tahan Bupati Bogor"; coding/bare.py); the sentences'
        own tokens again after."""
        kept = [s.tokens for s in sents]
        for s in sents:
            s.tokens = bare.headline_tokens(self.data, self.patterns, s.tokens)
        try:
            yield
        finally:
            for s, toks in zip(sents, kept, strict=True):
                s.tokens = toks


@dataclass
class Doc:
    """One article on its way through the stages; every list is per sentence."""

    article: Article
    lang: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    dateline: Dateline = NO_DATELINE
    day: date | None = None  # the day actors are resolved at
    names: list[list | bool] = field(default_factory=list)  # recogniser names; False: not asked
    items: list[list[Item]] = field(default_factory=list)  # lexicon items
    contexts: list[tuple[str, str]] = field(default_factory=list)  # (national, local) country
    mentions: list[list[Mention]] = field(default_factory=list)
    speakers: list[Mention | None] = field(default_factory=list)
    coders: list[SentenceCoder] = field(default_factory=list)  # each sentence's reader
    readings: list[list[CodedMatch]] = field(default_factory=list)
    wants_parse: list[bool] = field(default_factory=list)
    events: list[list[Event]] = field(default_factory=list)

    @property
    def published(self) -> str | None:
        return self.article.published.isoformat() if self.article.published else None


@dataclass(frozen=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    fills: tuple[str, ...]
    run: Callable[[Coder, Doc], None]
    # the stage for several documents at once (``Coder.documents``): index -> what failed
    run_many: Callable[[Coder, list[Doc]], dict[int, Exception]] | None = None


@dataclass
class CodedSentence:
    sentence: Sentence
    mentions: list[Mention]
    events: list[Event]


class Coder:
    """Codes articles. ``actors``: extra actor files (peristiwa TSV or
    PETRARCH/Phoenix dictionaries) that add to the knowledge base.
    ``agents``, ``verbs``, ``discards``: PETRARCH agents, verb and discard
    dictionaries (docs/lexicons.md), added to the language's own data.
    ``keep_unknown``: also code events with one side a name nothing could code
    (code "", the name kept: GDELT's Actor1Name without Actor1Code).
    ``use_ner``: run the named-entity recogniser to find those names. By default
    it runs when ``keep_unknown`` asks for their events: otherwise its names
    change no coded event (measured on every gold file) and it costs about 40%
    of the coding time."""

    def __init__(self, use_parser: bool = True, actors: tuple[str, ...] | list[str] = (),
                 use_ner: bool | None = None, keep_unknown: bool = False,
                 agents: tuple[str, ...] | list[str] = (), verbs: tuple[str, ...] | list[str] = (),
                 discards: tuple[str, ...] | list[str] = ()) -> None:
        from peristiwa.text import discards as discard_lists

        self._langs: dict[str, LanguagePipeline] = {}
        self.keep_unknown = keep_unknown
        self.use_parser = use_parser
        self.use_ner = keep_unknown if use_ner is None else use_ner
        self.actors = tuple(str(a) for a in actors)
        self.agents = tuple(str(a) for a in agents)
        self.verbs = tuple(str(a) for a in verbs)
        if self.actors:
            from peristiwa.actors.kb import load_kb

            load_kb(self.actors)  # a missing or malformed file fails here, before any coding
        for f in self.agents + self.verbs:
            if not Path(f).is_file():
                raise PeristiwaError(f"{f}: dictionary file not found")
        self.discards = discard_lists.load(tuple(str(d) for d in discards))

    def pipeline(self, code: str) -> LanguagePipeline:
        if code not in langdata.available():
            raise UnsupportedLanguage(code)
        # setdefault: two threads asking at once share the first pipeline made
        return self._langs.get(code) or self._langs.setdefault(
            code, LanguagePipeline(code, self.actors, self.use_ner, self.agents, self.verbs))

    def language_of(self, article: Article) -> str:
        if article.lang and article.lang != "auto":
            if article.lang not in langdata.available():
                raise UnsupportedLanguage(article.lang, where=article.origin or "")
            return article.lang
        return language.detect(article.text, where=article.origin or "")

    def document(self, article: Article) -> Doc:
        """The article through every stage: its sentences, mentions, readings and events."""
        if len(article.text) > MAX_ARTICLE_CHARS:
            raise PeristiwaError(f"text of {len(article.text):,} characters is over the limit of "
                                 f"{MAX_ARTICLE_CHARS:,} for one article (split it)")
        doc = Doc(article)
        for stage in STAGES:
            stage.run(self, doc)
        return doc

    def documents(self, articles: list[Article]) -> list[Doc | Exception]:
        """Several articles through every stage, as ``document`` takes one, except that
        a stage with a ``run_many`` runs once for all of them: the sentences that ask
        for a parse are parsed in one batch per language (the parser's matrix
        products over more sentences at once; the same trees). What one article
        raises is its result, and the others go on."""
        docs: list[Doc | Exception] = []
        for article in articles:
            if len(article.text) > MAX_ARTICLE_CHARS:
                docs.append(PeristiwaError(f"text of {len(article.text):,} characters is over the limit of "
                                           f"{MAX_ARTICLE_CHARS:,} for one article (split it)"))
            else:
                docs.append(Doc(article))
        for stage in STAGES:
            live = [k for k, d in enumerate(docs) if isinstance(d, Doc)]
            if stage.run_many is not None and len(live) > 1:
                for k, exc in stage.run_many(self, [docs[k] for k in live]).items():
                    docs[live[k]] = exc
                continue
            for k in live:
                try:
                    stage.run(self, docs[k])
                except Exception as exc:  # noqa: BLE001 - this article's failure, as document() raises it
                    docs[k] = exc
        return docs

    def analyse(self, article: Article) -> list[CodedSentence]:
        """Every sentence with its mentions and events (what `why` and tests look at)."""
        return _coded(self.document(article))

    def analyse_many(self, articles: list[Article]) -> list[list[CodedSentence] | Exception]:
        """``analyse`` of each article, or what coding it raised; parsed together (``documents``)."""
        return [d if isinstance(d, Exception) else _coded(d) for d in self.documents(articles)]

    def code_article(self, article: Article) -> list[Event]:
        return [e for events in self.document(article).events for e in events]

    def code_text(self, text: str, lang: str = "auto", published: str | date | None = None,
                  article_id: str = "") -> list[Event]:
        return self.code_article(Article(text=text, id=article_id, lang=lang,
                                         published=parse_date(published)))


# ------------------------------------------------------------------ the stages


def _language(coder: Coder, doc: Doc) -> None:
    doc.lang = coder.language_of(doc.article)


def _sentences(coder: Coder, doc: Doc) -> None:
    doc.sentences = coder.pipeline(doc.lang).sentences(doc.article.text)


def _published(coder: Coder, doc: Doc) -> None:
    # An article without a publication date is dated by the first full date of
    # its opening ("Selasa (29/12/2020)"), as a reader would date it.
    if doc.article.published is None:
        doc.article.published = opening_date(doc.sentences, doc.lang)


def _dateline(coder: Coder, doc: Doc) -> None:
    if doc.sentences:
        doc.dateline = coder.pipeline(doc.lang).mentions.dateline(doc.sentences[0])


def _names(coder: Coder, doc: Doc) -> None:
    """The recogniser's names for the sentences that may hold an event (one batch
    for the article); False for the others."""
    from peristiwa.syntax import ner

    pipe = coder.pipeline(doc.lang)
    if not coder.use_ner:
        doc.names = [False] * len(doc.sentences)
        return
    # a capitalised word past the first, or a first word that is no word of the language
    # ("Dahlan mengatakan ..."): a name may stand there
    want = [any(pipe.patterns.candidates(t) for t in s.tokens)
            and (any(t.text[:1].isupper() for t in s.tokens[1:]) or pipe.mentions.may_hold_name(s.tokens[:1], []))
            for s in doc.sentences]
    if not (any(want) and ner.available(pipe.code)):
        doc.names = [False] * len(doc.sentences)
        return
    with pipe.headline_case(doc.sentences):
        found = iter(ner.entities_many(pipe.code, [_words(s) for s, w in zip(doc.sentences, want, strict=True)
                                                   if w]))
    doc.names = [next(found) if w else False for w in want]


def _mentions(coder: Coder, doc: Doc) -> None:
    """Actors at the article's day. An undated text is coded at the time the
    offices it names give ("Presiden Joko Widodo": 2014-2024): its mentions are
    found at no date, dated, and found again at that day."""
    pipe = coder.pipeline(doc.lang)
    finder = pipe.mentions
    doc.day = doc.article.published
    with pipe.headline_case(doc.sentences):
        _find_mentions(finder, doc)
        if doc.day is None:
            doc.day = finder.time_of([m for ments in doc.mentions for m in ments]) or _year_named(doc)
            if doc.day is not None:
                _find_mentions(finder, doc)


YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20\d\d)(?![\d.,]\d)")
YEAR_RANGE_END = re.compile(r"(?<=\d)\s*[-–]\s*(19|20)\d\d")


def _year_named(doc: Doc) -> date | None:
    """An undated text that names no office holder takes place in the latest year it
    names ("Pilpres 2014", "(21/8/2014)"; of a period, "periode 2014-2019", its
    start): the middle of that year. Years after this one are plans; years before
    1950 name things ("UUD 1945"), not the text's time. A year the language's future
    word follows ("pada 2015 mendatang") is written the year before."""
    from peristiwa.dates.lexicon import date_words

    this_year = date.today().year
    future = tuple(w for w, how in date_words(doc.lang).modifier.items() if how == "future")
    years = []
    for s in doc.sentences:
        text = YEAR_RANGE_END.sub("", s.text)
        for m in YEAR.finditer(text):
            after = re.findall(r"\w+", text[m.end(): m.end() + 40].lower())
            ahead = any(after[:len(w.split())] == w.split() for w in future)
            years.append(int(m.group(1)) - ahead)
    years = [y for y in years if y <= this_year]
    return date(max(years), 7, 1) if years else None


def _find_mentions(finder: MentionFinder, doc: Doc) -> None:
    memory = Discourse()  # the people this article has named so far
    doc.items, doc.contexts, doc.mentions = [], [], []
    found = [finder.items(sent, doc.day) for sent in doc.sentences]
    # a foreign story named only after its first sentences: those are set there too
    context = opening_context(finder, doc.sentences, found, doc.day, doc.dateline.country)
    for sent, named, items in zip(doc.sentences, doc.names, found, strict=True):
        context = finder.context_country(sent, doc.day, doc.dateline.country, context, items)
        skip = doc.dateline.tokens if sent.index == 0 else 0
        doc.items.append(items)
        doc.contexts.append(context)
        doc.mentions.append(finder.find(sent, doc.day, context, skip, memory, names=named, items=items))


def _speakers(coder: Coder, doc: Doc) -> None:
    """Who speaks in each sentence ("..., kata X"): "kami" in a quotation is its
    speaker, who may be named in the next sentence or was in one before."""
    data = coder.pipeline(doc.lang).data
    said = [speaker_of(data, s, m, c[1]) for s, m, c in zip(doc.sentences, doc.mentions, doc.contexts,
                                                           strict=True)]
    # "..., kata Irene." after "Direktur PT X Irene Rusli" earlier: the person named before
    said = [_named_before(sp, doc.mentions[:k]) if sp is not None and sp.actor.kind == "person"
            and not sp.entries else sp for k, sp in enumerate(said)]
    # sentences with a reporting word, whether or not its speaker was found ("katanya")
    rep, says, opens = data.words("reporting"), data.words("statement_verbs"), data.words("statement_openers")
    reports = [any(t.norm in rep for t in s.tokens) for s in doc.sentences]
    # "X mengatakan kepada wartawan bahwa kami ...": a verb of saying opens what is said
    saying = [r or any(t.norm in says and any(u.norm in opens or u.norm == "," for u in s.tokens[i + 1: i + 5])
                       for i, t in enumerate(s.tokens)) for r, s in zip(reports, doc.sentences, strict=True)]
    last = None
    doc.speakers = []
    for k, own in enumerate(said):
        nxt = said[k + 1] if k + 1 < len(said) else None
        if nxt is None and last is None and not saying[k]:
            # "Kita punya hak ... . Apa urgensinya, kata X.": a quotation of some sentences
            # whose speaker the last names, none named before (up to three sentences on, no
            # reporting word between)
            for j in range(k + 1, min(len(said), k + 4)):
                if said[j] is not None or reports[j]:
                    nxt = said[j]
                    break
        doc.speakers.append(own or nxt or last)
        last = own or last


def _named_before(speaker: Mention, before: list[list[Mention]]) -> Mention:
    """A speaker known only by a name nothing codes ("kata Irene") is the person an
    earlier sentence named with that name and a role or an organisation's office
    ("Direktur PT Igas Utama Irene Rusli": IDNBUS), if one did."""
    word = speaker.text.lower()
    for ments in reversed(before):
        for m in reversed(ments):
            if m.actor.code and m.actor.kind in ("person", "role", "org") and m.refers_to is None \
                    and word in m.text.lower().split():
                return replace(speaker, actor=m.actor, refers_to=m.text, refers_how="(named before)")
    return speaker


def _readings(coder: Coder, doc: Doc) -> None:
    """Each sentence read in order: what an earlier sentence named (its main
    subject, its actors, the origins of things) helps read the next."""
    pipe = coder.pipeline(doc.lang)
    history: list[Mention] = []  # the coded mentions of the sentences before
    origins: dict = {}  # head nouns named with an actor so far ("sistem ... Rusia")
    previous = previous_speaker = previous_stater = None
    for sent, ments, context, speaker in zip(doc.sentences, doc.mentions, doc.contexts, doc.speakers,
                                             strict=True):
        ask = _Wanted() if coder.use_parser else None
        reader = SentenceCoder(pipe.data, pipe.patterns, sent, ments, context[1], previous, ask,
                               history, speaker, origins, previous_speaker,
                               doc.coders[-1].mentions if doc.coders else None)
        reader.previous_acts = doc.readings[-1] if doc.readings else []
        reader.previous_stater = previous_stater  # whose statement the sentence before was
        doc.readings.append(reader.code())
        doc.wants_parse.append(ask is not None and ask.asked)
        doc.coders.append(reader)
        origins.update(reader.noun_origins())
        previous = reader.main_subject()
        previous_speaker = reader.own_speaker()
        previous_stater = reader.stater()
        history.extend(m for m in reader.mentions if m.actor.code and m.actor.kind != "pronoun")


def _parse(coder: Coder, doc: Doc) -> None:
    """The sentences whose reading asked for the parse (a mention word order
    left off both sides) are parsed in one batch and read again with it; the
    parse changes only its own sentence's reading."""
    asked = [k for k, wants in enumerate(doc.wants_parse) if wants]
    if not asked:
        return
    trees = coder.pipeline(doc.lang).parse_many([doc.sentences[k] for k in asked])
    _read_again(doc, asked, trees)


def _read_again(doc: Doc, asked: list[int], trees: list) -> None:
    for k, tree in zip(asked, trees, strict=True):
        if tree is not None:
            doc.coders[k].use_parse(tree)
            if not doc.coders[k].parse_changes_nothing():  # else the reading stays as it is
                doc.readings[k] = doc.coders[k].code()


def _parse_many(coder: Coder, docs: list[Doc]) -> dict[int, Exception]:
    """``_parse`` for several documents: their asking sentences parsed in one batch
    per language (a sentence's tree does not depend on the others in its batch)."""
    failed: dict[int, Exception] = {}
    asked = {d: [k for k, wants in enumerate(doc.wants_parse) if wants] for d, doc in enumerate(docs)}
    for lang in dict.fromkeys(doc.lang for d, doc in enumerate(docs) if asked[d]):
        mine = [d for d, doc in enumerate(docs) if doc.lang == lang and asked[d]]
        try:
            trees = coder.pipeline(lang).parse_many([docs[d].sentences[k] for d in mine for k in asked[d]])
        except Exception as exc:  # noqa: BLE001 - as each document's own parse would have raised
            failed.update((d, exc) for d in mine)
            continue
        at = 0
        for d in mine:
            n = len(asked[d])
            try:
                _read_again(docs[d], asked[d], trees[at: at + n])
            except Exception as exc:  # noqa: BLE001 - this document's failure only
                failed[d] = exc
            at += n
    return failed


def _events(coder: Coder, doc: Doc) -> None:
    doc.events = [build_events(reader, coded, doc.article.id, doc.lang, doc.published, doc.dateline,
                               coder.keep_unknown)
                  for reader, coded in zip(doc.coders, doc.readings, strict=True)]
    if coder.discards:
        # a user's PETRARCH discards: a story phrase ("+Manchester United") anywhere keeps
        # the whole article from being coded, a sentence phrase its own sentence
        story = any(coder.discards.hit(s.text, story=True) for s in doc.sentences)
        doc.events = [[] if story or coder.discards.hit(s.text, story=False) else evs
                      for s, evs in zip(doc.sentences, doc.events, strict=True)]


STAGES: tuple[Stage, ...] = (
    Stage("language", (), ("lang",), _language),
    Stage("sentences", ("lang",), ("sentences",), _sentences),
    Stage("published", ("sentences",), ("article.published",), _published),
    Stage("dateline", ("sentences",), ("dateline",), _dateline),
    Stage("names", ("sentences",), ("names",), _names),
    Stage("mentions", ("sentences", "dateline", "names", "article.published"),
          ("day", "items", "contexts", "mentions"), _mentions),
    Stage("speakers", ("mentions", "contexts"), ("speakers",), _speakers),
    Stage("readings", ("mentions", "contexts", "speakers"), ("coders", "readings", "wants_parse"), _readings),
    Stage("parse", ("readings", "wants_parse"), ("readings",), _parse, _parse_many),
    Stage("events", ("readings", "dateline"), ("events",), _events),
)


def _coded(doc: Doc) -> list[CodedSentence]:
    return [CodedSentence(s, c.mentions, e) for s, c, e in zip(doc.sentences, doc.coders, doc.events, strict=True)]


class _Wanted:
    """Stands in for a sentence's parse on the first reading and notes that the
    reader asked for it."""

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
