"""A battery for finding the sides of an event whose pattern matched (issue #18, session 14):
the constructions where a pattern of the right CAMEO root matched at the trigger and the
actors are named, yet the coder found no side or the wrong one. Each block is one rule:

- a judgement's object right after its verb is whom it judges, not the one a marked phrase
  after the object's own act names ("mengkritik X atas perlakuan terhadap Y");
- "dari X" before the marked target of a nominal or a passive names where the act comes
  from: its source ("serangan roket dari X ke Y", "roket ditembakkan dari X ke Y");
- a word of emphasis ("sendiri") between a name and its verb leaves the name the subject;
- the actor after "menurut" before a comma is the speaker, no subject of the clause after;
- the actor named with an operation after a passive verb is its agent ("ditangkap dalam
  razia polisi");
- a clash named by a noun is mutual ("bentrokan X dengan Y": both directions, CONVENTIONS
  §8), a clash framed by a verb is not ("X bentrok dengan Y");
- a speaker's statement ("@quote": "Y harus ...", "bukti kegagalan Y") whose sentence names
  no speaker with a reporting word is the subject's of the verb of saying before it ("X
  mengatakan, kasus itu merupakan bukti kegagalan Y"), not past a clause word or a negator;
- "mereka" (and an act named before by "langkah itu") standing for the main subject of the
  sentence before stands for its whole coordination ("Mesir dan Yordania ... Mereka ...");
  a pronoun whose clause's subject is a pronoun resolved before it stands for the same
  actor ("Dia mengatakan pihaknya ...");
- a name between commas right after a role ("Menteri X, Wiratno Sasmito,") is the role's
  holder when a later sentence calls him by its first or last word ("Sasmito mengkritik
  ...", "..., kata Sasmito");
- two actors joined by "bersama" at the opening of a clause, right before its verb, both
  act ("Polisi bersama TNI menangkap ..."); after a verb "bersama" stays a preposition;
- an attack aimed at "wilayahnya" (a place noun with a possessive clitic) is aimed at the
  nearest actor before it that is not its source, as the bare country; none when that
  actor is of the source's own country ("menarik pasukannya ke wilayahnya");
- a judgement's object coordinated with a noun of another actor's act or failing judges
  both ("mengecam AS dan sikap Israel", "menyalahkan AS dan ketidakmampuan Pakistan"); not
  a verb or a preposition after the coordinator;
- a nominal act after a light verb of reply with a clitic ("membalasnya dengan serangan
  udara") is aimed at the doer of the act replied to: the nearest act before it in the
  sentence by another country, else the subject of the sentence before; one actor named
  twice ("ke Israel, dan Israel membalasnya") is no coordination.

The constructions around them that already held are kept as guards (appositions and
relative clauses between a subject and its verb, pronouns pointing back). CODED: every
event listed is coded; NOT_CODED: the event named is not (the wrong side); NOTHING: no
event. Every sentence here was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # R1 judged object right after the verb, marked party after an act of its own
    ('Menteri Luar Negeri Retno Marsudi mengkritik pemerintah Malaysia atas perlakuan terhadap pekerja migran.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Presiden Amerika Serikat mengkritik pemerintah China karena tindakan kerasnya terhadap warga Uighur.',
     [('USAGOV', '111', 'CHNGOV')]),
    ('Presiden Joko Widodo menyesalkan polisi atas kekerasan terhadap mahasiswa.',
     [('IDNGOV', '111', 'IDNCOP')]),
    ('Komnas HAM mengkritik polisi atas penggunaan gas air mata terhadap demonstran.',
     [('IDNNGO', '111', 'IDNCOP')]),
    ('Pemerintah Inggris mengkritik junta Myanmar atas kekejaman terhadap warga Rohingya.',
     [('GBRGOV', '111', 'MMRGOV')]),
    ('Ketua DPR mengkritik Menteri Kesehatan karena sikapnya terhadap tenaga medis.',
     [('IDNLEG', '111', 'IDNGOV')]),
    ('Presiden Turki mengkritik Israel atas blokade terhadap Jalur Gaza.',
     [('TURGOV', '111', 'ISR')]),
    ('Menteri Hukum mengkritik Mahkamah Agung atas vonis ringan terhadap koruptor.',
     [('IDNGOV', '111', 'IDNJUD')]),
    ('Pemerintah Indonesia mengkritik keras kebijakan Amerika Serikat terhadap Palestina.',
     [('IDNGOV', '111', 'USA')]),
    ('Indonesia mengecam Israel atas serangan terhadap warga Palestina.',
     [('IDN', '111', 'ISR')]),
    # R2 where the act comes from: "dari X" before the marked target
    ('Serangan roket dari Gaza ke Israel selatan meningkat sejak Selasa.',
     [('PSE', '194', 'ISR')]),
    ('Tembakan roket dari Gaza ke Israel melukai dua orang.',
     [('PSE', '194', 'ISR')]),
    ('Roket ditembakkan dari Gaza ke Israel pada Selasa malam.',
     [('PSE', '194', 'ISR')]),
    ('Dua roket ditembakkan dari Lebanon ke Israel utara pada Minggu.',
     [('LBN', '194', 'ISR')]),
    ('Rudal balistik diluncurkan dari Korea Utara ke arah Jepang pada Kamis pagi.',
     [('PRK', '194', 'JPN')]),
    ('Serangan mortir dari Suriah ke Israel dibalas dengan serangan udara.',
     [('SYR', '194', 'ISR')]),
    ('Tembakan mortir dari Lebanon ke wilayah Israel memicu sirene peringatan.',
     [('LBN', '194', 'ISR')]),
    ('Sejumlah roket ditembakkan Hamas ke Israel selatan.',
     [('PSEOPP', '194', 'ISR')]),
    ('Serangan udara Israel ke Suriah menewaskan lima orang.',
     [('ISR', '195', 'SYR')]),
    # R3 emphasis between a name and its verb
    ('Benny sendiri menghargai putusan Mahkamah Konstitusi itu.',
     [('IDN', '051', 'IDNJUD')]),
    ('Benny Harman sendiri menghargai putusan Mahkamah Konstitusi itu.',
     [('IDN', '051', 'IDNJUD')]),
    ('Benny Harman sendiri mengkritik Mahkamah Konstitusi.',
     [('IDN', '111', 'IDNJUD')]),
    ('Arif Rahman sendiri mengkritik DPR atas keputusan tersebut.',
     [('IDN', '111', 'IDNLEG')]),
    ('Ketua KPK sendiri memuji Gubernur Jawa Tengah atas transparansi anggaran.',
     [('IDNJUD', '051', 'IDNGOV')]),
    ('Polisi pun menangkap tiga warga yang terlibat kerusuhan.',
     [('IDNCOP', '173', 'IDNCVL')]),
    # R4 "Menurut X, ...": the speaker is no subject of the clause
    ('Menurut Menteri Luar Negeri Retno Marsudi, pemerintah Indonesia mengecam pemerintah Malaysia.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Menurut dia, Benny Harman pun menghargai putusan Mahkamah Konstitusi itu.',
     [('IDN', '051', 'IDNJUD')]),
    ('Menurut Ketua KPK, pihaknya telah menangkap Bupati Kolaka Timur.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('Hal itu disampaikan Menteri Keuangan Sri Mulyani pada rapat kerja dengan DPR di Jakarta.',
     [('IDNGOV', '040', 'IDNLEG')]),
    # R5 the actor of an operation after a passive verb
    ('Tiga warga ditangkap dalam razia polisi di Medan.',
     [('IDNCOP', '173', 'IDNCVL')]),
    ('Puluhan demonstran ditangkap dalam operasi polisi di Jakarta.',
     [('IDNCOP', '173', 'IDNOPP')]),
    ('Bupati Kolaka Timur ditangkap dalam operasi tangkap tangan KPK.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('Pemimpin oposisi Zimbabwe ditangkap dalam penggerebekan polisi Zimbabwe.',
     [('ZWECOP', '173', 'ZWEOPP')]),
    ('Sepuluh warga Filipina ditahan dalam operasi antinarkoba polisi Filipina.',
     [('PHLCOP', '173', 'PHLCVL')]),
    ('Dua anggota kelompok separatis ditangkap dalam operasi gabungan TNI di Papua.',
     [('IDNMIL', '173', 'IDNREB')]),
    ('Sejumlah aktivis ditangkap dalam penyergapan polisi di Bandung.',
     [('IDNCOP', '173', 'IDNOPP')]),
    # R6 a clash named by a noun is mutual
    ('Bentrokan polisi dengan warga terjadi di Makassar.',
     [('IDNCOP', '190', 'IDNCVL'), ('IDNCVL', '190', 'IDNCOP')]),
    ('Bentrokan TNI dengan kelompok separatis bersenjata terjadi di Intan Jaya.',
     [('IDNMIL', '190', 'IDNREB'), ('IDNREB', '190', 'IDNMIL')]),
    ('Bentrokan polisi Thailand dengan demonstran berlangsung hingga malam.',
     [('THACOP', '190', 'THAOPP'), ('THAOPP', '190', 'THACOP')]),
    ('Bentrokan tentara India dengan tentara China di perbatasan menewaskan 20 orang.',
     [('INDMIL', '190', 'CHNMIL'), ('CHNMIL', '190', 'INDMIL')]),
    ('Polisi bentrok dengan warga di Makassar.',
     [('IDNCOP', '190', 'IDNCVL')]),
    ('Bentrokan antara polisi Thailand dan demonstran terjadi di Bangkok.',
     [('THACOP', '190', 'THAOPP'), ('THAOPP', '190', 'THACOP')]),
    ('Komnas HAM mengkritik tindakan represif polisi terhadap mahasiswa.',
     [('IDNNGO', '111', 'IDNCOP')]),
    # more: where the act comes from, and what does not come from anywhere
    ('Puluhan roket ditembakkan dari Jalur Gaza ke Israel selatan sepanjang malam.',
     [('PSE', '194', 'ISR')]),
    ('Rudal ditembakkan dari Rusia ke Ukraina timur pada Sabtu.',
     [('RUS', '194', 'UKR')]),
    ('Bantuan kemanusiaan dikirim dari Indonesia ke Gaza pekan lalu.',
     [('IDN', '073', 'PSE')]),
    # more: operations after a passive verb
    ('Lima pengedar narkoba diamankan dalam razia polisi di Surabaya.',
     [('IDNCOP', '173', 'IDNCRM')]),
    ('Dua puluh pekerja migran Indonesia ditahan dalam razia polisi Malaysia di Johor.',
     [('MYSCOP', '173', 'IDNCVL')]),
    # more: clashes named by a noun
    ('Bentrokan militer Filipina dengan kelompok Abu Sayyaf menewaskan tiga orang.',
     [('PHLMIL', '190', 'IMGSEAMUSASF'), ('IMGSEAMUSASF', '190', 'PHLMIL')]),
    # guards: appositions and relative clauses between a subject and its verb
    ('Menteri Luar Negeri Rusia, yang tiba di Istanbul pada Selasa, mengadakan pembicaraan dengan Menteri Luar Negeri Ukraina.',
     [('RUSGOV', '040', 'UKRGOV')]),
    ('KPK, yang dipimpin Firli Bahuri, menangkap Bupati Kolaka Timur.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('Menteri Luar Negeri Amerika Serikat Antony Blinken, yang sedang berada di Tokyo, memperingatkan China soal Taiwan.',
     [('USAGOV', '130', 'CHN')]),
    ('Menteri Luar Negeri Retno Marsudi, dalam jumpa pers di Jakarta, mengkritik pemerintah Malaysia.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Seorang penasihat Gedung Putih, John Smith, memperingatkan Presiden Amerika Serikat untuk mempertimbangkan kebijakan itu.',
     [('USAGOV', '130', 'USAGOV')]),
    ('Presiden Rusia Vladimir Putin, seperti dikutip kantor berita TASS, mengecam Amerika Serikat.',
     [('RUSGOV', '111', 'USA')]),
    ('Menteri Luar Negeri Retno Marsudi, Rabu (10/3), bertemu Menteri Luar Negeri China Wang Yi di Beijing.',
     [('IDNGOV', '040', 'CHNGOV')]),
    ('Presiden Joko Widodo, didampingi Ibu Negara Iriana, mengunjungi Jepang pada Senin.',
     [('IDNGOV', '042', 'JPN')]),
    ('Presiden Joko Widodo, yang memimpin delegasi yang mencakup para menteri, juga mengadakan perundingan dengan Perdana Menteri Malaysia.',
     [('IDNGOV', '046', 'MYSGOV')]),
    ('Utusan khusus Amerika Serikat, yang memimpin delegasi yang mencakup sejumlah LSM, bertemu dengan Menteri Luar Negeri Sudan.',
     [('USAGOV', '040', 'SDNGOV')]),
    ('KPK, lembaga antirasuah yang dipimpin Firli Bahuri, menangkap Bupati Kolaka Timur.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('Menteri Luar Negeri Retno Marsudi, yang didampingi Duta Besar Indonesia untuk Australia, mengkritik pemerintah Australia.',
     [('IDNGOV', '111', 'AUSGOV')]),
    ('Kapolda Metro Jaya, Irjen Fadil Imran, menangkap tiga warga yang terlibat kerusuhan.',
     [('IDNCOP', '173', 'IDNCVL')]),
    # guards: pronouns pointing back to the actor named before
    ('Menteri Luar Negeri Retno Marsudi tiba di Jakarta pada Selasa. Ia mengkritik pemerintah Malaysia atas perlakuan terhadap pekerja migran.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Menteri Luar Negeri Retno Marsudi tiba di Jakarta pada Selasa. Dalam jumpa pers, ia mengkritik pemerintah Malaysia.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Ribuan buruh berunjuk rasa di depan Istana Merdeka. Selain itu, mereka juga menuntut Menteri Tenaga Kerja mundur.',
     [('IDNLAB', '1041', 'IDNGOV')]),
    ('Ketua KPK mengatakan pihaknya telah menangkap Bupati Kolaka Timur.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('KPK telah menahan seorang pejabat. Pihaknya juga menangkap Bupati Kolaka Timur, kata juru bicara KPK.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('KPK terus mengusut kasus suap itu. Pekan lalu, pihaknya menangkap Bupati Kolaka Timur.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('Presiden Amerika Serikat Joe Biden berbicara di Gedung Putih pada Senin. Dia mengecam China atas tindakan itu.',
     [('USAGOV', '111', 'CHN')]),
    ('Kami mengecam pemerintah Malaysia, kata Menteri Luar Negeri Retno Marsudi.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Presiden Joko Widodo tiba di Kuala Lumpur pada Senin. Setelah itu, ia bertemu Perdana Menteri Malaysia.',
     [('IDNGOV', '040', 'MYSGOV')]),
    ('Presiden Rusia Vladimir Putin berbicara dalam konferensi pers di Moskow. Dalam kesempatan itu, dia mengecam pemerintah Ukraina.',
     [('RUSGOV', '111', 'UKRGOV')]),
    # guards: nominal events whose parties stand around the noun
    ('Kunjungan Menteri Luar Negeri Retno Marsudi ke China berlangsung selama tiga hari.',
     [('IDNGOV', '042', 'CHN')]),
    ('Kunjungan seorang pejabat senior dari Washington ke Damaskus menandai perubahan kebijakan.',
     [('USAGOV', '042', 'SYR')]),
    ('Serangan roket Hamas ke Israel berlanjut pada Rabu.',
     [('PSEOPP', '194', 'ISR')]),
    ('Serangan Rusia ke Ukraina memicu kecaman internasional.',
     [('RUS', '190', 'UKR')]),
    ('Rapat antara pemerintah dengan DPR membahas anggaran pendidikan.',
     [('IDNGOV', '040', 'IDNLEG'), ('IDNLEG', '040', 'IDNGOV')]),
    ('Pertemuan Presiden Joko Widodo dengan Perdana Menteri Malaysia berlangsung di Bogor.',
     [('IDNGOV', '040', 'MYSGOV')]),
    ('Israel melancarkan serangan terhadap Lebanon pada Selasa.',
     [('ISR', '190', 'LBN')]),
    # more: origins behind a place noun
    ('Tembakan roket dari wilayah Lebanon ke Israel utara memicu sirene.',
     [('LBN', '194', 'ISR')]),
    # a marked target that another verb takes: no origin
    ('Turki mengecam keras Prancis atas pernyataan Presiden Emmanuel Macron.',
     [('TUR', '111', 'FRAGOV')]),
    # the speaker of a statement: the subject of the verb of saying before it
    ('Presiden Joko Widodo mengatakan, kasus itu merupakan bukti kegagalan pemerintah Malaysia.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Presiden Joko Widodo menegaskan bahwa kasus itu merupakan bukti kegagalan pemerintah Malaysia.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Menteri Luar Negeri Iran mengatakan, Amerika Serikat harus mencabut sanksi.',
     [('IRNGOV', '100', 'USA')]),
    ('Presiden Prancis mengatakan pemerintah Rusia gagal menepati janjinya.',
     [('FRAGOV', '111', 'RUSGOV')]),
    ('Ketua KPK menilai, DPR harus segera mengesahkan RUU Perampasan Aset.',
     [('IDNJUD', '100', 'IDNLEG')]),
    ('Komnas HAM menyatakan bahwa tindakan itu adalah bukti kesewenang-wenangan polisi.',
     [('IDNNGO', '111', 'IDNCOP')]),
    ('Kasus itu merupakan bukti kegagalan pemerintah Malaysia, kata Presiden Joko Widodo.',
     [('IDNGOV', '111', 'MYSGOV')]),
    # guards and rules: pronouns across sentences (a group pronoun stands for the whole coordination; a pronoun whose clause's subject is a pronoun resolved before it stands for the same actor)
    ('Kami prihatin atas situasi di Gaza, kata Menteri Luar Negeri Retno Marsudi. Dia juga mengecam Israel atas serangan itu.',
     [('IDNGOV', '111', 'ISR')]),
    ('Kami prihatin atas situasi di Gaza, kata Menteri Luar Negeri Retno Marsudi. Beliau juga mengecam Israel atas serangan itu.',
     [('IDNGOV', '111', 'ISR')]),
    ('Mesir dan Yordania menggelar pertemuan di Kairo pada Senin. Mereka mendesak Israel menghentikan serangan.',
     [('EGY', '0256', 'ISR'), ('JOR', '0256', 'ISR')]),
    ('Ketika tiba di Kuala Lumpur, Presiden Joko Widodo disambut hangat. Ia kemudian bertemu Perdana Menteri Malaysia.',
     [('IDNGOV', '040', 'MYSGOV')]),
    ('Presiden Joko Widodo tiba di Kuala Lumpur pada Senin. Ketika tiba di bandara, ia langsung bertemu Perdana Menteri Malaysia.',
     [('IDNGOV', '040', 'MYSGOV')]),
    ('Juru bicara KPK mengatakan penyidik masih bekerja. Menurut dia, pihaknya telah menangkap Bupati Kolaka Timur.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('Ketua KPK Firli Bahuri membenarkan kabar itu. Dia mengatakan pihaknya telah menangkap Bupati Kolaka Timur.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('Kapolda Metro Jaya menggelar konferensi pers pada Selasa. Ia menyebut polisi telah menangkap tiga warga.',
     [('IDNCOP', '173', 'IDNCVL')]),
    ('Ketua DPR Puan Maharani berbicara di Senayan. Ia mengkritik Menteri Kesehatan karena lamban.',
     [('IDNLEG', '111', 'IDNGOV')]),
    ('Presiden Amerika Serikat Joe Biden bertemu Presiden Korea Selatan di Seoul. Dalam pertemuan itu, Biden memperingatkan Korea Utara.',
     [('USAGOV', '130', 'PRK')]),
    ('Amerika Serikat dan Inggris mengadakan pertemuan darurat pada Selasa. Mereka mengecam Iran atas serangan itu.',
     [('USA', '111', 'IRN'), ('GBR', '111', 'IRN')]),
    ('Amerika Serikat dan Inggris menjatuhkan sanksi kepada Iran. Teheran mengecam langkah itu.',
     [('IRNGOV', '111', 'USA'), ('IRNGOV', '111', 'GBR')]),
    ('Presiden Joko Widodo tiba di Istana pada Senin. Ia mengatakan dirinya mengkritik pemerintah Malaysia.',
     [('IDNGOV', '111', 'MYSGOV')]),
    # a name in apposition to a role is the role's holder when the article calls him by it again
    ('Menteri Tenaga Kerja Indonesia, Wiratno Sasmito, tiba di Kuala Lumpur pada Senin. Sasmito mengkritik pemerintah Malaysia atas perlakuan terhadap pekerja migran.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Menteri Tenaga Kerja Indonesia, Wiratno Sasmito, tiba di Kuala Lumpur pada Senin. Wiratno mengkritik pemerintah Malaysia.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Menteri Tenaga Kerja Indonesia, Wiratno Sasmito, tiba di Kuala Lumpur pada Senin. Pemerintah Malaysia lalai, kata Sasmito.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Kepala Bidang Humas Polda Metro Jaya, Kombes Purnomo Hadi, membenarkan kabar itu. Purnomo mengatakan polisi menangkap tiga warga.',
     [('IDNCOP', '173', 'IDNCVL')]),
    ('Utusan khusus Amerika Serikat, Mark Lambert, tiba di Seoul pada Senin. Lambert memperingatkan Korea Utara.',
     [('USAGOV', '130', 'PRK')]),
    ('Presiden Joko Widodo, Selasa, tiba di Kuala Lumpur. Ia bertemu Perdana Menteri Malaysia.',
     [('IDNGOV', '040', 'MYSGOV')]),
    # two actors joined by "bersama" before their verb both act
    ('Indonesia bersama Malaysia mengecam Israel.',
     [('IDN', '111', 'ISR'), ('MYS', '111', 'ISR')]),
    ('Polisi bersama TNI menangkap tiga warga di Poso.',
     [('IDNCOP', '173', 'IDNCVL'), ('IDNMIL', '173', 'IDNCVL')]),
    ('KPK bersama Polri menangkap Bupati Kolaka Timur.',
     [('IDNJUD', '173', 'IDNGOV'), ('IDNCOP', '173', 'IDNGOV')]),
    ('Presiden Joko Widodo bersama Menteri Luar Negeri Retno Marsudi mengunjungi Jepang.',
     [('IDNGOV', '042', 'JPN')]),
    ('Amerika Serikat bersama Inggris akan segera menjatuhkan sanksi kepada Rusia.',
     [('USA', '1312', 'RUS'), ('GBR', '1312', 'RUS')]),
    ('Pemerintah menggelar rapat bersama DPR di Senayan.',
     [('IDNGOV', '040', 'IDNLEG')]),
    # an act aimed at a place named by "wilayahnya": the owner before it, as the bare country
    ('Israel mengecam serangan roket Hamas ke wilayahnya.',
     [('PSEOPP', '194', 'ISR')]),
    ('Jepang mengecam Korea Utara yang menembakkan rudal ke wilayah perairannya.',
     [('PRK', '194', 'JPN')]),
    ('Korea Selatan mengecam Korea Utara yang menembakkan rudal ke perairannya.',
     [('PRK', '194', 'KOR')]),
    ('Ukraina mengecam Rusia yang melancarkan serangan udara ke wilayahnya.',
     [('RUS', '195', 'UKR')]),
    # a judgement's object coordinated with a noun of another actor's act: both are judged
    ('Iran mengecam Amerika Serikat dan sikap Israel.',
     [('IRN', '111', 'USA'), ('IRN', '111', 'ISR')]),
    ('Pemerintah Iran menyalahkan Amerika Serikat dan ketidakmampuan Pakistan menjaga perbatasan.',
     [('IRNGOV', '112', 'USA'), ('IRNGOV', '112', 'PAK')]),
    ('Presiden Joko Widodo mengkritik pemerintah Malaysia dan kebijakan pemerintah Singapura.',
     [('IDNGOV', '111', 'MYSGOV'), ('IDNGOV', '111', 'SGPGOV')]),
    ('Presiden Turki mengecam Israel dan dukungan Amerika Serikat.',
     [('TURGOV', '111', 'ISR'), ('TURGOV', '111', 'USA')]),
    ('Indonesia Corruption Watch mengkritik DPR dan kelambanan pemerintah.',
     [('IDNNGO', '111', 'IDNLEG'), ('IDNNGO', '111', 'IDNGOV')]),
    # a nominal act after a light verb of reply with a clitic is aimed at the doer of the act replied to
    ('Hamas menembakkan roket ke Israel. Israel membalasnya dengan serangan udara.',
     [('ISR', '195', 'PSEOPP')]),
    ('Hamas menembakkan roket ke Israel pada Selasa. Israel menanggapinya dengan serangan udara ke Gaza.',
     [('ISR', '195', 'PSE')]),
    ('Perundingan itu gagal setelah serangan roket dari Gaza ke Israel, dan Israel membalasnya dengan serangan udara.',
     [('ISR', '195', 'PSE')]),
    ('Rusia menyerang kota Kharkiv pada Minggu. Ukraina membalasnya dengan serangan udara.',
     [('UKR', '195', 'RUS')]),
]

NOT_CODED = [
    # R1 judged object right after the verb, marked party after an act of its own
    ('Presiden Joko Widodo menyesalkan polisi atas kekerasan terhadap warga.',
     ('IDNGOV', '111', 'IDNCVL')),
    ('Presiden Amerika Serikat mengkritik pemerintah China karena tindakan kerasnya terhadap warga Uighur.',
     ('USAGOV', '111', 'CHNCVL')),
    # R2 where the act comes from: "dari X" before the marked target
    ('Roket ditembakkan dari Gaza ke Israel pada Selasa malam.',
     ('ISR', '194', 'ISR')),
    # R4 "Menurut X, ...": the speaker is no subject of the clause
    ('Menurut Kapolri, para pelaku menyerang polisi di Poso.',
     ('IDNCOP', '190', 'IDNCOP')),
    # R5 the actor of an operation after a passive verb
    ('Dua warga ditangkap dalam operasi di rumah Gubernur Jawa Timur.',
     ('IDNGOV', '173', 'IDNCVL')),
    # R6 a clash named by a noun is mutual
    ('Polisi bentrok dengan warga di Makassar.',
     ('IDNCVL', '190', 'IDNCOP')),
    ('Komnas HAM mengkritik tindakan represif polisi terhadap mahasiswa.',
     ('IDNNGO', '111', 'IDNEDU')),
    # more: clashes named by a noun
    ('Warga terlibat bentrokan dengan polisi di Makassar.',
     ('IDNCOP', '190', 'IDNCVL')),
    # guards: appositions and relative clauses between a subject and its verb
    ('Menteri Luar Negeri Retno Marsudi, yang didampingi Duta Besar Indonesia untuk Australia, mengkritik pemerintah Australia.',
     ('IDNGOV', '111', 'IDNGOV')),
    # guards: nominal events whose parties stand around the noun
    ('Pertemuan Presiden Joko Widodo dengan Perdana Menteri Malaysia berlangsung di Bogor.',
     ('MYSGOV', '040', 'IDNGOV')),
    # the speaker of a statement: the subject of the verb of saying before it
    ('Presiden Joko Widodo tiba di Kuala Lumpur ketika pemerintah Malaysia gagal menepati janjinya.',
     ('IDNGOV', '111', 'MYSGOV')),
    ('Presiden Joko Widodo bertemu Duta Besar Amerika Serikat, yang harus kembali ke Washington.',
     ('IDNGOV', '100', 'USA')),
    # guards and rules: pronouns across sentences (a group pronoun stands for the whole coordination; a pronoun whose clause's subject is a pronoun resolved before it stands for the same actor)
    ('Presiden Joko Widodo dan Perdana Menteri Malaysia bertemu di Bogor. Mereka tidak mengecam Iran.',
     ('USA', '111', 'IRN')),
    # a name in apposition to a role is the role's holder when the article calls him by it again
    ('Menteri Tenaga Kerja Indonesia, Wiratno Sasmito, tiba di Kuala Lumpur pada Senin. Sasmito mengkritik pemerintah Malaysia atas perlakuan terhadap pekerja migran.',
     ('IDN', '111', 'MYSGOV')),
    # two actors joined by "bersama" before their verb both act
    ('Presiden Joko Widodo menggelar rapat bersama DPR di Istana.',
     ('IDNGOV', '040', 'IDNGOV')),
    # an act aimed at a place named by "wilayahnya": the owner before it, as the bare country
    ('Rusia menarik pasukannya kembali ke wilayahnya.',
     ('RUS', '190', 'RUS')),
    ('Presiden Joko Widodo berkunjung ke wilayahnya.',
     ('IDN', '042', 'IDN')),
    # a judgement's object coordinated with a noun of another actor's act: both are judged
    ('Iran mengecam Amerika Serikat dan menyerukan PBB bertindak.',
     ('IRN', '111', 'IGOUNO')),
    ('Iran mengecam Amerika Serikat dan serangan terhadap warga Irak.',
     ('IRN', '111', 'IRQCVL')),
    ('Iran mengecam Amerika Serikat dan pada saat yang sama memuji Rusia.',
     ('IRN', '111', 'RUS')),
    # a nominal act after a light verb of reply with a clitic is aimed at the doer of the act replied to
    ('Israel menyerang Gaza pada Minggu. Militer Israel kemudian membalasnya dengan serangan udara.',
     ('ISR', '195', 'ISR')),
]

NOTHING = [
    # R4 "Menurut X, ...": the speaker is no subject of the clause
    'Menurut Menteri Hukum, sejumlah pihak mengkritik Mahkamah Konstitusi.',
    'Menurut Presiden Amerika Serikat, orang itu ditangkap di Irak.',
    'Menurut Menteri Luar Negeri, beberapa negara mengecam Israel.',
    # R5 the actor of an operation after a passive verb
    'Tiga warga ditangkap dalam perjalanan ke Jakarta.',
    'Bupati itu ditangkap dalam kasus suap proyek jalan.',
    # more: where the act comes from, and what does not come from anywhere
    'Roket ditembakkan ke arah pantai pada Selasa malam.',
    'Penerbangan dari Jakarta ke Tokyo dibatalkan karena cuaca buruk.',
    # more: operations after a passive verb
    'Seorang warga ditangkap dalam keadaan mabuk di Medan.',
    'Dua orang ditahan dalam operasi pada Selasa malam.',
    # more: origins behind a place noun
    'Dua warga dievakuasi dari rumah Gubernur Jawa Timur ke rumah sakit.',
    # a marked target that another verb takes: no origin
    'Bantuan tunai dari pemerintah daerah disalurkan kepada warga di Bogor.',
    # the speaker of a statement: the subject of the verb of saying before it
    'Presiden Joko Widodo tidak mengatakan bahwa pemerintah Malaysia gagal.',
    'Presiden Joko Widodo mengatakan, pemerintah harus bekerja lebih keras.',
    'Presiden Joko Widodo mengatakan hal itu setelah pemerintah Malaysia gagal menepati janjinya.',
    'Pemerintah Malaysia gagal menepati janjinya.',
    # an act aimed at a place named by "wilayahnya": the owner before it, as the bare country
    'Pasukan Rusia kembali ke wilayahnya.',
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
