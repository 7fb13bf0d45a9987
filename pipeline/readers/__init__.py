"""Format readers used by `pipeline.ingest`: each turns one file format into lines of text."""
