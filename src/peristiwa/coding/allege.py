"""Accusations made by reporting a wrong (CONVENTIONS §7.4): "Menlu Malaysia mengatakan
Singapura telah melanggar perjanjian" is Malaysia's accusation (112) against Singapore.

A pattern flagged ``@allegation`` (``lang/<l>/events.alleged.txt``: violating, cheating,
corruption, provocation, lying, interference, plotting, abuses, espionage ...) is no
event of its own. It is coded 112 only when a named speaker states it (a line of another
code, a judgement of failing in ``events.judged.txt``, is coded with its own code, 111):

* the subject of a verb of saying, judging or believing (grammar ``statement_verbs``)
  whose clause holds the predicate ("X menilai Y melakukan kecurangan"); its passive
  names the speaker after it ("Y, dikatakan X, menyimpan senjata", "Y dinilai X
  melanggar ..."), and then the passive's subject is the doer;
* else the speaker the sentence names with a reporting word ("..., kata X",
  "Menurut X, ...": grammar ``reporting``).

The source is the speaker, the target the doer of the wrong: the subject of the
predicate, the agent of its passive or of its noun, as the coder reads its voice.
Neither the speaker's own actor nor the speaker's bare country is a target (the speaker
speaks of its own side). No speaker, no event: the predicate is left to the other
patterns (an allegation with no named accuser). A negated, hypothetical, conditional,
asked-for or planned predicate (the coder's modality), a negated verb of saying and a
question code nothing; a word of allegation ("diduga", "dugaan": grammar
``allegation_hedges``) only marks the accusation a named speaker makes.

Where the speaker states it, the accusation replaces the event another pattern codes at
the predicate's words for the same doer ("melanggar kedaulatan Filipina", 128): the act
alleged is not coded apart. When such an event is another actor's ("KPK menyelidiki
korupsi yang dilakukan X": the investigation), the wrong is what that act is about, no
one's accusation, and that event stays. An accusation a pattern already codes (``@scope``,
"menuduh X melakukan ...") is not coded twice.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from peristiwa.coding.patterns import Match
from peristiwa.coding.reading import QUOTES, Side
from peristiwa.text.normalize import fold

if TYPE_CHECKING:
    from peristiwa.coding.coder import CodedMatch, SentenceCoder

FLAG = "allegation"
MANNER = "manner"  # the wrong is the manner of the verb before it ("menahan X secara ilegal")
CODE = "112"
REACH = 14  # words from a verb of saying back from the predicate (``_words_back``)
ACT_REACH = 14  # tokens from a copula back to the act it judges


def split(matches: list[Match]) -> tuple[list[Match], list[Match]]:
    """(the other matches, the wrongdoing predicates): these do not compete with the
    others for their words; they code only as a speaker's accusation."""
    return ([m for m in matches if FLAG not in m.pattern.flags],
            [m for m in matches if FLAG in m.pattern.flags])


def allegations(sc: SentenceCoder, alleged: list[Match], out: list[CodedMatch],
                scopes: list[int]) -> list[CodedMatch]:
    """``out`` with the accusations the sentence's speakers make by the wrongs in
    ``alleged`` (chosen among themselves), and without the acts they allege."""
    from peristiwa.coding.coder import CodedMatch

    if not alleged:
        return out
    for m in sc._select(alleged):
        if any(a < m.anchor and not sc._break_between(a, m.anchor) for a in scopes):
            continue  # an accusation a pattern codes already holds it
        if not _stated(sc, m):
            continue
        host = _host(sc, m) if MANNER in m.pattern.flags else None
        if MANNER in m.pattern.flags and host is None:
            continue
        found = _speaker(sc, m, _clause_head(sc, m.anchor if host is None else host))
        if found is None:
            continue
        speaker, doer, how, v = found
        if doer is None and host is not None:
            hosted = next((c for c in out if c.match.anchor == host and c.source is not None), None)
            doer = hosted.source if hosted is not None else _active_doer(sc, host, v)
        elif doer is None:
            doer = _doer(sc, m, v)
        doer = _other_than(speaker, doer)
        if doer is None and host is None and sc._voice(m) != "passive":
            doer = _other_than(speaker, _judged_subject(sc, m, v))
        if doer is None:
            continue
        if _described(sc, m, doer) or m.pattern.code != CODE and _of_a_thing(sc, m, doer):
            continue
        codes = {x.actor.code for x in doer.mentions}
        same = [c for c in out if set(c.match.word_tokens) & set(m.word_tokens) or c.match.anchor == host]
        if any(c.match.anchor < m.anchor and c.match.anchor != host and c.source is not None and c.source.mentions
               and not codes & {x.actor.code for x in c.source.mentions} for c in same + _governing(sc, m, out)):
            continue  # the wrong is what another actor's act is about
        out = [c for c in out if not any(c is x for x in same)]
        said = {x.actor.code for x in speaker.mentions}
        code = m.pattern.code  # 112, or a judgement's 111 (events.judged.txt)
        if any(c.code[:2] == code[:2] and c.source is not None and c.target is not None
               and said & {x.actor.code for x in c.source.mentions}
               and codes & {x.actor.code for x in c.target.mentions} for c in out):
            continue  # coded once (an accusation or a judgement of one root)
        what = "an accusation: the wrong" if code == CODE else "a judgement:"
        notes = [f"{what} '{m.pattern.text}' as {how} states it"]
        out.append(CodedMatch(m, code, speaker, Side(doer.mentions, f"the doer of the wrong ({doer.note})"),
                              notes))
    return sorted(out, key=lambda c: c.match.anchor)


