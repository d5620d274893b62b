"""Tokenisation with spaCy's blank tokenizers, with offsets into the article."""

from __future__ import annotations

import _sre
import re
from functools import cache
from pathlib import Path
from re import _compiler as _re_compiler
from re import _parser as _re_parser

from peristiwa.lang import LanguageData
from peristiwa.records import Sentence, Token
from peristiwa.spacy_import import spacy  # (without its command line)
from peristiwa.text.normalize import fold
from peristiwa.text.stems import Stemmer

EMOTICONS = spacy.lang.tokenizer_exceptions.emoticons
_PIECE = re.compile(r"\w+|[^\w\s]")
# spaCy's prefix/suffix/infix loop is quadratic (and worse) in the length of one
# white-space-delimited word: a 2,000-character run of "-" took 20 s. A word longer
# than this (no word of news is; a run of punctuation, a hostile input is) is cut
# into words and single marks by _PIECE instead.
LONG_WORD = 64
_LONG = re.compile(rf"(?<!\S)\S{{{LONG_WORD + 1},}}")
_SPANS = ["IDX", "LENGTH", "IS_SPACE"]  # what _spacy reads of each token
KEYS = 200_000  # words whose norm, stem and form a tokenizer keeps
RUNS = 200_000  # white-space-delimited runs whose tokens a tokenizer keeps


