"""The world's first-level divisions (``story._divisions``, from pycountry) as the disk
cache keeps them: built once, then loaded, equal to the table read from pycountry."""

from __future__ import annotations

from peristiwa.actors import story


def test_the_cached_divisions_equal_the_ones_read_from_pycountry(tmp_path, monkeypatch):
    plain = story._read_divisions()
    monkeypatch.setenv("PERISTIWA_CACHE", str(tmp_path))
    story._divisions.cache_clear()
    try:
        built = story._divisions()  # builds and writes the cache entry
        assert list(tmp_path.glob("divisions-*.pickle"))
        story._divisions.cache_clear()
        loaded = story._divisions()  # reads it
    finally:
        story._divisions.cache_clear()
    assert built == plain and loaded == plain
    assert loaded is not built  # (read from the file, not the same object)
    assert len(plain) > 1000 and all(isinstance(v, set) and v for v in plain.values())


def test_the_divisions_without_a_disk_cache(monkeypatch):
    monkeypatch.setenv("PERISTIWA_CACHE", "off")
    story._divisions.cache_clear()
    try:
        assert story._divisions() == story._read_divisions()
    finally:
        story._divisions.cache_clear()
