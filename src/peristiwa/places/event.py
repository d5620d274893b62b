"""The places of a sentence, of a dateline, and the place of an event."""

from __future__ import annotations

from functools import lru_cache

from peristiwa.places.lexicon import lang_places
from peristiwa.places.resolve import Place, resolve, to_place
from peristiwa.places.toponyms import Tok, Toponym, find_toponyms, relate
from peristiwa.records import Sentence
from peristiwa.text.clauses import Tokenized, clauses, sentence_tokens

CUE_RANK = {"at": 0, "dateline": 1, "apposition": 1, "to": 2, "noun": 3, "from": 4, "": 5}


def _read(sentence: str | Sentence, lang: str, context: str, dateline: bool = False,
          ) -> tuple[list[Tok], list[tuple[Place, Toponym]]]:
    # found by the text first: a sentence's tokens are shifted into a Tokenized (a
    # tuple of new tokens) only when it was not read before
    key = (sentence.text if isinstance(sentence, Sentence) else sentence, lang, context, dateline)
    found = _READ.get(key)
    if found is None:
        if len(_READ) >= 256:
            _READ.clear()
        found = _READ[key] = _read_tokens(sentence_tokens(sentence, lang), lang, context, dateline)
    return found


_READ: dict[tuple, tuple[list[Tok], list[tuple[Place, Toponym]]]] = {}


@lru_cache(maxsize=256)  # a sentence with several events is read once
def _read_tokens(tk: Tokenized, lang: str, context: str, dateline: bool,
                 ) -> tuple[list[Tok], list[tuple[Place, Toponym]]]:
    lp = lang_places(lang)
    toks, found = _toponyms(tk, lang, dateline)
    out = []
    for m in found:
        e = resolve(m, lp, context)
        if e is not None:
            out.append((to_place(e, m), m))
    return toks, out


@lru_cache(maxsize=256)  # one reading of a sentence for every context it is resolved in
def _toponyms(tk: Tokenized, lang: str, dateline: bool) -> tuple[list[Tok], list[Toponym]]:
    """The sentence's toponyms, related ("Paris, Texas"): they do not depend on the
    article's country (only ``resolve`` does), so the mentions stage's reading
    (``where_country``, context "") serves the events stage's (the article's country).
    Read only, never changed after."""
    toks, found = find_toponyms(tk, lang, dateline)
    relate(tk.text, lang_places(lang), toks, found)
    return toks, found


def places(text: str | Sentence, lang: str, context_country: str = "") -> list[Place]:
    """Toponyms in a sentence: longest match of capitalised word sequences against the
    gazetteer, disambiguated by (1) the article's country context ``context_country``
    (ISO3), (2) cue words ("di Padang" -> the Indonesian city), (3) population. A
    country name counts as a place only after a locative cue ("di Rusia"), never as
    the subject or object of a verb (then it is an actor). ``text``: the sentence's
    text or a pipeline ``Sentence`` (its tokens are read); spans are into its text."""
    return [p for p, _ in _read(text, lang, context_country)[1]]


def dateline_place(dateline: str, lang: str, context_country: str = "") -> Place | None:
    """The place a dateline names ("JAKARTA, KOMPAS.com -", "KYIV, Ukraine (AP) -");
    its span is into the dateline text."""
    if not dateline.strip():
        return None
    found = _read(dateline, lang, context_country, dateline=True)[1]
    heads = [p for p, m in found if not m.qualifier]
    return heads[0] if heads else None


def event_place(text: str | Sentence, lang: str, trigger: tuple[int, int] | None,
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
        # a bracketed aside does not end a clause: "(TCS) di Bangalore"
        lo, hi = clauses(toks, lp.clause_breaks, brackets=True).around(trigger)
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
