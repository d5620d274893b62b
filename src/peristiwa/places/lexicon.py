"""One language's place words (``lang/<code>/places.toml``), read once.

Cues, place nouns, words walked over, words that make a country an actor,
names that are no places, the language's common words and its settings; the
role nouns of agents.txt and function words of grammar.toml count too.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from peristiwa import lang as langdata
from peristiwa.lang import read_lines
from peristiwa.places.index import key
from peristiwa.text.clauses import Breaks
from peristiwa.text.normalize import fold

_MARKS = frozenset(";:!?")  # punctuation that ends a clause whatever the language


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
    common: frozenset[str]  # common_words and places.common.txt: lower-case words
    clause_breaks: Breaks  # grammar.toml clause_breaks and _MARKS (text.clauses)
    not_places: frozenset[str]  # keys of names that hold a place name but are none
    name_joiners: frozenset[str]  # "Strait of Malacca": a name goes on across these
    default_country: str
    sentence_initial_only: bool  # common words need a cue only at the start of a sentence


@cache
def lang_places(code: str) -> LangPlaces:
    """The place words of a language, built once and cached on disk."""
    from peristiwa import cache as diskcache

    data = langdata.load(code)
    inputs = [data.path / n for n in ("places.toml", "places.common.txt", "grammar.toml",
                                      "agents.txt")]
    clauses_py = Path(__file__).parent.parent / "text" / "clauses.py"
    return diskcache.cached(f"places-{code}", [*inputs, Path(__file__), clauses_py],
                            lambda: _build_lang(code))


def _build_lang(code: str) -> LangPlaces:
    data = langdata.load(code)
    cfg: dict = {}
    path = data.file("places.toml")
    if path.is_file():
        with path.open("rb") as fh:
            cfg = tomllib.load(fh)
    cues: dict[tuple[str, ...], str] = {}
    for cls in ("from", "to", "at"):  # the cue classes of places.toml [cues]
        for p in cfg.get("cues", {}).get(cls, []):
            cues[tuple(fold(p).split())] = cls
    nouns = _phrases((p, tuple(v)) for p, v in cfg.get("nouns", {}).items())
    nouns_after = _phrases((p, tuple(v)) for p, v in cfg.get("nouns_after", {}).items())
    words = cfg.get("words", {})
    skip = {w for p in words.get("skip", []) for w in fold(p).split()}
    noun_words = {w for p in nouns for w in p} | {w for p in nouns_after for w in p}
    cue_words = {w for p in cues for w in p}
    single_roles = _single_roles(data)
    roles = noun_words | single_roles | {w for p in data.words("mention_heads") for w in p.split()}
    known = (frozenset(fold(w) for w in words.get("neighbours", [])) | roles
             | data.words("time_words") | cue_words | skip)
    function = set()
    for k in ("prepositions", "agent_markers", "target_markers", "coordinators", "relative",
              "pronouns", "clause_breaks", "time_words", "mention_skip"):
        function |= data.words(k)
    never = frozenset(noun_words | cue_words | single_roles | function | skip)
    settings = cfg.get("settings", {})
    return LangPlaces(
        code=code, cues=cues, nouns=nouns, nouns_after=nouns_after, skip=frozenset(skip),
        actor_before=frozenset(fold(w) for w in words.get("actor_before", [])),
        coordinators=frozenset(fold(w) for w in words.get("coordinators", [])),
        known=known, roles=frozenset(roles), never=never,
        common=frozenset(fold(w) for w in words.get("common_words", []))
        | {fold(line.strip()) for _, line in read_lines(data.file("places.common.txt"))},
        clause_breaks=Breaks.of(data.words("clause_breaks") | _MARKS),
        not_places=frozenset(key(p) for p in words.get("not_places", [])),
        name_joiners=frozenset(fold(w) for w in words.get("name_joiners", [])),
        default_country=data.setting("default_country", "") or "",
        sentence_initial_only=bool(settings.get("sentence_initial_only", True)))


def _single_roles(data: langdata.LanguageData) -> set[str]:
    """The one-word role nouns of agents.txt ("gubernur", "police")."""
    out = set()
    for _, line in read_lines(data.file("agents.txt")):
        phrase = (line.split("\t")[0] if "\t" in line else line.rsplit(None, 1)[0]).strip()
        ws = fold(phrase).split()
        if len(ws) == 1:
            out.add(ws[0])
    return out
