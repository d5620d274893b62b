"""Event patterns: the ``lang/<l>/events*.txt`` files, compiled and matched.

A pattern line is ``CODE  PATTERN  [@flag ...]  [# comment]``:

    173   menangkap                      # menangkap, ditangkap, penangkapan
    163   menjatuhkan ... sanksi         # "..." lets up to 6 words stand between
    010   mengatakan kepada +            # "+": the target stands here
    111   + mendapat kritikan dari $     # "$": the source; at the start = the subject
    190   perang antara +   @mutual      # both directions among the actors found
    141   berdemonstrasi    @notarget    # coded without a target (protests, 14x/15x)
    ---   menahan diri                   # null code: this phrase codes nothing

Words are written as a dictionary would write them; each matches every
inflection of its stem that belongs to the same family (see ``[families]``
in grammar.toml): "menangkap" matches ditangkap and penangkapan but
"menahan" does not match "pertahanan". ``=word`` matches that exact form
only; ``a|b`` matches either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from peristiwa import lang as langdata
from peristiwa.coding import cameo
from peristiwa.lang import read_lines
from peristiwa.records import Token
from peristiwa.text.normalize import fold
from peristiwa.text.stems import Stemmer

GAP = 6
NULL = "---"


@dataclass(frozen=True)
class Word:
    stems: frozenset[str]
    forms: frozenset[str] | None  # allowed surface forms; None = any
    exact: frozenset[str]  # exact folded surfaces (always allowed)
    text: str
    exclude: frozenset[str] = frozenset()  # surfaces never matched ("!pemerintahan")

    def matches(self, tok: Token) -> bool:
        if tok.norm in self.exclude:
            return False
        if tok.norm in self.exact:
            return True
        if tok.stem not in self.stems:
            return False
        return self.forms is None or tok.form in self.forms


@dataclass(frozen=True)
class Slot:
    role: str  # "$" source | "+" target


@dataclass(frozen=True)
class Gap:
    size: int = GAP


Element = Word | Slot | Gap


@dataclass
class Pattern:
    id: str
    code: str
    elements: list[Element]
    flags: frozenset[str]
    text: str
    file: str
    line: int

    @property
    def words(self) -> list[Word]:
        return [e for e in self.elements if isinstance(e, Word)]

    @property
    def lead_slot(self) -> str | None:
        first = self.elements[0]
        return first.role if isinstance(first, Slot) else None


@dataclass
class Match:
    pattern: Pattern
    word_tokens: list[int]  # token indices of matched words
    slots: dict[str, tuple[int, int]] = field(default_factory=dict)  # role -> (first, last) tokens

    @property
    def anchor(self) -> int:
        return self.word_tokens[0]

    @property
    def last(self) -> int:
        return self.word_tokens[-1]


class PatternSet:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.data = langdata.load(lang)
        self.stemmer = Stemmer(self.data)
        self.families = {k: frozenset(v) for k, v in self.data.grammar.get("families", {}).items()}
        self.patterns: list[Pattern] = []
        self.by_stem: dict[str, list[Pattern]] = {}
        self.by_exact: dict[str, list[Pattern]] = {}
        self.errors: list[str] = []
        # generated files first so hand-written entries override them
        files = sorted(self.data.path.glob("events*.txt"), key=lambda p: (p.name == "events.txt", p.name))
        for path in files:
            self._load(path)

    def _load(self, path) -> None:
        for n, line in read_lines(path):
            parts = line.split(None, 1)
            if len(parts) < 2:
                self.errors.append(f"{path.name}:{n}: no pattern after the code")
                continue
            code, body = parts
            if code != NULL and not cameo.is_code(code):
                self.errors.append(f"{path.name}:{n}: unknown CAMEO code {code}")
                continue
            try:
                pat = self.compile(code, body, path.name, n)
            except ValueError as exc:
                self.errors.append(f"{path.name}:{n}: {exc}")
                continue
            self.patterns.append(pat)
            anchor = pat.words[0]
            for s in anchor.stems:
                self.by_stem.setdefault(s, []).append(pat)
            for s in anchor.exact:
                self.by_exact.setdefault(s, []).append(pat)

    def compile(self, code: str, body: str, fname: str = "", line: int = 0) -> Pattern:
        flags = frozenset(t[1:] for t in body.split() if t.startswith("@"))
        tokens = [t for t in body.split() if not t.startswith("@")]
        elements: list[Element] = []
        for t in tokens:
            if t in ("$", "+"):
                elements.append(Slot(t))
            elif t == "...":
                elements.append(Gap())
            elif t.startswith("...") and t[3:].isdigit():
                elements.append(Gap(int(t[3:])))
            else:
                elements.append(self._word(t))
        if not any(isinstance(e, Word) for e in elements):
            raise ValueError("a pattern needs at least one word")
        text = " ".join(tokens)
        pid = f"{self.lang}:{fname}:{code}:{text}"
        return Pattern(pid, code, elements, flags, text, fname, line)

    def _word(self, spec: str) -> Word:
        stems, exact, forms, exclude = set(), set(), set(), set()
        any_form = False
        for alt in spec.split("|"):
            if alt.startswith("!"):
                exclude.add(fold(alt[1:]))
                continue
            if alt.startswith("="):
                exact.add(fold(alt[1:]))
                continue
            w = fold(alt.replace("_", " "))
            stems.add(self.stemmer.stem(w))
            form = self.stemmer.form(w)
            fam = self.families.get(form)
            if fam is None:
                any_form = True
            else:
                forms |= fam
        return Word(frozenset(stems), None if any_form or not self.families else frozenset(forms),
                    frozenset(exact), spec, frozenset(exclude))

    # -- matching --------------------------------------------------------------

    def candidates(self, tok: Token) -> list[Pattern]:
        return self.by_stem.get(tok.stem, []) + self.by_exact.get(tok.norm, [])

    def match(self, tokens: list[Token], mention_at: dict[int, tuple[int, int]],
              breaks: frozenset[str], skip: frozenset[str]) -> list[Match]:
        """Every match of every pattern in the sentence."""
        out = []
        for i, tok in enumerate(tokens):
            for pat in self.candidates(tok):
                if not pat.words[0].matches(tok):
                    continue
                start = 1 if pat.lead_slot else 0
                m = self._match_from(pat, start + 1, tokens, i + 1, [i], {}, mention_at, breaks, skip)
                if m is not None:
                    out.append(m)
        return out

    def _match_from(self, pat, ei, tokens, ti, words, slots, mention_at, breaks, skip):
        els = pat.elements
        if ei >= len(els):
            return Match(pat, list(words), dict(slots))
        el = els[ei]
        if isinstance(el, Gap):
            nxt = ei + 1
            k, seen = ti, 0
            while k < min(len(tokens), ti + el.size + 1 + seen):
                past = _past_aside(tokens, k)
                if past != k:  # a bracketed aside neither counts nor breaks: "rapat (rakor) dengan"
                    seen += past - k
                    k = past
                    continue
                m = self._match_from(pat, nxt, tokens, k, words, slots, mention_at, breaks, skip)
                if m is not None:
                    return m
                if k < len(tokens) and tokens[k].norm in breaks:
                    break
                k += 1
            return None
        ti = _past_aside(tokens, ti)
        if isinstance(el, Slot):
            k = ti
            final = ei == len(els) - 1
            # A slot ends the pattern: the first actor within a few words
            # ("heran dengan rencana Gubernur DKI"); elsewhere it must follow at once.
            reach = 4 if final else 3
            while k < len(tokens) and k - ti < reach and (k not in mention_at or mention_at[k][0] != k):
                if tokens[k].norm in breaks or (not final and tokens[k].norm not in skip):
                    break
                k += 1
            if k in mention_at and mention_at[k][0] == k:
                last = mention_at[k][1]
                slots = dict(slots)
                slots[el.role] = (k, last)
                return self._match_from(pat, ei + 1, tokens, last + 1, words, slots, mention_at,
                                        breaks, skip)
            return None
        # a word: must be the next token
        if ti < len(tokens) and el.matches(tokens[ti]):
            return self._match_from(pat, ei + 1, tokens, ti + 1, words + [ti], slots, mention_at,
                                    breaks, skip)
        return None


ASIDE = 8  # the most tokens a bracketed aside inside a pattern may hold


def _past_aside(tokens: list[Token], k: int) -> int:
    """After a short bracketed aside opening at token ``k`` ("(rakor)", "(12/9)"), the
    token that follows it; ``k`` itself when none opens there."""
    if k >= len(tokens) or tokens[k].norm != "(":
        return k
    for j in range(k + 1, min(len(tokens), k + ASIDE + 2)):
        if tokens[j].norm == ")":
            return j + 1
        if tokens[j].norm == "(":
            return k
    return k


@cache
def patterns(lang: str) -> PatternSet:
    return PatternSet(lang)
