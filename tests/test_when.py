"""Dates of events (peristiwa.dates): expressions found and normalised, and the date an
event's trigger takes."""

from __future__ import annotations

import tomllib
from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from peristiwa import lang
from peristiwa.dates import When, event_date, expressions

WED = date(2020, 12, 30)  # the usual publication date: a Wednesday
TUE = date(2020, 12, 29)
JAN = date(2021, 1, 10)


def precision(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}[len(value)]


def case(name: str, text: str, *expected: tuple[str, str], published: date | None = WED):
    """``expected``: (expression as written, value) in text order; the precision follows
    from the value's length."""
    return pytest.param(text, published, list(expected), id=name)


def check(text: str, language: str, published: date | None, expected) -> None:
    found = expressions(text, language, published)
    assert [(w.text, w.value) for w in found] == expected
    for w in found:
        assert w.precision == precision(w.value)
        assert text[w.span[0]:w.span[1]] == w.text


ID = [
    # explicit dates, every common form
    case("slash", "Polisi menangkap dua orang pada 29/12/2020.", ("pada 29/12/2020", "2020-12-29")),
    case("hyphen", "Sidang digelar 29-12-2020 di Jakarta.", ("29-12-2020", "2020-12-29")),
    case("dots", "Data per 29.12.2020 menunjukkan kenaikan.", ("per 29.12.2020", "2020-12-29")),
    case("iso", "Surat bertanggal 2020-12-29 itu bocor.", ("2020-12-29", "2020-12-29")),
    case("weekday-bracket-full", "Massa berunjuk rasa di depan Istana, Selasa (29/12/2020).",
         ("Selasa (29/12/2020)", "2020-12-29")),
    case("weekday-bracket-day-month", "Polisi menangkap pelaku, Senin (2/12).",
         ("Senin (2/12)", "2019-12-02"), published=date(2019, 12, 5)),
    case("weekday-bracket-other-year", "Senin (2/12/2019) Presiden melantik menteri.",
         ("Senin (2/12/2019)", "2019-12-02")),
    case("bracket-alone", "Pertemuan itu berlangsung di Ankara (28/12).",
         ("(28/12)", "2020-12-28")),
    case("day-month-year", "Kesepakatan ditandatangani pada 29 Desember 2020.",
         ("pada 29 Desember 2020", "2020-12-29")),
    case("abbreviated-month", "KPK menahan tersangka pada 29 Des 2020.",
         ("pada 29 Des 2020", "2020-12-29")),
    case("abbreviation-Agt", "Kedua menteri bertemu pada 3 Agt 2020.",
         ("pada 3 Agt 2020", "2020-08-03")),
    case("abbreviation-Ags-dot", "Kedua menteri bertemu pada 3 Ags. 2020.",
         ("pada 3 Ags. 2020", "2020-08-03")),
    case("old-spelling-Nopember", "Demo besar terjadi 4 Nopember 2016.",
         ("4 Nopember 2016", "2016-11-04")),
    case("next-year-explicit", "Gencatan senjata berlaku 1 Januari 2021.",
         ("1 Januari 2021", "2021-01-01")),
    case("historic", "Indonesia merdeka pada 17 Agustus 1945.",
         ("pada 17 Agustus 1945", "1945-08-17")),
    case("day-range", "Perundingan berlangsung 29-30 Desember 2020 di Bali.",
         ("29-30 Desember 2020", "2020-12-29")),
    case("weekday-comma-date", "Presiden tiba di Bali pada Jumat, 25 Desember 2020.",
         ("pada Jumat, 25 Desember 2020", "2020-12-25")),
    case("with-time", "Ledakan terjadi pada 29 Desember 2020 pukul 10.00 WIB.",
         ("pada 29 Desember 2020", "2020-12-29")),
    case("capitals-dateline", "JAKARTA, 29 DESEMBER 2020 - Polisi menangkap dua orang.",
         ("29 DESEMBER 2020", "2020-12-29")),
    case("tanggal", "Ia diperiksa tanggal 28 Desember.", ("tanggal 28 Desember", "2020-12-28")),
    # month precision
    case("month-year", "Unjuk rasa terjadi pada Desember 2020.", ("pada Desember 2020", "2020-12")),
    case("bulan-month-year", "Inflasi naik pada bulan Juni 2020.",
         ("pada bulan Juni 2020", "2020-06")),
    case("old-spelling-Pebruari", "Polisi menggerebek rumah itu pada Pebruari 2020.",
         ("pada Pebruari 2020", "2020-02")),
    case("month-alone", "Kedua negara berunding pada Mei.", ("pada Mei", "2020-05")),
    case("month-lalu", "Ia dilantik Desember lalu.", ("Desember lalu", "2020-12"), published=JAN),
    case("month-last-year", "Banjir melanda Maret tahun lalu.", ("Maret tahun lalu", "2019-03")),
    case("early-month", "Bentrokan pecah awal Desember 2020.", ("awal Desember 2020", "2020-12")),
    # a day and month without a year
    case("no-year", "Ia ditangkap pada 29 Desember.", ("pada 29 Desember", "2020-12-29")),
    case("no-year-after-publication", "Ia ditangkap pada 31 Desember.",
         ("pada 31 Desember", "2019-12-31")),
    case("no-year-future", "Pemilu akan digelar pada 5 Januari.", ("pada 5 Januari", "2021-01-05")),
    case("no-year-past", "Ia tiba pada 5 Januari.", ("pada 5 Januari", "2020-01-05")),
    case("no-year-lalu", "Ia dilantik pada 20 Oktober lalu.",
         ("pada 20 Oktober lalu", "2020-10-20")),
    # weekdays
    case("weekday-past", "Menlu Turki mengunjungi Moskow pada Selasa.",
         ("pada Selasa", "2020-12-29")),
    case("weekday-same-as-publication", "Menlu Turki mengunjungi Moskow pada Selasa.",
         ("pada Selasa", "2020-12-29"), published=TUE),
    case("weekday-publication-day", "Polisi menangkap dua orang Rabu pagi.",
         ("Rabu", "2020-12-30")),
    case("weekday-last-week", "Presiden meresmikan bendungan pada Kamis.",
         ("pada Kamis", "2020-12-24")),
    case("weekday-hari", "Mereka bertemu pada hari Sabtu.", ("pada hari Sabtu", "2020-12-26")),
    case("weekday-jumat-apostrophe", "Salat digelar pada Jum'at.", ("pada Jum'at", "2020-12-25")),
    case("weekday-minggu-bracket", "Warga mengungsi pada Minggu (27/12).",
         ("pada Minggu (27/12)", "2020-12-27")),
    case("weekday-lalu", "Ia diperiksa Selasa lalu.", ("Selasa lalu", "2020-12-22"), published=TUE),
    case("weekday-pekan-lalu", "Ia diperiksa Selasa pekan lalu.",
         ("Selasa pekan lalu", "2020-12-22")),
    case("sejak-weekday", "Jalan itu ditutup sejak Senin.", ("sejak Senin", "2020-12-28")),
    # future forms
    case("future-akan", "Presiden akan bertemu Raja Malaysia pada Kamis.",
         ("pada Kamis", "2020-12-31")),
    case("future-akan-after", "Jokowi pada Kamis akan meresmikan bendungan.",
         ("pada Kamis", "2020-12-31")),
    case("past-reporting-future", "Jokowi pada Senin mengatakan akan bertemu Biden.",
         ("pada Senin", "2020-12-28")),
    case("future-fronted", "Pada Kamis, Jokowi akan meresmikan bendungan.",
         ("Pada Kamis", "2020-12-31")),
    case("weekday-depan", "Sidang dilanjutkan Senin depan.", ("Senin depan", "2021-01-04")),
    case("weekday-pekan-depan", "Ia dipanggil Jumat pekan depan.",
         ("Jumat pekan depan", "2021-01-08")),
    case("besok", "Menlu berangkat ke Tokyo besok.", ("besok", "2020-12-31")),
    case("lusa", "Hasil tes keluar lusa.", ("lusa", "2021-01-01")),
    case("pekan-depan", "Rapat digelar pekan depan.", ("pekan depan", "2021-01-06")),
    case("tahun-depan", "Pemilu digelar tahun depan.", ("tahun depan", "2021")),
    # relative words
    case("kemarin", "Polisi menangkap dua orang kemarin.", ("kemarin", "2020-12-29")),
    case("kemarin-bracket", "Polisi menangkap dua orang kemarin (29/12).",
         ("kemarin (29/12)", "2020-12-29")),
    case("kemarin-lusa", "Ia tiba kemarin lusa.", ("kemarin lusa", "2020-12-28")),
    case("hari-ini", "Hari ini KPK memeriksa saksi.", ("Hari ini", "2020-12-30")),
    case("tadi-malam", "Gempa mengguncang Palu tadi malam.", ("tadi malam", "2020-12-29")),
    case("pekan-lalu", "Polisi menangkap dua orang pekan lalu.", ("pekan lalu", "2020-12-23")),
    case("minggu-lalu", "Polisi menangkap dua orang minggu lalu.", ("minggu lalu", "2020-12-23")),
    case("bulan-lalu", "Harga naik bulan lalu.", ("bulan lalu", "2020-11")),
    case("bulan-ini", "Harga naik bulan ini.", ("bulan ini", "2020-12")),
    case("awal-bulan-ini", "Awal bulan ini polisi Turki menangkap dua jurnalis.",
         ("Awal bulan ini", "2020-12")),
    case("akhir-bulan-ini", "Kontrak berakhir akhir bulan ini.", ("akhir bulan ini", "2020-12")),
    case("tahun-lalu", "Turki menerima S-400 tahun lalu.", ("tahun lalu", "2019")),
    case("tahun-ini", "Ekonomi tumbuh tahun ini.", ("tahun ini", "2020")),
    case("sejak-tahun-lalu", "Ia buron sejak tahun lalu.", ("sejak tahun lalu", "2019")),
    # N units ago
    case("dua-hari-lalu", "Ia ditangkap dua hari lalu.", ("dua hari lalu", "2020-12-28")),
    case("tiga-pekan-yang-lalu", "Ia ditangkap tiga pekan yang lalu.",
         ("tiga pekan yang lalu", "2020-12-09")),
    case("digits-hari-sebelumnya", "Ia ditangkap 5 hari sebelumnya.",
         ("5 hari sebelumnya", "2020-12-25")),
    case("dua-bulan-lalu", "Ia ditangkap dua bulan lalu.", ("dua bulan lalu", "2020-10")),
    case("setahun-silam", "Ia ditangkap setahun silam.", ("setahun silam", "2019")),
    case("sepuluh-tahun-lalu", "Konflik itu pecah sepuluh tahun lalu.",
         ("sepuluh tahun lalu", "2010")),
    case("not-duration-then", "Ia ditahan selama dua hari lalu dibebaskan."),
    # a year alone, only with a cue
    case("month-year-not-year-alone", "Pemilu digelar Mei 2021 mendatang.", ("Mei 2021", "2021-05")),
    case("pada-year", "Turki membeli S-400 pada 2019.", ("pada 2019", "2019")),
    case("tahun-year", "Turki membeli S-400 tahun 2019.", ("tahun 2019", "2019")),
    case("sejak-year", "ASEAN berdiri sejak 1967.", ("sejak 1967", "1967")),
    case("awal-year", "Vaksinasi dimulai awal 2021.", ("awal 2021", "2021")),
    case("year-lalu", "Ia ditangkap pada 2018 lalu.", ("pada 2018 lalu", "2018")),
    # not dates
    case("not-thousands", "Sebanyak 2.000 orang mengungsi."),
    case("not-time", "Rapat dimulai pukul 10.00 WIB."),
    case("not-article", "Pasal 29 UUD 1945 menjamin kebebasan beragama."),
    case("not-covid", "Kasus Covid-19 bertambah."),
    case("not-g20", "KTT G20 digelar di Riyadh."),
    case("not-quantity", "Sebanyak 2019 orang ditahan."),
    case("not-quantity-after-pada", "Bantuan diberikan pada 2019 keluarga."),
    case("not-law-number", "UU Nomor 11 Tahun 2020 tentang Cipta Kerja disahkan."),
    case("not-law-short", "Pelanggar dijerat UU 35 Tahun 2014 tentang Perlindungan Anak."),
    case("not-regulation", "Aturan itu tertuang dalam Perpres 12 Tahun 2021."),
    case("not-score", "Persija menang 2-1 atas Persib."),
    case("not-ratio", "Rasio 3/4 tercapai."),
    case("not-name-Mei", "Mei Lin menangis di ruang sidang."),
    case("not-lalu-then", "Ia lalu pergi."),
]

