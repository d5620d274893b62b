"""The country a story is told in, for the sentences that come before it is named.

``MentionFinder.context_country`` carries a foreign story's country forward: once a
sentence is set abroad ("... di Kairo", "Militer Myanmar menangkap ..."), the roles of
no country in the sentences after it are of that country. A text may name where it
happens only after its first sentences ("Polisi menangkap tiga demonstran. Unjuk rasa
di Kairo itu ..."): those first sentences are of that country too, when the text never
shows the language's own country (an actor, a place or a word of its own affairs) and
no dateline says where it is.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from peristiwa.records import Sentence


def where_country(sent: Sentence, lang: str, locatives: frozenset[str] = frozenset()) -> str:
    """The one country of the places the gazetteer finds where the sentence happens
    ("... di Tobruk", "Di Benghazi, ..."; not whence or whither), "" for none or several:
    a place the actor lexicon does not list sets the story's country as one it lists does.
    With none, a state or province of one country (ISO 3166-2, pycountry) named whole
    after a locative of where (``locatives``: "di Abkhazia", "di Sucumbios")."""
    from peristiwa.places.event import places

    if not _may_name_where(sent, lang):
        return ""
    found = {p.country for p in places(sent, lang, "")
             if p.is_where and _whole_name(sent.text, p.span) and _one_country(p.text)} - {""}
    if not found and locatives:
        found = {c for c in (_division_after(sent.tokens, k) for k, t in enumerate(sent.tokens)
                             if t.norm in locatives) if c}
    return found.pop() if len(found) == 1 else ""


def _may_name_where(sent: Sentence, lang: str) -> bool:
    """A cue of where (places.toml ``at``: "di", "dekat") with a capitalised word in the
    four tokens after it: only then may the gazetteer find where the sentence happens.
    A cheap test that spares most sentences the reading of their toponyms."""
    at, toks = _at_words(lang), sent.tokens
    for k, t in enumerate(toks):  # (a loop, not a generator: it reads every token of most sentences)
        if t.norm in at and any(x.text[:1].isupper() for x in toks[k + 1:k + 5]):
            return True
    return False


@cache
def _at_words(lang: str) -> frozenset[str]:
    """The first words of the language's cues of where."""
    from peristiwa.places.lexicon import lang_places

    return frozenset(p[0] for p, cls in lang_places(lang).cues.items() if cls == "at")


def _division_after(toks, k: int, country_of=None) -> str:
    """The country of the first-level division named by the capitalised words right after
    token ``k`` (all of them, up to four), when that name is one country's division and
    no other country's place (or as ``country_of`` says: ``place_country``)."""
    run = 0
    while k + 1 + run < len(toks) and run < 4 and toks[k + 1 + run].text[:1].isupper() \
            and toks[k + 1 + run].text.replace("-", "").isalpha():
        run += 1
    if not run or k + 1 + run < len(toks) and toks[k + 1 + run].text[:1].isupper():
        return ""
    return (country_of or division_country)(" ".join(t.text for t in toks[k + 1: k + 1 + run]))


ROLE_PLACE_POPULATION = 100_000  # a city named after a role gives its country from this size


@cache  # asked for every role before a capitalised name (resolve._acting_country)
def place_country(name: str) -> str:
    """The country of a place named right after a role ("Gubernur Texas", "Polisi
    negara bagian Texas"): a state or region of the gazetteer, or a city large enough to
    be named alone (a small town may share a person's name: "Jaksa Agung Burhanuddin"),
    else a first-level division the gazetteer lacks ("Gubernur Sucumbios"); "" for none."""
    from peristiwa.places import gazetteer

    found = [e for e in gazetteer().candidates(name)
             if e.kind in ("state", "region") or e.population >= ROLE_PLACE_POPULATION]
    return found[0].country if found else division_country(name)


def division_country(name: str) -> str:
    """The country whose first-level division ``name`` is ("Sucumbios" -> ECU), when it
    is one country's and no other country's place in the gazetteer; "" otherwise."""
    from peristiwa.places import gazetteer
    from peristiwa.text.normalize import fold

    if name.isupper():
        return ""  # an acronym ("di IG"), not a province's name
    countries = _divisions().get(fold(name), set())
    if len(countries) != 1:
        return ""
    country = next(iter(countries))
    return country if {e.country for e in gazetteer().candidates(name)} <= {country} else ""


DIVISION_TYPES = ("state", "province", "region", "republic", "department", "governorate", "prefecture",
                  "land", "territory", "community", "county", "voivodship", "oblast", "emirate")


@cache
def _divisions() -> dict[str, set[str]]:
    """Folded names of the world's first-level divisions -> the countries (ISO alpha-3)
    that have one by that name; from the disk cache, keyed by pycountry's two ISO 3166
    tables and the code that reads them (built, 0.1 s of CPU in each process that
    meets a division: ingest, each batch worker; loaded, 2 ms)."""
    from importlib.util import find_spec

    from peristiwa import cache as disk_cache
    from peristiwa.text import normalize

    spec = find_spec("pycountry")  # (found, not imported: the cache's key only)
    tables = Path(spec.origin).parent / "databases" if spec and spec.origin else Path("pycountry")
    inputs = [tables / "iso3166-1.json", tables / "iso3166-2.json", Path(__file__), Path(normalize.__file__)]
    return disk_cache.cached("divisions", inputs, _read_divisions)


def _read_divisions() -> dict[str, set[str]]:
    import pycountry

    from peristiwa.text.normalize import fold

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        # a state, province or region of the first level, not a municipality or a
        # district (a town may share a given name: "Paul", Cape Verde)
        if country is not None and sub.parent_code is None and any(
                w in sub.type.lower() for w in DIVISION_TYPES):
            out.setdefault(fold(sub.name), set()).add(country.alpha_3)
    return out


def _one_country(name: str) -> bool:
    """The gazetteer's places of that name are all of one country: "Tobruk", not
    "Victoria" (a city of Canada, Hong Kong, the Seychelles ...) nor "Tripoli"."""
    from peristiwa.places import gazetteer

    return len({e.country for e in gazetteer().candidates(name)}) == 1


def _whole_name(text: str, span: tuple[int, int]) -> bool:
    """The place is all of the capitalised name it stands in: "di Ho Chi Minh" is not
    Ho (Ghana)."""
    after = text[span[1]:].lstrip(" ")
    return not after[:1].isupper()


def opening_context(finder, sentences: list[Sentence], items: list[list], day: date | None,
                    dateline_country: str) -> tuple[str, str] | None:
    """The context the first sentence starts from (``before`` of ``context_country``):
    None (the language's default) unless the text is set in one foreign country that a
    later sentence names first and no sentence shows the default country."""
    home = finder.default_country
    if not home or dateline_country or len(sentences) < 2:
        return None
    if any(finder._home_named(s.tokens, its, day) for s, its in zip(sentences, items, strict=True)):
        return None
    context = None
    for k, (s, its) in enumerate(zip(sentences, items, strict=True)):
        context = finder.context_country(s, day, dateline_country, context, its)
        if context[0] != home:
            return (context[0], context[0]) if k > 0 else None
    return None
