"""A battery for precision on unlabelled text (issue #18, session 23, branch prec23): general
causes of wrong events in the session-23 sample of unlabelled sentences
(bench/lexicon_sample-s23.tsv, bench/precision-s23.md). Each block is one rule:

- private matters (CONVENTIONS §1.9; transform ``private-pair``): an act between private
  persons and a firm is not coded; a government's or a party's act on them is, and so are
  aid and protest.
  A firm's customers and users ("konsumen", "pelanggan"), the rich ("orang kaya") are
  private persons, a billionaire ("miliarder") is business, a show's guest stars ("bintang
  tamu") are celebrities (lang/id/agents.general.txt, grammar ``celebrity_nouns``).
- "mengganti" of money (a cost, a loss, a price difference) is paying it back: asking an
  actor to do so asks for funds (0231), not for an official's replacement (0241), which
  stays 0241.
- an inquiry into a death or a killing names its victim after the death word: no one
  investigated is named, no event; an inquiry into a corruption case of a named official is
  coded (091).
- an aim ("bertujuan", "ditujukan") states the purpose of a thing, not an act done.
- a bare parliament or congress (grammar ``bare_heads``, as a bare "Presiden"; CONVENTIONS
  §7.3) is the default country's only where the text shows that country; with it shown, or
  the parliament's country found from the other side's, it is coded.
- a rumour ("isu", "kabar", "rumor") has no one who made it: denying it has no target (the
  actors it tells of are its content), and what it tells is unconfirmed (grammar
  ``hypothetical``); denying a named actor's accusation stays 016.
- stopping a restriction or a block lifts it: no 160.
- pushing a process forward ("mendorong peningkatan kesejahteraan X") names no one pushed;
  "mendorong pemerintah agar ..." stays an appeal.

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # a government's, a party's, the police's act on private persons or pupils stays
    ('Gubernur Jawa Barat mengajak masyarakat menjaga kebersihan sungai.', {('IDNGOV', '020', 'IDNCVL')}),
    ('Menteri Pendidikan meminta para guru mengawasi murid selama libur sekolah.', {('IDNGOV', '020', 'IDNEDU')}),
    ('Polisi menangkap dua warga yang merusak kantor desa.', {('IDNCOP', '173', 'IDNCVL')}),
    ('Kementerian Perdagangan meminta konsumen melaporkan pedagang yang menimbun beras.',
     {('IDNGOV', '020', 'IDNCVL')}),
    # replacing an official is a request for his dismissal
    ('Partai Demokrat meminta Presiden mengganti Menteri Perdagangan.', {('IDNOPP', '0241', 'IDNGOV')}),
    # asking for money back
    ('Para nelayan meminta pemerintah daerah mengganti kerugian akibat tumpahan minyak.',
     {('IDNAGR', '0231', 'IDNGOV')}),
    ('Asosiasi Pengusaha Indonesia mendesak pemerintah mengganti selisih harga gula impor.', {('IDNBUS', '0231', 'IDNGOV')}),
    # an inquiry into a named official's corruption case
    ('Kejaksaan menyelidiki kasus korupsi Bupati Sragen.', {('IDNJUD', '091', 'IDNGOV')}),
    # a parliament where the text shows its country
    ('Presiden Joko Widodo meminta parlemen segera mengesahkan rancangan undang-undang itu.',
     {('IDNGOV', '0242', 'IDNLEG')}),
    ('Pasukan Misrata menyerukan kepada kongres untuk bersidang kembali di Tripoli.', {('LBYMIL', '020', 'LBYLEG')}),
    # denying a named actor's accusation
    ('Menteri Luar Negeri Rusia membantah tuduhan Presiden Ukraina.', {('RUSGOV', '016', 'UKRGOV')}),
    # a meeting told beside a rumour, in its own clause
    ('Isu perombakan kabinet kembali mencuat setelah Presiden Joko Widodo bertemu Ketua Umum PDIP Megawati.',
     {('IDNGOV', '040', 'IDNGOV')}),
    # stopping a supply is 160
    ('Pertamina menghentikan pasokan gas kepada PT Sentosa Abadi.', {('IDNBUS', '160', 'IDNBUS')}),
    # an appeal to an actor stays
    ('Komisi III DPR mendorong pemerintah agar menaikkan gaji para hakim.', {('IDNLEG', '020', 'IDNGOV')}),
    # a thing whose aim is told, beside an act that was done
    ('Dewan Keamanan PBB menjatuhkan sanksi terhadap Korea Utara yang bertujuan menghentikan uji rudalnya.',
     {('IGOUNO', '163', 'PRK')}),
]

NOT_CODED = [
    ('Para nelayan meminta pemerintah daerah mengganti kerugian akibat tumpahan minyak.',
     ('IDNAGR', '0241', 'IDNGOV')),
    ('Asosiasi Pengusaha Indonesia mendesak pemerintah mengganti selisih harga gula impor.', ('IDNBUS', '0241', 'IDNGOV')),
]

NOTHING = [
    # private persons and a firm
    'Banyak netizen membela PT Tokobagus setelah ramai dikritik.',
    'Para pelanggan memuji PT Sentosa Abadi atas layanan pengiriman yang cepat.',
    'PT Sentosa Motor telah mengirimkan surat kepada konsumen sepeda motor buatannya.',
    'Penyanyi itu berkolaborasi dengan dua bintang tamu untuk memasak di acara televisi.',
    'Seorang miliarder Amerika menjamu orang kaya Jepang di kapal pesiarnya.',
    # an inquiry into a death or a killing: the victim is no one investigated
    'Polisi masih menyelidiki penyebab kematian seorang wartawan di Makassar.',
    'Polisi mengusut kasus pembunuhan aktivis buruh di Sidoarjo.',
    # an aim is no act
    'Program itu bertujuan membantu para petani di Nusa Tenggara Timur.',
    'Sanksi PBB itu bertujuan membatasi program nuklir Iran.',
    # a bare parliament where nothing shows the default country
    'Juru bicara milisi itu menyerukan kepada parlemen yang lama untuk bersidang kembali.',
    # a rumour denied, and what it tells
    'Wakil Ketua Umum Golkar Agung Laksono menepis isu adanya kesepakatan politik antara Golkar dan Demokrat.',
    'Juru bicara Istana membantah kabar Menteri Keuangan akan mundur.',
    # lifting a block
    'Pemerintah China menghentikan pemblokiran Wikipedia di beberapa wilayah.',
    # pushing a process forward
    'DPR akan mendorong peningkatan kesejahteraan para hakim di daerah.',
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