def _stated(sc: SentenceCoder, m: Match) -> bool:
    """The predicate is stated as done: not negated, hypothetical, conditional, asked
    for or planned (the coder's modality), nor asked. A word of allegation before it
    ("diduga melanggar", "dugaan korupsi") is read past: the words before it decide."""
    questions = sc.d.words("question_words")
    if any(t.norm in questions for t in sc.toks):
        return False
    mod = sc._modality(m)
    if mod.code is None:
        h = _hedge(sc, m.anchor)
        if h is None:
            return False
        mod = sc._modality(replace(m, word_tokens=[h, *m.word_tokens]))
    return mod.code == m.pattern.code and mod.kind is None


def _word_before(sc: SentenceCoder, i: int, key: str, reach: int) -> int | None:
    """A word of grammar ``key`` among the ``reach`` words right before token ``i``, with
    no actor or clause break between."""
    words = sc.d.words(key)
    j = i - 1
    while j >= 0 and i - j <= reach and j not in sc.tok_mention and not sc._is_break(j):
        if sc.toks[j].norm in words:
            return j
        j -= 1
    return None


def _hedge(sc: SentenceCoder, i: int) -> int | None:
    """A word of ``allegation_hedges`` among the few words right before token ``i``."""
    return _word_before(sc, i, "allegation_hedges", 4)


def _speaker(sc: SentenceCoder, m: Match, head: int) -> tuple[Side, Side | None, str, int | None] | None:
    """(the speaker, the doer when the verb of saying says who it is, how the speaker
    was found, the verb of saying), or None when no named speaker states the predicate
    whose clause has its verb at ``head``."""
    v = _statement_verb(sc, m, head)
    passive = None
    if v is not None:
        if _negated(sc, v):
            return None
        verb = sc.toks[v]
        if sc.voice.get(verb.form) == "passive":
            agent = _agent_after(sc, v)
            if agent is not None:
                doer = sc.subject(v)
                if doer is not None and any(x in agent.mentions for x in doer.mentions):
                    doer = None
                return agent, doer, f"the agent of '{verb.text}'", v
            passive = v  # "X dinilai gagal, kata Y": the speaker named apart, X the one judged
        else:
            return _subject_speaker(sc, m, v)
    sp = sc.own_speaker()
    if sp is None:
        return _noun_speaker(sc, m) or _reason_speaker(sc, m) or _quoted_speaker(sc, m) if passive is None else None
    r = next((k for k in range(sp.first - 1, max(-1, sp.first - 10), -1) if sc.toks[k].norm in sc.reporting), None)
    if r is None or r <= m.anchor <= sp.last:
        return None
    aside = r > 1 and sc.toks[r - 1].norm == "," and r - 2 in sc.tok_mention \
        and any(sc.toks[k].norm == "," for k in range(sp.last + 1, m.anchor))
    if m.anchor > sp.last and not aside and any(t.norm.isalpha() for t in sc.toks[:r]) and r > 3:
        return None  # after "..., kata X" the narrator goes on; "Menurut X, ..." opens the sentence
    cut = sc.hard - {"(", ")"} - sc.d.words("statement_openers") - sc.reporting
    a, b = (m.last, r) if m.last < r else (sp.last, m.anchor)
    quoted = m.last < r and any(sc.toks[k].norm in QUOTES for k in range(m.anchor)) \
        and any(sc.toks[k].norm in QUOTES for k in range(m.last + 1, r))  # '"A. B," kata X': all X's
    if not quoted and any(sc.toks[k].norm in cut for k in range(a + 1, b)):
        return None  # "X melanggar ...; Y, kata Z, ...": another clause is what the speaker says
    doer = None
    if m.anchor > sp.last and aside:
        doer = sc.subject(r - 1)  # "Singapura, kata X, telah melanggar ...": the subject before the aside
    return Side([sp], f"the speaker after '{sc.toks[r].text}'"), doer, f"the speaker after '{sc.toks[r].text}'", passive


