"""A battery for root confusions (session 22, branch conf22): lexicon lines and modality
that gave an act the code of a neighbouring category. Each block is one rule:

- asking an actor to account for an act ("meminta pertanggungjawaban X") is a demand
  (CAMEO 10), not an arrest or a charge (173).
- a penalty imposed by a court, a judge or a prosecutor ("Pengadilan menghukum X") is a
  judicial act (CONVENTIONS 3 and 7.8: 173), announced it is an intent to prosecute (130);
  a state's punishment with sanctions stays 163 (transform ``by-role`` 163>173, 1312>130).
- a future word of an act that goes on ("akan tetap mendukung", "tetap akan membantu",
  grammar ``continuation_words``) states the act, no intent (PETRARCH CONTINUE codes the
  act continued); a future word nearer the act keeps its intent ("akan terus berupaya
  bertemu": trying to meet is no meeting), a plain "akan" stays an intent (03x).
- a verdict of guilt or liability, a court's rejection of an appeal or a cassation and an ethics
  council's sanction are 173 (CONVENTIONS 3: convictions; 7.8: a court finds a party liable;
  PETRARCH FOUND GUILTY 173), not 116; a request rejected stays a rejection (12x).
- a strike or hunger strike for a demand ("mogok ... menuntut kenaikan upah", 142x/143x) is
  its subject's: those lines take the clause's subject as source ("$"), as "$ mogok kerja"
  does; before, the longest match was chosen and, with no target named, coded nothing.
- asking that a detention be suspended, with the verb ("meminta polisi menangguhkan penahanan
  X"), is an appeal for release (CONVENTIONS 7.8: 0253), not a policy suspended (0242).
- damage to property by protesters (role OPP) is a riot (CONVENTIONS 7.8: 145), not the
  destruction of property as coercion (1712), which a state's stays (``by-role`` 1712>145).
- a meeting or visit scheduled or planned ("X dan Y dijadwalkan bertemu", "X berencana
  berkunjung ke Y") is the verb's own line with its modality (036; grammar ``future``): among
  parties joined by "dan" both ways (CONVENTIONS 8.6). The lines "036 dijadwalkan|berencana
  bertemu|berkunjung" came first at those words and coded no pair.

CODED: every event listed is coded; NOT_CODED: the event named is not.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # a demand for accountability
    ('Komisi III DPR meminta pertanggungjawaban Kapolri atas penembakan mahasiswa di Kendari.',
     {('IDNLEG', '100', 'IDNCOP')}),
    ('Fraksi Partai Demokrat meminta pertanggungjawaban Menteri Pertanian atas gagal panen di Jawa Timur.',
     {('IDNLEG', '100', 'IDNGOV')}),
    # a court's penalty; a state's sanctions
    ('Pengadilan Negeri Medan menghukum Wali Kota Binjai membayar ganti rugi kepada warga.',
     {('IDNJUD', '173', 'IDNGOV')}),
    ('Majelis hakim Mahkamah Agung menghukum Bupati Kutai dengan denda.', {('IDNJUD', '173', 'IDNGOV')}),
    ('Pengadilan Negeri Medan akan menghukum Wali Kota Binjai.', {('IDNJUD', '130', 'IDNGOV')}),
    ('Amerika Serikat menghukum Venezuela dengan sanksi ekonomi baru.', {('USA', '163', 'VEN')}),
    # an act going on is the act; a plain future is an intent
    ('Partai NasDem akan tetap mendukung Gubernur Ridwan Kamil.', {('IDNGOV', '051', 'IDNGOV')}),
    ('Partai NasDem tetap akan mendukung Gubernur Ridwan Kamil.', {('IDNGOV', '051', 'IDNGOV')}),
    ('Partai NasDem akan mendukung Gubernur Ridwan Kamil.', {('IDNGOV', '032', 'IDNGOV')}),
    ('Menteri Retno Marsudi akan terus berupaya bertemu Menteri Luar Negeri Jepang.', {('IDNGOV', '036', 'JPNGOV')}),
    # verdicts and a court's rejections are 173; a rejected request is a rejection
    ('Hakim Pengadilan Negeri Bandung memvonis Wali Kota Cimahi bersalah.', {('IDNJUD', '173', 'IDNGOV')}),
    ('Majelis hakim menyatakan Gubernur Jambi terbukti bersalah.', {('IDNJUD', '173', 'IDNGOV')}),
    ('Mahkamah Agung menolak kasasi mantan Gubernur Jambi itu.', {('IDNJUD', '173', 'IDNELI')}),
    ('Pengadilan Negeri Bandung mengabulkan gugatan warga terhadap Wali Kota Cimahi.',
     {('IDNJUD', '173', 'IDNGOV')}),
    ('Mahkamah Kehormatan Dewan menjatuhkan sanksi etik kepada Wakil Ketua DPR.', {('IDNLEG', '173', 'IDNLEG')}),
    ('Pemerintah Malaysia menolak permohonan Indonesia soal nelayan yang ditahan.', {('MYSGOV', '120', 'IDN')}),
    # a strike for a demand: the subject strikes, no target needed
    ('Ribuan buruh pabrik tekstil mogok kerja menuntut kenaikan upah.', {('IDNOPP', '1433', '')}),
    ('Para sopir angkot mogok menolak kenaikan harga BBM.', {('IDNOPP', '1432', '')}),
    ('Serikat buruh mogok menuntut Menteri Tenaga Kerja mundur.', {('IDNOPP', '1431', 'IDNGOV')}),
    # suspending a detention asked for
    ('Gubernur Papua meminta Polda Papua menangguhkan penahanan mahasiswa itu.', {('IDNGOV', '0253', 'IDNCOP')}),
    # protesters' damage is a riot; a state's destruction stays 1712
    ('Massa merusak kantor Bupati Mimika saat unjuk rasa.', {('IDNOPP', '145', 'IDNGOV')}),
    ('Israel menghancurkan rumah-rumah warga Palestina di Hebron.', {('ISR', '1712', 'PSECVL')}),
    # a meeting scheduled among parties joined by "dan": both ways; planned with one named
    ('Menteri Luar Negeri Retno Marsudi dan Menteri Luar Negeri Malaysia dijadwalkan bertemu di Kuala Lumpur.',
     {('IDNGOV', '036', 'MYSGOV'), ('MYSGOV', '036', 'IDNGOV')}),
    ('Presiden Joko Widodo dan Presiden Filipina berencana bertemu di Manila.',
     {('IDNGOV', '036', 'PHLGOV'), ('PHLGOV', '036', 'IDNGOV')}),
    ('Menteri Pertahanan Prabowo Subianto berencana bertemu Menteri Pertahanan Malaysia.', {('IDNGOV', '036', 'MYSGOV')}),
    ('Menteri Pertahanan Prabowo Subianto berencana berkunjung ke Malaysia.', {('IDNGOV', '036', 'MYS')}),
]

NOT_CODED = [
    ('Komisi III DPR meminta pertanggungjawaban Kapolri atas penembakan mahasiswa di Kendari.',
     ('IDNLEG', '173', 'IDNCOP')),
    ('Pengadilan Negeri Medan menghukum Wali Kota Binjai membayar ganti rugi kepada warga.',
     ('IDNJUD', '163', 'IDNGOV')),
    ('Partai NasDem akan tetap mendukung Gubernur Ridwan Kamil.', ('IDNGOV', '032', 'IDNGOV')),
    ('Menteri Retno Marsudi akan terus berupaya bertemu Menteri Luar Negeri Jepang.', ('IDNGOV', '040', 'JPNGOV')),
    ('Hakim Pengadilan Negeri Bandung memvonis Wali Kota Cimahi bersalah.', ('IDNJUD', '116', 'IDNGOV')),
    ('Mahkamah Kehormatan Dewan menjatuhkan sanksi etik kepada Wakil Ketua DPR.', ('IDNLEG', '163', 'IDNLEG')),
    ('Pemerintah Malaysia menolak permohonan Indonesia soal nelayan yang ditahan.', ('MYSGOV', '173', 'IDN')),
    ('Gubernur Papua meminta Polda Papua menangguhkan penahanan mahasiswa itu.', ('IDNGOV', '0242', 'IDNCOP')),
    ('Massa merusak kantor Bupati Mimika saat unjuk rasa.', ('IDNOPP', '1712', 'IDNGOV')),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_event_is_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_the_wrong_event_is_not_coded(coder, text, wrong):
    assert wrong not in events(coder, text)


@pytest.mark.parametrize("text", [
    'Partai NasDem tidak akan tetap mendukung Gubernur Ridwan Kamil.',
])
def test_a_negated_act_stays_negated(coder, text):
    assert events(coder, text) == set()
