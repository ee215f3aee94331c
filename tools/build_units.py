"""Write src/numfacts/_units.json: the measure-unit table built from quantulum3's database.

Run after upgrading quantulum3 (tests/test_units.py fails when the shipped table is stale):
    .venv/bin/python tools/build_units.py
"""

import json
import pathlib

from numfacts.units import build_measure_table

out = pathlib.Path(__file__).resolve().parent.parent / "src" / "numfacts" / "_units.json"
out.write_text(json.dumps(build_measure_table(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
print(f"wrote {out}")
