"""A battery for evaluative statements (CAMEO 111 and 051, issue #18, session 17, judge18;
events.judged.txt, classes.txt [bad_verdict] [good_verdict], coding/allege.py):

- a verdict after a copula or "sebagai" ("X menilai pernyataan Y sebagai ancaman",
  "Menurut X, langkah Y merupakan blunder", "tindakan Y adalah bentuk pelecehan, kata X"):
  the actor, or the owner of the act of conduct, before the copula is judged (111);
- the good side (051): "X menilai langkah Y sudah tepat", "keputusan Y itu wajar, kata X",
  "Menurut X, Y sangat berani", "X menyebut keputusan Y sebagai terobosan";
- the verdict before the act judged: "X menilai positif langkah Y", "X memandang negatif
  sikap Y", "X menilai wajar keputusan Y";
- an act named by what its doer did: "X menilai apa yang dilakukan Y keliru", "keputusan
  yang diambil Y sudah tepat";
- what an actor is said to stir ("X menilai Y membuat kegaduhan"), a diversion of funds
  exposed ("X mengungkap dugaan penyelewengan dana oleh Y"), a loss to the state
  ("X mengatakan Y merugikan keuangan negara"), a wrong said to involve an actor ("kasus
  korupsi yang melibatkan Y"): 111 / 112;
- an act told in full before a copula ("langkah Y menaikkan harga BBM merupakan
  blunder"), the verdict as a kind of act ("sebagai langkah yang keliru"), names of praise
  ("sebagai negarawan"), insults and spellings of "kritik" ("mencerca", "mengritik");
- no event: a verdict on a thing with no actor ("narkoba merupakan ancaman", "harga beras
  itu wajar", "pertumbuhan ekonomi Indonesia positif"), a noun of a verdict with no
  copula ("ancaman Korea Utara meningkat"), one who suffers it ("Y adalah korban
  pelanggaran"), a good word of time or place ("tiba tepat pukul 10"), a negated verdict.

CODED: every event listed is coded; NOT_CODED: the event named is not. Every sentence here
was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # a verdict after a copula or "sebagai"
    ('Peneliti LBH Jakarta menilai pernyataan Kapolri itu sebagai sebuah ancaman.', [('IDNNGO', '111', 'IDNCOP')]),
    ('Menurut Ketua Komisi III DPR, langkah Kapolri merupakan blunder.', [('IDNLEG', '111', 'IDNCOP')]),
    ('Ketua Komisi III DPR mengatakan tindakan Menteri Hukum itu merupakan kriminal murni.',
     [('IDNLEG', '111', 'IDNGOV')]),
    ('Tindakan Gubernur itu adalah bentuk pelecehan, kata Ketua DPRD.', [('IDNLEG', '111', 'IDNGOV')]),
    # the good side
    ('Ketua MPR menilai langkah Presiden itu tepat.', [('IDNLEG', '051', 'IDNGOV')]),
    ('Ketua MPR menilai langkah Presiden sudah tepat.', [('IDNLEG', '051', 'IDNGOV')]),
    ('Keputusan Presiden itu wajar, kata Ketua MPR.', [('IDNLEG', '051', 'IDNGOV')]),
    ('Menurut Ketua MPR, Presiden sangat berani.', [('IDNLEG', '051', 'IDNGOV')]),
    ('Ketua MPR menyebut keputusan Gubernur DKI sebagai sebuah terobosan.', [('IDNLEG', '051', 'IDNGOV')]),
    # the verdict before the act judged
    ('Ketua Komisi III DPR menilai positif langkah Kapolri.', [('IDNLEG', '051', 'IDNCOP')]),
    ('Wakil Ketua DPR menilai wajar keputusan Presiden mencopot Kapolri.', [('IDNLEG', '051', 'IDNGOV')]),
    ('Ketua Komisi III DPR memandang negatif sikap Kapolri.', [('IDNLEG', '111', 'IDNCOP')]),
    # an act named by what its doer did
    ('Ketua DPR menilai apa yang dilakukan Menteri BUMN itu keliru.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua DPR menilai tindakan yang dilakukan Menteri BUMN itu keliru.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua DPR menilai keputusan yang diambil Menteri BUMN sudah tepat.', [('IDNLEG', '051', 'IDNGOV')]),
    ('Ketua DPR menilai apa yang dilakukan Menteri BUMN sudah membuat kegaduhan politik.',
     [('IDNLEG', '111', 'IDNGOV')]),
    # stirring, diverting funds, a loss to the state
    ('Ketua DPR menilai Menteri BUMN membuat kegaduhan.', [('IDNLEG', '111', 'IDNGOV')]),
    ('ICW mengungkap dugaan penyelewengan dana oleh Bupati Bogor.', [('IDNNGO', '112', 'IDNGOV')]),
    ('ICW membeberkan dugaan penyelewengan anggaran yang dilakukan Bupati Bogor.', [('IDNNGO', '112', 'IDNGOV')]),
    ('Jaksa mengatakan Bupati Bogor telah merugikan keuangan negara.', [('IDNJUD', '112', 'IDNGOV')]),
    # an act told in full before a copula: its doer is judged
    ('Langkah pemerintah menaikkan harga BBM merupakan blunder, kata Ketua DPR.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua DPR menilai keputusan Presiden mencopot Kapolri merupakan langkah tepat.',
     [('IDNLEG', '051', 'IDNGOV')]),
    ('Menurut Ketua DPR, kebijakan Gubernur DKI menggusur warga adalah pelanggaran hukum.',
     [('IDNLEG', '111', 'IDNGOV')]),
    ('Pengamat menilai, keinginan Ketua Umum Partai Golkar untuk maju kembali merupakan pemaksaan kehendak.',
     [('IDNEDU', '111', None)]),
    # the verdict as a kind of act
    ('Ketua DPR menilai keputusan Presiden sebagai langkah yang keliru.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua DPR menyebut keputusan Presiden sebagai langkah yang sangat berani.', [('IDNLEG', '051', 'IDNGOV')]),
    ('Ketua DPR menilai sikap Gubernur itu merupakan langkah bijak.', [('IDNLEG', '051', 'IDNGOV')]),
    ('Ketua DPR menilai sikap Gubernur itu merupakan langkah yang tidak tepat.', [('IDNLEG', '111', 'IDNGOV')]),
    # a name of praise after a copula or "sebagai"
    ('Ketua DPR menyebut Presiden sebagai negarawan.', [('IDNLEG', '051', 'IDNGOV')]),
    ('Presiden adalah teladan bagi generasi muda, kata Ketua DPR.', [('IDNLEG', '051', 'IDNGOV')]),
    # propriety denied, double-dealing, doubted qualities
    ('Tindakan Bupati itu tidak sopan, kata Ketua DPRD.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua DPR menilai sikap Kapolri tidak wajar.', [('IDNLEG', '111', 'IDNCOP')]),
    ('Ketua DPR menilai Partai Demokrat main dua kaki.', [('IDNLEG', '111', 'IDNOPP')]),
    ('Independensi KPU dipertanyakan oleh Bawaslu.', [('IDNGOV', '111', 'IDNGOV')]),
    # a wrong said to involve an actor, as a speaker exposes it
    ('ICW mengungkap kasus korupsi yang melibatkan Bupati Bogor.', [('IDNNGO', '112', 'IDNGOV')]),
    ('Menurut ICW, ada dugaan suap yang menyeret Bupati Bogor.', [('IDNNGO', '112', 'IDNGOV')]),
    ('Ketua DPR menyampaikan selamat kepada Gubernur DKI.', [('IDNLEG', '051', 'IDNGOV')]),
    ('Ketua DPR menilai sikap Menteri Pertanian itu konyol.', [('IDNLEG', '111', 'IDNGOV')]),
    # spellings of "kritik", insults
    ('Ketua DPR mengritik Menteri Pertanian.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua DPR mengeritik Menteri Pertanian.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua DPR mencerca Menteri Pertanian.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua DPR memaki Menteri Pertanian.', [('IDNLEG', '111', 'IDNGOV')]),
    # money taken for a favour, as a speaker exposes them
    ('Ketua KPK menyebut Bupati Bogor menerima fee proyek.', [('IDNJUD', '112', 'IDNGOV')]),
    ('Jaksa mengatakan Bupati Bogor meminta setoran dari kontraktor.', [('IDNJUD', '112', 'IDNGOV')]),
]

NOT_CODED = [
    # a verdict on a thing with no actor
    ('Ketua DPR mengatakan narkoba merupakan ancaman bagi bangsa.', ('IDNLEG', '111', 'IDN')),
    ('Ketua MPR mengatakan harga beras itu wajar.', ('IDNLEG', '051', 'IDN')),
    ('Menteri Keuangan mengatakan pertumbuhan ekonomi Indonesia positif.', ('IDNGOV', '051', 'IDN')),
    ('Ketua Komisi III DPR menilai positif pertumbuhan ekonomi Indonesia.', ('IDNLEG', '051', 'IDN')),
    # a noun of a verdict with no copula is only named
    ('Menlu Jepang mengatakan ancaman Korea Utara meningkat.', ('JPNGOV', '111', 'PRK')),
    # the one who suffers it, or one described, is not judged
    ('Ketua DPR mengatakan Indonesia adalah korban pelanggaran itu.', ('IDNLEG', '111', 'IDN')),
    ('Kapolri mengatakan pelaku penembakan adalah kelompok kriminal bersenjata.', ('IDNCOP', '111', 'IDN')),
    # a good word of time
    ('Presiden tiba tepat pukul 10 pagi, kata juru bicara istana.', ('IDNGOV', '051', 'IDNGOV')),
    # negated: the good verdict denied is no praise
    ('Ketua Komisi III DPR menilai Kapolri tidak tepat.', ('IDNLEG', '051', 'IDNCOP')),
    ('Ketua MPR menilai langkah Presiden itu tidak wajar.', ('IDNLEG', '051', 'IDNGOV')),
    # an act with no actor's name before the copula, or the actor after it
    ('Ketua DPR mengatakan rencana pembangunan gedung baru merupakan langkah tepat.', ('IDNLEG', '051', 'IDNGOV')),
    ('Ketua DPR menilai harga beras tidak wajar.', ('IDNLEG', '111', 'IDN')),
    ('Ketua DPR menilai kenaikan harga itu sebagai langkah yang keliru.', ('IDNLEG', '111', 'IDN')),
    # the investigation of a wrong is no accusation; what involves an actor that is no wrong
    ('KPK menyelidiki kasus korupsi yang melibatkan Bupati Bogor.', ('IDNJUD', '112', 'IDNGOV')),
    ('Ketua DPR mengatakan konflik yang melibatkan Israel harus dihentikan.', ('IDNLEG', '112', 'ISR')),
    # a name of praise with no copula; money received as aid
    ('Ketua DPR mengatakan pahlawan itu lahir di Bandung.', ('IDNLEG', '051', 'IDN')),
    ('Warga menerima uang bantuan dari Bupati Bogor, kata Kepala Desa.', ('IDNGOV', '112', 'IDNCVL')),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_verdicts_are_coded(coder, text, expected):
    got = events(coder, text)
    # a target of None: any actor judged (the party's code depends on the date's coalition)
    missing = [t for t in expected if t not in got and not (t[2] is None and any(g[:2] == t[:2] for g in got))]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_no_verdict_is_coded(coder, text, wrong):
    assert wrong not in events(coder, text)
