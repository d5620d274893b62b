"""The batch's fork server loads the languages of the input's first articles (issue #20):
an Indonesian feed has no English loaded before its workers start; a language the
sample did not show is loaded by a worker on first use, with the same events."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from peristiwa.batch import warm

ID = "Polisi Turki menangkap dua jurnalis Rusia di Istanbul pada Selasa dan membawa mereka ke kantor polisi."
EN = "Turkish police arrested two Russian journalists in Istanbul on Tuesday and took them to a police station."
FR = "La police turque a arrêté deux journalistes russes à Istanbul mardi et les a conduits au poste."


def _jsonl(path: Path, texts: list[tuple[str, str | None]]) -> str:
    with path.open("w", encoding="utf-8") as fh:
        for i, (text, lang) in enumerate(texts):
            fh.write(json.dumps({"url": f"https://kabar.example/{i}", "text": text}
                                | ({"lang": lang} if lang else {})) + "\n")
    return str(path)


def test_the_languages_of_the_first_articles(tmp_path):
    assert warm.languages_of([_jsonl(tmp_path / "a.jsonl", [(ID, "id")] * 3)]) == ["id"]
    assert warm.languages_of([_jsonl(tmp_path / "b.jsonl", [(ID, None)] * 3)]) == ["id"]  # its words say
    assert warm.languages_of([_jsonl(tmp_path / "c.jsonl", [(ID, None), (EN, "en")])]) == ["en", "id"]
    # not decided on function words (lingua is not loaded for it): every language
    assert warm.languages_of([_jsonl(tmp_path / "d.jsonl", [(ID, "id"), (FR, None)])]) is None
    assert warm.languages_of([str(tmp_path / "missing.jsonl")]) is None
    assert warm.languages_of(["https://kabar.example/feed.jsonl"]) is None
    assert warm.languages_of([]) is None
    # only the first SAMPLE articles are read
    late = _jsonl(tmp_path / "e.jsonl", [(ID, "id")] * warm.SAMPLE + [(EN, "en")])
    assert warm.languages_of([late]) == ["id"]


def test_a_language_the_server_did_not_load_is_loaded_on_first_use_with_the_same_events(coder):
    script = ("import json, sys\n"
              "from peristiwa.batch import warm, worker\n"
              "warm.load({}, ['id'])\n"
              "c = worker.coder({})\n"
              "before = sorted(c._langs)\n"
              "events = [e.to_dict() for e in c.code_text(sys.argv[1], lang='en', published='2024-05-14')]\n"
              "print(json.dumps([before, sorted(c._langs), events]))\n")
    out = subprocess.run([sys.executable, "-c", script, EN], capture_output=True, text=True, check=True,
                         timeout=300)
    before, after, events = json.loads(out.stdout.strip().splitlines()[-1])
    assert before == ["id"] and after == ["en", "id"]
    expected = [e.to_dict() for e in coder.code_text(EN, lang="en", published="2024-05-14")]
    assert events and events == json.loads(json.dumps(expected))


@pytest.mark.parametrize("given", ["[sys.argv[1]]", "sys.argv[1]"])  # the inputs, or one path
def test_workers_forked_for_an_indonesian_input_start_with_indonesian_only(tmp_path, given):
    src = _jsonl(tmp_path / "id.jsonl", [(ID, "id")] * 4)
    script = ("import json, sys\n"
              "from multiprocessing import get_context\n"
              "from peristiwa.batch import run\n"
              "if __name__ == '__main__':\n"
              f"    with run.warm_server({{}}, None, {given}):\n"
              "        with get_context('forkserver').Pool(1) as pool:\n"
              "            langs = pool.apply(eval, (\"sorted(__import__('peristiwa.batch.worker')\"\n"
              "                                      \".batch.worker._coders['{}']._langs)\",))\n"
              "    print(json.dumps(langs))\n")
    out = subprocess.run([sys.executable, "-c", script, src], capture_output=True, text=True, timeout=300,
                         env=os.environ.copy())
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == ["id"]
