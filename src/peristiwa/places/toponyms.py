"""The toponyms of a sentence: capitalised runs of words the gazetteer names,
with the cue words, place nouns and neighbours that say what they are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from peristiwa.places.index import Entry, Gazetteer, gazetteer, key
from peristiwa.places.lexicon import LangPlaces, lang_places
from peristiwa.text.clauses import Tokenized
from peristiwa.text.normalize import fold

MAX_WORDS = 7
_JOINERS = frozenset("-'\u2019.")
_WORD_START = re.compile(r"\w")
_WORD_END = re.compile(r"\w$")
_CLITIC = re.compile(r"['\u2019]\w")
_HEAD = re.compile(r"\w+(?:[-'\u2019.]\w+)*")
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


def tokens(tk: Tokenized) -> list[Tok]:
    """The place reader's words, from the sentence's tokens: a word, a hyphen,
    apostrophe or full stop and a word written without spaces are one name
    ("Soekarno-Hatta", "Pare-Pare", "Jum'at"), a possessive "'s" is not part of
    it; punctuation ending a word is a token of its own ("W. Bush", "U.S.",
    "Kay--": the name ends before it; "St. Petersburg" goes on across it);
    invisible format characters at a token's edge are dropped."""
    out = []
    text, words, new = tk.text, _WORDS, tuple.__new__  # a Tok without its Python-level __new__
    for a, b in _words(tk):
        w = text[a:b]
        found = words.get(w)
        if found is None:
            if len(words) >= MEMO:
                words.clear()
            found = words[w] = _word(w)
        out.append(new(Tok, (w, a, b) + found))
    return out


MEMO = 100_000  # words (and keys) whose reading is kept, cleared when full
_WORDS: dict[str, tuple[str, bool, bool, bool]] = {}
_KEYS: dict[str, str] = {}


def _word(w: str) -> tuple[str, bool, bool, bool]:
    """A word's norm and whether it is a word, capitalised, all capitals (``Tok``)."""
    isword = w[0].isalnum() or w[0] == "_"
    return (fold(w), isword, isword and w[0].isupper(),
            isword and w.isupper() and any(c.isalpha() for c in w))


def _key(text: str) -> str:
    """``key(text)``, kept for the words seen (a word is looked up once per
    capitalised word it may follow)."""
    found = _KEYS.get(text)
    if found is None:
        if len(_KEYS) >= MEMO:
            _KEYS.clear()
        found = _KEYS[text] = key(text)
    return found


def _words(tk: Tokenized) -> list[tuple[int, int]]:
    toks, text = tk.tokens, tk.text
    spans: list[tuple[int, int]] = []
    k, n = 0, len(toks)
    while k < n:
        a, b = toks[k].start, toks[k].end
        if a < b and not (text[a].isascii() and text[b - 1].isascii()):
            a, b = _visible(text, a, b)  # (an ASCII edge is no format character)
        k += 1
        while k < n and toks[k].start == b and _word_end(text, b):
            if _CLITIC.match(toks[k].text):  # "I" + "'m", "Jum" + "'at"
                b = toks[k].end
                k += 1
            elif (k + 1 < len(toks) and toks[k].text in _JOINERS  # "Soekarno" "-" "Hatta"
                  and toks[k + 1].start == toks[k].end and _WORD_START.match(toks[k + 1].text)):
                b = toks[k + 1].end
                k += 2
            else:
                break
        if a < b:
            if text[a:b].isalnum():  # (most words) what _split returns for them
                spans.append((a, b))
            else:
                spans += _split(text, a, b)
    return spans


def _word_end(text: str, b: int) -> bool:
    """``_WORD_END.search(text, 0, b)`` for a token's end ``b`` (never after a line
    break), in constant time: the character before ``b`` is a word character (re's
    ``\\w``: ``str.isalnum`` or the underscore)."""
    return b > 0 and (text[b - 1].isalnum() or text[b - 1] == "_")


def _visible(text: str, a: int, b: int) -> tuple[int, int]:
    # (no ASCII character is a format character: the look-up only for the others)
    while a < b and not text[a].isascii() and unicodedata.category(text[a]) == "Cf":
        a += 1
    while b > a and not text[b - 1].isascii() and unicodedata.category(text[b - 1]) == "Cf":
        b -= 1
    return a, b


