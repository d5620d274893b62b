"""Reading a sentence by word order: what the coder knows of its structure.

``SentenceReader`` holds a sentence's tokens and actor mentions and answers
the questions the coder asks of it without a parse: which mentions are
coordinated ("Rusia dan Turki"), what a pronoun stands for, which actor is
the subject of the predicate at a token (walking left over objects,
prepositional phrases, parentheses and "X, yang ..." relatives), and which
actor follows a token (after a marker such as "kepada", or as a direct
object). Every language-specific word comes from ``grammar.toml``.

Parts of the reading are modules of their own, functions that take the reader as
their first argument: ``groups.py`` (which mentions are coordinated, when the
reader is made), ``referring.py`` (whom its pronouns stand for, then),
``phrases.py`` (place phrases, object genitives, trigger words inside a name),
``pronouns.py``, ``coordination.py``, ``names.py``, ``bare.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from peristiwa.coding.coordination import companion_aside
from peristiwa.coding.depread import DepReader
from peristiwa.coding.groups import coordinated_groups
from peristiwa.coding.phrases import in_place_phrase, object_genitive, same_phrase
from peristiwa.coding.referring import resolve_pronouns
from peristiwa.coding.speakers import QUOTES, speaker_of
from peristiwa.lang import LanguageData
from peristiwa.records import Mention, Sentence, Token

HARD_BREAKS_EXTRA = frozenset({";", ":", ".", "!", "?"})
_NUMBER = re.compile(r"\d[\d.,]*")
SOFT = frozenset({",", "–", "-", "—"})


@dataclass
class Side:
    """One side of an event (its source or its target): the mentions that fill it
    (coordinated actors are several; none when the side is known to be no coded
    actor) and how it was found, for ``why``."""

    mentions: list[Mention]
    note: str


def _reader_words(data: LanguageData) -> dict:
    """What every ``SentenceReader`` of a language reads of its grammar: its word
    sets and settings, as the reader's attributes."""
    w = data.words
    hard = w("hard_breaks") | HARD_BREAKS_EXTRA
    return dict(
        hard=hard,
        soft_breaks=w("clause_breaks") - hard,
        # words that open a clause with a subject of its own ("after mobs looted ...")
        subordinators=w("subordinators"),
        # "Usai bertemu X, Y ...": a clause they open at the start of the sentence, with
        # no subject of its own, shares the main clause's (the mention after its comma)
        fronted_subordinators=w("fronted_subordinators"),
        gerund_endings=tuple(data.setting("gerund_endings", [])) or ("\0",),
        preps=w("prepositions"),
        target_markers=w("target_markers"),
        agent_markers=w("agent_markers"),
        # a reduplicated plural of one of them too ("kelompok-kelompok pemberontak")
        skip=w("mention_skip") | {f"{x}-{x}" for x in w("mention_skip")},
        coord=w("coordinators"),
        # "perang Iran-Irak", "US-China talks": a hyphen between two actors pairs them
        pair_joiners=w("pair_joiners"),
        # "antara X *dengan* Y": a word that joins the parties after a between marker
        between_coord=w("between_coordinators"),
        aux=w("auxiliaries"),
        # what may stand between a subject and its verb: "X *tidak akan* menyerang"
        modal=w("auxiliaries") | w("negators") | w("future"),
        relative=w("relative"),
        reporting=w("reporting"),
        speaker_first=w("reporting_after_speaker"),
        bare_verbs=w("bare_verbs"),
        light=w("light_verbs"),
        # "Protes itu *disampaikan* X kepada Y": the passive of a light verb after a
        # nominal; the agent after it is the nominal's actor
        passive_light=w("passive_light_verbs"),
        nominal_before=w("nominal_before"),
        passive_aux=w("passive_auxiliaries"),
        media=w("media_words"),
        purpose=w("purpose"),
        verb_coord=w("verb_coordinators"),
        voice=data.grammar.get("voice", {}),
        genitive_target_forms=frozenset(data.setting("genitive_target_forms", [])),
        max_t=int(data.setting("max_target_distance", 10)),
        max_s=int(data.setting("max_source_distance", 30)),
    )


