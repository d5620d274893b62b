"""peristiwa: political event coding for Indonesian and English news.

    from peristiwa import Coder
    events = Coder().code_text("Polisi Turki menangkap dua jurnalis Rusia.", published="2020-12-29")

``Coder`` is imported on first use, so ``import peristiwa`` (and the command
line's start-up) does not load the coding pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Coder", "__version__"]

if TYPE_CHECKING:
    from peristiwa.pipeline import Coder


def __getattr__(name: str):
    if name == "Coder":
        from peristiwa.pipeline import Coder

        return Coder
    raise AttributeError(f"module 'peristiwa' has no attribute {name!r}")
