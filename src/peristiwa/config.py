"""User configuration: ``peristiwa.toml`` in the working directory.

    [actors]
    files = ["my-actors.tsv", "Phoenix.Countries.actors.txt"]
    [agents]
    files = ["Phoenix.agents.txt"]
    [verbs]
    files = ["CAMEO.verbpatterns.150430.txt"]
    [discards]
    files = ["Phoenix.discards.txt"]

Paths are relative to the configuration file. ``$PERISTIWA_CONFIG`` names
another file. Command-line options (``--actors``, ``--agents``, ``--verbs``,
``--discards``) add to what it lists. The formats: docs/lexicons.md.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from peristiwa.errors import PeristiwaError


def path() -> Path:
    return Path(os.environ.get("PERISTIWA_CONFIG") or "peristiwa.toml")


def load() -> dict:
    p = path()
    if not p.is_file():
        return {}
    try:
        return tomllib.loads(p.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PeristiwaError(f"{p}: not a valid TOML configuration ({exc})") from None


DICTIONARIES = ("actors", "agents", "verbs", "discards")


def files(kind: str, extra: list[str] | tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Dictionary files of one kind (``DICTIONARIES``): those of the configuration,
    then those given on the command line."""
    cfg = load()
    listed = cfg.get(kind, {}).get("files", [])
    if not isinstance(listed, list) or not all(isinstance(x, str) for x in listed):
        raise PeristiwaError(f"{path()}: [{kind}] files must be a list of paths")
    base = path().resolve().parent
    out = [str((base / f).resolve()) for f in listed] + [str(Path(f).resolve()) for f in extra or ()]
    return tuple(dict.fromkeys(out))


def actor_files(extra: list[str] | tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Actor files from the configuration, then those given on the command line."""
    return files("actors", extra)


def dictionaries(actors=None, agents=None, verbs=None, discards=None) -> dict[str, tuple[str, ...]]:
    """Every kind of dictionary file, as ``Coder(**dictionaries(...))`` takes them."""
    given = {"actors": actors, "agents": agents, "verbs": verbs, "discards": discards}
    return {kind: files(kind, given[kind]) for kind in DICTIONARIES}
