"""One Coder codes several articles at once from several threads.

The finder of mentions keeps nothing of an article between calls (its items,
its memory of names are passed along), so threads sharing one Coder must get
exactly what coding the articles one after the other gives.
"""

from __future__ import annotations

import random
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date

from conftest import REPO

from peristiwa.ingest import read_paths
from peristiwa.records import Article

# Written for this test: dated and undated, Indonesian and English, with
# datelines, people named twice, pronouns and a pair ("kedua negara").
WRITTEN = [
    Article(text="Beijing, Selasa - Menteri Luar Negeri China Wang Yi mengecam Jepang. Wang juga "
                 "menuduh Tokyo memperburuk ketegangan. Kedua negara lalu sepakat berunding.",
            lang="id", published=None),
    Article(text="Polisi Turki menangkap dua jurnalis Rusia di Ankara. Mereka dituduh memata-matai "
                 "pangkalan militer.", lang="id", published=None),
    Article(text="Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia di Istana Bogor. "
                 "Keduanya membahas perbatasan, kata juru bicara istana.", lang="id", published=None),
    Article(text="MANILA, Tuesday - The Philippine coast guard accused Chinese vessels of blocking a "
                 "supply mission. Manila summoned the Chinese ambassador, and he rejected the protest.",
            lang="en", published=None),
    Article(text="Rebels attacked an army post in northern Mali on Sunday, the defence ministry said. "
                 "Gunmen also kidnapped two aid workers near Gao.", lang="en", published=None),
    Article(text="Kepala Polda Metro Jaya mengimbau mahasiswa tidak berunjuk rasa di depan gedung "
                 "DPR. Para mahasiswa menuntut pemerintah membatalkan undang-undang itu.",
            lang="id", published=None),
]


def _articles() -> list[Article]:
    demo = [a for a in read_paths(sorted((REPO / "demo").glob("*.txt"))) if isinstance(a, Article)]
    dated = [replace(a, published=date(2021, 6, 1)) for a in WRITTEN[:3]]
    return demo + WRITTEN + dated


def _code(coder, article: Article) -> list[dict]:
    # a fresh copy: ``analyse`` dates an undated article in place
    return [e.to_dict() for e in coder.code_article(replace(article))]


def test_threads_sharing_one_coder_code_as_one_thread_does(coder):
    articles = _articles()
    assert len(articles) >= 10
    alone = [_code(coder, a) for a in articles]
    assert sum(map(len, alone)) >= 10  # the articles hold events to compare
    jobs = list(range(len(articles))) * 3
    random.Random(17).shuffle(jobs)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, so that a race has the chance to show
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            together = list(pool.map(lambda k: (k, _code(coder, articles[k])), jobs))
    finally:
        sys.setswitchinterval(interval)
    for k, events in together:
        assert events == alone[k], f"article {k} coded differently in a thread"
