"""Which mentions of a sentence are coordinated, for the word-order reader (reading.py).

``SentenceReader`` groups its mentions once, when it is made (``coordinated_groups``):
"Rusia dan Turki", "Mesir, Yordania dan Suriah" (a comma list only when a coordinator
closes it), two actors a hyphen pairs ("Iran-Irak"), the parties after a between marker
("antara X dengan Y"), a joint subject ("Polri bersama TNI menangkap ..."), past a time
phrase (coordination.py). A bracketed name of the mention before ("Komisi ... (KPK)") or a
list of examples between commas ("aparat, termasuk KPK, ...") belongs to that mention and
is passed over; the words before or after a conjunct that modify it ("Kenya and *the
troubled* Somalia", "an *Israeli* peace movement") are its own. The subject and object
finders then take a group as one side. Every word comes from ``grammar.toml``; each
function takes the reader as its first argument."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peristiwa.actors.mentions import after_between
from peristiwa.coding.coordination import across_time, new_clause
from peristiwa.records import Mention

if TYPE_CHECKING:
    from peristiwa.coding.reading import SentenceReader


def _a_dyad(a: Mention, b: Mention) -> bool:
    """Two actors a hyphen pairs as the sides of something ("Iran-Irak", "KPK-Polri"),
    not two persons of one country running together ("Jokowi-JK", a ticket), nor a
    dateline's city and the sentence ("ISTANBUL – Polisi Turki ...")."""
    if a.first == 0 and a.text.isupper() or any(x.entries and all(e.kind == "capital" for e in x.entries)
                                                for x in (a, b)):
        return False
    return a.actor.country != b.actor.country or not (a.actor.kind == b.actor.kind == "person")


def coordinated_groups(r: SentenceReader) -> list[list[int]]:
    """Coordinated mentions: "Rusia dan Turki", "Mesir, Yordania dan Suriah"."""
    group_of = list(range(len(r.mentions)))
    links: dict[int, set[str]] = {}
    # "Presiden Joko Widodo (Jokowi) dan Raja Yordania": a bracketed name of the
    # mention before it is that mention's, no member of its own; the coordination
    # passes over the bracket
    alias = aliases(r)
    for k in range(1, len(r.mentions)):
        if k in alias:
            continue
        p = k - 1
        while p in alias:
            p -= 1
        a, b = r.mentions[p], r.mentions[k]
        if a.text.lower() == b.text.lower() and a.actor.code == b.actor.code:
            continue  # "... ke Israel, dan Israel membalas ...": one actor twice, two clauses
        inside = bracket_after(r, a, b)
        between = [r.toks[i].norm for i in range(demonym_head(r, a), premodified(r, a.last, b.first))
                   if i not in inside]
        between = [x for x in between if x not in r.skip]
        if between and (all(x in r.coord for x in between) and len(between) <= 2 and not new_clause(r, a, b)
                        or len(between) == 1 and between[0] in r.pair_joiners and _a_dyad(a, b)
                        or len(between) == 1 and between[0] in r.between_coord
                        and after_between(r.toks, r.mentions[group_of[p]].first, r.d)
                        or len(between) == 1 and between[0] in r.d.words("subject_joiners")
                        and joint_subject(r, r.mentions[group_of[p]], b)
                        or across_time(r, a, b, [i for i in range(a.last + 1, b.first) if i not in inside])):
            group_of[k] = group_of[p]
            links.setdefault(group_of[k], set()).update(between)
    groups: dict[int, list[int]] = {}
    for k, g in enumerate(group_of):
        groups.setdefault(g, []).append(k)
    # A list held together by commas is a coordination only when a "dan"
    # closes it ("Mesir, Yordania dan Suriah"); "Selain dengan mitra
    # pengemudi, Gojek ..." and "kemarahan China dan Korsel, surat kabar" are not.
    # "Turki, Yunani, Siprus, dan negara lain": a "dan" right after the last named
    # member closes the list too (its last member is no actor).
    conj = r.coord - {","}
    for g in list(groups):
        members = groups.pop(g)
        chain = [members[0]]
        end = r.mentions[members[-1]].last
        closed = any(t.norm in conj for t in r.toks[end + 1: end + 3])
        for a, b in zip(members, members[1:], strict=False):
            skipped = bracket_after(r, r.mentions[a], r.mentions[b])
            link = [r.toks[i].norm for i in range(demonym_head(r, r.mentions[a]),
                                                     premodified(r, r.mentions[a].last, r.mentions[b].first))
                    if r.toks[i].norm not in r.skip and i not in skipped]
            later = [r.toks[x].norm for x in range(r.mentions[b].last + 1,
                                                      r.mentions[members[-1]].first)]
            if link == [","] and not closed and not any(w in conj for w in later):
                groups[chain[0]] = chain
                chain = [b]
            else:
                chain.append(b)
        groups[chain[0]] = chain
    group_of = {k: g for g, ms in groups.items() for k in ms}
    r.group_of = {k: groups[g] for k, g in group_of.items()}
    return list(groups.values())


