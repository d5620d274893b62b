"""A battery for the sides of matched patterns (issue #18, session 16): where a pattern of
the right CAMEO root matched and both actors are named, but the coder found no side. Each
block is one rule:

- S1 object control: after a verb of asking, urging or accusing (grammar ``directives``,
  ``object_control``) a person named without a role who opens the clause of what is asked
  or alleged ("menuduh Waryono menerbitkan ...", "meminta Wahyudi mundur", "mendesak X
  agar/untuk ...") is the verb's object, coded as a person of the sentence's country
  (CONVENTIONS §7.7) as a name before a comma or a preposition already was; not after a
  verb of saying or denying ("mengatakan/membantah X menerbitkan"), nor where the other
  side is foreign, nor a common word or a street ("Semua Pihak", "Jalan Sudirman"); names
  joined by a coordinator are objects together ("menangkap Haryanto dan Wiryawan di ...");
  such a name before its verb may stand before an aside between commas, a relative clause
  or a reporting phrase ("Waryono, yang pernah menjabat bupati, mengkritik KPK");
- S2 lower-cased text: in a sentence written all in lower case a word that is neither a
  word of the language nor derived from one, nor in the places' word list, stands where a
  capitalised name would, as the object and as the subject opening its clause ("kpk
  menetapkan waryono sebagai tersangka", "polisi menahan tarmizi di ...", "waryono
  mengkritik kpk", "haryanto ditangkap polisi"); a role noun, a derived word ("pengedar") or a known word
  ("tersangka", "mahasiswa") keeps its reading, and a cased sentence keeps the capitals
  rule;
- S3 pronouns of an office holder: "ia"/"dia" may stand for an office that the role
  lexicon codes whole ("Kapolri", "Mendagri", "Wagub X", "Bupati X", "Ketua DPR": grammar
  ``office_titles``, ``office_prefixes``), not for a body ("Polda", "Kemendagri"); and a
  pronoun standing for one office holder and another office on the other side are two
  actors even with one code ("Gubernur X mengatakan, ia bertemu Menteri Dalam Negeri"),
  unless one name opens the other ("Presiden" and "Presiden Joko Widodo");
- S4 a quotation of some sentences whose last names its speaker ("Kami ... . ... . ...,
  kata X."): "kami"/"kita" in the first sentences is X (up to three sentences on) when no
  speaker was named before and the sentence has no verb of saying of its own ("X
  mengatakan kepada wartawan bahwa kami ...") nor a reporting word ("katanya"); none when
  the speaker is further on or never named;
- S5 a group pronoun followed (after its relative clause, if any) by a list of examples
  between commas ("Mereka yang tersangkut, seperti X dan Y, ...") stands for the actors
  listed, titles the lexicon lacks allowed between them; not a comparison ("seperti
  kebanyakan warga"), an aside ("seperti biasa") or a reported aside ("seperti dikatakan X");
- S6 a noun of asking whose pattern goes on past a gap ("Desakan dari X agar Y mundur",
  "Desakan X agar Y mundur") names its source with "dari" or as a genitive right after it
  and its addressee right after "agar"/"supaya" in the gap; not the subject of a passive
  verb there ("agar Y dicopot"), and nothing with no source named;
- S7 a meeting noun with no party of its own, then "yang dihadiri/diikuti X dan Y" (grammar
  ``attending_verbs``): the attendees meet each other (both directions); not one attendee
  alone, not a meeting whose parties are named before it, not a clash.

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # S1 object control: the named person opening what is asked or alleged is the object
    ('KPK menuduh Waryono menerbitkan izin tambang secara ilegal.', [('IDNJUD', '112', 'IDN')]),
    ('Kejaksaan Agung menuduh Sutrisno menyalahgunakan dana desa.', [('IDNJUD', '112', 'IDN')]),
    ('Polisi menuding Haryanto menghasut warga.', [('IDNCOP', '112', 'IDN')]),
    ('Polisi menuduh Hendrawan menyebarkan berita bohong.', [('IDNCOP', '112', 'IDN')]),
    ('Wali Kota Surabaya menuding Darmaji menyebarkan fitnah.', [('IDNGOV', '112', 'IDN')]),
    ('Partai Golkar menuduh Ridwan Saidi memecah belah partai.', [('IDNGOV', '112', 'IDN')]),
    ('KPK menyalahkan Sutarman melanggar aturan lelang.', [('IDNJUD', '112', 'IDN')]),
    ('Ketua KPU menuding Marzuki Usman merusak kotak suara.', [('IDNGOV', '112', 'IDN')]),
    ('Kejaksaan Negeri Bekasi menuduh Suwarno memalsukan dokumen.', [('IDNJUD', '112', 'IDN')]),
    ('Presiden Joko Widodo meminta Sukardi menuntaskan kasus itu.', [('IDNGOV', '020', 'IDN')]),
    ('Gubernur Jawa Barat meminta Wahyudi mundur dari jabatannya.', [('IDNGOV', '0241', 'IDN')]),
    ('Ketua DPR mendesak Suparman agar segera mundur.', [('IDNLEG', '0241', 'IDN')]),
    ('Menteri Dalam Negeri mendesak Wiranto Sutejo untuk menyelesaikan laporan keuangan.',
     [('IDNGOV', '020', 'IDN')]),
    ('Bupati Sleman meminta Suharyanto agar membayar ganti rugi kepada warga.', [('IDNGOV', '0231', 'IDN')]),
    ('Menteri Agama mengimbau Sunaryo untuk menenangkan jemaahnya.', [('IDNGOV', '020', 'IDN')]),
    ('Menteri Sosial meminta Hartono menyalurkan bantuan kepada korban banjir.', [('IDNGOV', '023', 'IDN')]),
    ('Menteri Pertanian meminta Tarmizi menghentikan impor beras.', [('IDNGOV', '0242', 'IDN')]),
    ('DPRD Jawa Timur mendesak Sucipto agar mengembalikan dana bantuan.', [('IDNLEG', '023', 'IDN')]),
    ('Bawaslu memperingatkan Sumarsono untuk tidak berkampanye.', [('IDNGOV', '130', 'IDN')]),
    ('Polisi menangkap Haryanto dan Wiryawan di Bekasi.', [('IDNCOP', '173', 'IDN')]),
    ('Anggota DPR Sutrisno melaporkan Haryanto dan Wiryawan ke polisi.', [('IDNLEG', '115', 'IDN')]),
    ('KPK memeriksa Haryanto, Wiryawan dan Sutarman sebagai saksi.', [('IDNJUD', '091', 'IDN')]),
    ('Waryono, yang pernah menjabat bupati, mengkritik KPK.', [('IDN', '111', 'IDNJUD')]),
    ('Waryono, kata dia, mengkritik KPK.', [('IDN', '111', 'IDNJUD')]),
    ('waryono, yang pernah menjabat bupati, mengkritik kpk.', [('IDN', '111', 'IDNJUD')]),
    # guards: a name before a preposition, a coded object, an addressee after "agar"
    ('Presiden Rusia, kata Waryono, mengkritik KPK.', [('RUSGOV', '111', 'IDNJUD')]),
    ('Polisi menangkap Waryono di Bekasi.', [('IDNCOP', '173', 'IDN')]),
    ('Presiden Joko Widodo bertemu Sukardi di Istana.', [('IDNGOV', '040', 'IDN')]),
    ('KPK menuduh Bupati Sleman menerima suap.', [('IDNJUD', '1121', 'IDNGOV')]),
    ('Presiden meminta Kapolri menuntaskan kasus itu.', [('IDNGOV', '020', 'IDNCOP')]),
    ('Ketua DPR mendesak pemerintah agar menunda kenaikan harga.', [('IDNLEG', '0242', 'IDNGOV')]),
    # S2 lower-cased text: a word of no dictionary where a name would stand
    ('kpk juga telah menetapkan waryono sebagai tersangka kasus suap.', [('IDNJUD', '173', 'IDN')]),
    ('polisi menangkap haryanto di bekasi, selasa malam.', [('IDNCOP', '173', 'IDN')]),
    ('kejaksaan agung menahan sutrisno usai diperiksa.', [('IDNJUD', '173', 'IDN')]),
    ('kpk menuduh waryono menerbitkan izin tambang.', [('IDNJUD', '112', 'IDN')]),
    ('kejaksaan negeri bekasi menuduh suwarno memalsukan dokumen.', [('IDNJUD', '112', 'IDN')]),
    ('presiden joko widodo meminta sukardi menuntaskan kasus itu.', [('IDNGOV', '020', 'IDN')]),
    ('ketua dpr membantah penilaian haryanto.', [('IDNLEG', '016', 'IDN')]),
    ('kpk memeriksa darmawan di gedung kpk, senin.', [('IDNJUD', '091', 'IDN')]),
    ('polisi memeriksa sutrisno sebagai saksi.', [('IDNCOP', '091', 'IDN')]),
    ('jaksa menuntut haryanto dengan hukuman lima tahun penjara.', [('IDNJUD', '173', 'IDN')]),
    ('kpk menangkap wiryawan di jakarta.', [('IDNJUD', '173', 'IDN')]),
    ('polisi menahan tarmizi di polres bekasi.', [('IDNCOP', '173', 'IDN')]),
    ('polisi menangkap haryanto dan wiryawan di bekasi.', [('IDNCOP', '173', 'IDN')]),
    ('waryono mengkritik kpk karena lamban.', [('IDN', '111', 'IDNJUD')]),
    ('sutrisno sendiri membantah tudingan kpk.', [('IDN', '016', 'IDNJUD')]),
    ('haryanto ditangkap polisi di bekasi.', [('IDNCOP', '173', 'IDN')]),
    ('suparman juga mendesak menteri keuangan untuk menunda aturan itu.', [('IDN', '0242', 'IDNGOV')]),
    ('darmaji menilai dpr lamban menangani kasus itu.', [('IDN', '111', 'IDNLEG')]),
    # guards: words of the language keep their reading
    ('warga mengkritik kpk karena lamban.', [('IDNCVL', '111', 'IDNJUD')]),
    ('pengedar itu ditangkap polisi di bekasi.', [('IDNCOP', '173', 'IDNCRM')]),
    ('polisi menangkap tersangka di bekasi.', [('IDNCOP', '173', 'IDN')]),
    ('polisi menangkap pengedar di bekasi.', [('IDNCOP', '173', 'IDNCRM')]),
    ('kpk menangkap bupati sleman di yogyakarta.', [('IDNJUD', '173', 'IDNGOV')]),
    ('polisi menahan sejumlah mahasiswa di jakarta.', [('IDNCOP', '173', 'IDNEDU')]),
    # S3 a pronoun for an office holder; another office on the other side is another actor
    ('Gubernur Jawa Barat mengatakan, ia sudah bertemu dengan Menteri Dalam Negeri.',
     [('IDNGOV', '040', 'IDNGOV')]),
    ('Wali Kota Bandung mengatakan, ia telah mengkritik Gubernur Jawa Barat.', [('IDNGOV', '111', 'IDNGOV')]),
    ('Ketua DPR mengatakan ia akan bertemu dengan Wakil Ketua DPR pekan depan.', [('IDNLEG', '036', 'IDNLEG')]),
    ('Gubernur Jawa Timur menyatakan bahwa ia mendukung Menteri Kesehatan.', [('IDNGOV', '051', 'IDNGOV')]),
    ('Menteri Luar Negeri mengatakan, ia telah berbicara dengan Menteri Pertahanan.',
     [('IDNGOV', '040', 'IDNGOV')]),
    ('Gubernur Bali mengatakan, ia akan bertemu dengan Menteri Pariwisata.', [('IDNGOV', '036', 'IDNGOV')]),
    ('Bupati Kendal mengatakan bahwa dia menolak Gubernur Jawa Tengah.', [('IDNGOV', '120', 'IDNGOV')]),
    ('Menteri Keuangan mengatakan, ia sudah menegur Direktur Jenderal Pajak.', [('IDNGOV', '111', 'IDNGOV')]),
    ('Bupati Sleman mengatakan, ia meminta Gubernur Yogyakarta membantu warga.', [('IDNGOV', '020', 'IDNGOV')]),
    ('Kapolda Metro Jaya mengatakan, ia sudah bertemu dengan Gubernur DKI.', [('IDNCOP', '040', 'IDNGOV')]),
    ('Kapolri mengatakan, ia sudah bertemu dengan Menteri Dalam Negeri.', [('IDNCOP', '040', 'IDNGOV')]),
    ('kapolri mengatakan, ia sudah bertemu dengan menteri dalam negeri.', [('IDNCOP', '040', 'IDNGOV')]),
    ('Mendagri mengatakan, ia telah menegur Gubernur Papua.', [('IDNGOV', '111', 'IDNGOV')]),
    ('Wagub Jawa Tengah mengatakan, dia sudah bertemu dengan Bupati Kendal.', [('IDNGOV', '040', 'IDNGOV')]),
    # guards: pronouns already read
    ('Menteri Pertahanan mengatakan, dia sudah bertemu dengan Panglima TNI.', [('IDNGOV', '040', 'IDNMIL')]),
    ('Jokowi mengatakan, ia sudah bertemu dengan Ketua DPR.', [('IDNGOV', '040', 'IDNLEG')]),
    ('Polri mengatakan pihaknya bekerja sama dengan Kejaksaan Agung.', [('IDNCOP', '061', 'IDNJUD')]),
    ('Presiden Jokowi hadir di Istana. Ia kemudian bertemu dengan Ketua DPR.', [('IDNGOV', '040', 'IDNLEG')]),
    # S4 the speaker the quotation's last sentence names
    ('Kita berhak bertanya kepada Menteri Dalam Negeri soal aturan itu. Apa alasannya. Apa urgensinya, '
     'kata Budiarto di Gedung DPR.', [('IDN', '020', 'IDNGOV')]),
    ('Kami mendukung KPK sepenuhnya. Itu sikap partai. Kami tidak akan mundur, ujar Ketua Umum Partai Golkar.',
     [('IDNGOV', '051', 'IDNJUD')]),
    ('Kami mengkritik Menteri Keuangan. Aturan itu keliru. Semua harus dibahas ulang, kata Ketua Komisi XI DPR.',
     [('IDNLEG', '111', 'IDNGOV')]),
    # S5 the actors a pronoun's list of examples names
    ('Mereka, seperti Bupati Sleman dan Wali Kota Solo, langsung mundur setelah ditetapkan sebagai '
     'tersangka oleh KPK.', [('IDNJUD', '173', 'IDNGOV')]),
    ('Mereka yang tersangkut, seperti Bupati Sleman dan Wali Kota Solo, langsung mundur setelah ditangkap KPK.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('Mereka yang hadir, yakni Gubernur Jawa Barat dan Gubernur Jawa Tengah, mengkritik Menteri Keuangan.',
     [('IDNGOV', '111', 'IDNGOV')]),
    ('Mereka, yaitu Mesir dan Yordania, mendesak Israel menghentikan serangan.',
     [('EGY', '0256', 'ISR'), ('JOR', '0256', 'ISR')]),
    ('Mereka yang terlibat, seperti Wakil Ketua Partai Demokrat Sutarjo dan bekas Menteri Pemuda Hartono, '
     'ditangkap polisi.', [('IDNCOP', '173', 'IDNOPP'), ('IDNCOP', '173', 'IDNELI')]),
    # guards: a list right before the verb, a pronoun for the sentence before
    ('Mereka, antara lain PDIP dan Golkar, menolak usulan Partai Demokrat.', [('IDNGOV', '120', 'IDNOPP')]),
    ('Mesir dan Yordania mengecam serangan itu. Mereka mendesak Israel menghentikan serangan.',
     [('EGY', '0256', 'ISR'), ('JOR', '0256', 'ISR')]),
    # S6 a noun of asking: "dari X" and the addressee after "agar" in its gap
    ('Desakan dari Partai Demokrat agar Menteri Keuangan mundur menguat.', [('IDNOPP', '0241', 'IDNGOV')]),
    ('Desakan dari Partai Demokrat supaya Menteri Keuangan mundur menguat.', [('IDNOPP', '0241', 'IDNGOV')]),
    ('Desakan dari Ketua DPR agar Kapolri mundur semakin kuat.', [('IDNLEG', '0241', 'IDNCOP')]),
    ('Desakan dari Komnas HAM agar Kapolri mundur menguat.', [('IDNNGO', '0241', 'IDNCOP')]),
    ('Desakan Partai Golkar agar Gubernur Jawa Barat mundur tidak digubris.', [('IDNGOV', '0241', 'IDNGOV')]),
    # guard: the marked addressee after the noun
    ('Desakan mundur kepada Menteri Keuangan datang dari Partai Demokrat.', [('IDNOPP', '020', 'IDNGOV')]),
    # S7 who attend a meeting are its parties
    ('Pertemuan tertutup yang dihadiri Menteri Luar Negeri Jepang dan Menteri Luar Negeri Korea Selatan '
     'digelar kemarin.', [('JPNGOV', '040', 'KORGOV'), ('KORGOV', '040', 'JPNGOV')]),
    ('Pertemuan yang diikuti Menteri Luar Negeri Jepang dan Menteri Luar Negeri China berlangsung di Beijing.',
     [('JPNGOV', '040', 'CHNGOV'), ('CHNGOV', '040', 'JPNGOV')]),
    ('Pertemuan yang dihadiri Perdana Menteri Jepang dan Presiden Korea Selatan membahas keamanan.',
     [('JPNGOV', '040', 'KORGOV'), ('KORGOV', '040', 'JPNGOV')]),
    # guard: the parties named before "yang dihadiri"
    ('Pertemuan Presiden Joko Widodo dengan Perdana Menteri Jepang yang dihadiri Menteri Luar Negeri '
     'berlangsung di Tokyo.', [('IDNGOV', '040', 'JPNGOV')]),
    ('Kami mendukung Turki. Itu penting. Kunjungan itu berlanjut, kata Menteri Luar Negeri Jepang.',
     [('JPNGOV', '051', 'TUR')]),
    # guards: the sentence's own verb of saying; the next sentence's speaker first
    ('Menteri Luar Negeri Rusia mengatakan kepada wartawan bahwa kami mendukung Turki. Itu penting. '
     'Kunjungan itu berlanjut, kata Menteri Luar Negeri Jepang.', [('RUSGOV', '051', 'TUR')]),
    ('Kami mendukung KPK, kata Ketua DPR. Itu sikap kami. Kami menolak revisi itu, ujar Ketua MPR.',
     [('IDNLEG', '051', 'IDNJUD')]),
]

NOT_CODED = [
    # S1 a coded object keeps its role
    ('KPK menuduh Bupati Sleman menerima suap.', ('IDNJUD', '1121', 'IDN')),
    ('Presiden meminta Kapolri menuntaskan kasus itu.', ('IDNGOV', '020', 'IDN')),
    ('Presiden Rusia, kata Waryono, mengkritik KPK.', ('IDN', '111', 'IDNJUD')),
    # S2 a role noun or a known word is no name
    ('kpk menangkap bupati sleman di yogyakarta.', ('IDNJUD', '173', 'IDN')),
    ('polisi menangkap pengedar di bekasi.', ('IDNCOP', '173', 'IDN')),
    ('polisi menahan sejumlah mahasiswa di jakarta.', ('IDNCOP', '173', 'IDN')),
    ('warga mengkritik kpk karena lamban.', ('IDN', '111', 'IDNJUD')),
    # S3 the pronoun is the speaker, not the other office
    ('Kapolda Metro Jaya mengatakan, ia sudah bertemu dengan Gubernur DKI.', ('IDNGOV', '040', 'IDNGOV')),
    ('Kapolri mengatakan, ia sudah bertemu dengan Menteri Dalam Negeri.', ('IDNGOV', '040', 'IDNGOV')),
    ('Ketua DPR mengatakan ia akan bertemu dengan Wakil Ketua DPR pekan depan.', ('IDNLEG', '040', 'IDNLEG')),
    # S7 the attendee is none of the parties named before
    ('Pertemuan Presiden Joko Widodo dengan Perdana Menteri Jepang yang dihadiri Menteri Luar Negeri '
     'berlangsung di Tokyo.', ('JPNGOV', '040', 'IDNGOV')),
    # S4 the sentence's own speaker, not a later one
    ('Menteri Luar Negeri Rusia mengatakan kepada wartawan bahwa kami mendukung Turki. Itu penting. '
     'Kunjungan itu berlanjut, kata Menteri Luar Negeri Jepang.', ('JPNGOV', '051', 'TUR')),
]

NOTHING = [
    # S1 after a verb of saying or denying the name is the clause's subject; foreign sides;
    # negation; a common word or a street
    'KPK mengatakan Waryono menerbitkan izin tambang secara ilegal.',
    'KPK membantah Waryono menerbitkan izin tambang secara ilegal.',
    'Presiden Rusia menuduh Waryono menerbitkan izin tambang secara ilegal.',
    'KPK tidak menuduh Waryono menerbitkan izin tambang.',
    'Presiden meminta Jalan Sudirman segera diperbaiki.',
    'Presiden meminta Semua Pihak menahan diri.',
    'Presiden Rusia menangkap Haryanto dan Wiryawan di Moskow.',
    'Polisi menangkap Haryanto dan Jalan Sudirman ditutup.',
    # S2 lower-cased: the same limits; a cased sentence keeps the capitals rule
    'presiden rusia menuduh waryono menerbitkan izin tambang.',
    'kpk tidak menuduh waryono menerbitkan izin tambang.',
    'kpk mengatakan waryono menerbitkan izin tambang.',
    'polisi menangkap narkoba di bekasi.',
    'kpk menyita mobil di jakarta.',
    'Polisi menangkap waryono di Bekasi.',
    'narkoba itu ditemukan polisi di bekasi.',
    'presiden rusia mengkritik waryono.',
    # S3 a body is no "ia"; one office named twice is one actor
    'Polda Metro Jaya mengatakan, ia sudah bertemu dengan Gubernur DKI.',
    'Kemendagri mengatakan, ia sudah bertemu dengan Gubernur DKI.',
    'Presiden Joko Widodo mengatakan, ia mendukung Presiden.',
    'Ketua DPR mengatakan, ia mendukung Ketua DPR.',
    'Menteri Kesehatan mengatakan, ia akan bertemu Menteri Kesehatan Terawan.',
    'Gubernur Jawa Barat mengatakan pemerintah pusat akan membantu daerah.',
    # S4 a speaker too far on, or none
    'Kami mendukung KPK sepenuhnya. Itu sikap partai. Kami tidak akan mundur. Hari ini kami rapat. '
    'Semua hadir, ujar Ketua Umum Partai Golkar.',
    'Kami mengkritik Menteri Keuangan. Aturan itu keliru.',
    # S6 no source named; the addressee is no passive's subject
    'Desakan agar Menteri Keuangan mundur menguat.',
    'Desakan dari Partai Demokrat agar Menteri Keuangan dicopot menguat.',
    'Desakan dari Partai Demokrat agar kebijakan Menteri Keuangan dicabut menguat.',
    # S7 one attendee; a clash is no meeting
    'Pertemuan yang dihadiri Menteri Luar Negeri Jepang berlangsung tertutup.',
    'Serangan yang dihadiri Israel dan Mesir.',
    # S5 a comparison or an aside is no list of examples
    'Mereka, seperti kebanyakan warga, menolak usulan Partai Demokrat.',
    'Mereka, seperti biasa, menolak usulan Partai Demokrat.',
    'Mereka yang menolak, seperti dikatakan Ketua DPR, mengkritik KPK.',
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_sides_are_found(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_the_wrong_side_is_not_taken(coder, text, wrong):
    assert wrong not in events(coder, text)


@pytest.mark.parametrize("text", NOTHING)
def test_near_misses_code_nothing(coder, text):
    assert events(coder, text) == set()
