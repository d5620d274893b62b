"""Sides named by people: a person named without a role, the subject of a verb of
saying, the speaker of a quote.

A person named alone ("Andi berharap Presiden ...") is a side by CONVENTIONS §7.7 (the bare
country); a statement's source is the one who says it, before the verb of saying or after
the quote (", kata X"); a verb in a quote with no subject of its own is the speaker's.
``StatementSides`` is a part of ``SideFinder`` (sides.py), and so of ``SentenceCoder``."""

from __future__ import annotations

from dataclasses import replace

from peristiwa.actors.lexicon import lower_case_only
from peristiwa.coding import allege
from peristiwa.coding.names import lower_name_word, opening_time, time_before
from peristiwa.coding.parsesides import ParseSides
from peristiwa.coding.patterns import Match
from peristiwa.coding.reading import QUOTES, SOFT, Side
from peristiwa.coding.speakers import bare_name
from peristiwa.places import gazetteer
from peristiwa.records import Actor, Mention
from peristiwa.text.stems import ordinary_words


class StatementSides(ParseSides):
    """People as sides (see the module's docstring)."""

    def _named_subject(self, m: Match, tgt: Side) -> Side | None:
        """"Ke depannya, Nurul berharap Jokowi ...": a person named without a role right
        before an active verb that found no coded subject, opening its clause (the
        sentence's start, a comma or a clause break; only auxiliaries between): see
        ``_role_less_person``."""
        toks, aux = self.toks, self.d.words("auxiliaries") | self.d.words("subject_emphasis")
        end = m.anchor - 1
        while end >= 0 and end not in self.tok_mention and toks[end].norm in aux:
            end -= 1
        if (timed := time_before(self, end)) != end:  # "Waryono, Senin (3/2), mengkritik", "Waryono (45) ditangkap"
            end = timed
        elif end > 0 and toks[end].norm == ",":  # "Waryono, yang pernah menjabat bupati, mengkritik"
            end = self._aside_start(end)
        spans = self._named_group(end)
        if not spans:
            return None
        names = []
        for a, b in spans:
            text = self.s.text[toks[a].start - self.s.start: toks[b].end - self.s.start]
            names.append(Mention(a, b, toks[a].start, toks[b].end, text, Actor(code="", name=text, kind="person")))
        if len(names) > 1 and any(self._thing_named(x) for x in names):
            return None  # "Jalan Sudirman dan ...": a place or a thing
        sides = [self._role_less_person(x, tgt, "before the verb") for x in names]
        if any(x is None for x in sides):
            return None
        return Side([x for sd in sides for x in sd.mentions], sides[0].note)

    def _name_run(self, end: int) -> int:
        """The token before the run of up to four capitalised words (in lower-case text, words
        that may be a name) that ends at ``end`` and is no mention; ``end`` when there is none."""
        toks = self.toks
        stop = self.d.words("time_words") | self.preps | self.skip | self.d.words("pronouns") | self.d.words("clause_breaks")
        lower = lower_case_only(self.s.text)  # "waryono mengkritik kpk": a name that lost its capitals
        k = end
        while k >= 0 and end - k < 4 and k not in self.tok_mention and toks[k].text.isalpha() \
                and (toks[k].text[:1].isupper() and toks[k].text[1:2].islower()
                     or lower and lower_name_word(self.d, toks[k])) and toks[k].norm not in stop:
            k -= 1
        return k

    def _named_group(self, end: int) -> list[tuple[int, int]]:
        """The spans of the names of people that end at ``end`` and open their clause (the
        sentence's start, a comma or a clause break, an opening time adverbial): one name
        ("Waryono ditangkap"), or several joined by coordinators (grammar ``coordinators``:
        "Waryono dan Sutarno ditangkap"; a comma alone opens a clause: "A, B, dan C" gives
        B and C). None when no such run does."""
        toks, coords = self.toks, self.d.words("coordinators")
        spans: list[tuple[int, int]] = []
        while len(spans) < 6:
            k = self._name_run(end)
            if k == end:
                return []
            spans.insert(0, (k + 1, end))
            if k < 0 or toks[k].norm == "," or self._is_break(k) or toks[k].norm in self.soft_breaks \
                    or opening_time(self, k):
                return spans
            if k < 1 or toks[k].norm not in coords:
                return []
            end = k - 2 if k > 1 and toks[k - 1].norm == "," else k - 1  # "A, B, dan C"
        return []

    def _aside_start(self, comma: int) -> int:
        """The token before the comma opening an aside that ends at ``comma``: a relative
        clause or a reporting phrase ("X, yang ..., mengkritik", "X, kata dia, ..."), of
        up to ten tokens with no actor, clause break or other comma; -1 if there is none."""
        opens = self.d.words("relative") | self.d.words("reporting")
        for j in range(comma - 2, max(-1, comma - 12), -1):
            if j in self.tok_mention or self._is_break(j):
                return -1
            if self.toks[j].norm == ",":
                return j - 1 if self.toks[j + 1].norm in opens else -1
        return -1

    def _named_object(self, m: Match, src: Side) -> Side | None:
        """"KPK menetapkan Waryono sebagai tersangka", "Polisi menangkap Andi di Bekasi": a
        person named without a role right after the active verb (or after the pattern's
        words), then a comma, a preposition or the end, is its object: see
        ``_role_less_person``, with the source standing for the other side."""
        spots = [m.anchor + 1, m.last + 1]
        if m.last + 2 < len(self.toks) and self.toks[m.last + 1].norm in self.d.words("claim_nouns"):
            spots.append(m.last + 2)  # "membantah penilaian Nurul": the claim's maker
        # "menuduh Nur menerbitkan ...", "meminta Budi mundur", "mendesak Budi agar ...": after a
        # verb of asking or accusing (grammar ``directives``, ``object_control``) the name the
        # clause of what is asked or alleged opens with is its object
        control = self.toks[m.anchor].norm in self.d.words("directives") | self.d.words("object_control")
        then = (lambda k: self.is_verb(k) or self.toks[k].norm in self.d.words("complementizers")
                or self.toks[k].norm in self.d.words("purpose")) if control else None
        at = {t: x for x in self.mentions for t in range(x.first, x.last + 1)}
        coords = self.d.words("coordinators")

        def listed(k: int) -> bool:  # "menangkap Haryanto dan Wiryawan di ...": another name
            return self.toks[k].norm in coords and self._unknown_name_at(k + 1) \
                and bare_name(self.d, self.s, k + 1, at, "?", lower=True) is not None

        for j in dict.fromkeys(spots):
            if self._unknown_name_at(j):
                first = then if j == m.anchor + 1 else None
                name = bare_name(self.d, self.s, j, at, "?", lambda k, first=first: bool(first and first(k)) or listed(k),
                                 lower=True)
                names = [name] if name is not None else []
                while names and names[-1].last + 2 < len(self.toks) and listed(names[-1].last + 1):
                    names.append(bare_name(self.d, self.s, names[-1].last + 2, at, "?", lower=True))
                if any(self._thing_named(x) for x in names):
                    return None  # "memblokade Jalan Sudirman", "transfer Dana Desa": a place or a thing
                sides = [self._role_less_person(x, src, "after the verb") for x in names] or [None]
                if any(x is None for x in sides):
                    return None
                return Side([x for sd in sides for x in sd.mentions], sides[0].note)
        return None

    def _unnamed_person(self, m: Match, code: str, other: Side, agent: bool) -> Side | None:
        """"Polisi menangkap dua pria di Bekasi", "Seorang pemuda diamankan polisi": people
        an authority (the roles of transform ``unnamed-patient``) arrests or detains, named
        by a noun of a private person only (grammar ``private_person_nouns``, after a
        quantifier: ``mention_skip``, ``person_quantifiers``, a number), are persons whose
        affiliation is unknowable but whose country is clear: the bare country of the
        authority (CONVENTIONS §4: "Polisi menangkap dua tersangka" is IDN). So are such
        people attacking an authority (``agent``, transform ``unnamed-agent``: "Seorang pria
        menusuk Menteri X", CONVENTIONS §4: unidentified attackers are the bare country).
        The phrase is the active verb's subject right before it (auxiliaries and a
        demonstrative aside) or its object right after its words; the passive's the other
        way round (its agent after "oleh")."""
        rule = self.transforms.get("unnamed-agent" if agent else "unnamed-patient", code)
        voice = self._voice(m)
        if rule is None or voice not in ("active", "passive"):
            return None
        countries = {x.actor.country for x in other.mentions}
        if len(countries) != 1 or any(x.actor.role not in rule.param("roles") for x in other.mentions):
            return None
        country = countries.pop()
        if (voice == "active") == agent:
            span = self._person_before(m.anchor - 1)
        else:
            k = m.last + 1
            span = self._person_after(k + 1 if agent and k < len(self.toks)
                                      and self.toks[k].norm in self.d.words("agent_markers") else k)
        if len(country) != 3 or span is None:
            return None
        first, last = self.toks[span[0]], self.toks[span[1]]
        text = self.s.text[first.start - self.s.start: last.end - self.s.start]
        actor = Actor(code=country, name=text, country=country, kind="country")
        role = other.mentions[0].actor.role
        return Side([Mention(span[0], span[1], first.start, last.end, text, actor, notes=(rule.note,))],
                    f"a private person {'acting on' if agent else 'acted on by'} the {role}, of its country")

    def _person_quantifier(self, k: int) -> bool:
        t = self.toks[k]
        return t.norm in self.skip or t.norm in self.d.words("person_quantifiers") or t.norm.isdigit()

    def _person_after(self, j: int) -> tuple[int, int] | None:
        """The span of a quantified private person's noun opening at ``j`` ("dua pria")."""
        k = j
        while k < len(self.toks) and k - j < 3 and k not in self.tok_mention and self._person_quantifier(k):
            k += 1
        nouns = self.d.words("private_person_nouns")
        if k >= len(self.toks) or k in self.tok_mention or self.toks[k].norm not in nouns:
            return None
        while k + 1 < len(self.toks) and k + 1 not in self.tok_mention and self.toks[k + 1].norm in nouns:
            k += 1  # "sepasang suami istri"
        return j, k

    def _person_before(self, j: int) -> tuple[int, int] | None:
        """The span of a quantified private person's noun ending before token ``j`` and
        the auxiliaries before it ("Dua pria itu telah | ditangkap")."""
        skipped = self.d.words("auxiliaries") | self.d.words("demonstratives")
        while j >= 0 and j not in self.tok_mention and self.toks[j].norm in skipped:
            j -= 1
        nouns = self.d.words("private_person_nouns")
        if j < 0 or j in self.tok_mention or self.toks[j].norm not in nouns:
            return None
        k = j
        while k > 0 and k - 1 not in self.tok_mention and (self.toks[k - 1].norm in nouns or self._person_quantifier(k - 1)):
            k -= 1
        return k, j

    def _thing_named(self, name: Mention) -> bool:
        """A capitalised run that opens with a word of the language, or has only such words."""
        common = ordinary_words(self.d)  # "Budi Wiratmoko": a given name opens no thing
        words = self.toks[name.first: name.last + 1]
        return bool(words) and (words[0].norm in common and len(words) > 1
                                or all(t.norm in common or t.stem in common for t in words))

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
        common = ordinary_words(self.d) if opening and name.first == name.last else ()
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
        if lower_case_only(self.s.text):  # "kpk menetapkan waryono sebagai tersangka"
            return lower_name_word(self.d, t)
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
        sp = self.own_speaker() or self._stating_subject(m) or self.continued_stater()
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
