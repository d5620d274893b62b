"""Persons named without a role (CONVENTIONS §4.2, §7.7: the bare country code), issue #18
item 3, session 19. Sentences written for each rule, names made up. Each block is one rule:

- N1 a surname the knowledge base has for someone who holds no office at the date
  ("Mulyadi" in 2019) names no actor it codes: the words are a person named without a
  role, as any capitalised name is ("Haris Mulyadi menuduh KPK ..." is IDN), not a
  mention of no code that stops those rules. A surname of someone in office keeps its code.
- N2 a capitalised word that Sastrawi's dictionary has as a root but that is a person's given
  name first (``names.given.txt``, scripts/build_given_names.py: "Budi", "Dewi", "Agus")
  opens a person's name, not a named thing ("Polisi menangkap Budi Wiratmoko di ..." is
  IDN, as "Jalan Sudirman" stays a street), and opening the sentence alone it is a name.
- N3 a person named without a role as the subject, with a time phrase or an age between the
  name and the verb ("X pada Senin menemui", "X hari ini", "X, Senin (3/2), menemui", "X
  (45) ditangkap"), or after a time adverbial that opens the sentence with no comma
  ("Kemarin X mengkritik ...", "Sementara itu X ..."); a clause word before the name is
  not part of it ("Namun X ...": the name is X).
- N4 with the recogniser on (``keep_unknown``) a name opening the sentence is offered to it
  ("Wiratmoko menuduh polisi ..."), and a person it finds that nothing codes is a person
  named without a role under the same conditions as the capitalised names of N1 (the
  sentence's country is the language's own, and so is the other side): "Kemarin Sudarsono
  Wirapraja mengkritik KPK" is IDN; a foreign other side leaves the name uncoded. A name
  right after a role or an organisation (past a comma or a bracketed acronym) is the role's
  holder, no actor of its own: the role codes it, as without the recogniser.
"""

from __future__ import annotations

import pytest

from peristiwa.pipeline import Coder
from peristiwa.records import Article
from peristiwa.syntax import ner


def _events(coder, text: str, published: str | None = "2019-11-20") -> set[tuple[str, str, str]]:
    return {(e.source, e.code[:2], e.target) for e in coder.code_text(text, lang="id", published=published)}


# -- N1 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, event", [
    ("Haris Mulyadi menuduh KPK menyalahgunakan wewenang.", ("IDN", "11", "IDNJUD")),
    ("Mulyadi menuduh KPK menyalahgunakan wewenang.", ("IDN", "11", "IDNJUD")),
])
def test_a_surname_of_no_office_holder_is_a_person_named_without_a_role(coder, text, event):
    assert event in _events(coder, text)


def test_a_surname_of_an_office_holder_keeps_the_office(coder):
    found = _events(coder, "Jokowi menuduh KPK menyalahgunakan wewenang.")
    assert ("IDNGOV", "11", "IDNJUD") in found
    assert not any(s == "IDN" for s, _, _ in found)


# -- N2 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, event", [
    ("Polisi menangkap Budi Wiratmoko di Bekasi.", ("IDNCOP", "17", "IDN")),
    ("Kejaksaan memeriksa Dewi Anggraini sebagai saksi.", ("IDNJUD", "09", "IDN")),
    ("Agus menemui Presiden Joko Widodo di Istana.", ("IDN", "04", "IDNGOV")),
    ("Agus Mulyadi menuduh KPK menyalahgunakan wewenang.", ("IDN", "11", "IDNJUD")),
])
def test_a_given_name_that_is_also_a_root_opens_a_persons_name(coder, text, event):
    assert event in _events(coder, text)


def test_a_named_thing_stays_no_person(coder):
    assert not any(t == "IDN" for _, _, t in _events(coder, "Polisi memblokade Jalan Sudirman di Jakarta."))
    assert not _events(coder, "Kata Mulyadi, pemerintah akan membangun jalan itu.")


def test_the_given_names_are_roots_and_no_actor_words():
    from peristiwa.lang import load
    from peristiwa.text.stems import _sastrawi_roots, given_names, ordinary_words

    data = load("id")
    given = given_names(data)
    assert {"budi", "agus", "dewi"} <= given
    assert given <= _sastrawi_roots()
    assert not given & {"jalan", "dana", "bunga", "indah", "kota", "presiden"}
    assert "budi" not in ordinary_words(data) and "jalan" in ordinary_words(data)


