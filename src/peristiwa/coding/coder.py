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

from dataclasses import dataclass, replace

from peristiwa.coding import allege, attach, bare, cameo, evscore
from peristiwa.coding.modality import CLAUSE_END, REACH, Modality, ModalityReader
from peristiwa.coding.names import named_owner
from peristiwa.coding.patterns import NULL, Match, PatternSet, SlotSpans
from peristiwa.coding.phrases import inside_name
from peristiwa.coding.reading import Side
from peristiwa.coding.sides import SideFinder
from peristiwa.coding.transforms import Transforms, transforms
from peristiwa.lang import LanguageData
from peristiwa.places import gazetteer, places
from peristiwa.records import Mention, Sentence
from peristiwa.text.clauses import Breaks


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
        # words of history before 1800 (grammar ``premodern_words``): see ``_premodern``
        premodern_marks=Breaks.of(data.words("premodern_words")),
    )


class SentenceCoder(SideFinder, ModalityReader):
    """Codes one sentence; built per sentence, cheap."""

    _linked: frozenset[int] = frozenset()  # see _judged_pairs
    _chosen: list[Match] = []  # the matches read as events (see code)
    _protest = True  # some match may be a protest, whose source are protesters (see _lone_actor)
    _planned = None  # what code() reads before the sides (see _plan)
    _alleged: list[Match] = []  # the wrongdoing predicates, coded as a speaker's accusation (see code)
    previous_acts: list[CodedMatch] = []  # the sentence before's coded matches (pipeline _readings)
    evscore_dropped: list[CodedMatch] = []  # the matches the event score dropped (evscore.judge)

    def __init__(self, data: LanguageData, pats: PatternSet, sent: Sentence,
                 mentions: list[Mention], context_country: str = "",
                 previous: Mention | None = None, parse=None,
                 history: list[Mention] | None = None, speaker: Mention | None = None,
                 origins: dict[str, tuple[Mention, int]] | None = None,
                 previous_speaker: Mention | None = None, previous_mentions: list[Mention] | None = None) -> None:
        super().__init__(data, sent, mentions, context_country, previous, parse, history, speaker,
                         previous_speaker, previous_mentions)
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
        self._parse_asks: list[tuple[Match, str]] = []  # what the parse was asked for (_parse_asked)
        self._voices: dict[tuple, str] = {}  # (_voice)
        self.anchors: frozenset[int] = frozenset()  # every match's trigger token (_plan)

    def _voice(self, m: Match) -> str:
        """``SideFinder._voice``, worked out once for each match's words: it reads only
        their tokens and the pattern's ``fronted`` flag, and the sentence's tokens and
        mentions, fixed once the reader is made (never the parse); the coding asks it of
        one match several times (24,000 asks of 3,600 matches on the 320 benchmark articles)."""
        key = (*m.word_tokens, "fronted" in m.pattern.flags)
        voice = self._voices.get(key)
        if voice is None:
            voice = self._voices[key] = super()._voice(m)
        return voice

    def _parse_asked(self, m: Match, voice: str, needed: bool = True) -> bool:
        """Whether the parse is at hand to read match ``m`` as ``voice`` (``_with_parse``),
        asking for it if not yet; each ask is noted for ``parse_changes_nothing``.
        ``needed=False`` (``_parse_needed``): the match reads the parse only when the
        sentence has it (another match asked for it, or it was given), never asks."""
        self._parse_asks.append((m, voice))
        if not needed and callable(self.parse):  # not asked for yet
            return False
        return self.reader is not None

    def parse_changes_nothing(self) -> bool:
        """With a parse given after a reading without one (``use_parse``): whether reading
        again with it codes what the first reading coded. The parse is read only where a
        match asked for it (``_sides``: ``_with_parse``), and a tree that gives none of
        those matches a source or a target (nor, then, a note) leaves each of them the
        sides it had; every step of the reading before and after is the same, so
        the same matches ask again, and the reading is the same."""
        reader = self.reader
        if reader is None:
            return False
        for m, voice in self._parse_asks:
            read = reader.read(self._voice_head(m), voice)
            if read.source or read.target or read.notes:
                return False
        return True

    def code(self) -> list[CodedMatch]:
        """The sentence's pattern matches that are events, with their sides. What
        precedes the sides (the matches chosen and their modality) does not depend on
        the parse: read again with one (``use_parse``), the sentence keeps it."""
        if self._premodern():
            return []
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
            elif src is None and tgt is not None and tgt.mentions and self._voice(m) == "nominal":
                src = named_owner(self, m, tgt)  # "kritik Budi terhadap KPK"
            if (tgt is None or not tgt.mentions) and src is not None and src.mentions:
                tgt = self._unnamed_person(m, mod.code, src, False) or tgt  # "Polisi menangkap dua pria"
            elif (src is None or not src.mentions) and tgt is not None and tgt.mentions:
                src = self._unnamed_person(m, mod.code, tgt, True) or src  # "Seorang pria menusuk X"
            if tgt is None and (mod.kind == "threat" or mod.code.startswith("13")):
                tgt = self._condition_subject(m)
            if self._compared_target(m, tgt):
                tgt = None  # "X mendorong amandemen itu berbeda dengan Jokowi": Jokowi is compared
            if "quote" in m.pattern.flags and self._general_public(tgt):
                continue  # "X: wisatawan harus ...": a rule stated for everyone, no act addressed
            out.append(CodedMatch(m, mod.code, src, tgt, mod.notes + side_notes))
        out = self._in_protest(self._judged_acts(self._results_of_nominals(self._answers(self._coordinated_partner(self._acts_acted_on(out))))))
        out = attach.fill(self, out)  # sides the rules left unknown, by the learned model (attach.py)
        out = allege.allegations(self, self._alleged, out, scopes)  # wrongs a speaker states
        return evscore.judge(self, out)  # matches the learned event score finds no event (evscore.py)

    def _plan(self) -> tuple[list[tuple[Match, Modality]], set[int], list[int]]:
        """The matches chosen with their modality, the modal words' tokens, and the
        anchors of the matches that scope over what follows them."""
        slots = self.slot_map()
        # the places a slot may take, found only if a slot looks where one may begin
        spans = SlotSpans(slots, self._place_may_start, lambda: self._place_slots(slots))
        # bare verbs standing as predicates are matched as verbs (coding/bare.py)
        found = self.pats.match(bare.match_tokens(self), spans, self.hard, self.skip)
        self.places = spans.extra or {}
        self.anchors = frozenset(m.anchor for m in found)
        matches = [m for m in found
                   if not self._trigger_in_name(m) and not self._wrong_place(m) and self._clause_slot_fits(m)
                   and not self._marker_in_statement(m) and not self._topic_in_gap(m)]
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

    def _premodern(self) -> bool:
        """The sentence tells history before 1800: it has a word or phrase only such
        history has (grammar ``premodern_words``: an ancient people or empire, the
        conquistadors, the Middle Ages). Ancient and medieval polities have no CAMEO
        actor codes, so it codes no event (CONVENTIONS §1.11)."""
        marks = self.premodern_marks
        firsts, toks = marks.firsts, self.toks  # (most tokens open no phrase: one look-up each)
        return bool(marks.phrases) and any(marks.at(toks, i) for i, t in enumerate(toks) if t.norm in firsts)

    def _compared_target(self, m: Match, side: Side | None) -> bool:
        """Every target mention stands right after a phrase of difference (grammar
        ``difference_before``: "berbeda dengan", "lain dengan") that is not the pattern's
        own: the actor is what the subject is compared with, no side of its act."""
        if side is None or not side.mentions:
            return False
        phrases = [p.split() for p in self.d.words("difference_before")]
        own = set(m.word_tokens)

        def compared(first: int) -> bool:
            return any(first >= len(p) and [t.norm for t in self.toks[first - len(p):first]] == p
                       and not own & set(range(first - len(p), first)) for p in phrases)
        return all(compared(x.first) for x in side.mentions)

    @staticmethod
    def _general_public(side: Side | None) -> bool:
        """A side that is only the general public: role words of private persons
        (``CVL``: "masyarakat", "warga Y", "wisatawan", "penumpang") with no name of a
        person or body. What a speaker says such people must or should do ("Menteri:
        wisatawan harus membawa surat sehat") is a rule stated for everyone, not an act
        addressed to an actor (CONVENTIONS §2.3); an appeal made to them with a verb
        ("mengimbau masyarakat agar") is not affected."""
        return side is not None and bool(side.mentions) and all(
            m.actor.kind == "role" and m.actor.role == "CVL"
            and all(e.kind in ("role", "country", "demonym", "region", "place") for e in m.entries)
            for m in side.mentions)

    def _marker_in_statement(self, m: Match) -> bool:
        """"X menjelaskan, atasannya marah kepada Y": a verb of saying (grammar
        ``statement_verbs``) and a comma right after it open what is said; a marker of
        the pattern's target past that comma ("kepada", "dengan": ``statement_markers``)
        is of the clause said, not the addressee of the verb of saying."""
        a = m.anchor
        if a + 1 >= len(self.toks) or self.toks[a + 1].norm != "," \
                or self.toks[a].norm not in self.d.words("statement_verbs"):
            return False
        markers = self.d.words("statement_markers")
        return any(i > a + 1 and self.toks[i].norm in markers for i in m.word_tokens)

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
        return inside_name(self, m.anchor)

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

    def _place_may_start(self, k: int) -> bool:
        """A place of ``_place_slots`` may begin at token ``k``: a place's first word is
        capitalised (``places``), and the first token of its span is that word's, or the
        next one when it begins inside the token before (after invisible characters, or
        a capitalised word inside it)."""
        toks = self.toks
        if k >= len(toks):
            return False
        if toks[k].text[:1].isupper():
            return True
        before = toks[k - 1].text if k > 0 else ""
        return not before.isascii() or before != before.lower()

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
                           m.anchor, -self._verb_slots(m),  # "bertemu +" over "bertemu"
                           m.pattern.code != NULL),
        )
        taken: dict[int, list[Match]] = {}
        spans: list[tuple[int, int]] = []
        out = []
        for m in ranked:
            content = {i for i in m.word_tokens if self.toks[i].norm not in self.preps}
            content.add(m.anchor)
            if any(not self._acted_on(o, m) and not _beside(o, m) for i in content for o in taken.get(i, ())):
                continue
            if self.gap_owned and any(a < m.anchor and m.last < b for a, b in spans):
                continue  # "launched three *rockets* at": words in a pattern's gap are its own
            for i in content:
                taken.setdefault(i, []).append(m)
            spans.append((m.anchor, m.last))
            out.append(m)
        return sorted(out, key=lambda m: m.anchor)

    def _verb_slots(self, m: Match) -> int:
        """The slots of a one-word match whose trigger is a verb that open right after
        it ("bertemu +": the side it places right after the verb), to rank it before
        the same word with none. Not a slot past other words ("bertemu Sukardi di
        Istana": a name no mention covers is passed over), nor after a noun of the
        pattern ("menolak ... permintaan +" is no better than "menolak permintaan"),
        nor a noun's ("pertemuan +" may take its genitive, no party of its own)."""
        if len(m.word_tokens) != 1 or self.voice.get(self.toks[m.anchor].form) not in ("active", "passive"):
            return 0
        return sum(1 for a, _ in m.slots.values() if a == m.anchor + 1)

    def _acts_acted_on(self, out: list[CodedMatch]) -> list[CodedMatch]:
        """"Polisi membubarkan unjuk rasa mahasiswa": the act acted on (transform
        ``acted-on``) is its doers', never the acting one's: with the acting match's
        source for its own, it takes that match's target (those dispersed), or is dropped."""
        for x in list(out):
            rule = self.transforms.get("acted-on", x.code)
            if rule is None or x.source is None:
                continue
            words = set(x.match.word_tokens)
            for y in [y for y in out if y is not x and y.code.startswith(rule.param("acts"))
                      and words & set(y.match.word_tokens)]:
                if y.source is None or not {id(m.actor) for m in y.source.mentions} \
                        <= {id(m.actor) for m in x.source.mentions}:
                    continue
                if x.target is None or not x.target.mentions:
                    out.remove(y)
                    continue
                out[out.index(y)] = replace(y, source=x.target, notes=y.notes + [
                    f"source: those the '{self.toks[x.match.anchor].text}' acts on (acted-on)"])
        return out

    def _coordinated_partner(self, out: list[CodedMatch]) -> list[CodedMatch]:
        """"X bertemu Y dan menandatangani nota kesepahaman": a mutual act (data/reciprocal.txt)
        with no target, in a verb joined (grammar ``verb_coordinators``) to an earlier cooperative act
        (CAMEO QuadClass 1, 2) of the same source with no other actor or clause break between, is done
        with that act's target: not with one arrested ("menangkap X dan berkoordinasi ...")."""
        for k, y in enumerate(out):
            if y.target is not None and y.target.mentions or y.source is None or not y.source.mentions \
                    or not (cameo.reciprocal(y.code) or cameo.reciprocal(y.match.pattern.code)):
                continue
            a = y.match.anchor
            x = max((x for x in out if x.match.last < a and x.target is not None and x.target.mentions
                     and cameo.info(x.code).quad_class in (1, 2)
                     and x.source is not None and _same_actors(x.source, y.source)),
                    key=lambda x: x.match.last, default=None)
            if x is None or not self._joined_verbs(x, y):
                continue
            out[k] = replace(y, target=x.target, notes=y.notes + [
                f"target: the partner of '{self.toks[x.match.anchor].text}', the verb joined before it"])
        return out

    def _joined_verbs(self, x: CodedMatch, y: CodedMatch) -> bool:
        """Only the earlier act's target, places and a verb coordinator stand between the two."""
        a, b = x.match.last, y.match.anchor
        own = {id(m) for m in x.target.mentions} if x.target else set()
        if any(m.first > a and m.last < b and id(m) not in own for m in self.mentions):
            return False
        joins = self.d.words("verb_coordinators")
        end = max([a] + [m.last for m in x.target.mentions if m.last < b] if x.target else [a])
        between = [self.toks[k].norm for k in range(end + 1, b)]  # after the target: not its list
        return any(n in joins for n in between) and not any(
            self._is_break(k) and self.toks[k].norm not in joins for k in range(a + 1, b))

    def _acted_on(self, a: Match, b: Match) -> bool:
        """Two matches that may share words: one acts on the other's act, which happened
        (transform ``acted-on``: "membubarkan unjuk rasa" is a dispersal and a protest)."""
        for x, y in ((a, b), (b, a)):
            rule = self.transforms.get("acted-on", x.pattern.code)
            if rule is not None and y.pattern.code.startswith(rule.param("acts")) \
                    and not x.pattern.code.startswith(rule.param("acts")):
                return True
        return False


def _beside(a: Match, b: Match) -> bool:
    """A match flagged ``@beside`` is coded beside one of another root at the same words: a
    statement made during a hearing ("kata X dalam rapat kerja dengan +", 010) and the hearing
    itself (040)."""
    return ("beside" in a.pattern.flags or "beside" in b.pattern.flags) and a.pattern.code[:2] != b.pattern.code[:2]


def _same_actors(a: Side, b: Side) -> bool:
    return {id(m.actor) for m in a.mentions} == {id(m.actor) for m in b.mentions}
