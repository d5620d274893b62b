"""Compile the data files peristiwa ships from the open sources in ../shared/data.

Run from the repository root:  python scripts/build_data.py [--shared ../shared/data]

What it writes (all derived facts, each file headed with its provenance):

- src/peristiwa/data/cameo.tsv            CAMEO code, name, Goldstein, QuadClass, PLOVER type/mode
- src/peristiwa/lang/en/countries.generated.txt   English country names, capitals, demonyms
- src/peristiwa/lang/id/countries.generated.txt   Indonesian country names (pycountry's locale)
- src/peristiwa/lang/en/events.petrarch.txt       English verb patterns from PETRARCH2's CAMEO.2.0
- src/peristiwa/lang/en/agents.phoenix.txt        English agent nouns from Phoenix.agents
- src/peristiwa/lang/{id,en}/places.generated.txt Indonesian provinces, regencies, cities (geo-id)
- src/peristiwa/data/places.divisions.txt  first-level divisions of the countries the press reports on most (pycountry)
- src/peristiwa/data/actors.kb.tsv.gz             the compiled actor knowledge base (Wikidata, REIGN, Phoenix)

The script is deterministic: the same inputs give byte-identical outputs.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import hashlib
import re
import unicodedata
from pathlib import Path

import pycountry

from peristiwa.actors import phoenix
from peristiwa.actors.phoenix import Row

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "src" / "peristiwa"


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


# --------------------------------------------------------------------------- CAMEO


def quad_class(code: str) -> int:
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


# PLOVER has no category for statements (CAMEO 01); CAMEO 02 "appeal" is a
# request in PLOVER. The 2021 crosswalk lists neither, so these two defaults fill
# in (documented in docs/coding.md).
PLOVER_FALLBACK = {"01": ("", ""), "02": ("REQUEST", "")}


def build_cameo(shared: Path) -> None:
    names = {}
    with (shared / "cameo/gdelt/CAMEO.eventcodes.txt").open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            code, name = line.rstrip("\r\n").split("\t", 1)
            # GDELT's file has two rows run together:
            # "1056<TAB>Demand de-escalation ...106:[-5.0] Demand withdrawal"
            m = re.search(r"(\d{2,4}):\[[-\d.]+\]\s*(.*)$", name)
            if m:
                names[m.group(1)] = m.group(2).strip()
                name = name[: m.start()]
            names[code] = name.strip()
    gold = {}
    with (shared / "cameo/gdelt/CAMEO.goldsteinscale.txt").open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            code, val = line.split()
            gold[code] = float(val)
    plover = {}
    for line in (shared / "cameo/plover/CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        plover.setdefault(code.strip(), (parts[0], parts[1] if len(parts) > 1 else ""))

    def plover_of(code: str) -> tuple[str, str]:
        c = code
        while c:
            if c in plover:
                return plover[c]
            c = c[:-1] if len(c) > 2 else ""
        return PLOVER_FALLBACK.get(code[:2], ("", ""))

    out = PKG / "data" / "cameo.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# CAMEO event codes. Names and Goldstein values: GDELT lookup tables "
                 "(CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt).\n")
        fh.write("# PLOVER type and mode: openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0); "
                 "a code not listed takes its parent's. QuadClass as GDELT defines it by root.\n")
        fh.write("code\tname\tgoldstein\tquad_class\tplover\tplover_mode\n")
        for code in sorted(names, key=lambda c: (c[:2], c)):
            p, mode = plover_of(code)
            fh.write(f"{code}\t{names[code]}\t{gold[code]}\t{quad_class(code)}\t{p}\t{mode}\n")
    print(f"wrote {out.relative_to(ROOT)}: {len(names)} codes")


# --------------------------------------------------------------------------- countries

# CAMEO country codes that are not ISO alpha-3.
CAMEO_OVERRIDES = {"XKX": "KSV"}


def cameo_country_map(shared: Path) -> dict[str, str]:
    """English country name (folded) -> CAMEO country code, from text_to_CAMEO."""
    out = {}
    for line in (shared / "cameo/text_to_CAMEO/countrynames.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1] != "---" and len(parts[1]) == 3:
            out[fold(parts[0])] = parts[1]
    return out


def parse_countryinfo(shared: Path) -> dict[str, dict]:
    text = (shared / "leaders/countryinfo/CountryInfo.120116.txt").read_bytes().decode("utf-8", "replace")
    out = {}
    for block in re.findall(r"<Country>(.*?)</Country>", text, flags=re.S):
        code = re.search(r"<CountryCode>(\w+)</CountryCode>", block)
        if not code:
            continue

        def section(tag: str, block: str = block) -> list[str]:
            m = re.search(rf"<{tag}>(.*?)</{tag}>", block, flags=re.S)
            if not m:
                return []
            return [w.strip().strip("_").replace("_", " ") for w in m.group(1).split("\n") if w.strip()]

        name = re.search(r"<CountryName>(.*?)</CountryName>", block)
        out[code.group(1)] = {
            "name": name.group(1).strip() if name else "",
            "nationality": section("Nationality"),
            "capital": section("Capital"),
        }
    return out


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


DEMONYM = re.compile(r"(?:an|ian|ese|ish|i|ic|ch|ene|ite|er|ean|ot|ois|ais|ss)$")


def title(s: str) -> str:
    return " ".join(w if w.isupper() and len(w) <= 3 else w.capitalize() for w in s.lower().split())


def build_countries(shared: Path) -> None:
    cmap = cameo_country_map(shared)
    cinfo = parse_countryinfo(shared)
    id_tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    en: dict[tuple[str, str], str] = {}
    idn: dict[tuple[str, str], str] = {}

    def code_for(c) -> str:
        return CAMEO_OVERRIDES.get(c.alpha_3, c.alpha_3)

    for c in pycountry.countries:
        code = code_for(c)
        names = {c.name, getattr(c, "common_name", None) or c.name}
        for n in names:
            if "," in n:  # "Korea, Republic of" is not how news writes it
                continue
            en[(n, "country")] = code
            tr = id_tr.gettext(n)
            if tr and "," not in tr:
                idn[(tr, "country")] = code
    iso = {c.alpha_3 for c in pycountry.countries} | set(CAMEO_OVERRIDES.values())
    for name, code in cmap.items():
        if code in iso and "," not in name and name != "null":
            en.setdefault((title(name), "country"), code)
    for iso3, info in sorted(cinfo.items()):
        code = CAMEO_OVERRIDES.get(iso3, iso3)
        cname = fold(info["name"])
        for cap in info["capital"][:1]:
            en[(title(cap), "capital")] = code
        cname = cname.replace("_", " ")
        for k, nat in enumerate(info["nationality"]):
            w = fold(nat)
            if " " in w or len(w) < 4 or w == cname:
                continue
            first = k == 0 and not w.startswith(cname)
            derived = (DEMONYM.search(w) and w[:4] == cname[:4]
                       and _edit_distance(w, cname) > 2 and not w.startswith(cname))
            if first or derived:
                en.setdefault((title(nat), "demonym"), code)
    _write_countries(PKG / "lang/en/countries.generated.txt", en,
                     "pycountry names; text_to_CAMEO countrynames.txt (MIT); capitals and nationality "
                     "adjectives from CountryInfo.120116 (CC BY-SA 3.0, P. Schrodt)")
    _write_countries(PKG / "lang/id/countries.generated.txt", idn,
                     "Indonesian country names from pycountry's iso3166-1 'id' locale (Debian iso-codes, LGPL)")


def _write_countries(path: Path, entries: dict[tuple[str, str], str], source: str) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("# GENERATED by scripts/build_data.py; edit countries.txt instead.\n")
        fh.write(f"# Source: {source}\n# CODE\tkind\tphrase\n")
        for (phrase, kind), code in sorted(entries.items(), key=lambda x: (x[1], x[0][1], x[0][0])):
            fh.write(f"{code}\t{kind}\t{phrase}\n")
    print(f"wrote {path.relative_to(ROOT)}: {len(entries)} entries")


# --------------------------------------------------------------------------- English verbs


def _petrarch_forms(verb: str) -> list[str]:
    return [verb.lower().replace("_", " ")]


def build_en_events(shared: Path) -> None:
    """Convert PETRARCH2 verb blocks into peristiwa patterns.

    A verb line ``ARREST [173]`` becomes ``173  arrest``; a pattern line under a
    block, ``- * {FINANCIAL AID} [070] # PROVIDE``, becomes
    ``070  provide ... financial aid`` for each verb of the block. Synsets
    (``&NAME``) are expanded to their first three members; patterns with
    prepositional phrases keep the preposition (``* (FOR AID)`` -> ``... for
    ... aid``). Null codes (``---``) and source-side nouns are dropped.
    """
    text = (shared / "petrarch-dicts/CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    synsets: dict[str, list[str]] = {}
    current = None
    lines = text.splitlines()
    for line in lines:
        s = line.split("#", 1)[0].rstrip()
        if s.startswith("&"):
            current = s.strip().rstrip("_")
            synsets[current] = []
        elif s.startswith("+") and current:
            synsets[current].append(s[1:].strip().rstrip("_").replace("_", " ").lower())
        elif s.strip() and not s.startswith("+"):
            current = None if not s.startswith("&") else current

    out: dict[tuple[str, str], str] = {}
    block_code = None
    verbs: list[tuple[str, str | None]] = []

    def expand(term: str) -> list[str]:
        term = term.strip()
        if term.startswith("&"):
            key = term.rstrip("_")
            return [t for t in synsets.get(key, [])[:3] if t]
        return [term.lower().replace("_", " ")]

    def verb_word(v: str) -> str:
        v = v.replace("+", "")
        return v.lower().replace("_", " ").strip()

    for line in lines:
        raw = line.split("#", 1)[0].rstrip()
        if not raw.strip():
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", raw)
        if m:
            block_code = m.group(2).strip()
            verbs = []
            continue
        if raw.startswith("&") or raw.startswith("+") or raw.startswith("~"):
            continue
        if raw.startswith("-"):
            pm = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", raw)
            if not pm:
                continue
            body, code = pm.group(1), pm.group(2).split(":")[0].strip()
            if not re.fullmatch(r"\d{2,4}", code) or "*" not in body:
                continue
            pre, post = body.split("*", 1)
            if pre.strip() and not re.fullmatch(r"[\s$+%^]*", pre):
                continue  # source-side nouns: rare, left out
            terms = _pattern_terms(post, expand)
            if terms is None:
                continue
            named = {verb_word(w) for w in re.findall(r"[A-Z][A-Z_]+", line.split("#", 1)[1])} \
                if "#" in line else set()
            targets = [v for v, _ in verbs if v in named] or [v for v, _ in verbs]
            for v in targets:
                for t in terms:
                    pat = f"{v} ... {t}" if t else v
                    out.setdefault((pat, code), code)
            continue
        if block_code is None:
            continue
        vm = re.match(r"^([A-Z][A-Z0-9_+\-']*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", raw.strip())
        if not vm:
            continue
        word = verb_word(vm.group(1))
        code = vm.group(3)[1:-1].split(":")[0].strip() if vm.group(3) else block_code
        verbs.append((word, code))
        if re.fullmatch(r"\d{2,4}", code or ""):
            out.setdefault((word, code), code)
    known = set()
    for line in (PKG / "data" / "cameo.tsv").read_text(encoding="utf-8").splitlines():
        if line and line[0].isdigit():
            known.add(line.split("\t", 1)[0])
    dropped = {code for (_, code) in out if code not in known}
    # "cease-fire" is three tokens in text: "cease - fire"
    out = {(re.sub(r"(?<=\w)-(?=\w)", " - ", pat), code): code for (pat, code) in out if code in known}
    path = PKG / "lang/en/events.petrarch.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("# GENERATED by scripts/build_data.py from PETRARCH2 CAMEO.2.0.txt "
                 "(MIT, (c) 2015 Open Event Data Alliance). Edit events.txt to override.\n")
        fh.write("# CODE\tPATTERN\n")
        for (pat, code) in sorted(out, key=lambda x: (x[1], x[0])):
            fh.write(f"{code}\t{pat}\n")
    print(f"wrote {path.relative_to(ROOT)}: {len(out)} patterns "
          f"(dropped PETRARCH codes not in CAMEO: {', '.join(sorted(dropped)) or 'none'})")


def _pattern_terms(post: str, expand) -> list[str] | None:
    """Turn the post-verb part of a PETRARCH pattern into peristiwa words."""
    post = post.strip()
    if not post:
        return [""]
    if any(ch in post for ch in "$+%^"):
        post = re.sub(r"[$+%^]", "", post).strip()
        if not post:
            return [""]
    words: list[list[str]] = []
    for tok in re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", post):
        if tok.startswith("{"):
            inner = tok[1:-1].split()
            words.append([" ".join(w for part in inner for w in expand(part)[:1])])
        elif tok.startswith("("):
            inner = tok[1:-1].replace("{", "").replace("}", "").split()
            words.append([" ... ".join(w for part in inner for w in expand(part)[:1])])
        else:
            words.append(expand(tok))
    if not words or any(not w for w in words):
        return None
    out = [""]
    for alts in words:
        out = [f"{a} ... {b}".strip(" .") if a else b for a in out for b in alts]
    return [re.sub(r"\s+", " ", o).strip() for o in out][:3]


# --------------------------------------------------------------------------- English agents


# Phoenix agent codes that are not CAMEO roles.
PHOENIX_ROLES = {"PPL": "CVL"}
# Places Phoenix codes as their people (CVL): a place aimed at is the bare country of
# the place (CONVENTIONS §3.6: "aid for flood-hit villages in Indonesia" is IDN); its
# people have their own nouns ("villagers", "residents"). "settlement" is an accord too.
NOT_AGENTS = {"village", "neighborhood", "neighbourhood", "settlement"}


def build_en_agents(shared: Path) -> None:
    path = shared / "petrarch-dicts/Phoenix.agents.txt"
    subs = {}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        s = line.split("#", 1)[0].strip()
        if not s:
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.*)$", s)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^(.+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]{3,})\]", s)
        if not m:
            continue
        phrase, code = m.group(1).strip(), m.group(3)
        phrases = [phrase]
        sm = re.search(r"!(\w+)!", phrase)
        if sm and sm.group(1) in subs:
            phrases = [phrase.replace(sm.group(0), "_" + w) for w in subs[sm.group(1)]]
        for p in phrases:
            p = p.strip("_").replace("_", " ").lower()
            p = re.sub(r"\s+", " ", p)
            if p and not p.startswith("!") and p not in NOT_AGENTS:
                role = code[:3]
                out.setdefault(p, PHOENIX_ROLES.get(role, role))
    dest = PKG / "lang/en/agents.phoenix.txt"
    with dest.open("w", encoding="utf-8") as fh:
        fh.write("# GENERATED by scripts/build_data.py from Phoenix.agents.txt "
                 "(MIT, (c) 2014 Open Event Data Alliance). Edit agents.txt to override.\n")
        fh.write("# phrase\t~ROLE (first three letters of the Phoenix agent code)\n")
        for p in sorted(out):
            fh.write(f"{p}\t~{out[p]}\n")
    print(f"wrote {dest.relative_to(ROOT)}: {len(out)} agents")


# --------------------------------------------------------------------------- people

ROLE_RULES = [
    (re.compile(r"first lady|first gentleman", re.I), "ELI"),
    # ministers and secretaries (of justice, police, the armed forces, the navy ...),
    # heads of state as commanders-in-chief and their chiefs of staff govern
    # (CONVENTIONS §4.3): GOV before the field of their office says otherwise
    (re.compile(r"\bminister\b|secretary|commander.in.chief|white house|downing street"
                r"|chief of staff (?:to|of the presiden)", re.I), "GOV"),
    (re.compile(r"justice|judge|court|attorney|prosecutor|solicitor", re.I), "JUD"),
    (re.compile(r"speaker|senate|chamber of deputies|parliament|assembly|house of", re.I), "LEG"),
    (re.compile(r"chief of (?:the )?(?:general )?staff|army|armed forces|military|navy|air force", re.I), "MIL"),
    (re.compile(r"police", re.I), "COP"),
]

WORLD_CODES = {
    "Secretary-General of the United Nations": "IGOUNO",
    "President of the United Nations General Assembly": "IGOUNO",
    "United Nations High Commissioner for Refugees": "IGOUNOREFHCR",
    "United Nations High Commissioner for Human Rights": "IGOUNOHRI",
    "Director-General of the World Health Organization": "IGOUNOHLHWHO",
    "Director General of the International Atomic Energy Agency": "IGOUNOIAE",
    "Managing Director of the International Monetary Fund": "IGOBUSIMF",
    "President of the World Bank Group": "IGOBUSWBK",
    "Secretary General of NATO": "IGOWSTNAT",
    "President of the European Commission": "IGOEUREEC",
}


def role_of(position: str) -> str:
    for rx, role in ROLE_RULES:
        if rx.search(position):
            return role
    return "GOV"


def build_people(shared: Path) -> list[Row]:
    """Office holders from Wikidata (CC0) as collected by every-politician-scrapers (2022)."""
    base = shared / "leaders/wikidata-holders21"
    manifest = {r["file"]: r["country_iso3"] for r in csv.DictReader((base / "MANIFEST.csv").open())}
    rows: dict[tuple, str] = {}
    names: dict[str, str] = {}
    for fname, iso3 in sorted(manifest.items()):
        path = base / fname
        if not path.is_file():
            continue
        for r in csv.DictReader(path.open(encoding="utf-8")):
            pid, name, pos = r.get("personID", ""), r.get("person", ""), r.get("position", "")
            if not pid or not name or pid == name:
                continue
            if fname == "world.csv":
                code = WORLD_CODES.get(pos)
                if not code:
                    continue
            else:
                if pos.lower().startswith("ambassador") or "representative" in pos.lower():
                    code = iso3 + "GOV"
                else:
                    code = iso3 + role_of(pos)
            names[pid] = name
            rows[(pid, code, r.get("start", ""), r.get("end", ""))] = f"{fname}: {pos}"
    snap = shared / "leaders/wikidata-snapshots"
    iso_by_name = {fold(c.name): c.alpha_3 for c in pycountry.countries}
    iso_by_name.update({fold(getattr(c, "common_name", c.name)): c.alpha_3 for c in pycountry.countries})
    iso_by_name.update({"turkey": "TUR", "russia": "RUS", "iran": "IRN", "vietnam": "VNM",
                        "south korea": "KOR", "north korea": "PRK", "syria": "SYR", "laos": "LAO",
                        "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA", "moldova": "MDA",
                        "czech republic": "CZE", "state of palestine": "PSE", "taiwan": "TWN",
                        "kosovo": "KSV", "the bahamas": "BHS", "the gambia": "GMB",
                        "democratic republic of the congo": "COD", "republic of the congo": "COG",
                        "people's republic of china": "CHN", "united states of america": "USA",
                        "kingdom of the netherlands": "NLD", "federated states of micronesia": "FSM",
                        "ivory coast": "CIV", "east timor": "TLS", "brunei": "BRN", "vatican city": "VAT",
                        "cape verde": "CPV", "eswatini": "SWZ", "north macedonia": "MKD"})
    for r in csv.DictReader((snap / "heads-of-state-and-government-2022.csv").open(encoding="utf-8")):
        iso3 = iso_by_name.get(fold(r["country"]))
        pid = r["officeholder"]
        if not iso3 or not pid or not r["officeholderLabel"] or r["officeholderLabel"].startswith("Q"):
            continue
        names.setdefault(pid, r["officeholderLabel"])
        rows.setdefault((pid, iso3 + "GOV", r["start_year"], r["end_year"]),
                        f"heads-of-state-and-government-2022.csv: {r['positionLabel']}")
    for r in csv.DictReader((snap / "foreign-ministers-2022.csv").open(encoding="utf-8")):
        iso3 = iso_by_name.get(fold(r["countryLabel"]))
        pid = r["person"]
        if not iso3 or not pid or not r["name"] or r["name"].startswith("Q"):
            continue
        names.setdefault(pid, r["name"])
        rows.setdefault((pid, iso3 + "GOV", r["start"], ""),
                        f"foreign-ministers-2022.csv: {r['positionLabel']}")
    out = [Row(f"wd:{pid}", code, start, end, names[pid], f"Wikidata {src}")
           for (pid, code, start, end), src in rows.items()]
    print(f"Wikidata: {len(rows)} affiliations of {len(names)} people")
    return out


def build_reign(shared: Path) -> list[Row]:
    """National leaders 1945-2021 from REIGN (Bell, Besaw & Frank 2021), as dated GOV codes.

    REIGN names leaders as the press does ("Karimov", "Joko Widodo"); its COW
    state abbreviations are mapped to ISO codes through CountryInfo.
    """
    cinfo_text = (shared / "leaders/countryinfo/CountryInfo.120116.txt").read_bytes().decode("utf-8", "replace")
    cow = {}
    for block in re.findall(r"<Country>(.*?)</Country>", cinfo_text, flags=re.S):
        c = re.search(r"<CountryCode>(\w+)</CountryCode>", block)
        a = re.search(r"<COW-Alpha>(\w+)</COW-Alpha>", block)
        if c and a:
            cow.setdefault(a.group(1), c.group(1))
    cow.update({"GFR": "DEU", "GMY": "DEU", "RUS": "RUS", "YUG": "SRB", "KOS": "KSV", "SSD": "SSD",
                "ETM": "TLS", "DRV": "VNM", "RVN": "VNM", "YAR": "YEM"})
    common = set()  # one-word role nouns of either language
    for path in sorted(PKG.glob("lang/*/agents*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            phrase = line.rsplit(None, 1)[0].strip() if line.strip() and not line.startswith("#") else ""
            if phrase and " " not in phrase:
                common.add(fold(phrase))
    rows = []
    path = shared / "leaders/reign/leaderlist_3_21.csv"
    with path.open(encoding="utf-8", errors="replace") as fh:
        for r in csv.DictReader(fh):
            iso = cow.get(r["stateabb"])
            name = re.sub(r"\s*\(.*$", "", r["leader"]).strip()  # "Pedini (2nd time)"
            if " " not in name and fold(name) in common:
                continue  # "King", "Sultan": a title or a word, not a leader's name
            if not iso or not name or not r["syear"]:
                continue
            start = f"{int(r['syear']):04d}-{int(r['smonth'] or 1):02d}-{int(r['sdate'] or 1):02d}"
            end = f"{int(r['eyear']):04d}-{int(r['emonth'] or 12):02d}" if r["eyear"] else ""
            rows.append((f"reign:{r['leadid']}", iso + "GOV", start, end, name))
    print(f"REIGN: {len(rows)} leader spells")
    return [Row(rid, code, start, end, name, "REIGN leaderlist_3_21.csv: head of state or government")
            for rid, code, start, end, name in rows]


def build_places(shared: Path) -> None:
    """Indonesian provinces, regencies and cities (Kemendagri 2025 codes, cahyadsn/wilayah, MIT)
    as "region" entries of the actor lexicons: a region is never an actor by
    itself, but gives its country to the agent it qualifies ("Pengadilan
    Tinggi Bali", "Polres Cilacap") and to the place a sentence happens in."""
    rows = csv.DictReader((shared / "geo-id/wilayah_kemendagri_2025_level1-3.csv").open(encoding="utf-8"))
    names: set[str] = set()
    for r in rows:
        if r["level"] not in ("1", "2"):
            continue
        name = r["nama"].strip()
        names.add(name)
        short = re.sub(r"^(Kabupaten|Kota Administrasi|Kota|Provinsi)\s+", "", name)
        if short != name and (" " in short or len(short) >= 5):
            names.add(short)
    taken = set()
    for path in sorted(PKG.glob("lang/*/countries*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t") if "\t" in line else line.split(None, 2)
            if not line.startswith("#") and len(cols) >= 3:
                taken.add(fold(cols[2].strip()))
    out = sorted(n for n in names if fold(n) not in taken)
    for lang in ("id", "en"):
        dest = PKG / f"lang/{lang}/places.generated.txt"
        with dest.open("w", encoding="utf-8") as fh:
            fh.write("# GENERATED by scripts/build_data.py from ../shared/data/geo-id "
                     "(Kemendagri 2025 region names via cahyadsn/wilayah, MIT).\n")
            fh.write("# CODE\tkind\tphrase: Indonesian provinces, regencies and cities\n")
            for n in out:
                fh.write(f"IDN\tregion\t{n}\n")
        print(f"wrote {dest.relative_to(ROOT)}: {len(out)} regions")


# Countries whose first-level divisions stand for them as mentions (places.divisions.txt):
# those the Indonesian press reports on most, chosen by country, never by case.
DIVISION_COUNTRIES = ("AFG", "AUS", "AZE", "CAN", "CHN", "DEU", "ESP", "ETH", "FRA", "GBR", "GEO", "IND",
                      "IRQ", "JPN", "MDA", "MEX", "MMR", "MYS", "NGA", "PAK", "PHL", "RUS", "SDN", "SOM",
                      "THA", "YEM")
# pycountry's names written otherwise in the press: the type word of China's provinces
DIVISION_SUFFIXES = (" Sheng",)
# local type words: "Chechenskaya Respublika", "Altayskiy kray", "Hong Kong SAR" are written
# otherwise in the press (by hand in places.world.txt where needed)
DIVISION_LOCAL_TYPES = frozenset({"respublika", "kray", "oblast", "zizhiqu", "sar"})
# Divisions left out by hand, with the reason (the rules of ``_division_names`` leave out
# the words of the language, given names, names of two countries' divisions and places of
# Indonesia).
DIVISION_LEFT_OUT = {
    "Red Sea": "a sea first", "Blue Nile": "a river first", "White Nile": "a river first",
    "River Nile": "a river first", "Northern": "an English word", "Rivers": "an English word",
    "Plateau": "an English word", "Cross River": "an English phrase",
    "Victoria": "a given name; cities of five countries",
    "Farah": "a given name", "Hajjah": "an Indonesian title of address (a woman who made the hajj)",
    "Guerrero": "a family name as often", "Hidalgo": "a family name as often", "Morelos": "a family name as often",
    "Alberta": "a given name", "Aragon": "a family name as often",
    "Shan": "a Chinese given name (by hand: 'Negara Bagian Shan')",
    # Japanese prefectures whose names are common family names ("Natsuo Yamaguchi")
    "Yamaguchi": "a family name", "Ishikawa": "a family name", "Miyazaki": "a family name",
    "Yamagata": "a family name", "Toyama": "a family name", "Nagano": "a family name",
    "Chiba": "a family name", "Kagawa": "a family name", "Fukui": "a family name",
    "Okayama": "a family name", "Yamanashi": "a family name", "Shimane": "a family name",
    "Akita": "a family name", "Fukushima": "a family name (by hand: the nuclear disaster's prefecture)",
    "Shiga": "a family name", "Wakayama": "a family name", "Kanagawa": "a family name",
    "Chin": "a Chinese and Korean family name", "Amara": "a given name", "Surin": "a Thai given name",
    "Trang": "a Vietnamese given name", "National Capital Region": "an English phrase of several countries",
    "Bayern": "the football club (Bayern München) far more often; by hand as 'Bavaria'",
}
DIVISION_CITY = 100_000  # a city of another country this large by the name: left out


def _division_names(taken: set[str]) -> list[tuple[str, str]]:
    """(ISO alpha-3, name) of the first-level divisions of ``DIVISION_COUNTRIES`` in
    pycountry's ISO 3166-2, as the press writes them: no inverted ("Madrid, Comunidad
    de"), bracketed or local-type names ("Kurganskaya oblast'"); not a word of the
    language, an English stop word or a given name ("Delta", "Mie"), no name of three
    letters, none the lexicon has already (``taken``: a capital, an Indonesian region,
    a name places.world.txt has by hand), none of two countries' divisions ("Punjab"),
    nor a place of Indonesia or a city of another country (``DIVISION_CITY``) in the
    gazetteer; nor ``DIVISION_LEFT_OUT``."""
    from peristiwa import lang as langdata
    from peristiwa.actors.story import DIVISION_TYPES, _read_divisions
    from peristiwa.places import gazetteer
    from peristiwa.text.stems import common_words, given_names

    data = langdata.load("id")
    words = common_words(data) | given_names(data) | common_words(langdata.load("en"))
    shared = {n for n, cs in _read_divisions().items() if len(cs) > 1}
    left_out = {fold(n) for n in DIVISION_LEFT_OUT}
    out = []
    for alpha3 in DIVISION_COUNTRIES:
        country = pycountry.countries.get(alpha_3=alpha3)
        for sub in pycountry.subdivisions.get(country_code=country.alpha_2) or ():
            if sub.parent_code is not None or not any(w in sub.type.lower() for w in DIVISION_TYPES):
                continue
            name = next((sub.name[: -len(x)] for x in DIVISION_SUFFIXES if sub.name.endswith(x)), sub.name)
            plain = fold(name)
            if not re.fullmatch(r"[a-z]+(?:[ -][a-z]+)*", plain) or len(plain) <= 3 or plain in words \
                    or set(plain.split()) & DIVISION_LOCAL_TYPES or plain in taken or plain in shared \
                    or plain in left_out:
                continue
            if any(e.country == "IDN" or e.country != alpha3 and e.population >= DIVISION_CITY
                   for e in gazetteer().candidates(name)):
                continue  # "Kochi" (a city of India too)
            out.append((alpha3, name))
    return sorted(set(out))


def build_divisions() -> None:
    """The first-level divisions of the countries the press reports on most, each
    standing for its country as a mention (src/peristiwa/data/places.divisions.txt),
    from pycountry's ISO 3166-2; data/places.world.txt keeps by hand the names it
    lacks or spells otherwise."""
    taken = set()
    hand = [PKG / "data" / "places.world.txt"]
    for path in sorted(PKG.glob("lang/*/countries*.txt")) + sorted(PKG.glob("lang/*/places.generated.txt")) + hand:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t") if "\t" in line else line.split(None, 2)
            if not line.startswith("#") and len(cols) >= 3:
                taken.add(fold(cols[2].strip()))
    found = _division_names(taken)
    dest = PKG / "data" / "places.divisions.txt"
    with dest.open("w", encoding="utf-8") as fh:
        fh.write(f"# GENERATED by scripts/build_data.py from pycountry {_pycountry_version()} (ISO 3166-2):\n"
                 "# first-level divisions of the countries the press reports on most, each standing for\n"
                 "# its country as a mention (format as places.world.txt: CODE  kind  phrase).\n")
        for alpha3, name in found:
            fh.write(f"{alpha3}\tcountry\t{name}\n")
    print(f"wrote {dest.relative_to(ROOT)}: {len(found)} divisions")


def _pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


PHOENIX_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt")
PHOENIX_FREEZE = "2015-06-30"  # open ranges in the 2015 dictionaries end here


def lower_words(shared: Path) -> set[str]:
    """Every word the UD treebanks (Indonesian and English) write in lower case: a name
    among them is also a plain word ("google", "youth")."""
    out: set[str] = set()
    for path in sorted((shared / "ud").glob("*/*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 2 and cols[0].isdigit() and cols[1].islower():
                out.add(cols[1])
    return out


def given_names() -> set[str]:
    """The folded given names of lang/id/names.given.txt."""
    path = PKG / "lang" / "id" / "names.given.txt"
    return {fold(w) for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#") for w in line.split()[:1]}


def build_phoenix(shared: Path, known: dict[str, set[str]], curated: set[str]) -> list[Row]:
    """People and organisations from the Phoenix actor dictionaries with their dated codes.

    An entry naming someone already known (same name, same country) joins
    that entity: its dated codes are added under the existing id. An entry
    whose name a curated file defines is left out (the curated row wins).
    Country entries (a bare country code) are left to the country lexicon.
    """
    out: list[Row] = []
    seen: set[tuple] = set()
    plain, given = lower_words(shared), given_names()
    places = set()  # country names, capitals, demonyms: the country lexicons have them
    for path in sorted(PKG.glob("lang/*/countries*.txt")) + [PKG / "data" / n for n in ("places.world.txt", "places.divisions.txt")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t") if "\t" in line else line.split(None, 2)
            if not line.startswith("#") and len(cols) >= 3:
                places.add(fold(cols[2].strip()))
    for fname in PHOENIX_FILES:
        entries: dict[str, list[Row]] = {}
        for row in phoenix.read(shared / "petrarch-dicts" / fname, freeze=PHOENIX_FREEZE):
            entries.setdefault(row.id, []).append(row)
        for pid, rows in entries.items():
            codes = [r.code for r in rows if r.code]
            if not codes or all(len(c) == 3 for c in codes):
                continue
            names = [n for n in rows[0].names.split("|") if fold(n) not in places]
            folded = {fold(n) for n in names}
            if not names or folded & curated:
                continue
            dated = any(r.start or r.end for r in rows) or any(c[3:6] == "ELI" for c in codes)
            if not dated:
                # an organisation's one-word name ("Tigers", "Resistance") is too often a
                # plain word; acronyms ("PLO") and longer names are kept, and so is a firm's,
                # an NGO's or an IGO's one-word name ("Viacom") that running text never writes
                # in lower case and that is no given name ("Kadek")
                firm = all(c[:3] in ("MNC", "NGO", "IGO") for c in codes)
                names = [n for n in names if " " in n or len(n) <= 4
                         or (firm and n.lower() not in plain and fold(n) not in given)]
                if not names:
                    continue
            countries = {c[:3] for c in codes}
            target = None
            for n in names:  # the first name that a known entity of the same country bears
                for other in sorted(known.get(fold(n), ())):
                    if other[1] in countries:
                        target = other[0]
                        break
                if target:
                    break
            eid = target or (pid if dated else "org:" + pid)
            for r in rows:
                if not r.code:
                    continue
                key = (eid, r.code, r.start, r.end)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Row(eid, r.code, r.start, r.end, "|".join(names), f"Phoenix {r.source}"))
    print(f"Phoenix: {len(out)} dated codes")
    return out


def compile_kb(shared: Path) -> str:
    """Compile the knowledge base: Wikidata office holders, REIGN leaders and
    the Phoenix actor dictionaries, into one sorted file with provenance per
    row (data/actors.kb.tsv.gz). Curated files (data/actors/*.tsv) are read
    beside it at run time; here they only keep Phoenix from redefining them."""
    base = build_people(shared) + build_reign(shared)
    known: dict[str, set[tuple[str, str]]] = {}
    for r in base:
        for n in r.names.split("|"):
            known.setdefault(fold(n), set()).add((r.id, r.code[:3]))
    curated: set[str] = set()
    for path in sorted((PKG / "data/actors").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 5 or cols[0] == "id":
                continue
            curated.update(fold(n) for n in cols[4].split("|") if n.strip())
    rows = base + build_phoenix(shared, known, curated)
    rows.sort(key=lambda r: (r.id, r.start, r.end, r.code, r.source))
    # names once per entity, on its first row: every row's names, so that the aliases of
    # a Phoenix entry merged into a known person ("Gadhafi" beside REIGN's "Qaddafi") stay
    names_of: dict[str, list[str]] = {}
    for r in rows:
        kept = names_of.setdefault(r.id, [])
        kept.extend(n for n in r.names.split("|") if n and n not in kept)
    body = []
    named: set[str] = set()
    for r in rows:
        names = "|".join(names_of[r.id]) if r.id not in named else ""
        named.add(r.id)
        body.append(Row(r.id, r.code, r.start, r.end, names, r.source).tsv())
    text = "\n".join(body) + "\n"
    version = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    head = (f"# peristiwa actor knowledge base {version}. GENERATED by scripts/build_data.py "
            "(make data) from ../shared/data; edit data/actors/*.tsv instead.\n"
            "# Sources: Wikidata office holders (CC0, via every-politician-scrapers, 2022 snapshots); "
            "REIGN leaderlist_3_21 (Bell, Besaw & Frank 2021); Phoenix actor dictionaries (OEDA, MIT), "
            f"open date ranges closed at {PHOENIX_FREEZE}.\n"
            "# One row per dated affiliation; names on the first row of each id; source = provenance.\n"
            "id\tcode\tstart\tend\tnames\tsource\n")
    print(f"knowledge base: {len(rows)} rows of {len(named)} entities, version {version}")
    return head + text


def gzip_bytes(data: bytes) -> bytes:
    """gzip with no time stamp and no file name: the same input, the same bytes."""
    import gzip
    import io

    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", filename="", mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return buf.getvalue()


def build_kb(shared: Path) -> None:
    dest = PKG / "data/actors.kb.tsv.gz"
    dest.write_bytes(gzip_bytes(compile_kb(shared).encode("utf-8")))
    old = PKG / "data/actors.kb.tsv"
    if old.exists():
        old.unlink()
    print(f"wrote {dest.relative_to(ROOT)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    (PKG / "data").mkdir(exist_ok=True)
    build_cameo(args.shared)
    build_countries(args.shared)
    build_en_events(args.shared)
    build_en_agents(args.shared)
    build_places(args.shared)
    build_divisions()
    build_kb(args.shared)


if __name__ == "__main__":
    main()
