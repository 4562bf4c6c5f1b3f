"""Text in, records out: the parser."""
