"""Events from coded matches: the pairs of actors a match codes, each with its
evidence (spans, rule, notes), date and place, and the CAMEO policy that rewrites
them by who the actors are (roles, role countries, protesters, own forces). The
coded matches come from ``SentenceCoder.code`` (coder.py)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from peristiwa.actors.brands import FIRM_ROLE
from peristiwa.actors.resolve import COUNTRY_KINDS
from peristiwa.coding import cameo
from peristiwa.coding.groups import example_aside
from peristiwa.coding.parsesides import _countryless_role, _named, _same_referent
from peristiwa.coding.transforms import Transforms
from peristiwa.dates import event_date
from peristiwa.places import event_place, gazetteer, places
from peristiwa.records import NO_DATELINE, Actor, Dateline, Event, Evidence, Mention
from peristiwa.text.clauses import Breaks
from peristiwa.text.normalize import fold

if TYPE_CHECKING:
    from peristiwa.coding.coder import CodedMatch, SentenceCoder


@dataclass
class _EventBuilder:
    """Turns one sentence's coded matches into events: the pairs of actors each
    one codes, their evidence, date and place."""

    coder: SentenceCoder
    article_id: str
    lang: str
    published: str | None
    dateline: Dateline
    keep_unknown: bool
    events: list[Event] = field(default_factory=list)
    seen: set[tuple[str, str, str]] = field(default_factory=set)
    protesting: set[int] = field(default_factory=set)
    # the countries the sources and the targets of the match being added name (see add)
    _many: tuple[set[str], set[str]] = (set(), set())

    @property
    def day(self) -> date | None:
        return date.fromisoformat(self.published) if self.published else None

    @property
    def transforms(self) -> Transforms:
        return self.coder.transforms

    def add(self, c: CodedMatch) -> None:
        """The events of one coded match."""
        if self._held_on_visit(c):
            return
        info = cameo.info(c.code)  # a user's verb dictionary may use codes CAMEO lacks
        pairs, pair_notes = self._pairs(c)
        first = len(self.events)
        # "Rebels attacked Kenya and Uganda": facing states of two countries, a role with
        # no country is of neither (which one is not said)
        self._many = ({x.actor.country for x, _ in pairs} - {""},
                      {y.actor.country for _, y in pairs if y is not None} - {""})
        for a, b in pairs:
            a, b = self._role_countries(a, b)
            if a is not None:
                a, b = self._set_abroad(a, b), b if b is None else self._set_abroad(b, a)
            if a is None or self._bare_unsettled(a) or b is not None and self._bare_unsettled(b) \
                    or self._abroad_unknown(a) or b is not None and self._abroad_unknown(b):
                continue
            a, b = self._conflict_partner(a, b)
            a, notes = self._as_protester(c, a)
            rule = self.transforms.get("not-by", c.code)
            if rule is not None and a.actor.role in rule.param("roles"):
                continue  # "wisatawan yang berkunjung ke Bali": travel, no political visit
            ca, ainfo, notes = self._by_role(c, info, a, b, notes)
            if b is not None and ((_owned_by_source(self.coder, a, b) or b.actor.code == a.actor.code)
                                  and self.transforms.get("no-target", c.code) is not None or self._own_forces(c, a, b)):
                # "Chad reinforced its troops in X", "China mengerahkan kapal perang ke ...":
                # a posture with no target (the source's own forces are none)
                b = None
            if self._skip_pair(c, a, b):
                continue
            key = (a.actor.code, b.actor.code if b else "", ca.code)
            if key in self.seen:
                continue
            self.seen.add(key)
            self.events.append(self._event(ca, ainfo, a, b, notes + (pair_notes if b is None else [])))
        # "a patrol of the two nations' border": one side of "the two nations" is the
        # source's own (no target), the other is the target: no event without it too
        aimed = {(e.source, e.code) for e in self.events[first:] if e.target}
        if len(aimed) < len(self.events) - first:
            self.events[first:] = [e for e in self.events[first:] if e.target or (e.source, e.code) not in aimed]

    def _own_forces(self, c: CodedMatch, a: Mention, b: Mention) -> bool:
        """A posture's target that is the source's own forces (transform ``own-forces``):
        forces of its country, or forces that name no country of their own
        ("Rusia menyiagakan pasukan di perbatasan ...")."""
        rule = self.transforms.get("own-forces", c.code)
        if rule is None or len(a.actor.code) < 3 or b.actor.role not in rule.param("roles"):
            return False
        return b.actor.code[:3] == a.actor.code[:3] or b.actor.kind == "role" and not any(
            b.named(k) is not None for k in ("country", "demonym", "capital"))

    def _by_role(self, c: CodedMatch, info: cameo.CameoCode, a: Mention, b: Mention | None,
                 notes: list[str]) -> tuple[CodedMatch, cameo.CameoCode, list[str]]:
        """The code an act takes from its source's role (transform ``by-role``: an
        investigation by the police or prosecutors is of a crime, 090 -> 091); with
        ``target_roles``, only on a target of one of those roles in the source's own country
        (an attack by a party on a minister is words, 190 -> 111). A role ``-`` is a state
        named by its country's name alone ("pemboman Israel atas Gaza": a state's bombing is
        an air strike, 183 -> 195), not an unknown agent given the bare country ("orang tak
        dikenal"), whose mention is a role word. A pattern flagged ``@anyrole`` names an
        act of one kind whoever does it (a walkout from a sitting is a protest, by a
        governing party too: no embargo or sanction, 163)."""
        rule = None if "anyrole" in c.match.pattern.flags else self.transforms.get("by-role", c.code)
        against = rule.param("target_roles") if rule is not None else ()
        new = rule.recode(c.code) if rule is not None and self._role_or_state(a, rule.param("roles")) and (
            not against or b is not None and b.actor.role in against
            and b.actor.country == a.actor.country != "") else None
        if new is None or not cameo.is_code(new):
            return c, info, notes
        return replace(c, code=new), cameo.info(new), notes + [f"by a {a.actor.role or a.actor.code}: {c.code} -> {new}", rule.note]

    def _role_or_state(self, a: Mention, roles: tuple[str, ...]) -> bool:
        """Whether ``a`` has one of ``roles``; ``-`` is a state named by its country's name
        alone (a country, a capital, a demonym: no role word, no person, no body), not a
        place where an unknown agent acted ("killed by a landmine in Helmand")."""
        if a.actor.role in roles:
            return True
        toks = self.coder.toks
        return "-" in roles and not a.actor.role and bool(a.entries) and all(
            e.kind in COUNTRY_KINDS for e in a.entries) and not (
            0 < a.first <= len(toks) and toks[a.first - 1].norm in self.coder.d.words("place_locatives"))

    def _role_countries(self, a: Mention, b: Mention | None) -> tuple[Mention | None, Mention | None]:
        """A side that is a role with no country ("rebels", "the government") is of
        the other side's country when that side names one ("Chad rejected
        demands from rebels"); behind a possessive pronoun ("its consulate") or facing
        no country it is no side: who acts or is acted on is not known (CONVENTIONS
        §4). (None, None): the pair codes no event. A language with a default
        country never has such a role."""
        many_a, many_b = (len(x) > 1 for x in self._many)
        if _countryless_role(a):
            a = self._of_country(a, None if many_b else b)
            if a is None:
                return None, None
        if b is not None and _countryless_role(b):
            b = self._of_country(b, None if many_a else a)
            if b is None:
                return None, None
        return a, b

    def _bare_unsettled(self, x: Mention) -> bool:
        """A bare "Presiden" or "pemerintah" (grammar ``bare_heads``) is the default
        country's only where the text shows that country: another actor of it named
        in the sentence or before, a place of it, or the dateline (CONVENTIONS §3:
        otherwise it is unresolved)."""
        heads = self.coder.d.words("bare_heads")
        ante = self._antecedent(x)
        if ante is not None:
            # "Parlemen menolak ... . Mereka meminta ...": a pronoun standing for a bare
            # head is as unsettled as that head (the antecedent's head decides)
            x = ante
        return bool(heads) and len(x.entries) == 1 and fold(x.entries[0].phrase) in heads \
            and self._defaulted(x)

    def _antecedent(self, x: Mention) -> Mention | None:
        """The mention a pronoun ``x`` stands for, when it is a role named with no
        country or name of its own in this sentence or before (None otherwise)."""
        if x.refers_to is None or not x.entries or any(e.kind != "pronoun" for e in x.entries):
            return None
        return next((m for m in reversed(list(self.coder.history) + list(self.coder.mentions))
                     if m is not x and m.refers_to is None and m.text == x.refers_to
                     and m.actor.code == x.actor.code and m.entries
                     and all(e.kind == "role" for e in m.entries)), None)

    def _defaulted(self, x: Mention) -> bool:
        """A role named with no country of its own, given the language's default
        country although nothing in the text shows that country: no other actor of
        it named in the sentence or before, no place of it, not the dateline's."""
        return self._unshown(x, self.coder.d.setting("default_country", ""))

    def _unshown(self, x: Mention, country: str, besides: Mention | None = None) -> bool:
        """``x`` is a role with no country of its own, of ``country``, which nothing in
        the text shows but ``besides``: no other actor of it named in the sentence or
        before, no place of it, not the dateline's."""
        coder = self.coder
        if not country or x.actor.country != country or x.refers_to is not None \
                or not x.entries or any(e.kind != "role" for e in x.entries):
            return False
        if self.dateline.country == country:
            return False
        for m in list(coder.mentions) + list(coder.history):
            if m is x or m is besides or m.actor.country != country \
                    or self._antecedent(m) is not None:
                continue  # a pronoun for a role shows no more than that role does
            if any(e.kind != "role" for e in m.entries) or m.refers_to is not None:
                return False  # "Presiden Joko Widodo", "Indonesia", "Jakarta"
        return not any(p.country == country for p in places(coder.s, coder.d.code, ""))

    def _abroad_unknown(self, x: Mention) -> bool:
        """A side of the default country in a sentence set in a division that country has
        none of (grammar ``foreign_divisions`` before a name: "negara bagian Coahuila",
        "prefektur Fukushima"), where nothing shows the default country or another one (no
        actor of it by a name, no place of any country, no dateline of it): the side took the
        default country by default and is of an unknown country (CONVENTIONS §4.3: a bare
        role is of the place of the case), so it codes no event."""
        coder = self.coder
        default = coder.d.setting("default_country", "")
        if not default or x.actor.country != default or x.refers_to is not None \
                or self.dateline.country == default or not self._in_foreign_division():
            return False
        for m in list(coder.mentions) + list(coder.history):
            if m.actor.country and m.actor.country != default:
                return False  # another country named ("tentara Nigeria"): the sides take it
            if m.actor.country == default and any(
                    e.kind in (*COUNTRY_KINDS, "region") and e.code[:3] == default
                    or e.kind in ("person", "org") and (e.key or e.code) for e in m.entries):
                return False  # "Presiden Joko Widodo", "Indonesia", "Jawa Barat"
        return not any(p.country for p in places(coder.s, coder.d.code, ""))

    def _in_foreign_division(self) -> bool:
        """The sentence names a place by a division of grammar ``foreign_divisions``
        followed by a capitalised name."""
        divisions = Breaks.of(self.coder.d.words("foreign_divisions"))
        toks = self.coder.toks
        for i in range(len(toks)):
            n = divisions.at(toks, i)
            if n and i + n < len(toks) and toks[i + n].text[:1].isupper():
                return True
        return False

    def _set_abroad(self, x: Mention, other: Mention | None) -> Mention:
        """A role given the default country with nothing in the text showing it
        ("Di Harare, polisi menangkap ...", a foreign dateline) is of the country
        the sentence is set in: the places it names, or the dateline's, all of one
        other country (CONVENTIONS §4.3: a bare role is of the place of the case).
        Not when that would make it the other side itself."""
        if not self._defaulted(x):
            return x
        coder = self.coder
        # where it happens ("di Harare"), not whence or whither ("dari Vietnam"); not
        # where the role itself went ("Presiden tiba di Tokyo": still the default's)
        found = {p.country for p in places(coder.s, coder.d.code, "") if p.is_where
                 and not self._travelled(x, p.span[0])} - {""}
        if self.dateline.country:
            found.add(self.dateline.country)
        if not found and other is not None and self._defaulted(other):
            found = self._story_countries(x, other)
        if len(found) != 1:
            return x
        c = found.pop()
        code = c + x.actor.code[len(x.actor.country):]
        if other is not None and other.actor.code == code:
            return x
        return replace(x, actor=replace(x.actor, code=code, country=c))

    def _story_countries(self, x: Mention, other: Mention) -> set[str]:
        """Both sides roles given the default country with nothing in the text showing
        it, and no place: the countries of the actors the sentence names besides them
        by a name, not a role alone ("pasukan keamanan bentrok dengan militan" beside
        "prajurit Garda Revolusi Iran"; "serangan pemberontak ..., kata kantor berita
        Iran"): what the story is about (CONVENTIONS §4.3, §7.2 "the place of a case").
        Not a firm ("ponsel Samsung"): firms work everywhere, and locate no story."""
        d = self.coder.d
        default = d.setting("default_country", "")
        missions = d.words("mission_roles")
        # not a state's mission ("di depan Kedutaan Besar Malaysia"): it stands in another
        # state; not a place whence or whither ("tiba dari Singapura"): where the
        # sentence happens is the places' (``_set_abroad``)
        marks = d.words("locatives") | d.words("destination_markers")
        toks = self.coder.toks
        return {m.actor.country for m in self.coder.mentions
                if m is not x and m is not other and m.refers_to is None and m.actor.country
                and m.actor.country != default and any(e.kind != "role" for e in m.entries)
                and m.actor.code[3:6] != FIRM_ROLE
                and not any(e.kind == "role" and fold(e.phrase) in missions for e in m.entries)
                and not (0 < m.first <= len(toks) and toks[m.first - 1].norm in marks)}

    def _travelled(self, x: Mention, at: int) -> bool:
        """``x`` is the one who travelled to the place at character ``at`` of the
        sentence: a travel word (grammar ``travel_words``: "tiba", "mengunjungi",
        "kunjungan") stands before the place, with ``x`` as its subject (``x`` before
        it, no other actor between, a relative word only right after ``x``), or opening the sentence
        before ``x`` ("Dalam kunjungan di Tokyo, Presiden ..."). A visitor abroad stays
        of his own country."""
        coder = self.coder
        travel = coder.d.words("travel_words")
        if not travel or x.first < 0:
            return False
        toks = coder.toks
        start = coder.s.start
        relative = coder.d.words("relative")
        for k, t in enumerate(toks):
            if t.start - start >= at:
                break
            if t.norm not in travel:
                continue
            if k > x.last:
                between = [m for m in coder.mentions if m.first > x.last and m.last < k and m.actor.code]
                if not between and (toks[k - 1].norm not in relative or k - 1 == x.last + 1):
                    return True
            elif k < x.first and not any(m.first < k and m.actor.code for m in coder.mentions):
                return True
        return False

    def _conflict_partner(self, a: Mention, b: Mention | None) -> tuple[Mention, Mention | None]:
        """"Pasukan Iran mengepung gerilyawan": rebels or protesters (grammar
        ``conflict_roles``) facing another state's forces (``conflict_forces``) with
        no country shown for them are of that state, not of the default country."""
        if b is None:
            return a, b
        d = self.coder.d
        roles, forces = d.words("conflict_roles"), d.words("conflict_forces")
        for x, y in ((a, b), (b, a)):
            if x.actor.role.lower() in roles and y.actor.role.lower() in forces and y.actor.country \
                    and y.actor.country != x.actor.country and self._defaulted(x):
                c = y.actor.country
                moved = replace(x, actor=replace(x.actor, code=c + x.actor.code[len(x.actor.country):], country=c))
                return (moved, b) if x is a else (a, moved)
        return a, b

    def _of_country(self, x: Mention, other: Mention | None) -> Mention | None:
        located = self._located_in(x)
        country = located or (
            other.actor.country if other is not None and not _countryless_role(other) else "")
        if not country or len(country) != 3:
            return None
        before = [t for t in self.coder.toks if t.end <= x.start] if x.start >= 0 else []
        if before and before[-1].norm in self.coder.d.words("possessive_pronouns"):
            return None
        code = country + x.actor.code
        if not located and other is not None and other.actor.code == code:
            # "the Kenyan envoy met the president": a role that would be the other side
            # itself is not known to be of its country (an act on oneself is no reading)
            return None
        return replace(x, actor=replace(x.actor, code=code, country=country))

    def _located_in(self, x: Mention) -> str:
        """"Protesters in California": the country of the place a locative (grammar
        ``locatives``) right after a role names, by the gazetteer; "" when none."""
        toks = self.coder.toks
        k = x.last + 1
        if x.start < 0 or k >= len(toks) or toks[k].norm not in self.coder.d.words("locatives"):
            return ""
        run = []
        for t in toks[k + 1: k + 5]:
            if not t.text[:1].isupper():
                break
            run.append(t.text)
        for n in range(len(run), 0, -1):
            found = gazetteer().candidates(" ".join(run[:n]))
            if len({e.country for e in found}) == 1:
                return found[0].country
        return ""

    def _held_on_visit(self, c: CodedMatch) -> bool:
        """"mengunjungi Moskow untuk melakukan pembicaraan dengan ...": a meeting
        held on a visit is not coded apart from the visit (transform ``meeting-on-visit``)."""
        rule = self.transforms.get("meeting-on-visit", c.code)
        if rule is None or not c.source or not c.source.mentions:
            return False
        coder, src = self.coder, c.source
        before = {t.norm for t in coder.toks[max(0, c.match.anchor - 2): c.match.anchor]}
        visits = rule.param("visit")
        code = src.mentions[0].actor.code
        # the visitor, or the visitor's state named bare ("X's minister left for Y for talks")
        return bool(before & coder.purpose) and any(
            e.code.startswith(visits) and (e.source == code or len(code) == 3 and e.source[:3] == code)
            for e in self.events)

    def _pairs(self, c: CodedMatch) -> tuple[list[tuple[Mention, Mention | None]], list[str]]:
        """(source, target) for each event the match codes: every source with every
        target, or each with the others for a mutual act; and the notes of a
        transform that allowed no target."""
        flags = c.match.pattern.flags
        srcs = _expand(c.source.mentions) if c.source else []
        tgts = _expand(c.target.mentions) if c.target else []
        if "together" in flags:  # "A dan B membahas ...": only among a coordinated subject
            tgts = []
            if len(srcs) < 2:
                return [], []
        if not srcs and len(tgts) > 1 and self.coder.between_slot(c.match):
            srcs, tgts = tgts, []  # "nota kesepahaman antara A dan B": each with the other
        reciprocal = cameo.reciprocal(c.code) or cameo.reciprocal(c.match.pattern.code)
        if reciprocal and tgts and c.target is not None and self._between(c):
            # "contacts between A and B": a mutual act's parties are those named with
            # "between", none else (one of them unknown: no event)
            return self._across(tgts), []
        if "mutual" in flags or (not tgts and len(srcs) > 1 and reciprocal):
            # "perang antara A dan B"; "Indonesia dan Vietnam menandatangani kesepakatan";
            # "X welcomed talks between A and B": two or more parties named with the act
            # are all of it, the sentence's subject is none of them
            group = tgts if "mutual" in flags and len(tgts) > 1 else srcs + [t for t in tgts if t not in srcs]
            return self._across(group), []
        rule = self.transforms.get("place-target", c.code)
        if rule is not None:
            tgts = [self._bare_capital(b, rule.note, srcs) for b in tgts] or [
                b for b in self._place_target(c, rule) if all(a.actor.code != b.actor.code for a in srcs)]
        if tgts:
            return [(a, b) for a in srcs for b in tgts], []
        if "notarget" in flags:
            return [(a, None) for a in srcs], []
        rule = self.transforms.get("no-target", c.code)
        if rule is not None:
            return [(a, None) for a in srcs], [rule.note]
        return [], []

    def _across(self, group: list[Mention]) -> list[tuple[Mention, Mention]]:
        """Each party of a mutual act with each other party. The examples listed after
        a party ("aparat, termasuk KPK, dengan DPR") are of its side; when a between
        coordinator ("dengan") joins two parties, a plain coordination ("polisi dan TNI
        dengan DPR") joins the members of one side. Else each actor is a side."""
        coder, order = self.coder, sorted(group, key=lambda x: x.first)
        split = any(coder.toks[i].norm in coder.between_coord for a, b in zip(order, order[1:], strict=False)
                    for i in range(a.last + 1, b.first))
        side, n, owner = {}, 0, None
        for k, m in enumerate(order):
            aside = example_aside(coder, owner) if owner is not None else set()
            if m.first not in aside:
                prev = order[k - 1] if k else None
                joined = split and prev is not None and prev.first != m.first and not any(
                    coder.toks[i].norm in coder.between_coord for i in range(prev.last + 1, m.first))
                n, owner = (n if joined else n + 1), m
            side[id(m)] = n
        return [(a, b) for a in group for b in group if a is not b and side[id(a)] != side[id(b)]]

    def _between(self, c: CodedMatch) -> bool:
        """A word of grammar ``mutual_markers`` stands right after the trigger of ``c``,
        before its target ("contacts *between* A and B")."""
        marks = self.coder.d.words("mutual_markers")
        k = c.match.last + 1
        return bool(marks) and k < len(self.coder.toks) and self.coder.toks[k].norm in marks \
            and min(x.first for x in c.target.mentions) > k

    def _place_target(self, c: CodedMatch, rule) -> list[Mention]:
        """"mengunjungi Papua", "menduduki Kherson": with no actor as target, the
        first place after the trigger in its clause (by a cue of ``rule``), with no
        actor between, is the target as the bare country it is in (transform
        ``place-target``); [] when there is none."""
        coder, sent, last = self.coder, self.coder.s, c.match.last
        if coder._voice(c.match) == "passive":
            return []  # "diculik di Suriah": the place is where it happened to the subject
        cues = {"" if x == "-" else x for x in rule.param("cues")}
        slot = c.match.slots.get("+")
        if slot is not None:  # "berkunjung ke +": the place the slot took
            if slot[0] not in coder.places:
                return []
            cues, last = None, slot[0] - 1
        elif c.source is not None and "noun" in cues:
            # "Serangan Israel menghancurkan sebuah gedung di kota Rafah": an attack's own
            # agent right after it (a modifier may come first: "serangan lain Israel")
            # stands between it and the place, no other actor
            agents = coder.d.words("agent_markers")  # not one after "oleh" ("a raid by X in Y")
            last = max([x.last for x in c.source.mentions if last < x.first <= last + 3
                        and not any(t.norm in agents for t in coder.toks[last + 1: x.first])], default=last)
        end = coder.toks[last].end
        for p in places(sent, self.lang, coder.context_country):
            start = p.span[0] + sent.start
            if start < end:
                continue
            first = next((i for i in range(last + 1, len(coder.toks)) if coder.toks[i].start >= start), None)
            if (cues is not None and p.cue not in cues or len(p.country) != 3 or first is None or first - last > PLACE_REACH
                    or coder._break_between(last, first)
                    or any(last < x.first < first for x in coder.mentions)):
                return []
            k = first
            while k + 1 < len(coder.toks) and coder.toks[k + 1].start < p.span[1] + sent.start:
                k += 1
            actor = Actor(code=p.country, name=p.text, country=p.country, kind="country")
            return [Mention(first, k, start, p.span[1] + sent.start, p.text, actor, notes=(rule.note,))]
        return []

    def _bare_capital(self, b: Mention, note: str, srcs: list[Mention]) -> Mention:
        """"visited Kyiv": a capital aimed at stands for its country, not its
        government, unless the sentence names another actor of that country (a host)."""
        if not b.entries or any(e.kind != "capital" for e in b.entries) or not b.actor.country:
            return b
        if any(x is not b and x not in srcs and x.actor.country == b.actor.country for x in self.coder.mentions):
            return b
        a = b.actor
        return replace(b, actor=replace(a, code=a.country, role="", kind="country"), notes=b.notes + (note,))

    def _as_protester(self, c: CodedMatch, a: Mention) -> tuple[Mention, list[str]]:
        """Students, workers, farmers who demonstrate are protesters: <CTY>OPP
        (transform ``protesters``); with the note of the transform when it applied."""
        rule = self.transforms.get("protesters")
        if rule is None or not (rule.applies(c.code) or a.start in self.protesting and a.start >= 0):
            return a, []
        roles = {"" if r == "-" else r for r in rule.param("roles")}
        if a.actor.role not in roles or len(a.actor.code) < 3:
            return a, []
        role = rule.param("to")[0]
        return replace(a, actor=replace(a.actor, code=a.actor.code[:3] + role, role=role)), [rule.note]

    def _known(self, x: Mention, other: Mention | None) -> bool:
        """A side with a code, or an unknown name kept (no code invented) when the
        other side is known and ``keep_unknown`` asks for it."""
        return bool(x.actor.code) or (self.keep_unknown and _named(x) and other is not None
                                      and bool(other.actor.code))

    def _skip_pair(self, c: CodedMatch, a: Mention, b: Mention | None) -> bool:
        """A pair that codes no event: an unknown side, an actor acting on itself,
        a statement to the press, the source's own people."""
        if not self._known(a, b):
            return True
        if b is None:
            return False
        return (not self._known(b, a)
                or a.actor.code == b.actor.code and (a.start == b.start or _same_referent(
                    a, b, self.coder.d.words("person_pronouns"))
                                                     or self._guessed_self(a, b))
                or _is_media_statement(self.coder, c.code, b)
                or self._celebrity_news(c, a, b)
                or self._private_pair(c, a, b)
                or _owned_by_source(self.coder, a, b)
                # "@foreign": only towards another country ("tiba di +": arriving home is no visit)
                or "foreign" in c.match.pattern.flags and a.actor.code[:3] == b.actor.code[:3])

    def _celebrity_news(self, c: CodedMatch, a: Mention, b: Mention) -> bool:
        """Celebrity news (transform ``private-celebrity``): one side named by a noun of the
        grammar's ``celebrity_nouns`` ("penyanyi", "aktor"), the other of a role of the
        rule's ``roles`` (``-``: none): private persons, firms, the police, a court. Sport
        news likewise (transform ``private-athlete``, grammar ``athlete_nouns``: a club or
        a firm praising its athletes)."""
        return any(self._private_news(c, a, b, name, key) for name, key in (
            ("private-celebrity", "celebrity_nouns"), ("private-athlete", "athlete_nouns"))) \
            or self._sport_play(c, a, b)

    def _sport_play(self, c: CodedMatch, a: Mention, b: Mention) -> bool:
        """A match told (transform ``sport-play``, CONVENTIONS §1.9): in a sentence with a
        word of sport (grammar ``sport_words``), force or violence between an athlete (grammar
        ``athlete_nouns``) and a side named by a person's name only, whatever its code (a
        player's name taken for an official's, an unknown one coded by country), is play (a
        free kick that forces a save), not coded; a side with a role ("polisi") stays."""
        rule = self.transforms.get("sport-play", c.code)
        if rule is None:
            return False
        nouns = self.coder.d.words("athlete_nouns")
        if not any(any(e.kind == "role" and fold(e.phrase) in nouns for e in x.entries)
                   and all(e.kind == "person" for e in y.entries) for x, y in ((a, b), (b, a))):
            return False
        sport, toks = Breaks.of(self.coder.d.words("sport_words")), self.coder.toks
        return any(sport.at(toks, i) for i in range(len(toks)))

    def _private_pair(self, c: CodedMatch, a: Mention, b: Mention) -> bool:
        """A private matter (transform ``private-pair``): the two sides' roles are a pair
        of the rule's ``pairs`` ("CVL:BUS": netizens defending a shop, either way round)."""
        rule = self.transforms.get("private-pair", c.code)
        if rule is None:
            return False
        ra, rb = a.actor.role, b.actor.role
        return bool(ra and rb) and any(
            {ra, rb} == set(p.split(":")) for p in rule.param("pairs"))

    def _private_news(self, c: CodedMatch, a: Mention, b: Mention, name: str, key: str) -> bool:
        rule = self.transforms.get(name, c.code)
        nouns = self.coder.d.words(key)
        if rule is None or not nouns:
            return False
        roles = rule.param("roles")
        return any(any(e.kind == "role" and fold(e.phrase) in nouns for e in x.entries)
                   and (y.actor.role or "-") in roles for x, y in ((a, b), (b, a)))

    def _guessed_self(self, a: Mention, b: Mention) -> bool:
        """"The Kenyan envoy met President X": one code on both sides where one of them
        names no country of its own but took it from the sentence: an act on oneself
        is no reading of it. Not for the default country's own ("Menteri X bertemu
        Presiden": two of its officials)."""
        country = a.actor.code[:3]
        if country == self.coder.d.setting("default_country", ""):
            return False
        return any(m.refers_to is None and m.entries and not any(
            e.kind in ("country", "capital", "demonym", "region") or e.key or e.code[:3] == country
            for e in m.entries if e.kind != "role") for m in (a, b))

    def _event(self, c: CodedMatch, info: cameo.CameoCode, a: Mention, b: Mention | None,
               notes: list[str]) -> Event:
        ev = self._evidence(c, a, b, notes)
        sent = self.coder.s
        rel = (ev.trigger[0] - sent.start, ev.trigger[1] - sent.start)
        when = event_date(sent, self.lang, self.day, rel)
        if when.span is not None:
            ev.date_span = (when.span[0] + sent.start, when.span[1] + sent.start)
            ev.date_text = when.text
        place = self._place(c, ev, rel, a, b)
        return Event(
            article_id=self.article_id,
            sentence=sent.text,
            source=a.actor.code,
            target=b.actor.code if b else "",
            code=c.code,
            root=info.root,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            plover=info.plover,
            plover_mode=info.plover_mode,
            evidence=ev,
            source_name=a.actor.name,
            target_name=b.actor.name if b else "",
            lang=self.lang,
            published=self.published,
            date=when.value,
            date_precision=when.precision,
            place=place,
        )

    def _evidence(self, c: CodedMatch, a: Mention, b: Mention | None, extra: list[str]) -> Evidence:
        coder, sent, m = self.coder, self.coder.s, c.match
        trig = (coder.toks[m.anchor].start, coder.toks[m.last].end)
        notes = c.notes + [f"source {c.source.note}" if c.source else "",
                           f"target {c.target.note}" if c.target and b else ""] + extra
        return Evidence(
            sentence=sent.index,
            trigger=trig,
            trigger_text=sent.text[trig[0] - sent.start: trig[1] - sent.start],
            source_span=(a.start, a.end) if a.start >= 0 else None,
            target_span=(b.start, b.end) if b is not None and b.start >= 0 else None,
            rule=m.pattern.id,
            sentence_start=sent.start,
            source_text=a.text,
            target_text=b.text if b else "",
            notes=tuple(x for x in notes if x),
        )

    def _place(self, c: CodedMatch, ev: Evidence, rel: tuple[int, int],
               a: Mention, b: Mention | None) -> dict | None:
        """Where the event happened: the place its clause names, else the dateline's;
        a visit, where it goes (a host, where it is)."""
        sent = self.coder.s
        sides = tuple((x.start - sent.start, x.end - sent.start) for x in (a, b)
                      if x is not None and x.start >= 0)
        where = event_place(sent, self.lang, rel, self.coder.context_country, self.dateline.text, sides)
        place = None
        if where is not None:
            base = self.dateline.start if where.cue == "dateline" else sent.start
            ev.place_span = (where.span[0] + base, where.span[1] + base)
            ev.place_text = where.text
            place = _as_place(where)
        rule = self.transforms.get("visit-place", c.code)
        if (where is None or where.cue == "dateline") and rule is not None and b is not None:
            # "mengunjungi Moskow": a visit happens where it goes (a host, where it is)
            spot = _place_of(b if rule.param("side") == ("target",) else a)
            if spot is not None:
                place, ev.place_span, ev.place_text = spot
                ev.notes = ev.notes + (rule.note,)
        return place


def build_events(coder: SentenceCoder, coded: list[CodedMatch], article_id: str, lang: str,
                 published: str | None, dateline: Dateline = NO_DATELINE,
                 keep_unknown: bool = False) -> list[Event]:
    """The events of one sentence from its reading (``coder.code()``), with
    evidence, date and place. ``dateline``: the article's dateline
    ("JAKARTA, KOMPAS.com –"), the place of events whose clause names none. ``keep_unknown``: also events one
    of whose sides is a name nothing could code (its code "", its name kept, as
    GDELT's Actor1Name), when the other side is known."""
    builder = _EventBuilder(coder, article_id, lang, published, dateline, keep_unknown)
    # those who protest in this sentence are protesters in its other events too (CONVENTIONS §3)
    protest = coder.transforms.get("protesters")
    builder.protesting = {x.start for c in coded if protest and protest.applies(c.code) and c.source
                          for x in c.source.mentions}
    for c in coded:
        builder.add(c)
    return _protest_demands(builder.events, coder.transforms)


def _protest_demands(events: list[Event], tf: Transforms) -> list[Event]:
    """Protesters who demand a change in the sentence that tells of their protest
    ("berdemonstrasi ..., sekaligus menuntut perubahan kebijakannya") demonstrate
    for that change: the protest takes the demand's code (1042 -> 1412) and its
    target, and the demand is not coded apart (transform ``protest-demand``)."""
    out = list(events)
    for d in events:
        rule = tf.get("protest-demand", d.code)
        new = rule.recode(d.code) if rule is not None else None
        if new is None or not d.target:
            continue
        protests = rule.param("protest")
        if any(p.code.startswith(protests) and p.target == d.target and p.source == d.source for p in out):
            out.remove(d)  # already the protest's: against the one it demands of
            continue
        k = next((k for k, p in enumerate(out) if p.code.startswith(protests) and not p.target
                  and p.source == d.source), None)
        if k is None or not cameo.is_code(new):
            continue
        p = out[k]
        info = cameo.lookup(new)
        ev = replace(p.evidence, target_span=d.evidence.target_span, target_text=d.evidence.target_text,
                     notes=p.evidence.notes + (f"for the demand '{d.evidence.trigger_text}' "
                                               f"({d.code}) of the same protesters", rule.note))
        out[k] = replace(p, code=info.code, root=info.root, quad_class=info.quad_class,
                         goldstein=info.goldstein, plover=info.plover, plover_mode=info.plover_mode,
                         target=d.target, target_name=d.target_name, evidence=ev)
        out.remove(d)
    return out


# How many tokens after its trigger a place may stand to be aimed at (``place-target``).
PLACE_REACH = 8


def _place_of(m: Mention) -> tuple[dict, tuple[int, int], str] | None:
    """The city a mention names ("Moskow", "Washington"), as an event place."""
    if m.actor.kind not in ("capital", "country") and m.named("capital") is None:
        return None
    found = [e for e in gazetteer().candidates(m.text) if e.kind in ("city", "region")]
    if not found:
        return None
    return _as_place(found[0]), (m.start, m.end), m.text


PLACE_KEYS = ("name", "geonameid", "lat", "lon", "country", "admin1", "kind")


def _as_place(p) -> dict:
    """An event's ``place``: the fields of a where.Place or a gazetteer entry."""
    return {k: getattr(p, k) for k in PLACE_KEYS}


def _expand(mentions: list[Mention]) -> list[Mention]:
    """"Kedua negara" stands for two actors: one mention each, on the same words."""
    out = []
    for m in mentions:
        if m.members:
            out.extend(replace(m, actor=a, members=()) for a in m.members)
        else:
            out.append(m)
    return out


def _owned_by_source(coder: SentenceCoder, a: Mention, b: Mention) -> bool:
    """"Jordan recalled *its* ambassador", "the army withdrew *its* tanks": a
    target of the source's own country behind a possessive of the source
    (grammar ``own_possessives``) belongs to the source; it is not acted on."""
    own = coder.d.words("own_possessives")
    if not own or b.start < 0 or len(a.actor.code) < 3:
        return False
    if b.actor.code[:3] != a.actor.code[:3] and (b.actor.kind != "role" or b.named("country") is not None
                                                 or b.named("demonym") is not None):
        return False  # "Chad and Niger alerted *their* citizens": a role that names no country
    before = [t for t in coder.toks if t.end <= b.start]
    if a.actor.code == b.actor.code:
        poss = coder.d.words("possessive_pronouns")
        # "the premier landed on *his* second state trip": modifiers may stand between
        for t in before[::-1][:3]:
            if t.norm in poss:
                return True
            if not (t.text.isalpha() and t.text.islower()) or t.norm in coder.preps:
                break
    return bool(before) and before[-1].norm in own


def _is_media_statement(coder: SentenceCoder, code: str, target: Mention) -> bool:
    """A statement to the press is reporting, not an event (transform ``media-statement``)."""
    rule = coder.transforms.get("media-statement", code)
    if rule is None:
        return False
    return target.actor.role in rule.param("roles") or target.text.lower() in coder.media
