"""What start-up loads (issue #20): only what the first article needs.

Each check runs in a fresh interpreter, since this test session has loaded
everything long before; the checks are on the objects and modules loaded, never
on timings.
"""

from __future__ import annotations

import json
import subprocess
import sys

INDONESIAN = ("Polisi menangkap tiga orang pengunjuk rasa di depan gedung DPR di Jakarta pada Senin. "
              "Menteri Luar Negeri Indonesia mengecam serangan terhadap kapal nelayan di Laut Natuna.")

CODE_INDONESIAN = r"""
import json, sys
from peristiwa.syntax import parse
models = []
load = parse.load_model
parse.load_model = lambda path: models.append(path.name) or load(path)
from peristiwa.actors import lexicon as actor_lexicon
from peristiwa.coding import patterns
from peristiwa.pipeline import Coder
from peristiwa.text import tokens
coder = Coder()
events = coder.code_text(sys.argv[1], lang="id", published="2024-05-13")
print(json.dumps({
    "events": len(events),
    "pipelines": sorted(coder._langs),
    "patterns_loaded": patterns.patterns.cache_info().currsize,
    "tokenizers_loaded": tokens.tokenizer.cache_info().currsize,
    "lexicons_loaded": actor_lexicon.lexicon.cache_info().currsize,
    "models": models,
    "english_stemmer": "snowballstemmer" in sys.modules,
}))
"""


