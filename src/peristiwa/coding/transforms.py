"""Coding transformations: the CAMEO policy that rewrites or re-directs events,
read from ``data/transforms.txt`` (every language) and ``lang/<code>/transforms.txt``
(one language's own: its lines of a name replace the shared lines of that name).

A line is ``NAME  CODES  [key=value ...]  [# comment]``:

    possessor-target   02,10,11,12            # "menolak usulannya": the possessor is the target
    protest-demand     1041>1411,1042>1412    # protesters who demand: the protest takes 141x
    visit-place        042  side=target       # a visit happens where it goes

``CODES`` lists CAMEO codes or roots, comma-separated (a code matches every
code it begins: ``02`` matches 020 and 0214), ``*`` any code; ``FROM>TO`` also
says what an event of ``FROM`` becomes. ``NAME`` is one of ``KNOWN``: what
each does is written there and in docs/lexicons.md; the coder asks for a
transform by name where the event is built, and the event it changes names
the line in its notes (``transform:data/transforms.txt:12``), which ``why``
shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from peristiwa.coding.cameo import DATA, is_code
from peristiwa.errors import PeristiwaError
from peristiwa.lang import LanguageData, read_lines

# What each transform does (the coder applies it where its name is asked for).
KNOWN = {
    "asked-not-done": "an event in the complement of a directive verb (grammar `directives`) "
                      "is asked for, not done: it is not coded",
    "aim-not-done": "an event in the purpose clause of a verb of moving, sending or setting up "
                    "(grammar `purpose_movers`) is its aim, not done: it is not coded",
    "intent-on-condition": "an intent followed in its clause by a threat condition (grammar "
                           "`threat_conditions`) becomes the modality `kind`",
    "addressee-target": "with no object, the actor opening the complement (grammar "
                        "`complementizers`) is the target",
    "possessor-target": "with no object, the actor a possessive clitic on the object stands "
                        "for is the target",
    "no-target": "coded with no target when none is found",
    "unnamed-patient": "with no target, people named by a private person's noun only (grammar "
                       "`private_person_nouns`) whom a source of a role of `roles` acts on are "
                       "the bare country of the source",
    "unnamed-agent": "with no source, people named by a private person's noun only who act on a "
                     "target of a role of `roles` are the bare country of the target",
    "own-forces": "a target of the source's country with a role of `roles` is the source's own forces: no target",
    "not-by": "an event whose source has a role of `roles` is not coded (a tourist's visit)",
    "private-celebrity": "an event one side of which is named by a celebrity noun (the language's "
                         "grammar `celebrity_nouns`) and the other has a role of `roles` (`-`: none) "
                         "is not coded: celebrity news, a celebrity's own court case",
    "private-athlete": "an event one side of which is named by an athlete noun (grammar "
                       "`athlete_nouns`) and the other has a role of `roles` is not coded: sport news",
    "sport-play": "in a sentence with a word of sport (grammar `sport_words`), an event one side "
                  "of which is named by an athlete noun (grammar `athlete_nouns`), the other by a person's "
                  "name only, is not coded: the play of a match",
    "private-pair": "an event between a side of role R and a side of role S, for a pair R:S "
                    "of `pairs` (either way round), is not coded: a private matter (netizens "
                    "and a firm, a firm and its customers)",
    "judged-agent": "a judgement whose object is a nominal event is of that event's source; "
                    "with none, not of that event's target; with no target, the agent "
                    "of its object is (where modifiers come first)",
    "named-act": "with no target, an object that is a noun and a demonstrative (grammar "
                 "`demonstratives`) is the act the sentence before told: its doer is the target",
    "place-target": "with no actor as target, a place after the trigger (by one of `cues`) "
                    "is the target as the bare country it is in; so is a capital",
    "protesters": "a source of role `roles` (`-`: none) that protests in the sentence takes "
                  "the role `to`",
    "meeting-on-visit": "a meeting after a purpose word, by the source of an earlier event of "
                        "`visit`, is not coded apart from the visit",
    "protest-demand": "a protest with no target and a demand FROM by the same source: the "
                      "protest takes TO and the demand's target; the demand is not coded apart",
    "visit-place": "an event placed by the dateline or nowhere happens where its `side` is",
    "media-statement": "a statement whose target has role `roles` or is a media word is not coded",
    "by-role": "an event of FROM whose source has a role of `roles` is coded TO (with "
               "`target_roles`: only when its target has one of those roles in the source's country)",
    "acted-on": "a match of CODES may share its words with a match of `acts` (code prefixes): "
                "the act it acts on happened and is a second event, of its own doers",
}

# The parameters each transform needs, and the values a parameter may take
# (any value when not listed).
REQUIRED = {
    "intent-on-condition": ("kind",),
    "protesters": ("roles", "to"),
    "meeting-on-visit": ("visit",),
    "protest-demand": ("protest",),
    "visit-place": ("side",),
    "place-target": ("cues",),
    "not-by": ("roles",),
    "private-celebrity": ("roles",),
    "private-athlete": ("roles",),
    "private-pair": ("pairs",),
    "media-statement": ("roles",),
    "by-role": ("roles",),
    "acted-on": ("acts",),
}
VALUES = {"kind": ("intent", "threat"), "side": ("source", "target")}

SHARED_FILE = "transforms.txt"


@dataclass(frozen=True)
class Transform:
    name: str
    codes: tuple[str, ...]  # () = every code
    to: dict[str, str]  # FROM -> TO for codes written FROM>TO
    params: dict[str, tuple[str, ...]]
    file: str  # as named in notes: data/transforms.txt, lang/id/transforms.txt
    line: int
    text: str

    def prefix(self, code: str) -> str | None:
        """The entry of CODES that ``code`` falls under, None if none."""
        if not self.codes:
            return ""
        return next((c for c in self.codes if code.startswith(c)), None)

    def applies(self, code: str) -> bool:
        return self.prefix(code) is not None

    def param(self, key: str) -> tuple[str, ...]:
        return self.params.get(key, ())

    def recode(self, code: str) -> str | None:
        """What ``code`` becomes by a ``FROM>TO`` entry: TO followed by the rest of
        the code after FROM; None when no such entry covers it."""
        frm = self.prefix(code)
        if frm is None or frm not in self.to:
            return None
        return self.to[frm] + code[len(frm):]

    @property
    def note(self) -> str:
        return f"transform:{self.file}:{self.line}"


@dataclass
class Transforms:
    lines: list[Transform] = field(default_factory=list)
    _found: dict[tuple[str, str], Transform | None] = field(default_factory=dict, repr=False)

    def get(self, name: str, code: str = "") -> Transform | None:
        """The line ``name`` that applies to ``code`` (any code: ``code=""``), if any."""
        key = (name, code)
        if key not in self._found:
            self._found[key] = next((t for t in self.lines if t.name == name
                                     and (not code or t.applies(code))), None)
        return self._found[key]


def parse_line(text: str, file: str, n: int) -> Transform:
    parts = text.split()
    name = parts[0]
    if name not in KNOWN:
        raise PeristiwaError(f"{file}:{n}: unknown transform {name!r} (known: {', '.join(KNOWN)})")
    codes: list[str] = []
    to: dict[str, str] = {}
    if len(parts) < 2:
        raise PeristiwaError(f"{file}:{n}: {name} needs the codes it applies to (or *)")
    if parts[1] != "*":
        for item in parts[1].split(","):
            frm, _, dest = item.partition(">")
            for c in (frm, dest) if dest else (frm,):
                if not is_code(c):
                    raise PeristiwaError(f"{file}:{n}: {c!r} is not a CAMEO code or root")
            codes.append(frm)
            if dest:
                to[frm] = dest
    params = {}
    for p in parts[2:]:
        key, eq, value = p.partition("=")
        if not eq:
            raise PeristiwaError(f"{file}:{n}: {p!r} is not key=value")
        params[key] = tuple(value.split(","))
        if key in VALUES and not set(params[key]) <= set(VALUES[key]):
            raise PeristiwaError(f"{file}:{n}: {key} is one of {', '.join(VALUES[key])}")
    missing = [k for k in REQUIRED.get(name, ()) if not params.get(k, ("",))[0]]
    if missing:
        raise PeristiwaError(f"{file}:{n}: {name} needs {', '.join(k + '=' for k in missing)}")
    if name in ("protest-demand", "by-role") and not to:
        raise PeristiwaError(f"{file}:{n}: {name} needs FROM>TO codes")
    return Transform(name, tuple(codes), to, params, file, n, " ".join(parts))


def read(path: Path, file: str) -> list[Transform]:
    return [parse_line(text, file, n) for n, text in read_lines(path)]


def combine(shared: list[Transform], own: list[Transform]) -> Transforms:
    """The shared lines, the lines of each name a language writes replaced by its own."""
    names = {t.name for t in own}
    return Transforms([t for t in shared if t.name not in names] + own)


def transforms(data: LanguageData) -> Transforms:
    """The transformations a language codes with (asked for by every sentence: kept
    on the language's data)."""
    found = data.__dict__.get("_transforms")
    if found is None:
        found = data.__dict__["_transforms"] = _transforms(data.code, data.file("transforms.txt"))
    return found


@cache
def _transforms(code: str, own: Path) -> Transforms:
    return combine(read(DATA / SHARED_FILE, f"data/{SHARED_FILE}"), read(own, f"lang/{code}/transforms.txt"))
