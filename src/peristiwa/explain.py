"""Answer "why this event?": the rule, where it is written, and the marked sentence."""

from __future__ import annotations

from peristiwa import lang as langdata
from peristiwa.coding import cameo
from peristiwa.lang import read_lines


def find_rule(rule: str) -> tuple[str, int, str] | None:
    """(file path, line number, line text) of a pattern id ``lang:file:code:pattern``."""
    try:
        lang, fname, code, pattern = rule.split(":", 3)
    except ValueError:
        return None
    path = langdata.folder(lang) / fname
    for n, line in read_lines(path):
        parts = line.split(None, 1)
        if len(parts) == 2 and parts[0] == code:
            body = " ".join(t for t in parts[1].split() if not t.startswith("@"))
            if body == pattern:
                return str(path), n, line.strip()
    return None


def mark(sentence: str, offset: int, spans: list[tuple[str, tuple[int, int] | None]]) -> str:
    """The sentence with [S: ...], [T: ...] and «trigger» marks."""
    marks = []
    for label, span in spans:
        if span is None:
            continue
        a, b = span[0] - offset, span[1] - offset
        if 0 <= a <= b <= len(sentence):
            marks.append((a, b, label))
    out = sentence
    for a, b, label in sorted(marks, key=lambda m: -m[0]):
        if label == "trigger":
            out = out[:a] + "«" + out[a:b] + "»" + out[b:]
        else:
            out = out[:a] + f"[{label}: " + out[a:b] + "]" + out[b:]
    return out


def explain(ev: dict) -> str:
    e = ev["evidence"]
    code = ev["code"]
    try:
        name = cameo.lookup(code).name
    except KeyError:
        name = "?"
    lines = [
        f"event     {ev['source'] or '-'}  {code}  {ev.get('target') or '-'}   ({name})",
        f"          QuadClass {ev.get('quad_class')}, Goldstein {ev.get('goldstein')}, "
        f"PLOVER {ev.get('plover') or '-'}{' (' + ev['plover_mode'] + ')' if ev.get('plover_mode') else ''}",
    ]
    found = find_rule(e["rule"])
    if found:
        path, n, text = found
        lines.append(f"rule      {e['rule']}")
        lines.append(f"          written at {path}:{n}: {text}")
    else:
        lines.append(f"rule      {e['rule']} (not found in this version's lexicons)")
    off = e.get("sentence_start", 0)
    spans = [("S", e.get("source_span")), ("T", e.get("target_span")), ("trigger", e.get("trigger"))]
    lines.append(f"sentence  #{e['sentence']}: " + mark(ev["sentence"], off, spans))
    lines.append(f"trigger   {e.get('trigger_text', '')!r} at {tuple(e['trigger'])}")
    if e.get("source_span"):
        lines.append(f"source    {e.get('source_text', '')!r} at {tuple(e['source_span'])} -> {ev['source']}")
    if e.get("target_span"):
        lines.append(f"target    {e.get('target_text', '')!r} at {tuple(e['target_span'])} -> {ev['target']}")
    if ev.get("date"):
        said = f" from {e.get('date_text')!r} at {tuple(e['date_span'])}" if e.get("date_span") else \
            " (the publication date: the sentence names none)"
        lines.append(f"date      {ev['date']} ({ev.get('date_precision')}){said}")
    place = ev.get("place")
    if place:
        where = f" from {e.get('place_text')!r} at {tuple(e['place_span'])}" if e.get("place_span") else ""
        lines.append(f"place     {place.get('name')}, {place.get('country')} "
                     f"({place.get('lat')}, {place.get('lon')}; GeoNames {place.get('geonameid') or '-'}){where}")
    if e.get("notes"):
        lines.append("how       " + "; ".join(e["notes"]))
    return "\n".join(lines)


def explain_lines(lines: list[str]):
    """The explanation of each event line (JSON from `peristiwa code`), blank lines
    skipped; a line that is not such an event is an ``InputError`` naming it."""
    import json

    from peristiwa.errors import InputError

    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield explain(json.loads(line))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise InputError(f"line {n}: not an event from `peristiwa code` ({exc})") from None
