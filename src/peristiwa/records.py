"""The records that flow through the pipeline.

Article -> Sentence(Token...) -> Mention(Actor) -> Event(Evidence)

Every character offset (``start``, ``end``) is an offset into ``Article.text``,
so any span can be cut out of the article and shown to a reader.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import NamedTuple

Span = tuple[int, int]


@dataclass
class Article:
    text: str
    id: str = ""
    lang: str | None = None  # ISO 639-1; None = detect
    published: date | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # file (and line) the article came from
    source: str | None = None  # the publisher or feed ("kompas.com"); None = the URL's host
    doc_id: str | None = None  # the id the input gave the article (a JSONL "id")

    def __post_init__(self) -> None:
        if not self.id:
            self.id = hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:16]
        if isinstance(self.published, datetime):
            self.published = self.published.date()
        elif isinstance(self.published, str):  # an ISO date, as JSON and users write it
            try:
                self.published = date.fromisoformat(self.published.strip()[:10])
            except ValueError:
                raise ValueError(f"article {self.doc_id or self.id}: published date "
                                 f"{self.published!r} is not YYYY-MM-DD") from None


@dataclass
class Token:
    i: int  # index in its sentence
    text: str
    start: int
    end: int
    norm: str  # lower-cased, diacritics folded
    stem: str  # lexicon key: stem (id) or Snowball stem (en)
    form: str  # morphological class of the surface form (e.g. active, passive, -an)


@dataclass
class Sentence:
    index: int  # position in the article
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


class Dateline(NamedTuple):
    """A dateline opening an article ("Beijing, Selasa -"): the country of its
    place ("" when unknown), the number of tokens it spans (0: none; they name no
    actor), its text and its offset in the article."""

    country: str = ""
    tokens: int = 0
    text: str = ""
    start: int = 0


NO_DATELINE = Dateline()


@dataclass(frozen=True)
class Actor:
    """A resolved actor: a CAMEO/Phoenix code and the name it was found under."""

    code: str  # e.g. RUSGOV, IGOUNO, IDN; "" when unknown
    name: str
    country: str = ""  # ISO-3 / CAMEO country code, "" for international bodies
    role: str = ""  # first role code (GOV, MIL, COP ...)
    kind: str = ""  # country | role | person | org | pronoun | name
    entity: str = ""  # knowledge-base id behind the name, if any (wd:Q473239)


@dataclass(frozen=True)
class ActorEntry:
    """An entry of the actor lexicon, or one a rule made: what a span of words names.

    ``str(entry)`` is how ``why`` shows it: "role:Menteri Luar Negeri".
    """

    kind: str  # country | capital | demonym | region | place | role | org | person | name | pronoun | pair
    code: str  # country code, role code, or full actor code ("" for a name the knowledge base knows)
    phrase: str
    case: str  # any | title | upper | name (capitalised, the rest lower case: "Hu", not "HU" or "XI")
    source: str  # file:line, the knowledge-base id, or the rule that made it ("ner:PER", "surname")
    key: str = ""  # knowledge-base id for people and organisations

    def case_ok(self, tokens: list[Token]) -> bool:
        if self.case == "any":
            return True
        if self.case == "upper":
            return all(t.text.isupper() or not t.text.isalpha() for t in tokens)
        if self.case == "name":
            return tokens[0].text[:1].isupper() and tokens[0].text[1:].islower()
        return tokens[0].text[:1].isupper() or _particle_first(tokens)

    def __str__(self) -> str:
        return f"{self.kind}:{self.phrase}"


# Name particles written in lower case before a capitalised name ("al-Qaeda", "al Qaeda",
# "bin Laden" alone, "de Mistura"): a name of title case may open with one.
NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "az", "bin", "ibn", "abu", "de", "van", "von", "der"})


def _particle_first(tokens: list[Token]) -> bool:
    """The phrase opens with a lower-case name particle and a capitalised word follows."""
    first = tokens[0].text
    head, _, rest = first.partition("-")
    if rest:
        return head in NAME_PARTICLES and rest[:1].isupper()
    return first in NAME_PARTICLES and any(t.text[:1].isupper() for t in tokens[1:] if t.text.isalpha())


@dataclass
class Mention:
    first: int  # token index of first token (inclusive)
    last: int  # token index of last token (inclusive)
    start: int  # character offsets in the article
    end: int
    text: str
    actor: Actor
    notes: tuple[str, ...] = ()  # how a mention the coder made came about ("implicit")
    members: tuple[Actor, ...] = ()  # "kedua negara": the two actors it stands for
    entries: tuple[ActorEntry, ...] = ()  # the lexicon entries it is made of, in text order
    # the words of the actor it stands for, when it does not name one itself
    # ("dia" -> "Joko Widodo"; "kedua negara" -> "Rusia and Turki"); None when it names its own
    refers_to: str | None = None
    refers_how: str = ""  # how that actor was found: "(named before)", "(speaker)", "(earlier)"

    def named(self, kind: str) -> ActorEntry | None:
        """The first of its entries of a kind: ``named("country")`` is the country word
        it has ("Rusia" in "Menteri Luar Negeri Rusia"), None when it has none."""
        return next((e for e in self.entries if e.kind == kind), None)

    @property
    def parts(self) -> tuple[str, ...]:
        """What it is made of, as ``why`` shows it: "role:Menteri", "country:Rusia",
        "refers to: Joko Widodo (named before)"."""
        refers = () if self.refers_to is None else \
            (f"refers to: {self.refers_to}" + (f" {self.refers_how}" if self.refers_how else ""),)
        return tuple(str(e) for e in self.entries) + self.notes + refers


@dataclass
class Evidence:
    sentence: int  # index of the sentence in the article
    trigger: Span
    trigger_text: str
    source_span: Span | None
    target_span: Span | None
    rule: str  # pattern id: "<lang>:<file>:<code>:<pattern>"
    source_text: str = ""
    target_text: str = ""
    notes: tuple[str, ...] = ()  # how source and target were found
    sentence_start: int = 0  # offset of the sentence in the article text
    date_span: Span | None = None  # the date expression the event's date comes from
    date_text: str = ""
    place_span: Span | None = None  # the place name the event's place comes from
    place_text: str = ""


@dataclass
class Event:
    article_id: str
    sentence: str
    source: str
    target: str
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str
    plover_mode: str
    evidence: Evidence
    source_name: str = ""
    target_name: str = ""
    lang: str = ""
    published: str | None = None
    date: str = ""  # "2020-12-29", "2020-12", "2019": as precise as the text says
    date_precision: str = ""  # day | month | year | publication
    place: dict | None = None  # name, geonameid, lat, lon, country, admin1, kind

    def to_dict(self) -> dict:
        d = asdict(self)
        ev = d["evidence"]
        for key in ("trigger", "source_span", "target_span", "date_span", "place_span"):
            if ev[key] is not None:
                ev[key] = list(ev[key])
        ev["notes"] = list(ev["notes"])
        return d
