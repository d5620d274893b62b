"""The country a story is told in, for the sentences that come before it is named.

``MentionFinder.context_country`` carries a foreign story's country forward: once a
sentence is set abroad ("... di Kairo", "Militer Myanmar menangkap ..."), the roles of
no country in the sentences after it are of that country. A text may name where it
happens only after its first sentences ("Polisi menangkap tiga demonstran. Unjuk rasa
di Kairo itu ..."): those first sentences are of that country too, when the text never
shows the language's own country (an actor, a place or a word of its own affairs) and
no dateline says where it is.
"""

from __future__ import annotations

from datetime import date

from peristiwa.records import Sentence


def where_country(sent: Sentence, lang: str) -> str:
    """The one country of the places the gazetteer finds where the sentence happens
    ("... di Tobruk", "Di Sukhumi, ..."; not whence or whither), "" for none or several:
    a place the actor lexicon does not list sets the story's country as one it lists does."""
    from peristiwa.places.event import places

    found = {p.country for p in places(sent, lang, "")
             if p.is_where and _whole_name(sent.text, p.span) and _one_country(p.text)} - {""}
    return found.pop() if len(found) == 1 else ""


def _one_country(name: str) -> bool:
    """The gazetteer's places of that name are all of one country: "Tobruk", not
    "Victoria" (a city of Canada, Hong Kong, the Seychelles ...) nor "Tripoli"."""
    from peristiwa.places import gazetteer

    return len({e.country for e in gazetteer().candidates(name)}) == 1


def _whole_name(text: str, span: tuple[int, int]) -> bool:
    """The place is all of the capitalised name it stands in: "di Ho Chi Minh" is not
    Ho (Ghana)."""
    after = text[span[1]:].lstrip(" ")
    return not after[:1].isupper()


def opening_context(finder, sentences: list[Sentence], items: list[list], day: date | None,
                    dateline_country: str) -> tuple[str, str] | None:
    """The context the first sentence starts from (``before`` of ``context_country``):
    None (the language's default) unless the text is set in one foreign country that a
    later sentence names first and no sentence shows the default country."""
    home = finder.default_country
    if not home or dateline_country or len(sentences) < 2:
        return None
    if any(finder._home_named(s.tokens, its, day) for s, its in zip(sentences, items, strict=True)):
        return None
    context = None
    for k, (s, its) in enumerate(zip(sentences, items, strict=True)):
        context = finder.context_country(s, day, dateline_country, context, its)
        if context[0] != home:
            return (context[0], context[0]) if k > 0 else None
    return None
