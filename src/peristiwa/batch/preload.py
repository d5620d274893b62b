"""Imported by the fork server of a local batch cluster (``warm.py``): loads the
coder there, with the options the driver gave, so that every worker forked from
the server starts with it. Imported anywhere else (no options given), it does
nothing."""

from peristiwa.batch.warm import load_from_environ

load_from_environ()
