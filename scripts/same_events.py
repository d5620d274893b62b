"""Check that a change leaves the coded events as they were.

    python scripts/same_events.py write BEFORE.jsonl      # on the code before the change
    python scripts/same_events.py compare BEFORE.jsonl    # on the code after it
    python scripts/same_events.py compare BEFORE.jsonl --together   # 8 texts at a time, as ingest codes them

It codes every gold file in ../shared/gold (the sealed set excepted: it is never
decoded), the seed article as one article, the demo articles and 300 articles of
the benchmark corpus (bench/pipeline.py: UD and NER-set news text), and writes
one line per text with every event's codes, sides, spans, rule, date and place.
``compare`` codes the same texts again and lists each text whose events differ,
with the fields that differ; exit status 1 when any does.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))

FIELDS = ("source", "target", "code", "quad_class", "goldstein", "plover", "plover_mode",
          "sentence", "source_name", "target_name", "date", "date_precision", "place")


def texts():
    """(key, text, lang, published) for every text the check codes."""
    for path in sorted((SHARED / "gold").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            case = json.loads(line)
            yield f"{path.name}:{case['id']}", case["text"], case.get("lang") or "auto", case.get("published")
    seed = SHARED / "gold" / "seed-article.txt"
    if seed.exists():
        yield "seed-article.txt", seed.read_text(encoding="utf-8"), "id", "2020-12-29"
    from peristiwa.ingest import read_paths

    for art in read_paths(sorted(str(p) for p in (ROOT / "demo").glob("*.txt"))):
        yield f"demo:{Path(art.origin or '').name}", art.text, art.lang or "auto", \
            art.published.isoformat() if art.published else None
    from pipeline import build  # bench/pipeline.py

    with tempfile.TemporaryDirectory() as tmp:
        corpus = build(SHARED / "data" / "ud", 300, 1, Path(tmp))
        for k, line in enumerate(corpus.open(encoding="utf-8")):
            d = json.loads(line)
            yield f"corpus:{k}", d["text"], d["lang"], d["published"]


def record(ev) -> dict:
    d = ev.to_dict()
    out = {k: d[k] for k in FIELDS}
    evd = d["evidence"]
    out["evidence"] = {k: evd[k] for k in ("sentence", "trigger", "source_span", "target_span",
                                           "rule", "notes", "date_span", "place_span")}
    return out


def code_all(together: int = 1) -> dict[str, list[dict]]:
    """Every text's events; ``together`` > 1: that many texts coded in one call
    (``Coder.analyse_many``, as ingest codes its batches)."""
    from peristiwa.pipeline import Coder, parse_date
    from peristiwa.records import Article

    coder = Coder()
    if together <= 1:
        return {key: [record(e) for e in coder.code_text(text, lang=lang, published=pub)]
                for key, text, lang, pub in texts()}
    out: dict[str, list[dict]] = {}
    items = list(texts())
    for at in range(0, len(items), together):
        group = items[at: at + together]
        arts = [Article(text=text, lang=lang, published=parse_date(pub)) for _, text, lang, pub in group]
        for (key, *_), coded in zip(group, coder.analyse_many(arts), strict=True):
            if isinstance(coded, Exception):
                raise coded
            out[key] = [record(e) for cs in coded for e in cs.events]
    return out


def main() -> int:
    from peristiwa.ingest.run import TOGETHER

    together = TOGETHER if "--together" in sys.argv else 1
    sys.argv[1:] = [a for a in sys.argv[1:] if a != "--together"]
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "compare"):
        print(__doc__, file=sys.stderr)
        return 2
    now = code_all(together)
    path = Path(sys.argv[2])
    if sys.argv[1] == "write":
        with path.open("w", encoding="utf-8") as fh:
            for key, events in now.items():
                fh.write(json.dumps({"key": key, "events": events}, ensure_ascii=False) + "\n")
        print(f"{len(now)} texts, {sum(map(len, now.values()))} events written to {path}")
        return 0
    before = {d["key"]: d["events"] for d in map(json.loads, path.open(encoding="utf-8"))}
    differ = 0
    for key in sorted(set(before) | set(now)):
        a, b = before.get(key, []), now.get(key, [])
        if a == b:
            continue
        differ += 1
        print(f"== {key}: {len(a)} events before, {len(b)} now")
        for ev in a:
            if ev not in b:
                print(f"   - {json.dumps(ev, ensure_ascii=False)}")
        for ev in b:
            if ev not in a:
                print(f"   + {json.dumps(ev, ensure_ascii=False)}")
    total = len(set(before) | set(now))
    events = sum(map(len, now.values()))
    print(f"{total} texts, {events} events now; {differ} texts differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
