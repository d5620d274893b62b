"""Event coding: CAMEO/PLOVER tables, verb and noun patterns, the coder."""
