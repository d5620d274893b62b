"""Sides: the source and the target of a matched pattern.

From word order and the voice of the trigger (active "menangkap", passive "ditangkap
oleh" or "ditangkap polisi", nominal "penangkapan ... oleh", English "was arrested by")
unless the pattern places them itself (``$``/``+``); the subject of a verb of saying
for a statement, the speaker of a quote, possessors and objects of nominal events,
the parse (depread.py; when to ask it: parsesides.py) for the sides word order
leaves open. ``SideFinder`` is a part of ``SentenceCoder`` (coder.py): ``_sides`` is called for every match that modality
(modality.py) keeps. The structure it reads (mentions, coordination, clause breaks)
is ``reading.py``'s."""

from __future__ import annotations

from dataclasses import replace

from peristiwa.coding import bare, cameo
from peristiwa.coding.coordination import companions
from peristiwa.coding.names import recognised_people
from peristiwa.coding.parsesides import PARSE_FIRST
from peristiwa.coding.patterns import NULL, Gap, Match, Slot, fronted_verb
from peristiwa.coding.pronouns import fronted_act_doer
from peristiwa.coding.reading import SOFT, Side
from peristiwa.coding.speakers import bare_name
from peristiwa.coding.statements import StatementSides
from peristiwa.records import Actor, Mention


