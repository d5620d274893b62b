"""A battery for criticism, judgements and accusations (CAMEO root 11, issue #18, session 19,
judge19; grammar.toml ``speaker_apposition`` and ``statement_verbs``, coding/speakers.py,
coding/allege.py):

- a speaker named without a role after a reporting word, with an apposition that says who
  the speaker is ("..., kata Andi, yang juga Ketua DPP Partai X", "ujar Andi selaku ...",
  "Menurut Andi, yang juga ..., ..."): the role after the apposition is the speaker;
- verbs of telling, of adding to what was said and of reporting a finding open what a
  speaker states ("X memberitahu wartawan bahwa Y keliru", "X menambahkan, Y gagal ...",
  "X mencatat ada kecurangan yang dilakukan Y");
- a relative clause that judges an actor's act ("X mengatakan, pernyataan Y yang
  kontroversial ...", "kebijakan Y yang membingungkan ..., kata X"): Y is judged; a word of
  the domain between a noun of a failing and its actor ("gula-gula politik Y, kata X");
- wrongs of repression, harm to the commons and blasphemy a speaker says an actor did
  ("X menilai Y membungkam kritik", "Menurut X, Y mencemari sungai", "X menyebut Y
  menista agama"; events.alleged.txt): 112; named with no speaker, nothing;
- no event: a relative clause on an actor's people, not its act ("pejabat Y yang korupsi
  harus dihukum", a description); a relative clause that judges nothing; a relative
  clause after the name that says what the speaker did, not who the
  speaker is ("kata Andi yang ditemui di kantornya"); a narrator's judgement with no
  speaker.

CODED: every event listed is coded; NOT_CODED: the event named is not. Every sentence here
was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # the apposition after a speaker named without a role
    ('Pemerintah lamban menangani banjir, kata Andi, yang juga Ketua DPP Partai Demokrat.',
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Pemerintah lamban menangani banjir, kata Andi yang juga Ketua DPP Partai Demokrat.',
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Pemerintah lamban menangani banjir, ujar Andi selaku Ketua DPP Partai Demokrat.',
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Menurut Andi, yang juga Ketua DPP Partai Demokrat, pemerintah lamban menangani banjir.',
     [('IDNOPP', '111', 'IDNGOV')]),
    # verbs of telling, adding, reporting a finding
    ('Ketua YLBHI memberitahu wartawan bahwa polisi telah keliru menangani kasus itu.',
     [('IDNNGO', '111', 'IDNCOP')]),
    ('Ketua YLBHI menambahkan, polisi lamban menangani kasus itu.', [('IDNNGO', '111', 'IDNCOP')]),
    ('Bawaslu mencatat ada kecurangan yang dilakukan KPU Kabupaten Garut.', [('IDNGOV', '112', 'IDNGOV')]),
    # a relative clause that judges an actor's act
    ('Wakil Ketua DPR mengatakan, pernyataan Menteri Agama yang kontroversial itu memicu kegaduhan.',
     [('IDNLEG', '111', 'IDNGOV')]),
    ('Kebijakan Menteri Perdagangan yang membingungkan merugikan petani, kata Ketua Umum HKTI.',
     [('IDNAGR', '111', 'IDNGOV')]),
    ('Menurut Ketua Umum HKTI, kebijakan Menteri Perdagangan yang melanggar undang-undang itu harus dicabut.',
     [('IDNAGR', '112', 'IDNGOV')]),
    # wrongs of repression, harm to the commons, blasphemy
    ('Ketua YLBHI menilai pemerintah membungkam kritik mahasiswa.', [('IDNNGO', '112', 'IDNGOV')]),
    ('Menurut Walhi, PT Freeport Indonesia mencemari sungai di Mimika.', [('IDNNGO', '112', 'IDNBUS')]),
    ('Ketua PBNU menyebut Gubernur DKI Jakarta menista agama.', [('IDNREL', '112', 'IDNGOV')]),
    # a word of the domain between the noun of a failing and its actor
    ('Program itu hanya gula-gula politik pemerintah pusat, kata Ketua Dewan Adat.',
     [('IDNNGO', '111', 'IDNGOV')]),
    ('Ketua Komisi I DPR menilai insiden itu bukti kegagalan diplomasi Kementerian Luar Negeri.',
     [('IDNLEG', '111', 'IDNGOV')]),
]

NOT_CODED = [
    # a relative clause on what the speaker did: no role after it
    ('Pemerintah lamban menangani banjir, kata Andi yang ditemui di kantor Partai Demokrat.',
     ('IDNOPP', '111', 'IDNGOV')),
    # a relative clause on an actor's people: a description, no one's judgement
    ('Ketua KPK mengatakan pejabat Kementerian Keuangan yang korupsi harus dihukum.',
     ('IDNJUD', '112', 'IDNGOV')),
    # a relative clause that judges nothing
    ('Ketua HKTI mengatakan kebijakan Menteri Perdagangan yang baru akan diumumkan besok.',
     ('IDNAGR', '111', 'IDNGOV')),
    # a wrong named with no speaker
    ('Polisi menangani kasus penistaan agama di Bandung.', ('IDNCOP', '112', 'IDN')),
    # no speaker at all
    ('Pemerintah lamban menangani banjir di Jakarta.', ('IDN', '111', 'IDNGOV')),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_judgements_are_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_no_judgement_is_coded(coder, text, wrong):
    assert wrong not in events(coder, text)
