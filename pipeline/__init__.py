"""Chinese document extraction pipeline: ingest → clean → segment → extract → tables → check."""

__version__ = "0.1.0"
