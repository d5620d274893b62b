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
this module is the same for every language. Issue #3 replaces the word-order
reading by a dependency parse and keeps this one as the fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peristiwa.coding import cameo
from peristiwa.coding.patterns import NULL, Match, PatternSet
from peristiwa.lang import LanguageData
from peristiwa.records import Actor, Event, Evidence, Mention, Sentence, Token

HARD_BREAKS_EXTRA = frozenset({";", ":", ".", "!", "?"})
_NUMBER = re.compile(r"\d[\d.,]*")
QUOTES = frozenset({"“", "”", '"', "«", "»"})
SOFT = frozenset({",", "–", "-", "—"})


@dataclass
class Side:
    mentions: list[Mention]
    note: str


class SentenceCoder:
    """Codes one sentence; built per sentence, cheap."""

    def __init__(self, data: LanguageData, pats: PatternSet, sent: Sentence,
                 mentions: list[Mention], context_country: str = "",
                 previous: Mention | None = None) -> None:
        self.context_country = context_country
        self.previous = previous  # the subject of the sentence before, for "Mereka ..."
        self.d = data
        self.pats = pats
        self.s = sent
        self.toks: list[Token] = sent.tokens
        self.mentions = sorted(mentions, key=lambda m: m.first)
        w = data.words
        self.hard = w("hard_breaks") | HARD_BREAKS_EXTRA
        self.soft_breaks = w("clause_breaks") - self.hard
        self.preps = w("prepositions")
        self.target_markers = w("target_markers")
        self.agent_markers = w("agent_markers")
        self.skip = w("mention_skip")
        self.coord = w("coordinators")
        self.aux = w("auxiliaries")
        self.relative = w("relative")
        self.bare_verbs = w("bare_verbs")
        self.light = w("light_verbs")
        self.nominal_before = w("nominal_before")
        self.passive_aux = w("passive_auxiliaries")
        self.media = w("media_words")
        self.voice = data.grammar.get("voice", {})
        self.max_t = int(data.setting("max_target_distance", 10))
        self.max_s = int(data.setting("max_source_distance", 30))
        self.tok_mention: dict[int, int] = {}
        for k, m in enumerate(self.mentions):
            for t in range(m.first, m.last + 1):
                self.tok_mention[t] = k
        self.groups = self._groups()
        self._resolve_pronouns()

    # -- structure ---------------------------------------------------------------

    def _groups(self) -> list[list[int]]:
        """Coordinated mentions: "Rusia dan Turki", "Mesir, Yordania dan Suriah"."""
        group_of = list(range(len(self.mentions)))
        links: dict[int, set[str]] = {}
        for k in range(1, len(self.mentions)):
            a, b = self.mentions[k - 1], self.mentions[k]
            between = [t.norm for t in self.toks[a.last + 1: b.first]]
            between = [x for x in between if x not in self.skip]
            if between and all(x in self.coord for x in between) and len(between) <= 2:
                group_of[k] = group_of[k - 1]
                links.setdefault(group_of[k], set()).update(between)
        groups: dict[int, list[int]] = {}
        for k, g in enumerate(group_of):
            groups.setdefault(g, []).append(k)
        # A list held together by commas is a coordination only when a "dan"
        # closes it ("Mesir, Yordania dan Suriah"); "Selain dengan mitra
        # pengemudi, Gojek ..." and "kemarahan China dan Korsel, surat kabar" are not.
        for g in list(groups):
            members = groups.pop(g)
            chain = [members[0]]
            for a, b in zip(members, members[1:], strict=False):
                link = [t.norm for t in self.toks[self.mentions[a].last + 1: self.mentions[b].first]
                        if t.norm not in self.skip]
                later = [self.toks[x].norm for x in range(self.mentions[b].last + 1,
                                                          self.mentions[members[-1]].first)]
                if link == [","] and not any(w in self.coord - {","} for w in later):
                    groups[chain[0]] = chain
                    chain = [b]
                else:
                    chain.append(b)
            groups[chain[0]] = chain
        group_of = {k: g for g, ms in groups.items() for k in ms}
        self.group_of = {k: groups[g] for k, g in group_of.items()}
        return list(groups.values())

    def slot_map(self) -> dict[int, tuple[int, int]]:
        out = {}
        for k, m in enumerate(self.mentions):
            g = self.group_of[k]
            if g[0] == k:
                out[m.first] = (m.first, self.mentions[g[-1]].last)
            else:
                out[m.first] = (m.first, m.last)
        return out

    def _speaker(self) -> Mention | None:
        """The speaker of a quotation: the actor after "kata"/"ujar"/"said" in the sentence."""
        rep = self.d.words("reporting")
        for j, t in enumerate(self.toks):
            if t.norm in rep:
                k = j + 1
                while k < len(self.toks) and (self.toks[k].norm in self.skip or self.toks[k].norm == ","):
                    k += 1
                if k in self.tok_mention and self.mentions[self.tok_mention[k]].actor.kind != "pronoun":
                    return self.mentions[self.tok_mention[k]]
        return None

    def _resolve_pronouns(self) -> None:
        first_person = self.d.words("first_person")
        speaker = None
        for k, m in enumerate(self.mentions):
            if m.actor.kind != "pronoun":
                continue
            if m.text.lower() in first_person:
                speaker = speaker or self._speaker()
                if speaker is not None:
                    self.mentions[k] = Mention(m.first, m.last, m.start, m.end, m.text, speaker.actor,
                                               m.parts + (f"refers to: {speaker.text} (speaker)",))
                    continue
            side = self.subject(m.first, cross_hard=True, exclude_pronouns=True)
            if side and side.mentions:
                ante = side.mentions[0]
                self.mentions[k] = Mention(m.first, m.last, m.start, m.end, m.text, ante.actor,
                                           m.parts + (f"refers to: {ante.text}",))
            elif self.previous is not None and self._opens(m):
                # "Mereka meminta ...": a pronoun opening the sentence points to
                # the subject of the sentence before
                ante = self.previous
                self.mentions[k] = Mention(m.first, m.last, m.start, m.end, m.text, ante.actor,
                                           m.parts + (f"refers to: {ante.text} (previous sentence)",))

    def _opens(self, m: Mention) -> bool:
        bt = self._before_index(m.first)
        return bt is None or self._opens_clause(bt)

    def main_subject(self) -> Mention | None:
        """The first mention that opens its clause: what "ia"/"mereka" in the next sentence means."""
        for m in self.mentions:
            if m.actor.code and self._opens(m) and m.actor.kind != "implicit":
                return m
        return None

    def is_verb(self, j: int) -> bool:
        t = self.toks[j]
        if t.norm in self.bare_verbs:
            return True
        v = self.voice.get(t.form)
        return v in ("active", "passive") and t.form in ("active", "passive")

    def _is_break(self, j: int) -> bool:
        return self.toks[j].norm in self.hard

    def _paren_open(self, j: int) -> int | None:
        """For a ")" at ``j``, the index of its "(" (walking left skips the aside)."""
        depth = 0
        for k in range(j, -1, -1):
            n = self.toks[k].norm
            if n == ")":
                depth += 1
            elif n == "(":
                depth -= 1
                if depth == 0:
                    return k
        return None

    def _paren_close(self, j: int) -> int | None:
        depth = 0
        for k in range(j, len(self.toks)):
            n = self.toks[k].norm
            if n == "(":
                depth += 1
            elif n == ")":
                depth -= 1
                if depth == 0:
                    return k
        return None

    # -- sides -------------------------------------------------------------------

    def _group_mentions(self, k: int) -> list[Mention]:
        return [self.mentions[x] for x in self.group_of[k]]

    def _before(self, first: int) -> str | None:
        """The word before position ``first``, skipping determiners and quantities."""
        j = self._before_index(first)
        return self.toks[j].norm if j is not None else None

    def _before_index(self, first: int) -> int | None:
        j = first - 1
        partitive = self.d.words("partitive")
        while j >= 0:
            n = self.toks[j].norm
            if n in self.skip or self._free_number(j):
                j -= 1
            elif n in partitive and j > 0 and (self.toks[j - 1].norm in self.skip or self._free_number(j - 1)):
                j -= 1  # "hundreds of migrants", "banyak dari mereka"
            else:
                break
        return j if j >= 0 else None

    def _free_number(self, j: int) -> bool:
        """A number standing as a word ("56 perusahaan", "15.000"), not part of "S-400"."""
        t = self.toks[j]
        return bool(_NUMBER.fullmatch(t.text)) and (j == 0 or self.toks[j - 1].end < t.start)

    def subject(self, i: int, cross_hard: bool = False,
                exclude_pronouns: bool = False) -> Side | None:
        """The actor in subject position for a predicate at token ``i``.

        Walking left, a mention counts as a subject when it opens its clause
        (sentence start, punctuation, a clause word, an auxiliary or a time
        word before it). Mentions after a preposition or a verb are objects
        and obliques of something else and are passed over; "X, yang ..."
        takes X. The first clean subject wins; otherwise the nearest mention
        that is not an object, within the same clause.
        """
        fallback = None
        crossed_soft = False
        j = i - 1
        while j >= 0 and i - j <= self.max_s:
            t = self.toks[j]
            if t.norm == ")":
                k = self._paren_open(j)
                if k is not None:
                    j = k - 1
                    continue
            if t.norm in self.relative:
                k = j - 1
                while k >= 0 and self.toks[k].norm in SOFT:
                    k -= 1
                if k >= 0 and k in self.tok_mention:
                    mk = self.tok_mention[k]
                    if self._usable(mk, exclude_pronouns):
                        return Side(self._group_mentions(mk), "subject: the noun before 'yang'")
                if not cross_hard:
                    return None
            if self._is_break(j) or t.norm in QUOTES:
                if not cross_hard:
                    break
            if t.norm in self.soft_breaks or t.norm in SOFT:
                crossed_soft = True
            if j in self.tok_mention:
                mk = self.tok_mention[j]
                g = self.group_of[mk]
                first = self.mentions[g[0]].first
                if self._usable(mk, exclude_pronouns):
                    bt = self._before_index(first)
                    before = self.toks[bt].norm if bt is not None else None
                    last = self.mentions[g[-1]].last
                    adjacent = all(self.toks[x].norm in self.aux or self.toks[x].norm in self.d.words("negators")
                                   or self.toks[x].norm in self.d.words("future")
                                   for x in range(last + 1, i))
                    if (adjacent and before not in self.agent_markers and not cross_hard
                            and before not in self.d.words("locatives")):
                        return Side([self.mentions[x] for x in g], "subject: right before the verb")
                    if before is None or self._opens_clause(bt):
                        return Side([self.mentions[x] for x in g], "subject: opens its clause")
                    if (fallback is None and not crossed_soft and before not in self.preps
                            and not self.is_verb(bt)):
                        fallback = Side([self.mentions[x] for x in g], "subject: nearest mention")
                    elif (fallback is None and bt is not None
                          and self.toks[bt].form == "passive" and before not in self.preps):
                        fallback = Side([self.mentions[x] for x in g],
                                        "subject: agent of the passive before it")
                j = first - 1
                continue
            j -= 1
        return fallback

    def _usable(self, mk: int, exclude_pronouns: bool) -> bool:
        m = self.mentions[mk]
        if exclude_pronouns and m.actor.kind == "pronoun":
            return False
        if exclude_pronouns and m.actor.role == "MED":
            return False
        return True

    def _opens_clause(self, j: int | None) -> bool:
        if j is None or j < 0:
            return True
        t = self.toks[j]
        n = t.norm
        if not any(c.isalnum() for c in n):
            # "S-400 Rusia": a hyphen inside a word does not open a clause
            return not (n == "-" and j > 0 and self.toks[j - 1].end == t.start)
        if n in self.hard or n in self.soft_breaks or n in self.aux or n in self.relative:
            return True
        return n in self.d.words("time_words")

    def following(self, j: int, markers: frozenset[str] | None = None,
                  limit: int | None = None, direct: bool = False,
                  exclude: frozenset[int] = frozenset()) -> tuple[Side | None, int]:
        """The first actor after token ``j``.

        With ``markers``, only an actor right after one of those words
        counts ("kepada X"). Otherwise the first actor that is not inside a
        prepositional phrase other than a target marker ("di Istanbul" is a
        place). Stops at clause breaks. Returns the side and where it ended.
        """
        limit = limit or self.max_t
        k = j + 1
        while k < len(self.toks) and k - j <= limit:
            t = self.toks[k]
            if t.norm == "(":
                close = self._paren_close(k)
                if close is not None:
                    k = close + 1
                    continue
            if self._is_break(k) or t.norm in self.soft_breaks and k > j + 1:
                break
            if k in self.tok_mention and not any(x in exclude for x in range(
                    self.mentions[self.tok_mention[k]].first, self.mentions[self.tok_mention[k]].last + 1)):
                mk = self.tok_mention[k]
                m = self.mentions[mk]
                before = self._before(m.first)
                if m.first == k or m.first <= j:  # (a mention may overlap the trigger)
                    if markers is not None:
                        if before in markers:
                            return Side(self._group_mentions(mk), f"after '{before}'"), m.last
                    elif before in self.agent_markers:
                        pass
                    elif before not in self.preps or before in self.target_markers:
                        note = f"after '{before}'" if before in self.target_markers else "object"
                        return Side(self._group_mentions(mk), note), m.last
                    elif direct:
                        return None, k
                k = self.mentions[self.group_of[mk][-1]].last + 1
                continue
            if direct and t.norm not in self.skip and k > j + 1:
                return None, k
            k += 1
        return None, k

    # -- coding ------------------------------------------------------------------

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

    def _inside_name(self, i: int) -> bool:
        """A trigger word that is part of an actor's name ("United *States*") is no trigger;
        a role noun or a pronoun may be ("demonstran", "mereka")."""
        if i not in self.tok_mention:
            return False
        m = self.mentions[self.tok_mention[i]]
        if m.first == m.last == 0:
            return False  # capitalised only because it opens the sentence: "Baku tembak ..."
        if m.actor.kind == "role":
            return m.last > m.first  # "protest leaders", "aid workers"; not "demonstran"
        return m.actor.kind in ("person", "org", "country")

    def _break_between(self, a: int, b: int) -> bool:
        return any(self._is_break(k) for k in range(a + 1, b))

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
        if self._conditional(m.anchor, cond):
            return None, ["inside a condition"], used
        if kind:
            new = cameo.transform(code, kind)
            if new is None:
                return None, notes + [f"{kind} of {code} is not coded"], used
            if new != code:
                notes.append(f"{code} -> {new}")
            code = new
        return code, notes, used

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

    def _voice(self, m: Match) -> str:
        # "dijadwalkan berkunjung": a modal word leads; the verb after it has the voice
        modal = self.d.words("future") | self.d.words("threat") | self.d.words("negators")
        head = next((i for i in m.word_tokens if self.toks[i].norm not in modal), m.anchor)
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
        voice = self._voice(m)
        notes.append(f"voice: {voice}")
        after = max([m.anchor] + [b for (_, b) in m.slots.values()])
        if voice == "passive":
            if tgt is None:
                tgt = self.subject(m.anchor)
            if src is None:
                src, _ = self.following(after, markers=self.agent_markers)
                if src is None:
                    s2, _ = self.following(after, direct=True, limit=3)
                    if s2 is not None:
                        src = Side(s2.mentions, "agent right after the passive verb")
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
        src = src or self._implicit(pat, "source")
        tgt = tgt or self._implicit(pat, "target")
        return src, tgt, notes

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

    def _span_mentions(self, a: int, b: int) -> list[Mention]:
        return [m for m in self.mentions if m.first >= a and m.last <= b]


