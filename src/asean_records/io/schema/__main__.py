"""Regenerate the shipped schema file from the model: ``python -m asean_records.io.schema``."""

from pathlib import Path

from asean_records.io.schema import SCHEMA_FILE, schema_text

if __name__ == "__main__":
    target = Path(__file__).with_name(SCHEMA_FILE)
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
