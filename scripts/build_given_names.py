"""Build src/peristiwa/lang/id/names.given.txt: words of Sastrawi's root dictionary that
are people's names far more often than words ("Budi", "Agus", "Hasan", "Dewi"), read from
the cased Indonesian NER corpora in ../shared/data/ner-id (idner-news-2k, NERGrit, by
their tags; NERP is all lower case and is left out) and from cased unlabelled sentences
(JSON Lines with "text": the kumparan, UD and NER-corpus sentences), tagged by the
package's own recogniser.

A root is a name word when the texts have it in a person's name (PER; in the
recogniser's names, as the first word only) at least ``MIN_PERSON`` times and write it in
lower case (a word of the language, not at a sentence's start) at most
``MAX_WORD_SHARE`` times as often: "jalan", "bunga", "indah" are words first and stay
out. Nor is a root that the actor lexicon has as an actor or role on its own ("kolonel",
"dubes"), a place of the gazetteer ("bandung", ``known``), or one of ``REJECT``, read and found no
given name. Run it again when the corpora or the dictionary change:

    python scripts/build_given_names.py NER_DIR [SENTENCES.jsonl ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

MIN_PERSON = 3
# read and rejected (session 19): words the recogniser and the tags take for a person's
# name's first word that are no given name nor title of address: brands, clubs, terms,
# ranks, days, English words
REJECT = frozenset("""ahad apes arsenal auto bad cal cape cegah enigma fahrenheit gaga gelora granit halte
hindu hospital humas imlek kia laskar mar maut mayor mejeng merak miss nusa once oppo orde
perum pol santa saturnus saur yoyo zero bunda delta gading jaya laguna man mason roman""".split())
MAX_WORD_SHARE = 0.25
BIG = 1_000_000  # a town this big elsewhere is a place first
CORPORA = ("idner-news-2k/train.txt", "idner-news-2k/dev.txt", "idner-news-2k/test.txt",
           "nergrit/train_preprocess.txt", "nergrit/valid_preprocess.txt")
OUT = ROOT / "src" / "peristiwa" / "lang" / "id" / "names.given.txt"


def sentences(path: Path):
    """Each sentence as (word, tag) pairs: the tag is a line's last column."""
    sent: list[tuple[str, str]] = []
    for line in path.open(encoding="utf-8"):
        parts = line.split()
        if not parts:
            if sent:
                yield sent
            sent = []
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        yield sent


def tagged(paths: list[Path]):
    """The cased sentences of JSON Lines files as (word, tag) pairs, tagged by the recogniser."""
    import json

    from peristiwa.pipeline import Coder
    from peristiwa.syntax import ner

    pipe = Coder().pipeline("id")
    texts = [json.loads(line)["text"] for p in paths for line in p.open(encoding="utf-8")]
    words = [[t.text for t in s.tokens] for text in texts if text != text.lower() for s in pipe.sentences(text)]
    for at in range(0, len(words), 512):
        batch = words[at: at + 512]
        for w, spans in zip(batch, ner.entities_many("id", [(x, [True] * len(x)) for x in batch]), strict=True):
            tags = ["O"] * len(w)
            for a, _, label in spans:
                tags[a] = f"B-{label}"  # the name's first word: a given name, a title of address
            yield list(zip(w, tags, strict=True))


def known(word: str) -> bool:
    """A word the actor lexicon has on its own as something other than a person's name (a
    role, an organisation, a state), or the gazetteer as a country, a region, a town of
    Indonesia or a big one elsewhere ("Bandung", "Paris"; not "Ida", a Japanese town)."""
    from peristiwa.pipeline import Coder
    from peristiwa.places import gazetteer

    pipe = Coder().pipeline("id")
    toks = pipe.sentences(word.capitalize())[0].tokens
    n, entries = pipe.mentions.lex.longest(toks, 0)
    return n > 0 and any(e.kind not in ("person", "name") for e in entries) or any(
        e.kind in ("country", "state", "region") or e.kind == "city" and (e.country == "IDN" or e.population >= BIG)
        for e in gazetteer().candidates(word.capitalize()))


def counts(data: Path, extra: list[Path]) -> tuple[Counter, Counter]:
    """How often each root stands in a person's name, and in lower case as a word."""
    from peristiwa.text.stems import _sastrawi_roots

    roots = _sastrawi_roots()
    person, word = Counter(), Counter()
    corpora = [s for name in CORPORA for s in sentences(data / name)]
    for sent in corpora + list(tagged(extra)):
        for k, (w, tag) in enumerate(sent):
            low = w.lower()
            if low not in roots or not w.isalpha():
                continue
            if tag.endswith("-PER") and w[:1].isupper():
                person[low] += 1
            elif w.islower() and k > 0:
                word[low] += 1
    return person, word


def main(data: Path, extra: list[Path]) -> None:
    person, word = counts(data, extra)
    chosen = sorted(w for w, n in person.items() if n >= MIN_PERSON and word[w] <= MAX_WORD_SHARE * n
                    and w not in REJECT and not known(w))
    head = ["# Words of Sastrawi's root dictionary that are people's names far more often than",
            "# words of the language (\"Budi\", \"Agus\", \"Dewi\"): a capitalised one opens a",
            "# person's name, not a named thing (\"Jalan Sudirman\") nor a sentence's first word.",
            "# Built by scripts/build_given_names.py from the cased NER corpora (idner-news-2k,",
            "# NERGrit) and cased unlabelled sentences the recogniser tagged: in a person's name",
            f"# >= {MIN_PERSON} times, in lower case <= {MAX_WORD_SHARE} as often; read, and words",
            "# that are no given name nor title of address taken out (the script's REJECT).", ""]
    OUT.write_text("\n".join(head + chosen) + "\n", encoding="utf-8")
    print(f"{len(chosen)} words -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
