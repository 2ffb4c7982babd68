"""Hearth's core: everything that can be decided without a screen. Never imports Qt (see pyproject's contract)."""

__version__ = "0.1.0"