EN = [
    # explicit dates, every common form
    case("slash-day-first", "Police arrested two men on 29/12/2020.",
         ("on 29/12/2020", "2020-12-29")),
    case("slash-month-first", "The ruling dated 12/29/2020 was published.",
         ("12/29/2020", "2020-12-29")),
    case("slash-ambiguous-month-first", "The ruling dated 3/4/2020 was published.",
         ("3/4/2020", "2020-03-04")),
    case("hyphen", "The talks on 29-12-2020 failed.", ("on 29-12-2020", "2020-12-29")),
    case("iso", "The document is dated 2020-12-29.", ("2020-12-29", "2020-12-29")),
    case("weekday-bracket", "Protesters gathered on Tuesday (29/12/2020).",
         ("on Tuesday (29/12/2020)", "2020-12-29")),
    case("month-day-year", "The deal was signed on December 29, 2020.",
         ("on December 29, 2020", "2020-12-29")),
    case("abbreviated-month-day-year", "The deal was signed on Dec. 29, 2020.",
         ("on Dec. 29, 2020", "2020-12-29")),
    case("day-month-year", "The deal was signed on 29 December 2020.",
         ("on 29 December 2020", "2020-12-29")),
    case("day-abbreviated-month-year", "The deal was signed on 29 Dec 2020.",
         ("on 29 Dec 2020", "2020-12-29")),
    case("ordinal", "The deal was signed on December 29th, 2020.",
         ("on December 29th, 2020", "2020-12-29")),
    case("weekday-comma-date", "The deal was signed on Tuesday, Dec. 29, 2020.",
         ("on Tuesday, Dec. 29, 2020", "2020-12-29")),
    case("with-time", "The blast happened on December 29, 2020 at 10 a.m.",
         ("on December 29, 2020", "2020-12-29")),
    case("capitals", "DECEMBER 29, 2020 - Police arrested two men.",
         ("DECEMBER 29, 2020", "2020-12-29")),
    case("historic", "Indonesia declared independence on August 17, 1945.",
         ("on August 17, 1945", "1945-08-17")),
    case("next-year-explicit", "The truce takes effect on January 1, 2021.",
         ("on January 1, 2021", "2021-01-01")),
    # month precision
    case("month-year", "Protests broke out in December 2020.", ("in December 2020", "2020-12")),
    case("abbreviated-month-year", "Prices rose in Sept. 2020.", ("in Sept. 2020", "2020-09")),
    case("month-alone", "The two sides met in May.", ("in May", "2020-05")),
    case("month-alone-january", "The two sides met in January.", ("in January", "2020-01")),
    case("last-month-name", "He took office last December.", ("last December", "2020-12"),
         published=JAN),
    case("month-last-year", "Floods hit the city in March last year.",
         ("in March last year", "2019-03")),
    case("early-month", "Clashes broke out in early March.", ("in early March", "2020-03")),
    case("mid-month", "Talks resumed in mid-December.", ("in mid-December", "2020-12")),
    # a day and month without a year
    case("no-year", "He was arrested on Dec. 29.", ("on Dec. 29", "2020-12-29")),
    case("no-year-ordinal", "He was arrested on December 28th.",
         ("on December 28th", "2020-12-28")),
    case("no-year-day-first", "He was arrested on 29 December.", ("on 29 December", "2020-12-29")),
    case("no-year-after-publication", "He was arrested on Dec. 31.", ("on Dec. 31", "2019-12-31")),
    case("no-year-past", "He arrived on Jan. 5.", ("on Jan. 5", "2020-01-05")),
    case("no-year-future", "The election will be held on Jan. 5.", ("on Jan. 5", "2021-01-05")),
    case("no-year-with-time", "He was arrested on Dec. 29 at 10:00 GMT.",
         ("on Dec. 29", "2020-12-29")),
    # weekdays
    case("weekday-past", "Cavusoglu visited Moscow on Tuesday.", ("on Tuesday", "2020-12-29")),
    case("weekday-same-as-publication", "Cavusoglu visited Moscow on Tuesday.",
         ("on Tuesday", "2020-12-29"), published=TUE),
    case("weekday-publication-day", "Police arrested two men on Wednesday.",
         ("on Wednesday", "2020-12-30")),
    case("weekday-last-week", "The president opened the dam on Thursday.",
         ("on Thursday", "2020-12-24")),
    case("weekday-sunday", "Residents fled on Sunday.", ("on Sunday", "2020-12-27")),
    case("weekday-night", "Rockets hit the base on Saturday night.", ("on Saturday", "2020-12-26")),
    case("last-weekday", "He was questioned last Tuesday.", ("last Tuesday", "2020-12-22"),
         published=TUE),
    case("weekday-last-week-phrase", "He was questioned Tuesday last week.",
         ("Tuesday last week", "2020-12-22")),
    case("since-weekday", "The road has been closed since Monday.", ("since Monday", "2020-12-28")),
    # future forms
    case("future-will", "Biden will meet Putin on Thursday.", ("on Thursday", "2020-12-31")),
    case("future-scheduled", "The vote is scheduled for Friday.", ("Friday", "2021-01-01")),
    case("next-weekday", "The trial resumes next Monday.", ("next Monday", "2021-01-04")),
    case("this-weekday", "The minister flies out this Thursday.", ("this Thursday", "2020-12-31")),
    case("weekday-next-week", "He was summoned for Friday next week.",
         ("Friday next week", "2021-01-08")),
    case("tomorrow", "The minister flies to Tokyo tomorrow.", ("tomorrow", "2020-12-31")),
    case("day-after-tomorrow", "Results are due the day after tomorrow.",
         ("the day after tomorrow", "2021-01-01")),
    case("next-week", "The meeting takes place next week.", ("next week", "2021-01-06")),
    case("next-month", "Elections are held next month.", ("next month", "2021-01")),
    case("next-year", "Elections are held next year.", ("next year", "2021")),
    case("until-year", "The sanctions stay in force until 2024.", ("until 2024", "2024")),
    # relative words
    case("yesterday", "Police arrested two men yesterday.", ("yesterday", "2020-12-29")),
    case("today", "Today the commission questioned witnesses.", ("Today", "2020-12-30")),
    case("last-night", "An earthquake hit Palu last night.", ("last night", "2020-12-29")),
    case("day-before-yesterday", "He arrived the day before yesterday.",
         ("the day before yesterday", "2020-12-28")),
    case("last-week", "Police arrested two men last week.", ("last week", "2020-12-23")),
    case("earlier-this-month", "Earlier this month Turkish police detained two journalists.",
         ("Earlier this month", "2020-12")),
    case("last-month", "Prices rose last month.", ("last month", "2020-11")),
    case("this-month", "Prices rose this month.", ("this month", "2020-12")),
    case("last-year", "Turkey received the S-400 last year.", ("last year", "2019")),
    case("this-year", "The economy grew this year.", ("this year", "2020")),
    case("end-of-last-year", "The law passed by the end of last year.",
         ("by the end of last year", "2019")),
    # N units ago
    case("two-days-ago", "He was arrested two days ago.", ("two days ago", "2020-12-28")),
    case("digits-weeks-ago", "He was arrested 3 weeks ago.", ("3 weeks ago", "2020-12-09")),
    case("a-week-ago", "He was arrested a week ago.", ("a week ago", "2020-12-23")),
    case("four-months-ago", "He was arrested four months ago.", ("four months ago", "2020-08")),
    case("a-year-ago", "The war began a year ago.", ("a year ago", "2019")),
    case("two-days-earlier", "He had been arrested two days earlier.",
         ("two days earlier", "2020-12-28")),
    # a year alone, only with a cue
    case("in-year", "Turkey bought the S-400 in 2019.", ("in 2019", "2019")),
    case("since-year", "ASEAN has existed since 1967.", ("since 1967", "1967")),
    case("mid-year", "Vaccination started in mid-2020.", ("in mid-2020", "2020")),
    case("late-year", "The party split in late 2019.", ("in late 2019", "2019")),
    # not dates
    case("not-score", "Persija celebrated the 2-1 win."),
    case("not-g20", "The G20 summit opened in Riyadh."),
    case("not-covid", "Covid-19 cases rose sharply."),
    case("not-thousands", "Some 2,000 people fled."),
    case("not-time", "The meeting started at 10 a.m."),
    case("not-article", "Article 29 guarantees freedom of religion."),
    case("not-quantity", "2019 people were detained."),
    case("not-quantity-after-in", "Police intervened in 2019 cases."),
    case("not-modal-may", "The ministry may extend the ban."),
    case("not-verb-march", "Workers march to the palace."),
    case("not-ratio", "A 3/4 majority is needed."),
    case("not-duration", "He was held for two weeks earlier in the year."),
    case("not-year-level", "At 2020 levels, growth is slow."),
]


