"""Shared fixtures for the peristiwa test battery.

The gold files and the seed article live outside the repository, in the
project's shared folder: ``$PERISTIWA_SHARED`` if set, else ``<repo>/../shared``.
Tests that need them skip (with the reason) when the folder is absent.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _shared_path() -> Path:
    env = os.environ.get("PERISTIWA_SHARED")
    return Path(env) if env else REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared data folder (gold files, seed article); skips the test when absent."""
    path = _shared_path()
    if not (path / "gold").is_dir():
        pytest.skip(f"shared data not found at {path} (set PERISTIWA_SHARED to the folder "
                    "that holds gold/)")
    return path


@pytest.fixture(scope="session")
def gold_dir(shared_dir: Path) -> Path:
    return shared_dir / "gold"


@pytest.fixture(scope="session")
def coder():
    """One Coder for the whole session: loading lexicons and the KB takes seconds."""
    from peristiwa.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def coder_without_parser():
    """One Coder that reads sources and targets by word order only (no parse)."""
    from peristiwa.pipeline import Coder

    return Coder(use_parser=False)


def store_of(path: Path, texts, coder) -> Path:
    """A store at ``path`` holding the coded articles ``texts``: (text, published, url)."""
    from peristiwa.ingest.run import rows_of
    from peristiwa.records import Article
    from peristiwa.store.db import Store

    with Store(path) as db:
        db.add(rows_of([Article(text=t, published=day, url=url) for t, day, url in texts], coder))
    return path


@dataclass
class Run:
    """What a run of the command line gave: exit status, standard output and error."""

    returncode: int
    out: str
    err: str

    @property
    def stdout(self) -> str:
        return self.out

    @property
    def stderr(self) -> str:
        return self.err


def run(args: list[str], cwd: Path, stdin: str | bytes | None = None) -> Run:
    """`peristiwa ARGS` in ``cwd``, run in this process (Typer's CliRunner), so the
    lexicons and models load once for the whole session. Rich sizes its output by
    COLUMNS: unset, as for a pipe. An exception that escapes the app (which the
    program would show as a traceback) is raised here."""
    from typer.testing import CliRunner

    from peristiwa.cli import app

    here = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, args, input=stdin, env={"COLUMNS": None, "LINES": None})
    finally:
        os.chdir(here)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout_bytes.decode("utf-8"),
               result.stderr_bytes.decode("utf-8"))


def run_program(args: list[str], cwd: Path, stdin: str | bytes | None = None) -> Run:
    """`peristiwa ARGS` as a user runs it: the installed entry point, in a subprocess.
    Only the few end-to-end tests use it (each run loads every model again)."""
    env = dict(os.environ)
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    env["PYTHONIOENCODING"] = "utf-8"
    program = Path(sys.executable).parent / "peristiwa"
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run([str(program), *args], cwd=cwd, input=data, capture_output=True,
                          env=env, timeout=300)
    return Run(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


def mentions(coder, text: str, published: str = "2021-03-01") -> dict[str, str]:
    """The actor code of each mention of an Indonesian text, by its words."""
    from datetime import date

    from peristiwa.records import Article

    art = Article(text=text, lang="id", published=date.fromisoformat(published))
    return {m.text: m.actor.code for cs in coder.analyse(art) for m in cs.mentions}


def triples(coder, text: str, published: str = "2021-03-01") -> list[tuple[str, str, str]]:
    """(source, code, target) of each event of an Indonesian text."""
    return [(e.source, e.code, e.target) for e in coder.code_text(text, lang="id", published=published)]


def battery_events(coder, text: str, published: str = "2021-03-10") -> set[tuple[str, str, str]]:
    """The events of one sentence as a set of (source, code, target), for the
    construction batteries (tests/test_battery_*.py)."""
    return set(triples(coder, text, published))


def pattern_set_of(bodies: list[str], code: str = "020"):
    """A pattern set of the Indonesian set's settings holding only ``bodies`` (pattern
    lines of ``code``), indexed and with its tries as the shipped set builds them."""
    from peristiwa.coding.patterns import PatternSet, patterns

    own = PatternSet.__new__(PatternSet)
    own.__dict__.update(patterns("id").__dict__)
    own.patterns, own.by_stem, own.by_exact = [], {}, {}
    for n, body in enumerate(bodies):
        pat = own.compile(code, body, "test.txt", n)
        own.patterns.append(pat)
        for s in pat.words[0].stems:
            own.by_stem.setdefault(s, []).append(pat)
        for s in pat.words[0].exact:
            own.by_exact.setdefault(s, []).append(pat)
    own._init_tries()
    return own