def build_events(coder: SentenceCoder, article_id: str, lang: str,
                 published: str | None) -> list[Event]:
    events: list[Event] = []
    seen: set[tuple[str, str, str]] = set()
    sent = coder.s
    purpose = coder.d.words("purpose")
    for m, code, src, tgt, notes in coder.code():
        # "mengunjungi Moskow untuk melakukan pembicaraan dengan ...": a meeting
        # held on a visit is not coded apart from the visit (CONVENTIONS §3).
        before = {t.norm for t in coder.toks[max(0, m.anchor - 2): m.anchor]}
        if code[:2] == "04" and before & purpose and any(
                (e.code[:2] == "04" or e.code == "036") and src and e.source == src.mentions[0].actor.code
                for e in events):
            continue
        flags = m.pattern.flags
        info = cameo.lookup(code)
        srcs = src.mentions if src else []
        tgts = tgt.mentions if tgt else []
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
            if a is None or not a.actor.code:
                continue
            if b is not None and not b.actor.code:
                continue
            if b is not None and a.actor.code == b.actor.code and (
                    a.start == b.start or _same_referent(a, b)):
                continue
            if b is not None and _is_media_statement(coder, code, b):
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
                )
            )
    return events


def _same_referent(a: Mention, b: Mention) -> bool:
    """One side is a pronoun standing for the other ("AS ... pihaknya")."""
    return any(p.startswith("refers to") for p in a.parts + b.parts)


def _is_media_statement(coder: SentenceCoder, code: str, target: Mention) -> bool:
    """A statement to the press is reporting, not an event (CONVENTIONS §2.3)."""
    if not code.startswith("01"):
        return False
    return target.actor.role == "MED" or target.text.lower() in coder.media