def _split(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A word and the punctuation ending it ("W.", "Kay--"), its possessive apart."""
    m = _HEAD.match(text, a, b)
    if m is None or m.end() == b or _WORD_START.search(text, m.end(), b):
        head, tail = (a, b), []  # no tail, or more than punctuation: "Garcia@ENRON", a URL
    else:
        head, tail = (a, m.end()), [(x, x + 1) for x in range(m.end(), b)]
    pm = _POSSESSIVE.match(text[head[0]:head[1]])
    if pm:
        cut = head[0] + len(pm.group(1))
        return [(head[0], cut), (cut, head[1]), *tail]
    return [head, *tail]


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
    gap = b.start - a.end  # (most often none: no slice)
    return gap <= 0 or gap <= 3 and not text[a.end:b.start].strip()


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
        k += _key(tj.text)
        n += 1
        if not gaz.begins(k):
            break  # no name (nor acronym) begins so: none is found here or further on
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
    if not m.cue and _placed_in(lp, toks, m.i - 1) and (m.j + 1 >= len(toks) or toks[m.j + 1].text in (",", ".", ";")):
        m.cue = "at"  # "di Hotel Mulia, Jakarta, Senin": where that place is; not "Di PBB, Washington menuntut"
    after = _phrase_starting(lp.nouns_after, toks, m.j + 1) if m.j + 1 < len(toks) else None
    if after is not None and m.levels is None:
        m.levels = after[1]
        m.cue = m.cue or "noun"


def _placed_in(lp: LangPlaces, toks: list[Tok], k: int) -> bool:
    """Token ``k`` is a comma after a place named in capitalised words after a cue of
    where ("di Hotel Mulia, Jakarta", "di Gedung X, Senayan, Jakarta"): what follows
    tells where that place is, and is where too (names23)."""
    if k < 2 or toks[k].text != ",":
        return False
    j = k - 1
    while j > 0 and k - j <= 10 and (toks[j].word and toks[j].cap or toks[j].text == "," and toks[j - 1].cap):
        j -= 1
    cue = _phrase_ending(lp.cues, toks, j) if j < k - 1 and toks[j].word else None
    return cue is not None and cue[1] == "at"


def find_toponyms(tk: Tokenized, lang: str, dateline: bool = False,
                  ) -> tuple[list[Tok], list[Toponym]]:
    gaz = gazetteer()
    lp = lang_places(lang)
    text = tk.text
    toks = tokens(tk)
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
        if _in_longer_name(gaz, lp, text, toks, i, j, first_word, dateline):
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


def _in_longer_name(gaz: Gazetteer, lp: LangPlaces, text: str, toks: list[Tok], i: int,
                    j: int, first_word: int, dateline: bool) -> bool:
    """Whether the name at tokens i..j is part of a longer capitalised name ("Michael
    Jordan", "Washington Post", "Bank of England"); a role or place noun right
    before it says it is not ("Gubernur Jawa Tengah Ganjar Pranowo")."""
    t = toks[i]
    left_role = False
    if i > 0 and toks[i - 1].word and _adjacent(text, toks[i - 1], t):
        prev = toks[i - 1]
        if prev.norm in lp.roles:
            left_role = True
        elif prev.cap and prev.norm not in lp.known and not (
                i - 1 == first_word and prev.norm in lp.common):
            return True
    if (i > 1 and toks[i - 1].norm in lp.name_joiners and toks[i - 2].cap
            and toks[i - 2].norm not in lp.known and toks[i - 2].norm not in lp.roles):
        return True  # "Strait of Malacca", "Bank of England"
    if (j + 2 < len(toks) and toks[j + 1].norm in lp.name_joiners and toks[j + 2].cap
            and _adjacent(text, toks[j], toks[j + 1]) and toks[j].norm not in lp.known):
        return True  # "Bank of England"
    if not left_role and j + 1 < len(toks) and toks[j + 1].word and _adjacent(
            text, toks[j], toks[j + 1]):
        nxt = toks[j + 1]
        if (nxt.cap and nxt.norm not in lp.known
                and _phrase_starting(lp.nouns_after, toks, j + 1) is None
                and _match_at(gaz, text, toks, j + 1, dateline) is None):
            return True
    return False


def _not_place(lp: LangPlaces, text: str, toks: list[Tok], i: int) -> int | None:
    """The last token of a ``not_places`` name starting at token i ("Metro Jaya")."""
    if not lp.not_places:
        return None
    starts = _starts(lp.not_places)
    k, last = "", None
    for j in range(i, min(len(toks), i + MAX_WORDS)):
        if not toks[j].word or (j > i and not _adjacent(text, toks[j - 1], toks[j])):
            break
        k += _key(toks[j].text)
        if k not in starts:
            break  # no longer key starts so: none is found further on
        if k in lp.not_places:
            last = j
    return last


_STARTS: dict[frozenset[str], frozenset[str]] = {}


def _starts(keys: frozenset[str]) -> frozenset[str]:
    """Every beginning of the keys (the empty one included)."""
    found = _STARTS.get(keys)
    if found is None:
        found = _STARTS[keys] = frozenset(k[:n] for k in keys for n in range(len(k) + 1))
    return found


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
