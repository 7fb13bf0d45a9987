"""Format readers used by `pipeline.ingest`: each turns one file format into lines of text.

What readers and ingest share lives here, so that ingest imports the readers and no reader
imports ingest (no import cycle).
"""

TABLE_CELL_SEPARATOR = "\t"


class IngestError(Exception):
    """An expected fault in an input file; its message is one line for the documents table."""
