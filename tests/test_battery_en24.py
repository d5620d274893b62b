"""A battery for an aside of attribution between an English subject and its verb
(session 24): "X, according to Y, accused Z", "X, citing Y, criticized Z", "X, a
spokesman said, condemned Z". The aside says who tells of the act, not who does it:
the subject is the mention before the aside (word order passes over the aside, as it
does a participle phrase), and a parse that hangs the verb on a noun inside the aside
as a clause modifying it (``acl``) is not read as giving the source.

CODED: every event listed is coded; NOT_CODED: the event named is not. Every sentence
here was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest

from peristiwa.syntax import parse as syntax


def _events(coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.code, e.target) for e in coder.code_text(text, lang="en", published="2020-05-04")}


CODED = [
    ('Egypt, according to a spokesman for the ministry, accused Turkey of espionage.',
     [('EGY', '1125', 'TUR')]),
    ('Egypt, according to officials, accused Turkey of espionage.', [('EGY', '1125', 'TUR')]),
    ('Japan, according to state television, threatened North Korea.', [('JPN', '130', 'PRK')]),
    ('Brazil, citing sources in the government, criticized Argentina over the tariffs.',
     [('BRA', '111', 'ARG')]),
    ('Pakistan, a spokesman for the foreign office said, condemned India.', [('PAK', '111', 'IND')]),
    ('Pakistan, officials said, condemned India for the raid.', [('PAK', '111', 'IND')]),
    ('Egypt, officials said on Sunday, accused Turkey of espionage.', [('EGY', '1125', 'TUR')]),
    # passive: the subject before the aside undergoes the act
    ('Egypt, according to officials, was accused by Turkey of espionage.', [('TUR', '1125', 'EGY')]),
    # no aside: as before
    ('Egypt accused Turkey of espionage.', [('EGY', '1125', 'TUR')]),
    ('Pakistan condemned India for the raid.', [('PAK', '111', 'IND')]),
]

NOT_CODED = [
    # the aside's actor is no side of the act
    ('Egypt, according to a spokesman for the ministry, accused Turkey of espionage.', ('EGYGOV', '1125', 'TUR')),
    ('Egypt, according to the foreign ministry of Jordan, accused Turkey of espionage.', ('JORGOV', '1125', 'TUR')),
    ('Pakistan, a spokesman for the Chinese embassy said, condemned India.', ('CHNGOV', '111', 'IND')),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_the_subject_before_an_aside_of_attribution(coder, text, expected):
    got = _events(coder, text)
    for ev in expected:
        assert ev in got, (text, ev, got)


@pytest.mark.parametrize(("text", "wrong"), NOT_CODED)
def test_the_aside_is_no_side(coder, text, wrong):
    assert wrong not in _events(coder, text)


def _tree(words: list[str], arcs: dict[str, tuple[str, str]]) -> syntax.Parse:
    """A tree over ``words``: each word named in ``arcs`` hangs on its head by its relation,
    every other word is punctuation of the root."""
    root = next(w for w, (h, _) in arcs.items() if h == w)
    heads, deps = [words.index(root)] * len(words), ["punct"] * len(words)
    for w, (h, rel) in arcs.items():
        heads[words.index(w)], deps[words.index(w)] = words.index(h), rel
    return syntax.Parse(tuple(heads), tuple(deps), tuple("X" for _ in words))


def test_a_clause_hung_on_a_noun_of_the_aside_takes_no_source_from_it(coder):
    """A tree that hangs "accused" on "ministry" of "according to a spokesman for the
    ministry" as a clause modifying it gives no source by that arc; the same arc on a
    noun outside any aside still does ("the ministry, which accused ...")."""
    from peristiwa.coding.coder import SentenceCoder
    from peristiwa.coding.depread import DepReader

    pipe = coder.pipeline("en")
    text = "Egypt, according to a spokesman for the ministry, accused Turkey."
    sent = pipe.sentences(text)[0]
    words = [t.text for t in sent.tokens]
    arcs = {"spokesman": ("spokesman", "ROOT"), "Egypt": ("spokesman", "nsubj"),
            "according": ("spokesman", "case"), "to": ("according", "fixed"), "a": ("spokesman", "det"),
            "ministry": ("spokesman", "nmod"), "for": ("ministry", "case"), "the": ("ministry", "det"),
            "accused": ("ministry", "acl"), "Turkey": ("accused", "obj")}
    tree = _tree(words, arcs)
    sc = SentenceCoder(pipe.data, pipe.patterns, sent, pipe.mentions.find(sent, None), "", None, tree)
    read = DepReader(sc, tree).read(words.index("accused"), "active")
    assert read.source is None
    assert not any("acl^" in n for n in read.notes)

    text = "The ministry, which accused Turkey, met on Monday."
    sent = pipe.sentences(text)[0]
    words = [t.text for t in sent.tokens]
    arcs = {"met": ("met", "ROOT"), "ministry": ("met", "nsubj"), "The": ("ministry", "det"),
            "accused": ("ministry", "acl:relcl"), "which": ("accused", "nsubj"), "Turkey": ("accused", "obj")}
    tree = _tree(words, arcs)
    sc = SentenceCoder(pipe.data, pipe.patterns, sent, pipe.mentions.find(sent, None), "", None, tree)
    dr = DepReader(sc, tree)
    assert dr._in_attribution(words.index("ministry"), words.index("accused")) is False


def test_a_participle_on_an_aside_after_an_oblique_keeps_its_noun(coder):
    """An aside after a prepositional phrase, not after the subject ("... in Aleppo,
    according to state media, reinforcing ..."): the participle may well modify the aside's
    noun, and the arc stays readable."""
    from peristiwa.coding.coder import SentenceCoder
    from peristiwa.coding.depread import DepReader

    pipe = coder.pipeline("en")
    text = "The army attacked rebels in Aleppo, according to state media, reinforcing earlier reports."
    sent = pipe.sentences(text)[0]
    words = [t.text for t in sent.tokens]
    arcs = {"attacked": ("attacked", "ROOT"), "army": ("attacked", "nsubj"), "media": ("attacked", "obl"),
            "reinforcing": ("media", "acl")}
    tree = _tree(words, arcs)
    sc = SentenceCoder(pipe.data, pipe.patterns, sent, pipe.mentions.find(sent, None), "", None, tree)
    assert DepReader(sc, tree)._in_attribution(words.index("media"), words.index("reinforcing")) is False


@pytest.mark.parametrize(("text", "expected"), [
    ('Mesir, menurut juru bicara kementerian, menuduh Turki melakukan spionase.', ('EGY', '1125', 'TUR')),
    ('Mesir, menurut media pemerintah, mengancam Turki.', ('EGY', '130', 'TUR')),
])
def test_the_rule_is_the_languages_own_in_indonesian(coder, text, expected):
    """The same aside in Indonesian (grammar ``reporting``: "menurut"): the subject is the
    mention before it, read by word order."""
    got = coder.code_text(text, lang="id", published="2020-05-04")
    ev = next(e for e in got if (e.source, e.code, e.target) == expected)
    assert "source subject: opens its clause" in ev.evidence.notes
