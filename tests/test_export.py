"""Exports of the event store: GDELT 2.0 event table, PLOVER JSON, Parquet; and the
actor-code break-out the GDELT table needs (peristiwa.store.actorcodes)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from peristiwa.ingest.run import rows_of
from peristiwa.records import Article
from peristiwa.store.actorcodes import countries, fips, plover_code, split
from peristiwa.store.db import Store
from peristiwa.store.export import (
    GDELT_COLUMNS,
    adm1_code,
    export_gdelt,
    export_parquet,
    export_plover,
    fraction_date,
    gdelt_row,
)

REPO = Path(__file__).resolve().parent.parent

# Short news-style sentences written for these tests.
ARTICLES = [
    ("Polisi Turki menangkap dua jurnalis Rusia di Istanbul pada Selasa (29/12/2020).",
     date(2020, 12, 29), "https://berita.contoh.id/2020/12/29/polisi-turki-tangkap-jurnalis"),
    ("ISTANBUL – Turkish police arrested two Russian journalists in Istanbul on Tuesday.",
     date(2020, 12, 30), "https://news.example.com/2020/12/30/turkey-detains-journalists"),
    ("Pada Maret 2021, polisi Indonesia menangkap tiga aktivis di Surabaya.",
     date(2021, 4, 2), "https://berita.contoh.id/2021/04/02/aktivis-surabaya"),
    ("Ribuan petani berunjuk rasa di Jawa Barat pada 2 Februari 2022.",
     date(2022, 2, 3), "https://berita.contoh.id/2022/02/03/petani-jawa-barat"),
    ("Protesters in California rallied against the governor on Monday.",
     date(2022, 6, 7), "https://news.example.com/2022/06/07/california-rally"),
    ("The Indonesian government declined to comment on Malaysia on Tuesday.",
     date(2022, 7, 6), "https://news.example.com/2022/07/06/no-comment"),
    ("The United Nations condemned the attack on civilians in Khartoum on 3 March 2023, "
     "the UN’s spokesperson said.",
     date(2023, 3, 4), "https://news.example.com/2023/03/04/un-khartoum"),
    ("Menteri Luar Negeri Indonesia mengunjungi Hanoi pada 14 Mei 2024 untuk membahas "
     "kerja sama maritim.",
     date(2024, 5, 14), "https://berita.contoh.id/2024/05/14/menlu-hanoi"),
]
ISTANBUL = (41.01, 28.95)


@pytest.fixture(scope="module")
def db(coder, tmp_path_factory):
    rows = rows_of([Article(text=t, published=p, url=url) for t, p, url in ARTICLES], coder)
    path = tmp_path_factory.mktemp("store") / "t.duckdb"
    with Store(path) as store:
        store.add(rows)
    with Store(path, read_only=True) as store:
        yield store


def _load(path: Path):
    import pandas as pd

    return pd.read_csv(path, sep="\t", header=None, names=GDELT_COLUMNS, dtype=str,
                       keep_default_na=False)


@pytest.fixture(scope="module")
def gdelt(db, tmp_path_factory):
    path = tmp_path_factory.mktemp("gdelt") / "events.tsv"
    n = export_gdelt(db.con, path)
    return path, n


def _row(df, **where):
    hits = df
    for col, value in where.items():
        hits = hits[hits[col] == value]
    assert len(hits) == 1, f"{len(hits)} rows with {where}"
    return hits.iloc[0]


# --------------------------------------------------------------------------- GDELT


def test_gdelt_columns_are_the_codebook_order():
    assert len(GDELT_COLUMNS) == 61 == len(set(GDELT_COLUMNS))
    assert GDELT_COLUMNS[:5] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    assert GDELT_COLUMNS[5:15] == [
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
        "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
        "Actor1Type2Code", "Actor1Type3Code"]
    assert GDELT_COLUMNS[15] == "Actor2Code" and GDELT_COLUMNS[24] == "Actor2Type3Code"
    assert GDELT_COLUMNS[25:35] == [
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    assert GDELT_COLUMNS[35:43] == [
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
        "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID"]
    assert GDELT_COLUMNS[43] == "Actor2Geo_Type" and GDELT_COLUMNS[51] == "ActionGeo_Type"
    assert GDELT_COLUMNS[58] == "ActionGeo_FeatureID"
    assert GDELT_COLUMNS[59:] == ["DATEADDED", "SOURCEURL"]


def test_gdelt_file_loads_with_61_fields_and_no_header(db, gdelt):
    path, n = gdelt
    n_events = db.one("SELECT count(*) FROM events")
    assert n == n_events >= 8
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""  # every row ends with a newline
    lines = lines[:-1]
    assert len(lines) == n
    for line in lines:
        assert line.count("\t") == 60
        assert "\r" not in line
    assert lines[0].split("\t")[0].isdigit()  # data from the first line: no header row
    df = _load(path)
    assert df.shape == (n, 61)
    assert df["Day"].str.fullmatch(r"\d{8}").all()
    assert df["MonthYear"].str.fullmatch(r"\d{6}").all()
    assert df["Year"].str.fullmatch(r"\d{4}").all()
    assert df["FractionDate"].str.fullmatch(r"\d{4}\.\d{4}").all()
    assert (df["MonthYear"] == df["Day"].str[:6]).all()
    assert (df["Year"] == df["Day"].str[:4]).all()
    assert df["DATEADDED"].str.fullmatch(r"\d{14}").all()
    assert df["IsRootEvent"].isin(["0", "1"]).all()
    assert (df["EventBaseCode"] == df["EventCode"].str[:3]).all()
    assert (df["EventRootCode"] == df["EventCode"].str[:2]).all()
    assert (df["AvgTone"] == "").all()
    assert (df["Actor1Geo_Type"] == "0").all() and (df["Actor2Geo_FullName"] == "").all()
    assert df["SOURCEURL"].str.startswith("https://").all()
    ids = df["GlobalEventID"].tolist()
    assert len(set(ids)) == n


def test_gdelt_arrest_reported_twice_is_one_event(gdelt):
    df = _load(gdelt[0])
    row = _row(df, EventCode="173", Day="20201229")
    assert row["Actor1Code"] == "TURCOP"
    assert row["Actor1CountryCode"] == "TUR"
    assert row["Actor1Type1Code"] == "COP"
    assert row["Actor1KnownGroupCode"] == "" and row["Actor1Type2Code"] == ""
    assert row["Actor2Code"] == "RUSMED"
    assert row["Actor2CountryCode"] == "RUS" and row["Actor2Type1Code"] == "MED"
    assert row["EventBaseCode"] == "173" and row["EventRootCode"] == "17"
    assert row["QuadClass"] == "4"
    assert row["GoldsteinScale"] == "-5.0"
    assert row["NumArticles"] == "2" and row["NumMentions"] == "2" and row["NumSources"] == "2"
    assert row["IsRootEvent"] == "1"
    assert row["MonthYear"] == "202012" and row["Year"] == "2020"
    assert row["FractionDate"] == "2020.9836"
    assert row["ActionGeo_Type"] == "4"  # a world city
    assert row["ActionGeo_CountryCode"] == "TU"  # FIPS 10-4, not ISO "TR"
    assert row["ActionGeo_ADM1Code"] == "TU34"
    assert row["ActionGeo_ADM2Code"] == ""
    assert abs(float(row["ActionGeo_Lat"]) - ISTANBUL[0]) < 0.3
    assert abs(float(row["ActionGeo_Long"]) - ISTANBUL[1]) < 0.3
    assert row["ActionGeo_FeatureID"] == "745044"  # GeoNames id of Istanbul
    assert row["ActionGeo_FullName"] == "Istanbul, Turkey"
    # the earliest article reported it first
    assert row["SOURCEURL"] == ARTICLES[0][2]


def test_gdelt_codes_keep_leading_zeros(gdelt):
    df = _load(gdelt[0])
    row = _row(df, EventCode="042")
    assert row["EventBaseCode"] == "042" and row["EventRootCode"] == "04"
    # a capital visited with no host named is the bare country (CONVENTIONS §3)
    assert row["Actor1Code"] == "IDNGOV" and row["Actor2Code"] == "VNM"
    assert row["GoldsteinScale"] == "1.9"
    assert row["ActionGeo_CountryCode"] == "VM"  # Vietnam in FIPS
    assert row["Day"] == "20240514"


def test_gdelt_international_actor(gdelt):
    df = _load(gdelt[0])
    row = _row(df, Actor1Code="IGOUNO")
    assert row["Actor1CountryCode"] == ""
    assert row["Actor1KnownGroupCode"] == "UNO"
    assert row["Actor1Type1Code"] == "IGO"
    assert row["Actor1Name"] == "THE UNITED NATIONS"
    assert row["ActionGeo_CountryCode"] == "SU"  # Sudan in FIPS


def test_gdelt_event_without_place(gdelt):
    df = _load(gdelt[0])
    row = _row(df, EventCode="011")  # "declined to comment": no PLOVER category, no place
    assert row["Actor1Code"] == "IDNGOV" and row["Actor2Code"] == "MYS"
    assert row["Actor2CountryCode"] == "MYS" and row["Actor2Type1Code"] == ""
    assert row["Day"] == "20220705"
    assert row["ActionGeo_Type"] == "0"
    assert row["ActionGeo_FullName"] == row["ActionGeo_CountryCode"] == row["ActionGeo_Lat"] == ""


def test_gdelt_month_precision_date_is_the_first_day(gdelt):
    df = _load(gdelt[0])
    row = _row(df, EventCode="173", Year="2021")
    assert row["Day"] == "20210301"
    assert row["FractionDate"] == "2021.1671"  # (2 * 30 + 1) / 365
    assert row["ActionGeo_CountryCode"] == "ID"
    assert row["ActionGeo_ADM1Code"] == "ID08"  # Jawa Timur


def test_gdelt_first_level_divisions(gdelt):
    df = _load(gdelt[0])
    java = _row(df, ActionGeo_FullName="Jawa Barat, Indonesia")
    assert java["ActionGeo_Type"] == "5"  # a world state (ADM1)
    assert java["ActionGeo_ADM1Code"] == "ID30" == java["ActionGeo_FeatureID"]
    cal = df[df["ActionGeo_ADM1Code"] == "USCA"]
    assert len(cal) >= 1
    assert (cal["ActionGeo_Type"] == "2").all()  # a US state
    assert (cal["ActionGeo_CountryCode"] == "US").all()


def test_gdelt_since_until(db, tmp_path):
    total = export_gdelt(db.con, tmp_path / "all.tsv")
    n = export_gdelt(db.con, tmp_path / "range.tsv", since=date(2021, 1, 1),
                     until=date(2022, 12, 31))
    expected = db.one("SELECT count(*) FROM events WHERE day BETWEEN DATE '2021-01-01' "
                      "AND DATE '2022-12-31'")
    assert 0 < n == expected < total
    df = _load(tmp_path / "range.tsv")
    assert len(df) == n
    assert df["Day"].between("20210101", "20221231").all()
    # one end only, and dates given as text
    n_since = export_gdelt(db.con, tmp_path / "since.tsv", since="2023-03-03")
    assert n_since == db.one("SELECT count(*) FROM events WHERE day >= DATE '2023-03-03'") > 0
    assert (_load(tmp_path / "since.tsv")["Day"] >= "20230303").all()
    n_until = export_gdelt(db.con, tmp_path / "until.tsv", until=date(2020, 12, 29))
    assert n_until == db.one("SELECT count(*) FROM events WHERE day <= DATE '2020-12-29'") > 0
    assert export_gdelt(db, tmp_path / "none.tsv", since=date(2030, 1, 1)) == 0
    assert (tmp_path / "none.tsv").read_text() == ""


def test_gdelt_order_is_day_then_id_and_stable(db, gdelt, tmp_path):
    df = _load(gdelt[0])
    keys = [(d, int(i)) for d, i in zip(df["Day"], df["GlobalEventID"], strict=True)]
    assert keys == sorted(keys)
    export_gdelt(db.con.cursor(), tmp_path / "again.tsv")
    assert (tmp_path / "again.tsv").read_bytes() == gdelt[0].read_bytes()


def test_gdelt_row_strips_tabs_and_line_breaks():
    event = {
        "global_event_id": 42, "day": date(2019, 1, 25), "source": "IDNGOV",
        "source_name": "Menteri\tLuar\nNegeri", "target": "IGOUNO",
        "target_name": "PBB\r\n(UN)", "code": "0241", "quad_class": 1, "goldstein": -0.3,
        "is_root_event": False, "num_mentions": 3, "num_sources": 1, "num_articles": 2,
        "place_name": "Kota\tMakassar", "place_country": "IDN",
        "place_admin1": "Sulawesi Selatan", "place_kind": "city", "place_lat": -5.14861,
        "place_lon": 119.43194, "place_geonameid": 1622786,
        "source_url": "https://berita.contoh.id/a\tb",
        "date_added": datetime(2024, 5, 14, 8, 30, 5, tzinfo=timezone(timedelta(hours=7))),
    }
    row = gdelt_row(event)
    assert len(row) == 61
    assert all("\t" not in v and "\n" not in v and "\r" not in v for v in row)
    assert len("\t".join(row).split("\t")) == 61
    named = dict(zip(GDELT_COLUMNS, row, strict=True))
    assert named["Actor1Name"] == "MENTERI LUAR NEGERI"
    assert named["Actor2Name"] == "PBB (UN)"
    assert named["EventCode"] == "0241" and named["EventBaseCode"] == "024"
    assert named["EventRootCode"] == "02"
    assert named["GoldsteinScale"] == "-0.3"
    assert named["IsRootEvent"] == "0"
    assert named["FractionDate"] == "2019.0685"
    assert named["DATEADDED"] == "20240514013005"  # in UTC
    assert named["SOURCEURL"] == "https://berita.contoh.id/a b"
    assert named["ActionGeo_ADM1Code"] == "ID38"  # Sulawesi Selatan
    assert named["ActionGeo_FullName"] == "Kota Makassar, Sulawesi Selatan, Indonesia"


def test_gdelt_row_without_place_or_actors():
    row = dict(zip(GDELT_COLUMNS, gdelt_row({"global_event_id": 7, "day": None, "code": "010"}),
                   strict=True))
    assert row["Day"] == row["Actor1Code"] == row["Actor2CountryCode"] == ""
    assert row["ActionGeo_Type"] == "0" and row["ActionGeo_Lat"] == ""
    assert row["NumArticles"] == "0" and row["DATEADDED"] == ""


def test_fraction_date_follows_gdelt_files():
    # values printed in GDELT event files for these days
    assert fraction_date(date(2004, 11, 26)) == "2004.8932"
    assert fraction_date(date(2013, 11, 24)) == "2013.8877"
    assert fraction_date(date(2019, 1, 25)) == "2019.0685"


def test_adm1_codes():
    assert adm1_code("TUR", "TR.34") == "TU34"
    assert adm1_code("IDN", "Daerah Khusus Ibukota Jakarta") == "ID04"
    assert adm1_code("IDN", "", 1642911) == "ID04"  # Jakarta's GeoNames city
    assert adm1_code("USA", "California") == "USCA"
    assert adm1_code("USA", "District of Columbia") == "USDC"
    assert adm1_code("GBR", "GB.ENG") == ""  # GeoNames' UK codes are not FIPS
    assert adm1_code("VNM", "VN.01") == ""  # nor are Vietnam's now
    assert adm1_code("IDN", "Papua Tengah") == ""  # GeoNames "PT" is no FIPS code
    assert adm1_code("", "TR.34") == ""


# --------------------------------------------------------------------------- actor codes


@pytest.mark.parametrize("code, expected", [
    ("TURCOP", ("TUR", "", "", "", ["COP"])),
    ("IDNGOVMIL", ("IDN", "", "", "", ["GOV", "MIL"])),
    ("IDNGOVMILCOP", ("IDN", "", "", "", ["GOV", "MIL", "COP"])),
    ("RUSMED", ("RUS", "", "", "", ["MED"])),
    ("USA", ("USA", "", "", "", [])),
    ("IGOUNO", ("", "UNO", "", "", ["IGO"])),
    ("IGOWSTNAT", ("WST", "NAT", "", "", ["IGO"])),
    ("IGOEUREEC", ("EUR", "EEC", "", "", ["IGO"])),
    ("MNCUSA", ("USA", "", "", "", ["MNC"])),
    ("NGOHRI", ("", "", "", "", ["NGO", "HRI"])),
    ("IMGMUSALQ", ("", "ALQ", "MOS", "", ["IMG"])),
    ("COP", ("", "", "", "", ["COP"])),
    ("SUNGOV", ("SUN", "", "", "", ["GOV"])),
    ("IRNGOVSHI", ("IRN", "", "SHI", "", ["GOV"])),
    ("CHNTIB", ("CHN", "", "", "", [])),
    ("SEA", ("SEA", "", "", "", [])),
])
def test_split_actor_codes(code, expected):
    f = split(code)
    assert (f.country, f.known_group, f.religion1, f.religion2, f.types) == expected
    assert f.code == code and f.ethnic == ""
    assert len(f.gdelt()) == 8


def test_split_empty_and_odd_codes():
    assert split("").gdelt() == [""] * 8
    assert split("-").gdelt() == [""] * 8
    assert split("TU").gdelt() == [""] * 8


def test_plover_actor_codes():
    assert plover_code(split("IGOUNO")) == "UNO"
    assert plover_code(split("IGOEUREEC")) == "EUR"
    assert plover_code(split("NGOHRI")) == "NGO"
    assert plover_code(split("TURCOP")) == "TUR"


def test_country_codes_cover_what_peristiwa_emits():
    known = countries()
    assert {"TUR", "IDN", "USA", "VNM", "KSV", "TMP", "SUN", "LAM", "SEA", "WST"} <= known
    assert not {"GOV", "MIL", "COP", "IGO", "NGO", "UNO", "MED", "CVL"} & known
    codes = set()
    for path in sorted((REPO / "src" / "peristiwa" / "lang").glob("*/countries*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                codes.add(line.split()[0])
    assert len(codes) > 200
    # "FRNWLF" (Wallisian) carries a non-standard country element; "-" means none
    odd = {c for c in codes if c[:3] not in known} - {"-", "FRNWLF"}
    assert not odd
    for c in codes - {"-", "FRNWLF"}:
        assert split(c).country == c[:3]


def test_fips_country_codes():
    assert fips("TUR") == "TU"
    assert fips("IDN") == "ID"
    assert fips("USA") == "US"
    assert fips("DEU") == "GM"
    assert fips("SDN") == "SU"
    assert fips("KSV") == "KV"
    assert fips("") == "" and fips(None) == "" and fips("XXX") == ""


# --------------------------------------------------------------------------- PLOVER


@pytest.fixture(scope="module")
def plover(db, tmp_path_factory):
    path = tmp_path_factory.mktemp("plover") / "events.jsonl"
    n = export_plover(db.con, path)
    return path, n


def test_plover_jsonl_records(db, plover):
    path, n = plover
    text = path.read_text(encoding="utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) == n == db.one(
        "SELECT count(*) FROM events WHERE coalesce(plover, '') <> ''") >= 7
    for rec in records:
        for field in ("id", "date", "actor", "recipient", "event", "mode", "context",
                      "event_loc", "event_text", "quad_code", "text", "cite_info", "evidence"):
            assert field in rec
        assert rec["event"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"])
        assert rec["quad_code"] in (1, 2, 3, 4)
    # CAMEO 01 (statements) has no PLOVER category: such events are left out
    assert n == db.one("SELECT count(*) FROM events") - 1
    assert not [r for r in records if r["cameo"]["code"] == "011"]
    # unicode written as it is
    assert "–" in text and "’" in text and "\\u" not in text


def test_plover_arrest_record(plover):
    records = [json.loads(line) for line in plover[0].read_text(encoding="utf-8").splitlines()]
    (rec,) = [r for r in records if r["cameo"]["code"] == "173" and r["date"] == "2020-12-29"]
    assert rec["event"] == ["COERCE"]
    assert rec["mode"] == ["arrest"]
    assert rec["quad_code"] == 4 and rec["event_scale"] == -5.0
    (actor,) = rec["actor"]
    (recipient,) = rec["recipient"]
    assert (actor["code"], actor["sector"], actor["cameo_code"]) == ("TUR", "COP", "TURCOP")
    assert (recipient["code"], recipient["sector"]) == ("RUS", "MED")
    assert actor["entity_text"] == "Polisi Turki"
    loc = rec["event_loc"]
    assert loc["geonameid"] == 745044 and loc["country_code"] == "TUR"
    assert loc["resolved_place"] == "Istanbul" and loc["extracted_place"] == "Istanbul"
    assert abs(loc["lat"] - ISTANBUL[0]) < 0.3 and abs(loc["lon"] - ISTANBUL[1]) < 0.3
    assert rec["num_articles"] == 2
    assert rec["text"] == ARTICLES[0][0]
    assert rec["text_info"] == {"sequence": 0, "start": 0, "end": len(ARTICLES[0][0])}
    assert rec["cite_info"]["url"] == ARTICLES[0][2]
    assert rec["cite_info"]["language"] == "id"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["coded_date"])
    assert re.fullmatch(r"\d{2}:\d{2}:\d{2}Z", rec["coded_time"])
    assert "menangkap" in rec["event_text"]
    evidence = rec["evidence"]
    assert len(evidence) == 2
    assert {e["url"] for e in evidence} == {ARTICLES[0][2], ARTICLES[1][2]}
    assert {e["lang"] for e in evidence} == {"id", "en"}
    for e in evidence:
        sentence, offset = e["sentence_text"], e["sentence_start"]
        for part in ("trigger", "source", "target"):
            span = e[part]
            assert sentence[span["start"] - offset: span["end"] - offset] == span["text"]
        assert e["rule"].startswith(("id:", "en:"))
        assert ":173:" in e["rule"]
    first = evidence[0]
    assert first["trigger"]["text"] == "menangkap"
    assert first["source"]["text"] == "Polisi Turki"
    assert first["target"]["text"] == "jurnalis Rusia"


def test_plover_international_actor(plover):
    records = [json.loads(line) for line in plover[0].read_text(encoding="utf-8").splitlines()]
    un = [r for r in records if r["actor"] and r["actor"][0]["cameo_code"] == "IGOUNO"]
    assert un
    actor = un[0]["actor"][0]
    assert actor["code"] == "UNO" and actor["sector"] == "IGO"
    assert actor["entity_text"] == "The United Nations"
    # the knowledge-base entity behind the name, from the actor mention at the same span
    assert actor["identifier_id"] == "org:phx:THE_UNITED_NATIONS"
    assert un[0]["event_loc"]["country_code"] == "SDN"


def test_plover_json_array_and_range(db, plover, tmp_path):
    n = export_plover(db, tmp_path / "events.json")
    array = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    lines = [json.loads(line) for line in plover[0].read_text(encoding="utf-8").splitlines()]
    assert n == len(array) == plover[1]
    assert array == lines
    m = export_plover(db.con, tmp_path / "range.jsonl", since=date(2022, 1, 1),
                      until=date(2023, 12, 31))
    got = [json.loads(line) for line in (tmp_path / "range.jsonl").read_text().splitlines()]
    assert 0 < m == len(got) < n
    assert all("2022-01-01" <= r["date"] <= "2023-12-31" for r in got)
    assert export_plover(db.con, tmp_path / "empty.json", since=date(2030, 1, 1)) == 0
    assert json.loads((tmp_path / "empty.json").read_text()) == []


# --------------------------------------------------------------------------- Parquet


def test_parquet_whole_store(db, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "new" / "dump"
    counts = export_parquet(db.con, out)
    assert set(counts) == {"events", "mentions", "articles"}
    for table, n in counts.items():
        read = pq.read_table(out / f"{table}.parquet")
        assert read.num_rows == n == db.one(f"SELECT count(*) FROM {table}")
    events = pq.read_table(out / "events.parquet").to_pylist()
    keys = [(e["day"], e["global_event_id"]) for e in events]
    assert keys == sorted(keys)
    assert counts["articles"] == len(ARTICLES)
    arrest = [e for e in events if e["code"] == "173" and e["day"] == date(2020, 12, 29)]
    assert arrest[0]["num_articles"] == 2


def test_parquet_range(db, tmp_path):
    import pyarrow.parquet as pq

    counts = export_parquet(db, tmp_path, since=date(2020, 12, 29), until=date(2020, 12, 31))
    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    mentions = pq.read_table(tmp_path / "mentions.parquet").to_pylist()
    articles = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    assert counts == {"events": len(events), "mentions": len(mentions),
                      "articles": len(articles)}
    assert len(events) == db.one("SELECT count(*) FROM events WHERE day BETWEEN "
                                 "DATE '2020-12-29' AND DATE '2020-12-31'")
    assert all(date(2020, 12, 29) <= e["day"] <= date(2020, 12, 31) for e in events)
    ids = {e["global_event_id"] for e in events}
    assert {m["global_event_id"] for m in mentions} == ids
    assert {a["article_id"] for a in articles} == {m["article_id"] for m in mentions}
    assert {a["url"] for a in articles} == {ARTICLES[0][2], ARTICLES[1][2]}
