"""Joining a sentence's lexicon items into mention drafts, for the mention finder
(mentions.py).

``MentionFinder.find`` looks up the sentence's lexicon items, then joins them here
(``join_items``) before each draft is resolved to a code (resolve.py). Two items join
when only joiner words, inner words, names or a leader's mark stand between them
("Menteri Luar Negeri Rusia Sergei Lavrov"), and never when they name two countries,
with the exceptions read here: a national institution or a firm named before another
country ("Ketua DPR AS", "PT Toyota Motor Manufacturing Indonesia"), an envoy's host
state ("Duta Besar Jepang untuk Indonesia"), a division or an origin before a place
("Polisi negara bagian Texas", "produsen asal Korea Selatan"), a role's state after
an origin word or a locative in subject position ("Dissidents from Myanmar"), a people
of a state ("the Albanians of Serbia"). A state and another actor paired by a hyphen
are two actors ("perang Israel-Hamas"). Capitalised unknown names after a draft, heads
and leading modifiers before it are taken in; a legal form or a name suffix alone and a
role adjective after the noun it modifies are no actor. Every word comes from
``grammar.toml``; each function takes the finder as its first argument."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from peristiwa.actors.resolve import COUNTRY_KINDS, NATIONAL_ROLES, Item, _Draft
from peristiwa.records import ActorEntry, Token
from peristiwa.text.tokens import opens_sentence

if TYPE_CHECKING:
    from peristiwa.actors.mentions import MentionFinder

_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")  # a body's number in Roman figures ("" never stands alone)


def join_items(r: MentionFinder, toks: list[Token], items: list[Item]) -> list[_Draft]:
    drafts: list[_Draft] = []
    for it in items:
        cur = drafts[-1] if drafts else None
        if cur is not None and joinable(r, toks, cur, it):
            cur.items.append(it)
            cur.last = it.last
            continue
        drafts.append(_Draft(items=[it], first=it.first, last=it.last))
    # Capitalised unknown names right after a mention belong to it
    # ("Menteri Luar Negeri Rusia Sergei Lavrov": "Sergei" is unknown).
    for dr in drafts:
        j = dr.last + 1
        nxt_first = min((d.first for d in drafts if d.first > dr.last), default=len(toks))
        # "arkeolog senior Edi Sedyawati": a modifier may stand before the name
        k = j
        roles = all(it.entry.kind == "role" for it in dr.items)
        # "Pemerintah Baru", "Polisi Setempat": a describing adjective is no name
        describer = r.describers if roles else frozenset()
        while k < nxt_first and (toks[k].norm in r.inner and not r._is_name(toks, k)
                                 or toks[k].norm in describer):
            k += 1
        if k < nxt_first and roles:
            k += r.divisions.at(toks, k)  # "Polisi negara bagian Texas"
        if k > j and k < nxt_first and r._is_name(toks, k) and toks[k].norm not in describer:
            j = k
        while j < nxt_first and (r._is_name(toks, j) and toks[j].norm not in describer
                                 or j == dr.last + 1 and named_by_acronym(r, toks, j, dr)):
            j += 1
        if j > dr.last + 1 and (r._is_name(toks, j - 1) or j - 1 == dr.last + 1) and any(
                it.entry.kind in ("role", "country", "capital", "demonym")
                or it.entry.phrase.lower() in r.needs_name for it in dr.items):
            dr.last = j - 1
        # heads before an organisation: "Ketua HNSI", "juru bicara PBB"
        for n in (2, 1):
            k = dr.first - n
            if k >= 0 and " ".join(t.norm for t in toks[k: dr.first]) in r.heads:
                dr.first = k
                break
        # leading modifiers: "mantan Presiden", "former minister"
        k = dr.first - 1
        if k >= 0 and toks[k].norm in r.former:
            dr.first = k
    # "Group", "Tbk" alone are no company: only "Sinar Jaya Group" is
    drafts = [d for d in drafts if not (d.items[0].entry.phrase.lower() in r.name_suffixes
                                        and not name_before(r, toks, d, drafts))]
    # "PT" alone is no company: only "PT Pertamina" is
    drafts = [d for d in drafts if not (len(d.items) == 1 and d.last == d.items[0].last
                                        and d.items[0].entry.phrase.lower() in r.needs_name)]
    # "operasi militer di Gaza": a role adjective after a noun of an act or a thing is no actor
    drafts = [d for d in drafts if not role_adjective(r, toks, d)]
    return [d for d in map(lambda d: countryless_form(r, d), drafts) if d.items]


def countryless_form(r: MentionFinder, dr: _Draft) -> _Draft:
    """A form word that names a body only with a country in its mention (grammar
    ``needs_country``: "Partai Hijau Jerman", not "Partai Hijau") is no item of a draft
    without one: a draft of it alone is none."""
    forms = r.lex.data.words("needs_country")
    if not forms or any(i.entry.kind in ("country", "demonym") for i in dr.items):
        return dr
    dr.items = [i for i in dr.items if not (i.entry.kind == "role" and i.entry.phrase.lower() in forms)]
    return dr


def named_by_acronym(r: MentionFinder, toks: list[Token], j: int, dr: _Draft) -> bool:
    """"PT PIM", "KRI ...": an acronym right after a word that needs a name (grammar
    ``needs_name``) is that name."""
    t = toks[j]
    return len(t.text) > 1 and t.text.isalpha() and t.text.isupper() \
        and dr.items[-1].last == dr.last and dr.items[-1].entry.phrase.lower() in r.needs_name


def role_adjective(r: MentionFinder, toks: list[Token], dr: _Draft) -> bool:
    """A draft that is only a role adjective ("militer") after a noun it modifies
    ("operasi militer", "kerja sama militer"; grammar ``role_adjectives``,
    ``role_adjective_heads``): no actor. A country of its own after it keeps it."""
    if len(dr.items) != 1 or dr.first != dr.items[0].first or dr.last != dr.items[0].last \
            or dr.items[0].entry.phrase.lower() not in r.lex.data.words("role_adjectives"):
        return False
    heads = r.lex.data.words("role_adjective_heads")
    return any(dr.first - n >= 0 and " ".join(t.norm for t in toks[dr.first - n: dr.first]) in heads
               for n in (1, 2))


def name_before(r: MentionFinder, toks: list[Token], dr: _Draft, drafts: list[_Draft]) -> bool:
    """A draft that opens with a word closing a name ("Group", "Corp") takes the
    name words before it ("Sinar Jaya Group"); False when there are none. The
    first word of a sentence is a name here unless it is a word of the language, a root
    or a root with affixes ("Menurut Sinar Group": "menurut" is "turut" affixed)."""
    stop = max((d.last for d in drafts if d.last < dr.first), default=-1)
    k = dr.first
    while k - 1 > stop and dr.first - k < 5 and (
            r._is_name(toks, k - 1) or k > 1 and toks[k - 1].text.isalpha() and toks[k - 1].text.isupper()):
        k -= 1  # "Lippo Group", "MNC Group"
    if k == 1 and toks[0].text[:1].isupper() and toks[0].text.isalpha() and not word_of_language(r, toks[0]):
        k = 0
    if k == dr.first:
        return False
    dr.first = k
    return True


def word_of_language(r: MentionFinder, t: Token) -> bool:
    """A word of the language: a root word (Sastrawi's dictionary) or an affixed form of
    one ("menurut", "setempat"); a name's stem is the name itself."""
    return t.norm in r._common or t.stem != t.norm and t.stem in r._common


def gap_word(r: MentionFinder, toks: list[Token], j: int, gap: range, cur: _Draft, it: Item) -> bool:
    """A word that may stand between two items of one mention: a joiner ("dari"),
    an inner word, a name, a leader's mark; a former-marker after a noun of no
    role before a role ("tersangka mantan Sekjen ...": the suspect is the former official)."""
    t = toks[j]
    if j == cur.last + 1 and _ROMAN.fullmatch(t.text) and cur.items[-1].entry.kind in ("role", "org"):
        return True  # "Komisi IV DPR", "Kodam III": a body's number
    return t.norm in r.joiners or t.norm in r.inner or r._is_name(toks, j) or \
        led(r, toks, j, gap) or t.norm in r.former and j == it.first - 1 and \
        it.entry.kind in ("role", "org") and not it.entry.key and cur.items[-1].entry.code.endswith("-")


def joinable(r: MentionFinder, toks: list[Token], cur: _Draft, it: Item) -> bool:
    gap = range(cur.last + 1, it.first)
    if len(gap) > 4 or _hyphen_pair(toks, cur, it, gap):
        return False
    if accredited(r, toks, cur, it, gap):
        return True
    if it.entry.kind == "country" and len(cur.items) == 1 and cur.items[0].entry.kind == "demonym" \
            and people_of(r, toks, cur, gap):
        # "the Albanians of southern Serbia": a people named by a demonym, of the
        # state after "of" / "in": that state's
        cur.items[-1] = Item(cur.items[-1].first, cur.items[-1].last,
                             [ActorEntry("name", "", cur.items[-1].entry.phrase, "title", "people")])
        return True
    for j in rest_of_gap(r, toks, cur, it, gap):
        t = toks[j]
        if gap_word(r, toks, j, gap, cur, it):
            continue
        if t.norm in r.origin_joiners and origin_of_role(r, toks, cur, it):
            continue
        if t.norm in r.role_places and place_of_role(r, toks, cur, it):
            continue
        if t.norm in r.skip_words and any(toks[x].norm in r.origin_joiners for x in gap) \
                and origin_of_role(r, toks, cur, it):
            continue  # "Nurses from *three* Swiss charities"
        return False
    if after_against(r, toks, cur.first):
        return False  # "an anti-Kenya blogger" is no Kenyan blogger
    kinds = {i.entry.kind for i in cur.items}
    if it.entry.kind in ("pronoun", "pair") or kinds & {"pronoun", "pair"} and not gap:
        return False
    if it.entry.kind == "person" and "person" in kinds:
        if gap or cur.items[-1].entry.kind != "person" or cur.items[-1].last != it.first - 1:
            return False
        # "Presiden Islam Karimov": the first of two adjacent names is a given name
        cur.items[-1] = Item(cur.items[-1].first, cur.items[-1].last,
                             [ActorEntry("name", "", cur.items[-1].entry.phrase, "title", "given name")])
        return True
    # a legal form or a ship's prefix ("PT", "KRI") is its country's by default only:
    # a country in the name says otherwise ("PT Petronas Malaysia")
    a = {r._countries_of(i, None) for i in cur.items if i.entry.phrase.lower() not in r.needs_name} - {""}
    b = r._countries_of(it, None)
    if a and b and b not in a and (as_national(r, cur, it, gap) or one_firm(r, cur, it)):
        return True
    if a and b and b not in a:
        if it.entry.kind == "person" and it.entry.source == "kb-short":
            # "... Fraksi Demokrat Syarief Hasan": a surname that would make
            # the person foreign is only a name here
            it.entries[:] = [ActorEntry("name", "", it.entry.phrase, "title", "surname")]
            return True
        last = cur.items[-1]
        if it.entry.kind == "country" and last.entry.kind == "person" \
                and [toks[j].norm for j in gap] == ["of"] and "of" in r.lex.data.words("role_of"):
            # "King Hassan of Morocco": the state the text names is the person's,
            # over another of the same name the knowledge base knows
            last.entries[:] = [ActorEntry("name", "", last.entry.phrase, "title", "given name")]
            return True
        return False
    if it.entry.kind in COUNTRY_KINDS and kinds <= set(COUNTRY_KINDS):
        return False  # "Rusia Turki": two places, two actors
    return True


def rest_of_gap(r: MentionFinder, toks: list[Token], cur: _Draft, it: Item, gap: range) -> list[int]:
    """The gap's tokens but a division noun or an origin before the place ``it``."""
    named = division_gap(r, toks, cur, it, gap) or origin_gap(r, toks, cur, it, gap)
    return [j for j in gap if j not in named]


def division_gap(r: MentionFinder, toks: list[Token], cur: _Draft, it: Item, gap: range) -> range:
    """"Polisi negara bagian Jalisco": the tokens of a division noun (grammar
    ``division_nouns``) ending the gap between roles and a place: the role is the
    place's, as in "Polisi Jalisco"; an empty range otherwise."""
    if not gap or it.entry.kind not in ("country", "region") \
            or not all(i.entry.kind == "role" for i in cur.items):
        return range(0)
    return next((range(k, it.first) for k in gap if r.divisions.at(toks, k) == it.first - k), range(0))


def origin_gap(r: MentionFinder, toks: list[Token], cur: _Draft, it: Item, gap: range) -> range:
    """"Produsen otomotif asal Korea Selatan": the modifiers after a role noun (up to
    three lower-case words, no verb) and an origin word (grammar ``origin_words``)
    before a country: one actor, that country's."""
    if len(gap) < 2 or toks[gap[-1]].norm not in r.origins or it.entry.kind not in COUNTRY_KINDS \
            or not all(i.entry.kind == "role" for i in cur.items):
        return range(0)
    mods = [toks[j] for j in gap[:-1]]
    ok = all(t.text.isalpha() and t.text.islower() and t.form not in ("active", "passive")
             and t.norm not in r.clause_words for t in mods)
    return gap if ok and len(mods) <= 3 else range(0)


def led(r: MentionFinder, toks: list[Token], j: int, gap: range) -> bool:
    """"Kenyan-*led* forces": a word of grammar ``led_by_compounds`` after a hyphen
    joins the state before it to the role after: the forces are Kenya's."""
    return toks[j].norm in r.lex.data.words("led_by_compounds") and j > gap[0] \
        and toks[j - 1].norm in r.joiners


def accredited(r: MentionFinder, toks: list[Token], cur: _Draft, it: Item, gap: range) -> bool:
    """"Duta Besar Jepang untuk Indonesia": the state an envoy is sent to (grammar
    ``accredited_to``: the envoy roles and the word before that state) is part of
    the envoy's mention, not an actor of the clause; the envoy's own country stays."""
    spec = r.lex.data.setting("accredited_to")
    if not spec or len(gap) != 1 or toks[gap[0]].norm not in spec["markers"] \
            or it.entry.kind not in ("country", "capital"):
        return False
    roles = set(spec["roles"])
    return any(i.entry.kind == "role" and i.entry.phrase.lower() in roles for i in cur.items) \
        and any(i.entry.kind in COUNTRY_KINDS for i in cur.items)


def as_national(r: MentionFinder, cur: _Draft, it: Item, gap: range) -> bool:
    """"Ketua DPR AS", "Kejaksaan Agung Filipina": a national institution the lexicon
    knows as one country's, named right before another country, is that one's: the
    draft's organisation becomes a role (True). So is a firm's company in a country,
    its legal form and the rest of its name around it ("PT Toyota Motor Manufacturing
    Indonesia", "Samsung Electronics Indonesia": IDNBUS)."""
    own = [k for k, i in enumerate(cur.items) if i.entry.phrase.lower() not in r.needs_name]
    role = national_role(r, cur.items[own[0]]) if len(own) == 1 else ""
    if not role or it.entry.kind not in ("country", "demonym") or gap and role != "BUS":
        return False
    e = cur.items[own[0]].entry
    cur.items[own[0]] = Item(cur.items[own[0]].first, cur.items[own[0]].last,
                             [ActorEntry("role", role, e.phrase, e.case, e.source)])
    return True


def one_firm(r: MentionFinder, cur: _Draft, it: Item) -> bool:
    """"PT Toyota-Astra Motor": firms named after a legal form are one firm's name, the
    legal form's country's (their names become its role, BUS)."""
    firms = cur.items[1:] + [it]
    if cur.items[0].entry.phrase.lower() not in r.needs_name or \
            any(national_role(r, i) != "BUS" for i in firms):
        return False
    for i in firms:
        i.entries[:] = [ActorEntry("role", "BUS", i.entry.phrase, i.entry.case, i.entry.source)]
    return True


def national_role(r: MentionFinder, it: Item) -> str:
    """The role of an organisation the lexicon codes as one state's institution
    ("DPR" IDNLEG -> "LEG") or firm ("BUS"), "" for any other (a party, a group)."""
    e = it.entry
    if e.kind != "org":
        return ""
    code = r.lex.kb.pick(it.kb_keys(), None).code_at(None) if e.key else e.code
    return code[3:] if len(code) == 6 and code[3:] in NATIONAL_ROLES | {"BUS"} else ""


def after_against(r: MentionFinder, toks: list[Token], first: int) -> bool:
    """A phrase at ``first`` follows a word of opposition ("anti-Kenya")."""
    k = first - 1
    while k >= 0 and toks[k].norm == "-":
        k -= 1
    return k >= 0 and toks[k].norm in r.against


def origin_of_role(r: MentionFinder, toks: list[Token], cur: _Draft, it: Item) -> bool:
    """"Dissidents from Myanmar criticized ...", "near a vessel from Korea": a role
    that opens its clause or follows a preposition and the state after an origin word
    (grammar ``origin_joiners``) are one actor. Not as an object: "withdrew troops
    from Somalia" is a place left."""
    if not (all(i.entry.kind == "role" for i in cur.items) and it.entry.kind in COUNTRY_KINDS):
        return False
    before = r._word_before(toks, cur.first)
    return r._subject_position(toks, cur.first) or (
        before is not None and before.norm in r.prepositions)  # "near a vessel from X"


def people_of(r: MentionFinder, toks: list[Token], cur: _Draft, gap: range) -> bool:
    """"The Albanians of Serbia": a plural demonym (a noun: "the" before it, an "s"
    ending) and "of"/"in" (grammar ``role_of``, ``role_places``), compass words aside."""
    words = [toks[j].norm for j in gap if toks[j].norm not in r.skip_words]
    return (r.head_last and len(words) == 1 and words[0] in r.lex.data.words("role_of") | r.role_places
            and toks[cur.last].norm.endswith("s") and cur.first > 0 and toks[cur.first - 1].norm == "the")


def place_of_role(r: MentionFinder, toks: list[Token], cur: _Draft, it: Item) -> bool:
    """"Lawmakers in France criticized ...": a role that opens its clause and the
    state after a locative (grammar ``role_places``) are one actor, the role of that
    state. As an object the state is only where someone was ("arrested students in
    X": the gazetteer's place, coder ``_located_in``)."""
    return (all(i.entry.kind == "role" for i in cur.items) and it.entry.kind in ("country", "demonym")
            and r._subject_position(toks, conjuncts_start(r, toks, cur.first)))


def conjuncts_start(r: MentionFinder, toks: list[Token], first: int) -> int:
    """Where a run of lower-case conjuncts ending at ``first`` starts ("Lawmakers
    and officials"): the subject position is that of the first."""
    coord = r.lex.data.words("coordinators")
    k = first
    while k >= 2 and toks[k - 1].norm in coord and toks[k - 2].text.isalpha() \
            and (toks[k - 2].text.islower() or opens_sentence(toks, k - 2)) \
            and toks[k - 2].norm not in r.clause_words:
        k -= 2
    return k


def _hyphen_pair(toks: list[Token], cur: _Draft, it: Item, gap: range) -> bool:
    """"perundingan RI-GAM", "perang Israel-Hamas": a state, a hyphen and another
    named actor are a pair, two actors."""
    return bool(gap) and all(toks[j].norm == "-" for j in gap) and len(cur.items) == 1 \
        and cur.items[0].entry.kind in COUNTRY_KINDS and it.entry.kind in ("org", "person", *COUNTRY_KINDS)
