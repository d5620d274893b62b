"""Whom the pronouns of a sentence stand for, for the word-order reader (reading.py).

``SentenceReader`` resolves its pronouns once, when it is made (``resolve_pronouns``),
after grouping its mentions (groups.py): a pronoun takes its antecedent's actor, and
a note saying how it was found, for ``why``. "kami" stands for the speaker; the
speaker's side ("pihaknya") for the subject of the clause it reports, else the
speaker the sentence names; a group pronoun before a list of examples for the actors
listed (names.py); a pronoun in object position for an actor named before
(pronouns.py); otherwise the subject of its clause's coordination, a pronoun already
resolved before it, the speaker or subject of the sentence before, or the nearest
earlier actor it can stand for (``antecedent_test``: "ia" a person, "mereka" no single
person). Every word comes from ``grammar.toml``; each function takes the reader as
its first argument."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from peristiwa.coding import bare
from peristiwa.coding.names import listed_after, office
from peristiwa.coding.pronouns import coordinated_subject, object_antecedent, object_pronoun
from peristiwa.coding.speakers import speaker_of
from peristiwa.records import Mention
from peristiwa.text.normalize import fold

if TYPE_CHECKING:
    from peristiwa.coding.reading import SentenceReader


def resolve_pronouns(r: SentenceReader) -> None:
    # "kami" stands for the speaker; "pihaknya" (the speaker's side) for the subject
    # of the clause it reports ("X mengumumkan bahwa pihaknya ..."), else for the
    # speaker this sentence names ("Menurut X, pihaknya ..."), else as other pronouns do
    first_person = r.d.words("first_person")
    speaker_side = r.d.words("speaker_pronouns")
    speaker = None
    for k, m in enumerate(r.mentions):
        if m.actor.kind != "pronoun":
            continue
        if m.text.lower() in first_person:
            speaker = speaker or sentence_speaker(r)
            if speaker is not None:
                refer(r, k, speaker, "(speaker)")
                continue
        fits = antecedent_test(r, m)
        if m.text.lower() in r.d.words("group_pronouns") and (listed := listed_after(r, m)):
            # "Mereka (yang tersangkut), seperti X dan Y, ...": the actors listed
            members = tuple(x.actor for x in listed) if len(listed) > 1 else ()
            refer(r, k, replace(listed[0], members=members), "(the actors listed)")
            continue
        if object_pronoun(r, m):  # "Iran mengecam mereka": not Iran (pronouns.py)
            if (ante := object_antecedent(r, m, fits)) is not None:
                refer(r, k, ante, "(previous sentence)")
            continue
        # the agent of an object-focus passive: what stands before it is acted on (bare.py)
        focus = m.first + 1 < len(r.toks) and bare.focus_agent(r, m.first + 1) is m
        side = None if focus else r.subject(m.first, cross_hard=True, exclude_pronouns=True)
        chained = resolved_subject(r, m, fits)
        if (group := coordinated_subject(r, m, side)) and fits(group[0]):
            refer(r, k, group[0])
        elif chained is not None:
            refer(r, k, chained, "(the pronoun before)")  # "Dia mengatakan pihaknya ..."
        elif m.text.lower() in speaker_side and r.own_speaker() is not None:
            refer(r, k, r.own_speaker(), "(speaker)")
        elif (r.previous_speaker is not None and r._opens(m)
              and m.text.lower() in r.d.words("person_pronouns") and fits(r.previous_speaker)):
            # "..., kata X. Ia menambahkan ...": the quote's speaker first
            refer(r, k, r.previous_speaker, "(the speaker before)")
        elif r.previous is not None and r._opens(m) and fits(r.previous):
            # "Mereka meminta ...": a pronoun opening the sentence points to
            # the subject of the sentence before
            refer(r, k, r.previous, "(previous sentence)")
        elif r._opens(m) and (side is None or not side.mentions):
            # else the nearest earlier actor it can stand for ("dia": a person)
            ante = next((h for h in reversed(r.history) if fits(h)), None)
            if ante is not None and ante is not r.previous:
                refer(r, k, ante, "(earlier)")


def resolved_subject(r: SentenceReader, m: Mention, fits: Callable[[Mention], bool]) -> Mention | None:
    """"Dia mengatakan pihaknya telah menangkap ...": the subject of the clause a
    pronoun is in, when that subject is a pronoun already resolved (earlier in the
    sentence) to an actor the pronoun can stand for."""
    side = r.subject(m.first, cross_hard=True)
    near = side.mentions[0] if side is not None and side.mentions else None
    return near if near is not None and near is not m and near.refers_to is not None and fits(near) else None


def refer(r: SentenceReader, k: int, ante: Mention, where: str = "") -> None:
    """Mention ``k`` (a pronoun) stands for ``ante``: its actor, and a note saying so."""
    m = r.mentions[k]
    # "Mesir dan Yordania ... Mereka mendesak ...": a group pronoun stands for them all
    members = ante.members if m.text.lower() in r.d.words("group_pronouns") else ()
    r.mentions[k] = Mention(m.first, m.last, m.start, m.end, m.text, ante.actor, m.notes,
                               entries=m.entries, refers_to=ante.text, refers_how=where, members=members)


def antecedent_test(r: SentenceReader, pronoun: Mention) -> Callable[[Mention], bool]:
    """Which antecedents a pronoun can have: "ia"/"he" a person (or a
    role noun: "Kapolri"), "mereka"/"they" anything but one person."""
    text = pronoun.text.lower()
    if text in r.d.words("person_pronouns"):
        bodies = r.d.words("body_roles")
        # a person, or a role of one ("Kapolri"), not of a body ("pemerintah Ukraina")
        return lambda a: (a.actor.kind in ("person", "role") or office(r, a)) and bool(a.actor.code) \
            and not any(e.kind == "role" and (fold(e.phrase) in bodies or fold(e.phrase).split()[0] in bodies)
                        for e in a.entries[:1])
    if text in r.d.words("group_pronouns"):
        # "Prabowo dan Sandiaga ... Mereka ...": several people coordinated are a group
        return lambda a: (a.actor.kind != "person" or len(a.members) > 1) and bool(a.actor.code)
    return lambda a: bool(a.actor.code)


def sentence_speaker(r: SentenceReader) -> Mention | None:
    """The speaker of a quotation: the actor after "kata"/"ujar"/"said" in the sentence."""
    # the pipeline's speaker is this sentence's own when it has one (found the same way)
    return r.known_speaker or speaker_of(r.d, r.s, r.mentions, r.context_country)
