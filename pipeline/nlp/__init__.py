"""The pipeline's middle as spaCy pieces: Doc layer, jieba tokenizer, components, arbiter, rows.

``pipeline.nlp.language.load()`` (also ``pipeline.load()``) builds the ``Language``. This package
module imports nothing, so the engines can use ``pipeline.nlp.doc`` without a cycle.
"""
