"""Whom a pronoun in object position stands for (#18 item 3), for reading.py.

"Israel menyerang Gaza. Iran mengecam mereka.": a personal pronoun that is the
object of its clause's verb ("mengecam mereka", "bertemu dengan dia") never stands
for that clause's own subject (only a reflexive does: grammar
``reflexive_pronouns``). It stands for an actor named before: here the subject of
the sentence before, when nothing else in its own sentence or in that one could be it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from peristiwa.records import Mention

if TYPE_CHECKING:
    from peristiwa.coding.reading import SentenceReader


def object_pronoun(r: SentenceReader, m: Mention) -> bool:
    """``m`` is a third-person pronoun (grammar ``person_pronouns``,
    ``group_pronouns``; no reflexive) right after an active verb, or after an active
    verb and one target marker ("bertemu dengan dia"), and no predicate of its own
    follows it unless that verb's object is the next verb's subject (grammar
    ``object_control``, ``directives``): the object of that verb."""
    text = m.text.lower()
    if text in r.d.words("reflexive_pronouns") or text not in r.d.words("person_pronouns") | r.d.words(
            "group_pronouns"):
        return False
    j = m.first - 1
    if j >= 1 and r.toks[j].norm in r.target_markers:
        j -= 1
    if j < 0 or j in r.tok_mention or not r.is_verb(j) or r.toks[j].form == "passive":
        return False
    k = m.last + 1
    control = r.d.words("object_control") | r.d.words("directives")
    # "mengatakan ia akan bertemu ...": the subject of the clause said, which may be the
    # speaker; not after a verb whose object is the next verb's subject ("menuduh dia melakukan")
    return not (k < len(r.toks) and k not in r.tok_mention and r.toks[j].norm not in control and (
        r.toks[k].norm in r.modal | r.d.words("reported_future") or r.is_verb(k)
        or r.toks[k].form in r.d.words("intransitive_forms")))


def object_antecedent(r: SentenceReader, m: Mention, fits: Callable[[Mention], bool]) -> Mention | None:
    """Whom the object pronoun ``m`` stands for: not its clause's subject (nor an actor
    of that subject's code); the subject of the sentence before where ``m``'s own
    sentence names no other actor before it and the sentence before no other actor
    it could stand for (else who it is stays open: None)."""
    local = r.subject(m.first)
    if local is None or not local.mentions:
        return None
    own = {x.actor.code for x in local.mentions}
    taken = {id(x) for x in local.mentions}
    if any(x.actor.code and x.actor.kind != "pronoun" and id(x) not in taken for x in r.mentions
           if x.last < m.first):
        return None  # another actor of this sentence may be it: leave it open
    prev = r.previous
    if prev is None or prev.actor.code in own or not fits(prev):
        return None
    # "Polisi menangkap tiga teroris. Pengadilan menghukum mereka.": another actor of
    # the sentence before it could stand for (of another code) leaves it open
    group = {prev.actor.code, *(a.code for a in prev.members)}
    if any(x.actor.code and x.actor.code not in group | own and fits(x) for x in r.previous_mentions):
        return None
    return prev


def fronted_act_doer(r: SentenceReader, noun: int, verb: int, src: list[Mention]) -> Mention | None:
    """"AS menuduh China mencuri data. *Tuduhan itu* dibantah Beijing": a noun fronted
    before a passive verb with a demonstrative right after it (or after one lower-case
    word: "tuduhan palsu itu") and no actor of its own names the act the sentence before
    told; its doer is what the passive does to it is aimed at: the speaker that sentence
    named for a claim noun (grammar ``claim_nouns``: "..., kata X. Klaim itu ditolak Y"),
    else its main subject. None when that is the agent's own actor (``src``)."""
    toks, demo = r.toks, r.d.words("demonstratives")
    k = noun + 1
    if k < verb and k not in r.tok_mention and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].norm not in demo:
        k += 1
    if k >= verb or toks[k].norm not in demo or any(j in r.tok_mention for j in range(noun, verb)):
        return None
    doer = r.previous_speaker if toks[noun].norm in r.d.words("claim_nouns") else None
    doer = doer if doer is not None and doer.actor.code else r.previous
    if doer is None or not doer.actor.code or doer.actor.code in {x.actor.code for x in src}:
        return None
    return doer


def coordinated_subject(r: SentenceReader, m: Mention, side) -> list[Mention]:
    """"Presiden X dan Perdana Menteri Y mengatakan *mereka* akan ...": a group pronoun
    whose clause's subject is several coordinated actors stands for them all: the first
    of them with every coded one as its members (as "Mesir dan Yordania ... Mereka ..."
    across sentences, ``main_subject``); else the subject's mentions as they are."""
    found = list(side.mentions) if side else []
    if len(found) < 2 or m.text.lower() not in r.d.words("group_pronouns") or any(x.members for x in found):
        return found
    members = tuple(x.actor for x in found if x.actor.code)
    return [replace(found[0], members=members)] if len(members) > 1 else found
