"""Which lexicon lines serve one gold case? (issue #18, item 5)

Build-time only: nothing here is imported by peristiwa.

For every pattern line of ``lang/id/events.txt`` and ``events.codebook.txt``
that was added or changed after a boundary commit (``git blame``: the line's
commit is in ``SINCE..HEAD``, or not committed yet), it counts the events the
line codes

* in the gold files (dev-id, dev-id-more, train-id, the seed article's cases):
  events, distinct cases, and how many of them match a gold event at dyad-root
  level (the same one-to-one matching as ``peristiwa eval``);
* in unlabelled Indonesian text: the caches written by
  ``scripts/mine_between.py code --every N --part P --cache FILE`` (UD, NER and
  kumparan sentences; the evidence's ``rule`` is the pattern id
  ``id:FILE:CODE:PATTERN``). Sentences that share a run of six words with a gold
  text are left out (dev-id comes from the same kumparan corpus);
* how often the line's words occur as the pattern has them in the whole of that
  corpus (``mine_between.corpus``, every sentence, gold-like ones left out),
  any word standing for an actor slot: a phrase that never occurs there at all,
  events or not, is one no other text has used.

A line with gold events and none in the unlabelled text is a candidate for a
line written for one case; whether it is one is read, not decided here.

For the actor tables (``data/actors/*.tsv``, ``lang/id/agents*.txt``) the rows
added after the boundary are listed with how often each of their names occurs
(as words, case-insensitive) in the gold texts and the unlabelled text.

Code paths are seen through the evidence notes they write ("source subject: the
members listed in brackets"): ``--notes-out`` counts each kind of note (quoted
words left out) in the gold events and in the events of the cached corpus
sentences, coded again, and marks the kinds whose text was added after the
boundary.

    python scripts/audit_lines.py --since e1fd148 --cache /tmp/mined0.jsonl[,/tmp/mined1.jsonl] \
        [--out lines.tsv] [--actors-out actors.tsv] [--notes-out notes.tsv]

Pattern ids in the table are matched as text, so a line moved or edited after
the caches were written is counted again only by coding anew.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = (ROOT / ".." / "shared" / "gold").resolve()
if not GOLD.exists():
    GOLD = Path("/work/shared/gold")
GOLD_FILES = ("dev-id.jsonl", "dev-id-more.jsonl", "train-id.jsonl", "seed-article.jsonl")
LEX = ROOT / "src" / "peristiwa" / "lang" / "id"
LEX_FILES = ("events.txt", "events.codebook.txt")
ACTOR_FILES = [*sorted((ROOT / "src" / "peristiwa" / "data" / "actors").glob("*.tsv")),
               LEX / "agents.txt", LEX / "agents.general.txt"]
SHINGLE = 6


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True,
                          text=True).stdout


def new_lines(path: Path, since: str) -> dict[int, str]:
    """Line number -> short commit, for each line of the working file whose commit is after ``since``."""
    after = set(git("rev-list", f"{since}..HEAD").split())
    out: dict[int, str] = {}
    commit = ""
    for line in git("blame", "--porcelain", "--", str(path.relative_to(ROOT))).splitlines():
        m = re.match(r"^([0-9a-f]{40}) \d+ (\d+)", line)
        if m:
            commit = m.group(1)
            if commit in after or set(commit) == {"0"}:
                out[int(m.group(2))] = commit[:7] if set(commit) != {"0"} else "uncommitted"
    return out


def pattern_lines(since: str) -> list[dict]:
    """The pattern lines of the lexicon added or changed after ``since``, each with its id."""
    from peristiwa.lang import read_lines

    rows = []
    for name in LEX_FILES:
        path = LEX / name
        changed = new_lines(path, since)
        for n, line in read_lines(path):
            if n not in changed:
                continue
            parts = line.split(None, 1)
            if len(parts) < 2:
                continue
            code, body = parts
            text = " ".join(t for t in body.split() if not t.startswith("@"))
            rows.append({"file": name, "line": n, "code": code, "pattern": body.strip(),
                         "commit": changed[n], "id": f"id:{name}:{code}:{text}"})
    return rows


def boundary_patterns(since: str) -> set[tuple[str, str, str]]:
    """(file, code, pattern) of every pattern line as it was at ``since``: a line blamed on a
    later commit that is here was only moved or rewritten to the same text."""
    out = set()
    for name in LEX_FILES:
        text = git("show", f"{since}:{(LEX / name).relative_to(ROOT)}")
        for line in text.splitlines():
            line = line.split("#", 1)[0].rstrip()
            parts = line.split(None, 1)
            if len(parts) == 2:
                out.add((name, parts[0], parts[1].strip()))
    return out


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def shingles(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + SHINGLE]) for i in range(max(1, len(w) - SHINGLE + 1))}


def note_kind(note: str) -> str:
    """An evidence note with its quoted words left out: the code path that wrote it."""
    return re.sub(r"'[^']*'", "'_'", note)


def gold_counts() -> tuple[dict, list[str], dict]:
    """Pattern id -> {'events', 'tp', 'cases'} over the gold files; the gold texts; and the
    same counts for each kind of evidence note (``note_kind``)."""
    from peristiwa.evaluate import key, read_gold
    from peristiwa.pipeline import Coder, parse_date
    from peristiwa.records import Article

    coder = Coder()
    out: dict[str, dict] = collections.defaultdict(lambda: {"events": 0, "tp": 0, "cases": set()})
    notes: dict[str, dict] = collections.defaultdict(lambda: {"events": 0, "tp": 0, "cases": set()})
    texts = []
    for name in GOLD_FILES:
        errors: list[str] = []
        for case in read_gold(GOLD / name, errors):
            texts.append(case.text)
            art = Article(text=case.text, id=case.id, lang=case.lang, published=parse_date(case.published))
            evs = coder.code_article(art)
            left = collections.Counter(key("dyad_root", g) for g in case.events)
            for ev in evs:
                k = key("dyad_root", ev.to_dict())
                hit = left[k] > 0  # one-to-one, as eval's sum over keys of min(pred, gold)
                left[k] -= hit
                for row in [out[ev.evidence.rule]] + [notes[n] for n in {note_kind(x) for x in ev.evidence.notes}]:
                    row["events"] += 1
                    row["cases"].add(f"{name.removesuffix('.jsonl')}:{case.id}")
                    row["tp"] += hit
    return out, texts, notes


def unlabelled_counts(caches: list[str], gold_texts: list[str]) -> tuple[dict, int, int, list[str]]:
    """Pattern id -> {'events', 'sentences'} in the cached corpus sentences that share no
    six-word run with a gold text; the sentences read and left out; the texts kept."""
    out: dict[str, dict] = collections.defaultdict(lambda: {"events": 0, "sentences": 0})
    n = dropped = 0
    kept = []
    for rec, gold_like in cached_records(caches, gold_texts):
        n += 1
        if gold_like:
            dropped += 1
            continue
        kept.append(rec["text"])
        seen = set()
        for ev in rec["events"]:
            rule = ev[4]
            out[rule]["events"] += 1
            if rule not in seen:
                out[rule]["sentences"] += 1
                seen.add(rule)
    return out, n, dropped, kept


def cached_records(caches: list[str], gold_texts: list[str]):
    """(record, shares a six-word run with a gold text) of every readable line of
    the corpus caches."""
    gold_sh = set().union(*(shingles(t) for t in gold_texts))
    for path in caches:
        for line in open(path, encoding="utf-8"):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            yield rec, bool(shingles(rec["text"]) & gold_sh)


def unlabelled_notes(caches: list[str], gold_texts: list[str]) -> collections.Counter:
    """Kind of evidence note -> events in the cached corpus sentences that had an event
    (coded again: the caches keep no notes), gold-like sentences left out."""
    from peristiwa.pipeline import Coder
    from peristiwa.records import Article

    coder = Coder()
    out: collections.Counter = collections.Counter()
    for rec, gold_like in cached_records(caches, gold_texts):
        if not rec["events"] or gold_like:
            continue
        for ev in coder.code_article(Article(text=rec["text"], id="mine", lang="id")):
            out.update({note_kind(x) for x in ev.evidence.notes})
    return out


def new_note_kinds(since: str, kinds) -> set[str]:
    """The note kinds one of whose fixed stretches (between quoted words and colons, ten
    characters or more) is in a line of src/ added after ``since`` and nowhere in src/ at
    ``since``: code paths of the sessions after it."""
    added = "\n".join(x[1:] for x in git("diff", f"{since}..HEAD", "--", "src/").splitlines()
                      if x.startswith("+") and not x.startswith("+++"))
    out = set()
    for kind in kinds:
        pieces = [f.strip(" :,()") for f in re.split(r"'_'|: |\(", kind)]
        # 'source '/'target ' is put before what the code path writes
        for frag in pieces + [p.split(" ", 1)[1] for p in pieces if " " in p]:
            if len(frag) < 10 or frag not in added:
                continue
            old = subprocess.run(["git", "-C", str(ROOT), "grep", "-F", "-q", frag, since, "--", "src/"])
            if old.returncode != 0:
                out.add(kind)
                break
    return out


def word_matcher():
    """A function text -> Counter of pattern ids whose words match in the text (any word may
    stand in a slot; every match, before the coder chooses among them)."""
    from peristiwa.coding.coder import SentenceCoder
    from peristiwa.pipeline import Coder

    pipe = Coder().pipeline("id")

    def count(text: str) -> collections.Counter:
        out: collections.Counter = collections.Counter()
        for sent in pipe.sentences(text):
            reader = SentenceCoder(pipe.data, pipe.patterns, sent, [])
            slots = {i: (i, i) for i in range(len(reader.toks))}
            for m in pipe.patterns.match(reader.toks, slots, reader.hard, reader.skip):
                out[m.pattern.id] += 1
        return out

    return count


def occurrences(gold_texts: list[str]) -> tuple[collections.Counter, collections.Counter, int]:
    """Pattern id -> matches of its words (``word_matcher``) in the gold texts, and in every
    corpus sentence of ``mine_between.corpus`` that shares no six-word run with gold; and the
    number of corpus sentences read."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import mine_between

    count = word_matcher()
    in_gold: collections.Counter = collections.Counter()
    for text in gold_texts:
        in_gold.update(count(text))
    gold_sh = set().union(*(shingles(t) for t in gold_texts))
    out: collections.Counter = collections.Counter()
    n = 0
    for _src, text in mine_between.corpus():
        if shingles(text) & gold_sh:
            continue
        n += 1
        out.update(count(text))
    return in_gold, out, n


