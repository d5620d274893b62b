"""How a mention's items resolve to a code: the country (the items' own, the
place the sentence happens in, the acting state, the dateline's), the role (the head
role noun, else the knowledge base at the article's date) and what a mention of no
code is. ``Resolver`` is a part of ``MentionFinder`` (mentions.py); ``Item`` and the
kinds of actor it reads are shared with it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from peristiwa.actors.lexicon import PETRARCH_AGENTS
from peristiwa.actors.story import _division_after, place_country
from peristiwa.records import Actor, ActorEntry, Token
from peristiwa.text.normalize import fold
from peristiwa.text.tokens import opens_sentence

COUNTRY_KINDS = ("country", "capital", "demonym")
OPEN_END = date(2026, 1, 1)  # an office still held: assume it to here (the knowledge base's horizon)
# Roles of a state's centre: with no country of their own ("Menteri Perdagangan")
# they are taken to be of the dateline's or the press's country, not of the
# place the sentence mentions ("... di Bangalore, India").
NATIONAL_ROLES = frozenset({"GOV", "LEG", "JUD", "SPY"})
# Roles that hold ground, not an office: "posisi pemberontak" are the rebels' positions.
ARMED_ROLES = frozenset({"REB", "UAF", "INS", "MIL", "SEP"})


@dataclass
class Item:
    """Tokens ``first``..``last`` that the lexicon (or a rule) knows: its entries, best first."""

    first: int
    last: int
    entries: list[ActorEntry]

    @property
    def entry(self) -> ActorEntry:
        return self.entries[0]

    def kb_keys(self) -> list[str]:
        first = self.entries[0].kind
        return [e.key for e in self.entries if e.key and e.kind == first]


@dataclass
class _Draft:
    items: list[Item] = field(default_factory=list)
    first: int = 0
    last: int = 0


def _is_international(code: str) -> bool:
    return code.startswith(("IGO", "NGO", "MNC", "IMG"))


def _ROLE_CODES():
    from peristiwa.actors.lexicon import ROLES

    return ROLES


class Resolver:
    """The code of a joined mention (see the module's docstring)."""

    def _mission_state(self, items: list[Item], k: int) -> bool:
        """Item ``k`` is the state of a diplomatic mission named before it ("Kedutaan
        Besar Malaysia", grammar ``mission_roles``): the mission's owner only; the
        mission stands in another state, so the sentence neither happens in this one
        nor has it own the roles it names without a country."""
        prev = items[k - 1] if k else None
        return prev is not None and prev.entry.kind == "role" and prev.last >= items[k].first - 1 \
            and fold(prev.entry.phrase) in self.lex.data.words("mission_roles")

    def _complement_subject(self, toks: list[Token], first: int) -> bool:
        """A phrase at ``first`` opens the complement of a request or a statement
        (grammar ``complementizers``, ``statement_openers``: "meminta agar pemerintah
        Malaysia ...", "menegaskan bahwa Rusia ..."): the one asked or spoken of, not
        the owner of the institutions of the clause that asks or states."""
        t = self._word_before(toks, first)
        data = self.lex.data
        return t is not None and (t.norm in data.words("complementizers") or t.norm in data.words("statement_openers"))

    def _place_country(self, toks: list[Token], items: list[Item]) -> str:
        """The country a sentence happens in, from a place after a locative ("di
        wilayah Meksiko", "para pejuang dari Misrata"); a place whence something comes
        after a verb is not ("Polisi menyita sabu dari Malaysia": the police are where
        the drugs came to; only a locative of where, grammar ``place_locatives``, is)."""
        for n, it in enumerate(items):
            if it.entry.kind in ("country", "capital", "region") and not self._mission_state(items, n):
                for k in range(max(0, it.first - 3), it.first):
                    if toks[k].norm in self.place_locatives or toks[k].norm in self.locatives \
                            and not self._after_verb(toks, k):
                        return it.entry.code
        return ""

    def _after_verb(self, toks: list[Token], k: int) -> bool:
        """Token ``k`` stands after a verb of its clause (back to a punctuation mark or a
        word that opens a clause): in the predicate, not in the subject's noun phrase."""
        for t in reversed(toks[:k]):
            if t.form in ("active", "passive") and t.norm not in self.bare_verbs:
                return True
            if not any(c.isalnum() for c in t.norm) or t.norm in self.clause_words:
                return False
        return False

    def _acting_country(self, toks: list[Token], items: list[Item]) -> str:
        """The country of the one actor the sentence names with a role and a country
        as its subject ("Militer Myanmar menangkap ...", "Turkish police ..."): the
        country the sentence happens in, for agents named without one."""
        found = set()
        for a, b in zip(items, items[1:], strict=False):
            if a.last != b.first - 1 or {a.entry.kind, b.entry.kind} not in (
                    {"role", "country"}, {"role", "demonym"}):
                continue
            country = a if a.entry.kind != "role" else b
            if self._acting_subject(toks, a.first):
                found.add(country.entry.code)
        for a in items:  # "Polisi negara bagian Sinaloa ...", "Gubernur Texas ...": a division's country
            n = self.divisions.at(toks, a.last + 1) if a.entry.kind == "role" else 0
            described = a.last + n + 1 < len(toks) and toks[a.last + n + 1].norm in self.describers
            place = _division_after(toks, a.last + n, place_country) \
                if a.entry.kind == "role" and not described else ""  # "Pemerintah Baru": no place
            if place and self._acting_subject(toks, a.first):
                found.add(place)
        return found.pop() if len(found) == 1 else ""

    def _acting_subject(self, toks: list[Token], first: int) -> bool:
        """A phrase at ``first`` is the clause's acting subject or owns it."""
        return (self._subject_position(toks, first) and not self._complement_subject(toks, first)
                and not self._agent_in_object(toks, first)) or self._subject_owner(toks, first)

    def _agent_in_object(self, toks: list[Token], first: int) -> bool:
        """A phrase at ``first`` is the agent of a nominal act that is the object of an
        active verb, the first verb back in its clause ("Kementerian ... mengecam
        penangkapan nelayan oleh polisi Malaysia", "menyampaikan protes atas penahanan
        ... oleh aparat X"): it acts in that act only, and sets no country for the
        clause's own subject. After a passive verb it is the clause's agent."""
        t = self._word_before(toks, first)
        if t is None or t.norm not in self.agent_words:
            return False
        for g in reversed(toks[max(0, t.i - 8): t.i]):  # back to the verb the act hangs on
            if g.form in ("active", "passive") and g.norm not in self.bare_verbs:
                return g.form == "active"
            if not any(c.isalnum() for c in g.norm) or g.norm in self.clause_words:
                return False
        return False

    def _subject_owner(self, toks: list[Token], first: int) -> bool:
        """A phrase at ``first`` owns the noun that opens the sentence ("Laporan stasiun
        televisi China ...", "Satu laporan media Jepang ..."): up to three words before
        it, none a verb, a preposition or a word that opens a clause."""
        if first == 0 or first > 3 or self.head_last:
            return False
        return all(t.text.isalpha() and t.form not in ("active", "passive", "ber")
                   and t.norm not in self.prepositions and t.norm not in self.clause_words
                   and t.norm not in self.locatives for t in toks[:first])

    def _state_country(self, toks: list[Token], items: list[Item], published: date | None) -> tuple[str, str]:
        """The country of a state actor in the sentence ("pemerintah Spanyol"), if only one:
        (as an acting state, as the one acted on). The second is given only when
        the sentence names no acting state and one acted on.

        Agents with no country of their own ("pimpinan separatis") are most
        likely of the country whose government the sentence names.
        """
        found: set[str] = set()
        other: set[str] = set()  # states the sentence's actors deal with: "... kepada AS"
        named: set[str] = set()  # states of the known people and bodies it names
        for k, it in enumerate(items):
            if it.entry.kind in ("person", "org"):
                named.add(self._state_of(it, published))
            if it.entry.kind in ("person", "org") and it.entry.key:
                # "Presiden Islam Karimov mengusulkan ...", "resolusi yang disampaikan
                # Karimov": a government named by its head, as its subject or agent;
                # not the one acted on ("menyambut kunjungan Presiden Joe Biden")
                state = self._government_of(it, published)
                start = k
                while start > 0 and items[start - 1].entry.kind == "role" and items[start - 1].last >= \
                        items[start].first - 1:
                    start -= 1
                if state and self._subject_position(toks, items[start].first):
                    (other if self._complement_subject(toks, items[start].first) else found).add(state)
                continue
            if it.entry.kind not in ("country", "capital") or self._mission_state(items, k) \
                    or it.first > 0 and toks[it.first - 1].norm in self.lex.data.words("origin_words"):
                continue  # "perusahaan asal Korea Selatan": where a firm comes from, no state acting
            prev = items[k - 1] if k else None
            nxt = items[k + 1] if k + 1 < len(items) else None
            glued_prev = prev is not None and prev.last >= it.first - 1
            glued_next = nxt is not None and nxt.first <= it.last + 1
            placed = any(t.norm in self.locatives for t in toks[max(0, it.first - 4): it.first])
            if glued_prev and prev.entry.kind == "role" and prev.entry.code == "GOV":
                first = prev.first  # "pemerintah Spanyol"
            elif not glued_prev and not glued_next and not placed:
                first = it.first  # "Rusia menuduh ...", "Washington"; not "di Bangalore, India"
            else:
                continue
            if self._destination(toks, first) or self._cause_of(toks, first):
                continue
            (other if self._object_position(toks, first) or self._complement_subject(toks, first)
             else found).add(it.entry.code)
        if len(found) == 1 and self.default_country and self.default_country in named - found:
            # "Komisi I DPR meminta penjelasan Menteri Luar Negeri terkait penyadapan
            # oleh Australia": a body of the language's own country named too, the
            # roles with none are that country's
            return self.default_country, ""
        if len(found) == 1:
            return found.pop(), ""
        return "", (other.pop() if not found and len(other) == 1 else "")

    def _named_state(self, toks: list[Token], items: list[Item], published: date | None) -> str:
        """The one foreign country of the known people and bodies the sentence names,
        none of them acted on ("Para pejabat MDC mengatakan, ... diciduk oleh polisi",
        "Jenderal X (a Libyan) menyatakan perang terhadap pasukan ..."): the country its
        local agents of no country (police, troops, protesters) are of. "" when it names
        one of the language's own country or a state of its own, or none or several."""
        states = {self._state_of(it, published) for it in items
                  if it.entry.kind in ("person", "org") and (it.entry.key or it.entry.code)
                  and not self._object_position(toks, it.first)} - {""}
        if len(states) != 1 or any(it.entry.kind in ("country", "capital") for it in items):
            return ""
        state = states.pop()
        return "" if state == self.default_country else state

    def _state_of(self, it: Item, published: date | None) -> str:
        """The country of a known person or organisation on the date ("" for none or
        an international body)."""
        code = self.lex.kb.pick(it.kb_keys(), published).code_at(published) if it.entry.key \
            else it.entry.code  # an agent that names its country: "DPR" IDNLEG
        return "" if len(code) < 6 or _is_international(code) else code[:3]

    def _word_before(self, toks: list[Token], first: int) -> Token | None:
        """The word before a phrase at ``first``, determiners and quantifiers passed over."""
        k = first - 1
        while k >= 0 and toks[k].norm in self.skip_words:
            k -= 1
        return toks[k] if k >= 0 else None

    def _object_position(self, toks: list[Token], first: int) -> bool:
        """A phrase at ``first`` stands after a preposition or an active verb, or ends
        a noun phrase that does ("membantah tuduhan Malaysia", "bagi gerakan sosial
        Brasil"): the object or addressee of someone's act, or its owner, not the
        state the sentence is set in."""
        t = self._governor(toks, first)
        if t is None:
            return False
        if t.norm in self.agent_words:
            return False  # "oleh pemerintah Spanyol": the one who acts
        # "bertemu Perdana Menteri Jepang": a ber- verb's complement is whom it deals with too
        return t.norm in self.prepositions or (t.form in ("active", "ber") and t.norm not in self.bare_verbs)

    def _governor(self, toks: list[Token], first: int) -> Token | None:
        """The word the noun phrase ending at ``first`` hangs on: the first word before
        it, past up to five common nouns ("tuduhan", "ke arah")."""
        t = self._word_before(toks, first)
        k = t.i if t is not None else -1
        while t is not None and first - k <= 5 and self._common_noun(t):
            t = self._word_before(toks, k)
            k = t.i if t is not None else -1
        return t

    def _cause_of(self, toks: list[Token], first: int) -> bool:
        """A state named as whose cause is demanded, fought for or supported, right
        after a noun of it ("mendesak kemerdekaan Palestina", "hak Palestina"; grammar
        ``cause_nouns``): neither acting nor acted on, so it gives no role its country."""
        t = self._word_before(toks, first)
        return t is not None and t.norm in self.lex.data.words("cause_nouns")

    def _destination(self, toks: list[Token], first: int) -> bool:
        """A state named as where someone goes ("melarikan diri ke arah Pakistan",
        grammar ``destination_markers``): neither acting nor acted on."""
        t = self._governor(toks, first)
        return t is not None and t.norm in self.lex.data.words("destination_markers")

    def _common_noun(self, t: Token) -> bool:
        """A lower-case word that may stand inside a noun phrase: not a verb, a
        preposition or a word that opens a clause."""
        return (t.text.isalpha() and t.text.islower() and t.form not in ("active", "passive", "ber")
                and t.norm not in self.prepositions and t.norm not in self.clause_words)

    def _subject_position(self, toks: list[Token], first: int) -> bool:
        """A phrase at ``first`` opens its clause or is the agent of a passive verb."""
        t = self._word_before(toks, first)
        if t is None:
            return True
        return (not any(c.isalnum() for c in t.norm) or t.norm in self.clause_words
                or t.form == "passive" and t.norm not in self.bare_verbs)

    def _government_of(self, it: Item, published: date | None) -> str:
        """The country whose government a known person or organisation is on the
        date (Karimov -> UZB), "" for anyone else."""
        ent = self.lex.kb.pick(it.kb_keys(), published)
        if it.entry.source == "kb-short" and published is not None and not ent.current(published):
            return ""
        code = ent.code_at(published)
        if _is_international(code) or code[3:6] != "GOV":
            return ""
        return code[:3]

    # -- resolution ------------------------------------------------------------

    def _resolve(self, toks: list[Token], dr: _Draft, published: date | None,
                 context: tuple[str, str]) -> Actor | None:
        """The actor a draft names: its country and role from its own words (the
        head role noun, a country word), else from a known person's or
        organisation's code on the date, else from ``context`` (national, local)."""
        name = " ".join(t.text for t in toks[dr.first: dr.last + 1])
        kinds = [i.entry.kind for i in dr.items]
        if _regional_body(toks, dr):
            # "Badan Antariksa Eropa": a body named with a world region, of no known code:
            # that region's international body (IGOEUR), not the default country's
            region = (self.lex.data.setting("region_codes") or {}).get(dr.items[-1].entry.phrase.lower(), "")
            return Actor(code="IGO" + region, name=name, kind="org")
        uncoded = _uncoded(dr.items, kinds, name)
        if uncoded is not _CODE:
            return uncoded
        # a user's PETRARCH agent written "NGO~" goes before the actor's code (NGOARN)
        prefix = "".join(it.entry.code[:-1] for it in dr.items
                         if it.entry.kind == "role" and it.entry.code.endswith("~"))
        items = [it for it in dr.items if not it.entry.code.endswith("~")] if prefix else dr.items
        role_item = self._head_role(items)
        kb_items = [it for it in items if it.entry.kind in ("person", "org")]
        kb_code, entity = self._known_code(kb_items, published)
        country = _country_named(items)
        state = next((it.entry for it in items if it.entry.kind in COUNTRY_KINDS), None)
        if state is not None and state.key and published is not None:
            # a state of a user's PETRARCH dictionary, whose code may change with the date
            country = self.lex.kb.get(state.key).code_at(published)
            if not country:
                return None
        role = role_item.entry.code if role_item else ""
        if role_item is not None and role_item.first > 0 and toks[role_item.first - 1].norm in \
                self.lex.data.words("candidate_words"):
            role = "-"  # "calon presiden X": a candidate holds no office; his party or the KB decides
        if prefix:
            actor = self._resolved(toks, dr, published, context, role_item, kb_items, kb_code, entity,
                                   country, role, name, [i.entry.kind for i in items])
            return None if actor is None else replace(actor, code=prefix + actor.code)
        return self._resolved(toks, dr, published, context, role_item, kb_items, kb_code, entity,
                              country, role, name, kinds)

    def _resolved(self, toks, dr, published, context, role_item, kb_items, kb_code, entity,
                  country, role, name, kinds) -> Actor | None:
        """``_resolve`` once the mention's parts are known."""
        if len(role) > 3 and role[:3] not in _ROLE_CODES() and not (
                role_item is not None and role_item.entry.source.startswith(PETRARCH_AGENTS)):
            # An agent with its country: "Kapolri" -> IDNCOP
            country = country or role[:3]
            role = role[3:]
        context_country = context[0] if role in NATIONAL_ROLES else context[1]
        foreign_role, context_country = self._foreign_role(toks, role_item, context_country, published)
        if role == "-":
            role = ""  # an actor with a country and no role: "tersangka", "orang tak dikenal"
            if not country and not kb_code:
                country = context_country
            if not country and not kb_code:
                return None
        if kb_code and _is_international(kb_code) and role_item is not None and country:
            kb_code = ""  # "Menteri Luar Negeri Korea Selatan Ban Ki-moon": the text says what he is now
        if kb_code and _is_international(kb_code):
            return Actor(code=kb_code, name=name, kind=kb_items[0].entry.kind, entity=entity)
        if kb_code and self._kb_decides(role_item, kb_items):
            role = ""
        if kb_code:
            country, role = country or kb_code[:3], role or kb_code[3:]
        elif kb_items and not country and (role_item is None or any(
                it.entry.source != "kb-short" for it in kb_items)):
            # A known organisation or person with no code on that date (a surname
            # alone after a role is only a guess: "Kolonel Budiarto Santoso" is a colonel).
            return Actor(code="", name=name, kind=kb_items[0].entry.kind, entity=entity)
        if self._former(toks, dr, role_item):
            role = "ELI"  # "former ministers", "Kenyan former ministers"
        if not country and not kb_code and (role in NATIONAL_ROLES or role == "NGO") and role_item is not None \
                and any(toks[j].norm in self.international and toks[j].text[:1].isupper()
                        for j in range(role_item.last + 1, dr.last + 1)):
            # "Badan Pengawas Pangan Internasional": an international body of no
            # known code, not the state's own institution; "Forum Ekonomi Dunia": an
            # organisation of no country, no NGO of the default one
            return Actor(code="IGO" if role in NATIONAL_ROLES else "", name=name, kind="org")
        kind_of = "person" if "person" in kinds else ("org" if "org" in kinds else
                                                      ("role" if role_item else "country"))
        if not country:
            if not role:
                return None
            near = (toks[dr.first - 1] if dr.first > 0 and toks[dr.first - 1].text.islower() else None) \
                if self.head_last else (toks[dr.last + 1] if dr.last + 1 < len(toks) else None)
            if near is not None and (near.norm in self.foreign or near.norm in self.lex.data.words(
                    "compound_participles") and dr.first >= 2 and toks[dr.first - 2].norm in self.joiners):
                # "US-backed forces": backed by the US, of no country the text names
                # "perusahaan minyak asing", "a regional peacekeeping force": foreign, of
                # no country the text names (the modifier stands where the language puts it)
                return Actor(code="", name=name, role=role[:3], kind=kind_of)
            country = self._role_place(toks, dr, role_item) or context_country
            if not country and foreign_role:
                return Actor(code="", name=name, role=role[:3], kind=kind_of)  # a junta of no country named
        if dr.items[0].entry.kind == "capital" and not role:
            role = "GOV"  # Washington stands for the US government
        return Actor(code=country + role, name=name, country=country, role=role[:3], kind=kind_of,
                     entity=entity)

    def _former(self, toks: list[Token], dr: _Draft, role_item: Item | None) -> bool:
        """A former office holder: "mantan Presiden", "Kenyan former ministers", and
        after a noun of no role, "tersangka mantan Sekjen ..." (the suspect is the
        former official)."""
        lead = min(dr.items[0].last + 1, dr.last) if dr.items[0].entry.code.endswith("-") else dr.first
        return toks[dr.first].norm in self.former or toks[lead].norm in self.former or \
            role_item is not None and any(toks[j].norm in self.former for j in range(dr.first, role_item.first))

    def _kb_decides(self, role_item: Item | None, kb_items: list[Item]) -> bool:
        """Whether the known person or organisation, not the role noun, gives a coded
        mention's role: "Jenderal X" (a rank; the knowledge base says what X is);
        "pejabat Hamas", "delegasi Kadin" (an organisation's officials are its own)."""
        if role_item is None:
            return False
        if role_item.entry.phrase.lower() in self.ranks:
            return any(it.entry.source != "kb-short" for it in kb_items)
        return fold(role_item.entry.phrase) in self.lex.data.words("official_roles") and \
            kb_items[0].entry.kind == "org" and kb_items[0].first > role_item.last

    def _foreign_role(self, toks: list[Token], role_item: Item | None, context_country: str,
                      published: date | None) -> tuple[bool, str]:
        """"junta militer ... di Yangon": a role the default country has none of
        (grammar ``foreign_roles``) is of the place the sentence names, not of a
        state it acts on nor the default country: (is one, its context country)."""
        if role_item is None or fold(role_item.entry.phrase) not in self.lex.data.words("foreign_roles"):
            return False, context_country
        if context_country != self.default_country:
            return True, context_country
        place = self._place_country(toks, self._items(toks, published))
        return True, "" if place == self.default_country else place

    def _head_role(self, items: list[Item]) -> Item | None:
        """The role noun that heads a mention (the first in Indonesian, the last in
        English), unless a head agent stands on its head's side of it."""
        roles = [it for it in items if it.entry.kind == "role"]
        if len(roles) > 1 and fold(roles[0].entry.phrase) in self.ranks and not self.head_last:
            roles = roles[1:]  # "jenderal pemberontak": a rank before a role is the role's
        role_item = (roles[-1] if self.head_last else roles[0]) if roles else None
        if role_item is not None and not self.head_last and fold(role_item.entry.phrase) in self.lex.data.words(
                "function_roles"):
            # "penyidik Polda", "penyidik KPK": investigators are their institution's
            after = [it for it in items if it.first > role_item.last and it.entry.kind in ("role", "org")]
            if after and not after[0].entry.code.endswith("CVL"):  # "Forum Warga X": citizens organised, an NGO
                role_item = after[0] if after[0].entry.kind == "role" else None
        agents = [it for it in items if it.entry.kind == "org" and not it.entry.key
                  and it.entry.source.startswith("agents")]
        if role_item is not None and agents:
            # "Kepala Polda Sumut Inspektur Jenderal X": the head agent ("Kepala
            # Polda", IDNCOP) decides, not the rank that follows it ("Jenderal")
            head = agents[-1] if self.head_last else agents[0]
            if (head.first < role_item.first) != self.head_last:
                role_item = None
        return role_item

    def _known_code(self, kb_items: list[Item], published: date | None) -> tuple[str, str]:
        """(code, knowledge-base id) of the first person or organisation of a mention
        with a code on the date; ("", id) when the known ones have none."""
        kb_code = ""
        entity = ""
        for n, it in enumerate(kb_items):
            e = it.entry
            if e.key:
                ent = self.lex.kb.pick(it.kb_keys(), published)
                if e.source == "kb-short" and published is not None and not ent.current(published):
                    continue  # "Suleiman" alone is a leader only while one holds office
                kb_code, entity = ent.code_at(published), ent.id
            else:
                kb_code = e.code
            if kb_code and not e.key and kb_code[:3] == self.default_country:
                # "Komisi Tinggi PBB": a body named by the default country's word for its
                # kind ("komisi", IDNLEG) and an international body's name is the latter's
                later = self._known_code(kb_items[n + 1:], published)
                if _is_international(later[0]):
                    return later
            if kb_code:
                break
        return kb_code, entity

    def may_hold_name(self, toks: list[Token], items: list[Item], skip: int = 0) -> bool:
        """A capitalised word no lexicon item covers that may be a name: past the
        sentence's opening, any; opening it ("Dahlan mengatakan ...", "Sementara itu,
        Dahlan ..."), one that is no word of the language (nor its root)."""
        taken = {j for it in items for j in range(it.first, it.last + 1)}
        for j in range(skip, len(toks)):
            if j in taken:
                continue
            if self._is_name(toks, j):
                return True
            t = toks[j]
            if opens_sentence(toks, j) and t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() \
                    and t.norm not in self._ordinary and t.stem not in self._ordinary \
                    and t.norm not in self.lex.data.words("clause_breaks"):
                return True
        return False


_CODE = Actor(code="", name="")  # _uncoded's answer for a mention to be coded


def _uncoded(items: list[Item], kinds: list[str], name: str) -> Actor | None:
    """What a mention of no code is by the kinds of its items: None for a place,
    an actor without a code for a pronoun, a pair or a recognised name; ``_CODE``
    for a mention to be coded."""
    if "place" in kinds:
        return None  # "Laut China Selatan" names a place, not China
    if all(k == "pronoun" for k in kinds):
        return Actor(code="", name=name, kind="pronoun")
    if all(k == "name" for k in kinds):
        # a name nothing else qualifies: kept (GDELT's Actor1Name), no code invented
        return Actor(code="", name=name, kind="name") if any(
            it.entry.source.startswith("ner:") for it in items) else None
    if "pair" in kinds:
        return Actor(code="", name=name, kind="pair") if len(items) == 1 else None
    if all(k == "region" for k in kinds):
        return None  # "di Cilacap": a place, not an actor
    return _CODE


def _regional_body(toks: list[Token], dr: _Draft) -> bool:
    """A draft of capitalised role words of a state's body (GOV, LEG, JUD, SPY) and, after
    them, ending its name, a world region's (a place of no one country, countries.txt:
    "Eropa", "Asia Tenggara"): "Badan Antariksa Eropa", not "Presiden Asia Foundation"."""
    roles = [i for i in dr.items if i.entry.kind == "role"]
    places = [i for i in dr.items if i.entry.kind == "place"]
    return bool(roles and places) and len(roles) + len(places) == len(dr.items) and places[-1].last == dr.last \
        and all(i.entry.code in NATIONAL_ROLES and toks[i.first].text[:1].isupper() for i in roles) \
        and all(p.entry.code == "-" and p.first > roles[0].last and toks[p.first].text[:1].isupper() for p in places)


def _country_named(items: list[Item]) -> str:
    """The country a mention's own words name: a country, capital or demonym, else a
    region's country ("Pengadilan Tinggi Bali", "Polres Cilacap")."""
    for it in items:
        if it.entry.kind in COUNTRY_KINDS:
            return it.entry.code
    return next((it.entry.code for it in items if it.entry.kind == "region"), "")


def role_holder(toks: list[Token], first: int, items: list[Item]) -> bool:
    """A name at ``first`` stands right after an item of a role or an organisation, past a
    comma or a bracketed acronym ("Direktur PT X Irene Rusli", "Ketua DPP Partai Demokrat,
    Achsanul Qosasi", "Pengamat dari Universitas X (UNX) Budi"): it names the role's holder,
    whom that mention codes, not an actor of its own."""
    j = first - 1
    if j >= 0 and toks[j].norm == ")":
        while j >= 0 and first - j < 8 and toks[j].norm != "(":
            j -= 1
        j -= 1
    if j >= 0 and toks[j].norm == ",":
        j -= 1
    return any(it.last == j and any(e.kind in ("role", "org") for e in it.entries) for it in items)