@pytest.mark.parametrize("text, published, expected", ID)
def test_indonesian(text, published, expected):
    check(text, "id", published, expected)


@pytest.mark.parametrize("text, published, expected", EN)
def test_english(text, published, expected):
    check(text, "en", published, expected)


@pytest.mark.parametrize(
    "language, text, expected",
    [
        pytest.param("id", "Ia ditangkap pada 29 Desember 2020, kemarin.",
                     [("pada 29 Desember 2020", "2020-12-29")], id="id-absolute-kept"),
        pytest.param("id", "Turki membeli S-400 pada 2019 dan Desember 2020.",
                     [("pada 2019", "2019"), ("Desember 2020", "2020-12")], id="id-year-month"),
        pytest.param("id", "Ia ditangkap pada Selasa, 29 Desember, dua hari lalu.", [],
                     id="id-relative-dropped"),
        pytest.param("en", "He was arrested on Dec. 29, 2020, yesterday.",
                     [("on Dec. 29, 2020", "2020-12-29")], id="en-absolute-kept"),
        pytest.param("en", "He was arrested on Tuesday, last week, in May.", [],
                     id="en-relative-dropped"),
    ],
)
def test_without_publication_only_absolute(language, text, expected):
    check(text, language, None, expected)


def form_cases():
    for code in ("id", "en"):
        with lang.load(code).file("dates.toml").open("rb") as fh:
            data = tomllib.load(fh)
        for table in ("months", "month_abbreviations"):
            for form, month in data[table].items():
                yield pytest.param(code, form.capitalize(), month, id=f"{code}-{form}")


