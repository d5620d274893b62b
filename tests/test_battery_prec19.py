"""A battery for precision on unseen text (issue #18, session 19, branch prec19): triggers
read as events where the sentence states no political act between two actors, and sides
read from words that name no party of the act. Each block is one rule (lang/id/events.txt,
its "prec19" lines, or the code file named):

- support given to an economic or social goal ("mendukung pertumbuhan ekonomi",
  "mendukung kebebasan pers", "mendukung UMKM", "mendukung peningkatan ...") names no actor
  it supports: an actor after the goal noun only says whose goal or where it is
  (CONVENTIONS §1.2: a policy or an object is not an actor; §2.3: opinions on policies have
  no target). Support for an actor, its stance, its policy, its candidacy stays 051.
- a player who "membela" or "memperkuat" a club or a national team plays for it: sport
  (CONVENTIONS §1.9), no defence (052); a lawyer or a party defending an actor stays 052.
- (coding/nominal.py) the genitive of a nominal trigger stands right after it, not past a
  comma or a dash: "ketua panitia pertemuan, Gubernur X, dan Duta Besar Y": the names after
  the comma are an apposition to the noun phrase the nominal modifies, no parties of it.
- (coding/events.py) both sides of an event roles given the default country with nothing
  in the text showing it and no place named ("pasukan keamanan bentrok dengan militan"):
  they are of the one other country the sentence names an actor of by name ("kata kantor
  berita Iran"), CONVENTIONS §4.3 and §7.2 (a bare role is of the place of the
  case). A side that names its own country keeps it ("Polisi menangkap dua warga
  Malaysia": the police stay Indonesian), and so does a role where the default country
  is shown ("di Jakarta").

CODED: every event listed is coded; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # support for an actor, its stance or its policy, its candidacy
    ('Partai Golkar mendukung kebijakan Presiden Joko Widodo soal subsidi.', {('IDNGOV', '051', 'IDNGOV')}),
    ('Pemerintah Jepang mendukung pemerintahan Presiden Joko Widodo.', {('JPNGOV', '051', 'IDNGOV')}),
    ('Fraksi Demokrat mendukung pencalonan Budi Santoso sebagai Kapolri.', {('IDNLEG', '051', 'IDN')}),
    ('Partai Amanat Nasional mendukung Presiden Joko Widodo dalam pembangunan ibu kota baru.',
     {('IDNOPP', '051', 'IDNGOV')}),
    # a genitive right after the nominal (one modifier word may stand between)
    ('Pertemuan Presiden Joko Widodo dan Perdana Menteri Malaysia berlangsung di Bogor.',
     {('IDNGOV', '040', 'MYSGOV'), ('MYSGOV', '040', 'IDNGOV')}),
    ('Kunjungan kenegaraan Presiden Joko Widodo ke Malaysia berlangsung lancar.', {('IDNGOV', '042', 'MYS')}),
    # roles of the story's country, not the default's
    ('Pemberontak menyerang polisi di perbatasan, kata kantor berita Iran.', {('IRNREB', '190', 'IRNCOP')}),
    ('Polisi menangkap dua warga Malaysia di Batam.', {('IDNCOP', '173', 'MYSCVL')}),
    ('Polisi menangkap dua aktivis di Jakarta, kata Duta Besar Amerika Serikat.', {('IDNCOP', '173', 'IDNOPP')}),
    # defending an actor, not playing for a team
    ('Pengacara itu membela Menteri Sosial di pengadilan tipikor.', {('IDNJUD', '052', 'IDNGOV')}),
]

NOTHING = [
    # support for a goal: an economic sector, growth, a freedom, development
    'Kementerian Perdagangan mendukung pertumbuhan industri kreatif Indonesia.',
    'Bank Indonesia mendukung penuh pemulihan ekonomi Jawa Timur.',
    'Menteri Koperasi mendukung UMKM Indonesia agar naik kelas.',
    'Organisasi itu mendukung kebebasan pers di Malaysia.',
    'Pemerintah Jepang mendukung peningkatan ekspor Indonesia ke Eropa.',
    'Dukungan Amerika Serikat terhadap pembangunan Papua terus berlanjut.',
    # a player for a club or a national team
    'Pemain itu kini membela Persija Jakarta.',
    'Striker asal Brasil itu kini membela timnas Indonesia.',
    'Ia memperkuat klub asal Malaysia itu selama tiga musim.',
    # an apposition after a comma is no genitive of the nominal before it
    'Ketua panitia pertemuan, Gubernur Bali, dan Duta Besar Australia membuka pameran itu.',
    'Pengamat konflik dan perundingan, Profesor Hikmahanto Juwana, dan Menteri Luar Negeri Malaysia '
    'menjadi pembicara dalam seminar itu.',
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_event_is_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text", NOTHING)
def test_near_misses_code_nothing(coder, text):
    assert events(coder, text) == set()
