"""A battery for a speaker's negative judgement of an actor (CAMEO 111; issue #18): a
verb of judging with the one judged as its object and the judgement after it ("X menilai
Y gagal ...", with a clitic object "X menilainya tak mampu", with a long phrase), "X
menggambarkan Y sebagai diktator", the passive ("Y dikritik/dikecam/dipertanyakan oleh
X", "Y dinilai gagal oleh X"), a judgement quoted or reported with its speaker ("Y lamban
..., kata X", "Menurut X, Y ..."), a noun of Y's failing with a speaker ("Ketidakmampuan
Y ..., ujar X"), harming Y's good name ("X menilai Y merusak citra ..."). The words are
the word classes of ``lang/id/classes.txt`` (``%negative_judgement``, ``%failing_noun``,
``%bad_name``); the lines ``lang/id/events.judged.txt`` and the judging lines of
``events.codebook.txt``; the speaker and the one judged are found as for accusations
(``coding/allege.py``).

The near-misses code no 11x event: a judgement of a thing with no actor, no named
speaker (the narrator's "pemerintah gagal ..."), the speaker's own government, negated,
denied, hypothetical, asked, asked for, hoped, praise, and a failing that is no one's.
Every sentence here was written for these tests; none comes from a gold or silver file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # verb of judging + object + judgement
    ('Pengamat politik Universitas Indonesia menilai Presiden Joko Widodo gagal mengendalikan harga minyak goreng.',
     ('IDNEDU', '111', 'IDNGOV')),
    ('Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono menilai pemerintah lamban menangani banjir di Kalimantan Selatan.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Koordinator KontraS Fatia Maulidiyanti menilai polisi bertindak represif terhadap mahasiswa.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('Indonesia Corruption Watch menilai KPK tidak lagi independen setelah revisi undang-undang.',
     ('IDNNGO', '111', 'IDNJUD')),
    ('Menteri Luar Negeri Retno Marsudi menilai junta militer Myanmar tidak serius melaksanakan konsensus ASEAN.',
     ('IDNGOV', '111', 'MMRGOV')),
    ('Presiden AS Joe Biden menganggap Presiden Rusia Vladimir Putin keliru menilai kekuatan NATO.',
     ('USAGOV', '111', 'RUSGOV')),
    ('Ketua DPR Puan Maharani menganggap pemerintah kurang tegas menghadapi mafia tanah.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Amnesty International memandang pemerintah Myanmar sewenang-wenang terhadap etnis Rohingya.',
     ('NGOHRIAMN', '111', 'MMRGOV')),
    ('Fraksi PKS di DPR menilai Menteri Keuangan Sri Mulyani ceroboh mengelola utang negara.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Human Rights Watch menilai pemerintah Arab Saudi otoriter dalam membungkam para pengkritiknya.',
     ('NGOHRIHRW', '111', 'SAUGOV')),
    ('Wakil Ketua DPR Fadli Zon menilai Menteri Luar Negeri Retno Marsudi lemah menghadapi klaim China di Natuna.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Partai oposisi Malaysia menilai Perdana Menteri Malaysia Muhyiddin Yassin tidak mampu mengatasi pandemi.',
     ('MYSOPP', '111', 'MYSGOV')),
    ('Komnas HAM menilai aparat kepolisian terlalu berlebihan menangani unjuk rasa buruh.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('Anggota Komisi III DPR menilai Jaksa Agung tidak transparan dalam mengusut kasus asuransi.',
     ('IDNLEG', '111', 'IDNJUD')),
    ('Ombudsman menilai Kementerian Kesehatan abai terhadap keluhan tenaga kesehatan.',
     ('IDNGOV', '111', 'IDNGOV')),
    ('Pemerintah China menilai Amerika Serikat arogan dalam urusan Laut China Selatan.',
     ('CHNGOV', '111', 'USA')),
    ('Presiden Prancis Emmanuel Macron menilai pemerintah Inggris tidak bertanggung jawab dalam urusan nelayan.',
     ('FRAGOV', '111', 'GBRGOV')),
    ('Menteri Luar Negeri Iran menyebut Amerika Serikat munafik soal hak asasi manusia.',
     ('IRNGOV', '111', 'USA')),
    ('Serikat buruh menilai Menteri Ketenagakerjaan Ida Fauziyah tidak peka terhadap nasib pekerja.',
     ('IDNLAB', '111', 'IDNGOV')),
    ('Ketua YLBHI menilai Mahkamah Konstitusi tebang pilih dalam memutus perkara.',
     ('IDNNGO', '111', 'IDNJUD')),
    ('Direktur Eksekutif Amnesty International Indonesia Usman Hamid menilai polisi tidak profesional menangani kasus penembakan itu.',
     ('NGOHRIAMN', '111', 'IDNCOP')),
    ('Perdana Menteri Malaysia menganggap pemerintah Singapura terlalu kaku dalam perundingan air.',
     ('MYSGOV', '111', 'SGPGOV')),
    # clitic object
    ('Presiden Joko Widodo kerap dikritik, dan Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono menilainya tidak tegas.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Soal Menteri Kesehatan Terawan Agus Putranto, anggota DPR Ribka Tjiptaning menganggapnya gagal total.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Tentang Gubernur DKI Jakarta Anies Baswedan, Ketua DPRD DKI Prasetyo Edi Marsudi menilainya lamban.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Mengenai Presiden Rusia Vladimir Putin, Presiden Ukraina Volodymyr Zelensky menyebutnya pembohong.',
     ('UKRGOV', '111', 'RUSGOV')),
    # sebagai + negative name
    ('Presiden AS Joe Biden menggambarkan Presiden Rusia Vladimir Putin sebagai diktator.',
     ('USAGOV', '111', 'RUSGOV')),
    ('Menteri Luar Negeri Amerika Serikat menggambarkan pemerintah Korea Utara sebagai rezim otoriter.',
     ('USAGOV', '111', 'PRKGOV')),
    ('Partai Keadilan Sejahtera menyebut pemerintah sebagai pemerintahan yang gagal.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Media pemerintah China mencap Presiden Taiwan Tsai Ing-wen sebagai pengkhianat.',
     ('CHNMED', '111', 'TWNGOV')),
    ('Pemerintah Iran menjuluki Amerika Serikat sebagai biang kerok kekacauan di Timur Tengah.',
     ('IRNGOV', '111', 'USA')),
    ('Presiden Filipina Rodrigo Duterte menyebut Uni Eropa sebagai lembaga yang munafik.',
     ('PHLGOV', '111', 'IGOEUREEC')),
    ('Pemimpin Korea Utara Kim Jong-un disebut sebagai diktator oleh Presiden AS Joe Biden.',
     ('USAGOV', '111', 'PRKMIL')),
    # passive criticism
    ('Menteri Luar Negeri Retno Marsudi dikritik anggota DPR karena lamban memulangkan warga negara Indonesia.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Kebijakan Presiden Joko Widodo soal ekspor benih lobster dikritik oleh Indonesia Corruption Watch.',
     ('IDNNGO', '111', 'IDNGOV')),
    ('Pemerintah Myanmar dikecam oleh PBB atas kekerasan terhadap warga Rohingya.',
     ('IGOUNO', '111', 'MMRGOV')),
    ('Netralitas KPU disangsikan oleh Bawaslu.',
     ('IDNGOV', '111', 'IDNGOV')),
    ('Independensi KPK dipertanyakan oleh Indonesia Corruption Watch.',
     ('IDNNGO', '111', 'IDNJUD')),
    ('Kapolri Listyo Sigit Prabowo disorot oleh Komnas HAM setelah kasus penembakan di jalan tol.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('Pemerintah dinilai gagal oleh Partai Demokrat dalam menangani pandemi.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Presiden Brasil Jair Bolsonaro dikecam Presiden Prancis Emmanuel Macron soal kebakaran hutan Amazon.',
     ('FRAGOV', '111', 'BRAGOV')),
    ('KPU dinilai Bawaslu tidak cermat memverifikasi data pemilih.',
     ('IDNGOV', '111', 'IDNGOV')),
    # a quoted or reported judgement
    ('Pemerintah Malaysia gagal melindungi pekerja migran Indonesia, kata Ketua DPR Puan Maharani.',
     ('IDNLEG', '111', 'MYSGOV')),
    ('Polisi lamban mengusut kasus penyiraman itu, kata Koordinator KontraS Fatia Maulidiyanti.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('"KPK tidak independen lagi," ujar peneliti Indonesia Corruption Watch Kurnia Ramadhana.',
     ('IDNNGO', '111', 'IDNJUD')),
    ('"Pemerintah Australia terlalu reaktif," kata Menteri Luar Negeri China Wang Yi.',
     ('CHNGOV', '111', 'AUSGOV')),
    ('Menurut Ketua DPR Puan Maharani, pemerintah Malaysia terlalu lamban menangani kasus itu.',
     ('IDNLEG', '111', 'MYSGOV')),
    ('Menurut Amnesty International, pemerintah Myanmar bertindak brutal terhadap para demonstran.',
     ('NGOHRIAMN', '111', 'MMRGOV')),
    ('Menurut Partai Demokrat, Presiden Joko Widodo tidak konsisten dalam kebijakan impor beras.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Ketua Komnas HAM mengatakan polisi bertindak sewenang-wenang terhadap mahasiswa.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('Menteri Luar Negeri China Wang Yi mengatakan Amerika Serikat bersikap arogan di Laut China Selatan.',
     ('CHNGOV', '111', 'USA')),
    ('Majelis Ulama Indonesia menegaskan Menteri Agama tidak adil kepada pesantren.',
     ('IDNREL', '111', 'IDNGOV')),
    ('Juru bicara Kremlin menyatakan NATO bertindak provokatif di dekat perbatasan Rusia.',
     ('RUSGOV', '111', 'IGOWSTNAT')),
    ('Pemerintah Inggris tidak becus mengurus imigran, ujar Presiden Prancis Emmanuel Macron.',
     ('FRAGOV', '111', 'GBRGOV')),
    ('Bawaslu terlalu lunak terhadap pelanggaran kampanye, kata Ketua KPU.',
     ('IDNGOV', '111', 'IDNGOV')),
    ('Menurut Presiden Turki Recep Tayyip Erdogan, Uni Eropa bermuka dua dalam urusan pengungsi.',
     ('TURGOV', '111', 'IGOEUREEC')),
    ('Presiden Venezuela Nicolas Maduro berpendapat Amerika Serikat licik dalam urusan minyak.',
     ('VENGOV', '111', 'USA')),
    # a noun of a failing with its speaker
    ('Ketidakmampuan polisi mengungkap kasus itu sangat memalukan, ujar Koordinator KontraS Fatia Maulidiyanti.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('Kelambanan pemerintah menangani banjir membuat warga menderita, kata Ketua DPR Puan Maharani.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Menurut Indonesia Corruption Watch, kegagalan KPK menangkap buronan itu memalukan.',
     ('IDNNGO', '111', 'IDNJUD')),
    ('Ini bukti ketidakseriusan pemerintah Malaysia melindungi pekerja kita, kata Menteri Ketenagakerjaan Ida Fauziyah.',
     ('IDNGOV', '111', 'MYSGOV')),
    ('Kearoganan Amerika Serikat merusak hubungan kedua negara, ujar Menteri Luar Negeri China Wang Yi.',
     ('CHNGOV', '111', 'USA')),
    ('Koordinator KontraS menyoroti kelalaian polisi dalam tragedi stadion itu.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('Amnesty International mengecam kesewenang-wenangan junta militer Myanmar terhadap warga sipil.',
     ('NGOHRIAMN', '111', 'MMRGOV')),
    ('Ketua Komnas HAM menilai ketidakpedulian pemerintah terhadap korban pelanggaran HAM sangat nyata.',
     ('IDNNGO', '111', 'IDNGOV')),
    ('Anggota DPR Fadli Zon mempertanyakan ketidaktegasan Menteri Luar Negeri Retno Marsudi soal Natuna.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Kelambanan Presiden AS Donald Trump soal pandemi merugikan rakyat, kata Ketua DPR AS Nancy Pelosi.',
     ('USALEG', '111', 'USAGOV')),
    # doubting an actor's will or ability
    ('Ketua DPR Puan Maharani mempertanyakan komitmen pemerintah Malaysia melindungi pekerja migran.',
     ('IDNLEG', '111', 'MYSGOV')),
    ('Indonesia Corruption Watch menyangsikan independensi KPK setelah revisi undang-undang.',
     ('IDNNGO', '111', 'IDNJUD')),
    ('Menteri Luar Negeri Retno Marsudi mempertanyakan keseriusan junta militer Myanmar.',
     ('IDNGOV', '111', 'MMRGOV')),
    # harming a good name
    ('Ketua Umum Partai Demokrat menilai Menteri Perdagangan merusak citra pemerintah.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Presiden Joko Widodo mencoreng nama baik bangsa, kata Ketua Umum Partai Demokrat.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Menurut Kementerian Luar Negeri China, Amerika Serikat merusak reputasi China di dunia internasional.',
     ('CHNGOV', '111', 'USA')),
    ('Ketua Komisi III DPR menilai jaksa itu telah mencoreng wibawa Kejaksaan Agung.',
     ('IDNLEG', '111', 'IDNJUD')),
    # more: long actor phrases, degree, excess, negated qualities
    ('Ketua Umum Partai Demokrat menilai kinerja Kementerian Kesehatan lamban dalam vaksinasi.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Wakil Ketua MPR Hidayat Nur Wahid menilai pemerintah Indonesia kurang peduli terhadap nasib warga Palestina.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Presiden Turki Recep Tayyip Erdogan menilai Dewan Keamanan PBB tidak adil terhadap negara-negara Muslim.',
     ('TURGOV', '111', 'IGOUNO')),
    ('Menteri Luar Negeri Rusia Sergei Lavrov menyebut pemerintah Jerman tidak kompeten.',
     ('RUSGOV', '111', 'DEUGOV')),
    ('Kepala Staf Kepresidenan Moeldoko menilai Partai Demokrat terlalu reaktif.',
     ('IDNGOV', '111', 'IDNOPP')),
    ('Perdana Menteri India Narendra Modi menilai pemerintah Pakistan tak sanggup memberantas terorisme.',
     ('INDGOV', '111', 'PAKGOV')),
    ('Pemerintah Filipina menilai China terlampau agresif di Laut China Selatan.',
     ('PHLGOV', '111', 'CHN')),
    ('Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono menganggap Presiden Joko Widodo salah urus ekonomi.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Menteri Luar Negeri Malaysia menilai Uni Eropa diskriminatif terhadap minyak sawit.',
     ('MYSGOV', '111', 'IGOEUREEC')),
    ('Gubernur Jawa Tengah Ganjar Pranowo menilai polisi kecolongan dalam kasus bom bunuh diri itu.',
     ('IDNGOV', '111', 'IDNCOP')),
    ('"Presiden Rusia Vladimir Putin sudah gagal," kata Presiden Prancis Emmanuel Macron.',
     ('FRAGOV', '111', 'RUSGOV')),
    ('Menurut Komnas HAM, aparat keamanan tidak profesional dalam menangani demonstrasi di Papua.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('Presiden Korea Selatan menyatakan Jepang tidak tulus meminta maaf.',
     ('KORGOV', '111', 'JPN')),
    ('Menteri Luar Negeri China Wang Yi mengatakan Amerika Serikat menerapkan standar ganda.',
     ('CHNGOV', '111', 'USA')),
    ('Ketidaktegasan pemerintah Malaysia membuat masalah perbatasan berlarut-larut, kata Ketua DPR Puan Maharani.',
     ('IDNLEG', '111', 'MYSGOV')),
    ('Kegagalan Uni Eropa mengatasi krisis pengungsi memalukan, ujar Presiden Turki Recep Tayyip Erdogan.',
     ('TURGOV', '111', 'IGOEUREEC')),
    # verbs of criticising and complaining with a judgement after the one judged
    ('Ketua DPR Puan Maharani merasa pemerintah Malaysia lamban menangani kasus itu.',
     ('IDNLEG', '111', 'MYSGOV')),
    ('Ketua Umum Partai Demokrat mengkritik pemerintah tidak tegas menghadapi mafia minyak goreng.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Serikat buruh mengeluhkan Kementerian Ketenagakerjaan tidak peduli pada pekerja kontrak.',
     ('IDNLAB', '111', 'IDNGOV')),
    ('Komnas HAM menyoroti polisi bertindak berlebihan terhadap mahasiswa.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('Kompetensi Jaksa Agung diragukan oleh Indonesia Corruption Watch.',
     ('IDNNGO', '111', 'IDNJUD')),
    ('Indonesia Corruption Watch meragukan integritas pimpinan KPK.',
     ('IDNNGO', '111', 'IDNJUD')),
    ('Menteri Luar Negeri AS menggambarkan Korea Utara sebagai pos terdepan tirani.',
     ('USAGOV', '111', 'PRK')),
    # a person named without a role (CONVENTIONS 4.2: of the country of the one judged)
    ('Saat Menteri Kesehatan Terawan menjabat, Sufyan sempat menilainya tidak becus.',
     ('IDN', '111', 'IDNGOV')),
    ('Ketika Gubernur DKI Jakarta Anies Baswedan berpidato, Herman langsung menganggapnya arogan.',
     ('IDN', '111', 'IDNGOV')),
    ('Polisi tidak tegas mengusut kasus itu, kata Sufyan.',
     ('IDN', '111', 'IDNCOP')),
    # a virtue lacking
    ('Ketua DPR Puan Maharani menilai Menteri Kesehatan tidak memiliki visi yang jelas.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Menurut Indonesia Corruption Watch, pimpinan KPK tak punya integritas.',
     ('IDNNGO', '111', 'IDNJUD')),
    # a failing stated as what something shows or comes from
    ('Ketua DPR Puan Maharani mengatakan banjir itu merupakan bukti kegagalan pemerintah daerah.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Banjir itu akibat kelalaian pemerintah daerah, kata Ketua DPR Puan Maharani.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Menurut Ketua DPR Puan Maharani, banjir itu menunjukkan kelalaian pemerintah daerah.',
     ('IDNLEG', '111', 'IDNGOV')),
    # more passives, and a passive verb of judging with the speaker named apart
    ('Pemerintah Myanmar dikecam PBB.',
     ('IGOUNO', '111', 'MMRGOV')),
    ('Menteri Luar Negeri Retno Marsudi disindir Wakil Ketua DPR Fadli Zon.',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Kebijakan Menteri Keuangan Sri Mulyani dicibir oleh Partai Demokrat.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Pemerintah Malaysia dianggap tidak becus oleh Ketua DPR Puan Maharani.',
     ('IDNLEG', '111', 'MYSGOV')),
    ('Pemerintah dinilai gagal, kata Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Menurut Indonesia Corruption Watch, KPK dianggap tidak independen lagi.',
     ('IDNNGO', '111', 'IDNJUD')),
    ('Ketua Komnas HAM mengatakan ada kelalaian polisi dalam tragedi itu.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('Indonesia Corruption Watch mengungkap kegagalan KPK menangkap buronan.',
     ('IDNNGO', '111', 'IDNJUD')),
    # a judgement of an actor's conduct or word named by a noun before it
    ('Presiden Rusia Vladimir Putin menyebut NATO arogan dan provokatif.',
     ('RUSGOV', '111', 'IGOWSTNAT')),
    ('Pemerintah China menyebut laporan Human Rights Watch bias dan penuh kebohongan.',
     ('CHNGOV', '111', 'NGOHRIHRW')),
    ('Kementerian Luar Negeri China menyebut pernyataan Menteri Luar Negeri AS keliru.',
     ('CHNGOV', '111', 'USAGOV')),
    ('Menurut KontraS, kematian aktivis itu akibat kelalaian aparat.',
     ('IDNNGO', '111', 'IDNCOP')),
    ('Ketua DPR Puan Maharani menilai respons Kementerian Kesehatan terlalu lambat.',
     ('IDNLEG', '111', 'IDNGOV')),
    # what a speaker calls an actor's doing: a show, a trick, an empty promise
    ('Program itu hanya pencitraan Presiden Joko Widodo menjelang pemilu, ujar Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Menurut Menteri Luar Negeri Ukraina, pernyataan itu propaganda pemerintah Rusia.',
     ('UKRGOV', '111', 'RUSGOV')),
    ('Janji palsu pemerintah Malaysia membuat pekerja migran menderita, kata Ketua DPR Puan Maharani.',
     ('IDNLEG', '111', 'MYSGOV')),
    ('Pembiaran polisi terhadap kelompok intoleran sangat berbahaya, kata Ketua Komnas HAM.',
     ('IDNNGO', '111', 'IDNCOP')),
]

NOTHING = [
    'Pemerintah Rusia menyebarkan propaganda di media sosial.',  # a wrong done, no one judges
    'Kegagalan panen membuat petani merugi, kata Menteri Pertanian.',
    # negated, hoped for, asked for, asked, denied (more)
    'Ketua Komnas HAM mengatakan polisi tidak ragu-ragu menindak pelaku.',
    'Menteri Luar Negeri Retno Marsudi mengatakan ASEAN tidak boleh lamban merespons krisis Myanmar.',
    'Ketua DPR Puan Maharani berharap pemerintah tidak lamban menyalurkan bantuan.',
    'Ketua KPK mengatakan KPK tidak pernah tebang pilih dalam menangani kasus.',
    'Menurut Ketua DPR Puan Maharani, jika pemerintah lamban, rakyat akan menderita.',
    'Presiden AS Joe Biden mengatakan Amerika Serikat tidak ingin bersikap arogan.',
    'Apakah pemerintah Malaysia lamban menangani kasus itu, tanya Ketua DPR Puan Maharani.',
    'Ketua DPR Puan Maharani membantah tudingan bahwa DPR lamban membahas RUU itu.',
    'Ketua DPR Puan Maharani mengatakan pemerintah Malaysia tidak salah dalam kasus itu.',
    'Ketua DPR Puan Maharani menilai pemerintah Malaysia cukup tegas menangani kasus itu.',
    # a thing of an actor's judged, not its conduct
    'Menurut Bank Dunia, pertumbuhan ekonomi Indonesia masih lemah tahun ini.',
    'Menurut Menteri Keuangan Sri Mulyani, ekonomi Malaysia lemah.',
    'Pertumbuhan ekonomi Indonesia lambat, kata Gubernur Bank Indonesia.',
    'Timnas Indonesia kebobolan dua gol, kata pelatih Shin Tae-yong.',
    'Tim SAR gagal menemukan korban, kata Kepala Basarnas.',
    'Pemerintah dinilai gagal menangani banjir.',  # an agentless passive (CONVENTIONS 1.4)
    'Ketua DPR Puan Maharani mengatakan pemerintah daerah menjadi contoh yang baik.',
    'Ketua DPR Puan Maharani mengatakan banjir itu merupakan bukti perubahan iklim.',
    'Komisi Pemilihan Umum tidak memiliki kewenangan menyelidiki kasus itu, kata Ketua Bawaslu.',
    'Polisi tidak memiliki cukup bukti, kata juru bicara Kejaksaan Agung.',
    'Zainiyev menilai Amerika Serikat tidak adil.',  # a name of no known country
    'Presiden Joko Widodo merasa gagal memenuhi janji kampanye.',
    'Cuaca buruk membuat penerbangan dari Jakarta dibatalkan, kata polisi.',
    'Harga beras terlalu mahal, kata Ketua DPR Puan Maharani.',
    'Peluncuran roket itu gagal, kata Kepala LAPAN.',
    'Pemerintah gagal mencapai target pertumbuhan ekonomi tahun lalu.',
    'Polisi gagal menangkap pelaku karena hujan deras.',
    'Ketua DPR Puan Maharani tidak menilai pemerintah gagal menangani pandemi.',
    'Pemerintah tidak gagal menangani pandemi, kata Ketua DPR Puan Maharani.',
    'Jika polisi lamban, kasus itu tidak akan terungkap, kata Ketua Komnas HAM.',
    'Apakah pemerintah gagal menangani pandemi?',
    'Ketua DPR Puan Maharani menilai pemerintah berhasil menangani pandemi.',
    'Menteri Luar Negeri Retno Marsudi menilai pemerintah Malaysia serius melindungi pekerja migran.',
    'Kami gagal memenuhi target itu, kata Menteri Keuangan Sri Mulyani.',
    'Menteri Keuangan Sri Mulyani mengakui pemerintah gagal mencapai target pajak.',
    'Partai Demokrat menilai kader Partai Demokrat sendiri lamban bekerja.',
    'Presiden Joko Widodo meminta para menteri tidak lamban bekerja.',
    'Presiden Joko Widodo mengingatkan menteri agar tidak ceroboh.',
    'KPK menangkap salah satu pejabat Kementerian Sosial, kata juru bicara KPK.',
    'Polisi mengatakan kondisi jalan tol terlalu licin karena hujan.',
    'Ketua DPR Puan Maharani menilai Presiden Joko Widodo tegas menghadapi klaim China.',
    'Ketua Komnas HAM mengatakan polisi sudah profesional menangani unjuk rasa itu.',
    'Menurut Bank Indonesia, pertumbuhan ekonomi masih lambat tahun ini.',
    'Indonesia Corruption Watch memuji KPK yang tidak pernah gagal menangkap koruptor.',
    'Pemerintah Malaysia tak mampu membendung banjir, kata Perdana Menteri Malaysia Muhyiddin Yassin.',
    'Presiden Joko Widodo mengaku kurang puas dengan kinerja menterinya.',
    'Kegagalan panen membuat harga cabai naik, kata Menteri Pertanian.',
    'Presiden AS Joe Biden menggambarkan Presiden Prancis Emmanuel Macron sebagai sahabat.',
    'Menteri Luar Negeri Retno Marsudi menilai Singapura mampu menjadi tuan rumah yang baik.',
    'Pengamat menilai pemerintah mungkin gagal mencapai target, kata Ketua DPR Puan Maharani.',
    'Polisi belum berhasil menemukan korban hilang, kata Kapolda Jawa Barat.',
    'Presiden Joko Widodo dipuji oleh Presiden Prancis Emmanuel Macron.',
    'Menteri Luar Negeri Retno Marsudi tidak menganggap Malaysia lamban menangani kasus itu.',
    'Kalau KPK tidak independen, korupsi akan merajalela, kata Ketua DPR Puan Maharani.',
    'Pemerintah Malaysia belum tentu gagal melindungi pekerja migran, kata Ketua DPR Puan Maharani.',
    'Ketua DPR Puan Maharani membantah pemerintah lamban menangani banjir.',
    'Kelambanan birokrasi membuat investor mengeluh, kata Menteri Investasi Bahlil Lahadalia.',
    'Ketua DPR Puan Maharani menilai kunjungan Presiden Joko Widodo ke China sangat sukses.',
    'Presiden Joko Widodo meminta polisi tidak bertindak represif terhadap demonstran.',
    'Menteri Luar Negeri Retno Marsudi berharap Myanmar tidak gagal menjalankan konsensus ASEAN.',
    'Pemerintah Malaysia dinilai berhasil oleh Ketua DPR Puan Maharani.',
    'Kegagalan teknis membuat pesawat itu kembali ke Jakarta, kata juru bicara Garuda Indonesia.',
    'Polisi mengatakan pelaku gagal melarikan diri.',
]



@pytest.mark.parametrize("text, expected", CODED)
def test_a_speaker_judges_an_actor(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


@pytest.mark.parametrize("text", NOTHING)
def test_near_misses_judge_no_one(coder, text):
    got = events(coder, text)
    assert not [e for e in got if e[1].startswith("11")], got


def test_the_battery_is_large_enough():
    assert len(CODED) + len(NOTHING) >= 100 and len(NOTHING) >= 30



def test_the_indonesian_classes_compile_and_match_their_words():
    from peristiwa.coding.patterns import PatternSet, read_classes

    ps = PatternSet("id")
    assert not ps.errors
    classes = read_classes(ps.data.path / "classes.txt", [])
    words = {a.lstrip("=") for name in ("failing_quality", "failing_noun", "good_quality")
             for member in classes[name] for w in member for a in w.split("|") if not w.startswith("%")}
    assert len(words) >= 300  # several hundred words of judgement, reviewed in one file
    judged = [p for p in ps.patterns if p.file == "events.judged.txt"]
    assert judged and all("allegation" in p.flags and p.code == "111" for p in judged)
    # a class word matches as written only: "gagal" but not "digagalkan"
    first = next(p for p in judged if p.text.startswith("%negative_judgement"))
    word = first.words[0]
    assert "gagal" in word.exact and "digagalkan" not in word.exact and not word.stems
