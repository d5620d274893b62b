"""Noun-phrase checks of the word-order reader (reading.py): where an actor stands
inside a phrase that makes it no side of the verb before it, and which trigger words
are part of a name.

A mention may close a place phrase ("di perbatasan Lebanon") or follow a phrase of
circumstance ("atas permintaan X"), continue the phrase of a place before it ("X's
capital Y"), or be the genitive of the verb's object ("positions of X": the one acted
on). ``SentenceReader.following`` and the subject walk ask these; the coder asks
``inside_name`` of every trigger ("United *States*" is no trigger). Every word comes
from ``grammar.toml``; each function takes the reader as its first argument."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peristiwa.text.tokens import opens_sentence

if TYPE_CHECKING:
    from peristiwa.coding.reading import SentenceReader


def same_phrase(r: SentenceReader, end: int, first: int) -> bool:
    """A mention at ``first`` continues the noun phrase of the mention ending at
    ``end`` (grammar ``phrase_continuers``: "X's capital Y"): between them only
    those words and up to two lower-case nouns."""
    cont = r.d.words("phrase_continuers")
    if end < 0 or not cont or first <= end + 1:
        return False
    between = r.toks[end + 1: first]
    return between[0].norm in cont and len(between) <= 3 and all(
        t.norm in cont or (t.text.isalpha() and t.text.islower() and t.norm not in r.not_modifier)
        for t in between[1:])


def in_place_phrase(r: SentenceReader, j: int, first: int) -> bool:
    """"saling serang di perbatasan Lebanon": the mention at ``first`` closes a
    place phrase opened (grammar ``place_phrase_openers``) after token ``j``, with
    only up to three lower-case nouns between ("perbatasan", "wilayah udara"); or it
    follows a phrase of circumstance ("atas permintaan X", grammar ``circumstance_phrases``)."""
    if after_circumstance(r, j, first):
        return True
    k = first - 1
    while k > j and first - k <= 3 and r.toks[k].text.isalpha() and r.toks[k].text.islower() \
            and r.toks[k].norm not in r.preps and r.toks[k].norm not in r.not_modifier:
        k -= 1
    return k > j and k < first - 1 and r.toks[k].norm in r.d.words("place_phrase_openers")


def after_circumstance(r: SentenceReader, j: int, first: int) -> bool:
    """The mention at ``first`` follows a phrase of circumstance after token ``j``, or
    that phrase and one lower-case word ("atas permintaan resmi X")."""
    phrases, toks = r.d.words("circumstance_phrases"), r.toks
    for end in (first - 1, first - 2):
        if end < first - 1 and not (toks[end + 1].text.isalpha() and toks[end + 1].text.islower()):
            break
        if any(end - n >= j and " ".join(t.norm for t in toks[end - n: end + 1]) in phrases for n in (1, 2)):
            return True
    return False


def object_genitive(r: SentenceReader, j: int, first: int) -> bool:
    """"shelled positions of X", "burned the offices of X": the actor after a
    genitive word (grammar ``object_genitive``) right after the verb's object noun
    is what the object belongs to: the one acted on. Only the first noun after the
    verb (its determiners and modifiers aside) takes one."""
    k = r._before_index(first)
    if k is None or r.toks[k].norm not in r.object_genitive or k - 1 <= j:
        return False
    words = [t for t in r.toks[j + 1: k] if t.norm not in r.skip]
    return 0 < len(words) <= 3 and all(
        t.text.isalpha() and t.text.islower() and t.norm not in r.preps and t.norm not in r.coord
        and t.norm not in r.soft_breaks and t.norm not in r.hard for t in words)


def inside_name(r: SentenceReader, i: int) -> bool:
    """A trigger word that is part of an actor's name ("United *States*") is no trigger;
    a role noun or a pronoun may be ("demonstran", "mereka"); nor is a participle
    an actor's name is joined to by a hyphen ("US-*backed* forces": a modifier,
    grammar ``compound_participles``)."""
    if i >= 2 and r.toks[i].norm in r.d.words("compound_participles") \
            and r.toks[i - 1].norm in r.pair_joiners and i - 2 in r.tok_mention:
        return True
    if i not in r.tok_mention:
        return in_unknown_name(r, i)
    m = r.mentions[r.tok_mention[i]]
    if m.first == m.last and opens_sentence(r.toks, m.first):
        return False  # capitalised only because it opens the sentence: "Baku tembak ..."
    if m.actor.kind == "role":
        return m.last > m.first  # "protest leaders", "aid workers"; not "demonstran"
    return m.actor.kind in ("person", "org", "country")


def in_unknown_name(r: SentenceReader, i: int) -> bool:
    """"Tim *Kampanye* Nasional", "Lembaga *Bantuan* Hukum": a capitalised word in a
    run of capitalised words that no mention covers is part of a name, unless the
    sentence is written in title case (a headline: "Polisi Tangkap Dua Jurnalis") or
    the word heads the title of a meeting or visit (grammar ``titled_events``; the
    title's other words stay in it: "Rapat *Terbatas*" is no restriction)."""
    toks = r.toks

    def cap(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].text[:1].isupper() and toks[k].text.isalpha() \
            and not toks[k].text.isupper() and not (k == 0 or opens_sentence(toks, k))

    if not cap(i) or not (cap(i - 1) or cap(i + 1)):
        return False
    if not cap(i - 1) and toks[i].norm in r.d.words("titled_events"):
        return False  # "*Rapat* Kerja", "*Kunjungan* Kenegaraan": the head of an event's title
    # a headline capitalises its verbs too: a sentence with two lower-case words of
    # four letters or more is no headline
    return sum(t.text.isalpha() and t.text.islower() and len(t.text) >= 4 for t in toks) >= 2
