"""A firm named as the make of a thing is no actor.

"Polisi menyita ponsel Samsung", "pesawat Boeing 737 jatuh": Samsung and Boeing
name what the phone and the plane are, not who acts or is acted on. A firm's
mention (all its entries organisations, its code a BUS) is dropped after a noun
of a made thing (grammar ``made_things``), unless a maker's noun (``makers``)
opens that ("produsen mobil Toyota" is the carmaker), and before a model's
number ("Boeing 737", "Airbus A320").
"""

from __future__ import annotations

import re

from peristiwa.records import Mention, Token

FIRM_ROLE = "BUS"  # a firm's role code (CONVENTIONS §4.1)

# a model's number: "737", "A320", "777X"; not a year ("Toyota 2019")
MODEL = re.compile(r"^(?!(?:19|20)\d\d$)[A-Z]{0,2}-?\d{2,4}[A-Za-z]?$")


def _firm(m: Mention) -> bool:
    return bool(m.entries) and all(e.kind == "org" for e in m.entries) and m.actor.code[3:6] == FIRM_ROLE


def _made_thing(toks: list[Token], m: Mention, things: frozenset[str], makers: frozenset[str]) -> bool:
    k = m.first - 1
    if k < 0 or toks[k].norm not in things:
        return False
    return not (k > 0 and toks[k - 1].norm in makers)


def without_brands(toks: list[Token], out: list[Mention], things: frozenset[str],
                   makers: frozenset[str]) -> list[Mention]:
    """``out`` less the firms named as the make of a thing."""
    def brand(m: Mention) -> bool:
        model = m.last + 1 < len(toks) and MODEL.match(toks[m.last + 1].text) is not None
        return _firm(m) and (model or _made_thing(toks, m, things, makers))
    return [m for m in out if not brand(m)]
