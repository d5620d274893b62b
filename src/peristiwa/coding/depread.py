"""Reading source and target from a dependency parse (Universal Dependencies).

Given a trigger, its actors are found along the tree, not by word distance:

- subject: a ``nsubj``/``nsubj:pass``/``csubj`` child; a trigger in a relative
  clause (``acl:relcl``) takes the noun it modifies ("Lavrov, yang
  mengatakan ..."), unless that noun stands in an aside of attribution
  ("X, according to a spokesman for the ministry, accused ..."); a trigger in
  ``xcomp``/``conj``/``advcl`` with no subject of its own shares its head's
  ("Washington menghukum Turki ..., menjatuhkan sanksi");
- object: an ``obj``/``iobj`` child; else an oblique (``obl``, ``nmod``) whose
  case marker is one of the language's target markers ("kepada", "against");
- agent of a passive or a nominal: an oblique marked by an agent marker
  ("oleh", "by"), or an unmarked oblique of a passive ("dimediasi Rusia");
- genitive of a nominal: an unmarked ``nmod``/``nmod:poss`` child, or a
  ``compound`` one (GSD's relation for a noun after a noun: "kunjungan
  presiden").

An argument's actor is the mention that covers the argument's head word, or
the nearest mention inside its subtree ("dua jurnalis Rusia").
Every answer carries the dependency path that linked it, for ``why``.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from peristiwa.records import Mention
from peristiwa.syntax.parse import Parse

SUBJ = ("nsubj", "nsubj:pass", "csubj", "csubj:pass")
OBJ = ("obj", "iobj")
OBL = ("obl", "obl:arg", "obl:agent", "obl:tmod", "nmod", "nmod:poss", "obl:mod")
SHARED = ("xcomp", "conj", "advcl")
RELATIVE = ("acl:relcl", "acl")
GENITIVE = ("nmod", "nmod:poss", "compound")
INSIDE = ("nmod", "nmod:poss", "compound", "flat", "flat:name", "appos", "amod", "nummod", "det",
          "conj", "fixed", "compound:plur")


@dataclass
class Argument:
    """A predicate's subject found along the tree: its mentions, the dependency
    path that linked it, and whether the subject is a passive one."""

    mentions: list[Mention]
    path: str
    passive: bool


@dataclass
class Oblique:
    """An object, oblique or genitive child of a predicate: its case marker
    (None when unmarked), its mentions and its relation."""

    marker: str | None
    mentions: list[Mention]
    label: str


@dataclass
class ParseSides:
    """The source and target the parse gives a trigger (None where it gives
    none), with the paths that linked them."""

    source: list[Mention] | None = None
    target: list[Mention] | None = None
    notes: list[str] = field(default_factory=list)


class DepReader:
    def __init__(self, sc, parse: Parse) -> None:
        # the sentence's reader, which keeps this one (``SentenceReader.reader``): by a weak
        # reference, so that a parsed sentence's reader is no reference cycle the collector
        # must find (its whole reading would otherwise outlive it until a collection)
        self.sc = weakref.proxy(sc)
        self.p = parse
        # grammar ``nested_places``: a place phrase inside a place phrase is where, not who
        self.places = sc.d.words("nested_places")
        # grammar ``noun_owner_markers``: the prepositions of a noun's own actor ("serangan
        # oleh X", "kritik dari X"); a mention inside any other prepositional phrase of a
        # noun is not that noun's ("menolak pemilihan presiden melalui MPR"). None: any.
        self.owners = sc.d.words("noun_owner_markers") or None
        self.kids: dict[int, list[int]] = {}
        for k, h in enumerate(parse.heads):
            if h != k:
                self.kids.setdefault(h, []).append(k)

    # -- helpers -------------------------------------------------------------------

    def label(self, k: int) -> str:
        return self.p.deps[k].lower()

    def case_of(self, k: int) -> str | None:
        for c in self.kids.get(k, []):
            if self.label(c) in ("case", "mark"):
                return self.sc.toks[c].norm
        return None

    def mention_at(self, k: int, depth: int = 0, place: bool = False):
        """The mention group covering token k, or the nearest one in its subtree, not
        inside a prepositional phrase other than its owner's (``owners``, where the
        language lists them); in a place
        phrase (``place``: "at a jail in X") not one in a place phrase of its own."""
        if k in self.sc.tok_mention:
            return self.sc._group_mentions(self.sc.tok_mention[k])
        if depth >= 3:
            return None
        for c in sorted(self.kids.get(k, []), key=lambda c: abs(c - k)):
            case = self.case_of(c)
            if self.label(c) in INSIDE and not (place and case in self.places) \
                    and (case is None or self.owners is None or case in self.owners):
                found = self.mention_at(c, depth + 1, place)
                if found:
                    return found
        return None

    # -- arguments -----------------------------------------------------------------

    def subject(self, i: int, depth: int = 0) -> Argument | None:
        """The subject of predicate i."""
        own = False  # a subject of its own, even one that is no actor ("after mobs looted")
        for c in self.kids.get(i, []):
            lab = self.label(c)
            if lab in SUBJ:
                own = True
                ms = self.mention_at(c)
                if ms:
                    return Argument(ms, f"{lab}", lab.endswith("pass"))
        lab = self.label(i)
        h = self.p.heads[i]
        if lab in RELATIVE and h != i and not self._in_attribution(h, i):
            ms = self.mention_at(h)
            if ms:
                return Argument(ms, f"{lab}^ (the noun the clause modifies)", False)
        if lab in SHARED and h != i and depth < 3 and not own:
            found = self.subject(h, depth + 1)
            if found:
                return Argument(found.mentions, f"{lab}^ > {found.path}", found.passive)
        return None

    def _in_attribution(self, h: int, i: int) -> bool:
        """The noun at ``h`` that the clause at ``i`` would modify stands in an aside of
        attribution between the subject and the predicate ("Russia, according to a
        spokesman for the *ministry*, accused ..."; ``_reporting_aside``): a parse that
        hangs the predicate on it misreads the aside; who tells of the act is not who
        does it."""
        opened = self.sc._reporting_aside(i)
        return opened is not None and opened < h < i

    def obliques(self, i: int) -> list[Oblique]:
        """Each oblique, object or genitive child of i, in text order."""
        out = []
        for c in sorted(self.kids.get(i, [])):
            lab = self.label(c)
            if lab in OBJ or lab in OBL or lab in GENITIVE:
                ms = self.mention_at(c, place=self.case_of(c) in self.places)
                if ms:
                    out.append(Oblique(self.case_of(c), ms, lab))
        return out

    def read(self, anchor: int, voice: str) -> ParseSides:
        """The source and target of a trigger at ``anchor`` read as ``voice``."""
        args = self.obliques(anchor)
        if voice == "nominal":
            return self._read_nominal(anchor, args)
        subj = self.subject(anchor)
        if voice == "passive" or (subj is not None and subj.passive):
            return self._read_passive(subj, args)
        return self._read_active(subj, args)

    def _read_nominal(self, anchor: int, args: list[Oblique]) -> ParseSides:
        """A nominal: its marked agent and target, else its genitive."""
        sc = self.sc
        out = ParseSides()
        for a in args:
            if a.marker in sc.agent_markers and out.source is None:
                out.source = a.mentions
                out.notes.append(f"source: {a.label} with '{a.marker}'")
            elif a.marker in sc.target_markers and out.target is None:
                out.target = a.mentions
                out.notes.append(f"target: {a.label} with '{a.marker}'")
        gen = next((a for a in args if a.marker is None and a.label in GENITIVE), None)
        if gen is not None:
            if out.source is None and (out.target is not None or not sc.genitive_is_target(anchor)):
                out.source = gen.mentions
                out.notes.append(f"source: genitive {gen.label}")
            elif out.target is None and (out.source is None or gen.mentions != out.source):
                out.target = gen.mentions
                out.notes.append(f"target: genitive {gen.label}")
        return out

    def _read_passive(self, subj: Argument | None, args: list[Oblique]) -> ParseSides:
        """A passive: its subject is the target, its agent the source."""
        out = ParseSides()
        if subj:
            out.target = subj.mentions
            out.notes.append(f"target: {subj.path} (passive)")
        for a in args:
            if (a.marker in self.sc.agent_markers or (a.marker is None and a.label in OBL)) \
                    and out.source is None:
                out.source = a.mentions
                out.notes.append(f"source: {a.label}" + (f" with '{a.marker}'" if a.marker else " (agent)"))
        return out

    def _read_active(self, subj: Argument | None, args: list[Oblique]) -> ParseSides:
        """An active verb: its subject is the source, its object (or a marked
        oblique) the target."""
        out = ParseSides()
        if subj:
            out.source = subj.mentions
            out.notes.append(f"source: {subj.path}")
        for a in args:
            if a.label in OBJ and out.target is None and a.mentions != out.source:
                out.target = a.mentions
                out.notes.append(f"target: {a.label}")
        if out.target is None:
            for a in args:
                if a.marker in self.sc.target_markers and a.mentions != out.source:
                    out.target = a.mentions
                    out.notes.append(f"target: {a.label} with '{a.marker}'")
                    break
        return out
