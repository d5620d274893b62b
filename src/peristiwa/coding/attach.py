"""The attachment model: a learned fallback that fills a side the rules left open.

When the rules of ``sides.py`` and ``coder.py`` leave the source or the target of a
coded match unknown (``None``: not a side known to be no actor), every mention of the
sentence is scored for that side, and so is "none" (the side stays empty). The best
mention is taken when its score beats "none" by the language's threshold. The model
never replaces a side the rules found, and never takes a mention of the other side.

The score is a linear sum of weights over a few explainable features of the
(side, mention) pair: the side asked and the voice of the match; the mention before
or after the trigger and its distance; the mentions and clause breaks between them;
the word before the mention and the word after the trigger (their norms); the
mention's kind; the first mention of the sentence. The weights are data, one
``feature<TAB>weight`` a line in ``lang/<code>/attach.tsv`` (no file: no model), learned
from read gold events by ``training/attach_train.py``. The note of a side the model
fills names its two features that weigh most (``why``). In a feature's name, ``<``
and ``>`` say that the mention stands before or after the trigger ("source|<|first=True":
a source candidate before the trigger that is the sentence's first mention).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from peristiwa.coding.reading import Side

if TYPE_CHECKING:
    from peristiwa.coding.coder import CodedMatch, SentenceCoder
    from peristiwa.lang import LanguageData
    from peristiwa.records import Mention

NONE = "none"
THRESHOLD = "@threshold"
FILE = "attach.tsv"
FILLED = "by the attachment model"  # how the note of a side the model fills begins
# called with (coder, coded match, side, candidates) for every side asked (training)
recorder = None


@dataclass
class Model:
    """Weights of the features and, per side, the margin over "none" a mention must
    pass (no margin: the side is never filled)."""

    weights: dict[str, float]
    thresholds: dict[str, float] = field(default_factory=dict)

    def score(self, feats: list[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in feats)

    def top(self, feats: list[str], n: int = 2) -> list[str]:
        """The ``n`` features that weigh most for a choice (for its note)."""
        w = self.weights
        return [f for f in sorted(feats, key=lambda f: -w.get(f, 0.0)) if w.get(f, 0.0) > 0][:n]

    def dump(self, path: Path, header: str = "") -> None:
        lines = [f"# {x}" for x in header.splitlines()]
        lines += [f"{THRESHOLD}|{side}\t{v:.4f}" for side, v in sorted(self.thresholds.items())]
        lines += [f"{f}\t{v:.4f}" for f, v in sorted(self.weights.items()) if round(v, 4) != 0]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read(path: Path) -> Model:
    weights: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f, v = line.rsplit("\t", 1)
        weights[f] = float(v)
    thresholds = {f.split("|", 1)[1]: weights.pop(f) for f in list(weights) if f.startswith(THRESHOLD)}
    return Model(weights, thresholds)


def model(data: LanguageData) -> Model | None:
    """The language's model, read once (None when it has no weights file)."""
    if "_attach_model" not in data.__dict__:
        path = data.file(FILE)
        data.__dict__["_attach_model"] = read(path) if path.is_file() else None
    return data.__dict__["_attach_model"]


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7-10" if n <= 10 else "11+"


def _few(n: int) -> str:
    return str(min(n, 2)) + ("+" if n >= 2 else "")


def _norm(c: SentenceCoder, k: int) -> str:
    return c.toks[k].norm if 0 <= k < len(c.toks) else "<edge>"


def none_features(c: SentenceCoder, cm: CodedMatch, side: str, voice: str) -> list[str]:
    """The features of leaving ``side`` empty."""
    other = cm.target if side == "source" else cm.source
    n = sum(1 for x in c.mentions if x.actor.code)
    kind = (other.mentions[0].actor.kind or "?") + ("" if other.mentions[0].actor.country else "-") \
        if other is not None and other.mentions else "-"
    return [f"{side}|none", f"{side}|none|voice={voice}", f"{side}|none|other={kind}",
            f"{side}|none|mentions={_few(n)}", f"{side}|none|root={cm.code[:2]}",
            f"{side}|none|trigger={c.toks[cm.match.anchor].stem}"]


