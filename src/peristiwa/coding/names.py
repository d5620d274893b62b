"""Whom a word names, for reading.py and sides.py: which lower-case words may be a
person's name in text that has lost its capitals (``lower_name_word``), the actors a
pronoun's list of examples names (``listed_after``), an office one person holds (``office``),
a person the recogniser found whom nothing codes (``recognised_people``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peristiwa.lang import LanguageData
from peristiwa.records import Mention, Token
from peristiwa.text.normalize import fold

if TYPE_CHECKING:
    from peristiwa.coding.patterns import Match
    from peristiwa.coding.reading import SentenceReader, Side
    from peristiwa.coding.sides import SideFinder


def lower_name_word(data: LanguageData, t: Token) -> bool:
    """In a sentence written all in lower case (which has lost the capitals of its
    names), a word that may be a name: of letters, three or more, neither a word of
    the language nor one derived from it ("waryono", not "wakil" nor "menerbitkan"),
    nor a word of the grammar's lists."""
    from peristiwa.places.lexicon import lang_places
    from peristiwa.text.stems import common_words

    common = common_words(data)
    if not (t.text.isalpha() and t.text.islower() and len(t.text) >= 3) or t.norm in common or t.stem in common \
            or t.norm in lang_places(data.code).common:
        return False  # "narkoba": a word of the places' list
    return not any(t.norm in data.words(w) for w in _NAME_NEVER)


# grammar lists whose words are never a name in lower-case text
_NAME_NEVER = ("time_words", "prepositions", "mention_skip", "pronouns", "auxiliaries", "subject_emphasis",
               "coordinators", "relative", "demonstratives", "negators", "future", "complementizers",
               "purpose", "reporting", "clause_breaks", "person_nouns", "first_person")


def listed_after(r: SentenceReader, m: Mention) -> list[Mention]:
    """The coded actors listed between commas after a word of example (grammar
    ``exemplifiers``) right after a pronoun, or after its relative clause: "Mereka
    yang tersangkut, seperti X dan Y, ...". Only titles the lexicon has not may stand
    between them."""
    toks, k = r.toks, m.last + 1
    if k < len(toks) and toks[k].norm in r.d.words("relative"):
        k = next((j for j in range(k + 1, min(len(toks), k + 10)) if toks[j].norm == ","
                  or r._is_break(j) or j in r.tok_mention), len(toks))
    if k >= len(toks) or toks[k].norm != ",":
        return []
    words = r.d.words("exemplifiers")
    n = next((n for n in (2, 1) if " ".join(t.norm for t in toks[k + 1: k + 1 + n]) in words), 0)
    listed, j = [], k + 1 + n
    while n and j < len(toks) and toks[j].norm != ",":
        if j in r.tok_mention and r.mentions[r.tok_mention[j]].actor.code:
            listed.append(r.mentions[r.tok_mention[j]])
            j = listed[-1].last + 1
        elif toks[j].norm in r.coord or toks[j].norm in r.d.words("example_list_words") or toks[j].text[:1].isupper():
            j += 1  # "Wakil Sekjen X", "bekas Sekretaris Dewan Pembina Y": titles the lexicon has not
        else:
            return []
    return listed if j < len(toks) else []


def office(r: SentenceReader, a: Mention) -> bool:
    """An office one person holds that the role lexicon codes whole ("Kapolri",
    "Bupati Sleman", "Ketua DPR" IDNLEG): its words open with a head of an
    office-holder's mention (grammar ``mention_heads``, ``office_titles``), or it is
    one word with a prefix of one (grammar ``office_prefixes``: "Mendagri", "Wagub")."""
    e = a.entries[0] if a.entries else None
    if a.actor.kind != "org" or e is None or e.kind != "org" or not e.source.startswith("agents"):
        return False
    words = fold(e.phrase).split()
    heads = r.d.words("mention_heads") | r.d.words("office_titles")
    return bool(words) and (words[0] in heads or " ".join(words[:2]) in heads
                            or len(words) == 1 and words[0].startswith(tuple(r.d.words("office_prefixes"))))