def _noun_speaker(sc: SentenceCoder, m: Match) -> tuple[Side, None, str, None] | None:
    """"Komentar X menyoal pelanggaran yang dilakukan Y ...": the owner X of a noun of
    what was said (grammar ``statement_owner_nouns``) that opens the clause, a word of
    topic (``topic_markers``, ``topic_verbs``) right after the owner's phrase, the
    predicate after it in one clause; None when the sentence has no such noun."""
    w = sc.d.words
    j = m.anchor - 1
    while j > 0 and m.anchor - j <= REACH and not sc._is_break(j) and sc.toks[j].norm != ",":
        j -= 1
    for k in range(j, m.anchor - 2):
        if sc.toks[k].norm not in w("statement_owner_nouns") or k + 1 not in sc.tok_mention:
            continue
        if k > 0 and sc.toks[k - 1].norm not in QUOTES | {","}:
            continue  # the noun opens the clause: its owner is the one who said it
        mentions = sc._group_mentions(sc.tok_mention[k + 1])
        group = [x for x in mentions if x.actor.code]
        after = max(x.last for x in mentions) + 1
        if group and min(x.first for x in mentions) == k + 1 and after < m.anchor \
                and sc.toks[after].norm in w("topic_markers") | w("topic_verbs"):
            noun = sc.toks[k].text
            return Side(group, f"the owner of '{noun}'"), None, f"the owner of '{noun}'", None
    return None


def _reason_speaker(sc: SentenceCoder, m: Match) -> tuple[Side, None, str, None] | None:
    """"X menyetujui resolusi ... . Alasannya, Y telah melanggar ...": a sentence that opens
    with the reason of what the sentence before told (grammar ``reason_openers``, a comma
    after) gives the reason of that sentence's subject, the first actor it names: X states
    the wrong. None when the sentence does not open so, the wrong is past another clause,
    or the sentence before names no actor."""
    toks = sc.toks
    if len(toks) < 3 or toks[0].norm not in sc.d.words("reason_openers") or toks[1].norm != ",":
        return None
    # the subject: the first actor the sentence before names ("Sebanyak 35 anggota X
    # menyetujui ... ke Y": X, though a count stands before it)
    prev = next((x for x in sc.previous_mentions if x.actor.code and x.actor.kind != "implicit"), None)
    if prev is None or any(sc._is_break(k) or toks[k].norm == "," for k in range(2, m.anchor)):
        return None
    return Side([prev], "the subject of the sentence before"), None, f"the reason '{toks[0].text}' gives", None


def _quoted_speaker(sc: SentenceCoder, m: Match) -> tuple[Side, None, str, None] | None:
    """"Kami tahu Y telah melanggar ... . Itu sikap kami, ujar X.": a sentence in the first
    person (grammar ``first_person``) that names no speaker is said by the speaker a
    sentence after it names (the pipeline's ``known_speaker``, a quotation of some
    sentences); None when it names none or one before it."""
    sp = sc.known_speaker
    if sp is None or sp.start < sc.s.end or not sp.actor.code or sp.actor.kind == "pronoun":
        return None
    if not any(t.norm in sc.d.words("first_person") for t in sc.toks):
        return None
    return Side([sp], "the speaker the sentence after names"), None, "the speaker the sentence after names", None


def _owner_topic(sc: SentenceCoder, k: int) -> bool:
    """The word at ``k`` is a word of topic right after the owner of a noun of what was
    said ("komentar X tentang ...": ``_noun_speaker``)."""
    w = sc.d.words
    if k < 2 or k - 1 not in sc.tok_mention or sc.toks[k].norm not in w("topic_markers") | w("topic_verbs"):
        return False
    first = min(x.first for x in sc._group_mentions(sc.tok_mention[k - 1]))
    return first > 0 and sc.toks[first - 1].norm in w("statement_owner_nouns")


def _subject_speaker(sc: SentenceCoder, m: Match, v: int) -> tuple[Side, Side | None, str, int] | None:
    """The speaker who is the subject of the active verb of saying at ``v`` (a role, a
    body, or a person named without a role), with the one judged when a clitic on the
    verb names it ("X menilainya gagal")."""
    verb = sc.toks[v]
    if _unclitic(sc, v) is not None:
        return _clitic_speaker(sc, m, v)
    sp = sc.subject(v)
    own = sc.own_speaker()
    if sp is not None and own is not None \
            and all(x.refers_to is not None or x.actor.kind == "pronoun" for x in sp.mentions):
        sp = Side([own], "the speaker the sentence names")  # "..., kata X, ia menilai ..."
    named = [x for x in sp.mentions if x.actor.code] if sp is not None else []
    if named:
        return Side(named, f"the speaker: {sp.note} of '{verb.text}'"), None, f"the subject of '{verb.text}'", v
    # "Sufyan menilai KPK lamban": a person named without a role, of the country of the
    # one judged (the coder's ``_named_subject``)
    doer = _doer(sc, m, v)
    person = sc._named_subject(Match(m.pattern, [v]), doer) if doer is not None else None
    return (person, None, f"the subject of '{verb.text}'", v) if person is not None else None


