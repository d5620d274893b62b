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
_CODE = re.compile(r"\[([A-Z0-9]+)\s*([^\]]*)\]")


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
        for code, spec in _CODE.findall(body):
            rng = _range(spec, freeze)
            if rng is not None:
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
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            body = line.split("#", 1)[0]
            if not body.strip():
                continue
            if line[0] in " \t" or body.lstrip().startswith("["):
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