def recognised_people(r: SideFinder, src: Side | None, tgt: Side | None) -> tuple[Side | None, Side | None]:
    """A side that is one person the recogniser found and nothing codes (with
    ``keep_unknown``: "Sudarsono Wirapraja mengkritik KPK") is a person named without a
    role as the capitalised names of the reader's rules are (``_role_less_person``: of
    the language's own country, the other side of it too)."""
    def person(side: Side | None) -> Mention | None:
        if side is None or len(side.mentions) != 1:
            return None
        x = side.mentions[0]
        return x if x.actor.kind == "name" and not x.actor.code \
            and any(e.source == "ner:PER" for e in x.entries) else None

    if (name := person(src)) is not None and tgt is not None:
        src = r._role_less_person(name, tgt, "(recognised)") or src
    elif (name := person(tgt)) is not None and src is not None:
        tgt = r._role_less_person(name, src, "(recognised)") or tgt
    return src, tgt


def named_owner(r: SideFinder, m: Match, tgt: Side | None) -> Side | None:
    """The actor of a nominal trigger that found none, where a person is named without a
    role right after its noun ("kritik Waryono terhadap KPK", its genitive where the head
    comes first) or right after the passive light verb its phrase is the subject of
    ("protes itu disampaikan Waryono kepada KPK", ``passive_light_verb``): a person of the
    sentence's country when the target is of it too (``_role_less_person``). Not a thing
    or a place named with capitals ("Bantuan Langsung Tunai"), nor the genitive of a noun
    whose genitive is the one acted on (``genitive_is_target``: "pencekalan X")."""
    from peristiwa.coding.speakers import bare_name

    if tgt is None or not tgt.mentions or not r.head_first:
        return None
    noun_end = r._word_end(m)
    verb = r.passive_light_verb(noun_end)
    at = {t: x for x in r.mentions for t in range(x.first, x.last + 1)}
    # "pencekalan Inul": a genitive after a noun of that form is the one acted on
    spots = [] if r.genitive_is_target(m.anchor) else [(noun_end + 1, "after the nominal")]
    if verb is not None:
        spots.append((verb + 1, "after the passive light verb"))
    for j, where in spots:
        if j in m.word_tokens or not r._unknown_name_at(j):
            continue
        name = bare_name(r.d, r.s, j, at, "?", lower=True)
        if name is not None and not r._thing_named(name):
            return r._role_less_person(name, tgt, where)
    return None


def _timely(r: SideFinder, j: int) -> bool:
    """Token ``j`` may stand in a time phrase or an age: a time word ("Senin", "kemarin",
    "pada", "hari"), an auxiliary, a bracket or a number ("(12/11)", "(45)")."""
    t = r.toks[j]
    words = r.d.words("time_words") | r.d.words("time_phrase_words") | r.d.words("auxiliaries")
    return j not in r.tok_mention and (t.norm in words or t.norm in ("(", ")") or t.text.replace("/", "").isdigit())


def time_before(r: SideFinder, end: int) -> int:
    """Where a subject's name ends when a time phrase or an age stands between it and its
    verb, which ends at ``end``: "X pada Senin (12/11) menemui", "X hari ini menemui",
    "X, Senin (12/11), menemui" (between commas), "X (45) ditangkap". ``end`` itself when
    none does: only such words, up to eight, and one that is no auxiliary among them."""
    toks, aux = r.toks, r.d.words("auxiliaries")
    comma = 0 < end < len(toks) and toks[end].norm == ","
    k = end - 1 if comma else end
    while k >= 0 and end - k <= 8 and _timely(r, k):
        k -= 1
    inside = range(k + 1, end if comma else end + 1)
    if not inside or all(toks[x].norm in aux for x in inside):
        return end
    if comma:  # the aside opens with a comma after the name
        return k - 1 if k > 0 and toks[k].norm == "," else end
    return k


def opening_time(r: SideFinder, k: int) -> bool:
    """Token ``k`` ends a time adverbial that opens the sentence, with no comma after it
    ("Kemarin X ...", "Sementara itu X ...", "Pada Senin X ..."): time words, time
    phrase words, clause words and prepositions only."""
    words = r.d.words("time_words") | r.d.words("time_phrase_words") | r.d.words("clause_breaks") | r.preps
    return 0 <= k < 4 and r.toks[k].norm in r.d.words("time_words") | r.d.words("time_phrase_words") \
        and all(r.toks[j].norm in words and j not in r.tok_mention for j in range(k + 1))
