"""Pure parsers for what hardware tools print.

Each takes the text a tool wrote and returns plain values; none runs anything, so each is tested on recorded
real outputs in tests/data/hardware/. Odd or partial output yields fewer facts, never an exception: a parser
returns what it could read and leaves the caller to warn about what is missing.
"""
