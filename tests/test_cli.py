"""The command line: each command called in-process (Typer's CliRunner, see
conftest.run), and a few runs of the installed `peristiwa` program in a
subprocess, end to end (stdin and stdout as bytes, exit status, one-line errors).

Commands that code text are run once per module (fixtures) and several tests
look at the result.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run, run_program

PUB = "2024-05-14"
ARTICLE = ("KUALA LUMPUR, Peristiwa – Polisi Malaysia menangkap dua wartawan Indonesia di "
           "Johor Bahru.\n\nMalaysia dan Singapura mengecam Myanmar.\n")

EVENT_KEYS = {"source", "target", "code", "root", "quad_class", "goldstein", "plover", "sentence",
              "evidence"}
EVIDENCE_KEYS = {"trigger", "source_span", "target_span", "rule"}


def assert_one_line_error(proc, *names: str) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.err
    lines = proc.err.splitlines()
    assert len(lines) == 1, proc.err
    for name in names:
        assert name in lines[0]
    return lines[0]


# -- code -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def code_run(tmp_path_factory):
    """End to end: the article piped into the installed program."""
    cwd = tmp_path_factory.mktemp("code")
    return run_program(["code", "--published", PUB, "-"], cwd, stdin=ARTICLE)


def test_code_prints_json_lines(code_run):
    assert code_run.returncode == 0, code_run.err
    assert code_run.err == ""
    events = [json.loads(line) for line in code_run.out.splitlines()]
    assert [(e["source"], e["code"], e["target"]) for e in events] == [
        ("MYSCOP", "173", "IDNMED"), ("MYS", "111", "MMR"), ("SGP", "111", "MMR")]
    for e in events:
        assert EVENT_KEYS <= set(e)
        assert EVIDENCE_KEYS <= set(e["evidence"])
        assert e["root"] == e["code"][:2]
        a, b = e["evidence"]["trigger"]
        assert ARTICLE[a:b] == e["evidence"]["trigger_text"]
        a, b = e["evidence"]["source_span"]
        assert ARTICLE[a:b] == e["evidence"]["source_text"]
        assert e["sentence"] in ARTICLE
    first = events[0]
    assert (first["quad_class"], first["goldstein"], first["plover"]) == (4, -5.0, "COERCE")
    assert first["published"] == PUB and first["lang"] == "id"


def test_code_table(tmp_path):
    src = tmp_path / "artikel.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    proc = run(["code", "artikel.txt", "--format", "table", "--published", PUB], tmp_path)
    assert proc.returncode == 0, proc.err
    assert "3 events in artikel.txt" in proc.out
    for word in ("source", "code", "target", "goldstein", "MYSCOP", "IDNMED", "SGP", "MMR",
                 "173", "111", "COERCE", "ACCUSE"):
        assert word in proc.out
    with pytest.raises(json.JSONDecodeError):
        json.loads(proc.out.splitlines()[0])


# -- why ------------------------------------------------------------------------------

def test_why_explains_a_piped_event(code_run, tmp_path):
    line = code_run.out.splitlines()[0]
    proc = run(["why"], tmp_path, stdin=line + "\n")
    assert proc.returncode == 0, proc.err
    out = proc.out
    assert "MYSCOP  173  IDNMED" in out
    assert "«menangkap»" in out
    assert "[S: Polisi Malaysia]" in out and "[T: wartawan Indonesia]" in out
    # "written at <file>:<line>: <text>" names where the rule is, and it is there
    where = next(x for x in out.splitlines() if "written at " in x)
    loc = where.split("written at ", 1)[1]
    path, lineno, text = loc.split(":", 2)
    rule = json.loads(line)["evidence"]["rule"]  # id:events.txt:173:menangkap
    lang, fname, code, pattern = rule.split(":", 3)
    assert Path(path).name == fname and Path(path).parent.name == lang
    written = Path(path).read_text(encoding="utf-8").splitlines()[int(lineno) - 1]
    body = written.split("#", 1)[0].split()
    assert body[0] == code and " ".join(body[1:]) == pattern


def test_why_takes_an_event_line_as_argument(code_run, tmp_path):
    line = code_run.out.splitlines()[1]
    proc = run(["why", line], tmp_path)
    assert proc.returncode == 0, proc.err
    assert "MYS  111  MMR" in proc.out and "written at " in proc.out


# -- eval -----------------------------------------------------------------------------

GOLD = [
    {"id": "t-1", "lang": "id", "text": "Polisi Malaysia menangkap dua wartawan Indonesia di Johor Bahru.",
     "published": PUB, "events": [{"source": "MYSCOP", "target": "IDNMED", "code": "173"}]},
    None,  # a line that is not JSON
    {"id": "t-2", "lang": "id", "text": "Malaysia dan Singapura mengecam Myanmar.",
     "published": PUB, "events": [{"source": "MYSGOV", "target": "MMRGOV", "code": "112"}]},
    {"id": "t-3", "lang": "id", "text": "Rapat kabinet berlangsung tertutup selama tiga jam.",
     "published": PUB, "events": []},
]


@pytest.fixture(scope="module")
def eval_run(tmp_path_factory):
    cwd = tmp_path_factory.mktemp("eval")
    lines = [json.dumps(c, ensure_ascii=False) if c else "{oops, not json" for c in GOLD]
    (cwd / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run(["eval", "gold.jsonl", "--json", "--dump", "pred.jsonl"], cwd)
    proc.cwd = cwd  # type: ignore[attr-defined]
    return proc


def test_eval_json_structure(eval_run):
    result = json.loads(eval_run.out)
    assert set(result) == {"cases", "levels", "per_root"}
    assert set(result["levels"]) == {"root", "dyad_root", "strict"}
    for c in result["levels"].values():
        assert set(c) == {"tp", "fp", "fn", "precision", "recall", "f1"}
    for row in result["per_root"].values():
        assert set(row) == {"gold", "pred", "tp", "tp_dyad"}


def test_eval_scores_the_good_cases(eval_run):
    result = json.loads(eval_run.out)
    assert result["cases"] == 3  # the bad line is skipped, the rest scored
    # t-1: one exact match. t-2: gold MYSGOV->MMRGOV 112, predicted MYS->MMR and SGP->MMR
    # 111: root tp1 fp1; dyad (11,MYS,MMR) tp1, (11,SGP,MMR) fp1; strict MYS vs MYSGOV: fp2 fn1
    lv = result["levels"]
    assert (lv["root"]["tp"], lv["root"]["fp"], lv["root"]["fn"]) == (2, 1, 0)
    assert (lv["dyad_root"]["tp"], lv["dyad_root"]["fp"], lv["dyad_root"]["fn"]) == (2, 1, 0)
    assert (lv["strict"]["tp"], lv["strict"]["fp"], lv["strict"]["fn"]) == (1, 2, 1)
    assert lv["root"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert lv["strict"]["f1"] == pytest.approx(0.4, abs=1e-4)  # p 1/3, r 1/2
    assert result["per_root"]["11"] == {"gold": 1, "pred": 2, "tp": 1, "tp_dyad": 1}


def test_eval_bad_line_is_named_and_exit_3(eval_run):
    assert eval_run.returncode == 3
    assert "Traceback" not in eval_run.err
    assert eval_run.err.startswith("peristiwa: skipped: gold.jsonl:2: ")
    assert eval_run.err.count("gold.jsonl") == 1  # one message (its length: see below)


def test_eval_dump(eval_run):
    dumped = [json.loads(x) for x in (eval_run.cwd / "pred.jsonl").read_text("utf-8").splitlines()]
    assert [d["case_id"] for d in dumped] == ["t-1", "t-2", "t-2"]
    assert all(EVENT_KEYS <= set(d) for d in dumped)


# -- bad input ------------------------------------------------------------------------

def test_empty_file(tmp_path):
    (tmp_path / "kosong.txt").write_text("  \n\n", encoding="utf-8")
    line = assert_one_line_error(run(["code", "kosong.txt"], tmp_path), "kosong.txt")
    assert "empty" in line


def test_binary_file(tmp_path):
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x02" * 20)
    line = assert_one_line_error(run(["code", "foto.jpg"], tmp_path), "foto.jpg")
    assert "binary" in line


def test_not_utf8(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Polisi menangkap Jos\xe9.".encode("latin-1"))
    assert_one_line_error(run(["code", "latin1.txt"], tmp_path), "latin1.txt", "UTF-8")


def test_missing_file(tmp_path):
    # end to end: the program's own exit status and stderr
    assert_one_line_error(run_program(["code", "tidak-ada.txt"], tmp_path), "tidak-ada.txt")
    assert_one_line_error(run_program(["eval", "tidak-ada.jsonl"], tmp_path), "tidak-ada.jsonl")


DUTCH = ("De politie heeft gisteren in Amsterdam twee journalisten gearresteerd. De minister "
         "zei dat het onderzoek nog loopt.\n")


def test_dutch_without_lang_is_refused(tmp_path):
    (tmp_path / "nl.txt").write_text(DUTCH, encoding="utf-8")
    proc = run(["code", "nl.txt"], tmp_path)
    assert proc.returncode == 2
    assert proc.out == ""
    assert "Traceback" not in proc.err
    message = " ".join(proc.err.split())
    assert "nl.txt" in message and "Dutch" in message and "--lang" in message


@pytest.mark.parametrize("case", ["dutch", "why-not-json", "gold-bad-line"])
def test_long_errors_stay_on_one_line(tmp_path, case, request):
    if case == "gold-bad-line":
        proc = request.getfixturevalue("eval_run")
        names = ("gold.jsonl:2",)
    elif case == "dutch":
        (tmp_path / "nl.txt").write_text(DUTCH, encoding="utf-8")
        proc = run(["code", "nl.txt"], tmp_path)
        names = ("nl.txt", "Dutch")
    else:
        proc = run(["why"], tmp_path, stdin="this is not an event\n")
        names = ("line 1",)
    assert_one_line_error(proc, *names)


def test_version(tmp_path):
    proc = run_program(["version"], tmp_path)  # end to end
    assert proc.returncode == 0 and proc.out.strip()
