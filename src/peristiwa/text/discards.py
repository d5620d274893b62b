"""PETRARCH discard lists (``--discards``): phrases that keep a sentence, or a
whole story, from being coded.

The format (``Phoenix.discards.txt``, ``PETR.Validate.discards.txt``)::

    BASEBALL                    # a sentence that says "baseball" (or "baseballs") is not coded
    +Manchester United          # "+": no sentence of a story that says it is coded
    MONTHS_LATER_               # a final "_": the last word must end there ("months later", not "laterals")

Matching ignores case; the words of a phrase stand next to each other, apart
by spaces or other non-word characters; the last word is a prefix unless it is
written with a final ``_`` (PETRARCH matches it as a stem). Comments are
PETRARCH's (``#``, ``<!-- ... -->``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from peristiwa.actors.phoenix import lines


@dataclass(frozen=True)
class Discard:
    phrase: str
    story: bool  # "+": the whole story
    rx: re.Pattern
    source: str  # file:line


def _compile(phrase: str) -> re.Pattern | None:
    whole = phrase.endswith("_")
    words = [w for w in re.split(r"[\s_]+", phrase) if w]
    if not words:
        return None
    body = r"\W+".join(re.escape(w) for w in words)
    end = r"(?!\w)" if whole or not words[-1][-1:].isalnum() else ""
    start = r"(?<!\w)" if words[0][:1].isalnum() else ""
    return re.compile(start + body + end, re.IGNORECASE)


@dataclass(frozen=True)
class Discards:
    entries: tuple[Discard, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.entries)

    def hit(self, text: str, story: bool) -> Discard | None:
        """The first discard of that kind (story or sentence) the text holds."""
        for d in self.entries:
            if d.story == story and d.rx.search(text):
                return d
        return None


def read(path: Path) -> list[Discard]:
    out = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, body in lines(fh):
            s = body.strip()
            story = s.startswith("+")
            phrase = s[1:].strip() if story else s
            rx = _compile(phrase)
            if rx is not None:
                out.append(Discard(phrase, story, rx, f"{path.name}:{n}"))
    return out


@lru_cache(maxsize=8)
def load(files: tuple[str, ...]) -> Discards:
    """The discards of several files (missing files fail here, before any coding)."""
    from peristiwa.errors import PeristiwaError

    entries: list[Discard] = []
    for f in files:
        p = Path(f)
        if not p.is_file():
            raise PeristiwaError(f"{f}: discards file not found")
        entries.extend(read(p))
    return Discards(tuple(entries))
