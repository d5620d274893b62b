"""The event score: a learned estimate of whether a coded match is a real event.

The rules code a match wherever a pattern's trigger stands with its sides; on unseen
text most false events are such triggers where the case tells of no event of that
kind (a word used in another sense, an act only talked about). Before the coder
emits a sentence's coded matches, each is given a score, the probability that it is
an event of its root, from a logistic model over a few explainable features:

- the trigger: its root and code, the voice of the match (active, passive, nominal),
  the pattern's flags and file, its stem and norm;
- its context: the norms of the words just before and after it and of the dozen
  words before it (what the sentence is about: a game, a film), a relative word or a
  clause break before it, whether it stands inside quotation marks or after a verb
  of saying, where it stands in the sentence and how long the sentence is;
- its sides: each side's kind (unset, known empty, or the kind of its first actor,
  with or without a country), how it was found (the first words of its note; the
  attachment model's fills), whether both sides are of one country, the number of
  actors in the sentence.

A match scored below the language's margin is dropped (``SentenceCoder.evscore_dropped``
keeps it with its note); a kept one carries its score in its notes, which ``why``
shows ("evscore: kept 0.81 (root=19, src=country)"). The weights and the margin are
data, one ``feature<TAB>weight`` a line in ``lang/<code>/evscore.tsv`` (the format
of ``attach.tsv``; no file: no score, every match kept), learned by
``training/evscore_train.py``.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from peristiwa.coding import attach

if TYPE_CHECKING:
    from peristiwa.coding.coder import CodedMatch, SentenceCoder
    from peristiwa.coding.reading import Side
    from peristiwa.lang import LanguageData

FILE = "evscore.tsv"
MARGIN = "event"  # the name of the margin in the weights file ("@threshold|event")
QUOTES = frozenset('"“”«»')
WINDOW = 3  # words just before the trigger whose norms are features ("near=")
CONTEXT = 12  # words before the trigger whose norms are features too ("ctx=": what the clause is about)
# called with (coder, coded match, features) for every match judged (training, tests)
recorder = None


def model(data: LanguageData) -> attach.Model | None:
    """The language's model, read once (None when it has no weights file)."""
    if "_evscore_model" not in data.__dict__:
        path = data.file(FILE)
        data.__dict__["_evscore_model"] = attach.read(path) if path.is_file() else None
    return data.__dict__["_evscore_model"]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _norm(c: SentenceCoder, k: int) -> str:
    return c.toks[k].norm if 0 <= k < len(c.toks) else "<edge>"


def _trigger(c: SentenceCoder, cm: CodedMatch) -> list[str]:
    m = cm.match
    t = c.toks[m.anchor]
    voice = c._voice(m)
    out = ["bias", f"root={cm.code[:2]}", f"code={cm.code}", f"voice={voice}",
           f"root|voice={cm.code[:2]}|{voice}", f"stem={t.stem}", f"norm={t.norm}",
           f"file={m.pattern.file}", f"words={_bucket(len(m.word_tokens), (1, 2, 3))}",
           f"changed={cm.code != m.pattern.code}"]
    return out + [f"flag={f}" for f in sorted(m.pattern.flags)]


def _context(c: SentenceCoder, cm: CodedMatch) -> list[str]:
    m, w = cm.match, c.d.words
    a, n = m.anchor, len(c.toks)
    before = [c.toks[k].norm for k in range(a)]
    out = [f"prev={_norm(c, a - 1)}", f"prev2={_norm(c, a - 2)}|{_norm(c, a - 1)}",
           f"next={_norm(c, m.last + 1)}"]
    out += [f"near={x}" for x in dict.fromkeys(before[-WINDOW:])]
    out += [f"ctx={x}" for x in dict.fromkeys(before[-CONTEXT:])]
    near = before[-4:]
    out.append(f"relative_near={any(x in w('relative') for x in near)}")
    out.append(f"break_before={any(x in c.hard or x in w('clause_breaks') for x in before)}")
    out.append(f"quoted={sum(1 for x in before if x in QUOTES) % 2 == 1}")
    said = w("statement_verbs") | w("reporting")
    out.append(f"said_before={any(x in said for x in before)}")
    out.append(f"position={_bucket(a, (0, 2, 6, 12, 20))}")
    out.append(f"length={_bucket(n, (8, 15, 25, 40))}")
    out.append(f"mentions={_bucket(sum(1 for x in c.mentions if x.actor.code), (0, 1, 2, 4))}")
    return out


def _kind(side: Side | None) -> str:
    if side is None:
        return "unset"
    if not side.mentions:
        return "empty"
    a = side.mentions[0].actor
    return (a.kind or "?") + ("" if a.country else "-")


def _how(side: Side | None) -> str:
    if side is None or not side.note:
        return "-"
    return "model" if side.note.startswith(attach.FILLED) else " ".join(side.note.split()[:3])


def _sides(c: SentenceCoder, cm: CodedMatch) -> list[str]:
    src, tgt = cm.source, cm.target
    out = [f"src={_kind(src)}", f"tgt={_kind(tgt)}", f"pair={_kind(src)}|{_kind(tgt)}",
           f"src_how={_how(src)}", f"tgt_how={_how(tgt)}",
           f"root|tgt={cm.code[:2]}|{_kind(tgt)}"]
    a = cm.match.anchor
    for name, side in (("src", src), ("tgt", tgt)):
        if side is not None and side.mentions:
            x = side.mentions[0]
            out.append(f"{name}_at={'<' if x.last < a else '>'}"
                       f"{_bucket(abs(a - x.last if x.last < a else x.first - a), (1, 3, 6))}")
    if src and tgt and src.mentions and tgt.mentions:
        cs, ct = src.mentions[0].actor.country, tgt.mentions[0].actor.country
        out.append(f"same_country={bool(cs) and cs == ct}")
    return out


def features(c: SentenceCoder, cm: CodedMatch) -> list[str]:
    """The features of coded match ``cm`` of the sentence ``c`` codes."""
    return _trigger(c, cm) + _context(c, cm) + _sides(c, cm)


def probability(mdl: attach.Model, feats: list[str]) -> float:
    s = max(-30.0, min(30.0, mdl.score(feats)))
    return 1.0 / (1.0 + math.exp(-s))


def _why(mdl: attach.Model, feats: list[str], sign: int) -> str:
    """The two features that push the score most the way it went."""
    w = mdl.weights
    top = sorted((f for f in feats if f != "bias" and sign * w.get(f, 0.0) > 0), key=lambda f: -sign * w[f])
    return ", ".join(top[:2]) or "the base rate"


def judge(c: SentenceCoder, out: list[CodedMatch]) -> list[CodedMatch]:
    """The coded matches the model keeps, each with its score in its notes; those
    dropped, with theirs, go to ``c.evscore_dropped``."""
    mdl = model(c.d)
    if (mdl is None or MARGIN not in mdl.thresholds) and recorder is None:
        return out  # no model, or one switched off (no margin): every match is kept as it is
    kept: list[CodedMatch] = []
    c.evscore_dropped = []
    for cm in out:
        feats = features(c, cm)
        if recorder is not None:
            recorder(c, cm, feats)
        if mdl is None or MARGIN not in mdl.thresholds:
            kept.append(cm)
            continue
        p = probability(mdl, feats)
        if p < mdl.thresholds[MARGIN]:
            c.evscore_dropped.append(replace(cm, notes=cm.notes + [f"evscore: dropped {p:.2f} ({_why(mdl, feats, -1)})"]))
            continue
        kept.append(replace(cm, notes=cm.notes + [f"evscore: kept {p:.2f} ({_why(mdl, feats, 1)})"]))
    return kept
