"""Extraction engines, one module per kind: plain functions over text (and the Doc's words).

They know nothing of spaCy's pipeline machinery: `pipeline.nlp.components` wraps each one as a
component that reads its inputs from the Doc and writes its spans back.
"""
