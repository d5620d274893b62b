"""A battery for side attachment (session 23, branch attach23): sides lost after a coded
match of the right root, each block one rule:

- the speaker named with a reporting word ("..., kata X") is the subject of a clause a
  clause word opens after it ("kata X usai melakukan rapat dengan Y"), also when that
  clause word may itself be read as a bare verb ("usai": finished): it is no verb of the
  speaker's own that would close the speaker's clause (reading.py ``_speaker_subject``).
- "one of" before the speaker's phrase ("kata salah seorang demonstran", "menurut salah
  satu pejabat ...", grammar ``speaker_one_of``) still names the speaker, whom a
  first-person pronoun of the quote stands for.
- a person named without a role right after a nominal trigger that found no actor ("kritik
  Waryono terhadap KPK": its genitive) or right after the passive light verb its phrase
  is the subject of ("permintaan itu diajukan Waryono kepada ...") is its actor, a person
  of the sentence's country when the target is of it too (names.py ``named_owner``, as
  ``_named_subject`` does for an active verb). Not the genitive of a noun whose genitive
  is the one acted on ("pencekalan X"), nor a thing named with capitals, nor a target of
  another country.
- a sentence that names no speaker and has no reporting word, verb of saying or quotation
  mark goes on with the statement of the sentence right before it ("X mengatakan, ... .
  KPK juga seharusnya ..."): a pattern read as what the speaker says takes that
  sentence's maker (its speaker, or the one coded subject of its verb of saying before a
  comma or "bahwa") as the source (parsesides.py ``stater``, ``continued_stater``). Not
  from a sentence with no statement, nor from two sentences back, nor over a speaker of
  its own.
- a clause of a fronted subordinator ("usai", "setelah", "saat") still opens the sentence
  when only connectives and measures of time stand before it (grammar ``fronted_leads``:
  "Namun, usai ...", "Tak lama setelah ...", "Sehari setelah ...", "Sementara itu, saat
  ..."): its verb's subject, and the owner of a clitic on its nominal, is the main
  clause's subject after the comma (reading.py ``sentence_opening``), also when a
  determiner or a quantity stands before it ("..., para pemberontak ...").

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # the speaker is the subject of the clause after "usai" (a light verb and its noun)
    ('Harga minyak akan turun, kata Menteri Energi Ignasius Jonan usai melakukan rapat dengan Komisi VII DPR.',
     {('IDNGOV', '040', 'IDNLEG')}),
    ('Kerja sama akan ditingkatkan, ujar Menteri Perdagangan usai mengadakan pertemuan dengan Menteri '
     'Perdagangan Malaysia.', {('IDNGOV', '040', 'MYSGOV')}),
    # as it already was after "seusai", "setelah" and with a plain verb after "usai"
    ('Harga minyak akan turun, kata Menteri Energi Ignasius Jonan setelah melakukan rapat dengan Komisi VII DPR.',
     {('IDNGOV', '040', 'IDNLEG')}),
    ('Pasar cukup stabil, kata Gubernur Bank Indonesia usai bertemu Presiden Joko Widodo di Istana.',
     {('IDNGOV', '040', 'IDNGOV')}),
    # "one of" before the speaker: the quote's "kami" is the speaker's
    ('Kami akan terus mendukung Presiden Joko Widodo, kata salah satu demonstran kepada wartawan.',
     {('IDNOPP', '051', 'IDNGOV')}),
    ('Kami mengecam Israel, kata salah seorang pejabat Kementerian Luar Negeri.', {('IDNGOV', '111', 'ISR')}),
    ('"Kami menolak usulan pemerintah," ujar salah seorang anggota Komisi II DPR di Senayan.',
     {('IDNLEG', '120', 'IDNGOV')}),
    # as without it
    ('Kami mengecam Israel, kata seorang pejabat Kementerian Luar Negeri.', {('IDNGOV', '111', 'ISR')}),
    # a clause with a subject of its own after "usai" keeps it
    ('Harga minyak akan turun, kata Menteri Energi yang menghadiri acara itu usai Perdana Menteri Malaysia '
     'bertemu dengan Komisi VII DPR.', {('MYSGOV', '040', 'IDNLEG')}),
]

CODED += [
    ('Kritik Waryono terhadap Presiden Joko Widodo dinilai berlebihan.', {('IDN', '111', 'IDNGOV')}),
    ('Tudingan Waryono terhadap KPK dinilai tidak berdasar.', {('IDN', '112', 'IDNJUD')}),
    ('Permintaan Sutarman kepada KPK ditolak.', {('IDN', '020', 'IDNJUD')}),
    ('Permintaan itu diajukan Waryono kepada Presiden Joko Widodo pekan lalu.', {('IDN', '020', 'IDNGOV')}),
    # a coded actor there is as before
    ('Dukungan Partai Golkar terhadap Presiden Joko Widodo tidak berubah.', {('IDNGOV', '051', 'IDNGOV')}),
]

CODED += [
    ('Ketua DPR Bambang Soesatyo mengatakan, kenaikan harga harus ditunda. KPK juga seharusnya memeriksa '
     'Menteri Sosial.', {('IDNLEG', '020', 'IDNJUD')}),
    ('Kenaikan harga harus ditunda, kata Ketua DPR Bambang Soesatyo. KPK juga seharusnya memeriksa Menteri Sosial.',
     {('IDNLEG', '020', 'IDNJUD')}),
    ('Ketua DPR Bambang Soesatyo menegaskan bahwa kenaikan harga harus ditunda. KPK seharusnya memeriksa '
     'Menteri Sosial.', {('IDNLEG', '020', 'IDNJUD')}),
    # a speaker of its own wins
    ('Ketua DPR Bambang Soesatyo mengatakan, kenaikan harga harus ditunda. Menurut Ketua KPU, KPK seharusnya '
     'memeriksa Menteri Sosial.', {('IDNGOV', '020', 'IDNJUD')}),
]

CODED += [
    ('Namun, usai bertemu dengan Perdana Menteri Jepang Shinzo Abe, Presiden Joko Widodo menggelar rapat kabinet.',
     {('IDNGOV', '040', 'JPNGOV')}),
    ('Tak lama setelah bertemu dengan Perdana Menteri Jepang Shinzo Abe, Presiden Joko Widodo menggelar rapat '
     'kabinet.', {('IDNGOV', '040', 'JPNGOV')}),
    ('Sehari setelah bertemu dengan Perdana Menteri Malaysia, Presiden Joko Widodo terbang ke Singapura.',
     {('IDNGOV', '040', 'MYSGOV'), ('IDNGOV', '042', 'SGP')}),
    ('Segera setelah tiba kembali dari kunjungannya ke Jepang, Presiden Joko Widodo menggelar rapat kabinet.',
     {('IDNGOV', '042', 'JPN')}),
    ('Sementara itu, saat berkunjung ke Jepang, Presiden Joko Widodo menggelar rapat kabinet.',
     {('IDNGOV', '042', 'JPN')}),
    ('Usai menggulingkan Presiden Suriah Bashar al-Assad, para pemberontak bersatu.', {('SYRREB', '190', 'SYRGOV')}),
]

NOT_CODED = [
    # no statement before; the statement two sentences back; a speaker of its own
    ('Ketua DPR Bambang Soesatyo tiba di Bali. KPK seharusnya memeriksa Menteri Sosial.',
     ('IDNLEG', '020', 'IDNJUD')),
    ('Ketua DPR Bambang Soesatyo mengatakan, kenaikan harga harus ditunda. Pemerintah menaikkan harga BBM. '
     'KPK seharusnya memeriksa Menteri Sosial.', ('IDNLEG', '020', 'IDNJUD')),
    ('Ketua DPR Bambang Soesatyo mengatakan, kenaikan harga harus ditunda. Menurut Ketua KPU, KPK seharusnya '
     'memeriksa Menteri Sosial.', ('IDNLEG', '020', 'IDNJUD')),

    # the speaker's clause has a verb of its own before the clause word: the act after it
    # is not the speaker's by this rule
    ('Harga minyak akan turun, kata Menteri Energi yang menghadiri acara itu usai Perdana Menteri Malaysia '
     'bertemu dengan Komisi VII DPR.', ('IDNGOV', '040', 'IDNLEG')),
]

NOTHING = [
    # "one of" before no actor names no speaker
    'Kami mengecam Israel, kata salah satu sumber.',
    # a clause word after the speaker with no actor in its clause
    'Harga minyak akan turun, kata Menteri Energi usai melakukan rapat.',
    # the genitive of "pencekalan" is the one banned; a target of another country; a thing
    'Pencekalan Waryono oleh Kementerian Hukum dan HAM dinilai berlebihan.',
    'Kunjungan Waryono ke Jepang berlangsung tiga hari.',
    'Bantuan Langsung Tunai kepada warga miskin mulai dicairkan.',
    'Kritik Tajam terhadap Presiden Joko Widodo ramai di media sosial.',
    # the main clause opens with no actor
    'Namun, setelah bertemu, warga kembali ke rumah masing-masing.',
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