def fresh(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_coding_indonesian_loads_nothing_english():
    """A process that codes Indonesian text builds the Indonesian pipeline only: one
    tokenizer, one actor lexicon, one pattern set, the Indonesian parser (when a
    sentence asks for it) and no English model or stemmer."""
    r = fresh(CODE_INDONESIAN, INDONESIAN)
    assert r["events"] >= 1  # it did code the text
    assert r["pipelines"] == ["id"]
    assert r["patterns_loaded"] == r["tokenizers_loaded"] == r["lexicons_loaded"] == 1
    assert set(r["models"]) <= {"id"}
    assert not r["english_stemmer"]


READ_JSONL = r"""
import json, sys
from peristiwa.ingest import read_paths
articles = list(read_paths([sys.argv[1]]))
before = sorted(m for m in ("trafilatura", "feedparser", "warcio", "lxml") if m in sys.modules)
pages = list(read_paths([sys.argv[2]]))
after = sorted(m for m in ("trafilatura", "lxml") if m in sys.modules)
print(json.dumps({"articles": len(articles), "before": before, "pages": [a.title for a in pages],
                  "after": after}))
"""


def test_reading_jsonl_leaves_the_page_feed_and_archive_readers_unloaded(tmp_path):
    """The readers of web pages, feeds and archives are imported with the first file
    of their kind, not with the package: an ingest of JSON Lines never loads them."""
    src = tmp_path / "news.jsonl"
    src.write_text(json.dumps({"url": "https://kabar.example/1", "lang": "id", "text": INDONESIAN}) + "\n",
                   encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Polisi menangkap pengunjuk rasa</title></head><body><article>"
                    f"<p>{INDONESIAN}</p></article></body></html>", encoding="utf-8")
    r = fresh(READ_JSONL, str(src), str(page))
    assert r["articles"] == 1
    assert r["before"] == []
    assert r["pages"] == ["Polisi menangkap pengunjuk rasa"]  # read when asked, by trafilatura
    assert r["after"] == ["lxml", "trafilatura"]


SPACY_CLI = r"""
import json, sys
from peristiwa.pipeline import Coder
events = Coder().code_text(sys.argv[1], lang="id", published="2024-05-13")
loaded = sorted(m for m in ("spacy.cli", "weasel", "typer", "httpx", "jinja2") if m in sys.modules)
import spacy
about = spacy.info()  # the real one, imported when asked
import spacy.cli
print(json.dumps({"events": len(events), "loaded": loaded, "info": sorted(about)[:3],
                  "cli": hasattr(spacy.cli, "setup_cli")}))
"""


def test_coding_leaves_spacy_command_line_unloaded():
    """spaCy's command line (typer, weasel, httpx, jinja2: about 0.3 s at each start)
    is not imported with spaCy; ``spacy.info`` and ``spacy.cli`` are there when asked."""
    r = fresh(SPACY_CLI, INDONESIAN)
    assert r["events"] >= 1
    assert r["loaded"] == []
    assert r["info"] and r["cli"]


STORE_NO_PANDAS = r"""
import json, sys
from peristiwa.ingest import read_paths
from peristiwa.ingest.run import ingest
from peristiwa.pipeline import Coder
from peristiwa.store.db import Store
with Store(sys.argv[2]) as db:
    s = ingest(read_paths([sys.argv[1]]), db, Coder())
    stored = db.one("SELECT count(*) FROM articles")
loaded = "pandas" in sys.modules
import pyarrow as pa
frame = pa.table({"a": [1, 2]}).to_pandas()  # pandas when asked for
import pandas as pd
print(json.dumps({"stored": stored, "events": s.events, "pandas_loaded": loaded,
                  "frame": list(frame["a"]), "series": str(pa.array(pd.Series([1.5, None])).type)}))
"""


def test_storing_leaves_pandas_unloaded(tmp_path):
    """pyarrow would import pandas (0.2-0.25 s) to ask whether each list it converts is
    a pandas object; an ingest stores its rows without it, and pandas still works
    with pyarrow when it is asked for."""
    src = tmp_path / "news.jsonl"
    src.write_text(json.dumps({"url": "https://kabar.example/1", "lang": "id", "text": INDONESIAN}) + "\n",
                   encoding="utf-8")
    r = fresh(STORE_NO_PANDAS, str(src), str(tmp_path / "db.duckdb"))
    assert r["stored"] == 1 and r["events"] >= 1
    assert not r["pandas_loaded"]
    assert r["frame"] == [1, 2] and r["series"] == "double"


def test_the_batch_driver_launches_its_fork_server_before_the_heavy_imports():
    # run_batch's first act is to launch the fork server (batch/warm.py): importing
    # peristiwa.batch.run must not import the planner and the worker's readers first
    script = ("import json, sys\n"
              "from peristiwa.batch import run\n"
              "heavy = [m for m in ('pyarrow', 'peristiwa.batch.worker', 'peristiwa.batch.plan',\n"
              "                     'peristiwa.ingest.run', 'spacy', 'distributed') if m in sys.modules]\n"
              "from peristiwa.batch import plan\n"
              "print(json.dumps([heavy, run.SIZE == plan.SIZE]))\n")
    assert fresh(script) == [[], True]


def test_a_batch_worker_leaves_the_archive_and_page_readers_unloaded():
    # the fork server imports the worker's module before it loads the coder: a WARC or an
    # HTML page imports its readers (trafilatura, warcio) when a partition holds one
    script = ("import json, sys\n"
              "import peristiwa.batch.worker, peristiwa.batch.plan\n"
              "print(json.dumps([m for m in ('trafilatura', 'warcio', 'peristiwa.ingest.warc',\n"
              "                              'peristiwa.ingest.html') if m in sys.modules]))\n")
    assert fresh(script) == []


def test_the_fork_server_loads_neither_duckdb_nor_dateparser():
    # what the batch's fork server loads is on the path to every worker's first task: the
    # worker writes Parquet (DuckDB is the driver's), and the warm-up texts' dates are
    # plain ones, read without dateparser (dates/normalise.py)
    script = ("import json, sys\n"
              "from peristiwa.batch import warm\n"
              "warm.load({})\n"
              "print(json.dumps([warm.LOADED_IN > 0, [m for m in ('duckdb', 'dateparser', 'regex')\n"
              "                                      if m in sys.modules]]))\n")
    assert fresh(script) == [True, []]
