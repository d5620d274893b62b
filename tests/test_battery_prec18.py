"""A battery for precision on unlabelled text (issue #18, session 17, branch prec18): the
general causes of wrong events in the session-16 sample of unlabelled news
(bench/lexicon_sample-s16.tsv, bench/precision-s16.md) that are not grammar but topic and
country. Each block is one rule:

- sport (CONVENTIONS §1.9: sports results are not coded): in the part of a sentence that a
  word or phrase of sport is in (grammar ``sport_words``: "laga", "sepak bola", a player by
  his place on the field, "bek", "striker"), a mention that is only a place's name is a
  team, no state; a part after a turn to another matter (``topic_breaks``: "sementara",
  "sedangkan", ";") is not about sport, so its states stay ("X mengecam Rusia ...,
  sementara timnas Y menang"). The state's own acts next to sport stay coded (a police
  arrest, a state's boycott).
- celebrity news (CONVENTIONS §1.9: celebrity news and celebrities' own court cases and
  police reports are not coded; transform ``private-celebrity``): an act between a side
  named by a celebrity noun (grammar ``celebrity_nouns``: "aktor", "penyanyi") and private
  persons, firms, the media, the police or a court is not coded; a celebrity facing a
  government, a party or a legislature is ("Penyanyi X mengkritik Presiden Y"), and so is a
  celebrity's aid to victims.
- offices the default country has none of (grammar ``foreign_roles``: a senate and its
  senators, a chancellor, the houses of a bicameral parliament, a federation's states, a
  prime minister): with no country of their own words they are never Indonesia's by
  default (the place the sentence names, else no country: no event); with a country named
  they are coded as before.

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # sport guards: another matter after "sementara"/"sedangkan"; a state's act near sport words
    ('Pemerintah Inggris mengecam Rusia atas serangan siber menjelang Piala Dunia, sementara timnas Inggris '
     'menang 2-0 dalam laga pembuka.', {('GBRGOV', '111', 'RUS')}),
    ('Menteri Luar Negeri Jepang mengecam Korea Utara atas uji coba rudal itu, sedangkan klub-klub Liga Jepang '
     'tetap bertanding.', {('JPNGOV', '111', 'PRK')}),
    ('Amerika Serikat memboikot Olimpiade Moskow sebagai protes atas invasi Uni Soviet ke Afghanistan.',
     {('SUN', '190', 'AFG')}),
    ('Pasukan Israel menyerang Gaza pada hari yang sama dengan laga final Liga Champions.', {('ISRMIL', '190', 'PSE')}),
    # celebrity guards: a celebrity and a government or a legislature
    ('Penyanyi asal Amerika itu mengecam Presiden Rusia atas penangkapan para aktivis.', {('USAELI', '111', 'RUSGOV')}),
    ('Komisi X DPR mengundang sejumlah aktor senior untuk membahas RUU Perfilman.', {('IDNLEG', '036', 'IDNELI')}),
    # foreign offices with their country named
    ('Senator Amerika Serikat itu mengkritik Presiden Joko Widodo.', {('USALEG', '111', 'IDNGOV')}),
    ('Perdana Menteri Malaysia bertemu Presiden Joko Widodo di Bogor.', {('MYSGOV', '040', 'IDNGOV')}),
    ('Kanselir Jerman itu mengunjungi Jakarta pekan lalu.', {('DEUGOV', '042', 'IDN')}),
]

NOT_CODED = [
    # sport: a team named after its country or city, in the part about sport
    ('Bek Belanda itu menyerang Argentina lewat sayap kiri pada babak kedua.', ('NLD', '190', 'ARG')),
    ('Striker Brasil itu menembak ke gawang Jerman dua kali dalam sepuluh menit.', ('BRA', '190', 'DEU')),
]

NOTHING = [
    # foreign offices with no country named: not Indonesia's
    'Senator itu bertemu dengan para guru sekolah dasar di balai kota.',
    'Kanselir mengecam Rusia atas serangan ke pembangkit listrik itu.',
    'Perdana Menteri menuduh oposisi menghasut kerusuhan.',
    # celebrity news: a celebrity with private persons, the police or a court
    'Aktris muda itu menjalin hubungan dengan penyanyi asal Malaysia sejak tahun lalu.',
    'Polisi menangkap seorang aktor berinisial DA atas dugaan penyalahgunaan narkoba.',
    'Pengadilan Negeri Jakarta Selatan menjatuhkan vonis satu tahun penjara kepada penyanyi dangdut itu.',
    'Penyanyi itu menggugat cerai suaminya ke Pengadilan Agama.',
    # sport: teams by their country's or city's name where a word or phrase of sport stands
    'Dalam sepak bola, Inggris akan menjadi tuan rumah bagi Skotlandia pekan depan.',
    'Tim bulu tangkis Jepang mengalahkan China di semifinal.',
    'Bek Belanda itu menyerang Argentina lewat sayap kiri pada babak kedua.',
    'Kiper Meksiko itu menggagalkan serangan Amerika Serikat sepanjang babak pertama.',
    'Indonesia mengalahkan Thailand 3-0 dalam laga semifinal SEA Games.',
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_event_is_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_the_wrong_event_is_not_coded(coder, text, wrong):
    assert wrong not in events(coder, text)


@pytest.mark.parametrize("text", NOTHING)
def test_near_misses_code_nothing(coder, text):
    assert events(coder, text) == set()