def actor_rows(since: str) -> list[dict]:
    rows = []
    for path in ACTOR_FILES:
        changed = new_lines(path, since)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if n not in changed or not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if path.suffix == ".tsv":  # id, code, from, until, names, note
                names = cols[4].split("|") if len(cols) > 4 else []
            else:  # phrase<TAB>code
                names = [cols[0].strip()]
            rows.append({"file": path.name, "line": n, "row": line, "names": [x for x in names if x.strip()],
                         "commit": changed[n]})
    return rows


def count_name(name: str, texts: list[str]) -> int:
    rx = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
    return sum(len(rx.findall(t)) for t in texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--since", required=True, help="boundary commit: lines after it are audited")
    ap.add_argument("--cache", required=True, help="mine_between.py code caches, comma-separated")
    ap.add_argument("--out", default="-", help="table of the pattern lines (tsv)")
    ap.add_argument("--actors-out", default="", help="table of the actor rows (tsv)")
    ap.add_argument("--notes-out", default="", help="table of the kinds of evidence note (code paths, tsv)")
    args = ap.parse_args()

    lines = pattern_lines(args.since)
    gold, gold_texts, gold_notes = gold_counts()
    unl, n_sent, n_drop, kept = unlabelled_counts(args.cache.split(","), gold_texts)
    gold_occ, occ, n_occ = occurrences(gold_texts)
    print(f"{len(lines)} pattern lines after {args.since}; unlabelled: {n_sent} coded sentences, "
          f"{n_drop} left out for sharing a {SHINGLE}-word run with gold; words matched in {n_occ}",
          file=sys.stderr)

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    out.write("file\tline\tcommit\tcode\tpattern\tgold_events\tgold_tp\tgold_cases\tunl_events\t"
              "unl_sentences\tgold_matches\tunl_matches\tat_boundary\tcandidate\tcases\n")
    cand = 0
    before = boundary_patterns(args.since)
    for r in lines:
        g = gold.get(r["id"], {"events": 0, "tp": 0, "cases": set()})
        u = unl.get(r["id"], {"events": 0, "sentences": 0})
        # codes gold events and none in the corpus, or (a not-event line ---) its words
        # occur in gold and nowhere in the corpus
        is_cand = (g["events"] > 0 and u["events"] == 0) or (gold_occ[r["id"]] > 0 and occ[r["id"]] == 0)
        cand += is_cand
        out.write("\t".join(str(x) for x in (
            r["file"], r["line"], r["commit"], r["code"], r["pattern"], g["events"], g["tp"], len(g["cases"]),
            u["events"], u["sentences"], gold_occ[r["id"]], occ[r["id"]],
            "same" if (r["file"], r["code"], r["pattern"]) in before else "new", "yes" if is_cand else "", " ".join(sorted(g["cases"])))) + "\n")
    if out is not sys.stdout:
        out.close()
    fired = sum(1 for r in lines if gold.get(r["id"]))
    print(f"{fired} of them code gold events; {cand} candidates (gold events and none in the corpus, "
          "or words in gold and nowhere in the corpus)", file=sys.stderr)

    if args.notes_out:
        unl_notes = unlabelled_notes(args.cache.split(","), gold_texts)
        fresh = new_note_kinds(args.since, set(gold_notes) | set(unl_notes))
        with open(args.notes_out, "w", encoding="utf-8") as f:
            f.write("note\tafter_since\tgold_events\tgold_tp\tgold_cases\tunl_events\tcases\n")
            for kind in sorted(set(gold_notes) | set(unl_notes), key=lambda k: -gold_notes[k]["events"]
                               if k in gold_notes else 0):
                g = gold_notes.get(kind, {"events": 0, "tp": 0, "cases": set()})
                f.write("\t".join(str(x) for x in (
                    kind, "yes" if kind in fresh else "", g["events"], g["tp"], len(g["cases"]), unl_notes[kind],
                    " ".join(sorted(g["cases"])) if len(g["cases"]) <= 5 else "")) + "\n")

    if args.actors_out:
        with open(args.actors_out, "w", encoding="utf-8") as f:
            f.write("file\tline\tcommit\tname\tin_gold\tin_unlabelled\trow\n")
            for r in actor_rows(args.since):
                for name in r["names"]:
                    f.write("\t".join(str(x) for x in (
                        r["file"], r["line"], r["commit"], name, count_name(name, gold_texts),
                        count_name(name, kept), r["row"].replace("\t", " | "))) + "\n")


if __name__ == "__main__":
    main()
