"""Dated actor probes: who a name is on a given day (CONVENTIONS.md section 4).

Each probe is a short sentence written for this test, its publication date, a
phrase naming the actor, and the code the actor should get on that day. They
exercise the curated people files (data/actors/people-*.tsv) together with the
compiled knowledge base: role changes (a candidate who becomes a minister),
people who left office (ELI), surname-only and press-name mentions, and role +
country phrases.
"""

from __future__ import annotations

from datetime import date

import pytest

from peristiwa.records import Article

PROBES = [
    # -- Indonesian ------------------------------------------------------------
    ("id", "Prabowo Subianto mengkritik kebijakan utang pemerintah.", "2018-05-01", "Prabowo Subianto", "IDNOPP"),
    ("id", "Menteri Pertahanan Prabowo Subianto bertemu duta besar Australia.", "2020-03-01", "Prabowo Subianto",
     "IDNGOV"),
    ("id", "Prabowo meresmikan bendungan baru di Jawa Tengah.", "2025-03-10", "Prabowo", "IDNGOV"),
    ("id", "Anies Baswedan meninjau banjir di Jakarta Timur.", "2020-02-25", "Anies Baswedan", "IDNGOV"),
    ("id", "Anies Baswedan berkampanye di Medan.", "2024-01-10", "Anies Baswedan", "IDNOPP"),
    ("id", "Anies menghadiri diskusi publik di Yogyakarta.", "2025-06-01", "Anies", "IDNELI"),
    ("id", "Mantan presiden Susilo Bambang Yudhoyono berkunjung ke Pacitan.", "2019-06-01",
     "Susilo Bambang Yudhoyono", "IDNELI"),
    ("id", "SBY memimpin rapat pengurus partainya di Cikeas.", "2017-03-01", "SBY", "IDNOPP"),
    ("id", "Jokowi meninjau pembangunan jalan tol di Lampung.", "2019-08-01", "Jokowi", "IDNGOV"),
    ("id", "Jokowi menerima tamu di kediamannya di Solo.", "2025-01-15", "Jokowi", "IDNELI"),
    ("id", "Presiden AS mengunjungi Jakarta.", "2020-12-29", "Presiden AS", "USAGOV"),
    ("id", "Kapolri Listyo Sigit Prabowo memerintahkan penyelidikan kasus itu.", "2022-08-10", "Listyo Sigit Prabowo",
     "IDNCOP"),
    ("id", "Tito Karnavian menggelar jumpa pers tentang penangkapan teroris.", "2017-05-05", "Tito Karnavian", "IDNCOP"),
    ("id", "Tito Karnavian meminta kepala daerah menyiapkan anggaran pilkada.", "2020-06-01", "Tito Karnavian",
     "IDNGOV"),
    ("id", "Idham Aziz melantik sejumlah kapolda baru.", "2020-05-01", "Idham Aziz", "IDNCOP"),
    ("id", "Ketua KPK Firli Bahuri menjawab pertanyaan wartawan.", "2021-03-01", "Firli Bahuri", "IDNJUD"),
    ("id", "Firli Bahuri diperiksa penyidik di Polda Metro Jaya.", "2024-01-10", "Firli Bahuri", "IDNELI"),
    ("id", "Ganjar Pranowo meresmikan pasar tradisional di Semarang.", "2019-11-20", "Ganjar Pranowo", "IDNGOV"),
    ("id", "Ridwan Kamil meninjau lokasi longsor di Bogor.", "2021-02-10", "Ridwan Kamil", "IDNGOV"),
    ("id", "Kang Emil menerima penghargaan di Bandung.", "2020-01-15", "Kang Emil", "IDNGOV"),
    ("id", "Khofifah Indar Parawansa membuka pameran batik di Surabaya.", "2024-06-01", "Khofifah Indar Parawansa",
     "IDNELI"),
    ("id", "Khofifah melantik pejabat baru di Surabaya.", "2025-03-01", "Khofifah", "IDNGOV"),
    ("id", "Cak Imin berpidato di depan kader partainya.", "2023-05-01", "Cak Imin", "IDNLEG"),
    ("id", "AHY mengkritik kebijakan pemerintah soal harga BBM.", "2021-09-01", "AHY", "IDNOPP"),
    ("id", "AHY meninjau proyek jembatan di Kalimantan.", "2025-01-20", "AHY", "IDNGOV"),
    ("id", "Megawati Soekarnoputri menghadiri kongres partainya di Bali.", "2010-04-06", "Megawati Soekarnoputri",
     "IDNOPP"),
    ("id", "Megawati Soekarnoputri memberi arahan kepada para kader.", "2019-08-08", "Megawati Soekarnoputri",
     "IDNGOV"),
    ("id", "Sri Mulyani mengumumkan defisit anggaran semester pertama.", "2021-07-01", "Sri Mulyani", "IDNGOV"),
    ("id", "Retno Marsudi bertemu Menlu Jepang di Tokyo.", "2019-01-15", "Retno Marsudi", "IDNGOV"),
    ("id", "Retno Marsudi berbicara dalam sebuah forum di Jenewa.", "2025-03-01", "Retno Marsudi", "IDNELI"),
    ("id", "Puan Maharani memimpin sidang paripurna.", "2021-10-05", "Puan Maharani", "IDNLEG"),
    ("id", "Jaksa Agung Burhanuddin menetapkan tiga tersangka baru.", "2022-04-01", "Burhanuddin", "IDNJUD"),
    ("id", "Panglima TNI Gatot Nurmantyo meninjau pasukan di Papua.", "2016-08-01", "Gatot Nurmantyo", "IDNMIL"),
    ("id", "Gibran Rakabuming Raka meninjau pasar di Solo.", "2022-03-01", "Gibran Rakabuming Raka", "IDNGOV"),
    ("id", "Bu Risma membagikan bantuan sosial di Bekasi.", "2021-06-01", "Bu Risma", "IDNGOV"),
    ("id", "Ahok mengunjungi kilang minyak di Balikpapan.", "2021-05-01", "Ahok", "IDNBUS"),
    ("id", "Mahfud MD mengumumkan pembentukan tim gabungan.", "2020-09-01", "Mahfud MD", "IDNGOV"),
    ("id", "Budi Gunawan memimpin rapat koordinasi keamanan.", "2025-01-10", "Budi Gunawan", "IDNGOV"),
    ("id", "Budi Gunawan menerima laporan intelijen dari daerah.", "2018-04-01", "Budi Gunawan", "IDNSPY"),
    ("id", "Moeldoko menanggapi kritik mahasiswa.", "2019-10-01", "Moeldoko", "IDNGOV"),
    ("id", "Luhut menemui investor di Singapura.", "2022-06-01", "Luhut", "IDNGOV"),
    ("id", "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.", "2023-07-12", "Sergei Lavrov", "RUSGOV"),
    ("id", "Volodymyr Zelensky meminta bantuan senjata.", "2022-03-01", "Volodymyr Zelensky", "UKRGOV"),
    ("id", "Donald Trump mengancam akan menaikkan tarif.", "2023-06-01", "Donald Trump", "USAOPP"),
    ("id", "Keir Starmer mengkritik pemerintahan Boris Johnson.", "2021-01-10", "Keir Starmer", "GBROPP"),
    ("id", "Erdogan menelepon Presiden Jokowi.", "2020-04-01", "Erdogan", "TURGOV"),
    ("id", "Mevlut Cavusoglu bertemu Retno Marsudi di Ankara.", "2019-12-10", "Mevlut Cavusoglu", "TURGOV"),
    ("id", "Sri Mulyani memuji reformasi ekonomi di negara berkembang.", "2012-09-01", "Sri Mulyani", "IGOBUSWBK"),
    ("id", "Gubernur DKI Jakarta Anies Baswedan menutup tempat hiburan malam.", "2019-05-20", "Anies Baswedan",
     "IDNGOV"),
    ("id", "Nadiem Makarim diperiksa di Kejaksaan Agung.", "2025-09-05", "Nadiem Makarim", "IDNELI"),
    ("id", "Gibran meninjau program makan bergizi gratis di Bogor.", "2025-02-05", "Gibran", "IDNGOV"),
    ("id", "Menlu AS bertemu Presiden Jokowi di Istana Bogor.", "2019-08-05", "Menlu AS", "USAGOV"),
    ("id", "Perdana Menteri Jepang Shinzo Abe menerima Presiden Jokowi.", "2015-03-23", "Shinzo Abe", "JPNGOV"),
    ("id", "Rodrigo Duterte ditangkap di Manila.", "2025-03-11", "Rodrigo Duterte", "PHLELI"),
    ("id", "Paus Fransiskus tiba di Jakarta.", "2024-09-03", "Paus Fransiskus", "VATGOV"),
    # -- English ---------------------------------------------------------------
    ("en", "Mike Pompeo criticised the deal.", "2015-06-01", "Mike Pompeo", "USALEG"),
    ("en", "Pompeo met Chinese officials in Hawaii.", "2020-06-17", "Pompeo", "USAGOV"),
    ("en", "Joe Biden attacked the president's record.", "2020-06-01", "Joe Biden", "USAOPP"),
    ("en", "Biden signed the bill on Tuesday.", "2022-08-16", "Biden", "USAGOV"),
    ("en", "Joe Biden spoke at a library event.", "2025-05-01", "Joe Biden", "USAELI"),
    ("en", "Donald Trump announced new tariffs.", "2025-04-02", "Donald Trump", "USAGOV"),
    ("en", "Trump held a rally in Ohio.", "2016-03-01", "Trump", "USAOPP"),
    ("en", "Kamala Harris campaigned in Georgia.", "2024-10-20", "Kamala Harris", "USAGOV"),
    ("en", "The US secretary of state arrived in Jakarta.", "2021-12-13", "US secretary of state", "USAGOV"),
    ("en", "Keir Starmer criticised the government.", "2022-01-10", "Keir Starmer", "GBROPP"),
    ("en", "Keir Starmer met European leaders in London.", "2025-03-02", "Keir Starmer", "GBRGOV"),
    ("en", "Rishi Sunak conceded defeat.", "2024-07-10", "Rishi Sunak", "GBROPP"),
    ("en", "The former prime minister Boris Johnson visited Kyiv.", "2023-01-22", "Boris Johnson", "GBRELI"),
    ("en", "Sergey Lavrov accused the West of hypocrisy.", "2016-05-01", "Sergey Lavrov", "RUSGOV"),
    ("en", "Xi Jinping hosted the summit in Beijing.", "2023-10-18", "Xi Jinping", "CHNGOV"),
    ("en", "Angela Merkel gave a speech in Berlin.", "2023-05-01", "Angela Merkel", "DEUELI"),
    ("en", "Jens Stoltenberg warned Russia.", "2022-02-20", "Jens Stoltenberg", "IGOWSTNAT"),
    ("en", "Mark Rutte visited Kyiv.", "2024-10-03", "Mark Rutte", "IGOWSTNAT"),
    ("en", "Antonio Guterres called for a ceasefire.", "2023-11-01", "Antonio Guterres", "IGOUNO"),
    ("en", "Benjamin Netanyahu attacked the government.", "2022-03-01", "Benjamin Netanyahu", "ISROPP"),
    ("en", "Anwar Ibrahim met Joko Widodo in Jakarta.", "2023-01-09", "Anwar Ibrahim", "MYSGOV"),
    ("en", "Moon Jae-in met Kim Jong Un at Panmunjom.", "2018-04-27", "Moon Jae-in", "KORGOV"),
    ("en", "Lee Jae-myung criticised the president.", "2023-03-01", "Lee Jae-myung", "KOROPP"),
    ("en", "Mevlut Cavusoglu spoke to reporters in Ankara.", "2021-02-01", "Mevlut Cavusoglu", "TURGOV"),
    ("en", "Hakan Fidan met his Iranian counterpart.", "2024-01-10", "Hakan Fidan", "TURGOV"),
    ("en", "Zelenskiy appealed for more air defence.", "2023-02-01", "Zelenskiy", "UKRGOV"),
    ("en", "Mohammed bin Salman received the envoy in Riyadh.", "2023-05-01", "Mohammed bin Salman", "SAUGOV"),
    ("en", "Prabowo Subianto arrived in Beijing.", "2024-11-08", "Prabowo Subianto", "IDNGOV"),
    ("en", "Blinken arrived in Tel Aviv on Thursday.", "2023-10-12", "Blinken", "USAGOV"),
    ("en", "Cavusoglu spoke with Lavrov by phone.", "2020-10-01", "Cavusoglu", "TURGOV"),
    ("en", "Starmer urged the prime minister to resign.", "2022-07-06", "Starmer", "GBROPP"),
    ("en", "Hakan Fidan met Syrian intelligence officials.", "2015-09-01", "Hakan Fidan", "TURSPY"),
    ("en", "Hillary Clinton attacked her Republican rival.", "2016-09-20", "Hillary Clinton", "USAGOV"),
    ("en", "Imran Khan led a march on Islamabad.", "2022-11-03", "Imran Khan", "PAKOPP"),
    ("en", "Mahathir Mohamad addressed an opposition rally.", "2017-08-01", "Mahathir Mohamad", "MYSOPP"),
    ("en", "Ebrahim Raisi ordered a review of the case.", "2020-02-01", "Ebrahim Raisi", "IRNJUD"),
    ("en", "Li Keqiang toured a factory in Jiangsu.", "2019-05-01", "Li Keqiang", "CHNGOV"),
    ("en", "Mark Rutte presented his cabinet in The Hague.", "2022-01-10", "Mark Rutte", "NLDGOV"),
    ("en", "The Russian foreign minister arrived in New Delhi.", "2021-04-05", "Russian foreign minister", "RUSGOV"),
    ("en", "Guterres urged both sides to talk.", "2018-05-10", "Guterres", "IGOUNO"),
    ("en", "Queen Elizabeth II opened the new session of Parliament.", "2019-10-14", "Queen Elizabeth II", "GBRGOV"),
    ("en", "King Charles III hosted a state banquet in London.", "2023-11-21", "King Charles III", "GBRGOV"),
    ("en", "Ursula von der Leyen proposed new sanctions.", "2022-04-05", "Ursula von der Leyen", "IGOEUREEC"),
]

def mention_code(coder, lang: str, text: str, published: str, phrase: str) -> str | None:
    for cs in coder.analyse(Article(text=text, lang=lang, published=date.fromisoformat(published))):
        for m in cs.mentions:
            if phrase in m.text or m.text in phrase:
                return m.actor.code
    return None


@pytest.mark.parametrize(
    "lang,text,published,phrase,expected",
    PROBES,
    ids=[f"{p[0]}-{p[2]}-{p[3].replace(' ', '_')}" for p in PROBES],
)
def test_actor_probe(coder_without_parser, lang, text, published, phrase, expected):
    assert mention_code(coder_without_parser, lang, text, published, phrase) == expected


def test_enough_probes_in_both_languages():
    assert len(PROBES) >= 50
    assert sum(p[0] == "id" for p in PROBES) >= 30
    assert sum(p[0] == "en" for p in PROBES) >= 20
