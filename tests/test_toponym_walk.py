"""The toponym reader stops walking a capitalised run once no gazetteer key begins with
the words read (``Gazetteer.begins``), and skips the format-character test at ASCII
token edges: it finds the same toponyms as the exhaustive walk (issue #20)."""

from __future__ import annotations

import pytest

from peristiwa.places import gazetteer
from peristiwa.places.index import Gazetteer
from peristiwa.places.toponyms import find_toponyms
from peristiwa.text.clauses import sentence_tokens

SENTENCES = [
    ("id", "Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Kota Semarang, Jawa Tengah."),
    ("id", "Delegasi itu terbang dari Rio de Janeiro ke Kuala Lumpur lalu ke St. Petersburg."),
    ("id", "Warga Pare-Pare dan Parepare berkumpul di Ho Chi Minh City pada Senin."),
    ("id", "JAKARTA, KOMPAS.com - Presiden Susilo Bambang Yudhoyono menerima Menteri Luar Negeri AS."),
    ("id", "Pasukan TNI bergerak ke \u200bPapua dan \u200bMaluku Utara dari Bank of England Street."),
    ("en", "The Washington Post said troops in New York and Atlanta, Georgia, were on alert."),
    ("en", "Officials of the U.S. State Department met in Abu Dhabi, United Arab Emirates."),
]


def _read(lang: str, text: str, dateline: bool = False):
    toks, found = find_toponyms(sentence_tokens(text, lang), lang, dateline)
    return toks, [(m.i, m.j, m.text, m.hits, m.cue, m.levels, m.actor, m.actor_name) for m in found]


def test_begins_answers_for_every_key_and_its_beginnings():
    gaz = gazetteer()
    for k in list(gaz.index)[:2000] + list(gaz.acronyms):
        assert gaz.begins(k) and gaz.begins(k[: len(k) // 2])
    assert gaz.begins("")
    assert not gaz.begins("qqxqzq")


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
@pytest.mark.parametrize("dateline", [False, True])
def test_same_toponyms_as_the_exhaustive_walk(lang, text, dateline, monkeypatch):
    fast = _read(lang, text, dateline)
    monkeypatch.setattr(Gazetteer, "begins", lambda self, k: True)
    assert fast == _read(lang, text, dateline)
    assert fast[1]  # each sentence names a place


def test_one_reading_serves_every_context(monkeypatch):
    from peristiwa.places import event, places

    text = "Warga Georgia berunjuk rasa di Tbilisi dan di Atlanta, Georgia, pada Senin."
    reads = []
    real = event.find_toponyms
    monkeypatch.setattr(event, "find_toponyms", lambda *a: reads.append(a) or real(*a))
    event._toponyms.cache_clear()
    event._read_tokens.cache_clear()
    event._READ.clear()
    found = {c: places(text, "id", c) for c in ("", "USA", "GEO", "IDN")}
    assert len(reads) == 1 and found["USA"]
    # each context gives the places a reading of its own gives
    for c, ps in found.items():
        event._read_tokens.cache_clear()
        event._READ.clear()
        event._toponyms.cache_clear()
        assert places(text, "id", c) == ps
