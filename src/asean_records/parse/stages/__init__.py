"""The parser's stages, one finder per module, run in order by :mod:`asean_records.parse.pipeline`."""