class Tokenizer:
    def __init__(self, data: LanguageData) -> None:
        # spaCy's Indonesian exceptions are 16,000 hyphenated words ("anak-anak")
        # it would compile into its tokenizer at start-up (5 s). Hyphenated
        # ones are kept as a set and joined after tokenising instead.
        lang_cls = spacy.util.get_lang_class(data.setting("spacy", data.code))
        rules = dict(lang_cls.Defaults.tokenizer_exceptions)
        self.hyphenated = frozenset(k for k in rules if "-" in k.strip("-") and " " not in k)
        kept = {k: v for k, v in rules.items() if k not in self.hyphenated}
        # built with no special cases: they are loaded once, below, after the searches
        # are set (each setter loads them again: 0.03-0.08 s a language each time)
        # and with no prefixes, suffixes nor infixes: their regexes (spaCy's, compiled
        # from its Defaults) are read from the disk cache and set below (``_searches``)
        searches = _searches(data.code, lang_cls.Defaults)
        lite = type(lang_cls.__name__ + "Lite", (lang_cls,), {
            "lang": lang_cls.lang,
            "Defaults": type("Defaults", (lang_cls.Defaults,), {
                "tokenizer_exceptions": {}, "prefixes": None, "suffixes": None, "infixes": None}),
        })
        self.nlp = lite()
        # Only token boundaries and IS_SPACE are read from this tokenizer's words:
        # the other lexical attributes (shape, like_num, stop word...) spaCy
        # computes for each word it has not seen are not, and are left out.
        from spacy.attrs import IS_SPACE

        vocab = self.nlp.vocab
        vocab.lex_attr_getters = {IS_SPACE: vocab.lex_attr_getters.get(IS_SPACE, str.isspace)}
        tok = self.nlp.tokenizer
        rules = kept
        tok.prefix_search, tok.suffix_search, tok.infix_finditer = searches
        if tok.prefix_search is not None:
            tok.prefix_search = anchored_search(tok.prefix_search)
        if tok.suffix_search is not None:
            tok.suffix_search = letters_pass(tok.suffix_search)
        if tok.infix_finditer is not None:
            tok.infix_finditer = letters_pass(tok.infix_finditer, iter(()))
        tok.rules = rules
        self._special = frozenset(rules)
        self._tok = tok
        self.stemmer = Stemmer(data)
        self._keys: dict[str, tuple[str, str, str]] = {}
        self._runs: dict[str, tuple[tuple[str, int], ...]] = {}
        # runs with a hyphen: their tokens with the hyphenated words joined (when no
        # hyphenated word holds white space, a join never reaches past its run)
        self._by_run = not any(map(str.isspace, "".join(self.hyphenated)))
        self._joins: dict[str, tuple[tuple[str, int], ...]] | None = {} if self.hyphenated else None
        # A special case with a space in it ("Dr. med") is matched across runs: a
        # text holding its first word is tokenised whole, as spaCy does
        # (white space inside a stripped key: its runs at str.isspace are two or more)
        self._across = tuple(dict.fromkeys(
            m.group() for k in tok.rules if len(k.split()) > 1
            for m in [re.match(r"\w+", k.strip())] if m)) if tok.rules else ()

    def sentence(self, text: str, index: int, start: int, end: int) -> Sentence:
        chunk = text[start:end]
        tokens: list[Token] = []
        keys, append = self._keys, tokens.append
        if (not self._by_run or _LONG.search(chunk) is not None
                or any(a in chunk for a in self._across)):
            for text, idx in self._pieces(chunk):
                s = start + idx
                found = keys.get(text)
                if found is None:
                    found = self._key(text)
                append(Token(len(tokens), text, s, s + len(text), *found))
            return Sentence(index=index, start=start, end=end, text=chunk, tokens=tokens)
        # (news) what _pieces gives, run by run in one pass: a hyphenated word is
        # joined within its run (no hyphenated word holds white space: ``_joins``)
        words = chunk.split()
        at, find, n = 0, chunk.find, 0
        joins = self._joins
        for run, mine in zip(words, self._run_pieces(words), strict=True):
            at = find(run, at)  # only white space lies between the last run and it
            if joins is not None and "-" in run:
                joined = joins.get(run)
                if joined is None:
                    if len(joins) >= RUNS:
                        joins.clear()
                    joined = joins[run] = tuple(self._joined(run, list(mine)))
                mine = joined
            base = start + at
            for text, idx in mine:
                s = base + idx
                found = keys.get(text)
                if found is None:
                    found = self._key(text)
                append(Token(n, text, s, s + len(text), *found))
                n += 1
            at += len(run)
        return Sentence(index=index, start=start, end=end, text=chunk, tokens=tokens)

    def _key(self, word: str) -> tuple[str, str, str]:
        """A word's norm, stem and form, worked out once per word (memo of the
        words seen, cleared when it grows past ``KEYS``)."""
        if len(self._keys) >= KEYS:
            self._keys.clear()
        found = self._keys[word] = (fold(word), self.stemmer.stem(word), self.stemmer.form(word))
        return found

    def words(self, text: str) -> list[str]:
        """The tokens of a phrase as a sentence's would be (a lexicon phrase is
        looked up token by token)."""
        return [word for word, _ in self._pieces(text)]

    def _pieces(self, chunk: str) -> list[tuple[str, int]]:
        """(text, offset) of each token, hyphenated exceptions joined again."""
        pieces = self._raw(chunk)
        if not self.hyphenated or "-" not in chunk:  # every joined word has a hyphen
            return pieces
        return list(self._joined(chunk, pieces))

    def _joined(self, chunk: str, pieces: list[tuple[str, int]]):
        k = 0
        while k < len(pieces):
            text, idx = pieces[k]
            hyphen = chunk.find("-", idx)
            for n in (5, 3):  # "anak-anak" is three pieces, "hari-hari-an" five
                if k + n <= len(pieces):
                    end = pieces[k + n - 1][1] + len(pieces[k + n - 1][0])
                    if hyphen < 0 or hyphen >= end:
                        continue  # no hyphen in the span: no hyphenated word
                    joined = chunk[idx:end]
                    if joined in self.hyphenated:
                        yield joined, idx
                        k += n
                        break
            else:
                yield text, idx
                k += 1

    def _raw(self, chunk: str) -> list[tuple[str, int]]:
        """(text, offset) of each token; words longer than LONG_WORD apart."""
        if _LONG.search(chunk) is None:  # (news)
            return self._spacy(chunk, 0)
        out: list[tuple[str, int]] = []
        pos = 0
        for m in _LONG.finditer(chunk):
            if m.start() > pos:
                out += self._spacy(chunk[pos:m.start()], pos)
            for p in _PIECE.finditer(m.group()):
                if p.group().strip(INVISIBLE):
                    out.append((p.group(), m.start() + p.start()))
            pos = m.end()
        if pos < len(chunk):
            out += self._spacy(chunk[pos:], pos)
        return out

    def _spacy(self, chunk: str, offset: int) -> list[tuple[str, int]]:
        """spaCy's tokens, with offsets. spaCy splits the text at white space and
        tokenises each run on its own (its cache is keyed by the run), so the
        tokens of each run are kept here (``_runs``) and a sentence costs spaCy
        only its runs not seen before, tokenised in one call (joined by spaces);
        a text where a special case with a space in it could match is tokenised
        whole (``_across``). The same tokens as spaCy's of the whole text: a
        known run costs a dictionary look-up, not spaCy's making of a Doc."""
        if any(a in chunk for a in self._across):
            return list(self._tokens(chunk, offset))
        words = chunk.split()  # the runs: str.split splits at str.isspace, as spaCy
        got = self._run_pieces(words)
        out = []
        start, find = 0, chunk.find
        for run, mine in zip(words, got, strict=True):
            # where the run starts: only white space lies between the last run and it
            start = find(run, start)
            if len(mine) == 1 and not mine[0][1]:  # a run that is one token (most)
                out.append((mine[0][0], offset + start))
            else:
                at = offset + start
                out += [(text, at + idx) for text, idx in mine]
            start += len(run)
        return out

    def _run_pieces(self, words: list[str]) -> list[tuple[tuple[str, int], ...]]:
        """Each run's tokens, offsets into the run: a known run's from the memo, the
        new ones from spaCy."""
        runs = self._runs
        got = [runs.get(run) for run in words]
        if None in got:  # runs not seen (read once: another thread may clear the memo meanwhile)
            new = list(dict.fromkeys(run for run, g in zip(words, got, strict=True) if g is None))
            fresh = {}
            for run in new:
                if self._whole(run):
                    fresh[run] = ((run, 0),)
                elif (mine := self._word_mark(run)) is not None or (mine := self._affixed(run)) is not None:
                    fresh[run] = mine
            if fresh:
                new = [run for run in new if run not in fresh]
            toks = list(self._tokens(" ".join(new), 0)) if new else []
            at, k = 0, 0
            for run in new:  # each run's tokens, their offsets into the run
                end, first = at + len(run), k
                while k < len(toks) and toks[k][1] < end:
                    k += 1
                fresh[run] = tuple((text, idx - at) for text, idx in toks[first:k])
                at = end + 1
            if len(runs) + len(fresh) > RUNS:  # full: kept again from these on
                runs.clear()
            runs.update(fresh)
            got = [g if g is not None else fresh[run] for run, g in zip(words, got, strict=True)]
        return got

    def _whole(self, run: str) -> bool:
        """spaCy would keep this run one token: no special case, no prefix, suffix nor
        infix in it (its ``_split_affixes`` and ``_attach_tokens`` then push the run
        as it is; a word of letters is answered by ``letters_pass`` at once), and no
        character that ``_tokens`` strips or splits. Most new words of news are such
        runs: spaCy's Doc is made only for the others."""
        tok = self._tok
        return (run.isalnum() and run not in self._special and not tok.find_suffix(run)
                and not tok.find_prefix(run) and not tok.find_infix(run) and run not in EMOTICONS)

    def _word_mark(self, run: str) -> tuple[tuple[str, int], tuple[str, int]] | None:
        """The tokens of a run that is a word spaCy keeps whole (``_whole``) and one mark
        after it that spaCy's suffixes take off ("kata," "Jakarta." "itu?": two thirds
        of the new runs of news that are not a word alone), as spaCy's ``_split_affixes``
        and ``_attach_tokens`` make them: the run is no special case, has no prefix, and
        its suffix is the mark; what is left is no special case (``_whole``) and has no
        affix, so it is one token, the mark another. None for any other run."""
        word, mark = run[:-1], run[-1:]
        if not word.isalnum() or mark.isalnum() or mark.isspace() or run in self._special:
            return None
        tok = self._tok
        if (tok.token_match is not None and tok.token_match(run)) or tok.find_prefix(run) \
                or tok.find_suffix(run) != 1 or mark in INVISIBLE or mark in EMOTICONS \
                or not self._whole(word):
            return None
        return ((word, 0), (mark, len(word)))

    def _affixed(self, run: str) -> tuple[tuple[str, int], ...] | None:
        """The tokens of a run that spaCy splits only into prefixes, one word and
        suffixes ("(kata", "itu).", "\u201cKami"): its ``_split_affixes`` and
        ``_attach_tokens`` done here, with the same searches. None (spaCy makes the
        tokens) wherever a special case could take part (the run, a remainder, a token
        or tokens side by side), a token pattern matches, the word has an infix, or a
        token is one that ``_tokens`` treats apart (an emoticon, invisible edges)."""
        if run.split() != [run]:  # a run holds no white space (spaCy splits there first)
            return None
        tok, special = self._tok, self._special
        match = tok.token_match
        prefixes: list[str] = []
        suffixes: list[str] = []
        string, last = run, 0
        while string and len(string) != last:
            if string in special or (match is not None and match(string)):
                return None
            last = len(string)
            pre = tok.find_prefix(string)
            if pre and string[pre:] in special:
                return None
            suf = tok.find_suffix(string[pre:])
            if suf and string[:-suf] in special:
                return None
            if pre and suf and pre + suf <= len(string):
                prefixes.append(string[:pre])
                suffixes.append(string[-suf:])
                string = string[pre:-suf]
            elif pre:
                prefixes.append(string[:pre])
                string = string[pre:]
            elif suf:
                suffixes.append(string[-suf:])
                string = string[:-suf]
        if string:
            if string in special:
                return None
            url = tok.url_match
            if not (url is not None and url(string)) and tok.find_infix(string):
                return None
        texts = [*prefixes, *([string] if string else []), *reversed(suffixes)]
        for k, text in enumerate(texts):
            if not text or text in EMOTICONS or text[0] in INVISIBLE or text[-1] in INVISIBLE:
                return None
            joined = text
            for other in texts[k + 1:]:  # side by side, a special case spaCy would match
                joined += other
                if joined in special:
                    return None
            if text in special:
                return None
        out, at = [], 0
        for text in texts:
            out.append((text, at))
            at += len(text)
        return tuple(out)

    def _tokens(self, chunk: str, offset: int):
        """spaCy keeps emoticons whole; news has dates in brackets instead,
        so "(26/8)" ends in ")" and not in "8)". Each token's offset and length
        are read from the Doc's arrays (no Token object per word): spaCy's
        tokens are substrings of the text."""
        doc = self.nlp.make_doc(chunk)
        for idx, n, space in doc.to_array(_SPANS).tolist():
            if space:
                continue
            text = chunk[idx: idx + n]
            if text[0] in INVISIBLE or text[-1] in INVISIBLE:
                # zero-width characters at a word's edge are not part of it
                word = text.strip(INVISIBLE)
                if word:
                    yield word, offset + idx + text.index(word)
                continue
            if text in EMOTICONS:
                for m in _PIECE.finditer(text):
                    yield m.group(), offset + idx + m.start()
            else:
                yield text, offset + idx


INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def spacy_patterns(defaults) -> tuple[str | None, str | None, str | None]:
    """The regexes spaCy's tokenizer factory compiles from a language's ``Defaults``
    (``spacy.util.compile_prefix_regex``, ``_suffix_``, ``_infix_``: the same joins),
    as text; None where the language has none."""
    def join(entries, form: str) -> str | None:
        return "|".join(form.format(p) for p in entries if p.strip()) if entries else None

    return (join(defaults.prefixes, "^{}"), join(defaults.suffixes, "{}$"), join(defaults.infixes, "{}"))


def _searches(lang: str, defaults):
    """The prefix ``search``, suffix ``search`` and infix ``finditer`` spaCy's tokenizer
    factory makes from ``defaults``: the same regexes, compiled once and kept in the disk
    cache. Compiling them costs 0.09 s of CPU a language each time a process starts (the
    suffix and infix regexes hold thousands of characters); the standard library's
    compiled form of each (``_compiled``) is read back in a millisecond. The entry is
    keyed by the Python (its ``re`` compiler) and the regexes' own text: a regex whose
    kept form does not answer to its text is compiled again."""
    from peristiwa import cache

    patterns = spacy_patterns(defaults)
    kept = cache.cached(f"tokenizer-regex-{lang}", [Path(_re_compiler.__file__), Path(spacy.__file__).parent / "about.py"],
                        lambda: {p: _compiled(p) for p in patterns if p is not None})
    out = []
    for p in patterns:
        rx = None
        if p is not None:
            try:
                rx = _sre.compile(*kept[p])
                if rx.pattern != p or rx.flags != re.compile("", 0).flags:
                    rx = None
            except Exception:  # noqa: BLE001 - another Python's form, another regex: compile it
                rx = None
            rx = rx or re.compile(p)
        out.append(rx)
    return (out[0].search if out[0] else None, out[1].search if out[1] else None,
            out[2].finditer if out[2] else None)


