"""One object for each equal value of a resource, before the disk cache pickles it.

A compiled resource holds many values that are equal but made apart: the pattern set's
words each have their own frozensets of forms and stems (114,000 frozensets of 2,600
distinct values in the Indonesian patterns), the same strings again and again. Pickle
writes each object once and refers back to it after that, so a resource whose equal
values are one object loads fewer objects, faster (``share`` before ``pickle.dump``).

Only immutable built-in values are shared (str, int, float, bytes, and tuples and
frozensets made of them); lists, dicts, sets and dataclass records keep their identity,
their contents are shared; other objects are left as they are. Code that compares such values by equality (as Python code does) sees no
difference.
"""

from __future__ import annotations

from dataclasses import is_dataclass
from typing import Any

_ATOMS = (str, int, float, bytes)


def share(value: Any) -> Any:
    """``value`` with its equal immutable values made one object each (in place for
    lists, dicts, sets and objects' attributes); returns the value to keep."""
    return _Sharer().visit(value)


class _Sharer:
    def __init__(self) -> None:
        self.canon: dict = {}  # (type, value) -> the one object
        self.done: dict[int, Any] = {}  # id -> what the object became
        self.keep: list = []  # the objects visited (their ids stay theirs)

    def visit(self, v: Any) -> Any:
        t = type(v)
        if t in _ATOMS:
            return self.canon.setdefault((t, v), v)
        found = self.done.get(id(v))
        if found is not None:
            return found
        self.keep.append(v)
        if t is tuple or t is frozenset:
            new = t(self.visit(x) for x in v)
            try:
                out = self.canon.setdefault((t, new), new)
            except TypeError:  # holds something unhashable
                out = new
            self.done[id(v)] = out
            return out
        self.done[id(v)] = v
        if t is list:
            v[:] = [self.visit(x) for x in v]
        elif t is dict:
            items = [(self.visit(k), self.visit(x)) for k, x in v.items()]
            v.clear()
            v.update(items)
        elif t is set:
            items = [self.visit(x) for x in v]
            v.clear()
            v.update(items)
        elif is_dataclass(v) and not isinstance(v, type) and type(getattr(v, "__dict__", None)) is dict:
            state = v.__dict__  # a record's fields (other objects are left as they are)
            for k, x in list(state.items()):
                state[k] = self.visit(x)
        return v
