"""Which place a toponym stands for, if any: cues, qualifiers, the article's
country, the language's default country, own names over alternate ones,
capitals and population.
"""

from __future__ import annotations

from dataclasses import dataclass

from peristiwa.places.index import Entry, Levels, gazetteer
from peristiwa.places.lexicon import LangPlaces
from peristiwa.places.toponyms import Toponym
from peristiwa.text.normalize import fold

BIG_CITY = 500_000  # a city this large wins over a same-named region of its country
CONTEXT_CITY = 100_000  # a city this large is "in the context country" for ranking


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

    @property
    def is_where(self) -> bool:
        """Named as where something happens ("di Harare"), not whence or whither."""
        return self.cue == "at"


def resolve(m: Toponym, lp: LangPlaces, context: str) -> Entry | None:
    """The place a toponym stands for, or None (an actor, a common word, no place)."""
    levels = gazetteer().levels
    hits = _admissible(m, lp, context, levels)
    if not hits:
        return None
    # a big city over a same-named state or province of its country; a kota over a
    # regency or province of its name (places.toml [levels.outranks])
    big = {e.country for e, _ in hits if e.level in levels.city and e.population >= BIG_CITY}
    if big:
        hits = [h for h in hits if not (h[0].level in levels.first and h[0].country in big)]
    for level, lower in levels.outranks.items():
        if any(e.level == level for e, _ in hits):
            hits = [h for h in hits if h[0].level not in lower]
    districts = [e for e, _ in hits if e.level in levels.district]
    regencies = {".".join(e.source.split(".")[:2]) for e in districts}  # geo-id:kecamatan:35.04
    if districts and len(districts) == len(hits) and len(regencies) > 1:
        return None  # a district name several regencies have
    return max(hits, key=lambda h: _rank(h, lp, context, levels))[0]


def _admissible(m: Toponym, lp: LangPlaces, context: str, levels: Levels,
                ) -> list[tuple[Entry, bool]]:
    """The hits a toponym's cue, place noun and neighbours allow."""
    hits = list(m.hits)
    if m.levels is not None:
        if not m.levels:
            return []  # "desa X": villages are not in the gazetteer
        chosen = [h for h in hits if h[0].level in m.levels]
        if chosen:
            hits = chosen
    cued = m.cue in ("at", "to", "from", "apposition", "dateline")
    if m.actor and m.cue in ("to", "from", "noun", ""):
        cued = False  # "kecaman dari Rusia", "oleh Rusia": an actor
    if m.actor_name and not (cued or (m.cue == "noun" and not m.actor)):
        return []  # "Washington menuduh ...": the government
    if not cued:
        has_country = any(e.level in levels.country for e, _ in hits)
        hits = [h for h in hits if h[0].level not in levels.country]
        if has_country:  # "Georgia" as an actor, unless the article is about the US state
            hits = [h for h in hits if context and h[0].country == context]
    if not m.cue:
        hits = [h for h in hits if h[0].level not in levels.district]
        if m.i == m.j:
            # an alternate name alone: "Besar" (Béchar) is no place, but a capital's
            # ("Warsawa", "Praha") is, unless it is a word of the language
            capitals = gazetteer().capitals
            hits = [h for h in hits if not h[1] or h[0] in capitals and fold(m.text) not in lp.common]
        if m.i == m.j and (m.initial or not lp.sentence_initial_only) \
                and fold(m.text) in lp.common:
            return []  # "Padang rumput ...", "Police said": a word first
    return hits


def _rank(h: tuple[Entry, bool], lp: LangPlaces, context: str, levels: Levels):
    e, alt = h
    capitals = gazetteer().capitals
    weighty = (e.level not in levels.city | levels.district or e.population >= CONTEXT_CITY
               or e.source.startswith("geo-id") or e in capitals)
    return (bool(context) and e.country == context and weighty,
            e.level in levels.country,
            bool(lp.default_country) and e.country == lp.default_country and weighty,
            e.level not in levels.district,
            # own names over alternate ones, capitals over other towns of their name
            e.population * (10 if e in capitals else 1) // (10 if alt else 1),
            not alt,
            -(e.geonameid or 0),
            e.source)


def to_place(e: Entry, m: Toponym) -> Place:
    return Place(name=e.name, geonameid=e.geonameid, lat=e.lat, lon=e.lon, country=e.country,
                 admin1=e.admin1, kind=e.kind, span=(m.start, m.end), text=m.text,
                 level=e.level, cue=m.cue)