def _compiled(pattern: str) -> tuple:
    """What ``re.compile(pattern)`` hands ``_sre.compile`` (as ``re._compiler.compile``
    makes it): read back with ``_sre.compile(*args)``, the same compiled regex."""
    parsed = _re_parser.parse(pattern, 0)
    code = _re_compiler._code(parsed, 0)
    index = [None] * parsed.state.groups
    for name, k in parsed.state.groupdict.items():
        index[k] = name
    return (pattern, parsed.state.flags, [int(x) for x in code], parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(index))


def _alternatives(search):
    """(the regex, ``re._parser``, its top-level alternatives as lists of elements) for
    a compiled regex's bound ``search``/``finditer``; None when the regex has flags
    these readings do not handle or the standard library cannot read it."""
    rx = getattr(search, "__self__", None)
    if not isinstance(rx, re.Pattern) or rx.flags & (re.MULTILINE | re.IGNORECASE | re.VERBOSE):
        return None
    try:
        from re import _parser  # the standard library's own reading of a regex

        top = list(_parser.parse(rx.pattern, rx.flags))
    except Exception:  # noqa: BLE001 - another Python's internals: search as spaCy does
        return None
    if len(top) == 1 and top[0][0] is _parser.BRANCH:
        return rx, _parser, [list(b) for b in top[0][1][1]]
    return rx, _parser, [top]