def _clitic_speaker(sc: SentenceCoder, m: Match, v: int) -> tuple[Side, Side, str, int] | None:
    """"X menilainya gagal": the speaker X right before the verb (in its own clause),
    the one judged the actor the clitic stands for (``_clitic_doer``)."""
    verb = sc.toks[v]
    sp = sc.subject(v)
    if sp is not None and any(sc._is_break(k) or sc.toks[k].norm in sc.d.words("coordinators")
                              for k in range(max(x.last for x in sp.mentions) + 1, v)):
        sp = None  # "X dipanggil DPR, dan Y menilainya ...": Y's own clause
    named = [x for x in sp.mentions if x.actor.code] if sp is not None else []
    if not named:  # "Ruhut sempat menilainya ...": a person named without a role
        k = v - 1
        while k >= 0 and k not in sc.tok_mention and not sc._is_break(k) \
                and (sc.toks[k].norm in sc.modal or sc.toks[k].text[:1].isupper()):
            k -= 1  # back over "Ruhut sempat": the name and its auxiliaries
        doer = _clitic_doer(sc, v, k + 1)
        person = sc._named_subject(Match(m.pattern, [v]), doer) if doer is not None else None
        return (person, doer, f"the subject of '{verb.text}'", v) if person is not None else None
    doer = _clitic_doer(sc, v, min(x.first for x in sp.mentions))
    if doer is None:
        return None
    return Side(named, f"the speaker: {sp.note} '{verb.text}'"), doer, f"the subject of '{verb.text}'", v


def _doer(sc: SentenceCoder, m: Match, v: int | None) -> Side | None:
    """Who did the wrong, as the coder reads the predicate's voice; after a verb of
    saying at ``v``, the subject its clause opens with. A noun names its doer itself:
    after it (its genitive, "yang dilakukan X", "oleh X") or as the subject of the light
    verb before it, a few words of its phrase between ("melakukan praktik korupsi"); a
    noun with neither is a wrong named, no one's ("pemberantasan korupsi")."""
    owner = _act_owner(sc, m.anchor, v)
    if owner is not None:
        return owner  # "langkah X menaikkan harga ... merupakan blunder"
    if v is not None and v < m.anchor and sc.voice.get(sc.toks[v].form) == "passive":
        found = sc.subject(v)
        if found is not None and found.mentions:
            return found  # "X dinilai gagal, kata Y": the subject of the passive verb of judging
    voice = sc._voice(m)
    if voice == "nominal" and v is not None and v < m.anchor:
        found = _complement_subject(sc, v, m.anchor)
        if found is not None:
            return found  # "X menilai Y tidak adil": a predicate word after the clause's subject
    if voice == "passive":
        return sc._sides(m, m.pattern.code)[0]
    if voice != "nominal":
        return _active_doer(sc, _clause_head(sc, m.anchor), v)
    involved = _involved(sc, m)
    if involved is not None:
        return involved  # "kasus korupsi yang melibatkan X"
    src, tgt = sc._sides(m, m.pattern.code)[:2]
    doer = src
    if (doer is None or not doer.mentions) and m.pattern.code != CODE:
        doer = tgt  # a failing's noun ("pencitraan X", "pembiaran X"): its genitive is its owner
    if doer is not None and doer.mentions:
        first = min(x.first for x in doer.mentions)
        if (first == m.last + 1 or first > m.last and sc.toks[first - 1].norm in sc.agent_markers | sc.passive_light
                or first == m.last + 2 and sc.toks[m.last + 1].norm in sc.d.words("failing_domains")) \
                and not _of_a_noun(sc, m.anchor):
            return doer  # its genitive, or its agent: "oleh X", "yang dilakukan X"
    j = m.anchor - 1
    while j >= 0 and m.anchor - j <= 3 and j not in sc.tok_mention and not sc._is_break(j):
        t = sc.toks[j]
        if t.norm in sc.light:
            return _active_doer(sc, j, v)
        if not t.norm.isalpha() or t.norm in sc.reporting or sc.voice.get(t.form) in ("active", "passive"):
            return None
        j -= 1
    return None


