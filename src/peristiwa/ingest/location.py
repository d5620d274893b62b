"""Where input lives: local paths, or URLs of any filesystem fsspec knows
(``s3://bucket/crawl/``, ``gs://...``, ``file:///data/...``; the protocol's own
package, such as s3fs or gcsfs, must be installed). Readers and batch planning
open, list and stamp inputs through here, so a batch on a cluster can read
straight from object storage.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def is_url(path: str | Path) -> bool:
    return isinstance(path, str) and "://" in path and not path.startswith(("http://", "https://"))


def _fs(url: str):
    from fsspec.core import url_to_fs

    return url_to_fs(url)


def open_binary(path: str | Path) -> BinaryIO:
    """A seekable binary file for a local path or an fsspec URL."""
    if is_url(path):
        import fsspec

        return fsspec.open(path, "rb").open()
    return open(path, "rb")


def open_lines(path: str | Path) -> BinaryIO:
    """The file's bytes, decompressed when it is gzip (by its magic bytes)."""
    fh = open_binary(path)
    gz = fh.read(2) == b"\x1f\x8b"
    fh.seek(0)
    return gzip.GzipFile(fileobj=fh) if gz else fh


def files_under(url: str) -> Iterator[str]:
    """The files at or under an fsspec URL, sorted, as URLs (names starting with '.' skipped)."""
    fs, root = _fs(url)
    protocol = url.split("://", 1)[0]
    if fs.isdir(root):
        for p in sorted(fs.find(root)):
            if not any(part.startswith(".") for part in p[len(root):].split("/")):
                yield f"{protocol}://{p}"
    else:
        yield url


def size_of(path: str | Path) -> int:
    if is_url(path):
        fs, p = _fs(path)
        return int(fs.info(p).get("size") or 0)
    return Path(path).stat().st_size


def stamp(path: str | Path) -> str:
    """Size and modification time (or ETag): a changed file gets a new stamp."""
    if is_url(path):
        fs, p = _fs(path)
        info = fs.info(p)
        return f"{info.get('size')}:{info.get('mtime') or info.get('ETag') or info.get('etag') or ''}"
    st = Path(path).stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def is_file(path: str | Path) -> bool:
    if is_url(path):
        fs, p = _fs(path)
        return fs.isfile(p)
    return Path(path).is_file()
