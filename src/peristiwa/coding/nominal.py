"""Sides of nominal events and of things: "serangan Israel terhadap ...",
"melakukan pertemuan dengan ...", "penangkapan ... oleh ...", the possessor, the
clitic owner ("kunjungannya"), the agent of a passive light verb, the victims and
results of an attack, and the actor a thing comes from ("sistem rudal Rusia").
``NominalSides`` is a part of ``SideFinder`` (sides.py), and so of ``SentenceCoder``."""

from __future__ import annotations

from dataclasses import replace

from peristiwa.coding import cameo
from peristiwa.coding.patterns import Match
from peristiwa.coding.reading import SOFT, SentenceReader, Side
from peristiwa.records import Actor, Mention

# What a transferred thing can come from (``@origin``).
ORIGIN_KINDS = frozenset({"country", "org"})


def _as_origin(m: Mention) -> Mention | None:
    """The actor a thing named with ``m`` comes from: a country or organisation;
    for "jet tempur Rafale Prancis" (a military role) the country."""
    a = m.actor
    if a.code and a.kind in ORIGIN_KINDS:
        return m
    if a.kind == "role" and a.country and m.named("country") is not None:
        return replace(m, actor=Actor(code=a.country, name=a.country, country=a.country, kind="country"))
    return None


class NominalSides(SentenceReader):
    """The sides a nominal trigger and its nouns give (see the module's docstring)."""

    def _np_word(self, j: int) -> bool:
        """Token ``j`` can stand inside a noun phrase: not a break, function word,
        verb, number or actor."""
        t = self.toks[j]
        n = t.norm
        if (self._is_break(j) or n in self.soft_breaks or n in self.preps or n in self.skip
                or n in self.relative or n in self.aux or n in self.coord or j in self.tok_mention):
            return False
        if n == "-":  # "S-400": a hyphen inside a word
            return 0 < j < len(self.toks) - 1 and self.toks[j - 1].end == t.start \
                and t.end == self.toks[j + 1].start
        if not any(c.isalpha() for c in n):  # a number ends it, but not "S-400"'s "400"
            return j > 0 and self.toks[j - 1].end == t.start and self.toks[j - 1].norm == "-"
        return not self.is_verb(j)

    def _np_actor(self, head: int) -> Mention | None:
        """The country or organisation a thing is named with: "sistem pertahanan
        udara S-400 Rusia", "jet tempur F-16 AS", "the Russian-made system"."""
        step = 1 if self.head_first else -1
        j = head
        while 0 <= j < len(self.toks) and abs(j - head) <= 6:
            if j in self.tok_mention:
                m = self.mentions[self.tok_mention[j]]
                found = _as_origin(m)
                if found is not None or m.actor.kind != "role":
                    return found
                j = (m.last if self.head_first else m.first) + step  # "jet tempur" without a country
                continue
            if j != head and not self._np_word(j):
                return None
            j += step
        return None

    def noun_origins(self) -> dict[str, tuple[Mention, int]]:
        """Head nouns this sentence names with a country or organisation, by stem:
        "membeli sistem pertahanan udara S-400 Rusia" gives sistem -> Rusia,
        "jet tempur Rafale Prancis" jet -> Prancis."""
        out: dict[str, tuple[Mention, int]] = {}
        step = -1 if self.head_first else 1
        for m in self.mentions:
            origin = _as_origin(m)
            if origin is None:
                continue
            if m.actor.kind == "role":  # the thing is the mention's own head noun
                head = m.first if self.head_first else m.last
            else:
                j = m.first - 1 if self.head_first else m.last + 1
                head = None
                while 0 <= j < len(self.toks) and self._np_word(j) and abs(j - m.first) <= 6:
                    head = j
                    j += step
            if head is not None and any(c.isalpha() for c in self.toks[head].norm):
                out[self.toks[head].stem] = (origin, self.s.index)
        return out

    def _origin(self, m: Match) -> Side | None:
        """The source of a transfer whose sentence does not name it (``@origin``):
        the actor the transferred thing is named with, in this sentence or, for a
        noun that refers back ("menerima pengiriman sistem"), where an earlier
        sentence named it with one ("sistem pertahanan udara S-400 Rusia")."""
        heads = [m.last] + [j for j in range(m.last + 1, min(len(self.toks), m.last + 3))
                            if self._np_word(j)][:1]
        for h in heads:
            here = self._np_actor(h)
            if here is not None:
                return Side([here], f"named with '{self.toks[h].text}'")
        for h in heads:
            found = self.origins.get(self.toks[h].stem)
            if found is not None:
                ment, k = found
                far = Mention(-1, -1, -1, -1, ment.text, ment.actor, (f"origin of '{self.toks[h].text}'",))
                return Side([far], f"origin of '{self.toks[h].text}', named with it in sentence {k}")
        return None

    def _word_end(self, m: Match) -> int:
        """The last token of the trigger's first run of words ("kunjungan" in "kunjungan ... ke +")."""
        end = m.anchor
        for i in m.word_tokens[1:]:
            if i != end + 1:
                break
            end = i
        return end

    def _receiver(self, m: Match, against: Mention | None, tgt: Side | None) -> tuple[bool, Side | None]:
        """"X mendapat kecaman dari Y", "X menjadi sasaran serangan Y": the one who receives
        the act (grammar ``receiving_light_verbs``) is its target, not its actor. Whether
        a verb of receiving carries the nominal, and the target."""
        received = self._light_verb_subject(m, against, self.d.words("receiving_light_verbs"))
        if received is None:
            return False, tgt
        return True, tgt if tgt is not None else Side(received.mentions, "subject of a verb of receiving the act")

    def _nominal(self, m: Match, src: Side | None, tgt: Side | None, after: int, noun_end: int):
        agent = self._nominal_agent(m, after)
        marked, _ = self.following(after, markers=self.target_markers)
        # a genitive right after the noun ("serangan Israel") only where the head comes first;
        # "the march backing X": X is the participle's object
        gen = self._genitive_after(noun_end)
        if gen is not None and any(x in (src.mentions if src else []) + (tgt.mentions if tgt else [])
                                   for x in gen.mentions):
            gen = None
        poss = self._nominal_possessor(m) or self._pronoun_owner(m)
        against = self._against_modifier(m)
        received, tgt = self._receiver(m, against, tgt)
        light = None if received else self._light_verb_subject(m, against)
        carried = self._passive_light_agent(noun_end) if agent is None else None
        gen_role = next((f.split("=", 1)[1] for f in m.pattern.flags if f.startswith("gen=")), None)
        if src is None:
            if agent is not None:
                src = Side(agent.mentions, f"agent of the nominal ('{self._before(agent.mentions[0].first)}')")
            elif carried is not None:
                src = carried
            elif poss is not None:
                src = poss
            elif light is not None:
                src = Side(light.mentions, "subject of the light verb")
            elif (owner := self._clitic_owner(m, noun_end)) is not None:
                src = owner
            elif (owner := self._fronted_owner(m, noun_end)) is not None:
                src = owner
            elif gen is not None and gen_role != "target" and (
                    marked is not None or tgt is not None or gen_role == "source"
                    or not self.genitive_is_target(m.anchor)):
                src = Side(gen.mentions, "genitive: the actor of the nominal")
                gen = None
        if src is None:
            # "kecaman ... terhadap Jepang dari Perdana Menteri Malaysia", "surat dari X
            # kepada Y": with no agent, possessor or genitive, "dari" names the source
            origin, _ = self.following(after, markers=self.d.words("nominal_source_markers"))
            if origin is not None and (marked is None or origin.mentions != marked.mentions):
                src = Side(origin.mentions, f"source of the nominal ('{self._before(origin.mentions[0].first)}')")
        if tgt is None and noun_end < m.last:
            origin, asked = self._gap_parties(m, noun_end, src)
            src, tgt = src or origin, asked
        if src is None and tgt is None:
            src = self._attendees(m)
        if src is None:
            src = self._setting_subject(m)
        if tgt is None:
            if marked is not None and (src is None or marked.mentions != src.mentions):
                tgt = marked
            elif gen is not None and (src is None or gen.mentions != src.mentions):
                tgt = Side(gen.mentions, "genitive: the one acted on")
        if tgt is None and against is not None and (src is None or against not in src.mentions):
            tgt = Side([against], "after a word of opposition")
        if tgt is None:
            tgt = self._result_object(noun_end, src) or self._victims(m)
        return src, tgt

    def _nominal_agent(self, m: Match, after: int) -> Side | None:
        """The agent after the nominal ("penangkapan X oleh Y"; an apposition may stand
        before it: "penetapan tersangka X, Komjen Y, oleh KPK"), unless a verb ("usulan X
        ditolak oleh Y", "Serangan Israel ke Gaza dikecam oleh Turki") or another event noun
        ("kecaman X atas penyiksaan oleh Y") stands between: then it is theirs."""
        agent, _ = self.following(after, markers=self.agent_markers, verbs_end=True, limit=self.max_t + 4)
        if agent is None:
            return None
        first = agent.mentions[0].first
        if self._verb_between(after, first) or self._event_noun_between(m, after, first):
            return None
        return agent

    def _event_noun_between(self, m: Match, a: int, b: int) -> bool:
        """Another event noun (a noun by its form that triggers a pattern of its own) stands
        between tokens ``a`` and ``b``: an agent marker after it is that noun's."""
        anchors = getattr(self, "anchors", frozenset())
        return any(k in anchors and k not in m.word_tokens and self.voice.get(self.toks[k].form) == "nominal"
                   for k in range(a + 1, b))

    def _genitive_after(self, noun_end: int) -> Side | None:
        """The actor right after the nominal ending at ``noun_end``: its genitive, where the
        head comes first. Not past a comma or a dash: "fasilitator perundingan, Martti
        Ahtisaari": the name after it is an apposition to the noun phrase, no party of the
        nominal."""
        k = noun_end + 1
        if not self.head_first or k < len(self.toks) and self.toks[k].norm in SOFT:
            return None
        return self.following(noun_end, direct=True, limit=4)[0]

    def _gap_parties(self, m: Match, noun_end: int, src: Side | None) -> tuple[Side | None, Side | None]:
        """"Desakan dari X agar Y mundur", "tuntutan X agar Y mundur": a noun of asking
        (grammar ``directive_nouns``) whose pattern goes on past a gap names its source
        with "dari" (or as a genitive) right after it and its addressee right after a
        complementizer in the gap (not the subject of a passive verb there: "agar Y
        dicopot" asks someone else)."""
        toks = self.toks
        if toks[m.anchor].norm not in self.d.words("directive_nouns") or m.anchor != noun_end:
            return None, None
        comps = self.d.words("complementizers")
        origin, _ = self.following(noun_end, markers=self.d.words("nominal_source_markers"), limit=2)
        if origin is not None and max(x.last for x in origin.mentions) < m.last:
            src = Side(origin.mentions, f"source of the nominal ('{self._before(origin.mentions[0].first)}')")
        if src is None or not src.mentions or min(x.first for x in src.mentions) < noun_end:
            return None, None
        k = next((j for j in range(max(x.last for x in src.mentions) + 1, m.last) if toks[j].norm in comps), None)
        asked = self.following(k, limit=3)[0] if k is not None and self._opens_with_actor(k + 1) else None
        if asked is None or max(x.last for x in asked.mentions) >= m.last or self._complement_patient(asked):
            return src, None
        return src, Side(asked.mentions, "the addressee after the complementizer")

    def _attendees(self, m: Match) -> Side | None:
        """"Pertemuan yang dihadiri X dan Y": a meeting named by a noun (a reciprocal code
        of grammar ``setting_codes``) with no party of its own, then a relative clause of attending (grammar
        ``attending_verbs``): those who attend are its parties, each with the others."""
        toks, k = self.toks, m.last + 1
        codes = tuple(self.d.setting("setting_codes", []))
        if not cameo.reciprocal(m.pattern.code) or not m.pattern.code.startswith(codes or ("\0",)):
            return None  # a meeting (grammar ``setting_codes``), not a clash
        while k < len(toks) and k - m.last <= 3 and toks[k].norm not in self.d.words("relative"):
            if k in self.tok_mention or self._is_break(k) or self.is_verb(k) or not toks[k].text.isalpha():
                return None  # "rapat koordinasi yang ...", "pertemuan tertutup yang ..."
            k += 1
        if k + 1 >= len(toks) or toks[k].norm not in self.d.words("relative") \
                or toks[k + 1].norm not in self.d.words("attending_verbs"):
            return None
        found, _ = self.following(k + 1, direct=True, limit=3)
        if found is None or len(found.mentions) < 2:
            return None
        return Side(found.mentions, f"who attend ('{toks[k + 1].text}')")

    def _setting_subject(self, m: Match) -> Side | None:
        """"X menyampaikan hal itu dalam pertemuan dengan Y", "Dalam kunjungan ke Beijing,
        X ...": a meeting or visit as a noun after a word of its setting (grammar
        ``setting_markers``), with no actor of its own, is the subject's of its clause,
        or of the main clause after the comma when it opens the sentence. Only for the
        codes of ``setting_codes``: the subject takes part in a meeting it is in, not in
        an attack ("dalam serangan itu, polisi menangkap ...")."""
        k = m.anchor - 1
        setting = self.d.words("setting_markers")
        codes = tuple(self.d.setting("setting_codes", []))
        if k >= 0 and self.toks[k].norm in self.d.words("clause_setting_markers"):
            setting = self.d.words("clause_setting_markers")  # a meeting only: grammar ``clause_setting_codes``
            codes = tuple(self.d.setting("clause_setting_codes", []))
        if k < 0 or self.toks[k].norm not in setting or not m.pattern.code.startswith(codes or ("\0",)):
            return None
        found = self.subject(k, exclude_pronouns=True) or self._fronted_clause_subject(m.anchor, openers=setting) \
            or self._tagged_speaker(k)
        if found is None or any(x.refers_to is not None for x in found.mentions):
            return None  # a pronoun standing for an earlier actor is too far to tell
        return Side(found.mentions, f"subject of the clause of '{self.toks[k].text} ...'")

    def _tagged_speaker(self, k: int) -> Side | None:
        """"..., kata X, usai pertemuan dengan Y": the speaker named with the reporting word
        right before the setting word at ``k`` (commas and time words between) is the
        subject of the clause it opens; so is the one a reporting word with a possessive
        clitic stands for ("..., katanya usai rapat dengan Y": the sentence before's speaker
        or the maker of its statement, ``previous_speaker``, ``previous_stater``)."""
        sp = self.own_speaker()
        if sp is not None and sp.first > 0 and sp.last < k and self.toks[sp.first - 1].norm in self.reporting:
            j, word = sp.last + 1, self.toks[sp.first - 1].text
        elif sp is None and (r := self._clitic_reporter(k)) is not None:
            sp = next((x for x in (self.previous_speaker, self.previous_stater)
                       if x is not None and x.actor.code and x.actor.kind != "pronoun"), None)
            if sp is None:
                return None
            j, word = r + 1, self.toks[r].text
        else:
            return None
        between = self.d.words("time_words") | self.d.words("place_locatives")  # "kata X di sela pertemuan"
        asides, met = self.d.words("speaker_aside_markers"), self.d.words("speaker_met_verbs")
        when = self.d.words("clause_setting_markers")
        while j < k:
            if j + 1 < k and self.toks[j].norm in when and self.toks[j + 1].norm in met:
                j += 1  # "kata X saat ditemui (wartawan) usai ...": the speaker met
            if self.toks[j].norm in asides or self.toks[j].norm in met:  # "kata X kepada wartawan usai ...": whom to, or where
                end = next((i for i in range(j + 1, min(k, j + 6)) if self.toks[i].norm in SOFT), k)
                if end - j > 5 or any(self._is_break(i) or self.is_verb(i) for i in range(j + 1, end)):
                    return None
                j = end
            elif self.toks[j].norm in SOFT or self.toks[j].norm in between:
                j += 1
            else:
                return None
        return Side([sp], f"the speaker after '{word}'")

    def _clitic_reporter(self, k: int) -> int | None:
        """The last reporting word before token ``k`` written with a possessive clitic
        ("katanya", "ujarnya"; grammar ``reporting``, ``possessive_clitics``), up to ten
        tokens before it and no clause break between; None when there is none (what stands
        between is ``_tagged_speaker``'s to judge)."""
        clitics = self.d.words("possessive_clitics")
        for r in range(k - 1, max(-1, k - 11), -1):
            if self._is_break(r):
                return None
            n = self.toks[r].norm
            c = next((c for c in clitics if n.endswith(c) and len(n) > len(c)), None)
            if c is not None and (n in self.reporting or n[: -len(c)] in self.reporting):
                return r
        return None

    def _nominal_possessor(self, m: Match) -> Side | None:
        """The possessor before a nominal ("Russia's arrest of ..."), or the
        modifier that names its actor ("the Indian attack", "an Israeli air strike")."""
        if m.anchor >= 2 and self.toks[m.anchor - 1].norm in self.possessive_markers \
                and (m.anchor - 2) in self.tok_mention:
            return Side(self._group_mentions(self.tok_mention[m.anchor - 2]), "possessive")
        modifier = self._modifier_mention(m)
        if modifier is None:
            return None
        # "the Iran-Iraq war", "US and Israeli strikes": the modifier's coordinated group
        return Side(self._group_mentions(self.tok_mention[m.anchor - 1]), "modifier of the nominal")

    def _pronoun_owner(self, m: Match) -> Side | None:
        """"to press *their* demands": a possessive pronoun (grammar ``own_possessives``)
        right before a nominal (adjectives aside) names the subject of its clause as
        the nominal's actor. Only where modifiers come first."""
        if self.head_first:
            return None
        j = m.anchor - 1
        while j >= 0 and m.anchor - j <= 3 and self.toks[j].text.isalpha() and self.toks[j].text.islower() \
                and self.toks[j].norm not in self.d.words("own_possessives") and j not in self.tok_mention \
                and self.toks[j].norm not in self.preps:
            j -= 1
        if j < 0 or self.toks[j].norm not in self.d.words("own_possessives"):
            return None
        found = self.subject(j)
        return Side(found.mentions, "the subject whose possessive the nominal has") if found is not None else None

    def _light_verb_subject(self, m: Match, against: Mention | None, phrases=None) -> Side | None:
        """The subject of a light verb the nominal is the object of ("melakukan
        penangkapan", "held an anti-X parade"); words of grammar ``light_verb_fillers``
        may stand between ("melakukan *aksi* penyerangan", "menggelar *lagi* pertemuan")."""
        j = m.anchor - 1 if against is None else against.first - 1
        while j >= 0 and against is not None and (self.toks[j].norm == "-"
                                                  or self.toks[j].norm in self.d.words("against_modifiers")):
            j -= 1  # "held an *anti-X* parade"
        fillers = self.d.words("light_verb_fillers")
        while j >= 0 and (self.toks[j].norm in self.skip or self.toks[j].norm in self.nominal_before
                          or self.toks[j].norm in fillers):
            j -= 1
        for phrase in self.light if phrases is None else phrases:
            words = phrase.split()
            a = j - len(words) + 1
            if a >= 0 and [t.norm for t in self.toks[a: j + 1]] == words:
                return self.subject(a)
        return None

    def _passive_light_agent(self, noun_end: int) -> Side | None:
        """"Protes itu disampaikan X kepada Y", "serangan yang dilancarkan X": the passive
        of a light verb (grammar ``passive_light_verbs``) the nominal's phrase is the
        subject of; the agent after it ("oleh", or a name right after the verb) is the
        nominal's actor. The verb is the first one after the nominal, in its clause."""
        j = self.passive_light_verb(noun_end)
        if j is None:
            return None
        found, _ = self.following(j, markers=self.agent_markers, direct=False, limit=3)
        if found is None:
            found, _ = self.following(j, direct=True, limit=3)
        return Side(found.mentions, f"agent of '{self.toks[j].text}' the nominal is the subject of") \
            if found is not None else None

    def passive_light_verb(self, noun_end: int) -> int | None:
        """The passive light verb (grammar ``passive_light_verbs``) the phrase of the
        nominal ending at ``noun_end`` is the subject of (``_passive_light_agent``): the
        first verb after it in its clause, auxiliaries aside; None when there is none."""
        if not self.passive_light:
            return None
        for j in range(noun_end + 1, min(len(self.toks), noun_end + 9)):
            if self._is_break(j) or self.toks[j].norm == ",":
                return None
            if self.toks[j].norm in self.passive_light:
                return j
            if self.is_verb(j) and self.toks[j].norm not in self.d.words("auxiliaries"):
                return None  # "serangan yang *kembali* dilancarkan X": an auxiliary goes on
        return None

    def _clitic_owner(self, m: Match, noun_end: int) -> Side | None:
        """"Jepang mengklaim kunjungannya ke Beijing berhasil": a possessive clitic
        on a nominal that is the object of a verb (``possessive_clitics``) names
        that verb's subject as the nominal's actor."""
        clitic = next((c for c in self.d.words("possessive_clitics") for w in self.toks[m.anchor: noun_end + 1]
                       if w.norm.endswith(c) and not w.stem.endswith(c)), None)
        if clitic is None:
            return None
        j = m.anchor - 1
        while j >= 0 and self.toks[j].norm in self.skip:
            j -= 1
        if j >= 1 and self._head_noun(j) and self._head_noun(j - 1) is False:
            j -= 1  # "menjelaskan *hasil* pertemuannya dengan Y": the noun the nominal belongs to
        if j < 1 or self.voice.get(self.toks[j].form) != "active" or j in self.tok_mention:
            return None
        found = self.subject(j)
        if found is None or not all(x.actor.code for x in found.mentions):
            return None
        return Side(found.mentions, f"'-{clitic}' on the nominal: the subject of '{self.toks[j].text}'")

    def _head_noun(self, j: int) -> bool:
        """Token ``j`` is a plain lower-case word of a noun: no verb, preposition,
        function word or mention."""
        t = self.toks[j]
        return t.text.isalpha() and t.text.islower() and j not in self.tok_mention and not self.is_verb(j) \
            and t.norm not in self.preps and t.norm not in self.skip and t.norm not in self.modal \
            and t.norm not in self.soft_breaks and t.norm not in self.hard and t.norm not in self.relative

    def _fronted_owner(self, m: Match, noun_end: int) -> Side | None:
        """"Setelah kunjungannya ke Jepang, Presiden X ...": a possessive clitic on a
        nominal in a clause that opens the sentence with a word of ``fronted_subordinators``
        or ``setting_markers`` (no actor or comma between) points ahead to the main
        clause's subject, the actor after the comma that closes it."""
        clitic = next((c for c in self.d.words("possessive_clitics") for w in self.toks[m.anchor: noun_end + 1]
                       if w.norm.endswith(c) and not w.stem.endswith(c)), None)
        if clitic is None:
            return None
        openers = self.fronted_subordinators | self.d.words("setting_markers")
        for j in range(m.anchor - 1, -1, -1):
            if j in self.tok_mention or self.toks[j].norm == "," or self._is_break(j) and j:
                return None
            if self.toks[j].norm in openers and self.sentence_opening(j):
                found = self._fronted_clause_subject(j + 1, openers=openers)
                if found is None or not all(x.actor.code for x in found.mentions):
                    return None
                return Side(found.mentions, f"'-{clitic}' on the nominal in the clause before the comma: "
                                            "the main clause's subject")
        return None

    def _victims(self, m: Match) -> Side | None:
        """"Lima warga X tewas dalam serangan Y": those a verb of harm says died or
        were hurt in (``victim_links``) a nominal event were its target."""
        links = self.d.words("victim_links")
        harmed = self.d.words("victim_predicates")
        j = m.anchor - 1
        while j >= 0 and m.anchor - j <= 3 and self.toks[j].norm not in links:
            if self._is_break(j) or j in self.tok_mention:
                return None
            j -= 1
        if j < 1 or self.toks[j].norm not in links or self.toks[j - 1].norm not in harmed:
            return None
        found = self.subject(j - 1)
        return Side(found.mentions, f"harmed in the '{self.toks[m.anchor].text}'") if found else None

    def _result_object(self, noun_end: int, src: Side | None) -> Side | None:
        """"Serangan udara X menewaskan lima warga Y": a nominal event that is the
        subject of a verb of its result (``result_verbs``: kill, wound, destroy)
        acted on that verb's object."""
        results = self.d.words("result_verbs")
        if not results:
            return None
        taken = frozenset(i for x in (src.mentions if src else []) for i in range(x.first, x.last + 1))
        for j in range(noun_end + 1, min(len(self.toks), noun_end + 8)):
            if self._is_break(j) or self.toks[j].norm in self.soft_breaks:
                return None
            if self.toks[j].norm in results:
                obj, _ = self.following(j, exclude=taken)
                if obj is None:
                    return None
                if self.toks[j].norm in self.d.words("result_verbs_named") \
                        and all(x.entries and all(e.kind == "role" for e in x.entries) for x in obj.mentions):
                    return None  # "menghantam sejumlah sekolah": a building hit is no actor's (its place's)
                return Side(obj.mentions, f"object of '{self.toks[j].text}', the nominal's result")
        return None
