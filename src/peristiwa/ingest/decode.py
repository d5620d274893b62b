"""Bytes to text: which encoding a news file is in, and a clear refusal when it is none.

The order of trust:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) is believed;
2. NUL bytes anywhere else mean a binary file, not text;
3. strict UTF-8;
4. the encoding the document declares (HTML ``<meta charset>``, HTTP ``Content-Type``);
5. charset-normalizer, but only when it finds a non-Latin legacy encoding (Cyrillic,
   Greek, Arabic, Thai, CJK ...). On short Latin text it guesses wildly (``b"Caf\\xe9"``
   comes back as EBCDIC or UTF-16), so
6. Latin text is read as UTF-8 with Windows-1252 for the bytes that are not UTF-8:
   pure cp1252/latin-1 files decode exactly, and so do UTF-8 files with a stray cp1252
   byte. If that still leaves control characters, the encoding is unknown and we say so.

Newlines come out as ``"\\n"``.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

# Encodings charset-normalizer must not propose: no BOM means no UTF-16/32, and EBCDIC
# is what it reaches for when a Latin sample is too short to judge.
_NEVER = [
    "utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7",
    "cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140",
]
# Non-Latin legacy encodings whose detection we trust.
_TRUSTED = {
    "cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866",
    "cp1253", "iso8859_7", "cp1255", "iso8859_8", "cp1256", "iso8859_6",
    "cp874", "tis_620", "iso8859_11",
    "cp932", "shift_jis", "euc_jp", "cp949", "euc_kr", "gb2312", "gbk", "gb18030",
    "big5", "big5hkscs", "cp950",
}
_SAMPLE = 1 << 20  # bytes shown to charset-normalizer: enough to judge, bounded in time
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we can tell; the message is one line."""


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    # cp1252 leaves five bytes undefined; latin-1 maps them to C1 controls, which the
    # control-character check below then counts against the guess.
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


codecs.register_error("peristiwa.cp1252", _cp1252_fallback)


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if any."""
    m = _META_CHARSET.search(head[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii", "ignore") or None


def decode(data: bytes, declared: str | None = None) -> str:
    """The text in ``data``; raises DecodeError with a one-line reason when there is none."""
    text = _decode(data, declared)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _decode(data: bytes, declared: str | None) -> str:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"not valid {name} text despite its byte-order mark "
                    f"(bad byte at offset {exc.start})"
                ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(f"binary file (NUL byte at offset {nul}), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        not_utf8 = f"not UTF-8: bad byte 0x{data[exc.start]:02x} at offset {exc.start}"
    if declared:
        try:
            return data.decode(_codec(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[:_SAMPLE], cp_exclusion=_NEVER).best()
    if best is not None and best.encoding in _TRUSTED:
        try:
            return data.decode(best.encoding)
        except UnicodeDecodeError:
            pass
    text = None
    if not _UTF8_SEQUENCE.search(data, 0, _SAMPLE):  # no UTF-8 to keep: the fast way
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    if text is None:
        text = data.decode("utf-8", errors="peristiwa.cp1252")
    controls = len(_CONTROL.findall(text[:_SAMPLE]))
    if controls > max(2, len(text[:_SAMPLE]) // 1000):
        raise DecodeError(f"cannot tell the text encoding ({not_utf8})")
    return text


def _codec(name: str) -> str:
    """Python's codec for a declared charset; like browsers, latin-1 means windows-1252."""
    info = codecs.lookup(name.strip().lower())
    if info.name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return info.name