@pytest.mark.parametrize("language, form, month", list(form_cases()))
def test_every_month_form_of_the_data_files(language, form, month):
    text = f"3 {form} 2020"
    assert [w.value for w in expressions(text, language, WED)] == [f"2020-{month:02d}-03"]


def span_of(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    "language, text, trigger, value, precision",
    [
        pytest.param("id", "Turki tahun lalu menerima sistem rudal S-400, dan pada Selasa "
                     "Cavusoglu mengunjungi Moskow.", "menerima", "2019", "year",
                     id="id-two-dates-first-clause"),
        pytest.param("id", "Turki tahun lalu menerima sistem rudal S-400, dan pada Selasa "
                     "Cavusoglu mengunjungi Moskow.", "mengunjungi", "2020-12-29", "day",
                     id="id-two-dates-second-clause"),
        pytest.param("id", "Turki tahun lalu menerima sistem rudal S-400 dan pada Selasa "
                     "Cavusoglu mengunjungi Moskow.", "mengunjungi", "2020-12-29", "day",
                     id="id-two-dates-no-comma"),
        pytest.param("id", "Pada Selasa, polisi menangkap pria yang tahun lalu membunuh dua "
                     "warga.", "menangkap", "2020-12-29", "day", id="id-fronted-date"),
        pytest.param("id", "Pada Selasa, polisi menangkap pria yang tahun lalu membunuh dua "
                     "warga.", "membunuh", "2019", "year", id="id-relative-clause-date"),
        pytest.param("id", "Polisi menangkap dua jurnalis di Istanbul, Selasa (29/12).",
                     "menangkap", "2020-12-29", "day", id="id-trailing-dateline-date"),
        pytest.param("id", "Dua jurnalis ditangkap, kata polisi pada Senin.", "ditangkap",
                     "2020-12-28", "day", id="id-nearest-in-sentence"),
        pytest.param("id", "Polisi Turki menangkap dua jurnalis Rusia di Istanbul.", "menangkap",
                     "2020-12-30", "publication", id="id-publication"),
        pytest.param("en", "Turkey received the S-400 last year, and on Tuesday Cavusoglu "
                     "visited Moscow.", "received", "2019", "year", id="en-two-dates-first"),
        pytest.param("en", "Turkey received the S-400 last year, and on Tuesday Cavusoglu "
                     "visited Moscow.", "visited", "2020-12-29", "day", id="en-two-dates-second"),
        pytest.param("en", "Russia said on Tuesday that Turkish police arrested two journalists "
                     "last week.", "arrested", "2020-12-23", "day", id="en-reported-clause"),
        pytest.param("en", "Russia said on Tuesday that Turkish police arrested two journalists "
                     "last week.", "said", "2020-12-29", "day", id="en-reporting-verb"),
        pytest.param("en", "On Monday, police detained a man who killed two people in 2019.",
                     "detained", "2020-12-28", "day", id="en-fronted-date"),
        pytest.param("en", "Turkish police arrested two Russian journalists in Istanbul.",
                     "arrested", "2020-12-30", "publication", id="en-publication"),
    ],
)
def test_event_date(language, text, trigger, value, precision):
    when = event_date(text, language, WED, span_of(text, trigger))
    assert (when.value, when.precision) == (value, precision)


