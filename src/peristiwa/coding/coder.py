"""The event coder: patterns found in a sentence become events with evidence.

For each pattern match the coder

1. reads the modality just before the trigger: negation and conditions drop
   the event; a future or intent word turns it into an intent (03x), a
   threat word into a threat (13x), by ``data/modality.tsv``;
2. finds the source and the target from word order and the voice of the
   trigger (active "menangkap", passive "ditangkap oleh", nominal
   "penangkapan ... oleh", English "was arrested by") unless the pattern
   places them itself (``$``/``+``);
3. emits one event per (source, target) pair, coordinated actors included
   ("Rusia dan Turki"), with the spans and the notes that explain it.

Everything language-specific comes from the language's ``grammar.toml``;
this module is the same for every language. The sentence's structure (mentions,
coordination, subjects, objects) is read in ``reading.py`` by word order and in
``depread.py`` from the dependency parse (see ``PARSE_FIRST``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from peristiwa.coding import cameo
from peristiwa.coding.patterns import NULL, Match, PatternSet
from peristiwa.coding.reading import SOFT, SentenceReader, Side
from peristiwa.lang import LanguageData
from peristiwa.records import Actor, Event, Evidence, Mention, Sentence
from peristiwa.when import event_date
from peristiwa.where import event_place, gazetteer

# With the current models (Indonesian LAS ~63-71, English ~80, bench/RESULTS.md)
# the tuned word-order reading is right more often than the parse; the parse
# fills the sides word order leaves open. True = the parse decides.
PARSE_FIRST = False


class SentenceCoder(SentenceReader):
    """Codes one sentence; built per sentence, cheap."""

    def __init__(self, data: LanguageData, pats: PatternSet, sent: Sentence,
                 mentions: list[Mention], context_country: str = "",
                 previous: Mention | None = None, parse=None,
                 history: list[Mention] | None = None, speaker: Mention | None = None,
                 origins: dict[str, tuple[Mention, int]] | None = None) -> None:
        super().__init__(data, sent, mentions, context_country, previous, parse, history, speaker)
        self.pats = pats
        # head nouns an earlier sentence named with an actor ("sistem ... Rusia"): see _origin
        self.origins = origins if origins is not None else {}
        self.head_first = data.setting("head", "first") == "first"

    def code(self) -> list[tuple[Match, str, Side | None, Side | None, list[str]]]:
        matches = [m for m in self.pats.match(self.toks, self.slot_map(), self.hard, self.skip)
                   if not self._inside_name(m.anchor)]
        chosen = self._select(matches)
        modal_tokens: set[int] = set()
        plans = []
        for m in chosen:
            if m.pattern.code == NULL:
                continue
            code, notes, used = self._modality(m)
            plans.append((m, code, notes, used))
            modal_tokens |= used
        scopes = [m.anchor for m in chosen if "scope" in m.pattern.flags]
        out = []
        for m, code, notes, _ in plans:
            if code is None or m.anchor in modal_tokens:
                continue
            if any(a < m.anchor and not self._break_between(a, m.anchor) for a in scopes):
                continue  # the act an accusation alleges is not coded (CONVENTIONS §7.4)
            src, tgt, side_notes = self._sides(m)
            out.append((m, code, src, tgt, notes + side_notes))
        return out

    def _select(self, matches: list[Match]) -> list[Match]:
        """Longest matches first; two matches may not share a content word
        (prepositions such as "antara" may serve both)."""
        ranked = sorted(
            matches,
            key=lambda m: (-len(m.word_tokens), -(m.last - m.anchor),
                           m.pattern.file != "events.txt",  # hand-written beats generated
                           m.anchor, m.pattern.code != NULL),
        )
        taken: set[int] = set()
        out = []
        for m in ranked:
            content = {i for i in m.word_tokens if self.toks[i].norm not in self.preps}
            content.add(m.anchor)
            if taken & content:
                continue
            taken |= content
            out.append(m)
        return sorted(out, key=lambda m: m.anchor)

    def _modality(self, m: Match) -> tuple[str | None, list[str], set[int]]:
        w = self.d.words
        neg, hyp, fut, thr = w("negators"), w("hypothetical"), w("future"), w("threat")
        cond = w("conditionals")
        in_pattern = {self.toks[i].norm for i in m.word_tokens}
        code = m.pattern.code
        notes: list[str] = []
        used: set[int] = set()
        j = m.anchor - 1
        seen = 0
        kind = None
        while j >= 0:
            t = self.toks[j]
            n = t.norm
            if self._is_break(j) or j in self.tok_mention:
                break
            if n in cond:
                return None, [f"condition '{t.text}'"], used
            if seen < 4:
                if n in neg and n not in in_pattern:
                    return None, [f"negated by '{t.text}'"], used
                if n in hyp and n not in in_pattern:
                    return None, [f"hypothetical '{t.text}'"], used
                if n in thr and n not in in_pattern and kind is None:
                    kind = "threat"
                    used.add(j)
                    notes.append(f"threat '{t.text}'")
                elif n in fut and n not in in_pattern and kind is None:
                    kind = "intent"
                    used.add(j)
                    notes.append(f"intent '{t.text}'")
            if n in self.soft_breaks:
                break
            seen += 1
            j -= 1
        if kind is None and m.anchor >= 1 and self.toks[m.anchor - 1].norm in w("purpose"):
            # a purpose complement shares the modality of the clause it serves:
            # "Kami akan mengusahakan dibentuk pansus untuk menyelidiki ..." plans an inquiry
            j, seen = m.anchor - 2, 0
            while j >= 0 and seen < 8:
                t = self.toks[j]
                n = t.norm
                if self._is_break(j) or n in self.soft_breaks or n in cond:
                    break
                if j not in self.tok_mention and n not in in_pattern:
                    if n in neg:
                        return None, [f"negated by '{t.text}' (the clause this serves)"], used
                    if n in thr or n in fut:
                        kind = "threat" if n in thr else "intent"
                        used.add(j)
                        notes.append(f"{kind} '{t.text}' (the clause this serves)")
                        break
                seen += 1
                j -= 1
        if self._conditional(m.anchor, cond):
            return None, ["inside a condition"], used
        directive = self._directed(m.anchor, in_pattern)
        if directive:
            return None, [f"asked for by '{directive}', not done"], used
        if kind == "intent":
            # "will withdraw ... unless ...": an intent on a condition is a threat
            k = next((k for k in range(m.last + 1, min(m.last + 12, len(self.toks)))
                      if self.toks[k].norm in w("threat_conditions")
                      or self.toks[k].norm in (";", ".")), None)
            if k is not None and self.toks[k].norm in w("threat_conditions"):
                kind = "threat"
                notes.append(f"threat: '{self.toks[k].text}' after the intent")
        if kind:
            new = cameo.transform(code, kind)
            if new is None:
                return None, notes + [f"{kind} of {code} is not coded"], used
            if new != code:
                notes.append(f"{code} -> {new}")
            code = new
        return code, notes, used

    def _directed(self, i: int, in_pattern: set[str]) -> str | None:
        """The directive whose complement token ``i`` stands in ("urged Iran to
        free ...", "demanded that Israel ease ..."): what one actor asks of
        another has not happened, and the asking is coded on its own."""
        directives = self.d.words("directives")
        if not directives:
            return None
        comp = self.d.words("complementizers") | self.d.words("purpose")
        j, seen = i - 1, 0
        # back over the complement's subject and auxiliaries to its complementizer
        while j >= 0 and self.toks[j].norm not in comp:
            if seen >= 8 or self._is_break(j):
                return None
            j, seen = j - 1, seen + 1
        # then back over the one asked to the directive word
        k, seen = j - 1, 0
        while k >= 0 and seen < 6:
            n = self.toks[k].norm
            if n in directives and n not in in_pattern:
                return self.toks[k].text
            if self._is_break(k):
                return None
            k, seen = k - 1, seen + 1
        return None

    def _conditional(self, i: int, cond: frozenset[str]) -> bool:
        """A condition word opens the clause of token ``i`` ("Jika polisi Malaysia menangkap ...").
        The search stops at a comma: "Jika ..., Jakarta akan memprotes" is not conditional."""
        j = i - 1
        while j >= 0:
            n = self.toks[j].norm
            if n in cond:
                return True
            if self._is_break(j) or n in SOFT:
                return False
            j -= 1
        return False

    def _voice_head(self, m: Match) -> int:
        # "dijadwalkan berkunjung": a modal word leads; the verb after it has the voice
        modal = self.d.words("future") | self.d.words("threat") | self.d.words("negators")
        return next((i for i in m.word_tokens if self.toks[i].norm not in modal), m.anchor)

    def _voice(self, m: Match) -> str:
        head = self._voice_head(m)
        anchor = self.toks[head]
        v = self.voice.get(anchor.form, "active")
        if anchor.norm in self.bare_verbs:
            return "active"
        if v == "nominal" and self._predicate_position(head):
            return "active"  # headline style: "Polisi Tangkap Dua Jurnalis"
        if self.passive_aux:
            j = m.anchor - 1
            while j >= 0 and self.toks[j].norm in self.aux - self.passive_aux:
                j -= 1
            if j >= 0 and self.toks[j].norm in self.passive_aux and anchor.norm.endswith(("ed", "en", "wn", "ht")):
                return "passive"
        if self.nominal_before:
            prev = self.toks[m.anchor - 1].norm if m.anchor > 0 else ""
            if prev in self.nominal_before:
                return "nominal"
        return v

    def _predicate_position(self, i: int) -> bool:
        """A mention stands right before token ``i`` (auxiliaries aside): ``i`` is its verb."""
        j = i - 1
        modal = self.aux | self.d.words("negators") | self.d.words("future")
        while j >= 0 and self.toks[j].norm in modal:
            j -= 1
        if j < 0 or j not in self.tok_mention:
            return False
        m = self.mentions[self.tok_mention[j]]
        before = self._before(m.first)
        return before not in self.preps and (before is None or not self.is_verb(self._before_index(m.first)))

    def _sides(self, m: Match) -> tuple[Side | None, Side | None, list[str]]:
        pat = m.pattern
        notes = []
        src = tgt = None
        lead = pat.lead_slot
        if "$" in m.slots:
            a, b = m.slots["$"]
            src = Side(self._span_mentions(a, b), "pattern slot $")
        if "+" in m.slots:
            a, b = m.slots["+"]
            tgt = Side(self._span_mentions(a, b), "pattern slot +")
        if lead == "$":
            src = self.subject(m.anchor)
        elif lead == "+":
            tgt = self.subject(m.anchor)
        if src is None and "origin" in pat.flags:
            src = self._origin(m)
        voice = self._voice(m)
        notes.append(f"voice: {voice}")
        after = max([m.anchor] + [b for (_, b) in m.slots.values()])
        if voice == "passive":
            if tgt is None:
                tgt = self.subject(m.anchor)
            if src is None:
                src, _ = self.following(after, markers=self.agent_markers)
                if src is None:
                    # "dikatakan Suleiman di depan +": the agent stands right after
                    # the passive verb itself, before the rest of the pattern
                    verb_end = self._word_end(m)
                    taken = frozenset(i for a, b in m.slots.values() for i in range(a, b + 1))
                    s2, _ = self.following(verb_end, direct=True, limit=3, exclude=taken)
                    if s2 is None and after > verb_end:
                        s2, _ = self.following(after, direct=True, limit=3)
                    if s2 is not None:
                        src = Side(s2.mentions, "agent right after the passive verb")
                    elif self._unknown_name_at(verb_end + 1):
                        # "dikatakan Suparjo di depan ...": a name nothing codes is the
                        # agent; no one else named in the sentence stands in for it
                        src = Side([], "a name nothing codes right after the passive verb")
        elif voice == "nominal":
            src, tgt = self._nominal(m, src, tgt, max(after, m.last), self._word_end(m))
        else:
            if src is None:
                src = self.subject(m.anchor)
            if tgt is None and "+" not in [e.role for e in pat.elements if hasattr(e, "role")]:
                # the trigger's own mention is no target ("A suicide *bomber* killed");
                # a pattern's object noun may be ("arrested two *journalists*")
                words = frozenset({m.anchor})
                if self.toks[m.anchor].form in self.d.grammar.get("settings", {}).get("intransitive_forms", []):
                    tgt, _ = self.following(after, markers=self.target_markers, exclude=words)
                else:
                    tgt, _ = self.following(after, exclude=words)
                if tgt is None and m.pattern.code[:2] in ("02", "10", "13"):
                    # "demanded that NATO withdraw", "mendesak agar DPR ...": the addressee
                    # opens the complement
                    k = m.last + 1
                    if k < len(self.toks) and self.toks[k].norm in self.d.words("complementizers"):
                        tgt, _ = self.following(k, limit=3, exclude=words)
                if tgt is None and self._object_clitic(m):
                    # "menembaknya": the object is whom the clitic stands for, or no one known
                    tgt = self._clitic_object(m, src) or Side([], "object clitic with no known actor")
        if (PARSE_FIRST or src is None or tgt is None) and self._parse_can_add(src, tgt) \
                and self.reader is not None:
            src, tgt = self._with_parse(m, voice, src, tgt, notes)
        if src is None:
            src = self._purpose_subject(m)
        if tgt is None and voice == "active" and m.pattern.code[:2] in POSSESSOR_ROOTS:
            tgt = self._possessor(m, src)
        src = src or self._implicit(pat, "source")
        tgt = tgt or self._implicit(pat, "target")
        return src, tgt, notes

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

    def _unknown_name_at(self, j: int) -> bool:
        """Token ``j`` opens a capitalised name that is no mention, time word or number."""
        if not 0 < j < len(self.toks) or j in self.tok_mention:
            return False
        t = self.toks[j]
        return (t.text[:1].isupper() and t.text[1:2].islower()
                and t.norm not in self.d.words("time_words") and t.norm not in self.preps)

    def _purpose_subject(self, m: Match) -> Side | None:
        """A purpose clause without a subject of its own shares the subject of the
        verb it serves: "Ribuan mahasiswa berdemonstrasi di Jakarta, Selasa,
        untuk memperlihatkan dukungan bagi Presiden"."""
        if m.anchor < 2 or self.toks[m.anchor - 1].norm not in self.d.words("purpose"):
            return None
        j = m.anchor - 1
        while j > 0:
            j -= 1
            t = self.toks[j]
            if t.norm == ")":  # an aside: "Selasa (16/8)"
                opened = self._paren_open(j)
                if opened is not None:
                    j = opened
                    continue
            if self._is_break(j):
                return None
            if j not in self.tok_mention and (t.norm in self.bare_verbs
                                              or self.voice.get(t.form) in ("active", "passive")):
                found = self.subject(j)
                return Side(found.mentions, f"{found.note}, shared by the purpose clause") if found else None
        return None

    def _object_clitic(self, m: Match) -> str | None:
        """The clitic on an active verb that stands for its object ("mendesak-nya")."""
        verb = self.toks[m.anchor]
        clitic = next((c for c in self.d.words("object_clitics") if verb.norm.endswith(c)), None)
        if clitic is None or self.voice.get(verb.form) != "active" or verb.stem.endswith(clitic):
            return None
        return clitic

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

    def _parse_can_add(self, src: Side | None, tgt: Side | None) -> bool:
        """The parse only ever points at the sentence's mentions: when every one of
        them is on a side already, parsing (the costliest step) cannot add one."""
        if PARSE_FIRST:
            return True
        found = {id(x) for side in (src, tgt) if side for x in side.mentions}
        return any(id(x) not in found for x in self.mentions)

    def _with_parse(self, m: Match, voice: str, src: Side | None, tgt: Side | None,
                    notes: list[str]) -> tuple[Side | None, Side | None]:
        """Sides from the dependency parse, where the pattern did not fix them itself."""
        roles = {e.role for e in m.pattern.elements if hasattr(e, "role")}
        psrc, ptgt, pnotes = self.reader.read(self._voice_head(m), voice)
        notes.extend("parse " + n for n in pnotes)
        if psrc and "$" not in roles and (PARSE_FIRST or src is None):
            src = Side(psrc, "from the parse")
        if ptgt and "+" not in roles and (PARSE_FIRST or tgt is None):
            tgt = Side(ptgt, "from the parse")
        if src and tgt and src.mentions == tgt.mentions:
            tgt = None
        return src, tgt

    def _implicit(self, pat, side: str) -> Side | None:
        """An actor the trigger implies: "demo antipemerintah" -> <CTY>OPP against <CTY>GOV."""
        role = next((f.split("=", 1)[1] for f in pat.flags if f.startswith(side + "=")), None)
        if role is None:
            return None
        country = self.context_country
        if not country:
            return None
        actor = Actor(code=country + role, name="", country=country, role=role, kind="implicit")
        return Side([Mention(-1, -1, -1, -1, "", actor, ("implicit",))], f"implied by the trigger ({role})")

    # -- where a thing comes from ("@origin") -------------------------------------

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

    def _nominal(self, m: Match, src: Side | None, tgt: Side | None, after: int, noun_end: int):
        agent, _ = self.following(after, markers=self.agent_markers)
        marked, _ = self.following(after, markers=self.target_markers)
        gen, _ = self.following(noun_end, direct=True, limit=4)
        if gen is not None and any(x in (src.mentions if src else []) + (tgt.mentions if tgt else [])
                                   for x in gen.mentions):
            gen = None
        poss = None
        if m.anchor >= 2 and self.toks[m.anchor - 1].norm == "'s" and (m.anchor - 2) in self.tok_mention:
            poss = Side(self._group_mentions(self.tok_mention[m.anchor - 2]), "possessive")
        light = None
        j = m.anchor - 1
        while j >= 0 and (self.toks[j].norm in self.skip or self.toks[j].norm in self.nominal_before):
            j -= 1
        for phrase in self.light:
            words = phrase.split()
            a = j - len(words) + 1
            if a >= 0 and [t.norm for t in self.toks[a: j + 1]] == words:
                light = self.subject(a)
                break
        gen_role = next((f.split("=", 1)[1] for f in m.pattern.flags if f.startswith("gen=")), None)
        if src is None:
            if agent is not None:
                src = Side(agent.mentions, "agent of the nominal ('oleh'/'by')")
            elif poss is not None:
                src = poss
            elif light is not None:
                src = Side(light.mentions, "subject of the light verb")
            elif gen is not None and gen_role != "target" and (
                    marked is not None or gen_role == "source"
                    or self.toks[m.anchor].form not in ("pen-an",)):
                src = Side(gen.mentions, "genitive: the actor of the nominal")
                gen = None
        if tgt is None:
            if marked is not None and (src is None or marked.mentions != src.mentions):
                tgt = marked
            elif gen is not None and (src is None or gen.mentions != src.mentions):
                tgt = Side(gen.mentions, "genitive: the one acted on")
        return src, tgt


def build_events(coder: SentenceCoder, article_id: str, lang: str,
                 published: str | None, dateline: tuple[str, int] = ("", 0),
                 keep_unknown: bool = False) -> list[Event]:
    """The events of one sentence, with evidence, date and place. ``dateline``:
    the article's dateline text and its offset ("JAKARTA, KOMPAS.com –"), the
    place of events whose clause names none. ``keep_unknown``: also events one
    of whose sides is a name nothing could code (its code "", its name kept, as
    GDELT's Actor1Name), when the other side is known."""
    events: list[Event] = []
    seen: set[tuple[str, str, str]] = set()
    day = date.fromisoformat(published) if published else None
    sent = coder.s
    purpose = coder.d.words("purpose")
    coded = coder.code()
    # those who protest in this sentence are protesters in its other events too (CONVENTIONS §3)
    protesting = {x.start for _, c, src, _, _ in coded if c[:2] == "14" and src for x in src.mentions}
    for m, code, src, tgt, notes in coded:
        # "mengunjungi Moskow untuk melakukan pembicaraan dengan ...": a meeting
        # held on a visit is not coded apart from the visit (CONVENTIONS §3).
        before = {t.norm for t in coder.toks[max(0, m.anchor - 2): m.anchor]}
        if code[:2] == "04" and before & purpose and any(
                (e.code[:2] == "04" or e.code == "036") and src and e.source == src.mentions[0].actor.code
                for e in events):
            continue
        flags = m.pattern.flags
        info = cameo.lookup(code)
        srcs = _expand(src.mentions) if src else []
        tgts = _expand(tgt.mentions) if tgt else []
        pairs: list[tuple[Mention | None, Mention | None]] = []
        if "mutual" in flags or (not tgts and len(srcs) > 1
                                 and (cameo.reciprocal(code) or cameo.reciprocal(m.pattern.code))):
            # "perang antara A dan B"; "Indonesia dan Vietnam menandatangani kesepakatan"
            group = srcs + [t for t in tgts if t not in srcs]
            pairs = [(a, b) for a in group for b in group if a is not b]
        else:
            for a in srcs:
                if tgts:
                    pairs.extend((a, b) for b in tgts)
                elif "notarget" in flags or info.root in ("14", "15"):
                    pairs.append((a, None))
        for a, b in pairs:
            if a is None or not (a.actor.code or keep_unknown and _named(a) and b is not None and b.actor.code):
                continue  # an unknown name is kept (no code invented) when the other side is known
            if (info.root == "14" or a.start in protesting and a.start >= 0) \
                    and a.actor.role in PROTESTERS and len(a.actor.code) >= 3:
                # students, workers, farmers who demonstrate are protesters: <CTY>OPP (CONVENTIONS §3)
                a = replace(a, actor=replace(a.actor, code=a.actor.code[:3] + "OPP", role="OPP"))
            if b is not None and not (b.actor.code or keep_unknown and _named(b) and a.actor.code):
                continue
            if b is not None and a.actor.code == b.actor.code and (
                    a.start == b.start or _same_referent(a, b)):
                continue
            if b is not None and _is_media_statement(coder, code, b):
                continue
            if b is not None and _owned_by_source(coder, a, b):
                continue
            key = (a.actor.code, b.actor.code if b else "", code)
            if key in seen:
                continue
            seen.add(key)
            trig = (coder.toks[m.anchor].start, coder.toks[m.last].end)
            a_span = (a.start, a.end) if a.start >= 0 else None
            b_span = (b.start, b.end) if b is not None and b.start >= 0 else None
            ev = Evidence(
                sentence=sent.index,
                trigger=trig,
                trigger_text=sent.text[trig[0] - sent.start: trig[1] - sent.start],
                source_span=a_span,
                target_span=b_span,
                rule=m.pattern.id,
                sentence_start=sent.start,
                source_text=a.text,
                target_text=b.text if b else "",
                notes=tuple(notes + [f"source {src.note}" if src else "",
                                     f"target {tgt.note}" if tgt and b else ""]),
            )
            ev.notes = tuple(x for x in ev.notes if x)
            rel = (trig[0] - sent.start, trig[1] - sent.start)
            when = event_date(sent.text, lang, day, rel)
            if when.span is not None:
                ev.date_span = (when.span[0] + sent.start, when.span[1] + sent.start)
                ev.date_text = when.text
            sides = tuple((x.start - sent.start, x.end - sent.start) for x in (a, b)
                          if x is not None and x.start >= 0)
            where = event_place(sent.text, lang, rel, coder.context_country, dateline[0], sides)
            place = None
            if where is not None:
                base = dateline[1] if where.cue == "dateline" else sent.start
                ev.place_span = (where.span[0] + base, where.span[1] + base)
                ev.place_text = where.text
                place = _as_place(where)
            if (where is None or where.cue == "dateline") and code[:3] in ("042", "043") and b is not None:
                # "mengunjungi Moskow": a visit happens where it goes (a host, where it is)
                spot = _place_of(b if code[:3] == "042" else a)
                if spot is not None:
                    place, ev.place_span, ev.place_text = spot
            events.append(
                Event(
                    article_id=article_id,
                    sentence=sent.text,
                    source=a.actor.code,
                    target=b.actor.code if b else "",
                    code=code,
                    root=info.root,
                    quad_class=info.quad_class,
                    goldstein=info.goldstein,
                    plover=info.plover,
                    plover_mode=info.plover_mode,
                    evidence=ev,
                    source_name=a.actor.name,
                    target_name=b.actor.name if b else "",
                    lang=lang,
                    published=published,
                    date=when.value,
                    date_precision=when.precision,
                    place=place,
                )
            )
    return _protest_demands(events)


def _protest_demands(events: list[Event]) -> list[Event]:
    """Protesters who demand a change in the sentence that tells of their protest
    ("berdemonstrasi ..., sekaligus menuntut perubahan kebijakannya") demonstrate
    for that change: the protest takes the demand's code (1042 -> 1412) and its
    target, and the demand is not coded apart (CONVENTIONS §7.8)."""
    out = list(events)
    for d in events:
        if d.code[:3] != "104" or len(d.code) != 4 or not d.target:
            continue
        k = next((k for k, p in enumerate(out) if p.root == "14" and not p.target
                  and p.source == d.source), None)
        if k is None or not cameo.is_code("141" + d.code[3]):
            continue
        p = out[k]
        info = cameo.lookup("141" + d.code[3])
        ev = replace(p.evidence, target_span=d.evidence.target_span, target_text=d.evidence.target_text,
                     notes=p.evidence.notes + (f"for the demand '{d.evidence.trigger_text}' "
                                               f"({d.code}) of the same protesters",))
        out[k] = replace(p, code=info.code, root=info.root, quad_class=info.quad_class,
                         goldstein=info.goldstein, plover=info.plover, plover_mode=info.plover_mode,
                         target=d.target, target_name=d.target_name, evidence=ev)
        out.remove(d)
    return out


# Events whose object's possessor is their target ("menolak usulannya"): requests,
# demands, disapproval, rejection.
POSSESSOR_ROOTS = frozenset({"02", "10", "11", "12"})

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

# Civilian groups coded as protesters when they protest (CONVENTIONS §3, §7.7).
PROTESTERS = frozenset({"EDU", "LAB", "AGR", "CVL", ""})


def _named(m: Mention) -> bool:
    """A person or organisation the recogniser found and nothing could code."""
    return m.actor.kind == "name" and not m.actor.code


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


def _same_referent(a: Mention, b: Mention) -> bool:
    """One side is a pronoun standing for the other ("AS ... pihaknya"). When the
    other side is a named person or organisation that the pronoun does not stand
    for, they are two actors even with one code: "Kami" (a firm's director) cut
    off by Pertamina."""
    pron, other = (a, b) if a.refers_to is not None else (b, a)
    if pron.refers_to is None:
        return False
    if other.actor.kind in ("person", "org") and other.refers_to is None:
        return (pron.actor.name, pron.actor.entity) == (other.actor.name, other.actor.entity)
    return True


def _owned_by_source(coder: SentenceCoder, a: Mention, b: Mention) -> bool:
    """"Jordan recalled *its* ambassador", "the army withdrew *its* tanks": a
    target of the source's own country behind a possessive of the source
    (grammar ``own_possessives``) belongs to the source; it is not acted on."""
    own = coder.d.words("own_possessives")
    if not own or b.start < 0 or len(a.actor.code) < 3 or b.actor.code[:3] != a.actor.code[:3]:
        return False
    before = [t for t in coder.toks if t.end <= b.start]
    return bool(before) and before[-1].norm in own


def _is_media_statement(coder: SentenceCoder, code: str, target: Mention) -> bool:
    """A statement to the press is reporting, not an event (CONVENTIONS §2.3)."""
    if not code.startswith("01"):
        return False
    return target.actor.role == "MED" or target.text.lower() in coder.media