def aliases(r: SentenceReader) -> set[int]:
    """The mentions the coordination passes over: a bracketed name of the mention
    before it, and the examples of a mention listed between commas after it
    ("antara aparat, termasuk KPK, dengan DPR"), which belong to that mention."""
    n = len(r.mentions)
    alias = {k for k in range(1, n) if bracket_alias(r, k)}
    asides = [example_aside(r, r.mentions[p]) for p in range(n - 1)]  # each mention's once, not once a pair
    return alias | {k for k in range(1, n) for p in range(k) if r.mentions[k].first in asides[p]}


def joint_subject(r: SentenceReader, a: Mention, b: Mention) -> bool:
    """"Polri bersama TNI menangkap ...": ``a`` opens its clause and a verb follows
    ``b`` (auxiliaries aside): both act (grammar ``subject_joiners``)."""
    bt = r._before_index(a.first)
    if not (bt is None or r._opens_clause(bt)):
        return False
    j = b.last + 1
    while j < len(r.toks) and r.toks[j].norm in r.modal:
        j += 1
    return j < len(r.toks) and j not in r.tok_mention and r.is_verb(j)


def bracket_after(r: SentenceReader, a: Mention, b: Mention) -> set[int]:
    """The tokens of a short bracket (up to three words) right after mention ``a`` and
    before ``b``: its abbreviation or short name ("Polisi Diraja Malaysia (PDRM)")."""
    o = a.last + 1
    c = r._paren_close(o) if o < b.first and r.toks[o].norm == "(" else None
    if c is None:  # "aparat, termasuk KPK, dengan ...": an aside of examples
        aside = example_aside(r, a)
        return aside if aside and max(aside) < b.first else set()
    return set(range(o, c + 1)) if c < b.first and c - o <= 4 else set()


def example_aside(r: SentenceReader, a: Mention) -> set[int]:
    """The tokens of a list of examples between commas right after mention ``a``,
    opened by a word of grammar ``exemplifiers`` and holding only actors and
    coordinators, both commas included; empty when there is none. After a between
    marker the list may close at a between coordinator ("antara aparat, termasuk
    KPK dengan DPR"), which then joins the sides."""
    toks, o = r.toks, a.last + 1
    if o >= len(toks) or toks[o].norm != ",":
        return set()
    words = r.d.words("exemplifiers")
    n = next((n for n in (2, 1) if " ".join(t.norm for t in toks[o + 1: o + 1 + n]) in words), 0)
    j, listed = o + 1 + n, False
    while n and j < len(toks) and j - o <= 16:
        if j in r.tok_mention:
            listed, j = True, r.mentions[r.tok_mention[j]].last + 1
        elif toks[j].norm == "," and listed:
            return set(range(o, j + 1))
        elif toks[j].norm in r.between_coord and listed and after_between(toks, a.first, r.d):
            return set(range(o, j))
        elif toks[j].norm in r.coord:
            j += 1
        else:
            return set()
    return set()


def bracket_alias(r: SentenceReader, k: int) -> bool:
    """Mention ``k`` stands in brackets right after mention ``k - 1`` and names the
    same actor: "Komisi Pemberantasan Korupsi (KPK)"."""
    a, b = r.mentions[k - 1], r.mentions[k]
    return (b.first - 1 == a.last + 1 and b.last + 1 < len(r.toks)
            and r.toks[b.first - 1].norm == "(" and r.toks[b.last + 1].norm == ")"
            and bool(a.actor.code) and a.actor.code == b.actor.code)


def demonym_head(r: SentenceReader, a: Mention) -> int:
    """Where the words after a conjunct start that are not its own: a demonym alone
    ("an *Israeli* peace movement and the PLO") has its head noun after it, up to
    three lower-case words (with ``conjunct_premodifiers``)."""
    k = a.last + 1
    if not r.premodifiers or a.named("demonym") is None or len(a.entries) != 1:
        return k
    while k < len(r.toks) and k - a.last <= 3:
        t = r.toks[k]
        if not (t.text.isalpha() and t.text.islower()) or t.norm in r.not_modifier or t.norm in r.skip:
            break
        k += 1
    return k


def premodified(r: SentenceReader, a: int, b: int) -> int:
    """Where the words before a conjunct at token ``b`` start when they are its
    pre-modifiers ("Kenya and *the troubled* Somalia", "Chad, *the poor* Niger, and
    *rich* Mali": grammar ``conjunct_premodifiers``); ``b`` when they are not. After a
    coordinator (the first word after the conjunct before, ``a``) come up to three
    lower-case words that are no function word or verb of the grammar's lists; one
    with a participle or gerund ending only behind a determiner ("and *attacked*
    Somalia" is a second predicate)."""
    if not r.premodifiers or b - a < 3 or r.toks[a + 1].norm not in r.coord:
        return b
    k = b
    while k - 1 > a + 1 and b - k < 3:
        t = r.toks[k - 1]
        if not (t.text.isalpha() and t.text.islower()) or t.norm in r.not_modifier or t.norm in r.skip:
            break
        k -= 1
    if k == b:
        return b
    if any(r.toks[j].norm.endswith(r.verb_endings) for j in range(k, b)) and \
            not any(r.toks[j].norm in r.determiners for j in range(a + 1, k)):
        return b
    return k if all(r.toks[j].norm in r.coord or r.toks[j].norm in r.skip
                    for j in range(a + 1, k)) else b
