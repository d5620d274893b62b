"""Who speaks in a sentence: the actor a reporting word names ("..., kata X",
"Menurut X, ...", '"...," Erdogan said'), and a person the text names without a
role (CONVENTIONS §7.7), whom the side finders take where no actor is coded."""

from __future__ import annotations

from collections.abc import Callable

from peristiwa.actors.lexicon import lower_case_only
from peristiwa.coding.names import lower_name_word
from peristiwa.lang import LanguageData
from peristiwa.records import Actor, Mention, Sentence, Token

QUOTES = frozenset({"“", "”", '"', "«", "»"})


def speaker_of(data: LanguageData, sent: Sentence, mentions: list[Mention],
               country: str = "") -> Mention | None:
    """The actor named with a reporting verb, if any: after it ("..., kata Gustavo
    Petta", "Menurut X, ..."), or for a language whose speaker may stand before it
    (grammar ``reporting_after_speaker``) right before it ("...," Erdogan said).
    A name nothing codes right after the verb is a person the text names without a
    role: with ``country`` (the sentence's), that country's bare code (CONVENTIONS
    §7.7)."""
    rep = data.words("reporting")
    after = data.words("reporting_after_speaker")
    skip = data.words("mention_skip")
    appos = data.words("speaker_apposition")
    one_of = data.words("speaker_one_of")
    toks = sent.tokens
    # the tokens that may name a speaker (most sentences have none: nothing more to do)
    words = [j for j, t in enumerate(toks) if t.norm in rep or t.norm in after]
    if not words:
        return None
    at = {t: m for m in mentions for t in range(m.first, m.last + 1)}
    for j in words:
        t = toks[j]
        if t.norm in after and j > 0 and j - 1 in at:
            m = at[j - 1]
            e = m.first - 1
            while e >= 0 and toks[e].norm in skip:
                e -= 1  # '..., *the* Kenyan president said'
            if m.actor.code and m.actor.kind != "pronoun" and _quote_edge(toks, e):
                return m
        if t.norm in rep:
            k = j + 1
            # "kata Rafael Moreno, ketua serikat petani ...": an unknown name,
            # then the apposition that says who the speaker is
            while k < len(toks) and k - j <= 8:
                if k in at and at[k].actor.kind == "name" and not at[k].actor.code:
                    k = at[k].last + 1  # a name we cannot code: its apposition may say who
                elif k not in at and (toks[k].norm in skip or toks[k].norm == "," or toks[k].norm in one_of
                                      or toks[k].text[:1].isupper() or k > j + 1 and toks[k].norm in appos):
                    k += 1  # "kata Andi, yang juga Ketua ...": the apposition says who
                else:
                    break
            if k in at and at[k].actor.kind != "pronoun" and at[k].actor.code:
                return at[k]
            if country and _quote_edge(toks, j - 1):
                named = bare_name(data, sent, j + 1, at, country)
                if named is not None:
                    return named
    return None


def _quote_edge(toks: list[Token], j: int) -> bool:
    """Token ``j`` ends what a speaker said, or nothing stands before: the sentence's
    start, a comma or a quotation mark ("...," kata X; Menurut X, ...)."""
    return j < 0 or toks[j].norm in QUOTES or toks[j].norm == ","


def bare_name(data: LanguageData, sent: Sentence, k: int, at: dict[int, Mention],
               country: str, then: Callable[[int], bool] | None = None, lower: bool = False) -> Mention | None:
    """A person's name of one to four capitalised words at token ``k`` that is no
    mention, followed by a comma, the sentence's end or a preposition ("kata Suryadi
    di Jakarta"), or by a token ``then`` accepts: a person of ``country`` named
    without a role. With ``lower``, in a sentence written all in lower case, words
    that may be a name (``lower_name_word``) stand for the capitalised ones."""
    toks = sent.tokens
    stop = data.words("time_words") | data.words("prepositions") | data.words("mention_skip")
    lower = lower and lower_case_only(sent.text)
    end = k
    while end < len(toks) and end - k < 4 and end not in at and toks[end].text.isalpha() \
            and (toks[end].text[:1].isupper() and toks[end].text[1:2].islower() or lower
                 and lower_name_word(data, toks[end])) \
            and toks[end].norm not in stop:
        end += 1
    if end == k:
        return None
    nxt = toks[end].norm if end < len(toks) else "."
    if not (nxt in (",", ".", ";") or nxt in data.words("prepositions") or nxt in data.words("time_words")
            or nxt in data.words("clause_breaks") or then is not None and end < len(toks) and then(end)):
        return None
    first, last = toks[k], toks[end - 1]
    text = sent.text[first.start - sent.start: last.end - sent.start]
    actor = Actor(code=country, name=text, country=country, kind="person")
    return Mention(k, end - 1, first.start, last.end, text, actor, ("a name with no role",))