def _judged_subject(sc: SentenceCoder, m: Match, v: int | None) -> Side | None:
    """The subject of a predicate word, words of degree or a demonstrative between
    (grammar ``degree_words``, ``demonstratives``) or none: "X itu keliru", "langkah X
    sangat keliru", "langkah X membingungkan", when the coder's reading found none but the speaker. The actor must open its clause: at the sentence's start, after a quote, a
    comma, a verb of saying or its opener, or as the owner of a noun of conduct
    (``conduct_nouns``); one after a preposition is no subject ("kerja sama dengan X
    sangat lemah")."""
    w = sc.d.words
    skip = w("degree_words") | w("demonstratives") | sc.modal | w("time_words")
    j = m.anchor - 1
    while j >= 0 and j not in sc.tok_mention and sc.toks[j].norm in skip and not sc._is_break(j):
        j -= 1
    if j >= 0 and j not in sc.tok_mention and sc.toks[j].norm in sc.relative:
        return _act_of(sc, j, v)  # "pernyataan X yang kontroversial"
    if j >= 0 and j not in sc.tok_mention and sc.toks[m.anchor].norm in w("copulas"):
        return _act_owner(sc, m.anchor, v)  # "langkah X menaikkan harga ... merupakan blunder"
    if j < 0 or j not in sc.tok_mention:
        return None
    group = [x for x in sc._group_mentions(sc.tok_mention[j]) if x.actor.code]
    if not group:
        return None
    first = min(x.first for x in group)
    k = first - 1
    done = _act_done_by(sc, k)
    if done is not None:
        k = done  # "menilai apa yang dilakukan X keliru", "keputusan yang diambil X tepat"
    elif v is not None and k > v and sc.toks[k].norm in w("conduct_nouns"):
        k -= 1  # "menilai langkah X itu keliru"
    elif v is None and k >= 0 and sc.toks[k].norm in w("conduct_nouns"):
        k -= 1  # "Langkah X itu keliru, kata Y"
    opens = k < 0 or sc.toks[k].norm in QUOTES | {","} | w("statement_openers") | w("statement_verbs") \
        or v is not None and k == v
    return Side(group, "subject: the actor before the predicate, words of degree between") if opens else None


def _act_of(sc: SentenceCoder, rel: int, v: int | None) -> Side | None:
    """The owner of an act whose relative clause, opening at ``rel``, judges it: "X
    mengatakan, pernyataan Y (itu) yang kontroversial ...", "kebijakan Y yang
    membingungkan, kata X" (grammar ``judged_acts`` before the actor, the clause opening
    there); None when the relative is on anything else."""
    j = rel - 1
    while j >= 0 and j not in sc.tok_mention and sc.toks[j].norm in sc.d.words("demonstratives"):
        j -= 1
    if j < 1 or j not in sc.tok_mention:
        return None
    group = [x for x in sc._group_mentions(sc.tok_mention[j]) if x.actor.code]
    if not group or max(x.last for x in sc._group_mentions(sc.tok_mention[j])) != j:
        return None
    k = min(x.first for x in group) - 1
    if k < 0 or sc.toks[k].norm not in sc.d.words("judged_acts"):
        return None
    opens = k == 0 or sc.toks[k - 1].norm in QUOTES | {","} | sc.d.words("statement_openers") \
        or v is not None and k - 1 == v
    return Side(group, "subject: the owner of the act a relative clause judges") if opens else None


def _act_owner(sc: SentenceCoder, cop: int, v: int | None) -> Side | None:
    """The doer of an act told in full before a copula (``_act_told``), its phrase opening
    the clause: after the verb of judging ``v``, a comma, a quote or an opener, or at the
    sentence's start; None when there is no such act."""
    found = _act_told(sc, cop)
    if found is None:
        return None
    noun, group = found
    opens = QUOTES | {","} | sc.d.words("statement_openers") | sc.d.words("statement_verbs")
    if noun == 0 or noun - 1 == v or sc.toks[noun - 1].norm in opens:
        return Side(group, "subject: the actor of the act before the copula")
    return None


def _act_told(sc: SentenceCoder, cop: int) -> tuple[int, list] | None:
    """(the noun of conduct, its actors) of an act told in full right before the copula at
    ``cop``: the noun, its actor and the verb of what it did ("langkah X menaikkan harga BBM
    merupakan blunder", "keputusan X mencopot Y adalah langkah tepat"), no break or comma
    between; None when the word at ``cop`` is no copula or there is no such act."""
    w = sc.d.words
    if sc.toks[cop].norm not in w("copulas"):
        return None
    k = cop - 1
    while k > 0 and cop - k <= ACT_REACH and not sc._is_break(k) and sc.toks[k].norm != ",":
        if k in sc.tok_mention and sc.mentions[sc.tok_mention[k]].first == k \
                and sc.toks[k - 1].norm in w("conduct_nouns"):
            group = [x for x in sc._group_mentions(sc.tok_mention[k]) if x.actor.code]
            after = max(x.last for x in sc._group_mentions(sc.tok_mention[k])) + 1
            if after < cop and sc.toks[after].norm in sc.purpose:
                after += 1  # "keinginan X untuk maju kembali"
            if group and after < cop and (sc.voice.get(sc.toks[after].form) == "active"
                                          or sc.toks[after].norm in sc.bare_verbs):
                return k - 1, group
        k -= 1
    return None


