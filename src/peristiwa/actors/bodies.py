"""A body every state has, named by what it is, is the sentence's other state's.

"Dewan Perwakilan Rakyat", "Mahkamah Agung": the lexicon knows these names as the
default country's own institutions (IDNLEG, IDNJUD), but they say only what the
body is. Named alone in a sentence whose other actors are all of one other state
("Milisi Tripoli menolak Dewan Perwakilan Rakyat ...", "Presiden Filipina ...
mengecam Mahkamah Agung"), the body is that state's (grammar ``generic_bodies``).
Acronyms and proper names ("DPR", "KPK") are not listed: they stay the default's.
"""

from __future__ import annotations

from dataclasses import replace

from peristiwa.actors.resolve import NATIONAL_ROLES, _is_international
from peristiwa.records import Mention
from peristiwa.text.normalize import fold


def _country(m: Mention) -> str:
    code = m.actor.code
    if not code or _is_international(code) or m.actor.kind == "pronoun":
        return ""
    return m.actor.country or code[:3]


def of_the_other_state(out: list[Mention], generic: frozenset[str], default: str) -> list[Mention]:
    """``out`` with each generic body of the default country given the one other
    state the sentence's other actors are all of."""
    if not default or not generic:
        return out
    for n, m in enumerate(out):
        code = m.actor.code
        if len(m.entries) != 1 or m.entries[0].kind != "org" or fold(m.text) not in generic \
                or code[:3] != default or code[3:] not in NATIONAL_ROLES:
            continue
        states = {_country(x) for x in out if x is not m} - {""}
        if len(states) == 1 and default not in states:
            state = states.pop()
            out[n] = replace(m, actor=replace(m.actor, code=state + code[3:], country=state))
    return out
