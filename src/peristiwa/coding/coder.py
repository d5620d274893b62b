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

The CAMEO policy that rewrites or re-directs events (a threat on "unless",
what a demand asks for, protest plus demand, the meeting held on a visit,
possessor targets ...) is data: the lines of ``data/transforms.txt``, asked
for by name where each applies (``coding/transforms.py``); the event notes
the line that fired.

Everything language-specific comes from the language's ``grammar.toml``;
this module is the same for every language. The sentence's structure (mentions,
coordination, subjects, objects) is read in ``reading.py`` by word order and in
``depread.py`` from the dependency parse (see ``PARSE_FIRST``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from peristiwa.coding import allege, cameo
from peristiwa.coding.patterns import NULL, Gap, Match, PatternSet, Slot
from peristiwa.coding.reading import QUOTES, SOFT, SentenceReader, Side, bare_name
from peristiwa.coding.transforms import Transforms, transforms
from peristiwa.dates import event_date
from peristiwa.lang import LanguageData
from peristiwa.places import event_place, gazetteer, places
from peristiwa.records import NO_DATELINE, Actor, Dateline, Event, Evidence, Mention, Sentence
from peristiwa.text.normalize import fold
from peristiwa.text.stems import common_words

# With the current models (Indonesian LAS ~63-71, English ~80, bench/RESULTS.md)
# the tuned word-order reading is right more often than the parse; the parse
# fills the sides word order leaves open. True = the parse decides.
PARSE_FIRST = False

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

    def mark(self, kind: str, token: int, what: str) -> None:
        self.kind = kind
        self.used.add(token)
        self.notes.append(f"{kind} {what}")

    def drop(self, why: str) -> Modality:
        """Not coded, and why."""
        return Modality(None, self.notes + [why], self.used, self.kind)


@dataclass
class CodedMatch:
    """A pattern match read as an event: its code after modality, its source and
    target sides (None where none was found) and the notes for ``why``."""

    match: Match
    code: str
    source: Side | None
    target: Side | None
    notes: list[str]


def _coder_settings(data: LanguageData) -> dict:
    """What every ``SentenceCoder`` of a language reads of its grammar, as its attributes."""
    return dict(
        head_first=data.setting("head", "first") == "first",
        intransitive_forms=frozenset(data.setting("intransitive_forms", [])),
        # "was arrested by": a passive auxiliary before a word with one of these endings
        participle_endings=tuple(data.setting("participle_endings", [])),
        # "was *fiercely* opposed by": adverbs may stand between the auxiliary and the participle
        adverb_endings=tuple(data.setting("adverb_endings", [])),
        # "tense *negotiations*": endings only a noun has (grammar ``nominal_endings``)
        nominal_endings=tuple(data.setting("nominal_endings", [])),
        # "Russia's arrest of ...": the possessor before one of these is the nominal's actor
        possessive_markers=data.words("possessive_markers"),
        reach={k: int(data.setting(k, v)) for k, v in REACH.items()},
        # a match inside another's gap ("fire ... artillery ... at") is part of it, not an event
        gap_owned=bool(data.setting("gap_owned", False)),
    )


class SentenceCoder(SentenceReader):
    """Codes one sentence; built per sentence, cheap."""

    _linked: frozenset[int] = frozenset()  # see _judged_pairs
    _chosen: list[Match] = []  # the matches read as events (see code)
    _protest = True  # some match may be a protest, whose source are protesters (see _lone_actor)
    _planned = None  # what code() reads before the sides (see _plan)
    _alleged: list[Match] = []  # the wrongdoing predicates, coded as a speaker's accusation (see code)
    previous_acts: list[CodedMatch] = []  # the sentence before's coded matches (pipeline _readings)

    def __init__(self, data: LanguageData, pats: PatternSet, sent: Sentence,
                 mentions: list[Mention], context_country: str = "",
                 previous: Mention | None = None, parse=None,
                 history: list[Mention] | None = None, speaker: Mention | None = None,
                 origins: dict[str, tuple[Mention, int]] | None = None,
                 previous_speaker: Mention | None = None) -> None:
        super().__init__(data, sent, mentions, context_country, previous, parse, history, speaker,
                         previous_speaker)
        self.pats = pats
        # head nouns an earlier sentence named with an actor ("sistem ... Rusia"): see _origin
        self.origins = origins if origins is not None else {}
        # the language's settings, worked out once per language
        shared = data.__dict__.get("_coder_settings")
        if shared is None:
            shared = data.__dict__["_coder_settings"] = _coder_settings(data)
        self.__dict__.update(shared)
        # the coding transformations (data/transforms.txt, lang/<code>/transforms.txt)
        self.transforms: Transforms = transforms(data)

    def code(self) -> list[CodedMatch]:
        """The sentence's pattern matches that are events, with their sides. What
        precedes the sides (the matches chosen and their modality) does not depend on
        the parse: read again with one (``use_parse``), the sentence keeps it."""
        if self._planned is None:
            self._planned = self._plan()
        plans, modal_tokens, scopes = self._planned
        out = []
        for m, mod in plans:
            if mod.code is None or m.anchor in modal_tokens and "quote" not in m.pattern.flags:
                continue
            if any(a < m.anchor and not self._break_between(a, m.anchor) and not self._claim_named(a, m.anchor)
                   for a in scopes):
                continue  # the act an accusation alleges is not coded (CONVENTIONS §7.4)
            src, tgt, side_notes = self._sides(m, mod.code)
            if src is None and tgt is not None and tgt.mentions and self._voice(m) == "active":
                src = self._named_subject(m, tgt)
            elif tgt is None and src is not None and src.mentions and self._voice(m) == "passive":
                tgt = self._named_subject(m, src)  # "Budi ditangkap polisi": the one named undergoes it
            elif tgt is None and src is not None and src.mentions and self._voice(m) == "active":
                tgt = self._named_object(m, src)  # "Polisi menangkap Budi di ..."
            if tgt is None and (mod.kind == "threat" or mod.code.startswith("13")):
                tgt = self._condition_subject(m)
            out.append(CodedMatch(m, mod.code, src, tgt, mod.notes + side_notes))
        out = self._in_protest(self._judged_acts(self._results_of_nominals(self._answers(out))))
        return allege.allegations(self, self._alleged, out, scopes)  # wrongs a speaker states

    def _plan(self) -> tuple[list[tuple[Match, Modality]], set[int], list[int]]:
        """The matches chosen with their modality, the modal words' tokens, and the
        anchors of the matches that scope over what follows them."""
        slots = self.slot_map()
        self.places = self._place_slots(slots)
        matches = [m for m in self.pats.match(self.toks, {**self.places, **slots}, self.hard, self.skip)
                   if not self._trigger_in_name(m) and not self._wrong_place(m) and self._clause_slot_fits(m)]
        matches, self._alleged = allege.split(matches)  # wrongs a speaker may state (coding/allege.py)
        chosen = self._select(matches)
        self._chosen = chosen
        modal_tokens: set[int] = set()
        plans: list[tuple[Match, Modality]] = []
        for m in chosen:
            if m.pattern.code == NULL:
                continue
            mod = self._modality(m)
            plans.append((m, mod))
            modal_tokens |= mod.used
        scopes = [m.anchor for m in chosen if "scope" in m.pattern.flags]
        self._linked = self._judged_pairs(plans)
        protest = self.transforms.get("protesters")
        self._protest = protest is not None and any(mod.code is not None and protest.applies(mod.code)
                                                    for _, mod in plans)
        return plans, modal_tokens, scopes

    def _clause_slot_fits(self, m: Match) -> bool:
        """A pattern flagged ``clause`` ("berharap +": X hopes Y acts) takes as its target
        the subject of the clause after its words: an actor right after them (skip words
        aside) that a verb follows (modal, auxiliary, future words and negators aside)."""
        slot = m.slots.get("+")
        if "clause" not in m.pattern.flags:
            return True
        if slot is None or any(self.toks[i].norm not in self.skip for i in range(max(m.word_tokens) + 1, slot[0])):
            return False
        w = self.d.words
        between = self.modal | self.aux | w("future") | w("negators")
        j = slot[1] + 1
        while j < len(self.toks) and self.toks[j].norm in between:
            j += 1
        return j < len(self.toks) and j not in self.tok_mention and self.is_verb(j)

    def _trigger_in_name(self, m: Match) -> bool:
        """``_inside_name``, except that the noun fronted before a passive verb heads the
        role it names: "Massa pendemo dibubarkan polisi" is the pattern's own noun."""
        k = self.tok_mention.get(m.anchor)
        if "fronted" in m.pattern.flags and k is not None and self.mentions[k].actor.kind == "role":
            return False
        return self._inside_name(m.anchor)

    def _results_of_nominals(self, out: list[CodedMatch]) -> list[CodedMatch]:
        """"Serangan udara X menewaskan 12 warga Y": the verb of a nominal event's result
        (``result_verbs``) is that event, coded once (by the nominal, on the verb's object)."""
        results = self.d.words("result_verbs")
        owners = [c.match.anchor for c in out if c.target is not None and "the nominal's result" in c.target.note]
        return [c for c in out if not (self.toks[c.match.anchor].norm in results and any(
            a < c.match.anchor and not self._break_between(a, c.match.anchor) for a in owners))]

    def _answers(self, out: list[CodedMatch]) -> list[CodedMatch]:
        """"..., dan Israel membalasnya dengan serangan udara": a nominal act after a light
        verb of reply whose clitic stands for an act ("membalasnya dengan", grammar
        ``light_verbs``) is aimed at the doer of that act: the source of the nearest act
        before it in the sentence that is not its own source's, else the subject of the
        sentence before."""
        for n, c in enumerate(out):
            a = c.match.anchor
            if c.target is not None or not c.source or not c.source.mentions or not self._a_reply(c.match):
                continue
            own = {x.actor.country or x.actor.code for x in c.source.mentions}
            doers = [o.source for o in out[:n] if o.match.anchor < a and o.source and o.source.mentions
                     and not own & {x.actor.country or x.actor.code for x in o.source.mentions}]
            if doers:
                out[n] = replace(c, target=Side(doers[-1].mentions, "the doer of the act replied to"))
            elif self.previous is not None and (self.previous.actor.country or self.previous.actor.code) not in own \
                    and self._hostile_before(self.previous):
                out[n] = replace(c, target=Side([self.previous], "the doer of the act replied to, named before"))
        return out

    def _hostile_before(self, who: Mention) -> bool:
        """The sentence before coded an act of conflict (quad class 3 or 4) by ``who``'s
        actor: what a reply there answers (none when the pipeline passed no acts)."""
        key = who.actor.country or who.actor.code
        return any(cameo.info(c.code).quad_class >= 3 and c.source is not None
                   and any((x.actor.country or x.actor.code) == key for x in c.source.mentions)
                   for c in self.previous_acts)

    def _a_reply(self, m: Match) -> bool:
        """The act of ``m`` answers an earlier one: a light verb of reply before it whose
        clitic stands for an act ("membalasnya dengan"), or a word of reply (grammar
        ``reply_words``) that opens that light verb ("membalas dengan serangan udara") or
        follows the trigger ("serangan balasan")."""
        a, toks, replies = m.anchor, self.toks, self.d.words("reply_words")
        if m.last + 1 < len(toks) and toks[m.last + 1].norm in replies:
            return True
        if a < 2 or " ".join(t.norm for t in toks[a - 2: a]) not in self.light:
            return False
        return toks[a - 2].norm in replies or any(toks[a - 2].norm.endswith(x) for x in self.d.words("object_clitics"))

    def _judged_pairs(self, plans: list[tuple[Match, Modality]]) -> frozenset[int]:
        """The anchors of the matches ``_judged_acts`` may join (a judging verb and the
        nominal event right after it): the sides of one become the other's, so both
        are read with the parse when it is asked for (``_parse_can_matter``)."""
        rule = self.transforms.get("judged-agent")
        if rule is None:
            return frozenset()
        nominal = {m.anchor for m, mod in plans if mod.code is not None and self._voice(m) == "nominal"}
        return frozenset(k for m, mod in plans
                         if mod.code is not None and self._judged_at(m) in nominal and rule.applies(mod.code)
                         and "+" not in m.slots and self._voice(m) == "active"
                         for k in (m.anchor, self._judged_at(m)))

    def _judged_at(self, m: Match) -> int:
        """Where the object a judging verb judges begins: right after it, or after a
        determiner where modifiers come first ("condemned *the* arrest of ...")."""
        k = m.last + 1
        if not self.head_first and k + 1 < len(self.toks) and self.toks[k].norm in self.nominal_before \
                and k not in self.tok_mention:
            return k + 1
        return k

    def _judged_acts(self, out: list[CodedMatch]) -> list[CodedMatch]:
        """"mengecam penangkapan aktivis oleh polisi Thailand": a judgement whose object
        is a nominal event is of that event's agent; when the act names none, not of
        those it was done to (transform ``judged-agent``)."""
        rule = self.transforms.get("judged-agent")
        if rule is None:
            return out
        nominal = {c.match.anchor: c for c in out if self._voice(c.match) == "nominal"}
        for k, c in enumerate(out):
            n = nominal.get(self._judged_at(c.match)) if self._voice(c.match) == "active" \
                else self._judged_before(c, nominal)
            if n is None or not rule.applies(c.code) or "+" in c.match.slots:
                continue
            agent = n.source.mentions if n.source else []
            if agent:
                out[k] = replace(c, target=Side(agent, "the agent of the act judged"), notes=c.notes + [rule.note])
            elif c.target and n.target and set(map(id, c.target.mentions)) & set(map(id, n.target.mentions)):
                # "mengecam serangan terhadap warga sipil": those it was done to are not judged
                out[k] = replace(c, target=None, notes=c.notes + [rule.note])
        return out

    def _judged_before(self, c: CodedMatch, nominal: dict[int, CodedMatch]) -> CodedMatch | None:
        """"Penangkapan aktivis itu dikecam X": the nominal act before a passive judging
        verb whose subject (the judgement's target) is among those the act was done to."""
        if self._voice(c.match) != "passive" or not c.target:
            return None
        ids = set(map(id, c.target.mentions))
        return next((n for a, n in sorted(nominal.items()) if a < c.match.anchor and n.target
                     and ids & set(map(id, n.target.mentions))), None)

    def _condition_subject(self, m: Match) -> Side | None:
        """"threatened to strike *unless Kenya* withdrew": a threat with no target of
        its own is aimed at the one its condition (grammar ``threat_conditions``) asks
        to act, the subject right after the condition word; so is an explicit threat
        aimed at the subject of its condition ("mengancam akan menutup ... jika AS
        menyerang", grammar ``conditionals``)."""
        conditions = self.d.words("threat_conditions") | self.d.words("conditionals")
        end = min(m.last + self._reach("threat_condition_reach"), len(self.toks))
        k = next((k for k in range(m.last + 1, end)
                  if self.toks[k].norm in conditions or self.toks[k].norm in CLAUSE_END), None)
        if k is None or self.toks[k].norm not in conditions:
            return None
        found, _ = self.following(k, limit=3, direct=True)
        return Side(found.mentions, "the subject of the threat's condition") if found is not None else None

    def _in_protest(self, out: list[CodedMatch]) -> list[CodedMatch]:
        """"staged a hunger strike *in protest* against X": a protest after a word of
        grammar ``manner_markers`` says why an earlier protest of its clause was held:
        not coded apart; its target is that protest's when it has none."""
        marks = self.d.words("manner_markers")
        if not marks:
            return out
        for c in list(out):
            a = c.match.anchor
            if not (c.code.startswith("14") and a > 0 and self.toks[a - 1].norm in marks):
                continue
            host = next((h for h in out if h is not c and h.code.startswith("14") and h.match.anchor < a
                         and not self._break_between(h.match.anchor, a)), None)
            if host is None:
                continue
            out.remove(c)
            if host.target is None and c.target is not None:
                out[out.index(host)] = replace(host, target=c.target,
                                               notes=host.notes + [f"target of '{self.toks[a - 1].text} "
                                                                   f"{self.toks[a].text}' after it"])
        return out

    def _place_slots(self, slots: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
        """The places of the sentence that no mention covers, as spans a pattern's ``+``
        slot may take ("berkunjung ke +" with "ke Papua"): only a code of the
        transform ``place-target`` keeps such a match (``_wrong_place``)."""
        codes = tuple(c for t in self.transforms.lines if t.name == "place-target" for c in t.codes)
        if not codes:
            return {}
        stems, exact = self.pats.slot_anchors(codes)
        if not any(t.stem in stems or t.norm in exact for t in self.toks):
            return {}  # no pattern here could take a place in its slot
        taken = {i for a, b in slots.values() for i in range(a, b + 1)}
        if not self._maybe_place(taken):
            return {}  # no capitalised word outside the mentions names a place
        out = {}
        for p in places(self.s, self.d.code, self.context_country):
            span = [i for i, t in enumerate(self.toks) if p.span[0] <= t.start - self.s.start < p.span[1]]
            if span and len(p.country) == 3 and not taken.intersection(span):
                out[span[0]] = (span[0], span[-1])
        return out

    def _maybe_place(self, taken: set[int]) -> bool:
        """Some capitalised word (or two) outside the mentions is a name the gazetteer
        knows: only then are the sentence's places worth finding."""
        g, toks = gazetteer(), self.toks
        for i in range(1, len(toks)):
            if i in taken or not toks[i].text[:1].isupper():
                continue
            if g.names(toks[i].text) or i + 1 < len(toks) and g.names(f"{toks[i].text} {toks[i + 1].text}"):
                return True
        return False

    def between_slot(self, m: Match) -> bool:
        """The pattern's target slot opens after a word of reciprocity (grammar
        ``between_markers``: "antara", "between"): its actors are the parties."""
        slot = m.slots.get("+")
        return slot is not None and slot[0] > 0 and self.toks[slot[0] - 1].norm in self.d.words("between_markers")

    def _wrong_place(self, m: Match) -> bool:
        """A match with a place in a slot that is not a place-target's ``+``."""
        return any(a in self.places and (role != "+" or self.transforms.get("place-target", m.pattern.code) is None)
                   for role, (a, _) in m.slots.items())

    def _select(self, matches: list[Match]) -> list[Match]:
        """Longest matches first; two matches may not share a content word
        (prepositions such as "antara" may serve both). A user's verb dictionary
        (``--verbs``) comes before the shipped patterns."""
        # "pertemuan antara X dengan Y": a word inside the parties after a between
        # marker is theirs, no pattern's ("bertemu ... dengan +" does not match there)
        parties = [n.slots["+"] for n in matches if self.between_slot(n)]
        if parties:
            matches = [m for m in matches
                       if not any(a <= i <= b for i in m.word_tokens for a, b in parties)]
        ranked = sorted(
            matches,
            key=lambda m: (not m.pattern.user, -len(m.word_tokens), -(m.last - m.anchor),
                           m.pattern.file != "events.txt",  # hand-written beats generated
                           m.anchor, m.pattern.code != NULL),
        )
        taken: set[int] = set()
        spans: list[tuple[int, int]] = []
        out = []
        for m in ranked:
            content = {i for i in m.word_tokens if self.toks[i].norm not in self.preps}
            content.add(m.anchor)
            if taken & content:
                continue
            if self.gap_owned and any(a < m.anchor and m.last < b for a, b in spans):
                continue  # "launched three *rockets* at": words in a pattern's gap are its own
            taken |= content
            spans.append((m.anchor, m.last))
            out.append(m)
        return sorted(out, key=lambda m: m.anchor)

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
        if dropped is None and mod.kind is None and m.anchor >= 1 \
                and self.toks[m.anchor - 1].norm in self.purpose:
            dropped = self._served_clause(m, in_pattern, mod)
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
        if mod.kind is None and (when := self._future_time(m)) is not None:
            mod.mark("intent", when, f"'{self.toks[when].text}' (a time to come)")
        if mod.kind == "intent":
            self._intent_on_condition(m, mod)
        return self._apply_kind(mod)

    def _future_time(self, m: Match) -> int | None:
        """"berkunjung ke Jakarta pekan depan": a time to come (grammar ``future_times``)
        in the trigger's clause, before or after it; the token where it starts."""
        times = self.d.words("future_times")
        if not times:
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
        """The words just before the trigger, back to a break or an actor: a condition
        anywhere there, or a negator or hypothesis near it, drops the event (returned);
        a threat or future word near it sets ``mod.kind``."""
        w = self.d.words
        neg, hyp, fut, thr = w("negators"), w("hypothetical"), w("future"), w("threat")
        neg = neg | w("undoing_verbs")
        cond = w("conditionals")
        reach = self._reach("modal_reach")
        j, seen, listed = m.anchor - 1, 0, False
        passes = w("modal_passes")
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
            if self._is_break(j) or j in self.tok_mention or listed and n in w("undoing_verbs"):
                break
            if self.toks[j + 1].norm in w("verb_list_joiners") and t.form == self.toks[m.anchor].form \
                    and self.is_verb(j):
                seen, listed = 0, True  # "bisa dilelang, dimusnahkan, atau dihibahkan": one modal for the list
            if n in cond:
                return mod.drop(f"condition '{t.text}'")
            if seen < reach and n not in in_pattern:
                if n in neg and not self._negation_cancelled(j):
                    return mod.drop(f"negated by '{t.text}'")
                if n in w("wish_words") and j + 1 < m.anchor and self.toks[j + 1].norm in w("wish_objects"):
                    return mod.drop(f"wished for ('{t.text} {self.toks[j + 1].text}'), not done nor intended")
                if n in hyp and self._reported_future(j):
                    if mod.kind is None:
                        mod.mark("intent", j, f"'{t.text}' (reported: the future of the past)")
                elif n in hyp:
                    return mod.drop(f"hypothetical '{t.text}'")
                if mod.kind is None and (n in thr or n in fut):
                    mod.mark("threat" if n in thr else "intent", j, f"'{t.text}'")
            if n in self.soft_breaks:
                break
            seen += 1
            j -= 1
        return None

    def _negation_cancelled(self, j: int) -> bool:
        """"tidak hanya", "tak lupa", "tak akan segan": the negator at ``j`` stands before
        a word (grammar ``not_only``, perhaps after one of ``not_only_gap``) with which
        it states the act, not its absence."""
        k = j + 1
        if k < len(self.toks) and self.toks[k].norm in self.d.words("not_only_gap"):
            k += 1
        return k < len(self.toks) and self.toks[k].norm in self.d.words("not_only")

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
                return True
            if self._is_break(j) or n in SOFT:
                return False
            j -= 1
        return False

    def _voice_head(self, m: Match) -> int:
        # "dijadwalkan berkunjung": a modal word leads; the verb after it has the voice
        modal = self.d.words("future") | self.d.words("threat") | self.d.words("negators")
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
            src, tgt = self._passive_sides(m, src, tgt, after)
        elif voice == "nominal":
            src, tgt = self._nominal(m, src, tgt, max(after, m.last), self._word_end(m))
        else:
            src, tgt = self._active_sides(m, src, tgt, after, notes)
        if src is None and voice != "active":
            src = self._gap_origin(m)
        if (PARSE_FIRST or src is None or tgt is None) and self._parse_can_add(src, tgt) \
                and self._parse_can_matter(m, code, voice, src, tgt) and self.reader is not None:
            src, tgt = self._with_parse(m, voice, src, tgt, notes)
        against = self._against_modifier(m)
        if against is not None and src is not None and against in src.mentions:
            src, tgt = None, Side([against], "after a word of opposition")  # not the parse's compound
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
        src = src or self._implicit(m.pattern, "source")
        tgt = tgt or self._implicit(m.pattern, "target")
        return src, tgt, notes

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
            tgt = self.subject(m.anchor) or self._claim_in_apposition(m, m.anchor - 2)
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
        s2, _ = self.following(verb_end, direct=True, limit=3, exclude=taken)
        if s2 is None and after > verb_end:
            s2, _ = self.following(after, direct=True, limit=3)
        if s2 is not None:
            return Side(s2.mentions, "agent right after the passive verb"), tgt
        if self._unknown_name_at(verb_end + 1):
            # "dikatakan Suparjo di depan ...": a name nothing codes is the
            # agent; no one else named in the sentence stands in for it
            return self._passive_name(verb_end + 1, tgt) or \
                Side([], "a name nothing codes right after the passive verb"), tgt
        return self._operation_agent(verb_end), tgt

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
        words = next(k for k, e in enumerate(m.pattern.elements) if isinstance(e, Gap))  # the noun's words
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
        return self._role_less_person(bare_name(self.d, self.s, j, at, "?"), tgt, "after the passive verb")

    def _active_sides(self, m: Match, src: Side | None, tgt: Side | None,
                      after: int, notes: list[str]) -> tuple[Side | None, Side | None]:
        """An active verb: the subject is the source, the object (or a marked
        oblique for an intransitive form) the target; a request's addressee, or
        the one an object clitic stands for."""
        if src is None:
            src = self.subject(m.anchor)
        if tgt is not None or "+" in [e.role for e in m.pattern.elements if isinstance(e, Slot)]:
            return src, tgt
        # the trigger's own mention is no target ("A suicide *bomber* killed");
        # a pattern's object noun may be ("arrested two *journalists*"), but not
        # in a user's PETRARCH pattern, whose words are never actors ("fire ... artillery")
        words = frozenset(m.word_tokens) if m.pattern.user else frozenset({m.anchor})
        words |= self._gap_modifiers(m)
        words |= self._taken_to(m)
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
        tgt = self._complement_checked(m, self._object_of(m, after, words))
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
        tgt, _ = self.following(after, markers=self.target_markers, exclude=words, clause_end=clause)
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

    def _named_subject(self, m: Match, tgt: Side) -> Side | None:
        """"Ke depannya, Nurul berharap Jokowi ...": a person named without a role right
        before an active verb that found no coded subject, opening its clause (the
        sentence's start, a comma or a clause break; only auxiliaries between): see
        ``_role_less_person``."""
        toks, aux = self.toks, self.d.words("auxiliaries") | self.d.words("subject_emphasis")
        end = m.anchor - 1
        while end >= 0 and end not in self.tok_mention and toks[end].norm in aux:
            end -= 1
        stop = self.d.words("time_words") | self.preps | self.skip | self.d.words("pronouns")
        k = end
        while k >= 0 and end - k < 4 and k not in self.tok_mention and toks[k].text.isalpha() \
                and toks[k].text[:1].isupper() and toks[k].text[1:2].islower() and toks[k].norm not in stop:
            k -= 1
        if k == end or not (k < 0 or toks[k].norm == "," or self._is_break(k) or toks[k].norm in self.soft_breaks):
            return None
        first, last = toks[k + 1], toks[end]
        text = self.s.text[first.start - self.s.start: last.end - self.s.start]
        name = Mention(k + 1, end, first.start, last.end, text, Actor(code="", name=text, kind="person"))
        return self._role_less_person(name, tgt, "before the verb")

    def _named_object(self, m: Match, src: Side) -> Side | None:
        """"KPK menetapkan Waryono sebagai tersangka", "Polisi menangkap Andi di Bekasi": a
        person named without a role right after the active verb (or after the pattern's
        words), then a comma, a preposition or the end, is its object: see
        ``_role_less_person``, with the source standing for the other side."""
        spots = [m.anchor + 1, m.last + 1]
        if m.last + 2 < len(self.toks) and self.toks[m.last + 1].norm in self.d.words("claim_nouns"):
            spots.append(m.last + 2)  # "membantah penilaian Nurul": the claim's maker
        for j in dict.fromkeys(spots):
            if self._unknown_name_at(j):
                at = {t: x for x in self.mentions for t in range(x.first, x.last + 1)}
                name = bare_name(self.d, self.s, j, at, "?")
                common = common_words(self.d)
                words = self.toks[name.first: name.last + 1] if name is not None else []
                if words and (words[0].norm in common and len(words) > 1
                              or all(t.norm in common or t.stem in common for t in words)):
                    return None  # "memblokade Jalan Sudirman", "transfer Dana Desa": a place or a thing
                return self._role_less_person(name, src, "after the verb")
        return None

    def _role_less_person(self, name: Mention | None, tgt: Side | None, where: str) -> Side | None:
        """A person named without a role ("Nurul berharap Jokowi ...", "disampaikan
        Adnan kepada ...") is a person of the sentence's country (CONVENTIONS §4.2, as a
        speaker named so is: ``speaker_of``) when that is the language's default
        country and what the act is aimed at is of that country too. Not a place, nor,
        opening the sentence, one word of the language or its derivation ("Warga",
        "Termasuk")."""
        country = self.context_country
        if name is None or not country or country != self.d.setting("default_country", "") \
                or tgt is None or not tgt.mentions or any(x.actor.country != country for x in tgt.mentions):
            return None
        # a capital opening the sentence may be any word's: one word there is a name only
        # when the language has no such word (nor its root); two capitalised are a name
        opening = name.first == 0 or self.toks[name.first - 1].norm in QUOTES
        common = common_words(self.d) if opening and name.first == name.last else ()
        if all(t.norm in common or t.stem in common for t in self.toks[name.first: name.last + 1]) \
                or gazetteer().candidates(name.text):
            return None
        actor = Actor(code=country, name=name.text, country=country, kind="person")
        return Side([replace(name, actor=actor, notes=("a name with no role",))],
                    f"a person named without a role {where}")

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

    def _statement_sides(self, m: Match) -> tuple[Side | None, Side | None]:
        """A pattern read as what the speaker says (``@quote``: "Pemerintah perlu ...,
        kata X"): the speaker this sentence names is the source, the subject of the
        trigger the target; none when the sentence names no speaker, or the one
        spoken of is the speaker's own side (CONVENTIONS §2.3)."""
        sp = self.own_speaker() or self._stating_subject(m)
        if sp is not None and "+" in m.slots:  # "kegagalan +": the failing named is the target's
            named = [x for x in self._span_mentions(*m.slots["+"])
                     if x.actor.code not in (sp.actor.code, sp.actor.country) and x.refers_to is None]
            return (Side([sp], "the speaker, whose statement this is"), Side(named, "pattern slot +")) \
                if named else (None, None)
        tgt = self.subject(m.anchor)
        if sp is None or tgt is None or not tgt.mentions:
            return None, None
        last = max(x.last for x in tgt.mentions)
        if any(self._is_break(k) or self.toks[k].norm in SOFT or self.toks[k].norm in self.soft_breaks
               for k in range(last + 1, m.anchor)):
            return None, None  # the subject of another clause
        bt = self._before_index(tgt.mentions[0].first)
        if not self._opens(tgt.mentions[0]) and not (bt is not None and self.toks[bt].norm
                                                     in self.d.words("statement_verbs")):
            return None, None  # "evaluasi capres Golkar harus ...": inside the subject, not it
        k = m.last + 1
        while k < len(self.toks) and self.toks[k].norm in self.modal:
            k += 1
        if k < len(self.toks) and (self.toks[k].form == "passive" or (
                self.toks[k - 1].norm in self.passive_aux and self.toks[k].norm.endswith(self.participle_endings)
                and self.participle_endings)):
            return None, None  # "X harus diperiksa", "X must be punished": done to X, not asked of X
        own = {sp.actor.code, sp.actor.country}
        kept = [x for x in tgt.mentions if x.actor.code not in own and x.refers_to is None]
        if not kept:
            return None, None
        return Side([sp], "the speaker, whose statement this is"), Side(kept, tgt.note)

    def _stating_subject(self, m: Match) -> Mention | None:
        """"X mengatakan, kasus itu merupakan bukti kegagalan Y", "X menegaskan bahwa Y
        harus ...": with no speaker named by a reporting word, the subject of the verb of
        saying (grammar ``statement_verbs``, active) whose clause holds the statement:
        back from the trigger over commas, ``statement_openers`` and ``copulas``, past no
        other verb, clause word or quotation mark."""
        verbs, copulas = self.d.words("statement_verbs"), self.d.words("copulas")
        stops = (self.hard | self.soft_breaks) - self.d.words("statement_openers") - {","}
        j = m.anchor - 1
        while j >= 0 and m.anchor - j <= 24:
            if j in self.tok_mention:
                j = self.mentions[self.tok_mention[j]].first - 1
                continue
            t = self.toks[j]
            if t.norm in verbs and self.voice.get(t.form) == "active":
                if allege._negated(self, j):
                    return None
                found = self.subject(j)
                named = [x for x in found.mentions if x.actor.code] if found is not None else []
                return named[0] if len(named) == 1 else None
            if t.norm in stops or t.norm in QUOTES or t.norm in self.reporting \
                    or (self.voice.get(t.form) in ("active", "passive") and t.norm not in copulas
                        and j not in m.word_tokens):
                return None
            j -= 1
        return None

    def _quote_speaker(self, m: Match) -> Side | None:
        """A verb with no subject of its own in what a speaker said ("Harus segera
        menangkap pelakunya, kata X"): the speaker's act."""
        sp = self.own_speaker()
        if sp is None:
            return None
        r = next((k for k in range(sp.first - 1, -1, -1) if self.toks[k].norm in self.reporting), None)
        if r is None or m.last >= r:
            return None
        # no subject of its own: only modal and time words stand before it in its clause
        time_words = self.d.words("time_words")
        j = m.anchor - 1
        while j >= 0 and (self.toks[j].norm in self.modal or self.toks[j].norm in time_words):
            j -= 1
        if j >= 0 and not (self._is_break(j) or self.toks[j].norm in QUOTES or self.toks[j].norm in SOFT):
            return None
        return Side([sp], f"the speaker after '{self.toks[r].text}', the verb in the quote having no subject")

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

    def _parse_can_matter(self, m: Match, code: str, voice: str, src: Side | None,
                          tgt: Side | None) -> bool:
        """Whether some parse could give this match an event; False when no reading of
        the tree can (then the parse is not asked for: it is most of the coding time).

        The parse is read only here (``_with_parse``): it can fill an open side
        with any of the sentence's mentions (or their coordinated group), and what
        follows it in ``_sides`` and ``code`` can put there only what it puts without
        the parse: the opposed actor, the purpose clause's subject, the quoted speaker,
        the main clause's subject after a fronted adverbial, a person named without a
        role, a possessor or origin (sentence mentions) and the implied actor. An event
        needs a source with a code (a name nothing codes, with ``keep_unknown``)
        and, unless the code allows no target or the act is mutual, a target
        that has one too. So when no mention that could end up as the source,
        or none that could end up as the target, has a code or is such a name,
        the match codes no event whatever the tree says, nor without it. (The
        parse's notes show only in events.) A protest is always read with the
        parse: its source makes protesters of the sentence's other events; so is a
        match whose sides another match may take or lose by it (a judgement and
        the nominal event it judges, a nominal whose result is its target). A
        target may also be a place no mention covers (transform ``place-target``):
        such a code needs no mention as its target."""
        if PARSE_FIRST or m.anchor in self._linked:
            return True
        tf = self.transforms
        protest = tf.get("protesters")
        if protest is not None and protest.applies(code):
            return True
        if tgt is not None and "the nominal's result" in tgt.note:
            return True
        roles = {e.role for e in m.pattern.elements if hasattr(e, "role")}
        can_src = src is None and "$" not in roles
        sources = list(self.mentions) if can_src else list(src.mentions) if src else []
        sources += self._fallback_sources(m, voice)
        targets = list(tgt.mentions) if tgt else []
        if tgt is None or can_src:  # an open target may take any mention of the sentence
            targets += self.mentions
        implied = self._implicit(m.pattern, "target")
        targets += implied.mentions if implied else []
        against = self._against_modifier(m)
        targets += [against] if against is not None else []
        flags = m.pattern.flags
        reciprocal = cameo.reciprocal(code) or cameo.reciprocal(m.pattern.code)
        # no target needed, or one that need not be a mention: a place after the trigger
        no_target = ("notarget" in flags or tf.get("no-target", code) is not None
                     or tf.get("place-target", code) is not None)
        if not no_target and self._lone_actor(sources + targets):
            return False
        if not any(map(_may_be_known, sources)):
            # the targets may be the parties of a mutual act, or the sources when none
            # is found and the target slot opens after "antara" (_EventBuilder._pairs)
            return ("mutual" in flags or reciprocal or self.between_slot(m)) and any(map(_may_be_known, targets))
        mutual = "mutual" in flags or "together" in flags or reciprocal
        return no_target or mutual or any(map(_may_be_known, targets))

    def _fallback_sources(self, m: Match, voice: str) -> list[Mention]:
        """The mentions a source found after the parse may be (``_sides``, ``code``),
        whatever the parse gives: the purpose clause's subject, the implied actor, the
        quoted speaker, a person named without a role before the verb (for a target of the sentence's country,
        as any the parse could give)."""
        fallback = [self._purpose_subject(m), self._implicit(m.pattern, "source")]
        if voice == "active":
            fallback.append(self._quote_speaker(m))
        if voice == "active" and self.context_country:
            probe = Actor(code=self.context_country, name="", country=self.context_country, kind="country")
            fallback.append(self._named_subject(m, Side([Mention(-1, -1, -1, -1, "", probe)], "")))
        return [x for side in fallback if side for x in side.mentions]

    def _lone_actor(self, candidates: list[Mention]) -> bool:
        """The mentions of those that may end up on either side that may be known are
        one actor: one mention, or several with one code where a pronoun stands for
        the other ("Presiden Rusia mengatakan dia ..."), none standing for several
        actors. An event that needs a target, or a mutual act, pairs two known sides,
        and that actor paired with itself is no event (``_EventBuilder._skip_pair``:
        one code at one place, or a pronoun and what it stands for; a role with no
        country, alone, gets the same one on both sides). Only a protester's new code
        could tell the two sides apart: where the sentence has a protest, a mention of
        a protester's role is not lone."""
        known = list({id(x): x for x in candidates if _may_be_known(x) or x.actor.role}.values())
        if not known or any(x.members for x in known):
            return False
        if len(known) > 1 and not all(
                a.actor.code == b.actor.code and not _countryless_role(a) and _same_referent(a, b)
                for a in known for b in known if a is not b):
            return False
        rule = self.transforms.get("protesters")
        roles = {"" if r == "-" else r for r in rule.param("roles")} if self._protest and rule else ()
        return not any(x.actor.role in roles for x in known)

    def _with_parse(self, m: Match, voice: str, src: Side | None, tgt: Side | None,
                    notes: list[str]) -> tuple[Side | None, Side | None]:
        """Sides from the dependency parse, where the pattern did not fix them itself."""
        roles = {e.role for e in m.pattern.elements if hasattr(e, "role")}
        read = self.reader.read(self._voice_head(m), voice)
        notes.extend("parse " + n for n in read.notes)
        if read.source and "$" not in roles and (PARSE_FIRST or src is None):
            src = Side(read.source, "from the parse")
        if read.target and "+" not in roles and (PARSE_FIRST or tgt is None) \
                and not any(self._in_place_phrase(m.last, x.first) or x.first in self._taken_to(m)
                            for x in read.target) \
                and not self._own_pattern_word(m, read.target, src):
            tgt = Side(read.target, "from the parse")
        if src and tgt and src.mentions == tgt.mentions:
            tgt = None
        return src, tgt

    def _own_pattern_word(self, m: Match, target: list[Mention], src: Side | None) -> bool:
        """"TNI menghentikan operasi *militer*": a mention made of the pattern's own
        words that is of the subject's own code is what the act is, not whom it is on."""
        own = {x.actor.code for x in src.mentions} if src is not None else set()
        words = set(m.word_tokens)
        return all(x.first in words and x.last in words and x.actor.code in own for x in target)

    def _taken_to(self, m: Match) -> frozenset[int]:
        """"membawa kasus itu ke pengadilan", "melapor ke polisi": the pattern's words
        after its own preposition are where the act is taken, never whom it is aimed
        at (Indonesian: head-first languages only)."""
        at = next((i for i in m.word_tokens if i > m.anchor and self.toks[i].norm in self.preps), None)
        return frozenset(i for i in m.word_tokens if i > at) if self.head_first and at is not None else frozenset()

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
        # "usulan X ditolak oleh Y": an agent after a verb is that verb's
        # (an apposition may stand before it: "penetapan tersangka X, Komjen Y, oleh KPK")
        agent, _ = self.following(after, markers=self.agent_markers, verbs_end=True, limit=self.max_t + 4)
        marked, _ = self.following(after, markers=self.target_markers)
        # a genitive right after the noun ("serangan Israel") only where the head comes first;
        # "the march backing X": X is the participle's object
        gen = self.following(noun_end, direct=True, limit=4)[0] if self.head_first else None
        if gen is not None and any(x in (src.mentions if src else []) + (tgt.mentions if tgt else [])
                                   for x in gen.mentions):
            gen = None
        poss = self._nominal_possessor(m) or self._pronoun_owner(m)
        against = self._against_modifier(m)
        light = self._light_verb_subject(m, against)
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
        if k < 0 or self.toks[k].norm not in setting or not m.pattern.code.startswith(codes or ("\0",)):
            return None
        found = self.subject(k, exclude_pronouns=True) or self._fronted_clause_subject(m.anchor, openers=setting)
        if found is None or any(x.refers_to is not None for x in found.mentions):
            return None  # a pronoun standing for an earlier actor is too far to tell
        return Side(found.mentions, f"subject of the clause of '{self.toks[k].text} ...'")

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

    def _light_verb_subject(self, m: Match, against: Mention | None) -> Side | None:
        """The subject of a light verb the nominal is the object of ("melakukan
        penangkapan", "held an anti-X parade")."""
        j = m.anchor - 1 if against is None else against.first - 1
        while j >= 0 and against is not None and (self.toks[j].norm == "-"
                                                  or self.toks[j].norm in self.d.words("against_modifiers")):
            j -= 1  # "held an *anti-X* parade"
        while j >= 0 and (self.toks[j].norm in self.skip or self.toks[j].norm in self.nominal_before):
            j -= 1
        for phrase in self.light:
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
        if not self.passive_light:
            return None
        for j in range(noun_end + 1, min(len(self.toks), noun_end + 9)):
            if self._is_break(j) or self.toks[j].norm == ",":
                return None
            if self.toks[j].norm in self.passive_light:
                found, _ = self.following(j, markers=self.agent_markers, direct=False, limit=3)
                if found is None:
                    found, _ = self.following(j, direct=True, limit=3)
                return Side(found.mentions, f"agent of '{self.toks[j].text}' the nominal is the subject of") \
                    if found is not None else None
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
        if j < 1 or self.voice.get(self.toks[j].form) != "active" or j in self.tok_mention:
            return None
        found = self.subject(j)
        if found is None or not all(x.actor.code for x in found.mentions):
            return None
        return Side(found.mentions, f"'-{clitic}' on the nominal: the subject of '{self.toks[j].text}'")

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
            if a is None or self._bare_unsettled(a) or b is not None and self._bare_unsettled(b):
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
        (an attack by a party on a minister is words, 190 -> 111)."""
        rule = self.transforms.get("by-role", c.code)
        against = rule.param("target_roles") if rule is not None else ()
        new = rule.recode(c.code) if rule is not None and a.actor.role in rule.param("roles") and (
            not against or b is not None and b.actor.role in against
            and b.actor.country == a.actor.country != "") else None
        if new is None or not cameo.is_code(new):
            return c, info, notes
        return replace(c, code=new), cameo.info(new), notes + [f"by a {a.actor.role}: {c.code} -> {new}", rule.note]

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
        return bool(heads) and len(x.entries) == 1 and fold(x.entries[0].phrase) in heads \
            and self._defaulted(x)

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
            if m is x or m is besides or m.actor.country != country:
                continue
            if any(e.kind != "role" for e in m.entries) or m.refers_to is not None:
                return False  # "Presiden Joko Widodo", "Indonesia", "Jakarta"
        return not any(p.country == country for p in places(coder.s, coder.d.code, ""))

    def _set_abroad(self, x: Mention, other: Mention | None) -> Mention:
        """A role given the default country with nothing in the text showing it
        ("Di Harare, polisi menangkap ...", a foreign dateline) is of the country
        the sentence is set in: the places it names, or the dateline's, all of one
        other country (CONVENTIONS §4.3: a bare role is of the place of the case).
        Not when that would make it the other side itself."""
        if not self._defaulted(x):
            return x
        coder = self.coder
        # where it happens ("di Harare"), not whence or whither ("dari Vietnam")
        found = {p.country for p in places(coder.s, coder.d.code, "") if p.is_where} - {""}
        if self.dateline.country:
            found.add(self.dateline.country)
        if len(found) != 1:
            return x
        c = found.pop()
        code = c + x.actor.code[len(x.actor.country):]
        if other is not None and other.actor.code == code:
            return x
        return replace(x, actor=replace(x.actor, code=code, country=c))

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
        if rule is None or not c.source:
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
            aside = coder._example_aside(owner) if owner is not None else set()
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
                or a.actor.code == b.actor.code and (a.start == b.start or _same_referent(a, b)
                                                     or self._guessed_self(a, b))
                or _is_media_statement(self.coder, c.code, b)
                or _owned_by_source(self.coder, a, b)
                # "@foreign": only towards another country ("tiba di +": arriving home is no visit)
                or "foreign" in c.match.pattern.flags and a.actor.code[:3] == b.actor.code[:3])

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


def _countryless_role(m: Mention) -> bool:
    """A role with no country ("government", "its consulate", "forces" where nothing
    names whose): who acts is not known, so it is no side of an event (CONVENTIONS
    §4). A language with a default country never has one."""
    a = m.actor
    return a.kind == "role" and not a.country and a.code[:3] == a.role[:3] != ""


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


def _may_be_known(m: Mention) -> bool:
    """A mention that can be a side of an event: it (or an actor it stands for) has a
    code, or it is a name nothing codes (kept with ``keep_unknown``)."""
    return bool(m.actor.code) or any(a.code for a in m.members) or _named(m)


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
