"""Shared fixtures for the peristiwa test battery.

The gold files and the seed article live outside the repository, in the
project's shared folder: ``$PERISTIWA_SHARED`` if set, else ``<repo>/../shared``.
Tests that need them skip (with the reason) when the folder is absent.
"""

from __future__ import annotations

import os
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


def store_of(path: Path, texts, coder) -> Path:
    """A store at ``path`` holding the coded articles ``texts``: (text, published, url)."""
    from peristiwa.ingest.run import rows_of
    from peristiwa.records import Article
    from peristiwa.store.db import Store

    with Store(path) as db:
        db.add(rows_of([Article(text=t, published=day, url=url) for t, day, url in texts], coder))
    return path
