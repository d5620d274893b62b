"""A battery for aims that are not deeds and code errors left in session 25 (issue #18,
session 26, branch aim26).

- the aim of an undertaking (CONVENTIONS §1.5; grammar ``aim_nouns``, transform
  ``aim-not-done``): a material act in the purpose clause after a noun of an operation, a
  campaign or an effort ("menggelar operasi untuk menangkap X") is its aim, not reported as
  done. The undertaking keeps its own code; a purpose that names whom a coded deed of the
  same kind is against stays ("melancarkan operasi militer untuk menumpas X").
- a sentence demanded (PETRARCH: DEMAND ... SENTENCE, DEATH PENALTY FOR + 173): "menuntut
  hukuman mati bagi X" is 173, not a demand (100).
- a request for an explanation whose topic is money ("meminta penjelasan X soal utang") is a
  request for the explanation (020), not for a loan (0231; grammar ``information_nouns``).
- company after a counterpart: "bertemu dengan A bersama B" does not meet B.
- "senang bisa bertemu X": ability after a feeling is realis, the meeting took place.

CODED: every event listed is coded; NOT_CODED: the event named is not.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # the undertaking's own deed, whose purpose names its target
    ('TNI melancarkan operasi militer untuk menumpas kelompok separatis di Papua.', {('IDNMIL', '190', 'IDNREB')}),
    # a purpose of a verb after the noun is the verb's
    ('Polisi menggelar operasi di Solo kemarin dan menangkap tiga tersangka teroris.', {('IDNCOP', '173', 'IDN')}),
    # a visit's purpose stays as coded before (a meeting is no material act)
    ('Menteri Luar Negeri Retno datang ke Beijing untuk bertemu dengan Menlu China Wang Yi.',
     {('IDNGOV', '040', 'CHNGOV')}),
    # a sentence demanded
    ('Jaksa menuntut hukuman mati bagi mantan Gubernur Riau Rusli Zainal.', {('IDNJUD', '173', 'IDNELI')}),
    ('Jaksa KPK menuntut hukuman 12 tahun penjara kepada mantan Gubernur Riau Rusli Zainal.',
     {('IDNJUD', '173', 'IDNELI')}),
    # a request for an explanation about money
    ('Anggota DPR meminta penjelasan Menteri Keuangan soal utang pemerintah.', {('IDNLEG', '020', 'IDNGOV')}),
    ('Anggota DPR meminta klarifikasi Menteri BUMN soal dana talangan.', {('IDNLEG', '020', 'IDNGOV')}),
    # the counterpart, not the company
    ('Menteri Pertahanan bertemu dengan Panglima TNI bersama Kapolri di Jakarta.', {('IDNGOV', '040', 'IDNMIL')}),
    # glad to have met: realis
    ('Perdana Menteri Jepang Shinzo Abe mengaku senang dapat bertemu Presiden Jokowi.',
     {('JPNGOV', '040', 'IDNGOV')}),
    ('Presiden Jokowi bangga bisa mengunjungi Kabul.', {('IDNGOV', '042', 'AFG')}),
]

NOT_CODED = [
    ('Polisi menggelar operasi untuk menangkap mantan Gubernur Riau Rusli Zainal.', ('IDNCOP', '173', 'IDNELI')),
    ('Dalam beberapa pekan terakhir Libya menghadapi pertempuran sejak kampanye yang didukung NATO untuk '
     'menggulingkan Moammar Khadafi.', ('LBY', '190', 'LBYELI')),
    ('Pemerintah terus melakukan upaya untuk membantu korban banjir di Aceh.', ('IDNGOV', '070', 'IDN')),
    ('Upaya Amerika Serikat untuk menyerang Iran ditentang banyak negara.', ('USA', '190', 'IRN')),
    ('Jaksa menuntut hukuman mati bagi mantan Gubernur Riau Rusli Zainal.', ('IDNJUD', '100', 'IDNELI')),
    ('Anggota DPR meminta penjelasan Menteri Keuangan soal utang pemerintah.', ('IDNLEG', '0231', 'IDNGOV')),
    ('Presiden Jokowi bertemu dengan Sukardiman bersama Gubernur Jawa Tengah Ganjar Pranowo.',
     ('IDNGOV', '040', 'IDNGOV')),
    # a slot does not reach past a verb: the one to be arrested was not campaigned for
    ('Pemerintah Filipina melancarkan kampanye untuk menangkap pemimpin Abu Sayyaf.',
     ('PHLGOV', '053', 'IMGSEAMUSASF')),
    # an agent after a nearer event noun is that noun's, not the first noun's (lead, session 26)
    ('Kecaman Amnesty International terkait penyiksaan oleh polisi Mesir terus berdatangan.',
     ('EGYCOP', '111', 'NGOHRIAMN')),
    ('Kecaman Presiden Prancis terhadap serangan oleh militer Suriah disampaikan Senin.',
     ('SYRMIL', '111', 'FRAGOV')),
]

CODED_AGENT = [
    # the agent of the one event noun stays its agent
    ('Penangkapan dua aktivis oleh polisi Mesir dikecam Amnesty International.', {('EGYCOP', '173', 'EGYOPP')}),
]

HYPOTHETICAL = [
    # a wish stays a wish
    'Kami berharap bisa bertemu dengan Presiden Jokowi, kata Perdana Menteri Jepang Shinzo Abe.',
]


@pytest.mark.parametrize(("text", "want"), CODED + CODED_AGENT)
def test_coded(coder, text, want):
    assert want <= events(coder, text)


@pytest.mark.parametrize(("text", "unwanted"), NOT_CODED)
def test_not_coded(coder, text, unwanted):
    assert unwanted not in events(coder, text)


@pytest.mark.parametrize("text", HYPOTHETICAL)
def test_wish_not_coded(coder, text):
    assert not any(code.startswith("04") for _, code, _ in events(coder, text))
