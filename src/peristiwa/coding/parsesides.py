"""When and how the dependency parse fills the sides of a match: whether asking for
the parse (most of the coding time) can give the match an event at all
(``_parse_can_matter``), the sides the parse reads (``_with_parse``, depread.py),
the actor a trigger implies, and the tests of a mention that may be a side which
events.py shares. ``ParseSides`` is a part of ``SideFinder`` (sides.py): its
methods call the finder's own (the purpose clause's subject, the quoted speaker,
the named subject, the opposed actor)."""

from __future__ import annotations

from peristiwa.coding import cameo
from peristiwa.coding.coordination import companions
from peristiwa.coding.nominal import NominalSides
from peristiwa.coding.patterns import Match
from peristiwa.coding.phrases import in_place_phrase
from peristiwa.coding.reading import QUOTES, Side
from peristiwa.records import Actor, Mention

# With the current models (Indonesian LAS ~63-71, English ~80, bench/RESULTS.md)
# the tuned word-order reading is right more often than the parse; the parse
# fills the sides word order leaves open. True = the parse decides.
PARSE_FIRST = False


class ParseSides(NominalSides):
    """The parse's part of the side finder (see the module's docstring)."""

    previous_stater: Mention | None = None  # the sentence before's ``stater`` (pipeline _readings)

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

    def _parse_needed(self, m: Match, code: str, src: Side | None, tgt: Side | None) -> bool:
        """Whether the match asks for the parse on its own (``_parse_asked``); when it does
        not, it still reads the parse a sentence has. A match whose sides word order left
        both open, of a code that needs a target, does not: the tree would have to give
        it both, and in such sentences it gave no event (0 of 229 benchmark sentences that
        asked only for such matches, of 665 that asked at all; 0 of 953 gold texts): a
        third of the words parsed (bench/RESULTS.md, session 24)."""
        if PARSE_FIRST or src is not None or tgt is not None:
            return True
        tf = self.transforms
        return ("notarget" in m.pattern.flags or tf.get("no-target", code) is not None
                or tf.get("place-target", code) is not None)

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
                and not any(in_place_phrase(self, m.last, x.first) or x.first in self._taken_to(m) | companions(self, m)
                            for x in read.target) \
                and not self._own_pattern_word(m, read.target, src):
            tgt = Side(read.target, "from the parse")
        if src and tgt and src.mentions == tgt.mentions:
            tgt = None
        return src, tgt

    def _thing_origin(self, code: str, src: Side | None) -> Side | None:
        """"Pesawat dari Jepang tiba di Jakarta", "Surat dari Presiden AS tiba": an actor
        after a source marker (grammar ``nominal_source_markers``) on a thing that moves
        (``moved_things``, up to two lower-case words before the marker) is where the thing
        comes from; a visit (transform ``visit-place``) is made by people, so that actor is
        no source of it ("Delegasi dari Jepang", a mention, or "rombongan" still are)."""
        if src is None or not src.mentions or self.transforms.get("visit-place", code) is None:
            return src
        markers, things, toks = self.d.words("nominal_source_markers"), self.d.words("moved_things"), self.toks
        for x in src.mentions:
            j = self._before_index(x.first)
            if j is None or toks[j].norm not in markers or not any(
                    toks[k].norm in things and k not in self.tok_mention for k in range(max(0, j - 2), j)):
                return src
        return None

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

    def stater(self) -> Mention | None:
        """Who makes this sentence's statement: the speaker a reporting word names, else
        the one coded subject of a verb of saying (grammar ``statement_verbs``, active)
        that a comma or a ``statement_openers`` word follows within four tokens ("X
        mengatakan, ...", "X menegaskan bahwa ..."). For the sentence after it
        (``continued_stater``)."""
        own = self.own_speaker()
        if own is not None:
            return own if own.actor.code else None
        says, opens = self.d.words("statement_verbs"), self.d.words("statement_openers")
        for i, t in enumerate(self.toks):
            if t.norm in says and self.voice.get(t.form) == "active" \
                    and any(u.norm in opens or u.norm == "," for u in self.toks[i + 1: i + 5]):
                found = self.subject(i)
                named = [x for x in found.mentions if x.actor.code] if found is not None else []
                return named[0] if len(named) == 1 and named[0].actor.kind != "pronoun" else None
        return None

    def continued_stater(self) -> Mention | None:
        """"X mengatakan, ... . Y juga seharusnya ...": a sentence that names no speaker and
        has no reporting word or verb of saying of its own goes on with the statement of
        the sentence right before it; its maker (``stater``, set by the pipeline as
        ``previous_stater``) is this one's."""
        prev = self.previous_stater
        if prev is None:
            return None
        words = self.reporting | self.d.words("statement_verbs")
        if any(t.norm in words or t.norm in QUOTES for t in self.toks):
            return None
        return prev


def _countryless_role(m: Mention) -> bool:
    """A role with no country ("government", "its consulate", "forces" where nothing
    names whose): who acts is not known, so it is no side of an event (CONVENTIONS
    §4). A language with a default country never has one."""
    a = m.actor
    return a.kind == "role" and not a.country and a.code[:3] == a.role[:3] != ""


def _named(m: Mention) -> bool:
    """A person or organisation the recogniser found and nothing could code."""
    return m.actor.kind == "name" and not m.actor.code


def _may_be_known(m: Mention) -> bool:
    """A mention that can be a side of an event: it (or an actor it stands for) has a
    code, or it is a name nothing codes (kept with ``keep_unknown``)."""
    return bool(m.actor.code) or any(a.code for a in m.members) or _named(m)


def _same_referent(a: Mention, b: Mention, person_pronouns: frozenset[str] = frozenset()) -> bool:
    """One side is a pronoun standing for the other ("AS ... pihaknya"). When the
    other side is a named person or organisation that the pronoun does not stand
    for, they are two actors even with one code: "Kami" (a firm's director) cut
    off by Pertamina; so are a pronoun of one person (``person_pronouns``) standing
    for an office holder and another office."""
    pron, other = (a, b) if a.refers_to is not None else (b, a)
    if pron.refers_to is None:
        return False
    if other.actor.kind in ("person", "org") and other.refers_to is None:
        return (pron.actor.name, pron.actor.entity) == (other.actor.name, other.actor.entity)
    if pron.actor.kind in ("role", "org") and other.actor.kind == "role" and other.refers_to is None \
            and pron.text.lower() in person_pronouns:
        # "Gubernur X mengatakan, ia bertemu Menteri Y": the pronoun stands for one office
        # holder, the other side names another office ("Presiden" and "Presiden Joko
        # Widodo" are one: neither opens the other; "Wakil Ketua DPR" is not "Ketua DPR")
        a, b = pron.refers_to.lower(), other.text.lower()
        return a.startswith(b) or b.startswith(a)
    return True
