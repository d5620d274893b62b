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
only; ``a|b`` matches either, each alternative with its own family.

A verb's derivation is part of the word (grammar.toml ``verb_derivation``):
where a language lists verb prefixes and suffixes (Indonesian memper-/diper-,
-kan/-i), an active or passive form matches an active or passive token only
with the same derivation, so "memutus" (cut) is not "memutuskan" (decide),
"menemui" (meet) not "menemukan" (find), "menahan" not "mempertahankan".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

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
    # each alternative's (stem, forms or None, derivation or None) when they differ from the
    # union above (an alternation, or a verb whose derivation must agree); () = the union is exact
    alts: tuple = ()
    derivation: Derivation | None = field(default=None, compare=False, repr=False)

    def matches(self, tok: Token) -> bool:
        if tok.norm in self.exclude:
            return False
        if tok.norm in self.exact:
            return True
        if tok.stem not in self.stems:
            return False
        if not self.alts:
            return self.forms is None or tok.form in self.forms
        for stem, forms, deriv in self.alts:
            if stem != tok.stem or (forms is not None and tok.form not in forms):
                continue
            if deriv is None or tok.form not in self.derivation.forms:
                return True
            if self.derivation.of(tok.norm, tok.stem) in (deriv, None):
                return True
        return False


class Derivation:
    """The derivational affixes of a verb form beyond its voice: Indonesian memper-/diper-
    and -kan/-i (grammar.toml ``verb_derivation``). ``of(word, stem)`` is (prefixed, suffix):
    whether one of the prefixes stands before the stem (memper- and diper- are one prefix in
    two voices), the suffix or "", or None when the word cannot be split around its stem."""

    def __init__(self, spec: dict, clitics: tuple[str, ...]) -> None:
        self.forms = frozenset(spec.get("forms", []))
        self.prefixes = tuple(sorted(spec.get("prefixes", []), key=len, reverse=True))
        self.suffixes = tuple(sorted(spec.get("suffixes", []), key=len, reverse=True))
        self.clitics = clitics
        self.of = lru_cache(maxsize=100_000)(self._of)

    def _of(self, word: str, stem: str) -> tuple[bool, str] | None:
        if len(stem) < 3:
            return None
        # the stem's first letter may have melted into a nasal prefix (menemui: temu)
        body = stem[1:]
        for core in (word, *(word[: -len(c)] for c in self.clitics if word.endswith(c))):
            suffix = next((x for x in (*self.suffixes, "") if core.endswith(body + x)), None)
            if suffix is None:
                continue
            return any(core.startswith(p + stem) for p in self.prefixes), suffix
        return None


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
    user: bool = False  # from a user's verb dictionary (``--verbs``): wins over the shipped patterns

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
    def __init__(self, lang: str, verbs: tuple[str, ...] = ()) -> None:
        self.lang = lang
        self.data = langdata.load(lang)
        self.stemmer = Stemmer(self.data)
        self.families = {k: frozenset(v) for k, v in self.data.grammar.get("families", {}).items()}
        spec = self.data.setting("verb_derivation")
        self.derivation = Derivation(spec, self.stemmer.clitics) if spec else None
        self.patterns: list[Pattern] = []
        self.by_stem: dict[str, list[Pattern]] = {}
        self.by_exact: dict[str, list[Pattern]] = {}
        self.errors: list[str] = []
        # generated files first so hand-written entries override them
        files = sorted(self.data.path.glob("events*.txt"), key=lambda p: (p.name == "events.txt", p.name))
        for path in files:
            self._load(path)
        for vfile in verbs:
            self._load_petrarch(vfile)

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

    def _load_petrarch(self, path: str) -> None:
        """A user's PETRARCH verb dictionary (``coding/petrarch.py``), its codes as written."""
        from peristiwa.coding import petrarch

        found = petrarch.read(path)
        name = found.path.name
        self.errors.extend(f"{name}:{n}: {why}" for n, why in found.skipped)
        for code, body, n in found.patterns:
            try:
                pat = self.compile(code, body, name, n)
            except ValueError as exc:
                self.errors.append(f"{name}:{n}: {exc}")
                continue
            pat.user = True
            self._index(pat)

    def _index(self, pat: Pattern) -> None:
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
        alts = []
        any_form = False
        for alt in spec.split("|"):
            if alt.startswith("!"):
                exclude.add(fold(alt[1:]))
                continue
            if alt.startswith("="):
                exact.add(fold(alt[1:]))
                continue
            w = fold(alt.replace("_", " "))
            stem = self.stemmer.stem(w)
            stems.add(stem)
            form = self.stemmer.form(w)
            fam = self.families.get(form)
            if fam is None:
                any_form = True
            else:
                forms |= fam
            deriv = None
            if self.derivation and form in self.derivation.forms and " " not in w:
                deriv = self.derivation.of(w, stem)
            alts.append((stem, fam if self.families else None, deriv))
        union = None if any_form or not self.families else frozenset(forms)
        # alternatives are matched one by one when the union would let one's stem take
        # another's forms, or a verb's derivation must agree
        exact_union = len(alts) <= 1 or len({a[1] for a in alts}) == 1
        keep = () if exact_union and all(a[2] is None for a in alts) else tuple(alts)
        return Word(frozenset(stems), union, frozenset(exact), spec, frozenset(exclude), keep,
                    self.derivation)

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
def patterns(lang: str, verbs: tuple[str, ...] = ()) -> PatternSet:
    """The patterns of a language, with a user's PETRARCH verb dictionaries (``--verbs``)."""
    return PatternSet(lang, verbs)
