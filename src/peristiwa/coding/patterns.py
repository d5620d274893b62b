"""Event patterns: the ``lang/<l>/events*.txt`` files, compiled and matched.

A pattern line is ``CODE  PATTERN  [@flag ...]  [# comment]``:

    173   menangkap                      # menangkap, ditangkap, penangkapan
    163   menjatuhkan ... sanksi         # "..." lets up to 6 words stand between
    010   mengatakan kepada +            # "+": the target stands here
    111   + mendapat kritikan dari $     # "$": the source; at the start = the subject
    190   perang antara +   @mutual      # both directions among the actors found
    141   berdemonstrasi    @notarget    # coded without a target (protests, 14x/15x)
    143   walk out          @anyrole     # the act's own code whoever does it (no by-role)
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

Matching is one pass over the sentence: the patterns that share a trigger
(the stem of their first word, or its exact form) are merged into a trie of
their elements, whose words are indexed by stem and form, so a sentence costs
time in its length and in the patterns that could match it, not in the size of
the lexicon (issue #20; bench/lexicon_scaling.py measures it). A trie whose every
pattern needs another word next is walked only when the sentence holds one of
those words (session 26: 138,000 of the 320 benchmark articles' walks were of
triggers such as "dengan" or "desa" whose next words the sentence lacked).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from peristiwa import cache as disk_cache
from peristiwa import lang as langdata
from peristiwa import shared
from peristiwa.coding import cameo
from peristiwa.lang import read_lines
from peristiwa.records import Token
from peristiwa.shared import share
from peristiwa.text import stems as stems_module
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

    def __getstate__(self) -> dict:  # pickled with the patterns (the disk cache): not its memo
        return {k: v for k, v in self.__dict__.items() if not hasattr(v, "cache_info")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
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


class SlotSpans(dict):
    """What ``PatternSet.match`` takes as ``mention_at`` (first token -> span a slot may
    take): the mentions' spans, as a dict, and other spans (the sentence's places no
    mention covers) found by ``find`` only when a slot first looks at a token where one
    of them may begin (``begins``): a sentence whose slots never look there never finds
    them. Every answer is the one the dict of both would give (``begins`` is False only
    where ``find`` has no span). ``extra``: what ``find`` gave, None until it ran."""

    __slots__ = ("begins", "find", "extra")

    def __init__(self, spans: dict[int, tuple[int, int]], begins, find) -> None:
        super().__init__(spans)
        self.begins, self.find, self.extra = begins, find, None

    def _more(self, k: int) -> tuple[int, int] | None:
        if self.extra is None:
            if not self.begins(k):
                return None
            self.extra = self.find()
        return self.extra.get(k)

    def __contains__(self, k) -> bool:
        return dict.__contains__(self, k) or self._more(k) is not None

    def __getitem__(self, k) -> tuple[int, int]:
        found = self.get(k)
        if found is None:
            found = self._more(k)
            if found is None:
                raise KeyError(k)
        return found


class PatternSet:
    def __init__(self, lang: str, verbs: tuple[str, ...] = ()) -> None:
        self.lang = lang
        self.data = langdata.load(lang)
        self.stemmer = Stemmer(self.data)
        self.families = {k: frozenset(v) for k, v in self.data.grammar.get("families", {}).items()}
        spec = self.data.setting("verb_derivation")
        self.derivation = Derivation(spec, self.stemmer.clitics) if spec else None
        # nouns of a person made from a verb ("terdakwa", "tersangka"): the person, never
        # the act, so no pattern word matches them through its family
        self.person_nouns = frozenset(fold(w) for w in self.data.words("person_nouns"))
        # and nouns of another sense made from a pattern word's stem (grammar
        # ``other_sense_nouns``: "temuan", a finding, is no "bertemu"), with their clitics
        others = [fold(w) for w in self.data.words("other_sense_nouns")]
        self.other_senses = {n: frozenset([n, *(n + c for c in self.stemmer.clitics)]) for n in others}
        # where a slot closing a pattern stops looking (grammar ``slot_stoppers``)
        self.slot_stops = self.data.words("slot_stoppers")
        # adverbs that may stand between two words of a pattern ("bertemu *langsung* dengan +",
        # "menegaskan *kembali* kepada +"; grammar ``pattern_adverbs``, ``adverb_openers``)
        self.adverbs = (self.data.words("pattern_adverbs"), self.data.words("adverb_openers"))
        self.patterns: list[Pattern] = []
        self.by_stem: dict[str, list[Pattern]] = {}
        self.by_exact: dict[str, list[Pattern]] = {}
        self.errors: list[str] = []
        self._plus: list[tuple[str, frozenset[str], frozenset[str]]] = []  # (``slot_anchors``)
        # generated files first so hand-written entries override them
        files = sorted(self.data.path.glob("events*.txt"), key=lambda p: (p.name == "events.txt", p.name))

        def build() -> Shipped:
            self.classes = read_classes(self.data.path / CLASS_FILE, self.errors)
            read: list[Pattern] = []
            self.patterns = read
            for path in files:
                self._load(path)
            self.patterns = []
            for pat in read:
                self._index(pat)
            return Shipped.of(self)

        # compiled and indexed once and kept in the disk cache, keyed by every file they
        # come from (the language's folder, the stemmer's table, the CAMEO codes and this code)
        inputs = [*sorted(self.data.path.iterdir()), Path(__file__), Path(stems_module.__file__),
                  Path(str(resources.files("peristiwa") / "data" / stems_module.TABLE)),
                  Path(str(resources.files("peristiwa") / "data" / "cameo.tsv")), Path(shared.__file__)]
        disk_cache.cached(f"patterns-{lang}", inputs, build).into(self)
        for vfile in verbs:  # a user's PETRARCH verbs: never cached, read each time
            self._load_petrarch(vfile)
        self._init_tries()

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
                bodies = expand_classes(body, getattr(self, "classes", {}))
                pats = [self.compile(code, b, path.name, n, text) for b, text in bodies]
            except ValueError as exc:
                self.errors.append(f"{path.name}:{n}: {exc}")
                continue
            for pat in pats:
                self.patterns.append(pat)
                fronted = self._fronted(pat)
                if fronted is not None:
                    self.patterns.append(fronted)
                    whole = self._fronted_phrase(pat, fronted)
                    if whole is not None:
                        self.patterns.append(whole)

    def _fronted(self, pat: Pattern) -> Pattern | None:
        """"Massa dibubarkan aparat" for "membubarkan ... massa": a pattern of an active
        verb and its object noun also matches the noun fronted before the verb's passive
        (grammar ``fronted_passive``: the passive ``forms`` and the ``gap`` between them).
        The match is flagged ``fronted``: the noun's phrase is the target, the agent after
        the verb the source."""
        spec = self.data.setting("fronted_passive")
        els = pat.elements
        if not spec or len(els) < 3 or not isinstance(els[0], Word) or not isinstance(els[1], Gap) \
                or not isinstance(els[2], Word) or any(isinstance(e, Slot) and e.role == "$" for e in els):
            return None
        verb = els[0]
        end = next((k for k in range(2, len(els)) if not isinstance(els[k], Word)), len(els))
        noun = els[2:end]  # "memanggil ... duta besar": the noun of several words moves whole
        rest = els[end:]
        owned = [type(e) for e in rest] in ([Slot], [Gap, Slot]) and rest[-1].role == "+"
        if not owned and end < len(els) and (isinstance(els[end], Slot) or end + 1 < len(els)
                                             and isinstance(els[end], Gap) and isinstance(els[end + 1], Slot)):
            return None  # "membantah ... tuduhan (...3) + ...": the slot is the noun's, not the verb's
        active = {a for a in verb.text.split("|") if not a.startswith(("=", "!"))}
        if not active or any(self.stemmer.form(fold(a)) != "active" for a in active):
            return None
        passive = frozenset(spec["forms"])
        word = replace(verb, forms=passive, exact=frozenset(),
                       alts=tuple((st, passive, d) for st, _, d in verb.alts))
        # "mengabaikan ...2 usulan +": the noun's owner, its target, stands between it and the
        # passive verb ("Usulan X diabaikan Y"), where the fronted reading takes its target; the
        # agent must be named after the verb ("Rekomendasi X kepada Y diabaikan" is X's advice)
        elements = [*noun, Gap(int(spec["gap"])), word, *([Slot("$")] if owned else els[end:])]
        text = pat.text + " @fronted"
        return Pattern(f"{pat.id} @fronted", pat.code, elements, pat.flags | {"fronted"}, text,
                       pat.file, pat.line)

    def _fronted_phrase(self, pat: Pattern, fronted: Pattern) -> Pattern | None:
        """"Tawaran mediasi Turki ditolak Israel" for "menolak ... tawaran ... mediasi": when
        every element after the verb is a word or a gap, the whole object phrase also stands
        before the passive verb (beside ``_fronted``, which keeps the words after the noun
        after the verb: "Massa dibubarkan aparat dengan gas air mata")."""
        rest = pat.elements[2:]
        if not any(isinstance(e, Gap) for e in rest) or any(isinstance(e, Slot) for e in rest):
            return None
        gap = next(k for k, e in enumerate(fronted.elements) if isinstance(e, Gap))
        verb = fronted.elements[gap + 1]
        elements = [*rest, fronted.elements[gap], verb]
        flags = fronted.flags | {f"fronted_verb={sum(isinstance(e, Word) for e in rest)}"}
        return Pattern(f"{pat.id} @fronted-phrase", pat.code, elements, flags, pat.text + " @fronted",
                       pat.file, pat.line)

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
        if any(isinstance(e, Slot) and e.role == "+" for e in pat.elements):
            self._plus.append((pat.code, anchor.stems, anchor.exact))
        for s in anchor.stems:
            self.by_stem.setdefault(s, []).append(pat)
            self.__dict__.get("_stem_tries", {}).pop(s, None)  # built before it: built again
        for s in anchor.exact:
            self.by_exact.setdefault(s, []).append(pat)
            self.__dict__.get("_exact_tries", {}).pop(s, None)
        self.__dict__.get("_anchored", {}).clear()

    def compile(self, code: str, body: str, fname: str = "", line: int = 0, text: str = "") -> Pattern:
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
        text = text or " ".join(tokens)  # a line with a word class keeps the class's name
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
            exclude |= {n for n in self.person_nouns if n != w and self.stemmer.stem(n) == stem}
            for n, surfaces in self.other_senses.items():
                if n != w and self.stemmer.stem(n) == stem:
                    exclude |= surfaces
            form = self.stemmer.form(w)
            fam = self.families.get(form)
            if fam is None:
                any_form = True
            else:
                forms |= fam
            deriv = None
            if self.derivation and form in self.derivation.forms and " " not in w:
                deriv = self.derivation.of(w, stem)
            exact |= self._r_nominal(w, form, deriv)
            alts.append((stem, fam if self.families else None, deriv))
        union = None if any_form or not self.families else frozenset(forms)
        # alternatives are matched one by one when the union would let one's stem take
        # another's forms, or a verb's derivation must agree
        exact_union = len(alts) <= 1 or len({a[1] for a in alts}) == 1
        keep = () if exact_union and all(a[2] is None for a in alts) else tuple(alts)
        return Word(frozenset(stems), union, frozenset(exact), spec, frozenset(exclude), keep,
                    self.derivation)

    def _r_nominal(self, w: str, form: str, deriv) -> set[str]:
        """The pe-an noun of an active verb whose stem opens with "r" ("merusak": perusakan,
        "merampas": perampasan, "merebut": perebutan), which the prefix rules read as per-an
        of another stem ("rusa", "ampas"): matched by its exact forms (grammar
        ``r_nominal``: the active prefix, the noun's prefix and suffix, its clitics)."""
        spec = self.data.setting("r_nominal")
        if not spec or form != "active" or not w.startswith(spec["verb"]) or " " in w:
            return set()
        if deriv is not None and deriv[0]:
            return set()  # memper-: its noun is per-an already
        body = w[len(spec["verb"]) - 1:]
        if deriv is not None and deriv[1]:
            body = body[: -len(deriv[1])]
        noun = spec["noun"] + body + spec["suffix"]
        return {noun, *(noun + c for c in spec.get("clitics", []))}

    def slot_anchors(self, codes: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
        """(stems, exact words) of the first words of the patterns of ``codes`` (prefixes)
        that have a ``+`` slot: a sentence with none of them needs no place for a slot."""
        key = ("slot_anchors", codes)
        found = self.__dict__.setdefault("_anchor_sets", {}).get(key)
        if found is None:
            plus = [(stems, exact) for code, stems, exact in self._plus if code.startswith(codes)]
            found = (frozenset(s for stems, _ in plus for s in stems),
                     frozenset(x for _, exact in plus for x in exact))
            self._anchor_sets[key] = found
        return found

    # -- matching --------------------------------------------------------------

    def candidates(self, tok: Token) -> list[Pattern]:
        return self.by_stem.get(tok.stem, []) + self.by_exact.get(tok.norm, [])

    def match(self, tokens: list[Token], mention_at: dict[int, tuple[int, int]],
              breaks: frozenset[str], skip: frozenset[str]) -> list[Match]:
        """Every match of every pattern in the sentence: for each token, the
        matches of its candidates (``candidates``) in their order, each pattern's
        first match in the order ``match_one`` tries them."""
        out = []
        walk = _Walk(tokens, mention_at, breaks, skip, self.slot_stops, self.adverbs)
        anchored, lists_s, lists_e = self._anchored, self.by_stem, self.by_exact
        present = None
        # most words are no trigger: passed over in one comprehension of two look-ups each
        for i in [i for i, t in enumerate(tokens) if t.stem in lists_s or t.norm in lists_e]:
            tok = tokens[i]
            k = (tok.norm, tok.stem, tok.form)
            both = anchored.get(k)
            if both is None:
                if len(anchored) >= MEMO:
                    anchored.clear()
                both = anchored[k] = self._roots(tok)
            for roots in both:
                if not roots:
                    continue
                walk.found = {}
                for root, needs in roots:
                    if needs is not None:
                        if present is None:  # the sentence's words, once: most walks need one it lacks
                            present = ({t.stem for t in tokens}, {t.norm for t in tokens})
                        if needs[0].isdisjoint(present[0]) and needs[1].isdisjoint(present[1]):
                            continue
                    walk.node(root, i + 1, [i], {})
                if walk.found:
                    out.extend(walk.found[r] for r in sorted(walk.found))
        return out

    def match_each(self, tokens: list[Token], mention_at: dict[int, tuple[int, int]],
                   breaks: frozenset[str], skip: frozenset[str]) -> list[Match]:
        """What ``match`` finds, found by trying each candidate pattern on its own:
        the reference the tries are tested and timed against."""
        out = []
        for i, tok in enumerate(tokens):
            for pat in self.candidates(tok):
                m = self.match_one(pat, tokens, i, mention_at, breaks, skip)
                if m is not None:
                    out.append(m)
        return out

    def match_one(self, pat: Pattern, tokens: list[Token], i: int,
                  mention_at: dict[int, tuple[int, int]], breaks: frozenset[str],
                  skip: frozenset[str]) -> Match | None:
        """The first match of one pattern whose first word is token ``i``: the
        reference ``match`` agrees with (tests), one pattern at a time."""
        if not pat.words[0].matches(tokens[i]):
            return None
        start = 1 if pat.lead_slot else 0
        return self._match_from(pat, start + 1, tokens, i + 1, [i], {}, mention_at, breaks, skip)

    def _init_tries(self) -> None:
        """The tries, built for each trigger on its first use (most triggers never
        occur in a given text): for each list of candidates (``by_stem``,
        ``by_exact``), its patterns grouped by their first word, each group a trie
        of the elements after it; a leaf is a pattern's place in its list. Each group
        comes with what it needs next: the stems and exact forms of the words its patterns
        may have after the first (gaps aside), or None when one of them may end or take
        a slot there; a sentence holding none of them is not walked (``match``)."""
        self._stem_tries: dict[str, list[tuple[Word, _Node, tuple | None]]] = {}
        self._exact_tries: dict[str, list[tuple[Word, _Node, tuple | None]]] = {}
        # (norm, stem, form) of a token -> the roots of its candidates' groups whose first
        # word it is, by stem and by form, with what each needs next (``Word.matches``
        # reads only these three of a token)
        self._anchored: dict[tuple, tuple[tuple, tuple]] = {}

    def _roots(self, tok: Token) -> tuple[tuple, tuple]:
        """The roots (with what each needs next) of the groups whose first word ``tok`` is,
        among its stem's candidates and its form's (``candidates``)."""
        return tuple(tuple((root, needs) for anchor, root, needs in self._tries(tries, lists, key)
                           if anchor.matches(tok))
                     for tries, lists, key in ((self._stem_tries, self.by_stem, tok.stem),
                                               (self._exact_tries, self.by_exact, tok.norm)))

    def _tries(self, tries: dict, lists: dict[str, list[Pattern]], key: str):
        groups = tries.get(key)
        if groups is not None:
            return groups
        pats = lists.get(key)
        if not pats:
            if len(tries) < MEMO:  # a word with no pattern: remembered as such
                tries[key] = ()
            return ()
        by_anchor: dict[tuple, list] = {}
        for rank, pat in enumerate(pats):
            anchor = pat.words[0]
            k = _word_key(anchor)
            group = by_anchor.get(k)
            if group is None:
                group = by_anchor[k] = [anchor, _Node(), set(), set()]
            start = 1 if pat.lead_slot else 0
            rest = pat.elements[start + 1:]
            group[1].defer(rest, rank, pat)
            if group[2] is not None:
                nxt = next((e for e in rest if not isinstance(e, Gap)), None)
                if isinstance(nxt, Word):
                    group[2].update(nxt.stems)
                    group[3].update(nxt.exact)
                else:
                    group[2] = None  # a pattern that ends or takes a slot next: walked always
        # two threads may build the same trie at once: either is right
        groups = tries[key] = [(anchor, node, None if stems is None else (frozenset(stems), frozenset(exact)))
                               for anchor, node, stems, exact in by_anchor.values()]
        return groups

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
                if tokens[k].norm in breaks or (not final and tokens[k].norm not in skip) \
                        or final and _slot_stop(tokens, k, ti, self.slot_stops):
                    break
                k += 1
            if k in mention_at and mention_at[k][0] == k:
                last = mention_at[k][1]
                slots = dict(slots)
                slots[el.role] = (k, last)
                return self._match_from(pat, ei + 1, tokens, last + 1, words, slots, mention_at,
                                        breaks, skip)
            return None
        # a word: must be the next token, adverbs aside
        for at in dict.fromkeys((ti, _past_adverbs(tokens, ti, self.adverbs))):
            if at < len(tokens) and el.matches(tokens[at]):
                m = self._match_from(pat, ei + 1, tokens, at + 1, words + [at], slots, mention_at,
                                     breaks, skip)
                if m is not None:
                    return m
        return None


def fronted_verb(pat: Pattern) -> int:
    """Of a pattern fronted before a passive verb (flag ``fronted``), the place of the verb
    among its words: after the noun's words, or as its flag ``fronted_verb=K`` says."""
    flag = next((f for f in pat.flags if f.startswith("fronted_verb=")), None)
    if flag is not None:
        return int(flag.split("=", 1)[1])
    return next(k for k, e in enumerate(pat.elements) if isinstance(e, Gap))


def _slot_stop(tokens: list[Token], k: int, ti: int, stops: frozenset[str]) -> bool:
    """A slot closing a pattern looks a few words on for its actor, but not into a
    phrase of a preposition of topic, time or means (grammar ``slot_stoppers``):
    "membantah tudingan X soal penggunaan aparat" is not aimed at the aparat; nor past an
    active verb, whose object the actor after it is ("berkampanye untuk menangkap X": X is
    to be arrested, no one campaigned for; aim26). A passive verb's agent may be the one
    ("keberatan dengan usulan yang disampaikan X": X's proposal)."""
    return k > ti and tokens[k].norm in stops or tokens[k].form == "active"


ASIDE = 8  # the most tokens a bracketed aside inside a pattern may hold
ADVERBS = 2  # the most adverbs (or "secara" + a word) between two words of a pattern


def _past_adverbs(tokens: list[Token], k: int, adverbs: tuple[frozenset[str], frozenset[str]]) -> int:
    """After the adverbs standing at token ``k`` ("bertemu *langsung* dengan", "bertemu
    *secara tertutup* dengan": grammar ``pattern_adverbs`` and ``adverb_openers`` with the
    word after them), the token that follows them; ``k`` itself when none stands there."""
    words, openers = adverbs
    j = k
    for _ in range(ADVERBS):
        if j < len(tokens) and tokens[j].norm in words:
            j += 1
        elif j + 1 < len(tokens) and tokens[j].norm in openers and tokens[j + 1].text.isalpha():
            j += 2
        else:
            break
    return j
MEMO = 500_000  # words a pattern set remembers it has no trie for


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


CLASS_FILE = "classes.txt"
CLASS = "%"


def read_classes(path: Path, errors: list[str]) -> dict[str, list[list[str]]]:
    """A language's word classes (``classes.txt``), shared by the pattern lines that name
    them: a line ``[name]`` opens a class; every line after it is one member, one word or a
    few, each an exact form or forms (``tidak|tak``), or another class (``%name``); an
    alternative of several words is written with ``_`` (``gagal|tidak_becus``). A class
    is a list of forms, so its words match only as written (``=gagal``, not "digagalkan").
    Returns each class as its members, each a list of pattern words."""
    classes: dict[str, list[list[str]]] = {}
    current = None
    for n, line in read_lines(path):
        words = line.split()
        if len(words) == 1 and words[0].startswith("[") and words[0].endswith("]"):
            current = classes.setdefault(words[0][1:-1], [])
            continue
        if current is None:
            errors.append(f"{path.name}:{n}: a member before any [class] line")
            continue
        # a word's alternatives of several words ("tidak_becus") are members of their own
        seqs: list[list[str]] = [[]]
        for w in words:
            if w.startswith(CLASS):
                seqs = [s + [w] for s in seqs]
                continue
            alts = [a.lstrip("=") for a in w.split("|")]
            one = "|".join("=" + a for a in alts if "_" not in a)
            ways = ([[one]] if one else []) + [["=" + x for x in a.split("_")] for a in alts if "_" in a]
            seqs = [s + way for s in seqs for way in ways]
        current.extend(seqs)
    return classes


def _class_variants(name: str, classes: dict, seen: tuple = ()) -> list[list[str]]:
    """The pattern words a class stands for, as few word sequences as can say it: every
    one-word member in one alternation, the longer members grouped by their leading words
    ("tidak|tak mampu|serius|tegas")."""
    if name not in classes:
        raise ValueError(f"unknown word class %{name}")
    if name in seen:
        raise ValueError(f"word class %{name} names itself")
    seqs: list[list[str]] = []
    for member in classes[name]:
        done: list[list[str]] = [[]]
        for w in member:
            subs = _class_variants(w[1:], classes, (*seen, name)) if w.startswith(CLASS) else [[w]]
            done = [d + s for d in done for s in subs]
        seqs.extend(done)
    grouped: dict[tuple[str, ...], list[str]] = {}
    for seq in seqs:
        grouped.setdefault(tuple(seq[:-1]), []).append(seq[-1])
    return [[*lead, "|".join(dict.fromkeys(a for last in lasts for a in last.split("|")))]
            for lead, lasts in grouped.items()]


def expand_classes(body: str, classes: dict) -> list[tuple[str, str]]:
    """A pattern line's bodies with its word classes (``%name``) written out: one body per
    variant of each class (``_class_variants``), each with the text the line is known by
    (its own words, the class by its name; "[2/3]" when the line makes several)."""
    tokens = body.split()
    at = next((k for k, t in enumerate(tokens) if t.startswith(CLASS) and len(t) > 1), None)
    if at is None:
        return [(body, "")]
    variants = _class_variants(tokens[at][1:], classes)
    out = []
    for v in variants:
        for b, _ in expand_classes(" ".join([*tokens[:at], *v, *tokens[at + 1:]]), classes):
            out.append((b, ""))
    shown = " ".join(t for t in tokens if not t.startswith("@"))
    return [(b, shown if len(out) == 1 else f"{shown} [{k}/{len(out)}]") for k, (b, _) in enumerate(out, 1)]


@dataclass
class Shipped:
    """A language's compiled patterns as the disk cache keeps them: indexed by trigger
    (``by_stem``, ``by_exact``), with the first words of those with a ``+`` slot (for
    ``slot_anchors``), and equal values made one object (``shared.share``: the Indonesian
    set's 114,000 frozensets are 2,600), so that loading it makes fewer objects and
    indexes nothing."""

    patterns: list[Pattern]
    by_stem: dict[str, list[Pattern]]
    by_exact: dict[str, list[Pattern]]
    plus: list[tuple[str, frozenset[str], frozenset[str]]]
    errors: list[str]
    firsts: tuple[tuple[str, str], ...] = ()  # ``first_word_forms`` of ``patterns``

    @classmethod
    def of(cls, ps: PatternSet) -> Shipped:
        return share(cls(ps.patterns, ps.by_stem, ps.by_exact, ps._plus, list(ps.errors),
                         first_word_forms(ps, ps.patterns)))

    def into(self, ps: PatternSet) -> None:
        """``ps`` with these patterns (its own: each load of the cache is a new copy)."""
        ps.patterns, ps.by_stem, ps.by_exact = self.patterns, self.by_stem, self.by_exact
        ps._plus, ps.errors = self.plus, list(self.errors)
        # (a user's verbs are added after these: the first ``len(self.patterns)`` are they)
        ps.firsts = (len(self.patterns), self.firsts)


def first_word_forms(ps: PatternSet, pats: list[Pattern]) -> tuple[tuple[str, str], ...]:
    """(stem, form) of each word a pattern of ``pats`` may open with (an alternative of its
    first word, not an exact "=" nor an excluded "!" one), each once: what the bare
    verbs read (``bare.verb_stems``), worked out when the patterns are compiled and kept
    in the disk cache with them, not in every process's first article (0.08 s)."""
    alts = dict.fromkeys(a for p in pats for a in p.words[0].text.split("|") if a[:1] not in "=!")
    return tuple((ps.stemmer.stem(a), ps.stemmer.form(a)) for a in alts)


@cache
def patterns(lang: str, verbs: tuple[str, ...] = ()) -> PatternSet:
    """The patterns of a language, with a user's PETRARCH verb dictionaries (``--verbs``)."""
    return PatternSet(lang, verbs)


def _word_key(w: Word) -> tuple:
    """What a word matches by (its text aside): words written alike share a trie node."""
    return (w.stems, w.forms, w.exact, w.exclude, w.alts)


_NONE: Mapping = MappingProxyType({})  # what a node has none of (shared, read-only)
_EXPANDING = threading.Lock()  # (see _Node.expand)


class _Node:
    """A trie node: the patterns that end here, and the elements that follow. A node
    gets its own list and tables when something is added to them (most nodes are
    leaves): until then each is the shared empty ``_NONE`` (or an empty tuple)."""

    __slots__ = ("ends", "words", "by_stem", "by_exact", "gaps", "slots", "pending")

    def __init__(self) -> None:
        self.ends: list[tuple[int, Pattern]] | tuple = ()
        self.words: dict[tuple, _Node] = _NONE
        self.by_stem: dict[str, list[tuple[Word, _Node]]] = _NONE
        self.by_exact: dict[str, list[tuple[Word, _Node]]] = _NONE
        self.gaps: dict[int, _Node] = _NONE
        self.slots: dict[tuple[str, bool], _Node] = _NONE
        # what is still to be added below this node (``defer``): made into its tables when
        # a walk first reaches it (``expand``); most nodes below a trigger are never reached
        self.pending: list[tuple[list[Element], int, Pattern]] | tuple = ()

    def defer(self, rest: list[Element], rank: int, pat: Pattern) -> None:
        """``add``, done when the node is first read: the same node then (its tables
        filled in the same order, one level at a time)."""
        if not self.pending:
            self.pending = []
        self.pending.append((rest, rank, pat))

    def expand(self) -> None:
        """Add what was deferred (one level: each element's child gets the rest, deferred).
        Two threads may reach the node at once: one adds, the other waits; ``pending`` is
        emptied last, so a node whose ``pending`` is empty is whole."""
        with _EXPANDING:
            pending = self.pending
            if not pending:
                return
            for rest, rank, pat in pending:
                if not rest:
                    if not self.ends:
                        self.ends = []
                    self.ends.append((rank, pat))
                else:
                    self._child(rest[0], len(rest) == 1).defer(rest[1:], rank, pat)
            self.pending = ()

    def whole(self) -> _Node:
        """This node with what was deferred added (``expand``)."""
        if self.pending:
            self.expand()
        return self

    def _child(self, el: Element, final: bool) -> _Node:
        """The node after element ``el`` (``final``: the pattern's last), made if new."""
        if isinstance(el, Gap):
            if self.gaps is _NONE:
                self.gaps = {}
            nxt = self.gaps.get(el.size)
            if nxt is None:
                nxt = self.gaps[el.size] = _Node()
            return nxt
        if isinstance(el, Slot):
            if self.slots is _NONE:
                self.slots = {}
            key = (el.role, final)
            nxt = self.slots.get(key)
            if nxt is None:
                nxt = self.slots[key] = _Node()
            return nxt
        key = _word_key(el)
        nxt = self.words.get(key)
        if nxt is None:
            if self.words is _NONE:
                self.words, self.by_stem, self.by_exact = {}, {}, {}
            nxt = self.words[key] = _Node()
            for st in el.stems:
                self.by_stem.setdefault(st, []).append((el, nxt))
            for ex in el.exact:
                self.by_exact.setdefault(ex, []).append((el, nxt))
        return nxt

    def add(self, rest: list[Element], rank: int, pat: Pattern) -> None:
        node = self
        last = len(rest) - 1
        for j, el in enumerate(rest):
            node = node._child(el, j == last)  # a slot that ends its pattern reaches further (_match_from)
        if not node.ends:
            node.ends = []
        node.ends.append((rank, pat))


class _Walk:
    """One sentence's walk through the tries; ``found``: the first match of each
    pattern of the current candidate list, by its place in the list."""

    __slots__ = ("tokens", "n", "mention_at", "breaks", "skip", "stops", "adverbs", "found")

    def __init__(self, tokens, mention_at, breaks, skip, stops: frozenset[str] = frozenset(),
                 adverbs: tuple = (frozenset(), frozenset())) -> None:
        self.tokens = tokens
        self.n = len(tokens)
        self.mention_at = mention_at
        self.breaks = breaks
        self.skip = skip
        self.stops = stops
        self.adverbs = adverbs
        self.found: dict[int, Match] = {}

    def node(self, node: _Node, ti: int, words: list[int], slots: dict) -> None:
        # the same steps as PatternSet._match_from, for every pattern of the node at once
        if node.pending:
            node.expand()
        for rank, pat in node.ends:
            if rank not in self.found:
                self.found[rank] = Match(pat, list(words), dict(slots))
        tokens, n, adverbs = self.tokens, self.n, self.adverbs
        # "rapat (rakor) dengan": as _match_from (read only by a word or slot that follows)
        at_word = _past_aside(tokens, ti) if ti < n and tokens[ti].norm == "(" else ti
        if node.words and at_word < n:
            # the next word, or the word after adverbs there (as _match_from; most have none)
            first = tokens[at_word].norm
            past = _past_adverbs(tokens, at_word, adverbs) if first in adverbs[0] or first in adverbs[1] else at_word
            for at in (at_word, past) if past != at_word else (at_word,):
                if at >= n:
                    continue
                tok = tokens[at]
                nexts = node.by_stem.get(tok.stem, [])
                exact = node.by_exact.get(tok.norm)
                if exact:
                    nexts = nexts + [x for x in exact if all(x[1] is not y for _, y in nexts)]
                for w, nxt in nexts:
                    if w.matches(tok):
                        self.node(nxt, at + 1, words + [at], slots)
        for size, nxt in node.gaps.items() if node.gaps else ():
            # only words can follow (most gaps): a word they do not index is passed over
            # here, as the call would (at k, no aside opens: at_word is k there)
            only_words = not (nxt.whole().ends or nxt.gaps or nxt.slots)
            by_stem, by_exact = nxt.by_stem, nxt.by_exact
            k, seen, breaks, n, reach = ti, 0, self.breaks, self.n, ti + size + 1
            while k < n and k < reach + seen:
                tk = tokens[k]
                norm = tk.norm
                if norm == "(":  # (only an opening bracket starts an aside)
                    past = _past_aside(tokens, k)
                    if past != k:  # a bracketed aside neither counts nor breaks
                        seen += past - k
                        k = past
                        continue
                if not only_words or tk.stem in by_stem or norm in by_exact:
                    self.node(nxt, k, words, slots)
                if norm in breaks:
                    break
                k += 1
        if node.slots:
            at = self.mention_at
            for (role, final), nxt in node.slots.items():
                k = at_word
                reach = 4 if final else 3
                while k < self.n and k - at_word < reach and (k not in at or at[k][0] != k):
                    if tokens[k].norm in self.breaks or (not final and tokens[k].norm not in self.skip) \
                            or final and _slot_stop(tokens, k, at_word, self.stops):
                        break
                    k += 1
                if k in at and at[k][0] == k:
                    last = at[k][1]
                    inner = dict(slots)
                    inner[role] = (k, last)
                    self.node(nxt, last + 1, words, inner)
