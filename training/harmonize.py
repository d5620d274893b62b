"""Conversions that bring one treebank into another's conventions.

Training applies them to a treebank before it learns from it (``train.py``'s
``TREEBANKS[lang]["harmonize"]``); ``udeval.py --harmonize NAME`` applies them
to a gold test set to score it in the conventions the model was trained on.
"""

from __future__ import annotations


def noun_compounds(conllu: str) -> str:
    """GSD's convention in another treebank: a noun after the noun or name it
    modifies, with no case marker of its own, is ``compound`` (not ``nmod``)."""
    out: list[str] = []
    sent: list[list[str]] = []

    def flush() -> None:
        words = {c[0]: c for c in sent if c[0].isdigit()}
        marked = {c[6] for c in sent if c[0].isdigit() and c[7].split(":")[0] == "case"}
        for c in sent:
            if (c[0].isdigit() and c[7] == "nmod" and c[3] == "NOUN" and c[0] not in marked
                    and c[6] in words and words[c[6]][3] in ("NOUN", "PROPN")
                    and int(c[0]) > int(c[6])):
                c[7] = "compound"
            out.append("\t".join(c))
        sent.clear()

    for line in conllu.splitlines():
        if line and not line.startswith("#"):
            sent.append(line.split("\t"))
            continue
        flush()
        out.append(line)
    flush()
    return "\n".join(out) + "\n"


HARMONIZE = {"noun_compounds": noun_compounds}
