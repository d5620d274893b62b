"""The dateline that may open an article's first sentence ("Beijing, Selasa -",
"Jakarta, Kompas -"): where the story is filed from. Its tokens name no actor, and its
country is the story's when the sentence names no other."""

from __future__ import annotations

from peristiwa.actors.resolve import COUNTRY_KINDS
from peristiwa.records import Dateline, Sentence, Token


def find_dateline(lex, sent: Sentence) -> Dateline:
    """A dateline opening the sentence: "Beijing, Selasa -" -> Dateline("CHN", 4,
    "Beijing, Selasa -", offset); ``lex`` is the language's actor lexicon."""
    toks = sent.tokens[:14]
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    dash = next((k for k, t in enumerate(toks) if t.text in ("-", "–", "—")), None)
    # a place of a few capitalised words, a comma, a spaced dash (no hyphen: "X, UN secretary-general")
    if comma is None or dash is None or not 0 < comma < dash <= comma + 5 or comma > 4 \
            or not all(t.text[:1].isupper() for t in toks[:comma] if t.text.isalpha()) \
            or dash < len(toks) - 1 and toks[dash - 1].end == toks[dash].start == toks[dash + 1].start - 1:
        return Dateline()
    text = sent.text[: toks[dash].end - sent.start]
    n, entries = lex.longest(toks, 0)
    for e in entries if n == comma else []:
        if e.kind in COUNTRY_KINDS or e.kind == "region":
            return Dateline(e.code, dash + 1, text, sent.start)
    # A city the lexicon does not list ("Quito, Jumat -", "Jenewa, Senin -"):
    # the gazetteer's place, when the words before the comma are one
    return Dateline(gazetteer_country(toks[:comma]), dash + 1, text, sent.start)


def gazetteer_country(toks: list[Token]) -> str:
    """The country of the place the tokens name, if the gazetteer knows one place
    (or one best: own name first, then population) by that name."""
    from peristiwa.places import gazetteer

    if not toks or not all(t.text[:1].isupper() for t in toks if t.text.isalpha()):
        return ""
    name = " ".join(t.text for t in toks)
    found = [e for e in gazetteer().candidates(name) if e.kind in ("city", "region", "state", "country")]
    return found[0].country if found else ""
