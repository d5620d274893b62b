"""PETRARCH verb dictionaries read as peristiwa event patterns (``--verbs``).

A PETRARCH (TABARI-style) verb dictionary, as ``CAMEO.verbpatterns.150430.txt``
or the validation suite's ``PETR.Validate.verbs.txt``, is a series of blocks::

    &CURRENCY                          a synset: its members, one a line, "+" first
    +DOLLARS
    +SWISS FRANCS

    --- GRANT  [070] ---               a block: its name and default code
    GRANT                              a verb of the block (regular forms made)
    GIVE {GAVE GIVEN GIVING}           irregular forms in {...}
    +CORDON_OFF                        a verb of several words ("+": the inflected one)
    PLEDGE  [0354]                     a verb with its own code
    - * &CURRENCY  [071]               a pattern: "*" stands for the block's verbs
    - SAID * TO ATTEND  [082]          words before and after the verb
    - * AID TO +  [070]                "+" the target, "$" the source, "%" a compound actor
    - * PLAN  [---]                    "---": the phrase codes nothing

Each verb becomes the pattern ``CODE verb`` (its word matches every
inflection of its stem, as PETRARCH's regular forms do; irregular forms are
added as alternatives); each pattern line one peristiwa
pattern (``coding/patterns.py``) in which the verb is a word matching every
verb of the block, words joined by ``_`` stand next to each other and words
apart by a space may have up to ``GAP`` words between them (``...``). A synset
becomes one word with its members as alternatives, or, where a member has
several words, one pattern per member (at most ``MAX_EXPANSIONS`` a line).
``%`` (a compound actor) is read as the source with the ``@mutual`` flag,
``^`` (skip a noun phrase) as a gap. The first part of a code is taken
(``[013:012]`` -> 013). Codes are kept as written, CAMEO or not.

PETRARCH2's phrases (``CAMEO.2.0.txt``) are read as their words: a noun
phrase ``{FINANCIAL AID}`` together, a prepositional phrase ``(FOR AID)`` with
others allowed between (its structure, which the parse gives PETRARCH2, is not
checked). Not supported, each counted in :attr:`VerbDictionary.skipped` with its
reason: TABARI's disjunctions ``{A | B}``, PETRARCH2's transformation lines
(``~ a (a b ATTACK) SAY = a b 015``), and patterns that name an undefined synset. PETRARCH reads a verb
only where the parse makes it a verb; peristiwa's patterns also match the noun
("the attack"), as its own English patterns do.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from peristiwa.actors.phoenix import lines as dictionary_lines

MAX_EXPANSIONS = 24
_CODE = re.compile(r"\[\s*([^\]]*?)\s*\]")
_BLOCK = re.compile(r"^---\s*(\S*)\s*(?:\[\s*([^\]]*?)\s*\])?\s*-*\s*$")


@dataclass
class VerbDictionary:
    """The patterns a PETRARCH verb file gives: ``(code, body, line)`` in
    peristiwa's pattern syntax, and the lines left out with why."""

    path: Path
    patterns: list[tuple[str, str, int]] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)


def _code(raw: str) -> str:
    return raw.split(":")[0].strip()


