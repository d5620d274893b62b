"""spaCy, imported without its command line.

``import spacy`` imports ``spacy.cli.info`` for ``spacy.info``, and with it the whole of
spaCy's command line (typer, weasel, httpx, jinja2, rich and every ``spacy`` command):
about 0.3 s of CPU at each start (``peristiwa ingest``, each batch worker), for
nothing peristiwa calls. Here ``spacy`` is imported with a stand-in for
``spacy.cli.info``, which is then taken out again: ``spacy.info`` imports the real one
when called, and ``import spacy.cli`` (the model training) gets the real command line.
If spaCy is imported already, it is left as it is.
"""

from __future__ import annotations

import sys
import types


def _info(*args, **kwargs):
    """``spacy.info``, the real one imported on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import():
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stubs = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    stubs["spacy.cli"].__path__ = []  # a package, found in sys.modules: nothing is read
    stubs["spacy.cli.info"].info = _info
    for name, module in stubs.items():
        sys.modules.setdefault(name, module)
    try:
        import spacy
    finally:
        for name, module in stubs.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is stubs["spacy.cli"]:
        del spacy.cli
    return spacy


spacy = _import()
