"""User configuration: ``peristiwa.toml`` in the working directory.

    [actors]
    files = ["my-actors.tsv", "Phoenix.Countries.actors.txt"]

Paths are relative to the configuration file. ``$PERISTIWA_CONFIG`` names
another file. Command-line options (``--actors``) add to what it lists.
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


def actor_files(extra: list[str] | tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Actor files from the configuration, then those given on the command line."""
    cfg = load()
    listed = cfg.get("actors", {}).get("files", [])
    if not isinstance(listed, list) or not all(isinstance(x, str) for x in listed):
        raise PeristiwaError(f"{path()}: [actors] files must be a list of paths")
    base = path().resolve().parent
    out = [str((base / f).resolve()) for f in listed] + [str(Path(f).resolve()) for f in extra or ()]
    return tuple(dict.fromkeys(out))
