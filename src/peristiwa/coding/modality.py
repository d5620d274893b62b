"""Modality: what the words around a trigger make of its event.

Negation, conditions and questions drop the event; a future or intent word turns it
into an intent (03x), a threat word into a threat (13x), as ``data/modality.tsv`` and
the language's grammar say; a purpose clause serves the act it follows; a directive
("meminta X untuk ...") makes the act asked for the asker's appeal. ``ModalityReader``
is a part of ``SentenceCoder`` (coder.py): its ``_modality`` is read for every match
before the sides (sides.py)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from peristiwa.coding import cameo
from peristiwa.coding.patterns import Match, fronted_verb
from peristiwa.coding.reading import SOFT, SentenceReader

# Windows of the modality search, in tokens; a language may set its own in
# grammar.toml [settings].
REACH = {
    "modal_reach": 4,  # a negator, hypothesis or modal word this near before the trigger
    "served_clause_reach": 8,  # back from a purpose word over the clause it serves
    "complement_reach": 8,  # back from a trigger over its complement's subject to the complementizer
    "directive_reach": 6,  # back from the complementizer over the one asked to the directive verb
    "threat_condition_reach": 12,  # after an intent, to a condition that makes it a threat
}
CLAUSE_END = (";", ".")


@dataclass
class Modality:
    """What the words before a trigger make of its event: the code it takes
    (None: not coded, negated, hypothetical or asked for), the notes that say
    why, and the tokens of the modal words (no trigger of their own)."""

    code: str | None
    notes: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    kind: str | None = None  # "intent" or "threat" once a modal word is found
    continued: bool = False  # "akan tetap mendukung": an intent word of a going-on act

    def mark(self, kind: str, token: int, what: str) -> None:
        self.kind = kind
        self.used.add(token)
        self.notes.append(f"{kind} {what}")

    def drop(self, why: str) -> Modality:
        """Not coded, and why."""
        return Modality(None, self.notes + [why], self.used, self.kind, self.continued)


class ModalityReader(SentenceReader):
    """The modality of a match (see the module's docstring)."""

    def _reach(self, name: str) -> int:
        """A window of the modality search, in tokens (``REACH``; grammar settings override)."""
        return self.reach[name]

    def _modality(self, m: Match) -> Modality:
        """The code the words around the trigger give its event (CONVENTIONS §2):
        negation, hypothesis and condition drop it; intent and threat change it
        (data/modality.tsv); a directive's complement is asked for, not done."""
        in_pattern = {self.toks[i].norm for i in m.word_tokens}
        mod = Modality(m.pattern.code)
        dropped = self._modal_words(m, in_pattern, mod)
        if dropped is None and mod.kind is None and "fronted" in m.pattern.flags:
            # "Usulan X tidak ditolak Y", "Usulan X akan dibahas Y": the words before the
            # passive verb of a noun fronted before it (its first word after the gap)
            verb = fronted_verb(m.pattern)
            dropped = self._modal_words(replace(m, word_tokens=m.word_tokens[verb:]), in_pattern, mod)
        if dropped is None and mod.kind is None and m.anchor >= 1 \
                and self.toks[m.anchor - 1].norm in self.purpose:
            dropped = self._served_clause(m, in_pattern, mod)
        if dropped is None:
            dropped = self._framed(m, in_pattern, mod)
        if dropped is not None:
            return dropped
        undone = self._undone_after(m)
        if undone is not None:
            return mod.drop(f"called off: '{undone}' after the nominal act")
        if self.toks[m.anchor].norm in self.d.words("level_nouns") \
                and (level := self._undone_after(m, "level_predicates")) is not None:
            return mod.drop(f"a level: '{level}' after the nominal (a poll's figure, no act)")
        if self._voice(m) == "nominal" and m.anchor > 0 and self.toks[m.anchor - 1].norm in self.d.words("pending_before"):
            return mod.drop(f"'{self.toks[m.anchor - 1].text}' of the nominal act: not yet done")
        if (unsure := self._unsure_after(m)) is not None:
            if unsure[0] != "intent":
                return mod.drop(f"{unsure[0]} '{self.toks[unsure[1]].text}' before the nominal act's happening")
            if mod.kind is None:
                mod.mark("intent", unsure[1], f"'{self.toks[unsure[1]].text}' before the nominal act's happening")
        if self._conditional(m.anchor, self.d.words("conditionals")):
            return mod.drop("inside a condition")
        asked = self.transforms.get("asked-not-done", m.pattern.code)
        directive = self._directed(m.anchor, in_pattern) if asked else None
        if directive:
            return mod.drop(f"asked for by '{directive}', not done ({asked.note})")
        if mod.kind is None and not mod.continued and (when := self._future_time(m)) is not None:
            mod.mark("intent", when, f"'{self.toks[when].text}' (a time to come)")
        if mod.kind == "intent":
            self._intent_on_condition(m, mod)
        return self._apply_kind(mod)

    def _framed(self, m: Match, in_pattern: set[str], mod: Modality) -> Modality | None:
        """Frames that make the trigger's act no event (dropped, returned): the example of a
        comparison, a word of what ought to be before the subject, a deferring idiom
        (grammar ``comparison_words``, ``subject_modals``, ``deferral_verbs``)."""
        why = self._hashtag(m) or self._compared(m) or self._ought_before_subject(m, in_pattern) or self._deferred(m) \
            or self._noun_purpose(m) or self._moved_for(m) or self._aimed_by_noun(m) or self._agent_negated(m)
        return mod.drop(why) if why else None

    def _hashtag(self, m: Match) -> str | None:
        """"#BoikotX", "musuh ulama #Boikot X": a word of the pattern written as a hashtag
        (grammar ``hashtag_marks`` first) is a slogan or a call, no trigger."""
        marks = tuple(self.d.words("hashtag_marks"))
        if not marks:
            return None
        tag = next((self.toks[i].text for i in m.word_tokens if self.toks[i].text.startswith(marks)), None)
        return f"a hashtag '{tag}': a slogan or a call, no reported act" if tag else None

    def _agent_negated(self, m: Match) -> str | None:
        """"Perusakan itu bukan oleh mahasiswa", "Bukan mahasiswa yang membakar gedung itu":
        the agent of the act is negated (grammar ``agent_negators`` right before a
        ``negated_agent_markers`` word after the trigger, with no agent marker un-negated in
        the clause; or before the mention of a cleft "bukan X yang" right before the
        trigger): the one named did not act and no other is given (CONVENTIONS §1.4-1.5)."""
        w = self.d.words
        negs, markers = w("agent_negators"), w("negated_agent_markers")
        if not negs:
            return None
        negated = None
        if self._voice(m) == "active":
            return self._cleft_negated(m)  # the agent of an active verb is its subject
        for k in range(m.anchor + 1, min(len(self.toks), m.anchor + 1 + self._reach("served_clause_reach"))):
            n = self.toks[k].norm
            if n in CLAUSE_END:
                break
            if n in markers:
                if not self._negates_agent(k - 1):
                    return None  # "oleh preman, bukan oleh pendemo": an agent is given
                negated = negated or f"{self.toks[k - 1].text} {self.toks[k].text}"
        if negated:
            return f"its agent negated ('{negated}'): no source"
        return self._cleft_negated(m)

    def _negates_agent(self, k: int) -> bool:
        """The word at ``k`` is a negator of an agent (grammar ``agent_negators``), not one
        of "bukan hanya" (not only) nor "paling tidak" (at least, ``at_least_leads``)."""
        w = self.d.words
        return self.toks[k].norm in w("agent_negators") and not self._negation_cancelled(k) \
            and not (k > 0 and self.toks[k - 1].norm in w("at_least_leads"))

    def _cleft_negated(self, m: Match) -> str | None:
        """"Bukan mahasiswa yang membakar gedung itu": a negator of ``agent_negators`` before
        the mention right before the relative word right before the trigger (auxiliaries and
        light verbs between them passed over: "Bukan X yang melakukan penyerangan")."""
        w = self.d.words
        passes = w("auxiliaries") | w("light_verbs") | w("light_verb_fillers")
        j = m.anchor - 1
        while j >= 0 and self.toks[j].norm in passes:
            j -= 1
        if j < 1 or self.toks[j].norm not in self.relative or j - 1 not in self.tok_mention:
            return None
        k = self.mentions[self.tok_mention[j - 1]].first - 1
        while k >= 0 and self.toks[k].norm in w("mention_skip"):
            k -= 1
        if k < 0 or not self._negates_agent(k):
            return None
        return f"its agent negated ('{self.toks[k].text} ... {self.toks[j].text}'): no source"

    def _moved_for(self, m: Match) -> str | None:
        """"Polisi datang ke rumah itu untuk menangkap X", "TNI mengerahkan prajurit untuk
        membantu X": the act of a purpose clause whose clause's verb is one of moving,
        sending or setting up (grammar ``purpose_movers``; the first verb back from the
        purpose word, in its clause) is its aim, not done (transform ``aim-not-done``: material
        acts; a statement or a protest made by coming is coded)."""
        movers = self.d.words("purpose_movers")
        if not movers or self.transforms.get("aim-not-done", m.pattern.code) is None:
            return None
        j = m.anchor - 1
        while j >= 0 and self.toks[j].norm in self.d.words("auxiliaries"):
            j -= 1  # "untuk segera menangkap"
        if j < 1 or self.toks[j].norm not in self.purpose:
            return None
        for k in range(j - 1, max(-1, j - 1 - self._reach("served_clause_reach")), -1):
            t = self.toks[k]
            if t.norm in movers and k not in m.word_tokens:
                return f"the aim of '{t.text}' (moving, sending or setting up), not done"
            if self._is_break(k) or t.norm in self.soft_breaks or self.is_verb(k) \
                    or self.voice.get(t.form) in ("active", "passive"):
                return None
        return None

    def _aimed_by_noun(self, m: Match) -> str | None:
        """"Polisi menggelar operasi untuk menangkap X", "kampanye yang didukung NATO untuk
        menggulingkan X", "upayanya untuk membebaskan sandera": the act of a purpose clause
        after a noun of an undertaking (grammar ``aim_nouns``; its owner, modifiers or a
        relative clause may stand between them) is the undertaking's aim, not reported as done
        (transform ``aim-not-done``: material acts; a statement made so is coded). Not when
        the purpose serves a verb after the noun ("operasi itu menewaskan X untuk ..."), nor
        when the noun is a coded deed of the same kind ("melancarkan operasi militer untuk
        menumpas X": the purpose names whom the operation is against)."""
        nouns = self.d.words("aim_nouns")
        if not nouns or self.transforms.get("aim-not-done", m.pattern.code) is None:
            return None
        j = m.anchor - 1
        while j >= 0 and self.toks[j].norm in self.d.words("auxiliaries"):
            j -= 1  # "untuk segera menangkap"
        if j < 1 or self.toks[j].norm not in self.purpose:
            return None
        verb = False  # a verb passed over, not yet found to be in a relative clause
        for k in range(j - 1, max(-1, j - 1 - self._reach("served_clause_reach") - 4), -1):
            t = self.toks[k]
            if k in m.word_tokens:
                return None  # the noun is the pattern's own
            if k in self.tok_mention:
                continue
            n = t.norm
            if n in nouns or any(n.endswith(c) and n[:-len(c)] in nouns for c in self.d.words("possessive_clitics")):
                if verb or any(k in o.word_tokens and o.pattern.code[:2] == m.pattern.code[:2] for o in self._chosen):
                    return None  # "melancarkan operasi militer untuk menumpas X": the deed's own aim names its target
                return f"the aim of '{t.text}' (an undertaking), not done"
            if n in self.relative:
                verb = False
            elif self._is_break(k) or n in self.soft_breaks or n in SOFT:
                return None
            elif self.is_verb(k) or self.voice.get(t.form) in ("active", "passive"):
                if verb:
                    return None
                verb = True
        return None

    def _compared(self, m: Match) -> str | None:
        """"X bisa seperti Y yang memaafkan Z": the trigger in a relative clause of the
        example of a comparison made a predicate (a lead word before the comparison word)."""
        w = self.d.words
        comp, leads, rel = w("comparison_words"), w("comparison_leads"), w("relative")
        seen_rel = False
        j = m.anchor - 1
        while j >= 1 and m.anchor - j <= 15 and comp:
            n = self.toks[j].norm
            if self._is_break(j) or n in self.soft_breaks:
                return None
            if n in rel:
                seen_rel = True
            elif n in comp and seen_rel and self.toks[j - 1].norm in leads:
                return f"an example's act ('{self.toks[j - 1].text} {self.toks[j].text} ... yang'), not news"
            j -= 1
        return None

    def _ought_before_subject(self, m: Match, in_pattern: set[str]) -> str | None:
        """"sebaiknya pemerintah membatalkan ...", "sudah selayaknya kementerian - dalam hal
        ini X - bekerja sama dengan Y": a word of what ought to be right before the
        trigger's subject (past an aside after it). "khawatir Google melanggar hukum",
        "ada kekhawatiran bahwa X menyerang Y": a word of fear there (grammar
        ``fear_words``): the act is feared, not done."""
        ought = self._before_subject(m, in_pattern, "subject_modals")
        if ought:
            return f"ought to be ('{ought}' before the subject), not done"
        fear = self._before_subject(m, in_pattern, "fear_words")
        if fear:
            return f"feared ('{fear}' before the subject), not done"
        call = self._before_subject(m, in_pattern, "hortatives")
        return f"a call to act ('{call}' before the subject), not done" if call else None

    def _before_subject(self, m: Match, in_pattern: set[str], key: str) -> str | None:
        """The word or two-word phrase of the grammar's ``key`` right before the trigger's
        subject (past an aside after it), if one stands there."""
        w = self.d.words
        modals = w(key)
        if not modals:
            return None
        passes = w("auxiliaries") | w("subject_modal_passes") | w("hypothetical") | w("future")
        j = m.anchor - 1
        while j >= 0 and j not in self.tok_mention and (self.toks[j].norm in passes or self.toks[j].norm in in_pattern):
            j -= 1
        if j >= 1 and self.toks[j].norm in SOFT:  # an aside between dashes or commas after the subject
            close, k = self.toks[j].norm, j - 1
            while k >= 0 and j - k <= 12 and not self._is_break(k) and self.toks[k].norm != close:
                k -= 1
            if k < 1 or k == j - 1 or self.toks[k].norm != close:
                return None
            j = k - 1
        if j < 0 or j not in self.tok_mention:
            return None
        k = self.mentions[self.tok_mention[j]].first - 1
        while k >= 0 and self.toks[k].norm in w("mention_skip"):
            k -= 1
        if k < 0:
            return None
        one = self.toks[k].norm
        two = f"{self.toks[k - 1].norm} {one}" if k >= 1 else ""
        if one in modals or two in modals:
            return two if two in modals else one
        return None

    def _noun_purpose(self, m: Match) -> str | None:
        """"diberi kesempatan untuk memberikan ...", "menyulitkan posisi X untuk membela Y",
        "lampu hijau untuk menembak ...": the act in the purpose complement of a noun of
        possibility or leave (grammar ``possibility_nouns``) is not done. The noun may have
        its owner after it, up to the purpose word, with no verb or comma between."""
        w = self.d.words
        nouns = w("possibility_nouns")
        j = m.anchor - 1
        if j >= 0 and self.toks[j].norm in w("auxiliaries"):
            j -= 1
        if nouns and (j < 1 or self.toks[j].norm not in self.purpose):
            # "diberi kesempatan untuk memberikan sumbangan kepada X" matched over a gap by
            # "memberi ... sumbangan": the act is the verb after the purpose word inside it
            j = next((u for u in range(m.anchor + 1, m.last) if self.toks[u].norm in self.purpose
                      and u not in m.word_tokens and self.is_verb(u + 1)), -1)
        if not nouns or j < 1 or self.toks[j].norm not in self.purpose:
            return None
        for k in range(j - 1, max(-1, j - 12), -1):
            if k in m.word_tokens:
                return None  # the noun is the pattern's own ("memberi izin kepada X untuk ...")
            t = self.toks[k]
            two = f"{self.toks[k - 1].norm} {t.norm}" if k >= 1 else ""
            if t.norm in nouns or two in nouns:
                v = k - 2 if two in nouns else k - 1
                if v >= 0 and self.toks[v].norm in w("possibility_users"):
                    return None  # "memanfaatkan kesempatan itu untuk bertemu X": taken, done
                return f"the purpose of '{two if two in nouns else t.text}' (a possibility or leave), not done"
            if k in self.tok_mention or 0 < k < len(self.toks) - 1 and t.norm in SOFT \
                    and self.toks[k - 1].end == t.start and t.end == self.toks[k + 1].start:
                continue  # "PDI-Perjuangan": a hyphen inside a word or name is no break
            if self._is_break(k) or t.norm in SOFT or t.norm in self.soft_breaks or self.is_verb(k):
                return None
        return None

    def _deferred(self, m: Match) -> str | None:
        """"semuanya saya kembalikan ke Pak X", "menyerahkan keputusan kepada X": a verb of
        returning or handing over with everything or a decision as its object defers."""
        w = self.d.words
        verbs, objs, quants = w("deferral_verbs"), w("deferral_objects"), w("deferral_quantifiers")
        vs = [i for i in m.word_tokens if self.toks[i].norm in verbs]
        if not vs or not objs | quants or m.pattern.code in w("deferral_codes"):
            return None
        v = vs[0]
        for k in range(max(0, v - 3), min(len(self.toks), v + 3)):
            n = self.toks[k].norm
            if k == v or n not in objs | quants \
                    or any(self._is_break(x) for x in range(min(k, v), max(k, v))):
                continue
            after = self.toks[k + 1].norm if k + 1 < len(self.toks) else ""
            if n in quants and k > v and after not in w("target_markers"):
                continue  # "menyerahkan semua senjata kepada": a real object
            return f"deferring ('{self.toks[k].text}' {self.toks[v].text}): nothing is returned"
        return None

    def _future_time(self, m: Match) -> int | None:
        """"berkunjung ke Jakarta pekan depan": a time to come (grammar ``future_times``)
        in the trigger's clause, before or after it; the token where it starts. Not for a
        pattern that calls an act off ("batal berkunjung ke X pekan depan", grammar
        ``undoing_verbs``, ``undoing_after``): the time is the act's that will not be."""
        times = self.d.words("future_times")
        undoing = self.d.words("undoing_verbs") | self.d.words("undoing_after")
        if not times or any(self.toks[i].norm in undoing for i in m.word_tokens):
            return None
        k = m.anchor
        while k > 0 and not self._is_break(k - 1) and self.toks[k - 1].norm not in self.soft_breaks:
            k -= 1
        while k < len(self.toks) and not self._is_break(k) and (k <= m.last or self.toks[k].norm not in self.soft_breaks):
            if self.toks[k].norm in times or k + 1 < len(self.toks) \
                    and f"{self.toks[k].norm} {self.toks[k + 1].norm}" in times:
                return k
            k += 1
        return None

    def _modal_words(self, m: Match, in_pattern: set[str], mod: Modality) -> Modality | None:
        """The words just before the trigger, back to a break or an actor: a condition anywhere there,
        or a negator or hypothesis near it, drops the event (returned); a threat or future word near it sets ``mod.kind``."""
        w = self.d.words
        neg, hyp, fut, thr = w("negators"), w("hypothetical"), w("future"), w("threat")
        neg = neg | w("undoing_verbs")
        cond = w("conditionals")
        reach = self._reach("modal_reach")
        j, seen, listed = m.anchor - 1, 0, False
        passes = w("modal_passes")
        going_on = False  # a word of going on ("tetap", "terus") passed between it and the trigger
        while j >= 0:
            t = self.toks[j]
            n = t.norm
            if j in self.tok_mention and passes:
                # "akan ke Jakarta menghadiri rapat": a place phrase is passed over
                first = self.mentions[self.tok_mention[j]].first
                if first > 0 and self.toks[first - 1].norm in passes:
                    seen += j - first + 1
                    j = first - 1
                    continue
            if j in self.tok_mention and (undone := self._undone_clause(j)) is not None:
                return mod.drop(undone)
            if j in self.tok_mention and (verb := self._joined_verb_before(j, m.anchor)) is not None:
                seen, listed, j = 0, True, verb  # "akan menangkap X dan memeriksa Y": one modal for both
                continue
            if self._is_break(j) or j in self.tok_mention or listed and n in w("undoing_verbs"):
                break
            if n in SOFT and not self._listed_before(j, m.anchor):
                break  # "Jika ... tidak selesai, Kurnia meminta": the words before the comma are another clause's
            if n in self.relative and n not in in_pattern and j > 0 and self.toks[j - 1].norm not in w("relative_hosts"):
                break  # "perundingan tidak langsung yang ditengahi X": the head noun's words
            if self.toks[j + 1].norm in w("verb_list_joiners") and t.form == self.toks[m.anchor].form \
                    and self.is_verb(j):
                seen, listed = 0, True  # "bisa dilelang, dimusnahkan, atau dihibahkan": one modal for the list
            if n in cond and not self._says_that(j):
                return mod.drop(f"condition '{t.text}'")
            if self._near_miss(j, m.anchor):
                return mod.drop(f"a near miss ('{t.text}'): it did not happen")
            if seen < reach and n not in in_pattern:
                if n in neg and not self._negation_cancelled(j):
                    return mod.drop(f"negated by '{t.text}'")
                if (undone := self._wished_or_called(j, m.anchor)) is not None:
                    return mod.drop(undone)
                if n in hyp and self._reported_future(j):
                    if mod.kind is None:
                        mod.mark("intent", j, f"'{t.text}' (reported: the future of the past)")
                elif n in hyp and not self._glad_to_have(j):
                    return mod.drop(f"hypothetical '{t.text}'")
                if mod.kind is None and n in fut and n not in thr and (mod.continued or going_on or self._going_on_before(j)):
                    mod.continued = True  # "akan tetap mendukung", "tetap akan membantu": the act goes on
                    mod.notes.append(f"'{t.text}' of an act going on: the act, no intent")
                elif mod.kind is None and (n in thr or n in fut):
                    mod.mark("threat" if n in thr else "intent", j, f"'{t.text}'")
                going_on = going_on or n in w("continuation_words")
            if n in self.soft_breaks:
                break
            seen += 1
            j -= 1
        return None

    def _topic_in_gap(self, m: Match) -> bool:
        """"meminta penjelasan Menteri soal utang", "meminta keterangan terkait pinjaman": a
        gap of the pattern that holds a noun of information (grammar ``information_nouns``)
        and after it a word of topic (``topic_markers``) before the pattern's next word: that
        word is the topic of what is asked or given, not its object ("meminta ... utang" is
        no request for a loan there). The match does not stand; a pattern of the
        information noun itself ("meminta ...3 penjelasan") reads it."""
        w = self.d.words
        nouns, topics = w("information_nouns"), w("topic_markers")
        if not nouns:
            return False
        for a, b in zip(m.word_tokens, m.word_tokens[1:], strict=False):
            noun = next((i for i in range(a + 1, b) if self.toks[i].norm in nouns), None)
            if noun is not None and any(self.toks[i].norm in topics for i in range(noun + 1, b)):
                return True
        return False

    def _glad_to_have(self, j: int) -> bool:
        """"merasa senang bisa bertemu X", "bangga dapat mengunjungi Y": a modal of ability
        (grammar ``realis_modals``) right after a word of feeling about what happened
        (``realis_emotions``, perhaps with one of ``emotion_intensifiers`` after it) tells
        the act done, no hypothesis ("berharap bisa bertemu" is one: a wish, not a feeling)."""
        w = self.d.words
        if self.toks[j].norm not in w("realis_modals") or j < 1:
            return False
        k = j - 1
        if k >= 1 and self.toks[k].norm in w("emotion_intensifiers"):
            k -= 1
        return self.toks[k].norm in w("realis_emotions")

    def _wished_or_called(self, j: int, anchor: int) -> str | None:
        """A word at ``j`` near the trigger that makes its act urged ("ayo", "silakan":
        grammar ``hortatives``) or wished for ("berharap bisa", ``wish_words`` before
        ``wish_objects``): not done."""
        w, t = self.d.words, self.toks[j]
        if t.norm in w("hortatives"):
            return f"a call to act ('{t.text}'), not done"
        if t.norm in w("wish_words") and j + 1 < anchor and self.toks[j + 1].norm in w("wish_objects"):
            return f"wished for ('{t.text} {self.toks[j + 1].text}'), not done nor intended"
        return None

    def _going_on_before(self, j: int) -> bool:
        """"tetap akan mendukung", "terus akan membantu": a word of going on (grammar
        ``continuation_words``) right before the future tense word at ``j`` (``future_tense``;
        not a verb of intent: "terus berupaya bertemu" keeps trying, it does not meet)."""
        w = self.d.words
        return j >= 1 and self.toks[j].norm in w("future_tense") and self.toks[j - 1].norm in w("continuation_words")

    def _near_miss(self, j: int, anchor: int) -> bool:
        """"nyaris menyerang", "hampir saja terjadi bentrokan" (almost): a word of grammar
        ``near_miss`` right before the trigger, or before one of ``near_miss_passes`` right before
        it, says the act did not happen. Further off it measures something else ("hampir
        setahun menahan": nearly a year)."""
        w = self.d.words
        if self.toks[j].norm not in w("near_miss"):
            return False
        k = j + 1
        while k < anchor and self.toks[k].norm in w("near_miss_passes"):
            k += 1
        return k == anchor

    def _joined_verb_before(self, j: int, anchor: int) -> int | None:
        """The mention at ``j`` is the object of a verb of the trigger's form right before
        it, joined to the trigger by a word of grammar ``verb_list_joiners`` right after it
        ("akan menangkap Budi dan memeriksa Andi"): that verb, whose modal words are the
        trigger's too. Not when the mention is a subject ("X akan datang dan Y menangkap Z")."""
        mention = self.mentions[self.tok_mention[j]]
        first, last = mention.first, mention.last
        if last + 2 != anchor or first < 1 or self.toks[last + 1].norm not in self.d.words("verb_list_joiners"):
            return None
        verb = first - 1
        if self.toks[verb].form != self.toks[anchor].form or not self.is_verb(verb):
            return None
        return verb

    def _listed_before(self, j: int, anchor: int) -> bool:
        """The comma at ``j`` joins a list of verbs of the trigger's form ("tidak menangkap,
        menahan, atau ..."): a modal word before the list is the list's."""
        return j > 0 and self.toks[j].norm in self.d.words("verb_list_joiners") \
            and self.toks[j - 1].form == self.toks[anchor].form and self.is_verb(j - 1)

    def _negation_cancelled(self, j: int) -> bool:
        """"tidak hanya", "tak lupa", "tak akan segan": the negator at ``j`` stands before
        a word (grammar ``not_only``, perhaps after one of ``not_only_gap``) with which
        it states the act, not its absence; or right before a participle it negates
        (``negated_participles``: "tak dikenal", unknown)."""
        k = j + 1
        if k < len(self.toks) and self.toks[k].norm in self.d.words("not_only_gap"):
            k += 1
        if k < len(self.toks) and self.toks[k].norm in self.d.words("not_only"):
            return True
        if j + 1 < len(self.toks) and self.toks[j + 1].norm in self.d.words("negated_participles"):
            return True  # "kelompok tak dikenal menyerang": the negator makes a name of the participle
        # a word of both lists ("segan": reluctant) negates, unless a negator stands
        # before it ("tidak segan mengkritik": does not shrink from criticising)
        i = j - 1
        if i >= 0 and self.toks[i].norm in self.d.words("not_only_gap"):
            i -= 1
        return self.toks[j].norm in self.d.words("not_only") and i >= 0 \
            and self.toks[i].norm in self.d.words("negators")

    def _undone_after(self, m: Match, key: str = "undoing_after") -> str | None:
        """"Kunjungan X ke Y ditunda": a nominal act whose clause goes on, with no other
        verb, no relative word and no break before it, to a word of ``undoing_after``
        (its predicate) did not happen. That word, or None. (``key``: another list
        of such predicates.)"""
        after = self.d.words(key)
        if not after or self._voice(m) != "nominal":
            return None
        for k in range(m.last + 1, min(len(self.toks), m.last + 1 + self._reach("complement_reach") + 4)):
            t = self.toks[k]
            if t.norm in after:
                return t.text
            if self._is_break(k) or t.norm in self.soft_breaks or t.norm in SOFT or t.norm in self.relative \
                    or k not in self.tok_mention and self.voice.get(t.form) in ("active", "passive"):
                return None
        return None

    def _unsure_after(self, m: Match) -> tuple[str, int] | None:
        """"Kesepakatan X dan Y diperkirakan akan segera disetujui", "Perundingan itu
        kemungkinan tidak selesai": a nominal act whose predicate is a verb of its
        happening (grammar ``happening_verbs``) with a negator, a hypothesis or an
        expectation (``expectation_words``) before that verb did not happen; with only a
        word of the future it is an intent ("Pertemuan X dan Y akan digelar"). The kind
        ("negated", "hypothetical", "intent") and the token, or None."""
        verbs = self.d.words("happening_verbs")
        if not verbs or self._voice(m) != "nominal":
            return None
        w = self.d.words
        kinds = (("negated", w("negators")), ("hypothetical", w("hypothetical") | w("expectation_words")),
                 ("intent", w("future")))
        seen: list[int] = []
        for k in range(m.last + 1, min(len(self.toks), m.last + 1 + self._reach("complement_reach") + 8)):
            t = self.toks[k]
            if t.norm in verbs:
                return next(((kind, j) for kind, words in kinds for j in seen if self.toks[j].norm in words), None)
            if k in self.tok_mention or t.norm in self.relative or t.norm in self.d.words("coordinators") \
                    and t.norm != ",":
                continue
            if self._is_break(k) or t.norm in self.soft_breaks or t.norm in SOFT \
                    or self.voice.get(t.form) in ("active", "passive") and t.norm not in w("expectation_words"):
                return None
            seen.append(k)
        return None

    def _undone_clause(self, j: int) -> str | None:
        """"membantah polisi menangkap ...", "mencegah massa menyerang ...": the subject
        (the mention at ``j``) of a clause that a verb of denying, refusing or preventing
        (grammar ``clause_undoers``) takes as its complement; what the clause says did not
        happen. Why, or None."""
        k = self.mentions[self.tok_mention[j]].first - 1
        while k >= 1 and self.toks[k].norm in self.d.words("coordinators") - {","} and k - 1 in self.tok_mention:
            k = self.mentions[self.tok_mention[k - 1]].first - 1  # "A dan B menunjukkan ...": the list's first
        if k >= 0 and self.toks[k].norm in self.d.words("clause_list_openers"):
            # "ingin sekutunya, yakni A dan B menunjukkan ...": the verb's object is the head the list names
            h = k - 1 - (k >= 1 and self.toks[k - 1].norm == ",")
            while h >= 0 and k - h <= 6 and self.toks[h].norm not in self.d.words("clause_wishers") \
                    and not self._is_break(h) and self.voice.get(self.toks[h].form) not in ("active", "passive"):
                h -= 1
            k = h if h >= 0 and k - h <= 6 else k
        if k >= 0 and self.toks[k].norm in self.d.words("clause_undoers"):
            return f"the clause of '{self.toks[k].text}' (denied, refused or prevented)"
        if k >= 0 and self.toks[k].norm in self.d.words("clause_wishers"):
            return f"the clause of '{self.toks[k].text}' (wished for, not done)"
        return None

    def _reported_future(self, j: int) -> bool:
        """"X said it would boycott ...": a modal of the future of the past (grammar
        ``reported_future``) in a clause a reporting verb (``clause_verbs``) opens, with
        only a pronoun subject (and "that") between, states the speaker's intent, no
        hypothesis."""
        if self.toks[j].norm not in self.d.words("reported_future"):
            return False
        k = j - 1
        pronoun = False
        while k >= 0 and j - k <= 6 and (k in self.tok_mention or self.toks[k].norm in self.skip
                                         or self.toks[k].norm in self.d.words("complementizers")):
            pronoun = pronoun or self.toks[k].norm in self.d.words("pronouns")
            k -= 1
        # the speaker's own intent: "X said it would ...", not "X said Y would ..."
        return pronoun and k >= 0 and self.toks[k].norm in self.d.words("clause_verbs")

    def _served_clause(self, m: Match, in_pattern: set[str], mod: Modality) -> Modality | None:
        """A purpose complement shares the modality of the clause it serves: "Kami
        akan mengusahakan dibentuk pansus untuk menyelidiki ..." plans an inquiry."""
        w = self.d.words
        neg, fut, thr, cond = w("negators"), w("future"), w("threat"), w("conditionals")
        hyp = w("hypothetical")
        j, seen = m.anchor - 2, 0
        while j >= 0 and seen < self._reach("served_clause_reach"):
            t = self.toks[j]
            n = t.norm
            if self._is_break(j) or n in self.soft_breaks or n in cond:
                break
            if j not in self.tok_mention and n not in in_pattern:
                if n in neg:
                    return mod.drop(f"negated by '{t.text}' (the clause this serves)")
                if n in hyp:  # "harus berbuat lebih banyak untuk melepaskan ...": an advised purpose
                    return mod.drop(f"hypothetical '{t.text}' (the clause this serves)")
                if n in thr or n in fut:
                    mod.mark("threat" if n in thr else "intent", j, f"'{t.text}' (the clause this serves)")
                    break
            seen += 1
            j -= 1
        return None

    def _intent_on_condition(self, m: Match, mod: Modality) -> None:
        """"will withdraw ... unless ...": an intent on a condition (grammar
        ``threat_conditions``) is a threat (transform ``intent-on-condition``)."""
        rule = self.transforms.get("intent-on-condition", m.pattern.code)
        if rule is None:
            return
        conditions = self.d.words("threat_conditions")
        end = min(m.last + self._reach("threat_condition_reach"), len(self.toks))
        k = next((k for k in range(m.last + 1, end)
                  if self.toks[k].norm in conditions or self.toks[k].norm in CLAUSE_END), None)
        if k is not None and self.toks[k].norm in conditions:
            mod.kind = rule.param("kind")[0]
            mod.notes.append(f"{mod.kind}: '{self.toks[k].text}' after the intent")
            mod.notes.append(rule.note)

    def _apply_kind(self, mod: Modality) -> Modality:
        """The code an intent or a threat takes (data/modality.tsv)."""
        if not mod.kind or mod.code is None:
            return mod
        code = mod.code
        new = cameo.under_modality(code, mod.kind)
        if new is None:
            return mod.drop(f"{mod.kind} of {code} is not coded")
        if new != code:
            mod.notes.append(f"{code} -> {new}")
        mod.code = new
        return mod

    def _directed(self, i: int, in_pattern: set[str]) -> str | None:
        """The directive whose complement token ``i`` stands in ("urged Iran to
        free ...", "demanded that Israel ease ..."): what one actor asks of
        another has not happened, and the asking is coded on its own."""
        directives = self.d.words("directives")
        if not directives:
            return None
        asked = self._asked_directly(i, directives, in_pattern)
        if asked is not None:
            return asked
        comp = self.d.words("complementizers") | self.d.words("purpose")
        j, seen = i - 1, 0
        # back over the complement's subject and auxiliaries to its complementizer
        while j >= 0 and self.toks[j].norm not in comp:
            if seen >= self._reach("complement_reach") or self._is_break(j):
                return None
            j, seen = j - 1, seen + 1
        # then back over the one asked to the directive word (a verb or a noun of asking)
        directives = directives | self.d.words("directive_nouns")
        k, seen = j - 1, 0
        while k >= 0 and seen < self._reach("directive_reach"):
            n = self.toks[k].norm
            if n in directives and n not in in_pattern:
                return self.toks[k].text
            if self._is_break(k):
                return None
            k, seen = k - 1, seen + 1
        return None

    def _asked_directly(self, i: int, directives: frozenset[str], in_pattern: set[str]) -> str | None:
        """"meminta Presiden menegur Menteri": the one asked stands between the directive
        and the act asked for, with no complementizer."""
        j = i - 1
        while j >= 0 and self.toks[j].norm in self.modal:
            j -= 1
        if j >= 0 and self.toks[j].norm in directives and self.toks[j].norm not in in_pattern:
            return self.toks[j].text  # "Masyarakat *diminta* menghormati ...": the one asked is the subject
        if j not in self.tok_mention:
            return None
        group = self.group_of[self.tok_mention[j]]
        k = self.mentions[group[0]].first - 1
        if k >= 0 and self.toks[k].norm in directives and self.toks[k].norm not in in_pattern:
            return self.toks[k].text
        return None

    def _conditional(self, i: int, cond: frozenset[str]) -> bool:
        """A condition word opens the clause of token ``i`` ("Jika polisi Malaysia menangkap ...").
        The search stops at a comma: "Jika ..., Jakarta akan memprotes" is not conditional."""
        j = i - 1
        while j >= 0:
            n = self.toks[j].norm
            if n in cond:
                return not self._says_that(j)
            if self._is_break(j) or n in SOFT:
                return False
            j -= 1
        return False

    def _says_that(self, j: int) -> bool:
        """"X menunjukkan kalau Y membela Z", "X mengumumkan jika Y menyelidiki Z": a condition
        word right after a verb of saying, knowing or showing (grammar ``that_conditionals`` after
        ``statement_verbs``, ``evidence_verbs`` or ``that_verbs``) opens what is said, as "bahwa"
        does. Not when a consequent follows in the sentence ("X mengatakan jika Y menyerang, Z
        akan membalas": grammar ``consequent_markers``, or ``future_tense`` after a comma)."""
        w = self.d.words
        if j < 1 or self.toks[j].norm not in w("that_conditionals") \
                or self.toks[j - 1].norm not in w("statement_verbs") | w("evidence_verbs") | w("that_verbs"):
            return False
        comma = False
        for t in self.toks[j + 1:]:
            if t.norm in CLAUSE_END:
                break
            if t.norm in w("consequent_markers") or comma and t.norm in w("future_tense"):
                return False
            comma = comma or t.norm == ","
        return True
