"""CAMEO event codes with their Goldstein value, QuadClass and PLOVER type.

The table (``data/cameo.tsv``) is compiled by ``scripts/build_data.py`` from
GDELT's lookup files and the CAMEO->PLOVER crosswalk.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("peristiwa") / "data"))


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def table() -> dict[str, CameoCode]:
    out = {}
    with (DATA / "cameo.tsv").open(encoding="utf-8") as fh:
        rows = (line for line in fh if not line.startswith("#"))
        for r in csv.DictReader(rows, delimiter="\t"):
            out[r["code"]] = CameoCode(
                code=r["code"],
                name=r["name"],
                goldstein=float(r["goldstein"]),
                quad_class=int(r["quad_class"]),
                plover=r["plover"],
                plover_mode=r["plover_mode"],
            )
    return out


def lookup(code: str) -> CameoCode:
    try:
        return table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


def is_code(code: str) -> bool:
    return code in table()


def info(code: str) -> CameoCode:
    """The table's entry for a code; for a code CAMEO lacks, which a user's verb
    dictionary may use (PETRARCH's validation suite codes in WEIS: "903", "075A"),
    an entry with no name, Goldstein 0 and the QuadClass of its root if CAMEO has
    that root (else 0)."""
    found = table().get(code)
    if found is not None:
        return found
    root = table().get(code[:2])
    return CameoCode(code, "", 0.0, root.quad_class if root else 0, "", "")


@lru_cache(maxsize=1)
def modality() -> dict[str, dict[str, str]]:
    """How intent and threat markers change a code: {"intent": {...}, "threat": {...}}.

    Keys are CAMEO codes or roots; the most specific key wins (see data/modality.tsv).
    """
    out: dict[str, dict[str, str]] = {"intent": {}, "threat": {}}
    with (DATA / "modality.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            kind, frm, to = line.split()
            out[kind][frm] = to
    return out


def under_modality(code: str, kind: str) -> str | None:
    """The code an event takes under a modality ('intent' or 'threat'), None = not coded."""
    table_ = modality()[kind]
    for key in (code, code[:3], code[:2]):
        if key in table_:
            to = table_[key]
            return None if to == "-" else (code if to == "=" else to)
    return None


@lru_cache(maxsize=1)
def _reciprocal() -> frozenset[str]:
    out = set()
    with (DATA / "reciprocal.txt").open(encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                out.add(line)
    return frozenset(out)


def reciprocal(code: str) -> bool:
    """Acts two parties do together: with a coordinated subject and no object
    ("A dan B menandatangani kesepakatan") each is the other's target."""
    table_ = _reciprocal()
    return any(k in table_ for k in (code, code[:3], code[:2]))