def _involved(sc: SentenceCoder, m: Match) -> Side | None:
    """The one a wrong named as a noun is said to involve: "(kasus) korupsi yang melibatkan
    X", "dugaan suap impor daging yang menyeret X" (grammar ``involving_verbs`` after a
    relative word, a few words of the wrong's phrase before it); None when it says none."""
    w = sc.d.words
    k = m.last + 1
    while k < len(sc.toks) and k - m.last <= 4 and k not in sc.tok_mention and sc.toks[k].norm not in sc.relative:
        t = sc.toks[k]
        if not t.text.isalpha() or sc._is_break(k) or sc.voice.get(t.form) != "nominal" or t.norm in sc.preps:
            return None
        k += 1
    if k + 2 >= len(sc.toks) or sc.toks[k].norm not in sc.relative or sc.toks[k + 1].norm not in w("involving_verbs"):
        return None
    if k + 2 not in sc.tok_mention or sc.mentions[sc.tok_mention[k + 2]].first != k + 2:
        return None
    group = [x for x in sc._group_mentions(sc.tok_mention[k + 2]) if x.actor.code]
    return Side(group, f"the one '{sc.toks[k + 1].text}' names") if group else None


def _act_done_by(sc: SentenceCoder, k: int) -> int | None:
    """The token before an act named by a relative passive whose agent opens at ``k + 1``
    ("apa yang dilakukan X", "keputusan yang diambil X": grammar ``act_done_verbs`` after
    a relative word, a noun of conduct or ``act_pronouns`` before it), or None."""
    w = sc.d.words
    if k < 2 or sc.toks[k].norm not in w("act_done_verbs") or sc.toks[k - 1].norm not in sc.relative:
        return None
    act = sc.toks[k - 2].norm
    if k - 2 in sc.tok_mention or act not in w("conduct_nouns") and act not in w("act_pronouns"):
        return None
    return k - 3


def _of_a_noun(sc: SentenceCoder, i: int) -> bool:
    """The noun at ``i`` is the genitive of the noun before it ("dampak pelanggaran") or
    the object of a preposition ("sanksi atas pelanggaran"): a circumstance named, not
    a wrong stated; not after an existential or a noun of an act ("ada pelanggaran",
    "praktik korupsi") nor where its clause opens."""
    if i < 1 or i - 1 in sc.tok_mention:
        return False
    t = sc.toks[i - 1]
    w = sc.d.words
    if t.norm in w("act_nouns") or t.norm in w("time_words") or t.norm in w("not_only"):
        return False  # "bukti kegagalan X", "akibat kelalaian X", "itu|hanya pencitraan X": stated
    if t.norm in sc.preps:
        return not _owner_topic(sc, i - 1)  # "komentar X tentang pelanggaran ...": the topic said
    if sc._is_break(i - 1) or t.norm in sc.soft_breaks or t.norm in w("statement_openers"):
        return False
    return t.text.isalpha() and t.text.islower() and sc.voice.get(t.form) == "nominal" \
        and t.norm not in sc.skip | sc.modal | w("existentials") | w("act_nouns") | w("allegation_hedges") \
        and t.norm not in sc.light | sc.reporting \
        and t.norm not in w("statement_verbs") and t.norm not in sc.bare_verbs


def _active_doer(sc: SentenceCoder, i: int, v: int | None) -> Side | None:
    """The subject of the verb at ``i``: after a verb of saying at ``v``, the actor its
    clause opens with when only auxiliaries and time words stand between ("mengatakan
    bahwa Singapura telah melanggar"); else the subject the coder reads."""
    if v is not None and v < i:
        found = _complement_subject(sc, v, i)
        if found is not None:
            return found
    return sc.subject(i)


def _complement_subject(sc: SentenceCoder, v: int, i: int) -> Side | None:
    """The actor that opens the clause after the verb of saying at ``v`` and is the
    subject of the verb at ``i``, or None."""
    openers = sc.d.words("statement_openers") | {","} | QUOTES | sc.skip
    k = v + 1
    while k < i and k not in sc.tok_mention and sc.toks[k].norm in openers:
        k += 1
    if k not in sc.tok_mention or sc.mentions[sc.tok_mention[k]].first != k:
        return None
    group = [x for x in sc._group_mentions(sc.tok_mention[k]) if x.actor.code]
    if not group:
        return None
    between = sc.modal | sc.d.words("time_words") | sc.d.words("allegation_hedges") | {",", "(", ")"}
    j = max(x.last for x in sc._group_mentions(sc.tok_mention[k])) + 1
    modifiers = 0  # "kartel *narkoba* menyuap": a word or two of the subject's noun phrase
    while j < i:
        t = sc.toks[j]
        if j in sc.tok_mention and sc.toks[j - 1].norm == "(":
            j = sc.mentions[sc.tok_mention[j]].last + 1  # a bracketed short name
            continue
        if t.norm not in between:
            if modifiers >= 2 or j in sc.tok_mention or not t.text.isalpha() \
                    or not t.text.islower() and not t.text.istitle() and not t.text.isupper() \
                    or t.norm in sc.preps or t.norm in sc.relative or sc._is_break(j) \
                    or sc.voice.get(t.form) != "nominal" or t.norm in sc.bare_verbs:
                return None
            modifiers += 1
        j += 1
    return Side(group, f"subject: the actor the clause after '{sc.toks[v].text}' opens with")


