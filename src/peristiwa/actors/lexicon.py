"""The actor lexicon of one language: phrases that name or describe actors.

Entries come from

- ``lang/<l>/countries*.txt``  ``CODE kind phrase``  (country, capital, demonym)
- ``lang/<l>/agents*.txt``     ``phrase ~ROLE`` or ``phrase CODE``  (role nouns)
- the knowledge base (people, organisations: any language)
- ``grammar.toml`` pronouns

Matching is on folded tokens, longest phrase first. Case matters where the
entry says so: a phrase written with a capital ("Turki", "Turkey") only
matches capitalised text, so "turkey" the bird is not Turkey; an acronym
("AS", "UN") only matches in capitals, so "as" is not the United States.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from peristiwa import cache, packed
from peristiwa import lang as langdata
from peristiwa.actors import kb as kb_module
from peristiwa.actors import phoenix
from peristiwa.actors.kb import KnowledgeBase, load_kb
from peristiwa.actors.kb import files as kb_files
from peristiwa.actors.phoenix import USER_PREFIX
from peristiwa.lang import read_lines
from peristiwa.records import ActorEntry, Token
from peristiwa.text.normalize import fold
from peristiwa.text.stems import common_words
from peristiwa.text.tokens import tokenizer

# places spelled alike in every language (a language's own countries.txt comes first)
WORLD_PLACES = Path(__file__).resolve().parent.parent / "data" / "places.world.txt"
# the first-level divisions of the countries the press reports on most (pycountry's ISO
# 3166-2, scripts/build_data.py), read as places.world.txt is
DIVISIONS = WORLD_PLACES.with_name("places.divisions.txt")

ROLES = frozenset(
    "GOV MIL COP JUD LEG OPP REB MED BUS CVL EDU REL SPY ELI LAB REF CRM INS UAF AGR HLH NGO "
    "IGO MNC ENV HRI MOD RAD IMG PTY ATH DEV SET JEW MUS CHR HIN BUD".split()
)
_END = "\0"
PETRARCH_AGENTS = "petrarch-agents:"  # the source of an entry of a user's agents dictionary
_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _case_of(phrase: str) -> str:
    letters = phrase.replace(" ", "").replace(".", "").replace("-", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 5:
        return "upper"
    if phrase[:1].isupper():
        return "title"
    return "any"


class ActorLexicon:
    def __init__(self, lang: str, kb: KnowledgeBase | None = None, extra: tuple[str, ...] = (),
                 agents: tuple[str, ...] = ()) -> None:
        self.lang = lang
        self.agent_files = tuple(agents)  # a user's PETRARCH agents dictionaries (``--agents``)
        self.data = langdata.load(lang)
        # a word said twice is its plural (grammar setting ``plural_by_repeat``: "para
        # pejabat-pejabat senior"): looked up as the word once
        self.plural_by_repeat = bool(self.data.setting("plural_by_repeat", False))
        self.kb = kb or load_kb(extra)
        self.trie: dict = {}
        self.max_len = 1
        if kb is not None:
            self._load()
            return
        # The compiled trie is cached on disk, keyed by every file it comes from.
        inputs = kb_files(extra) + sorted(self.data.path.iterdir()) + [WORLD_PLACES, DIVISIONS, kb_module.PEOPLE, Path(__file__), Path(kb_module.__file__)]
        inputs += [Path(p) for p in agents] + [Path(phoenix.__file__), Path(packed.__file__)]
        name = f"lexicon-{lang}-" + cache.key("x", [Path(p) for p in extra + ((":agents",) + tuple(agents) if agents else ())])[:8]
        self.trie, self.max_len = cache.cached(name, inputs, self._build)

    def _build(self) -> tuple[dict, int]:
        """The trie as the disk cache keeps it: each first word's phrases packed on
        their own (``packed.pack``), read when a text first has that word: loading then
        makes 20,000 objects a language instead of 400,000 (0.15-0.25 s of every start)."""
        self._load()
        return packed.pack(self.trie), self.max_len

    # -- building --------------------------------------------------------------

    def add(self, phrase: str, entry: ActorEntry, first: bool = False) -> None:
        """Add an entry for a phrase; ``first``: before the entries of its kind the
        phrase has already (a user's dictionary over the shipped data)."""
        words = [fold(w) for w in self._split(phrase)]
        if not words:
            return
        node = self.trie
        for w in words:
            node = node.setdefault(w, {})
        entries = node.setdefault(_END, [])
        if first:
            entries.insert(0, entry)
        else:
            entries.append(entry)
        self.max_len = max(self.max_len, len(words))

    def _split(self, phrase: str) -> list[str]:
        """Tokenise a lexicon phrase the way text is tokenised."""
        if _PLAIN.fullmatch(phrase):
            return phrase.split()  # letters and spaces: the tokenizer would split the same way
        tok = tokenizer(self.lang)
        # as text is tokenised: hyphenated words it keeps whole stay whole ("Bangsa-Bangsa")
        return tok.words(phrase) if phrase else []

    def _load(self) -> None:
        self._load_places()
        self._load_agents()
        self._load_known()
        for path in self.agent_files:
            self._load_petrarch_agents(Path(path))
        if self.agent_files or any(e.startswith(USER_PREFIX) for e in self.kb.entities):
            self._users_phrases_first()
        for p in self.data.words("pronouns"):
            self.add(p, ActorEntry("pronoun", "", p, "any", "grammar.toml:pronouns"))
        for key in ("pair_states", "pair_any"):
            for p in self.data.words(key):
                self.add(p, ActorEntry("pair", key, p, "any", f"grammar.toml:{key}"))

    def _load_places(self) -> None:
        """Countries, capitals, demonyms and regions (``countries*.txt``, ``places.generated.txt``).
        Hand-written files come first; a phrase they define is not taken again
        from a generated file."""
        d = self.data.path
        hand: set[str] = set()
        for path in (d / "countries.txt", WORLD_PLACES, DIVISIONS, d / "countries.generated.txt",
                     d / "places.generated.txt"):
            fname = path.name
            generated = fname not in ("countries.txt", WORLD_PLACES.name, DIVISIONS.name)
            for n, line in read_lines(path):
                parts = line.split("\t") if "\t" in line else line.split(None, 2)
                if len(parts) < 3:
                    continue
                code, kind, phrase = parts[0].strip(), parts[1].strip(), parts[2].strip()
                if generated and fold(phrase) in hand:
                    continue
                if not generated:
                    hand.add(fold(phrase))
                self.add(phrase, ActorEntry(kind, code, phrase, _case_of(phrase), f"{fname}:{n}"))

    def _load_agents(self) -> None:
        """Role nouns and agents (``agents*.txt``): "Serb", "gunmen" as the analyst
        wants them; a language's ``plural_forms`` hook adds the plurals of role nouns."""
        plural_forms = self.data.hook("plural_forms")
        hand: set[str] = set()
        for fname in ("agents.txt", "agents.general.txt", "agents.phoenix.txt"):
            generated = fname != "agents.txt"
            for n, line in read_lines(self.data.path / fname):
                if "\t" in line:
                    phrase, code = (p.strip() for p in line.rsplit("\t", 1))
                else:
                    phrase, code = line.rsplit(None, 1)
                    phrase = phrase.strip()
                if generated and fold(phrase) in hand:
                    continue
                if not generated:
                    hand.add(fold(phrase))
                if code.startswith("~"):
                    entry = ActorEntry("role", code[1:], phrase, _case_of(phrase), f"{fname}:{n}")
                else:
                    entry = ActorEntry("org", code, phrase, _case_of(phrase), f"{fname}:{n}")
                self.add(phrase, entry)
                if plural_forms is not None and entry.case == "any":
                    for plural in plural_forms(phrase):
                        self.add(plural, entry)

    def _load_petrarch_agents(self, path: Path) -> None:
        """A user's PETRARCH agents dictionary: each phrase a role (``~GOV``, after the
        actor's code) or a prefix (``NGO~``, before it), in any case, with its plural
        (the language's ``plural_forms`` hook) unless the dictionary gives its own."""
        plural_forms = self.data.hook("plural_forms")
        for agent in phoenix.read_agents(path):
            code = agent.code if agent.prefix else agent.code[1:]
            entry = ActorEntry("role", code, agent.phrase, "any", f"{PETRARCH_AGENTS}{path.name}:{agent.line}")
            self.add(agent.phrase, entry, first=True)
            if agent.plural and plural_forms is not None:
                for plural in plural_forms(agent.phrase):
                    self.add(plural, entry, first=True)

    def _users_phrases_first(self) -> None:
        """A phrase a user's PETRARCH dictionary defines (``--actors``, ``--agents``) is
        what that dictionary says: the shipped entries of the same phrase are dropped
        ("AMNESTY_INTERNATIONAL [NGM]" over the knowledge base's NGOHRIAMN)."""
        def users(e: ActorEntry) -> bool:
            return e.source.startswith((USER_PREFIX, PETRARCH_AGENTS)) or e.key.startswith(USER_PREFIX)

        stack = [self.trie]
        while stack:
            node = stack.pop()
            for k, v in node.items():
                if k != _END:
                    stack.append(v)
                elif any(users(e) for e in v) and not all(users(e) for e in v):
                    v[:] = [e for e in v if users(e)]

    def _load_known(self) -> None:
        """The names of the knowledge base's people and organisations, with their
        derived short forms (surnames) where those are not a word or a place first."""
        common = common_words(self.data)
        for alias, ent, derived in self.kb.names():
            if derived and fold(alias) in common:
                continue  # "Para", "Bank": a word first, somebody's surname second
            if derived and self._names_a_place(alias):
                continue  # "Jordan", "Georgia": a country first, somebody's surname second
            kind = "org" if ent.kind == "org" else "person"
            case = _case_of(alias)
            if derived and len(alias) <= 3 and case == "title":
                case = "name"  # "Hu", "Xi" the surnames; not "XI" the numeral ("Komisi XI")
            if ent.id.startswith(USER_PREFIX):
                case = self._petrarch_case(alias, case, common)
                if ent.kind == "state":
                    # "BREE [BRE]": a state, whose agents are its own ("Bree Prime Minister" BREGOV)
                    self.add(alias, ActorEntry("country", ent.code_at(None), alias, case, ent.id, key=ent.id),
                             first=True)
                    continue
            self.add(alias, ActorEntry(kind, "", alias, case, "kb-short" if derived else ent.id, key=ent.id))

    @staticmethod
    def _petrarch_case(alias: str, case: str, common: frozenset[str]) -> str:
        """A PETRARCH dictionary writes every name in capitals, so a lone short word
        ("BREE", "IRAN", "NATO") may be a name or an acronym: it matches when
        capitalised ("Bree", "BREE"), unless it is a common word of the language
        ("US", "IT"), which must then be written in capitals."""
        if case == "upper" and alias.isalpha() and fold(alias) not in common:
            return "title"
        return case

    def _names_a_place(self, phrase: str) -> bool:
        """The lexicon already has the phrase as a country, capital, demonym or region."""
        node = self.trie
        for w in (fold(w) for w in self._split(phrase)):
            node = node.get(w)
            if node is None:
                return False
        return any(e.kind in ("country", "capital", "demonym", "region", "place") for e in node.get(_END, []))

    # -- lookup ----------------------------------------------------------------

    def singular(self, word: str) -> str:
        """The word a plural said by repeating it repeats ("pejabat-pejabat": "pejabat"),
        where the language says plurals so (grammar setting ``plural_by_repeat``); "" else."""
        if not self.plural_by_repeat or "-" not in word:
            return ""
        half, _, rest = word.partition("-")
        return half if half == rest else ""

    def longest(self, tokens: list[Token], i: int, any_case: bool = False) -> tuple[int, list[ActorEntry]]:
        """The longest phrase starting at token ``i``: (length, entries whose case fits;
        with ``any_case``, every entry whatever its case)."""
        node = self.trie
        best: tuple[int, list[ActorEntry]] = (0, [])
        j = i
        while j < len(tokens) and j - i < self.max_len:
            if tokens[j].norm == _END:  # a NUL in the text is a word, not the end marker
                break
            word = tokens[j].norm
            nxt = node.get(word)
            if nxt is None and (half := self.singular(word)):
                nxt = node.get(half)  # "pejabat-pejabat", "menteri-menteri": the word's plural
            node = nxt
            if node is None:
                break
            j += 1
            if _END in node:
                fits = node[_END] if any_case else [e for e in node[_END] if e.case_ok(tokens[i:j])]
                if fits:
                    best = (j - i, fits)
        return best


    # -- text written all in lower case ---------------------------------------

    RECASE_KINDS = frozenset({"country", "capital", "demonym", "region", "org", "person"})

    def recase(self, tokens: list[Token]) -> list[Token]:
        """The tokens of a sentence written all in lower case, with the names the
        lexicon writes with capitals ("komisi pemberantasan korupsi", "amerika
        serikat", "benjamin netanyahu") written so: such text has lost its case, and
        a name matched by case would otherwise be missed. Not acronyms of two letters ("as" is no
        "AS"; "kpk" is "KPK"), not a name of one word that is a common word
        ("malang"), not a surname alone; a token keeps its length, so offsets are unchanged."""
        common = self._common_words()
        out = list(tokens)
        i = 0
        while i < len(out):
            n, entries = self.longest(out, i, any_case=True)
            phrase = next((e.phrase for e in entries if self._recasable(e, n, common)), None)
            if phrase is None:
                i += 1
                continue
            words = self._split(phrase)
            if len(words) == n:
                for k, w in enumerate(words):
                    t = out[i + k]
                    text = t.text.upper() if w.isupper() and len(w) > 1 else \
                        t.text[:1].upper() + t.text[1:] if w[:1].isupper() else t.text
                    if len(text) == len(t.text):
                        out[i + k] = replace(t, text=text)
            i += n
        return out

    def _recasable(self, e: ActorEntry, n: int, common: frozenset[str]) -> bool:
        if e.kind not in self.RECASE_KINDS or e.source == "kb-short":
            return False
        if e.case == "upper":  # an acronym of three letters or more that is no word ("kpk", "tni"; not "pan")
            return n == 1 and len(e.phrase) >= 3 and e.phrase.isalpha() and fold(e.phrase) not in common
        if e.case not in ("title", "name"):
            return False
        if n == 1:
            if e.kind in ("country", "capital", "demonym"):  # the word list has "inggris", "belanda"
                return fold(e.phrase) not in self.data.words("lower_case_words")
            # a person's one-word name the knowledge base lists as his ("jokowi", "ahok"), not
            # one derived from his full name (kb-short, above): as written with a capital
            return fold(e.phrase) not in common and (e.kind != "person" or len(e.phrase) >= 4)
        return True

    def _common_words(self) -> frozenset[str]:
        if not hasattr(self, "_common"):
            self._common = common_words(self.data)
        return self._common



def lower_case_only(text: str) -> bool:
    """A sentence written all in lower case (letters, none of them capitals)."""
    return not any(c.isupper() for c in text) and any(c.isalpha() for c in text)


@lru_cache(maxsize=8)
def lexicon(lang: str, extra: tuple[str, ...] = (), agents: tuple[str, ...] = ()) -> ActorLexicon:
    """The actor lexicon of a language, with a user's actor files (``--actors``) and
    PETRARCH agents dictionaries (``--agents``) added."""
    return ActorLexicon(lang, extra=extra, agents=agents)
