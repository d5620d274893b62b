"""Actor mentions: find lexicon items in a sentence, join them, resolve a code.

"Menteri Luar Negeri Rusia Sergei Lavrov" is four items (role "Menteri Luar
Negeri", country "Rusia", unknown name "Sergei", person "Lavrov") joined into
one mention coded RUSGOV: the country from the first country-bearing item, the
role from the head role noun (the first in Indonesian, the last in English),
else from the knowledge base at the article's date. Items join when nothing
but joiner words ("dari", "of", "'s") or capitalised names stand between
them, and never when they name two different countries (the joining, with its
exceptions, is ``joining.py``; the code of a joined mention, ``resolve.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from peristiwa.actors.appositions import firm_appositions, holder_appositions
from peristiwa.actors.brands import without_brands
from peristiwa.actors.dateline import find_dateline
from peristiwa.actors.discourse import Discourse, name_word
from peristiwa.actors.joining import join_items
from peristiwa.actors.kb import _rank_of
from peristiwa.actors.lexicon import ActorLexicon
from peristiwa.actors.resolve import (
    _ROLE_CODES,
    ARMED_ROLES,
    COUNTRY_KINDS,
    OPEN_END,
    Item,
    Resolver,
    _Draft,
    _is_international,
    role_holder,
)
from peristiwa.actors.story import place_country, where_country
from peristiwa.records import Actor, ActorEntry, Dateline, Mention, Sentence, Token
from peristiwa.text.clauses import Breaks, clauses
from peristiwa.text.normalize import fold
from peristiwa.text.stems import common_words, ordinary_words
from peristiwa.text.tokens import opens_sentence

# the position of a party office in a knowledge-base row's source ("Chair of Golkar")
PARTY_OFFICE = re.compile(r"\b(?:chair|founder|secretary-general|party)\b", re.I)


ELECT_BEFORE = timedelta(days=100)  # an office-holder elect: between the election and taking office


def _end_of(row, rows) -> date:
    """The end of an office: its own, else the start of the person's next row of
    another code (a curated row closes an open compiled one: "term ended"), else
    the knowledge base's horizon."""
    if row.end:
        return row.end
    later = [x.start for x in rows if x.start and x.start > row.start and x.code[:6] != row.code[:6]]
    return min(later, default=max(row.start, OPEN_END))


