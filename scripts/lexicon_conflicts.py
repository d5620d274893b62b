"""Patterns of the lexicon that match the same words but carry codes of different roots
(issue #18: one meaning, one code).

Build-time only: nothing here is imported by peristiwa.

The patterns are those the coder compiles (``coding.patterns.PatternSet``: every
``lang/<l>/events*.txt``, word classes expanded, each word with the stems, forms and
exclusions of its family; the fronted-passive variants the loader derives are left out,
they follow their line; so are the ``@allegation`` lines of events.alleged.txt and
events.judged.txt, coded only when a speaker states them, beside the act's own line by
design). Two patterns of different CAMEO roots (a "---" null line is no
root and is never listed) are reported when

* ``same``: their elements are the same (words, slots, gaps): whichever line comes
  first wins and the other never codes;
* ``words``: their words are the same, their slots or gaps differ: both match one
  sentence and the ranking of ``SentenceCoder._select`` picks one by slots and order;
* ``overlap``: as many words, the same trigger, and each word of one shares a stem or an
  exact form with the word of the other at its place ("mendesak ... +" beside
  "mendesak|menuntut ... agar +");
* ``prefix`` (with ``--prefix``): the words of one are the first words of the other (the
  longer one wins where both match; often meant: "menolak" 128, "menolak ... permintaan"
  123).

    python scripts/lexicon_conflicts.py [--lang id] [--prefix] [--kinds same,words,overlap]

Each conflict is printed as one line per pattern, ``file:line  code  pattern``.
"""

from __future__ import annotations

import argparse
import collections
import sys

from peristiwa.coding.patterns import NULL, Pattern, PatternSet, Slot, Word, _word_key


def elem_key(e) -> tuple:
    if isinstance(e, Word):
        return ("w", _word_key(e))
    if isinstance(e, Slot):
        return ("s", e.role)
    return ("g", e.size)


def overlaps(a: Word, b: Word) -> bool:
    """Whether the two words can match one token (a stem or an exact form in common, and
    forms that meet)."""
    if a.exact & b.exact:
        return True
    stems = a.stems & b.stems
    if not stems:
        return bool(a.exact & b.stems or b.exact & a.stems)
    return a.forms is None or b.forms is None or bool(a.forms & b.forms)


def root(code: str) -> str:
    return code[:2]


def conflicts(patterns: list[Pattern], prefix: bool = False) -> dict[str, list[tuple[Pattern, Pattern]]]:
    pats = [p for p in patterns if "@fronted" not in p.id and p.code != NULL and not p.user
            and "allegation" not in p.flags]  # an allegation's line stands beside the act's by design
    by_trigger: dict[tuple, list[Pattern]] = collections.defaultdict(list)
    for p in pats:
        for s in p.words[0].stems | {("=", x) for x in p.words[0].exact}:
            by_trigger[s if isinstance(s, tuple) else ("s", s)].append(p)
    seen: set[tuple[str, str]] = set()
    out: dict[str, list[tuple[Pattern, Pattern]]] = collections.defaultdict(list)
    for group in by_trigger.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if root(a.code) == root(b.code) or a.id == b.id:
                    continue
                pair = tuple(sorted((a.id, b.id)))
                if pair in seen:
                    continue
                kind = kind_of(a, b, prefix)
                if kind:
                    seen.add(pair)
                    out[kind].append((a, b) if (a.file, a.line) <= (b.file, b.line) else (b, a))
    return out


def kind_of(a: Pattern, b: Pattern, prefix: bool) -> str | None:
    if [elem_key(e) for e in a.elements] == [elem_key(e) for e in b.elements]:
        return "same"
    wa, wb = a.words, b.words
    if [_word_key(w) for w in wa] == [_word_key(w) for w in wb]:
        return "words"
    if len(wa) == len(wb) and all(overlaps(x, y) for x, y in zip(wa, wb, strict=True)):
        return "overlap"
    if prefix and len(wa) != len(wb):
        short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
        if all(overlaps(x, y) for x, y in zip(short, long_[:len(short)], strict=True)):
            return "prefix"
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", default="id")
    ap.add_argument("--prefix", action="store_true", help="also list patterns one of which opens the other")
    ap.add_argument("--kinds", default="same,words,overlap,prefix")
    ap.add_argument("--counts", action="store_true", help="print the count of each kind only")
    args = ap.parse_args(argv)
    ps = PatternSet(args.lang)
    found = conflicts(ps.patterns, args.prefix)
    kinds = [k for k in args.kinds.split(",") if k in found]
    for kind in kinds:
        print(f"# {kind}: {len(found[kind])}")
        if args.counts:
            continue
        for a, b in sorted(found[kind], key=lambda ab: (ab[0].file, ab[0].line, ab[1].line)):
            for p in (a, b):
                print(f"{kind:8} {p.file}:{p.line}\t{p.code}\t{p.text}")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
