"""Bare verbs: a verb's base with no prefix standing as a predicate (grammar ``bare_predicate``).

Headlines and colloquial speech use the bare active ("Polisi tangkap dua pengedar", "KPK
Tahan Bupati", "Warga Kunjungi Pantai"), and written Indonesian the object-focus passive:
a pronoun agent right before the bare verb, the one acted on before them ("Akun itu sudah
kami blokir", "orang yang mereka serang"). The prefix rules give such a base the form of a
noun; in predicate position it is matched with the form ``form`` instead, which the verb
families of grammar ``[families]`` take: a pattern written with its me- or di- verb matches
it with the same derivation (-kan, -i) and the same slots. Nothing here is a word of the
language: the forms, the agent pronouns and the words no verb stands before are data.

The voice: a bare verb right after an agent pronoun that follows a modal or relative word
or a demonstrative ("sudah kami tangkap", "yang mereka serang", "Akun itu kami blokir") is
a passive, the pronoun its agent (``focus_agent``); elsewhere the bare verb is active, its
subject before it. A Title Case headline has its verbs written lower-case before names are
read (``headline_tokens``, pipeline.py), so that no name runs across its verb.
"""

from __future__ import annotations

from dataclasses import replace

from peristiwa.records import Mention, Token

_NUMERAL = str.isdigit


def spec(sc) -> dict:
    """The language's ``bare_predicate`` setting, with its word lists as sets (once)."""
    return spec_of(sc.d)


def spec_of(data) -> dict:
    """``spec`` of a language's data."""
    found = data.__dict__.get("_bare_predicate")
    if found is None:
        raw = data.setting("bare_predicate") or {}
        found = dict(raw, agents=frozenset(raw.get("agents", [])),
                     not_before=frozenset(raw.get("not_before", [])), retag=frozenset(raw.get("retag", [])),
                     nouns=frozenset(raw.get("nouns", [])),
                     focus_after=frozenset(raw.get("focus_after", [])), suffixed=frozenset(raw.get("suffixed", [])),
                     sources=frozenset(raw.get("retag", []) + raw.get("suffixed", [])))
        data.__dict__["_bare_predicate"] = found
    return found


def match_tokens(sc) -> list[Token]:
    """The sentence's tokens as the patterns are matched against them: each bare base
    standing as a predicate (``predicate``) with the form ``form``; the same list when
    none does."""
    s = spec(sc)
    if not s.get("form"):
        return sc.toks
    out = None
    retag, stems = s["retag"], verb_stems(_pats(sc))  # (a base no pattern's verb has is no candidate)
    for i, t in enumerate(sc.toks):
        if t.form in retag and t.stem in stems and predicate(sc, i, s):
            if out is None:
                out = list(sc.toks)
            out[i] = replace(t, form=s["form"])
    return out if out is not None else sc.toks


def predicate(sc, i: int, s: dict | None = None) -> bool:
    """Whether token ``i``, a bare base (or a base with a verb suffix alone: "serahkan"),
    stands as a verb: right after an agent pronoun, or right after its subject (modal
    words between: ``_predicate_position``) with its object or complement after it."""
    s = s or spec(sc)
    if not candidate(sc, i, s):
        return False
    pron = focus_pronoun(sc, i, s)
    if pron is not None and focus_agent(sc, i) is not None:
        return True  # "sudah kami tangkap": the object-focus passive
    if pron is not None and not sc._opens(pron):
        return False  # "rumah kami rusak": a possessive pronoun
    nxt = sc.toks[i + 1] if i + 1 < len(sc.toks) else None
    if nxt is None or not (nxt.text[:1].isalnum()) or nxt.norm in s["not_before"] or _NUMERAL(nxt.text[:1]) \
            or nxt.norm in sc.hard or nxt.norm in sc.soft_breaks or sc.is_verb(i + 1) \
            or sc.voice.get(nxt.form) == "active" and nxt.form != s["form"]:
        return False  # "X tetap menyerahkan", "tetap berkomitmen": the verb after it is the predicate
    return sc._predicate_position(i) and not _verb_later(sc, i)


def _verb_later(sc, i: int) -> bool:
    """An auxiliary and a verb stand later in the clause of token ``i`` ("koalisi ... tolak
    angket KPK *telah menyerahkan* petisi"): the clause's predicate is that verb, and the
    bare word a part of its subject (a name, a noun's modifier)."""
    stop = sc.hard | sc.soft_breaks | sc.relative | sc.coord | sc.subordinators
    for k in range(i + 1, len(sc.toks) - 1):
        t = sc.toks[k]
        if t.norm in stop or not t.text[:1].isalnum():
            return False
        if t.norm in sc.aux and sc.is_verb(k + 1):
            return True
    return False


def candidate(sc, i: int, s: dict | None = None) -> bool:
    """Token ``i`` may be a bare verb: a word of no mention and no function word, the
    stem of a pattern's verb (``verb_stems``), bare or its base and a verb suffix alone
    (grammar ``verb_derivation``: "serahkan"; no noun of -an, "serangan")."""
    s = s or spec(sc)
    t = sc.toks[i]
    if t.form not in s.get("sources", ()) or not t.text.isalpha() or i in sc.tok_mention \
            or t.norm in sc.not_modifier or t.norm in s["nouns"]:
        return False
    pats = _pats(sc)
    return t.stem in verb_stems(pats) and (t.form in s["retag"] or _suffixed(pats, t))


