"""What an article has said so far: the people and bodies it named (moved from
mentions.py, which reads it)."""

from __future__ import annotations

from peristiwa.actors.resolve import _is_international
from peristiwa.records import Actor


def name_word(text: str) -> bool:
    """A word a person's name may be called by later: capitalised, letters only or
    letters joined by hyphens ("Santoso", "Amir-Abdollahian"), not all capitals."""
    return text[:1].isupper() and text.replace("-", "").isalpha() and not text.isupper() \
        and not text.startswith("-") and not text.endswith("-")


class Discourse:
    """What an article has said so far: the people it named, by their names.

    "Menteri Luar Negeri Korea Selatan Ban Ki-moon ..." then "Ban juga
    mengatakan ...": the second "Ban" is the first one's actor. A name word
    two different actors share is dropped (the article is ambiguous there).
    """

    def __init__(self) -> None:
        self.names: dict[str, tuple[Actor, str] | None] = {}
        self.actors: list[Actor] = []  # every actor named so far, in order
        self.people: list[tuple[Actor, str]] = []  # people named by name so far, with the text
        # the role nouns of the actors named so far ("presiden", "menteri luar negeri"), with
        # the actor and its text: what "presiden itu", "the president" stands for
        self.roles: list[tuple[tuple[str, ...], Actor, str]] = []

    def holder(self, words: tuple[str, ...], head_last: bool) -> tuple[Actor, str] | None:
        """The last actor named with a role noun whose head is ``words`` ("menteri" for
        "menteri luar negeri"; "minister" for "foreign minister" where heads come last)."""
        n = len(words)
        for role, actor, text in reversed(self.roles):
            if (role[-n:] if head_last else role[:n]) == words:
                return actor, text
        return None

    def saw(self, actor: Actor) -> None:
        if actor.code and actor.kind not in ("pronoun", "pair"):
            self.actors.append(actor)

    def last_two(self, states: bool) -> tuple[Actor, ...]:
        """The two different actors (or states) named last: what "kedua negara" means."""
        out: list[Actor] = []
        for a in reversed(self.actors):
            if states:
                country = a.country or (a.code[:3] if not _is_international(a.code) else "")
                if not country:
                    continue
                a = Actor(code=country, name=a.name, country=country, kind="country")
            if all(a.code != b.code for b in out):
                out.append(a)
            if len(out) == 2:
                return tuple(reversed(out))
        return ()

    def learn(self, word: str, actor: Actor, full: str) -> None:
        if len(word) < 3 or not actor.code:
            return
        old = self.names.get(word, (actor, full))
        if old is not None and old[0].code != actor.code and old[0].code.startswith(actor.code):
            return  # the role the article gave the name stays (IRNGOV, then the person's IRN)
        fuller = old is not None and actor.code.startswith(old[0].code)
        self.names[word] = (actor, full) if old is not None and (old[0].code == actor.code or fuller) else None

    def get(self, word: str) -> tuple[Actor, str] | None:
        return self.names.get(word)

    def fuller(self, words: list[str], actor: Actor) -> Actor | None:
        """"Menteri Luar Negeri Iran Hossein Amir-Abdollahian ... Amir-Abdollahian juga
        ...": a person the knowledge base codes by country alone (IRN), named again by a
        name word the article first gave with a role of that country (IRNGOV), is that
        role's holder: the actor the article named (one of ``words``, the later mention's
        name words, learned by ``learn``)."""
        for word in words:
            known = self.names.get(word)
            if known is not None and actor.code and known[0].code.startswith(actor.code) \
                    and len(known[0].code) > len(actor.code):
                return known[0]
        return None