def test_event_date_publication_fallback_is_whole():
    text = "Polisi menangkap dua jurnalis."
    assert event_date(text, "id", WED, span_of(text, "menangkap")) == When(
        "2020-12-30", "publication", None, "")
    assert event_date(text, "id", None, span_of(text, "menangkap")) == When(
        "", "publication", None, "")


def test_event_date_without_publication_keeps_absolute_dates_only():
    text = "Polisi menangkap dua jurnalis kemarin setelah bentrokan pada 2019."
    when = event_date(text, "id", None, span_of(text, "menangkap"))
    assert (when.value, when.precision, when.text) == ("2019", "year", "pada 2019")
    assert event_date("Polisi menangkap mereka kemarin.", "id", None, (7, 16)).precision == (
        "publication")


def test_event_date_without_trigger_is_the_first_expression():
    text = "Pada Senin polisi menangkap dua orang yang pada Selasa dibebaskan."
    assert event_date(text, "id", WED).value == "2020-12-28"


def test_when_is_frozen():
    when = expressions("Ia ditangkap kemarin.", "id", WED)[0]
    with pytest.raises(FrozenInstanceError):
        when.value = "2020"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("language", "text", "trigger", "value"),
    [
        # The comma of a number is no clause break (clauses are cut at the sentence's
        # tokens, text/clauses.py): the year before the number is the event's.
        ("id", "Pada 2019 nilai ekspor kita sebesar 9,4 miliar dolar melonjak tajam, "
               "tahun ini turun.", "melonjak", "2019"),
        ("en", "In 2019 the company's exports of 10,000 tonnes doubled, this year they fell.",
         "doubled", "2019"),
    ],
)
def test_a_number_does_not_cut_a_clause(language, text, trigger, value):
    assert event_date(text, language, WED, span_of(text, trigger)).value == value


def test_a_pipeline_sentence_is_read_by_its_own_tokens():
    from peristiwa.records import Sentence, Token

    text = "Polisi pada Senin menangkap dua orang."
    offset = 100  # the sentence's place in its article
    toks, at = [], 0
    for i, word in enumerate(["Polisi", "pada", "Senin", "menangkap", "dua", "orang", "."]):
        at = text.index(word, at)
        toks.append(Token(i, word, offset + at, offset + at + len(word), word.lower(), "", ""))
        at += len(word)
    sent = Sentence(0, offset, offset + len(text), text, toks)
    when = event_date(sent, "id", WED, span_of(text, "menangkap"))
    assert (when.value, when.span) == ("2020-12-28", (7, 17))
    assert expressions(sent, "id", WED) == expressions(text, "id", WED)