class _Reader:
    def __init__(self, path: Path) -> None:
        self.out = VerbDictionary(path)
        self.synsets: dict[str, list[list[str]]] = {}  # &NAME -> members (word lists)
        self.block_code = "---"
        self.verbs: list[list[str]] = []  # the block's verbs, each a list of words (alternatives "|")
        self.new_block = False

    # -- the file --------------------------------------------------------------

    def read(self) -> VerbDictionary:
        with self.out.path.open(encoding="utf-8", errors="replace") as fh:
            numbered = list(dictionary_lines(fh))
        k = 0
        while k < len(numbered):
            n, line = numbered[k]
            s = line.strip()
            k += 1
            if s.startswith("&"):
                name = s.split()[0]
                members = []
                while k < len(numbered) and numbered[k][1].strip().startswith("+"):
                    members.append(numbered[k][1].strip()[1:].strip())
                    k += 1
                self._synset(name, members)
            elif s.startswith("---"):
                m = _BLOCK.match(s)
                self.block_code = _code(m.group(2) or "") if m and m.group(2) else "---"
                self.verbs = []
            elif s.startswith("-"):
                self._pattern(n, s[1:])
            else:
                self._verb(n, s)
        return self.out

    def _synset(self, name: str, members: list[str]) -> None:
        # PETRARCH adds the plural of each member; peristiwa's words match every
        # inflection of their stem, so the member itself is enough
        key = name.rstrip("_").upper()
        out: list[list[str]] = []
        for m in members:
            if m.startswith("&"):  # a synset inside a synset: its members
                out.extend(self.synsets.get(m.rstrip("_").upper(), []))
                continue
            words = m.rstrip("_").replace("_", " ").lower().split()
            if not words:
                continue
            out.append(words)
        self.synsets[key] = out

    # -- verbs -----------------------------------------------------------------

    def _verb(self, n: int, s: str) -> None:
        found = _CODE.search(s)
        code = _code(found.group(1)) if found else ""
        head = _CODE.sub("", s)
        forms = []
        if "{" in head:
            head, _, rest = head.partition("{")
            forms = rest.split("}")[0].split()
        head = "_".join(head.split())  # "LASH OUT" is LASH_OUT
        if not head or not re.fullmatch(r"[A-Za-z0-9_+'\-]+", head):
            self.out.skipped.append((n, f"not a verb line: {s}"))
            return
        # a word matches every inflection of its stem (PETRARCH's regular forms);
        # irregular forms ({SENT SENDING}) are added as alternatives
        words = [w for w in head.replace("+", "").lower().split("_") if w]
        if len(words) == 1:
            verb = ["|".join(dict.fromkeys([words[0]] + [f.lower() for f in forms]))]
        else:
            # "+CORDON_OFF", "WIRE_+TAP": the marked word takes the forms
            marked = next((k for k, w in enumerate(head.split("_")) if w.startswith("+")), 0)
            irregular = [f.replace("+", "").lower().split("_")[marked] for f in forms
                         if len(f.split("_")) == len(words)]
            verb = list(words)
            verb[marked] = "|".join(dict.fromkeys([words[marked]] + irregular))
        self.verbs.append(verb)
        own = code or self.block_code
        self.out.patterns.append((own, " ".join(verb), n))

    # -- patterns --------------------------------------------------------------

    def _pattern(self, n: int, s: str) -> None:
        found = _CODE.search(s)
        if not found:
            self.out.skipped.append((n, "a pattern with no [code]"))
            return
        code = _code(found.group(1)) or "---"
        body = s[: found.start()].strip()
        # PETRARCH2's phrases: a noun phrase {FINANCIAL AID} is its words together,
        # a prepositional phrase (FOR AID) its words with others allowed between
        body = re.sub(r"\{([^{}|]*)\}", lambda m: "_".join(m.group(1).split()), body)
        body = re.sub(r"\(([^(){}|]*)\)", lambda m: " ".join(m.group(1).split()), body)
        if any(c in body for c in "{}()|"):
            self.out.skipped.append((n, "disjunctions ({A | B}) and nested phrases are not supported"))
            return
        if body.count("*") != 1:
            self.out.skipped.append((n, "a pattern needs one '*' (the verb)"))
            return
        if not self.verbs:
            self.out.skipped.append((n, "a pattern before any verb of its block"))
            return
        # "IN_*": the words stand next to the verb; "A B": words may stand between;
        # a "_" before a space is TABARI's open match ("XXXX_ " is "XXXX ")
        raw = re.findall(r"_|\s+|\*|[^\s_*]+", body)
        seq: list = []  # items: [word alternatives], ["SYN", members...], "$", "+", "*", "^", "NEXT"
        flags = set()
        for k, t in enumerate(raw):
            if t.isspace():
                continue
            if t == "_":
                if 0 < k < len(raw) - 1 and not raw[k - 1].isspace() and not raw[k + 1].isspace():
                    seq.append("NEXT")
                continue
            if t == "%":
                seq.append("$")
                flags.add("@mutual")
            elif t in ("$", "+", "*", "^"):
                seq.append(t)
            elif t.startswith("&"):
                members = self.synsets.get(t.rstrip("_").upper())
                if members is None:
                    self.out.skipped.append((n, f"undefined synset {t}"))
                    return
                seq.append(["SYN", *[" ".join(m) for m in members]])
            else:
                seq.append([t.lower()])
        for variant in itertools.islice(self._variants(seq), MAX_EXPANSIONS):
            text = _render(variant, self.verbs)
            if text is None:
                self.out.skipped.append((n, "no word to anchor the pattern"))
                return
            for t in text:
                self.out.patterns.append((code, " ".join([t, *sorted(flags)]), n))

    @staticmethod
    def _variants(seq):
        """The sequence with each synset made a word with its members as alternatives,
        or, where a member has several words, spread into one sequence per member."""
        choices = []
        for item in seq:
            if isinstance(item, list) and item[0] == "SYN":
                members = item[1:]
                if all(" " not in m for m in members):
                    choices.append([[["|".join(dict.fromkeys(members))]]])
                else:
                    spread = []
                    for m in members:
                        words = m.split()
                        part = []
                        for j, w in enumerate(words):
                            part += (["NEXT"] if j else []) + [[w]]
                        spread.append(part)
                    choices.append(spread)
            else:
                choices.append([[item]])
        for combo in itertools.product(*choices):
            yield [x for part in combo for x in part]




def _render(seq, verbs: list[list[str]]) -> list[str] | None:
    """peristiwa pattern bodies for a sequence: one for each shape of the block's
    verbs (one word, or several)."""
    one = [v[0] for v in verbs if len(v) == 1]
    shapes: list[list[str]] = []
    if one:
        shapes.append(["|".join(dict.fromkeys(a for v in one for a in v.split("|")))])
    shapes += [v for v in verbs if len(v) > 1]
    out = []
    for verb in shapes:
        parts: list[str] = []
        joined = True  # the next element stands right after the last one
        for item in seq:
            if item == "NEXT":
                joined = True
                continue
            if item == "^":
                joined = False
                continue
            if parts and not joined:
                parts.append("...")
            joined = False
            if item == "*":
                parts += verb
            elif item in ("$", "+"):
                parts.append(item)
            else:
                parts.append(item[0])
        while parts and parts[-1] == "...":
            parts.pop()
        if not any(p not in ("$", "+", "...") for p in parts):
            return None
        if parts[0] in ("$", "+") and len(parts) > 1 and parts[1] == "...":
            del parts[1]  # a slot at the start is the subject, wherever it stands
        out.append(" ".join(parts))
    return out


def read(path: Path | str) -> VerbDictionary:
    """The patterns of a PETRARCH verb dictionary."""
    return _Reader(Path(path)).read()