# -- N3 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, event", [
    ("Wiratmoko pada Senin menemui Presiden Joko Widodo di Istana.", ("IDN", "04", "IDNGOV")),
    ("Wiratmoko hari ini mengkritik KPK.", ("IDN", "11", "IDNJUD")),
    ("Larasati Wiratmoko, Senin (3/2), mengkritik KPK.", ("IDN", "11", "IDNJUD")),
    ("Larasati Wiratmoko, Senin, mengkritik KPK.", ("IDN", "11", "IDNJUD")),
    ("Wiratmoko (45) ditangkap polisi di Bekasi.", ("IDNCOP", "17", "IDN")),
    ("Kemarin Wiratmoko mengkritik KPK.", ("IDN", "11", "IDNJUD")),
    ("Sementara itu Wiratmoko mengkritik KPK.", ("IDN", "11", "IDNJUD")),
])
def test_a_time_phrase_beside_a_name_without_a_role(coder, text, event):
    assert event in _events(coder, text)


def test_a_clause_word_is_no_part_of_the_name(coder):
    evs = coder.code_text("Namun Wiratmoko mengkritik KPK.", lang="id", published="2019-11-20")
    assert [(e.source, e.evidence.source_text) for e in evs] == [("IDN", "Wiratmoko")]


def test_what_is_no_time_phrase_leaves_the_name_alone(coder):
    # a relative aside of other words, a foreign target: no role-less subject
    assert not _events(coder, "Wiratmoko, Senin, mengkritik pemerintah Malaysia.")
    assert not _events(coder, "Dalam kesempatan lain Wiratmoko hanya tersenyum.")


# -- N4 -----------------------------------------------------------------------------------

needs_ner = pytest.mark.skipif(not ner.available("id"), reason="no Indonesian NER model installed")


@pytest.fixture(scope="module")
def unknown():
    return Coder(keep_unknown=True)


def _names(coder, text: str) -> set[str]:
    found = coder.analyse(Article(text=text, lang="id"))
    return {m.text for cs in found for m in cs.mentions if m.actor.kind == "name"}


@needs_ner
def test_a_name_opening_the_sentence_is_offered_to_the_recogniser(unknown):
    # no other capitalised word: the sentence's first was never looked at
    assert "Wiratmoko" in _names(unknown, "Wiratmoko menuduh polisi berbohong.")


@needs_ner
@pytest.mark.parametrize("text, event", [
    ("Wiratmoko menuduh polisi berbohong.", ("IDN", "11", "IDNCOP")),
    ("Sudarsono Wirapraja menemui Presiden Joko Widodo.", ("IDN", "04", "IDNGOV")),
    ("Kemarin Sudarsono Wirapraja mengkritik KPK.", ("IDN", "11", "IDNJUD")),
    ("Polisi menangkap Sudarsono Wirapraja di Bekasi.", ("IDNCOP", "17", "IDN")),
])
def test_a_recognised_person_nothing_codes_is_named_without_a_role(unknown, text, event):
    assert event in _events(unknown, text, published=None)


@needs_ner
def test_a_recognised_person_beside_a_foreign_side_stays_uncoded(unknown):
    found = _events(unknown, "Sudarsono Wirapraja mengkritik pemerintah Malaysia.", published=None)
    assert ("", "11", "MYSGOV") in found
    assert not any(s == "IDN" for s, _, _ in found)


def test_without_the_recogniser_the_capitalised_name_is_read_as_before(coder):
    # the default coder runs no recogniser: the rules for capitalised names code these
    assert ("IDN", "04", "IDNGOV") in _events(coder, "Sudarsono Wirapraja menemui Presiden Joko Widodo.", None)
    assert not _events(coder, "Sudarsono Wirapraja mengkritik pemerintah Malaysia.", None)


@needs_ner
@pytest.mark.parametrize("text", [
    "Ketua Dewan Pimpinan Pusat Partai Demokrat, Larasati Wiratmoko, mengkritik KPK.",
    "Direktur Jenderal Imigrasi Larasati Wiratmoko mengkritik KPK.",
])
def test_a_recognised_name_after_a_role_is_the_roles_holder(coder, unknown, text):
    # the name in apposition is whom the role names: the role codes the source, as without
    # the recogniser
    found = _events(unknown, text)
    assert found == _events(coder, text)
    assert any(t == "IDNJUD" and len(s) == 6 for s, _, t in found)