def anchored_search(search):
    """What ``search`` (a compiled ``^a|^b|...`` regex's, as spaCy joins its prefixes)
    finds, found faster: every alternative but a few starts with ``^``, so past the
    first character only those few can match, and only where their leading
    characters stand. ``search`` tries every alternative at every position of
    each new word; this tries the whole regex at the first one, and searches
    further only when the text holds the leading characters of an alternative
    that is not anchored. The same matches; ``search`` itself when the regex is
    not of that shape (an unanchored alternative with no leading character, flags)."""
    read = _alternatives(search)
    if read is None:
        return search
    rx, _parser, branches = read
    needs: list[str] = []  # the leading characters of each alternative not anchored
    for b in branches:
        if b and b[0] == (_parser.AT, _parser.AT_BEGINNING):
            continue
        lead = ""
        for op, arg in b:
            if op is not _parser.LITERAL:
                break
            lead += chr(arg)
        if not lead:
            return search
        needs.append(lead)
    match = rx.match
    firsts = _first_chars(_parser, branches)
    if firsts is None:
        def fast(text: str):
            found = match(text)
            if found is not None or not any(n in text for n in needs):
                return found
            return search(text)

        return fast

    lead = needs[0] if len(needs) == 1 else None  # (spaCy's: one, "<a")

    def screened(text: str):
        # no alternative can match at the start unless the first character may open one
        if text[:1] in firsts and (found := match(text)) is not None:
            return found
        if lead is not None:
            return search(text) if lead in text else None
        return search(text) if any(n in text for n in needs) else None

    return screened


FIRSTS = 200_000  # characters at most in a first-character screen (``_first_chars``)


def _first_chars(P, branches) -> frozenset[str] | None:
    """The characters a match of any of ``branches`` (a regex's top-level alternatives,
    a leading ``^`` passed over) can start with: the regex cannot match at the start of a
    text whose first character is none of them, so ``match`` need not try its hundred
    alternatives one by one (it does so for every new word: 10 microseconds a word that
    opens with a letter). None when some alternative's first character is not known
    from its first item (a category, a negated class, an optional item, flags)."""
    out: set[str] = set()
    for b in branches:
        if b and b[0] == (P.AT, P.AT_BEGINNING):
            b = b[1:]
        found = _first_of(P, b)
        if found is None or len(out) + len(found) > FIRSTS:
            return None
        out |= found
    return frozenset(out)


def _first_of(P, seq, last: bool = False) -> set[str] | None:
    """The characters the first item of ``seq`` can match, when that item always takes
    one character or more (so the match starts with it); None otherwise. ``last``: ``seq``
    is read backwards (its items reversed: the characters a match can end with)."""
    if not seq:
        return None
    op, arg = seq[0]
    if op is P.LITERAL:
        return {chr(arg)}
    if op is P.IN:
        out: set[str] = set()
        for o, a in arg:
            if o is P.LITERAL:
                out.add(chr(a))
            elif o is P.RANGE and a[1] - a[0] < FIRSTS:
                out.update(map(chr, range(a[0], a[1] + 1)))
            else:
                return None  # a negated class, a category ...
        return out
    def inner(items):
        items = list(items)
        return _first_of(P, items[::-1] if last else items, last)

    if op is P.SUBPATTERN and not arg[1] and not arg[2]:  # a group with no flags of its own
        return inner(arg[3])
    if op is P.BRANCH:
        parts = [inner(b) for b in arg[1]]
        return None if any(p is None for p in parts) else set().union(*parts)
    if op in (P.MAX_REPEAT, P.MIN_REPEAT) and arg[0] >= 1:
        return inner(arg[2])
    return None


