"""A firm named in apposition to its description is of the description's country.

"Perusahaan asal Taiwan, Pegasus Corp, menggandeng Telkom", "Produsen otomotif
asal Korea Selatan, Kiwa, ...": the name after the comma is the company the
description before it describes. A name that says no country of its own (an
unknown name, or one a suffix such as "Corp" made the default country's firm)
takes the description's country, as a firm (BUS); a "PT" (an Indonesian
company, whoever owns it) keeps its own.
"""

from __future__ import annotations

from dataclasses import replace

from peristiwa.actors.resolve import COUNTRY_KINDS
from peristiwa.records import Mention, Token

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
