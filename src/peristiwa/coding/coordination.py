"""Coordination across a time phrase (for reading.py ``_groups``): "berkunjung ke India
21-23 Agustus dan Malaysia 23-25 Agustus", "mengecam Rusia pada Senin dan China pada
Selasa": the time phrase after the first conjunct is that conjunct's, and the two
actors are coordinated as if it were not there. A second conjunct with a predicate of
its own right after it opens a clause ("menyerang Gaza pada Senin dan Hamas membalas"),
and is no conjunct."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from peristiwa.coding import cameo
from peristiwa.records import Mention

if TYPE_CHECKING:
    from peristiwa.coding.reading import SentenceReader

_NUMBER = re.compile(r"\d[\d.,/-]*")


def across_time(r: SentenceReader, a: Mention, b: Mention, between: list[int]) -> bool:
    """Mentions ``a`` and ``b`` with the tokens ``between`` them are coordinated past a
    time phrase: the tokens open with one (a number, or a word of grammar
    ``time_phrase_words`` before a ``time_words`` one), then come only coordinators and,
    at most, the preposition that stands before ``a`` again ("ke India pada Senin dan ke
    Malaysia"); and no verb follows ``b`` (past auxiliaries)."""
    toks, times, phrase = r.toks, r.d.words("time_words"), r.d.words("time_phrase_words")
    k, seen = 0, False
    while k < len(between):
        n = toks[between[k]].norm
        if _NUMBER.fullmatch(n) or n in phrase and k + 1 < len(between) and toks[between[k + 1]].norm in times:
            seen = True
        elif not (n in times and seen or n in phrase):
            break
        k += 1
    rest = [toks[i].norm for i in between[k:]]
    prep = toks[a.first - 1].norm if a.first > 0 and toks[a.first - 1].norm in r.preps else None
    if prep is not None and len(rest) > 1 and rest[-1] == prep:
        rest = rest[:-1]
    if not seen or not rest or len(rest) > 2 or not all(x in r.coord for x in rest):
        return False
    j = b.last + 1
    while j < len(toks) and toks[j].norm in r.modal:
        j += 1
    return not (j < len(toks) and j not in r.tok_mention and r.is_verb(j))


def new_clause(r: SentenceReader, a: Mention, b: Mention) -> bool:
    """"Israel menyerang Gaza dan Hamas membalas ...": an actor right after a verb's
    object and a coordinator, with a verb of its own right after it (past auxiliaries),
    opens a second clause: it is no conjunct of that object. Not after a verb whose
    object is the next verb's subject (grammar ``directives``, ``object_control``:
    "meminta Rusia dan China menghentikan ...")."""
    toks = r.toks
    j = b.last + 1
    while j < len(toks) and toks[j].norm in r.modal:
        j += 1
    if not (j < len(toks) and j not in r.tok_mention and r.is_verb(j) and toks[j].form == "active"):
        return False
    k = a.first - 1
    while k >= 0 and toks[k].norm in r.skip:
        k -= 1
    if k < 0 or k in r.tok_mention or not r.is_verb(k) or toks[k].form != "active":
        return False
    control = r.d.words("directives") | r.d.words("object_control")
    return toks[k].norm not in control


def companions(r: SentenceReader, m) -> frozenset[int]:
    """"Presiden mengunjungi Papua *bersama Panglima TNI*": the actors after a word of
    company (grammar ``companion_markers``) after the trigger of match ``m`` go along
    with its doer; they are no object of an act that is not mutual (data/reciprocal.txt)
    and whose pattern has no target slot of its own ("menggelar latihan militer ...
    =bersama +" takes it). A mutual act ("bertemu bersama X": X is met) has company only
    after a counterpart of its own, a word of grammar ``target_markers`` between the
    trigger and the word of company ("bertemu dengan A bersama B": B goes along, whether
    A is a known actor or not). The tokens of those actors (with their coordination)."""
    marks = r.d.words("companion_markers")
    code = m.pattern.code
    if not marks or "+" in m.slots:
        return frozenset()
    mutual = cameo.reciprocal(code)
    out: set[int] = set()
    for k, x in enumerate(r.mentions):
        b = r._before_index(x.first)
        if x.first > m.last and b is not None and b > m.last and r.toks[b].norm in marks \
                and not (mutual and not any(r.toks[i].norm in r.target_markers - marks for i in range(m.last + 1, b))):
            out.update(i for y in r._group_mentions(k) for i in range(y.first, y.last + 1))
    return frozenset(out)


def companion_aside(r: SentenceReader, i: int) -> int | None:
    """"Presiden X didampingi Panglima TNI mengunjungi Natuna", "X, didampingi Y,
    meninjau ...": the actor after a participle of company (grammar
    ``companion_participles``) right before the predicate at ``i`` goes along with the
    mention before that participle, the subject (CONVENTIONS §4.2: an entourage is no
    actor of its own). The participle's index, from which the subject is looked for;
    None when there is none."""
    parts, toks = r.d.words("companion_participles"), r.toks
    k = i - 1
    while k >= 0 and (toks[k].norm in r.modal or toks[k].norm in r.aux or toks[k].norm == ","):
        k -= 1
    if not parts or k < 0 or k not in r.tok_mention:
        return None
    b = r._before_index(r.mentions[r.group_of[r.tok_mention[k]][0]].first)
    if b is None or toks[b].norm not in parts:
        return None
    c = b - 1 if b > 0 and toks[b - 1].norm != "," else b - 2
    return b if c >= 0 and c in r.tok_mention else None
