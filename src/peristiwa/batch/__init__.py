"""Batch coding of corpora on Dask (``peristiwa batch``) and merging the result
into a store (``peristiwa load``). See docs/batch.md."""
