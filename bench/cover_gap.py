"""Gold events of READ files that no pattern reaches, by class of the miss (session 23).

    python bench/cover_gap.py GOLD... [-v]

A gold event is reached when some match of the sentence has its root, before choice
(raw) or after modality ("akan berkunjung": a raw 042 becomes 036). The rest, by the
families of the lexicon (every pattern word's stem, events*.txt):
  a  no content word of the gold trigger has a family in any pattern
  b  trigger words have families, only under other roots
  d  a trigger word's family has the gold root, but no pattern of it matches: the frame
     (its other words, a preposition, a window) or the construction does not fit
Never run it on the sealed set, the pool, kg-a or kg-b: it prints triggers and text.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from importlib import resources

from peristiwa.coding import coder as coder_mod
from peristiwa.lang import load
from peristiwa.pipeline import Coder
from peristiwa.text.stems import Stemmer

SEEN: set[str] = set()
FUNCTION = set("yang dan di ke dari untuk dengan pada dalam oleh kepada itu ini akan telah sudah "
               "juga tidak tak bahwa sebagai atau serta para seluruh kami kita mereka ia dia saya ada".split())


def _watch() -> None:
    select, plan = coder_mod.SentenceCoder._select, coder_mod.SentenceCoder._plan

    def _select(self, matches):
        SEEN.update(m.pattern.code[:2] for m in matches if m.pattern.code[:2].isdigit())
        return select(self, matches)

    def _plan(self):
        out = plan(self)
        SEEN.update(mod.code[:2] for _, mod in out[0] if mod.code)
        return out

    coder_mod.SentenceCoder._select, coder_mod.SentenceCoder._plan = _select, _plan


def families() -> tuple[Stemmer, dict[str, set[str]]]:
    """Each stem of a pattern word, with the roots of the patterns that hold it."""
    stemmer = Stemmer(load("id"))
    roots: dict[str, set[str]] = collections.defaultdict(set)
    folder = resources.files("peristiwa.lang") / "id"
    for f in folder.iterdir():
        if not (f.name.startswith("events") and f.name.endswith(".txt")):
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            parts = re.split(r"\s{2,}|\t", line.split("#")[0].strip(), maxsplit=1)
            if len(parts) < 2 or not re.fullmatch(r"\d{2,4}", parts[0]):
                continue
            for w in re.split(r"[\s|]+", parts[1]):
                w = w.strip("=!$+.@%")
                if w[:1].isalpha():
                    roots[stemmer.stem(w.split("_")[0])].add(parts[0][:2])
    return stemmer, roots


def classify(trigger: str, root: str, stemmer: Stemmer, roots: dict[str, set[str]]) -> str:
    words = [w for w in re.findall(r"[a-z-]+", trigger.lower()) if w not in FUNCTION and len(w) > 2]
    found = [roots[s] for s in {stemmer.stem(w) for w in words} if s in roots]
    if any(root in r for r in found):
        return "d"
    return "b" if found else "a"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("-v", action="store_true", help="list each miss")
    args = ap.parse_args()
    _watch()
    coder, (stemmer, roots) = Coder(), families()
    total, counts = 0, collections.Counter()
    for path in args.gold:
        for line in open(path, encoding="utf-8"):
            case = json.loads(line)
            if not case["events"]:
                continue
            SEEN.clear()
            coder.code_text(case["text"], lang="id", published=case.get("published"))
            for ev in case["events"]:
                total += 1
                if ev["code"][:2] in SEEN:
                    continue
                kind = classify(ev.get("trigger", ""), ev["code"][:2], stemmer, roots)
                counts[kind + ("+other" if SEEN else "")] += 1
                if args.v:
                    print(kind, ev["code"], ev.get("trigger", "")[:90], sorted(SEEN), sep="\t")
    missed = sum(counts.values())
    print(f"# {total} gold events, {total - missed} reached (raw or after modality), {missed} not:",
          dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
