"""A dict whose values stay pickled until first read: large resources loaded lazily.

A resource from the disk cache (``cache.py``) is unpickled whole when a process starts:
the actor lexicon's trie is some 400,000 objects a language (a dict per word of every
phrase, and the entries), 0.15-0.25 s of the start-up of ``ingest`` and of the batch's
fork server, every run. A text reads few of them: the phrases that begin with one of
its words. ``PackedDict`` keeps each value of the top level as its own pickle
(``pack``), so loading the resource makes one bytes object per key (0.01 s for the
lexicon's 20,000 first words) and a value is unpickled when it is first read, then
kept. Keys, ``in``, ``len`` and iteration over keys are the dict's own, at its speed.

Identity between values is not kept across keys (each value is its own pickle): an
object two values share is two equal objects once read. Use it for values compared by
equality. A value must not itself be ``bytes`` (a bytes value is taken as packed).
"""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from typing import Any

_MISSING = object()


class PackedDict(dict):
    """A dict of packed values (``pack``), each unpickled on its first read and then
    kept in place; reading behaves as the plain dict ``unpack`` returns."""

    __slots__ = ()

    def __getitem__(self, key: Any) -> Any:
        value = dict.__getitem__(self, key)
        if type(value) is bytes:
            value = pickle.loads(value)
            dict.__setitem__(self, key, value)
        return value

    def get(self, key: Any, default: Any = None) -> Any:
        value = dict.get(self, key, _MISSING)
        if value is _MISSING:
            return default
        if type(value) is bytes:
            value = pickle.loads(value)
            dict.__setitem__(self, key, value)
        return value

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key in self:
            return self[key]
        dict.__setitem__(self, key, default)
        return default

    def values(self) -> list:  # type: ignore[override]
        return [self[k] for k in self]

    def items(self) -> list[tuple[Any, Any]]:  # type: ignore[override]
        return [(k, self[k]) for k in self]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return len(self) == len(other) and all(k in other and self[k] == other[k] for k in self)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        # the values as they are (packed or read): not through ``items``, which reads them all
        return (PackedDict, (), None, None, iter(list(dict.items(self))))


def pack(mapping: Mapping) -> PackedDict:
    """``mapping`` with each value pickled on its own (read back on first use)."""
    out = PackedDict()
    for key, value in mapping.items():
        if type(value) is bytes:
            raise TypeError(f"a bytes value cannot be packed (key {key!r})")
        dict.__setitem__(out, key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return out


def unpack(mapping: Mapping) -> dict:
    """A plain dict of every value read."""
    return {k: mapping[k] for k in mapping}
