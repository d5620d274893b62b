"""The README's Python example runs as written (on a news folder written here)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

NEWS = {
    "tangkap.txt": ("---\npublished: 2024-05-14\nlang: id\n---\n"
                    "Polisi Indonesia menangkap dua nelayan Malaysia di Batam.\n"),
    "arrest.txt": ("---\npublished: 2024-05-15\nlang: en\n---\n"
                   "Indonesian police arrested three Vietnamese sailors near Natuna.\n"),
}


def python_example() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 1, "the Python section holds one example"
    return blocks[0]


def test_from_peristiwa_import_coder():
    from peristiwa import Coder
    from peristiwa.pipeline import Coder as Pipelined

    assert Coder is Pipelined


def test_the_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    news = tmp_path / "news"
    news.mkdir()
    for name, text in NEWS.items():
        (news / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    scope: dict = {"__name__": "readme"}
    exec(compile(python_example(), "README.md#python", "exec"), scope)
    out = capsys.readouterr().out.splitlines()
    # the first loop: the example sentence, coded with the pattern that fired
    assert out[0] == "TURCOP 173 RUSMED id:events.txt:173:menangkap"
    # analyse: the English sentence with its two actors and one event
    assert out[1].startswith("Indonesian police arrested two Malaysian fishermen in Batam. ")
    assert "IDNCOP" in out[1] and "MYSAGR" in out[1] and out[1].endswith(" 1")
    # ingest of news/ into peristiwa.duckdb, then GET /events's question
    assert out[2].startswith("2 articles read, 2 new, 0 already stored, 0 skipped; "
                             "2 event mentions stored"), out[2]
    assert out[3].startswith("2 [")
    assert (tmp_path / "peristiwa.duckdb").is_file()
    page = scope["page"]
    assert page["total"] == 2
    assert {(e["source"], e["code"]) for e in page["events"]} == {("IDNCOP", "173")}
    assert {e["target"][:3] for e in page["events"]} == {"MYS", "VNM"}
