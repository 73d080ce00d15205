"""Warta: news articles in, an auditable database of political events out."""

__version__ = "0.1.0"