def _pats(sc):
    """The coder's patterns; a reader without them (pronouns are resolved before the
    coder is whole) reads the language's own: the pipeline's set when it has no user
    verbs (``patterns`` is cached by its arguments as given: ``(code,)`` would be a
    second set, loaded and indexed again in every process)."""
    found = sc.__dict__.get("pats")
    if found is None:
        from peristiwa.coding.patterns import patterns

        found = patterns(sc.d.code, ())
    return found


def focus_pronoun(sc, i: int, s: dict | None = None) -> Mention | None:
    """The agent pronoun mention right before token ``i`` (grammar ``bare_predicate``
    ``agents``), or None."""
    s = s or spec(sc)
    j = i - 1
    if j < 0 or j not in sc.tok_mention or sc.toks[j].norm not in s.get("agents", ()):
        return None
    ment = sc.mentions[sc.tok_mention[j]]
    return ment if ment.first == ment.last == j else None


def focus_agent(sc, i: int) -> Mention | None:
    """Of a bare verb at token ``i``: the agent pronoun of an object-focus passive ("sudah
    *kami* tangkap", "yang *mereka* serang", "Akun itu *kami* blokir"): the pronoun right
    before it, after a modal or relative word or a demonstrative closing the phrase acted
    on (grammar ``bare_predicate`` ``focus_after``), with no object of its own after the
    verb. None when the verb is no such passive ("Kami tangkap dia": the pronoun opens the
    clause, the subject of an active; "rumah kami rusak": a possessive)."""
    if not candidate(sc, i):
        return None
    pron = focus_pronoun(sc, i)
    if pron is None or pron.first == 0:
        return None
    before = sc.toks[pron.first - 1].norm
    if not (before in sc.modal or before in sc.relative or before in spec(sc)["focus_after"]):
        return None
    return None if _object_after(sc, i) else pron


def _object_after(sc, i: int) -> bool:
    """A noun of its own follows the verb at token ``i`` ("yang kita mintakan
    perpanjangannya"): the object of an active, not the end of a passive (a break, a
    preposition, a time word, another clause's word or verb: "yang mereka serang berada")."""
    k = i + 1
    if k >= len(sc.toks):
        return False
    t = sc.toks[k]
    return t.text[:1].isalpha() and t.norm not in sc.not_modifier and t.norm not in sc.d.words("time_words") \
        and t.norm not in spec(sc)["not_before"] and sc.voice.get(t.form) not in ("active", "passive")


def headline_tokens(data, pats, tokens: list[Token]) -> list[Token]:
    """A headline written in Title Case ("KPK Tahan Bupati Bogor", "Menlu Bertemu Menlu
    Jepang"), whose every word of content opens with a capital (grammar ``bare_predicate``
    ``headline_words`` of them at least; a short function word may stay lower-case): its
    verbs of a pattern (not the first word: a prefixed verb of ``headline_forms``, or a bare
    base) written in lower case, so that no name is read across the verb ("KPK Tahan Bupati
    Bogor" is no body's name). A token keeps its length; the same list when the sentence is
    no such headline."""
    raw = data.setting("bare_predicate") or {}
    s = spec_of(data)
    least = int(raw.get("headline_words", 0))
    if not least:
        return tokens
    # (in one pass, left at the first word of content in lower case: most sentences' second)
    small, capitals = data.words("prepositions"), 0
    for t in tokens:
        first = t.text[:1]
        if first.isupper():
            capitals += first.isalpha()
        elif first.islower() and first.isalpha() and t.norm not in small \
                and t.norm not in data.words("coordinators"):
            return tokens
    if capitals < least:
        return tokens
    prefixed = frozenset(raw.get("headline_forms", []))
    stems = verb_stems(pats, prefixed)
    out = list(tokens)
    for k, t in enumerate(tokens):
        if k == 0 or not t.text.isalpha() or t.text.isupper() or t.stem not in stems:
            continue
        if t.form in prefixed or t.form in s["retag"] or t.form in s["suffixed"] and _suffixed(pats, t):
            out[k] = replace(t, text=t.text.lower())
    return out


def _suffixed(pats, t: Token) -> bool:
    found = pats.derivation.of(t.norm, t.stem) if pats.derivation is not None else None
    return found is not None and not found[0] and found[1] != ""


def verb_stems(pats, forms: frozenset[str] = frozenset()) -> frozenset[str]:
    """The stems of the patterns' first words written as a verb (a form of
    ``verb_derivation``, "menangkap", "ditahan", or of ``forms``), found once per pattern set."""
    key = ("_bare_verb_stems", forms)
    memo = pats.__dict__.setdefault("_bare_verb_stems", {})
    found = memo.get(key)
    if found is None:
        from peristiwa.coding.patterns import first_word_forms

        forms = forms | (pats.derivation.forms if pats.derivation is not None else frozenset())
        # the shipped patterns' first words as the disk cache keeps them; a user's verbs' here
        shipped, firsts = pats.__dict__.get("firsts", (0, ()))
        firsts = firsts + first_word_forms(pats, pats.patterns[shipped:])
        found = memo[key] = frozenset(stem for stem, form in firsts if form in forms)
    return found
