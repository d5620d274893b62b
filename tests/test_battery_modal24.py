"""A battery for three kinds of modality (session 24, modal24; CONVENTIONS §1.4-1.5):

- a negated agent: "bukan oleh X", "tidak oleh X" after the act, or the cleft "Bukan X
  yang ..." right before it (grammar ``agent_negators``, ``negated_agent_markers``): X did
  not act and no other agent is given, so the act has no source and is not coded;
- a call to act: "silakan", "silahkan", "ayo", "mari(lah)", "hayo", "yuk" near the verb or
  before its subject (grammar ``hortatives``): urged, not done;
- a hashtag ("#BoikotX", grammar ``hashtag_marks``): a slogan, no trigger.

Near-misses that stay coded: an agent given beside the negated one ("oleh preman, bukan
oleh pendemo"); a negator that contrasts the subject in an aside ("Polisi, bukan tentara,
menangkap X": the police did); "paling tidak oleh X" (at least); "bukan oleh" after an active verb (its
subject is its agent); "bukan hanya X yang ..." (not only X: X did too); a hashtag
after the trigger of a reported act ("menggelar demo #TolakRUU"); the appeal of a speaker
who makes the call ("X mengajak warga: mari kita ...": X's 020 stays); the same acts stated
plainly. Every sentence here was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

NOTHING = [
    # a negated agent
    'Perusakan kantor DPRD Jawa Barat itu bukan oleh mahasiswa.',
    'Kerusuhan di depan Istana Negara dilakukan bukan oleh pendemo, kata polisi.',
    'Pembakaran pos polisi itu dilakukan tidak oleh warga Papua.',
    'Bukan mahasiswa yang membakar gedung DPRD Sumatera Utara.',
    'Presiden Joko Widodo dikritik bukan oleh partai oposisi.',
    'Bukan pendemo yang melakukan kerusuhan di Jakarta.',
    'Bukanlah polisi yang menembak warga sipil itu.',
    'Bukan polisi yang menangkap aktivis Greenpeace itu.',
    'Bukan tentara Israel yang menyerang warga Palestina di Tepi Barat.',
    # a call to act
    'Silakan boikot saja produk Prancis.',
    'Silahkan boikot produk Israel, kata seorang warganet.',
    'Ayo boikot produk Prancis!',
    'Ayo kita demo di depan kantor Gubernur Jawa Timur!',
    'Mari kita kecam tindakan Israel terhadap warga Palestina.',
    'Hayo demo di depan gedung DPR besok!',
    'Silakan KPK memeriksa Bupati Bogor.',
    # a hashtag
    'Perusahaan itu musuh ulama #Boikot Danone.',
    'Warganet Indonesia ramai menulis #BoikotPrancis di Twitter.',
]

CODED = [
    ('Kerusuhan itu dilakukan oleh preman, bukan oleh pendemo.',
     ('IDNCRM', '145', '')),
    ('Polisi, bukan tentara, menangkap aktivis Greenpeace itu.',
     ('IDNCOP', '173', 'NGOENV')),
    ('Warga Rohingya diserang paling tidak oleh tentara Myanmar.',
     ('MMRMIL', '190', 'MMRCVL')),
    ('Presiden Joko Widodo dikritik paling tidak oleh tiga partai oposisi.',
     ('IDNOPP', '111', 'IDNGOV')),
    ('Bukan hanya mahasiswa yang mengkritik Presiden Joko Widodo.',
     ('IDNEDU', '111', 'IDNGOV')),
    ('Mahasiswa mengkritik Presiden Joko Widodo atas kerusuhan yang bukan oleh pendemo.',
     ('IDNEDU', '111', 'IDNGOV')),
    ('Pendemo melakukan kerusuhan di Jakarta.',
     ('IDNOPP', '145', '')),
    ('Presiden Joko Widodo mengajak warga: mari kita bantu korban banjir.',
     ('IDNGOV', '020', 'IDNCVL')),
    ('Polisi menangkap aktivis Greenpeace itu.',
     ('IDNCOP', '173', 'NGOENV')),
    ('Tentara Israel menyerang warga Palestina di Tepi Barat.',
     ('ISRMIL', '190', 'PSECVL')),
    ('Mahasiswa menggelar demo #TolakRUU di depan gedung DPR.',
     ('IDNOPP', '141', 'IDNLEG')),
    ('Pemerintah Indonesia mengecam tindakan Israel terhadap warga Palestina.',
     ('IDNGOV', '111', 'ISR')),
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_event_is_coded(coder, text):
    assert events(coder, text) == set()


@pytest.mark.parametrize("text, expected", CODED)
def test_the_event_is_coded(coder, text, expected):
    assert expected in events(coder, text)