def features(c: SentenceCoder, cm: CodedMatch, side: str, voice: str, x: Mention) -> list[str]:
    """The features of taking mention ``x`` for ``side`` of the coded match ``cm``."""
    m = cm.match
    lo, hi = min(m.word_tokens), max(m.word_tokens + [m.last])
    before = x.last < lo
    pos = "<" if before else ">"  # the mention before (<) or after (>) the trigger
    a, b = (x.last, lo) if before else (hi, x.first)
    between = range(a + 1, b)
    others = [y for y in c.mentions if y is not x and y.actor.code and a < y.first and y.last < b]
    w = c.d.words
    commas = sum(1 for k in between if c.toks[k].norm in w("coordinators") and not c.toks[k].norm.isalpha())
    breaks = sum(1 for k in between if c.toks[k].norm in c.hard or c.toks[k].norm in w("clause_breaks"))
    rel = any(c.toks[k].norm in w("relative") for k in between)
    first = min((y.first for y in c.mentions if y.actor.code), default=x.first) == x.first
    sv, sp = f"{side}|{voice}", f"{side}|{pos}"
    out = [f"{sv}|{pos}", f"{sp}|dist={_bucket(b - a - 1)}", f"{sv}|{pos}|dist={_bucket(b - a - 1)}",
           f"{sp}|between={_few(len(others))}", f"{sv}|{pos}|between={_few(len(others))}",
           f"{sp}|commas={_few(commas)}", f"{sp}|breaks={_few(breaks)}", f"{sp}|relative={rel}",
           f"{side}|kind={x.actor.kind}", f"{sp}|kind={x.actor.kind}",
           f"{side}|prev={_norm(c, x.first - 1)}", f"{sp}|next_trigger={_norm(c, hi + 1)}",
           f"{sp}|first={first}", f"{sp}|initial={x.first == 0}"]
    if cm.code:
        out.append(f"{sp}|root={cm.code[:2]}")
    return out


def candidates(c: SentenceCoder, cm: CodedMatch, side: str) -> list[Mention]:
    """The mentions that may fill ``side``: coded actors outside the trigger's words
    and outside the other side."""
    other = cm.target if side == "source" else cm.source
    taken = {id(y) for y in other.mentions} if other is not None else set()
    words = set(cm.match.word_tokens)
    return [x for x in c.mentions if x.actor.code and id(x) not in taken
            and not words & set(range(x.first, x.last + 1))]


def fill(c: SentenceCoder, out: list[CodedMatch]) -> list[CodedMatch]:
    """The coded matches with the sides the rules left unknown filled where the model
    is sure enough (see the module's docstring)."""
    mdl = model(c.d)
    if mdl is None and recorder is None:
        return out
    for k, cm in enumerate(out):
        for side in ("source", "target"):
            if getattr(cm, side) is not None or "quote" in cm.match.pattern.flags \
                    or mdl is not None and side not in mdl.thresholds:
                continue
            cands = candidates(c, cm, side)
            if not cands:
                continue
            voice = c._voice(cm.match)
            feats = [features(c, cm, side, voice, x) for x in cands]
            if recorder is not None:
                recorder(c, cm, side, cands, feats, none_features(c, cm, side, voice))
            if mdl is None:
                continue
            scores = [mdl.score(f) for f in feats]
            best = max(range(len(cands)), key=lambda i: (scores[i], -i))
            if scores[best] - mdl.score(none_features(c, cm, side, voice)) <= mdl.thresholds[side]:
                continue
            note = f"{FILLED} ({', '.join(mdl.top(feats[best])) or 'best score'})"
            cm = replace(cm, **{side: Side([cands[best]], note)})
            out[k] = cm
    return out
