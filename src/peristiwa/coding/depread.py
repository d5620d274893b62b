"""Reading source and target from a dependency parse (Universal Dependencies).

Given a trigger, its actors are found along the tree, not by word distance:

- subject: a ``nsubj``/``nsubj:pass``/``csubj`` child; a trigger in a relative
  clause (``acl:relcl``) takes the noun it modifies ("Lavrov, yang
  mengatakan ..."); a trigger in ``xcomp``/``conj``/``advcl`` with no subject
  of its own shares its head's ("Washington menghukum Turki ..., menjatuhkan
  sanksi");
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

from peristiwa.syntax.parse import Parse

SUBJ = ("nsubj", "nsubj:pass", "csubj", "csubj:pass")
OBJ = ("obj", "iobj")
OBL = ("obl", "obl:arg", "obl:agent", "obl:tmod", "nmod", "nmod:poss", "obl:mod")
SHARED = ("xcomp", "conj", "advcl")
RELATIVE = ("acl:relcl", "acl")
GENITIVE = ("nmod", "nmod:poss", "compound")
INSIDE = ("nmod", "nmod:poss", "compound", "flat", "flat:name", "appos", "amod", "nummod", "det",
          "conj", "fixed", "compound:plur")


class DepReader:
    def __init__(self, sc, parse: Parse) -> None:
        self.sc = sc
        self.p = parse
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

    def mention_at(self, k: int, depth: int = 0):
        """The mention group covering token k, or the nearest one in its subtree."""
        if k in self.sc.tok_mention:
            return self.sc._group_mentions(self.sc.tok_mention[k])
        if depth >= 3:
            return None
        for c in sorted(self.kids.get(k, []), key=lambda c: abs(c - k)):
            if self.label(c) in INSIDE:
                found = self.mention_at(c, depth + 1)
                if found:
                    return found
        return None

    # -- arguments -----------------------------------------------------------------

    def subject(self, i: int, depth: int = 0):
        """(mentions, path, passive) of the subject of predicate i."""
        for c in self.kids.get(i, []):
            lab = self.label(c)
            if lab in SUBJ:
                ms = self.mention_at(c)
                if ms:
                    return ms, f"{lab}", lab.endswith("pass")
        lab = self.label(i)
        h = self.p.heads[i]
        if lab in RELATIVE and h != i:
            ms = self.mention_at(h)
            if ms:
                return ms, f"{lab}^ (the noun the clause modifies)", False
        if lab in SHARED and h != i and depth < 3:
            found = self.subject(h, depth + 1)
            if found:
                ms, path, passive = found
                return ms, f"{lab}^ > {path}", passive
        return None

    def obliques(self, i: int):
        """(marker, mentions, label) for each oblique, object or genitive child of i,
        in text order."""
        out = []
        for c in sorted(self.kids.get(i, [])):
            lab = self.label(c)
            if lab in OBJ or lab in OBL or lab in GENITIVE:
                ms = self.mention_at(c)
                if ms:
                    out.append((self.case_of(c), ms, lab))
        return out

    def read(self, anchor: int, voice: str):
        """(source, target, notes) for a trigger at ``anchor`` read as ``voice``; None where unknown."""
        sc = self.sc
        agents, targets = sc.agent_markers, sc.target_markers
        src = tgt = None
        notes = []
        args = self.obliques(anchor)
        subj = self.subject(anchor) if voice != "nominal" else None
        if voice == "nominal":
            for marker, ms, lab in args:
                if marker in agents and src is None:
                    src, notes = ms, notes + [f"source: {lab} with '{marker}'"]
                elif marker in targets and tgt is None:
                    tgt, notes = ms, notes + [f"target: {lab} with '{marker}'"]
            gen, glab = next(((ms, lab) for marker, ms, lab in args
                              if marker is None and lab in GENITIVE), (None, ""))
            if gen is not None:
                if src is None and (tgt is not None or sc.toks[anchor].form != "pen-an"):
                    src, notes = gen, notes + [f"source: genitive {glab}"]
                elif tgt is None and (src is None or gen != src):
                    tgt, notes = gen, notes + [f"target: genitive {glab}"]
            return src, tgt, notes
        passive = voice == "passive" or (subj is not None and subj[2])
        if passive:
            if subj:
                tgt, notes = subj[0], [f"target: {subj[1]} (passive)"]
            for marker, ms, lab in args:
                if (marker in agents or (marker is None and lab in OBL)) and src is None:
                    src = ms
                    notes.append(f"source: {lab}" + (f" with '{marker}'" if marker else " (agent)"))
            return src, tgt, notes
        if subj:
            src, notes = subj[0], [f"source: {subj[1]}"]
        for _marker, ms, lab in args:
            if lab in OBJ and tgt is None and ms != src:
                tgt = ms
                notes.append(f"target: {lab}")
        if tgt is None:
            for marker, ms, lab in args:
                if marker in targets and ms != src:
                    tgt = ms
                    notes.append(f"target: {lab} with '{marker}'")
                    break
        return src, tgt, notes
