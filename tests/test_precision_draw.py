"""bench/precision_draw.py --events (session 24, branch unc24): a seeded draw of events from a
coded cache of fresh unlabelled text, each row carrying its text's id in the fetched file.
The cache and texts here are made up for the test."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def draw():
    sys.path.insert(0, str(REPO / "scripts"))
    spec = importlib.util.spec_from_file_location("precision_draw", REPO / "bench" / "precision_draw.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_cache(tmp: Path, n_sent: int) -> tuple[Path, Path]:
    texts, cache = tmp / "texts.jsonl", tmp / "cache.jsonl"
    with open(texts, "w") as ft, open(cache, "w") as fc:
        for k in range(n_sent):
            sent = f"Kelompok {k} menggelar aksi di depan kantor gubernur."
            ft.write(json.dumps({"src": "made-up", "id": 100 + k, "text": "Halo. " + sent}) + "\n")
            ev = [["141", "XOPP", "", "menggelar aksi", "rule:141", 6 + 12, 6 + 26]]
            fc.write(json.dumps({"src": "made-up", "text": sent, "start": 6, "events": ev}) + "\n")
    return texts, cache


def rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text().splitlines() if line[:1].isdigit()]


def test_every_event_is_drawn_when_fewer_than_asked_and_rows_carry_the_text_id(draw, tmp_path):
    texts, cache = write_cache(tmp_path, 5)
    out = tmp_path / "out.tsv"
    draw.draw_events(argparse.Namespace(cache=str(cache), input=str(texts), events=300, seed=24, out=str(out)))
    got = rows(out)
    assert len(got) == 5
    assert sorted(r[2] for r in got) == ["100", "101", "102", "103", "104"]
    assert all(r[4] == "141" and r[7] == "menggelar aksi" for r in got)


def test_the_draw_is_seeded_and_takes_the_number_asked(draw, tmp_path):
    texts, cache = write_cache(tmp_path, 40)
    outs = []
    for name in ("a.tsv", "b.tsv"):
        out = tmp_path / name
        draw.draw_events(argparse.Namespace(cache=str(cache), input=str(texts), events=10, seed=7, out=str(out)))
        outs.append([r[2] for r in rows(out)])
    assert len(outs[0]) == 10 and outs[0] == outs[1]
