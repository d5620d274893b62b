"""The toponyms of a sentence: capitalised runs of words the gazetteer names,
with the cue words, place nouns and neighbours that say what they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from peristiwa.places.index import Entry, Gazetteer, gazetteer, key
from peristiwa.places.lexicon import LangPlaces, lang_places
from peristiwa.text.normalize import fold

MAX_WORDS = 7
_TOKEN = re.compile(r"\w+(?:[-'\u2019.]\w+)*|\S")
_POSSESSIVE = re.compile(r"^(.+?)(['\u2019]s)$", re.IGNORECASE)
_DATELINE_NEXT = re.compile(r"\s*[,(\-\u2013\u2014]")
_OPENERS = frozenset(".!?\"\u201c\u201d\u2018\u2019'(\u00ab\u00bb:-\u2013\u2014")


# --------------------------------------------------------------------------- tokens


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    norm: str  # folded
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
        words.insert(0, toks[j].norm)
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
        words.append(toks[j].norm)
        hit = table.get(tuple(words))
        if hit is not None:
            best = (len(words), hit)
        j += 1
    return best


# --------------------------------------------------------------------------- reading


@dataclass
class Toponym:
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


def _find_cue(lp: LangPlaces, gaz: Gazetteer, toks: list[Tok], m: Toponym) -> None:
    """Cue, place noun and actor words before (and nouns after) a mention."""
    k = m.i - 1
    noun = _phrase_ending(lp.nouns, toks, k) if k >= 0 else None
    if noun is not None:
        m.levels = noun[1]
        m.cue = "noun"
    if k >= 0 and toks[k].word and toks[k].norm in lp.actor_before:
        m.actor = True
    demonyms = gaz.demonyms.get(lp.code, frozenset())
    steps = 0
    while k >= 0 and steps < 7 and toks[k].word:
        cue = _phrase_ending(lp.cues, toks, k)
        if cue is not None:
            m.cue = cue[1]
            before = k - cue[0]
            if (cue[1] in ("to", "from") and cue[0] == 1 and before >= 0 and toks[before].word
                    and toks[before].norm in lp.actor_before):
                m.actor = True
            return
        low = toks[k].norm
        if low in lp.skip or low in demonyms or any(low in p for p in lp.nouns):
            k -= 1
            steps += 1
            continue
        break
    after = _phrase_starting(lp.nouns_after, toks, m.j + 1) if m.j + 1 < len(toks) else None
    if after is not None and m.levels is None:
        m.levels = after[1]
        m.cue = m.cue or "noun"


def find_toponyms(text: str, lang: str, dateline: bool = False) -> tuple[list[Tok], list[Toponym]]:
    gaz = gazetteer()
    lp = lang_places(lang)
    toks = tokens(text)
    actor_keys = gaz.actor_keys.get(lang, frozenset())
    found: list[Toponym] = []
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
        if single and t.norm in lp.never and not t.upper:  # "Kota" (India); "US" is no "us"
            i += 1
            continue
        initial = i == first_word or toks[i - 1].text in _OPENERS
        # inside a longer capitalised name?
        left_role = False
        if i > 0 and toks[i - 1].word and _adjacent(text, toks[i - 1], t):
            prev = toks[i - 1]
            if prev.norm in lp.roles:
                left_role = True
            elif prev.cap and prev.norm not in lp.known and not (
                    i - 1 == first_word and prev.norm in lp.common):
                i += 1
                continue
        if (i > 1 and toks[i - 1].norm in lp.name_joiners and toks[i - 2].cap
                and toks[i - 2].norm not in lp.known and toks[i - 2].norm not in lp.roles):
            i += 1  # "Strait of Malacca", "Bank of England"
            continue
        if (j + 2 < len(toks) and toks[j + 1].norm in lp.name_joiners and toks[j + 2].cap
                and _adjacent(text, toks[j], toks[j + 1]) and toks[j].norm not in lp.known):
            i += 1  # "Bank of England"
            continue
        if not left_role and j + 1 < len(toks) and toks[j + 1].word and _adjacent(
                text, toks[j], toks[j + 1]):
            nxt = toks[j + 1]
            if (nxt.cap and nxt.norm not in lp.known
                    and _phrase_starting(lp.nouns_after, toks, j + 1) is None
                    and _match_at(gaz, text, toks, j + 1, dateline) is None):
                i += 1
                continue
        start, end = t.start, toks[j].end
        m = Toponym(i, j, start, end, text[start:end], hits, initial=initial,
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


def relate(text: str, lp: LangPlaces, toks: list[Tok], found: list[Toponym]) -> None:
    """Qualifiers ("Paris, Texas") and coordination ("di Jakarta dan Surabaya")."""
    for a, b in zip(found, found[1:], strict=False):
        gap = text[toks[a.j].end:toks[b.i].start]
        g = fold(gap).strip()
        if g in (",", "("):
            pairs = [(x, y) for x in a.hits for y in b.hits if gazetteer().qualifies(x[0], y[0])]
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
