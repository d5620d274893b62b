"""Score the coder on the silver sets (bench/silver/*.jsonl; issue #18).

Each set is our own annotation of random unlabelled news sentences
(scripts/silver.py explains how they were drawn and how the text is put back
from the corpus). Sets A and B were read and fixed from; set C is a check set
that nobody fixes from, a stand-in for the sealed set; D (session 14) is a
second check set, drawn from sentences nobody had read. nerp-0..2 (session 14) are
3,000 lower-cased NERP sentences (IndoNLU, MIT; not a source of any gold file),
annotated blind, 351 events. bench/silver/second/ holds a second, independent
annotation of C and D, for agreement (not scored here).

    python bench/silver_eval.py            # every set, the three levels
    python bench/silver_eval.py idner-c    # one set
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def score(name: str) -> dict:
    built = subprocess.run([sys.executable, str(ROOT / "scripts" / "silver.py"), "build",
                            str(ROOT / "bench" / "silver" / f"{name}.jsonl")],
                           check=True, capture_output=True, text=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write(built)
    try:
        out = subprocess.run([str(Path(sys.executable).with_name("peristiwa")), "eval", f.name, "--json"],
                             check=True, capture_output=True, text=True).stdout
    finally:
        Path(f.name).unlink()
    return json.loads(out)["levels"]


def main() -> None:
    names = sys.argv[1:] or sorted(p.stem for p in (ROOT / "bench" / "silver").glob("*.jsonl"))
    for name in names:
        levels = score(name)
        print(name.ljust(10), " | ".join(
            f"{k} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}" for k, v in levels.items()))


if __name__ == "__main__":
    main()