class SideFinder(StatementSides):
    """The sides of a match (see the module's docstring)."""

    def _voice_head(self, m: Match) -> int:
        # "dijadwalkan berkunjung": a modal word leads; the verb after it has the voice
        modal = self.d.__dict__.get("_voice_modal")  # the union, made once per language
        if modal is None:
            modal = self.d.__dict__["_voice_modal"] = \
                self.d.words("future") | self.d.words("threat") | self.d.words("negators")
        head = next((i for i in m.word_tokens if self.toks[i].norm not in modal), m.anchor)
        if head != m.anchor and self.toks[m.anchor].norm in self.d.words("negators") \
                and self.voice.get(self.toks[head].form) == "nominal":
            return m.anchor  # "membantah ... pernyataan +": a verb of denial before its object noun leads
        return head

    def _voice(self, m: Match) -> str:
        if "fronted" in m.pattern.flags:
            return "passive"
        head = self._voice_head(m)
        anchor = self.toks[head]
        v = self.voice.get(anchor.form, "active")
        if anchor.norm in self.bare_verbs:
            return "active"
        if v == "nominal" and bare.focus_agent(self, head) is not None:
            return "passive"  # the object-focus passive: "Akun itu sudah kami blokir"
        if v == "nominal" and self._predicate_position(head):
            return "active"  # headline style: "Polisi Tangkap Dua Jurnalis"
        if self.passive_aux:
            j = m.anchor - 1
            while j >= 0 and (self.toks[j].norm in self.aux - self.passive_aux or self._adverb(j)):
                j -= 1  # "was *fiercely* opposed by"
            if j >= 0 and self.toks[j].norm in self.passive_aux and anchor.norm.endswith(self.participle_endings):
                return "passive"
        if self._against_modifier(m) is not None:
            return "nominal"
        if self.nominal_endings and anchor.norm.endswith(self.nominal_endings) and anchor.text.islower():
            return "nominal"  # "after hours of tense *negotiations*": a noun by its form
        if self.nominal_before:
            j = m.anchor - 1
            if self._modifier_mention(m) is not None:
                j -= 1  # "an *Israeli* air strike"
            prev = self.toks[j].norm if j >= 0 else ""
            if prev in self.nominal_before:
                return "nominal"
        return v

    def _adverb(self, j: int) -> bool:
        """A lower-case word with an adverb's ending (grammar ``adverb_endings``: "-ly")."""
        t = self.toks[j]
        return bool(self.adverb_endings) and t.text.isalpha() and t.text.islower() \
            and len(t.norm) > 4 and t.norm.endswith(self.adverb_endings)

    def _modifier_mention(self, m: Match) -> Mention | None:
        """In a language whose modifiers precede the noun, a one-word mention right
        before a trigger that is no participle ("the Indian attack", "a US strike"):
        the event's actor. "The United States urged" is a subject, not a modifier."""
        j = m.anchor - 1
        if self.head_first or j not in self.tok_mention or self._against_modifier(m) is not None:
            return None
        ment = self.mentions[self.tok_mention[j]]
        if ment.first != ment.last or self.toks[m.anchor].norm.endswith(self.participle_endings or ("\0",)):
            return None
        return ment

    def _against_modifier(self, m: Match) -> Mention | None:
        """"an anti-Gondor parade": the actor after a word of opposition (grammar
        ``against_modifiers``) right before a trigger is whom the nominal event is
        against, never who did it; the trigger is a noun."""
        words = self.d.words("against_modifiers")
        j = m.anchor - 1
        if not words or j not in self.tok_mention:
            return None
        ment = self.mentions[self.tok_mention[j]]
        return ment if self.after_against(ment.first) else None

    def _predicate_position(self, i: int) -> bool:
        """A mention stands right before token ``i`` (auxiliaries aside): ``i`` is its verb."""
        j = i - 1
        modal = self.modal
        while j >= 0 and self.toks[j].norm in modal:
            j -= 1
        if j < 0 or j not in self.tok_mention:
            return False
        m = self.mentions[self.tok_mention[j]]
        before = self._before(m.first)
        return before not in self.preps and (before is None or not self.is_verb(self._before_index(m.first)))

    def _sides(self, m: Match, code: str) -> tuple[Side | None, Side | None, list[str]]:
        """The source and the target of a match, and notes on how they were found:
        the pattern's slots, then the reading of the trigger's voice, then the
        parse, then what the sentence implies."""
        if "quote" in m.pattern.flags:
            return (*self._statement_sides(m), [])
        src, tgt = self._slot_sides(m)
        voice = self._voice(m)
        notes = [f"voice: {voice}"]
        if voice == "active" and tgt is not None and (judged := self._judged_object(m)) is not None:
            tgt = judged
        after = max([m.anchor] + [b for (_, b) in m.slots.values()])
        if "fronted" in m.pattern.flags:
            src, tgt = self._fronted_sides(m, src, tgt)
        elif voice == "passive":
            if src is None and (agent := bare.focus_agent(self, self._voice_head(m))) is not None:
                src = Side([agent], "agent pronoun before the bare verb")  # "yang *mereka* serang"
                tgt = tgt or self.subject(agent.first)
            src, tgt = self._passive_sides(m, src, tgt, after)
        elif voice == "nominal":
            src, tgt = self._nominal(m, src, tgt, max(after, m.last), self._word_end(m))
        else:
            src, tgt = self._active_sides(m, src, tgt, after, notes)
        if src is None and voice != "active":
            src = self._gap_origin(m)
        if (PARSE_FIRST or src is None or tgt is None) and self._parse_can_add(src, tgt) \
                and self._parse_can_matter(m, code, voice, src, tgt) \
                and self._parse_asked(m, voice, self._parse_needed(m, code, src, tgt)):
            src, tgt = self._with_parse(m, voice, src, tgt, notes)
        against = self._against_modifier(m)
        if against is not None and src is not None and against in src.mentions:
            src, tgt = None, Side([against], "after a word of opposition")  # not the parse's compound
        src = self._thing_origin(code, src)
        if src is None:
            src = self._purpose_subject(m)
        if src is None and voice == "active":
            src = self._quote_speaker(m)
        rule = self.transforms.get("possessor-target", m.pattern.code)
        if tgt is None and voice == "active" and rule is not None:
            tgt = self._possessor(m, src) or self._object_origin(m, src)
            if tgt is not None:
                notes.append(rule.note)
        if tgt is None and (owner := self._place_owner(m, src)) is not None:
            tgt = owner
        if voice == "active" and tgt is not None and tgt.mentions:
            tgt = self._judged_conjuncts(m, tgt)
        if self._venue_of_parties(m, code, src, tgt):
            tgt = None  # "X dan Y bertemu di Istana Bogor": each is the other's party
            notes.append("the place after the mutual act of several is its venue")
        if src is not None and tgt is not None and tgt.mentions and all(x in src.mentions for x in tgt.mentions):
            # one mention is not both sides: "Memprotes kebijakan itu, buruh ...": the main
            # clause's subject, the fronted verb's, is no object of it past the comma
            tgt = None
            notes.append("the target found is the source's own mention")
        src = src or self._implicit(m.pattern, "source")
        tgt = tgt or self._implicit(m.pattern, "target")
        src, tgt = recognised_people(self, src, tgt)
        return src, tgt, notes

    def _venue_of_parties(self, m: Match, code: str, src: Side | None, tgt: Side | None) -> bool:
        """"Presiden X dan Perdana Menteri Y bertemu di Istana Bogor": a mutual act (data/
        reciprocal.txt) whose source is two or more coordinated actors has them as its
        parties (each the other's target); the actor after a place word (grammar
        ``place_locatives``) after the trigger is where they met, not a third party."""
        if src is None or tgt is None or len(src.mentions) < 2 or not tgt.mentions \
                or not (cameo.reciprocal(code) or cameo.reciprocal(m.pattern.code)):
            return False
        first = min(x.first for x in tgt.mentions)
        return first > m.anchor and self._before(first) in self.d.words("place_locatives") \
            and all(x.first < m.anchor for x in src.mentions)

    def _judged_conjuncts(self, m: Match, tgt: Side) -> Side:
        """"Iran mengecam AS dan sikap Israel", "menyalahkan AS dan ketidakmampuan Pakistan":
        a judgement's object coordinated with a noun of another actor's act or failing (one
        or two lower-case words, then the actor) judges both (transform ``judged-agent``)."""
        if self.transforms.get("judged-agent", m.pattern.code) is None:
            return tgt
        joins = self.d.words("coordinators") - {","}
        first, last = min(x.first for x in tgt.mentions), max(x.last for x in tgt.mentions)
        k = self._word_end(m) + 1
        while k < first and self.toks[k].norm in self.skip:
            k += 1
        before = self.tok_mention.get(k) if k < first else None
        if before is not None:  # "mengecam AS dan sikap +"
            end = max(x.last for x in self._group_mentions(before))
            if self._noun_link(end + 1, joins) == first:
                return Side(self._group_mentions(before) + tgt.mentions, tgt.note)
            return tgt
        after = self._noun_link(last + 1, joins)  # "menyalahkan AS dan ketidakmampuan Pakistan"
        if after is not None:
            return Side(tgt.mentions + self._group_mentions(self.tok_mention[after]), tgt.note)
        return tgt

    def _noun_link(self, k: int, joins: frozenset[str]) -> int | None:
        """The first token of the actor after a coordinator at ``k`` and one or two
        lower-case nouns (no preposition, no verb): "dan *sikap* Israel"; None if none."""
        if k >= len(self.toks) or self.toks[k].norm not in joins:
            return None
        j = k + 1
        while j < len(self.toks) and j - k <= 2 and j not in self.tok_mention and self.toks[j].text.isalpha() \
                and self.toks[j].text.islower() and self.toks[j].norm not in self.preps and not self.is_verb(j):
            j += 1
        mk = self.tok_mention.get(j)
        if j == k + 1 or mk is None or self.mentions[mk].first != j or not self.mentions[mk].actor.code:
            return None
        return j

    def _place_owner(self, m: Match, src: Side | None) -> Side | None:
        """"Israel mengecam serangan roket Hamas ke wilayahnya", "... menembakkan rudal ke
        wilayah perairannya": an act aimed at a place (transform ``place-target``) named by
        a place noun (grammar ``origin_place_nouns``) with a possessive clitic after a target
        marker is aimed at the nearest actor before the trigger that is not its source, as
        the bare country (the territory is the state's)."""
        rule = self.transforms.get("place-target", m.pattern.code)
        places, clitics = self.d.words("origin_place_nouns"), self.d.words("possessive_clitics")
        own = {i for x in (src.mentions if src else []) for i in range(x.first, x.last + 1)}
        k = m.last + 1
        while k in own:
            k += 1  # "serangan roket *Hamas* ke wilayahnya"
        if rule is None or k + 1 >= len(self.toks) or self.toks[k].norm not in self.target_markers:
            return None
        j = k + 1
        while j < len(self.toks) - 1 and j - k <= 2 and self.toks[j].norm in places:
            j += 1
        t = self.toks[j]
        if not any(t.norm.endswith(c) and t.norm[: -len(c)] in places for c in clitics):
            return None
        taken = {id(x) for x in src.mentions} if src else set()
        for x in sorted((x for x in self.mentions if x.last < m.anchor), key=lambda x: -x.first):
            if id(x) in taken or not x.actor.country or x.refers_to is not None \
                    or self._before(x.first) in self.d.words("locatives"):
                continue
            if src is not None and any(y.actor.country == x.actor.country for y in src.mentions):
                return None  # "X menarik pasukannya ke wilayahnya": its own ground
            country = Actor(code=x.actor.country, name=x.actor.name, country=x.actor.country, kind="country")
            return Side([replace(x, actor=country)], f"owner of '{t.text}': {x.text}")
        return None

    def _gap_origin(self, m: Match) -> Side | None:
        """"Serangan roket dari Gaza ke Israel", "Roket ditembakkan dari Gaza ke Israel":
        an actor after a source marker (grammar ``nominal_source_markers``) inside the
        pattern's gap, before its marked target, is where the act comes from: the source
        of a nominal or a passive that names no agent."""
        slot = m.slots.get("+")
        if slot is None:
            return None
        markers = self.d.words("nominal_source_markers")
        for k in range(m.anchor + 1, slot[0] - 1):
            if self._is_break(k) or k in self.tok_mention:
                return None  # "serangan Israel dari udara ke ...": an actor before the marker
            if self.toks[k].norm not in markers:
                continue
            last = max(i for i in m.word_tokens if i < k)
            if any(self.toks[i].norm not in self.skip for i in range(last + 1, k)):
                return None  # "kedatangan vaksin dari X ke Y": what comes from X is no actor
            j = k + 1
            places = self.d.words("origin_place_nouns")
            while j < slot[0] and (self.toks[j].norm in self.skip or self.toks[j].norm in places):
                j += 1  # "dari Jalur Gaza", "dari wilayah Lebanon"
            mk = self.tok_mention.get(j)
            if mk is None or self.mentions[mk].first != j or not self.mentions[mk].actor.code \
                    or self._verb_between(max(x.last for x in self._group_mentions(mk)), slot[0]):
                return None  # "Bantuan dari X dibagikan kepada Y": the marked one is another verb's
            return Side(self._group_mentions(mk), f"where the act comes from ('{self.toks[k].text}')")
        return None

    def _judged_object(self, m: Match) -> Side | None:
        """"X mengkritik Y atas perlakuannya terhadap Z", "mengkritik keras kebijakan Y
        terhadap Z": the first actor after a verb of judgement (transform ``judged-agent``;
        only lower-case words before it, no preposition), with words of its own before the
        pattern's marked target, is whom it judges; the marked one is what the judged act
        was aimed at."""
        slot = m.slots.get("+")
        rule = self.transforms.get("judged-agent", m.pattern.code)
        if slot is None or rule is None or m.pattern.lead_slot:
            return None
        j = slot[0] - 1
        while j > m.anchor and self.toks[j].norm in self.d.words("origin_place_nouns"):
            j -= 1  # "terhadap Jalur Gaza"
        if self.toks[j].norm not in self.preps:
            return None  # "mengecam ... pernyataan +": the maker of what is judged is judged
        k = self._word_end(m) + 1
        while k < slot[0] and k - m.anchor <= 4 and k not in self.tok_mention and self.toks[k].text.isalpha() \
                and self.toks[k].text.islower() and self.toks[k].norm not in self.preps and not self.is_verb(k):
            k += 1  # "mengkritik keras kebijakan X terhadap ...": adverbs, the object's noun
        mk = self.tok_mention.get(k)
        if mk is None or self.mentions[mk].first != k or not self.mentions[mk].actor.code:
            return None
        group = self._group_mentions(mk)
        end = max(x.last for x in group)
        if not (end + 1 < slot[0] - 1 or k > self._word_end(m) + 1) or self._break_between(end, slot[0]):
            return None  # "mengkritik X terhadap ...": no act of the object's own named
        return Side(group, f"the object right after the verb of judgement ({rule.note})")

    def _slot_sides(self, m: Match) -> tuple[Side | None, Side | None]:
        """The sides the pattern places itself: its ``$`` and ``+`` slots, a lead slot
        (the subject), or for ``@origin`` where the thing transferred comes from."""
        src = tgt = None
        if "$" in m.slots:
            src = Side(self._span_mentions(*m.slots["$"]), "pattern slot $")
        if "+" in m.slots:
            tgt = Side(self._span_mentions(*m.slots["+"]), "pattern slot +")
        lead = m.pattern.lead_slot
        if lead == "$":
            src = self.subject(m.anchor)
        elif lead == "+":
            tgt = self.subject(m.anchor)
        if src is None and "origin" in m.pattern.flags:
            src = self._origin(m)
        return src, tgt

    def _passive_sides(self, m: Match, src: Side | None, tgt: Side | None,
                       after: int) -> tuple[Side | None, Side | None]:
        """A passive: the subject is the target, the agent ("oleh", "by", or a name
        right after the verb) the source."""
        slot = m.slots.get("+")
        if slot is not None and src is None and slot[0] == m.anchor + 1 and tgt is not None:
            # "diundang Presiden Prancis ke Paris" by "mengundang + ke": the name right
            # after a passive verb is its agent, not the object the active pattern expects
            src, tgt = Side(tgt.mentions, "agent right after the passive verb"), None
        if tgt is None:
            tgt = self._own_clause(self.subject(m.anchor), m) or self._claim_in_apposition(m, m.anchor - 2)
        if src is not None:
            return src, tgt
        src, _ = self.following(after, markers=self.agent_markers)
        if src is not None:
            return src, tgt
        if not self.d.setting("passive_agent_after_verb", True):
            return None, tgt  # English: "was extradited to X where she ...": an agent needs "by"
        # "dikatakan Suleiman di depan +": the agent stands right after
        # the passive verb itself, before the rest of the pattern
        verb_end = self._word_end(m)
        els = [e for e in m.pattern.elements if not isinstance(e, Slot)]
        if len(els) > 1 and isinstance(els[1], Gap):
            verb_end = m.anchor  # "didesak membebaskan": a gap of no words still ends the verb
        taken = frozenset(i for a, b in m.slots.values() for i in range(a, b + 1))
        # a bare agent stands right after the passive verb: not "dilarang menangkap wartawan"
        s2 = None if verb_end + 1 < len(self.toks) and self.is_verb(verb_end + 1) else \
            self.following(verb_end, direct=True, limit=3, exclude=taken)[0]
        if s2 is None and after > verb_end:
            s2, _ = self.following(after, direct=True, limit=3)
        if s2 is not None and any(x.first in self._taken_to(m) for x in s2.mentions):
            s2 = None  # "dibawa ke pengadilan": the pattern's place the act is taken to, no agent
        if s2 is not None:
            return Side(s2.mentions, "agent right after the passive verb"), tgt
        if self._unknown_name_at(verb_end + 1):
            # "dikatakan Suparjo di depan ...": a name nothing codes is the
            # agent; no one else named in the sentence stands in for it
            return self._passive_name(verb_end + 1, tgt) or \
                Side([], "a name nothing codes right after the passive verb"), tgt
        return self._operation_agent(verb_end) or self._venue_agent(m, after), tgt

    def _venue_agent(self, m: Match, after: int) -> Side | None:
        """"X diadili di Pengadilan Tipikor Bandung", "diperiksa di Mabes Polri": a
        passive act of a court or the police (grammar ``venue_agent_codes``) with no agent
        named is done by the court or police body named as where it happens ("di" + an
        actor of a sector of ``venue_agent_sectors``); no other actor named there is."""
        codes = tuple(self.d.setting("venue_agent_codes", []))
        if not codes or not m.pattern.code.startswith(codes):
            return None
        found, _ = self.following(after, markers=self.d.words("place_locatives"), limit=6)
        sectors = tuple(self.d.setting("venue_agent_sectors", []))
        if found is None or not found.mentions or not all(x.actor.code.endswith(sectors) for x in found.mentions):
            return None
        return Side(found.mentions, f"the body where the act is done ('{self._before(found.mentions[0].first)}')")

    def _operation_agent(self, verb_end: int) -> Side | None:
        """"Tiga warga ditangkap dalam razia polisi": the actor named with an operation
        noun (grammar ``operation_nouns``) in a setting phrase right after a passive
        verb (``setting_markers``) is its agent; up to two lower-case words between
        ("dalam operasi tangkap tangan KPK")."""
        k = verb_end + 1
        if k + 1 >= len(self.toks) or self.toks[k].norm not in self.d.words("setting_markers") \
                or self.toks[k + 1].norm not in self.d.words("operation_nouns"):
            return None
        for j in range(k + 2, min(len(self.toks), k + 5)):
            if j in self.tok_mention:
                ment = self.mentions[self.tok_mention[j]]
                if ment.first != j or not ment.actor.code:
                    return None
                return Side(self._group_mentions(self.tok_mention[j]),
                            f"the actor of the operation ('{self.toks[k + 1].text}') the passive verb happened in")
            if not (self.toks[j].text.isalpha() and self.toks[j].text.islower()) or self.toks[j].norm in self.preps:
                return None
        return None

    def _fronted_sides(self, m: Match, src: Side | None, tgt: Side | None) -> tuple[Side | None, Side | None]:
        """"Massa dibubarkan aparat gabungan", "Aset bank sentral X dibekukan AS": the
        phrase of the noun fronted before the passive verb is the target, the agent
        after the verb the source."""
        words = fronted_verb(m.pattern)  # the noun's words: the verb comes after them
        noun, verb = m.word_tokens[0], m.word_tokens[words]
        if tgt is None:
            own = [k for k, x in enumerate(self.mentions) if x.first <= noun <= x.last or noun < x.first < verb]
            tgt = Side(self._group_mentions(own[0]), "the noun fronted before the passive verb") if own \
                else self._claim_in_apposition(m, noun) or self.subject(noun)
        if src is None:
            taken = frozenset(i for a, b in m.slots.values() for i in range(a, b + 1))
            src, _ = self.following(verb, markers=self.agent_markers)
            if src is None:
                found, _ = self.following(verb, direct=True, limit=3, exclude=taken)
                src = Side(found.mentions, "agent right after the passive verb") if found \
                    else self._passive_name(verb + 1, tgt)
        if tgt is None and self.transforms.get("named-act", m.pattern.code) is not None \
                and (doer := fronted_act_doer(self, noun, verb, src.mentions if src else [])) is not None:
            tgt = Side([doer], "the doer of the act named before ('" + self.toks[noun].text + "')")
        return src, tgt

    def _claim_named(self, a: int, b: int) -> bool:
        """A comma and a claim noun with a relative clause between tokens ``a`` and ``b``
        (", tuduhan yang dibantah X"): what follows is said of the claim, not in it."""
        toks, claims, rel = self.toks, self.d.words("claim_nouns"), self.d.words("relative")
        return any(toks[k].norm == "," and toks[k + 1].norm in claims and toks[k + 2].norm in rel
                   for k in range(a + 1, min(b, len(toks) - 2)))

    def _claim_in_apposition(self, m: Match, noun: int) -> Side | None:
        """"X menuduh Y ..., tuduhan yang dibantah Z": a claim noun after a comma, with a
        relative passive on it, names the claim the clause before made; its maker (that
        clause's subject) is the target of what the passive does to it (transform
        ``named-act``)."""
        toks = self.toks
        if self.transforms.get("named-act", m.pattern.code) is None or not 1 < noun < len(toks) - 1 \
                or toks[noun + 1].norm not in self.d.words("relative") \
                or toks[noun].norm not in self.d.words("claim_nouns") or toks[noun - 1].norm != ",":
            return None
        verbs = [j for j in range(noun - 1) if self.voice.get(toks[j].form) == "active" and j not in self.tok_mention]
        found = self.subject(verbs[0]) if verbs else None
        return Side(found.mentions, "the maker of the claim named in apposition") if found else None

    def _passive_name(self, j: int, tgt: Side | None) -> Side | None:
        """"Protes itu disampaikan Adnan kepada ...": a person named without a role right
        after a passive verb is its agent (``_role_less_person``)."""
        if not 0 < j < len(self.toks) or j in self.tok_mention or self.toks[j - 1].form != "passive":
            return None  # "terdakwa Sjahril": a ter- word may be a noun
        at = {t: x for x in self.mentions for t in range(x.first, x.last + 1)}
        return self._role_less_person(bare_name(self.d, self.s, j, at, "?", lower=True), tgt, "after the passive verb")

    def _active_sides(self, m: Match, src: Side | None, tgt: Side | None,
                      after: int, notes: list[str]) -> tuple[Side | None, Side | None]:
        """An active verb: the subject is the source, the object (or a marked
        oblique for an intransitive form) the target; a request's addressee, or
        the one an object clitic stands for."""
        if src is None:
            src = self._reason_doer(m) or self.subject(m.anchor)
            if tgt is None and (outer := self._complement_controller(m, src)) is not None:
                return outer
        cleft = self._cleft_subject(m) if src is None else None
        src = src or cleft
        if tgt is not None or "+" in [e.role for e in m.pattern.elements if isinstance(e, Slot)]:
            return src, tgt
        words = self._not_objects(m, src, after, cleft)
        tgt = self._complement_checked(m, self._object_of(m, after, words))
        if tgt is not None and self._object_clitic(m) and self._place_after_marker(tgt):
            # "memujinya dan mengundangnya ke Washington": the clitic is the object, the
            # place after "ke" where the act goes
            return src, self._clitic_object(m, src) or Side([], "object clitic with no known actor")
        rule = self.transforms.get("addressee-target", m.pattern.code)
        if tgt is None and rule is not None:
            # "demanded that NATO withdraw", "mendesak agar DPR ...": the addressee
            # opens the complement ("berharap ... agar": the pattern's last word opens it)
            k = m.last if self.toks[m.last].norm in self.d.words("complementizers") else m.last + 1
            if k < len(self.toks) and self.toks[k].norm in self.d.words("complementizers") \
                    and (k == m.last + 1 or self._opens_with_actor(k + 1)):
                tgt, _ = self.following(k, limit=3, exclude=words)
                if tgt is not None and self._complement_patient(tgt):
                    tgt = None  # "berharap agar X dilantik": X is not the one asked
                if tgt is not None:
                    notes.append(rule.note)
            elif (agent := self._object_agent(m)) is not None:
                # "demanded reforms by X's government": who is to act is the addressee
                tgt = agent
                notes.append(rule.note)
        judged = self.transforms.get("judged-agent", m.pattern.code)
        if tgt is None and judged is not None and (agent := self._object_agent(m)) is not None:
            # "condemned the attacks carried out by X", "welcomed a letter sent by X":
            # what is judged is the act or the work of its agent
            tgt = Side(agent.mentions, "the agent of what is judged")
            notes.append(judged.note)
        named = self.transforms.get("named-act", m.pattern.code)
        if tgt is None and named is not None and (doer := self._act_named_before(m, src)) is not None:
            tgt = doer
            notes.append(named.note)
        if tgt is None and self._object_clitic(m):
            # "menembaknya": the object is whom the clitic stands for, or no one known
            tgt = self._clitic_object(m, src) or Side([], "object clitic with no known actor")
        return src, tgt

    def _not_objects(self, m: Match, src: Side | None, after: int, cleft: Side | None) -> frozenset[int]:
        """The tokens no object of an active trigger may stand on (see ``_active_sides``)."""
        # the trigger's own mention is no target ("A suicide *bomber* killed");
        # a pattern's object noun may be ("arrested two *journalists*"), but not
        # in a user's PETRARCH pattern, whose words are never actors ("fire ... artillery")
        words = frozenset(m.word_tokens) if m.pattern.user else frozenset({m.anchor})
        words |= self._gap_modifiers(m)
        words |= self._taken_to(m) | companions(self, m)
        if cleft is not None:  # "... adalah X dan Y": no object of the verb
            words |= frozenset(k for x in cleft.mentions for k in range(x.first, x.last + 1))
        if self.head_first:  # "meminta bantuan *militer* kepada AS": a mention of pattern words only,
            # right after another of its nouns, modifies it where a marked target follows
            # ("pos *polisi*", "inspektur *PBB*" with none stay the object)
            own = set(m.word_tokens)
            mods = {i for i in m.word_tokens if i - 1 in own and i - 1 != m.anchor
                    and self.toks[i - 1].norm not in self.preps and i in self.tok_mention
                    and own.issuperset(range(self.mentions[self.tok_mention[i]].first,
                                             self.mentions[self.tok_mention[i]].last + 1))}
            own = {x.actor.code for x in src.mentions} if src is not None else set()
            if mods and (self.following(after, markers=self.target_markers, exclude=words | mods)[0] is not None
                         or all(self.mentions[self.tok_mention[i]].actor.code in own for i in mods)):
                words |= mods  # "TNI menghentikan operasi *militer*": nor when it is the subject's own
        return words

    def _complement_checked(self, m: Match, tgt: Side | None) -> Side | None:
        """An object found after a complementizer that ends or follows the pattern
        ("mendesak agar X ...", "berharap ... agar X ...") is the one asked only when it
        opens the complement and is not its passive verb's subject."""
        comps = self.d.words("complementizers")
        if tgt is None or not tgt.mentions or not (self.toks[m.last].norm in comps or m.last + 1 < len(self.toks)
                                                   and self.toks[m.last + 1].norm in comps):
            return tgt
        if self._complement_patient(tgt):
            return Side([], "the complement's passive subject: not the one asked")
        if self.toks[m.last].norm in comps and min(x.first for x in tgt.mentions) > m.last \
                and not self._opens_with_actor(m.last + 1):
            return Side([], "the complement opens with no actor")  # "ingin agar kinerja X ..."
        return tgt

    def _complement_patient(self, side: Side) -> bool:
        """"mendesak agar Budi dilantik": the actor opening a complement is the subject
        of its passive verb (after up to two lower-case adverbs, "tetap", "segera"): it
        undergoes what is asked for, and is not the one asked."""
        start = max(x.last for x in side.mentions) + 1
        for k in range(start, min(len(self.toks), start + 3)):
            if self.toks[k].form == "passive":  # "dilantik"; not a ter- adjective ("terpilih")
                return True
            if self.is_verb(k) or self._is_break(k) or not self.toks[k].text.isalpha() \
                    or not self.toks[k].text.islower() or k in self.tok_mention:
                return False
        return False

    def _act_named_before(self, m: Match, src: Side | None) -> Side | None:
        """"AS menjatuhkan sanksi kepada Iran. Teheran mengecam *langkah itu*": a judged
        object that is a noun and a demonstrative, no actor of its own, is the act the
        sentence before told, whose doer (its main subject) is judged."""
        k = m.last + 1
        demo = self.d.words("demonstratives")
        toks = self.toks
        if self.previous is None or k + 1 >= len(toks) or k in self.tok_mention or not toks[k].text.isalpha():
            return None
        end = k + 1 if toks[k + 1].norm in demo else (k + 2 if k + 2 < len(toks) and toks[k + 2].norm in demo
                                                         and k + 1 not in self.tok_mention else None)
        if end is None or src is not None and any(x.actor.code == self.previous.actor.code for x in src.mentions):
            return None
        return Side([self.previous], "the doer of the act named before ('" + toks[end].text + "')")

    def _object_of(self, m: Match, after: int, words: frozenset[int]) -> Side | None:
        """The object of an active trigger after token ``after``, none of ``words``."""
        if self.toks[m.anchor].form not in self.intransitive_forms \
                and self.toks[m.anchor].norm not in self.d.words("clause_verbs"):
            end = self.object_end(after, frozenset(range(m.anchor, m.last + 1)))
            if end is not None and end <= after + 1:
                return None
            return self.following(after, exclude=words, limit=None if end is None else end - after - 1)[0]
        # "officials said nine farmers were hurt": what follows is a clause, not an
        # object; a marker after the clause's own verb is that verb's
        # (with a word of its own after it, "menampik tawaran", the pattern has its object)
        clause = self.toks[m.anchor].norm in self.d.words("clause_verbs") and m.last == m.anchor
        tgt, _ = (None, 0) if clause and self.takes_an_act(m) else self.following(after, markers=self.target_markers, exclude=words, clause_end=clause)
        if tgt is not None or not clause:
            return tgt
        if m.last + 1 < len(self.toks) and self.toks[m.last + 1].norm in self.d.words("claim_nouns"):
            return self.following(after, exclude=words)[0]  # "menyangkal tudingan X": the claim's owner
        return Side([], "what a clause verb takes is no target")  # "membantah kedatangan X"

    def _object_agent(self, m: Match) -> Side | None:
        """The agent ("by X", grammar ``agent_markers``) of the object noun right after
        a request or demand ("demanded political reforms by X"): up to three
        lower-case words, then the marker. Only where modifiers come first."""
        if self.head_first:
            return None
        k = m.last + 1
        while k < len(self.toks) and k - m.last <= 4 and self.toks[k].text.isalpha() \
                and self.toks[k].text.islower() and k not in self.tok_mention \
                and self.toks[k].norm not in self.preps and self.toks[k].norm not in self.soft_breaks:
            k += 1
        if (k == m.last + 1 and m.last == m.anchor) or k >= len(self.toks) \
                or self.toks[k].norm not in self.agent_markers:
            return None  # the object noun: after the verb, or the pattern's own last word
        agent, _ = self.following(k, markers=self.agent_markers, limit=4)
        return Side(agent.mentions, "agent of what is demanded") if agent is not None else None

    def _gap_modifiers(self, m: Match) -> frozenset[int]:
        """"cut *military* ties with X": in a language whose modifiers precede the noun,
        a role word naming no state inside a pattern's gap, right before one of the
        pattern's words that is no preposition, modifies that word: it is no object."""
        if self.head_first:
            return frozenset()
        words = set(m.word_tokens)
        out: set[int] = set()
        for x in self.mentions:
            if not (m.anchor < x.first and x.last + 1 in words) or x.actor.kind != "role" \
                    or x.refers_to is not None or x.named("role") is None \
                    or x.named("country") is not None or x.named("demonym") is not None:
                continue
            nxt = self.toks[x.last + 1]
            if nxt.norm not in self.preps and nxt.text.isalpha() and nxt.text.islower():
                out.update(range(x.first, x.last + 1))
        # "abandon *military* ties with X": a role word that opens another event's
        # noun phrase ("military ... ties"), right before its next word, modifies it
        for o in self._chosen:
            if o is m or o.pattern.code == NULL:
                continue
            for x in self.mentions:
                if x.first == o.anchor and x.last + 1 in o.word_tokens and x.actor.kind == "role" \
                        and x.refers_to is None and x.named("country") is None \
                        and x.named("demonym") is None and self.toks[x.last + 1].text.islower():
                    out.update(range(x.first, x.last + 1))
        return frozenset(out)

    def _possessor(self, m: Match, src: Side | None) -> Side | None:
        """The one whose policy, statement or office a demand, request, criticism or
        rejection is about, named by a possessive clitic on its object ("menolak
        usulannya", "menuntut perubahan kebijakan ekonominya"): the nearest actor
        before the trigger that is not its source, nor a place ("di Jakarta")."""
        clitics = self.d.words("object_clitics")
        k = m.anchor + 1
        found = None
        while k < len(self.toks) and k - m.last <= 5:
            t = self.toks[k]
            if (self._is_break(k) or t.norm in self.soft_breaks or t.norm in SOFT
                    or k in self.tok_mention or self.is_verb(k)):
                break  # "menolak dilanjutkannya proyek": a verb's "-nya" is no possessor
            c = next((c for c in clitics if t.norm.endswith(c) and len(t.norm) > len(c) + 2), None)
            if c is not None and not t.stem.endswith(c):
                found = t
                break
            k += 1
        if found is None:
            return None
        taken = {id(x) for x in src.mentions} if src else set()
        places = self.d.words("locatives")
        for j in range(m.anchor - 1, -1, -1):
            if self._is_break(j):
                return None
            if j in self.tok_mention:
                ment = self.mentions[self.tok_mention[j]]
                if ment.first != j or id(ment) in taken:
                    continue
                if not ment.actor.code or self._before(ment.first) in places:
                    continue
                return Side([ment], f"possessor of '{found.text}': {ment.text}")
        return None

    def _object_origin(self, m: Match, src: Side | None) -> Side | None:
        """"menolak usulan gencatan senjata dari Rusia", "rejected a proposal from
        Russia": the one the object of a rejection, demand or criticism comes from
        (``nominal_source_markers`` right after the object's words)."""
        markers = self.d.words("nominal_source_markers")
        taken = {id(x) for x in src.mentions} if src else set()
        k = m.last + 1
        while k < len(self.toks) and k - m.last <= 5:
            t = self.toks[k]
            if self._is_break(k) or t.norm in self.soft_breaks or self.is_verb(k) or k in self.tok_mention:
                return None
            if t.norm in markers:
                j = k + 1
                while j < len(self.toks) and self.toks[j].norm in self.skip:
                    j += 1  # "dari kelompok Abu Sayyaf"
                ment = self.mentions[self.tok_mention[j]] if j in self.tok_mention else None
                if ment is not None and ment.first == j and ment.actor.code and id(ment) not in taken:
                    return Side(self._group_mentions(self.tok_mention[j]), f"origin of the object ('{t.text}')")
                return None
            k += 1
        return None

    def _object_clitic(self, m: Match) -> str | None:
        """The clitic on an active verb that stands for its object ("mendesak-nya")."""
        verb = self.toks[m.anchor]
        clitic = next((c for c in self.d.words("object_clitics") if verb.norm.endswith(c)), None)
        if clitic is None or self.voice.get(verb.form) != "active" or verb.stem.endswith(clitic):
            return None
        return clitic

    def _own_clause(self, side: Side | None, m: Match) -> Side | None:
        """The subject found for a passive trigger, unless a verb of saying stands between
        them (grammar ``statement_verbs``) and, after it, words of a noun phrase that is no
        actor (or an actor passed over): "X mengatakan, puluhan pendukung partai itu
        ditangkap polisi": the statement's clause has its own subject; X is not the one
        it happened to. Words in a phrase of a preposition after the verb are its own."""
        if side is None or not side.mentions:
            return side
        end = max(x.last for x in side.mentions)
        verbs = self.d.words("statement_verbs")
        v = next((k for k in range(m.anchor - 1, end, -1) if self.toks[k].norm in verbs), None)
        if v is None:
            return side
        passes = (self.modal | self.d.words("complementizers") | self.d.words("time_words")
                  | self.d.words("time_phrase_words") | self.d.words("pattern_adverbs")
                  | self.d.words("subject_modal_passes") | self.d.words("statement_openers"))
        k = m.anchor - 1  # the word before the trigger, auxiliaries and times aside
        while k > v and self.toks[k].norm in passes:
            k -= 1
        t = self.toks[k]
        if k == v or self._is_break(k) or t.norm in self.soft_breaks or t.norm in self.coord \
                or t.norm in self.preps or not t.text.isalpha() or self.is_verb(k):
            return side  # "mengatakan, baru diberhentikan saat ditahan ...": no subject of its own
        j = k  # the phrase must not be a preposition's ("mengatakan kepada wartawan ditahan")
        while j > v and self.toks[j].norm not in self.preps and self.toks[j].norm != ",":
            j -= 1
        return side if self.toks[j].norm in self.preps else None

    def _reason_doer(self, m: Match) -> Side | None:
        """"Polisi menangkap dua mahasiswa karena menghina Presiden", "AS menjatuhkan
        sanksi kepada Rusia karena menyerang Ukraina": a verb opening a clause of reason
        (grammar ``reason_markers``) with no subject of its own tells what the one acted on
        did: its subject is the main clause's object, an actor right after its active verb,
        or after "kepada"/"terhadap" following a noun of punishment or thanks (grammar
        ``reason_object_nouns``), an age after it aside (``reason_doer_asides``); not an agent
        after a passive verb ("ditangkap tentara X karena ..."), nor a thing's owner
        ("menolak usulan DPR karena ...")."""
        toks = self.toks
        j = m.anchor - 1
        while j >= 0 and toks[j].norm in self.modal:
            j -= 1
        if j < 2 or toks[j].norm not in self.d.words("reason_markers"):
            return None
        k = j - 1
        passed = self.d.words("time_words") | self.d.words("reason_doer_asides") | {","}
        while k >= 0 and (toks[k].norm in passed or toks[k].norm.isdigit()) and k not in self.tok_mention:
            k -= 1  # "seorang warga Palestina berumur 27 tahun karena ..."
        if k not in self.tok_mention:
            return None
        group = self._group_mentions(self.tok_mention[k])
        first = min(x.first for x in group)
        b = first - 1
        while b >= 0 and toks[b].norm in self.skip:
            b -= 1
        if b < 1 or b in self.tok_mention:
            return None
        if self.is_verb(b) and self.voice.get(toks[b].form) == "active":
            return Side(group, f"the object of '{toks[b].text}': who did what '{toks[j].text}' gives")
        nouns = self.d.words("reason_object_nouns")
        if toks[b].norm in self.target_markers and any(
                toks[i].norm in nouns for i in range(max(0, b - 5), b)):
            return Side(group, f"after '{toks[b].text}': who did what '{toks[j].text}' gives")
        return None

    def _cleft_subject(self, m: Match) -> Side | None:
        """"Negara yang menandatangani perjanjian itu adalah Indonesia dan Malaysia": the
        verb of a relative clause on a noun that is no actor (or on none: "Yang mengkritik
        ...") whose clause goes on to a copula of identity (grammar ``cleft_copulas``)
        has as subject the actors named right after it."""
        toks = self.toks
        passes = self.modal | self.d.words("subject_modal_passes") | self.d.words("pattern_adverbs")
        j = m.anchor - 1
        while j >= 0 and m.anchor - j <= 3 and toks[j].norm in passes:
            j -= 1
        if j < 0 or toks[j].norm not in self.relative or j - 1 in self.tok_mention:
            return None
        for k in range(m.last + 1, min(len(toks), m.last + 12)):
            if self._is_break(k) or toks[k].norm in self.soft_breaks or toks[k].norm == ",":
                return None
            if toks[k].norm in self.d.words("cleft_copulas"):
                found, _ = self.following(k, direct=True, limit=2)
                return Side(found.mentions, f"named after '{toks[k].text}': who the relative clause says acts") \
                    if found is not None else None
        return None

    def _complement_controller(self, m: Match, src: Side | None) -> tuple[Side, Side] | None:
        """"Mahasiswa meminta Presiden mundur dan menuduhnya ...": a verb whose object
        is a clitic, joined to the verb of a complement clause ("mundur") whose subject
        is the object of a verb before it ("meminta Presiden"), does not share that
        subject, whom the clitic stands for: its subject is that earlier verb's."""
        clitic = self._object_clitic(m)
        shared = self._coordinated_predicate(m.anchor)
        if clitic is None or shared is None or src is None or not src.mentions:
            return None
        first = min(x.first for x in src.mentions)
        last = max(x.last for x in src.mentions)
        v = first - 1
        if not last < shared or any(self.toks[k].norm not in self.modal for k in range(last + 1, shared)) \
                or v < 1 or v in self.tok_mention or not self.is_verb(v) \
                or self.voice.get(self.toks[v].form) != "active":
            return None
        outer = self.subject(v)
        if outer is None or not outer.mentions or any(x in src.mentions for x in outer.mentions):
            return None
        return (Side(outer.mentions, f"{outer.note}, of '{self.toks[v].text}' before the complement"),
                Side(src.mentions, f"'-{clitic}' on the verb: the object of '{self.toks[v].text}'"))

    def _place_after_marker(self, side: Side) -> bool:
        """A side that is one place (a country, capital or region named as such)
        right after a marker of destination or location (grammar ``destination_markers``,
        ``locatives``: "ke Washington", "di Jakarta"): where an act goes or happens."""
        if len(side.mentions) != 1:
            return False
        x = side.mentions[0]
        markers = self.d.words("destination_markers") | self.d.words("locatives")
        return self._before(x.first) in markers and bool(x.entries) \
            and all(e.kind in ("capital", "country", "region", "place") for e in x.entries)

    def _clitic_object(self, m: Match, src: Side | None) -> Side | None:
        """The object a clitic on the verb stands for ("mendesaknya", "menembaknya"):
        the nearest actor between the verb's subject and the verb."""
        clitic = self._object_clitic(m)
        taken = {id(x) for x in src.mentions} if src else set()
        # between the subject and the verb: "X bertemu Y dan mendesaknya"
        floor = max((x.last for x in src.mentions if 0 <= x.last < m.anchor), default=-1) if src else -1
        for k in range(m.anchor - 1, floor, -1):
            if k in self.tok_mention:
                ment = self.mentions[self.tok_mention[k]]
                if id(ment) not in taken:  # the nearest one, known or not
                    return Side([ment], f"'-{clitic}' on the verb: {ment.text}") if ment.actor.code else None
        return None
