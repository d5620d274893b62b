"""Syntax: the project's trained tagger-parsers (recipe in train.py, runtime in parse.py)."""
