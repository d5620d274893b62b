"""Read PETRARCH/Phoenix (TABARI-style) actor dictionaries.

The format, as in ``Phoenix.Countries.actors.txt``::

    BARACK_OBAMA                      a name: words joined by "_"
    +PRESIDENT_OBAMA_                 "+": an alias (a trailing "_" is a word end)
        [USAELI 780101-000101]        a dated code: from-to
        [USAGOV >090120]              from a day on ("<" would be: until)
        [USAELI]                      no date: the code otherwise
    UNITED_NATIONS_  [IGOUNO]  # ...  a code on the name line

Dates are YYMMDD (19xx for years above 30) or YYYYMMDD. Each entry becomes
:class:`Row` records of the knowledge base's shape: one per dated code, the
names ``|``-joined, the file and line as provenance.

Comments are PETRARCH's: ``#`` to the end of a line, and ``<!-- ... -->`` (or
``<! ... -->``) on one line or over several. Codes are read in any case
(``[pse]`` is PSE); a compound code (``[FRO/BIL/SAM]``) keeps its parts joined
by ``/``; PETRARCH's null codes (``[---]``, ``[+++]``, ``[###]``) give the name
no code.

Open ranges (``>090120``) are as the dictionary saw them when it was frozen:
read with ``freeze`` they end on that day, so a dictionary from 2015 does not
keep a president in office for ever (the knowledge base turns the person into
an ELI of their country after the end).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_ROMAN = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)")
_CODE = re.compile(r"\[\s*([^\s\]]+)\s*([^\]]*)\]")
_CODE_PART = re.compile(r"[A-Z0-9]+")


@dataclass(frozen=True)
class Row:
    id: str
    code: str
    start: str
    end: str
    names: str
    source: str

    def tsv(self) -> str:
        return "\t".join((self.id, self.code, self.start, self.end, self.names, self.source))


def _day(s: str) -> str:
    s = s.strip()
    if len(s) == 6:
        yy = int(s[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        s = f"{year}{s[2:]}"
    if len(s) != 8 or not s.isdigit():
        return ""
    month, day = int(s[4:6]), int(s[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return s[:4]
    return f"{s[:4]}-{s[4:6]}-{s[6:8]}"


def _range(spec: str, freeze: str) -> tuple[str, str] | None:
    """``"780101-000101"`` -> ("1978-01-01", "2000-01-01"); None when unreadable."""
    spec = spec.replace(" ", "")
    if not spec:
        return "", ""
    if spec[0] == ">":
        start = _day(spec[1:])
        return (start, freeze) if start else None
    if spec[0] == "<":
        end = _day(spec[1:])
        return ("", end) if end else None
    if "-" in spec:
        a, b = spec.split("-", 1)
        start, end = _day(a), _day(b)
        return (start, end) if start and end else None
    return None


def _code(raw: str) -> str:
    """``pse`` -> ``PSE``; ``ELR/GAL`` stays compound; ``---`` and other non-codes -> ""."""
    parts = [p for p in raw.upper().split("/") if _CODE_PART.fullmatch(p)]
    return "/".join(parts)


def lines(fh) -> Iterator[tuple[int, str]]:
    """The lines of a PETRARCH dictionary with its comments removed (numbered from 1):
    ``<!-- ... -->`` over one line or several, ``<! ... -->``, ``#`` to the end of a line.
    Lines that are empty once comments are gone are left out."""
    in_comment = False
    for n, raw in enumerate(fh, 1):
        line = raw.rstrip("\r\n")
        out = ""
        while line:
            if in_comment:
                if "-->" not in line:
                    line = ""
                    break
                line = line.split("-->", 1)[1]
                in_comment = False
                continue
            hash_at, open_at = line.find("#"), line.find("<!")
            if open_at < 0 or 0 <= hash_at < open_at:
                out += line if hash_at < 0 else line[:hash_at]
                break
            out += line[:open_at]
            line = line[open_at + 2:]
            in_comment = True
        if out.strip():
            yield n, out.rstrip()


def _name(raw: str) -> str:
    """``BARACK_OBAMA_`` -> ``Barack Obama``; short acronyms stay in capitals (``UN``, ``BBC``)."""
    words = [w for w in raw.strip().strip("_").replace("_", " ").split() if w]
    out = []
    for w in words:
        letters = re.sub(r"[^A-Za-z]", "", w)
        if len(words) == 1 and len(letters) <= 4 or w.startswith("(") or _ROMAN.fullmatch(w):
            out.append(w)  # a lone short word is an acronym (UN, BBC, AFP), "(AAIA)" too
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


@dataclass
class _Headword:
    """A name line of the dictionary, with the aliases and dated codes under it."""

    id: str
    line: int
    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # (code, start, end)

    def add_codes(self, body: str, freeze: str) -> None:
        for raw, spec in _CODE.findall(body):
            code = _code(raw)
            rng = _range(spec, freeze)
            if code and rng is not None:
                self.codes.append((code, *rng))

    def rows(self, label: str) -> Iterator[Row]:
        if not self.names:
            return
        names = "|".join(dict.fromkeys(self.names))
        for code, start, end in self.codes or [("", "", "")]:
            yield Row(self.id, code, start, end, names, f"{label}:{self.line}")


def read(path: Path, freeze: str = "", prefix: str = "phx") -> Iterator[Row]:
    """Rows of a Phoenix/PETRARCH actor dictionary."""
    head: _Headword | None = None
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, body in lines(fh):
            if body[0] in " \t" or body.lstrip().startswith("["):
                if head is not None:
                    head.add_codes(body, freeze)
                continue
            if body.startswith("+"):
                if head is not None:
                    name = _name(_CODE.sub("", body[1:]))
                    if name:
                        head.names.append(name)
                continue
            if head is not None:
                yield from head.rows(path.name)
            words = _CODE.sub("", body)
            head = _Headword(f"{prefix}:{words.strip().strip('_')}", n)
            name = _name(words)
            if name:
                head.names.append(name)
            head.add_codes(body, freeze)
    if head is not None:
        yield from head.rows(path.name)


def is_phoenix(path: Path) -> bool:
    """Does a file look like a Phoenix/PETRARCH actor dictionary (not a peristiwa TSV)?"""
    if path.suffix == ".gz":
        return False  # compiled knowledge bases are peristiwa TSV
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            return not line.startswith("id\t")
    return False


USER_PREFIX = "user:"  # ids of the entries of a user's dictionary (``--actors``)
_INTERNATIONAL = ("IGO", "NGO", "MNC", "IMG", "NGM")


def kind_of(codes: list[str]) -> str:
    """What a PETRARCH entry names, from its codes: a ``state`` when every code is a
    bare three-letter code (``[FOR]``, ``[ELR/GAL]``: PETRARCH adds an agent's code to
    it, "Fornost President X" is FORGOV), an ``org`` when an international code
    (IGO, NGO, ...) is among them, else a ``person``."""
    parts = [p for c in codes for p in c.split("/") if p]
    if not parts:
        return "person"
    if all(len(p) == 3 for p in parts):
        return "state"
    if any(p.startswith(_INTERNATIONAL) for p in parts):
        return "org"
    return "person"


def aliases(names: list[str]) -> list[str]:
    """The names of an entry and, for a name that opens with "The", the name without
    it: PETRARCH matches ``THE_SHIRE`` in "the Shire" as in "The Shire"."""
    out = list(names)
    for n in names:
        if n.startswith("The ") and len(n) > 4:
            out.append(n[4:])
    return list(dict.fromkeys(out))


# --------------------------------------------------------------------------- agents

_AGENT = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[\s*(?P<code>[^\]]*?)\s*\]")
_MARKER = re.compile(r"!(\w+)!")


@dataclass(frozen=True)
class Agent:
    """An entry of a PETRARCH agents dictionary: a phrase (lower case, words apart)
    and its code: ``~GOV`` is added after the actor's code (Arnor's president:
    ARNGOV), ``NGO~`` before it (NGOARN)."""

    phrase: str
    code: str
    line: int
    plural: bool = False  # its regular plural is matched too (no {...} after it)

    @property
    def prefix(self) -> bool:
        return self.code.endswith("~")


def read_agents(path: Path) -> Iterator[Agent]:
    """The agents of a PETRARCH/Phoenix agents dictionary.

    ``PHRASE {PLURALS} [CODE]``: words joined by ``_`` or spaces; its regular
    plural is matched too (``Agent.plural``: the language's ``plural_forms`` hook
    makes it) unless ``{...}`` gives the plurals (``{}``: none); ``!NAME! = A, B``
    defines a substitution (``CONGRESS!PERSON!`` is CONGRESSMAN, CONGRESSWOMAN, ...;
    no plural is made for those)."""
    subs: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, body in lines(fh):
            s = body.strip()
            m = re.match(r"^!(\w+)!\s*=\s*(.*)$", s)
            if m:
                subs[m.group(1).upper()] = [w.strip() for w in m.group(2).split(",") if w.strip()]
                continue
            m = _AGENT.match(s)
            if not m:
                continue
            code = m.group("code").replace(" ", "").upper()
            if not re.fullmatch(r"~[A-Z0-9]+|[A-Z0-9]+~", code):
                continue
            phrase = m.group("phrase").strip()
            plurals = m.group("plurals")
            marker = _MARKER.search(phrase)
            if marker and marker.group(1).upper() in subs:
                forms = [phrase.replace(marker.group(0), w) for w in subs[marker.group(1).upper()]]
                regular = False
            else:
                forms = [phrase]
                regular = plurals is None
            out = {_phrase(f): regular for f in forms}
            out.update({_phrase(p): False for p in (plurals or "").split() if _phrase(p) not in out})
            for p, plural in out.items():
                if p and "!" not in p:
                    yield Agent(p, code, n, plural)


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").lower().split())