def _governing(sc: SentenceCoder, m: Match, out: list[CodedMatch]) -> list[CodedMatch]:
    """The events whose words end right before the predicate, only words of no actor
    between: the wrong is their object ("mengecam pelanggaran ... oleh Israel")."""
    found = []
    for c in out:
        last = c.match.last
        if last < m.anchor and m.anchor - last <= 3 and not sc._break_between(last, m.anchor) \
                and not any(k in sc.tok_mention for k in range(last + 1, m.anchor)):
            found.append(c)
    return found


def _described(sc: SentenceCoder, m: Match, doer: Side) -> bool:
    """The predicate is in a relative clause on its doer ("kapal yang melanggar ...",
    "setiap warga yang melanggar hukum harus ditindak", "menangkap aktivis yang
    melakukan korupsi"): it describes whom the sentence speaks of, no one states it."""
    last = max(x.last for x in doer.mentions)
    first = min(x.first for x in doer.mentions)
    if first > 0 and sc.toks[first - 1].norm in sc.d.words("judged_acts"):
        return False  # "kebijakan X yang melanggar ...": the relative is on X's act
    return last < m.anchor and any(sc.toks[k].norm in sc.relative for k in range(last + 1, m.anchor))


def _of_a_thing(sc: SentenceCoder, m: Match, doer: Side) -> bool:
    """A judgement of a thing of the actor's, not of its conduct: the actor before the
    predicate is the genitive of a noun ("pertumbuhan ekonomi Indonesia lemah", "data
    pemilih KPU amburadul"), other than a noun of conduct or of the actor's own people
    (grammar ``conduct_nouns``: "kinerja polisi lamban", "langkah pemerintah keliru")."""
    first = min(x.first for x in doer.mentions)
    if first > m.anchor or first < 1:
        return False
    t = sc.toks[first - 1]
    w = sc.d.words
    return t.text.isalpha() and t.text.islower() and sc.voice.get(t.form) == "nominal" \
        and t.norm not in w("conduct_nouns") and t.norm not in sc.skip | sc.modal | sc.preps | sc.reporting \
        and t.norm not in w("statement_verbs") and t.norm not in w("statement_openers") \
        and t.norm not in sc.bare_verbs and not sc._is_break(first - 1)


def _host(sc: SentenceCoder, m: Match) -> int | None:
    """The verb a wrong of manner says how it was done ("menembaki warga sipil secara
    ilegal"): the nearest verb before it in its clause, or None."""
    j = m.anchor - 1
    while j >= 0 and m.anchor - j <= 8 and not sc._is_break(j):
        t = sc.toks[j]
        if j not in sc.tok_mention and (sc.voice.get(t.form) in ("active", "passive") or t.norm in sc.bare_verbs):
            return j
        j -= 1
    return None


def _clause_head(sc: SentenceCoder, i: int) -> int:
    """The verb whose clause the predicate at ``i`` is in: itself, or after a purpose
    word the verb it serves ("menggunakan sekolah untuk menyimpan senjata")."""
    if i < 1 or sc.toks[i - 1].norm not in sc.purpose:
        return i
    j = i - 2
    while j >= 0 and i - j <= 8 and not sc._is_break(j):
        if j not in sc.tok_mention and sc.toks[j].form in ("active", "passive"):
            return j
        j -= 1
    return i


def _statement_verb(sc: SentenceCoder, m: Match, head: int) -> int | None:
    """The verb of saying, judging or believing whose clause holds the predicate: the
    nearest before it, back over its clause (over ``statement_openers``, "bahwa" and
    ":", and over bracketed asides), not past a quotation's edge, a reporting word or
    another verb (the predicate is then in that verb's clause) other than a verb of being
    or showing (grammar ``evidence_verbs``: "X mengatakan banjir itu merupakan bukti
    kelalaian Y": X states it)."""
    verbs = sc.d.words("statement_verbs")
    w = sc.d.words
    stops = (sc.hard - w("statement_openers") - {"(", ")"}) | w("fronted_subordinators") | w("complementizers") \
        | w("conditionals")
    act = _act_told(sc, head)
    j = head - 1 if act is None else act[0] - 1  # back over the act a copula judges
    walked = sum(_is_word(sc, k) for k in range(j + 1, head))  # words within REACH (``_is_word``)
    while j >= 0:
        walked += _is_word(sc, j)
        if walked > REACH:
            return None
        t = sc.toks[j]
        if t.norm == ")":
            opened = sc._paren_open(j)
            if opened is not None:
                j = opened - 1
                continue
        if j not in sc.tok_mention:
            if t.norm in verbs or _unclitic(sc, j) in verbs:
                return j
            if t.norm in QUOTES:
                # 'X mengatakan, "Y melanggar ..."': the quotation opens right after the verb
                k = j - 1
                while k >= 0 and (sc.toks[k].norm == "," or sc.toks[k].norm in w("statement_openers")):
                    k -= 1
                return k if k >= 0 and k not in sc.tok_mention and sc.toks[k].norm in verbs else None
            if t.norm in sc.reporting or t.norm in stops or _coordinated_clause(sc, j):
                return None
            if t.form in ("active", "passive") and t.norm not in sc.light and j not in m.word_tokens \
                    and t.norm not in w("allegation_hedges") and t.norm not in w("evidence_verbs") \
                    and _act_done_by(sc, j) is None:
                return None  # a verb of another clause: "sulit membuktikan bahwa X melanggar"
        j -= 1
    return None