class SentenceReader:
    """One sentence with its mentions, read by word order (and by its parse, if any)."""

    def __init__(self, data: LanguageData, sent: Sentence,
                 mentions: list[Mention], context_country: str = "",
                 previous: Mention | None = None, parse=None,
                 history: list[Mention] | None = None, speaker: Mention | None = None,
                 previous_speaker: Mention | None = None, previous_mentions: list[Mention] | None = None) -> None:
        # ``previous_mentions``: the mentions of the sentence before (pronouns.py)
        self.previous_mentions = previous_mentions or []
        # ``previous_speaker``: whom the sentence before named as its speaker ("..., kata
        # X."): what "Ia ..." opening this one means first
        self.previous_speaker = previous_speaker
        # ``history``: the coded mentions of the article's earlier sentences;
        # ``speaker``: who speaks here when the sentence does not say (a quotation
        # attributed in the next sentence, or by the one before)
        self.history = history or []
        self.known_speaker = speaker
        # ``parse``: a Parse, or a function returning one (parsed only when a
        # pattern matched and its sides are asked for: most sentences never are)
        self.context_country = context_country
        self.parse = parse
        self.previous = previous  # the subject of the sentence before, for "Mereka ..."
        self.d = data
        self.s = sent
        self.toks: list[Token] = sent.tokens
        self.mentions = sorted((m for m in mentions if not self._named_as(m)), key=lambda m: m.first)
        # the language's word sets and settings, worked out once per language
        shared = data.__dict__.get("_reader_words")
        if shared is None:
            shared = data.__dict__["_reader_words"] = _reader_words(data)
        self.__dict__.update(shared)
        self.tok_mention: dict[int, int] = {}
        for k, m in enumerate(self.mentions):
            for t in range(m.first, m.last + 1):
                self.tok_mention[t] = k
        self._phrase_words(data)
        self.groups = coordinated_groups(self)
        self._appositions()
        resolve_pronouns(self)
        self._reader = None

    def _named_as(self, m: Mention) -> bool:
        """A mention right after "sebagai"/"selaku" (grammar ``predicate_markers``, past
        a word of ``predicate_skip``) names what the actor before it is or becomes
        ("menetapkan X sebagai tersangka"): no actor of the sentence."""
        markers = self.d.words("predicate_markers")
        k = m.first - 1
        if k >= 0 and self.toks[k].norm in self.d.words("predicate_skip"):
            k -= 1
        return bool(markers) and k >= 0 and self.toks[k].norm in markers

    def _phrase_words(self, data: LanguageData) -> None:
        """The words that tell a noun phrase's parts (grammar settings of session 9),
        worked out once per language."""
        shared = data.__dict__.get("_phrase_words")
        if shared is None:
            w = data.words
            shared = data.__dict__["_phrase_words"] = dict(
                # "Kenya and the troubled Somalia": words a conjunct may have before it
                premodifiers=bool(data.setting("conjunct_premodifiers", False)),
                # "shelled positions of X": the object's genitive is the one acted on
                object_genitive=w("object_genitive"),
                not_modifier=(self.preps | self.hard | self.soft_breaks | self.modal | self.relative
                              | self.reporting | self.bare_verbs | w("clause_verbs") | self.coord
                              | w("pronouns") | w("possessive_pronouns") | self.subordinators),
                verb_endings=(*data.setting("participle_endings", []), *data.setting("gerund_endings", []))
                or ("\0",),
                determiners=w("nominal_before"),
            )
        self.__dict__.update(shared)

    @property
    def reader(self) -> DepReader | None:
        if self._reader is None and self.parse is not None:
            tree = self.parse() if callable(self.parse) else self.parse
            self.parse = tree
            self._reader = DepReader(self, tree) if tree is not None else False
        return self._reader or None

    def use_parse(self, tree) -> None:
        """Read this sentence with ``tree`` from now on (a parse made in a batch)."""
        self.parse = tree
        self._reader = None

    # -- structure ---------------------------------------------------------------

    def _appositions(self) -> None:
        """"Menteri Pertahanan, Budi Santoso, bertemu ...": a name between commas after
        a role names the role's holder; coded with no role of its own (a bare
        country), it takes the role's actor. A bare name the knowledge base knows in
        another office of the same country takes the role the text gives too: the
        most specific current role in the text (CONVENTIONS §4.1)."""
        for k in range(1, len(self.mentions)):
            a, b = self.mentions[k - 1], self.mentions[k]
            if (self.group_of[k] is self.group_of[k - 1] or a.actor.kind != "role" or not a.actor.role
                    or b.actor.kind not in ("person", "name")
                    or b.actor.role and any(e.kind != "person" for e in b.entries)
                    or b.actor.country not in ("", a.actor.country)
                    or b.actor.role and b.actor.code.startswith(a.actor.code)):  # USAGOVMIL: more specific
                continue
            between = [t.norm for t in self.toks[a.last + 1: b.first]]
            if between != [","] or b.last + 1 >= len(self.toks) or self.toks[b.last + 1].norm != ",":
                continue
            actor = replace(a.actor, name=b.actor.name, entity=b.actor.entity) if b.actor.entity else a.actor
            self.mentions[k] = Mention(b.first, b.last, b.start, b.end, b.text, actor, b.notes,
                                       entries=b.entries, refers_to=a.text, refers_how="(apposition)")

    def slot_map(self) -> dict[int, tuple[int, int]]:
        out = {}
        for k, m in enumerate(self.mentions):
            g = self.group_of[k]
            if g[0] == k:
                out[m.first] = (m.first, self.mentions[g[-1]].last)
            else:
                out[m.first] = (m.first, m.last)
        return out

    def _bracketed_list(self, a: int, b: int) -> list[Mention] | None:
        """The mentions of a bracket from token ``a`` to ``b`` when it holds nothing but
        a list of two or more coordinated actors ("(Jerman, Prancis, dan Inggris)")."""
        inside = [k for k in range(len(self.mentions)) if a < self.mentions[k].first and self.mentions[k].last < b]
        if not inside or len(self.group_of[inside[0]]) < 2 or self.group_of[inside[0]] != inside:
            return None
        taken = {x for k in inside for x in range(self.mentions[k].first, self.mentions[k].last + 1)}
        if any(x not in taken and self.toks[x].norm not in self.coord and self.toks[x].norm not in self.skip
               for x in range(a + 1, b)):
            return None
        return [self.mentions[k] for k in inside]

    def own_speaker(self) -> Mention | None:
        """The speaker this sentence names with a reporting word, if any (as the
        pipeline resolved it, when it did)."""
        if not hasattr(self, "_own_speaker"):
            own = speaker_of(self.d, self.s, self.mentions, self.context_country)
            known = self.known_speaker
            if own is not None and known is not None and known.start == own.start:
                own = known
            self._own_speaker = own
        return self._own_speaker

    def _verb_between(self, a: int, b: int) -> bool:
        """A verb of its own stands between tokens ``a`` and ``b`` (exclusive)."""
        return any(self.is_verb(k) for k in range(a + 1, b) if k not in self.tok_mention)

    def _opens(self, m: Mention) -> bool:
        bt = self._before_index(m.first)
        return bt is None or self._opens_clause(bt)

    def main_subject(self) -> Mention | None:
        """The first mention that opens its clause: what "ia"/"mereka" in the next sentence
        means; with the actors of its coordination as members ("Mesir dan Yordania ...")."""
        for k, m in enumerate(self.mentions):
            if m.actor.code and self._opens(m) and m.actor.kind != "implicit":
                members = tuple(x.actor for x in self._group_mentions(k) if x.actor.code and not x.members)
                return replace(m, members=members) if len(members) > 1 and not m.members else m
        return None

    def is_verb(self, j: int) -> bool:
        t = self.toks[j]
        if t.norm in self.bare_verbs:
            return True
        v = self.voice.get(t.form)
        return v in ("active", "passive") and t.form in ("active", "passive")

    def genitive_is_target(self, i: int) -> bool:
        """The genitive after the nominal at token ``i`` is the one acted on, not the
        actor (grammar ``genitive_target_forms``: "penangkapan jurnalis")."""
        return self.toks[i].form in self.genitive_target_forms

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

    def _exemplified(self, i: int) -> Side | None:
        """"Sejumlah partai, seperti PDIP dan Golkar, menolak ...": actors listed between
        commas after a word of example (grammar ``exemplifiers``), right before the
        predicate, are who act for the noun they exemplify."""
        toks = self.toks
        k = i - 1
        while k >= 0 and (toks[k].norm in self.modal or toks[k].norm in self.aux):
            k -= 1
        if k < 3 or toks[k].norm != ",":
            return None
        opening = next((c for c in range(k - 1, max(-1, k - 16), -1) if toks[c].norm == ","), None)
        if opening is None:
            return None
        words = self.d.words("exemplifiers")
        n = next((n for n in (2, 1) if " ".join(t.norm for t in toks[opening + 1: opening + 1 + n]) in words), 0)
        if not n:
            return None
        listed, j = [], opening + 1 + n
        while j < k:
            if j in self.tok_mention:
                m = self.mentions[self.tok_mention[j]]
                listed.append(m)
                j = m.last + 1
            elif toks[j].norm in self.coord:
                j += 1
            else:
                return None
        head = self.tok_mention.get(opening - 1)
        role = self.mentions[head].actor.role if head is not None else ""
        if role:  # "Pemerintah Barat, termasuk X dan Y,": the states listed are governments
            listed = [Mention(m.first, m.last, m.start, m.end, m.text,
                              replace(m.actor, code=m.actor.country + role, role=role), m.notes,
                              entries=m.entries, refers_to=m.refers_to, refers_how=m.refers_how)
                      if m.actor.kind == "country" and m.actor.code == m.actor.country else m for m in listed]
        return Side(listed, "subject: the actors listed as examples") if listed else None

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
            elif self._one_of(j):
                j -= 1  # "salah satu anggota DPR", "salah seorang warga": "one of" the phrase
            else:
                break
        return j if j >= 0 else None

    def _one_of(self, j: int) -> bool:
        """Token ``j`` is a word of a "one of" lead before a noun phrase (grammar
        ``speaker_one_of``: "*salah satu* anggota DPR", "*salah* seorang warga"): a word of
        the list after another of it, or before one or a determiner of ``mention_skip``;
        alone ("satu anggota") it is no lead."""
        one_of, toks = self.d.words("speaker_one_of"), self.toks
        if toks[j].norm not in one_of:
            return False
        return j > 0 and toks[j - 1].norm in one_of or j + 1 < len(toks) and (
            toks[j + 1].norm in one_of or toks[j + 1].norm in self.skip)

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
        examples = self._exemplified(i)
        return examples if examples is not None else self._subject_walk(i, cross_hard, exclude_pronouns)

    def _subject_walk(self, i: int, cross_hard: bool, exclude_pronouns: bool) -> Side | None:
        shared = self._coordinated_predicate(i)
        if shared is not None:
            found = self.subject(shared, cross_hard, exclude_pronouns)
            if found is not None:
                return Side(found.mentions, f"{found.note}, shared with '{self.toks[shared].text}'")
        fallback = None
        crossed_soft = False
        # "X, speaking after talks with Y, criticized Z", "X, according to Y, accused Z"
        opened = self._participle_aside(i) or companion_aside(self, i) or self._reporting_aside(i) or self._name_aside(i)
        j = i - 1 if opened is None else opened - 1
        while j >= 0 and i - j <= self.max_s:
            t = self.toks[j]
            if t.norm == ")":
                k = self._paren_open(j)
                if k is not None:
                    members = self._bracketed_list(k, j)
                    if members is not None and all(self.toks[x].norm in self.modal for x in range(j + 1, i)):
                        # "kelompok kontak (Jerman, Prancis dan Inggris) akan bertemu":
                        # the members the bracket lists are who act
                        return Side(members, "subject: the members listed in brackets")
                    j = k - 1
                    continue
            if t.norm in self.reporting and j not in self.tok_mention:
                found = self._speaker_subject(j, i)
                if found is not None:
                    return found
            if t.norm in self.relative:
                found = self._relative_head(j, exclude_pronouns)
                if found is not None or not cross_hard:
                    return found
            if (self._is_break(j) or t.norm in QUOTES) and not cross_hard:
                break
            if t.norm in self.subordinators and not cross_hard and fallback is None \
                    and (self._own_subject(j, i) or self._bare_plural_after(j, i)):
                return None  # "..., after mobs looted ...": its subject is no actor
            if t.norm in self.soft_breaks or t.norm in SOFT:
                crossed_soft = True
            if j in self.tok_mention:
                mk = self.tok_mention[j]
                if self._usable(mk, exclude_pronouns) and not (crossed_soft and self._subordinate_subject(mk, i)):
                    found, near = self._subject_candidate(mk, i, cross_hard, crossed_soft)
                    if found is not None:
                        return found
                    fallback = fallback or near
                j = self.mentions[self.group_of[mk][0]].first - 1
                continue
            j -= 1
        if fallback is None and self.fronted_subordinators:
            return self._fronted_clause_subject(i)
        return fallback

    def _fronted_clause_subject(self, i: int, openers: frozenset[str] | None = None) -> Side | None:
        """"Usai bertemu X, Y mengatakan ...": the predicate at ``i`` right after a word
        of ``fronted_subordinators`` that opens the sentence has the main clause's
        subject, the mention right after a comma of that clause that a predicate
        follows (not the next member of a list: "Usai bertemu A, B, dan C, Y ..."). So
        too an active verb that opens the sentence itself, a fronted participle clause
        ("Menanggapi kritik X, Y mengatakan ...", "Bertemu X di Istana, Y membahas ...";
        attach25)."""
        j = i - 1
        if j < 0 or self.toks[j].norm not in (self.fronted_subordinators if openers is None else openers) \
                or not self.sentence_opening(j):
            if openers is not None or not self._fronted_participle(i):
                return None
            j = i
        for k in range(i + 1, min(len(self.toks) - 1, i + self.max_s)):
            if self._is_break(k):
                return None
            if self.toks[k].norm != ",":
                continue
            if self.toks[k + 1].norm in self.coord:
                continue  # ", dan C": the list goes on
            s = k + 1  # "..., para pemberontak ...": determiners and quantities before it
            while s < len(self.toks) - 1 and s not in self.tok_mention \
                    and (self.toks[s].norm in self.skip or self._free_number(s)):
                s += 1
            mk = self.tok_mention.get(s)
            if mk is None or self.mentions[mk].first != s:
                return None  # the main clause opens with no actor
            end = max(self.mentions[x].last for x in self.group_of[mk])
            nxt = self.toks[end + 1].norm if end + 1 < len(self.toks) else ""
            if nxt and nxt != "," and nxt not in self.coord and not self._is_break(end + 1):
                return Side(self._group_mentions(mk), f"subject: the main clause's, after "
                                                      f"'{self.toks[j].text} ...,'")
        return None

    def _fronted_participle(self, i: int) -> bool:
        """The predicate at ``i`` is an active verb (of a prefix: no bare word) that opens
        its sentence: a participle clause before the main clause."""
        t = self.toks[i]
        if t.form == "bare-verb" or self.voice.get(t.form) != "active" or t.norm in self.bare_verbs \
                or i in self.tok_mention or not self.sentence_opening(i):
            return False
        k = i - 1  # a quotation mark before it opens the sentence too (not 'X "menyerahkan ..."')
        while k >= 0 and self.toks[k].norm not in QUOTES and not self._is_break(k):
            k -= 1
        return k < 1 or self.toks[k].norm not in QUOTES or self._is_break(k - 1)

    def sentence_opening(self, j: int) -> bool:
        """Token ``j`` opens its sentence: nothing before it but a hard break or a quotation
        mark, or only connectives and measures of time with their commas (grammar
        ``fronted_leads``: "Namun, usai ...", "Tak lama setelah ...", "Sehari sebelum ...",
        "Sementara itu, saat ..."), up to five tokens and no actor."""
        leads = self.d.words("fronted_leads")
        k = j - 1
        while k >= 0 and j - k <= 5 and k not in self.tok_mention \
                and (self.toks[k].norm in leads or self.toks[k].norm == "," or self._free_number(k)):
            k -= 1
        return k < 0 or self._is_break(k) or self.toks[k].norm in QUOTES

    def _participle_aside(self, i: int) -> int | None:
        """The comma opening a participle phrase set off by commas right before the
        predicate at ``i`` ("X, *speaking* after talks with Y, criticized Z"; the
        auxiliaries aside), with a mention right before that comma: the phrase
        describes that mention, the subject, and is passed over. None when there is
        none. Only where the grammar has participle or gerund endings."""
        endings = tuple(e for e in self.verb_endings if e != "\0")
        k = i - 1
        while k >= 0 and self.toks[k].norm in self.aux:
            k -= 1
        if not endings or k < 2 or self.toks[k].norm != "," or k in self.tok_mention:
            return None
        for o in range(k - 1, max(0, k - self.max_s), -1):
            t = self.toks[o]
            if self._is_break(o) or t.norm in QUOTES:
                return None
            if t.norm == ",":
                nxt = self.toks[o + 1]
                if o + 1 < k and nxt.text.islower() and nxt.norm.endswith(endings) \
                        and o - 1 in self.tok_mention:
                    return o
                return None
        return None

    def _reporting_aside(self, i: int) -> int | None:
        """The comma opening an aside of attribution set off by commas right before the
        predicate at ``i`` ("X, *according to* officials, accused Z", "X, a spokesman
        *said*, condemned Z"; the auxiliaries aside): a phrase holding a reporting word
        (grammar ``reporting``), with a mention right before that comma that opens its
        clause (not "in Iran, according to X, reinforcing ..."). The aside says
        who tells of the act, not who does it: the subject is the mention before it, and
        the aside is passed over. None when there is none."""
        k = i - 1
        while k >= 0 and self.toks[k].norm in self.aux:
            k -= 1
        if k < 2 or self.toks[k].norm != "," or k in self.tok_mention:
            return None
        for o in range(k - 1, max(0, k - self.max_s), -1):
            t = self.toks[o]
            if t.norm in QUOTES or (self._is_break(o) and t.norm not in self.reporting):
                return None
            if t.norm == ",":
                said = any(self.toks[x].norm in self.reporting and x not in self.tok_mention
                           for x in range(o + 1, k))
                if not (said and o + 1 < k and o - 1 in self.tok_mention):
                    return None
                first = self.mentions[self.group_of[self.tok_mention[o - 1]][0]].first
                return o if self._opens_clause(self._before_index(first)) else None
        return None

    def _name_aside(self, i: int) -> int | None:
        """The comma opening a name in apposition set off by commas right before the
        predicate at ``i`` (the auxiliaries aside), a name nothing recognised: one to four
        capitalised words, no mention, verb, function or time word among them, with a
        mention right before that comma ("Salah seorang penasihat X, Nama Orang,
        memperingatkan ..."). The name says who holds the phrase before it, the subject:
        the aside is passed over, no break between the two. None when there is none."""
        k = i - 1
        while k >= 0 and self.toks[k].norm in self.aux:
            k -= 1
        o = k - 1
        while o > 0 and k - o <= 4 and self._unknown_name_word(o):
            o -= 1
        if k - o < 2 or k - o > 5 or self.toks[k].norm != "," or self.toks[o].norm != "," \
                or o - 1 not in self.tok_mention:
            return None
        return o if self._phrase_opens_clause(self.mentions[self.group_of[self.tok_mention[o - 1]][0]].first) else None

    def _phrase_opens_clause(self, first: int) -> bool:
        """The noun phrase that ends in the mention starting at ``first`` opens its clause:
        at most four words of its own before the mention ("salah seorang penasihat
        kampanye X"), none a verb (of any form: "bertemu"), preposition, actor or number, and the clause's opening
        before them (not "Usai bertemu X, ...", "Dalam pertemuan dengan X, ...")."""
        k, n = self._before_index(first), 0
        while k is not None and not (self._opens_clause(k) or self.toks[k].norm in self.subordinators):
            t = self.toks[k]
            if n >= 4 or k in self.tok_mention or self.is_verb(k) or self.voice.get(t.form) in ("active", "passive") \
                    or t.norm in self.preps or not t.text.isalpha():
                return False
            k, n = self._before_index(k), n + 1
        return True

    def _unknown_name_word(self, j: int) -> bool:
        """Token ``j`` can be a word of a name nothing recognised: capitalised, of letters
        (an initial's dot aside), no mention, verb, function or time word."""
        t = self.toks[j]
        n = t.norm
        return t.text[:1].isupper() and t.text.rstrip(".").isalpha() and j not in self.tok_mention \
            and not self.is_verb(j) and n not in self.preps and n not in self.relative and n not in self.aux \
            and n not in self.coord and n not in self.skip and n not in self.d.words("time_words")

    def _speaker_subject(self, j: int, i: int) -> Side | None:
        """"..., kata X, sebelum bertemu Y": a clause opened by a clause word after the
        speaker named with the reporting verb at ``j`` is the speaker's ("A, kata X,
        bertemu Y" is A's)."""
        sp = self.own_speaker()
        # a clause word that may also be a bare verb ("usai": finished) opens the clause,
        # it is no verb of the speaker's own ("kata X usai melakukan rapat dengan Y")
        if sp is not None and j < sp.first and sp.last < i \
                and not any(self.is_verb(k) and self.toks[k].norm not in self.soft_breaks
                            for k in range(sp.last + 1, i) if k not in self.tok_mention) \
                and any(self.toks[x].norm in self.soft_breaks and self.toks[x].norm.isalpha()
                        for x in range(sp.last + 1, i)):
            return Side([sp], f"subject: the speaker after '{self.toks[j].text}'")
        return None

    def _bare_plural_after(self, j: int, i: int) -> bool:
        """"imposed a curfew after *protests* against X": a plural noun right after the
        subordinator at ``j`` (no gerund, no participle) is an event of its own,
        nobody's by distance (grammar ``plural_endings``, ``singular_endings``).
        "after talks with X" is then not the subject's either."""
        plural = tuple(self.d.setting("plural_endings", []))
        t = self.toks[i]
        return bool(plural) and i == j + 1 and t.text.islower() and t.norm.endswith(plural) \
            and not t.norm.endswith((*self.d.setting("singular_endings", []), *self.verb_endings))

    def _own_subject(self, j: int, i: int) -> bool:
        """Between the subordinator at ``j`` and the predicate at ``i`` stands a word
        other than a determiner, a modal or an auxiliary: the clause has a subject
        of its own ("after *mobs* looted"), not the main clause's ("after meeting")."""
        if self.toks[i].norm.endswith(self.gerund_endings):
            return False  # "after heavy shelling": a noun, no clause of its own
        return any(self.toks[x].norm.isalpha() and self.toks[x].norm not in self.modal
                   and self.toks[x].norm not in self.skip for x in range(j + 1, i))

    def _relative_head(self, j: int, exclude_pronouns: bool) -> Side | None:
        """For a relative word at ``j`` ("X, yang ..."), the noun it follows, past
        commas and a time phrase ("Presiden X pada tanggal 3 Maret lalu yang ...")."""
        k = j - 1
        while k >= 0 and self.toks[k].norm in SOFT:
            k -= 1
        k = self._before_time_phrase(k)
        if k >= 0 and k in self.tok_mention:
            mk = self.tok_mention[k]
            outer = self._outer_relative(self.mentions[self.group_of[mk][0]].first)
            if outer is not None:
                # "X, yang memimpin delegasi yang ..., juga ...": that noun is the object
                # of an outer relative clause; the subject is that clause's head
                return self._relative_head(outer, exclude_pronouns)
            head = self._head_before_participle(self.mentions[self.group_of[mk][0]].first)
            if head is not None and self._usable(head, exclude_pronouns):
                return Side(self._group_mentions(head), f"subject: the noun before '{self.toks[j].norm}'"
                                                        " and its participle phrase")
            if self._usable(mk, exclude_pronouns):
                return Side(self._group_mentions(mk), f"subject: the noun before '{self.toks[j].norm}'")
        return None

    def _head_before_participle(self, first: int) -> int | None:
        """"a woman *linked to* X who shot ...": the mention starting at ``first``
        closes a participle phrase (a participle, at most two more lower-case words,
        a preposition of ``subject_never_after``); the relative's head is the
        mention before that phrase. None when there is no such phrase."""
        verb_endings = tuple(e for e in self.verb_endings if e != "\0")
        k = first - 1
        if not verb_endings or k < 1 or self.toks[k].norm not in self.d.words("subject_never_after"):
            return None
        words = []
        k -= 1
        while k >= 0 and len(words) < 3 and k not in self.tok_mention and self.toks[k].text.isalpha() \
                and self.toks[k].text.islower() and not self._is_break(k):
            words.append(self.toks[k].norm)
            k -= 1
        if not words or k < 0 or k not in self.tok_mention \
                or not any(w.endswith(verb_endings) and w not in self.preps for w in words):
            return None
        return self.tok_mention[k]

    def _outer_relative(self, first: int) -> int | None:
        """The relative word of a clause whose verb has the mention starting at ``first``
        as its object ("yang memimpin *delegasi*"): a relative word, then at most two
        words and no actor, right before it."""
        b = first - 1
        while b >= 0 and first - b <= 3 and b not in self.tok_mention and not self._is_break(b):
            if self.toks[b].norm in self.relative:
                return b if b < first - 1 else None
            b -= 1
        return None

    def _subject_candidate(self, mk: int, i: int, cross_hard: bool,
                           crossed_soft: bool) -> tuple[Side | None, Side | None]:
        """Mention ``mk``'s group, met walking left from the predicate at ``i``:
        (the subject, when it is a clean one; else the fallback it may be)."""
        g = self.group_of[mk]

        def side(note: str) -> Side:
            return Side([self.mentions[x] for x in g], note)

        first = self.mentions[g[0]].first
        if in_place_phrase(self, -1, first):
            return None, None  # "buruh berunjuk rasa di depan Istana Merdeka menuntut ...": a place
        bt = self._before_index(first)
        if bt is not None and bt > 0 and self.toks[bt].norm in self.d.words("origin_place_nouns") \
                and self.toks[bt - 1].norm in self.preps:
            bt -= 1  # "serangan udara X ke Jalur Gaza menewaskan ...": Gaza is where, no subject
        before = self.toks[bt].norm if bt is not None else None
        if bt is not None and bt > 0 and self.toks[bt].form == "passive" and self.toks[bt - 1].norm in self.relative:
            return None, None  # "Pasukan X yang didukung Rusia merebut ...": the agent of the relative clause
        if self._relative_object(first):
            return None, None  # "Kelompok yang menguasai wilayah Suriah menyerang ...": the relative clause's object
        if before in self.reporting and not cross_hard \
                and any(self.toks[x].norm == "," for x in range(self.mentions[g[-1]].last + 1, i)):
            return None, None  # "Menurut X, sejumlah pihak mengkritik ...": the speaker, no subject
        modal = self.modal
        adjacent = all(self.toks[x].norm in modal for x in range(self.mentions[g[-1]].last + 1, i))
        if (adjacent and before not in self.agent_markers and not cross_hard
                and before not in self.d.words("locatives")
                and before not in self.d.words("subject_never_after")):
            return side("subject: right before the verb"), None
        if before is None or self._opens_clause(bt):
            return side("subject: opens its clause"), None
        if not crossed_soft and before not in self.preps and not self.is_verb(bt):
            return None, side("subject: nearest mention")
        if self.toks[bt].form == "passive" and before not in self.preps:
            return None, side("subject: agent of the passive before it")
        return None, None

    def _relative_object(self, first: int) -> bool:
        """The mention starting at ``first`` is the object of an active verb in a relative
        clause ("X yang menguasai (wilayah utara) Suriah menyerang ..."): at most three
        lower-case words of its noun phrase, then the verb, modal words and the relative
        word before it. Not after a verb whose object is the subject of a clause after it
        (grammar ``directives``, ``object_control``, ``object_subject_verbs``: "X yang
        meminta polisi menangkap ...")."""
        k = first - 1
        while k >= 0 and first - k <= 3 and k not in self.tok_mention and self.toks[k].text.isalpha() \
                and self.toks[k].text.islower() and self.toks[k].norm not in self.preps and not self.is_verb(k):
            k -= 1
        t = self.toks[k] if k >= 0 else None
        if t is None or k in self.tok_mention or t.form != "active" or self.voice.get(t.form) != "active" \
                or t.norm in self.d.words("directives") | self.d.words("object_control") \
                | self.d.words("object_subject_verbs"):
            return False
        k -= 1
        while k >= 0 and self.toks[k].norm in self.modal:
            k -= 1
        return k > 0 and self.toks[k].norm in self.relative

    def _predicate(self, j: int) -> bool:
        """Token ``j`` is a verb (active, passive or ``ber-``) outside any mention."""
        t = self.toks[j]
        return j not in self.tok_mention and (t.norm in self.bare_verbs
                                              or self.voice.get(t.form) in ("active", "passive"))

    def _coordinated_predicate(self, i: int) -> int | None:
        """For a verb joined to an earlier one ("X meminta Y ..., serta menuntut Z"), the
        earlier verb, whose subject it shares; None when ``i`` has a subject of its own
        or is not so joined. Verbs of purpose and complement clauses ("untuk keluar",
        "agar mundur") are passed over: their subjects are others."""
        modal = self.modal
        j = i - 1
        while j >= 0 and self.toks[j].norm in modal:
            j -= 1
        if j < 1 or j in self.tok_mention or self.toks[j].norm not in self.verb_coord:
            return None
        inner = self.purpose | self.d.words("complementizers")
        k = j - 1
        while k >= 0 and i - k <= self.max_s:
            n = self.toks[k].norm
            if n == ")":
                opened = self._paren_open(k)
                if opened is None:
                    return None
                k = opened - 1
                continue
            if self._is_break(k) or n in QUOTES:
                return None
            if self._predicate(k):
                b = k - 1
                while b >= 0 and self.toks[b].norm in modal:
                    b -= 1
                if b < 0 or self.toks[b].norm not in inner:
                    return k
            k -= 1
        return None

    def _before_time_phrase(self, k: int) -> int:
        """The token before a time phrase ending at ``k`` ("pada Senin (12/9) lalu",
        "kemarin"), with the commas around it; ``k`` itself when none ends there."""
        time_words = self.d.words("time_words")
        time_phrase = self.d.words("time_phrase_words")
        start, seen = k, False
        while k >= 0 and k not in self.tok_mention:
            n = self.toks[k].norm
            if n == ")":
                opened = self._paren_open(k)
                if opened is None:
                    break
                k = opened - 1
                continue
            if n in time_words or _NUMBER.fullmatch(n):
                seen = True
            elif n not in time_phrase:
                break
            k -= 1
        if not seen:
            return start
        while k >= 0 and self.toks[k].norm in SOFT:
            k -= 1
        return k

    def _subordinate_subject(self, mk: int, i: int) -> bool:
        """"Setelah pasukan Rusia menyeberangi perbatasan, Sutherland mengecam ...": a
        mention opening a clause of a subordinator (grammar ``fronted_subordinators``)
        that opens the sentence (no prefixed verb before it), with a verb of its own
        before the predicate at ``i``, is that clause's subject."""
        group = self.group_of[mk]
        first, last = self.mentions[group[0]].first, self.mentions[group[-1]].last
        return first > 0 and self.toks[first - 1].norm in self.fronted_subordinators \
            and not any(self.is_verb(k) for k in range(first - 1)) \
            and any(self.is_verb(k) for k in range(last + 1, i))

    def _usable(self, mk: int, exclude_pronouns: bool) -> bool:
        m = self.mentions[mk]
        if exclude_pronouns and m.actor.kind == "pronoun":
            return False
        if exclude_pronouns and m.actor.role == "MED":
            return False
        return not self.after_against(m.first)

    def after_against(self, first: int) -> bool:
        """"an anti-Kenya blogger": the actor after a word of opposition (grammar
        ``against_modifiers``) is what something is against, never who acts."""
        words = self.d.words("against_modifiers")
        k = first - 1
        while k >= 0 and self.toks[k].norm == "-":
            k -= 1
        return bool(words) and k >= 0 and self.toks[k].norm in words

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

    def takes_an_act(self, m) -> bool:
        """A clause verb's match is followed by a noun of no marker, claim or actor: the act
        it takes ("membantah kedatangan X ke Johor"), whose markers are the act's, not its own."""
        k = m.last + 1
        return k < len(self.toks) and k not in self.tok_mention and self.toks[k].text.isalpha() \
            and self.toks[k].norm not in self.target_markers | self.d.words("claim_nouns")

    def following(self, j: int, markers: frozenset[str] | None = None,
                  limit: int | None = None, direct: bool = False,
                  exclude: frozenset[int] = frozenset(),
                  verbs_end: bool = False, clause_end: bool = False) -> tuple[Side | None, int]:
        """The first actor after token ``j``.

        With ``markers``, only an actor right after one of those words
        counts ("kepada X"). Otherwise the first actor that is not inside a
        prepositional phrase other than a target marker ("di Istanbul" is a
        place). Stops at clause breaks, and with ``verbs_end`` at a verb (what
        follows it is that verb's); with ``clause_end`` at an intransitive one too
        (the verb of a clause the trigger takes). Returns the side and where it ended.
        """
        limit = limit or self.max_t
        k = j + 1
        place_end = -1  # the last token of a mention passed over inside a prepositional phrase
        while k < len(self.toks) and k - j <= limit:
            t = self.toks[k]
            if t.norm == "(":
                close = self._paren_close(k)
                if close is not None:
                    k = close + 1
                    continue
            if self._clause_ends(j, k):
                break
            if k > j + 1 and (verbs_end or clause_end) and (
                    self.is_verb(k) or clause_end and t.form in self.intransitive_forms):
                break
            if (markers is None and k > j + 1 and t.norm in self.purpose
                    and k + 1 < len(self.toks) and self.is_verb(k + 1)):
                break  # "optimistis ... untuk mengakhiri ambisi nuklir X": X is the purpose verb's object
            if k in self.tok_mention and not any(x in exclude for x in range(
                    self.mentions[self.tok_mention[k]].first, self.mentions[self.tok_mention[k]].last + 1)):
                mk = self.tok_mention[k]
                m = self.mentions[mk]
                before = self._before(m.first)
                if (m.first == k or m.first <= j) and same_phrase(self, place_end, m.first):
                    pass  # "in X's capital Y": Y is in the phrase of the place before
                elif m.first == k or m.first <= j:  # (a mention may overlap the trigger)
                    if markers is not None:
                        if before in markers:
                            return Side(self._group_mentions(mk), f"after '{before}'"), m.last
                    elif before in self.agent_markers:
                        pass
                    elif (before not in self.preps or before in self.target_markers) \
                            and not in_place_phrase(self, j, m.first):
                        note = f"after '{before}'" if before in self.target_markers else "object"
                        return Side(self._group_mentions(mk), note), m.last
                    elif markers is None and object_genitive(self, j, m.first):
                        return Side(self._group_mentions(mk), f"genitive of the object ('{before}')"), m.last
                    elif direct:
                        return None, k
                    else:
                        place_end = self.mentions[self.group_of[mk][-1]].last
                k = self.mentions[self.group_of[mk][-1]].last + 1
                continue
            if direct and t.norm not in self.skip and k > j + 1:
                return None, k
            k += 1
        return None, k

    def object_end(self, j: int, own: frozenset[int]) -> int | None:
        """"meminta semua pihak mendukung upaya pemerintah": after an object noun that
        is no actor, the next prefixed verb (not a relative clause's passive, "usul yang
        disampaikan X") ends the object of the verb at ``j``; so does a complementizer
        whose clause opens with no actor ("memerintahkan agar tidak ada ..."). What
        follows is that clause's. The token where it ends, or None; ``own`` (the
        pattern's span) neither ends it nor is the noun."""
        noun = False
        for k in range(j + 1, min(len(self.toks), j + 1 + self.max_t)):
            t = self.toks[k]
            if k in own or k in self.tok_mention:
                continue
            if self._clause_ends(j, k):
                return None
            if noun and t.norm not in self.bare_verbs and self.is_verb(k) and not self._relative_passive(k) \
                    or t.norm in self.d.words("complementizers") and not self._opens_with_actor(k + 1):
                return k
            noun = noun or t.text.isalpha() and t.norm not in self.coord and t.norm not in self.modal \
                and t.norm not in self.preps
        return None

    def _relative_passive(self, k: int) -> bool:
        """"usul yang disampaikan Presiden X": a passive verb of a relative clause on the
        object noun, whose agent is the noun's owner."""
        j = k - 1
        while j > 0 and self.toks[j].norm in self.modal:
            j -= 1
        return self.toks[k].form == "passive" and self.toks[j].norm in self.relative

    def _opens_with_actor(self, k: int) -> bool:
        """A mention at token ``k``, past modal words and determiners ("agar *tidak
        ada* ..." opens with none)."""
        while k < len(self.toks) and k not in self.tok_mention \
                and (self.toks[k].norm in self.modal or self.toks[k].norm in self.skip):
            k += 1
        return k in self.tok_mention

    # -- coding ------------------------------------------------------------------

    def _clause_ends(self, j: int, k: int) -> bool:
        """Walking right from token ``j``, the clause ends at token ``k``: a break, a
        soft break or a subordinator, or a reporting word after a comma or a quote
        ("..., kata duta besar Jepang": the speaker is not in the clause)."""
        n = self.toks[k].norm
        if self._is_break(k) or n in self.soft_breaks and k > j + 1 or n in self.subordinators:
            return True
        if n in (",", *QUOTES) and k > j + 1 and self.speaker_first and self._speaker_clause(k + 1):
            return True  # "..., local media reported": the speaker is not in the clause
        return n in self.reporting and k > j + 1 and (self.toks[k - 1].norm == ","
                                                     or self.toks[k - 1].norm in QUOTES)

    def _speaker_clause(self, k: int) -> bool:
        """From token ``k`` (past ``mention_skip``) to the end: a speaker, then its verb
        (``reporting_after_speaker``) and no other verb ("..., *the* ministry said today.")."""
        while k < len(self.toks) and k not in self.tok_mention and self.toks[k].norm in self.skip:
            k += 1
        if k not in self.tok_mention:
            return False
        end = self.mentions[self.group_of[self.tok_mention[k]][-1]].last + 1
        return end < len(self.toks) and self.toks[end].norm in self.speaker_first \
            and not any(self.is_verb(x) for x in range(end + 1, len(self.toks)))

    def _break_between(self, a: int, b: int) -> bool:
        return any(self._is_break(k) for k in range(a + 1, b))

    def _span_mentions(self, a: int, b: int) -> list[Mention]:
        return [m for m in self.mentions if m.first >= a and m.last <= b]