class MentionFinder(Resolver):
    def __init__(self, lexicon: ActorLexicon, ner=None) -> None:
        # ``ner(words, spaces)`` -> [(first, last, "PER"|"ORG"|"LOC")]: names the
        # lexicon does not know are still mentions (with no code, their name kept)
        self.ner = ner
        self.lex = lexicon
        self._common = common_words(lexicon.data)
        self._ordinary = ordinary_words(lexicon.data)  # but the given names ("Budi")
        d = lexicon.data
        self.joiners = d.words("mention_joiners")
        self.inner = d.words("mention_inner")
        self.describers = d.words("role_describers")  # "Pemerintah Baru": no name (joining.py)
        # "Soldiers from Kenya attacked ...": a role subject and the state it comes from
        self.origin_joiners = d.words("origin_joiners")
        # "Lawmakers in France criticized ...": a role subject and the state it is in
        self.role_places = d.words("role_places")
        self.against = d.words("against_modifiers")
        self.former = d.words("former")
        self.ranks = d.words("rank_titles")
        self.head_last = d.setting("head", "first") == "last"
        self.default_country = d.setting("default_country", "")
        self.locatives = d.words("locatives")
        self.place_locatives = d.words("place_locatives")
        self.foreign = d.words("foreign")
        self.heads = d.words("mention_heads")
        self.needs_name = d.words("needs_name")
        # words that close a name ("... Group", "... Tbk", "... Corp"): the name stands before them
        self.name_suffixes = d.words("name_suffixes")
        # words that make an institution's name an international body's ("Badan ... Internasional")
        self.international = d.words("international_words")
        self.prepositions = d.words("prepositions")
        self.skip_words = d.words("mention_skip")
        self.bare_verbs = d.words("bare_verbs")
        self.agent_words = d.words("agent_markers")
        # "ini", "tersebut": a described person named before ("mantan menteri ini")
        self.demonstratives = d.words("demonstratives")
        # words after which a phrase opens its clause: "..., yang disampaikan X", "oleh X"
        self.clause_words = (d.words("clause_breaks") | d.words("relative") | d.words("auxiliaries")
                             | d.words("agent_markers"))
        self.office = d.words("office_words")
        self.made_things, self.makers = d.words("made_things"), d.words("makers")  # actors/brands.py
        self.divisions = Breaks.of(d.words("division_nouns"))  # "Polisi negara bagian X"
        self.origins = d.words("origin_words")  # "produsen otomotif asal Korea Selatan"
        # The finder holds only what the language data says: everything about an
        # article (its items, its memory of names) is passed in, so one finder
        # serves several threads at once.

    def find(self, sent: Sentence, published: date | None,
             context: tuple[str, str] | None = None, skip: int = 0,
             memory: Discourse | None = None, names: bool | list = True,
             items: list[Item] | None = None) -> list[Mention]:
        """Mentions in ``sent``; the first ``skip`` tokens (a dateline) are passed over.
        ``memory`` holds the people named earlier in the article, and learns
        those named here. ``items``: the sentence's lexicon items (``items``), when
        the caller looked them up already (for ``context_country``); they are
        copied, not changed."""
        toks = sent.tokens
        if items is None:
            items = self.items(sent, published)
        # copies: joining may rewrite an item's entries (a surname that is only a name here)
        found = [Item(it.first, it.last, list(it.entries)) for it in items if it.first >= skip]
        if memory is not None:
            found = self._recall(toks, found, memory, skip)
        if names:  # only worth the recogniser's time where an event may be coded
            found = self._names(toks, found, skip, names if isinstance(names, list) else None)
        drafts = join_items(self, toks, found)
        country = context or self.context_country(sent, published, items=items)
        partners = self._partner_countries(toks, drafts, published)
        out = []
        for dr, partner in zip(drafts, partners, strict=True):
            m = self._mention(sent, dr, published, (partner,) * 2 if partner else country, memory)
            if m is not None:
                out.append(m)
        out = without_brands(toks, self._not_teams(toks, out), self.made_things, self.makers)
        out = firm_appositions(toks, out, self.default_country, self.joiners)
        out = holder_appositions(toks, out, self.ranks, self._common)
        out = self._without_entourage(toks, out)
        return self._party_members(self._shared_head(toks, self._shared_role(toks, out)), published)

    PLACE_KINDS = frozenset({"country", "capital", "region", "place", "demonym"})

    def _without_entourage(self, toks: list[Token], out: list[Mention]) -> list[Mention]:
        """"Presiden X bersama Ibu Negara mengunjungi Y": a spouse or an entourage by its
        role (grammar ``entourage_roles``) right after a word of company (``companion_markers``,
        ``companion_participles``) after another actor goes along with that principal: no
        actor of its own (CONVENTIONS §4.2), so no second side of the act."""
        d = self.lex.data
        roles, company = d.words("entourage_roles"), d.words("companion_markers") | d.words("companion_participles")
        if not roles:
            return out
        return [m for n, m in enumerate(out)
                if not (n and m.first == out[n - 1].last + 2 and toks[m.first - 1].norm in company
                        and any(e.kind == "role" and e.phrase.lower() in roles for e in m.entries))]

    def _party_members(self, out: list[Mention], published: date | None) -> list[Mention]:
        """"Ketua Umum PDIP ... memerintahkan semua kader ...": members named by a noun
        of no role (grammar ``member_nouns``) are of the one party (a known "Partai ...")
        of their country the sentence names; with none or several they stay the bare country."""
        nouns = self.lex.data.words("member_nouns")
        bare = [n for n, m in enumerate(out) if len(m.entries) == 1 and fold(m.entries[0].phrase) in nouns
                and len(m.actor.code) == 3]
        if not bare:
            return out
        parties = {e.key for m in out for e in m.entries if e.kind == "org" and e.key
                   and self.lex.kb.get(e.key).name.startswith("Partai ")}
        if len(parties) != 1:
            return out
        code = self.lex.kb.get(parties.pop()).code_at(published)
        for n in bare:
            if code[:3] == out[n].actor.code:
                out[n] = replace(out[n], actor=replace(out[n].actor, code=code, role=code[3:6]))
        return out

    def _stance_of(self, toks: list[Token], i: int, roles: set[int]) -> bool:
        """"kelompok anti-pemerintah", "milisi pro-Rusia": what a group is for or against
        (grammar ``stance_prefixes`` and a hyphen, right after a role or a word of
        ``group_nouns``) is no actor, nor the group's country; after an act ("aksi
        anti-Amerika") it is whom the act is against."""
        return i >= 3 and toks[i - 1].text == "-" and toks[i - 2].norm in self.lex.data.words("stance_prefixes") \
            and (i - 3 in roles or toks[i - 3].norm in self.lex.data.words("group_nouns"))

    def _not_teams(self, toks: list[Token], out: list[Mention]) -> list[Mention]:
        """In a sentence about sport (grammar ``sport_words``: "liga", "sepak bola",
        "pertandingan") outside a name ("Liga Arab" is none), a mention that is only
        a place's name is a club or a team named after it ("Madrid menjamu Paris
        Saint-Germain", "merapat ke Persija Jakarta"), no state: it is no actor.
        People, roles and organisations stay."""
        sport = self._sport
        # "Liga Arab" is a league of states; an athlete's role ("Bek Belanda") is no name
        named = {i for m in out if not any(e.kind == "role" for e in m.entries)
                 for i in range(m.first, m.last + 1)}
        firsts = sport.firsts  # (most tokens open no sport phrase: one look-up each)
        where = [t.start for t in toks if t.norm in firsts and sport.at(toks, t.i) and t.i not in named]
        if not where:
            return out
        # only in the part of the sentence the sport word is in: "X mengecam Rusia ..., sementara
        # timnas Y menang" keeps X and Rusia (grammar ``topic_breaks``)
        cut = clauses(toks, self._topic_breaks)
        sporting = {cut.index(at) for at in where}
        return [m for m in out if not (m.entries and all(e.kind in self.PLACE_KINDS for e in m.entries)
                                       and cut.index(toks[m.first].start) in sporting)]

    @cached_property
    def _sport(self) -> Breaks:
        """The words and phrases of sport (grammar ``sport_words``), matched as breaks are."""
        return Breaks.of(self.lex.data.words("sport_words"))

    @cached_property
    def _topic_breaks(self) -> Breaks:
        return Breaks.of(self.lex.data.words("topic_breaks"))

    def _shared_head(self, toks: list[Token], out: list[Mention]) -> list[Mention]:
        """"Kenyan and Ugandan ministers": where the head comes last, demonyms
        coordinated before a demonym + role share its role (KENGOV, UGAGOV); a
        country's name ("Kenya and Ugandan ministers") is a noun of its own."""
        if not self.head_last:
            return out
        coord = self.lex.data.words("coordinators")
        plural = tuple(self.lex.data.setting("plural_endings", [])) or ("\0",)
        singular = tuple(self.lex.data.setting("singular_endings", []))
        for n in range(len(out) - 1, 0, -1):
            m = out[n]
            a = m.actor
            if not (a.kind == "role" and a.country and len(a.code) > 3 and m.entries
                    and m.entries[0].kind == "demonym" and m.refers_to is None):
                continue
            nxt = m
            for k in range(n - 1, -1, -1):
                x = out[k]
                between = [t.norm for t in toks[x.last + 1: nxt.first]]
                word = toks[x.last].norm  # "Kenyans and Ugandan ministers": a plural is a noun
                if not between or any(w not in coord for w in between) or x.actor.kind != "country" \
                        or len(x.entries) != 1 or x.entries[0].kind != "demonym" or len(x.actor.code) != 3 \
                        or word.endswith(plural) and not word.endswith(singular):
                    break
                out[k] = replace(x, actor=replace(x.actor, code=x.actor.code + a.code[3:], role=a.role,
                                                  kind="role"))
                nxt = x
        return out

    def _role_then_state(self, m: Mention) -> bool:
        """"Menteri Luar Negeri Jordania dan Israel": where the head comes first, a role
        right before its state is shared by the states coordinated after it."""
        return not self.head_last and len(m.entries) == 2 and m.entries[0].kind == "role"

    def _shared_role(self, toks: list[Token], out: list[Mention]) -> list[Mention]:
        """"The ambassadors of A, B and C": the states coordinated after a role's
        "of" (grammar ``role_of``), or after the locative or origin word that joined
        them to it ("Lawmakers in A and B", ``role_places``, ``origin_joiners``) each
        have that role (AGOV, BGOV, CGOV)."""
        # "Lawmakers in A and B", "Soldiers from A and B": each state the same
        of = self.lex.data.words("role_of") | self.role_places | self.origin_joiners
        coord = self.lex.data.words("coordinators")
        for n, m in enumerate(out):
            a = m.actor
            if not (a.kind == "role" and a.country and a.code.startswith(a.country)
                    and len(a.code) > len(a.country) and m.last >= 1 and m.entries
                    and m.entries[-1].kind in COUNTRY_KINDS
                    and (toks[m.last - len(m.entries[-1].phrase.split())].norm in of or self._role_then_state(m))):
                continue
            role = a.code[len(a.country):]
            prev = m
            states = [a.country]
            chain: list[int] = []
            closed = False  # "A, B dan C": a list a conjunction closes, not "Jerman, Rusia ..."
            for k in range(n + 1, len(out)):
                x = out[k]
                between = [t.norm for t in toks[prev.last + 1: x.first]]
                if not between or any(w not in coord for w in between) or x.actor.kind != "country" \
                        or len(x.actor.code) != 3:
                    break
                closed = closed or any(w != "," for w in between)
                chain.append(k)
                prev = x
            if not closed and self._role_then_state(m):
                chain = []
            for k in chain:
                x = out[k]
                out[k] = replace(x, actor=replace(x.actor, code=x.actor.code + role, role=a.role, kind="role"))
                states.append(x.actor.code)
            if self._role_then_state(m) \
                    or toks[m.last - len(m.entries[-1].phrase.split())].norm not in of - self.lex.data.words("role_of"):
                continue
            # "Lawmakers and officials in A and B": a role naming no state coordinated
            # before is of the same states
            nxt = m
            for k in range(n - 1, -1, -1):
                x = out[k]
                between = [t.norm for t in toks[x.last + 1: nxt.first]]
                if not between or any(w not in coord for w in between) or x.actor.kind != "role" \
                        or x.named("country") is not None or x.named("demonym") is not None or x.members:
                    break
                own = x.actor.code[len(x.actor.country):] if x.actor.code.startswith(x.actor.country) \
                    else x.actor.code
                members = tuple(replace(x.actor, code=c + own, country=c) for c in states)
                out[k] = replace(x, actor=members[0], members=members if len(members) > 1 else ())
                nxt = x
        return out

    def _placed_after(self, toks: list[Token], k: int, last: int) -> bool:
        """Tokens ``k``..``last`` stand between commas (or a comma and the sentence's end)
        after a place named after a locative of where, in capitalised words ("di Hotel
        Mulia, Jakarta, Senin", "di Gedung DPR, Jakarta."): they tell where that place is,
        as a place does after the locative itself. Not before a verb ("Di PBB, Washington
        menuntut ...": a subject)."""
        j = k - 1
        if j < 2 or toks[j].norm != "," or last + 1 < len(toks) and toks[last + 1].norm not in (",", ".", ";"):
            return False
        j -= 1  # back over the place's words, and the places it is in ("di Gedung X, Senayan, Jakarta")
        while j > 0 and k - j <= 10 and (toks[j].text[:1].isupper() or toks[j].norm == "," and toks[j - 1].text[:1].isupper()):
            j -= 1
        return j < k - 2 and toks[j].norm in self.place_locatives and toks[j + 1].text[:1].isupper()

    def _mention(self, sent: Sentence, dr: _Draft, published: date | None,
                 country: tuple[str, str], memory: Discourse | None) -> Mention | None:
        """The mention a draft makes (None when it names no actor), remembered in ``memory``."""
        toks = sent.tokens
        if dr.first > 0 and toks[dr.first - 1].norm in self.office and not any(
                it.entry.kind == "role" and it.entry.code in ARMED_ROLES for it in dr.items) \
                and not all(it.entry.kind in COUNTRY_KINDS for it in dr.items):
            return None  # "jabatan Presiden": the office, not its holder ("posisi pemberontak", "posisi Suriah" are theirs)
        if (dr.first > 0 and toks[dr.first - 1].norm in self.place_locatives or self._placed_after(toks, dr.first, dr.last)) \
                and all(it.entry.kind == "capital" for it in dr.items):
            return None  # "bertemu di Jakarta", "kata X di Hotel Mulia, Jakarta": a capital of a place is a place
        actor = self._resolve(toks, dr, published, country)
        if actor is None:
            return None
        if self.default_country and actor.kind == "person" and not actor.code \
                and all(it.entry.source == "kb-short" for it in dr.items):
            # "Haris Mulyadi menuduh ...": a surname the knowledge base has for someone of no
            # office at the date codes no actor; the words are left to the rules for persons
            # named without a role (of the language's own country: English has none)
            return None
        if memory is not None and actor.kind == "person" and all(it.entry.kind == "person" for it in dr.items):
            # a person named again by name alone keeps the role the article gave him
            actor = memory.fuller([toks[j].norm for j in range(dr.first, dr.last + 1) if name_word(toks[j].text)],
                                  actor) or actor
        members: tuple[Actor, ...] = ()
        if "/" in actor.country and actor.code.startswith(actor.country):
            # a compound code of a user's dictionary ("THE_SHIRE [FRO/BIL/SAM]"): one actor each
            rest = actor.code[len(actor.country):]
            members = tuple(replace(actor, code=c + rest, country=c) for c in actor.country.split("/"))
            actor = members[0]
        first, last = dr.first, dr.last
        m = Mention(first=first, last=last, start=toks[first].start, end=toks[last].end,
                    text=sent.text[toks[first].start - sent.start: toks[last].end - sent.start],
                    actor=actor, entries=tuple(it.entry for it in dr.items), members=members)
        before = memory.people[-1] if memory is not None and memory.people else None
        epithet = before is not None and self._epithet(toks, dr)
        if epithet:
            # "..., kata arkeolog Edi Sedyawati. Mantan Dirjen Kebudayaan ini ...":
            # a former office with a demonstrative describes the person just named,
            # who is coded as the article first said (CONVENTIONS §4.2: ELI only
            # for someone known by a former office alone)
            m.actor, m.refers_to, m.refers_how = before[0], before[1], "(named before)"
        definite = not epithet and memory is not None and self._definite_role(toks, dr)
        if definite:
            # "presiden 73 tahun itu", "sang menteri", "the president": a role of no
            # country with a definite word is the last actor the article named with that
            # role (CONVENTIONS §1.3: its referent is in the text), else what it was
            found = memory.holder(tuple(fold(dr.items[0].entry.phrase).split()), self.head_last)
            if found is not None and found[0].code:
                m.actor, m.refers_to, m.refers_how = found[0], found[1], "(named before)"
        if memory is not None and not self._remember(toks, dr, m, memory, epithet or definite):
            return None
        if memory is not None and not (epithet or definite) and len(m.actor.code) >= 6 \
                and not _is_international(m.actor.code):
            memory.roles.extend((words, m.actor, m.text) for words in self._role_nouns(dr, m.actor, published))
        return m

    def _definite_role(self, toks: list[Token], dr: _Draft) -> bool:
        """A mention that is one role noun of no country, made definite (grammar
        ``definite_roles``): a word before it ("sang", "the") or a demonstrative after
        it, past a person's age ("presiden 73 tahun itu")."""
        spec = self.lex.data.setting("definite_roles")
        if not spec or len(dr.items) != 1 or dr.first != dr.items[0].first or dr.last != dr.items[0].last:
            return False
        e = dr.items[0].entry
        if e.kind != "role" or len(e.code) != 3 or e.code.endswith("~"):
            return False
        if dr.first > 0 and toks[dr.first - 1].norm in spec.get("before", []):
            return True
        after, gap = set(spec.get("after", [])), set(spec.get("gap", []))
        j = dr.last + 1
        while j < len(toks) and j - dr.last <= 3 and (toks[j].norm in gap or toks[j].norm.isdigit()):
            j += 1
        return j < len(toks) and toks[j].norm in after

    def _remember(self, toks: list[Token], dr: _Draft, m: Mention, memory: Discourse,
                  epithet: bool) -> bool:
        """Tell the article's memory about a mention; a pair ("kedua negara") takes its
        two members from it. False when the pair has no two actors to stand for."""
        actor = m.actor
        if actor.kind == "pair":
            pair = memory.last_two(dr.items[0].entry.code == "pair_states")
            if len(pair) < 2:
                return False
            m.members = pair
            m.refers_to, m.refers_how = f"{pair[0].name} and {pair[1].name}", "(named before)"
        memory.saw(actor)
        if actor.kind in ("person", "role"):
            self._learn(toks, dr, actor, m.text, memory)
        if actor.kind == "role":
            self._learn_apposition(toks, dr.last, actor, m.text, memory)
        if not epithet and actor.code and (actor.kind == "person" or actor.kind == "role" and any(
                self._is_name(toks, j) for j in range(max(it.last for it in dr.items) + 1, dr.last + 1))):
            memory.people.append((actor, m.text))
        return True

    def _role_nouns(self, dr: _Draft, actor: Actor, published: date | None) -> list[tuple[str, ...]]:
        """The role nouns an actor was named with ("Presiden Prancis Emmanuel Macron":
        "presiden"), or, for a known person named without one ("Trump"), the nouns of
        grammar ``role_titles`` whose title opens his office of that code on the knowledge
        base (at the date, when it says: "President" -> "presiden"; not "Vice President")."""
        out = [tuple(fold(it.entry.phrase).split()) for it in dr.items if it.entry.kind == "role"]
        titles = self.lex.data.setting("role_titles")
        if out or not titles or actor.kind != "person" or not actor.entity:
            return out
        rows = [a for a in self.lex.kb.get(actor.entity).affiliations if a.code[:6] == actor.code[:6]]
        now = [a for a in rows if published is not None and (a.start is None or a.start <= published)
               and (a.end is None or published < a.end)]
        offices = []
        for a in now or rows:
            office = a.source.split(": ", 1)[-1].lower()
            offices.append(office.split("(", 1)[1] if "(" in office else office)
        return [tuple(noun.split()) for noun, names in titles.items()
                if any(o.startswith(n) and o[len(n): len(n) + 1] in ("", " ", ",", ")") for n in names for o in offices)]

    def _epithet(self, toks: list[Token], dr: _Draft) -> bool:
        """A former office with a demonstrative and no name ("Mantan Dirjen Kebudayaan
        ini", "bekas menteri tersebut"): it describes someone named before."""
        if not self.demonstratives or toks[dr.first].norm not in self.former:
            return False
        if any(it.entry.kind in ("person", "name") or it.entry.kind in COUNTRY_KINDS for it in dr.items):
            return False
        pairing = self.lex.data.words("coordinators") - {","}
        j = dr.last + 1
        while j < len(toks) and j - dr.last <= 4 and (
                self._is_name(toks, j) or toks[j].norm in pairing and j + 1 < len(toks) and self._is_name(toks, j + 1)):
            j += 1
        return j < len(toks) and toks[j].norm in self.demonstratives

    def _own_country(self, dr: _Draft, published: date | None) -> str:
        """The country a mention names itself: a country word ("pemerintah Sri Lanka")
        or a known person's or organisation's state; "" when it has none."""
        for it in dr.items:
            if it.entry.kind in COUNTRY_KINDS:
                return it.entry.code
        for it in dr.items:
            if it.entry.kind in ("person", "org") and (it.entry.key or it.entry.code):
                found = self._countries_of(it, published)
                if found:
                    return found
        return ""

    def _partner_countries(self, toks: list[Token], drafts: list[_Draft], published: date | None) -> list[str]:
        """For a role with no country coordinated with an actor that names one, that
        country: "antara pemerintah Sri Lanka dan pemberontak Tamil" (Sri Lankan
        rebels), "polisi Meksiko dan anggota kartel" (a Mexican cartel)."""
        own: dict[int, str] = {}  # each draft's own country, worked out where it is read

        def own_of(k: int) -> str:
            found = own.get(k)
            if found is None:
                found = own[k] = self._own_country(drafts[k], published)
            return found
        out = [""] * len(drafts)
        data = self.lex.data
        coord = data.words("coordinators")
        between_coord = data.words("between_coordinators")  # "antara X *dengan* Y"
        for n, dr in enumerate(drafts):
            if not any(it.entry.kind == "role" for it in dr.items) or own_of(n):
                continue
            for m in (n - 1, n + 1):
                if not 0 <= m < len(drafts) or not own_of(m) or _is_international(own_of(m)):
                    continue
                a, b = (drafts[m], dr) if m < n else (dr, drafts[m])
                between = [t.norm for t in toks[a.last + 1: b.first] if t.norm not in self.skip_words]
                if between and all(w in coord for w in between) and any(w != "," for w in between) \
                        or between and all(w in between_coord for w in between) and after_between(toks, a.first, data):
                    out[n] = own_of(m)
                    break
        return out

    def time_of(self, mentions: list[Mention]) -> date | None:
        """When an undated text takes place, from the offices it names: "Presiden
        Joko Widodo" is said between 2014-10-20 and 2024-10-20. The middle of
        the span all such mentions share (the first one's latest spell in its
        highest office, narrowed by the others), else None."""
        spans = []
        for m in mentions:
            a = m.actor
            if not a.entity or a.kind != "person":
                continue
            ent = self.lex.kb.get(a.entity)
            person = next((e.key for e in m.entries if e.kind == "person" and e.key), "")
            if ent.kind == "org" and person and (role := m.named("role")) is not None and role.code.strip("~") == "-":
                continue  # "politikus Partai Demokrat X": a member, named by no party office
            if ent.kind == "org" and person:
                # "Ketua Umum Gerindra Prabowo Subianto": a person named by his party
                # office is dated by his rows in that office, not by the party's code
                held = [x for x in self.lex.kb.get(person).affiliations
                        if x.start and x.code[3:6] in ("GOV", "OPP") and PARTY_OFFICE.search(x.source)]
                if held:
                    spans.append([(x.start, _end_of(x, self.lex.kb.get(person).affiliations)) for x in held])
                continue
            if m.named("role") is None:
                continue
            held = [x for x in ent.affiliations if x.code[:6] == a.code[:6] and x.start]
            if held:
                # the highest of the offices the code covers: a president is named
                # as president, not as the mayor he was
                top = max(_rank_of(x.source) for x in held)
                held = [x for x in held if _rank_of(x.source) == top]
                if set(fold(a.name).split()) & self.lex.data.words("elect_words"):
                    # "presiden terpilih Joko Widodo": the months before he took office
                    spans.append([(x.start - ELECT_BEFORE, x.start) for x in held])
                else:
                    spans.append([(x.start, _end_of(x, ent.affiliations)) for x in held])
        weak = not spans
        if weak:
            spans = self._heads_named(mentions)
        if not spans:
            return None
        best = None
        for start, end in spans[0]:
            shared = 0
            for other in spans[1:]:
                # spells that only touch ("until 2014-10-20", "from 2014-10-20") share no time
                fits = [(max(start, s), min(end, e)) for s, e in other if max(start, s) < min(end, e)]
                if fits:
                    start, end = max(fits, key=lambda f: f[1] - f[0])
                    shared += 1
            if best is None or (shared, start) > best[0]:
                best = ((shared, start), end)  # the spell most others share; of several, the latest
        (shared, start), end = best
        if weak and shared < len(spans) - 1:
            return None  # heads of state named without a title who held office at different times
        return start + (end - start) / 2

    def _heads_named(self, mentions: list[Mention]) -> list[list[tuple[date, date]]]:
        """With no office named, the terms of the heads of state or government a text
        names by their full or usual name ("SBY", "Jokowi", not a bare surname): the text
        is of their time."""
        spans = []
        for m in mentions:
            a = m.actor
            if not a.entity or a.kind != "person" or m.named("role") is not None or any(
                    e.source == "kb-short" or e.source.startswith("named earlier") for e in m.entries):
                continue
            ent = self.lex.kb.get(a.entity)
            held = [x for x in ent.affiliations if x.code[3:6] == "GOV" and x.start and _rank_of(x.source) >= 4]
            if ent.kind == "person" and held:
                spans.append([(x.start, _end_of(x, ent.affiliations)) for x in held])
        return spans

    @staticmethod
    def _is_place(text: str) -> bool:
        from peristiwa.places import gazetteer

        return any(e.kind in ("city", "country", "state", "region") for e in gazetteer().candidates(text))

    def _names(self, toks: list[Token], items: list[Item], skip: int,
               found: list | None = None) -> list[Item]:
        """People and organisations the recogniser finds (or found: ``found``, from a
        batch run) where the lexicon found nothing."""
        if self.ner is None and found is None:
            return items
        if not self.may_hold_name(toks, items, skip):
            return items  # no capitalised word the lexicon left over: nothing to look for
        if found is None:
            words = [t.text for t in toks]
            spaces = [a.end < b.start for a, b in zip(toks, toks[1:], strict=False)] + [False]
            found = self.ner(words, spaces)
        # "Sudarsono Wirapraja": a word the lexicon knows only as a name of nobody it
        # codes (a surname of someone else) gives way to the person the recogniser finds
        people = [(a, b) for a, b, label in found if label == "PER" and a >= skip]
        items = [it for it in items if not (all(e.kind == "name" and not e.code for e in it.entries) and any(
            a <= it.first and it.last <= b for a, b in people))]
        taken = {j for it in items for j in range(it.first, it.last + 1)}
        extra = []
        for first, last, label in found:
            if label not in ("PER", "ORG") or first < skip:
                continue
            if any(j in taken for j in range(first, last + 1)):
                continue
            text = " ".join(t.text for t in toks[first: last + 1])
            if first == last and toks[first].norm in self._common:
                continue  # "Sekitar 10.000 mahasiswa": a capitalised word, not a name
            if self._is_place(text) or label == "PER" and role_holder(toks, first, items):
                continue  # "kesepakatan Oslo": a place, not who acted; a role's holder is the role's
            extra.append(Item(first, last, [ActorEntry("name", "", text, "title", f"ner:{label}")]))
        return sorted(items + extra, key=lambda it: it.first) if extra else items

    # -- the article's memory of names -------------------------------------------

    def _learn(self, toks: list[Token], dr: _Draft, actor: Actor, text: str, memory: Discourse) -> None:
        """Remember the name words of a person mention: the unknown ones
        ("Heriansyah" after "anggota Fraksi ..."), and a known person's surname."""
        covered = {j for it in dr.items if it.entry.kind not in ("person", "name")
                   for j in range(it.first, it.last + 1)}
        # the name follows the role and organisation words ("Direktur PT X Irene Rusli")
        after = max(covered, default=dr.first - 1)
        words = [j for j in range(dr.first, dr.last + 1)
                 if j not in covered and name_word(toks[j].text)]
        words = [j for j in words if j > after] or words
        if not words:
            return
        for j in (words[0], words[-1]):
            memory.learn(toks[j].norm, actor, text)

    def _learn_apposition(self, toks: list[Token], last: int, actor: Actor, text: str, memory: Discourse) -> None:
        """"Menteri Luar Negeri Indonesia, Budi Santoso, tiba ...": a name of one to four
        capitalised words between commas right after a role names the role's holder; the
        article may call him by its first or last word later ("Santoso mengatakan ...").
        Not a time word ("Presiden, Selasa, ...")."""
        times = self.lex.data.words("time_words")
        j = last + 2
        if j >= len(toks) or toks[last + 1].norm != ",":
            return
        end = j
        while end < len(toks) and end - j < 4 and self._is_name(toks, end) and toks[end].norm not in times:
            end += 1
            if end + 1 < len(toks) and toks[end].text == "-" and self._is_name(toks, end + 1):
                end += 1  # "Amir-Abdollahian": one name word
        if end == j or end >= len(toks) or toks[end].norm != ",":
            return
        for k in (j, end - 1):
            memory.learn(toks[k].norm, actor, f"{text}, {' '.join(t.text for t in toks[j:end])}")

    def _recall(self, toks: list[Token], items: list[Item], memory: Discourse, skip: int) -> list[Item]:
        """Names the lexicon does not know, which the article used before ("Ban"); and
        surnames the lexicon knows as somebody else's ("Wali Kota London Sadiq Khan
        ... Khan" is not Pakistan's prime minister)."""
        if not memory.names:
            return items
        items = [it for it in items if not (  # "Santoso" the tagger finds: the one named before
            it.first == it.last and all(e.source == "kb-short" or e.source.startswith("ner:") for e in it.entries)
            and memory.get(toks[it.first].norm) is not None)]
        taken = {j for it in items for j in range(it.first, it.last + 1)}
        extra = []
        for j in range(skip, len(toks)):
            t = toks[j]
            if j in taken or not name_word(t.text):
                continue
            if j + 1 < len(toks) and j + 1 not in taken and self._is_name(toks, j + 1):
                continue  # a longer name we do not know: "Ban Ki-hyun" is someone else
            if j > skip and self._is_name(toks, j - 1) and j - 1 not in taken:
                continue
            known = memory.get(t.norm)
            if known is not None:
                actor, full = known
                extra.append(Item(j, j, [ActorEntry("person", actor.code, t.text, "title",
                                               f"named earlier: {full}")]))
        return sorted(items + extra, key=lambda it: it.first) if extra else items

    def context_country(self, sent: Sentence, published: date | None, dateline_country: str = "",
                        before: tuple[str, str] | None = None,
                        items: list[Item] | None = None) -> tuple[str, str]:
        """The countries a sentence is about, for agents with none of their own:
        (national, local). Both start from the dateline's country; local agents
        (police, protesters, gangs) then take a place the sentence names ("di
        Meksiko"), national ones (ministers, parliaments) a state it names; else
        the language's default country, unless an earlier sentence of the article
        (``before``) set one. ``items``: the sentence's lexicon items, if looked up."""
        if items is None:
            items = self.items(sent, published)
        owner, acted_on = self._state_country(sent.tokens, items, published)
        place = self._place_country(sent.tokens, items)
        acting = self._acting_country(sent.tokens, items)
        # a place only the gazetteer knows ("di Tobruk"), for a language whose roles have a
        # country: after a state the clause names ("tentara Kongo di Goma"); read only when
        # nothing before it in ``local`` below decides (the toponym reader is the cost)
        found = where_country(sent, self.lex.data.code, self.place_locatives) \
            if self.default_country and not (place or dateline_country or owner or acting) else ""
        prev_nat, prev_loc = before or (self.default_country, self.default_country)
        home = bool(self.default_country) and self._home_named(sent.tokens, items, published)
        if home:
            # an actor or a place of the default country: the story told before is
            # left, roles of no country are the default's again
            prev_nat = prev_loc = self.default_country
        elif self.default_country and not owner:
            # the story's country: the state of the actor that opens the sentence with
            # a role ("Militer Myanmar menangkap ..."), or a foreign place it happens
            # in ("... di Yangon") no one travelled to, carried to the next sentences
            # that name no state of their own acting
            prev_nat = acting or self._story_place(sent.tokens, items, sent) or prev_nat
        # A state the sentence names only as the one acted on ("... membantah
        # tuduhan Malaysia") owns none of its national institutions: those stay
        # the dateline's, the article's or the language's country.
        national = dateline_country or owner or prev_nat
        named = self._named_state(sent.tokens, items, published) \
            if self.default_country and not (dateline_country or place or owner or acting or found) \
            and not home else ""
        local = dateline_country or place or owner or acting or found or named or acted_on or prev_loc
        return national or local, local

    def _home_named(self, toks: list[Token], items: list[Item], published: date | None) -> bool:
        """The sentence names an actor or a place of the language's default country:
        its name, a region of it ("Jawa Barat"), a person or body of it ("Jokowi",
        "Kapolri"), a word only its own affairs have (grammar ``home_words``: its money)."""
        home = self.default_country
        home_words = self.lex.data.words("home_words")
        if not home_words.isdisjoint([t.norm for t in toks]):
            return True  # "Rp 5 triliun", "APBN": its money, its budget
        for it in items:
            e = it.entry
            if e.kind in (*COUNTRY_KINDS, "region"):
                if e.code == home:
                    return True
            elif e.kind in ("person", "org") and (e.key or e.code):
                if self._state_of(it, published) == home:
                    return True
            elif e.kind == "role" and len(e.code) > 3 and e.code[:3] == home:
                return True
        return False

    def _story_place(self, toks: list[Token], items: list[Item], sent: Sentence) -> str:
        """A foreign country the sentence happens in: a place after a locative of where
        (grammar ``place_locatives``: "di Kairo", not "dari Vietnam", whence something
        comes), unless someone travelled there (``travel_words``: "Presiden tiba di Tokyo")."""
        place = ""
        for n, it in enumerate(items):
            if it.entry.kind in ("country", "capital", "region") and not self._mission_state(items, n) and any(
                    toks[k].norm in self.place_locatives for k in range(max(0, it.first - 3), it.first)):
                place = it.entry.code
                break
        place = place or where_country(sent, self.lex.data.code, self.place_locatives)  # one the gazetteer knows
        if not place or place == self.default_country:
            return ""
        travel = self.lex.data.words("travel_words")
        return "" if any(t.norm in travel for t in toks) else place

    def dateline(self, sent: Sentence) -> Dateline:
        """A dateline opening the sentence ("Beijing, Selasa -"; ``dateline.py``)."""
        return find_dateline(self.lex, sent)

    def _role_place(self, toks: list[Token], dr: _Draft, role_item: Item | None) -> str:
        """"Gubernur Texas", "Wali Kota Kyiv": the capitalised words after a role that
        name no one the lexicon knows name a place when the gazetteer knows one by
        that name; its country is the role's."""
        if role_item is None or self.head_last or role_item.last >= dr.last \
                or any(it.first > role_item.last for it in dr.items):
            return ""
        # past a division noun: "Polisi negara bagian Texas"
        words = toks[role_item.last + 1 + self.divisions.at(toks, role_item.last + 1): dr.last + 1]
        if not words or not all(t.text[:1].isupper() for t in words if t.text.isalpha()):
            return ""
        return place_country(" ".join(t.text for t in words))

    # -- items -----------------------------------------------------------------

    def items(self, sent: Sentence, published: date | None = None) -> list[Item]:
        """The lexicon items of a sentence: look them up once and pass them to
        ``context_country`` and ``find``."""
        found = self._namesakes(self._items(sent.tokens, published))
        groups = {it.last for it in found if any(e.kind == "role" for e in it.entries)}
        named = {e.code for it in found for e in it.entries if e.kind in COUNTRY_KINDS}
        return [it for it in found if not self._stance_of(sent.tokens, it.first, groups)
                and not self._foreign_guess(it, named)]

    def _namesakes(self, found: list[Item]) -> list[Item]:
        """"Partai Buruh Inggris": a body the knowledge base knows as one country's, named
        by its form (its first word one of grammar ``needs_name``: "Partai", "Forum") and
        right before another country, is that country's body of the same name: a role
        (the base's, OPP) of the country after it, as "Partai Hijau Jerman" is."""
        for n, (it, nxt) in enumerate(zip(found, found[1:], strict=False)):
            e = it.entry
            if e.kind != "org" or not e.key or nxt.first != it.last + 1 \
                    or nxt.entry.kind not in ("country", "demonym") \
                    or e.phrase.split()[0].lower() not in self.needs_name:
                continue
            code = self.lex.kb.pick(it.kb_keys(), None).code_at(None)
            if len(code) == 6 and code[:3] not in ("IGO", "NGO", "MNC", "IMG", nxt.entry.code):
                found[n] = Item(it.first, it.last, [ActorEntry("role", code[3:], e.phrase, e.case, e.source)])
        return found

    def _foreign_guess(self, it: Item, named: set[str]) -> bool:
        """A name the knowledge base has only by a near spelling (``_lookup_run``) of
        someone of another country than the language's, of no leading office (rank < 3:
        "Mahmud Abbas" is Mahmoud Abbas), whose country the sentence does not name:
        "Menteri Agama Ahmad Zaki" is no Maldivian "Ahmed Zaki"; left unknown."""
        if not self.default_country or not it.entries or not all(
                e.source.startswith("kb-fuzzy") and e.key and self.lex.kb.get(e.key).rank < 3 for e in it.entries):
            return False
        states = {a.code[:3] for e in it.entries for a in self.lex.kb.get(e.key).affiliations}
        return bool(states) and self.default_country not in states and not states & named

    def _name_run(self, toks: list[Token], i: int) -> int:
        """How many capitalised name words start at ``i`` ("Idham Aziz" -> 2)."""
        if not toks[i].text[:1].isupper():
            return 0  # most words: as the loop below would find
        breaks = self.lex.data.words("clause_breaks")
        j = i
        while j < len(toks) and j - i < 5:
            t = toks[j]
            if not (t.text[:1].isupper() and t.text.replace("-", "").isalpha() and not t.text.isupper()
                    and t.norm not in breaks):
                break
            j += 1
        return j - i

    def _lookup_run(self, toks: list[Token], i: int, run: int, published: date | None) -> Item | None:
        """A full name the lexicon lacks as written, found in the knowledge base
        by a near spelling ("Idham Aziz" -> Idham Azis)."""
        name = " ".join(t.text for t in toks[i: i + run])
        found = self.lex.kb.lookup(name, published, fuzzy=True, limit=3)
        if not found or found[0].how != "fuzzy":
            return None
        best = [c for c in found if c.score == found[0].score]
        kind = "org" if best[0].entity.kind == "org" else "person"
        return Item(i, i + run - 1, [ActorEntry(kind, "", name, "title", f"kb-fuzzy {c.score:.0f}", key=c.entity.id)
                                     for c in best])

    def _items(self, toks: list[Token], published: date | None = None) -> list[Item]:
        items = []
        i = 0
        root = self.lex.trie
        while i < len(toks):
            t = toks[i]
            # (singular is "" for a word with no hyphen, _name_run 0 for one in lower case)
            if t.norm not in root and not t.text[:1].isupper() \
                    and ("-" not in t.norm or self.lex.singular(t.norm) not in root):
                i += 1  # no phrase starts here, no name run: as the look-ups below would find
                continue
            n, entries = self.lex.longest(toks, i)
            run = self._name_run(toks, i) if t.text[:1].isupper() else 0
            if run >= 2 and run > n:
                found = self._lookup_run(toks, i, run, published)
                if found is not None:
                    items.append(found)
                    i += run
                    continue
            if n:
                entries = self._prefer(entries)
                if (n == 1 and entries[0].kind in (*COUNTRY_KINDS, "region") and opens_sentence(toks, i)
                        and not t.text.isupper() and t.norm in self._place_words):
                    i += 1  # "Baku tembak ...", "Padang rumput ...": a word of the language first
                    continue
                if (entries[0].kind == "person" and n == 1 and " " not in entries[0].phrase
                        and self._other_given_name(toks, i, entries)):
                    # "Idham Aziz" is not the Saudi minister known as "Aziz"
                    entries = [ActorEntry("name", "", entries[0].phrase, "title", "surname of someone else")]
                if entries[0].kind in COUNTRY_KINDS and self._after_support(toks, i):
                    # "separatis pro-Rusia": the state they support, not theirs and no actor
                    entries = [ActorEntry("place", entries[0].code, entries[0].phrase, "any", "supported")]
                entries = self._named_thing(toks, i, n, entries)
                if entries[0].kind == "org" and self._hyphen_tail(toks, i, items):
                    # "Elias Bou-Saab": the second half of a hyphenated name, not the firm
                    entries = [ActorEntry("name", "", entries[0].phrase, "title", "hyphenated name")]
                items.append(Item(i, i + n - 1, entries))
                i += n
            else:
                i += 1
        return items

    def _named_thing(self, toks: list[Token], i: int, n: int, entries: list[ActorEntry]) -> list[ActorEntry]:
        """An actor's name that names a thing: a currency's country ("400 juta dollar
        AS", "US dollars"), the subject of a law (grammar ``law_words``: "revisi UU
        KPK", "RUU TNI") is no actor."""
        data = self.lex.data
        currency = data.words("currency_words")
        after = toks[i + n].norm if i + n < len(toks) else ""
        before = toks[i - 1].norm if i > 0 else ""
        if (before in currency or self.head_last and after in currency) and entries[0].kind in COUNTRY_KINDS:
            return [ActorEntry("place", entries[0].code, entries[0].phrase, "any", "currency")]
        if before in data.words("law_words") and not self.head_last:
            return [ActorEntry("place", entries[0].code, entries[0].phrase, "any", "law")]
        return entries

    def _hyphen_tail(self, toks: list[Token], i: int, items: list[Item]) -> bool:
        """Token ``i`` follows a hyphen written close between it and a capitalised word
        that is no item, no word of the language, no stance word and no article of a
        name (grammar ``name_articles``: "Al-Shabaab"), as in "Bou-Saab", not
        "Israel-Hamas" nor "Anti-Google": the second half of one unknown name."""
        if i < 2 or toks[i - 1].text != "-" or toks[i - 1].start != toks[i - 2].end \
                or toks[i].start != toks[i - 1].end or items and items[-1].last >= i - 2:
            return False
        t = toks[i - 2]
        stance = self.lex.data.words("stance_prefixes") | self.against | self.lex.data.words("support_modifiers") \
            | self.lex.data.words("name_articles")
        return t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() and t.norm not in stance \
            and t.norm not in self._common and not (t.stem != t.norm and t.stem in self._common)

    @cached_property
    def _place_words(self) -> frozenset[str]:
        """Words of the language that are also place names (places.toml common_words,
        places.common.txt): capitalised only because they open a sentence, they are
        no place and no state."""
        from peristiwa.places.lexicon import lang_places

        return lang_places(self.lex.data.code).common

    def _other_given_name(self, toks: list[Token], i: int, entries: list[ActorEntry]) -> bool:
        """A surname alias beside a name word (or an initial) none of its people bears:
        "Idham Aziz", "A Azis Angkat" are not the people known as "Aziz", "Azis"."""
        near = []
        # a sentence's first word is a name word unless the language has such a word
        first_name = i == 1 and toks[0].text[:1].isupper() and toks[0].text.isalpha() \
            and not toks[0].text.isupper() and toks[0].norm not in self._ordinary and toks[0].stem not in self._ordinary \
            and toks[0].form in ("bare", "")
        if i > 0 and ((self._is_name(toks, i - 1) or first_name) and not self._home_role_before(toks, i, entries)
                      or self._initial(toks[i - 1])):
            near.append(toks[i - 1].norm)
        if i + 1 < len(toks) and (self._is_name(toks, i + 1) or self._initial(toks[i + 1])):
            near.append(toks[i + 1].norm)  # "Tonny H. Wangania" is not the one known as "Tonny"
        if not near:
            return False
        for e in entries:
            if e.key:
                ent = self.lex.kb.get(e.key)
                names = {w for a in ent.aliases for w in fold(a).split()}
                # Sergei ~ Sergey: transliterations share their first letters
                if all(w in names or any(len(x) >= 4 and x[:4] == w[:4] for x in names) for w in near):
                    return False
        return True

    def _home_role_before(self, toks: list[Token], i: int, entries: list[ActorEntry]) -> bool:
        """"Menlu Retno": a role word right before a surname of the language's own
        country's people is the role, no given name (a foreign surname stays a guess)."""
        n, before = self.lex.longest(toks, i - 1)
        if n != 1 or not self.default_country or not any(e.kind == "role" for e in before):
            return False
        return all(e.key and self.lex.kb.get(e.key).code_at(None)[:3] == self.default_country for e in entries)

    @staticmethod
    def _initial(t: Token) -> bool:
        return len(t.text.rstrip(".")) == 1 and t.text[:1].isupper()

    @staticmethod
    def _prefer(entries: list[ActorEntry]) -> list[ActorEntry]:
        order = {"place": -1, "pair": -1, "person": 0, "org": 1, "role": 2, "country": 3, "capital": 4,
                 "demonym": 5, "region": 6, "pronoun": 7, "name": 8}
        if any(e.key and e.source != "kb-short" for e in entries):
            # a name the knowledge base lists for someone ("Guterres" for the UN chief)
            # before a surname derived for others who bear it
            entries = [e for e in entries if not (e.key and e.source == "kb-short")]
        return sorted(entries, key=lambda e: order.get(e.kind, 9))

    def _countries_of(self, item: Item, published: date | None) -> str:
        e = item.entry
        if e.kind in COUNTRY_KINDS or e.kind == "region":
            return e.code
        if e.kind in ("person", "org") and e.key:
            code = self.lex.kb.pick(item.kb_keys(), published).code_at(published)
            return code[:3] if code and not code.startswith(("IGO", "NGO", "MNC", "IMG")) else ""
        if e.kind == "org" and e.code and e.code[:3] not in ("IGO", "NGO", "MNC", "IMG"):
            return e.code[:3] if len(e.code) >= 3 and e.code[:3] not in _ROLE_CODES() else ""
        return ""

    def _after_support(self, toks: list[Token], first: int) -> bool:
        """A phrase at ``first`` follows a word of support ("pro-Rusia")."""
        k = first - 1
        while k >= 0 and toks[k].norm == "-":
            k -= 1
        return k >= 0 and toks[k].norm in self.lex.data.words("support_modifiers")

    def _is_name(self, toks: list[Token], j: int) -> bool:
        t = toks[j]
        return (
            t.text[:1].isupper()
            and t.text.isalpha()
            and not t.text.isupper()
            and not opens_sentence(toks, j)
            and t.norm not in self.lex.data.words("clause_breaks")
        )


def after_between(toks: list[Token], first: int, data) -> bool:
    """"antara X dengan Y": the first party stands right after a between marker
    (grammar ``between_markers``), which is not "di antara" (among, ``among_before``).
    The mention finder (a party's country) and the reader (the parties' group) ask it."""
    return first > 0 and toks[first - 1].norm in data.words("between_markers") \
        and not (first > 1 and toks[first - 2].norm in data.words("among_before"))