def _coordinated_clause(sc: SentenceCoder, j: int) -> bool:
    """Token ``j`` is a coordinator after a comma that follows no actor: a clause of its
    own opens there ("X menyampaikan hasil rekapitulasi, dan Y melakukan kecurangan"),
    not the next actor of a list ("X mengatakan, A, B, dan C melanggar ...")."""
    t = sc.toks[j]
    return t.norm.isalpha() and t.norm in sc.d.words("coordinators") and j >= 2 \
        and sc.toks[j - 1].norm == "," and j - 2 not in sc.tok_mention


def _is_word(sc: SentenceCoder, j: int) -> bool:
    """Token ``j`` counts as a word of the reach back to a verb of saying (``REACH``):
    punctuation does not ("kasus X di A, B, C, merupakan ..."), and a name of several
    words is one ("Wakil Menteri Luar Negeri X" as "X"): the reach measures the clause,
    not how its subject is written."""
    if not any(ch.isalnum() for ch in sc.toks[j].text):
        return False
    return j not in sc.tok_mention or sc.mentions[sc.tok_mention[j]].first == j


def _unclitic(sc: SentenceCoder, v: int) -> str | None:
    """An active verb with an object clitic ("menilainya"): the verb without it."""
    t = sc.toks[v]
    clitic = next((c for c in sc.d.words("object_clitics") if t.norm.endswith(c)), None)
    if clitic is None or sc.voice.get(t.form) != "active" or t.stem.endswith(clitic):
        return None
    return t.norm[: -len(clitic)]


def _clitic_doer(sc: SentenceCoder, v: int, first: int) -> Side | None:
    """"Y ... X menilainya gagal": the one a clitic on the verb of judging stands for,
    the nearest actor named before the speaker, who opens at token ``first`` (None: no
    one named)."""
    for k in range(first - 1, -1, -1):
        if k in sc.tok_mention:
            ment = sc.mentions[sc.tok_mention[k]]
            if ment.actor.kind == "pronoun":
                continue
            return Side([ment], f"'-nya' on '{sc.toks[v].text}': {ment.text}") if ment.actor.code else None
    return None


def _negated(sc: SentenceCoder, v: int) -> bool:
    """A negator among the few words right before the verb of saying ("tidak menilai")."""
    return _word_before(sc, v, "negators", 3) is not None


def _agent_after(sc: SentenceCoder, v: int) -> Side | None:
    """The agent right after a passive verb of saying ("dikatakan oleh X", "dinilai X")."""
    k = v + 1
    if k < len(sc.toks) and sc.toks[k].norm in sc.d.words("agent_markers"):
        k += 1
    if k in sc.tok_mention and sc.mentions[sc.tok_mention[k]].first == k:
        mk = sc.tok_mention[k]
        found = [x for x in sc._group_mentions(mk) if x.actor.code]
        if found:
            return Side(found, f"the agent of '{sc.toks[v].text}'")
    return None


def _other_than(speaker: Side, doer: Side | None) -> Side | None:
    """The doer's actors that are not the speaker's own side: not the speaker (the same
    mention, entity or name), nor the speaker's bare country, nor a pronoun; None when
    none is left. Two actors of one code are two ("Bawaslu" and "KPU", IDNGOV both)."""
    if doer is None:
        return None
    own = {x.actor.country for x in speaker.mentions if x.actor.country}
    ids = {i for x in speaker.mentions for i in (x.actor.entity, fold(x.actor.name)) if i}
    # the government of the speaker's own government, named by no one's name, is the speaker's
    # own side ("Pemerintah Malaysia gagal ..., kata PM Malaysia"); a named body, or a court,
    # police or legislature a member of the government judges ("Ketua KY: hakim itu ..."), is not
    codes = {x.actor.code for x in speaker.mentions if x.actor.role == "GOV"}
    kept = [x for x in doer.mentions if x.actor.code and x.actor.code not in own and x.refers_to is None
            and not ids & {x.actor.entity, fold(x.actor.name)} and not any(x is s for s in speaker.mentions)
            and not (x.actor.code in codes and not x.actor.entity)]
    return Side(kept, doer.note) if kept else None
