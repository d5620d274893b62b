"""Generated probes of the grammar's constructions over the whole lexicon (session 15, trig16):
every line of one active verb of ``events.txt`` / ``events.codebook.txt`` ("173 menangkap") is
put into sentences of each construction (its passive, its pe-an noun after a light verb, as the
subject, received, with an adverb ...) between two made-up actors, and the script counts, per
construction, the lines whose root is NOT coded between them. A construction that fails for
most lines is a gap of the machinery, not of the lexicon; one that fails for a few is their
words (or the crude morphology here: "pengunjungan" is no word).

    python scripts/probe_constructions.py [-v] [TEMPLATES_FILE]

A template line is a sentence with {v} (the active verb), {p} (di- + root + suffix), {r} (the
bare root + suffix), {N} / {Nc} (pe- + verb body + -an, lower / capitalised); "#SRC,TGT" after
it gives the expected sides (default MYSGOV,THAGOV). Lines whose plain active sentence is not
coded are skipped. Own sentences only: no gold text.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from importlib import resources

from peristiwa.coding.patterns import patterns
from peristiwa.pipeline import Coder
from peristiwa.records import Article

DEFAULT = """\
Pemerintah Thailand {p} pemerintah Malaysia kemarin.
Pemerintah Malaysia melakukan {N} terhadap pemerintah Thailand kemarin.
Pemerintah Malaysia melakukan aksi {N} terhadap pemerintah Thailand kemarin.
Pemerintah Malaysia melaksanakan {N} terhadap pemerintah Thailand kemarin.
{Nc} pemerintah Malaysia terhadap pemerintah Thailand terjadi kemarin.
{Nc} yang dilakukan pemerintah Malaysia terhadap pemerintah Thailand terjadi kemarin.
Pemerintah Thailand mendapat {N} dari pemerintah Malaysia kemarin.
Pemerintah Thailand menjadi sasaran {N} pemerintah Malaysia kemarin.
Pemerintah Malaysia {v} kembali pemerintah Thailand kemarin.
Pemerintah Malaysia, yang dipimpin Perdana Menteri Anwar Ibrahim, {v} pemerintah Thailand.
Pemerintah Malaysia dan pemerintah Singapura {v} pemerintah Thailand.
pemerintah malaysia {v} pemerintah thailand kemarin.
"""


def verb_lines() -> list[tuple[str, str]]:
    out = []
    folder = resources.files("peristiwa") / "lang" / "id"
    for name in ("events.txt", "events.codebook.txt"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            m = re.match(r"^(\d+)\s+([a-z|]+)\s*(#.*)?$", line)
            if m and m.group(2).split("|")[0].startswith("me"):
                out.append((m.group(1), m.group(2).split("|")[0]))
    return out


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    files = [a for a in argv if a != "-v"]
    templates = [t for t in (open(files[0]).read() if files else DEFAULT).splitlines() if t.strip()]
    st = patterns("id").stemmer
    coder = Coder()

    def coded(text: str, code: str, sides: tuple[str, str]) -> bool:
        return any(e.code[:2] == code[:2] and (e.source, e.target) == sides
                   for cs in coder.analyse(Article(text=text, lang="id")) for e in cs.events)

    fails, total = Counter(), Counter()
    for code, v in verb_lines():
        root = st.stem(v)
        suf = "kan" if v.endswith("kan") else ("i" if v.endswith("i") and not root.endswith("i") else "")
        body = v[2:-len(suf)] if suf else v[2:]
        noun = "pe" + body + "an"
        forms = dict(v=v, p="di" + root + suf, r=root + suf, N=noun, Nc=noun[:1].upper() + noun[1:])
        if not coded(f"Pemerintah Malaysia {v} pemerintah Thailand kemarin.", code, ("MYSGOV", "THAGOV")):
            continue
        for t in templates:
            text, _, want = t.partition("#")
            sides = tuple(want.split(",")) if want else ("MYSGOV", "THAGOV")
            s = text.format(**forms)
            total[t] += 1
            if not coded(s, code, sides):
                fails[t] += 1
                if verbose:
                    print("FAIL", code, s)
    for t in templates:
        print(f"{fails[t]:4d} / {total[t]:4d}  {t}")


if __name__ == "__main__":
    main(sys.argv[1:])