def letters_pass(search, none=None):
    """``search`` (a compiled regex's ``search`` or ``finditer``, as spaCy keeps its
    suffixes and infixes), answered at once for a word of letters only: when every
    alternative of the regex needs some character that is not a letter (a stop, a
    hyphen, a digit, a quotation mark, in the match or in a look-around), such a
    word has no match (``none``), and most new words of news are such words. Found
    by reading the regex (``_needs_other``); ``search`` itself when that cannot be
    shown (flags, an alternative made of letters)."""
    read = _alternatives(search)
    if read is None:
        return search
    rx, _parser, branches = read
    try:
        if not all(_needs_other(_parser, b) for b in branches):
            return search
    except Exception:  # noqa: BLE001 - an element this reading does not know
        return search

    lasts = _last_chars(_parser, branches)
    if lasts is None:
        def fast(text: str):
            return none if text.isalpha() else search(text)

        return fast

    def fast(text: str):  # (a suffix regex: each alternative ends the text, and so with one of ``lasts``)
        if text.isalpha() or text[-1:] not in lasts and text[-1:] != "\n":  # ("$" matches before a last newline)
            return none
        return search(text)

    return fast


def _last_chars(P, branches) -> frozenset[str] | None:
    """The characters a match of any of ``branches`` ends with, when every alternative
    ends at the end of the text (``...$``, as spaCy joins its suffixes): no alternative can
    match a text that ends with another character. None when some alternative is not of
    that shape or its last character is not known from its last item before the ``$``."""
    out: set[str] = set()
    for b in branches:
        if not b or b[-1] != (P.AT, P.AT_END):
            return None
        found = _first_of(P, b[-2::-1], last=True)
        if found is None or len(out) + len(found) > FIRSTS:
            return None
        out |= found
    return frozenset(out)


def _needs_other(P, seq) -> bool:
    """Every match of ``seq`` (a parsed regex's items) needs, in the match or in a
    positive look-around (inside the searched text either way), a character that is
    not a letter (``str.isalpha``)."""
    for op, arg in seq:
        if op in (P.LITERAL, P.IN) and _never_letter(P, op, arg):
            return True
        if op is P.SUBPATTERN and not arg[1] & re.IGNORECASE and _needs_other(P, arg[3]):
            return True
        if op in (P.MAX_REPEAT, P.MIN_REPEAT, getattr(P, "POSSESSIVE_REPEAT", P.MAX_REPEAT)) \
                and arg[0] >= 1 and _needs_other(P, arg[2]):
            return True
        if op is P.BRANCH and all(_needs_other(P, b) for b in arg[1]):
            return True
        if op is P.ASSERT and _needs_other(P, arg[1]):
            return True
    return False


def _never_letter(P, op, arg) -> bool:
    """A one-character item that matches no letter."""
    if op is P.LITERAL:
        return not chr(arg).isalpha()
    for o, a in arg:  # a class: its members
        if o is P.LITERAL:
            if chr(a).isalpha():
                return False
        elif o is P.RANGE:
            if any(chr(c).isalpha() for c in range(a[0], a[1] + 1)):
                return False
        elif not (o is P.CATEGORY and a in (P.CATEGORY_DIGIT, P.CATEGORY_SPACE)):
            return False  # a negated class, a word category ...
    return True


@cache
def tokenizer(lang: str) -> Tokenizer:
    """The one tokenizer of a language (spaCy's blank Indonesian one takes seconds to build)."""
    from peristiwa import lang as langdata

    return Tokenizer(langdata.load(lang))


def opens_sentence(toks: list, j: int, reach: int = 6) -> bool:
    """Token ``j`` is capitalised because it opens the sentence: the first word, or
    the first after an opening phrase and its comma whose words (but the first)
    are in lower case ("Sementara itu, Baku tembak ...": "Baku" is no name)."""
    if j == 0:
        return True
    if j - 1 > reach or toks[j - 1].text != ",":
        return False
    return all(k == 0 or not t.text[:1].isalpha() or t.text[:1].islower()
               for k, t in enumerate(toks[: j - 1])) and any(t.text[:1].isalpha() for t in toks[: j - 1])

