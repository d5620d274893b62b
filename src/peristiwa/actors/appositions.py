"""A firm named in apposition to its description is of the description's country.

"Perusahaan asal Taiwan, Pegasus Corp, menggandeng Telkom", "Produsen otomotif
asal Korea Selatan, Kiwa, ...": the name after the comma is the company the
description before it describes. A name that says no country of its own (an
unknown name, or one a suffix such as "Corp" made the default country's firm)
takes the description's country, as a firm (BUS); a "PT" (an Indonesian
company, whoever owns it) keeps its own.

A person named in apposition to a role is that role's holder, even when the name opens
with a word the lexicon knows as another role: "Juru bicara Kementerian Luar Negeri
China, Geng Shuang, ...": "Geng" is a name here, no gang (``holder_appositions``).
"""

from __future__ import annotations

from dataclasses import replace

from peristiwa.actors.resolve import COUNTRY_KINDS
from peristiwa.records import ActorEntry, Mention, Token
from peristiwa.text.normalize import fold

COMMA = ","
NEAR = 3  # words between a firm's role noun and "asal": "Perusahaan investasi asal ..."


def _country_of_description(toks: list[Token], out: list[Mention], k: int, joiners: frozenset[str]) -> str:
    """The country of the firm described by mention ``k``, "" if it describes none:
    a firm's role noun with its country ("perusahaan asal Taiwan", TWNBUS), or a
    country after a joiner ("asal") a firm's role noun stands a few words before."""
    d = out[k]
    if d.actor.code[3:6] == "BUS" and any(e.kind in COUNTRY_KINDS for e in d.entries) \
            and any(e.kind == "role" for e in d.entries):
        return d.actor.code[:3]
    if d.actor.kind != "country" or len(d.actor.code) != 3 or d.first < 2 or toks[d.first - 1].norm not in joiners:
        return ""
    role = out[k - 1] if k else None
    if role is None or role.actor.code[3:6] != "BUS" or role.actor.kind != "role" \
            or d.first - 1 - role.last > NEAR:
        return ""
    return d.actor.code


def _countryless_name(m: Mention, default: str) -> bool:
    """A name that says no country of its own: no country word, no known person or
    body, no word coded with a country ("PT"); coded at most as the default's firm."""
    if any(e.kind in COUNTRY_KINDS or e.kind in ("person", "pronoun") or e.key or len(e.code) >= 6
           for e in m.entries):
        return False
    return m.actor.code in ("", default + "BUS")


def firm_appositions(toks: list[Token], out: list[Mention], default: str, joiners: frozenset[str]) -> list[Mention]:
    """``out`` with each firm named between commas right after its description given
    the description's country."""
    for n in range(len(out) - 1):
        d, x = out[n], out[n + 1]
        if x.first != d.last + 2 or toks[d.last + 1].text != COMMA:
            continue
        closed = x.last + 1 >= len(toks) or toks[x.last + 1].text == COMMA
        if not closed or not _countryless_name(x, default):
            continue
        country = _country_of_description(toks, out, n, joiners)
        if country:
            out[n + 1] = replace(x, actor=replace(x.actor, code=country + "BUS", country=country, role="BUS"))
    return out


def _role_as_name(toks: list[Token], d: Mention, x: Mention, ranks: frozenset[str],
                  common: frozenset[str]) -> bool:
    """``x`` is one capitalised role word and unknown name words after it ("Geng
    Shuang"), in apposition to the role mention ``d`` ("Juru bicara ..."), and its role
    is another than ``d``'s: that word opens the holder's name. A rank keeps its role
    ("Juru bicara militer, Kolonel X": a colonel, MIL); a word of the language after the
    role word, a root or an affixed one, makes it a role phrase, no name ("wartawan,
    Pemerintah Barat, ...", "wartawan, Polisi Kehutanan, ...")."""
    if d.actor.kind != "role" or not d.actor.role or x.actor.kind != "role" or len(x.entries) != 1:
        return False
    e, head = x.entries[0], toks[x.first]
    if e.kind != "role" or " " in e.phrase or head.norm != fold(e.phrase) or e.phrase.lower() in ranks:
        return False
    rest = toks[x.first + 1: x.last + 1]
    return head.text[:1].isupper() and bool(rest) and all(t.text[:1].isupper() and t.text.isalpha() for t in rest) \
        and x.actor.role != d.actor.role and not any(_of_language(t, common) for t in rest)


def _of_language(t: Token, common: frozenset[str]) -> bool:
    """A root word of the language or an affixed form of one ("Kehutanan": "hutan")."""
    return t.norm in common or t.stem != t.norm and t.stem in common


def _named_after(toks: list[Token], i: int, common: frozenset[str]) -> bool:
    """A capitalised word that is no word of the language stands at ``i``, after the
    comma that closes an apposition: a name in apposition to it ("wartawan, Gubernur X,
    Nama Orang, ..."), so the apposition before is a role with its own holder."""
    return i < len(toks) and toks[i].text[:1].isupper() and toks[i].text.isalpha() and toks[i].norm not in common


def holder_appositions(toks: list[Token], out: list[Mention], ranks: frozenset[str],
                       common: frozenset[str] = frozenset()) -> list[Mention]:
    """``out`` with a name between commas right after a role mention, which opens with
    a word of another role ("..., Geng Shuang, ..."), given the role's actor: the
    apposition names the role's holder."""
    for n in range(len(out) - 1):
        d, x = out[n], out[n + 1]
        if x.first != d.last + 2 or toks[d.last + 1].text != COMMA:
            continue
        closed = x.last + 1 >= len(toks) or toks[x.last + 1].text == COMMA
        if closed and not _named_after(toks, x.last + 2, common) and _role_as_name(toks, d, x, ranks, common):
            out[n + 1] = replace(x, actor=d.actor, entries=(ActorEntry("name", "", x.text, "title", "apposition"),))
    return out
